#ifndef INVITE_CODEC_ERROR_HPP_INCLUDED
#define INVITE_CODEC_ERROR_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace invite {

/// Every way a document (or a value built in code) can break its type's rules; the spelling of
/// each is stable and public, and the set is closed: a user's rule reports the nearest one, with
/// a code name of its own if it wants one (rule.hpp).
enum class error_code : std::uint8_t {
  invalid_json,       // not one well-formed JSON text (RFC 8259, UTF-8); always the only error
  payload_too_large,  // longer than parse_options::max_bytes; always the only error
  type_mismatch,      // a value of the wrong JSON type, or a number with a fraction or exponent
                      // where an integer belongs
  out_of_range,       // a number its member's type cannot hold or its rules do not allow
  missing_field,      // a required member absent under all of its names
  unknown_field,      // a key the type does not declare (unless unknown fields are allowed)
  duplicate_field,    // the same key twice in one object
  alias_conflict,     // a member given under two of its names
  invalid_enum,       // a string that names no enumerator (or, built in code, an undescribed value)
  invalid_datetime,   // a text a date-time format refuses (rfc3339_format, minute_datetime_format)
  invalid_email,      // a text the e-mail rule refuses (rule::email_address)
  invalid_url,        // a text the URL rule refuses (rule::http_url)
  too_short,          // fewer characters or items than a rule asks, or a text of only spaces
  too_long,           // more characters or items than a rule allows
  duplicate_value,    // a value that must be unique within its array appears again
  invalid_characters, // a character a text may not hold: a control character where a rule
                      // forbids them, or (built in code) bytes that are not UTF-8
};

/// How many error codes there are; to_string has one entry for each.
inline constexpr std::size_t error_code_count = 16;

namespace detail {
inline constexpr std::string_view error_code_names[error_code_count] = {
    "invalid_json",     "payload_too_large", "type_mismatch",   "out_of_range",
    "missing_field",    "unknown_field",     "duplicate_field", "alias_conflict",
    "invalid_enum",     "invalid_datetime",  "invalid_email",   "invalid_url",
    "too_short",        "too_long",          "duplicate_value", "invalid_characters",
};
} // namespace detail

/// The stable snake_case name of a code, as the contract spells it ("" for a value out of range).
constexpr std::string_view to_string(error_code code) noexcept {
  const auto index = static_cast<std::size_t>(code);
  return index < error_code_count ? detail::error_code_names[index] : std::string_view{};
}

/// One broken rule: what, where (a JSON Pointer into the input as spelled), and why.
struct error {
  error_code code;
  std::string path;    // RFC 6901, "" for the root
  std::string message; // for people: names the field, what was expected and what was found
  std::size_t offset;  // byte offset in the input of the offending value, key or object
  /// The stable name a user's own rule or format gives what broke ("invalid_sku"), refining
  /// `code`; empty for the library's own checks. Code that switches on `code` keeps working.
  std::string_view code_name{};

  /// The stable name of what broke: the code name of one's own rule, else to_string(code). The
  /// name problem+json and the tools show.
  std::string_view name() const noexcept { return code_name.empty() ? to_string(code) : code_name; }

  friend bool operator==(const error& a, const error& b) noexcept {
    return a.code == b.code && a.path == b.path && a.message == b.message && a.offset == b.offset &&
           a.code_name == b.code_name;
  }
  friend bool operator!=(const error& a, const error& b) noexcept { return !(a == b); }
};

} // namespace invite

#endif // INVITE_CODEC_ERROR_HPP_INCLUDED
