// Byte offsets to lines and columns (text_position.hpp). Every expected position is counted by
// hand from the text written next to it: the bytes of each character are spelled out, so a
// reader can recount.

#include <invite/codec/text_position.hpp>
#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using invite::locate_offset;
using invite::locate_offsets;
using invite::text_position;

text_position at(std::size_t line, std::size_t column, std::size_t line_start) {
  text_position position;
  position.line = line;
  position.column = column;
  position.line_start = line_start;
  return position;
}

} // namespace

namespace invite {
std::ostream& operator<<(std::ostream& out, const text_position& p) {
  return out << "line " << p.line << ", column " << p.column << " (line starts at byte " << p.line_start
             << ')';
}
} // namespace invite

TEST_CASE("ASCII: lines end at LF, columns count from 1") {
  const std::string_view text = "ab\ncd";
  CHECK(locate_offset(text, 0) == at(1, 1, 0));
  CHECK(locate_offset(text, 1) == at(1, 2, 0));
  CHECK(locate_offset(text, 2) == at(1, 3, 0)); // the LF: just after "ab"
  CHECK(locate_offset(text, 3) == at(2, 1, 3));
  CHECK(locate_offset(text, 4) == at(2, 2, 3));
  CHECK(locate_offset(text, 5) == at(2, 3, 3)); // the end
  CHECK(locate_offset(text, 6) == at(2, 3, 3)); // past the end: as the end
  CHECK(locate_offset(text, static_cast<std::size_t>(-1)) == at(2, 3, 3));
}

TEST_CASE("an empty text and a text ending in LF") {
  CHECK(locate_offset("", 0) == at(1, 1, 0));
  CHECK(locate_offset("", 7) == at(1, 1, 0));
  // "{}\n": the end is after the LF, on the empty line 2.
  CHECK(locate_offset("{}\n", 2) == at(1, 3, 0));
  CHECK(locate_offset("{}\n", 3) == at(2, 1, 3));
  // Blank lines count.
  CHECK(locate_offset("\n\n\nx", 3) == at(4, 1, 3));
}

TEST_CASE("a multi-byte character is one column") {
  // é = C3 A9 (bytes 0-1), € = E2 82 AC (2-4), 😀 = F0 9F 98 80 (5-8), then x (9).
  const std::string_view text = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x";
  REQUIRE(text.size() == 10);
  CHECK(locate_offset(text, 0) == at(1, 1, 0));
  CHECK(locate_offset(text, 2) == at(1, 2, 0));
  CHECK(locate_offset(text, 5) == at(1, 3, 0));
  CHECK(locate_offset(text, 9) == at(1, 4, 0));
  CHECK(locate_offset(text, 10) == at(1, 5, 0));
  // Inside a character: that character's column.
  CHECK(locate_offset(text, 1) == at(1, 1, 0));
  CHECK(locate_offset(text, 3) == at(1, 2, 0));
  CHECK(locate_offset(text, 4) == at(1, 2, 0));
  CHECK(locate_offset(text, 8) == at(1, 3, 0));
  // A combining accent is a code point of its own: e (0), U+0301 = CC 81 (1-2), x (3).
  CHECK(locate_offset("e\xCC\x81x", 3) == at(1, 3, 0));
}

TEST_CASE("a CR before LF is no column, any other CR is one") {
  // a CR LF b CR LF: a=0, CR=1, LF=2, b=3, CR=4, LF=5, end=6.
  const std::string_view text = "a\r\nb\r\n";
  CHECK(locate_offset(text, 0) == at(1, 1, 0));
  CHECK(locate_offset(text, 1) == at(1, 2, 0)); // at the CR: just after "a"
  CHECK(locate_offset(text, 2) == at(1, 2, 0)); // at the LF: the same place
  CHECK(locate_offset(text, 3) == at(2, 1, 3));
  CHECK(locate_offset(text, 4) == at(2, 2, 3));
  CHECK(locate_offset(text, 6) == at(3, 1, 6));
  // A lone CR (old Mac line end) is a character; so is a CR at the very end, with no LF.
  CHECK(locate_offset("a\rb", 2) == at(1, 3, 0));
  CHECK(locate_offset("a\r", 2) == at(1, 3, 0));
  // Two CRs before an LF: the first is a character, the second is the line end's.
  CHECK(locate_offset("a\r\r\nb", 3) == at(1, 3, 0));
  CHECK(locate_offset("a\r\r\nb", 4) == at(2, 1, 4));
}

TEST_CASE("a tab is one column") {
  CHECK(locate_offset("\t\tx", 2) == at(1, 3, 0));
  CHECK(locate_offset("{\n\t\"a\":\t1}", 7) == at(2, 6, 2)); // TAB " a " : TAB, then the 1
}

TEST_CASE("each maximal ill-formed UTF-8 subsequence is one column") {
  // E2 82 starts a three-byte sequence that A cuts short: one character, then A.
  CHECK(locate_offset("\xE2\x82" "A", 1) == at(1, 1, 0));
  CHECK(locate_offset("\xE2\x82" "A", 2) == at(1, 2, 0));
  CHECK(locate_offset("\xE2\x82" "A", 3) == at(1, 3, 0));
  // C0 and 80 can start no sequence: each byte is a character; z is the third.
  CHECK(locate_offset("\xC0\x80z", 2) == at(1, 3, 0));
  // A surrogate (ED A0 80): ED cannot be followed by A0, so three characters.
  CHECK(locate_offset("\xED\xA0\x80x", 3) == at(1, 4, 0));
  // An overlong three-byte form (E0 80 80): three characters.
  CHECK(locate_offset("\xE0\x80\x80x", 3) == at(1, 4, 0));
  // Past U+10FFFF (F4 90 80 80): four characters.
  CHECK(locate_offset("\xF4\x90\x80\x80x", 4) == at(1, 5, 0));
  // F5-FF never start a sequence.
  CHECK(locate_offset("\xFF\xF5x", 2) == at(1, 3, 0));
  // A four-byte sequence missing its last byte, then a: one character, then a.
  CHECK(locate_offset("\xF0\x9F\x98" "a", 3) == at(1, 2, 0));
  CHECK(locate_offset("\xF0\x9F\x98" "a", 4) == at(1, 3, 0));
  // ... and cut by the end of the text: one character.
  CHECK(locate_offset("\xF0\x9F\x98", 3) == at(1, 2, 0));
  CHECK(locate_offset("\xF0\x9F\x98", 2) == at(1, 1, 0));
  // A stray continuation byte before an LF does not hide the LF.
  CHECK(locate_offset("\xE2\x82\nx", 3) == at(2, 1, 3));
  // Latin-1 é (E9) before a space: E9 wants two continuation bytes and gets none.
  CHECK(locate_offset("caf\xE9 x", 5) == at(1, 6, 0));
}

TEST_CASE("offsets in any order, repeated, get the places they would get alone") {
  // Line 1 "aé" (a=0, é=1-2), LF=3; line 2 "\tb" (TAB=4, b=5), CR=6, LF=7; line 3 "€" (8-10).
  const std::string_view text = "a\xC3\xA9\n\tb\r\n\xE2\x82\xAC";
  const std::vector<std::size_t> offsets{11, 0, 5, 5, 3, 2, 8, 6, 100};
  const std::vector<text_position> expected{at(3, 2, 8), at(1, 1, 0), at(2, 2, 4),
                                            at(2, 2, 4), at(1, 3, 0), at(1, 2, 0),
                                            at(3, 1, 8), at(2, 3, 4), at(3, 2, 8)};
  CHECK(locate_offsets(text, offsets) == expected);
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    CHECK(locate_offset(text, offsets[i]) == expected[i]);
  }
  std::vector<std::size_t> sorted{0, 2, 3, 5, 5, 6, 8, 11, 100};
  CHECK(locate_offsets(text, sorted) ==
        std::vector<text_position>{at(1, 1, 0), at(1, 2, 0), at(1, 3, 0), at(2, 2, 4), at(2, 2, 4),
                                   at(2, 3, 4), at(3, 1, 8), at(3, 2, 8), at(3, 2, 8)});
  CHECK(locate_offsets(text, std::vector<std::size_t>{}).empty());
}

TEST_CASE("a 1 MiB minified line: columns in code points far from its start") {
  // 174762 units of "aé€" (a: 1 byte, é: 2, €: 3; 6 bytes, 3 characters each), then "}}}}":
  // 174762 * 6 + 4 = 1048576 bytes, one line.
  const std::size_t units = 174762;
  std::string text;
  text.reserve(1u << 20);
  for (std::size_t i = 0; i < units; ++i) text += "a\xC3\xA9\xE2\x82\xAC";
  text += "}}}}";
  REQUIRE(text.size() == std::size_t{1} << 20);

  const std::size_t last_unit = units - 1;
  const std::vector<std::size_t> offsets{
      6 * last_unit + 3,   // the € of the last unit: 3 * last_unit characters, then a and é
      6 * 1000,            // the a of unit 1000
      6 * last_unit + 1,   // the é of the last unit
      text.size() - 1,     // the last brace: all units and three braces before it
      text.size(),         // the end
      6 * 1000 + 4,        // inside the € of unit 1000
  };
  const std::vector<text_position> expected{
      at(1, 3 * last_unit + 3, 0), at(1, 3 * 1000 + 1, 0), at(1, 3 * last_unit + 2, 0),
      at(1, 3 * units + 3 + 1, 0), at(1, 3 * units + 4 + 1, 0), at(1, 3 * 1000 + 3, 0)};
  CHECK(locate_offsets(text, offsets) == expected);

  // The same line after a CRLF-ended first line of two-byte characters: line 2, same columns.
  const std::string first_line = "\xC3\xB6\xC3\xB6\r\n"; // öö CR LF: 6 bytes
  const std::string two_lines = first_line + text;
  std::vector<std::size_t> shifted;
  for (const std::size_t offset : offsets) shifted.push_back(offset + first_line.size());
  std::vector<text_position> expected_shifted;
  for (text_position p : expected) expected_shifted.push_back(at(2, p.column, first_line.size()));
  CHECK(locate_offsets(two_lines, shifted) == expected_shifted);
  CHECK(locate_offset(two_lines, 4) == at(1, 3, 0)); // the CR, after "öö"
}

TEST_CASE("the errors of a parsed document, located where they are written") {
  // Line 1 "{" CR LF; line 2 holds "Zoë" (ë = C3 AB) before the bad e-mail; line 3 a tab
  // before the enum. Columns counted by hand:
  //   line 2: space 1, "candidates" 2-13, ':' 14, '[' 15, '{' 16, "name" 17-22, ':' 23,
  //           "Zoë" 24-28 (ë is one), ',' 29, "email" 30-36, ':' 37: the value's quote is 38.
  //   line 3: tab 1, "invite_format" 2-16, ':' 17: the value's quote is 18.
  const std::string document = "{\r\n"
                               " \"candidates\":[{\"name\":\"Zo\xC3\xAB\",\"email\":\"zo\xC3\xAB\"}],\r\n"
                               "\t\"invite_format\":\"GETLINK\",\r\n"
                               " \"assessment_id\":1}\r\n";
  const auto parsed = invite::parse_request(document);
  REQUIRE_FALSE(parsed.ok());
  REQUIRE(parsed.errors().size() == 2);
  CHECK(parsed.errors()[0].code == invite::error_code::invalid_email);
  CHECK(parsed.errors()[1].code == invite::error_code::invalid_enum);
  const std::size_t line_2 = 3;
  const std::size_t line_3 = line_2 + std::string_view(" \"candidates\":[{\"name\":\"Zo\xC3\xAB\",\"email\":\"zo\xC3\xAB\"}],\r\n").size();
  CHECK(invite::locate_errors(document, parsed.errors()) ==
        std::vector<text_position>{at(2, 38, line_2), at(3, 18, line_3)});
}
