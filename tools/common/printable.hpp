#ifndef INVITE_TOOLS_COMMON_PRINTABLE_HPP_INCLUDED
#define INVITE_TOOLS_COMMON_PRINTABLE_HPP_INCLUDED

// Shared by the tools that write what others sent them: invite-conform's reports, invite-serve's
// problem details.

#include <string>
#include <string_view>

namespace invite_tools {

/// `text` with every byte outside printable ASCII (0x20 to 0x7E) written as \xHH, so that what a
/// peer or a file put in a message (a NUL, a control byte, half a UTF-8 character) reaches no
/// terminal, log, CI tool or JSON string as it is. Backslashes stay as they are: invite-conform's
/// reproducing commands, already printable, keep working when copied.
inline std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    constexpr char hex[] = "0123456789abcdef";
    out += "\\x";
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 0xF]);
  }
  return out;
}

} // namespace invite_tools

#endif // INVITE_TOOLS_COMMON_PRINTABLE_HPP_INCLUDED
