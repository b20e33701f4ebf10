// validate() against parsing, value by value: for any value a JSON text can carry, validate(v)
// and parse(write_json(v)) report the same (code, path) set, since both hand the value to the
// same checks (detail/checks.hpp) and rules. Values come from invite_test::build_value, which
// lands on both sides of the rules; each type must see every code it can break, so a builder
// that stopped breaking one would fail here rather than pass for nothing.

#include "sample_types.hpp"

#include <invite/invite.hpp>
#include <invite/testing/random_source.hpp>
#include <invite_test/value_builder.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <date/date.h>


namespace {

using code_and_path = std::pair<std::string, std::string>;

template <class Errors>
std::multiset<code_and_path> pairs_of(const Errors& errors) {
  std::multiset<code_and_path> out;
  for (const invite::error& e : errors) out.emplace(std::string(e.name()), e.path);
  return out;
}

std::string listed(const std::multiset<code_and_path>& pairs) {
  std::string out;
  for (const auto& [code, path] : pairs) out += "  " + code + " at \"" + path + "\"\n";
  return out;
}

// Builds `count` values of T from consecutive seeds and holds validate() to parsing on each;
// returns how often each code was reported.
template <class T>
std::map<std::string, std::size_t> hold_validate_to_parsing(std::uint64_t count) {
  std::map<std::string, std::size_t> seen;
  invite::parse_options everything;
  everything.max_errors = 1000000;
  everything.max_bytes = std::size_t{1} << 26;
  for (std::uint64_t seed = 0; seed < count; ++seed) {
    invite::testing::random_source draw(seed);
    const T value = invite_test::build_value<T>(draw);
    const std::string json = invite::write_json(value);
    const auto validated = pairs_of(invite::validate(value, everything.max_errors));
    const auto parsed = invite::parse<T>(json, everything);
    const auto from_parsing = pairs_of(parsed.errors());
    if (validated != from_parsing) {
      FAIL_CHECK("seed " << seed << ": " << json << "\nvalidate():\n" << listed(validated) << "parse(write_json()):\n"
                         << listed(from_parsing));
      break;
    }
    for (const auto& pair : validated) ++seen[pair.first];
  }
  return seen;
}

void require_every_code(const std::map<std::string, std::size_t>& seen, const std::vector<std::string>& codes) {
  for (const std::string& code : codes) {
    INFO("never broken: " << code);
    CHECK(seen.count(code) == 1);
  }
}

} // namespace

TEST_CASE("validate() and parsing agree on every built request", "[validate][differential]") {
  require_every_code(hold_validate_to_parsing<invite::request>(3000),
                     {"out_of_range", "invalid_datetime", "invalid_email", "too_short", "too_long", "duplicate_value",
                      "invalid_characters"});
}

TEST_CASE("validate() and parsing agree on every built response", "[validate][differential]") {
  require_every_code(hold_validate_to_parsing<invite::response>(3000),
                     {"out_of_range", "invalid_email", "invalid_url", "too_short", "too_long", "invalid_characters"});
}

TEST_CASE("validate() and parsing agree on every built value of a contract of one's own", "[validate][differential]") {
  require_every_code(hold_validate_to_parsing<sample::ticket>(2000),
                     {"out_of_range", "invalid_email", "too_short", "too_long", "duplicate_value",
                      "invalid_characters"});
  require_every_code(hold_validate_to_parsing<sample::every_kind>(3000),
                     {"out_of_range", "invalid_datetime", "invalid_email", "invalid_url", "too_short", "too_long",
                      "duplicate_value", "invalid_characters", "invalid_serial"});
}

TEST_CASE("what only a struct can get wrong is validate()'s alone", "[validate][differential]") {
  sample::every_kind value{};
  value.small_count = 1;
  value.label = "ok\xC3";                                 // cut inside a character: no JSON text carries it
  value.share = std::numeric_limits<double>::infinity(); // nor an infinity
  value.colour = static_cast<sample::shade>(7);         // nor a value no enumerator names
  value.parts = {sample::part{"A1", std::nullopt}};
  const auto errors = invite::validate(value);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].path == "/share");
  CHECK(errors[0].code == invite::error_code::out_of_range);
  CHECK(errors[1].path == "/colour");
  CHECK(errors[1].message == "\"colour\": expected one of \"pale\", \"dark\", found the undescribed value 7");
  CHECK(errors[2].path == "/label");
  CHECK(errors[2].code == invite::error_code::invalid_characters);
  CHECK(errors[2].message == "\"label\": expected UTF-8 text, found a byte that is not UTF-8 at octet 2");
  // Written, none of it reads back as the value: the writer does not judge what it writes.
  CHECK_FALSE(invite::parse<sample::every_kind>(invite::write_json(value)).ok());
}

TEST_CASE("a rule's own code name reaches the error, problem+json and the schema", "[validate][code name]") {
  const std::string json =
      R"({"tiny":0,"small_count":1,"medium":0,"large_count":0,"big":0,"huge":0,"ratio":0,"share":0,"flag":true,)"
      R"("colour":"pale","label":"ok","when":"2026-01-01T00:00:00Z","precise":"2026-01-01T00:00:00.5Z",)"
      R"("parts":[{"serial":"A 1"}],"scores":[]})";
  const auto parsed = invite::parse<sample::every_kind>(json);
  REQUIRE(parsed.errors().size() == 1);
  const invite::error& e = parsed.errors()[0];
  CHECK(e.code == invite::error_code::invalid_characters); // code that switches on the sixteen still works
  CHECK(e.code_name == "invalid_serial");
  CHECK(e.name() == "invalid_serial");
  CHECK(e.path == "/parts/0/serial");
  CHECK(e.message == "\"serial\": expected a serial without spaces, found \"A 1\"");

  const auto validated = invite::validate(*parsed);
  REQUIRE(validated.size() == 1);
  CHECK(validated[0].name() == "invalid_serial");
  CHECK(validated[0] == invite::error{invite::error_code::invalid_characters, "/parts/0/serial", e.message, 0,
                                      "invalid_serial"});

  const std::string problem = invite::problem_details(parsed.errors(), json);
  CHECK(problem.find(R"("code":"invalid_serial")") != std::string::npos);
  CHECK(problem.find("invalid_characters") == std::string::npos);

  const std::string schema = invite::json_schema<sample::every_kind>();
  CHECK(schema.find(R"("description":"invalid_serial: expected a serial without spaces")") != std::string::npos);

  // The library's own errors have no code name of their own.
  const auto library = invite::parse<sample::every_kind>("{}");
  REQUIRE_FALSE(library.errors().empty());
  CHECK(library.errors()[0].code_name.empty());
  CHECK(library.errors()[0].name() == "missing_field");
}

TEST_CASE("a code name must be snake_case and none of the library's codes", "[code name]") {
  using invite::detail::is_own_code_name;
  STATIC_REQUIRE(is_own_code_name("invalid_sku"));
  STATIC_REQUIRE(is_own_code_name("e2"));
  STATIC_REQUIRE_FALSE(is_own_code_name(""));
  STATIC_REQUIRE_FALSE(is_own_code_name("Invalid"));
  STATIC_REQUIRE_FALSE(is_own_code_name("invalid-sku"));
  STATIC_REQUIRE_FALSE(is_own_code_name("too_long"));
  for (std::size_t i = 0; i < invite::error_code_count; ++i) {
    CHECK_FALSE(is_own_code_name(invite::to_string(static_cast<invite::error_code>(i))));
  }
}
