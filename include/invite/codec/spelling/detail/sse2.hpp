#ifndef INVITE_CODEC_SPELLING_DETAIL_SSE2_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_DETAIL_SSE2_HPP_INCLUDED

// SSE2 is part of every x86-64, so code that uses it needs no -march and no run-time dispatch;
// INVITE_DETAIL_HAVE_SSE2 says it is there. Everything that uses it has a portable twin, tested
// against it.

#if defined(__SSE2__)
#include <emmintrin.h>
#define INVITE_DETAIL_HAVE_SSE2 1
#endif

#if defined(INVITE_DETAIL_HAVE_SSE2)
namespace invite::detail::sse2 {

inline __m128i load(const char* p) noexcept { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
inline void store(char* p, __m128i block) noexcept { _mm_storeu_si128(reinterpret_cast<__m128i*>(p), block); }
inline __m128i repeat(unsigned char byte) noexcept { return _mm_set1_epi8(static_cast<char>(byte)); }
inline unsigned mask_of(__m128i lanes) noexcept { return static_cast<unsigned>(_mm_movemask_epi8(lanes)); }

/// 0xFF in the lanes whose byte equals `byte`.
inline __m128i equal_to(__m128i block, unsigned char byte) noexcept { return _mm_cmpeq_epi8(block, repeat(byte)); }

/// 0xFF in the lanes whose byte is in [low, high] (unsigned): the bytes shifted down by `low`
/// are those not above high - low.
inline __m128i in_range(__m128i block, unsigned char low, unsigned char high) noexcept {
  const __m128i shifted = _mm_sub_epi8(block, repeat(low));
  return _mm_cmpeq_epi8(_mm_min_epu8(shifted, repeat(static_cast<unsigned char>(high - low))), shifted);
}

} // namespace invite::detail::sse2
#endif

#endif // INVITE_CODEC_SPELLING_DETAIL_SSE2_HPP_INCLUDED
