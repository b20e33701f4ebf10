// The property runs: a property that holds is run on every case; one that fails is shrunk to a
// case that still fails and is no larger, down to what the failure needs; the same settings give
// the same report.

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <sstream>
#include <string>

namespace {

using namespace invite::testing;

// A property that fails on any document whose errors include `code` at `path`.
auto no_error_at(invite::error_code code, std::string path) {
  return [code, path](const document_case& c) {
    for (const auto& e : c.document.errors) {
      if (e.code == code && e.path == path) return false;
    }
    return true;
  };
}

// What the library's verdict on the case's text differs in from the case's own ("" if nothing).
std::string library_disagrees(const document_case& c) {
  if (c.document.kind == document_kind::request) {
    const auto parsed = invite::parse_request(c.document.json, c.document.options);
    return difference(c.document, parsed.ok(), parsed.errors());
  }
  const auto parsed = invite::parse_response(c.document.json, c.document.options);
  return difference(c.document, parsed.ok(), parsed.errors());
}

// No shorter token of the same JSON type: {} [] "" 0 true null, or a number of three characters
// (0.5 is the shortest number that is not an integer).
bool smallest_of_its_type(const std::string& token) {
  for (const char* smallest : {"{}", "[]", "\"\"", "0", "true", "null"}) {
    if (token == smallest) return true;
  }
  return token.size() == 3 && token.find_first_not_of("0123456789.eE+-") == std::string::npos;
}

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

TEST_CASE("a value of the wrong type shrinks to the smallest of its type, alone in its document", "[testing][property]") {
  // Each path, with the document that holds nothing but it: the text before and after the value.
  struct place {
    document_kind kind;
    const char* path;
    const char* before;
    const char* after;
  };
  const place places[] = {
      {document_kind::request, "/assessment_id", "{\"assessment_id\":", "}"},
      {document_kind::request, "/invite_format", "{\"invite_format\":", "}"},
      {document_kind::request, "/expiry_date", "{\"expiry_date\":", "}"},
      {document_kind::request, "/candidates", "{\"candidates\":", "}"},
      {document_kind::request, "/candidates/0", "{\"candidates\":[", "]}"},
      {document_kind::request, "/candidates/0/name", "{\"candidates\":[{\"name\":", "}]}"},
      {document_kind::response, "/invites", "{\"invites\":", "}"},
      {document_kind::response, "/invites/0", "{\"invites\":[", "]}"},
      {document_kind::response, "/invites/0/invite_link", "{\"invites\":[{\"invite_link\":", "}]}"},
      {document_kind::response, "/invites/0/status", "{\"invites\":[{\"status\":", "}]}"},
      {document_kind::response, "/invites/0/report_id", "{\"invites\":[{\"report_id\":", "}]}"},
  };
  std::set<std::string> smallest_seen;
  for (const place& at : places) {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
      property_settings settings;
      settings.cases = 5000;
      settings.seed = seed;
      settings.vary_options = false; // every error reported: the one wanted is never cut off
      const auto holds = no_error_at(invite::error_code::type_mismatch, at.path);
      const auto report = check_documents(at.kind, settings, holds);
      INFO(at.path << ", seed " << seed << ": " << report);
      REQUIRE_FALSE(report.holds);
      CHECK_FALSE(holds(report.smallest));
      CHECK(library_disagrees(report.smallest) == "");
      const std::string& json = report.smallest.document.json;
      const std::string before = at.before;
      const std::string after = at.after;
      REQUIRE(json.size() > before.size() + after.size());
      CHECK(json.compare(0, before.size(), before) == 0);
      CHECK(json.compare(json.size() - after.size(), after.size(), after) == 0);
      const std::string value = json.substr(before.size(), json.size() - before.size() - after.size());
      CHECK(smallest_of_its_type(value));
      smallest_seen.insert(value);
    }
  }
  // The wrong types met on the way: every JSON type but the integer's, which is an id's own.
  for (const char* wanted : {"{}", "[]", "\"\"", "0.5", "true", "null"}) {
    INFO(wanted);
    CHECK(smallest_seen.count(wanted) == 1);
  }
}

TEST_CASE("a failing document cut short shrinks to an earlier cut", "[testing][property]") {
  // Fails on any text cut short.
  const auto whole = [](const document_case& c) { return c.document.how.find("cut short") == std::string::npos; };
  for (const document_kind kind : {document_kind::request, document_kind::response}) {
    property_settings settings;
    settings.cases = 5000;
    const auto report = check_documents(kind, settings, whole);
    INFO(report);
    REQUIRE_FALSE(report.holds);
    CHECK_FALSE(whole(report.smallest));
    CHECK(report.smallest.document.json.size() < report.original.document.json.size());
    CHECK(library_disagrees(report.smallest) == "");
    // The earliest cut of all: nothing, which is no JSON.
    CHECK(report.smallest.document.json.empty());
    CHECK_FALSE(report.smallest.document.valid);
  }
}

TEST_CASE("a failing document with too many items shrinks, the items past the limit made 0", "[testing][property]") {
  // Fails on more than 500 candidates; the shrinker halves so long an array first (which then
  // holds) before it leaves items out one by one.
  const auto holds = no_error_at(invite::error_code::too_long, "/candidates");
  property_settings settings;
  settings.cases = 5000;
  settings.vary_options = false;
  // Each step re-renders and re-predicts 500 items: a few steps show it, without minutes under
  // the sanitizers.
  settings.max_shrink_calls = 30;
  const auto report = check_documents(document_kind::request, settings, holds);
  INFO(report);
  REQUIRE_FALSE(report.holds);
  CHECK_FALSE(holds(report.smallest));
  CHECK(report.smallest.document.json.size() < report.original.document.json.size());
  CHECK(library_disagrees(report.smallest) == "");
  // The items the library never reads, past the 500th, are made 0; the ones it reads are not.
  const std::string& json = report.smallest.document.json;
  const std::string ignored_last = ",0]}";
  REQUIRE(json.size() > ignored_last.size());
  CHECK(json.compare(json.size() - ignored_last.size(), ignored_last.size(), ignored_last) == 0);
  CHECK(json.compare(0, 15, "{\"candidates\":[") == 0);
  CHECK(json.compare(15, 2, "0,") != 0);
}
