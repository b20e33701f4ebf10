// detail/caseless_index.hpp: uniqueness ignoring ASCII case.

#include <invite/detail/caseless_index.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("ASCII case folds, other bytes do not", "[caseless_index]") {
  using invite::detail::equal_ignoring_ascii_case;
  CHECK(equal_ignoring_ascii_case("Ada@Example.COM", "ada@example.com"));
  CHECK_FALSE(equal_ignoring_ascii_case("É@x", "é@x"));
  CHECK_FALSE(equal_ignoring_ascii_case("a@x", "a@x."));
  CHECK_FALSE(equal_ignoring_ascii_case("[", "{")); // 0x5B and 0x7B differ by the case bit but are not letters
}

TEST_CASE("the index finds the first item with an equal key, across growth", "[caseless_index]") {
  std::vector<std::string> keys;
  invite::detail::caseless_index index;
  const auto key_of = [&](std::size_t i) -> std::string_view { return keys[i]; };
  for (std::size_t i = 0; i < 5000; ++i) {
    keys.push_back("user" + std::to_string(i) + "@EXAMPLE.com");
    CHECK(index.find_or_insert(keys.back(), i, key_of) == i);
  }
  keys.push_back("USER4321@example.COM");
  CHECK(index.find_or_insert(keys.back(), keys.size() - 1, key_of) == 4321);
  index.clear();
  CHECK(index.find_or_insert(keys.back(), keys.size() - 1, key_of) == keys.size() - 1);
}
