#ifndef INVITE_TOOLS_INVITE_CONFORM_CHECKS_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_CHECKS_HPP_INCLUDED

// The checks invite-conform runs against a live server: the kit's request vectors, transport
// probes and generated bodies. Every expected verdict comes from the kit or from the library
// itself, never from a guess, so a failure is a real difference.

#include "http_client.hpp"

#include <invite/invite.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace invite_conform {

struct settings {
  endpoint_url url;
  std::optional<std::string> api_key; // also turns on the wrong-key probe
  std::chrono::milliseconds timeout{5000};
  std::string vectors_dir;
  std::size_t generated = 0;
  std::uint64_t seed = 1;
  bool strict_errors = false;
  unsigned jobs = 4;
};

/// What a body must get: the verdict and errors of a strict server (default parse_options).
struct expectation {
  bool valid = false;
  bool oversized = false; // payload_too_large: 413
  bool ordered = false;   // compare errors as a sequence (else as a multiset)
  std::vector<std::pair<std::string, std::string>> errors; // (code, pointer)
  invite::request request; // the parsed request, for valid bodies
};

/// The library's own judgement of a body, as a strict server must give it.
expectation judge_with_library(const std::string& body);

/// One check: requests sent in turn on one connection, and how to judge the answers.
struct check {
  std::string group; // vectors, probes or generated
  std::string name;
  std::vector<std::string> requests; // raw HTTP/1.1
  bool half_close = false;           // shut the sending side after the last request
  std::function<std::optional<std::string>(const std::vector<answer>&)> judge; // a failure, or nothing
  std::string reproduce; // a shell command that sends the same thing
};

struct plan {
  std::vector<check> checks;
  std::vector<std::string> notes; // what was skipped or mapped, for people
};

/// Every check for these settings; a message on failure to read the vectors.
std::optional<std::string> make_plan(const settings& run, plan& out);

struct outcome {
  bool passed = false;
  std::string message;
};

/// Runs the checks on `jobs` threads; outcomes in the checks' order.
std::vector<outcome> run_checks(const settings& run, const std::vector<check>& checks);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_CHECKS_HPP_INCLUDED
