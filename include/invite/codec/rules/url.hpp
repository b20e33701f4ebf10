#ifndef INVITE_CODEC_RULES_URL_HPP_INCLUDED
#define INVITE_CODEC_RULES_URL_HPP_INCLUDED

#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/schema_fragment.hpp>
#include <invite/codec/spelling/url.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::rule {

/// An absolute http or https URL with a non-empty host, printable ASCII only, at most
/// `max_octets` octets (spelling/url.hpp says exactly what is accepted), else invalid_url.
struct http_url {
  std::size_t max_octets;

  static constexpr error_code code = error_code::invalid_url;

  constexpr bool check(const text& value) const noexcept {
    return spelling::is_valid_http_url(value, max_octets);
  }

  void expected(std::string& out) const {
    out += "an absolute http or https URL with a host, printable ASCII only, at most ";
    message::append_number(out, max_octets);
    out += " octets";
  }

  void found(std::string& out, const text& value) const {
    message::append_quoted(out, value);
    out += " (";
    message::append_count(out, value.size(), "octet", "octets");
    out += ")";
  }

  /// http or https in any case, "://", a non-empty host (after any user info, before a port).
  static constexpr std::string_view shape_pattern =
      "^[hH][tT][tT][pP][sS]?://(?:[^/?#\\\\]*@)?[^/?#\\\\@:][^/?#\\\\@]*(?:[/?#\\\\].*)?$(?!\\n)";
  /// Any character outside printable ASCII (U+0021-U+007E), matched unanchored under "not".
  static constexpr std::string_view outside_printable_ascii = "[^!-~]";

  void schema(schema_fragment& s) const {
    s.max_length(max_octets);
    s.pattern(shape_pattern);
    s.forbidden_pattern(outside_printable_ascii);
  }
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_URL_HPP_INCLUDED
