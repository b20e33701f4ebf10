// The property runs: a property that holds is run on every case; one that fails is shrunk to a
// case that still fails and is no larger, down to what the failure needs; the same settings give
// the same report.

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

namespace {

using namespace invite::testing;

} // namespace

TEST_CASE("a property that holds runs on every case", "[testing][property]") {
  property_settings settings;
  settings.cases = 150;
  std::size_t calls = 0;
  const auto report = check_requests(settings, [&calls](const request_case& c) {
    ++calls;
    return invite::parse_request(c.json).ok();
  });
  CHECK(report.holds);
  CHECK(report.cases_run == 150);
  CHECK(calls == 150);
  CHECK(report.explanation() == "the property held for 150 cases (seed 1)");
}

TEST_CASE("a failing request property shrinks to what the failure needs", "[testing][property]") {
  // Fails for three candidates or more.
  const auto few_candidates = [](const request_case& c) { return c.value.candidates.size() < 3; };
  property_settings settings;
  settings.seed = 11;
  const auto report = check_requests(settings, few_candidates);
  REQUIRE_FALSE(report.holds);
  INFO(report);
  CHECK_FALSE(few_candidates(report.smallest));
  CHECK_FALSE(few_candidates(report.original));
  CHECK(report.smallest.value.candidates.size() == 3);
  CHECK(report.smallest.json.size() < report.original.json.size());
  // Nothing but three short candidates is left: plain spelling, short names and e-mails.
  CHECK(report.smallest.value.expiry_date == std::nullopt);
  CHECK(report.smallest.value.assessment_id == 1);
  for (const auto& item : report.smallest.value.candidates) CHECK(item.name == "A");
  CHECK(report.smallest.json.find(' ') == std::string::npos);
  CHECK(invite::parse_request(report.smallest.json).value() == report.smallest.value);
  // The same settings, the same report.
  CHECK(check_requests(settings, few_candidates).smallest.json == report.smallest.json);
  std::ostringstream printed;
  printed << report;
  CHECK(printed.str().find(report.smallest.json) != std::string::npos);
}

TEST_CASE("a failing response property shrinks too", "[testing][property]") {
  // Fails when an invite link has a query.
  const auto no_query = [](const response_case& c) {
    for (const auto& item : c.value.invites) {
      if (item.invite_link.find('?') != std::string::npos) return false;
    }
    return true;
  };
  property_settings settings;
  settings.cases = 500;
  const auto report = check_responses(settings, no_query);
  REQUIRE_FALSE(report.holds);
  INFO(report);
  CHECK(report.smallest.value.invites.size() == 1);
  CHECK(report.smallest.value.invites[0].invite_link.find('?') != std::string::npos);
  CHECK(report.smallest.value.invites[0].status == "s");
  CHECK(invite::parse_response(report.smallest.json).value() == report.smallest.value);
}

TEST_CASE("a failing document property shrinks, the verdict worked out again at each step", "[testing][property]") {
  // Fails on any document whose errors include an alias_conflict.
  const auto no_alias_conflict = [](const document_case& c) {
    for (const auto& e : c.document.errors) {
      if (e.code == invite::error_code::alias_conflict) return false;
    }
    return true;
  };
  property_settings settings;
  settings.cases = 2000;
  const auto report = check_documents(document_kind::request, settings, no_alias_conflict);
  REQUIRE_FALSE(report.holds);
  INFO(report);
  CHECK_FALSE(no_alias_conflict(report.smallest));
  CHECK(report.smallest.document.json.size() < report.original.document.json.size());
  // The shrunk document's verdict is still exactly the library's.
  const auto parsed = invite::parse_request(report.smallest.document.json, report.smallest.document.options);
  CHECK(difference(report.smallest.document, parsed.ok(), parsed.errors()) == "");
  // All that is left is the one candidate and its two names for one field.
  CHECK(report.smallest.document.json.size() < 60);
}
