// invite-conform: checks that a live server keeps the POST /assessment/invite (v2) contract.

#include "checks.hpp"
#include "command_line.hpp"
#include "preflight.hpp"
#include "common/printable.hpp"
#include "report.hpp"

#include <invite/version.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

using invite_tools::printable;

std::string default_vectors() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = program.parent_path().parent_path() / "share" / "invite" / "conformance" / "vectors";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
#ifdef INVITE_CONFORM_BUILD_VECTORS
  return INVITE_CONFORM_BUILD_VECTORS;
#else
  return "";
#endif
}

int usage_error(const std::string& problem) {
  std::cerr << "invite-conform: " << printable(problem) << "\n(see invite-conform --help)\n";
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  using namespace invite_conform;
  const command asked = parse_command_line(std::vector<std::string_view>(argv + 1, argv + argc));
  switch (asked.action) {
  case command_action::show_help: std::cout << usage_text(); return 0;
  case command_action::show_version: std::cout << "invite-conform " INVITE_VERSION_STRING "\n"; return 0;
  case command_action::usage_error: return usage_error(asked.problem);
  case command_action::run: break;
  }
  settings run = asked.run;
  if (!run.url.path_given) {
    std::cerr << "invite-conform: " << printable(asked.url) << " has no path; checking " << printable(run.url.text()) << '\n';
  }
  if (run.vectors_dir.empty()) run.vectors_dir = default_vectors();
  if (run.vectors_dir.empty()) return usage_error("no conformance kit found; give --vectors DIR");
  std::string problem;
  const std::optional<http_client> server = http_client::make(run.url, run.timeout, run.trust, problem);
  if (!server) return usage_error(problem);

  std::error_code no_directory;
  if (!std::filesystem::is_directory(run.vectors_dir, no_directory)) return usage_error("no vectors at " + run.vectors_dir);
  // Before the plan, which reads and judges every vector: a server out of reach is told at once.
  if (const std::optional<preflight_failure> stop = preflight(run, *server)) {
    std::cerr << "invite-conform: preflight: " << printable(stop->cause) << '\n';
    if (!stop->reproduce.empty()) std::cerr << "invite-conform: reproduce: " << printable(stop->reproduce) << '\n';
    return 2;
  }
  plan checks;
  if (auto unreadable = make_plan(run, checks)) return usage_error(*unreadable);
  std::ostream& notes = asked.json ? std::cerr : std::cout;
  notes << "invite-conform: " << printable(run.url.text()) << ": " << checks.checks.size() << " checks\n";
  for (const auto& note : checks.notes) notes << "invite-conform: " << printable(note) << '\n';

  const std::vector<outcome> outcomes = run_checks(*server, checks.checks, run.jobs, run.max_failures);
  if (!asked.junit.empty()) {
    std::ofstream file(asked.junit);
    write_junit(file, checks.checks, outcomes);
    if (!file) {
      std::cerr << "invite-conform: cannot write " << printable(asked.junit) << '\n';
      return 2;
    }
  }
  if (asked.json) {
    write_json_lines(std::cout, checks.checks, outcomes);
  } else {
    text_options text;
    text.verbose = asked.verbose;
    text.strict_errors = run.strict_errors;
    text.max_failures = run.max_failures;
    write_text(std::cout, checks.checks, outcomes, text);
  }
  for (const auto& o : outcomes) {
    if (o.ran && !o.passed) return 1;
  }
  return 0;
}
