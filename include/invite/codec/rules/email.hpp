#ifndef INVITE_CODEC_RULES_EMAIL_HPP_INCLUDED
#define INVITE_CODEC_RULES_EMAIL_HPP_INCLUDED

#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/schema_fragment.hpp>
#include <invite/codec/spelling/email.hpp>

#include <string>

namespace invite::rule {

/// A "valid e-mail address" of the WHATWG HTML standard whose local part and whole fit
/// RFC 5321's octet limits (spelling/email.hpp), else invalid_email.
struct email_address {
  static constexpr error_code code = error_code::invalid_email;

  bool check(const text& value) const noexcept {
    return value.padded() ? spelling::is_valid_email_in_padded_input(value) : spelling::is_valid_email(value);
  }

  void expected(std::string& out) const {
    out += "a valid e-mail address (WHATWG HTML; local part at most ";
    message::append_number(out, spelling::max_email_local_octets);
    out += " octets, at most ";
    message::append_number(out, spelling::max_email_octets);
    out += " in all)";
  }

  /// The grammar as an ECMA-262 pattern; the whole address's octet limit is maxLength (e-mails
  /// are ASCII, so characters are octets). Anchored with "$(?!\n)" because Python's "$" also
  /// matches before a final newline.
  static std::string pattern() {
    std::string regex = "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,";
    message::append_number(regex, spelling::max_email_local_octets);
    regex += "}@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$(?!\\n)";
    return regex;
  }

  void schema(schema_fragment& s) const {
    s.max_length(spelling::max_email_octets);
    s.pattern(pattern());
  }
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_EMAIL_HPP_INCLUDED
