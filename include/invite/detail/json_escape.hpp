#ifndef INVITE_DETAIL_JSON_ESCAPE_HPP_INCLUDED
#define INVITE_DETAIL_JSON_ESCAPE_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <cstdint>
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

#endif // INVITE_DETAIL_JSON_ESCAPE_HPP_INCLUDED
