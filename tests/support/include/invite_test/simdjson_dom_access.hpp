#ifndef INVITE_TEST_SIMDJSON_DOM_ACCESS_HPP_INCLUDED
#define INVITE_TEST_SIMDJSON_DOM_ACCESS_HPP_INCLUDED

// simdjson's DOM as a tree for the reference reader (the access policy of reference_reader.hpp),
// and the two walks every user of that DOM needs. simdjson is the library's dependency, but its
// DOM parser shares no code with the library's reader, which uses On Demand.

#include <invite_test/reference_reader.hpp>

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace invite_test {

// The array and object handles are copied out of their simdjson_result first: the range of a
// range-for over value_unsafe() of a temporary result would dangle. The element must be of the
// kind asked for; anything else is a bug in the caller, so it stops the program.
inline simdjson::dom::object members_of(simdjson::dom::element object) {
  simdjson::dom::object members;
  if (object.get(members) != simdjson::SUCCESS) std::abort();
  return members;
}

inline simdjson::dom::array items_of(simdjson::dom::element array) {
  simdjson::dom::array items;
  if (array.get(items) != simdjson::SUCCESS) std::abort();
  return items;
}

struct simdjson_dom_access {
  using node = simdjson::dom::element;

  static json_kind kind(const node& n) noexcept {
    switch (n.type()) {
      case simdjson::dom::element_type::OBJECT: return json_kind::object;
      case simdjson::dom::element_type::ARRAY: return json_kind::array;
      case simdjson::dom::element_type::STRING: return json_kind::string;
      case simdjson::dom::element_type::BOOL: return json_kind::boolean;
      case simdjson::dom::element_type::NULL_VALUE: return json_kind::null;
      default: return json_kind::number;
    }
  }
  static std::string_view text(const node& n) noexcept { return n.get_string().value_unsafe(); }
  // simdjson types a literal with '.' or an exponent as a double, and an integer at or above
  // 2^63 as an unsigned one.
  static integer_kind integer(const node& n, std::int64_t& out) noexcept {
    switch (n.type()) {
      case simdjson::dom::element_type::INT64: out = n.get_int64().value_unsafe(); return integer_kind::in_int64;
      case simdjson::dom::element_type::UINT64: return integer_kind::beyond_int64;
      default: return integer_kind::not_integer;
    }
  }
  static std::size_t size(const node& n) noexcept { return items_of(n).size(); }
  template <class F>
  static void for_each_item(const node& n, F&& f) {
    for (const simdjson::dom::element item : items_of(n)) f(item);
  }
  template <class F>
  static void for_each_member(const node& n, F&& f) {
    for (const simdjson::dom::key_value_pair member : members_of(n)) f(member.key, member.value);
  }
};

} // namespace invite_test

#endif // INVITE_TEST_SIMDJSON_DOM_ACCESS_HPP_INCLUDED
