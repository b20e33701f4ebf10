#ifndef INVITE_CODEC_SPELLING_ASCII_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_ASCII_HPP_INCLUDED

// Case in ASCII only: e-mail domains, URL schemes and the contract's uniqueness rule compare
// letters A-Z and a-z as equal and every other byte as it is, whatever the locale.

#include <cstddef>
#include <string_view>

namespace invite::spelling {

/// A-Z as a-z; every other byte unchanged.
constexpr char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Equal once A-Z are read as a-z (so "Ada@X.io" equals "ada@x.IO", and "\xC3\x89" does not
/// equal "\xC3\xA9").
constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_ASCII_HPP_INCLUDED
