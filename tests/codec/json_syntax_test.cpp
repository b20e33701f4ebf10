// detail/json_syntax.hpp: the token rules simdjson leaves to us.

#include <invite/detail/json_syntax.hpp>

#include <catch2/catch.hpp>

#include <string>

using invite::detail::classify_number;
using invite::detail::number_kind;

TEST_CASE("numbers follow RFC 8259's grammar whatever their magnitude", "[json_syntax]") {
  for (const char* integer : {"0", "-0", "7", "-12", "9223372036854775808", "123456789012345678901234567890"}) {
    CHECK(classify_number(integer) == number_kind::integer);
  }
  for (const char* other : {"0.5", "-1.0e+3", "1E400", "1e-400", "12.34E5"}) {
    CHECK(classify_number(other) == number_kind::fraction_or_exponent);
  }
  for (const char* bad : {"", "-", "+1", "01", "-01", ".5", "1.", "1e", "1e+", "0x10", "1.5.2", "Infinity", "NaN", "1 ", "--1", "1true"}) {
    INFO(bad);
    CHECK(classify_number(bad) == number_kind::malformed);
  }
}

TEST_CASE("integer literals convert exactly or say they are beyond int64", "[json_syntax]") {
  std::int64_t value = 0;
  CHECK(invite::detail::integer_value("9223372036854775807", value) == invite::detail::integer_status::in_int64);
  CHECK(value == 9223372036854775807LL);
  CHECK(invite::detail::integer_value("-9223372036854775808", value) == invite::detail::integer_status::in_int64);
  CHECK(value == (-9223372036854775807LL - 1));
  CHECK(invite::detail::integer_value("9223372036854775808", value) == invite::detail::integer_status::beyond_int64);
  CHECK(invite::detail::integer_value("-9223372036854775809", value) == invite::detail::integer_status::beyond_int64);
  CHECK(invite::detail::integer_value("-0", value) == invite::detail::integer_status::in_int64);
  CHECK(value == 0);
}

namespace {
std::string decode(const std::string& quoted, const char** reason = nullptr) {
  std::string out = "stale";
  const auto result = invite::detail::decode_string(quoted.data(), quoted.data() + quoted.size(), out);
  if (reason != nullptr) *reason = result.reason;
  return result.end == nullptr ? std::string("<malformed>") : out;
}
} // namespace

TEST_CASE("strings decode every escape and reject what RFC 8259 forbids", "[json_syntax][string]") {
  CHECK(decode(R"("plain")") == "plain");
  CHECK(decode(R"("")").empty());
  CHECK(decode(R"("\"\\\/\b\f\n\r\t")") == "\"\\/\b\f\n\r\t");
  CHECK(decode(R"("\u0041\u00e9\u20AC")") == "Aé€");
  CHECK(decode(R"("\ud83d\ude00")") == "😀");
  CHECK(decode(std::string("\"\\u0000\"")) == std::string(1, '\0'));
  for (const char* bad : {R"("\ud800")", R"("\ud800x")", R"("\udc00")", R"("\ud800\u0041")", R"("\x")", R"("\u12")",
                          R"("\u12G4")", "\"tab\there\"", "\"unterminated", "\"\\"}) {
    INFO(bad);
    CHECK(decode(bad) == "<malformed>");
  }
}

TEST_CASE("the first invalid UTF-8 byte is located", "[json_syntax][utf8]") {
  using invite::detail::first_invalid_utf8;
  CHECK(first_invalid_utf8("abc") == 3);
  CHECK(first_invalid_utf8("aé😀") == std::string("aé😀").size());
  CHECK(first_invalid_utf8("ab\xC3") == 2);
  CHECK(first_invalid_utf8("a\xC0\x80") == 1);         // overlong
  CHECK(first_invalid_utf8("a\xED\xA0\x80") == 1);     // surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);  // beyond U+10FFFF
  CHECK(first_invalid_utf8("ok\x80") == 2);            // lone continuation
}
