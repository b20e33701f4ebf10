#ifndef INVITE_TESTING_DETAIL_EVERY_LEGAL_VALUE_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_EVERY_LEGAL_VALUE_HPP_INCLUDED

// The values of the every_legal_form profile: drawn from the whole of what docs/contract.md
// allows, with its corners often (255 code points of any plane, 254-octet e-mails, ids at both
// ends, 29 February of year 0, 1 and 500 items). Each is valid by construction; tests/testing
// holds them to the contract by independent means. Right for finding bugs; a poor stand-in for
// real traffic.

#include <invite/contract/limits.hpp>
#include <invite/contract/request_struct.hpp>
#include <invite/contract/response_struct.hpp>
#include <invite/testing/detail/calendar.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/codec/spelling/email.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite::testing::detail {

/// A label of an e-mail domain: at most 63 octets (WHATWG HTML's grammar).
inline constexpr std::size_t max_email_label_octets = 63;

inline constexpr std::string_view letters_and_digits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
// The WHATWG atext characters that are not letters or digits, and the dot.
inline constexpr std::string_view email_local_symbols = "!#$%&'*+/=?^_`{|}~-.";

inline char32_t random_code_point_in(random_source& random, char32_t low, char32_t high) {
  return static_cast<char32_t>(random.between(low, high));
}

inline char32_t random_bmp_non_surrogate(random_source& random) {
  for (;;) {
    const char32_t c = random_code_point_in(random, 0x800, 0xFFFF);
    if (c < 0xD800 || c > 0xDFFF) return c;
  }
}

// A code point a name may hold: anything but U+0000-U+001F and U+007F (U+0080-U+009F are not
// control characters under the contract), with plenty of the characters JSON must escape.
inline char32_t random_name_code_point(random_source& random) {
  switch (random.below(12)) {
    case 0:
    case 1:
    case 2:
    case 3: return static_cast<char32_t>(random.pick(letters_and_digits));
    case 4: return U' ';
    case 5: return random.pick(std::array<char32_t, 4>{U'"', U'\\', U'/', U'\''});
    case 6: return random_code_point_in(random, 0x21, 0x7E);
    case 7: return random_code_point_in(random, 0x80, 0x7FF);
    case 8:
    case 9: return random_bmp_non_surrogate(random);
    default: return random_code_point_in(random, 0x10000, 0x10FFFF);
  }
}

// Mostly short, sometimes the longest allowed, now and then anything in between.
inline std::size_t random_length(random_source& random, std::size_t short_limit, std::size_t maximum) {
  if (random.one_in(40)) return maximum;
  if (random.one_in(40)) return static_cast<std::size_t>(random.between(1, static_cast<std::int64_t>(maximum)));
  return 1 + random.index(short_limit);
}

inline std::string random_label(random_source& random, std::size_t length) {
  std::string label;
  for (std::size_t i = 0; i < length; ++i) {
    const bool at_end = i == 0 || i + 1 == length;
    label += (!at_end && random.one_in(6)) ? '-' : random.pick(letters_and_digits);
  }
  return label;
}

/// A valid name: 1 to 255 code points of 1 to 4 UTF-8 bytes, not only spaces, no controls.
inline std::string random_name(random_source& random) {
  const std::size_t length = random_length(random, 16, contract_limits::max_name_code_points);
  std::vector<char32_t> code_points;
  bool only_spaces = true;
  for (std::size_t i = 0; i < length; ++i) {
    code_points.push_back(random_name_code_point(random));
    only_spaces = only_spaces && code_points.back() == U' ';
  }
  if (only_spaces) code_points[random.index(length)] = U'\u00e9';
  std::string name;
  for (const char32_t c : code_points) append_utf8(name, c);
  return name;
}

/// A valid WHATWG e-mail address: odd atext characters and dots anywhere in the local part,
/// both cases, local parts up to 64 octets and addresses up to 254.
inline std::string random_email(random_source& random) {
  using spelling::max_email_local_octets;
  using spelling::max_email_octets;
  if (random.one_in(60)) { // the longest address: 64 + 1 + 189 octets
    std::string address;
    for (std::size_t i = 0; i < max_email_local_octets; ++i) {
      address += random.coin() ? random.pick(letters_and_digits) : random.pick(email_local_symbols);
    }
    // One statement per draw: the operands of + are evaluated in an unspecified order, and the
    // same seed must give the same address under every compiler.
    address += '@' + random_label(random, 63);
    address += '.' + random_label(random, 63);
    address += '.' + random_label(random, 61);
    return address;
  }
  const std::size_t local_length = random_length(random, 16, max_email_local_octets);
  std::string address;
  for (std::size_t i = 0; i < local_length; ++i) {
    address += random.one_in(4) ? random.pick(email_local_symbols) : random.pick(letters_and_digits);
  }
  address += '@';
  const std::size_t labels = 1 + random.index(4);
  for (std::size_t i = 0; i < labels; ++i) {
    const std::size_t label_length = random.one_in(30) ? max_email_label_octets : 1 + random.index(10);
    const std::string label = random_label(random, label_length);
    if (i > 0 && address.size() + 1 + label.size() > max_email_octets) break;
    if (i > 0) address += '.';
    address += label;
  }
  return address;
}

/// An absolute http(s) URL: scheme in any case, a host, then printable ASCII, up to 2048 octets.
inline std::string random_link(random_source& random) {
  std::string link = random.coin() ? "http" : "https";
  for (char& c : link) {
    if (random.one_in(3)) c = ascii_uppercase(c);
  }
  link += "://";
  switch (random.below(4)) {
    case 0: link += "localhost"; break;
    case 1:
      for (int octet = 0; octet < 4; ++octet) link += (octet > 0 ? "." : "") + std::to_string(random.below(256));
      break;
    default: {
      const std::size_t labels = 1 + random.index(3);
      for (std::size_t i = 0; i < labels; ++i) link += (i > 0 ? "." : "") + random_label(random, 1 + random.index(12));
    }
  }
  if (random.one_in(4)) link += ':' + std::to_string(random.below(65536));
  if (random.one_in(5)) return link;
  link += random.pick(std::string_view{"/?#"});
  const std::size_t tail = random.one_in(100) ? contract_limits::max_invite_link_octets - link.size() : random.index(40);
  for (std::size_t i = 0; i < tail; ++i) link += static_cast<char>(random.between(0x21, 0x7E));
  return link;
}

/// A valid status: any non-empty string, " " and control characters included.
inline std::string random_status(random_source& random) {
  switch (random.below(8)) {
    case 0: return " ";
    case 1: return std::string(random.pick(std::array<std::string_view, 3>{"sent", "pending", "delivered"}));
    case 2: {
      std::string control;
      append_utf8(control, random.one_in(8) ? U'\u007f' : random_code_point_in(random, 0, 0x1F));
      return control;
    }
    default: {
      std::string status;
      const std::size_t length = 1 + random.index(20);
      for (std::size_t i = 0; i < length; ++i) {
        append_utf8(status, random.one_in(4) ? random_code_point_in(random, 0, 0x7F) : random_name_code_point(random));
      }
      return status;
    }
  }
}

/// An id in 1..2^63-1, spread over all magnitudes, with both ends often.
inline std::int64_t random_id(random_source& random) {
  if (random.one_in(20)) return contract_limits::min_id;
  if (random.one_in(20)) return contract_limits::max_id;
  const auto bit_length = static_cast<unsigned>(1 + random.below(63));
  const std::int64_t low = std::int64_t{1} << (bit_length - 1);
  const std::int64_t high = low + (low - 1);
  return random.between(low, high);
}

/// Absent, or any minute of the years 0000-9999, with 29 February and the year ends often.
inline std::optional<expiry_time> random_expiry(random_source& random) {
  if (random.one_in(3)) return std::nullopt;
  long year = static_cast<long>(random.between(0, 9999));
  if (random.one_in(20)) year = random.coin() ? 0 : 9999;
  auto month = static_cast<long>(random.between(1, 12));
  auto day = static_cast<long>(random.between(1, days_in_month(year, month)));
  if (random.one_in(8)) {
    while (!is_leap_year(year)) year = static_cast<long>(random.between(0, 9999));
    month = 2;
    day = 29;
  }
  auto hour = static_cast<long>(random.between(0, 23));
  auto minute = static_cast<long>(random.between(0, 59));
  if (random.one_in(10)) {
    hour = random.coin() ? 0 : 23;
    minute = hour == 0 ? 0 : 59;
  }
  return make_expiry(year, month, day, hour, minute);
}

/// 1 to 500, mostly small, with 1 and 500 both common enough to be hit in every long run.
inline std::size_t random_item_count(random_source& random) {
  if (random.one_in(500)) return contract_limits::max_candidates;
  if (random.one_in(400)) return static_cast<std::size_t>(random.between(9, 499));
  return 1 + random.index(1 + random.index(8));
}

/// A valid request of `count` candidates (or a random count); its e-mails are unique
/// ASCII-case-insensitively.
inline request random_request(random_source& random, std::optional<std::size_t> count) {
  request value;
  value.assessment_id = random_id(random);
  value.invite_format = random.coin() ? format::getlink : format::sendlink;
  value.expiry_date = random_expiry(random);
  const std::size_t candidates = count ? *count : random_item_count(random);
  std::set<std::string> folded_emails;
  while (value.candidates.size() < candidates) {
    candidate item;
    item.name = random_name(random);
    item.email = random_email(random);
    if (folded_emails.insert(ascii_lowercase_copy(item.email)).second) value.candidates.push_back(std::move(item));
  }
  return value;
}

/// A valid response; e-mails repeat now and then (in another case), which responses allow.
inline response random_response(random_source& random, std::optional<std::size_t> count) {
  response value;
  const std::size_t invites = count ? *count : random_item_count(random);
  for (std::size_t i = 0; i < invites; ++i) {
    invitation item;
    item.name = random_name(random);
    item.email = random_email(random);
    if (i > 0 && random.one_in(10)) {
      item.email = value.invites[random.index(i)].email;
      for (char& c : item.email) {
        if (c >= 'a' && c <= 'z' && random.coin()) c = ascii_uppercase(c);
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

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_EVERY_LEGAL_VALUE_HPP_INCLUDED
