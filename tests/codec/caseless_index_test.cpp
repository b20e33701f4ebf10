// detail/caseless_index.hpp: uniqueness ignoring ASCII case.

#include <invite/codec/detail/caseless_index.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

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

TEST_CASE("the first key, hashed only when a second arrives, is still found", "[caseless_index]") {
  std::vector<std::string> keys{"Solo@Example.com", "solo@example.COM"};
  invite::detail::caseless_index index;
  const auto key_of = [&](std::size_t i) -> std::string_view { return keys[i]; };
  CHECK(index.find_or_insert(keys[0], 0, key_of) == 0);
  CHECK(index.find_or_insert(keys[1], 1, key_of) == 0);

  keys = {"a@x", "b@x", "A@X", "B@x", "c@x"};
  index.clear();
  CHECK(index.find_or_insert(keys[0], 0, key_of) == 0);
  CHECK(index.find_or_insert(keys[1], 1, key_of) == 1);
  CHECK(index.find_or_insert(keys[2], 2, key_of) == 0);
  CHECK(index.find_or_insert(keys[3], 3, key_of) == 1);
  CHECK(index.find_or_insert(keys[4], 4, key_of) == 4);

  // A clear forgets a first key that was never hashed.
  index.clear();
  CHECK(index.find_or_insert(keys[4], 4, key_of) == 4);
  index.clear();
  CHECK(index.find_or_insert(keys[2], 2, key_of) == 2);
  CHECK(index.find_or_insert(keys[0], 0, key_of) == 2);
}

TEST_CASE("keys of every length are matched whatever the case of any one letter", "[caseless_index]") {
  // Lengths around the 8-byte words the hash reads, and a letter changed at every position.
  for (std::size_t length = 0; length <= 40; ++length) {
    std::vector<std::string> keys(3);
    for (std::size_t i = 0; i < length; ++i) keys[0] += static_cast<char>('a' + i % 26);
    keys[1] = keys[0] + "z";
    for (std::size_t position = 0; position < length; ++position) {
      CAPTURE(length, position);
      keys[2] = keys[0];
      keys[2][position] = static_cast<char>(keys[2][position] - 'a' + 'A');
      invite::detail::caseless_index index;
      const auto key_of = [&](std::size_t i) -> std::string_view { return keys[i]; };
      CHECK(index.find_or_insert(keys[0], 0, key_of) == 0);
      CHECK(index.find_or_insert(keys[1], 1, key_of) == 1);
      CHECK(index.find_or_insert(keys[2], 2, key_of) == 0);
      CHECK(invite::detail::hash_ignoring_ascii_case(keys[2]) == invite::detail::hash_ignoring_ascii_case(keys[0]));
    }
  }
}

TEST_CASE("entries of an earlier parse stay forgotten when the generation count wraps", "[caseless_index]") {
  std::vector<std::string> keys{"first@x", "second@x", "FIRST@x"};
  invite::detail::caseless_index index;
  const auto key_of = [&](std::size_t i) -> std::string_view { return keys[i]; };
  CHECK(index.find_or_insert(keys[0], 0, key_of) == 0);
  CHECK(index.find_or_insert(keys[1], 1, key_of) == 1);
  for (int i = 0; i < 70000; ++i) { // past 2^16 clears
    index.clear();
    if (i == 65534 || i == 65535 || i == 65536) {
      CAPTURE(i);
      CHECK(index.find_or_insert(keys[1], 1, key_of) == 1);
      CHECK(index.find_or_insert(keys[2], 2, key_of) == 2); // not item 0 of a forgotten parse
    }
  }
  index.clear();
  CHECK(index.find_or_insert(keys[1], 1, key_of) == 1);
  CHECK(index.find_or_insert(keys[2], 2, key_of) == 2);
}

TEST_CASE("keys that differ in any one byte, or only in length, hash apart", "[caseless_index]") {
  // Not a promise of the hash (a collision costs only a comparison), but a hash that ignores
  // some bytes (a tail, a word's high half) would put every such family in one slot.
  using invite::detail::hash_ignoring_ascii_case;
  for (std::size_t length = 0; length <= 48; ++length) {
    const std::string base(length, 'm');
    std::set<std::uint64_t> hashes{hash_ignoring_ascii_case(base), hash_ignoring_ascii_case(base + "m")};
    for (std::size_t position = 0; position < length; ++position) {
      std::string changed = base;
      changed[position] = 'n';
      hashes.insert(hash_ignoring_ascii_case(changed));
    }
    INFO(length);
    CHECK(hashes.size() == length + 2);
  }
}
