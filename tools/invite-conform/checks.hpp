#ifndef INVITE_TOOLS_INVITE_CONFORM_CHECKS_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_CHECKS_HPP_INCLUDED

// The checks invite-conform runs against a live server: the kit's request vectors, transport
// probes and generated bodies, and the run that sends them.

#include "http_client.hpp"
#include "judgement.hpp"
#include "settings.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace invite_conform {

/// One check: requests sent in turn on one connection, and how to judge the answers.
struct check {
  std::string group; // vectors, probes or generated
  std::string name;
  std::vector<std::string> requests; // raw HTTP/1.1
  bool half_close = false;           // shut the sending side after the last request
  std::function<verdict(const std::vector<answer>&)> judge;
  std::string reproduce; // a shell command that sends the same thing
};

struct plan {
  std::vector<check> checks;
  std::vector<std::string> notes; // what was skipped or mapped, for people
};

/// Every check for these settings; a message on failure to read the vectors (run.vectors_dir, a
/// directory).
std::optional<std::string> make_plan(const settings& run, plan& out);

/// The body of the valid probes and of the preflight: two candidates, getlink.
const std::string& probe_body();

struct outcome {
  bool ran = false; // false: --max-failures stopped the run first
  bool passed = false;
  bool on_status_alone = false; // see verdict
  failure failed;               // when ran and not passed
};

/// Runs the checks on `jobs` threads, outcomes in the checks' order; once `max_failures` checks
/// have failed (0: never), no further check starts.
std::vector<outcome> run_checks(const http_client& server, const std::vector<check>& checks, unsigned jobs,
                                std::size_t max_failures);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_CHECKS_HPP_INCLUDED
