// The example of structure-aware fuzzing for users (docs/testing.md): a request handler of the
// user's kind (examples/testing/request_handler.hpp) fuzzed with the testing module's mutator,
// the library as the oracle. The handler's decision must be the library's (200 exactly for a
// valid request, else the problem status), its problem body must be the library's for that body,
// and its answer must be a valid response that answers the request (check_response).
//
// Built twice by fuzz/CMakeLists.txt: fuzz_structured_handler with the custom mutator and
// crossover, and fuzz_structured_handler_bytes with libFuzzer's byte mutation alone (the same
// source with INVITE_FUZZ_PLAIN_MUTATION), so that fuzz/README.md can measure what the mutator
// buys. At exit each prints how many inputs reached the handler as a valid request.

#include "../examples/testing/request_handler.hpp"

#include <invite/invite.hpp>
#include <invite/testing/fuzz_mutator.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

std::size_t inputs = 0;
std::size_t valid_requests = 0;

[[noreturn]] void oracle_disagrees(const char* what, std::string_view body) {
  std::fprintf(stderr, "fuzz_structured_handler: %s for a body of %zu bytes\n", what, body.size());
  std::abort();
}

void report_share() {
  std::fprintf(stderr, "fuzz_structured_handler: %zu inputs, %zu valid requests (%.1f%%)\n", inputs, valid_requests,
               inputs == 0 ? 0.0 : 100.0 * static_cast<double>(valid_requests) / static_cast<double>(inputs));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static example::invite_handler handler;
  static const bool reporting = std::atexit(report_share) == 0;
  (void)reporting;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  const example::reply reply = handler.handle(body);
  const invite::result<invite::request> judged = invite::parse_request(body); // the oracle, fresh
  ++inputs;
  if (!judged) {
    if (reply.status != invite::problem_status(judged.errors())) oracle_disagrees("another status than the library's", body);
    if (reply.body != invite::problem_details(judged.errors(), body)) oracle_disagrees("another problem body", body);
    return 0;
  }
  ++valid_requests;
  if (reply.status != 200) oracle_disagrees("a valid request refused", body);
  const invite::result<invite::response> answer = invite::parse_response(reply.body);
  if (!answer) oracle_disagrees("an answer that is not a valid response", body);
  if (!invite::check_response(*judged, *answer).empty()) oracle_disagrees("an answer that does not answer the request", body);
  return 0;
}

// The replay test asks whether the corpus proved anything: some of it must be valid requests.
extern "C" const char* InviteFuzzReplayShortfall() {
  return valid_requests >= 10 ? nullptr : "fewer than 10 inputs were valid requests: the handler's answers went unchecked";
}

#ifndef INVITE_FUZZ_PLAIN_MUTATION
// libFuzzer's own byte mutation, handed to the mutator for a share of the mutations; weak, so
// that the replay build (no libFuzzer) links too.
extern "C" __attribute__((weak)) std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned int seed) {
  invite::testing::mutator_settings settings;
  settings.kind = invite::testing::document_kind::request;
  settings.bytes = &LLVMFuzzerMutate;
  return invite::testing::mutate_document(data, size, max_size, seed, settings);
}

extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* first, std::size_t first_size, const std::uint8_t* second,
                                                 std::size_t second_size, std::uint8_t* out, std::size_t max_out_size,
                                                 unsigned int seed) {
  return invite::testing::cross_over_documents(first, first_size, second, second_size, out, max_out_size, seed);
}
#endif
