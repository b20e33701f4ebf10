#include "judgement.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace invite_conform {

namespace {

// (name, pointer): the code for the parser's errors, check_response's own names for its
// (email_differs...), which say that an answer is wrong rather than malformed.
template <class Errors>
error_pairs pairs_of(const Errors& errors) {
  error_pairs out;
  for (const auto& e : errors) out.emplace_back(std::string(e.name()), e.path);
  return out;
}

// The distinct codes of a list, for a symptom that many checks share.
std::string codes_of(const error_pairs& errors) {
  std::set<std::string> codes;
  for (const auto& e : errors) codes.insert(e.first);
  std::string out;
  for (const std::string& code : codes) out += (out.empty() ? "" : ", ") + code;
  return out;
}

// The (code, pointer) pairs of a problem+json body, or why they could not be read.
std::optional<std::string> problem_pairs(const std::string& body, error_pairs& out) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  // Padded copies: simdjson would otherwise read a string's spare capacity, never written.
  if (parser.parse(simdjson::padded_string(body)).get(root) != simdjson::SUCCESS) return std::string("the problem body is not JSON");
  simdjson::dom::array errors;
  if (root["errors"].get_array().get(errors) != simdjson::SUCCESS) return std::string("the problem body has no errors array");
  for (simdjson::dom::element item : errors) {
    std::string_view code, pointer;
    if (item["code"].get_string().get(code) != simdjson::SUCCESS || item["pointer"].get_string().get(pointer) != simdjson::SUCCESS) {
      return std::string("an entry of errors has no code or pointer string");
    }
    out.emplace_back(std::string(code), std::string(pointer));
  }
  return std::nullopt;
}

// Statuses that refuse a request whatever its body: an invalid body that gets one was not judged.
const char* refusal_not_about_the_body(int status) {
  switch (status) {
  case 401: return "a refusal of the apiKey";
  case 403: return "a refusal of access";
  case 404: return "a refusal of the path";
  case 405: return "a refusal of the method";
  case 415: return "a refusal of the media type";
  case 429: return "a refusal of the request rate (try fewer --jobs)";
  default: return nullptr;
  }
}

verdict failed(std::string symptom, std::string message) {
  verdict out;
  out.failed = failure{std::move(symptom), std::move(message)};
  return out;
}

verdict failed(std::string message) {
  verdict out;
  out.failed = failure_of(std::move(message));
  return out;
}

verdict judge_valid(const expectation& expected, const answer& got) {
  const std::string got_status = "got " + std::to_string(got.status);
  if (got.status < 200 || got.status > 299) {
    const std::string symptom = "expected 2xx for a valid body, " + got_status;
    error_pairs said;
    if (got.status >= 400 && got.status < 500 && !problem_pairs(got.body, said) && !said.empty()) {
      return failed(symptom, symptom + " saying " + describe_errors(said));
    }
    return failed(symptom);
  }
  if (media_type(got.header("content-type")) != "application/json") {
    return failed("expected Content-Type application/json with the 2xx, got \"" + got.header("content-type") + "\"");
  }
  const auto response = invite::parse_response(got.body);
  if (!response) {
    const error_pairs errors = pairs_of(response.errors());
    return failed("the 2xx body breaks the response contract: " + codes_of(errors),
                  "the 2xx body breaks the response contract: " + describe_errors(errors) +
                      (response.errors().empty() ? std::string() : " (" + response.errors()[0].message + ")"));
  }
  const auto mismatches = invite::check_response(expected.request, *response);
  if (!mismatches.empty()) {
    const error_pairs errors = pairs_of(mismatches);
    return failed("the response does not answer the request: " + codes_of(errors),
                  "the response does not answer the request: " + describe_errors(errors) + " (" + mismatches[0].message + ")");
  }
  return {};
}

verdict judge_invalid(const expectation& expected, const answer& got, const judging& how) {
  const std::string got_status = "got " + std::to_string(got.status);
  const std::string expected_errors = describe_errors(expected.errors);
  if (expected.oversized && got.status != 413) return failed("expected 413 for an oversized body, " + got_status);
  if (got.status < 400 || got.status > 499) {
    return failed("expected 4xx for an invalid body, " + got_status,
                  "expected 4xx for an invalid body (" + expected_errors + "), " + got_status);
  }
  if (const char* not_about_the_body = refusal_not_about_the_body(got.status)) {
    const std::string why = std::string(": ") + not_about_the_body + ", not of the body";
    return failed("expected a 4xx about the body for an invalid body, " + got_status + why,
                  "expected a 4xx about the body for an invalid body (" + expected_errors + "), " + got_status + why);
  }
  if (got.status == 413 && !expected.oversized) {
    const std::string why = " for a body within the " + std::to_string(how.max_bytes) +
                            "-byte limit (give the server's limit with --max-bytes N)";
    return failed("expected 400 for an invalid body, got 413" + why,
                  "expected 400 for an invalid body (" + expected_errors + "), got 413" + why);
  }
  const bool problem = media_type(got.header("content-type")) == "application/problem+json";
  if (!how.strict_errors) {
    verdict passed;
    passed.on_status_alone = !problem;
    return passed;
  }
  if (!problem) {
    return failed("expected Content-Type application/problem+json with the " + std::to_string(got.status) + ", got \"" +
                  got.header("content-type") + "\"");
  }
  error_pairs said;
  if (auto unreadable = problem_pairs(got.body, said)) return failed(*unreadable);
  auto want = expected.errors;
  if (!expected.ordered) {
    std::sort(want.begin(), want.end());
    std::sort(said.begin(), said.end());
  }
  if (want != said) {
    return failed("the problem+json errors are not the expected ones",
                  "expected the errors " + expected_errors + ", got " + describe_errors(said));
  }
  return {};
}

} // namespace

expectation judge_with_library(const std::string& body, std::size_t max_bytes) {
  invite::parse_options strict;
  strict.max_bytes = max_bytes;
  auto parsed = invite::parse_request(body, strict);
  expectation out;
  out.valid = static_cast<bool>(parsed);
  out.errors = pairs_of(parsed.errors());
  out.oversized = std::any_of(parsed.errors().begin(), parsed.errors().end(),
                              [](const invite::error& e) { return e.code == invite::error_code::payload_too_large; });
  out.ordered = true; // the library's order is the contract's
  if (out.valid) out.request = std::move(parsed.value());
  return out;
}

failure failure_of(std::string message) {
  failure out;
  out.symptom = message;
  out.message = std::move(message);
  return out;
}

verdict judge_body(const expectation& expected, const answer& got, const judging& how) {
  if (!got.answered) return failed(got.failure.empty() ? std::string("no answer") : got.failure);
  return expected.valid ? judge_valid(expected, got) : judge_invalid(expected, got, how);
}

std::string describe_errors(const error_pairs& errors, std::size_t most) {
  std::string out;
  for (std::size_t i = 0; i < errors.size() && i < most; ++i) {
    if (i != 0) out += ", ";
    out += errors[i].first + " at " + (errors[i].second.empty() ? std::string("\"\"") : errors[i].second);
  }
  if (errors.size() > most) out += ", ... (" + std::to_string(errors.size()) + " in all)";
  return out;
}

std::string media_type(const std::string& content_type) {
  std::string type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type;
}

std::string server_says(const answer& got) {
  constexpr std::size_t most = 160;
  std::string said;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  std::string_view text;
  if (parser.parse(simdjson::padded_string(got.body)).get(root) == simdjson::SUCCESS &&
      (root["detail"].get_string().get(text) == simdjson::SUCCESS || root["title"].get_string().get(text) == simdjson::SUCCESS)) {
    said = std::string(text);
  } else {
    said = got.body.substr(0, got.body.find_first_of("\r\n"));
  }
  if (said.size() > most) said = said.substr(0, most) + "...";
  return said;
}

} // namespace invite_conform
