// A property test of a server: over 400 bodies, every other one broken (each with its exact
// verdict, read with the defaults a server uses), the example handler must answer what the
// contract says: 200 and a response that answers the request for a valid body, 400 (413 for a
// body over the limit) and a problem+json listing every error for a broken one.

#include "request_handler.hpp"

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("the example handler answers every body as the contract says", "[example][property]") {
  invite::testing::property_settings settings;
  settings.cases = 400;
  settings.vary_options = false; // a server reads with the defaults
  example::invite_handler handler;

  const auto answers_right = [&handler](const invite::testing::document_case& c) {
    const invite::testing::test_document& body = c.document;
    const example::reply reply = handler.handle(body.json);
    if (reply.status != invite::testing::expected_status(body)) return false;
    if (!body.valid) {
      // Every error the body has is in the problem document, under its code and pointer.
      for (const invite::testing::expected_error& e : body.errors) {
        if (reply.body.find("\"code\":\"" + std::string(invite::to_string(e.code)) + "\"") == std::string::npos) return false;
      }
      return true;
    }
    const auto asked = invite::parse_request(body.json);
    const auto answer = invite::parse_response(reply.body);
    return asked && answer && invite::check_response(*asked, *answer).empty();
  };
  const auto report = invite::testing::check_documents(invite::testing::document_kind::request, settings, answers_right);
  INFO(report);
  REQUIRE(report.holds);
  CHECK(report.cases_run == 400);
}
