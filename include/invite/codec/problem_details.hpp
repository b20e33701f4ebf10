#ifndef INVITE_CODEC_PROBLEM_DETAILS_HPP_INCLUDED
#define INVITE_CODEC_PROBLEM_DETAILS_HPP_INCLUDED

// RFC 9457 problem details (application/problem+json) for a rejected document, so that a
// server can answer a bad body with errors its clients can read. The body only: nothing here
// sends or receives anything, though the body names the HTTP status it goes with and, as its
// title, that status's RFC 9110 reason phrase, as RFC 9457 asks. Any list of invite::error (or
// of anything with name(), path, message and offset) will do. The body is valid JSON whatever
// bytes it is given: a detail or message that is not UTF-8 (a value built in code, quoted) has
// each stray byte written as U+FFFD.

#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/text_position.hpp>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace invite {

/// The media type of every body written here.
inline constexpr std::string_view problem_media_type = "application/problem+json";

/// The problem type of every body written here: RFC 9457's "about:blank", meaning the HTTP
/// status says what kind of problem it is; the `errors` member says exactly what went wrong.
inline constexpr std::string_view problem_type = "about:blank";

/// The HTTP reason phrase used as a problem's title ("Bad Request" for 400); "Error" for a
/// status without one here.
constexpr std::string_view problem_title(int status) noexcept {
  switch (status) {
  case 400: return "Bad Request";
  case 401: return "Unauthorized";
  case 403: return "Forbidden";
  case 404: return "Not Found";
  case 405: return "Method Not Allowed";
  case 408: return "Request Timeout";
  case 411: return "Length Required";
  case 413: return "Content Too Large";
  case 415: return "Unsupported Media Type";
  case 417: return "Expectation Failed";
  case 429: return "Too Many Requests";
  case 431: return "Request Header Fields Too Large";
  case 500: return "Internal Server Error";
  case 501: return "Not Implemented";
  case 503: return "Service Unavailable";
  default: return "Error";
  }
}

/// 413 when the errors say the document was too large (payload_too_large), else 400. An
/// empty list (a parse with max_errors = 0) gives 400: the size verdict is not visible then.
template <class Errors>
int problem_status(const Errors& errors) noexcept {
  for (const auto& e : errors) {
    if (e.code == error_code::payload_too_large) return 413;
  }
  return 400;
}

namespace detail {

inline void append_problem_head(std::string& out, int status, std::string_view detail_text) {
  out += "{\"type\":";
  spelling::append_json_string(out, problem_type);
  out += ",\"title\":";
  spelling::append_json_string(out, problem_title(status));
  out += ",\"status\":";
  out += std::to_string(status);
  out += ",\"detail\":";
  spelling::append_json_string_lossy(out, detail_text);
}

} // namespace detail

namespace detail {
template <class Errors>
void append_problem_body(std::string& out, const Errors& errors, const std::vector<text_position>* positions) {
  const std::size_t count = static_cast<std::size_t>(std::distance(std::begin(errors), std::end(errors)));
  std::string summary;
  if (count == 0) {
    summary = "the document breaks the rules; its errors were not collected";
  } else if (count == 1) {
    summary = std::begin(errors)->message;
  } else {
    summary = std::to_string(count) + " rules broken; the first: " + std::begin(errors)->message;
  }
  append_problem_head(out, problem_status(errors), summary);
  out += ",\"errors\":[";
  std::size_t index = 0;
  for (const auto& e : errors) {
    if (index != 0) out.push_back(',');
    out += "{\"code\":";
    spelling::append_json_string_lossy(out, e.name());
    out += ",\"pointer\":";
    spelling::append_json_string_lossy(out, e.path);
    out += ",\"offset\":";
    out += std::to_string(e.offset);
    if (positions != nullptr) {
      out += ",\"line\":";
      out += std::to_string((*positions)[index].line);
      out += ",\"column\":";
      out += std::to_string((*positions)[index].column);
    }
    out += ",\"detail\":";
    spelling::append_json_string_lossy(out, e.message);
    out.push_back('}');
    ++index;
  }
  out += "]}";
}
} // namespace detail

/// Appends the problem+json body for a rejected document to `out`: type, title, status (see
/// problem_status), detail (a summary for people), and `errors`, one object per error in the
/// list's order with its code, its JSON Pointer exactly as given (`pointer`), its byte
/// `offset` and its message (`detail`).
template <class Errors>
void append_problem_details(std::string& out, const Errors& errors) {
  detail::append_problem_body(out, errors, nullptr);
}

/// As above, for errors found in `input`: each error also says where its offset falls there,
/// as a 1-based `line` and `column` (in characters; text_position.hpp says how they count).
inline void append_problem_details(std::string& out, const std::vector<error>& errors, std::string_view input) {
  const std::vector<text_position> positions = locate_errors(input, errors);
  detail::append_problem_body(out, errors, &positions);
}

/// The problem+json body for errors found in `input`, with lines and columns.
inline std::string problem_details(const std::vector<error>& errors, std::string_view input) {
  std::string out;
  append_problem_details(out, errors, input);
  return out;
}

/// The problem+json body for a rejected document (see append_problem_details).
template <class Errors>
std::string problem_details(const Errors& errors) {
  std::string out;
  append_problem_details(out, errors);
  return out;
}

/// A problem+json body without an error list, for what goes wrong before there is a document
/// to judge: a missing key (401), an unknown path (404), a method (405), a media type (415).
inline std::string http_problem(int status, std::string_view detail_text) {
  std::string out;
  detail::append_problem_head(out, status, detail_text);
  out.push_back('}');
  return out;
}

/// The JSON Schema (draft 2020-12) of every body written here, as compact JSON.
inline std::string problem_details_schema() {
  std::string codes;
  for (std::size_t i = 0; i < error_code_count; ++i) {
    if (i != 0) codes.push_back(',');
    spelling::append_json_string(codes, to_string(static_cast<error_code>(i)));
  }
  return "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
         "\"title\":\"problem details (RFC 9457)\",\"type\":\"object\","
         "\"required\":[\"type\",\"title\",\"status\",\"detail\"],"
         "\"properties\":{"
         "\"type\":{\"type\":\"string\"},"
         "\"title\":{\"type\":\"string\"},"
         "\"status\":{\"type\":\"integer\",\"minimum\":400,\"maximum\":599},"
         "\"detail\":{\"type\":\"string\"},"
         "\"errors\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
         "\"required\":[\"code\",\"pointer\",\"offset\",\"detail\"],"
         "\"properties\":{"
         "\"code\":{\"type\":\"string\",\"enum\":[" +
         codes +
         "]},"
         // RFC 6901: "" or a sequence of "/" and a reference token with "~" written ~0 or ~1.
         "\"pointer\":{\"type\":\"string\",\"pattern\":\"^(?:/(?:[^~/]|~[01])*)*$(?!\\\\n)\"},"
         "\"offset\":{\"type\":\"integer\",\"minimum\":0},"
         "\"line\":{\"type\":\"integer\",\"minimum\":1},"
         "\"column\":{\"type\":\"integer\",\"minimum\":1},"
         "\"detail\":{\"type\":\"string\"}},"
         "\"additionalProperties\":false}}}}";
}

} // namespace invite

#endif // INVITE_CODEC_PROBLEM_DETAILS_HPP_INCLUDED
