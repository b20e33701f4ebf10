#ifndef INVITE_CODEC_FIELD_OPTION_HPP_INCLUDED
#define INVITE_CODEC_FIELD_OPTION_HPP_INCLUDED

// Besides rules, a field declaration takes options: they change how the codec reads the field
// (the names it answers to, how its value is spelled, what is compared across an array) rather
// than check a value. The codec knows each option by its type; they are not open to users.

#include <type_traits>

namespace invite {

namespace detail {
template <class T, class = void>
struct is_field_option : std::false_type {};
template <class T>
struct is_field_option<T, std::void_t<typename T::field_option>> : std::true_type {};

template <class T, class = void>
struct is_rule_bundle : std::false_type {};
template <class T>
struct is_rule_bundle<T, std::void_t<decltype(std::declval<const T&>().parts())>> : std::true_type {};
} // namespace detail

/// Whether T is one of the codec's field options.
template <class T>
inline constexpr bool is_field_option_v = detail::is_field_option<T>::value;

/// Whether T is a bundle: several rules declared as one, given by a constexpr parts() that
/// returns a std::tuple of rules (rule::item_count is one).
template <class T>
inline constexpr bool is_rule_bundle_v = detail::is_rule_bundle<T>::value;

} // namespace invite

#endif // INVITE_CODEC_FIELD_OPTION_HPP_INCLUDED
