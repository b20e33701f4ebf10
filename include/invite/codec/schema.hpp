#ifndef INVITE_CODEC_SCHEMA_HPP_INCLUDED
#define INVITE_CODEC_SCHEMA_HPP_INCLUDED

// JSON Schema (draft 2020-12) generated from the same descriptions and declarations the codec
// reads, so that the schema and the library cannot drift apart: the codec states each type's
// shape, and each rule and format states its own keywords (schema_fragment). What JSON Schema
// cannot say (uniqueness ignoring case, duplicate keys, "integer literal" as opposed to an
// integral number) docs/contract.md lists; everything else is expressed.

#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/report.hpp>
#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/parse_options.hpp>
#include <invite/codec/schema_fragment.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace invite {

namespace detail {

/// Appends "<code name>: expected <what>" for a rule or format with a code name of its own, so
/// that the schema names the errors a user's own rules report.
template <class Declaration, class Expected>
void describe_own_code(std::string& description, const Expected& expected) {
  if constexpr (declares_code_name<Declaration>::value) {
    if (!description.empty()) description += "; ";
    description += kind_of<Declaration>().code_name;
    description += ": expected ";
    expected(description);
  }
}

/// The keywords the value rules of Parts contribute, and a description naming the rules'
/// (and the format's) own error codes, if any.
template <class Parts, class Format = void>
void add_rule_keywords(schema_fragment& fragment) {
  std::string description;
  if constexpr (!std::is_void_v<Format>) {
    describe_own_code<Format>(description, [](std::string& out) { Format::expected(out); });
  }
  std::apply(
      [&](const auto&... rule) {
        ((rule.schema(fragment),
          describe_own_code<std::decay_t<decltype(rule)>>(description, [&](std::string& out) { rule.expected(out); })),
         ...);
      },
      value_rules(Parts::value));
  if (!description.empty()) {
    std::string quoted;
    spelling::append_json_string(quoted, description);
    fragment.keyword("description", quoted);
  }
}

template <class Parts, class T>
void write_schema(std::string& out, bool closed);

template <class Struct>
void write_object_schema(std::string& out, bool closed) {
  static_assert(described_struct_checks<Struct>::value);
  constexpr auto names = field_names<Struct>();
  out += "{\"type\":\"object\",\"properties\":{";
  bool first = true;
  std::string required;
  std::string alternatives;
  std::size_t member = 0;
  boost::mp11::mp_for_each<public_members<Struct>>([&](auto descriptor) {
    using member_type = member_type_of<Struct, decltype(descriptor)>;
    using parts = declared_parts<Struct, decltype(descriptor)>;
    std::string schema;
    write_schema<parts, member_type>(schema, closed);
    std::string spellings;
    for (const auto& name : names) {
      if (name.member != member) continue;
      if (!first) out.push_back(',');
      first = false;
      spelling::append_json_string(out, name.text);
      out.push_back(':');
      out += schema;
      if (!spellings.empty()) spellings.push_back(',');
      spellings += "{\"required\":[";
      spelling::append_json_string(spellings, name.text);
      spellings += "]}";
    }
    const bool has_aliases = alias_count(parts::value) > 0;
    if (!is_optional<member_type>::value) {
      if (has_aliases) {
        // Exactly one of the member's names.
        if (!alternatives.empty()) alternatives.push_back(',');
        alternatives += "{\"oneOf\":[" + spellings + "]}";
      } else {
        if (!required.empty()) required.push_back(',');
        spelling::append_json_string(required, descriptor.name);
      }
    } else if (has_aliases) {
      // At most one of them.
      if (!alternatives.empty()) alternatives.push_back(',');
      alternatives += "{\"not\":{\"anyOf\":[";
      std::string pairs;
      for (const auto& a : names) {
        for (const auto& b : names) {
          if (a.member != member || b.member != member || !(a.text < b.text)) continue;
          if (!pairs.empty()) pairs.push_back(',');
          pairs += "{\"required\":[";
          spelling::append_json_string(pairs, a.text);
          pairs += ",";
          spelling::append_json_string(pairs, b.text);
          pairs += "]}";
        }
      }
      alternatives += pairs + "]}}";
    }
    ++member;
  });
  out += "},\"required\":[" + required + "]";
  if (closed) out += ",\"additionalProperties\":false";
  if (!alternatives.empty()) out += ",\"allOf\":[" + alternatives + "]";
}

template <class Parts, class T>
void write_schema(std::string& out, bool closed) {
  constexpr value_category category = category_v<T>;
  schema_fragment fragment;
  if constexpr (category == value_category::optional) {
    out += "{\"anyOf\":[";
    write_schema<Parts, typename T::value_type>(out, closed);
    out += ",{\"type\":\"null\"}]}";
    return;
  } else if constexpr (category == value_category::string) {
    out += "{\"type\":\"string\"";
  } else if constexpr (category == value_category::boolean) {
    out += "{\"type\":\"boolean\"";
  } else if constexpr (category == value_category::integer) {
    out += "{\"type\":\"integer\"";
    fragment.minimum(std::numeric_limits<T>::min());
    fragment.maximum(std::numeric_limits<T>::max());
  } else if constexpr (category == value_category::floating) {
    out += "{\"type\":\"number\"";
    fragment.read_as<T>();
  } else if constexpr (category == value_category::enumeration) {
    out += "{\"type\":\"string\",\"enum\":[";
    bool first = true;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto enumerator) {
      if (!first) out.push_back(',');
      first = false;
      spelling::append_json_string(out, enumerator.name);
    });
    out += "]";
  } else if constexpr (category == value_category::formatted) {
    out += "{\"type\":\"string\"";
    format_for_t<T, decltype(Parts::value)>::schema(fragment);
  } else if constexpr (category == value_category::array) {
    out += "{\"type\":\"array\"";
  } else if constexpr (category == value_category::object) {
    write_object_schema<T>(out, closed);
  } else {
    static_assert(dependent_false<T>, "invite: no JSON Schema for this type");
  }
  if constexpr (category == value_category::formatted) {
    add_rule_keywords<Parts, format_for_t<T, decltype(Parts::value)>>(fragment);
  } else {
    add_rule_keywords<Parts>(fragment);
  }
  fragment.append_keywords(out);
  if constexpr (category == value_category::array) {
    out += ",\"items\":";
    write_schema<each_item_parts<Parts>, typename T::value_type>(out, closed);
  }
  out += "}";
}

} // namespace detail

/// The JSON Schema (draft 2020-12) of what parse<T> accepts with these options, from the
/// same description and rules, as compact JSON; `title` names it. (max_bytes and max_errors
/// have no schema counterpart.)
template <class T>
std::string json_schema(const parse_options& options = {}, std::string_view title = {}) {
  std::string body;
  detail::write_schema<detail::no_parts, T>(body, !options.allow_unknown_fields);
  std::string out = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"";
  if (!title.empty()) {
    out += ",\"title\":";
    spelling::append_json_string(out, title);
  }
  out += ",";
  out.append(body, 1, std::string::npos); // the root's own keywords follow the header
  return out;
}

} // namespace invite

#endif // INVITE_CODEC_SCHEMA_HPP_INCLUDED
