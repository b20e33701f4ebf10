// The generic reader (detail/read/) on a contract of its own: every supported shape and
// every kind of rule, through a type the library has never heard of.

#include "sample_types.hpp"

#include <invite/codec/parser.hpp>
#include <invite/codec/writer.hpp>

#include <invite_test/error_listing.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using Errors = std::vector<invite_test::code_and_path>;

namespace {

Errors ticket_errors(const std::string& json, const invite::parse_options& options = {}) {
  const auto result = invite::parse<sample::ticket>(json, options);
  INFO(json);
  INFO(invite_test::describe_errors(result.errors()));
  return invite_test::errors_of(result);
}

const std::string minimal = R"({"number":7,"level":"high","title":"Printer","tags":[],"watchers":[]})";

} // namespace

TEST_CASE("a sixth type reads with no code of its own", "[reader]") {
  const auto result = invite::parse<sample::ticket>(
      R"({"number":65535,"level":"urgent","title":"Ünïcödé","contact":"it@example.com",)"
      R"("due":"2028-02-29 08:05","labels":[{"name":"hw","weight":-5},{"text":"net"}],)"
      R"("watchers":[1,-2,9223372036854775807],"notes":["a","b"]})");
  INFO(invite_test::describe_errors(result.errors()));
  REQUIRE(result);
  CHECK(result->number == 65535);
  CHECK(result->level == sample::priority::urgent);
  CHECK(result->title == "Ünïcödé");
  CHECK(result->contact == std::optional<std::string>("it@example.com"));
  using namespace date;
  CHECK(result->due == local_days{2028_y / February / 29} + std::chrono::hours{8} + std::chrono::minutes{5});
  REQUIRE(result->tags.size() == 2);
  CHECK(result->tags[0].label == "hw");
  CHECK(result->tags[0].weight == std::optional<std::int32_t>(-5));
  CHECK(result->tags[1].label == "net");
  CHECK_FALSE(result->tags[1].weight.has_value());
  CHECK(result->watchers == std::vector<std::int64_t>{1, -2, 9223372036854775807LL});
  CHECK(result->notes == std::optional<std::vector<std::string>>(std::vector<std::string>{"a", "b"}));
}

TEST_CASE("past eight undeclared keys, a repeated one is still found, escaped or not", "[reader][unknown]") {
  // Past eight undeclared keys in one object the reader indexes them by hash; its own parser
  // here, so that the index is also torn down with it.
  std::string members;
  for (int i = 0; i < 12; ++i) members += "\"extra" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  const std::string ticket = R"("number":1,"level":"low","title":"t","labels":[],"watchers":[])";
  invite::parse_options lenient;
  lenient.allow_unknown_fields = true;
  invite::parser parser;
  CHECK(invite_test::codes_and_paths(parser.parse<sample::ticket>("{" + members + ticket + "}", lenient).errors()).empty());
  // "extr\u00611" is "extra1" spelled with an escape: the second key again.
  const auto repeated = parser.parse<sample::ticket>("{" + members + R"("extr\u00611":0,)" + ticket + "}", lenient);
  CHECK(invite_test::codes_and_paths(repeated.errors()) == "duplicate_field@/extra1");
  const auto strict = parser.parse<sample::ticket>("{" + members + R"("extra11":0,)" + ticket + "}");
  CHECK(strict.errors().size() == 13);
  CHECK(invite_test::codes_and_paths(strict.errors()).find("duplicate_field@/extra11") != std::string::npos);
}

TEST_CASE("integer ranges come from the rule and from the member's type", "[reader][integer]") {
  CHECK(ticket_errors(minimal).empty());
  // uint16_t: 0..65535 without any rule.
  CHECK(ticket_errors(R"({"number":65536,"level":"low","title":"t","tags":[],"watchers":[]})") == Errors{{"out_of_range", "/number"}});
  CHECK(ticket_errors(R"({"number":-1,"level":"low","title":"t","tags":[],"watchers":[]})") == Errors{{"out_of_range", "/number"}});
  CHECK(ticket_errors(R"({"number":0,"level":"low","title":"t","tags":[],"watchers":[]})").empty());
  // int32_t with integer_range{-5, 5}.
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[{"label":"ab","weight":6}],"watchers":[]})") ==
        Errors{{"out_of_range", "/tags/0/weight"}});
  // Items of a vector of integers are checked against the item type.
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[],"watchers":[1,"2",3.5,9223372036854775808]})") ==
        Errors{{"type_mismatch", "/watchers/1"}, {"type_mismatch", "/watchers/2"}, {"out_of_range", "/watchers/3"}});
}

TEST_CASE("several aliases, item limits and uniqueness on a nested type", "[reader][alias]") {
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","labels":[{"name":"ab","text":"cd"}],"watchers":[]})") ==
        Errors{{"alias_conflict", "/labels/0/text"}});
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[],"labels":[],"watchers":[]})") ==
        Errors{{"alias_conflict", "/labels"}});
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[{"label":"ab"},{"label":"cd"},{"label":"ef"},{"label":"x"}],"watchers":[]})") ==
        Errors{{"too_long", "/tags"}});
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[{"label":"Ab"},{"name":"aB"}],"watchers":[]})") ==
        Errors{{"duplicate_value", "/tags/1/name"}});
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[{"weight":1}],"watchers":[]})") ==
        Errors{{"missing_field", "/tags/0/label"}});
}

TEST_CASE("optional members: absent or null, and reset between parses", "[reader][optional]") {
  invite::parser parser;
  invite::result<sample::ticket> result;
  parser.parse(std::string(R"({"number":1,"level":"low","title":"t","contact":"a@b.c","notes":["x"],"tags":[],"watchers":[]})"), result);
  REQUIRE(result);
  REQUIRE(result->contact.has_value());
  parser.parse(minimal, result);
  REQUIRE(result);
  CHECK_FALSE(result->contact.has_value());
  CHECK_FALSE(result->notes.has_value());
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","contact":null,"due":null,"notes":null,"tags":[],"watchers":[]})").empty());
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","contact":"nope","tags":[],"watchers":[]})") == Errors{{"invalid_email", "/contact"}});
}

TEST_CASE("text rules apply in declaration order, each with its own code", "[reader][text]") {
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"0123456789\n","tags":[],"watchers":[]})") ==
        Errors{{"too_long", "/title"}, {"invalid_characters", "/title"}});
  CHECK(ticket_errors(R"({"number":1,"level":"low","title":"t","tags":[{"label":"a"}],"watchers":[]})") ==
        Errors{{"too_short", "/tags/0/label"}});
}

TEST_CASE("unknown enum values list the allowed ones", "[reader][enum]") {
  const auto result = invite::parse<sample::ticket>(R"({"number":1,"level":"LOW","title":"t","tags":[],"watchers":[]})");
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].code == invite::error_code::invalid_enum);
  CHECK(result.errors()[0].message.find(R"("low", "high", "urgent")") != std::string::npos);
}

TEST_CASE("a sixth type writes and round-trips with no code of its own", "[reader][writer]") {
  const std::string canonical =
      R"({"number":9,"level":"low","title":"q\"\\","due":"0000-02-29 23:59","tags":[{"label":"ab","weight":0}],"watchers":[],"notes":[]})";
  const auto parsed = invite::parse<sample::ticket>(canonical);
  INFO(invite_test::describe_errors(parsed.errors()));
  REQUIRE(parsed);
  CHECK(invite::write_json(*parsed) == canonical);
  const auto again = invite::parse<sample::ticket>(invite::write_json(*parsed, invite::json_style::pretty));
  REQUIRE(again);
  CHECK(*again == *parsed);
}

TEST_CASE("the smallest JSON of an array item is a lower bound built from the declarations", "[reader]") {
  using invite::detail::smallest_json_size;
  // {"name":1}, : the shortest alias of the one required member, a one-byte value, a comma.
  static_assert(smallest_json_size<sample::tag>() == std::string_view(R"({"name":1},)").size());
  static_assert(smallest_json_size<invite::candidate>() == std::string_view(R"({"name":1,"email":1})").size());
  static_assert(smallest_json_size<std::int64_t>() == std::string_view("1,").size());
  // The contract's smallest valid candidate is longer than the bound, as a bound must be.
  CHECK(std::string_view(R"({"name":"A","email":"a@b"},)").size() >= smallest_json_size<invite::candidate>());
}

TEST_CASE("a fresh result's capped array is allocated once, never beyond its cap", "[reader]") {
  const auto candidates_json = [](std::size_t count, const std::string& padding) {
    std::string json = R"({"assessment_id":1,"invite_format":"getlink","candidates":[)";
    for (std::size_t i = 0; i < count; ++i) {
      if (i != 0) json += ',';
      json += R"({"name":"N","email":"n)" + std::to_string(i) + R"(@example.com"})";
    }
    return json + padding + "]}";
  };
  invite::parser parser;
  SECTION("500 candidates: one allocation of exactly 500") {
    const auto result = parser.parse<invite::request>(candidates_json(500, ""));
    REQUIRE(result);
    CHECK(result->candidates.size() == 500);
    CHECK(result->candidates.capacity() == 500); // doubling growth would have left 512
  }
  SECTION("a few candidates and half a megabyte of whitespace: the cap bounds the reservation") {
    const auto result = parser.parse<invite::request>(candidates_json(3, std::string(500 << 10, ' ')));
    REQUIRE(result);
    CHECK(result->candidates.size() == 3);
    CHECK(result->candidates.capacity() <= 500);
  }
  SECTION("one candidate: the input bounds the reservation") {
    const std::string json = candidates_json(1, "");
    const auto result = parser.parse<invite::request>(json);
    REQUIRE(result);
    CHECK(result->candidates.capacity() >= 1);
    CHECK(result->candidates.capacity() <= json.size() / invite::detail::smallest_json_size<invite::candidate>());
  }
  SECTION("a kept result keeps its capacity and reserves nothing more") {
    invite::result<invite::request> kept;
    parser.parse(candidates_json(2, ""), kept);
    const std::size_t capacity = kept->candidates.capacity();
    parser.parse(candidates_json(1, std::string(4096, ' ')), kept);
    CHECK(kept->candidates.capacity() == capacity);
  }
}
