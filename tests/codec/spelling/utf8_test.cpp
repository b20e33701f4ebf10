#include <invite/codec/spelling/utf8.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using invite::spelling::inspect_text;

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string result;
  for (std::size_t i = 0; i < times; ++i) result += piece;
  return result;
}

} // namespace

TEST_CASE("inspect_text of the empty text: no code points, no control, blank") {
  const auto facts = inspect_text("");
  CHECK(facts.code_points == 0);
  CHECK_FALSE(facts.has_control);
  CHECK(facts.blank);
}

TEST_CASE("inspect_text counts one code point per character, whatever its UTF-8 length") {
  CHECK(inspect_text("Ada").code_points == 3);
  CHECK(inspect_text("\xC3\xA9").code_points == 1);         // U+00E9, 2 bytes
  CHECK(inspect_text("\xE2\x82\xAC").code_points == 1);     // U+20AC, 3 bytes
  CHECK(inspect_text("\xF0\x9F\x98\x80").code_points == 1); // U+1F600, 4 bytes
  CHECK(inspect_text("\xDF\xBF").code_points == 1);         // U+07FF, the last 2-byte one
  CHECK(inspect_text("\xEF\xBF\xBF").code_points == 1);     // U+FFFF
  CHECK(inspect_text("\xF4\x8F\xBF\xBF").code_points == 1); // U+10FFFF
  // "Zoë 😀 €": Z o ë space 😀 space € = 7 code points in 1+1+2+1+4+1+3 = 13 bytes.
  const std::string_view mixed = "Zo\xC3\xAB \xF0\x9F\x98\x80 \xE2\x82\xAC";
  REQUIRE(mixed.size() == 13);
  CHECK(inspect_text(mixed).code_points == 7);
}

TEST_CASE("inspect_text around the 255 code point limit of a name") {
  for (const std::string_view character : {std::string_view{"a"}, std::string_view{"\xC3\xA9"},
                                           std::string_view{"\xE2\x82\xAC"},
                                           std::string_view{"\xF0\x9F\x98\x80"}}) {
    CAPTURE(character);
    CHECK(inspect_text(repeat(character, 254)).code_points == 254);
    CHECK(inspect_text(repeat(character, 255)).code_points == 255);
    CHECK(inspect_text(repeat(character, 256)).code_points == 256);
  }
  // 255 four-byte characters are 1020 octets, still 255 code points.
  const auto wide = repeat("\xF0\x9F\x98\x80", 255);
  CHECK(wide.size() == 1020);
  CHECK(inspect_text(wide).code_points == 255);
  // 254 ASCII letters and one 2-byte letter: 255 code points in 256 octets.
  CHECK(inspect_text(repeat("a", 254) + "\xC3\xA9").code_points == 255);
}

TEST_CASE("inspect_text finds every C0 control character and DEL, alone or inside a text") {
  for (int code = 0x00; code <= 0x1F; ++code) {
    const char byte = static_cast<char>(code);
    CAPTURE(code);
    const auto alone = inspect_text(std::string_view{&byte, 1});
    CHECK(alone.has_control);
    CHECK(alone.code_points == 1);
    CHECK_FALSE(alone.blank);
    CHECK(inspect_text(std::string("Ada") + byte + "Lovelace").has_control);
    CHECK(inspect_text(std::string(" ") + byte).has_control);
  }
  CHECK(inspect_text("\x7F").has_control);
  CHECK(inspect_text("Ada\x7FLovelace").has_control);
  CHECK(inspect_text(std::string_view{"Ada\0", 4}).has_control);
}

TEST_CASE("inspect_text finds no control character in printable ASCII or in U+0080 and above") {
  for (int code = 0x20; code <= 0x7E; ++code) {
    const char byte = static_cast<char>(code);
    CAPTURE(code);
    CHECK_FALSE(inspect_text(std::string_view{&byte, 1}).has_control);
  }
  CHECK_FALSE(inspect_text("\xC2\x80").has_control);     // U+0080, a C1 control, not in the rule
  CHECK_FALSE(inspect_text("\xC2\x9F").has_control);     // U+009F
  CHECK_FALSE(inspect_text("\xC2\xA0").has_control);     // U+00A0
  CHECK_FALSE(inspect_text("\xE2\x80\xA8").has_control); // U+2028
  CHECK_FALSE(inspect_text("Ada Lovelace").has_control);
}

TEST_CASE("inspect_text calls a text blank when it is empty or only U+0020") {
  CHECK(inspect_text(" ").blank);
  CHECK(inspect_text("   ").blank);
  CHECK(inspect_text(repeat(" ", 300)).blank);
  CHECK(inspect_text(repeat(" ", 300)).code_points == 300);
  CHECK_FALSE(inspect_text("a").blank);
  CHECK_FALSE(inspect_text(" a").blank);
  CHECK_FALSE(inspect_text("a ").blank);
  CHECK_FALSE(inspect_text("  a  ").blank);
  // Other white space is not U+0020.
  CHECK_FALSE(inspect_text("\t").blank);
  CHECK_FALSE(inspect_text(" \n ").blank);
  CHECK_FALSE(inspect_text("\xC2\xA0").blank);     // U+00A0 no-break space
  CHECK_FALSE(inspect_text("\xE3\x80\x80").blank); // U+3000 ideographic space
  CHECK_FALSE(inspect_text(std::string_view{"\0", 1}).blank);
}

TEST_CASE("inspect_text reports every fact at once") {
  // A 300-character text with a tab: too long and a control character, not blank.
  const auto facts = inspect_text(repeat("x", 299) + "\t");
  CHECK(facts.code_points == 300);
  CHECK(facts.has_control);
  CHECK_FALSE(facts.blank);
}

TEST_CASE("inspect_text works at compile time") {
  constexpr auto facts = inspect_text("\xC3\xA9 \x7F");
  STATIC_REQUIRE(facts.code_points == 3);
  STATIC_REQUIRE(facts.has_control);
  STATIC_REQUIRE_FALSE(facts.blank);
  STATIC_REQUIRE(noexcept(inspect_text("")));
}

TEST_CASE("inspect_text agrees with a byte-by-byte count for every length and position") {
  // The words of eight bytes and the tail word are counted apart: each fact is checked with
  // its byte at every position of texts around those sizes.
  for (std::size_t length = 1; length <= 19; ++length) {
    for (std::size_t position = 0; position < length; ++position) {
      CAPTURE(length, position);
      std::string text(length, ' ');
      CHECK(inspect_text(text).blank);
      text[position] = 'x';
      CHECK_FALSE(inspect_text(text).blank);
      text[position] = '\x1F';
      CHECK(inspect_text(text).has_control);
      text[position] = '\x7F';
      CHECK(inspect_text(text).has_control);
      text[position] = '\x20';
      CHECK_FALSE(inspect_text(text).has_control);
      std::string accented(length, 'e');
      accented[position] = '\xC3';
      accented.insert(position + 1, 1, '\xA9'); // "é": two bytes, one code point
      CHECK(inspect_text(accented).code_points == length);
      CHECK_FALSE(inspect_text(accented).has_control);
    }
  }
}

TEST_CASE("the first invalid UTF-8 byte is located", "[utf8]") {
  CHECK(invite::spelling::first_invalid_utf8("abc") == 3);
  CHECK(invite::spelling::first_invalid_utf8("aé😀") == std::string("aé😀").size());
  CHECK(invite::spelling::first_invalid_utf8("ab\xC3") == 2);
  CHECK(invite::spelling::first_invalid_utf8("a\xC0\x80") == 1);         // overlong
  CHECK(invite::spelling::first_invalid_utf8("a\xED\xA0\x80") == 1);     // surrogate
  CHECK(invite::spelling::first_invalid_utf8("\xF4\x90\x80\x80") == 0);  // beyond U+10FFFF
  CHECK(invite::spelling::first_invalid_utf8("ok\x80") == 2);            // lone continuation
}
