// invite-serve's options (tools/invite-serve/command_line.hpp): each option's bounds, and the
// words a user gets for a value out of them.

#include "command_line.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace {

invite_serve::command parsed(std::vector<std::string_view> arguments) {
  return invite_serve::parse_command_line(arguments);
}

// The problem a lone option with this value is refused with; empty when it is accepted.
std::string refusal(std::string_view option, std::string_view value) {
  const invite_serve::command out = parsed({option, value});
  return out.action == invite_serve::command_action::usage_error ? out.problem : std::string();
}

} // namespace

TEST_CASE("no arguments: serve on 127.0.0.1:8080 with every fault kind and no key", "[command_line]") {
  const invite_serve::command out = parsed({});
  CHECK(out.action == invite_serve::command_action::serve);
  CHECK(out.server.host == "127.0.0.1");
  CHECK(out.server.port == 8080);
  CHECK(out.endpoint.api_keys.empty());
  CHECK(out.endpoint.body_limit == 1048576);
  CHECK(out.server.fault_rate == 0);
  using invite_serve::fault;
  CHECK(out.server.faults == std::vector<fault>{fault::status_500, fault::status_503, fault::close, fault::truncate, fault::stall});
}

TEST_CASE("help and version win wherever they are", "[command_line]") {
  CHECK(parsed({"--help"}).action == invite_serve::command_action::show_help);
  CHECK(parsed({"-h"}).action == invite_serve::command_action::show_help);
  CHECK(parsed({"--port", "1", "--version", "--bogus"}).action == invite_serve::command_action::show_version);
  const std::string_view usage = invite_serve::usage_text();
  for (std::string_view option : {"--host", "--port", "--api-key", "--threads", "--body-limit", "--header-limit",
                                  "--max-connections", "--header-timeout", "--body-timeout", "--drain-timeout",
                                  "--latency", "--fault-rate", "--faults", "--seed"}) {
    INFO(option);
    CHECK(usage.find(option) != std::string_view::npos);
    CHECK(refusal(option, "").find("invalid value for " + std::string(option)) == 0);
  }
}

TEST_CASE("every option, set", "[command_line]") {
  const invite_serve::command out =
      parsed({"--host", "::1", "--port", "0", "--api-key", "a", "--api-key", "b", "--threads", "3",
              "--body-limit", "10", "--header-limit", "256", "--max-connections", "5", "--header-timeout", "1.5",
              "--body-timeout", "2", "--drain-timeout", "0", "--latency", "3-9", "--fault-rate", "0.25",
              "--faults", "close,500", "--seed", "18446744073709551615"});
  REQUIRE(out.action == invite_serve::command_action::serve);
  CHECK(out.server.host == "::1");
  CHECK(out.server.port == 0);
  CHECK(out.endpoint.api_keys == std::vector<std::string>{"a", "b"});
  CHECK(out.server.threads == 3);
  CHECK(out.endpoint.body_limit == 10);
  CHECK(out.server.header_limit == 256);
  CHECK(out.server.max_connections == 5);
  CHECK(out.server.header_timeout == std::chrono::milliseconds(1500));
  CHECK(out.server.body_timeout == std::chrono::milliseconds(2000));
  CHECK(out.server.drain_timeout == std::chrono::milliseconds(0));
  CHECK(out.server.latency_min == std::chrono::milliseconds(3));
  CHECK(out.server.latency_max == std::chrono::milliseconds(9));
  CHECK(out.server.fault_rate == 0.25);
  using invite_serve::fault;
  CHECK(out.server.faults == std::vector<fault>{fault::close, fault::status_500});
  CHECK(out.server.seed == 18446744073709551615u);
}

TEST_CASE("numbers at and past their bounds", "[command_line]") {
  CHECK(refusal("--port", "65535").empty());
  CHECK_FALSE(refusal("--port", "65536").empty());
  CHECK_FALSE(refusal("--port", "-1").empty());
  CHECK_FALSE(refusal("--port", "80x").empty());
  CHECK_FALSE(refusal("--port", " 80").empty());
  CHECK(refusal("--threads", "1").empty());
  CHECK(refusal("--threads", "256").empty());
  CHECK_FALSE(refusal("--threads", "0").empty());
  CHECK_FALSE(refusal("--threads", "257").empty());
  CHECK(refusal("--body-limit", "1").empty());
  CHECK(refusal("--body-limit", "1073741824").empty());
  CHECK_FALSE(refusal("--body-limit", "0").empty());
  CHECK_FALSE(refusal("--body-limit", "1073741825").empty());
  CHECK(refusal("--header-limit", "256").empty());
  CHECK(refusal("--header-limit", "1048576").empty());
  CHECK_FALSE(refusal("--header-limit", "255").empty());
  CHECK_FALSE(refusal("--header-limit", "1048577").empty());
  CHECK(refusal("--max-connections", "1").empty());
  CHECK_FALSE(refusal("--max-connections", "0").empty());
  CHECK(refusal("--seed", "0").empty());
  CHECK_FALSE(refusal("--seed", "18446744073709551616").empty());
  CHECK_FALSE(refusal("--api-key", "").empty());
  CHECK_FALSE(refusal("--host", "").empty());
}

TEST_CASE("seconds: whole, or with up to three decimals, at most a day", "[command_line]") {
  const auto header_timeout = [](std::string_view value) { return parsed({"--header-timeout", value}).server.header_timeout; };
  CHECK(header_timeout("0.001") == std::chrono::milliseconds(1));
  CHECK(header_timeout("0.05") == std::chrono::milliseconds(50));
  CHECK(header_timeout("86400") == std::chrono::milliseconds(86'400'000));
  CHECK(header_timeout("86400.999") == std::chrono::milliseconds(86'400'999));
  for (std::string_view bad : {"86401", "1.", ".5", "1.0001", "1.x", "-1", "1e3", "0", "0.000"}) {
    INFO(bad);
    CHECK(refusal("--header-timeout", bad) == "invalid value for --header-timeout: " + std::string(bad));
    CHECK_FALSE(refusal("--body-timeout", bad).empty());
  }
  // Draining may be instant; the other two may not.
  CHECK(refusal("--drain-timeout", "0").empty());
  CHECK_FALSE(refusal("--drain-timeout", "1.").empty());
}

TEST_CASE("latency: one value or a range, low to high, at most ten minutes", "[command_line]") {
  const invite_serve::command fixed = parsed({"--latency", "40"});
  CHECK(fixed.server.latency_min == std::chrono::milliseconds(40));
  CHECK(fixed.server.latency_max == std::chrono::milliseconds(40));
  CHECK(refusal("--latency", "0-600000").empty());
  for (std::string_view bad : {"9-3", "0-600001", "600001", "-5", "5-", "a-5", "5-a"}) {
    INFO(bad);
    CHECK_FALSE(refusal("--latency", bad).empty());
  }
}

TEST_CASE("fault rate from 0 to 1, faults by name", "[command_line]") {
  CHECK(refusal("--fault-rate", "0").empty());
  CHECK(refusal("--fault-rate", "1").empty());
  for (std::string_view bad : {"1.01", "-0.1", "nan", "0.5x", "x"}) {
    INFO(bad);
    CHECK_FALSE(refusal("--fault-rate", bad).empty());
  }
  using invite_serve::fault;
  CHECK(parsed({"--faults", "500,503,close,truncate,stall"}).server.faults ==
        std::vector<fault>{fault::status_500, fault::status_503, fault::close, fault::truncate, fault::stall});
  CHECK(parsed({"--faults", "stall"}).server.faults == std::vector<fault>{fault::stall});
  for (std::string_view bad : {"", ",", "404", "close,,stall", "Close"}) {
    INFO(bad);
    CHECK_FALSE(refusal("--faults", bad).empty());
  }
}

TEST_CASE("unknown options and missing values are named", "[command_line]") {
  CHECK(refusal("--colour", "red") == "unknown option --colour");
  const invite_serve::command missing = parsed({"--port"});
  CHECK(missing.action == invite_serve::command_action::usage_error);
  CHECK(missing.problem == "--port needs a value");
  const invite_serve::command stray = parsed({"serve"});
  CHECK(stray.problem == "serve: unknown argument");
}
