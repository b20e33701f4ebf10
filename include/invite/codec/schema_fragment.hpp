#ifndef INVITE_CODEC_SCHEMA_FRAGMENT_HPP_INCLUDED
#define INVITE_CODEC_SCHEMA_FRAGMENT_HPP_INCLUDED

// The JSON Schema keywords that the rules of one value contribute. Each rule states its own
// keywords here (a rule's schema lives beside its check); the codec adds the type and writes the
// fragment out. Several rules may bound the same thing, so bounds keep the tightest value and
// patterns accumulate: the schema then says what all the rules say together.

#include <invite/codec/spelling/json_string.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
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
    if (minimum_.is_set) append_member(out, "minimum", minimum_.text);
    if (maximum_.is_set) append_member(out, "maximum", maximum_.text);
    append_size(out, "minItems", min_items_);
    append_size(out, "maxItems", max_items_);
    for (const auto& [name, value] : extra_) append_member(out, name, value);
    if (patterns_.empty()) return;
    out += ",\"allOf\":[";
    bool first = true;
    for (const auto& [regex, forbidden] : patterns_) {
      if (!first) out.push_back(',');
      first = false;
      out += forbidden ? "{\"not\":{\"pattern\":" : "{\"pattern\":";
      spelling::append_json_string(out, regex);
      out += forbidden ? "}}" : "}";
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
  std::string format_;
  std::vector<pattern_entry> patterns_;
  std::vector<std::pair<std::string, std::string>> extra_;
};

} // namespace invite

#endif // INVITE_CODEC_SCHEMA_FRAGMENT_HPP_INCLUDED
