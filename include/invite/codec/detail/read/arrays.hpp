#ifndef INVITE_CODEC_DETAIL_READ_ARRAYS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_ARRAYS_HPP_INCLUDED

// Reading a JSON array into a std::vector: items are read in place (reusing the items and
// spare items a result already has), items past a max_items cap are only checked for
// well-formedness, and the rules on the array as a whole are reported before its items'
// errors, once the count is known.

#include <invite/codec/detail/apply_rules.hpp>
#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/detail/read/forward.hpp>
#include <invite/codec/detail/read/objects.hpp>
#include <invite/codec/detail/read/well_formed.hpp>
#include <invite/codec/detail/spares.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>

#include <boost/mp11/algorithm.hpp>

#include <simdjson.h>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace invite::detail {

/// A lower bound, in bytes, of the JSON of one T as an array item, its comma included: an
/// object needs its braces and each required member's shortest name, quotes, colon and a
/// one-byte value; anything else at least one byte. Commas between members are left out.
template <class T>
constexpr std::size_t smallest_json_size() {
  if constexpr (!is_described_struct_v<T>) {
    return 2; // one byte of value, one comma
  } else {
    std::size_t size = 3; // the braces and the comma
    constexpr auto names = field_names<T>();
    std::size_t member = 0;
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
      if constexpr (!is_optional<member_type_of<T, decltype(descriptor)>>::value) {
        std::size_t shortest = std::numeric_limits<std::size_t>::max();
        for (const auto& name : names) {
          if (name.member == member && name.text.size() < shortest) shortest = name.text.size();
        }
        size += shortest + 4; // "name":v
      }
      ++member;
    });
    return size;
  }
}

template <class Parts, class Item>
outcome read_array(read_context& context, ondemand::value& value, std::vector<Item>& out, std::size_t depth) {
  static constexpr auto array_rules = value_rules(Parts::value);
  using item_parts = each_item_parts<Parts>;
  constexpr std::size_t cap = storage_cap(array_rules);

  const std::string_view token = value.raw_json_token();
  const std::size_t array_offset = context.offset_of(token.data());
  if (depth > max_nesting_depth) return context.malformed(token.data(), "nesting deeper than 1024 levels");
  ondemand::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed array");

  const std::size_t errors_before = context.error_count();
  outcome verdict = outcome::accepted;
  std::size_t count = 0;

  // A fresh vector would grow by doubling: nine reallocations (and moves of every item so far)
  // for 500 items. When the declaration caps the count, reserve at once for as many items as
  // the rest of the input could hold, so memory stays bounded by both the cap and the input.
  if constexpr (cap != std::numeric_limits<std::size_t>::max()) {
    if (out.capacity() == 0) {
      constexpr std::size_t item_bytes = smallest_json_size<Item>();
      const auto room = static_cast<std::size_t>(context.end() - token.data()) / item_bytes;
      out.reserve(room < cap ? room : cap);
    }
  }

  constexpr std::size_t unique_members = [] {
    if constexpr (is_described_struct_v<Item>) return unique_member_count<Item>();
    return std::size_t{0};
  }();
  caseless_index* tables[unique_members == 0 ? 1 : unique_members] = {};
  for (std::size_t i = 0; i < unique_members; ++i) tables[i] = &context.acquire_table();
  struct release_tables {
    read_context& context;
    ~release_tables() {
      for (std::size_t i = 0; i < unique_members; ++i) context.release_table();
    }
  } release{context};
  (void)release;

  { // the items' level of the path, closed before the array's own rules report
    path_level item_path(context);
    for (auto element : array) {
      ondemand::value item;
      if (std::move(element).get(item) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed array");
      if (count >= cap) {
        if (skip_value(context, item, depth + 1) == outcome::malformed) return outcome::malformed;
        ++count;
        continue;
      }
      if (count == out.size()) grow_by_one(out, context.spare());
      item_path.index(count);
      outcome read;
      if constexpr (unique_members > 0) {
        item_scope<Item> scope{&out, count, tables};
        read = read_value<item_parts>(context, item, out[count], &scope, depth + 1);
      } else {
        read = read_value<item_parts>(context, item, out[count], static_cast<std::nullptr_t*>(nullptr), depth + 1);
      }
      if (read == outcome::malformed) return outcome::malformed;
      verdict = worse(verdict, read);
      ++count;
    }
  }
  shrink_keeping_capacity(out, count, context.spare());

  report_before_items<read_context> before_items(context, errors_before);
  const array_length length{count};
  return worse(as_container(verdict), apply_rules(before_items, array_rules, length, array_offset,
                                    [&](std::string& message) { message::append_number(message, count); }));
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_ARRAYS_HPP_INCLUDED
