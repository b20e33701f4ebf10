// detail/swar.hpp: eight bytes at a time in a word.

#include <invite/codec/spelling/detail/swar.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

namespace swar = invite::detail::swar;

namespace {
std::uint64_t little_endian(const std::string& bytes) {
  std::uint64_t word = 0;
  for (std::size_t i = bytes.size(); i-- > 0;) word = (word << 8) | static_cast<unsigned char>(bytes[i]);
  return word;
}
} // namespace

TEST_CASE("load reads eight bytes, the first one lowest", "[swar]") {
  static_assert(swar::load("\x01\x02\x03\x04\x05\x06\x07\x08") == 0x0807060504030201ULL);
  const std::string bytes = "\xFF\x80" "abcdef";
  CHECK(swar::load(bytes.data()) == little_endian(bytes));
}

TEST_CASE("load_partial reads only the bytes asked for, the rest zero", "[swar]") {
  const std::string bytes = "\x81\x92\xA3\xB4\xC5\xD6\xE7\xF8";
  for (unsigned count = 0; count < 8; ++count) {
    CAPTURE(count);
    CHECK(swar::load_partial(bytes.data(), count) == little_endian(bytes.substr(0, count)));
  }
  static_assert(swar::load_partial("abc", 3) == 0x636261ULL);
}

TEST_CASE("first_bytes masks whole bytes from the lowest", "[swar]") {
  CHECK(swar::first_bytes(0) == 0);
  CHECK(swar::first_bytes(1) == 0xFFULL);
  CHECK(swar::first_bytes(7) == 0x00FFFFFFFFFFFFFFULL);
  CHECK(swar::first_bytes(8) == ~std::uint64_t{0});
}

TEST_CASE("flags: zero bytes, bytes below a limit, continuation bytes, lower case", "[swar]") {
  CHECK(swar::zero_bytes(little_endian(std::string("ab\0cdefg", 8))) == 0x0000000000800000ULL);
  CHECK(swar::zero_bytes(swar::load("abcdefgh")) == 0);
  CHECK(swar::bytes_below(swar::load("abcdefg\x1F"), 0x20) == 0x8000000000000000ULL);
  CHECK(swar::count_flags(swar::continuation_bytes(swar::load("\xC3\xA9\xE2\x82\xAC" "abc"))) == 3);
  CHECK(swar::ascii_lower_bytes(swar::load("AZaz@[`{")) == swar::load("azaz@[`{"));
}
