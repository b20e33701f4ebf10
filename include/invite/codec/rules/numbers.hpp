#ifndef INVITE_CODEC_RULES_NUMBERS_HPP_INCLUDED
#define INVITE_CODEC_RULES_NUMBERS_HPP_INCLUDED

// Ranges narrower than a member's type. The type's own range is the codec's business: a literal
// the type cannot hold is out_of_range before any rule is asked.

#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/schema_fragment.hpp>

#include <cstdint>
#include <string>
#include <type_traits>

namespace invite::rule {

/// An integer from min to max inclusive, else out_of_range.
struct integer_range {
  std::int64_t min;
  std::int64_t max;

  static constexpr error_code code = error_code::out_of_range;

  template <class Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
  constexpr bool check(const Integer& value) const noexcept {
    if constexpr (std::is_signed_v<Integer>) {
      return static_cast<std::int64_t>(value) >= min && static_cast<std::int64_t>(value) <= max;
    } else {
      // Compare as unsigned only where both sides are known to be non-negative.
      return max >= 0 && (min <= 0 || static_cast<std::uint64_t>(value) >= static_cast<std::uint64_t>(min)) &&
             static_cast<std::uint64_t>(value) <= static_cast<std::uint64_t>(max);
    }
  }
  void expected(std::string& out) const {
    out += "an integer from ";
    message::append_number(out, min);
    out += " to ";
    message::append_number(out, max);
  }
  void schema(schema_fragment& s) const {
    s.minimum(min);
    s.maximum(max);
  }
};

/// A number from min to max inclusive, else out_of_range.
struct number_range {
  double min;
  double max;

  static constexpr error_code code = error_code::out_of_range;

  template <class Number, std::enable_if_t<std::is_floating_point_v<Number>, int> = 0>
  constexpr bool check(const Number& value) const noexcept {
    return static_cast<double>(value) >= min && static_cast<double>(value) <= max;
  }
  void expected(std::string& out) const {
    out += "a number from ";
    message::append_number(out, min);
    out += " to ";
    message::append_number(out, max);
  }
  void schema(schema_fragment& s) const {
    s.minimum(min);
    s.maximum(max);
  }
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_NUMBERS_HPP_INCLUDED
