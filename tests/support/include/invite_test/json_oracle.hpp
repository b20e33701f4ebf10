#ifndef INVITE_TEST_JSON_ORACLE_HPP_INCLUDED
#define INVITE_TEST_JSON_ORACLE_HPP_INCLUDED

// A JSON well-formedness check written to be obviously right rather than fast: recursive
// descent over the RFC 8259 grammar, one function per production. Tests hold the library's
// invalid_json verdict against it, so it shares no code with the library and no dependency.
// The fuzz targets' second opinion, simdjson's DOM (dom_oracle.hpp), is a parser of another
// design; two independent oracles make a wrong verdict that both share unlikely.
//
// The contract's reading of RFC 8259: UTF-8 only (no overlongs, no encoded surrogates, nothing
// above U+10FFFF), no byte-order mark, escapes must form valid UTF-16 (no lone surrogates),
// numbers of any magnitude are well-formed, at most 1024 nested arrays/objects, and nothing but
// whitespace after the one value.
//
// It also says where an ill-formed text stops being JSON, to hold invalid_json's offset to. Every
// production reads one byte at a time and fails without consuming the byte it cannot take, so
// the position at a failure is the length of the longest prefix that some continuation could
// still make well-formed. The contract's "the byte where the text stops being JSON" leaves open
// where within a token that is; the library names the token's first byte (a number or literal,
// an escape, a UTF-8 sequence), so the start of the token in progress is tracked alongside.

#include <invite_test/contract_rules.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace invite_test {
namespace detail {

class json_validator {
public:
  explicit json_validator(std::string_view text) noexcept : text_(text) {}

  bool document() noexcept {
    skip_whitespace();
    if (!value(0)) {
      return false;
    }
    skip_whitespace();
    return at_end();
  }

  /// After document() said false: the length of the longest prefix that can still be continued.
  std::size_t stop() const noexcept { return position_; }

  /// After document() said false: where the token broken at stop() starts, or stop() itself.
  std::size_t broken_token_start() const noexcept { return in_token_ ? token_start_ : position_; }

private:
  bool at_end() const noexcept { return position_ >= text_.size(); }

  // Reads as -1 past the end so that no comparison with a real byte can succeed there.
  int peek() const noexcept {
    return position_ < text_.size() ? static_cast<unsigned char>(text_[position_]) : -1;
  }

  bool consume(char expected) noexcept {
    if (peek() != static_cast<unsigned char>(expected)) {
      return false;
    }
    ++position_;
    return true;
  }

  static bool is_whitespace(int c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  void skip_whitespace() noexcept {
    while (is_whitespace(peek())) {
      ++position_;
    }
  }

  void begin_token() noexcept {
    token_start_ = position_;
    in_token_ = true;
  }

  void end_token() noexcept { in_token_ = false; }

  // A number or a literal runs until whitespace, punctuation or a quote: 1x and truex are each
  // one broken token, while in 1"a" the number is whole and the string misplaced.
  bool at_token_boundary() const noexcept {
    const int c = peek();
    return c < 0 || is_whitespace(c) || std::string_view("{}[],:\"").find(static_cast<char>(c)) != std::string_view::npos;
  }

  bool literal(std::string_view word) noexcept {
    for (const char expected : word) {
      if (!consume(expected)) {
        return false;
      }
    }
    return true;
  }

  // depth counts the arrays and objects that enclose this value.
  bool value(std::size_t depth) noexcept {
    switch (peek()) {
    case '{':
      return object(depth + 1);
    case '[':
      return array(depth + 1);
    case '"':
      return string();
    default:
      break;
    }
    begin_token();
    const int first = peek();
    const bool read = first == 't' ? literal("true") : first == 'f' ? literal("false") : first == 'n' ? literal("null") : number();
    if (!read || !at_token_boundary()) {
      return false;
    }
    end_token();
    return true;
  }

  bool object(std::size_t depth) noexcept {
    if (depth > max_nesting_depth) {
      return false;
    }
    consume('{');
    skip_whitespace();
    if (consume('}')) {
      return true;
    }
    for (;;) {
      skip_whitespace();
      if (!string()) {
        return false;
      }
      skip_whitespace();
      if (!consume(':')) {
        return false;
      }
      skip_whitespace();
      if (!value(depth)) {
        return false;
      }
      skip_whitespace();
      if (consume('}')) {
        return true;
      }
      if (!consume(',')) {
        return false;
      }
    }
  }

  bool array(std::size_t depth) noexcept {
    if (depth > max_nesting_depth) {
      return false;
    }
    consume('[');
    skip_whitespace();
    if (consume(']')) {
      return true;
    }
    for (;;) {
      skip_whitespace();
      if (!value(depth)) {
        return false;
      }
      skip_whitespace();
      if (consume(']')) {
        return true;
      }
      if (!consume(',')) {
        return false;
      }
    }
  }

  static bool is_digit(int c) noexcept { return c >= '0' && c <= '9'; }

  bool digits() noexcept {
    if (!is_digit(peek())) {
      return false;
    }
    while (is_digit(peek())) {
      ++position_;
    }
    return true;
  }

  // number = [ minus ] int [ frac ] [ exp ]; int = zero / ( digit1-9 *DIGIT )
  bool number() noexcept {
    consume('-');
    if (!consume('0') && !digits()) {
      return false;
    }
    if (consume('.') && !digits()) {
      return false;
    }
    if (consume('e') || consume('E')) {
      if (!consume('+')) {
        consume('-');
      }
      return digits();
    }
    return true;
  }

  static int hex_value(int c) noexcept {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  // Takes one hex digit whose value is within [low, high] into unit.
  bool hex_digit(int low, int high, long& unit) noexcept {
    const int digit = hex_value(peek());
    if (digit < low || digit > high) {
      return false;
    }
    unit = unit * 16 + digit;
    ++position_;
    return true;
  }

  static bool is_high_surrogate(long unit) noexcept { return unit >= 0xD800 && unit <= 0xDBFF; }

  // Digit by digit, so that a failure is at the first digit no valid escape can have there: a
  // character cannot start with a low surrogate (\uDC00-\uDFFF), and a high surrogate must be
  // followed at once by a low one.
  bool escape() noexcept {
    switch (peek()) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      ++position_;
      return true;
    case 'u':
      break;
    default:
      return false;
    }
    ++position_;
    long unit = 0;
    if (!hex_digit(0, 15, unit) || !hex_digit(0, unit == 0xD ? 0xB : 15, unit) || !hex_digit(0, 15, unit) ||
        !hex_digit(0, 15, unit)) {
      return false;
    }
    if (!is_high_surrogate(unit)) {
      return true;
    }
    long low = 0;
    return consume('\\') && consume('u') && hex_digit(0xD, 0xD, low) && hex_digit(0xC, 0xF, low) &&
           hex_digit(0, 15, low) && hex_digit(0, 15, low);
  }

  bool continuation_in(int low, int high) noexcept {
    const int c = peek();
    if (c < low || c > high) {
      return false;
    }
    ++position_;
    return true;
  }

  // The well-formed UTF-8 byte sequences of Unicode's table 3-7, at the lead byte.
  bool utf8_sequence() noexcept {
    const int lead = peek();
    if (lead < 0xC2 || lead > 0xF4) { // a continuation byte, an overlong lead, or above U+10FFFF
      return false;
    }
    ++position_;
    if (lead <= 0xDF) {
      return continuation_in(0x80, 0xBF);
    }
    if (lead == 0xE0) {
      return continuation_in(0xA0, 0xBF) && continuation_in(0x80, 0xBF);
    }
    if (lead == 0xED) {
      return continuation_in(0x80, 0x9F) && continuation_in(0x80, 0xBF);
    }
    if (lead <= 0xEF) {
      return continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF);
    }
    if (lead == 0xF0) {
      return continuation_in(0x90, 0xBF) && continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF);
    }
    if (lead <= 0xF3) {
      return continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF);
    }
    return continuation_in(0x80, 0x8F) && continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF);
  }

  bool string() noexcept {
    if (!consume('"')) {
      return false;
    }
    for (;;) {
      const int c = peek();
      if (c < 0x20) { // the end of the input (-1) or a raw control character
        return false;
      }
      if (c == '"') {
        ++position_;
        return true;
      }
      if (c == '\\') {
        begin_token();
        ++position_;
        if (!escape()) {
          return false;
        }
        end_token();
      } else if (c >= 0x80) {
        begin_token();
        if (!utf8_sequence()) {
          return false;
        }
        end_token();
      } else {
        ++position_;
      }
    }
  }

  std::string_view text_;
  std::size_t position_ = 0;
  std::size_t token_start_ = 0;
  bool in_token_ = false;
};

} // namespace detail

/// True exactly when text is one well-formed JSON text as the contract reads RFC 8259.
inline bool is_well_formed_json(std::string_view text) noexcept {
  return detail::json_validator(text).document();
}

/// Where an ill-formed text stops being JSON.
struct json_stop {
  /// The length of the longest prefix of the text that some continuation makes well-formed: the
  /// first byte past which none does, or the text's size when the text is an unfinished prefix.
  std::size_t stop = 0;
  /// The first byte of the token that stop breaks: a number or literal (a token runs until
  /// whitespace, punctuation or a quote), an escape (a surrogate pair is one), or a UTF-8
  /// sequence; stop itself when it breaks none. An encoding error thus comes before the grammar
  /// error it causes ("\xC3(" breaks at "(", its sequence starts at "\xC3").
  std::size_t broken_token_start = 0;

  friend bool operator==(const json_stop& a, const json_stop& b) noexcept {
    return a.stop == b.stop && a.broken_token_start == b.broken_token_start;
  }
};

/// Where text stops being JSON, or nullopt when it is one well-formed JSON text.
inline std::optional<json_stop> where_json_stops(std::string_view text) noexcept {
  detail::json_validator validator(text);
  if (validator.document()) {
    return std::nullopt;
  }
  return json_stop{validator.stop(), validator.broken_token_start()};
}

} // namespace invite_test

#endif // INVITE_TEST_JSON_ORACLE_HPP_INCLUDED
