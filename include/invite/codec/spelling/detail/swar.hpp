#ifndef INVITE_CODEC_SPELLING_DETAIL_SWAR_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_DETAIL_SWAR_HPP_INCLUDED

// Eight bytes at a time in a 64-bit word ("SIMD within a register"): the text checks run on
// every name and e-mail of a 500-candidate request, and these keep them at a few instructions
// per eight bytes, portably and in constant expressions.

#include <cstdint>

namespace invite::detail::swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

constexpr std::uint64_t byte_at(const char* p, unsigned i) noexcept {
  return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
}

/// The eight bytes at p as a little-endian word. Spelled as one expression, not a loop, so
/// that g++ and clang++ both fuse it into a single load (g++ 12 does not fuse the loop).
constexpr std::uint64_t load(const char* p) noexcept {
  return byte_at(p, 0) | byte_at(p, 1) | byte_at(p, 2) | byte_at(p, 3) | byte_at(p, 4) |
         byte_at(p, 5) | byte_at(p, 6) | byte_at(p, 7);
}

/// The first `count` (< 8) bytes at p, the rest zero; at most three loads, none past p + count.
constexpr std::uint64_t load_partial(const char* p, unsigned count) noexcept {
  std::uint64_t word = 0;
  unsigned at = 0;
  if ((count & 4u) != 0) {
    word = byte_at(p, 0) | byte_at(p, 1) | byte_at(p, 2) | byte_at(p, 3);
    at = 4;
  }
  if ((count & 2u) != 0) {
    word |= (byte_at(p + at, 0) | byte_at(p + at, 1)) << (8 * at);
    at += 2;
  }
  if ((count & 1u) != 0) word |= byte_at(p + at, 0) << (8 * at);
  return word;
}

/// All bits of the first `count` (<= 8) bytes set: a mask for a partial word.
constexpr std::uint64_t first_bytes(unsigned count) noexcept {
  return count >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * count)) - 1u;
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
constexpr std::uint64_t ascii_lower_bytes(std::uint64_t word) noexcept {
  const std::uint64_t heptets = word & ~highs;
  const std::uint64_t at_least_a = heptets + ones * (0x80 - 'A');
  const std::uint64_t beyond_z = heptets + ones * (0x80 - 'Z' - 1);
  const std::uint64_t upper = at_least_a & ~beyond_z & ~word & highs;
  return word | (upper >> 2);
}

} // namespace invite::detail::swar

#endif // INVITE_CODEC_SPELLING_DETAIL_SWAR_HPP_INCLUDED
