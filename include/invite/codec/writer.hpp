#ifndef INVITE_CODEC_WRITER_HPP_INCLUDED
#define INVITE_CODEC_WRITER_HPP_INCLUDED

// The generic writer: any described type back to JSON, keys in description order, canonical
// names only, absent optionals omitted, strings escaped as the contract says and no further,
// numbers in the shortest form that reads back exactly.

#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/json_escape.hpp>
#include <invite/codec/detail/type_traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace invite {

/// Compact for machines (the canonical form), or pretty (2-space indent) for people.
enum class json_style { compact, pretty };

namespace detail {

// Writing is two walks over the value: one adds up the exact length, the other writes through
// a raw pointer into a buffer sized once. That beats appending piece by piece (each append
// checks capacity).

inline std::size_t indent_size(json_style style, std::size_t depth) noexcept {
  return style == json_style::pretty ? 1 + depth * 2 : 0;
}

inline char* write_indent(char* out, json_style style, std::size_t depth) noexcept {
  if (style == json_style::pretty) {
    *out++ = '\n';
    std::memset(out, ' ', depth * 2);
    out += depth * 2;
  }
  return out;
}

// Decimal digits of an unsigned magnitude: the bit length gives a first guess (1233/4096 is
// just above log10(2)), a table of powers of ten corrects it.
inline std::size_t digit_count(std::uint64_t magnitude) noexcept {
  static constexpr std::uint64_t powers[] = {1ULL,
                                             10ULL,
                                             100ULL,
                                             1000ULL,
                                             10000ULL,
                                             100000ULL,
                                             1000000ULL,
                                             10000000ULL,
                                             100000000ULL,
                                             1000000000ULL,
                                             10000000000ULL,
                                             100000000000ULL,
                                             1000000000000ULL,
                                             10000000000000ULL,
                                             100000000000000ULL,
                                             1000000000000000ULL,
                                             10000000000000000ULL,
                                             100000000000000000ULL,
                                             1000000000000000000ULL,
                                             10000000000000000000ULL};
  const auto bits = static_cast<std::size_t>(64 - __builtin_clzll(magnitude | 1));
  const std::size_t guess = (bits * 1233) >> 12;
  return guess + ((magnitude | 1) >= powers[guess] ? 1 : 0); // | 1: zero has one digit
}

template <class Integer>
std::uint64_t magnitude_of(Integer value) noexcept {
  if constexpr (std::is_signed_v<Integer>) {
    return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  } else {
    return static_cast<std::uint64_t>(value);
  }
}

template <class Integer>
std::size_t decimal_size(Integer value) noexcept {
  if constexpr (std::is_signed_v<Integer>) {
    return digit_count(magnitude_of(value)) + (value < 0 ? 1 : 0);
  } else {
    return digit_count(magnitude_of(value));
  }
}

template <class Integer>
char* write_decimal(char* out, Integer value) noexcept {
  static constexpr char pairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  if constexpr (std::is_signed_v<Integer>) {
    if (value < 0) *out++ = '-';
  }
  std::uint64_t magnitude = magnitude_of(value);
  char* const end = out + digit_count(magnitude);
  char* p = end;
  while (magnitude >= 100) {
    const auto pair = static_cast<std::size_t>(magnitude % 100) * 2;
    magnitude /= 100;
    *--p = pairs[pair + 1];
    *--p = pairs[pair];
  }
  if (magnitude >= 10) {
    const auto pair = static_cast<std::size_t>(magnitude) * 2;
    *--p = pairs[pair + 1];
    *--p = pairs[pair];
  } else {
    *--p = static_cast<char>('0' + magnitude);
  }
  return end;
}

/// The shortest decimal text that reads back as exactly `value` (std::to_chars' promise), or
/// null for infinities and NaN, which JSON cannot spell.
template <class Floating>
std::size_t write_floating(char* out, Floating value) noexcept {
  if (!std::isfinite(value)) {
    std::memcpy(out, "null", 4);
    return 4;
  }
  const std::to_chars_result written = std::to_chars(out, out + 32, value);
  return static_cast<std::size_t>(written.ptr - out);
}

template <class Enum>
const char* enumerator_name(Enum value) noexcept {
  const char* name = nullptr;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
    if (value == enumerator.value) name = enumerator.name;
  });
  return name;
}

// "name": (or "name" : in pretty form) for a described member; member names are identifiers,
// so they need no escaping.
inline std::size_t key_size(const char* name, json_style style) noexcept {
  return std::char_traits<char>::length(name) + (style == json_style::pretty ? 4 : 3);
}

inline char* write_key(char* out, const char* name, json_style style) noexcept {
  const std::size_t length = std::char_traits<char>::length(name);
  *out++ = '"';
  std::memcpy(out, name, length);
  out += length;
  *out++ = '"';
  *out++ = ':';
  if (style == json_style::pretty) *out++ = ' ';
  return out;
}

/// The text a formatted value is written as (unquoted, unescaped).
template <class Format, class T>
std::string_view formatted_text(const T& value, char (&buffer)[Format::max_size]) noexcept {
  return std::string_view(buffer, Format::write(buffer, value));
}

template <class Parts, class T>
std::size_t json_size(const T& value, json_style style, std::size_t depth) {
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::string) {
    return json_string_size(value);
  } else if constexpr (category == value_category::boolean) {
    return value ? 4 : 5;
  } else if constexpr (category == value_category::integer) {
    return decimal_size(value);
  } else if constexpr (category == value_category::floating) {
    char digits[32];
    return write_floating(digits, value);
  } else if constexpr (category == value_category::enumeration) {
    const char* name = enumerator_name(value);
    return name != nullptr ? std::char_traits<char>::length(name) + 2 : 4;
  } else if constexpr (category == value_category::formatted) {
    using format = format_for_t<T, decltype(Parts::value)>;
    char buffer[format::max_size];
    return json_string_size(formatted_text<format>(value, buffer));
  } else if constexpr (category == value_category::optional) {
    return value ? json_size<Parts>(*value, style, depth) : 4;
  } else if constexpr (category == value_category::array) {
    std::size_t size = 2;
    for (const auto& item : value) {
      size += json_size<each_item_parts<Parts>>(item, style, depth + 1) + indent_size(style, depth + 1) + 1;
    }
    if (!value.empty()) size += indent_size(style, depth) - 1;
    return size;
  } else if constexpr (category == value_category::object) {
    static_assert(described_struct_checks<T>::value);
    std::size_t size = 2;
    std::size_t members = 0;
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
      const auto& member = value.*descriptor.pointer;
      if constexpr (is_optional<remove_cvref_t<decltype(member)>>::value) {
        if (!member) return;
      }
      ++members;
      size += indent_size(style, depth + 1) + key_size(descriptor.name, style) +
              json_size<declared_parts<T, decltype(descriptor)>>(member, style, depth + 1);
    });
    if (members != 0) size += members - 1 + indent_size(style, depth);
    return size;
  } else {
    static_assert(dependent_false<T>, "invite: no way to write this type (a struct needs BOOST_DESCRIBE_STRUCT)");
    return 0;
  }
}

template <class Parts, class T>
char* write_value(char* out, const T& value, json_style style, std::size_t depth) {
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::string) {
    return write_json_string(out, value);
  } else if constexpr (category == value_category::boolean) {
    std::memcpy(out, value ? "true" : "false", value ? 4 : 5);
    return out + (value ? 4 : 5);
  } else if constexpr (category == value_category::integer) {
    return write_decimal(out, value);
  } else if constexpr (category == value_category::floating) {
    return out + write_floating(out, value);
  } else if constexpr (category == value_category::enumeration) {
    // A value outside the described set has no name in the contract; null is the honest answer.
    const char* name = enumerator_name(value);
    if (name == nullptr) {
      std::memcpy(out, "null", 4);
      return out + 4;
    }
    const std::size_t length = std::char_traits<char>::length(name);
    *out++ = '"';
    std::memcpy(out, name, length);
    out += length;
    *out++ = '"';
    return out;
  } else if constexpr (category == value_category::formatted) {
    using format = format_for_t<T, decltype(Parts::value)>;
    char buffer[format::max_size];
    return write_json_string(out, formatted_text<format>(value, buffer));
  } else if constexpr (category == value_category::optional) {
    if (value) return write_value<Parts>(out, *value, style, depth);
    std::memcpy(out, "null", 4);
    return out + 4;
  } else if constexpr (category == value_category::array) {
    *out++ = '[';
    bool first = true;
    for (const auto& item : value) {
      if (!first) *out++ = ',';
      first = false;
      out = write_indent(out, style, depth + 1);
      out = write_value<each_item_parts<Parts>>(out, item, style, depth + 1);
    }
    if (!first) out = write_indent(out, style, depth);
    *out++ = ']';
    return out;
  } else {
    *out++ = '{';
    bool first = true;
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
      const auto& member = value.*descriptor.pointer;
      if constexpr (is_optional<remove_cvref_t<decltype(member)>>::value) {
        if (!member) return;
      }
      if (!first) *out++ = ',';
      first = false;
      out = write_indent(out, style, depth + 1);
      out = write_key(out, descriptor.name, style);
      out = write_value<declared_parts<T, decltype(descriptor)>>(out, member, style, depth + 1);
    });
    if (!first) out = write_indent(out, style, depth);
    *out++ = '}';
    return out;
  }
}

} // namespace detail

/// Appends the JSON of `value` to `out` (whose capacity a caller can reuse). It writes what it
/// is given: validate() says whether that keeps the rules.
template <class T>
void write_json(const T& value, std::string& out, json_style style = json_style::compact) {
  static_assert(detail::is_described_struct_v<T>,
                "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot "
                "read or write it");
  const std::size_t start = out.size();
  const std::size_t size = detail::json_size<detail::no_parts>(value, style, 0);
  out.resize(start + size);
  detail::write_value<detail::no_parts>(out.data() + start, value, style, 0);
}

/// The JSON of `value`.
template <class T>
std::string write_json(const T& value, json_style style = json_style::compact) {
  std::string out;
  write_json(value, out, style);
  return out;
}

} // namespace invite

#endif // INVITE_CODEC_WRITER_HPP_INCLUDED
