#ifndef INVITE_BENCHMARKS_LIBRARY_STRING_RULES_HPP_INCLUDED
#define INVITE_BENCHMARKS_LIBRARY_STRING_RULES_HPP_INCLUDED

// The checks on decoded strings that every hand-rolled contender makes, taken from the library's
// validators (pure functions over strings, which anyone writing a parser for this endpoint could
// call): their speed then helps every contender alike, and the contenders differ only in how
// they reach the JSON. Everything else (keys, limits, numbers, ids, uniqueness) comes from the
// test support's rules. The fuzz targets hold these validators to the reference's own checks.

#include <invite_test/contract_rules.hpp>

#include <invite/codec/spelling/datetime.hpp>
#include <invite/codec/spelling/email.hpp>
#include <invite/codec/spelling/utf8.hpp>
#include <invite/codec/spelling/url.hpp>

#include <optional>
#include <string_view>

namespace invite_test {

/// A StringRules policy for reference_reader, and the checks of the hand-written contender.
struct library_string_rules {
  static name_verdict check_name(std::string_view text) noexcept {
    const invite::spelling::text_facts facts = invite::spelling::inspect_text(text);
    return {facts.blank, facts.code_points > max_name_code_points, facts.has_control};
  }
  static bool is_valid_email(std::string_view text) noexcept { return invite::spelling::is_valid_email(text); }
  static bool is_valid_invite_link(std::string_view text) noexcept {
    return invite::spelling::is_valid_http_url(text, max_link_octets);
  }
  static std::optional<expiry_time> parse_expiry(std::string_view text) noexcept {
    return invite::spelling::parse_minute_datetime(text);
  }
};

} // namespace invite_test

#endif // INVITE_BENCHMARKS_LIBRARY_STRING_RULES_HPP_INCLUDED
