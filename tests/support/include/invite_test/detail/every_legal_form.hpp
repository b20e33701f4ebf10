#ifndef INVITE_TEST_DETAIL_EVERY_LEGAL_FORM_HPP_INCLUDED
#define INVITE_TEST_DETAIL_EVERY_LEGAL_FORM_HPP_INCLUDED

// The every_legal_form profile of document_generator.hpp: valid values drawn from the whole of
// what the contract allows, with its corners often, spelled in random legal ways (aliases, key
// order, whitespace, every kind of escape, null for an absent expiry, unknown fields). Right for
// finding bugs; a poor stand-in for real traffic.

#include <invite_test/contract_rules.hpp>
#include <invite_test/random_source.hpp>
#include <invite_test/utf8.hpp>

#include <invite/invite.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite_test::detail {

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
  const std::size_t length = random_length(random, 16, max_name_code_points);
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
    if (random.one_in(3)) c = static_cast<char>(c - 'a' + 'A');
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
  const std::size_t tail = random.one_in(100) ? max_link_octets - link.size() : random.index(40);
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
  if (random.one_in(20)) return 1;
  if (random.one_in(20)) return max_id;
  const auto bit_length = static_cast<unsigned>(1 + random.below(63));
  const std::int64_t low = std::int64_t{1} << (bit_length - 1);
  const std::int64_t high = low + (low - 1);
  return random.between(low, high);
}

inline expiry_time make_expiry(int year, unsigned month, unsigned day, int hour, int minute) {
  return date::local_days{date::year{year} / date::month{month} / date::day{day}} + std::chrono::hours{hour} +
         std::chrono::minutes{minute};
}

/// Absent, or any minute of the years 0000-9999, with 29 February and the year ends often.
inline std::optional<expiry_time> random_expiry(random_source& random) {
  if (random.one_in(3)) return std::nullopt;
  int year = static_cast<int>(random.between(0, 9999));
  if (random.one_in(20)) year = random.coin() ? 0 : 9999;
  auto month = static_cast<unsigned>(random.between(1, 12));
  auto day = static_cast<unsigned>(random.between(1, days_in_month(year, month)));
  if (random.one_in(8)) {
    while (!is_leap_year(year)) year = static_cast<int>(random.between(0, 9999));
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
  if (random.one_in(500)) return max_items;
  if (random.one_in(400)) return static_cast<std::size_t>(random.between(9, 499));
  return 1 + random.index(1 + random.index(8));
}

inline std::string ascii_lowercase_copy(std::string text) {
  for (char& c : text) c = ascii_lowercase(c);
  return text;
}

/// A valid request of `count` candidates (or a random count); its e-mails are unique
/// ASCII-case-insensitively.
inline invite::request random_request(random_source& random, std::optional<std::size_t> count) {
  invite::request value;
  value.assessment_id = random_id(random);
  value.invite_format = random.coin() ? invite::format::getlink : invite::format::sendlink;
  value.expiry_date = random_expiry(random);
  const std::size_t candidates = count ? *count : random_item_count(random);
  std::set<std::string> folded_emails;
  while (value.candidates.size() < candidates) {
    invite::candidate item;
    item.name = random_name(random);
    item.email = random_email(random);
    if (folded_emails.insert(ascii_lowercase_copy(item.email)).second) value.candidates.push_back(std::move(item));
  }
  return value;
}

/// A valid response; e-mails repeat now and then (in another case), which responses allow.
inline invite::response random_response(random_source& random, std::optional<std::size_t> count) {
  invite::response value;
  const std::size_t invites = count ? *count : random_item_count(random);
  for (std::size_t i = 0; i < invites; ++i) {
    invite::invitation item;
    item.name = random_name(random);
    item.email = random_email(random);
    if (i > 0 && random.one_in(10)) {
      item.email = value.invites[random.index(i)].email;
      for (char& c : item.email) {
        if (c >= 'a' && c <= 'z' && random.coin()) c = static_cast<char>(c - 'a' + 'A');
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
// Random spellings: the same value written in the many ways JSON and the contract allow

inline void append_random_whitespace(std::string& out, random_source& random) {
  if (random.below(5) < 3) return;
  const std::size_t count = 1 + random.index(4);
  for (std::size_t i = 0; i < count; ++i) out += random.pick(std::string_view{"  \n\t\r"});
}

// Hex digits in either case, drawn for each code unit.
inline void append_random_unicode_escape(std::string& out, random_source& random, char32_t code_point) {
  const auto [first, second] = utf16_units(code_point);
  append_u_escape(out, first, random.coin());
  if (second != 0) append_u_escape(out, second, random.coin());
}

inline const char* short_escape(char32_t c) noexcept {
  switch (c) {
    case U'"': return "\\\"";
    case U'\\': return "\\\\";
    case U'/': return "\\/";
    case U'\b': return "\\b";
    case U'\f': return "\\f";
    case U'\n': return "\\n";
    case U'\r': return "\\r";
    case U'\t': return "\\t";
    default: return nullptr;
  }
}

// Every character in one of its legal spellings: raw where JSON allows, a short escape where
// one exists, or \u escapes (surrogate pairs above the BMP). Half of the strings escape only
// what they must, which also keeps long runs fast.
inline void append_spelled_string(std::string& out, random_source& random, std::string_view utf8) {
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
    const char* short_form = short_escape(c);
    if (short_form != nullptr && random.coin()) {
      out += short_form;
    } else {
      append_random_unicode_escape(out, random, c);
    }
  }
  out += '"';
}

inline bool is_declared_key(std::string_view key) noexcept {
  return classify_request_key(key) != request_key::unknown || classify_candidate_key(key) != candidate_key::unknown ||
         classify_response_key(key) != response_key::unknown ||
         classify_invitation_key(key) != invitation_key::unknown;
}

inline std::string random_key(random_source& random) {
  std::string key;
  const std::size_t length = random.index(10);
  for (std::size_t i = 0; i < length; ++i) {
    append_utf8(key, random.one_in(6) ? random_code_point_in(random, 0, 0x7F) : random_name_code_point(random));
  }
  return key;
}

// Long digit runs and huge exponents too: magnitude never makes a number ill-formed.
inline void append_random_number(std::string& out, random_source& random) {
  if (random.coin()) out += '-';
  if (random.one_in(4)) {
    out += '0';
  } else {
    out += static_cast<char>('1' + random.below(9));
    const std::size_t digits = random.one_in(20) ? 400 + random.index(700) : random.index(20);
    for (std::size_t i = 0; i < digits; ++i) out += static_cast<char>('0' + random.below(10));
  }
  if (random.one_in(3)) {
    out += '.';
    const std::size_t digits = 1 + random.index(random.one_in(10) ? 500 : 8);
    for (std::size_t i = 0; i < digits; ++i) out += static_cast<char>('0' + random.below(10));
  }
  if (random.one_in(3)) {
    out += random.coin() ? 'e' : 'E';
    if (random.coin()) out += random.coin() ? '+' : '-';
    out += random.one_in(5) ? std::to_string(random.below(1000000)) : std::to_string(random.below(400));
  }
}

/// Some well-formed JSON value: any type, nested up to a few levels, with huge numbers, escapes,
/// every kind of code point, and repeated keys (nothing inside an ignored value is checked).
inline void append_random_json_value(std::string& out, random_source& random, int depth = 0) {
  const std::uint64_t kinds = depth >= 4 ? 5 : 7;
  switch (random.below(kinds)) {
    case 0: out += random.pick(std::array<std::string_view, 3>{"null", "true", "false"}); return;
    case 1:
    case 2: append_random_number(out, random); return;
    case 3:
    case 4: {
      std::string text;
      const std::size_t length = random.index(12);
      for (std::size_t i = 0; i < length; ++i) {
        append_utf8(text, random.one_in(4) ? random_code_point_in(random, 0, 0x7F) : random_name_code_point(random));
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
        if (!random.one_in(5)) previous_key = random_key(random);
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

// The members of one object, spelled and then written in a random order.
class object_speller {
public:
  object_speller(random_source& random, bool unknown_fields) : random_(random), unknown_fields_(unknown_fields) {}

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
    if (unknown_fields_) {
      std::set<std::string> used;
      const std::size_t count = random_.one_in(2) ? 0 : 1 + random_.index(3);
      while (used.size() < count) {
        std::string key = random_key(random_);
        if (!is_declared_key(key) && used.insert(key).second) {
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
  bool unknown_fields_;
  std::vector<std::pair<std::string, std::string>> members_;
};

template <class Item, class SpellItem>
std::string spelled_array(random_source& random, const std::vector<Item>& items, SpellItem spell_item) {
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

inline std::string spelled_document(random_source& random, object_speller& root) {
  std::string out;
  append_random_whitespace(out, random);
  root.write(out);
  append_random_whitespace(out, random);
  return out;
}

/// A JSON text of `value` in a random legal spelling.
inline std::string spell_randomly(const invite::request& value, random_source& random, bool unknown_fields) {
  object_speller root(random, unknown_fields);
  root.member("assessment_id", std::to_string(value.assessment_id));
  root.member("invite_format", root.string_json(name_of(value.invite_format)));
  if (value.expiry_date) {
    root.member("expiry_date", root.string_json(format_expiry(*value.expiry_date)));
  } else if (random.coin()) {
    root.member("expiry_date", "null");
  }
  root.member("candidates", spelled_array(random, value.candidates, [&](std::string& out, const invite::candidate& item) {
                object_speller object(random, unknown_fields);
                // Each draw in its own statement: function arguments are evaluated in an
                // unspecified order.
                const char* name_key = random.coin() ? "name" : "candidate_name";
                object.member(name_key, object.string_json(item.name));
                const char* email_key = random.coin() ? "email" : "candidate_email";
                object.member(email_key, object.string_json(item.email));
                object.write(out);
              }));
  return spelled_document(random, root);
}

inline std::string spell_randomly(const invite::response& value, random_source& random, bool unknown_fields) {
  object_speller root(random, unknown_fields);
  root.member("invites", spelled_array(random, value.invites, [&](std::string& out, const invite::invitation& item) {
                object_speller object(random, unknown_fields);
                object.member("name", object.string_json(item.name));
                object.member("email", object.string_json(item.email));
                object.member("report_id", std::to_string(item.report_id));
                object.member("candidate_id", std::to_string(item.candidate_id));
                object.member("assessment_id", std::to_string(item.assessment_id));
                object.member("invite_link", object.string_json(item.invite_link));
                object.member("status", object.string_json(item.status));
                object.write(out);
              }));
  return spelled_document(random, root);
}

} // namespace invite_test::detail

#endif // INVITE_TEST_DETAIL_EVERY_LEGAL_FORM_HPP_INCLUDED
