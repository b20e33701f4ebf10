// Every ordinary member type, on a struct of a user's own with no rules at all: it parses,
// writes (a byte-stable round trip) and has a JSON Schema, and each type refuses what it cannot
// hold with the right code.

#include <invite/codec/describe.hpp>
#include <invite/codec/equality.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/schema.hpp>
#include <invite/codec/time_formats.hpp>
#include <invite/codec/writer.hpp>

#include <invite_test/error_listing.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace garden {

enum class season { spring, summer, autumn, winter };

struct point {
  double x = 0;
  double y = 0;
};

struct bed {
  std::string name;
  bool watered = false;
  double ph = 7;
  float area = 0;
  std::int8_t tiny = 0;
  std::uint8_t small = 0;
  std::int16_t medium = 0;
  std::uint16_t medium_unsigned = 0;
  std::int32_t count = 0;
  std::uint32_t count_unsigned = 0;
  std::int64_t big = 0;
  std::uint64_t huge = 0;
  season sown = season::spring;
  point corner;
  std::optional<point> gate;
  std::optional<std::int32_t> row;
  std::vector<std::string> plants;
  std::vector<point> outline;
  std::optional<std::vector<std::int32_t>> rotation;
  std::optional<date::local_time<std::chrono::minutes>> planted;
  date::sys_time<std::chrono::milliseconds> checked{};
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(season, spring, summer, autumn, winter)
BOOST_DESCRIBE_STRUCT(point, (), (x, y))
BOOST_DESCRIBE_STRUCT(bed, (), (name, watered, ph, area, tiny, small, medium, medium_unsigned, count, count_unsigned, big,
                                huge, sown, corner, gate, row, plants, outline, rotation, planted, checked))
INVITE_DESCRIBE_END

inline bool operator==(const point& a, const point& b) { return invite::equal(a, b); }

} // namespace garden

using Errors = std::vector<invite_test::code_and_path>;

namespace {

const std::string full_bed =
    R"({"name":"Herbs","watered":true,"ph":6.5,"area":2.25,"tiny":-128,"small":255,"medium":-32768,)"
    R"("medium_unsigned":65535,"count":-2147483648,"count_unsigned":4294967295,"big":-9223372036854775808,)"
    R"("huge":18446744073709551615,"sown":"autumn","corner":{"x":0.1,"y":-3e-7},"gate":{"x":1,"y":2},"row":12,)"
    R"("plants":["basil","thyme"],"outline":[{"x":0,"y":0},{"x":1.5,"y":0}],"rotation":[3,1,2],)"
    R"("planted":"2024-03-21 07:30","checked":"2024-03-21T07:30:15.250Z"})";

Errors bed_errors(const std::string& json) {
  const auto result = invite::parse<garden::bed>(json);
  INFO(json);
  INFO(invite_test::describe_errors(result.errors()));
  return invite_test::errors_of(result);
}

// A bed whose member `name` has the JSON value `value`, everything else valid and minimal.
std::string bed_with(const std::string& name, const std::string& value) {
  std::string json = R"({"name":"n","watered":false,"ph":7,"area":1,"tiny":0,"small":0,"medium":0,"medium_unsigned":0,)"
                     R"("count":0,"count_unsigned":0,"big":0,"huge":0,"sown":"spring","corner":{"x":0,"y":0},)"
                     R"("plants":[],"outline":[],"checked":"1970-01-01T00:00:00Z"})";
  const std::string key = "\"" + name + "\":";
  const std::size_t at = json.find(key);
  if (at == std::string::npos) {
    json.insert(json.size() - 1, "," + key + value);
  } else {
    const std::size_t start = at + key.size();
    std::size_t end = start;
    int depth = 0;
    for (; end < json.size(); ++end) {
      const char c = json[end];
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (depth == 0) break;
        --depth;
      }
      if (c == ',' && depth == 0) break;
    }
    json.replace(start, end - start, value);
  }
  return json;
}

} // namespace

TEST_CASE("every ordinary member type reads what it is given", "[member types]") {
  const auto result = invite::parse<garden::bed>(full_bed);
  INFO(invite_test::describe_errors(result.errors()));
  REQUIRE(result);
  const garden::bed& bed = *result;
  CHECK(bed.name == "Herbs");
  CHECK(bed.watered);
  CHECK(bed.ph == 6.5);
  CHECK(bed.area == 2.25f);
  CHECK(bed.tiny == -128);
  CHECK(bed.small == 255);
  CHECK(bed.medium == -32768);
  CHECK(bed.medium_unsigned == 65535);
  CHECK(bed.count == std::numeric_limits<std::int32_t>::min());
  CHECK(bed.count_unsigned == std::numeric_limits<std::uint32_t>::max());
  CHECK(bed.big == std::numeric_limits<std::int64_t>::min());
  CHECK(bed.huge == std::numeric_limits<std::uint64_t>::max());
  CHECK(bed.sown == garden::season::autumn);
  CHECK(bed.corner == garden::point{0.1, -3e-7});
  CHECK(bed.gate == std::optional<garden::point>(garden::point{1, 2}));
  CHECK(bed.row == std::optional<std::int32_t>(12));
  CHECK(bed.plants == std::vector<std::string>{"basil", "thyme"});
  CHECK(bed.outline == std::vector<garden::point>{{0, 0}, {1.5, 0}});
  CHECK(bed.rotation == std::optional<std::vector<std::int32_t>>(std::vector<std::int32_t>{3, 1, 2}));
  using namespace date;
  CHECK(bed.planted == local_days{2024_y / March / 21} + std::chrono::hours{7} + std::chrono::minutes{30});
  CHECK(bed.checked == sys_days{2024_y / March / 21} + std::chrono::hours{7} + std::chrono::minutes{30} +
                           std::chrono::milliseconds{15250});
}

TEST_CASE("writing is canonical and reads back to the same value, byte for byte", "[member types][writer]") {
  const auto first = invite::parse<garden::bed>(full_bed);
  REQUIRE(first);
  const std::string written = invite::write_json(*first);
  // The input spelled -3e-7 and 6.5; the shortest exact forms are what is written.
  CHECK(written.find(R"("y":-3e-07)") != std::string::npos);
  CHECK(written.find(R"("huge":18446744073709551615)") != std::string::npos);
  CHECK(written.find(R"("checked":"2024-03-21T07:30:15.250Z")") != std::string::npos);
  const auto second = invite::parse<garden::bed>(written);
  INFO(written);
  REQUIRE(second);
  CHECK(invite::equal(*first, *second));
  CHECK(invite::write_json(*second) == written);
  const auto pretty = invite::parse<garden::bed>(invite::write_json(*first, invite::json_style::pretty));
  REQUIRE(pretty);
  CHECK(invite::equal(*first, *pretty));
}

TEST_CASE("absent optionals are left out when written, and so is nothing else", "[member types][writer]") {
  garden::bed bed;
  const std::string written = invite::write_json(bed);
  CHECK(written.find("\"gate\"") == std::string::npos);
  CHECK(written.find("\"rotation\"") == std::string::npos);
  CHECK(written.find(R"("watered":false)") != std::string::npos);
  CHECK(written.find(R"("checked":"1970-01-01T00:00:00.000Z")") != std::string::npos);
  const auto back = invite::parse<garden::bed>(written);
  INFO(written);
  INFO(invite_test::describe_errors(back.errors()));
  REQUIRE(back);
  CHECK(invite::equal(*back, bed));
}

TEST_CASE("floating members write the shortest text that reads back exactly", "[member types][floating]") {
  for (const double value : {0.1, 1.0 / 3.0, 1e300, -5e-324, 2.2250738585072014e-308, 123456789012345678.0, -0.0}) {
    garden::bed bed;
    bed.ph = value;
    const std::string written = invite::write_json(bed);
    const auto back = invite::parse<garden::bed>(written);
    INFO(written);
    REQUIRE(back);
    CHECK(std::signbit(back->ph) == std::signbit(value));
    CHECK(back->ph == value);
  }
  // A float is read as a float (correctly rounded once), not through double.
  const auto as_float = invite::parse<garden::bed>(bed_with("area", "0.1"));
  REQUIRE(as_float);
  CHECK(as_float->area == 0.1f);
}

TEST_CASE("a value of the wrong JSON type is type_mismatch for every member type", "[member types][errors]") {
  CHECK(bed_errors(bed_with("watered", "1")) == Errors{{"type_mismatch", "/watered"}});
  CHECK(bed_errors(bed_with("watered", "\"true\"")) == Errors{{"type_mismatch", "/watered"}});
  CHECK(bed_errors(bed_with("ph", "\"7\"")) == Errors{{"type_mismatch", "/ph"}});
  CHECK(bed_errors(bed_with("ph", "null")) == Errors{{"type_mismatch", "/ph"}});
  CHECK(bed_errors(bed_with("count", "1.5")) == Errors{{"type_mismatch", "/count"}});
  CHECK(bed_errors(bed_with("count", "1e3")) == Errors{{"type_mismatch", "/count"}});
  CHECK(bed_errors(bed_with("count", "true")) == Errors{{"type_mismatch", "/count"}});
  CHECK(bed_errors(bed_with("sown", "2")) == Errors{{"type_mismatch", "/sown"}});
  CHECK(bed_errors(bed_with("corner", "[0,0]")) == Errors{{"type_mismatch", "/corner"}});
  CHECK(bed_errors(bed_with("plants", "\"basil\"")) == Errors{{"type_mismatch", "/plants"}});
  CHECK(bed_errors(bed_with("plants", "[\"a\",3]")) == Errors{{"type_mismatch", "/plants/1"}});
  CHECK(bed_errors(bed_with("planted", "202403210730")) == Errors{{"type_mismatch", "/planted"}});
  CHECK(bed_errors(bed_with("rotation", "{}")) == Errors{{"type_mismatch", "/rotation"}});
}

TEST_CASE("an integer literal outside its member's type is out_of_range, at every width", "[member types][integer]") {
  CHECK(bed_errors(bed_with("tiny", "127")).empty());
  CHECK(bed_errors(bed_with("tiny", "128")) == Errors{{"out_of_range", "/tiny"}});
  CHECK(bed_errors(bed_with("tiny", "-129")) == Errors{{"out_of_range", "/tiny"}});
  CHECK(bed_errors(bed_with("small", "256")) == Errors{{"out_of_range", "/small"}});
  CHECK(bed_errors(bed_with("small", "-1")) == Errors{{"out_of_range", "/small"}});
  CHECK(bed_errors(bed_with("small", "-0")).empty());
  CHECK(bed_errors(bed_with("medium", "32768")) == Errors{{"out_of_range", "/medium"}});
  CHECK(bed_errors(bed_with("medium_unsigned", "65536")) == Errors{{"out_of_range", "/medium_unsigned"}});
  CHECK(bed_errors(bed_with("count", "2147483647")).empty());
  CHECK(bed_errors(bed_with("count", "2147483648")) == Errors{{"out_of_range", "/count"}});
  CHECK(bed_errors(bed_with("count", "-2147483649")) == Errors{{"out_of_range", "/count"}});
  CHECK(bed_errors(bed_with("count_unsigned", "4294967296")) == Errors{{"out_of_range", "/count_unsigned"}});
  CHECK(bed_errors(bed_with("big", "9223372036854775807")).empty());
  CHECK(bed_errors(bed_with("big", "9223372036854775808")) == Errors{{"out_of_range", "/big"}});
  CHECK(bed_errors(bed_with("big", "-9223372036854775809")) == Errors{{"out_of_range", "/big"}});
  CHECK(bed_errors(bed_with("huge", "18446744073709551616")) == Errors{{"out_of_range", "/huge"}});
  CHECK(bed_errors(bed_with("huge", "-1")) == Errors{{"out_of_range", "/huge"}});
  CHECK(bed_errors(bed_with("huge", "100000000000000000000000")) == Errors{{"out_of_range", "/huge"}});
  // The message names the type's range.
  const auto result = invite::parse<garden::bed>(bed_with("count", "2147483648"));
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].message ==
        "\"count\": expected an integer from -2147483648 to 2147483647, found 2147483648");
}

TEST_CASE("a number beyond a floating member's magnitude is out_of_range", "[member types][floating]") {
  CHECK(bed_errors(bed_with("ph", "1e308")).empty());
  CHECK(bed_errors(bed_with("ph", "1e400")) == Errors{{"out_of_range", "/ph"}});
  CHECK(bed_errors(bed_with("ph", "-1e400")) == Errors{{"out_of_range", "/ph"}});
  CHECK(bed_errors(bed_with("area", "3e38")).empty());
  CHECK(bed_errors(bed_with("area", "1e39")) == Errors{{"out_of_range", "/area"}});
  CHECK(bed_errors(bed_with("area", "0")).empty());
  // Magnitude never makes the document ill-formed, whatever the member's type.
  CHECK(bed_errors(bed_with("extra_field_is_unknown", "1e999")) == Errors{{"unknown_field", "/extra_field_is_unknown"}});
}

TEST_CASE("enums, formats and booleans refuse what they cannot spell", "[member types][errors]") {
  CHECK(bed_errors(bed_with("sown", "\"Autumn\"")) == Errors{{"invalid_enum", "/sown"}});
  CHECK(bed_errors(bed_with("planted", "\"2024-02-30 10:00\"")) == Errors{{"invalid_datetime", "/planted"}});
  CHECK(bed_errors(bed_with("planted", "null")).empty());
  CHECK(bed_errors(bed_with("checked", "\"2024-03-21 07:30:15Z\"")) == Errors{{"invalid_datetime", "/checked"}});
  // A fraction finer than the member's milliseconds cannot be held exactly.
  CHECK(bed_errors(bed_with("checked", "\"2024-03-21T07:30:15.2501Z\"")) == Errors{{"invalid_datetime", "/checked"}});
  CHECK(bed_errors(bed_with("checked", "\"2024-03-21T07:30:15.2500Z\"")).empty());
  CHECK(bed_errors(bed_with("watered", "True")) == Errors{{"invalid_json", ""}});
}

TEST_CASE("an RFC 3339 offset is applied, and the canonical text is in UTC", "[member types][time]") {
  const auto result = invite::parse<garden::bed>(bed_with("checked", "\"2024-03-21T09:30:15+02:00\""));
  REQUIRE(result);
  const std::string written = invite::write_json(*result);
  CHECK(written.find(R"("checked":"2024-03-21T07:30:15.000Z")") != std::string::npos);
}

TEST_CASE("the JSON Schema of a struct with no rules states each member's type", "[member types][schema]") {
  simdjson::dom::parser parser;
  const std::string text = invite::json_schema<garden::bed>();
  simdjson::dom::element schema;
  REQUIRE(parser.parse(text).get(schema) == simdjson::SUCCESS);
  const auto properties = schema["properties"];
  CHECK(std::string_view(properties["watered"]["type"]) == "boolean");
  CHECK(std::string_view(properties["ph"]["type"]) == "number");
  CHECK(std::string_view(properties["tiny"]["type"]) == "integer");
  CHECK(int64_t(properties["tiny"]["minimum"]) == -128);
  CHECK(int64_t(properties["tiny"]["maximum"]) == 127);
  CHECK(uint64_t(properties["huge"]["maximum"]) == std::numeric_limits<std::uint64_t>::max());
  CHECK(std::string_view(properties["sown"]["enum"].at(3)) == "winter");
  CHECK(std::string_view(properties["corner"]["type"]) == "object");
  CHECK(std::string_view(properties["gate"]["anyOf"].at(1)["type"]) == "null");
  CHECK(std::string_view(properties["plants"]["items"]["type"]) == "string");
  CHECK(std::string_view(properties["rotation"]["anyOf"].at(0)["items"]["type"]) == "integer");
  CHECK(std::string_view(properties["checked"]["format"]) == "date-time");
  std::vector<std::string> required;
  for (auto name : schema["required"].get_array()) required.emplace_back(std::string_view(name));
  CHECK(std::find(required.begin(), required.end(), "gate") == required.end());
  CHECK(std::find(required.begin(), required.end(), "checked") != required.end());
}

TEST_CASE("equal compares described structs all the way down without operator== of their own", "[equality]") {
  garden::bed a;
  garden::bed b;
  CHECK(invite::equal(a, b));
  b.outline.push_back({1, 2});
  CHECK_FALSE(invite::equal(a, b));
  a.outline.push_back({1, 2});
  CHECK(invite::equal(a, b));
  b.gate = garden::point{};
  CHECK_FALSE(invite::equal(a, b));
  a.gate = garden::point{0, 1};
  CHECK_FALSE(invite::equal(a, b));
  a.gate->y = 0;
  CHECK(invite::equal(a, b));
}
