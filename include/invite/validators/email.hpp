#ifndef INVITE_VALIDATORS_EMAIL_HPP_INCLUDED
#define INVITE_VALIDATORS_EMAIL_HPP_INCLUDED

#include <cstddef>
#include <string_view>

namespace invite::validators {

/// The longest address, and the longest local part, the contract accepts (in octets).
inline constexpr std::size_t max_email_octets = 254, max_email_local_octets = 64;

namespace detail {

enum email_char_class : unsigned char {
  email_local_char = 1u << 0, // atext of the WHATWG grammar, or '.'
  email_label_char = 1u << 1, // letter, digit or '-'
};

struct email_char_table {
  unsigned char classes[256] = {};
};

constexpr email_char_table make_email_char_table() noexcept {
  email_char_table table;
  for (unsigned c = 'a'; c <= 'z'; ++c) table.classes[c] = email_local_char | email_label_char;
  for (unsigned c = 'A'; c <= 'Z'; ++c) table.classes[c] = email_local_char | email_label_char;
  for (unsigned c = '0'; c <= '9'; ++c) table.classes[c] = email_local_char | email_label_char;
  table.classes[static_cast<unsigned char>('-')] = email_local_char | email_label_char;
  for (const char c : std::string_view{".!#$%&'*+/=?^_`{|}~"})
    table.classes[static_cast<unsigned char>(c)] = email_local_char;
  return table;
}

inline constexpr email_char_table email_chars = make_email_char_table();

constexpr unsigned char email_class(char c) noexcept { return email_chars.classes[static_cast<unsigned char>(c)]; }

/// The first index at or after `i` whose byte lacks `wanted`. Four bytes share one test, as
/// addresses are long runs of one class.
constexpr std::size_t skip_email_class(std::string_view text, std::size_t i, email_char_class wanted) noexcept {
  while (i + 4 <= text.size() &&
         (email_class(text[i]) & email_class(text[i + 1]) & email_class(text[i + 2]) &
          email_class(text[i + 3]) & wanted) != 0) {
    i += 4;
  }
  while (i < text.size() && (email_class(text[i]) & wanted) != 0) ++i;
  return i;
}

} // namespace detail

/// True when `address` is a "valid e-mail address" of the WHATWG HTML standard (input
/// type=email) whose local part is at most 64 octets and whole at most 254 octets.
///
/// WHATWG's grammar is deliberately looser than RFC 5322 in the local part (any dots, anywhere)
/// and stricter elsewhere (no quoted strings, no comments, no IP literals, ASCII only).
constexpr bool is_valid_email(std::string_view address) noexcept {
  const std::size_t size = address.size();
  if (size > max_email_octets) return false;

  std::size_t i = detail::skip_email_class(address, 0, detail::email_local_char);
  if (i == 0 || i > max_email_local_octets || i == size || address[i] != '@') return false;
  ++i;

  // One or more labels of 1-63 letters, digits and hyphens, no hyphen at either end.
  for (;;) {
    const std::size_t label_begin = i;
    i = detail::skip_email_class(address, i, detail::email_label_char);
    const std::size_t label_size = i - label_begin;
    if (label_size == 0 || label_size > 63) return false;
    if (address[label_begin] == '-' || address[i - 1] == '-') return false;
    if (i == size) return true;
    if (address[i] != '.') return false;
    ++i;
  }
}

} // namespace invite::validators

#endif // INVITE_VALIDATORS_EMAIL_HPP_INCLUDED
