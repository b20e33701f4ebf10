#ifndef INVITE_CODEC_DETAIL_READ_STRINGS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_STRINGS_HPP_INCLUDED

// Reading JSON strings into the members spelled as strings: std::string itself (decoded straight
// into the member, keeping its capacity), described enums (by enumerator name) and types with a
// text format (time points).

#include <invite/codec/detail/apply_rules.hpp>
#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/string_content.hpp>
#include <invite/codec/detail/text_scans.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/detail/read/well_formed.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/spelling/json_string.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::detail {

template <class Parts>
outcome read_string(read_context& context, ondemand::value& value, ondemand::json_type type, std::string& out,
                    std::size_t depth) {
  if (type != ondemand::json_type::string) {
    out.clear();
    return mismatch(context, value, type, depth, "a string");
  }
  const std::string_view token = value.raw_json_token();
  if (check_followed_by_separator(context, token) == outcome::malformed) return outcome::malformed;
  const char* close = closing_quote_of(token);
  if (close == nullptr) return context.malformed(token.data(), "malformed string");
  static constexpr auto rules = value_rules(Parts::value);
  constexpr bool gather_facts = std::apply(
      [](const auto&... rule) { return (false || ... || rule_uses_text_facts_v<std::decay_t<decltype(rule)>>); }, rules);
  const char* const content = token.data() + 1;
  text_scans_t<decltype(rules)> scans;
  const string_content read = read_string_content<gather_facts>(content, close, out, scans);
  if (read.bad != nullptr) return context.malformed(read.bad, "invalid escape sequence in a string");
  // Unescaped text is the input's own bytes, which lie in the padded input: rules may read past
  // its end there, and the scans have seen all of it. Escaped text is only in the member.
  const std::string_view raw(content, static_cast<std::size_t>(close - content));
  const text decoded = read.escaped ? (read.facts_known ? text(out, read.facts) : text(out))
                                    : (read.facts_known ? text(raw, read.facts, true) : text(raw, true));
  return apply_rules(context, rules, decoded, context.offset_of(token.data()),
                     [&](std::string& message) { message::append_quoted(message, out); },
                     read.escaped ? nullptr : &scans);
}

template <class Parts, class Enum>
outcome read_enum(read_context& context, ondemand::value& value, ondemand::json_type type, Enum& out,
                  std::size_t depth) {
  if (type != ondemand::json_type::string) {
    out = Enum{};
    return mismatch(context, value, type, depth, "a string");
  }
  const std::string_view token = value.raw_json_token();
  const std::string_view name = transient_string(context, token);
  if (name.data() == nullptr) return outcome::malformed;
  const std::size_t offset = context.offset_of(token.data());
  bool found = false;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
    // The name's length is a constant here, so the comparison is a few loads rather than a call
    // of string_view::compare and memcmp.
    static constexpr std::string_view spelled = decltype(enumerator)::name;
    if (!found && name.size() == spelled.size() && __builtin_memcmp(name.data(), spelled.data(), spelled.size()) == 0) {
      out = enumerator.value;
      found = true;
    }
  });
  if (!found) {
    out = Enum{};
    report_invalid_enum<Enum>(context, offset, [&](std::string& message) { message::append_quoted(message, name); });
    return outcome::unset;
  }
  static constexpr auto rules = value_rules(Parts::value);
  return apply_rules(context, rules, out, offset,
                     [&](std::string& message) { message::append_quoted(message, name); });
}

template <class Parts, class Format, class T>
outcome read_formatted(read_context& context, ondemand::value& value, ondemand::json_type type, T& out,
                       std::size_t depth) {
  if (type != ondemand::json_type::string) {
    out = T{};
    return mismatch(context, value, type, depth, "a string");
  }
  const std::string_view token = value.raw_json_token();
  const std::string_view spelled = transient_string(context, token);
  if (spelled.data() == nullptr) return outcome::malformed;
  const std::size_t offset = context.offset_of(token.data());
  if (!Format::parse(spelled, out)) {
    out = T{};
    report_format_refused<Format>(context, offset, spelled);
    return outcome::unset;
  }
  static constexpr auto rules = value_rules(Parts::value);
  return apply_rules(context, rules, out, offset,
                     [&](std::string& message) { message::append_quoted(message, spelled); });
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_STRINGS_HPP_INCLUDED
