// line_and_column.hpp, the reference for the lines and columns invite-check and problem+json
// report, held to docs/invite-check.md's definition on positions counted by hand; then the
// library's text_position.hpp held to it at every offset of hostile texts.

#include <invite_test/jsontestsuite_files.hpp>
#include <invite_test/line_and_column.hpp>

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

using invite_test::position_of;

namespace {

struct position_case {
  std::string text;
  std::size_t offset;
  std::size_t line;
  std::size_t column;
};

} // namespace

TEST_CASE("lines end at LF, columns count characters from 1", "[robustness][line_and_column]") {
  const std::vector<position_case> cases = {
      {"", 0, 1, 1},
      {"{}", 0, 1, 1},
      {"{}", 1, 1, 2},
      {"{}", 2, 1, 3},                      // the end: after the last character
      {"{}", 50, 1, 3},                     // past the end too
      {"{\n}", 2, 2, 1},
      {"{\n}\n", 4, 3, 1},                  // after a final LF: the next line
      {"a\rb", 2, 1, 3},                    // a lone CR is a character
      {"a\r\nb", 1, 1, 2},                  // the CR of CRLF is where the line ends
      {"a\r\nb", 2, 1, 2},                  // and is no character: the LF is at the same column
      {"a\r\nb", 3, 2, 1},
      {"\t\tx", 2, 1, 3},                   // a tab counts one
      {"\xC3\xA9x", 2, 1, 2},               // e acute, two bytes, one character
      {"\xC3\xA9x", 1, 1, 1},               // inside a character: its column
      {"\xE9\x99\x88x", 3, 1, 2},
      {"\xF0\x9F\x98\x80x", 4, 1, 2},
      {"\xE2\x82" "Ax", 2, 1, 2},           // docs: E2 82 41 is two characters
      {"\xE2\x82" "Ax", 3, 1, 3},
      {"\xC0\x80x", 1, 1, 2},               // docs: C0 80 is two (neither starts a sequence)
      {"\xC0\x80x", 2, 1, 3},
      {"\xE0\x80x", 1, 1, 2},               // E0 needs A0-BF next: two characters
      {"\xED\xA0\x80x", 3, 1, 4},           // an encoded surrogate: three
      {"\xF4\x90x", 2, 1, 3},               // above U+10FFFF: two
      {"\xF0\x9F\x98", 3, 1, 2},            // a sequence cut by the end is one character
      {"\xFFx\n\xC3\xA9\xC3", 5, 2, 2},
  };
  for (const position_case& expected : cases) {
    INFO("offset " << expected.offset << " of a " << expected.text.size() << "-byte text");
    const auto found = position_of(expected.text, expected.offset);
    CHECK(found.line == expected.line);
    CHECK(found.column == expected.column);
  }
}

TEST_CASE("the library's positions are the reference's at every offset of hostile texts",
          "[robustness][line_and_column]") {
  // JSONTestSuite holds stray CRs, BOMs, overlongs, surrogates and truncated sequences; the
  // hand-made texts put each kind of character before a line end and after one.
  std::vector<std::string> texts;
  for (const auto& file : invite_test::read_suite_files(INVITE_JSONTESTSUITE_DIR)) {
    if (file.contents.size() <= 2000) texts.push_back(file.contents); // every offset: quadratic
  }
  texts.push_back("{\r\n  \"a\": \"\xC3\xA9\xE9\x99\x88\xF0\x9F\x98\x80\",\r\n\r\r\n  \"b\": \"\xE2\x82\xC0\x80\xED\xA0\x80\"\n}\n");
  texts.push_back("\xF0\x9F\x98\n\xE0\x80\r\xF4\x90\x80\x80\n\xFF\xFE\r\n\t\x7F");
  std::size_t checked = 0;
  for (const std::string& text : texts) {
    for (std::size_t offset = 0; offset <= text.size() + 1; ++offset) {
      const invite::text_position found = invite::locate_offset(text, offset);
      const invite_test::line_and_column expected = position_of(text, offset);
      if (found.line != expected.line || found.column != expected.column) {
        FAIL_CHECK("offset " << offset << " of a " << text.size() << "-byte text: the library says line "
                             << found.line << " column " << found.column << ", the reference line "
                             << expected.line << " column " << expected.column);
      }
      ++checked;
    }
  }
  CHECK(checked > 4000); // the suite has about 300 small files
}
