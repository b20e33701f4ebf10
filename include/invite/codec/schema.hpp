#ifndef INVITE_CODEC_SCHEMA_HPP_INCLUDED
#define INVITE_CODEC_SCHEMA_HPP_INCLUDED

// JSON Schema (draft 2020-12) generated from the same descriptions and rules the codec reads,
// so the schema and the library cannot drift apart. What JSON Schema cannot say (uniqueness
// ignoring case, duplicate keys, "integer literal" as opposed to an integral number) is listed
// in the README; everything else is expressed.

#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/json_escape.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/parse_options.hpp>
#include <invite/codec/rules.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace invite {

namespace detail::schema_patterns {

// Anchored patterns end in "$(?!\n)": ECMA-262's "$" matches only at the end, but Python's
// also matches before a final newline, and the schema must mean the same to every validator.

// A real minute of the proleptic Gregorian calendar, leap years included: days 1-28 of any
// month, 29-30 of any month but February, 31 of the long months, and 29 February of years
// divisible by 4 but not by 100 unless by 400 (0000 is a leap year).
inline constexpr std::string_view minute_datetime =
    "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|"
    "(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|"
    "(?:[02468][048]|[13579][26])00)-02-29) (?:[01][0-9]|2[0-3]):[0-5][0-9]$(?!\\n)";

// The WHATWG HTML "valid e-mail address", with RFC 5321's 64-octet local part (e-mails are
// ASCII, so characters are octets).
inline constexpr std::string_view email =
    "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$(?!\\n)";

// http or https in any case, "://", a non-empty host (after any user info, before a port).
inline constexpr std::string_view http_url =
    "^[hH][tT][tT][pP][sS]?://(?:[^/?#\\\\]*@)?[^/?#\\\\@:][^/?#\\\\@]*(?:[/?#\\\\].*)?$(?!\\n)";
// Forbidden characters are matched unanchored under "not".
inline constexpr std::string_view not_printable_ascii = "[^!-~]";
inline constexpr std::string_view control_character = "[\\u0000-\\u001F\\u007F]";
inline constexpr std::string_view not_blank = "[^ ]";

} // namespace detail::schema_patterns

namespace detail {

inline void schema_key(std::string& out, std::string_view key) {
  append_json_string(out, key);
  out.push_back(':');
}

inline void schema_pattern(std::string& out, std::string_view pattern) {
  out += "{\"pattern\":";
  append_json_string(out, pattern);
  out += "}";
}

inline void schema_forbidden_pattern(std::string& out, std::string_view pattern) {
  out += "{\"not\":";
  schema_pattern(out, pattern);
  out += "}";
}

template <class T, class Rules>
void write_schema(std::string& out, const Rules& rules, bool closed);

template <class Rules>
void write_string_schema(std::string& out, const Rules& rules) {
  out += "{\"type\":\"string\"";
  std::string patterns;
  const auto add_pattern = [&](std::string_view pattern) {
    if (!patterns.empty()) patterns.push_back(',');
    schema_pattern(patterns, pattern);
  };
  const auto forbid_pattern = [&](std::string_view pattern) {
    if (!patterns.empty()) patterns.push_back(',');
    schema_forbidden_pattern(patterns, pattern);
  };
  std::apply(
      [&](const auto&... rule) {
        (([&](const auto& r) {
           using rule_type = std::decay_t<decltype(r)>;
           if constexpr (std::is_same_v<rule_type, rule::not_blank>) {
             add_pattern(schema_patterns::not_blank);
           } else if constexpr (std::is_same_v<rule_type, rule::min_code_points>) {
             out += ",\"minLength\":" + std::to_string(r.min);
           } else if constexpr (std::is_same_v<rule_type, rule::max_code_points>) {
             out += ",\"maxLength\":" + std::to_string(r.max);
           } else if constexpr (std::is_same_v<rule_type, rule::no_control_characters>) {
             forbid_pattern(schema_patterns::control_character);
           } else if constexpr (std::is_same_v<rule_type, rule::email_address>) {
             out += ",\"maxLength\":254";
             add_pattern(schema_patterns::email);
           } else if constexpr (std::is_same_v<rule_type, rule::http_url>) {
             out += ",\"maxLength\":" + std::to_string(r.max_octets);
             add_pattern(schema_patterns::http_url);
             forbid_pattern(schema_patterns::not_printable_ascii);
           }
         }(rule)),
         ...);
      },
      rules);
  if (!patterns.empty()) out += ",\"allOf\":[" + patterns + "]";
  out += "}";
}

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
    using member_type = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<Struct&>().*descriptor.pointer)>>;
    constexpr auto rules = member_rules<Struct, decltype(descriptor)>();
    std::string schema;
    write_schema<member_type>(schema, rules, closed);
    std::string spellings;
    for (const auto& name : names) {
      if (name.member != member) continue;
      if (!first) out.push_back(',');
      first = false;
      schema_key(out, name.text);
      out += schema;
      if (!spellings.empty()) spellings.push_back(',');
      spellings += "{\"required\":[";
      append_json_string(spellings, name.text);
      spellings += "]}";
    }
    const bool has_aliases = alias_count(rules) > 0;
    if (!is_optional<member_type>::value) {
      if (has_aliases) {
        // Exactly one of the member's names.
        if (!alternatives.empty()) alternatives.push_back(',');
        alternatives += "{\"oneOf\":[" + spellings + "]}";
      } else {
        if (!required.empty()) required.push_back(',');
        append_json_string(required, descriptor.name);
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
          append_json_string(pairs, a.text);
          pairs += ",";
          append_json_string(pairs, b.text);
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
  out += "}";
}

template <class T, class Rules>
void write_schema(std::string& out, const Rules& rules, bool closed) {
  if constexpr (is_optional<T>::value) {
    out += "{\"anyOf\":[";
    write_schema<typename T::value_type>(out, rules, closed);
    out += ",{\"type\":\"null\"}]}";
  } else if constexpr (std::is_same_v<T, std::string>) {
    write_string_schema(out, rules);
  } else if constexpr (is_integer_v<T>) {
    std::int64_t min = std::is_signed_v<T> ? static_cast<std::int64_t>(std::numeric_limits<T>::min()) : 0;
    std::int64_t max = static_cast<std::uint64_t>(std::numeric_limits<T>::max()) >
                               static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                           ? std::numeric_limits<std::int64_t>::max()
                           : static_cast<std::int64_t>(std::numeric_limits<T>::max());
    std::apply(
        [&](const auto&... rule) {
          (([&](const auto& r) {
             if constexpr (std::is_same_v<std::decay_t<decltype(r)>, rule::integer_range>) {
               if (r.min > min) min = r.min;
               if (r.max < max) max = r.max;
             }
           }(rule)),
           ...);
        },
        rules);
    out += "{\"type\":\"integer\",\"minimum\":" + std::to_string(min) + ",\"maximum\":" + std::to_string(max) + "}";
  } else if constexpr (is_described_enum_v<T>) {
    out += "{\"type\":\"string\",\"enum\":[";
    bool first = true;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto enumerator) {
      if (!first) out.push_back(',');
      first = false;
      append_json_string(out, enumerator.name);
    });
    out += "]}";
  } else if constexpr (is_minute_time_v<T>) {
    out += "{\"type\":\"string\",\"pattern\":";
    append_json_string(out, schema_patterns::minute_datetime);
    out += "}";
  } else if constexpr (is_vector<T>::value) {
    out += "{\"type\":\"array\"";
    std::apply(
        [&](const auto&... rule) {
          (([&](const auto& r) {
             if constexpr (std::is_same_v<std::decay_t<decltype(r)>, rule::item_count>) {
               out += ",\"minItems\":" + std::to_string(r.min) + ",\"maxItems\":" + std::to_string(r.max);
             }
           }(rule)),
           ...);
        },
        rules);
    out += ",\"items\":";
    write_schema<typename T::value_type>(out, std::tuple<>{}, closed);
    out += "}";
  } else if constexpr (is_described_struct_v<T>) {
    write_object_schema<T>(out, closed);
  } else {
    static_assert(dependent_false<T>, "invite: no JSON Schema for this member type");
  }
}

} // namespace detail

/// The JSON Schema (draft 2020-12) of what parse<T> accepts with these options, from the
/// same description and rules, as compact JSON; `title` names it. (max_bytes and max_errors
/// have no schema counterpart.)
template <class T>
std::string json_schema(const parse_options& options = {}, std::string_view title = {}) {
  std::string body;
  detail::write_schema<T>(body, std::tuple<>{}, !options.allow_unknown_fields);
  std::string out = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"";
  if (!title.empty()) {
    out += ",\"title\":";
    detail::append_json_string(out, title);
  }
  out += ",";
  out.append(body, 1, std::string::npos); // the root's own keywords follow the header
  return out;
}

} // namespace invite

#endif // INVITE_CODEC_SCHEMA_HPP_INCLUDED
