#ifndef INVITE_CODEC_DETAIL_TYPE_TRAITS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_TYPE_TRAITS_HPP_INCLUDED

// What kind of JSON value a C++ member type is. Every part of the codec (reader, writer,
// schema, validation) dispatches on these categories, so a member type is supported by all of
// them or by none.

#include <invite/codec/time_formats.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace invite::detail {

template <class>
inline constexpr bool dependent_false = false;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
struct is_bool_vector : std::false_type {};
template <class A>
struct is_bool_vector<std::vector<bool, A>> : std::true_type {};

template <class T>
using remove_cvref_t = std::remove_cv_t<std::remove_reference_t<T>>;

/// Character types are left out: a char is not obviously a number, nor a one-letter string.
template <class T>
inline constexpr bool is_character_v =
    std::is_same_v<T, char> || std::is_same_v<T, wchar_t> || std::is_same_v<T, char16_t> ||
    std::is_same_v<T, char32_t>
#if defined(__cpp_char8_t)
    || std::is_same_v<T, char8_t>
#endif
    ;

/// Integers of every width and signedness (signed char and unsigned char too), but not bool and
/// not the character types.
template <class T>
inline constexpr bool is_integer_v =
    std::is_integral_v<T> && !std::is_same_v<T, bool> && !is_character_v<T> && sizeof(T) <= 8;

template <class T>
inline constexpr bool is_floating_v = std::is_same_v<T, float> || std::is_same_v<T, double>;

template <class T>
inline constexpr bool is_described_enum_v =
    std::is_enum_v<T> && boost::describe::has_describe_enumerators<T>::value;

template <class T>
inline constexpr bool is_described_struct_v =
    std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template <class T>
using public_members = boost::describe::describe_members<T, boost::describe::mod_public>;

/// The type of the member a Boost.Describe descriptor names, without cv or reference.
template <class Struct, class Descriptor>
using member_type_of = remove_cvref_t<decltype(std::declval<Struct&>().*Descriptor::pointer)>;

/// The categories of JSON value the codec knows. (std::vector<bool> is not an array here: its
/// items are proxies, not bools, so nothing could be read into them.)
enum class value_category {
  unsupported,
  optional,     // absent or null, else the contained value
  string,       // std::string
  boolean,      // bool
  integer,      // every integer type but bool and the character types
  floating,     // float, double
  enumeration,  // a described enum, by enumerator name
  formatted,    // a type written as a JSON string through its text_format
  array,        // std::vector
  object,       // a described struct
};

template <class T>
constexpr value_category category_of() noexcept {
  if constexpr (is_optional<T>::value) return value_category::optional;
  else if constexpr (std::is_same_v<T, std::string>) return value_category::string;
  else if constexpr (std::is_same_v<T, bool>) return value_category::boolean;
  else if constexpr (is_integer_v<T>) return value_category::integer;
  else if constexpr (is_floating_v<T>) return value_category::floating;
  else if constexpr (is_described_enum_v<T>) return value_category::enumeration;
  else if constexpr (has_text_format_v<T>) return value_category::formatted;
  else if constexpr (is_vector<T>::value && !is_bool_vector<T>::value) return value_category::array;
  else if constexpr (is_described_struct_v<T>) return value_category::object;
  else return value_category::unsupported;
}

template <class T>
inline constexpr value_category category_v = category_of<T>();

/// Whether every type inside T (through optionals and vectors) has a category.
template <class T>
constexpr bool is_supported_deeply() noexcept {
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::optional || category == value_category::array) {
    return is_supported_deeply<typename T::value_type>();
  } else {
    return category != value_category::unsupported;
  }
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_TYPE_TRAITS_HPP_INCLUDED
