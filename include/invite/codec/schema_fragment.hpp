#ifndef INVITE_CODEC_SCHEMA_FRAGMENT_HPP_INCLUDED
#define INVITE_CODEC_SCHEMA_FRAGMENT_HPP_INCLUDED

// The JSON Schema keywords that the rules of one value contribute. Each rule states its own
// keywords here (a rule's schema lives beside its check); the codec adds the type and writes the
// fragment out. Several rules may bound the same thing, so bounds keep the tightest value and
// patterns accumulate: the schema then says what all the rules say together.
//
// A float or double member's bounds are bounds of the value as read, after rounding: the
// fragment states the numbers that round into them, exactly, with the type's own limits (a
// number beyond the type, or a nonzero one that rounds to zero, is out_of_range).

#include <invite/codec/spelling/json_string.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace invite {

class schema_fragment {
public:
  /// At least n Unicode code points ("minLength").
  void min_length(std::size_t n) { raise(min_length_, n); }
  /// At most n Unicode code points ("maxLength").
  void max_length(std::size_t n) { lower(max_length_, n); }
  /// At least n items ("minItems").
  void min_items(std::size_t n) { raise(min_items_, n); }
  /// At most n items ("maxItems").
  void max_items(std::size_t n) { lower(max_items_, n); }

  /// A number at least `bound` ("minimum").
  template <class Number>
  void minimum(Number bound) {
    tighten(minimum_, bound, true);
  }
  /// A number at most `bound` ("maximum").
  template <class Number>
  void maximum(Number bound) {
    tighten(maximum_, bound, false);
  }
  /// The value is read into a Floating (float or double): the bounds are the value's, and the
  /// type's limits are added when the fragment is written. The codec says so for such members.
  template <class Floating>
  void read_as() {
    static_assert(std::is_same_v<Floating, float> || std::is_same_v<Floating, double>,
                  "invite: read_as<T> is for float and double members");
    floating_ = std::is_same_v<Floating, float> ? floating_type::single : floating_type::double_precision;
  }

  /// The text must match this ECMA-262 regular expression (anchor it yourself).
  void pattern(std::string_view regex) { patterns_.push_back({std::string(regex), false}); }
  /// No part of the text may match this ECMA-262 regular expression.
  void forbidden_pattern(std::string_view regex) { patterns_.push_back({std::string(regex), true}); }
  /// A "format" annotation ("date-time", "email"...): informative, validators need not check it.
  void format(std::string_view name) { format_.assign(name); }
  /// Any other keyword, with its value as JSON text, written as given.
  void keyword(std::string_view name, std::string_view json_value) {
    extra_.push_back({std::string(name), std::string(json_value)});
  }

  /// Appends the fragment's keywords, each preceded by a comma, in a fixed order.
  void append_keywords(std::string& out) const {
    if (!format_.empty()) append_member(out, "format", quoted(format_));
    append_size(out, "minLength", min_length_);
    append_size(out, "maxLength", max_length_);
    std::vector<std::string> all_of;
    if (floating_ == floating_type::single) {
      append_floating_bounds<float>(out, all_of);
    } else if (floating_ == floating_type::double_precision) {
      append_floating_bounds<double>(out, all_of);
    } else {
      if (minimum_.is_set) append_member(out, "minimum", minimum_.text);
      if (maximum_.is_set) append_member(out, "maximum", maximum_.text);
    }
    append_size(out, "minItems", min_items_);
    append_size(out, "maxItems", max_items_);
    for (const auto& [name, value] : extra_) append_member(out, name, value);
    for (const auto& [regex, forbidden] : patterns_) {
      std::string pattern = forbidden ? "{\"not\":{\"pattern\":" : "{\"pattern\":";
      spelling::append_json_string(pattern, regex);
      pattern += forbidden ? "}}" : "}";
      all_of.push_back(std::move(pattern));
    }
    if (all_of.empty()) return;
    out += ",\"allOf\":[";
    for (std::size_t i = 0; i < all_of.size(); ++i) {
      if (i != 0) out.push_back(',');
      out += all_of[i];
    }
    out.push_back(']');
  }

private:
  struct size_bound {
    bool is_set = false;
    std::size_t value = 0;
  };
  // Bounds are compared as long double, which holds every 64-bit integer exactly on the x86-64
  // and AArch64 ABIs, and written as the caller gave them.
  struct number_bound {
    bool is_set = false;
    long double value = 0;
    std::string text;
  };
  struct pattern_entry {
    std::string regex;
    bool forbidden;
  };
  enum class floating_type : unsigned char { none, single, double_precision };

  /// A binary number as magnitude * 2^exponent, with its sign apart: every float and double,
  /// and every point halfway between two of them, is one exactly.
  struct binary_number {
    bool negative = false;
    std::uint64_t magnitude = 0;
    int exponent = 0;
  };
  /// Where a bound of a Floating member's value falls among the numbers a document may write.
  struct literal_bound {
    binary_number at;
    bool inclusive;
  };

  static void raise(size_bound& bound, std::size_t n) {
    if (!bound.is_set || n > bound.value) bound = {true, n};
  }
  static void lower(size_bound& bound, std::size_t n) {
    if (!bound.is_set || n < bound.value) bound = {true, n};
  }

  template <class Number>
  static void tighten(number_bound& bound, Number value, bool keep_larger) {
    static_assert(std::is_arithmetic_v<Number> && !std::is_same_v<Number, bool>,
                  "invite: schema bounds are numbers");
    const auto compared = static_cast<long double>(value);
    if (bound.is_set && (keep_larger ? compared <= bound.value : compared >= bound.value)) return;
    char digits[64];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    bound.is_set = true;
    bound.value = compared;
    bound.text.assign(digits, written.ptr);
  }

  template <class Floating>
  static binary_number binary_of(Floating value) {
    if (value == 0) return {};
    int exponent = 0;
    const Floating fraction = std::frexp(std::fabs(value), &exponent);
    constexpr int digits = std::numeric_limits<Floating>::digits;
    return {value < 0, static_cast<std::uint64_t>(std::ldexp(fraction, digits)), exponent - digits};
  }

  /// The point halfway between two adjacent Floating values, `below` < `above`; the infinities
  /// stand for the number where rounding starts to overflow (half a step beyond the largest).
  template <class Floating>
  static binary_number halfway(Floating below, Floating above) {
    constexpr Floating largest = std::numeric_limits<Floating>::max();
    if (std::isinf(above) || std::isinf(below)) {
      // A step beyond the largest value is its exponent's unit: magnitude + 1, same exponent.
      binary_number far = binary_of(largest);
      far.magnitude = far.magnitude * 2 + 1;
      far.exponent -= 1;
      far.negative = std::isinf(below);
      return far;
    }
    const bool negative = above <= 0;
    binary_number low = binary_of(std::fabs(below));
    binary_number high = binary_of(std::fabs(above));
    if (low.magnitude == 0) low.exponent = high.exponent;
    if (high.magnitude == 0) high.exponent = low.exponent;
    // The sum at the smaller exponent, halved.
    const int exponent = low.exponent < high.exponent ? low.exponent : high.exponent;
    const std::uint64_t sum = (low.magnitude << (low.exponent - exponent)) + (high.magnitude << (high.exponent - exponent));
    return {negative, sum, exponent - 1};
  }

  /// The numbers a member reads as at most (`upper`) or at least (!upper) `bound`: those short of
  /// the halfway point to the next Floating beyond it, and that point itself if rounding to even
  /// brings it back.
  template <class Floating>
  static literal_bound literal_bound_of(long double bound, bool upper) {
    constexpr Floating largest = std::numeric_limits<Floating>::max();
    constexpr Floating infinity = std::numeric_limits<Floating>::infinity();
    const Floating outward = upper ? infinity : -infinity;
    // The Floating nearest the bound on its inner side: the last one the bound lets through.
    Floating held;
    if (bound >= static_cast<long double>(largest)) {
      held = upper ? largest : static_cast<Floating>(bound > static_cast<long double>(largest) ? infinity : largest);
    } else if (bound <= -static_cast<long double>(largest)) {
      held = upper ? static_cast<Floating>(bound < -static_cast<long double>(largest) ? -infinity : -largest) : -largest;
    } else {
      held = static_cast<Floating>(bound);
      if (upper ? static_cast<long double>(held) > bound : static_cast<long double>(held) < bound) {
        held = std::nextafter(held, -outward);
      }
    }
    const Floating next = std::isinf(held) ? (upper ? -largest : largest) : std::nextafter(held, outward);
    const binary_number at = upper ? halfway(held, next) : halfway(next, held);
    const bool held_is_even = !std::isinf(held) && (binary_of(held).magnitude & 1) == 0;
    return {at, held_is_even};
  }

  template <class Floating>
  void append_floating_bounds(std::string& out, std::vector<std::string>& all_of) const {
    constexpr Floating largest = std::numeric_limits<Floating>::max();
    constexpr Floating smallest = std::numeric_limits<Floating>::denorm_min();
    const long double low = minimum_.is_set && !std::isnan(minimum_.value) ? minimum_.value : -static_cast<long double>(largest);
    const long double high = maximum_.is_set && !std::isnan(maximum_.value) ? maximum_.value : static_cast<long double>(largest);
    literal_bound lower = literal_bound_of<Floating>(low, false);
    literal_bound upper = literal_bound_of<Floating>(high, true);
    // A nonzero number that rounds to zero is beyond the type: between the halfway points
    // around zero, only zero itself is read.
    const binary_number zero_edge = halfway(Floating{0}, smallest);
    const bool spans_zero = low <= 0 && high >= 0;
    if (spans_zero) {
      // Bounds at the halfway points around zero say no more than zero itself does: the numbers
      // between them and zero round to zero, and are out of range already.
      const auto at_zero_edge = [&](const binary_number& at) {
        return at.magnitude == zero_edge.magnitude && at.exponent == zero_edge.exponent;
      };
      if (lower.at.negative && at_zero_edge(lower.at)) lower = {{}, true};
      if (!upper.at.negative && at_zero_edge(upper.at)) upper = {{}, true};
    }
    append_floating_bound<Floating>(out, "minimum", lower);
    append_floating_bound<Floating>(out, "maximum", upper);
    if (spans_zero) {
      std::string edge;
      append_exact(edge, zero_edge);
      all_of.push_back("{\"anyOf\":[{\"minimum\":0,\"maximum\":0},{\"exclusiveMinimum\":" + edge +
                       "},{\"exclusiveMaximum\":-" + edge + "}]}");
    }
  }

  /// Writes one bound. No double holds the halfway point past the largest double, and validators
  /// that read numbers as doubles refuse a bound they read as infinity: there, the largest double
  /// itself is written (docs/contract.md lists the difference).
  template <class Floating>
  static void append_floating_bound(std::string& out, std::string_view keyword, literal_bound bound) {
    constexpr Floating largest = std::numeric_limits<Floating>::max();
    const binary_number far = halfway(largest, std::numeric_limits<Floating>::infinity());
    if (std::is_same_v<Floating, double> && bound.at.magnitude == far.magnitude && bound.at.exponent == far.exponent) {
      bound = {binary_of(bound.at.negative ? -largest : largest), true};
    }
    std::string value;
    append_exact(value, bound.at);
    if (bound.inclusive) {
      append_member(out, keyword, value);
    } else {
      append_member(out, keyword == "minimum" ? "exclusiveMinimum" : "exclusiveMaximum", value);
    }
  }

  /// Writes a binary number's exact decimal value as a JSON number, every digit of it: plainly
  /// near 1 ("0.500000000000000055511151231257827021181583404541015625"), else with an exponent.
  /// Integers too long for 64 bits get an exponent too, because some JSON parsers (simdjson)
  /// refuse integer literals they cannot hold.
  static void append_exact(std::string& out, binary_number number) {
    if (number.magnitude == 0) {
      out.push_back('0');
      return;
    }
    while ((number.magnitude & 1) == 0) {
      number.magnitude >>= 1;
      ++number.exponent;
    }
    // Base 10^9 limbs, least significant first: the magnitude times 2^exponent, or times
    // 5^-exponent when the exponent is negative (the value is then that over 10^-exponent).
    std::vector<std::uint32_t> limbs;
    for (std::uint64_t rest = number.magnitude; rest != 0; rest /= 1000000000) {
      limbs.push_back(static_cast<std::uint32_t>(rest % 1000000000));
    }
    const auto multiply = [&limbs](std::uint32_t factor) {
      std::uint64_t carry = 0;
      for (std::uint32_t& limb : limbs) {
        const std::uint64_t product = std::uint64_t{limb} * factor + carry;
        limb = static_cast<std::uint32_t>(product % 1000000000);
        carry = product / 1000000000;
      }
      for (; carry != 0; carry /= 1000000000) limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000));
    };
    const bool by_two = number.exponent >= 0;
    for (int left = by_two ? number.exponent : -number.exponent; left > 0;) {
      const int step = left < 13 ? left : 13; // 5^13 < 2^32
      std::uint32_t factor = 1;
      for (int i = 0; i < step; ++i) factor *= by_two ? 2 : 5;
      multiply(factor);
      left -= step;
    }
    std::string digits = std::to_string(limbs.back());
    for (std::size_t i = limbs.size() - 1; i-- > 0;) {
      const std::string limb = std::to_string(limbs[i]);
      digits.append(9 - limb.size(), '0');
      digits += limb;
    }
    // The value is digits[0].digits[1...] * 10^power.
    const long long power = static_cast<long long>(digits.size()) - 1 + (by_two ? 0 : number.exponent);
    if (by_two) digits.erase(digits.find_last_not_of('0') + 1);
    if (number.negative) out.push_back('-');
    if (power >= 0 && power < 18) {
      const std::size_t whole = static_cast<std::size_t>(power) + 1;
      if (digits.size() <= whole) {
        out += digits;
        out.append(whole - digits.size(), '0');
      } else {
        out.append(digits, 0, whole);
        out.push_back('.');
        out.append(digits, whole, std::string::npos);
      }
    } else if (power < 0 && power >= -6) {
      out += "0.";
      out.append(static_cast<std::size_t>(-power - 1), '0');
      out += digits;
    } else {
      out.push_back(digits[0]);
      if (digits.size() > 1) {
        out.push_back('.');
        out.append(digits, 1, std::string::npos);
      }
      out += "e" + std::to_string(power);
    }
  }

  static std::string quoted(std::string_view text) {
    std::string out;
    spelling::append_json_string(out, text);
    return out;
  }

  static void append_member(std::string& out, std::string_view name, std::string_view json_value) {
    out.push_back(',');
    spelling::append_json_string(out, name);
    out.push_back(':');
    out += json_value;
  }

  static void append_size(std::string& out, std::string_view name, const size_bound& bound) {
    if (!bound.is_set) return;
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, bound.value);
    append_member(out, name, std::string_view(digits, static_cast<std::size_t>(written.ptr - digits)));
  }

  size_bound min_length_, max_length_, min_items_, max_items_;
  number_bound minimum_, maximum_;
  floating_type floating_ = floating_type::none;
  std::string format_;
  std::vector<pattern_entry> patterns_;
  std::vector<std::pair<std::string, std::string>> extra_;
};

} // namespace invite

#endif // INVITE_CODEC_SCHEMA_FRAGMENT_HPP_INCLUDED
