// The library's own rules (codec/rules/*.hpp) on a user's types, at their bounds: what the
// contract does not exercise (floating members, unsigned members, lower bounds above one
// character), read from JSON and checked by validate() alike.

#include <invite/codec/describe.hpp>
#include <invite/codec/enum_names.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>
#include <invite/codec/schema.hpp>
#include <invite/codec/validate.hpp>

#include <invite_test/error_listing.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace lab {

enum class grade { low, high };

struct sample {
  double ph = 7;
  float ratio = 0;
  std::uint32_t batch = 10;
  std::uint8_t shelf = 0;
  std::vector<double> readings;
  std::string code = "abc";
  grade level = grade::low;
  std::string label = "x";
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(grade, low, high)
BOOST_DESCRIBE_STRUCT(sample, (), (ph, ratio, batch, shelf, readings, code, level, label))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const sample*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&sample::ph, number_range{0.0, 14.0}),
                        invite::field(&sample::ratio, number_range{-0.5, 0.5}),
                        invite::field(&sample::batch, integer_range{10, 20}),
                        invite::field(&sample::shelf, integer_range{-3, 3}),
                        invite::field(&sample::readings, each(number_range{-1.5, 1.5})),
                        invite::field(&sample::code, min_code_points{3}),
                        invite::field(&sample::label, not_blank{}, max_code_points{4}, no_control_characters{}));
}

} // namespace lab

using Errors = std::vector<invite_test::code_and_path>;

namespace {

// A sample document, valid but for `key`, whose value is the JSON text `value`.
std::string sample_json(const std::string& key, const std::string& value) {
  const std::pair<std::string, std::string> members[] = {{"ph", "7"},     {"ratio", "0"},    {"batch", "10"},
                                                         {"shelf", "0"},  {"readings", "[]"}, {"code", "\"abc\""},
                                                         {"level", "\"low\""}, {"label", "\"x\""}};
  std::string json = "{";
  for (const auto& [name, fine] : members) {
    if (json.size() > 1) json += ',';
    json += '"' + name + "\":" + (name == key ? value : fine);
  }
  return json + "}";
}

Errors parsed_errors(const std::string& key, const std::string& value) {
  const std::string json = sample_json(key, value);
  const auto result = invite::parse<lab::sample>(json);
  INFO(json);
  INFO(invite_test::describe_errors(result.errors()));
  return invite_test::errors_of(result);
}

Errors validated_errors(const lab::sample& value) {
  Errors out;
  for (const invite::error& e : invite::validate(value)) out.emplace_back(std::string(invite::to_string(e.code)), e.path);
  return out;
}

} // namespace

TEST_CASE("number_range: both bounds inclusive, on double and float members", "[rules][number_range]") {
  const std::pair<std::string, std::string> fine[] = {{"ph", "0"},        {"ph", "14"},     {"ph", "14.0"},
                                                      {"ph", "0.0e0"},    {"ratio", "-0.5"}, {"ratio", "0.5"},
                                                      {"readings", "[-1.5,1.5,0]"}};
  for (const auto& [key, value] : fine) CHECK(parsed_errors(key, value).empty());
  CHECK(parsed_errors("ph", "-0.001") == Errors{{"out_of_range", "/ph"}});
  CHECK(parsed_errors("ph", "14.000001") == Errors{{"out_of_range", "/ph"}});
  CHECK(parsed_errors("ratio", "0.50001") == Errors{{"out_of_range", "/ratio"}});
  CHECK(parsed_errors("readings", "[1.5,-1.6,2]") ==
        Errors{{"out_of_range", "/readings/1"}, {"out_of_range", "/readings/2"}});

  const auto result = invite::parse<lab::sample>(sample_json("ph", "15.5"));
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].message == "\"ph\": expected a number from 0 to 14, found 15.5");
  CHECK(invite::parse<lab::sample>(sample_json("ratio", "-2")).errors()[0].message ==
        "\"ratio\": expected a number from -0.5 to 0.5, found -2");
}

TEST_CASE("number_range in validate(): the same bounds, and NaN is in no range", "[rules][number_range][validate]") {
  lab::sample value;
  CHECK(validated_errors(value).empty());
  value.ph = 14;
  value.ratio = -0.5f;
  value.readings = {-1.5, 1.5};
  CHECK(validated_errors(value).empty());
  value.ph = std::numeric_limits<double>::quiet_NaN();
  value.ratio = 0.75f;
  value.readings = {0, std::numeric_limits<double>::infinity()};
  CHECK(validated_errors(value) == Errors{{"out_of_range", "/ph"}, {"out_of_range", "/ratio"}, {"out_of_range", "/readings/1"}});
}

TEST_CASE("integer_range on unsigned members: bounds above zero, and below it", "[rules][integer_range]") {
  CHECK(parsed_errors("batch", "10").empty());
  CHECK(parsed_errors("batch", "20").empty());
  CHECK(parsed_errors("shelf", "0").empty());
  CHECK(parsed_errors("shelf", "3").empty());
  CHECK(parsed_errors("batch", "9") == Errors{{"out_of_range", "/batch"}});
  CHECK(parsed_errors("batch", "21") == Errors{{"out_of_range", "/batch"}});
  CHECK(parsed_errors("batch", "0") == Errors{{"out_of_range", "/batch"}});
  CHECK(parsed_errors("shelf", "4") == Errors{{"out_of_range", "/shelf"}});
  // -1 is beyond the member's type before it is beyond the rule: the type's range is said.
  const auto negative = invite::parse<lab::sample>(sample_json("shelf", "-1"));
  REQUIRE(negative.errors().size() == 1);
  CHECK(negative.errors()[0].message == "\"shelf\": expected an integer from 0 to 255, found -1");

  lab::sample value;
  value.batch = 9;
  value.shelf = 3;
  CHECK(validated_errors(value) == Errors{{"out_of_range", "/batch"}});
  value.batch = 20;
  value.shelf = 4;
  CHECK(validated_errors(value) == Errors{{"out_of_range", "/shelf"}});

  // A range wholly below zero holds no unsigned value at all.
  constexpr invite::rule::integer_range negative_only{-5, -1};
  CHECK_FALSE(negative_only.check(std::uint32_t{0}));
  CHECK_FALSE(negative_only.check(std::uint32_t{4294967295u}));
  constexpr invite::rule::integer_range from_two{2, 4};
  CHECK_FALSE(from_two.check(std::uint64_t{1}));
  CHECK(from_two.check(std::uint64_t{2}));
  CHECK(from_two.check(std::uint64_t{4}));
  CHECK_FALSE(from_two.check(std::uint64_t{18446744073709551615u}));
}

TEST_CASE("min_code_points counts characters, not bytes", "[rules][min_code_points]") {
  CHECK(parsed_errors("code", "\"abc\"").empty());
  CHECK(parsed_errors("code", "\"\xC3\xA9\xC3\xA9\xC3\xA9\"").empty()); // three characters, six bytes
  CHECK(parsed_errors("code", "\"ab\"") == Errors{{"too_short", "/code"}});
  CHECK(parsed_errors("code", "\"\xC3\xA9\xC3\xA9\"") == Errors{{"too_short", "/code"}}); // two, in four bytes
  const auto result = invite::parse<lab::sample>(sample_json("code", "\"\xE4\xB8\xAD\""));
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].message == "\"code\": expected at least 3 characters, found 1");
  lab::sample value;
  value.code = "\xC3\xA9\xC3\xA9";
  CHECK(validated_errors(value) == Errors{{"too_short", "/code"}});
}

TEST_CASE("the numeric rules in the schema: minimum and maximum, where numbers stop rounding into range",
          "[rules][schema]") {
  simdjson::dom::parser parser;
  const std::string text = invite::json_schema<lab::sample>();
  simdjson::dom::element schema;
  REQUIRE(parser.parse(text).get(schema) == simdjson::SUCCESS);
  const auto properties = schema["properties"];
  CHECK(double(properties["ph"]["minimum"]) == 0.0);
  CHECK(double(properties["ph"]["maximum"]) == 14.0);
  // A float member's bound is where numbers stop rounding into its range: halfway between -0.5f
  // and the float below it (-(0.5 + 2^-24)), so -(0.5 + 2^-25), and still "minimum", since a tie
  // rounds to the even -0.5f. (ph's and readings' bounds are stated the same way for doubles,
  // but a double read of them rounds back to the bound: their digits are tests/schema's.)
  const double ratio_minimum = -(0.5 + std::ldexp(1.0, -25));
  CHECK(double(properties["ratio"]["minimum"]) == ratio_minimum);
  CHECK(properties["ratio"]["exclusiveMinimum"].error() == simdjson::NO_SUCH_FIELD);
  CHECK(static_cast<float>(ratio_minimum) == -0.5f);
  CHECK(static_cast<float>(std::nextafter(ratio_minimum, -1.0)) < -0.5f);
  CHECK(double(properties["readings"]["items"]["maximum"]) == 1.5);
  CHECK(uint64_t(properties["code"]["minLength"]) == 3);
}

TEST_CASE("enum names both ways, exactly as described", "[rules][enum_names]") {
  CHECK(invite::to_string(lab::grade::high) == "high");
  CHECK(invite::to_string(static_cast<lab::grade>(7)).empty());
  CHECK(invite::enum_from_string<lab::grade>("low") == lab::grade::low);
  CHECK(invite::enum_from_string<lab::grade>("high") == lab::grade::high);
  CHECK_FALSE(invite::enum_from_string<lab::grade>("High"));
  CHECK_FALSE(invite::enum_from_string<lab::grade>(""));
  CHECK(parsed_errors("level", "\"high\"").empty());
  CHECK(parsed_errors("level", "\"HIGH\"") == Errors{{"invalid_enum", "/level"}});
}

TEST_CASE("text rules say what they found: the first control character, the length, the blank text", "[rules][text]") {
  const auto message_for = [](const std::string& label) {
    const auto result = invite::parse<lab::sample>(sample_json("label", label));
    REQUIRE(result.errors().size() == 1);
    return result.errors()[0].message;
  };
  CHECK(message_for("\"a\\u001bb\"") ==
        "\"label\": expected no control characters (U+0000-U+001F, U+007F), found U+001B in \"a\\u001bb\"");
  CHECK(message_for("\"\\t\\u007f\"") ==
        "\"label\": expected no control characters (U+0000-U+001F, U+007F), found U+0009 in \"\\t\\u007f\"");
  CHECK(message_for("\"ab\x7f\"") ==
        "\"label\": expected no control characters (U+0000-U+001F, U+007F), found U+007F in \"ab\\u007f\"");
  CHECK(message_for("\"12345\"") == "\"label\": expected at most 4 characters (Unicode code points), found 5");
  CHECK(message_for("\"\"") == "\"label\": expected text that is not empty nor only spaces, found an empty string");
  CHECK(message_for("\"   \"") == "\"label\": expected text that is not empty nor only spaces, found \"   \"");
  CHECK(parsed_errors("label", "\"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\"").empty()); // four characters, eight bytes
  lab::sample value;
  value.label = std::string("a\x1f", 2);
  const auto found = invite::validate(value);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("found U+001F in") != std::string::npos);
}
