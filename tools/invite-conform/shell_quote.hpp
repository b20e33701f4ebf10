#ifndef INVITE_TOOLS_INVITE_CONFORM_SHELL_QUOTE_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_SHELL_QUOTE_HPP_INCLUDED

#include <string>
#include <string_view>

namespace invite_conform {

/// `text` as one word for bash, byte for byte: '...' when it is printable ASCII without a
/// quote, else $'...' with every other byte as \xHH.
inline std::string shell_quote(std::string_view text) {
  bool plain = true;
  for (unsigned char c : text) plain = plain && c >= 0x20 && c < 0x7F && c != '\'';
  if (plain) return "'" + std::string(text) + "'";
  std::string out = "$'";
  for (unsigned char c : text) {
    if (c == '\'' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xF]);
    }
  }
  out.push_back('\'');
  return out;
}

/// A printf format, single-quoted for the shell, that prints `bytes` exactly (NUL bytes too,
/// which no shell word can hold).
inline std::string printf_format(std::string_view bytes) {
  std::string out = "'";
  for (unsigned char c : bytes) {
    if (c == '%') {
      out += "%%";
    } else if (c >= 0x20 && c < 0x7F && c != '\\' && c != '\'') {
      out.push_back(static_cast<char>(c));
    } else {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xF]);
    }
  }
  out.push_back('\'');
  return out;
}

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_SHELL_QUOTE_HPP_INCLUDED
