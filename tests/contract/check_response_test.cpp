// check_response.hpp: whether a response answers its request.

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace {

using Errors = std::vector<std::pair<std::string, std::string>>;

Errors pairs(const std::vector<invite::error>& errors) {
  Errors out;
  for (const auto& e : errors) out.emplace_back(std::string(invite::to_string(e.code)), e.path);
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

TEST_CASE("one invite per candidate", "[check_response]") {
  const auto r = asked(3);
  auto fewer = answer_to(r);
  fewer.invites.pop_back();
  CHECK(pairs(invite::check_response(r, fewer)) == Errors{{"too_short", "/invites"}});
  auto more = answer_to(asked(4));
  CHECK(pairs(invite::check_response(r, more)) == Errors{{"too_long", "/invites"}});
}

TEST_CASE("e-mails in the request's order, the same assessment, ids not reused", "[check_response]") {
  const auto r = asked(3);
  auto a = answer_to(r);
  std::swap(a.invites[0].email, a.invites[1].email);
  a.invites[2].assessment_id = 43;
  a.invites[2].report_id = a.invites[0].report_id;
  a.invites[1].candidate_id = a.invites[0].candidate_id;
  const auto errors = invite::check_response(r, a);
  CHECK(pairs(errors) == Errors{{"invalid_email", "/invites/0/email"},
                                {"invalid_email", "/invites/1/email"},
                                {"duplicate_value", "/invites/1/candidate_id"},
                                {"out_of_range", "/invites/2/assessment_id"},
                                {"duplicate_value", "/invites/2/report_id"}});
  for (const auto& e : errors) CHECK_FALSE(e.message.empty());
  // Facts about two values, not about a text: no offset to point at (docs/contract.md).
  for (const auto& e : errors) CHECK(e.offset == 0);
  CHECK(errors[3].message.find("42") != std::string::npos);
  CHECK(errors[4].message.find("/invites/0/report_id") != std::string::npos);
}

TEST_CASE("the invite count: none, one short, one over, many over, each said with both numbers", "[check_response]") {
  const auto r = asked(3);
  const auto count_error = [&](std::size_t given) {
    invite::response a = answer_to(asked(given));
    const auto errors = invite::check_response(r, a);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "/invites");
    CHECK(errors[0].offset == 0);
    CHECK(errors[0].message == "\"invites\": expected one invite per candidate (3), found " + std::to_string(given));
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
  CHECK(pairs(invite::check_response(r, a)) == Errors{{"too_long", "/invites"},
                                                      {"out_of_range", "/invites/2/assessment_id"},
                                                      {"duplicate_value", "/invites/2/report_id"}});
}
