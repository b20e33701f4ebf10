#ifndef INVITE_BENCHMARKS_CONTRACT_CHECKS_HPP_INCLUDED
#define INVITE_BENCHMARKS_CONTRACT_CHECKS_HPP_INCLUDED

// The contract's rules as every hand-rolled contender applies them, so that the contenders
// differ only in how they get at the JSON. Text, e-mail and date rules come from the library's
// validators (pure functions over decoded strings, which a hand-written parser would call too);
// key lookup, integer literals and e-mail uniqueness are written here.

#include <invite/contract/types.hpp>
#include <invite/codec/error.hpp>
#include <invite/validators/datetime.hpp>
#include <invite/validators/email.hpp>
#include <invite/validators/text.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace invite_bench {

inline constexpr std::size_t max_candidates = invite::contract_limits::max_candidates;
inline constexpr std::size_t max_name_code_points = invite::contract_limits::max_name_code_points;
inline constexpr std::size_t max_nesting_depth = 1024;

/// The keys of a request object.
enum class request_key : unsigned char { assessment_id, invite_format, expiry_date, candidates, unknown };

/// The keys of a candidate object; the member is key / 2, the alias spelling is key % 2.
enum class candidate_key : unsigned char { name, candidate_name, email, candidate_email, unknown };

// Only called once the length is known to match.
template <std::size_t N>
bool key_equals(std::string_view key, const char (&literal)[N]) noexcept {
  return std::memcmp(key.data(), literal, N - 1) == 0;
}

// A switch on the length first: each length names at most two keys.
inline request_key classify_request_key(std::string_view key) noexcept {
  switch (key.size()) {
    case 10: return key_equals(key, "candidates") ? request_key::candidates : request_key::unknown;
    case 11: return key_equals(key, "expiry_date") ? request_key::expiry_date : request_key::unknown;
    case 13:
      if (key_equals(key, "assessment_id")) return request_key::assessment_id;
      if (key_equals(key, "invite_format")) return request_key::invite_format;
      return request_key::unknown;
    default: return request_key::unknown;
  }
}

inline candidate_key classify_candidate_key(std::string_view key) noexcept {
  switch (key.size()) {
    case 4: return key_equals(key, "name") ? candidate_key::name : candidate_key::unknown;
    case 5: return key_equals(key, "email") ? candidate_key::email : candidate_key::unknown;
    case 14: return key_equals(key, "candidate_name") ? candidate_key::candidate_name : candidate_key::unknown;
    case 15: return key_equals(key, "candidate_email") ? candidate_key::candidate_email : candidate_key::unknown;
    default: return candidate_key::unknown;
  }
}

/// What RFC 8259's number grammar makes of a whole token.
enum class number_form : unsigned char { malformed, integer, fraction_or_exponent };

inline number_form classify_number(std::string_view token) noexcept {
  const char* p = token.data();
  const char* const end = p + token.size();
  const auto digit = [](char c) { return static_cast<unsigned char>(c - '0') <= 9; };
  if (p != end && *p == '-') ++p;
  if (p == end) return number_form::malformed;
  if (*p == '0') {
    ++p;
  } else if (digit(*p)) {
    while (p != end && digit(*p)) ++p;
  } else {
    return number_form::malformed;
  }
  if (p == end) return number_form::integer;
  if (*p == '.') {
    ++p;
    if (p == end || !digit(*p)) return number_form::malformed;
    while (p != end && digit(*p)) ++p;
  }
  if (p != end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p != end && (*p == '+' || *p == '-')) ++p;
    if (p == end || !digit(*p)) return number_form::malformed;
    while (p != end && digit(*p)) ++p;
  }
  return p == end ? number_form::fraction_or_exponent : number_form::malformed;
}

/// The value of an integer literal when it is an id (1 to 2^63-1); false when out of range.
inline bool read_id_literal(std::string_view literal, std::int64_t& out) noexcept {
  if (literal.front() == '-') return false; // negative, or -0
  constexpr std::uint64_t max = 9223372036854775807ull;
  std::uint64_t magnitude = 0;
  for (const char c : literal) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (magnitude > (max - digit) / 10) return false;
    magnitude = magnitude * 10 + digit;
  }
  if (magnitude == 0) return false;
  out = static_cast<std::int64_t>(magnitude);
  return true;
}

/// JSON whitespace that On Demand's raw tokens carry up to the next structural character.
inline std::string_view trim_json_whitespace(std::string_view token) noexcept {
  while (!token.empty()) {
    const char c = token.back();
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
    token.remove_suffix(1);
  }
  return token;
}

/// Which of the name rules a decoded name breaks (each broken rule is its own error).
struct name_verdict {
  bool blank;        // too_short: empty or only U+0020
  bool too_long;     // too_long: more than 255 code points
  bool has_control;  // invalid_characters
  bool ok() const noexcept { return !blank && !too_long && !has_control; }
};

inline name_verdict check_name(std::string_view text) noexcept {
  const invite::validators::text_facts facts = invite::validators::inspect_text(text);
  return {facts.blank, facts.code_points > max_name_code_points, facts.has_control};
}

inline bool check_email(std::string_view text) noexcept {
  return invite::validators::is_valid_email(text);
}

inline bool read_format(std::string_view text, invite::format& out) noexcept {
  if (text == "getlink") {
    out = invite::format::getlink;
    return true;
  }
  if (text == "sendlink") {
    out = invite::format::sendlink;
    return true;
  }
  return false;
}

/// E-mails seen so far in one candidates array, compared ignoring ASCII case: an open-addressing
/// table of item numbers (the strings stay in the items), kept between documents. Each slot is
/// tagged with the document's generation, so clearing it costs nothing, however small the next
/// array is.
class caseless_email_set {
public:
  void clear() noexcept {
    size_ = 0;
    if (++generation_ == 0) { // after 2^32 arrays: wipe the tags once, start again
      std::fill(slots_.begin(), slots_.end(), std::uint64_t{0});
      generation_ = 1;
    }
  }

  /// The first item whose e-mail equals `email` ignoring ASCII case; `item` itself when it is
  /// the first, in which case it is remembered. `email_of(i)` gives item i's e-mail.
  template <class EmailOf>
  std::size_t first_with(std::string_view email, std::size_t item, const EmailOf& email_of) {
    if ((size_ + 1) * 2 > slots_.size()) grow(email_of);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(email) & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if ((slot >> 32) != generation_) {
        slots_[i] = tag(item);
        ++size_;
        return item;
      }
      const std::size_t earlier = static_cast<std::uint32_t>(slot);
      if (equal_ignoring_case(email_of(earlier), email)) return earlier;
    }
  }

private:
  std::uint64_t tag(std::size_t item) const noexcept {
    return (std::uint64_t{generation_} << 32) | static_cast<std::uint32_t>(item);
  }
  static unsigned char lower(unsigned char c) noexcept {
    return static_cast<unsigned char>(c - 'A') < 26 ? static_cast<unsigned char>(c | 0x20) : c;
  }
  static std::size_t hash(std::string_view text) noexcept {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text) h = (h ^ lower(static_cast<unsigned char>(c))) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  static bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (lower(static_cast<unsigned char>(a[i])) != lower(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
  }
  template <class EmailOf>
  void grow(const EmailOf& email_of) {
    std::vector<std::uint64_t> old(slots_.size() < 1024 ? 2048 : slots_.size() * 2, 0);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint64_t slot : old) {
      if ((slot >> 32) != generation_) continue;
      std::size_t i = hash(email_of(static_cast<std::uint32_t>(slot))) & mask;
      while ((slots_[i] >> 32) == generation_) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;
};

/// Appends one RFC 6901 reference token ("~" as "~0", "/" as "~1") after a "/".
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

} // namespace invite_bench

#endif // INVITE_BENCHMARKS_CONTRACT_CHECKS_HPP_INCLUDED
