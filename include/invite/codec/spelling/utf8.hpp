#ifndef INVITE_CODEC_SPELLING_UTF8_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_UTF8_HPP_INCLUDED

#include <invite/codec/spelling/detail/swar.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace invite::spelling {

/// What the text rules need to know about a decoded string, gathered in one pass.
struct text_facts {
  std::size_t code_points = 0; // Unicode code points
  bool has_control = false;    // any of U+0000-U+001F or U+007F
  bool blank = true;           // empty, or nothing but U+0020
};

/// Facts about `utf8`, which must already be valid UTF-8 (the JSON reader guarantees it).
constexpr text_facts inspect_text(std::string_view utf8) noexcept {
  namespace swar = ::invite::detail::swar;
  const char* p = utf8.data();
  const std::size_t size = utf8.size();
  std::size_t continuation = 0;
  std::uint64_t control = 0;
  std::uint64_t non_space = 0;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    const std::uint64_t word = swar::load(p + i);
    continuation += swar::count_flags(swar::continuation_bytes(word));
    control |= swar::bytes_below(word, 0x20) | swar::zero_bytes(word ^ (swar::ones * 0x7F));
    non_space |= word ^ (swar::ones * 0x20);
  }
  if (i < size) {
    // The tail as one zero-filled word: zero bytes are not continuation bytes, and the flags
    // they would raise are masked off (a borrow only ever flags bytes above a flagged one).
    const auto rest = static_cast<unsigned>(size - i);
    const std::uint64_t word = swar::load_partial(p + i, rest);
    const std::uint64_t present = swar::first_bytes(rest);
    continuation += swar::count_flags(swar::continuation_bytes(word));
    control |= (swar::bytes_below(word, 0x20) | swar::zero_bytes(word ^ (swar::ones * 0x7F))) & present;
    non_space |= (word ^ (swar::ones * 0x20)) & present;
  }
  text_facts facts;
  facts.code_points = size - continuation;
  facts.has_control = control != 0;
  facts.blank = non_space == 0;
  return facts;
}

/// Where the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, at most
/// U+10FFFF) is, or text.size() when there is none. Only used to place an error.
inline std::size_t first_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) { ++i; continue; }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { length = 2; }
    else if (b == 0xE0) { length = 3; low = 0xA0; }
    else if (b >= 0xE1 && b <= 0xEC) { length = 3; }
    else if (b == 0xED) { length = 3; high = 0x9F; }
    else if (b >= 0xEE && b <= 0xEF) { length = 3; }
    else if (b == 0xF0) { length = 4; low = 0x90; }
    else if (b >= 0xF1 && b <= 0xF3) { length = 4; }
    else if (b == 0xF4) { length = 4; high = 0x8F; }
    else { return i; }
    if (i + length > n) return i;
    if (s[i + 1] < low || s[i + 1] > high) return i;
    for (std::size_t k = 2; k < length; ++k) {
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    }
    i += length;
  }
  return n;
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_UTF8_HPP_INCLUDED
