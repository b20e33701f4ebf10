#ifndef INVITE_CODEC_DETAIL_JSON_SYNTAX_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_JSON_SYNTAX_HPP_INCLUDED

// The RFC 8259 token rules that simdjson On Demand leaves to us: it finds token boundaries and
// validates UTF-8 for the whole input, but only checks a string's escapes, a number's grammar
// or a literal's spelling when asked to convert them, and we never ask (we decode ourselves, so
// that strings land in the caller's buffers and magnitude never makes a number ill-formed).

#include <invite/codec/spelling/detail/byte_search.hpp>
#include <invite/codec/spelling/detail/swar.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace invite::detail {

/// Asked mostly of bytes that are not whitespace (the last byte of a token, the byte before a
/// ':'), so one comparison settles the common case.
constexpr bool is_json_whitespace(char c) noexcept {
  return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// The token without the whitespace simdjson's raw tokens carry up to the next structural.
constexpr std::string_view trim_trailing_whitespace(std::string_view token) noexcept {
  while (!token.empty() && is_json_whitespace(token.back())) token.remove_suffix(1);
  return token;
}

enum class number_kind : std::uint8_t { malformed, integer, fraction_or_exponent };

/// Classifies a whole token by RFC 8259's number grammar.
constexpr number_kind classify_number(std::string_view token) noexcept {
  std::size_t i = 0;
  const std::size_t n = token.size();
  if (i < n && token[i] == '-') ++i;
  if (i == n) return number_kind::malformed;
  if (token[i] == '0') {
    ++i;
  } else if (token[i] >= '1' && token[i] <= '9') {
    while (i < n && is_digit(token[i])) ++i;
  } else {
    return number_kind::malformed;
  }
  if (i == n) return number_kind::integer;
  if (token[i] == '.') {
    ++i;
    if (i == n || !is_digit(token[i])) return number_kind::malformed;
    while (i < n && is_digit(token[i])) ++i;
  }
  if (i < n && (token[i] == 'e' || token[i] == 'E')) {
    ++i;
    if (i < n && (token[i] == '+' || token[i] == '-')) ++i;
    if (i == n || !is_digit(token[i])) return number_kind::malformed;
    while (i < n && is_digit(token[i])) ++i;
  }
  return i == n ? number_kind::fraction_or_exponent : number_kind::malformed;
}

/// The value of eight ASCII digits in a little-endian word (the first digit lowest), or -1 if
/// any byte is not a digit. The digits are paired, the pairs paired and so on, in three
/// multiplications (SWAR).
constexpr std::int64_t parse_eight_digits_word(std::uint64_t word) noexcept {
  constexpr std::uint64_t nibbles = swar::ones * 0xF0, threes = swar::ones * 0x30;
  if ((word & nibbles) != threes || ((word + swar::ones * 6) & nibbles) != threes) return -1;
  std::uint64_t value = word & (swar::ones * 0x0F);
  value = (value * 10 + (value >> 8)) & 0x00FF00FF00FF00FFULL;    // 4 numbers of 2 digits
  value = (value * 100 + (value >> 16)) & 0x0000FFFF0000FFFFULL;  // 2 numbers of 4 digits
  value = (value * 10000 + (value >> 32)) & 0x00000000FFFFFFFFULL; // 1 number of 8 digits
  return static_cast<std::int64_t>(value);
}

/// The value of eight ASCII digits at p, or -1.
constexpr std::int64_t parse_eight_digits(const char* p) noexcept { return parse_eight_digits_word(swar::load(p)); }

/// The value of the `count` (1-8) ASCII digits at p, or -1, reading all eight bytes at p: the
/// digits are moved to the top of the word and '0's put below them, so one SWAR step reads a
/// short number as it reads eight digits. p must have 8 readable bytes (a padded input).
constexpr std::int64_t parse_up_to_eight_digits(const char* p, std::size_t count) noexcept {
  const unsigned missing = static_cast<unsigned>(8 - count) * 8;
  const std::uint64_t below = missing == 0 ? 0 : (swar::ones * '0') & ((std::uint64_t{1} << missing) - 1);
  return parse_eight_digits_word(missing == 0 ? swar::load(p) : (swar::load(p) << missing) | below);
}

/// read_short_integer for a literal inside a padded input (8 bytes readable past its end):
/// up to 16 digits in one or two SWAR steps, with no loop over the digits.
constexpr bool read_short_integer_padded(std::string_view literal, std::int64_t& value) noexcept {
  const bool negative = !literal.empty() && literal.front() == '-';
  if (negative) literal.remove_prefix(1);
  const std::size_t size = literal.size();
  if (size == 0 || size > 16 || (literal.front() == '0' && size > 1)) return false;
  std::int64_t magnitude = 0;
  if (size <= 8) {
    magnitude = parse_up_to_eight_digits(literal.data(), size);
  } else {
    const std::int64_t high = parse_up_to_eight_digits(literal.data(), size - 8);
    const std::int64_t low = parse_eight_digits(literal.data() + size - 8);
    magnitude = (high < 0 || low < 0) ? -1 : high * 100000000 + low;
  }
  if (magnitude < 0) return false;
  value = negative ? -magnitude : magnitude;
  return true;
}

/// The value of a plain integer literal ('-' optional, no leading zero, 1-18 digits), read in
/// one pass, eight digits at a time: the usual case. False for any other token, which
/// classify_number then judges.
constexpr bool read_short_integer(std::string_view literal, std::int64_t& value) noexcept {
  const bool negative = !literal.empty() && literal.front() == '-';
  if (negative) literal.remove_prefix(1);
  if (literal.empty() || literal.size() > 18 || (literal.front() == '0' && literal.size() > 1)) return false;
  std::uint64_t magnitude = 0;
  std::size_t i = 0;
  for (const std::size_t lead = literal.size() % 8; i < lead; ++i) {
    const auto digit = static_cast<unsigned char>(literal[i] - '0');
    if (digit > 9) return false;
    magnitude = magnitude * 10 + digit;
  }
  for (; i < literal.size(); i += 8) {
    const std::int64_t block = parse_eight_digits(literal.data() + i);
    if (block < 0) return false;
    magnitude = magnitude * 100000000 + static_cast<std::uint64_t>(block);
  }
  value = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
  return true;
}

/// The sign and magnitude of a token already classified as an integer literal; false when the
/// magnitude is beyond 2^64 - 1 (which no member type holds).
constexpr bool integer_magnitude(std::string_view literal, bool& negative, std::uint64_t& magnitude) noexcept {
  negative = literal.front() == '-';
  if (negative) literal.remove_prefix(1);
  magnitude = 0;
  for (const char c : literal) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (magnitude > (~std::uint64_t{0} - digit) / 10) return false;
    magnitude = magnitude * 10 + digit;
  }
  return true;
}

namespace string_scan {
// 1 for bytes that end the plain run of a JSON string: the quote, the backslash and the
// control characters RFC 8259 forbids unescaped.
inline constexpr std::array<std::uint8_t, 256> stops = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 1;
  table['"'] = 1;
  table['\\'] = 1;
  return table;
}();

// Each byte's value as a hex digit, or 0xFF: four lookups and no branch per \u escape.
inline constexpr std::array<std::uint8_t, 256> hex_digits = [] {
  std::array<std::uint8_t, 256> table{};
  for (auto& entry : table) entry = 0xFF;
  for (int c = 0; c < 10; ++c) table[static_cast<std::size_t>('0' + c)] = static_cast<std::uint8_t>(c);
  for (int c = 0; c < 6; ++c) {
    table[static_cast<std::size_t>('a' + c)] = static_cast<std::uint8_t>(10 + c);
    table[static_cast<std::size_t>('A' + c)] = static_cast<std::uint8_t>(10 + c);
  }
  return table;
}();

/// The value of four hex digits at p, or -1.
constexpr long read_hex4(const char* p) noexcept {
  const auto digit = [p](int i) -> unsigned { return hex_digits[static_cast<unsigned char>(p[i])]; };
  const unsigned a = digit(0), b = digit(1), c = digit(2), d = digit(3);
  if (((a | b | c | d) & 0xF0u) != 0) return -1;
  return static_cast<long>((a << 12) | (b << 8) | (c << 4) | d);
}

/// Writes the UTF-8 bytes of `cp` at `out`; returns one past them.
inline char* put_utf8(char* out, std::uint32_t cp) noexcept {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}
} // namespace string_scan

/// One escape decoded: how much input it spanned, where its bytes end, or why it is bad.
struct decoded_escape {
  std::size_t length = 0;     // bytes of input the escape spans; 0 when it is ill-formed
  char* written = nullptr;    // one past the bytes written
  const char* reason = nullptr;
};

/// Decodes the escape whose backslash is at p, reading no further than `end`, to `to` (room
/// for 4 bytes): the one place both string decoders learn RFC 8259's escapes.
inline decoded_escape decode_escape(const char* p, const char* end, char* to) noexcept {
  if (end - p < 2) return {0, to, "unterminated string"};
  const auto one = [&](char c) { *to = c; return decoded_escape{2, to + 1, nullptr}; };
  switch (p[1]) {
    case '"': return one('"');
    case '\\': return one('\\');
    case '/': return one('/');
    case 'b': return one('\b');
    case 'f': return one('\f');
    case 'n': return one('\n');
    case 'r': return one('\r');
    case 't': return one('\t');
    case 'u': break;
    default: return {0, to, "invalid escape sequence in a string"};
  }
  if (end - p < 6) return {0, to, "truncated \\u escape in a string"};
  const long unit = string_scan::read_hex4(p + 2);
  if (unit < 0) return {0, to, "invalid \\u escape in a string"};
  if (unit >= 0xDC00 && unit <= 0xDFFF) return {0, to, "lone low surrogate in a string"};
  if (unit < 0xD800 || unit > 0xDBFF) return {6, string_scan::put_utf8(to, static_cast<std::uint32_t>(unit)), nullptr};
  if (end - p < 12 || p[6] != '\\' || p[7] != 'u') return {0, to, "lone high surrogate in a string"};
  const long low = string_scan::read_hex4(p + 8);
  if (low < 0xDC00 || low > 0xDFFF) return {0, to, "lone high surrogate in a string"};
  const auto code_point = static_cast<std::uint32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
  return {12, string_scan::put_utf8(to, code_point), nullptr};
}

/// The first byte at or after `p` (before `limit`) that ends a plain run of a JSON string: a
/// quote, a backslash or a control character; `limit` when there is none. Eight bytes at a time
/// (SWAR), since names and e-mails are mostly plain runs.
inline const char* find_string_stop(const char* p, const char* limit) noexcept {
  while (limit - p >= 8) {
    // swar::load reads the first byte lowest on every machine, so the lowest flag is the first
    // stop; borrows can only flag bytes above a truly flagged one.
    const std::uint64_t word = swar::load(p);
    const std::uint64_t flags = swar::zero_bytes(word ^ (swar::ones * '"')) |
                                swar::zero_bytes(word ^ (swar::ones * '\\')) | swar::bytes_below(word, 0x20);
    if (flags != 0) return p + (__builtin_ctzll(flags) >> 3);
    p += 8;
  }
  while (p < limit && !string_scan::stops[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

/// Where decoding a JSON string stopped, and why if it failed.
struct string_decode {
  const char* end = nullptr;    // one past the closing quote; nullptr when ill-formed
  const char* problem = nullptr; // where the string is ill-formed
  const char* reason = nullptr;
};

/// Decodes the JSON string whose opening quote is at `quote` into `out` (replacing its
/// content, keeping its capacity), checking escapes, surrogate pairs and raw control
/// characters. The input's UTF-8 has already been validated. `limit` bounds the scan.
inline string_decode decode_string(const char* quote, const char* limit, std::string& out) {
  // Most strings have no escape: one scan, one copy.
  const char* p = find_string_stop(quote + 1, limit);
  out.assign(quote + 1, static_cast<std::size_t>(p - (quote + 1)));
  for (;;) {
    if (p >= limit) return {nullptr, p, "unterminated string"};
    if (*p == '"') return {p + 1, nullptr, nullptr};
    if (*p != '\\') return {nullptr, p, "unescaped control character in a string"};
    char bytes[4];
    const decoded_escape escape = decode_escape(p, limit, bytes);
    if (escape.length == 0) return {nullptr, p, escape.reason};
    out.append(bytes, static_cast<std::size_t>(escape.written - bytes));
    p += escape.length;
    const char* run = p;
    p = find_string_stop(p, limit);
    out.append(run, static_cast<std::size_t>(p - run));
  }
}


/// The closing quote of a string value from its raw token, or nullptr. simdjson's stage 1 has
/// found every string's extent before the reader starts, and a value's raw token runs from its
/// opening quote to the next structural character, so once trailing whitespace is dropped its
/// last byte is the closing quote: no scan for the end is needed.
constexpr const char* closing_quote_of(std::string_view token) noexcept {
  // Whitespace holds no quote, so a token that ends in one ends in the closing quote.
  if (token.size() >= 2 && token.back() == '"' && token.front() == '"') return token.data() + token.size() - 1;
  const std::string_view trimmed = trim_trailing_whitespace(token);
  if (trimmed.size() < 2 || trimmed.front() != '"' || trimmed.back() != '"') return nullptr;
  return trimmed.data() + trimmed.size() - 1;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_JSON_SYNTAX_HPP_INCLUDED
