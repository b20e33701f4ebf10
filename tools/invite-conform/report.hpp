#ifndef INVITE_TOOLS_INVITE_CONFORM_REPORT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_REPORT_HPP_INCLUDED

// What invite-conform prints: failures for people, JSON Lines for programs, JUnit XML for CI.

#include "checks.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace invite_conform {

/// One line per failed check ("FAIL NAME: SYMPTOM; reproduce: COMMAND"), then
/// "invite-conform: N passed, M failed".
void write_text(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes);

/// One JSON object per check, then {"passed":N,"failed":M}.
void write_json_lines(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes);

/// JUnit XML: one testsuite per group, one testcase per check.
void write_junit(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_REPORT_HPP_INCLUDED
