// detail/decimal_digits.hpp: the digit count and the digits, eight at a time, held against
// std::to_chars at every digit count, sign and integer width.

#include <invite/codec/detail/decimal_digits.hpp>

#include <catch2/catch.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

template <class Integer>
std::string expected_text(Integer value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  return std::string(digits, end);
}

// What write_decimal writes, into a buffer with exactly decimal_store_overrun bytes of room
// after the text (a sanitizer sees a store past that), checked against its own decimal_size.
template <class Integer>
std::string written_text(Integer value) {
  const std::size_t size = invite::detail::decimal_size(value);
  std::vector<char> buffer(size + invite::detail::decimal_store_overrun);
  const char* end = invite::detail::write_decimal(buffer.data(), value);
  return std::string(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

// Around every power of ten a type holds, its limits, and values with zeros inside.
template <class Integer>
std::vector<Integer> values_to_try() {
  using limits = std::numeric_limits<Integer>;
  std::vector<Integer> values = {limits::min(), limits::max(), Integer{0}, Integer{1}, Integer{9}, Integer{10}};
  for (std::uint64_t power = 1; power <= static_cast<std::uint64_t>(limits::max()); power *= 10) {
    for (const std::uint64_t near : {power - 1, power, power + 1, power * 2 - 1, power * 9 + 1}) {
      if (near <= static_cast<std::uint64_t>(limits::max())) {
        values.push_back(static_cast<Integer>(near));
        if constexpr (limits::is_signed) values.push_back(static_cast<Integer>(-static_cast<Integer>(near)));
      }
    }
    if (power > static_cast<std::uint64_t>(limits::max()) / 10) break;
  }
  return values;
}

template <class Integer>
void check_every_value_to_try() {
  for (const Integer value : values_to_try<Integer>()) {
    INFO(expected_text(value));
    CHECK(invite::detail::decimal_size(value) == expected_text(value).size());
    CHECK(written_text(value) == expected_text(value));
  }
}

} // namespace

TEST_CASE("the lane divisions are exact for every value a lane holds", "[decimal]") {
  for (std::uint64_t x = 0; x < 10000; ++x) REQUIRE((x * 10486) >> 20 == x / 100);
  for (std::uint64_t x = 0; x < 100; ++x) REQUIRE((x * 103) >> 10 == x / 10);
}

TEST_CASE("split_eight_digits puts the digits in the bytes, the first lowest", "[decimal]") {
  static_assert(invite::detail::split_eight_digits(12345678) == 0x0807060504030201ULL);
  static_assert(invite::detail::split_eight_digits(0) == 0);
  static_assert(invite::detail::split_eight_digits(99999999) == 0x0909090909090909ULL);
  std::mt19937 random(20261128);
  std::uniform_int_distribution<std::uint32_t> below_1e8(0, 99999999);
  for (int i = 0; i < 200000; ++i) {
    const std::uint32_t value = below_1e8(random);
    std::uint64_t expected = 0;
    std::uint32_t rest = value;
    for (int digit = 7; digit >= 0; --digit) {
      expected |= std::uint64_t{rest % 10} << (8 * digit);
      rest /= 10;
    }
    INFO(value);
    REQUIRE(invite::detail::split_eight_digits(value) == expected);
  }
}

TEST_CASE("integers of every width are written exactly at every digit count and sign", "[decimal]") {
  check_every_value_to_try<std::int64_t>();
  check_every_value_to_try<std::uint64_t>();
  check_every_value_to_try<std::int32_t>();
  check_every_value_to_try<std::uint32_t>();
  check_every_value_to_try<std::int16_t>();
  check_every_value_to_try<std::uint16_t>();
  check_every_value_to_try<signed char>();
  check_every_value_to_try<unsigned char>();
}

TEST_CASE("random 64-bit integers are written exactly", "[decimal]") {
  std::mt19937_64 random(4242);
  for (int i = 0; i < 100000; ++i) {
    const std::uint64_t bits = random();
    const auto value = static_cast<std::int64_t>(bits >> (bits & 63)); // every magnitude
    INFO(value);
    REQUIRE(written_text(value) == expected_text(value));
    REQUIRE(written_text(-value) == expected_text(-value));
  }
}
