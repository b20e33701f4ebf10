#ifndef INVITE_CODEC_DETAIL_DECIMAL_DIGITS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_DECIMAL_DIGITS_HPP_INCLUDED

// Integers as decimal text for the writer: how many digits (to size the output), and the
// digits themselves eight at a time in a 64-bit word, so that a 19-digit id costs three short
// runs of multiplies instead of nineteen (or ten) dependent divisions.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace invite::detail {

// Decimal digits of an unsigned magnitude: the bit length gives a first guess (1233/4096 is
// just above log10(2)), a table of powers of ten corrects it.
inline std::size_t digit_count(std::uint64_t magnitude) noexcept {
  static constexpr std::uint64_t powers[] = {1ULL,
                                             10ULL,
                                             100ULL,
                                             1000ULL,
                                             10000ULL,
                                             100000ULL,
                                             1000000ULL,
                                             10000000ULL,
                                             100000000ULL,
                                             1000000000ULL,
                                             10000000000ULL,
                                             100000000000ULL,
                                             1000000000000ULL,
                                             10000000000000ULL,
                                             100000000000000ULL,
                                             1000000000000000ULL,
                                             10000000000000000ULL,
                                             100000000000000000ULL,
                                             1000000000000000000ULL,
                                             10000000000000000000ULL};
  const auto bits = static_cast<std::size_t>(64 - __builtin_clzll(magnitude | 1));
  const std::size_t guess = (bits * 1233) >> 12;
  return guess + ((magnitude | 1) >= powers[guess] ? 1 : 0); // | 1: zero has one digit
}

template <class Integer>
std::uint64_t magnitude_of(Integer value) noexcept {
  if constexpr (std::is_signed_v<Integer>) {
    return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  } else {
    return static_cast<std::uint64_t>(value);
  }
}

/// The length of `value` written in decimal.
template <class Integer>
std::size_t decimal_size(Integer value) noexcept {
  if constexpr (std::is_signed_v<Integer>) {
    return digit_count(magnitude_of(value)) + (value < 0 ? std::size_t{1} : std::size_t{0});
  } else {
    return digit_count(magnitude_of(value));
  }
}

/// The eight decimal digits of `value` (below 10^8, leading zeros included) as the numbers 0-9
/// in the bytes of a word, the first digit in the lowest byte (the one stored first). Each step
/// splits every lane of the word into a quotient lane and a remainder lane of half its width:
/// 10^4 in two 32-bit lanes, then 100 in four 16-bit lanes, then 10 in eight bytes. Dividing a
/// lane by 100 or 10 is a multiply and a shift by a reciprocal that is exact for every value a
/// lane can hold (x * 10486 >> 20 is x / 100 for x < 10^4; x * 103 >> 10 is x / 10 for x < 100),
/// and the products stay inside their lanes, so the lanes of a word are divided all at once.
constexpr std::uint64_t split_eight_digits(std::uint32_t value) noexcept {
  const std::uint64_t halves = (value / 10000) | (std::uint64_t{value % 10000} << 32);
  const std::uint64_t hundreds = ((halves * 10486) >> 20) & 0x0000007F0000007FULL;
  const std::uint64_t quarters = hundreds | ((halves - hundreds * 100) << 16);
  const std::uint64_t tens = ((quarters * 103) >> 10) & 0x000F000F000F000FULL;
  return tens | ((quarters - tens * 10) << 8);
}

/// Stores the eight bytes of `word` at `at`, the lowest first, whatever the machine's order.
inline void store_little_endian(char* at, std::uint64_t word) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // One store. Spelled byte by byte, g++ 12 assembles two such words on the stack and reloads
  // them as one 16-byte block, which stalls on the store forwarding.
  std::memcpy(at, &word, 8);
#else
  for (int i = 0; i < 8; ++i) at[i] = static_cast<char>(word >> (8 * i));
#endif
}

inline constexpr std::uint64_t ascii_zeros = 0x3030303030303030ULL;

/// Bytes write_decimal may store past the end of the digits it writes: the digits go out
/// eight at a time.
inline constexpr std::size_t decimal_store_overrun = 7;

/// `value` (below 10^8) without leading zeros, one digit for zero; stores 8 bytes.
inline char* write_leading_digits(char* at, std::uint32_t value) noexcept {
  const std::uint64_t digits = split_eight_digits(value);
  // The leading zeros are the low bytes that are zero; the last digit is always written.
  const auto zeros = static_cast<unsigned>(__builtin_ctzll(digits | (std::uint64_t{1} << 56)) >> 3);
  store_little_endian(at, (digits + ascii_zeros) >> (8 * zeros));
  return at + 8 - zeros;
}

/// `value` (below 10^8) as exactly eight digits.
inline char* write_eight_digits(char* at, std::uint32_t value) noexcept {
  store_little_endian(at, split_eight_digits(value) + ascii_zeros);
  return at + 8;
}

/// Writes `value` in decimal at `at`, storing up to decimal_store_overrun bytes past the end;
/// returns the end.
template <class Integer>
char* write_decimal(char* at, Integer value) noexcept {
  if constexpr (std::is_signed_v<Integer>) {
    *at = '-';
    at += value < 0 ? 1 : 0;
  }
  const std::uint64_t magnitude = magnitude_of(value);
  constexpr std::uint64_t e8 = 100000000ULL;
  if (magnitude < e8) return write_leading_digits(at, static_cast<std::uint32_t>(magnitude));
  if (magnitude < e8 * e8) {
    at = write_leading_digits(at, static_cast<std::uint32_t>(magnitude / e8));
    return write_eight_digits(at, static_cast<std::uint32_t>(magnitude % e8));
  }
  const std::uint64_t low16 = magnitude % (e8 * e8);
  at = write_leading_digits(at, static_cast<std::uint32_t>(magnitude / (e8 * e8)));
  at = write_eight_digits(at, static_cast<std::uint32_t>(low16 / e8));
  return write_eight_digits(at, static_cast<std::uint32_t>(low16 % e8));
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_DECIMAL_DIGITS_HPP_INCLUDED
