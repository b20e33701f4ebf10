// writer.hpp: canonical compact JSON and the pretty form, for the contract's types and for
// shapes the contract does not have.

#include <invite/invite.hpp>

#include <invite_test/canonical_json.hpp>
#include <invite/testing/generator.hpp>

#include <catch2/catch.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

// Shapes the contract does not have: members that may all be absent, so that which one is
// written first is known only at run time, and arrays of arrays.
namespace writer_shapes {

struct leading_optionals {
  std::optional<int> a;
  std::optional<std::string> b;
  int c = 0;
  std::optional<int> d;
};

struct all_optional {
  std::optional<int> x;
  std::optional<bool> y;
};

struct nothing {};

struct holder {
  std::vector<all_optional> items;
  std::vector<std::vector<int>> grid;
  leading_optionals first;
  nothing empty;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(leading_optionals, (), (a, b, c, d))
BOOST_DESCRIBE_STRUCT(all_optional, (), (x, y))
BOOST_DESCRIBE_STRUCT(nothing, (), ())
BOOST_DESCRIBE_STRUCT(holder, (), (items, grid, first, empty))
INVITE_DESCRIBE_END

} // namespace writer_shapes

namespace {

invite::request sample_request() {
  using namespace date;
  invite::request r{};
  r.assessment_id = 9223372036854775807LL;
  r.invite_format = invite::format::sendlink;
  r.expiry_date = local_days{2024_y / February / 29} + std::chrono::hours{7} + std::chrono::minutes{5};
  r.candidates = {{"Zoë \"Z\" O'Neil", "zoe@example.com"}, {"Bob\\Builder", "bob@example.com"}};
  return r;
}

} // namespace

TEST_CASE("to_json writes the contract's canonical compact form", "[writer]") {
  CHECK(invite::to_json(sample_request()) ==
        R"({"assessment_id":9223372036854775807,"invite_format":"sendlink","expiry_date":"2024-02-29 07:05",)"
        R"("candidates":[{"name":"Zoë \"Z\" O'Neil","email":"zoe@example.com"},{"name":"Bob\\Builder","email":"bob@example.com"}]})");
  invite::request without = sample_request();
  without.expiry_date.reset();
  without.candidates.resize(1);
  without.invite_format = invite::format::getlink;
  CHECK(invite::to_json(without) ==
        R"({"assessment_id":9223372036854775807,"invite_format":"getlink","candidates":[{"name":"Zoë \"Z\" O'Neil","email":"zoe@example.com"}]})");
}

TEST_CASE("control characters are escaped, nothing else is", "[writer][escape]") {
  invite::response r;
  std::string status;
  for (int c = 0; c < 0x20; ++c) status.push_back(static_cast<char>(c));
  status += "\x7f/é😀<>&'";
  r.invites.push_back({"N", "n@x.io", 1, 2, 3, "https://x.io/?a=1&b=<2>", status});
  const std::string json = invite::to_json(r);
  CHECK(json.find(R"("status":"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f)"
                  R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f)"
                  R"(\u007f/é😀<>&'")") != std::string::npos);
  const auto back = invite::parse_response(json);
  REQUIRE(back);
  CHECK(*back == r);
}

TEST_CASE("the pretty form indents by two spaces and parses to the same value", "[writer][pretty]") {
  invite::request r = sample_request();
  r.candidates.resize(1);
  CHECK(invite::to_pretty_json(r) ==
        "{\n"
        "  \"assessment_id\": 9223372036854775807,\n"
        "  \"invite_format\": \"sendlink\",\n"
        "  \"expiry_date\": \"2024-02-29 07:05\",\n"
        "  \"candidates\": [\n"
        "    {\n"
        "      \"name\": \"Zoë \\\"Z\\\" O'Neil\",\n"
        "      \"email\": \"zoe@example.com\"\n"
        "    }\n"
        "  ]\n"
        "}");
  const auto back = invite::parse_request(invite::to_pretty_json(sample_request()));
  REQUIRE(back);
  CHECK(*back == sample_request());
  invite::response empty;
  CHECK(invite::to_pretty_json(empty) == "{\n  \"invites\": []\n}");
  CHECK(invite::to_json(empty) == R"({"invites":[]})");
}

TEST_CASE("write_json appends to a caller's buffer", "[writer]") {
  std::string out = "prefix:";
  invite::write_json(invite::response{}, out);
  CHECK(out == R"(prefix:{"invites":[]})");
}

TEST_CASE("an enum value outside the description is written as null", "[writer][enum]") {
  invite::request r = sample_request();
  r.invite_format = static_cast<invite::format>(7);
  const std::string json = invite::to_json(r);
  CHECK(json.find(R"("invite_format":null)") != std::string::npos);
  CHECK_FALSE(invite::parse_request(json));
}

TEST_CASE("integers are written exactly at every digit count and sign", "[writer][integer]") {
  // Compared with std::to_chars, which the writer does not use.
  std::vector<std::int64_t> values = {0, 1, -1, 9, 10, 99, 100, -100, 9223372036854775807LL, -9223372036854775807LL - 1};
  for (std::int64_t power = 1;; power *= 10) {
    values.insert(values.end(), {power - 1, power, power + 1, -power, -(power - 1)});
    if (power > std::numeric_limits<std::int64_t>::max() / 10) break; // the next step would overflow
  }
  for (const std::int64_t value : values) {
    char expected[24];
    const auto end = std::to_chars(expected, expected + sizeof expected, value).ptr;
    INFO(value);
    CHECK(invite::detail::decimal_size(value) == static_cast<std::size_t>(end - expected));
    char written[24];
    const char* written_end = invite::detail::write_decimal(written, value);
    CHECK(std::string_view(written, static_cast<std::size_t>(written_end - written)) ==
          std::string_view(expected, static_cast<std::size_t>(end - expected)));
  }
  CHECK(invite::detail::decimal_size(std::uint64_t{18446744073709551615ULL}) == 20);
}

TEST_CASE("the first member written opens the object, whichever it is", "[writer][keys]") {
  using writer_shapes::leading_optionals;
  CHECK(invite::write_json(leading_optionals{}) == R"({"c":0})");
  CHECK(invite::write_json(leading_optionals{1, "x", 3, 4}) == R"({"a":1,"b":"x","c":3,"d":4})");
  CHECK(invite::write_json(leading_optionals{std::nullopt, "x", 3, std::nullopt}) == R"({"b":"x","c":3})");
  CHECK(invite::write_json(leading_optionals{1, std::nullopt, -3, 4}) == R"({"a":1,"c":-3,"d":4})");
  using writer_shapes::all_optional;
  CHECK(invite::write_json(all_optional{}) == "{}");
  CHECK(invite::write_json(all_optional{std::nullopt, true}) == R"({"y":true})");
  CHECK(invite::write_json(all_optional{2, false}) == R"({"x":2,"y":false})");
  CHECK(invite::write_json(writer_shapes::nothing{}) == "{}");
}

TEST_CASE("arrays of objects and of arrays, empty or not, compact and pretty", "[writer][array]") {
  writer_shapes::holder value;
  CHECK(invite::write_json(value) == R"({"items":[],"grid":[],"first":{"c":0},"empty":{}})");
  value.items = {{}, {1, std::nullopt}};
  value.grid = {{}, {1, 2}, {-3}};
  CHECK(invite::write_json(value) ==
        R"({"items":[{},{"x":1}],"grid":[[],[1,2],[-3]],"first":{"c":0},"empty":{}})");
  CHECK(invite::write_json(value, invite::json_style::pretty) ==
        "{\n"
        "  \"items\": [\n"
        "    {},\n"
        "    {\n"
        "      \"x\": 1\n"
        "    }\n"
        "  ],\n"
        "  \"grid\": [\n"
        "    [],\n"
        "    [\n"
        "      1,\n"
        "      2\n"
        "    ],\n"
        "    [\n"
        "      -3\n"
        "    ]\n"
        "  ],\n"
        "  \"first\": {\n"
        "    \"c\": 0\n"
        "  },\n"
        "  \"empty\": {}\n"
        "}");
}

TEST_CASE("text that needs more escape room than was set aside moves the buffer, not the bytes", "[writer][escape]") {
  // The writer sets aside room for a few escapes (1/64 of the plain length); these strings need
  // five times their length more, so the buffer has to grow several times on the way.
  invite::response r;
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  for (int i = 0; i < 200; ++i) {
    const std::string many = std::string(static_cast<std::size_t>(i % 7), '"') + controls + "\x7f";
    r.invites.push_back({many, "e" + std::to_string(i) + "@x.io", i, -i, 1LL << (i % 63), many + many, "sent"});
  }
  const std::string expected = invite_test::canonical_json(r);
  CHECK(invite::to_json(r) == expected);
  std::string out = "prefix:";
  invite::write_json(r, out);
  CHECK(out == "prefix:" + expected);
  std::string reused;
  reused.reserve(expected.size() / 2);
  invite::write_json(r, reused);
  CHECK(reused == expected);
}

TEST_CASE("the writer's room keeps what is written when it grows", "[writer][escape]") {
  std::string out = "0123456789";
  invite::detail::growing_room room(out, 3);
  char* at = invite::detail::write_escape(out.data() + 4, '\x01', room); // needs 5 of the 3 spare
  CHECK(room.spare >= 3 - 5 + 64);
  CHECK(out.size() > 10);
  CHECK(std::string_view(out.data(), static_cast<std::size_t>(at - out.data())) == "0123\\u0001");
}

TEST_CASE("to_json matches the test support's canonical writer on generated responses", "[writer]") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    invite::testing::generator maker(seed, invite::testing::profile::realistic_traffic);
    const invite::response r = maker.response(1 + static_cast<std::size_t>(seed * 7 % 40));
    CHECK(invite::to_json(r) == invite_test::canonical_json(r));
  }
}

// What JSON cannot spell: a floating value that is not finite, an absent item of an array.
namespace writer_gaps {

struct readings {
  std::vector<std::optional<int>> values;
  double level = 0;
  std::optional<float> peak;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(readings, (), (values, level, peak))
INVITE_DESCRIBE_END

} // namespace writer_gaps

TEST_CASE("non-finite numbers and absent array items are written as null", "[writer][null]") {
  writer_gaps::readings value;
  value.values = {1, std::nullopt, 3};
  value.level = std::numeric_limits<double>::quiet_NaN();
  CHECK(invite::write_json(value) == R"({"values":[1,null,3],"level":null})");
  value.level = -std::numeric_limits<double>::infinity();
  value.peak = std::numeric_limits<float>::infinity();
  CHECK(invite::write_json(value) == R"({"values":[1,null,3],"level":null,"peak":null})");
  value.values = {std::nullopt};
  value.level = 2.5;
  value.peak = -0.5f;
  CHECK(invite::write_json(value) == R"({"values":[null],"level":2.5,"peak":-0.5})");
  // Read back, a null item is an absent one.
  const auto read = invite::parse<writer_gaps::readings>(R"({"values":[null,7],"level":1})");
  REQUIRE(read);
  CHECK(read->values == std::vector<std::optional<int>>{std::nullopt, 7});
}
