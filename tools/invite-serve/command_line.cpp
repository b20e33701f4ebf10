#include "command_line.hpp"

#include "common/options.hpp"

#include <charconv>
#include <cmath>
#include <optional>

namespace invite_serve {

namespace {

template <class Number>
std::optional<Number> parse_number(std::string_view text) {
  Number value{};
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (status != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Seconds with an optional fraction ("2", "0.5"), as milliseconds.
std::optional<std::chrono::milliseconds> parse_seconds(std::string_view text) {
  std::size_t dot = text.find('.');
  const auto whole = parse_number<std::uint64_t>(text.substr(0, dot));
  if (!whole || *whole > 86'400) return std::nullopt;
  std::uint64_t millis = *whole * 1000;
  if (dot != std::string_view::npos) {
    std::string_view fraction = text.substr(dot + 1);
    if (fraction.empty() || fraction.size() > 3 || !parse_number<std::uint64_t>(fraction)) return std::nullopt;
    std::uint64_t scale = 100;
    for (char digit : fraction) {
      millis += static_cast<std::uint64_t>(digit - '0') * scale;
      scale /= 10;
    }
  }
  return std::chrono::milliseconds(millis);
}

std::optional<std::vector<fault>> parse_faults(std::string_view list) {
  std::vector<fault> out;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view name = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (name == "500") out.push_back(fault::status_500);
    else if (name == "503") out.push_back(fault::status_503);
    else if (name == "close") out.push_back(fault::close);
    else if (name == "truncate") out.push_back(fault::truncate);
    else if (name == "stall") out.push_back(fault::stall);
    else return std::nullopt;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

} // namespace

std::string_view usage_text() noexcept {
  return R"(usage: invite-serve [OPTION]...
A mock of POST /assessment/invite (v2) for client teams and tests: every request is judged by
the invite library; valid ones get invites, invalid ones get application/problem+json.

  --host ADDR            address to listen on (default 127.0.0.1)
  --port N               port (default 8080; 0: the system chooses, see the first line)
  --api-key KEY          an accepted apiKey header value; repeat for several
                         (none given: any non-empty key is accepted)
  --threads N            worker threads (default: one per core)
  --body-limit BYTES     largest body accepted, else 413 (default 1048576)
  --header-limit BYTES   largest request head, else 431 (default 16384)
  --max-connections N    open connections beyond this get 503 and are closed (default 1024)
  --header-timeout S     seconds a connection may take to send a request head (default 10)
  --body-timeout S       seconds for the body after the head, and for writing an answer (default 30)
  --drain-timeout S      seconds requests in flight may take after SIGINT/SIGTERM (default 5)
  --latency MS[-MS]      delay every answer by MS milliseconds, or uniformly between the two
  --fault-rate P         probability (0 to 1) that a judged request gets a fault instead
  --faults LIST          which faults, drawn uniformly: 500,503,close,truncate,stall
                         (default: all five)
  --seed N               seed of the latency and fault draws (default 1)
  --tls-cert FILE        serve https only, with this PEM certificate chain
  --tls-key FILE         the certificate's PEM private key (goes with --tls-cert)
  --help, --version

It prints "listening on http://HOST:PORT" (https with --tls-cert) first, serves until SIGINT
or SIGTERM, lets requests in flight finish, and exits 0.
)";
}

command parse_command_line(const std::vector<std::string_view>& arguments) {
  command out;
  bool faults_given = false;
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
    if (i + 1 >= arguments.size()) return fail(invite_tools::missing_value_problem(option));
    const std::string_view value = arguments[++i];
    const auto bad = [&] { return fail("invalid value for " + std::string(option) + ": " + std::string(value)); };
    if (option == "--host") {
      if (value.empty()) return bad();
      out.server.host = std::string(value);
    } else if (option == "--port") {
      const auto port = parse_number<std::uint16_t>(value);
      if (!port) return bad();
      out.server.port = *port;
    } else if (option == "--api-key") {
      if (value.empty()) return bad();
      out.endpoint.api_keys.emplace_back(value);
    } else if (option == "--threads") {
      const auto threads = parse_number<unsigned>(value);
      if (!threads || *threads == 0 || *threads > 256) return bad();
      out.server.threads = *threads;
    } else if (option == "--body-limit") {
      const auto limit = parse_number<std::size_t>(value);
      if (!limit || *limit == 0 || *limit > (std::size_t{1} << 30)) return bad();
      out.endpoint.body_limit = *limit;
    } else if (option == "--header-limit") {
      const auto limit = parse_number<std::size_t>(value);
      if (!limit || *limit < 256 || *limit > (std::size_t{1} << 20)) return bad();
      out.server.header_limit = *limit;
    } else if (option == "--max-connections") {
      const auto limit = parse_number<std::size_t>(value);
      if (!limit || *limit == 0) return bad();
      out.server.max_connections = *limit;
    } else if (option == "--header-timeout" || option == "--body-timeout" || option == "--drain-timeout") {
      const auto seconds = parse_seconds(value);
      if (!seconds || (option != "--drain-timeout" && seconds->count() == 0)) return bad();
      (option == "--header-timeout" ? out.server.header_timeout
       : option == "--body-timeout" ? out.server.body_timeout
                                    : out.server.drain_timeout) = *seconds;
    } else if (option == "--latency") {
      const std::size_t dash = value.find('-');
      const auto low = parse_number<std::uint32_t>(value.substr(0, dash));
      const auto high = dash == std::string_view::npos ? low : parse_number<std::uint32_t>(value.substr(dash + 1));
      if (!low || !high || *high < *low || *high > 600'000) return bad();
      out.server.latency_min = std::chrono::milliseconds(*low);
      out.server.latency_max = std::chrono::milliseconds(*high);
    } else if (option == "--fault-rate") {
      char* end = nullptr;
      const std::string text(value);
      const double rate = std::strtod(text.c_str(), &end);
      // strtod reads nothing from an empty text and calls that 0: refuse it as a non-number.
      if (text.empty() || end != text.c_str() + text.size() || !(rate >= 0 && rate <= 1)) return bad();
      out.server.fault_rate = rate;
    } else if (option == "--faults") {
      const auto faults = parse_faults(value);
      if (!faults) return bad();
      out.server.faults = *faults;
      faults_given = true;
    } else if (option == "--seed") {
      const auto seed = parse_number<std::uint64_t>(value);
      if (!seed) return bad();
      out.server.seed = *seed;
    } else if (option == "--tls-cert" || option == "--tls-key") {
      if (value.empty()) return bad();
      (option == "--tls-cert" ? out.server.tls_certificate : out.server.tls_key) = std::string(value);
    } else {
      return fail("unknown option " + std::string(option));
    }
  }
  if (out.server.tls_certificate.empty() != out.server.tls_key.empty()) {
    return fail(out.server.tls_key.empty() ? "--tls-cert needs --tls-key" : "--tls-key needs --tls-cert");
  }
  if (!faults_given) {
    out.server.faults = {fault::status_500, fault::status_503, fault::close, fault::truncate, fault::stall};
  }
  return out;
}

} // namespace invite_serve
