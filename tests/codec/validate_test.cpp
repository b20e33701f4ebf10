// validate.hpp: the rules of a described type applied to a value built in code. The contract's
// types show the rules; a type of the test's own shows what only a struct can get wrong.

#include <invite/invite.hpp>

#include <invite_test/error_listing.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

using Errors = std::vector<invite_test::code_and_path>;

namespace {

Errors errors_of(const std::vector<invite::error>& errors) {
  Errors pairs;
  for (const invite::error& e : errors) pairs.emplace_back(std::string(invite::to_string(e.code)), e.path);
  return pairs;
}

template <class T>
Errors validation_errors(const T& value) {
  const std::vector<invite::error> errors = invite::validate(value);
  INFO(invite_test::describe_errors(errors));
  for (const invite::error& e : errors) CHECK(e.offset == 0);
  return errors_of(errors);
}

invite::request valid_request() {
  invite::request r;
  r.assessment_id = 42;
  r.invite_format = invite::format::sendlink;
  r.candidates = {{"Ada Lovelace", "ada@example.com"}, {"Alan Turing", "alan@example.com"}};
  return r;
}

invite::invitation valid_invitation(std::int64_t id) {
  invite::invitation i;
  i.name = "Ada";
  i.email = "ada" + std::to_string(id) + "@example.com";
  i.report_id = id;
  i.candidate_id = id;
  i.assessment_id = 7;
  i.invite_link = "https://invite.example/" + std::to_string(id);
  i.status = "link_created";
  return i;
}

} // namespace

TEST_CASE("a valid request and response validate without errors", "[validate]") {
  CHECK(validation_errors(valid_request()).empty());
  invite::response answer;
  for (std::int64_t id = 1; id <= 500; ++id) answer.invites.push_back(valid_invitation(id));
  CHECK(validation_errors(answer).empty());
}

TEST_CASE("a default-constructed request is not valid, and validate says why", "[validate][defaults]") {
  const invite::request fresh;
  CHECK(fresh.assessment_id == 0);
  CHECK(fresh.invite_format == invite::format::getlink);
  CHECK_FALSE(fresh.expiry_date.has_value());
  CHECK(validation_errors(fresh) == Errors{{"out_of_range", "/assessment_id"}, {"too_short", "/candidates"}});
  const invite::invitation blank;
  CHECK(blank.report_id == 0);
  CHECK(validation_errors(blank) == Errors{{"too_short", "/name"},
                                           {"invalid_email", "/email"},
                                           {"out_of_range", "/report_id"},
                                           {"out_of_range", "/candidate_id"},
                                           {"out_of_range", "/assessment_id"},
                                           {"invalid_url", "/invite_link"},
                                           {"too_short", "/status"}});
}

TEST_CASE("validate applies every rule with canonical paths and the parser's messages", "[validate]") {
  invite::request r = valid_request();
  r.candidates[0].name = std::string(300, ' '); // blank, and too long
  r.candidates[1].name = "Tab\there";
  r.candidates[1].email = "not an address";
  CHECK(validation_errors(r) == Errors{{"too_short", "/candidates/0/name"},
                                       {"too_long", "/candidates/0/name"},
                                       {"invalid_characters", "/candidates/1/name"},
                                       {"invalid_email", "/candidates/1/email"}});
  const auto errors = invite::validate(r);
  REQUIRE(errors.size() == 4);
  CHECK(errors[1].message == "\"name\": expected at most 255 characters (Unicode code points), found 300");
  CHECK(errors[2].message == "\"name\": expected no control characters (U+0000-U+001F, U+007F), found U+0009 in "
                             "\"Tab\\there\"");
  // The same members parsed from a document say the same.
  const auto parsed = invite::parse_request(invite::to_json(r));
  REQUIRE(parsed.errors().size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK(parsed.errors()[i].message == errors[i].message);
}

TEST_CASE("uniqueness ignores ASCII case, counts valid e-mails only, and names the first", "[validate][unique]") {
  invite::request r = valid_request();
  r.candidates.push_back({"Ada again", "ADA@example.COM"});
  r.candidates.push_back({"Nobody", "nobody"});
  r.candidates.push_back({"Nobody twice", "NOBODY"});
  const auto errors = invite::validate(r);
  // In item order, as parsing the same value's JSON reports them.
  CHECK(errors_of(errors) == Errors{{"duplicate_value", "/candidates/2/email"},
                                    {"invalid_email", "/candidates/3/email"},
                                    {"invalid_email", "/candidates/4/email"}});
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].message.find("already at /candidates/0/email") != std::string::npos);
  const auto parsed = invite::parse_request(invite::to_json(r));
  REQUIRE(parsed.errors().size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(parsed.errors()[i].message == errors[i].message);
}

TEST_CASE("uniqueness over a long array takes the hash index, with the same verdicts", "[validate][unique]") {
  invite::request r = valid_request();
  r.candidates.clear();
  for (int i = 0; i < 500; ++i) r.candidates.push_back({"C", "c" + std::to_string(i) + "@example.com"});
  CHECK(validation_errors(r).empty());
  r.candidates[499].email = "C17@EXAMPLE.com";
  r.candidates[250].email = "c3@example.com";
  const auto errors = invite::validate(r);
  CHECK(errors_of(errors) == Errors{{"duplicate_value", "/candidates/250/email"}, {"duplicate_value", "/candidates/499/email"}});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].message.find("already at /candidates/3/email") != std::string::npos);
  CHECK(errors[1].message.find("already at /candidates/17/email") != std::string::npos);
}

TEST_CASE("items past an array's cap are not checked, as parsing does not store them", "[validate][items]") {
  invite::request r = valid_request();
  r.candidates.clear();
  for (int i = 0; i < 502; ++i) r.candidates.push_back({"C", "c" + std::to_string(i) + "@example.com"});
  r.candidates[500].name = "";
  r.candidates[501].email = "c0@example.com";
  CHECK(validation_errors(r) == Errors{{"too_long", "/candidates"}});
}

TEST_CASE("validate catches what only a struct can hold", "[validate]") {
  invite::request r = valid_request();
  r.invite_format = static_cast<invite::format>(7);
  r.candidates[0].name = "Ad\xC3";                                           // cut inside a character
  r.expiry_date = date::local_days{date::year{10000} / 1 / 1};                  // no "YYYY" for it
  CHECK(validation_errors(r) == Errors{{"invalid_enum", "/invite_format"},
                                       {"invalid_datetime", "/expiry_date"},
                                       {"invalid_characters", "/candidates/0/name"}});
  const auto errors = invite::validate(r);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].message == "\"invite_format\": expected one of \"getlink\", \"sendlink\", found the undescribed value 7");
  CHECK(errors[1].message.find("found \"10000-01-01 00:00\"") != std::string::npos);
  CHECK(errors[2].message == "\"name\": expected UTF-8 text, found a byte that is not UTF-8 at octet 2");
}

TEST_CASE("max_errors bounds the list, not the verdict", "[validate]") {
  invite::request r;
  std::vector<invite::error> into;
  CHECK_FALSE(invite::validate(r, into, 1));
  CHECK(into.size() == 1);
  into.clear();
  CHECK_FALSE(invite::validate(r, into, 0));
  CHECK(into.empty());
  CHECK(invite::validate(valid_request(), into, 0));
  // The overload appends: a caller can gather the errors of several values.
  into.clear();
  CHECK_FALSE(invite::validate(r, into));
  CHECK_FALSE(invite::validate(r, into));
  CHECK(into.size() == 4);
}

// An array with no cap: validate() judges however many items there are.
namespace roster {

struct member {
  std::string handle;
};

struct club {
  std::vector<member> members;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(member, (), (handle))
BOOST_DESCRIBE_STRUCT(club, (), (members))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const member*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&member::handle, not_blank{}, unique_in_array{}));
}

} // namespace roster

TEST_CASE("uniqueness over more items than fit the stack: the same verdicts, valid values only", "[validate][unique]") {
  roster::club club;
  for (int i = 0; i < 600; ++i) club.members.push_back({"m" + std::to_string(i)});
  CHECK(validation_errors(club).empty());
  club.members[599].handle = "M550";
  club.members[560].handle = " ";
  club.members[570].handle = " "; // blank twice: too_short twice, not a duplicate (not a valid value)
  const auto errors = invite::validate(club);
  CHECK(errors_of(errors) == Errors{{"too_short", "/members/560/handle"},
                                    {"too_short", "/members/570/handle"},
                                    {"duplicate_value", "/members/599/handle"}});
  REQUIRE(errors.size() == 3);
  CHECK(errors[2].message.find("already at /members/550/handle") != std::string::npos);
}
