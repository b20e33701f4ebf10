#include <invite/codec/spelling/ascii.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("ascii_lower folds A-Z and nothing else", "[ascii]") {
  for (int c = 0; c < 256; ++c) {
    const char byte = static_cast<char>(c);
    const bool upper = c >= 'A' && c <= 'Z';
    INFO(c);
    CHECK(invite::spelling::ascii_lower(byte) == (upper ? static_cast<char>(c + 32) : byte));
  }
}

TEST_CASE("texts equal ignoring ASCII case", "[ascii]") {
  using invite::spelling::equal_ignoring_ascii_case;
  CHECK(equal_ignoring_ascii_case("Ada@Example.COM", "ada@example.com"));
  CHECK(equal_ignoring_ascii_case("", ""));
  CHECK_FALSE(equal_ignoring_ascii_case("\xC3\x89@x", "\xC3\xA9@x")); // É and é: not ASCII
  CHECK_FALSE(equal_ignoring_ascii_case("a@x", "a@x."));
  CHECK_FALSE(equal_ignoring_ascii_case("[", "{")); // 0x5B and 0x7B differ by the case bit but are not letters
  CHECK_FALSE(equal_ignoring_ascii_case("@", "`"));
}
