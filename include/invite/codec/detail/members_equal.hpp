#ifndef INVITE_CODEC_DETAIL_MEMBERS_EQUAL_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_MEMBERS_EQUAL_HPP_INCLUDED

#include <invite/codec/detail/type_traits.hpp>

#include <boost/mp11/algorithm.hpp>

namespace invite::detail {

/// Member-wise equality of a described struct, so that its operator== stays one line of data.
template <class T>
bool members_equal(const T& a, const T& b) {
  bool equal = true;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    equal = equal && (a.*descriptor.pointer == b.*descriptor.pointer);
  });
  return equal;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_MEMBERS_EQUAL_HPP_INCLUDED
