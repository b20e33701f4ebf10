#ifndef INVITE_TOOLS_INVITE_CONFORM_REPORT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_REPORT_HPP_INCLUDED

// What invite-conform prints: failures grouped by symptom for people, JSON Lines for programs,
// JUnit XML for CI; one entry per check in the last two. Every text is printable ASCII.

#include "checks.hpp"

#include <cstddef>
#include <iosfwd>
#include <vector>

namespace invite_conform {

struct text_options {
  bool verbose = false;         // also every failure, one line each
  bool strict_errors = false;   // the run compared problem+json bodies (no status-alone line then)
  std::size_t max_failures = 0; // what stopped the run, if it stopped
  std::size_t examples = 3;     // failures shown under each symptom
};

/// For each symptom, most frequent first: "FAILED N checks: SYMPTOM", then the first failures
/// with their reproducing commands. With `verbose`, then every failure as
/// "FAIL NAME: MESSAGE; reproduce: COMMAND". Then how many negative checks passed on the status
/// alone, whether --max-failures stopped the run, and "invite-conform: N passed, M failed".
void write_text(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes,
                const text_options& options);

/// One JSON object per check, then {"passed":N,"failed":M,"not_run":K,"passed_on_status_alone":S}.
void write_json_lines(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes);

/// JUnit XML: one testsuite per group, one testcase per check (skipped when not run).
void write_junit(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_REPORT_HPP_INCLUDED
