#ifndef INVITE_TEST_UTF8_HPP_INCLUDED
#define INVITE_TEST_UTF8_HPP_INCLUDED

// UTF-8, and UTF-16 as JSON's \u escapes write it, by hand from Unicode's definitions: the
// reference of the contract and the fuzz checks must not borrow the library's own decoding (nor
// the testing module's: tests hold both to this), or they could not find their mistakes.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite_test {

inline void append_utf8(std::string& out, char32_t code_point) {
  const auto c = static_cast<std::uint32_t>(code_point);
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// The code point starting at utf8[at], which must be valid UTF-8; `at` moves past it.
inline char32_t next_code_point(std::string_view utf8, std::size_t& at) noexcept {
  const auto lead = static_cast<unsigned char>(utf8[at]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  std::uint32_t c = length == 1 ? lead : length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu : lead & 0x07u;
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[at + k]) & 0x3Fu);
  at += length;
  return static_cast<char32_t>(c);
}

/// The code points of `text`, or nullopt when it is not UTF-8: a bad lead or continuation byte,
/// a sequence cut short, an overlong form, an encoded surrogate or anything above U+10FFFF.
inline std::optional<std::vector<char32_t>> decode_utf8(std::string_view text) {
  std::vector<char32_t> code_points;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t c = 0;
    std::uint32_t smallest = 0; // below this, the sequence is overlong
    if (lead < 0x80) {
      length = 1, c = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2, c = lead & 0x1Fu, smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, c = lead & 0x0Fu, smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, c = lead & 0x07u, smallest = 0x10000;
    } else {
      return std::nullopt;
    }
    if (text.size() - i < length) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return std::nullopt;
      c = (c << 6) | (next & 0x3Fu);
    }
    if (c < smallest || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
    code_points.push_back(static_cast<char32_t>(c));
    i += length;
  }
  return code_points;
}

/// The UTF-16 code units of a code point: the second is 0 below U+10000, else the pair is
/// (high surrogate, low surrogate).
inline std::pair<std::uint32_t, std::uint32_t> utf16_units(char32_t code_point) noexcept {
  const auto c = static_cast<std::uint32_t>(code_point);
  if (c < 0x10000) return {c, 0};
  return {0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF)};
}

/// "\uXXXX" for one UTF-16 code unit, its hex digits in the case asked for.
inline void append_u_escape(std::string& out, std::uint32_t unit, bool uppercase) {
  const char* digits = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
}

} // namespace invite_test

#endif // INVITE_TEST_UTF8_HPP_INCLUDED
