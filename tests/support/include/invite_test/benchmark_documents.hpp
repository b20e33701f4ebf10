#ifndef INVITE_TEST_BENCHMARK_DOCUMENTS_HPP_INCLUDED
#define INVITE_TEST_BENCHMARK_DOCUMENTS_HPP_INCLUDED

// The documents benchmarks/ times, from fixed seeds of the realistic_traffic profile, so that
// every run on every machine times the same bytes. The performance baseline was measured on
// exactly these bytes; tests/robustness/document_generator_test.cpp pins them.

#include <invite_test/document_generator.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace invite_test {

/// A JSON text and the value it spells, which every parser must reproduce exactly.
struct request_document {
  std::string name;
  std::string json;
  invite::request value;
};

/// The largest request (500 candidates) of the parse benchmark, before it is spelled.
inline invite::request benchmark_request_500() {
  return document_generator(document_profile::realistic_traffic, 20240501).request(500);
}

/// The parse benchmark's documents: 500 candidates minified and pretty, and 1 candidate.
inline std::vector<request_document> benchmark_request_documents() {
  document_generator speller(document_profile::realistic_traffic, 0); // spelling draws nothing
  const invite::request large = benchmark_request_500();
  const invite::request small = document_generator(document_profile::realistic_traffic, 7).request(1);
  return {{"request500_minified", speller.spell(large, {false, layout::minified}), large},
          {"request500_pretty", speller.spell(large, {false, layout::pretty}), large},
          {"request1_minified", speller.spell(small, {false, layout::minified}), small}};
}

/// The serialize benchmark's response: 500 invitations.
inline invite::response benchmark_response() {
  return document_generator(document_profile::realistic_traffic, 4242).response(500);
}

/// The NDJSON benchmark's input: `count` small requests (1 to 3 candidates), one minified JSON
/// text per line.
inline std::string benchmark_ndjson(std::size_t count = 10000, std::uint64_t seed = 99) {
  random_source lines(seed);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    // The seed is drawn before the count: the order in which the baseline's bytes were drawn.
    const std::uint64_t line_seed = lines.bits();
    const std::size_t candidates = 1 + lines.index(3);
    document_generator line(document_profile::realistic_traffic, line_seed);
    out += line.spell(line.request(candidates));
    out += '\n';
  }
  return out;
}

} // namespace invite_test

#endif // INVITE_TEST_BENCHMARK_DOCUMENTS_HPP_INCLUDED
