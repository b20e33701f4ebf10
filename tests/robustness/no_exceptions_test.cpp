// The library in a program built with -fno-exceptions: it must compile there and answer every
// input through result<T>, never by throwing (there is nothing to throw with).

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#error "no_exceptions_test.cpp must be compiled with -fno-exceptions"
#endif

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <invite_test/error_listing.hpp>

#include <invite/invite.hpp>
#include <invite/testing/generator.hpp>

#include <cstdint>
#include <string>

namespace {

using invite_test::codes_and_paths;
using invite_test::describe_errors;

const std::string valid_request =
    R"({"candidates":[{"candidate_name":"Zo\u00eb","email":"zoe@example.com"}],)"
    R"("invite_format":"getlink","assessment_id":12,"expiry_date":"2028-02-29 08:05"})";

const std::string valid_response =
    R"({"invites":[{"name":"Ann","email":"ann@x.io","report_id":1,"candidate_id":2,)"
    R"("assessment_id":3,"invite_link":"https://x.io/i/1","status":"sent"}]})";

} // namespace

TEST_CASE("a valid request parses and writes canonically without exceptions",
          "[no_exceptions]") {
  const auto parsed = invite::parse_request(valid_request);
  INFO(describe_errors(parsed.errors()));
  CHECK(parsed.ok());
  CHECK(parsed->assessment_id == 12);
  CHECK(parsed->invite_format == invite::format::getlink);
  CHECK(parsed->candidates.size() == 1);
  CHECK(parsed->candidates[0].name == "Zo\xC3\xAB");
  // Written by hand from docs/contract.md's Serialization section: table order, canonical names.
  CHECK(invite::to_json(*parsed) ==
        R"({"assessment_id":12,"invite_format":"getlink","expiry_date":"2028-02-29 08:05",)"
        R"("candidates":[{"name":"Zo)" "\xC3\xAB" R"(","email":"zoe@example.com"}]})");
  const auto from_pretty = invite::parse_request(invite::to_pretty_json(*parsed));
  CHECK(from_pretty.ok());
  CHECK(*from_pretty == *parsed);
}

TEST_CASE("invalid requests and responses are reported, not thrown", "[no_exceptions]") {
  CHECK(codes_and_paths(invite::parse_request("{\"assessment_id\":").errors()) == "invalid_json@");
  CHECK(codes_and_paths(invite::parse_request("").errors()) == "invalid_json@");
  CHECK(codes_and_paths(invite::parse_request("[]").errors()) == "type_mismatch@");
  CHECK(codes_and_paths(invite::parse_request(std::string(1000, '[')).errors()) ==
        "invalid_json@");
  invite::parse_options tiny;
  tiny.max_bytes = 4;
  CHECK(codes_and_paths(invite::parse_request(valid_request, tiny).errors()) ==
        "payload_too_large@");
  CHECK(codes_and_paths(
            invite::parse_request(
                R"({"assessment_id":"12","invite_format":"GETLINK","candidates":[]})")
                .errors()) ==
        "type_mismatch@/assessment_id, invalid_enum@/invite_format, too_short@/candidates");
  CHECK(codes_and_paths(invite::parse_response(R"({"invites":[{"name":""}]})").errors()) ==
        "too_short@/invites/0/name, missing_field@/invites/0/email, "
        "missing_field@/invites/0/report_id, missing_field@/invites/0/candidate_id, "
        "missing_field@/invites/0/assessment_id, missing_field@/invites/0/invite_link, "
        "missing_field@/invites/0/status");
  CHECK(codes_and_paths(invite::parse_response("{\"invites\":[\"\\ud800\"]}").errors()) ==
        "invalid_json@");
}

TEST_CASE("a valid response round-trips without exceptions", "[no_exceptions]") {
  const auto parsed = invite::parse_response(valid_response);
  INFO(describe_errors(parsed.errors()));
  REQUIRE(parsed.ok());
  CHECK(invite::to_json(*parsed) == valid_response);
  CHECK(invite::parse_response(invite::to_pretty_json(*parsed)).ok());
}

TEST_CASE("one parser and one result reused across good and bad documents", "[no_exceptions]") {
  invite::parser parser;
  invite::result<invite::request> into;
  parser.parse(valid_request, into);
  CHECK(into.ok());
  parser.parse(R"({"assessment_id":0})", into);
  CHECK(codes_and_paths(into.errors()) == "out_of_range@/assessment_id, "
                                          "missing_field@/invite_format, missing_field@/candidates");
  parser.parse("{", into);
  CHECK(codes_and_paths(into.errors()) == "invalid_json@");
  parser.parse(valid_request, into);
  CHECK(into.ok());
  CHECK(into->candidates.size() == 1);

  const auto response = parser.parse<invite::response>(valid_response);
  CHECK(response.ok());
  CHECK(response->invites.size() == 1);

  // Random documents through the same parser: the test helpers work without exceptions too.
  for (std::uint64_t index = 0; index < 200; ++index) {
    invite::testing::generator maker(invite::testing::case_seed(7, index));
    const auto expected = maker.request();
    const auto parsed = parser.parse<invite::request>(maker.spell(expected));
    INFO("document " << index << ": " << describe_errors(parsed.errors()));
    CHECK(parsed.ok());
    CHECK(*parsed == expected);
  }
}
