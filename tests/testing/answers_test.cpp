// Answers: what a correct server sends passes check_response and is a valid response; each near
// miss is a valid response that check_response refuses with exactly the errors predicted for it,
// and together the near misses make every mistake they claim.

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>

namespace {

using namespace invite::testing;

std::string listing(const std::vector<invite::error>& errors) {
  std::string out;
  for (const invite::error& e : errors) out += std::string(e.name()) + "@" + e.path + " ";
  return out;
}

} // namespace

TEST_CASE("a correct answer passes check_response and is a valid response", "[testing][answers]") {
  for (const profile style : {profile::every_legal_form, profile::realistic_traffic}) {
    for (std::uint64_t seed = 0; seed < 400; ++seed) {
      generator maker(seed, style);
      const invite::request asked = maker.request();
      const invite::response answer = maker.answer(asked);
      INFO("seed " << seed);
      REQUIRE(answer.invites.size() == asked.candidates.size());
      CHECK(invite::check_response(asked, answer).empty());
      CHECK(invite::validate(answer).empty());
      for (std::size_t i = 0; i < answer.invites.size(); ++i) {
        CHECK(answer.invites[i].name == asked.candidates[i].name);
        CHECK(answer.invites[i].assessment_id == asked.assessment_id);
      }
    }
  }
}

TEST_CASE("a near miss is a valid response that check_response refuses with exactly its predicted errors",
          "[testing][answers]") {
  std::set<std::string> seen;
  for (const profile style : {profile::every_legal_form, profile::realistic_traffic}) {
    for (std::uint64_t seed = 0; seed < 2000; ++seed) {
      generator maker(case_seed(77, seed), style);
      const invite::request asked = maker.request();
      const near_miss miss = maker.wrong_answer(asked);
      INFO("seed " << seed << ": " << miss.how);
      const std::vector<invite::error> found = invite::check_response(asked, miss.answer);
      CHECK(difference(miss.errors, found, false) == "");
      CHECK_FALSE(miss.errors.empty());
      const std::vector<invite::error> shape = invite::validate(miss.answer);
      CHECK(shape.empty());
      if (!shape.empty()) FAIL_CHECK(listing(shape));
      for (const expected_error& e : miss.errors) {
        seen.insert(std::string(e.name()) + " " + std::string(invite::to_string(e.code)) + " " + e.path.substr(e.path.rfind('/')));
      }
    }
  }
  for (const char* wanted : {"invite_count_differs too_short /invites", "invite_count_differs too_long /invites",
                             "name_differs invalid_characters /name", "email_differs invalid_email /email",
                             "assessment_id_differs out_of_range /assessment_id", "id_reused duplicate_value /report_id",
                             "id_reused duplicate_value /candidate_id"}) {
    INFO(wanted);
    CHECK(seen.count(wanted) == 1);
  }
}

TEST_CASE("expected_check_response reads check_response's contract, on hand-made answers", "[testing][answers]") {
  invite::request asked;
  asked.assessment_id = 7;
  asked.candidates = {{"Ada", "ada@example.com"}, {"Bo", "bo@example.com"}};
  const auto invite_for = [](const char* name, const char* email, std::int64_t report, std::int64_t candidate,
                             std::int64_t assessment) {
    return invite::invitation{name, email, report, candidate, assessment, "https://x.io", "sent"};
  };
  invite::response answer;
  answer.invites = {invite_for("Ada", "ADA@example.com", 1, 2, 7), invite_for("Bo", "bo@example.com", 3, 4, 7)};
  CHECK(expected_check_response(asked, answer).empty());

  answer.invites = {invite_for("Bo", "bo@example.com", 1, 2, 7)};
  const std::vector<expected_error> short_and_wrong = {
      {invite::error_code::too_short, "/invites", 0, "invite_count_differs"},
      {invite::error_code::invalid_characters, "/invites/0/name", 0, "name_differs"},
      {invite::error_code::invalid_email, "/invites/0/email", 0, "email_differs"}};
  CHECK(expected_check_response(asked, answer) == short_and_wrong);

  answer.invites = {invite_for("ada", "ada@example.com", 1, 2, 8), invite_for("Bo", "bo@example.com", 1, 2, 7),
                    invite_for("C", "c@example.com", 5, 6, 7)};
  const std::vector<expected_error> many = {
      {invite::error_code::too_long, "/invites", 0, "invite_count_differs"},
      {invite::error_code::invalid_characters, "/invites/0/name", 0, "name_differs"},
      {invite::error_code::out_of_range, "/invites/0/assessment_id", 0, "assessment_id_differs"},
      {invite::error_code::duplicate_value, "/invites/1/report_id", 0, "id_reused"},
      {invite::error_code::duplicate_value, "/invites/1/candidate_id", 0, "id_reused"}};
  CHECK(expected_check_response(asked, answer) == many);
  // The names count in the comparison with what check_response found, as the codes do.
  std::vector<expected_error> renamed = many;
  renamed[1].code_name = "email_differs";
  CHECK(difference(renamed, invite::check_response(asked, answer), false) != "");
  CHECK(difference(many, invite::check_response(asked, answer), false) == "");
}

TEST_CASE("a near miss never sends an invite to another e-mail that is the asked one", "[testing][answers]") {
  // The draws do not depend on the e-mails asked, so the same random state, asked for the address
  // a first run sent invite 0 to instead, draws that address again: it must be refused, and
  // another mistake made in its place.
  std::size_t refused = 0;
  for (std::uint64_t seed = 0; seed < 4000 && refused < 3; ++seed) {
    generator maker(case_seed(91, seed));
    invite::request asked = maker.request();
    const random_source start(case_seed(92, seed));
    random_source first_random = start;
    const near_miss first = near_miss_answer(asked, first_random);
    const std::string mistake = "invite 0 to another e-mail";
    if (first.how.compare(0, mistake.size(), mistake) != 0) continue;
    const std::string drawn = first.answer.invites[0].email;
    REQUIRE(drawn != asked.candidates[0].email);
    asked.candidates[0].email = drawn;
    if (!invite::validate(asked).empty()) continue; // the drawn address is another candidate's
    random_source second_random = start;
    const near_miss second = near_miss_answer(asked, second_random);
    INFO("seed " << seed << ": " << first.how << " | " << second.how);
    // Refused: either another mistake was made first, or invite 0 went to yet another address.
    CHECK((second.how.compare(0, mistake.size(), mistake) != 0 ||
           invite::testing::detail::ascii_lowercase_copy(second.answer.invites[0].email) != invite::testing::detail::ascii_lowercase_copy(drawn)));
    CHECK_FALSE(second.errors.empty());
    CHECK(difference(second.errors, invite::check_response(asked, second.answer), false) == "");
    ++refused;
  }
  CHECK(refused == 3);
}
