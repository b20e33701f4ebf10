// writer.hpp: canonical compact JSON and the pretty form, for the contract's types.

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

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
