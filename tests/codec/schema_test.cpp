// schema.hpp: the generated JSON Schema says what the library says. The patterns are checked
// against the library's own validators with std::regex in ECMAScript mode, the dialect JSON
// Schema specifies; tests/schema/ runs a real validator over the conformance vectors.

#include <invite/invite.hpp>

#include <invite_test/document_builders.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <regex>
#include <string>
#include <vector>

namespace gauges {

struct panel {
  float level = 0;
  double ratio = 0;
  float clipped = 0;
  double share = 0;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(panel, (), (level, ratio, clipped, share))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const panel*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&panel::clipped, number_range{-1.5, 0.1}),
                        invite::field(&panel::share, number_range{0, 0.5}));
}

// A float whose bounds lie where floats are 8 apart, so that their halfway points are integers.
struct meter {
  float reading = 0;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(meter, (), (reading))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const meter*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&meter::reading, number_range{-1e8, 1e8}));
}

} // namespace gauges

namespace {

std::regex ecma(std::string_view pattern) { return std::regex(std::string(pattern), std::regex::ECMAScript); }

bool matches(const std::regex& pattern, const std::string& text) { return std::regex_search(text, pattern); }

std::string two_digits(int n) { return std::string(1, char('0' + n / 10)) + char('0' + n % 10); }

} // namespace

TEST_CASE("the date-time pattern accepts exactly the real minutes", "[schema][datetime]") {
  const auto pattern = ecma(invite::schema_patterns::minute_datetime);
  std::vector<std::string> years = {"0000", "0001", "0004", "0100", "0400", "1900", "1996", "2000", "2023", "2024", "2100", "9996", "9999"};
  std::size_t checked = 0;
  for (const auto& year : years) {
    for (int month = 0; month <= 13; ++month) {
      for (int day = 0; day <= 32; ++day) {
        for (const char* time : {"00:00", "23:59", "24:00", "12:60"}) {
          const std::string text = year + "-" + two_digits(month) + "-" + two_digits(day) + " " + time;
          INFO(text);
          CHECK(matches(pattern, text) == invite::spelling::parse_minute_datetime(text).has_value());
          ++checked;
        }
      }
    }
  }
  for (const std::string odd : {"2024-02-29T10:00", "2024-02-29 10:00\n", " 2024-02-29 10:00", "2024-02-29 10:00:00", "24-02-29 10:00"}) {
    CHECK_FALSE(matches(pattern, odd));
    CHECK_FALSE(invite::spelling::parse_minute_datetime(odd).has_value());
  }
  CHECK(checked == years.size() * 14 * 33 * 4);
}

TEST_CASE("the e-mail pattern agrees with the validator", "[schema][email]") {
  const auto pattern = ecma(invite::rule::email_address::pattern());
  using invite_test::repeat;
  const std::vector<std::string> samples = {
      "a@b", "a.b@c.d", ".a.@b", "a..b@c", "!#$%&'*+/=?^_`{|}~-@x.io", repeat("l", 64) + "@x.io", repeat("l", 65) + "@x.io",
      "a@" + repeat("d", 63) + ".io", "a@" + repeat("d", 64) + ".io", "a@-x.io", "a@x-.io", "a@x..io", "a@.x", "a@x.",
      "a b@x", "a@x y", "\"a\"@x", "a@[1.2.3.4]", "é@x", "a@é", "@x", "a@", "a@b@c", "", "a@x.io\n", "A-Z_09@Sub-1.Example"};
  for (const auto& sample : samples) {
    INFO(sample);
    // The octet limit on the whole address is the schema's maxLength, not the pattern's.
    const bool fits = sample.size() <= invite::spelling::max_email_octets;
    CHECK((matches(pattern, sample) && fits) == invite::spelling::is_valid_email(sample));
  }
}

TEST_CASE("the URL patterns agree with the validator", "[schema][url]") {
  const auto shape = ecma(invite::rule::http_url::shape_pattern);
  const auto outside = ecma(invite::rule::http_url::outside_printable_ascii);
  const std::vector<std::string> samples = {
      "http://x", "HTTPS://X.IO/a?b#c", "https://u:p@h:1/p", "https://a@b@c/", "https://user@/x", "https://:443",
      "https://", "https:///x", "https:x.io", "https://?q", "https://#f", "https://\\x.io", "ftp://x", "http:/x",
      "https://x.io/a b", "https://x.io/\x7f", "https://x.io/é", "https://[::1]:8080/", "httpss://x", " http://x"};
  for (const auto& sample : samples) {
    INFO(sample);
    CHECK((matches(shape, sample) && !matches(outside, sample)) == invite::spelling::is_valid_http_url(sample, invite::contract_limits::max_invite_link_octets));
  }
}

TEST_CASE("the schema is JSON with the contract's structure", "[schema]") {
  simdjson::dom::parser parser;
  const std::string text = invite::json_schema<invite::request>({}, "request");
  simdjson::dom::element schema;
  REQUIRE(parser.parse(text).get(schema) == simdjson::SUCCESS);
  CHECK(std::string_view(schema["$schema"]) == "https://json-schema.org/draft/2020-12/schema");
  CHECK(std::string_view(schema["title"]) == "request");
  CHECK(bool(schema["additionalProperties"]) == false);
  std::vector<std::string> required;
  for (auto name : schema["required"].get_array()) required.emplace_back(std::string_view(name));
  CHECK(required == std::vector<std::string>{"assessment_id", "invite_format", "candidates"});
  CHECK(int64_t(schema["properties"]["assessment_id"]["minimum"]) == 1);
  CHECK(int64_t(schema["properties"]["assessment_id"]["maximum"]) == 9223372036854775807LL);
  CHECK(uint64_t(schema["properties"]["candidates"]["maxItems"]) == 500);
  const auto candidate = schema["properties"]["candidates"]["items"];
  CHECK(uint64_t(candidate["properties"]["candidate_name"]["maxLength"]) == 255);
  // Aliased required members: exactly one of their names.
  CHECK(candidate["allOf"].get_array().size() == 2);
  CHECK(candidate["allOf"].at(0)["oneOf"].get_array().size() == 2);

  invite::parse_options lenient;
  lenient.allow_unknown_fields = true;
  const std::string open = invite::json_schema<invite::response>(lenient);
  CHECK(open.find("additionalProperties") == std::string::npos);
  CHECK(invite::json_schema<invite::response>().find("\"additionalProperties\":false") != std::string::npos);
}

TEST_CASE("a pattern of a range of years matches exactly the numbers in it", "[schema][datetime]") {
  const auto four = [](int n) {
    std::string digits = std::to_string(n);
    return std::string(4 - digits.size(), '0') + digits;
  };
  const std::vector<std::pair<int, int>> ranges = {{1677, 2262}, {0, 9999}, {1969, 9999}, {1901, 2038}, {0, 0},
                                                   {9999, 9999}, {1000, 1999}, {1234, 1243}, {10, 99}, {995, 1005},
                                                   {1500, 3499}}; // one full thousand between partial ones
  for (const auto& [low, high] : ranges) {
    std::string regex = "^(?:";
    invite::schema_patterns::append_digit_range(regex, four(low), four(high));
    regex += ")$";
    INFO(regex);
    const auto pattern = ecma(regex);
    for (int year = 0; year <= 9999; ++year) {
      if (matches(pattern, four(year)) != (low <= year && year <= high)) FAIL_CHECK(four(year));
    }
  }
}

namespace {

// The bound keywords a schema states for one property, before any "allOf", as written.
std::vector<std::pair<std::string, std::string>> stated_bounds(const std::string& schema, const std::string& member) {
  const std::size_t start = schema.find("\"" + member + "\":{");
  const std::size_t end = schema.find("\"allOf\"", start);
  const std::string property = schema.substr(start, end - start);
  std::vector<std::pair<std::string, std::string>> bounds;
  const std::regex bound(R"re("((?:exclusiveM|m)(?:in|ax)imum)":(-?[0-9.e+-]+))re");
  for (std::sregex_iterator it(property.begin(), property.end(), bound), stop; it != stop; ++it) {
    bounds.emplace_back((*it)[1], (*it)[2]);
  }
  return bounds;
}

bool panel_reads(const std::string& member, const std::string& number) {
  std::string document = R"({"level":0,"ratio":0,"clipped":0,"share":0})";
  const std::size_t at = document.find("\"" + member + "\":0") + member.size() + 3;
  document.replace(at, 1, number);
  return invite::parse<gauges::panel>(document).ok();
}

} // namespace

TEST_CASE("a float or double member's bounds are where numbers stop rounding into its range",
          "[schema][floating]") {
  const std::string schema = invite::json_schema<gauges::panel>();
  // Each bound is a number the parser reads exactly as the keyword says: accepted at an
  // inclusive bound, refused at an exclusive one.
  std::size_t bounds = 0;
  for (const char* member : {"level", "ratio", "clipped", "share"}) {
    for (const auto& [keyword, number] : stated_bounds(schema, member)) {
      INFO(member << ": " << keyword << " " << number);
      CHECK(panel_reads(member, number) == (keyword.rfind("exclusive", 0) != 0));
      ++bounds;
    }
  }
  CHECK(bounds == 8);
  // float: 2^128 - 2^103, halfway from the largest float to the next power of two, where
  // rounding overflows; double: the largest double (docs/contract.md says why); number_range's
  // 0.5 on a double: 0.5 + 2^-54, halfway to the next double, which rounds back to 0.5.
  CHECK(stated_bounds(schema, "level").at(1) ==
        std::pair<std::string, std::string>{"exclusiveMaximum", "3.40282356779733661637539395458142568448e38"});
  CHECK(stated_bounds(schema, "ratio").at(1).first == "maximum");
  CHECK(stated_bounds(schema, "ratio").at(1).second.rfind("1.797693134862315708145274237317043567980", 0) == 0);
  CHECK(stated_bounds(schema, "share") ==
        std::vector<std::pair<std::string, std::string>>{
            {"minimum", "0"}, {"maximum", "0.500000000000000055511151231257827021181583404541015625"}});
  // A nonzero number that rounds to zero is out of range: the schema says so beside the bounds.
  // For a float, 2^-150: halfway from zero to the smallest float.
  const std::string edge_digits = "7.00649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625";
  CHECK(schema.find("{\"anyOf\":[{\"minimum\":0,\"maximum\":0},{\"exclusiveMinimum\":" + edge_digits + "e-46}") !=
        std::string::npos);
  CHECK_FALSE(panel_reads("level", edge_digits + "e-46"));
  CHECK(panel_reads("level", edge_digits + "1e-46"));
}

TEST_CASE("a float member's bound beyond 2^24 is an integer halfway to the next float", "[schema][floating]") {
  // Floats near 10^8 are 8 apart: 100000004 is halfway to the next one and rounds back to the
  // even 10^8, so it is the inclusive bound, written as an integer.
  const std::string schema = invite::json_schema<gauges::meter>();
  CHECK(stated_bounds(schema, "reading") ==
        std::vector<std::pair<std::string, std::string>>{{"minimum", "-100000004"}, {"maximum", "100000004"}});
  const auto reads = [](const char* number) {
    return invite::parse<gauges::meter>(std::string(R"({"reading":)") + number + "}").ok();
  };
  CHECK(reads("100000004"));
  CHECK_FALSE(reads("100000005"));
  CHECK(reads("-100000004"));
  CHECK_FALSE(reads("-100000005"));
}
