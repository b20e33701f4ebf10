#ifndef INVITE_VALIDATORS_TEXT_HPP_INCLUDED
#define INVITE_VALIDATORS_TEXT_HPP_INCLUDED

#include <invite/detail/swar.hpp>

#include <cstddef>
#include <cstdint>
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

} // namespace invite::validators

#endif // INVITE_VALIDATORS_TEXT_HPP_INCLUDED
