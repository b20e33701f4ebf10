#ifndef INVITE_FUZZ_FUZZ_SUPPORT_HPP_INCLUDED
#define INVITE_FUZZ_FUZZ_SUPPORT_HPP_INCLUDED

// What the fuzz targets share: how an input is handed to the library, the invariants every
// result must keep, and reference implementations of the contract's rules written here from
// docs/contract.md, independently of the library, so that the two can be compared.

#include <invite/invite.hpp>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace invite_fuzz {

// An abort is what both libFuzzer and the replay test report as a failure, with the input kept.
[[noreturn]] inline void invariant_broken(const char* file, int line, const char* condition) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, condition);
  std::abort();
}

#define INVITE_FUZZ_CHECK(condition)                                                             \
  ((condition) ? static_cast<void>(0) : ::invite_fuzz::invariant_broken(__FILE__, __LINE__, #condition))

/// The input in a heap block of exactly its size: AddressSanitizer then reports a read of even
/// one byte past the end.
inline std::vector<char> exact_copy(const std::uint8_t* data, std::size_t size) {
  return std::vector<char>(reinterpret_cast<const char*>(data), reinterpret_cast<const char*>(data) + size);
}

/// The input followed by exactly simdjson::SIMDJSON_PADDING bytes. simdjson promises that the
/// padding's content never changes a verdict, and a server's receive buffer holds whatever came
/// before, so it is filled with the bytes most likely to change one if a reader did look at
/// them: quotes, backslashes, digits, brackets. Define INVITE_FUZZ_ZEROED_PADDING to zero it
/// instead (to look for other bugs while one about the padding is open).
class padded_copy {
public:
  explicit padded_copy(std::string_view text)
      : size_(text.size()), bytes_(new char[text.size() + simdjson::SIMDJSON_PADDING]) {
    std::copy(text.begin(), text.end(), bytes_.get());
#ifdef INVITE_FUZZ_ZEROED_PADDING
    constexpr std::string_view hostile("\0", 1);
#else
    constexpr std::string_view hostile = "\"\\1e]}:,\"0\x80[{";
#endif
    for (std::size_t i = 0; i < simdjson::SIMDJSON_PADDING; ++i) {
      bytes_[size_ + i] = hostile[(i + size_) % hostile.size()];
    }
  }
  simdjson::padded_string_view view() const noexcept {
    return simdjson::padded_string_view(bytes_.get(), size_, size_ + simdjson::SIMDJSON_PADDING);
  }

private:
  std::size_t size_;
  std::unique_ptr<char[]> bytes_;
};

// ---------------------------------------------------------------------------------------------
// Invariants of every result.

/// RFC 6901: empty, or '/'-separated tokens in which '~' only starts "~0" or "~1".
inline bool is_json_pointer(std::string_view path) {
  if (path.empty()) return true;
  if (path.front() != '/') return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '~' && (i + 1 == path.size() || (path[i + 1] != '0' && path[i + 1] != '1'))) return false;
  }
  return true;
}

/// What holds of any error list, whatever the options: codes named, paths JSON Pointers,
/// offsets inside the input, messages present, the cap kept, validity matching emptiness, and
/// the document-level errors alone at the root.
template <class T>
void check_error_list(const invite::result<T>& parsed, std::size_t input_size, const invite::parse_options& options) {
  const std::vector<invite::error>& errors = parsed.errors();
  INVITE_FUZZ_CHECK(errors.size() <= options.max_errors);
  if (options.max_errors > 0) INVITE_FUZZ_CHECK(parsed.ok() == errors.empty());
  if (parsed.ok()) INVITE_FUZZ_CHECK(errors.empty());
  for (const invite::error& e : errors) {
    INVITE_FUZZ_CHECK(!invite::to_string(e.code).empty());
    INVITE_FUZZ_CHECK(is_json_pointer(e.path));
    INVITE_FUZZ_CHECK(e.offset <= input_size);
    INVITE_FUZZ_CHECK(!e.message.empty());
    if (e.code == invite::error_code::invalid_json || e.code == invite::error_code::payload_too_large) {
      INVITE_FUZZ_CHECK(errors.size() == 1);
      INVITE_FUZZ_CHECK(e.path.empty());
    }
    if (e.code == invite::error_code::invalid_json) {
      INVITE_FUZZ_CHECK(e.message.find("at byte " + std::to_string(e.offset)) != std::string::npos);
    }
    if (e.code == invite::error_code::payload_too_large) INVITE_FUZZ_CHECK(e.offset == 0);
  }
}

template <class T>
bool is_invalid_json(const invite::result<T>& parsed) {
  return !parsed.ok() && !parsed.errors().empty() && parsed.errors().front().code == invite::error_code::invalid_json;
}

/// Two parses of the same bytes with the same options must agree on everything the contract
/// defines: the verdict, the errors, and the value when valid.
template <class T>
void check_same_outcome(const invite::result<T>& a, const invite::result<T>& b) {
  INVITE_FUZZ_CHECK(a.ok() == b.ok());
  INVITE_FUZZ_CHECK(a.errors() == b.errors());
  if (a.ok()) INVITE_FUZZ_CHECK(a.value() == b.value());
}

// ---------------------------------------------------------------------------------------------
// simdjson's DOM parser as the second opinion on well-formedness.

/// RFC 8259's number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
inline bool is_number_literal(std::string_view token) {
  const auto digits = [&token] {
    std::size_t count = 0;
    while (count < token.size() && token[count] >= '0' && token[count] <= '9') ++count;
    token.remove_prefix(count);
    return count;
  };
  if (!token.empty() && token.front() == '-') token.remove_prefix(1);
  if (token.empty()) return false;
  if (token.front() == '0') token.remove_prefix(1);
  else if (digits() == 0) return false;
  if (!token.empty() && token.front() == '.') {
    token.remove_prefix(1);
    if (digits() == 0) return false;
  }
  if (!token.empty() && (token.front() == 'e' || token.front() == 'E')) {
    token.remove_prefix(1);
    if (!token.empty() && (token.front() == '+' || token.front() == '-')) token.remove_prefix(1);
    if (digits() == 0) return false;
  }
  return token.empty();
}

/// The document with every number token (outside strings) that simdjson cannot convert
/// replaced by one it can of the same kind: 0 for an integer literal, 0.0 for one with a
/// fraction or exponent. Well-formedness depends on a token's grammar alone, and the contract's
/// rules on its kind (an out-of-range integer and 0 both break an id's rule, 1e400 and 0.0 are
/// both not integer literals), so the rewrite keeps both verdicts.
inline std::string with_huge_numbers_tamed(std::string_view text, simdjson::dom::parser& token_parser) {
  constexpr std::string_view number_chars = "-+.eE0123456789";
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < text.size()) out.push_back(text[++i]);
      else if (c == '"') in_string = false;
      ++i;
      continue;
    }
    if (c == '"') {
      in_string = true;
      out.push_back(c);
      ++i;
      continue;
    }
    if (number_chars.find(c) == std::string_view::npos) {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t run_end = i;
    while (run_end < text.size() && number_chars.find(text[run_end]) != std::string_view::npos) ++run_end;
    const std::string_view run = text.substr(i, run_end - i);
    simdjson::dom::element ignored;
    if (is_number_literal(run) && token_parser.parse(simdjson::padded_string(run)).get(ignored) != simdjson::SUCCESS) {
      out.append(run.find_first_of(".eE") == std::string_view::npos ? "0" : "0.0");
    } else {
      out.append(run);
    }
    i = run_end;
  }
  return out;
}

/// simdjson's DOM verdict on `text`, adjusted to the contract where the two differ (each
/// difference is decided in docs/contract.md and has regression inputs in
/// fuzz/regressions/fuzz_differential/):
/// - magnitude: simdjson rejects numbers it cannot convert (NUMBER_ERROR for 1e400, -1e400,
///   integers beyond the 64-bit ranges); the contract says magnitude never makes a document
///   ill-formed, so on NUMBER_ERROR the document is asked again with those numbers tamed;
/// - depth: simdjson 3.0.1's DOM counts a value inside the innermost container as one more
///   level (with max_depth 1024 it takes 1024 nested empty arrays but not 1024 around a 1), so
///   it gets one level of slack and the contract's limit, 1024 nested arrays and objects, is
///   applied here by counting brackets in the document it accepted;
/// - a byte-order mark and an empty or all-whitespace body are rejected by both, no adjustment.
/// Returns the root element when well-formed (valid until the next call).
class dom_oracle {
public:
  std::optional<simdjson::dom::element> parse(std::string_view text) {
    simdjson::dom::element root;
    simdjson::error_code status = parse_exactly(text, root);
    std::string_view accepted_text = text;
    if (status == simdjson::NUMBER_ERROR) {
      tamed_ = with_huge_numbers_tamed(text, token_parser_);
      status = parse_exactly(tamed_, root);
      accepted_text = tamed_;
    }
    if (status != simdjson::SUCCESS) return std::nullopt;
    if (nesting_depth(accepted_text) > contract_depth) return std::nullopt;
    return root;
  }

  static constexpr std::size_t contract_depth = 1024;

private:
  // The deepest nesting of arrays and objects in a well-formed text.
  static std::size_t nesting_depth(std::string_view text) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (in_string) {
        if (c == '\\') ++i;
        else if (c == '"') in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '[' || c == '{') {
        deepest = std::max(deepest, ++depth);
      } else if (c == ']' || c == '}') {
        --depth;
      }
    }
    return deepest;
  }

  simdjson::error_code parse_exactly(std::string_view text, simdjson::dom::element& root) {
    const std::size_t capacity = text.size() < 4096 ? 4096 : text.size();
    if (parser_.capacity() < capacity || parser_.max_depth() != contract_depth + 1) {
      if (parser_.allocate(capacity, contract_depth + 1) != simdjson::SUCCESS) std::abort();
    }
    // A copy of its own, so that simdjson's padding never reads the caller's bytes.
    padded_ = simdjson::padded_string(text);
    return parser_.parse(padded_).get(root);
  }

  simdjson::dom::parser parser_;
  simdjson::padded_string padded_;
  simdjson::dom::parser token_parser_;
  std::string tamed_;
};

// ---------------------------------------------------------------------------------------------
// Reference rules, from docs/contract.md, written without looking at how the library does it.

namespace reference {

// By value: the range of a range-for over simdjson_result::value_unsafe() would dangle.
inline simdjson::dom::object members_of(simdjson::dom::element object) {
  simdjson::dom::object members;
  if (object.get(members) != simdjson::SUCCESS) std::abort();
  return members;
}
inline simdjson::dom::array items_of(simdjson::dom::element array) {
  simdjson::dom::array items;
  if (array.get(items) != simdjson::SUCCESS) std::abort();
  return items;
}

inline bool is_ascii_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// The code points of valid UTF-8, decoded one sequence at a time; nullopt when not UTF-8.
inline std::optional<std::vector<std::uint32_t>> decode_utf8(std::string_view text) {
  std::vector<std::uint32_t> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t cp = 0;
    std::uint32_t minimum = 0;
    if (lead < 0x80) { length = 1; cp = lead; }
    else if ((lead & 0xE0) == 0xC0) { length = 2; cp = lead & 0x1Fu; minimum = 0x80; }
    else if ((lead & 0xF0) == 0xE0) { length = 3; cp = lead & 0x0Fu; minimum = 0x800; }
    else if ((lead & 0xF8) == 0xF0) { length = 4; cp = lead & 0x07u; minimum = 0x10000; }
    else return std::nullopt;
    if (text.size() - i < length) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (next & 0x3Fu);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    out.push_back(cp);
    i += length;
  }
  return out;
}

/// The name rule: 1 to 255 code points, not only U+0020, no U+0000-U+001F or U+007F.
inline bool is_valid_name(std::string_view text) {
  const auto code_points = decode_utf8(text);
  if (!code_points || code_points->empty() || code_points->size() > 255) return false;
  bool only_spaces = true;
  for (const std::uint32_t cp : *code_points) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp != 0x20) only_spaces = false;
  }
  return !only_spaces;
}

/// WHATWG HTML's valid e-mail address: 1*(atext / ".") "@" label *("." label), a label being
/// 1-63 letters, digits and hyphens with a letter or digit at each end; plus the contract's
/// limits of 64 octets before the '@' and 254 in all.
inline bool is_valid_email(std::string_view address) {
  if (address.size() > 254) return false;
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64) return false;
  constexpr std::string_view local_punctuation = ".!#$%&'*+/=?^_`{|}~-";
  for (const char c : address.substr(0, at)) {
    if (!is_ascii_letter_or_digit(c) && local_punctuation.find(c) == std::string_view::npos) return false;
  }
  std::string_view domain = address.substr(at + 1);
  for (;;) {
    const std::size_t dot = domain.find('.');
    const std::string_view label = domain.substr(0, dot);
    if (label.empty() || label.size() > 63) return false;
    if (!is_ascii_letter_or_digit(label.front()) || !is_ascii_letter_or_digit(label.back())) return false;
    for (const char c : label) {
      if (!is_ascii_letter_or_digit(c) && c != '-') return false;
    }
    if (dot == std::string_view::npos) return true;
    domain.remove_prefix(dot + 1);
  }
}

/// The invite_link rule: "http" or "https" in any case, "://", a non-empty host (the authority
/// runs to the first '/', '?', '#' or '\'; the host follows its last '@' and ends at a ':'),
/// only U+0021-U+007E, at most `max_octets`.
inline bool is_valid_http_url(std::string_view url, std::size_t max_octets) {
  if (url.size() > max_octets) return false;
  for (const char c : url) {
    if (c < 0x21 || c > 0x7E) return false;
  }
  std::string lowered(url.substr(0, 8));
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::size_t rest_begin = 0;
  if (lowered.compare(0, 7, "http://") == 0) rest_begin = 7;
  else if (lowered.compare(0, 8, "https://") == 0) rest_begin = 8;
  else return false;
  std::string_view authority = url.substr(rest_begin);
  authority = authority.substr(0, authority.find_first_of("/?#\\"));
  const std::size_t last_at = authority.rfind('@');
  std::string_view host = last_at == std::string_view::npos ? authority : authority.substr(last_at + 1);
  host = host.substr(0, host.find(':'));
  return !host.empty();
}

inline bool is_leap_year(long year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

/// Days from 0000-01-01 to the first day of `year` (year >= 0): 365 a year plus one per leap
/// year before it (year 0 is one).
inline long days_before_year(long year) {
  return 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
}

inline constexpr long days_from_year_0_to_1970 = 719528;

/// Minutes since 1970-01-01 00:00 named by exactly "YYYY-MM-DD HH:MM", or nullopt.
inline std::optional<long long> minutes_of(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  long fields[6] = {};
  constexpr std::size_t starts[6] = {0, 5, 8, 11, 14, 0};
  constexpr std::size_t lengths[6] = {4, 2, 2, 2, 2, 0};
  for (std::size_t f = 0; f < 5; ++f) {
    for (std::size_t k = 0; k < lengths[f]; ++k) {
      const char c = text[starts[f] + k];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  if (text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') return std::nullopt;
  const long year = fields[0], month = fields[1], day = fields[2], hour = fields[3], minute = fields[4];
  constexpr std::array<long, 12> month_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || day < 1) return std::nullopt;
  const long days_in_month = month_days[static_cast<std::size_t>(month - 1)] + (month == 2 && is_leap_year(year) ? 1 : 0);
  if (day > days_in_month) return std::nullopt;
  long day_number = days_before_year(year);
  for (long m = 1; m < month; ++m) {
    day_number += month_days[static_cast<std::size_t>(m - 1)] + (m == 2 && is_leap_year(year) ? 1 : 0);
  }
  day_number += day - 1 - days_from_year_0_to_1970;
  return (static_cast<long long>(day_number) * 24 + hour) * 60 + minute;
}

inline date::local_time<std::chrono::minutes> as_local_minutes(long long minutes) {
  return date::local_time<std::chrono::minutes>{std::chrono::minutes{minutes}};
}

inline bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

/// The contract's integer rule on a DOM number: an integer literal in 1..2^63-1. simdjson's
/// DOM types a literal with '.' or an exponent as a double, and one at or above 2^63 as an
/// unsigned integer, so only its int64 type can hold a valid id.
inline std::optional<std::int64_t> valid_id(simdjson::dom::element value) {
  if (value.type() != simdjson::dom::element_type::INT64) return std::nullopt;
  const std::int64_t id = value.get_int64().value_unsafe();
  if (id < 1) return std::nullopt;
  return id;
}

inline std::optional<std::string_view> string_of(simdjson::dom::element value) {
  if (value.type() != simdjson::dom::element_type::STRING) return std::nullopt;
  return value.get_string().value_unsafe();
}

/// Walks an object's members, giving each declared key its slot and refusing what the
/// contract refuses about keys: a field twice (under one name or two), an undeclared key in
/// strict mode, and an undeclared key twice in either mode.
class member_slots {
public:
  explicit member_slots(bool allow_unknown) : allow_unknown_(allow_unknown) {}

  /// The slot of `key` among `names` (each slot listing its accepted spellings), -1 to skip
  /// an allowed unknown key, -2 when the object breaks a key rule.
  template <std::size_t N>
  int slot_of(std::string_view key, const std::array<std::array<std::string_view, 2>, N>& names) {
    for (std::size_t s = 0; s < N; ++s) {
      if (key == names[s][0] || (!names[s][1].empty() && key == names[s][1])) {
        if (seen_.size() < N) seen_.resize(N, false);
        if (seen_[s]) return -2;
        seen_[s] = true;
        return static_cast<int>(s);
      }
    }
    if (!allow_unknown_ || !unknown_.insert(key).second) return -2;
    return -1;
  }

private:
  bool allow_unknown_;
  std::vector<bool> seen_;
  std::set<std::string_view> unknown_;
};

inline std::optional<invite::candidate> candidate_of(simdjson::dom::element item, bool allow_unknown) {
  if (item.type() != simdjson::dom::element_type::OBJECT) return std::nullopt;
  static constexpr std::array<std::array<std::string_view, 2>, 2> names = {{{"name", "candidate_name"}, {"email", "candidate_email"}}};
  member_slots slots(allow_unknown);
  invite::candidate out;
  bool has[2] = {false, false};
  for (const simdjson::dom::key_value_pair member : members_of(item)) {
    const int slot = slots.slot_of(member.key, names);
    if (slot == -2) return std::nullopt;
    if (slot == -1) continue;
    const auto text = string_of(member.value);
    if (!text) return std::nullopt;
    if (slot == 0 && !is_valid_name(*text)) return std::nullopt;
    if (slot == 1 && !is_valid_email(*text)) return std::nullopt;
    (slot == 0 ? out.name : out.email) = std::string(*text);
    has[slot] = true;
  }
  if (!has[0] || !has[1]) return std::nullopt;
  return out;
}

/// The request a well-formed document denotes, or nullopt when it breaks any rule.
inline std::optional<invite::request> request_of(simdjson::dom::element root, bool allow_unknown) {
  if (root.type() != simdjson::dom::element_type::OBJECT) return std::nullopt;
  static constexpr std::array<std::array<std::string_view, 2>, 4> names = {
      {{"assessment_id", ""}, {"invite_format", ""}, {"expiry_date", ""}, {"candidates", ""}}};
  member_slots slots(allow_unknown);
  invite::request out{};
  bool has[4] = {false, false, false, false};
  for (const simdjson::dom::key_value_pair member : members_of(root)) {
    const int slot = slots.slot_of(member.key, names);
    if (slot == -2) return std::nullopt;
    if (slot == -1) continue;
    has[slot] = true;
    if (slot == 0) {
      const auto id = valid_id(member.value);
      if (!id) return std::nullopt;
      out.assessment_id = *id;
    } else if (slot == 1) {
      const auto text = string_of(member.value);
      if (!text || (*text != "getlink" && *text != "sendlink")) return std::nullopt;
      out.invite_format = *text == "getlink" ? invite::format::getlink : invite::format::sendlink;
    } else if (slot == 2) {
      if (member.value.is_null()) continue;
      const auto text = string_of(member.value);
      if (!text) return std::nullopt;
      const auto minutes = minutes_of(*text);
      if (!minutes) return std::nullopt;
      out.expiry_date = as_local_minutes(*minutes);
    } else {
      if (member.value.type() != simdjson::dom::element_type::ARRAY) return std::nullopt;
      const simdjson::dom::array items = items_of(member.value);
      if (items.size() < 1 || items.size() > 500) return std::nullopt;
      for (const simdjson::dom::element item : items) {
        auto one = candidate_of(item, allow_unknown);
        if (!one) return std::nullopt;
        for (const invite::candidate& earlier : out.candidates) {
          if (equal_ignoring_ascii_case(earlier.email, one->email)) return std::nullopt;
        }
        out.candidates.push_back(std::move(*one));
      }
    }
  }
  if (!has[0] || !has[1] || !has[3]) return std::nullopt;
  return out;
}

inline std::optional<invite::invitation> invitation_of(simdjson::dom::element item, bool allow_unknown) {
  if (item.type() != simdjson::dom::element_type::OBJECT) return std::nullopt;
  static constexpr std::array<std::array<std::string_view, 2>, 7> names = {
      {{"name", ""}, {"email", ""}, {"report_id", ""}, {"candidate_id", ""}, {"assessment_id", ""},
       {"invite_link", ""}, {"status", ""}}};
  member_slots slots(allow_unknown);
  invite::invitation out{};
  bool has[7] = {};
  for (const simdjson::dom::key_value_pair member : members_of(item)) {
    const int slot = slots.slot_of(member.key, names);
    if (slot == -2) return std::nullopt;
    if (slot == -1) continue;
    has[slot] = true;
    if (slot >= 2 && slot <= 4) {
      const auto id = valid_id(member.value);
      if (!id) return std::nullopt;
      (slot == 2 ? out.report_id : slot == 3 ? out.candidate_id : out.assessment_id) = *id;
      continue;
    }
    const auto text = string_of(member.value);
    if (!text) return std::nullopt;
    switch (slot) {
      case 0: if (!is_valid_name(*text)) return std::nullopt; out.name = std::string(*text); break;
      case 1: if (!is_valid_email(*text)) return std::nullopt; out.email = std::string(*text); break;
      case 5: if (!is_valid_http_url(*text, 2048)) return std::nullopt; out.invite_link = std::string(*text); break;
      default: if (text->empty()) return std::nullopt; out.status = std::string(*text); break;
    }
  }
  for (const bool present : has) {
    if (!present) return std::nullopt;
  }
  return out;
}

/// The response a well-formed document denotes, or nullopt when it breaks any rule.
inline std::optional<invite::response> response_of(simdjson::dom::element root, bool allow_unknown) {
  if (root.type() != simdjson::dom::element_type::OBJECT) return std::nullopt;
  static constexpr std::array<std::array<std::string_view, 2>, 1> names = {{{"invites", ""}}};
  member_slots slots(allow_unknown);
  invite::response out;
  bool has = false;
  for (const simdjson::dom::key_value_pair member : members_of(root)) {
    const int slot = slots.slot_of(member.key, names);
    if (slot == -2) return std::nullopt;
    if (slot == -1) continue;
    has = true;
    if (member.value.type() != simdjson::dom::element_type::ARRAY) return std::nullopt;
    const simdjson::dom::array items = items_of(member.value);
    if (items.size() < 1 || items.size() > 500) return std::nullopt;
    for (const simdjson::dom::element item : items) {
      auto one = invitation_of(item, allow_unknown);
      if (!one) return std::nullopt;
      out.invites.push_back(std::move(*one));
    }
  }
  if (!has) return std::nullopt;
  return out;
}

inline std::optional<invite::request> value_of(simdjson::dom::element root, bool allow_unknown, const invite::request*) {
  return request_of(root, allow_unknown);
}
inline std::optional<invite::response> value_of(simdjson::dom::element root, bool allow_unknown, const invite::response*) {
  return response_of(root, allow_unknown);
}

} // namespace reference

// ---------------------------------------------------------------------------------------------
// The body of fuzz_request and fuzz_response.

/// Parses the bytes every way the library offers (the free function, a reused parser with a
/// string_view, a fresh and a reused parser with padded input into a reused result), requires the same
/// outcome from each, the invariants of the error list, and the reference's verdict and value.
template <class T>
void check_document(std::string_view json, invite::result<T> (*parse_free)(std::string_view, const invite::parse_options&)) {
  static invite::parser reused_parser;
  static invite::result<T> reused_result;
  static dom_oracle oracle;
  const invite::parse_options defaults;

  const invite::result<T> fresh = parse_free(json, defaults);
  check_error_list(fresh, json.size(), defaults);

  const invite::result<T> through_parser = reused_parser.parse<T>(json, defaults);
  check_same_outcome(fresh, through_parser);

  // A fresh parser's index holds no entries of earlier documents, so a read past this one's
  // shows as garbage to the sanitizers (and valgrind) instead of passing unseen.
  const padded_copy padded(json);
  invite::parser fresh_parser;
  invite::result<T> padded_fresh;
  fresh_parser.parse(padded.view(), padded_fresh, defaults);
  check_same_outcome(fresh, padded_fresh);
  reused_parser.parse(padded.view(), reused_result, defaults);
  check_same_outcome(fresh, reused_result);

  if (json.size() > defaults.max_bytes) {
    INVITE_FUZZ_CHECK(!fresh.ok() && fresh.errors().front().code == invite::error_code::payload_too_large);
    return;
  }
  const std::optional<simdjson::dom::element> root = oracle.parse(json);
  if (!root) {
    INVITE_FUZZ_CHECK(is_invalid_json(fresh));
    return;
  }
  INVITE_FUZZ_CHECK(!is_invalid_json(fresh));
  const std::optional<T> expected = reference::value_of(*root, false, static_cast<const T*>(nullptr));
  INVITE_FUZZ_CHECK(fresh.ok() == expected.has_value());
  if (expected) INVITE_FUZZ_CHECK(fresh.value() == *expected);

  invite::parse_options lenient_options;
  lenient_options.allow_unknown_fields = true;
  const invite::result<T> lenient = reused_parser.parse<T>(json, lenient_options);
  check_error_list(lenient, json.size(), lenient_options);
  const std::optional<T> expected_lenient = reference::value_of(*root, true, static_cast<const T*>(nullptr));
  INVITE_FUZZ_CHECK(lenient.ok() == expected_lenient.has_value());
  if (expected_lenient) INVITE_FUZZ_CHECK(lenient.value() == *expected_lenient);
}

} // namespace invite_fuzz

#endif // INVITE_FUZZ_FUZZ_SUPPORT_HPP_INCLUDED
