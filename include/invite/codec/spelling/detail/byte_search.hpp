#ifndef INVITE_CODEC_SPELLING_DETAIL_BYTE_SEARCH_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_DETAIL_BYTE_SEARCH_HPP_INCLUDED

// Finding one byte value in the short runs the reader meets (names, e-mails, keys: a few dozen
// bytes). memchr pays a call and its set-up for each; here it is a few inlined instructions per
// 16 bytes with SSE2 (part of every x86-64, so it needs no -march), else 8 at a time in a word.
//
// Both read whole blocks, up to 15 bytes past `end`: callers pass ranges inside a simdjson
// input, which is followed by SIMDJSON_PADDING (64) readable bytes. Bytes past `end` never
// decide the answer.

#include <cstddef>
#include <cstdint>
#include <cstring>

#include <invite/codec/spelling/detail/sse2.hpp>

namespace invite::detail {

/// The first byte equal to `wanted` in [p, end), or `end`, eight bytes to a word. Reads up to
/// 7 bytes past `end`. The portable way; the SSE2 one below is used where it exists.
inline const char* find_byte_in_padded_words(const char* p, const char* end, char wanted) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  const std::uint64_t pattern = ones * static_cast<unsigned char>(wanted);
  for (; p < end; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    word = __builtin_bswap64(word); // the first byte lowest, as below assumes
#endif
    const std::uint64_t matches = word ^ pattern;
    // Borrows only flag bytes above a truly zero one, so the lowest flag is exact.
    std::uint64_t hits = (matches - ones) & ~matches & highs;
    const std::ptrdiff_t left = end - p;
    if (left < 8) hits &= (std::uint64_t{1} << (left * 8)) - 1u;
    if (hits != 0) return p + (__builtin_ctzll(hits) >> 3);
  }
  return end;
}

#if defined(INVITE_DETAIL_HAVE_SSE2)
/// As find_byte_in_padded_words, sixteen bytes to a block. Reads up to 15 bytes past `end`.
inline const char* find_byte_in_padded_blocks(const char* p, const char* end, char wanted) noexcept {
  const __m128i pattern = _mm_set1_epi8(wanted);
  for (; p < end; p += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto hits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, pattern)));
    const std::ptrdiff_t left = end - p;
    if (left < 16) hits &= (1u << left) - 1u;
    if (hits != 0) return p + __builtin_ctz(hits);
  }
  return end;
}
#endif

/// The first byte equal to `wanted` in [p, end), or `end`. Reads up to 15 bytes past `end`.
inline const char* find_byte_in_padded(const char* p, const char* end, char wanted) noexcept {
#if defined(INVITE_DETAIL_HAVE_SSE2)
  return find_byte_in_padded_blocks(p, end, wanted);
#else
  return find_byte_in_padded_words(p, end, wanted);
#endif
}

} // namespace invite::detail

#endif // INVITE_CODEC_SPELLING_DETAIL_BYTE_SEARCH_HPP_INCLUDED
