// detail/json_syntax.hpp: the token rules simdjson leaves to us.

#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/string_content.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <invite_test/recording_scan.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using invite::detail::classify_number;
using invite::detail::number_kind;

TEST_CASE("numbers follow RFC 8259's grammar whatever their magnitude", "[json_syntax]") {
  for (const char* integer : {"0", "-0", "7", "-12", "9223372036854775808", "123456789012345678901234567890"}) {
    CHECK(classify_number(integer) == number_kind::integer);
  }
  for (const char* other : {"0.5", "-1.0e+3", "1E400", "1e-400", "12.34E5"}) {
    CHECK(classify_number(other) == number_kind::fraction_or_exponent);
  }
  for (const char* bad : {"", "-", "+1", "01", "-01", ".5", "1.", "1e", "1e+", "0x10", "1.5.2", "Infinity", "NaN", "1 ", "--1", "1true"}) {
    INFO(bad);
    CHECK(classify_number(bad) == number_kind::malformed);
  }
}

TEST_CASE("integer literals give their sign and magnitude, or say they are beyond 2^64 - 1", "[json_syntax]") {
  using invite::detail::integer_magnitude;
  bool negative = true;
  std::uint64_t magnitude = 1;
  CHECK(integer_magnitude("18446744073709551615", negative, magnitude));
  CHECK_FALSE(negative);
  CHECK(magnitude == 18446744073709551615ULL);
  CHECK(integer_magnitude("-9223372036854775808", negative, magnitude));
  CHECK(negative);
  CHECK(magnitude == 9223372036854775808ULL);
  CHECK_FALSE(integer_magnitude("18446744073709551616", negative, magnitude));
  CHECK_FALSE(integer_magnitude("-18446744073709551616", negative, magnitude));
  CHECK_FALSE(integer_magnitude("100000000000000000000", negative, magnitude));
  CHECK(integer_magnitude("-0", negative, magnitude));
  CHECK(negative);
  CHECK(magnitude == 0);
}

namespace {
std::string decode(const std::string& quoted, const char** reason = nullptr) {
  std::string out = "stale";
  const auto result = invite::detail::decode_string(quoted.data(), quoted.data() + quoted.size(), out);
  if (reason != nullptr) *reason = result.reason;
  return result.end == nullptr ? std::string("<malformed>") : out;
}
} // namespace

TEST_CASE("strings decode every escape and reject what RFC 8259 forbids", "[json_syntax][string]") {
  CHECK(decode(R"("plain")") == "plain");
  CHECK(decode(R"("")").empty());
  CHECK(decode(R"("\"\\\/\b\f\n\r\t")") == "\"\\/\b\f\n\r\t");
  CHECK(decode(R"("\u0041\u00e9\u20AC")") == "Aé€");
  CHECK(decode(R"("\ud83d\ude00")") == "😀");
  CHECK(decode(std::string("\"\\u0000\"")) == std::string(1, '\0'));
  for (const char* bad : {R"("\ud800")", R"("\ud800x")", R"("\udc00")", R"("\ud800\u0041")", R"("\x")", R"("\u12")",
                          R"("\u12G4")", "\"tab\there\"", "\"unterminated", "\"\\"}) {
    INFO(bad);
    CHECK(decode(bad) == "<malformed>");
  }
}

namespace {
// The content between a string's quotes, decoded as the reader does: inside an input followed
// by padding (bytes that must not be read as part of the string).
std::string decode_content(const std::string& content, const char** bad_offset_holder = nullptr) {
  const std::string padded = content + std::string(64, '\\');
  std::string out = "stale, and longer than any content here";
  const char* bad = invite::detail::decode_string_content(padded.data(), padded.data() + content.size(), out);
  if (bad_offset_holder != nullptr) *bad_offset_holder = bad;
  if (bad != nullptr) return "<bad escape at " + std::to_string(bad - padded.data()) + ">";
  return out;
}
} // namespace

TEST_CASE("string content decodes every escape, wherever it falls", "[json_syntax][string]") {
  CHECK(decode_content("").empty());
  CHECK(decode_content("plain") == "plain");
  CHECK(decode_content(R"(\"\\\/\b\f\n\r\t)") == "\"\\/\b\f\n\r\t");
  CHECK(decode_content(R"(\u0041\u00e9\u20AC\uFFFF)") == "Aé€\xEF\xBF\xBF");
  CHECK(decode_content(R"(\ud83d\ude00\uDBFF\uDFFF)") == "😀\xF4\x8F\xBF\xBF");
  CHECK(decode_content(R"(\u0000)") == std::string(1, '\0'));
  CHECK(decode_content(R"(\u007f\u0080\u07FF\u0800)") == "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80");
  // Runs of every length before, between and after escapes, across the 16-byte blocks.
  for (std::size_t before = 0; before <= 40; before += 3) {
    for (std::size_t between = 0; between <= 20; ++between) {
      CAPTURE(before, between);
      const std::string a(before, 'a'), b(between, 'b');
      CHECK(decode_content(a + R"(\n)" + b + R"(\u00e9)" + a) == a + "\n" + b + "é" + a);
    }
  }
}

TEST_CASE("string content longer than the stack buffer decodes in place", "[json_syntax][string]") {
  std::string content, expected;
  for (int i = 0; i < 200; ++i) {
    content += R"(Zo\u00eb \"Q\" )";
    expected += "Zoë \"Q\" ";
  }
  CHECK(content.size() > 256);
  CHECK(decode_content(content) == expected);
  CHECK(decode_content(content + R"(\x)") == "<bad escape at " + std::to_string(content.size()) + ">");
}

TEST_CASE("an ill-formed escape is located at its backslash", "[json_syntax][string]") {
  for (const char* bad : {R"(\x)", R"(\u12)", R"(\u12G4)", R"(\ud800)", R"(\ud800x)", R"(\udc00)",
                          R"(\ud800\u0041)", R"(\ud800\udbff)", R"(\U0041)", R"(\)"}) {
    INFO(bad);
    CHECK(decode_content(bad) == "<bad escape at 0>");
    CHECK(decode_content(std::string("ok ") + bad) == "<bad escape at 3>");
    CHECK(decode_content(std::string(R"(\n)") + bad) == "<bad escape at 2>");
  }
}

TEST_CASE("a string token's closing quote is its last byte but whitespace", "[json_syntax][string]") {
  using invite::detail::closing_quote_of;
  const std::string token = "\"abc\" \t\r\n";
  CHECK(closing_quote_of(token) == token.data() + 4);
  const std::string empty = "\"\"";
  CHECK(closing_quote_of(empty) == empty.data() + 1);
  CHECK(closing_quote_of("\"") == nullptr);
  CHECK(closing_quote_of("\"abc") == nullptr);
  CHECK(closing_quote_of("abc\"") == nullptr);
  CHECK(closing_quote_of("") == nullptr);
}

TEST_CASE("four hex digits of either case make a code unit", "[json_syntax][string]") {
  using invite::detail::string_scan::read_hex4;
  CHECK(read_hex4("0000") == 0);
  CHECK(read_hex4("09aF") == 0x09AF);
  CHECK(read_hex4("FFFF") == 0xFFFF);
  CHECK(read_hex4("abcd") == 0xABCD);
  for (const char* bad : {"000g", "G000", "00 0", "-001", "0x12", "\xC3\xA9" "00"}) {
    INFO(bad);
    CHECK(read_hex4(bad) == -1);
  }
}

TEST_CASE("integers of 18 digits or fewer, and of more, convert exactly", "[json_syntax]") {
  using invite::detail::integer_magnitude;
  bool negative = true;
  std::uint64_t magnitude = 0;
  CHECK(integer_magnitude("999999999999999999", negative, magnitude)); // 18 digits
  CHECK(magnitude == 999999999999999999ULL);
  CHECK_FALSE(negative);
  CHECK(integer_magnitude("-999999999999999999", negative, magnitude));
  CHECK(magnitude == 999999999999999999ULL);
  CHECK(negative);
  CHECK(integer_magnitude("1000000000000000000", negative, magnitude)); // 19 digits
  CHECK(magnitude == 1000000000000000000ULL);
  CHECK(integer_magnitude("10000000000000000000", negative, magnitude)); // 20 digits
  CHECK(magnitude == 10000000000000000000ULL);
}

TEST_CASE("short integer literals are read in one pass, anything else is left to the grammar", "[json_syntax]") {
  using invite::detail::read_short_integer;
  std::int64_t value = 42;
  CHECK(read_short_integer("0", value));
  CHECK(value == 0);
  CHECK(read_short_integer("-0", value));
  CHECK(value == 0);
  CHECK(read_short_integer("7", value));
  CHECK(value == 7);
  CHECK(read_short_integer("-4503599627370496", value));
  CHECK(value == -4503599627370496LL);
  CHECK(read_short_integer("999999999999999999", value)); // 18 digits
  CHECK(value == 999999999999999999LL);
  value = 42;
  for (const char* other : {"", "-", "1000000000000000000", "01", "-01", "00", "1.0", "1e3", "+1", "1-",
                            "12a", "/", ":", "--1", " 1"}) {
    INFO(other);
    CHECK_FALSE(read_short_integer(other, value));
    CHECK(value == 42); // untouched
  }
}

TEST_CASE("eight digits convert at once, and any other byte among them is refused", "[json_syntax]") {
  using invite::detail::parse_eight_digits;
  CHECK(parse_eight_digits("00000000") == 0);
  CHECK(parse_eight_digits("12345678") == 12345678);
  CHECK(parse_eight_digits("99999999") == 99999999);
  CHECK(parse_eight_digits("90000001") == 90000001);
  static_assert(parse_eight_digits("31415926") == 31415926);
  for (std::size_t position = 0; position < 8; ++position) {
    for (const char bad : {'/', ':', ' ', 'a', '\x06', '\xF9', '\xFA', '\0', '-', '.'}) {
      std::string digits = "12345678";
      digits[position] = bad;
      CAPTURE(position, static_cast<int>(bad));
      CHECK(parse_eight_digits(digits.data()) == -1);
    }
  }
}

TEST_CASE("short integers of every length from 1 to 18 digits read exactly", "[json_syntax]") {
  using invite::detail::read_short_integer;
  std::string digits;
  std::int64_t expected = 0;
  for (int length = 1; length <= 18; ++length) {
    const int digit = (length * 7) % 10 == 0 ? 3 : (length * 7) % 10; // never a leading zero
    digits += static_cast<char>('0' + digit);
    expected = expected * 10 + digit;
    CAPTURE(digits);
    std::int64_t value = 0;
    CHECK(read_short_integer(digits, value));
    CHECK(value == expected);
    CHECK(read_short_integer("-" + digits, value));
    CHECK(value == -expected);
    for (std::size_t position = 1; position < digits.size(); ++position) {
      std::string broken = digits;
      broken[position] = 'x';
      CHECK_FALSE(read_short_integer(broken, value));
    }
  }
}

TEST_CASE("the backslash search gathers the same text facts as inspect_text, and hands scans every byte, at every length",
          "[json_syntax][string]") {
  // Texts of every length up to 70 with one special byte at every position: a continuation
  // byte pair (é), a control character, DEL, a space-only text, and a backslash that stops it.
  const auto padded = [](const std::string& text) { return text + std::string(64, '\\'); };
  for (std::size_t length = 0; length <= 70; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const std::string special : {"\xC3\xA9", "\x01", "\x7F", " ", "x"}) {
        std::string text(length, ' ');
        if (at < length) text.replace(at, 1, special);
        const std::string input = padded(text);
        invite::spelling::text_facts facts;
        const char* end = input.data() + text.size();
        std::tuple<invite_test::recording_scan, invite::detail::no_text_scan> scans;
        const char* stop = invite::detail::scan_for_backslash<true>(input.data(), end, facts, scans);
        INFO("length " << text.size() << ", special at " << at);
        REQUIRE(stop == end);
        CHECK(std::get<0>(scans).seen == text);
        CHECK(std::get<0>(scans).in_order);
        const invite::spelling::text_facts expected = invite::spelling::inspect_text(text);
        CHECK(facts.code_points == expected.code_points);
        CHECK(facts.has_control == expected.has_control);
        CHECK(facts.blank == expected.blank);
      }
      std::string with_backslash(length + 1, 'a');
      with_backslash[at] = '\\';
      const std::string input = padded(with_backslash);
      invite::spelling::text_facts ignored;
      std::tuple<> no_scans;
      CHECK(invite::detail::scan_for_backslash<false>(input.data(), input.data() + with_backslash.size(), ignored,
                                                      no_scans) == input.data() + at);
    }
  }
}

TEST_CASE("copies from padded input move exactly the bytes asked for", "[json_syntax][string]") {
  std::string source;
  for (int i = 0; i < 300; ++i) source.push_back(static_cast<char>('A' + i % 26));
  for (std::size_t size = 0; size <= 280; ++size) {
    std::string target(300, '.');
    invite::detail::copy_from_padded(&target[0], source.data(), size);
    INFO(size);
    CHECK(target.compare(0, size, source, 0, size) == 0);
    CHECK(target.find_first_not_of('.', size) == std::string::npos);
  }
}

TEST_CASE("string content keeps a reused string's length, and its facts when asked", "[json_syntax][string]") {
  const std::string input = std::string("Ad\\u00e9le Zola\"") + std::string(64, ' ');
  const char* end = input.data() + input.find('"');
  std::string out = "Ad\xC3\xA9le Zola";
  std::tuple<> no_scans;
  const auto escaped = invite::detail::read_string_content<true>(input.data(), end, out, no_scans);
  CHECK(escaped.bad == nullptr);
  CHECK(escaped.escaped);
  REQUIRE(escaped.facts_known);
  CHECK(escaped.facts.code_points == 10); // é is one code point of two bytes
  CHECK(out == "Ad\xC3\xA9le Zola");
  const std::string plain_input = std::string("Grace Hopper\"") + std::string(64, ' ');
  const auto plain =
      invite::detail::read_string_content<true>(plain_input.data(), plain_input.data() + 12, out, no_scans);
  CHECK_FALSE(plain.escaped);
  REQUIRE(plain.facts_known);
  CHECK(plain.facts.code_points == 12);
  CHECK_FALSE(plain.facts.blank);
  CHECK(out == "Grace Hopper");
}

TEST_CASE("escaped text has the facts of its decoding, at every length and position", "[json_syntax][string]") {
  // One escape (a control character, DEL, a two-byte letter, a four-byte emoji, a space) at
  // every position of texts up to 300 bytes: short ones have their facts gathered while
  // decoding, long ones (past the stack buffer) leave them to the rules.
  const std::vector<std::pair<std::string, std::string>> escapes{
      {R"(\n)", "\n"}, {R"(\u007F)", "\x7F"}, {R"(\u00e9)", "\xC3\xA9"}, {R"(\ud83d\ude00)", "\xF0\x9F\x98\x80"}, {R"(\u0020)", " "}};
  for (std::size_t length : {std::size_t{0}, std::size_t{1}, std::size_t{15}, std::size_t{16}, std::size_t{17},
                             std::size_t{40}, std::size_t{240}, std::size_t{300}}) {
    for (std::size_t at = 0; at <= length; at += length < 20 ? 1 : 37) {
      for (const auto& [spelled, decoded] : escapes) {
        for (const char filler : {' ', 'x'}) {
          const std::string raw = std::string(at, filler) + spelled + std::string(length - at, filler);
          const std::string expected_text = std::string(at, filler) + decoded + std::string(length - at, filler);
          const std::string input = raw + std::string(64, '"');
          std::string out = "stale";
          std::tuple<> no_scans;
          const auto read =
              invite::detail::read_string_content<true>(input.data(), input.data() + raw.size(), out, no_scans);
          INFO("length " << length << ", escape " << spelled << " at " << at << ", filler '" << filler << "'");
          REQUIRE(read.bad == nullptr);
          CHECK(out == expected_text);
          CHECK(read.facts_known == (raw.size() <= 256));
          if (!read.facts_known) continue;
          const invite::spelling::text_facts expected = invite::spelling::inspect_text(expected_text);
          CHECK(read.facts.code_points == expected.code_points);
          CHECK(read.facts.has_control == expected.has_control);
          CHECK(read.facts.blank == expected.blank);
        }
      }
    }
  }
}

TEST_CASE("short integers in a padded input read in one or two steps, whatever follows them", "[json_syntax]") {
  using invite::detail::read_short_integer_padded;
  // Each literal is followed by bytes that would change the value if they were read as digits.
  const auto padded = [](const std::string& literal) { return literal + "98765432"; };
  std::string digits;
  for (std::size_t length = 1; length <= 16; ++length) {
    digits.push_back(static_cast<char>('1' + (length * 7) % 9));
    for (const std::string& literal : {digits, "-" + digits}) {
      const std::string input = padded(literal);
      std::int64_t value = 0;
      INFO(literal);
      REQUIRE(read_short_integer_padded(std::string_view(input.data(), literal.size()), value));
      CHECK(value == std::stoll(literal));
    }
    // A non-digit at any position is refused.
    for (std::size_t at = 0; at < length; ++at) {
      std::string broken = digits;
      broken[at] = at % 2 == 0 ? '.' : 'e';
      const std::string input = padded(broken);
      std::int64_t value = 0;
      INFO(broken);
      CHECK_FALSE(read_short_integer_padded(std::string_view(input.data(), broken.size()), value));
    }
  }
  std::int64_t value = 0;
  const std::string zero = padded("0"), minus_zero = padded("-0"), leading = padded("012"), long_one = padded("12345678901234567");
  CHECK(read_short_integer_padded(std::string_view(zero.data(), 1), value));
  CHECK(value == 0);
  CHECK(read_short_integer_padded(std::string_view(minus_zero.data(), 2), value));
  CHECK(value == 0);
  CHECK_FALSE(read_short_integer_padded(std::string_view(leading.data(), 3), value));
  CHECK_FALSE(read_short_integer_padded(std::string_view(long_one.data(), 17), value)); // left to the general way
  CHECK_FALSE(read_short_integer_padded(std::string_view(zero.data(), 0), value));
}

TEST_CASE("the plain-run search stops at the first quote, backslash or control byte, at every position", "[json_syntax][string]") {
  // Against a byte-by-byte reference; the word-at-a-time loop reads its words first byte lowest,
  // so this also holds it on a big-endian machine (scripts/cross-test.sh runs it on s390x).
  const auto reference = [](const char* p, const char* limit) {
    while (p < limit && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20) ++p;
    return p;
  };
  for (std::size_t length = 0; length <= 40; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const char stop : {'"', '\\', '\x00', '\x1F', '\n'}) {
        std::string text(length, 'a');
        for (std::size_t i = 0; i < length; ++i) text[i] = static_cast<char>(i % 2 ? '\x80' + i : 'A' + i % 26);
        if (at < length) text[at] = stop;
        CAPTURE(length, at, static_cast<int>(stop));
        const char* begin = text.data();
        CHECK(invite::detail::find_string_stop(begin, begin + length) == reference(begin, begin + length));
      }
    }
  }
}
