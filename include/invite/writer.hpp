#ifndef INVITE_WRITER_HPP_INCLUDED
#define INVITE_WRITER_HPP_INCLUDED

// The generic writer: any described type back to JSON, keys in description order, canonical
// names only, absent optionals omitted, strings escaped as the contract says and no further.

#include <invite/detail/field_rules.hpp>
#include <invite/detail/json_escape.hpp>
#include <invite/detail/type_traits.hpp>
#include <invite/validators/datetime.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace invite {

/// Compact for machines (the canonical form), or pretty (2-space indent) for people.
enum class json_style { compact, pretty };

namespace detail {

inline void write_newline(std::string& out, json_style style, std::size_t depth) {
  if (style == json_style::pretty) {
    out.push_back('\n');
    out.append(depth * 2, ' ');
  }
}

template <class T>
void write_value(std::string& out, const T& value, json_style style, std::size_t depth) {
  if constexpr (std::is_same_v<T, std::string>) {
    append_json_string(out, value);
  } else if constexpr (is_integer_v<T>) {
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr);
  } else if constexpr (is_described_enum_v<T>) {
    const char* name = nullptr;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto enumerator) {
      if (value == enumerator.value) name = enumerator.name;
    });
    // A value outside the described set has no name in the contract; null is the honest answer.
    if (name != nullptr) {
      append_json_string(out, name);
    } else {
      out.append("null");
    }
  } else if constexpr (is_minute_time_v<T>) {
    out.push_back('"');
    validators::append_minute_datetime(out, value);
    out.push_back('"');
  } else if constexpr (is_optional<T>::value) {
    if (value) {
      write_value(out, *value, style, depth);
    } else {
      out.append("null");
    }
  } else if constexpr (is_vector<T>::value) {
    out.push_back('[');
    bool first = true;
    for (const auto& item : value) {
      if (!first) out.push_back(',');
      first = false;
      write_newline(out, style, depth + 1);
      write_value(out, item, style, depth + 1);
    }
    if (!first) write_newline(out, style, depth);
    out.push_back(']');
  } else if constexpr (is_described_struct_v<T>) {
    static_assert(described_struct_checks<T>::value);
    out.push_back('{');
    bool first = true;
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
      const auto& member = value.*descriptor.pointer;
      if constexpr (is_optional<std::decay_t<decltype(member)>>::value) {
        if (!member) return;
      }
      if (!first) out.push_back(',');
      first = false;
      write_newline(out, style, depth + 1);
      append_json_string(out, descriptor.name);
      out.append(style == json_style::pretty ? ": " : ":");
      write_value(out, member, style, depth + 1);
    });
    if (!first) write_newline(out, style, depth);
    out.push_back('}');
  } else {
    static_assert(dependent_false<T>,
                  "invite: no way to write this member type (a struct needs BOOST_DESCRIBE_STRUCT)");
  }
}

} // namespace detail

/// Appends the JSON of `value` to `out` (whose capacity a caller can reuse).
template <class T>
void write_json(const T& value, std::string& out, json_style style = json_style::compact) {
  detail::write_value(out, value, style, 0);
}

/// The JSON of `value`.
template <class T>
std::string write_json(const T& value, json_style style = json_style::compact) {
  std::string out;
  write_json(value, out, style);
  return out;
}

} // namespace invite

#endif // INVITE_WRITER_HPP_INCLUDED
