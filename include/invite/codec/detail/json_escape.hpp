#ifndef INVITE_CODEC_DETAIL_JSON_ESCAPE_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_JSON_ESCAPE_HPP_INCLUDED

#include <invite/detail/swar.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace invite::detail {

namespace escape_table {
// For each byte: 0 when it is written as is, else the letter of its short escape, or 'u' for
// \u00xx. The contract escapes '"', '\\', U+0000-U+001F and U+007F, nothing else.
inline constexpr std::array<char, 256> codes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 'u';
  table[0x7F] = 'u';
  table['"'] = '"';
  table['\\'] = '\\';
  table['\b'] = 'b';
  table['\f'] = 'f';
  table['\n'] = 'n';
  table['\r'] = 'r';
  table['\t'] = 't';
  return table;
}();
} // namespace escape_table

/// High bit set in (at least the lowest of) the bytes of `word` that the contract escapes.
constexpr std::uint64_t bytes_to_escape(std::uint64_t word) noexcept {
  return swar::bytes_below(word, 0x20) | swar::zero_bytes(word ^ (swar::ones * '"')) |
         swar::zero_bytes(word ^ (swar::ones * '\\')) | swar::zero_bytes(word ^ (swar::ones * 0x7F));
}

/// The length of `text` written as a quoted JSON string.
inline std::size_t json_string_size(std::string_view text) noexcept {
  using escape_table::codes;
  std::size_t size = text.size() + 2;
  const char* p = text.data();
  const char* const end = p + text.size();
  for (; end - p >= 8; p += 8) {
    if (bytes_to_escape(swar::load(p)) == 0) continue;
    for (int i = 0; i < 8; ++i) {
      const char code = codes[static_cast<unsigned char>(p[i])];
      size += code == 0 ? 0 : code == 'u' ? 5 : 1;
    }
  }
  for (; p < end; ++p) {
    const char code = codes[static_cast<unsigned char>(*p)];
    size += code == 0 ? 0 : code == 'u' ? 5 : 1;
  }
  return size;
}

/// Writes `text` as a quoted JSON string at `out`, which has json_string_size(text) bytes of
/// room; returns the end.
inline char* write_json_string(char* out, std::string_view text) noexcept {
  using escape_table::codes;
  *out++ = '"';
  const char* p = text.data();
  const char* const end = p + text.size();
  for (;;) {
    const char* run = p;
    while (end - p >= 8 && bytes_to_escape(swar::load(p)) == 0) p += 8;
    while (p < end && codes[static_cast<unsigned char>(*p)] == 0) ++p;
    std::memcpy(out, run, static_cast<std::size_t>(p - run));
    out += p - run;
    if (p == end) break;
    const auto byte = static_cast<unsigned char>(*p++);
    const char code = codes[byte];
    *out++ = '\\';
    if (code == 'u') {
      constexpr char hex[] = "0123456789abcdef";
      *out++ = 'u';
      *out++ = '0';
      *out++ = '0';
      *out++ = hex[byte >> 4];
      *out++ = hex[byte & 0xF];
    } else {
      *out++ = code;
    }
  }
  *out++ = '"';
  return out;
}

/// Appends `text` as a quoted JSON string in the contract's canonical escaping.
inline void append_json_string(std::string& out, std::string_view text) {
  using escape_table::codes;
  out.push_back('"');
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p < end) {
    const char* run = p;
    while (p < end && codes[static_cast<unsigned char>(*p)] == 0) ++p;
    out.append(run, static_cast<std::size_t>(p - run));
    if (p == end) break;
    const char code = codes[static_cast<unsigned char>(*p)];
    if (code == 'u') {
      constexpr char hex[] = "0123456789abcdef";
      const auto byte = static_cast<unsigned char>(*p);
      const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
      out.append(escaped, sizeof escaped);
    } else {
      const char escaped[] = {'\\', code};
      out.append(escaped, sizeof escaped);
    }
    ++p;
  }
  out.push_back('"');
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_JSON_ESCAPE_HPP_INCLUDED
