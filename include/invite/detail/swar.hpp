#ifndef INVITE_DETAIL_SWAR_HPP_INCLUDED
#define INVITE_DETAIL_SWAR_HPP_INCLUDED

// Eight bytes at a time in a 64-bit word ("SIMD within a register"): the text checks run on
// every name and e-mail of a 500-candidate request, and these keep them at a few instructions
// per eight bytes, portably and in constant expressions.

#include <cstdint>

namespace invite::detail::swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

/// The eight bytes at p as a little-endian word (compilers turn this into one load).
constexpr std::uint64_t load(const char* p) noexcept {
  std::uint64_t word = 0;
  for (int i = 7; i >= 0; --i) word = (word << 8) | static_cast<unsigned char>(p[i]);
  return word;
}

/// The first `count` (< 8) bytes at p, the rest zero.
constexpr std::uint64_t load_partial(const char* p, unsigned count) noexcept {
  std::uint64_t word = 0;
  for (unsigned i = count; i-- > 0;) word = (word << 8) | static_cast<unsigned char>(p[i]);
  return word;
}

/// High bit set in (at least the lowest of) the bytes equal to zero.
constexpr std::uint64_t zero_bytes(std::uint64_t word) noexcept { return (word - ones) & ~word & highs; }

/// High bit set in (at least the lowest of) the bytes below `limit` (at most 0x80).
constexpr std::uint64_t bytes_below(std::uint64_t word, unsigned limit) noexcept {
  return (word - ones * limit) & ~word & highs;
}

/// High bit set in the bytes that are UTF-8 continuation bytes (10xxxxxx), exactly.
constexpr std::uint64_t continuation_bytes(std::uint64_t word) noexcept { return word & ~(word << 1) & highs; }

/// How many bytes of a flag word (only high bits set, as the functions above return) are
/// flagged. A multiply adds the bytes up: without -march, __builtin_popcount is a library call.
constexpr unsigned count_flags(std::uint64_t flags) noexcept {
  return static_cast<unsigned>(((flags >> 7) * ones) >> 56);
}

/// ASCII letters A-Z made lower case; every other byte unchanged.
constexpr std::uint64_t ascii_lower(std::uint64_t word) noexcept {
  const std::uint64_t heptets = word & ~highs;
  const std::uint64_t at_least_a = heptets + ones * (0x80 - 'A');
  const std::uint64_t beyond_z = heptets + ones * (0x80 - 'Z' - 1);
  const std::uint64_t upper = at_least_a & ~beyond_z & ~word & highs;
  return word | (upper >> 2);
}

} // namespace invite::detail::swar

#endif // INVITE_DETAIL_SWAR_HPP_INCLUDED
