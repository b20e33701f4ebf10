#ifndef INVITE_CODEC_RULES_EMAIL_HPP_INCLUDED
#define INVITE_CODEC_RULES_EMAIL_HPP_INCLUDED

#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/schema_fragment.hpp>
#include <invite/codec/spelling/email.hpp>

#include <cstddef>
#include <string>

namespace invite::rule {

/// A "valid e-mail address" of the WHATWG HTML standard whose local part and whole fit
/// RFC 5321's octet limits (spelling/email.hpp), else invalid_email.
struct email_address {
  static constexpr error_code code = error_code::invalid_email;

  /// The classes of the address's bytes, gathered while the reader passes over them.
  struct text_scan {
    spelling::email_block_classes classes;
    void add(const char* block, std::size_t offset, std::size_t) noexcept { classes.add(block, offset); }
  };

  // Always inline: the judgement is a few operations on masks the reader holds in registers.
  [[gnu::always_inline]] bool check(const text& value, const text_scan& scanned) const noexcept {
    return scanned.classes.judge(value);
  }

  /// The same judgement for a caller without a scan (the codec always passes one).
  bool check(const text& value) const noexcept { return check(value, scan_text<text_scan>(value)); }

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
