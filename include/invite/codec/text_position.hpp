#ifndef INVITE_CODEC_TEXT_POSITION_HPP_INCLUDED
#define INVITE_CODEC_TEXT_POSITION_HPP_INCLUDED

// Byte offsets turned into the line and column that people, editors and CI tools speak
// (FILE:LINE:COLUMN). Errors carry byte offsets because bytes are what a parser sees; nobody
// counts bytes in an editor.
//
// What a position means, for a byte offset into a text:
// - line: 1 + the number of LF bytes before the offset. Only LF ends a line.
// - column: 1 + the number of characters on that line before the offset. A character is one
//   well-formed UTF-8 sequence (one code point, so a tab, an 'e' and a combining accent each
//   count one, whatever their width on screen). A CR right before an LF is part of the line end
//   and no character; any other CR is a character.
// - Malformed UTF-8: each maximal ill-formed subsequence (Unicode 15, section 3.9, "U+FFFD
//   substitution of maximal subparts") counts as one character, exactly where a decoder that
//   follows that practice would put one U+FFFD. So `E2 82 41` is two characters (the
//   truncated `E2 82`, then `A`), and `C0 80` is two (neither byte can start a sequence).
// - An offset inside a character (past its first byte) gets that character's column.
// - An offset at or past the end gets the position just after the last character; after a
//   final LF that is the next line, column 1.
//
// Positions are computed only for the offsets asked about, in one pass over the text that
// stops at the largest of them; the offsets may come in any order.

#include <invite/codec/error.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace invite {

/// Where a byte offset falls in a text: 1-based line, 1-based column in characters (see above).
struct text_position {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t line_start = 0; // byte offset of the first byte of that line, to show the line

  friend bool operator==(const text_position& a, const text_position& b) noexcept {
    return a.line == b.line && a.column == b.column && a.line_start == b.line_start;
  }
  friend bool operator!=(const text_position& a, const text_position& b) noexcept { return !(a == b); }
};

namespace detail {

/// The length of the character starting at `bytes[0]`: a well-formed UTF-8 sequence (1 to 4
/// bytes) or, when there is none, its maximal ill-formed subsequence (1 to 3 bytes; always at
/// least 1, so a scan always moves on). `available` (at least 1) bounds the look-ahead.
constexpr std::size_t utf8_character_length(const unsigned char* bytes, std::size_t available) noexcept {
  const unsigned char lead = bytes[0];
  if (lead < 0x80) return 1;
  std::size_t needed = 0;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    needed = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    needed = 3;
    if (lead == 0xe0) second_low = 0xa0;  // shorter forms are overlong
    if (lead == 0xed) second_high = 0x9f; // higher ones are surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    needed = 4;
    if (lead == 0xf0) second_low = 0x90;  // overlong
    if (lead == 0xf4) second_high = 0x8f; // past U+10FFFF
  } else {
    return 1; // 80-C1 and F5-FF start nothing
  }
  if (available < 2 || bytes[1] < second_low || bytes[1] > second_high) return 1;
  std::size_t length = 2;
  while (length < needed && length < available && bytes[length] >= 0x80 && bytes[length] <= 0xbf) {
    ++length;
  }
  return length;
}

// Walks `text` once, calling place(i) for the i-th smallest offset in `order` (a sequence of
// indices into `offsets` sorted by offset).
template <class Order>
void locate_in_order(std::string_view text, const std::size_t* offsets, std::size_t count,
                     const Order& order, text_position* positions) noexcept {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t at = 0;
  text_position here;
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t index = order(k);
    const std::size_t target = std::min(offsets[index], size);
    while (at < target) {
      const unsigned char byte = bytes[at];
      if (byte == '\n') {
        ++at;
        ++here.line;
        here.column = 1;
        here.line_start = at;
      } else if (byte == '\r' && at + 1 < size && bytes[at + 1] == '\n') {
        ++at; // part of the line end: no column
      } else if (byte < 0x80) {
        ++at;
        ++here.column;
      } else {
        const std::size_t length = utf8_character_length(bytes + at, size - at);
        if (at + length > target) break; // the target is inside this character
        at += length;
        ++here.column;
      }
    }
    positions[index] = here;
  }
}

} // namespace detail

/// Fills positions[i] with the place of offsets[i] in `text`, for `count` offsets in any order.
/// Reads `text` once, up to the largest offset; allocates only when the offsets are not sorted.
inline void locate_offsets(std::string_view text, const std::size_t* offsets, std::size_t count,
                           text_position* positions) {
  if (std::is_sorted(offsets, offsets + count)) {
    detail::locate_in_order(text, offsets, count, [](std::size_t k) { return k; }, positions);
    return;
  }
  std::vector<std::size_t> order(count);
  for (std::size_t k = 0; k < count; ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
  detail::locate_in_order(text, offsets, count, [&](std::size_t k) { return order[k]; }, positions);
}

/// The place of each offset in `text`, in the order given.
inline std::vector<text_position> locate_offsets(std::string_view text,
                                                 const std::vector<std::size_t>& offsets) {
  std::vector<text_position> positions(offsets.size());
  locate_offsets(text, offsets.data(), offsets.size(), positions.data());
  return positions;
}

/// The place of one offset in `text`.
inline text_position locate_offset(std::string_view text, std::size_t offset) {
  text_position position;
  locate_offsets(text, &offset, 1, &position);
  return position;
}

/// The place of each error's offset in `text` (the input it was parsed from), in the errors'
/// order: the errors a result kept, so a capped list costs only what it shows.
inline std::vector<text_position> locate_errors(std::string_view text, const std::vector<error>& errors) {
  std::vector<std::size_t> offsets;
  offsets.reserve(errors.size());
  for (const error& e : errors) offsets.push_back(e.offset);
  return locate_offsets(text, offsets);
}

} // namespace invite

#endif // INVITE_CODEC_TEXT_POSITION_HPP_INCLUDED
