#ifndef INVITE_CODEC_TEXT_FORMAT_HPP_INCLUDED
#define INVITE_CODEC_TEXT_FORMAT_HPP_INCLUDED

// A member type that JSON spells as a string in a format of its own (a date, a time, an
// identifier) is read, written, validated and described through a format: a class with
//
//   using value_type = T;
//   static constexpr invite::error_code code;                  // what a text it refuses breaks
//   static constexpr std::size_t max_size;                     // longest text write() produces
//   static bool parse(std::string_view text, T& out) noexcept;  // false: not in the format
//   static std::size_t write(char* out, const T& value) noexcept; // the text, unquoted; its size
//   static void expected(std::string& out);                    // "a date and time as ..."
//   static void schema(invite::schema_fragment& s);            // its pattern, its "format"
//   static constexpr std::string_view code_name = "...";       // optional, as a rule's (rule.hpp)
//
// A type gets a default format by specialising invite::text_format<T> (deriving from the
// format class is enough); a member can name another with the field option
// invite::rule::written_as<Format>. time_formats.hpp has the two the library ships.

#include <invite/codec/error.hpp>
#include <invite/codec/schema_fragment.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace invite {

/// The default format of T; specialise it for your own types.
template <class T>
struct text_format {
  using not_declared = void; // the codec's sign that T has no format of its own
};

namespace detail {

template <class T, class = void>
struct has_text_format : std::true_type {};
template <class T>
struct has_text_format<T, std::void_t<typename text_format<T>::not_declared>> : std::false_type {};

template <class Format, class = void>
struct is_text_format : std::false_type {};
template <class Format>
struct is_text_format<
    Format,
    std::void_t<typename Format::value_type, decltype(Format::code), decltype(Format::max_size),
                decltype(Format::parse(std::string_view{}, std::declval<typename Format::value_type&>())),
                decltype(Format::write(static_cast<char*>(nullptr), std::declval<const typename Format::value_type&>())),
                decltype(Format::expected(std::declval<std::string&>())),
                decltype(Format::schema(std::declval<schema_fragment&>()))>>
    : std::bool_constant<std::is_same_v<std::remove_cv_t<decltype(Format::code)>, error_code>> {};

} // namespace detail

template <class T>
inline constexpr bool has_text_format_v = detail::has_text_format<T>::value;

template <class Format>
inline constexpr bool is_text_format_v = detail::is_text_format<Format>::value;

} // namespace invite

#endif // INVITE_CODEC_TEXT_FORMAT_HPP_INCLUDED
