#ifndef INVITE_CODEC_WRITER_HPP_INCLUDED
#define INVITE_CODEC_WRITER_HPP_INCLUDED

// The generic writer: any described type back to JSON, keys in description order, canonical
// names only, absent optionals omitted, strings escaped as the contract says and no further,
// numbers in the shortest form that reads back exactly.

#include <invite/codec/detail/decimal_digits.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/detail/type_traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
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

// Writing is two walks over the value. The first adds up its plain length: exact, but for the
// bytes that escapes add, which would take a second scan of every string to count. The second
// writes through a raw pointer into a buffer sized once for that length and a little spare
// room; escapes draw on the spare room, and the rare value that needs more than is left moves
// the buffer (growing_room). Every other piece has a size known before it is written, so the
// second walk checks no capacity.

template <json_style Style>
constexpr std::size_t indent_size(std::size_t depth) noexcept {
  return Style == json_style::pretty ? 1 + depth * 2 : 0;
}

template <json_style Style>
char* write_indent(char* at, std::size_t depth) noexcept {
  if constexpr (Style == json_style::pretty) {
    *at++ = '\n';
    std::memset(at, ' ', depth * 2);
    at += depth * 2;
  }
  return at;
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

/// A described member's key with its punctuation, `{"name":` or `,"name":`, made at compile
/// time from the description, so that writing it is one copy of a constant length. Member
/// names are identifiers, so they need no escaping.
template <class Descriptor, char Opening>
struct member_key {
  static constexpr std::size_t name_size = std::char_traits<char>::length(Descriptor::name);
  static constexpr std::array<char, name_size + 4> text = [] {
    std::array<char, name_size + 4> key{};
    key[0] = Opening;
    key[1] = '"';
    for (std::size_t i = 0; i < name_size; ++i) key[2 + i] = Descriptor::name[i];
    key[name_size + 2] = '"';
    key[name_size + 3] = ':';
    return key;
  }();
};

template <std::size_t Size>
char* write_constant(char* at, const std::array<char, Size>& text) noexcept {
  std::memcpy(at, text.data(), Size);
  return at + Size;
}

/// `"name":`, or `"name": ` in pretty form: the key without its opening.
template <json_style Style, class Descriptor>
char* write_key(char* at, Descriptor) noexcept {
  constexpr auto& key = member_key<Descriptor, ','>::text;
  std::memcpy(at, key.data() + 1, key.size() - 1);
  at += key.size() - 1;
  if constexpr (Style == json_style::pretty) *at++ = ' ';
  return at;
}

/// The index of the first member that is always written (not an optional), or the count of
/// members if every one may be absent.
template <class T>
constexpr std::size_t first_required_member() noexcept {
  std::size_t index = 0;
  bool found = false;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    if (found) return;
    if (!is_optional<member_type_of<T, decltype(descriptor)>>::value) {
      found = true;
      return;
    }
    ++index;
  });
  return index;
}

/// The text a formatted value is written as (unquoted, unescaped).
template <class Format, class T>
std::string_view formatted_text(const T& value, char (&buffer)[Format::max_size]) noexcept {
  return std::string_view(buffer, Format::write(buffer, value));
}

/// The length of `value`'s JSON if none of its strings needed escaping.
template <json_style Style, class Parts, class T>
std::size_t plain_size(const T& value, std::size_t depth) {
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::string) {
    return value.size() + 2;
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
    return formatted_text<format>(value, buffer).size() + 2;
  } else if constexpr (category == value_category::optional) {
    return value ? plain_size<Style, Parts>(*value, depth) : 4;
  } else if constexpr (category == value_category::array) {
    std::size_t size = 2;
    for (const auto& item : value) {
      size += plain_size<Style, each_item_parts<Parts>>(item, depth + 1) + indent_size<Style>(depth + 1) + 1;
    }
    if (!value.empty()) size += indent_size<Style>(depth) - 1;
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
      constexpr std::size_t key_size = member_key<decltype(descriptor), ','>::text.size() - 1;
      size += indent_size<Style>(depth + 1) + key_size + (Style == json_style::pretty ? 1 : 0) +
              plain_size<Style, declared_parts<T, decltype(descriptor)>>(member, depth + 1);
    });
    if (members != 0) size += members - 1 + indent_size<Style>(depth);
    return size;
  } else {
    static_assert(dependent_false<T>, "invite: no way to write this type (a struct needs BOOST_DESCRIBE_STRUCT)");
    return 0;
  }
}

template <json_style Style, class Parts, class T, class Room>
char* write_value(char* at, const T& value, std::size_t depth, Room& room);

/// The members of a described struct, compact: each key is one constant, with the comma before
/// it (or the brace, for the first member when it cannot be absent), so that no member asks at
/// run time whether it is the first. Only the members up to the first one that is always
/// written may be first, so only they ask.
template <class T, class Room>
char* write_compact_object(char* at, const T& value, Room& room) {
  using members = public_members<T>;
  constexpr std::size_t first_required = first_required_member<T>();
  constexpr bool first_is_fixed = first_required == 0 && boost::mp11::mp_size<members>::value != 0;
  [[maybe_unused]] bool first = true; // read only when the first member may be absent
  boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<members>>>([&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    using descriptor = boost::mp11::mp_at_c<members, i>;
    const auto& member = value.*descriptor::pointer;
    if constexpr (is_optional<remove_cvref_t<decltype(member)>>::value) {
      if (!member) return;
    }
    if constexpr (i == 0 && first_is_fixed) {
      at = write_constant(at, member_key<descriptor, '{'>::text);
    } else if constexpr (i > first_required) {
      at = write_constant(at, member_key<descriptor, ','>::text);
    } else {
      at = write_constant(at, member_key<descriptor, ','>::text);
      if (first) at[-static_cast<std::ptrdiff_t>(member_key<descriptor, ','>::text.size())] = '{';
      first = false;
    }
    at = write_value<json_style::compact, declared_parts<T, descriptor>>(at, member, 0, room);
  });
  if constexpr (!first_is_fixed) {
    if (first) *at++ = '{';
  }
  *at++ = '}';
  return at;
}

template <json_style Style, class Parts, class T, class Room>
char* write_value(char* at, const T& value, std::size_t depth, Room& room) {
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::string) {
    return write_json_string(at, value, room);
  } else if constexpr (category == value_category::boolean) {
    std::memcpy(at, value ? "true" : "false", value ? 4 : 5);
    return at + (value ? 4 : 5);
  } else if constexpr (category == value_category::integer) {
    return write_decimal(at, value);
  } else if constexpr (category == value_category::floating) {
    return at + write_floating(at, value);
  } else if constexpr (category == value_category::enumeration) {
    // A value outside the described set has no name in the contract; null is the honest answer.
    const char* name = enumerator_name(value);
    if (name == nullptr) {
      std::memcpy(at, "null", 4);
      return at + 4;
    }
    const std::size_t length = std::char_traits<char>::length(name);
    *at++ = '"';
    std::memcpy(at, name, length);
    at += length;
    *at++ = '"';
    return at;
  } else if constexpr (category == value_category::formatted) {
    using format = format_for_t<T, decltype(Parts::value)>;
    char buffer[format::max_size];
    return write_json_string(at, formatted_text<format>(value, buffer), room);
  } else if constexpr (category == value_category::optional) {
    if (value) return write_value<Style, Parts>(at, *value, depth, room);
    std::memcpy(at, "null", 4);
    return at + 4;
  } else if constexpr (category == value_category::array) {
    *at++ = '[';
    if constexpr (Style == json_style::compact) {
      // Each item with a comma after it; the last comma becomes the bracket.
      for (const auto& item : value) {
        at = write_value<Style, each_item_parts<Parts>>(at, item, depth + 1, room);
        *at++ = ',';
      }
      if (!value.empty()) --at;
    } else {
      bool first = true;
      for (const auto& item : value) {
        if (!first) *at++ = ',';
        first = false;
        at = write_indent<Style>(at, depth + 1);
        at = write_value<Style, each_item_parts<Parts>>(at, item, depth + 1, room);
      }
      if (!first) at = write_indent<Style>(at, depth);
    }
    *at++ = ']';
    return at;
  } else if constexpr (Style == json_style::compact) {
    return write_compact_object(at, value, room);
  } else {
    *at++ = '{';
    bool first = true;
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
      const auto& member = value.*descriptor.pointer;
      if constexpr (is_optional<remove_cvref_t<decltype(member)>>::value) {
        if (!member) return;
      }
      if (!first) *at++ = ',';
      first = false;
      at = write_indent<Style>(at, depth + 1);
      at = write_key<Style>(at, descriptor);
      at = write_value<Style, declared_parts<T, decltype(descriptor)>>(at, member, depth + 1, room);
    });
    if (!first) at = write_indent<Style>(at, depth);
    *at++ = '}';
    return at;
  }
}

/// The writer's Room (json_escape.hpp): `out` sized for the plain length plus `spare` bytes for
/// escapes. A value that needs more moves what is written into a buffer a quarter larger, so
/// that a text with many escapes costs a few moves, not one per escape.
class growing_room {
public:
  growing_room(std::string& out, std::size_t spare_bytes) noexcept : spare(spare_bytes), out_(out) {}

  std::size_t spare;

  [[gnu::noinline]] char* more(char* at) {
    const auto written = static_cast<std::size_t>(at - out_.data());
    const std::size_t added = out_.size() / 4 + 64;
    // A new string of exactly the size wanted: resizing out_ would double its capacity.
    std::string larger;
    larger.reserve(out_.size() + added);
    larger.append(out_.data(), written);
    larger.resize(out_.size() + added);
    out_.swap(larger);
    spare += added;
    return out_.data() + written;
  }

private:
  std::string& out_;
};

template <json_style Style, class T>
void write_json_as(const T& value, std::string& out) {
  const std::size_t start = out.size();
  const std::size_t plain = plain_size<Style, no_parts>(value, 0);
  // Spare room for the escapes of a typical text (a name in quotes here and there) without a
  // move, and for the digits' overrun; both are a few bytes, or 1/64 of a long text.
  const std::size_t spare = plain / 64 + 16;
  out.resize(start + plain + spare + decimal_store_overrun);
  growing_room room(out, spare);
  char* const end = write_value<Style, no_parts>(out.data() + start, value, 0, room);
  out.resize(static_cast<std::size_t>(end - out.data()));
}

} // namespace detail

/// Appends the JSON of `value` to `out` (whose capacity a caller can reuse). It writes what it
/// is given: validate() says whether that keeps the rules.
template <class T>
void write_json(const T& value, std::string& out, json_style style = json_style::compact) {
  static_assert(detail::is_described_struct_v<T>,
                "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot "
                "read or write it");
  if (style == json_style::compact) {
    detail::write_json_as<json_style::compact>(value, out);
  } else {
    detail::write_json_as<json_style::pretty>(value, out);
  }
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
