// invite-conform: checks that a live server keeps the POST /assessment/invite (v2) contract.

#include "checks.hpp"
#include "report.hpp"

#include <invite/version.hpp>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

constexpr std::string_view usage = R"(usage: invite-conform --url URL [OPTION]...
Checks that a live server keeps the POST /assessment/invite (v2) contract: every request
vector of the conformance kit, transport probes, and optionally generated bodies, each judged
by the invite library itself.

  --url URL            the endpoint, http://HOST[:PORT]/assessment/invite
  --api-key KEY        the apiKey to send (default "invite-conform"); also probes that
                       another key gets 401
  --timeout SECONDS    per exchange (default 5)
  --vectors DIR        the kit's vectors (default: the kit this build or install ships)
  --generated N        also N seeded bodies: valid ones and mutations of them
  --seed S             the seed for --generated (default 1)
  --strict-errors      also compare the (code, pointer) pairs of problem+json bodies
  --jobs N             exchanges in flight at once (default 4)
  --junit FILE         write JUnit XML
  --json               JSON Lines on standard output instead of text
  --help, --version

Prints one line per failed check with a command that reproduces it, then
"invite-conform: N passed, M failed". Exit status: 0 all passed, 1 some failed, 2 usage
error or unreachable server.
)";

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
  std::cerr << "invite-conform: " << problem << "\n(see invite-conform --help)\n";
  return 2;
}

template <class Number>
bool parse_number(std::string_view text, Number& value) {
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
  return status == std::errc() && end == text.data() + text.size();
}

} // namespace

int main(int argc, char** argv) {
  invite_conform::settings run;
  std::string url, junit;
  bool json = false;
  bool generated_given = false, seed_given = false;
  const std::vector<std::string_view> arguments(argv + 1, argv + argc);
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view option = arguments[i];
    if (option == "--help" || option == "-h") {
      std::cout << usage;
      return 0;
    }
    if (option == "--version") {
      std::cout << "invite-conform " INVITE_VERSION_STRING "\n";
      return 0;
    }
    if (option == "--json") {
      json = true;
      continue;
    }
    if (option == "--strict-errors") {
      run.strict_errors = true;
      continue;
    }
    if (i + 1 >= arguments.size()) return usage_error(std::string(option) + (option.substr(0, 2) == "--" ? " needs a value" : ": unknown argument"));
    const std::string value(arguments[++i]);
    const auto bad = [&] { return usage_error("invalid value for " + std::string(option) + ": " + value); };
    if (option == "--url") {
      url = value;
    } else if (option == "--api-key") {
      if (value.empty()) return bad();
      run.api_key = value;
    } else if (option == "--timeout") {
      char* end = nullptr;
      const double seconds = std::strtod(value.c_str(), &end);
      if (end != value.c_str() + value.size() || !(seconds > 0 && seconds <= 3600)) return bad();
      run.timeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
    } else if (option == "--vectors") {
      run.vectors_dir = value;
    } else if (option == "--generated") {
      if (!parse_number(value, run.generated) || run.generated > 1'000'000) return bad();
      generated_given = true;
    } else if (option == "--seed") {
      if (!parse_number(value, run.seed)) return bad();
      seed_given = true;
    } else if (option == "--jobs") {
      if (!parse_number(value, run.jobs) || run.jobs == 0 || run.jobs > 256) return bad();
    } else if (option == "--junit") {
      junit = value;
    } else {
      return usage_error("unknown option " + std::string(option));
    }
  }
  if (url.empty()) return usage_error("--url is required");
  if (seed_given && !generated_given) return usage_error("--seed goes with --generated");
  const auto parsed = invite_conform::parse_url(url);
  if (!parsed) return usage_error("--url must be http://HOST[:PORT]/PATH, not " + url);
  run.url = *parsed;
  if (run.vectors_dir.empty()) run.vectors_dir = default_vectors();
  if (run.vectors_dir.empty()) return usage_error("no conformance kit found; give --vectors DIR");

  invite_conform::plan plan;
  if (auto problem = invite_conform::make_plan(run, plan)) return usage_error(*problem);
  if (auto problem = invite_conform::unreachable(run.url, run.timeout)) {
    std::cerr << "invite-conform: cannot reach " << url << ": " << *problem << '\n';
    return 2;
  }
  std::ostream& notes = json ? std::cerr : std::cout;
  notes << "invite-conform: " << url << ": " << plan.checks.size() << " checks\n";
  for (const auto& note : plan.notes) notes << "invite-conform: " << note << '\n';

  const auto outcomes = invite_conform::run_checks(run, plan.checks);
  if (!junit.empty()) {
    std::ofstream file(junit);
    invite_conform::write_junit(file, plan.checks, outcomes);
    if (!file) {
      std::cerr << "invite-conform: cannot write " << junit << '\n';
      return 2;
    }
  }
  if (json) {
    invite_conform::write_json_lines(std::cout, plan.checks, outcomes);
  } else {
    invite_conform::write_text(std::cout, plan.checks, outcomes);
  }
  for (const auto& o : outcomes) {
    if (!o.passed) return 1;
  }
  return 0;
}
