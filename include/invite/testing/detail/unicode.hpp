#ifndef INVITE_TESTING_DETAIL_UNICODE_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_UNICODE_HPP_INCLUDED

// UTF-8, and UTF-16 as JSON's \u escapes write it, by hand from Unicode's definitions: what the
// testing module writes must not borrow the library's own decoding or escaping, or it could not
// find their mistakes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace invite::testing::detail {

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

/// The length of the UTF-8 sequence that `lead` starts (valid UTF-8 assumed).
constexpr std::size_t utf8_length(unsigned char lead) noexcept {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/// The code point starting at utf8[at], which must be valid UTF-8; `at` moves past it.
inline char32_t next_code_point(std::string_view utf8, std::size_t& at) noexcept {
  const auto lead = static_cast<unsigned char>(utf8[at]);
  const std::size_t length = utf8_length(lead);
  std::uint32_t c = length == 1 ? lead : length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu : lead & 0x07u;
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[at + k]) & 0x3Fu);
  at += length;
  return static_cast<char32_t>(c);
}

/// Code points in valid UTF-8: the bytes that do not continue a sequence.
inline std::size_t code_point_count(std::string_view utf8) noexcept {
  std::size_t count = 0;
  for (const char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
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

constexpr char ascii_lowercase(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr char ascii_uppercase(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

inline std::string ascii_lowercase_copy(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lowercase(c);
  return out;
}

/// Appends "/" and one RFC 6901 reference token ("~" written "~0", "/" written "~1").
inline void append_pointer_token(std::string& path, std::string_view token) {
  path += '/';
  for (const char c : token) {
    if (c == '~') {
      path += "~0";
    } else if (c == '/') {
      path += "~1";
    } else {
      path += c;
    }
  }
}

/// A JSON string literal of any bytes, for reports and corpus files: '"', '\' and the control
/// characters escaped, UTF-8 sequences as they are, and a byte that starts no sequence written as
/// \u00XX of its value, so that the report stays one JSON text whatever the input held.
inline void append_json_string_literal(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += static_cast<char>(byte);
      ++at;
      continue;
    }
    if (byte < 0x20 || byte == 0x7F) {
      append_u_escape(out, byte, false);
      ++at;
      continue;
    }
    if (byte < 0x80) {
      out += static_cast<char>(byte);
      ++at;
      continue;
    }
    // Copy a whole well-formed sequence, else stand in for the one byte.
    const std::size_t length = byte >= 0xC2 && byte <= 0xF4 ? utf8_length(byte) : 0;
    bool whole = length > 1 && at + length <= text.size();
    for (std::size_t k = 1; whole && k < length; ++k) whole = (static_cast<unsigned char>(text[at + k]) & 0xC0) == 0x80;
    if (whole) {
      out.append(text.substr(at, length));
      at += length;
    } else {
      append_u_escape(out, byte, false);
      ++at;
    }
  }
  out += '"';
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_UNICODE_HPP_INCLUDED
