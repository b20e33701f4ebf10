#ifndef INVITE_CODEC_DETAIL_READ_RESET_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_RESET_HPP_INCLUDED

// Value-initialising what a document did not set, keeping capacity: after any parse, a
// result's value reflects that document alone, and a reused result still allocates nothing.

#include <invite/codec/detail/spares.hpp>
#include <invite/codec/detail/type_traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <type_traits>
#include <utility>

namespace invite::detail {

/// Makes `value` equal to T{} without giving back memory: strings are emptied, array items and
/// an optional's value are moved to the spares.
template <class T>
void reset_value(T& value, spares& spare) {
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::string) {
    value.clear();
  } else if constexpr (category == value_category::array) {
    shrink_keeping_capacity(value, 0, spare);
  } else if constexpr (category == value_category::optional) {
    if (!value) return;
    using inner = typename T::value_type;
    if constexpr (!std::is_trivially_destructible_v<inner>) spare.items<inner>().push_back(std::move(*value));
    value.reset();
  } else if constexpr (category == value_category::object) {
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) { reset_value(value.*descriptor.pointer, spare); });
  } else {
    value = T{};
  }
}

/// Engages an optional for reading, with a spare value when there is one.
template <class T>
T& engage(std::optional<T>& value, spares& spare) {
  if (value) return *value;
  if constexpr (!std::is_trivially_destructible_v<T>) {
    std::vector<T>* pool = spare.find_items<T>();
    if (pool != nullptr && !pool->empty()) {
      value.emplace(std::move(pool->back()));
      pool->pop_back();
      return *value;
    }
  }
  return value.emplace();
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_RESET_HPP_INCLUDED
