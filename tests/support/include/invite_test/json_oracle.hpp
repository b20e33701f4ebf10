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

#include <invite_test/contract_rules.hpp>

#include <cstddef>
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

private:
  bool at_end() const noexcept { return position_ >= text_.size(); }

  // Reads as -1 past the end so that no comparison with a real byte can succeed there.
  int peek(std::size_t ahead = 0) const noexcept {
    const std::size_t at = position_ + ahead;
    return at < text_.size() ? static_cast<unsigned char>(text_[at]) : -1;
  }

  bool consume(char expected) noexcept {
    if (peek() != static_cast<unsigned char>(expected)) {
      return false;
    }
    ++position_;
    return true;
  }

  void skip_whitespace() noexcept {
    while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r') {
      ++position_;
    }
  }

  bool literal(std::string_view word) noexcept {
    if (text_.substr(position_, word.size()) != word) {
      return false;
    }
    position_ += word.size();
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
    case 't':
      return literal("true");
    case 'f':
      return literal("false");
    case 'n':
      return literal("null");
    default:
      return number();
    }
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

  // Reads the four hex digits after "\u"; -1 when they are not there.
  long hex4() noexcept {
    long unit = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = hex_value(peek());
      if (digit < 0) {
        return -1;
      }
      unit = unit * 16 + digit;
      ++position_;
    }
    return unit;
  }

  static bool is_high_surrogate(long unit) noexcept { return unit >= 0xD800 && unit <= 0xDBFF; }
  static bool is_low_surrogate(long unit) noexcept { return unit >= 0xDC00 && unit <= 0xDFFF; }

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
    const long unit = hex4();
    if (unit < 0 || is_low_surrogate(unit)) {
      return false;
    }
    if (!is_high_surrogate(unit)) {
      return true;
    }
    if (!consume('\\') || !consume('u')) {
      return false;
    }
    return is_low_surrogate(hex4());
  }

  bool continuation_in(int low, int high) noexcept {
    const int c = peek();
    if (c < low || c > high) {
      return false;
    }
    ++position_;
    return true;
  }

  // The well-formed UTF-8 byte sequences of Unicode's table 3-7, lead byte already consumed.
  bool utf8_tail(int lead) noexcept {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return continuation_in(0x80, 0xBF);
    }
    if (lead == 0xE0) {
      return continuation_in(0xA0, 0xBF) && continuation_in(0x80, 0xBF);
    }
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
      return continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF);
    }
    if (lead == 0xED) {
      return continuation_in(0x80, 0x9F) && continuation_in(0x80, 0xBF);
    }
    if (lead == 0xF0) {
      return continuation_in(0x90, 0xBF) && continuation_in(0x80, 0xBF) &&
             continuation_in(0x80, 0xBF);
    }
    if (lead >= 0xF1 && lead <= 0xF3) {
      return continuation_in(0x80, 0xBF) && continuation_in(0x80, 0xBF) &&
             continuation_in(0x80, 0xBF);
    }
    if (lead == 0xF4) {
      return continuation_in(0x80, 0x8F) && continuation_in(0x80, 0xBF) &&
             continuation_in(0x80, 0xBF);
    }
    return false;
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
      ++position_;
      if (c == '"') {
        return true;
      }
      if (c == '\\') {
        if (!escape()) {
          return false;
        }
      } else if (c >= 0x80 && !utf8_tail(c)) {
        return false;
      }
    }
  }

  std::string_view text_;
  std::size_t position_ = 0;
};

} // namespace detail

/// True exactly when text is one well-formed JSON text as the contract reads RFC 8259.
inline bool is_well_formed_json(std::string_view text) noexcept {
  return detail::json_validator(text).document();
}

} // namespace invite_test

#endif // INVITE_TEST_JSON_ORACLE_HPP_INCLUDED
