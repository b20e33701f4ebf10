// detail/json_escape.hpp: every way of writing a string, held against a byte-by-byte reference
// at every length up to past two blocks and with each kind of byte to escape at every position;
// the escape room drawn on and grown; nothing read or written outside the bounds.

#include <invite_test/canonical_json.hpp>

#include <invite/codec/spelling/json_string.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The contract's escaping spelled out one byte at a time by the test-support library, apart
// from the library's tables.
std::string reference_quoted(std::string_view text) {
  std::string out;
  invite_test::append_canonical_string(out, text);
  return out;
}

// A room that counts how often it was asked for more, and gives `step` bytes each time.
struct counting_room {
  std::size_t spare = 0;
  std::size_t step = 5;
  int asked = 0;
  char* more(char* at) {
    ++asked;
    spare += step;
    return at;
  }
};

// Writes `text` with `write` into a heap block of exactly the written size (so a sanitizer sees
// any store past the end), from a copy of the text in a block of its exact size (so it sees any
// read outside it), and returns what was written.
template <class Write>
std::string written_by(Write write, std::string_view text) {
  const std::unique_ptr<char[]> input(new char[text.size() + 1]);
  std::memcpy(input.get(), text.data(), text.size());
  const std::string expected = reference_quoted(text);
  const std::unique_ptr<char[]> output(new char[expected.size()]);
  std::memset(output.get(), '#', expected.size());
  invite::detail::ample_room room;
  char* const end = write(output.get(), std::string_view(input.get(), text.size()), room);
  return std::string(output.get(), static_cast<std::size_t>(end - output.get()));
}

// Plain text of every length from 0 to 40, with each kind of byte to escape (and a few bytes
// that must pass: the last plain ASCII, DEL's neighbour, UTF-8) at every position.
std::vector<std::string> texts_to_try() {
  const std::string filler = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH";
  const std::string specials = {'"', '\\', '\b', '\f', '\n', '\r', '\t', '\0', '\x01', '\x1F', '\x7F', '\x20', '\x7E', '\x80', '\xC3', '\xFF', '/'};
  std::vector<std::string> texts;
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::string plain = filler.substr(0, length);
    texts.push_back(plain);
    for (std::size_t position = 0; position < length; ++position) {
      for (const char special : specials) {
        std::string text = plain;
        text[position] = special;
        texts.push_back(text);
      }
    }
  }
  texts.push_back(std::string(40, '"'));               // every byte escaped
  texts.push_back(std::string(33, '\x01'));            // every byte \u00xx
  texts.push_back("Zo\xC3\xAB \"Z\" O'Neil \\ \x7F\t"); // a realistic mixture
  return texts;
}

} // namespace

TEST_CASE("the reference escapes as the contract says", "[escape]") {
  CHECK(reference_quoted(std::string("a\"\\\b\f\n\r\t\x01\x1f\x7f\x80/", 13)) ==
        R"("a\"\\\b\f\n\r\t\u0001\u001f\u007f)" "\x80" R"(/")");
}

TEST_CASE("invite::spelling::json_string_size counts exactly what the reference writes", "[escape]") {
  for (const std::string& text : texts_to_try()) {
    INFO(reference_quoted(text));
    CHECK(invite::spelling::json_string_size(text) == reference_quoted(text).size());
  }
}

TEST_CASE("the portable string writer writes what the reference writes", "[escape]") {
  const auto write = [](char* at, std::string_view text, invite::detail::ample_room& room) {
    return invite::detail::write_json_string_portable(at, text, room);
  };
  for (const std::string& text : texts_to_try()) {
    INFO(reference_quoted(text));
    CHECK(written_by(write, text) == reference_quoted(text));
  }
}

#if defined(INVITE_DETAIL_HAVE_SSE2)
TEST_CASE("the SSE2 string writer writes what the reference writes", "[escape][sse2]") {
  const auto write = [](char* at, std::string_view text, invite::detail::ample_room& room) {
    return invite::detail::write_json_string_sse2(at, text, room);
  };
  for (const std::string& text : texts_to_try()) {
    INFO(reference_quoted(text));
    CHECK(written_by(write, text) == reference_quoted(text));
  }
}

TEST_CASE("the SSE2 block loop writes what the reference writes after any plain prefix", "[escape][sse2]") {
  for (const std::string& text : texts_to_try()) {
    const std::string expected = reference_quoted(text);
    std::string out(expected.size(), '#');
    invite::detail::ample_room room;
    out[0] = '"';
    char* end = invite::detail::write_escaped_blocks(out.data() + 1, text.data(), text.data() + text.size(), room);
    *end++ = '"';
    INFO(expected);
    CHECK(std::string_view(out.data(), static_cast<std::size_t>(end - out.data())) == expected);
  }
}
#endif

TEST_CASE("the string writer used by the writer is one of the two", "[escape]") {
  for (const std::string& text : texts_to_try()) {
    INFO(reference_quoted(text));
    const auto write = [](char* at, std::string_view t, invite::detail::ample_room& room) {
      return invite::detail::write_json_string(at, t, room);
    };
    CHECK(written_by(write, text) == reference_quoted(text));
  }
}

TEST_CASE("escapes draw on the room's spare bytes and ask for more when they run out", "[escape][room]") {
  const std::string text = std::string(20, 'a') + "\"" + std::string(20, 'b') + "\x01" + "\n";
  const std::size_t growth = 1 + 5 + 1;
  std::string out(reference_quoted(text).size(), '#');
  SECTION("enough spare room: no request") {
    counting_room room{growth};
    char* end = invite::detail::write_json_string(out.data(), text, room);
    CHECK(room.asked == 0);
    CHECK(room.spare == 0);
    CHECK(std::string_view(out.data(), static_cast<std::size_t>(end - out.data())) == reference_quoted(text));
  }
  SECTION("no spare room: one request per escape that does not fit") {
    counting_room room{0};
    char* end = invite::detail::write_json_string(out.data(), text, room);
    CHECK(room.asked == 2); // 5 bytes a time: '"' takes 1 of them, \u0001 needs 5 of the 4 left
    CHECK(std::string_view(out.data(), static_cast<std::size_t>(end - out.data())) == reference_quoted(text));
  }
  SECTION("the portable writer draws the same") {
    counting_room room{growth};
    char* end = invite::detail::write_json_string_portable(out.data(), text, room);
    CHECK(room.asked == 0);
    CHECK(room.spare == 0);
    CHECK(std::string_view(out.data(), static_cast<std::size_t>(end - out.data())) == reference_quoted(text));
  }
}

TEST_CASE("invite::spelling::append_json_string writes what the reference writes", "[escape]") {
  for (const std::string& text : texts_to_try()) {
    std::string out = "x";
    invite::spelling::append_json_string(out, text);
    CHECK(out == "x" + reference_quoted(text));
  }
}
