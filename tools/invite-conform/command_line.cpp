#include "command_line.hpp"

#include "common/options.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

namespace invite_conform {

namespace {

template <class Number>
bool parse_number(std::string_view text, Number& value) {
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
  return status == std::errc() && end == text.data() + text.size();
}

bool is_token_character(unsigned char c) {
  return std::isalnum(c) != 0 || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "Name: value" as a header, or why it cannot be one.
std::string read_header(std::string_view text, std::pair<std::string, std::string>& out) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return "--header must be 'Name: value', not " + std::string(text);
  const std::string_view name = text.substr(0, colon);
  std::string_view value = text.substr(colon + 1);
  if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) { return is_token_character(static_cast<unsigned char>(c)); })) {
    return "--header: not a header name: " + std::string(name);
  }
  if (value.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos) {
    return "--header: a value may not hold a line break or a NUL";
  }
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  // What the checks themselves vary, or what framing depends on, is not the caller's to set.
  const std::string key = lower(name);
  if (key == "apikey") return "--header cannot set apiKey; give it with --api-key";
  for (const char* reserved : {"host", "content-length", "transfer-encoding", "content-type", "connection"}) {
    if (key == reserved) return "--header cannot set " + std::string(name) + ": invite-conform sets it in each request";
  }
  out = {std::string(name), std::string(value)};
  return {};
}

} // namespace

std::string_view usage_text() noexcept {
  return R"(usage: invite-conform --url URL [OPTION]...
Checks that a live server keeps the POST /assessment/invite (v2) contract: every request
vector of the conformance kit, transport probes, and optionally generated bodies, each judged
by the invite library itself.

  --url URL            the endpoint, http[s]://HOST[:PORT]/PATH; without a path,
                       /assessment/invite
  --api-key KEY        the apiKey to send (default "invite-conform"); also probes that
                       another key gets 401
  --header 'NAME: VALUE'
                       one more header for every request (repeat for several)
  --cacert FILE        for https: trust the CA certificates (PEM) of FILE instead of the
                       system's
  --insecure           for https: accept any certificate
  --timeout SECONDS    per exchange (default 5)
  --max-bytes N        the server's body limit (default 1048576, the contract's)
  --vectors DIR        the kit's vectors (default: the kit this build or install ships)
  --generated N        also N seeded request bodies of the testing module, every second
                       one valid (in any spelling the contract allows) and the others
                       breaking its rules; invite-corpus writes the same bodies
  --seed S             the seed for --generated (default 1)
  --strict-errors      also require problem+json refusals with the expected (code, pointer)
                       pairs
  --jobs N             exchanges in flight at once (default 4)
  --max-failures N     start no check once N have failed
  --verbose            list every failure, not only the first of each symptom
  --junit FILE         write JUnit XML (one test case per check)
  --json               JSON Lines on standard output instead of text (one per check)
  --help, --version

First one valid request: unless it gets a 2xx that answers it, invite-conform stops with the
cause. Then it prints the failures grouped by symptom, each group with its first failures and
commands that reproduce them, how many negative checks passed on the status alone, and
"invite-conform: N passed, M failed". Exit status: 0 all passed, 1 some failed, 2 usage
error or failed preflight (unreachable server, TLS failure, refused key, no endpoint, ...).
)";
}

command parse_command_line(const std::vector<std::string_view>& arguments) {
  command out;
  bool generated_given = false, seed_given = false;
  const auto fail = [&](std::string problem) {
    out.action = command_action::usage_error;
    out.problem = std::move(problem);
    return out;
  };
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view option = arguments[i];
    using invite_tools::standard_option;
    if (const standard_option standard = invite_tools::standard_option_of(option); standard != standard_option::none) {
      out.action = standard == standard_option::help ? command_action::show_help : command_action::show_version;
      return out;
    }
    if (option == "--json" || option == "--strict-errors" || option == "--verbose" || option == "--insecure") {
      (option == "--json" ? out.json : option == "--verbose" ? out.verbose
                                     : option == "--insecure" ? out.run.trust.insecure
                                                              : out.run.strict_errors) = true;
      continue;
    }
    if (i + 1 >= arguments.size()) return fail(invite_tools::missing_value_problem(option));
    const std::string value(arguments[++i]);
    const auto bad = [&] { return fail("invalid value for " + std::string(option) + ": " + value); };
    if (option == "--url") {
      out.url = value;
    } else if (option == "--api-key") {
      if (value.empty()) return bad();
      out.run.api_key = value;
    } else if (option == "--header") {
      std::pair<std::string, std::string> header;
      if (std::string problem = read_header(value, header); !problem.empty()) return fail(problem);
      out.run.headers.push_back(std::move(header));
    } else if (option == "--cacert") {
      if (value.empty()) return bad();
      out.run.trust.ca_file = value;
    } else if (option == "--timeout") {
      char* end = nullptr;
      const double seconds = std::strtod(value.c_str(), &end);
      if (end != value.c_str() + value.size() || !(seconds > 0 && seconds <= 3600)) return bad();
      out.run.timeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
    } else if (option == "--max-bytes") {
      if (!parse_number(value, out.run.max_bytes) || out.run.max_bytes == 0 || out.run.max_bytes > (std::size_t{1} << 30)) return bad();
    } else if (option == "--vectors") {
      out.run.vectors_dir = value;
    } else if (option == "--generated") {
      if (!parse_number(value, out.run.generated) || out.run.generated > 1'000'000) return bad();
      generated_given = true;
    } else if (option == "--seed") {
      if (!parse_number(value, out.run.seed)) return bad();
      seed_given = true;
    } else if (option == "--jobs") {
      if (!parse_number(value, out.run.jobs) || out.run.jobs == 0 || out.run.jobs > 256) return bad();
    } else if (option == "--max-failures") {
      if (!parse_number(value, out.run.max_failures) || out.run.max_failures == 0) return bad();
    } else if (option == "--junit") {
      out.junit = value;
    } else {
      return fail("unknown option " + std::string(option));
    }
  }
  if (out.url.empty()) return fail("--url is required");
  if (seed_given && !generated_given) return fail("--seed goes with --generated");
  const auto url = parse_url(out.url);
  if (!url) return fail("--url must be http[s]://HOST[:PORT][/PATH], not " + out.url);
  out.run.url = *url;
  if (!url->tls && (out.run.trust.insecure || !out.run.trust.ca_file.empty())) {
    return fail(std::string(out.run.trust.insecure ? "--insecure" : "--cacert") + " goes with an https:// URL");
  }
  if (out.run.trust.insecure && !out.run.trust.ca_file.empty()) return fail("--cacert and --insecure exclude each other");
  return out;
}

} // namespace invite_conform
