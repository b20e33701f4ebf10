#ifndef INVITE_CODEC_DETAIL_READ_SCALARS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_SCALARS_HPP_INCLUDED

// Reading booleans and numbers. A member's type bounds what it accepts before any rule is
// asked: an integer member takes integer literals that its type can hold, a floating member
// any number whose magnitude it can hold. Tokens are judged by the JSON grammar here, never by
// simdjson's converters, so that magnitude never makes a document ill-formed.

#include <invite/codec/detail/apply_rules.hpp>
#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/detail/read/reset.hpp>
#include <invite/codec/detail/read/well_formed.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>

#include <simdjson.h>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace invite::detail {

/// The member's value rules applied to a number read from `literal`; what was found is the
/// literal as written.
template <class Parts, class T>
outcome apply_number_rules(read_context& context, const T& number, std::string_view literal, std::size_t offset) {
  static constexpr auto rules = value_rules(Parts::value);
  return apply_rules(context, rules, number, offset,
                     [&](std::string& message) { message::append_token(message, literal); });
}

template <class Parts>
outcome read_boolean(read_context& context, ondemand::value& value, ondemand::json_type type, bool& out,
                     std::size_t depth) {
  if (type != ondemand::json_type::boolean) {
    out = false;
    return mismatch(context, value, type, depth, "a boolean");
  }
  const std::string_view token = value.raw_json_token();
  if (check_scalar(context, type, token) == outcome::malformed) return outcome::malformed;
  const std::string_view literal = trim_trailing_whitespace(token);
  out = literal.size() == 4; // "true"; check_scalar let only true and false through
  return apply_number_rules<Parts>(context, out, literal, context.offset_of(token.data()));
}

enum class integer_reading : unsigned char { fits, beyond_type, not_an_integer, malformed };

/// Reads an integer literal (inside the padded input) into T, telling why when it cannot.
template <class T>
constexpr integer_reading read_integer_literal(std::string_view literal, T& out) noexcept {
  std::int64_t short_value = 0;
  if (read_short_integer_padded(literal, short_value) || read_short_integer(literal, short_value)) { // the usual case
    if constexpr (std::is_signed_v<T>) {
      if (short_value < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
          short_value > static_cast<std::int64_t>(std::numeric_limits<T>::max())) {
        return integer_reading::beyond_type;
      }
    } else {
      if (short_value < 0 || static_cast<std::uint64_t>(short_value) > std::numeric_limits<T>::max()) {
        return integer_reading::beyond_type;
      }
    }
    out = static_cast<T>(short_value);
    return integer_reading::fits;
  }
  const number_kind kind = classify_number(literal);
  if (kind == number_kind::malformed) return integer_reading::malformed;
  if (kind == number_kind::fraction_or_exponent) return integer_reading::not_an_integer;
  bool negative = false;
  std::uint64_t magnitude = 0;
  if (!integer_magnitude(literal, negative, magnitude)) return integer_reading::beyond_type;
  if constexpr (std::is_signed_v<T>) {
    const auto limit = negative ? static_cast<std::uint64_t>(std::numeric_limits<T>::max()) + 1
                                : static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    if (magnitude > limit) return integer_reading::beyond_type;
    out = negative ? static_cast<T>(0 - magnitude) : static_cast<T>(magnitude);
  } else {
    if (magnitude > std::numeric_limits<T>::max() || (negative && magnitude != 0)) return integer_reading::beyond_type;
    out = static_cast<T>(magnitude);
  }
  return integer_reading::fits;
}

template <class Parts, class T>
outcome read_integer(read_context& context, ondemand::value& value, ondemand::json_type type, T& out,
                     std::size_t depth) {
  if (type != ondemand::json_type::number) {
    out = T{};
    return mismatch(context, value, type, depth, "an integer");
  }
  const std::string_view token = value.raw_json_token();
  if (check_followed_by_separator(context, token) == outcome::malformed) return outcome::malformed;
  const std::string_view literal = trim_trailing_whitespace(token);
  const std::size_t offset = context.offset_of(token.data());
  const integer_reading reading = read_integer_literal(literal, out);
  if (reading != integer_reading::fits) {
    out = T{};
    if (reading == integer_reading::malformed) return context.malformed(token.data(), "malformed number");
    if (reading == integer_reading::not_an_integer) {
      report_not_an_integer(context, offset, literal);
    } else {
      report_integer_beyond_type<T>(context, offset, literal);
    }
    return outcome::unset;
  }
  return apply_number_rules<Parts>(context, out, literal, offset);
}

template <class Parts, class T>
outcome read_floating(read_context& context, ondemand::value& value, ondemand::json_type type, T& out,
                      std::size_t depth) {
  if (type != ondemand::json_type::number) {
    out = T{};
    return mismatch(context, value, type, depth, "a number");
  }
  const std::string_view token = value.raw_json_token();
  if (check_followed_by_separator(context, token) == outcome::malformed) return outcome::malformed;
  const std::string_view literal = trim_trailing_whitespace(token);
  if (classify_number(literal) == number_kind::malformed) return context.malformed(token.data(), "malformed number");
  const std::size_t offset = context.offset_of(token.data());
  // from_chars rounds correctly for T itself (no double rounding through double for float) and
  // says when the magnitude is beyond T, overflow and underflow alike.
  const std::from_chars_result read = std::from_chars(literal.data(), literal.data() + literal.size(), out);
  if (read.ec != std::errc{} || read.ptr != literal.data() + literal.size()) {
    out = T{};
    report_number_beyond_type<T>(context, offset, literal);
    return outcome::unset;
  }
  return apply_number_rules<Parts>(context, out, literal, offset);
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_SCALARS_HPP_INCLUDED
