// invite-serve's request handling on raw bytes: what a client could send on one connection goes
// through Beast's request parser, read as the server reads it, into the endpoint
// (tools/invite-serve/request_handling.hpp); no socket, no TLS. Every answer must be one the
// endpoint documents (docs/http.md), for the reason it documents: a 200 only for a valid body
// sent as the contract asks, answered with a response that answers it; each refusal with its
// status, media type and problem body; the head judged in the documented order.

#include "fuzz_target.hpp"

#include "endpoint.hpp"
#include "request_handling.hpp"

#include <invite/codec/problem_details.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/system/system_error.hpp>
#include <boost/throw_exception.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using boost::system::error_code;

// Limits small enough for a fuzzer's inputs to cross: a head over 1 KiB is 431, a body over
// 2 KiB is 413.
constexpr std::size_t header_limit = 1024;
constexpr std::size_t body_limit = 2048;
constexpr std::string_view fuzz_key = "fuzz-key";
// A connection's requests are bounded by its bytes; this bounds them by count too.
constexpr int most_requests = 64;

// The connection's bytes as a synchronous stream, handed out in pieces of varying size so that
// the parser meets every way a read can split a request.
class byte_source {
public:
  explicit byte_source(std::string_view bytes) : rest_(bytes) {}

  template <class MutableBuffers>
  std::size_t read_some(const MutableBuffers& buffers, error_code& ec) {
    if (rest_.empty()) {
      ec = net::error::eof;
      return 0;
    }
    ec = {};
    piece_ = piece_ * 5 % 97 + 1; // 6, 31, 59, 5, 26, ...: small and large, never 0
    const std::size_t wanted = std::min({rest_.size(), net::buffer_size(buffers), piece_});
    const std::size_t copied = net::buffer_copy(buffers, net::buffer(rest_.data(), wanted));
    rest_.remove_prefix(copied);
    return copied;
  }

  template <class MutableBuffers>
  std::size_t read_some(const MutableBuffers& buffers) {
    error_code ec;
    const std::size_t read = read_some(buffers, ec);
    if (ec) boost::throw_exception(boost::system::system_error(ec));
    return read;
  }

private:
  std::string_view rest_;
  std::size_t piece_ = 1;
};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// What docs/http.md says the head alone decides, in its order: 404, 405, 401, 415, 413; 0 when
// the body is to be read. For the media type only the plain cases are decided here (another
// type is 415, exactly application/json is not); parameters are left to the endpoint.
struct head_verdict {
  int status = 0;
  bool media_type_undecided = false;
};

head_verdict judge_head(const http::request<http::string_body>& message, const invite_serve::request_parser& parser) {
  const std::string_view target(message.target().data(), message.target().size());
  if (target.substr(0, target.find_first_of("?#")) != "/assessment/invite") return {404};
  if (message.method_string() != "POST") return {405};
  const auto key = message.find("apiKey");
  if (key == message.end() || key->value() != fuzz_key) return {401};
  const auto type = message.find(http::field::content_type);
  if (type == message.end()) return {415};
  const std::string_view content_type(type->value().data(), type->value().size());
  const std::string_view media = content_type.substr(0, content_type.find(';'));
  if (lower(trimmed(media)) != "application/json") return {415};
  head_verdict out;
  out.media_type_undecided = content_type.find(';') != std::string_view::npos;
  if (parser.content_length() && *parser.content_length() > body_limit) out.status = 413;
  return out;
}

// The shape every answer has, whatever it answers.
void check_reply_shape(const invite_serve::reply& answer) {
  static const std::set<int> documented = {200, 400, 401, 404, 405, 413, 415, 431};
  INVITE_FUZZ_CHECK(documented.count(answer.status) == 1);
  INVITE_FUZZ_CHECK(!answer.silent);
  INVITE_FUZZ_CHECK(answer.allow_post == (answer.status == 405));
  INVITE_FUZZ_CHECK(answer.challenge == (answer.status == 401));
  if (answer.status == 200) {
    INVITE_FUZZ_CHECK(answer.content_type == "application/json");
    return;
  }
  INVITE_FUZZ_CHECK(answer.content_type == invite::problem_media_type);
  static simdjson::dom::parser parser;
  simdjson::dom::element problem;
  // A padded copy: simdjson would otherwise read the string's spare capacity, never written.
  INVITE_FUZZ_CHECK(parser.parse(simdjson::padded_string(answer.body)).get(problem) == simdjson::SUCCESS);
  std::int64_t status = 0;
  std::string_view type;
  INVITE_FUZZ_CHECK(problem["status"].get_int64().get(status) == simdjson::SUCCESS && status == answer.status);
  INVITE_FUZZ_CHECK(problem["type"].get_string().get(type) == simdjson::SUCCESS && type == "about:blank");
}

// An answer to a body that was read whole: 200 exactly for a valid one, answered; 400 with
// every error otherwise.
void check_body_answer(const invite_serve::reply& answer, std::string_view body) {
  invite::parse_options options;
  options.max_bytes = body_limit;
  const invite::result<invite::request> asked = invite::parse_request(body, options);
  if (asked) {
    INVITE_FUZZ_CHECK(answer.status == 200);
    const invite::result<invite::response> answered = invite::parse_response(answer.body);
    INVITE_FUZZ_CHECK(answered.ok());
    INVITE_FUZZ_CHECK(invite::check_response(*asked, *answered).empty());
    return;
  }
  INVITE_FUZZ_CHECK(answer.status == invite::problem_status(asked.errors()));
  INVITE_FUZZ_CHECK(answer.body == invite::problem_details(asked.errors(), body));
}

std::set<int> statuses_seen;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static invite_serve::endpoint target([] {
    invite_serve::endpoint_settings settings;
    settings.api_keys = {std::string(fuzz_key)};
    settings.body_limit = body_limit;
    return settings;
  }());
  const std::vector<char> bytes = invite_test::exact_copy(data, size);
  byte_source connection(std::string_view(bytes.data(), bytes.size()));
  beast::flat_buffer buffer;
  for (int request = 0; request < most_requests; ++request) {
    invite_serve::request_parser parser;
    invite_serve::prepare_for_head(parser, header_limit);
    error_code ec;
    http::read_header(connection, buffer, parser, ec);
    invite_serve::next_step step = invite_serve::after_head(ec, parser, target, header_limit);
    if (step.action == invite_serve::next_action::close) {
      INVITE_FUZZ_CHECK(ec);
      break;
    }
    if (ec) {
      // Not a request: 431 for a head over the limit, else 400; either ends the connection.
      INVITE_FUZZ_CHECK(step.action == invite_serve::next_action::answer && step.close_after);
      INVITE_FUZZ_CHECK(step.answer.status == (ec == http::error::header_limit ? 431 : 400));
    } else {
      const head_verdict expected = judge_head(parser.get(), parser);
      if (step.action == invite_serve::next_action::answer) {
        INVITE_FUZZ_CHECK(step.answer.status == expected.status || (expected.media_type_undecided && step.answer.status == 415));
      } else {
        INVITE_FUZZ_CHECK(expected.status == 0);
        http::read(connection, buffer, parser, ec);
        step = invite_serve::after_body(ec, parser, target);
        if (step.action == invite_serve::next_action::close) {
          INVITE_FUZZ_CHECK(ec);
          break;
        }
        if (ec == http::error::body_limit) {
          INVITE_FUZZ_CHECK(step.answer.status == 413 && step.close_after);
        } else if (ec) {
          INVITE_FUZZ_CHECK(step.answer.status == 400 && step.close_after);
        } else {
          check_body_answer(step.answer, parser.get().body());
        }
      }
    }
    check_reply_shape(step.answer);
    statuses_seen.insert(step.answer.status);
    if (step.close_after) break;
  }
  return 0;
}

// The replay proves something only if its inputs reach every status the endpoint answers.
extern "C" const char* InviteFuzzReplayShortfall() {
  static const std::set<int> every = {200, 400, 401, 404, 405, 413, 415, 431};
  static std::string missing;
  for (int status : every) {
    if (statuses_seen.count(status) == 0) missing += " " + std::to_string(status);
  }
  if (missing.empty()) return nullptr;
  missing = "no input was answered with:" + missing;
  return missing.c_str();
}
