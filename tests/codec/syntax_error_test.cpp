// detail/syntax_error.hpp: the exact byte, and the reason, where a text stops being JSON.

#include <invite/codec/detail/syntax_error.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using invite::detail::find_syntax_error;

TEST_CASE("the offset names the first byte that breaks the text", "[syntax_error]") {
  // Offsets counted by hand from each text.
  const std::vector<std::pair<std::string, std::size_t>> cases = {
      {"", 0},             {"   ", 3},          {"{", 1},            {"{\"a\" 1}", 5},   {"{\"a\":[1", 7},
      {"[1,2", 4},         {"{\"a\":[1],,}", 9}, {"{\"a\":1}x", 7},    {"[1,]", 3},        {"{\"a\":\"\\q\"}", 6},
      {"{\"x\":tru}", 5},  {"[01]", 1},         {"{1:2}", 1},        {"[\"a\":1]", 4},   {"\xEF\xBB\xBF{}", 0},
      {"[\"\xC3\"]", 2},   {"[\"\\ud800\"]", 2}, {"[1}", 2},          {"{\"a\":1]", 6},   {"[\"a\tb\"]", 3},
  };
  for (const auto& [text, offset] : cases) {
    INFO(text);
    const auto found = find_syntax_error(text, 1024);
    REQUIRE(found.reason != nullptr);
    CHECK(found.offset == offset);
  }
}

TEST_CASE("well-formed texts have no syntax error", "[syntax_error]") {
  for (const std::string& text : std::vector<std::string>{"{}", " [ ] ", "{\"a\":[1,-0.5e+3,true,false,null,\"\\u00e9\\ud83d\\ude00\"]}", "1e400", "\"x\""}) {
    INFO(text);
    CHECK(find_syntax_error(text, 1024).reason == nullptr);
  }
}

TEST_CASE("the depth limit counts the outermost container as level one", "[syntax_error]") {
  const auto nested = [](std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); };
  CHECK(find_syntax_error(nested(1024), 1024).reason == nullptr);
  const auto too_deep = find_syntax_error(nested(1025), 1024);
  REQUIRE(too_deep.reason != nullptr);
  CHECK(too_deep.offset == 1024);
}
