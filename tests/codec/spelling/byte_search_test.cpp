// detail/byte_search.hpp: one byte value in a short range of a padded input.

#include <invite/codec/spelling/detail/byte_search.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace {

using search_function = const char* (*)(const char*, const char*, char) noexcept;

// Every way the header has to search, so that the portable one is tested on x86-64 too.
std::vector<std::pair<const char*, search_function>> searches() {
  std::vector<std::pair<const char*, search_function>> all{
      {"dispatched", &invite::detail::find_byte_in_padded},
      {"words", &invite::detail::find_byte_in_padded_words}};
#if defined(INVITE_DETAIL_HAVE_SSE2)
  all.emplace_back("blocks", &invite::detail::find_byte_in_padded_blocks);
#endif
  return all;
}

} // namespace

TEST_CASE("the first wanted byte is found at every position of ranges up to 40 bytes", "[byte_search]") {
  for (const auto& [name, find] : searches()) {
    INFO(name);
    for (std::size_t length = 0; length <= 40; ++length) {
      for (std::size_t position = 0; position < length; ++position) {
        CAPTURE(length, position);
        // 64 readable bytes after the range, as a simdjson input has.
        std::string buffer = std::string(length, 'x') + std::string(64, '\\');
        buffer[position] = '\\';
        if (position + 3 < length) buffer[position + 3] = '\\'; // a later one must not win
        const char* begin = buffer.data();
        CHECK(find(begin, begin + length, '\\') == begin + position);
      }
    }
  }
}

TEST_CASE("wanted bytes past the end of the range are not found", "[byte_search]") {
  for (const auto& [name, find] : searches()) {
    INFO(name);
    for (std::size_t length = 0; length <= 40; ++length) {
      for (std::size_t gap = 0; gap < 16; ++gap) { // a block read may see any of the 15 after
        CAPTURE(length, gap);
        const std::string buffer = std::string(length + gap, 'x') + '"' + std::string(64, 'x');
        const char* begin = buffer.data();
        CHECK(find(begin, begin + length, '"') == begin + length);
      }
    }
  }
}

TEST_CASE("a search may start anywhere, aligned or not, and finds bytes with the high bit", "[byte_search]") {
  for (const auto& [name, find] : searches()) {
    INFO(name);
    std::string buffer = std::string(48, 'x') + std::string(64, 'y');
    buffer[5] = '\xE9';
    buffer[37] = '\xE9';
    const char* begin = buffer.data();
    for (std::size_t start = 0; start <= 5; ++start) {
      CHECK(find(begin + start, begin + 48, '\xE9') == begin + 5);
    }
    for (std::size_t start = 6; start <= 37; ++start) {
      CAPTURE(start);
      CHECK(find(begin + start, begin + 48, '\xE9') == begin + 37);
    }
    CHECK(find(begin + 38, begin + 48, '\xE9') == begin + 48);
  }
}
