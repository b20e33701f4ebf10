// check_response.hpp: whether a response answers its request, and in whose words it says not.

#include <invite/invite.hpp>

#include <invite/codec/detail/report.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace {

// (name, code, path) of each error: the name says what differs, the code is kept for switches.
using Errors = std::vector<std::tuple<std::string, std::string, std::string>>;

Errors listed(const std::vector<invite::error>& errors) {
  Errors out;
  for (const auto& e : errors) out.emplace_back(std::string(e.name()), std::string(invite::to_string(e.code)), e.path);
  return out;
}

invite::request asked(std::size_t candidates) {
  invite::request r{};
  r.assessment_id = 42;
  r.invite_format = invite::format::getlink;
  for (std::size_t i = 0; i < candidates; ++i) {
    r.candidates.push_back({"C" + std::to_string(i), "c" + std::to_string(i) + "@example.com"});
  }
  return r;
}

invite::response answer_to(const invite::request& r) {
  invite::response out;
  for (std::size_t i = 0; i < r.candidates.size(); ++i) {
    const auto id = static_cast<std::int64_t>(i + 1);
    out.invites.push_back({r.candidates[i].name, r.candidates[i].email, 100 + id, 200 + id, r.assessment_id,
                           "https://x.io/" + std::to_string(i), "invited"});
  }
  return out;
}

} // namespace

TEST_CASE("a faithful answer has no errors, even with e-mails in another case", "[check_response]") {
  const auto r = asked(3);
  auto a = answer_to(r);
  CHECK(invite::check_response(r, a).empty());
  a.invites[1].email = "C1@EXAMPLE.com";
  CHECK(invite::check_response(r, a).empty());
}

TEST_CASE("one invite per candidate: invite_count_differs, as too_short or too_long", "[check_response]") {
  const auto r = asked(3);
  auto fewer = answer_to(r);
  fewer.invites.pop_back();
  const auto short_errors = invite::check_response(r, fewer);
  CHECK(listed(short_errors) == Errors{{"invite_count_differs", "too_short", "/invites"}});
  CHECK(short_errors[0].message == "\"invites\": expected one invite per candidate of the request (3), found 2");
  auto more = answer_to(asked(4));
  CHECK(listed(invite::check_response(r, more)) == Errors{{"invite_count_differs", "too_long", "/invites"}});
}

TEST_CASE("names, e-mails, ids and the assessment, each in its own words and in the response's order",
          "[check_response]") {
  const auto r = asked(3);
  auto a = answer_to(r);
  std::swap(a.invites[0].email, a.invites[1].email);
  a.invites[2].assessment_id = 43;
  a.invites[2].report_id = a.invites[0].report_id;
  a.invites[1].candidate_id = a.invites[0].candidate_id;
  a.invites[2].name = "C?";
  const auto errors = invite::check_response(r, a);
  CHECK(listed(errors) == Errors{{"email_differs", "invalid_email", "/invites/0/email"},
                                 {"email_differs", "invalid_email", "/invites/1/email"},
                                 {"id_reused", "duplicate_value", "/invites/1/candidate_id"},
                                 {"name_differs", "invalid_characters", "/invites/2/name"},
                                 {"id_reused", "duplicate_value", "/invites/2/report_id"},
                                 {"assessment_id_differs", "out_of_range", "/invites/2/assessment_id"}});
  // Facts about two values, not about a text: no offset to point at (docs/contract.md §11).
  for (const auto& e : errors) CHECK(e.offset == 0);
  CHECK(errors[0].message == "\"email\": expected the e-mail of candidate 0, \"c0@example.com\", found \"c1@example.com\"");
  CHECK(errors[2].message == "\"candidate_id\": expected an id no other invite has, found 201, already at /invites/0/candidate_id");
  CHECK(errors[3].message == "\"name\": expected the name of candidate 2, \"C2\", found \"C?\"");
  CHECK(errors[4].message == "\"report_id\": expected an id no other invite has, found 101, already at /invites/0/report_id");
  CHECK(errors[5].message == "\"assessment_id\": expected the request's 42, found 43");
  // The names are the constants a caller compares with.
  CHECK(errors[0].name() == invite::response_mismatch::email_differs);
  CHECK(errors[2].name() == invite::response_mismatch::id_reused);
  CHECK(errors[3].name() == invite::response_mismatch::name_differs);
  CHECK(errors[5].name() == invite::response_mismatch::assessment_id_differs);
}

TEST_CASE("a name is compared exactly: case, spaces and Unicode forms count", "[check_response]") {
  auto r = asked(3);
  r.candidates[0].name = "Zo\xC3\xAB";    // ë precomposed
  r.candidates[1].name = " Ada ";
  r.candidates[2].name = "ada";
  auto a = answer_to(r);
  a.invites[0].name = "Zoe\xCC\x88"; // e and a combining diaeresis: the same to a reader, not to the contract
  a.invites[1].name = "Ada";
  a.invites[2].name = "Ada";
  const auto errors = invite::check_response(r, a);
  CHECK(listed(errors) == Errors{{"name_differs", "invalid_characters", "/invites/0/name"},
                                 {"name_differs", "invalid_characters", "/invites/1/name"},
                                 {"name_differs", "invalid_characters", "/invites/2/name"}});
  // Invites past the candidates have no name or e-mail to compare with: only the count is wrong.
  auto more = answer_to(asked(2));
  more.invites.push_back({"Nobody", "nobody@example.com", 999, 998, 42, "https://x.io/n", "invited"});
  CHECK(listed(invite::check_response(asked(2), more)) == Errors{{"invite_count_differs", "too_long", "/invites"}});
}

TEST_CASE("check_response's names are code names of its own, none of the sixteen codes", "[check_response]") {
  for (const std::string_view name : {invite::response_mismatch::invite_count_differs, invite::response_mismatch::name_differs,
                                      invite::response_mismatch::email_differs,
                                      invite::response_mismatch::assessment_id_differs, invite::response_mismatch::id_reused}) {
    INFO(name);
    CHECK(invite::detail::is_own_code_name(name));
  }
}

TEST_CASE("the invite count: none, one short, one over, many over, each said with both numbers", "[check_response]") {
  const auto r = asked(3);
  const auto count_error = [&](std::size_t given) {
    invite::response a = answer_to(asked(given));
    const auto errors = invite::check_response(r, a);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "/invites");
    CHECK(errors[0].offset == 0);
    CHECK(errors[0].name() == invite::response_mismatch::invite_count_differs);
    CHECK(errors[0].message ==
          "\"invites\": expected one invite per candidate of the request (3), found " + std::to_string(given));
    return std::string(invite::to_string(errors[0].code));
  };
  CHECK(count_error(0) == "too_short");
  CHECK(count_error(2) == "too_short");
  CHECK(count_error(4) == "too_long");
  CHECK(count_error(10) == "too_long");
  CHECK(invite::check_response(r, answer_to(r)).empty());
  // One candidate, one invite: the smallest request is answered by the smallest response.
  CHECK(invite::check_response(asked(1), answer_to(asked(1))).empty());
}

TEST_CASE("invites past the candidates are still checked for their assessment and ids", "[check_response]") {
  const auto r = asked(1);
  auto a = answer_to(asked(3));
  a.invites[2].assessment_id = 41;
  a.invites[2].report_id = a.invites[1].report_id;
  // In the contract's member order: report_id before assessment_id.
  CHECK(listed(invite::check_response(r, a)) == Errors{{"invite_count_differs", "too_long", "/invites"},
                                                       {"id_reused", "duplicate_value", "/invites/2/report_id"},
                                                       {"assessment_id_differs", "out_of_range", "/invites/2/assessment_id"}});
}
