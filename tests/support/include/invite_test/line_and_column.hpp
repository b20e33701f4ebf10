#ifndef INVITE_TEST_LINE_AND_COLUMN_HPP_INCLUDED
#define INVITE_TEST_LINE_AND_COLUMN_HPP_INCLUDED

// The line and column of a byte offset, as docs/invite-check.md defines them, written from that
// page alone so that invite-check's and problem+json's positions can be held to it: lines end at
// LF only; a column counts characters, one per well-formed UTF-8 sequence and one per maximal
// ill-formed subsequence (Unicode's "U+FFFD substitution of maximal subparts"); a CR right before
// an LF is part of the line end, not a character; an offset inside a character gets that
// character's column, and one at or past the end the position after the last character.

#include <cstddef>
#include <string_view>

namespace invite_test {

struct line_and_column {
  std::size_t line = 1;
  std::size_t column = 1;

  friend bool operator==(const line_and_column& a, const line_and_column& b) noexcept {
    return a.line == b.line && a.column == b.column;
  }
};

namespace detail {

// The bytes the character at `at` spans: a whole well-formed sequence, or the longest start of
// one that is there (at least one byte), Unicode's table 3-7 giving each continuation's range.
inline std::size_t character_length(std::string_view text, std::size_t at) noexcept {
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  const unsigned lead = byte(at);
  if (lead < 0xC2 || lead > 0xF4) return 1; // ASCII, a stray continuation, or no lead at all
  const std::size_t length = lead <= 0xDF ? 2 : lead <= 0xEF ? 3 : 4;
  // The range of the first continuation byte; the others are always 80-BF.
  unsigned low = 0x80, high = 0xBF;
  if (lead == 0xE0) low = 0xA0;
  if (lead == 0xED) high = 0x9F;
  if (lead == 0xF0) low = 0x90;
  if (lead == 0xF4) high = 0x8F;
  std::size_t taken = 1;
  while (taken < length) {
    const unsigned next = byte(at + taken); // 0 past the end, which fits no range
    const bool fits = taken == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xBF;
    if (!fits) break;
    ++taken;
  }
  return taken;
}

} // namespace detail

/// The 1-based line and column of the byte at `offset` in `text` (docs/invite-check.md).
inline line_and_column position_of(std::string_view text, std::size_t offset) noexcept {
  line_and_column at;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = text[i] == '\n' ? 1 : detail::character_length(text, i);
    if (i + length > offset) break; // the offset is this character, or inside it
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      ++at.column;
    }
    i += length;
  }
  return at;
}

} // namespace invite_test

#endif // INVITE_TEST_LINE_AND_COLUMN_HPP_INCLUDED
