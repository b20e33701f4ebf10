#ifndef INVITE_TESTS_SUPPORT_DOCUMENT_GENERATOR_HPP_INCLUDED
#define INVITE_TESTS_SUPPORT_DOCUMENT_GENERATOR_HPP_INCLUDED

// Seeded, reproducible generation of valid requests and responses, and of JSON texts that spell
// them in many legal ways. Everything here is written from docs/contract.md alone: it never calls the
// library's parser or writer, so what it produces can be held against them.
//
// Reproducibility: std::mt19937_64's output is fixed by the C++ standard, but the standard
// distributions are not (libstdc++ and libc++ differ), so all distributions here are our own.

#include <invite/contract/types.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <date/date.h>

namespace invite::test_support {

/// A reproducible source of random choices; the same seed gives the same choices everywhere.
class random_source {
public:
  explicit random_source(std::uint64_t seed) : engine_(seed) {}

  std::uint64_t bits() { return engine_(); }

  /// Uniform in [0, bound); bound must be positive. Rejection sampling keeps it unbiased; small
  /// bounds draw 16 bits at a time, since most choices here are small and runs are long.
  std::uint64_t below(std::uint64_t bound) {
    if (bound <= 0x10000) {
      const auto small_bound = static_cast<std::uint32_t>(bound);
      const std::uint32_t rejected_below = 0x10000u % small_bound; // 2^16 mod bound
      for (;;) {
        const std::uint32_t draw = next_16_bits();
        if (draw >= rejected_below) {
          return draw % small_bound;
        }
      }
    }
    const std::uint64_t rejected_below = (0 - bound) % bound; // 2^64 mod bound
    for (;;) {
      const std::uint64_t draw = bits();
      if (draw >= rejected_below) {
        return draw % bound;
      }
    }
  }

  /// Uniform in [low, high].
  std::int64_t between(std::int64_t low, std::int64_t high) {
    const auto span = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
    const std::uint64_t offset = span == std::numeric_limits<std::uint64_t>::max()
                                     ? bits()
                                     : below(span + 1);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + offset);
  }

  std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }

  /// True with probability 1/n.
  bool one_in(std::uint64_t n) { return below(n) == 0; }

  bool coin() { return (next_16_bits() & 1u) != 0; }

  template <class Container>
  const auto& pick(const Container& items) {
    return items[index(std::size(items))];
  }

  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[index(i)]);
    }
  }

private:
  std::uint32_t next_16_bits() {
    if (spare_bit_count_ == 0) {
      spare_bits_ = bits();
      spare_bit_count_ = 64;
    }
    const auto chunk = static_cast<std::uint32_t>(spare_bits_ & 0xFFFFu);
    spare_bits_ >>= 16;
    spare_bit_count_ -= 16;
    return chunk;
  }

  std::mt19937_64 engine_;
  std::uint64_t spare_bits_ = 0;
  unsigned spare_bit_count_ = 0;
};

/// A well-mixed seed for document `index` of a run started from `run_seed` (SplitMix64), so that
/// one failing document can be regenerated on its own.
inline std::uint64_t document_seed(std::uint64_t run_seed, std::uint64_t index) {
  std::uint64_t z = run_seed + (index + 1) * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// ---------------------------------------------------------------------------------------------
// UTF-8

inline void append_utf8(std::string& out, char32_t code_point) {
  const auto c = static_cast<std::uint32_t>(code_point);
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// The code point starting at utf8[at], which must be valid UTF-8; `at` moves past it.
inline char32_t next_code_point(std::string_view utf8, std::size_t& at) {
  const auto lead = static_cast<unsigned char>(utf8[at]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  std::uint32_t c = length == 1 ? lead : length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu
                                                                                  : lead & 0x07u;
  for (std::size_t k = 1; k < length; ++k) {
    c = (c << 6) | (static_cast<unsigned char>(utf8[at + k]) & 0x3Fu);
  }
  at += length;
  return static_cast<char32_t>(c);
}

/// The code points of `utf8`, which must be valid UTF-8 (everything generated here is).
inline std::vector<char32_t> decode_utf8(std::string_view utf8) {
  std::vector<char32_t> code_points;
  for (std::size_t at = 0; at < utf8.size();) {
    code_points.push_back(next_code_point(utf8, at));
  }
  return code_points;
}

// ---------------------------------------------------------------------------------------------
// Field values, each valid under docs/contract.md

namespace generator_detail {

inline constexpr std::string_view letters_and_digits =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
// The WHATWG atext characters that are not letters or digits, and the dot.
inline constexpr std::string_view email_local_symbols = "!#$%&'*+/=?^_`{|}~-.";

inline char32_t random_code_point_in(random_source& random, char32_t low, char32_t high) {
  return static_cast<char32_t>(random.between(low, high));
}

inline char32_t random_bmp_non_surrogate(random_source& random) {
  for (;;) {
    const char32_t c = random_code_point_in(random, 0x800, 0xFFFF);
    if (c < 0xD800 || c > 0xDFFF) {
      return c;
    }
  }
}

// A code point a name may hold: anything but U+0000-U+001F and U+007F (U+0080-U+009F are not
// control characters under the contract), with plenty of the characters JSON must escape.
inline char32_t random_name_code_point(random_source& random) {
  switch (random.below(12)) {
  case 0:
  case 1:
  case 2:
  case 3:
    return static_cast<char32_t>(random.pick(letters_and_digits));
  case 4:
    return U' ';
  case 5:
    return random.pick(std::array<char32_t, 4>{U'"', U'\\', U'/', U'\''});
  case 6:
    return random_code_point_in(random, 0x21, 0x7E);
  case 7:
    return random_code_point_in(random, 0x80, 0x7FF);
  case 8:
  case 9:
    return random_bmp_non_surrogate(random);
  default:
    return random_code_point_in(random, 0x10000, 0x10FFFF);
  }
}

inline std::size_t random_length(random_source& random, std::size_t short_limit,
                                 std::size_t maximum) {
  if (random.one_in(40)) {
    return maximum;
  }
  if (random.one_in(40)) {
    return static_cast<std::size_t>(random.between(1, static_cast<std::int64_t>(maximum)));
  }
  return 1 + random.index(short_limit);
}

inline std::string ascii_lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return text;
}

inline std::string random_label(random_source& random, std::size_t length) {
  std::string label;
  for (std::size_t i = 0; i < length; ++i) {
    const bool at_end = i == 0 || i + 1 == length;
    label += (!at_end && random.one_in(6)) ? '-' : random.pick(letters_and_digits);
  }
  return label;
}

} // namespace generator_detail

/// A valid name: 1 to 255 code points of 1 to 4 UTF-8 bytes, not only spaces, no controls.
inline std::string random_name(random_source& random) {
  using namespace generator_detail;
  const std::size_t length = random_length(random, 16, contract_limits::max_name_code_points);
  std::vector<char32_t> code_points;
  bool only_spaces = true;
  for (std::size_t i = 0; i < length; ++i) {
    code_points.push_back(random_name_code_point(random));
    only_spaces = only_spaces && code_points.back() == U' ';
  }
  if (only_spaces) {
    code_points[random.index(length)] = U'\u00e9';
  }
  std::string name;
  for (const char32_t c : code_points) {
    append_utf8(name, c);
  }
  return name;
}

/// A valid WHATWG e-mail address: odd atext characters and dots anywhere in the local part,
/// both cases, local parts up to 64 octets and addresses up to 254.
inline std::string random_email(random_source& random) {
  using namespace generator_detail;
  if (random.one_in(60)) { // the longest address: 64 + 1 + 189 octets
    std::string address;
    for (std::size_t i = 0; i < 64; ++i) {
      address += random.coin() ? random.pick(letters_and_digits) : random.pick(email_local_symbols);
    }
    // One statement per draw: the operands of + are evaluated in an unspecified order, and the
    // same seed must give the same address under every compiler.
    address += '@' + random_label(random, 63);
    address += '.' + random_label(random, 63);
    address += '.' + random_label(random, 61);
    return address;
  }
  const std::size_t local_length = random_length(random, 16, 64);
  std::string address;
  for (std::size_t i = 0; i < local_length; ++i) {
    address += random.one_in(4) ? random.pick(email_local_symbols) : random.pick(letters_and_digits);
  }
  address += '@';
  const std::size_t labels = 1 + random.index(4);
  for (std::size_t i = 0; i < labels; ++i) {
    const std::size_t label_length = random.one_in(30) ? 63 : 1 + random.index(10);
    const std::string label = random_label(random, label_length);
    if (i > 0 && address.size() + 1 + label.size() > 254) {
      break;
    }
    if (i > 0) {
      address += '.';
    }
    address += label;
  }
  return address;
}

/// An absolute http(s) URL: scheme in any case, a host, then printable ASCII, up to 2048 octets.
inline std::string random_link(random_source& random) {
  using namespace generator_detail;
  std::string link = random.coin() ? "http" : "https";
  for (char& c : link) {
    if (random.one_in(3)) {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  link += "://";
  switch (random.below(4)) {
  case 0:
    link += "localhost";
    break;
  case 1:
    for (int octet = 0; octet < 4; ++octet) {
      link += (octet > 0 ? "." : "") + std::to_string(random.below(256));
    }
    break;
  default: {
    const std::size_t labels = 1 + random.index(3);
    for (std::size_t i = 0; i < labels; ++i) {
      link += (i > 0 ? "." : "") + random_label(random, 1 + random.index(12));
    }
  }
  }
  if (random.one_in(4)) {
    link += ':' + std::to_string(random.below(65536));
  }
  if (random.one_in(5)) {
    return link;
  }
  link += random.pick(std::string_view{"/?#"});
  const std::size_t tail = random.one_in(100) ? contract_limits::max_invite_link_octets - link.size()
                                             : random.index(40);
  for (std::size_t i = 0; i < tail; ++i) {
    link += static_cast<char>(random.between(0x21, 0x7E));
  }
  return link;
}

/// A valid status: any non-empty string, " " and control characters included.
inline std::string random_status(random_source& random) {
  using namespace generator_detail;
  switch (random.below(8)) {
  case 0:
    return " ";
  case 1:
    return std::string(random.pick(std::array<std::string_view, 3>{"sent", "pending", "delivered"}));
  case 2: {
    std::string control;
    append_utf8(control, random.one_in(8) ? U'\u007f' : random_code_point_in(random, 0, 0x1F));
    return control;
  }
  default: {
    std::string status;
    const std::size_t length = 1 + random.index(20);
    for (std::size_t i = 0; i < length; ++i) {
      append_utf8(status, random.one_in(4) ? random_code_point_in(random, 0, 0x7F)
                                           : random_name_code_point(random));
    }
    return status;
  }
  }
}

/// An id in 1..2^63-1, spread over all magnitudes, with both ends often.
inline std::int64_t random_id(random_source& random) {
  if (random.one_in(20)) {
    return 1;
  }
  if (random.one_in(20)) {
    return contract_limits::max_id;
  }
  const auto bit_length = static_cast<unsigned>(1 + random.below(63));
  const std::int64_t low = std::int64_t{1} << (bit_length - 1);
  const std::int64_t high = low + (low - 1);
  return random.between(low, high);
}

inline bool is_leap_year(int year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

inline unsigned days_in_month(int year, unsigned month) {
  constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

using expiry_time = date::local_time<std::chrono::minutes>;

inline expiry_time make_expiry(int year, unsigned month, unsigned day, int hour, int minute) {
  return date::local_days{date::year{year} / date::month{month} / date::day{day}} +
         std::chrono::hours{hour} + std::chrono::minutes{minute};
}

/// Absent, or any minute of the years 0000-9999, with 29 February and the year ends often.
inline std::optional<expiry_time> random_expiry(random_source& random) {
  if (random.one_in(3)) {
    return std::nullopt;
  }
  int year = static_cast<int>(random.between(0, 9999));
  if (random.one_in(20)) {
    year = random.coin() ? 0 : 9999;
  }
  auto month = static_cast<unsigned>(random.between(1, 12));
  auto day = static_cast<unsigned>(random.between(1, days_in_month(year, month)));
  if (random.one_in(8)) {
    while (!is_leap_year(year)) {
      year = static_cast<int>(random.between(0, 9999));
    }
    month = 2;
    day = 29;
  }
  auto hour = static_cast<int>(random.between(0, 23));
  auto minute = static_cast<int>(random.between(0, 59));
  if (random.one_in(10)) {
    hour = random.coin() ? 0 : 23;
    minute = hour == 0 ? 0 : 59;
  }
  return make_expiry(year, month, day, hour, minute);
}

/// 1 to 500, mostly small, with 1 and 500 both common enough to be hit in every long run.
inline std::size_t random_item_count(random_source& random) {
  if (random.one_in(500)) {
    return contract_limits::max_candidates;
  }
  if (random.one_in(400)) {
    return static_cast<std::size_t>(random.between(9, 499));
  }
  return 1 + random.index(1 + random.index(8));
}

/// A valid request; its e-mails are unique ASCII-case-insensitively.
inline request random_request(random_source& random) {
  request value;
  value.assessment_id = random_id(random);
  value.invite_format = random.coin() ? format::getlink : format::sendlink;
  value.expiry_date = random_expiry(random);
  const std::size_t count = random_item_count(random);
  std::set<std::string> folded_emails;
  while (value.candidates.size() < count) {
    candidate item;
    item.name = random_name(random);
    item.email = random_email(random);
    if (folded_emails.insert(generator_detail::ascii_lowercase(item.email)).second) {
      value.candidates.push_back(std::move(item));
    }
  }
  return value;
}

/// A valid response; e-mails repeat now and then (in another case), which responses allow.
inline response random_response(random_source& random) {
  response value;
  const std::size_t count = random_item_count(random);
  for (std::size_t i = 0; i < count; ++i) {
    invitation item;
    item.name = random_name(random);
    item.email = random_email(random);
    if (i > 0 && random.one_in(10)) {
      item.email = value.invites[random.index(i)].email;
      for (char& c : item.email) {
        if (c >= 'a' && c <= 'z' && random.coin()) {
          c = static_cast<char>(c - 'a' + 'A');
        }
      }
    }
    item.report_id = random_id(random);
    item.candidate_id = random_id(random);
    item.assessment_id = random_id(random);
    item.invite_link = random_link(random);
    item.status = random_status(random);
    value.invites.push_back(std::move(item));
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The canonical JSON of docs/contract.md's "Serialization", written independently of the library

namespace generator_detail {

inline void append_hex4(std::string& out, std::uint32_t unit, bool uppercase) {
  const char* digits = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
  for (int shift = 12; shift >= 0; shift -= 4) {
    out += digits[(unit >> shift) & 0xF];
  }
}

inline void append_canonical_string(std::string& out, std::string_view utf8) {
  out += '"';
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (byte < 0x20 || byte == 0x7F) {
        out += "\\u";
        append_hex4(out, byte, false);
      } else {
        out += c;
      }
    }
  }
  out += '"';
}

inline std::string format_expiry(expiry_time when) {
  const auto day = date::floor<date::days>(when);
  const date::year_month_day ymd{day};
  const auto minutes_of_day = (when - day).count();
  const auto two = [](long v) { return std::string(1, char('0' + v / 10)) + char('0' + v % 10); };
  const int year = static_cast<int>(ymd.year());
  std::string text = std::to_string(year);
  text.insert(0, 4 - text.size(), '0');
  return text + '-' + two(static_cast<unsigned>(ymd.month())) + '-' +
         two(static_cast<unsigned>(ymd.day())) + ' ' + two(minutes_of_day / 60) + ':' +
         two(minutes_of_day % 60);
}

} // namespace generator_detail

/// "YYYY-MM-DD HH:MM", the contract's only spelling of a minute.
inline std::string format_expiry(expiry_time when) { return generator_detail::format_expiry(when); }

inline std::string canonical_json(const request& value) {
  using generator_detail::append_canonical_string;
  std::string out = "{\"assessment_id\":" + std::to_string(value.assessment_id);
  out += ",\"invite_format\":";
  out += value.invite_format == format::getlink ? "\"getlink\"" : "\"sendlink\"";
  if (value.expiry_date) {
    out += ",\"expiry_date\":\"" + format_expiry(*value.expiry_date) + '"';
  }
  out += ",\"candidates\":[";
  for (std::size_t i = 0; i < value.candidates.size(); ++i) {
    out += i > 0 ? ",{\"name\":" : "{\"name\":";
    append_canonical_string(out, value.candidates[i].name);
    out += ",\"email\":";
    append_canonical_string(out, value.candidates[i].email);
    out += '}';
  }
  return out + "]}";
}

inline std::string canonical_json(const response& value) {
  using generator_detail::append_canonical_string;
  std::string out = "{\"invites\":[";
  for (std::size_t i = 0; i < value.invites.size(); ++i) {
    const invitation& item = value.invites[i];
    out += i > 0 ? ",{\"name\":" : "{\"name\":";
    append_canonical_string(out, item.name);
    out += ",\"email\":";
    append_canonical_string(out, item.email);
    out += ",\"report_id\":" + std::to_string(item.report_id);
    out += ",\"candidate_id\":" + std::to_string(item.candidate_id);
    out += ",\"assessment_id\":" + std::to_string(item.assessment_id);
    out += ",\"invite_link\":";
    append_canonical_string(out, item.invite_link);
    out += ",\"status\":";
    append_canonical_string(out, item.status);
    out += '}';
  }
  return out + "]}";
}

// ---------------------------------------------------------------------------------------------
// Random spellings: the same value written in the many ways JSON and the contract allow

/// What a spelling may add beyond the value itself.
struct spelling_options {
  bool unknown_fields = false; // add undeclared keys with random well-formed values
};

namespace generator_detail {

inline void append_random_whitespace(std::string& out, random_source& random) {
  if (random.below(5) < 3) {
    return;
  }
  const std::size_t count = 1 + random.index(4);
  for (std::size_t i = 0; i < count; ++i) {
    out += random.pick(std::string_view{"  \n\t\r"});
  }
}

inline void append_unicode_escape(std::string& out, random_source& random, char32_t code_point) {
  const auto escape_unit = [&](std::uint32_t unit) {
    out += "\\u";
    append_hex4(out, unit, random.coin());
  };
  const auto c = static_cast<std::uint32_t>(code_point);
  if (c < 0x10000) {
    escape_unit(c);
  } else {
    escape_unit(0xD800 + ((c - 0x10000) >> 10));
    escape_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
  }
}

// Every character in one of its legal spellings: raw where JSON allows, a short escape where
// one exists, or \u escapes (surrogate pairs above the BMP), hex digits in either case. Half of
// the strings escape only what they must, which also keeps long runs fast.
inline void append_spelled_string(std::string& out, random_source& random,
                                  std::string_view utf8) {
  out += '"';
  const bool escapes_by_choice = random.coin();
  const std::uint64_t escape_odds = random.one_in(8) ? 1 : 2 + random.below(24);
  for (std::size_t at = 0; at < utf8.size();) {
    const char32_t c = next_code_point(utf8, at);
    const bool must_escape = c < 0x20 || c == U'"' || c == U'\\';
    if (!must_escape && !(escapes_by_choice && random.one_in(escape_odds))) {
      append_utf8(out, c);
      continue;
    }
    const char* short_escape = nullptr;
    switch (c) {
    case U'"':
      short_escape = "\\\"";
      break;
    case U'\\':
      short_escape = "\\\\";
      break;
    case U'/':
      short_escape = "\\/";
      break;
    case U'\b':
      short_escape = "\\b";
      break;
    case U'\f':
      short_escape = "\\f";
      break;
    case U'\n':
      short_escape = "\\n";
      break;
    case U'\r':
      short_escape = "\\r";
      break;
    case U'\t':
      short_escape = "\\t";
      break;
    default:
      break;
    }
    if (short_escape != nullptr && random.coin()) {
      out += short_escape;
    } else {
      append_unicode_escape(out, random, c);
    }
  }
  out += '"';
}

inline const std::set<std::string, std::less<>>& declared_keys() {
  static const std::set<std::string, std::less<>> keys = {
      "assessment_id", "invite_format", "expiry_date",  "candidates",     "name",
      "email",         "candidate_name", "candidate_email", "invites",     "report_id",
      "candidate_id",  "invite_link",   "status"};
  return keys;
}

inline std::string random_key(random_source& random) {
  std::string key;
  const std::size_t length = random.index(10);
  for (std::size_t i = 0; i < length; ++i) {
    append_utf8(key, random.one_in(6) ? random_code_point_in(random, 0, 0x7F)
                                      : random_name_code_point(random));
  }
  return key;
}

inline void append_random_number(std::string& out, random_source& random) {
  if (random.coin()) {
    out += '-';
  }
  if (random.one_in(4)) {
    out += '0';
  } else {
    out += static_cast<char>('1' + random.below(9));
    const std::size_t digits = random.one_in(20) ? 400 + random.index(700) : random.index(20);
    for (std::size_t i = 0; i < digits; ++i) {
      out += static_cast<char>('0' + random.below(10));
    }
  }
  if (random.one_in(3)) {
    out += '.';
    const std::size_t digits = 1 + random.index(random.one_in(10) ? 500 : 8);
    for (std::size_t i = 0; i < digits; ++i) {
      out += static_cast<char>('0' + random.below(10));
    }
  }
  if (random.one_in(3)) {
    out += random.coin() ? 'e' : 'E';
    if (random.coin()) {
      out += random.coin() ? '+' : '-';
    }
    out += random.one_in(5) ? std::to_string(random.below(1000000)) : std::to_string(random.below(400));
  }
}

} // namespace generator_detail

/// Some well-formed JSON value: any type, nested up to a few levels, with huge numbers, escapes,
/// every kind of code point, and repeated keys (nothing inside an ignored value is checked).
inline void append_random_json_value(std::string& out, random_source& random, int depth = 0) {
  using namespace generator_detail;
  const std::uint64_t kinds = depth >= 4 ? 5 : 7;
  switch (random.below(kinds)) {
  case 0:
    out += random.pick(std::array<std::string_view, 3>{"null", "true", "false"});
    return;
  case 1:
  case 2:
    append_random_number(out, random);
    return;
  case 3:
  case 4: {
    std::string text;
    const std::size_t length = random.index(12);
    for (std::size_t i = 0; i < length; ++i) {
      append_utf8(text, random.one_in(4) ? random_code_point_in(random, 0, 0x7F)
                                         : random_name_code_point(random));
    }
    append_spelled_string(out, random, text);
    return;
  }
  case 5: {
    out += '[';
    const std::size_t count = random.index(5);
    for (std::size_t i = 0; i < count; ++i) {
      out += i > 0 ? "," : "";
      append_random_whitespace(out, random);
      append_random_json_value(out, random, depth + 1);
      append_random_whitespace(out, random);
    }
    append_random_whitespace(out, random);
    out += ']';
    return;
  }
  default: {
    out += '{';
    const std::size_t count = random.index(5);
    std::string previous_key = random_key(random);
    for (std::size_t i = 0; i < count; ++i) {
      out += i > 0 ? "," : "";
      append_random_whitespace(out, random);
      if (!random.one_in(5)) {
        previous_key = random_key(random);
      }
      append_spelled_string(out, random, previous_key);
      append_random_whitespace(out, random);
      out += ':';
      append_random_whitespace(out, random);
      append_random_json_value(out, random, depth + 1);
      append_random_whitespace(out, random);
    }
    append_random_whitespace(out, random);
    out += '}';
    return;
  }
  }
}

namespace generator_detail {

// The members of one object, spelled and then written in a random order.
class object_speller {
public:
  object_speller(random_source& random, const spelling_options& options)
      : random_(random), options_(options) {}

  void member(std::string_view key, std::string value_json) {
    std::string spelled;
    append_spelled_string(spelled, random_, key);
    members_.emplace_back(std::move(spelled), std::move(value_json));
  }

  std::string string_json(std::string_view text) {
    std::string spelled;
    append_spelled_string(spelled, random_, text);
    return spelled;
  }

  void write(std::string& out) {
    if (options_.unknown_fields) {
      std::set<std::string> used;
      const std::size_t count = random_.one_in(2) ? 0 : 1 + random_.index(3);
      while (used.size() < count) {
        std::string key = random_key(random_);
        if (declared_keys().count(key) == 0 && used.insert(key).second) {
          std::string value;
          append_random_json_value(value, random_);
          member(key, std::move(value));
        }
      }
    }
    random_.shuffle(members_);
    out += '{';
    append_random_whitespace(out, random_);
    for (std::size_t i = 0; i < members_.size(); ++i) {
      if (i > 0) {
        out += ',';
        append_random_whitespace(out, random_);
      }
      out += members_[i].first;
      append_random_whitespace(out, random_);
      out += ':';
      append_random_whitespace(out, random_);
      out += members_[i].second;
      append_random_whitespace(out, random_);
    }
    out += '}';
  }

private:
  random_source& random_;
  const spelling_options& options_;
  std::vector<std::pair<std::string, std::string>> members_;
};

template <class Item, class SpellItem>
std::string spelled_array(random_source& random, const std::vector<Item>& items,
                          SpellItem spell_item) {
  std::string out = "[";
  append_random_whitespace(out, random);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += ',';
      append_random_whitespace(out, random);
    }
    spell_item(out, items[i]);
    append_random_whitespace(out, random);
  }
  return out + ']';
}

} // namespace generator_detail

/// A JSON text of `value` in a random legal spelling: aliases, key order, whitespace, escapes,
/// `null` for an absent expiry, and (when asked) unknown fields.
inline std::string spell_json(const request& value, random_source& random,
                              const spelling_options& options = {}) {
  using generator_detail::object_speller;
  object_speller root(random, options);
  root.member("assessment_id", std::to_string(value.assessment_id));
  root.member("invite_format",
              root.string_json(value.invite_format == format::getlink ? "getlink" : "sendlink"));
  if (value.expiry_date) {
    root.member("expiry_date", root.string_json(format_expiry(*value.expiry_date)));
  } else if (random.coin()) {
    root.member("expiry_date", "null");
  }
  const auto spell_candidate = [&](std::string& out, const candidate& item) {
    object_speller object(random, options);
    // Each draw in its own statement: function arguments are evaluated in an unspecified order.
    const char* name_key = random.coin() ? "name" : "candidate_name";
    object.member(name_key, object.string_json(item.name));
    const char* email_key = random.coin() ? "email" : "candidate_email";
    object.member(email_key, object.string_json(item.email));
    object.write(out);
  };
  root.member("candidates", generator_detail::spelled_array(random, value.candidates, spell_candidate));
  std::string out;
  generator_detail::append_random_whitespace(out, random);
  root.write(out);
  generator_detail::append_random_whitespace(out, random);
  return out;
}

inline std::string spell_json(const response& value, random_source& random,
                              const spelling_options& options = {}) {
  using generator_detail::object_speller;
  object_speller root(random, options);
  root.member("invites",
              generator_detail::spelled_array(
                  random, value.invites, [&](std::string& out, const invitation& item) {
                    object_speller object(random, options);
                    object.member("name", object.string_json(item.name));
                    object.member("email", object.string_json(item.email));
                    object.member("report_id", std::to_string(item.report_id));
                    object.member("candidate_id", std::to_string(item.candidate_id));
                    object.member("assessment_id", std::to_string(item.assessment_id));
                    object.member("invite_link", object.string_json(item.invite_link));
                    object.member("status", object.string_json(item.status));
                    object.write(out);
                  }));
  std::string out;
  generator_detail::append_random_whitespace(out, random);
  root.write(out);
  generator_detail::append_random_whitespace(out, random);
  return out;
}

} // namespace invite::test_support

#endif // INVITE_TESTS_SUPPORT_DOCUMENT_GENERATOR_HPP_INCLUDED
