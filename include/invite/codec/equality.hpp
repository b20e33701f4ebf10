#ifndef INVITE_CODEC_EQUALITY_HPP_INCLUDED
#define INVITE_CODEC_EQUALITY_HPP_INCLUDED

// Equality of described structs, member by member, so that a type's operator== is one line:
//
//   inline bool operator==(const item& a, const item& b) { return invite::equal(a, b); }
//
// (C++17 has no defaulted operator==; in C++20 `= default` works as well.)

#include <invite/codec/detail/type_traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>

namespace invite {

/// True when `a` and `b` hold the same values. Described structs compare member by member, all
/// the way down, so nested types need no operator== of their own; anything else uses ==.
template <class T>
bool equal(const T& a, const T& b) {
  constexpr detail::value_category category = detail::category_v<T>;
  if constexpr (category == detail::value_category::object) {
    bool same = true;
    boost::mp11::mp_for_each<detail::public_members<T>>([&](auto descriptor) {
      same = same && equal(a.*descriptor.pointer, b.*descriptor.pointer);
    });
    return same;
  } else if constexpr (category == detail::value_category::optional) {
    return a.has_value() == b.has_value() && (!a || equal(*a, *b));
  } else if constexpr (category == detail::value_category::array) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!equal(a[i], b[i])) return false;
    }
    return true;
  } else {
    return a == b;
  }
}

} // namespace invite

#endif // INVITE_CODEC_EQUALITY_HPP_INCLUDED
