#ifndef INVITE_VALIDATORS_TEXT_HPP_INCLUDED
#define INVITE_VALIDATORS_TEXT_HPP_INCLUDED

#include <cstddef>
#include <string_view>

namespace invite::validators {

/// What the text rules need to know about a decoded string, gathered in one pass.
struct text_facts {
  std::size_t code_points = 0; // Unicode code points
  bool has_control = false;    // any of U+0000-U+001F or U+007F
  bool blank = true;           // empty, or nothing but U+0020
};

/// Facts about `utf8`, which must already be valid UTF-8 (the JSON reader guarantees it).
constexpr text_facts inspect_text(std::string_view utf8) noexcept {
  // Branch-free byte arithmetic rather than a lookup table: the compilers vectorize this loop,
  // and every class here is a range or a single value.
  std::size_t lead_bytes = 0;
  unsigned control = 0;
  unsigned non_space = 0;
  for (const char ch : utf8) {
    const auto byte = static_cast<unsigned char>(ch);
    lead_bytes += static_cast<std::size_t>((byte & 0xC0u) != 0x80u);
    control |= static_cast<unsigned>(byte < 0x20u) | static_cast<unsigned>(byte == 0x7Fu);
    non_space |= static_cast<unsigned>(byte != 0x20u);
  }
  text_facts facts;
  facts.code_points = lead_bytes;
  facts.has_control = control != 0;
  facts.blank = non_space == 0;
  return facts;
}

} // namespace invite::validators

#endif // INVITE_VALIDATORS_TEXT_HPP_INCLUDED
