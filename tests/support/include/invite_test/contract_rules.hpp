#ifndef INVITE_TEST_CONTRACT_RULES_HPP_INCLUDED
#define INVITE_TEST_CONTRACT_RULES_HPP_INCLUDED

// The contract's rules on single values, keys and literals, written from docs/contract.md alone:
// nothing here calls the library, so the library can be held against it. The reference reader,
// the tests of the generator, the fuzz targets and the benchmark's hand-rolled contenders all
// take their rules from here, so each rule and each limit is written once outside the library.
//
// The checks are plain loops that a reader can hold against the contract line by line, and
// they allocate nothing, because the benchmark's contenders run them inside timed loops.

#include <invite/invite.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace invite_test {

// ---------------------------------------------------------------------------------------------
// Limits

/// Items of `candidates` and of `invites`: at least 1, at most this many (later ones are
/// neither stored nor checked).
inline constexpr std::size_t max_items = 500;
inline constexpr std::size_t max_name_code_points = 255;
inline constexpr std::size_t max_email_local_octets = 64;
inline constexpr std::size_t max_email_octets = 254;
inline constexpr std::size_t max_email_label_octets = 63;
inline constexpr std::size_t max_link_octets = 2048;
/// Arrays and objects nested deeper than this make a document ill-formed.
inline constexpr std::size_t max_nesting_depth = 1024;
/// Ids (assessment_id, report_id, candidate_id) are integer literals from 1 to this.
inline constexpr std::int64_t max_id = 9223372036854775807;

// ---------------------------------------------------------------------------------------------
// Keys. Each object's keys are told apart by length first: no two keys of one object that share
// a length share their bytes, so one comparison decides.

enum class request_key : unsigned char { assessment_id, invite_format, expiry_date, candidates, unknown };

/// The member is key / 2 (0 name, 1 email); the alias spelling is key % 2.
enum class candidate_key : unsigned char { name, candidate_name, email, candidate_email, unknown };

enum class response_key : unsigned char { invites, unknown };

enum class invitation_key : unsigned char {
  name, email, report_id, candidate_id, assessment_id, invite_link, status, unknown
};

namespace detail {
// Only called once the lengths are known to be equal.
template <std::size_t N>
bool key_is(std::string_view key, const char (&literal)[N]) noexcept {
  return std::memcmp(key.data(), literal, N - 1) == 0;
}
} // namespace detail

inline request_key classify_request_key(std::string_view key) noexcept {
  using detail::key_is;
  switch (key.size()) {
    case 10: return key_is(key, "candidates") ? request_key::candidates : request_key::unknown;
    case 11: return key_is(key, "expiry_date") ? request_key::expiry_date : request_key::unknown;
    case 13:
      if (key_is(key, "assessment_id")) return request_key::assessment_id;
      return key_is(key, "invite_format") ? request_key::invite_format : request_key::unknown;
    default: return request_key::unknown;
  }
}

inline candidate_key classify_candidate_key(std::string_view key) noexcept {
  using detail::key_is;
  switch (key.size()) {
    case 4: return key_is(key, "name") ? candidate_key::name : candidate_key::unknown;
    case 5: return key_is(key, "email") ? candidate_key::email : candidate_key::unknown;
    case 14: return key_is(key, "candidate_name") ? candidate_key::candidate_name : candidate_key::unknown;
    case 15: return key_is(key, "candidate_email") ? candidate_key::candidate_email : candidate_key::unknown;
    default: return candidate_key::unknown;
  }
}

inline response_key classify_response_key(std::string_view key) noexcept {
  return key.size() == 7 && detail::key_is(key, "invites") ? response_key::invites : response_key::unknown;
}

inline invitation_key classify_invitation_key(std::string_view key) noexcept {
  using detail::key_is;
  switch (key.size()) {
    case 4: return key_is(key, "name") ? invitation_key::name : invitation_key::unknown;
    case 5: return key_is(key, "email") ? invitation_key::email : invitation_key::unknown;
    case 6: return key_is(key, "status") ? invitation_key::status : invitation_key::unknown;
    case 9: return key_is(key, "report_id") ? invitation_key::report_id : invitation_key::unknown;
    case 11: return key_is(key, "invite_link") ? invitation_key::invite_link : invitation_key::unknown;
    case 12: return key_is(key, "candidate_id") ? invitation_key::candidate_id : invitation_key::unknown;
    case 13: return key_is(key, "assessment_id") ? invitation_key::assessment_id : invitation_key::unknown;
    default: return invitation_key::unknown;
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers and ids

/// What RFC 8259's number grammar, -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, makes
/// of a whole token. Magnitude plays no part: 1e400 is well-formed.
enum class number_form : unsigned char { malformed, integer, fraction_or_exponent };

inline number_form classify_number(std::string_view token) noexcept {
  const char* p = token.data();
  const char* const end = p + token.size();
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto skip_digits = [&] {
    const char* start = p;
    while (p != end && digit(*p)) ++p;
    return p != start;
  };
  if (p != end && *p == '-') ++p;
  if (p != end && *p == '0') {
    ++p;
  } else if (!skip_digits()) {
    return number_form::malformed;
  }
  if (p == end) return number_form::integer;
  if (*p == '.') {
    ++p;
    if (!skip_digits()) return number_form::malformed;
  }
  if (p != end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p != end && (*p == '+' || *p == '-')) ++p;
    if (!skip_digits()) return number_form::malformed;
  }
  return p == end ? number_form::fraction_or_exponent : number_form::malformed;
}

/// The id an integer literal (number_form::integer) names, or nullopt when it is outside
/// 1..2^63-1 (out_of_range): negative, -0, 0, or too large however many digits it has.
inline std::optional<std::int64_t> id_of_integer_literal(std::string_view literal) noexcept {
  if (literal.empty() || literal.front() == '-') return std::nullopt;
  std::uint64_t magnitude = 0;
  for (const char c : literal) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (magnitude > (static_cast<std::uint64_t>(max_id) - digit) / 10) return std::nullopt;
    magnitude = magnitude * 10 + digit;
  }
  if (magnitude == 0) return std::nullopt;
  return static_cast<std::int64_t>(magnitude);
}

/// The id rule on a number a parser already holds as an integer.
inline bool is_valid_id(std::int64_t value) noexcept { return value >= 1; }

// ---------------------------------------------------------------------------------------------
// invite_format

/// The format spelled exactly `text` (after unescaping, case-sensitive), or nullopt.
inline std::optional<invite::format> format_named(std::string_view text) noexcept {
  if (text == "getlink") return invite::format::getlink;
  if (text == "sendlink") return invite::format::sendlink;
  return std::nullopt;
}

inline std::string_view name_of(invite::format value) noexcept {
  return value == invite::format::getlink ? "getlink" : "sendlink";
}

// ---------------------------------------------------------------------------------------------
// expiry_date: exactly "YYYY-MM-DD HH:MM", years 0000-9999 of the proleptic Gregorian calendar

using expiry_time = date::local_time<std::chrono::minutes>;

inline bool is_leap_year(long year) noexcept { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

inline long days_in_month(long year, long month) noexcept {
  constexpr std::array<long, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

/// Minutes from 1970-01-01 00:00 to the first minute of `year` (year >= 0): 365 days a year
/// and one more per leap year before it (year 0 is one).
inline long long minutes_before_year(long year) noexcept {
  constexpr long long days_from_year_0_to_1970 = 719528;
  const long long days = 365LL * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
  return (days - days_from_year_0_to_1970) * 24 * 60;
}

/// Minutes since 1970-01-01 00:00 named by exactly "YYYY-MM-DD HH:MM", or nullopt.
inline std::optional<long long> minutes_since_1970(std::string_view text) noexcept {
  if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') {
    return std::nullopt;
  }
  const auto field = [&text](std::size_t start, std::size_t length) -> long {
    long value = 0;
    for (std::size_t k = start; k < start + length; ++k) {
      if (text[k] < '0' || text[k] > '9') return -1;
      value = value * 10 + (text[k] - '0');
    }
    return value;
  };
  const long year = field(0, 4), month = field(5, 2), day = field(8, 2), hour = field(11, 2), minute = field(14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return std::nullopt;
  }
  if (day > days_in_month(year, month)) return std::nullopt;
  long long days_into_year = day - 1;
  for (long m = 1; m < month; ++m) days_into_year += days_in_month(year, m);
  return minutes_before_year(year) + (days_into_year * 24 + hour) * 60 + minute;
}

inline std::optional<expiry_time> parse_expiry(std::string_view text) noexcept {
  const std::optional<long long> minutes = minutes_since_1970(text);
  if (!minutes) return std::nullopt;
  return expiry_time{std::chrono::minutes{*minutes}};
}

/// "YYYY-MM-DD HH:MM", the contract's only spelling of a minute (years 0000-9999).
inline std::string format_expiry(expiry_time when) {
  const auto day = date::floor<date::days>(when);
  const date::year_month_day calendar{day};
  const auto minute_of_day = static_cast<unsigned>((when - day).count());
  const auto year = static_cast<unsigned>(static_cast<int>(calendar.year()));
  const auto month = static_cast<unsigned>(calendar.month());
  const auto day_of_month = static_cast<unsigned>(calendar.day());
  const unsigned digits[12] = {year / 1000,        year / 100 % 10,     year / 10 % 10,       year % 10,
                               month / 10,         month % 10,          day_of_month / 10,    day_of_month % 10,
                               minute_of_day / 600, minute_of_day / 60 % 10, minute_of_day % 60 / 10,
                               minute_of_day % 10};
  std::string text = "0000-00-00 00:00";
  constexpr std::size_t positions[12] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15};
  for (std::size_t i = 0; i < 12; ++i) text[positions[i]] = static_cast<char>('0' + digits[i]);
  return text;
}

// ---------------------------------------------------------------------------------------------
// name, email, invite_link, status: rules on decoded strings

/// Which of the name rules a name breaks; each broken rule is an error of its own.
struct name_verdict {
  bool too_short = false;          // empty, or only U+0020
  bool too_long = false;           // more than 255 code points
  bool invalid_characters = false; // U+0000-U+001F or U+007F
  bool ok() const noexcept { return !too_short && !too_long && !invalid_characters; }
};

/// The name rules on valid UTF-8 (every decoded JSON string is): a code point is a byte that
/// does not continue a sequence, and the control characters are single bytes.
inline name_verdict check_name(std::string_view utf8) noexcept {
  std::size_t code_points = 0;
  bool only_spaces = true;
  bool control = false;
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    code_points += (byte & 0xC0) != 0x80;
    only_spaces = only_spaces && byte == ' ';
    control = control || byte < 0x20 || byte == 0x7F;
  }
  return {only_spaces, code_points > max_name_code_points, control};
}

inline bool is_valid_name(std::string_view utf8) noexcept { return check_name(utf8).ok(); }

inline constexpr bool is_ascii_letter_or_digit(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

namespace detail {
// WHATWG's atext, and the dot, which the standard's local part also allows anywhere.
inline constexpr std::array<bool, 256> local_part_characters = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = is_ascii_letter_or_digit(static_cast<char>(c));
  for (const char c : std::string_view(".!#$%&'*+/=?^_`{|}~-")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();
} // namespace detail

/// WHATWG HTML's valid e-mail address, 1*(atext / ".") "@" label *("." label), a label being 1
/// to 63 letters, digits and hyphens with a letter or digit at each end; and the contract's
/// limits of 64 octets before the '@' and 254 in all.
inline bool is_valid_email(std::string_view address) noexcept {
  if (address.size() > max_email_octets) return false;
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at > max_email_local_octets) return false;
  for (const char c : address.substr(0, at)) {
    if (!detail::local_part_characters[static_cast<unsigned char>(c)]) return false;
  }
  std::string_view domain = address.substr(at + 1);
  for (;;) {
    const std::size_t dot = domain.find('.');
    const std::string_view label = domain.substr(0, dot);
    if (label.empty() || label.size() > max_email_label_octets) return false;
    if (!is_ascii_letter_or_digit(label.front()) || !is_ascii_letter_or_digit(label.back())) return false;
    for (const char c : label) {
      if (!is_ascii_letter_or_digit(c) && c != '-') return false;
    }
    if (dot == std::string_view::npos) return true;
    domain.remove_prefix(dot + 1);
  }
}

inline constexpr char ascii_lowercase(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// How e-mails are told apart for uniqueness: ASCII letters compared without their case.
inline bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lowercase(a[i]) != ascii_lowercase(b[i])) return false;
  }
  return true;
}

/// The invite_link rule: "http" or "https" in any case, "://", a non-empty host (the authority
/// runs to the first '/', '?', '#' or '\'; the host follows its last '@' and ends at a ':'),
/// only U+0021-U+007E, at most `max_octets`.
inline bool is_valid_invite_link(std::string_view url, std::size_t max_octets = max_link_octets) noexcept {
  if (url.size() > max_octets) return false;
  for (const char c : url) {
    if (c < 0x21 || c > 0x7E) return false;
  }
  const auto starts_with = [&url](std::string_view prefix) {
    return url.size() >= prefix.size() && equal_ignoring_ascii_case(url.substr(0, prefix.size()), prefix);
  };
  std::string_view authority;
  if (starts_with("http://")) {
    authority = url.substr(7);
  } else if (starts_with("https://")) {
    authority = url.substr(8);
  } else {
    return false;
  }
  authority = authority.substr(0, authority.find_first_of("/?#\\"));
  const std::size_t last_at = authority.rfind('@');
  std::string_view host = last_at == std::string_view::npos ? authority : authority.substr(last_at + 1);
  host = host.substr(0, host.find(':'));
  return !host.empty();
}

/// status: any string but the empty one (" " and control characters included).
inline bool is_valid_status(std::string_view text) noexcept { return !text.empty(); }

// ---------------------------------------------------------------------------------------------
// Documents and paths

/// RFC 8259 has no byte-order mark, and the contract makes one invalid_json; some JSON
/// libraries skip it silently, so their users must look for it first.
inline bool starts_with_byte_order_mark(std::string_view json) noexcept {
  return json.size() >= 3 && json.compare(0, 3, "\xEF\xBB\xBF") == 0;
}

/// Appends "/" and one RFC 6901 reference token ("~" written "~0", "/" written "~1").
inline void append_pointer_token(std::string& path, std::string_view token) {
  path += '/';
  for (const char c : token) {
    if (c == '~') {
      path += "~0";
    } else if (c == '/') {
      path += "~1";
    } else {
      path += c;
    }
  }
}

/// RFC 6901: empty, or '/'-separated tokens in which '~' only starts "~0" or "~1".
inline bool is_json_pointer(std::string_view path) noexcept {
  if (path.empty()) return true;
  if (path.front() != '/') return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '~' && (i + 1 == path.size() || (path[i + 1] != '0' && path[i + 1] != '1'))) return false;
  }
  return true;
}

} // namespace invite_test

#endif // INVITE_TEST_CONTRACT_RULES_HPP_INCLUDED
