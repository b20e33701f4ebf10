#ifndef INVITE_CODEC_RULES_ITEMS_HPP_INCLUDED
#define INVITE_CODEC_RULES_ITEMS_HPP_INCLUDED

// Rules of array members: on the array as a whole, on each item, and across the items.

#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/schema_fragment.hpp>

#include <cstddef>
#include <string>
#include <tuple>

namespace invite::rule {

/// At least `min` items, else too_short (at the array, before its items' errors).
struct min_items {
  std::size_t min;
  static constexpr error_code code = error_code::too_short;
  constexpr bool check(const array_length& length) const noexcept { return length.items >= min; }
  void expected(std::string& out) const {
    out += "at least ";
    message::append_count(out, min, "item", "items");
  }
  void found(std::string& out, const array_length& length) const { message::append_number(out, length.items); }
  void schema(schema_fragment& s) const { s.min_items(min); }
};

/// At most `max` items, else too_long (at the array, before its items' errors). Items past
/// `max` are neither stored nor checked beyond well-formedness, which bounds memory whatever
/// arrives.
struct max_items {
  std::size_t max;
  static constexpr error_code code = error_code::too_long;
  constexpr bool check(const array_length& length) const noexcept { return length.items <= max; }
  void expected(std::string& out) const {
    out += "at most ";
    message::append_count(out, max, "item", "items");
  }
  void found(std::string& out, const array_length& length) const {
    message::append_number(out, length.items);
    out += " (items past ";
    message::append_number(out, max);
    out += " are not checked)";
  }
  void schema(schema_fragment& s) const { s.max_items(max); }
};

/// Between `min` and `max` items: min_items and max_items in one declaration.
struct item_count {
  std::size_t min;
  std::size_t max;
  constexpr std::tuple<min_items, max_items> parts() const noexcept { return {min_items{min}, max_items{max}}; }
};

/// Rules for each item of an array member: each(max_code_points{20}, not_blank{}).
template <class... Rules>
struct each {
  using field_option = void;
  std::tuple<Rules...> rules;
  constexpr explicit each(Rules... item_rules) : rules(item_rules...) {}
};
template <class... Rules>
each(Rules...) -> each<Rules...>;

/// On a string member of an array's items: unique among the items' valid values, compared
/// ignoring ASCII case, else duplicate_value at the later item.
struct unique_in_array {
  using field_option = void;
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_ITEMS_HPP_INCLUDED
