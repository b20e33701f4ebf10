#ifndef INVITE_CODEC_DETAIL_READER_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READER_HPP_INCLUDED

// The generic reader: walks any described type over a simdjson On Demand document, checking
// each member's rules as it goes. It visits every value of the document, the ones it stores and
// the ones it ignores alike, because On Demand only validates what is visited and the contract
// wants the whole document well-formed.

#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/json_pointer.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/messages.hpp>
#include <invite/codec/detail/read_state.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/rules.hpp>
#include <invite/validators/datetime.hpp>
#include <invite/validators/email.hpp>
#include <invite/validators/text.hpp>
#include <invite/validators/url.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/integral.hpp>

#include <simdjson.h>

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace invite::detail {

namespace ondemand = simdjson::ondemand;

/// Deeper nesting than this is invalid_json, whatever the value is for.
inline constexpr std::size_t max_nesting_depth = 1024;

inline const char* json_type_name(ondemand::json_type type) noexcept {
  switch (type) {
    case ondemand::json_type::array: return "an array";
    case ondemand::json_type::object: return "an object";
    case ondemand::json_type::number: return "a number";
    case ondemand::json_type::string: return "a string";
    case ondemand::json_type::boolean: return "a boolean";
    case ondemand::json_type::null: return "null";
  }
  return "a value";
}

// ---------------------------------------------------------------------------------------------
// Well-formedness of values we do not store.

/// A scalar must be followed by a separator or a closing bracket. simdjson checks that when
/// it consumes a value, but we only peek at scalars, and when it skips an unconsumed string
/// followed by ':' it takes it for a key and skips to the next closing bracket of any kind
/// (so ["k":1}] would pass). simdjson's raw tokens end at the next structural character.
inline outcome check_followed_by_separator(read_state& state, std::string_view token) {
  const char* next = token.data() + token.size();
  if (next < state.end() && *next != ',' && *next != ']' && *next != '}') {
    return state.malformed(next, "expected ',' or a closing bracket after a value");
  }
  return outcome::accepted;
}

/// Checks a scalar token (string, number, literal) completely; decodes strings into `text`.
inline outcome check_scalar(read_state& state, ondemand::json_type type, std::string_view token,
                            std::string& text) {
  if (check_followed_by_separator(state, token) == outcome::malformed) return outcome::malformed;
  const char* start = token.data();
  switch (type) {
    case ondemand::json_type::string: {
      const char* close = closing_quote_of(token);
      if (close == nullptr) return state.malformed(start, "malformed string");
      if (const char* bad = decode_string_content(start + 1, close, text)) {
        return state.malformed(bad, "invalid escape sequence in a string");
      }
      return outcome::accepted;
    }
    case ondemand::json_type::number:
      if (classify_number(trim_trailing_whitespace(token)) == number_kind::malformed) {
        return state.malformed(start, "malformed number");
      }
      return outcome::accepted;
    case ondemand::json_type::boolean: {
      const std::string_view literal = trim_trailing_whitespace(token);
      if (literal != "true" && literal != "false") return state.malformed(start, "malformed literal");
      return outcome::accepted;
    }
    case ondemand::json_type::null:
      if (trim_trailing_whitespace(token) != "null") return state.malformed(start, "malformed literal");
      return outcome::accepted;
    default:
      return state.malformed(start, "unexpected character");
  }
}

/// The decoded key of a field: a view into the input when it has no escapes (almost always),
/// else decoded into `buffer`. Empty data() means the key is ill-formed (and reported).
inline std::string_view read_key(read_state& state, ondemand::field& field, std::string& buffer) {
  const char* quote = field.key().raw() - 1;
  if (quote >= state.end()) {
    state.malformed(state.end(), "unexpected end of input, expected a key");
    return {};
  }
  // simdjson has checked that a ':' follows the key; only whitespace can be on either side of
  // it, so the key's closing quote is found walking back from the value, not by a scan.
  const char* close = field.value().raw_json_token().data();
  while (close > quote && is_json_whitespace(close[-1])) --close;
  if (close > quote && close[-1] == ':') --close;
  while (close > quote && is_json_whitespace(close[-1])) --close;
  if (close <= quote + 1 || close[-1] != '"') {
    state.malformed(quote, "malformed key");
    return {};
  }
  --close;
  const char* content = quote + 1;
  if (find_byte_in_padded(content, close, '\\') == close) {
    return std::string_view(content, static_cast<std::size_t>(close - content));
  }
  if (const char* bad = decode_string_content(content, close, buffer)) {
    state.malformed(bad, "invalid escape sequence in a key");
    return {};
  }
  return buffer.empty() ? std::string_view("", 0) : std::string_view(buffer);
}

/// True (and the document marked ill-formed) when a value would start at or past the end of
/// the input: simdjson then hands out a value whose first byte is the padding (after "key":
/// at the very end, say), and padding that looks like '[' or '{' would send it past its index.
inline bool past_the_end(read_state& state, std::string_view token) noexcept {
  if (token.data() < state.end()) return false;
  state.malformed(state.end(), "unexpected end of input, expected a value");
  return true;
}

/// Visits a value we do not store, so that it is checked for well-formedness all the same.
inline outcome skip_value(read_state& state, ondemand::value& value, std::size_t depth) {
  const std::string_view token = value.raw_json_token();
  if (past_the_end(state, token)) return outcome::malformed;
  ondemand::json_type type{};
  if (value.type().get(type) != simdjson::SUCCESS) {
    return state.malformed(token.data(), "unexpected character");
  }
  if (type == ondemand::json_type::array) {
    if (depth > max_nesting_depth) return state.malformed(token.data(), "nesting deeper than 1024 levels");
    ondemand::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed array");
    for (auto element : array) {
      ondemand::value item;
      if (std::move(element).get(item) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed array");
      if (skip_value(state, item, depth + 1) == outcome::malformed) return outcome::malformed;
    }
    return outcome::accepted;
  }
  if (type == ondemand::json_type::object) {
    if (depth > max_nesting_depth) return state.malformed(token.data(), "nesting deeper than 1024 levels");
    ondemand::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed object");
    for (auto member : object) {
      ondemand::field field;
      if (std::move(member).get(field) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed object");
      if (read_key(state, field, state.key_buffer).data() == nullptr) return outcome::malformed;
      if (skip_value(state, field.value(), depth + 1) == outcome::malformed) return outcome::malformed;
    }
    return outcome::accepted;
  }
  return check_scalar(state, type, token, state.text_buffer);
}

/// A value of the wrong JSON type: checked for well-formedness, then reported.
inline outcome mismatch(read_state& state, ondemand::value& value, ondemand::json_type found,
                        std::size_t depth, const char* expected) {
  const std::string_view token = value.raw_json_token();
  if (skip_value(state, value, depth) == outcome::malformed) return outcome::malformed;
  return state.report(error_code::type_mismatch, state.offset_of(token.data()), [&](const std::string& path) {
    std::string message = field_label(path) + ": expected " + expected + ", found " +
                          json_type_name(found);
    if (found == ondemand::json_type::number || found == ondemand::json_type::boolean) {
      message += " " + token_excerpt(trim_trailing_whitespace(token));
    } else if (found == ondemand::json_type::string) {
      message += " " + quoted_excerpt(state.text_buffer);
    }
    return message;
  });
}

// ---------------------------------------------------------------------------------------------
// Rules.

template <class Rule>
inline constexpr bool is_structural_rule_v =
    std::is_same_v<Rule, rule::alias> || std::is_same_v<Rule, rule::unique_in_array>;

template <class Rules>
constexpr bool needs_text_facts() {
  return std::apply(
      [](const auto&... rule) {
        return (false || ... ||
                (std::is_same_v<std::decay_t<decltype(rule)>, rule::not_blank> ||
                 std::is_same_v<std::decay_t<decltype(rule)>, rule::min_code_points> ||
                 std::is_same_v<std::decay_t<decltype(rule)>, rule::max_code_points> ||
                 std::is_same_v<std::decay_t<decltype(rule)>, rule::no_control_characters>));
      },
      Rules{});
}

inline std::string code_point_name(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      constexpr char hex[] = "0123456789ABCDEF";
      return std::string("U+00") + hex[byte >> 4] + hex[byte & 0xF];
    }
  }
  return "none";
}

/// Applies every text rule to a decoded string, one error per rule broken, in declared order.
template <class Rules>
outcome apply_text_rules(read_state& state, const Rules& rules, const std::string& text,
                         std::size_t offset) {
  validators::text_facts facts{};
  if constexpr (needs_text_facts<Rules>()) facts = validators::inspect_text(text);
  outcome verdict = outcome::accepted;
  std::apply(
      [&](const auto&... rule) {
        ((verdict = worse(verdict, [&](const auto& r) -> outcome {
            using rule_type = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<rule_type, rule::not_blank>) {
              if (!facts.blank) return outcome::accepted;
              return state.report(error_code::too_short, offset, [&](const std::string& path) {
                return field_label(path) + ": expected text that is not empty nor only spaces, found " +
                       (text.empty() ? std::string("an empty string") : quoted_excerpt(text));
              });
            } else if constexpr (std::is_same_v<rule_type, rule::min_code_points>) {
              if (facts.code_points >= r.min) return outcome::accepted;
              return state.report(error_code::too_short, offset, [&](const std::string& path) {
                return field_label(path) + ": expected at least " + std::to_string(r.min) +
                       " characters, found " + std::to_string(facts.code_points);
              });
            } else if constexpr (std::is_same_v<rule_type, rule::max_code_points>) {
              if (facts.code_points <= r.max) return outcome::accepted;
              return state.report(error_code::too_long, offset, [&](const std::string& path) {
                return field_label(path) + ": expected at most " + std::to_string(r.max) +
                       " characters (Unicode code points), found " + std::to_string(facts.code_points);
              });
            } else if constexpr (std::is_same_v<rule_type, rule::no_control_characters>) {
              if (!facts.has_control) return outcome::accepted;
              return state.report(error_code::invalid_characters, offset, [&](const std::string& path) {
                return field_label(path) +
                       ": expected no control characters (U+0000-U+001F, U+007F), found " +
                       code_point_name(text) + " in " + quoted_excerpt(text);
              });
            } else if constexpr (std::is_same_v<rule_type, rule::email_address>) {
              if (validators::is_valid_email(text)) return outcome::accepted;
              return state.report(error_code::invalid_email, offset, [&](const std::string& path) {
                return field_label(path) +
                       ": expected a valid e-mail address (WHATWG HTML; local part at most 64 "
                       "octets, at most 254 in all), found " + quoted_excerpt(text);
              });
            } else if constexpr (std::is_same_v<rule_type, rule::http_url>) {
              if (validators::is_valid_http_url(text, r.max_octets)) return outcome::accepted;
              return state.report(error_code::invalid_url, offset, [&](const std::string& path) {
                return field_label(path) +
                       ": expected an absolute http or https URL with a host, printable ASCII "
                       "only, at most " + std::to_string(r.max_octets) + " octets, found " +
                       quoted_excerpt(text) + " (" + std::to_string(text.size()) + " octets)";
              });
            } else if constexpr (is_structural_rule_v<rule_type>) {
              return outcome::accepted;
            } else {
              static_assert(dependent_false<rule_type>, "invite: this rule does not apply to a string member");
              return outcome::accepted;
            }
          }(rule))),
         ...);
      },
      rules);
  return verdict;
}

template <class Rule, class Rules>
constexpr Rule find_rule(const Rules& rules, Rule fallback) {
  std::apply(
      [&](const auto&... rule) {
        (([&] {
           if constexpr (std::is_same_v<std::decay_t<decltype(rule)>, Rule>) fallback = rule;
         }()),
         ...);
      },
      rules);
  return fallback;
}

// Every rule of a member must be one its type understands; a stray rule is a declaration
// mistake, caught at compile time.
template <class Rules, class... Allowed>
struct rules_within_t;
template <class Rule, class... Allowed>
struct rule_allowed : std::disjunction<std::is_same<Rule, rule::alias>, std::is_same<Rule, Allowed>...> {};
template <class... Rules, class... Allowed>
struct rules_within_t<std::tuple<Rules...>, Allowed...>
    : std::conjunction<rule_allowed<Rules, Allowed...>...> {};

template <class Rules, class... Allowed>
constexpr bool rules_within() {
  return rules_within_t<std::remove_cv_t<Rules>, Allowed...>::value;
}

// ---------------------------------------------------------------------------------------------
// Typed reading.

/// The enclosing array's view of the item being read, for unique_in_array.
template <class Item>
struct item_scope {
  const std::vector<Item>* items;
  std::size_t index;
  caseless_index* const* tables; // one per member with unique_in_array
};

template <class T, class Rules, class Scope>
outcome read_value(read_state& state, ondemand::value& value, T& out, const Rules& rules,
                   Scope* scope, std::size_t depth);

template <class T>
outcome read_integer(read_state& state, ondemand::value& value, ondemand::json_type type, T& out,
                     const rule::integer_range& range, std::size_t depth) {
  if (type != ondemand::json_type::number) return mismatch(state, value, type, depth, "an integer");
  const std::string_view token = value.raw_json_token();
  if (check_followed_by_separator(state, token) == outcome::malformed) return outcome::malformed;
  const std::string_view literal = trim_trailing_whitespace(token);
  const std::size_t offset = state.offset_of(token.data());
  std::int64_t number = 0;
  bool fits = true;
  if (!read_short_integer(literal, number)) {
    const number_kind kind = classify_number(literal);
    if (kind == number_kind::malformed) return state.malformed(token.data(), "malformed number");
    if (kind == number_kind::fraction_or_exponent) {
      return state.report(error_code::type_mismatch, offset, [&](const std::string& path) {
        return field_label(path) + ": expected an integer (no fraction, no exponent), found " +
               token_excerpt(literal);
      });
    }
    fits = integer_value(literal, number) == integer_status::in_int64;
  }
  if (!fits || number < range.min || number > range.max) {
    return state.report(error_code::out_of_range, offset, [&](const std::string& path) {
      return field_label(path) + ": expected an integer from " + std::to_string(range.min) +
             " to " + std::to_string(range.max) + ", found " + token_excerpt(literal);
    });
  }
  out = static_cast<T>(number);
  return outcome::accepted;
}

template <class Enum>
outcome read_enum(read_state& state, ondemand::value& value, ondemand::json_type type, Enum& out,
                  std::size_t depth) {
  if (type != ondemand::json_type::string) return mismatch(state, value, type, depth, "a string");
  const std::string_view token = value.raw_json_token();
  if (check_scalar(state, type, token, state.text_buffer) == outcome::malformed) return outcome::malformed;
  bool found = false;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
    if (!found && std::string_view(state.text_buffer) == enumerator.name) {
      out = enumerator.value;
      found = true;
    }
  });
  if (found) return outcome::accepted;
  return state.report(error_code::invalid_enum, state.offset_of(token.data()), [&](const std::string& path) {
    std::string allowed;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
      if (!allowed.empty()) allowed += ", ";
      append_json_string(allowed, enumerator.name);
    });
    return field_label(path) + ": expected one of " + allowed + ", found " +
           quoted_excerpt(state.text_buffer);
  });
}

inline outcome read_minute_time(read_state& state, ondemand::value& value, ondemand::json_type type,
                                date::local_time<std::chrono::minutes>& out, std::size_t depth) {
  if (type != ondemand::json_type::string) return mismatch(state, value, type, depth, "a string");
  const std::string_view token = value.raw_json_token();
  if (check_scalar(state, type, token, state.text_buffer) == outcome::malformed) return outcome::malformed;
  if (const auto parsed = validators::parse_minute_datetime(state.text_buffer)) {
    out = *parsed;
    return outcome::accepted;
  }
  return state.report(error_code::invalid_datetime, state.offset_of(token.data()), [&](const std::string& path) {
    return field_label(path) +
           ": expected a date and time as \"YYYY-MM-DD HH:MM\" naming a real minute, found " +
           quoted_excerpt(state.text_buffer);
  });
}

template <class Rules>
outcome read_string(read_state& state, ondemand::value& value, ondemand::json_type type,
                    std::string& out, const Rules& rules, std::size_t depth) {
  static_assert(rules_within<Rules, rule::not_blank, rule::min_code_points, rule::max_code_points,
                             rule::no_control_characters, rule::email_address, rule::http_url,
                             rule::unique_in_array>(),
                "invite: a string member takes only text, e-mail, URL and uniqueness rules");
  if (type != ondemand::json_type::string) return mismatch(state, value, type, depth, "a string");
  const std::string_view token = value.raw_json_token();
  if (check_scalar(state, type, token, out) == outcome::malformed) return outcome::malformed;
  return apply_text_rules(state, rules, out, state.offset_of(token.data()));
}

template <class T>
void reset_member(T& member) {
  if constexpr (std::is_same_v<T, std::string> || is_vector<T>::value) {
    member.clear();
  } else if constexpr (is_optional<T>::value) {
    member.reset();
  } else {
    member = T{};
  }
}

template <class Struct, class Descriptor>
constexpr bool member_is_unique() {
  return has_rule_v<rule::unique_in_array, decltype(member_rules<Struct, Descriptor>())>;
}

template <class Struct>
constexpr std::size_t unique_member_count() {
  std::size_t count = 0;
  boost::mp11::mp_for_each<public_members<Struct>>(
      [&](auto descriptor) { count += member_is_unique<Struct, decltype(descriptor)>() ? std::size_t{1} : std::size_t{0}; });
  return count;
}

// Position of member I among T's unique members, which picks its hash index.
template <class Struct, std::size_t I>
constexpr std::size_t unique_slot() {
  std::size_t slot = 0;
  std::size_t i = 0;
  boost::mp11::mp_for_each<public_members<Struct>>([&](auto descriptor) {
    if (i++ < I && member_is_unique<Struct, decltype(descriptor)>()) ++slot;
  });
  return slot;
}

template <class Struct, std::size_t I>
outcome check_unique(read_state& state, const Struct& item, item_scope<Struct>* scope, std::size_t offset) {
  using descriptor = boost::mp11::mp_at_c<public_members<Struct>, I>;
  static_assert(std::is_same_v<std::remove_cv_t<std::remove_reference_t<decltype(item.*descriptor::pointer)>>, std::string>,
                "invite: unique_in_array applies to string members");
  if (scope == nullptr) return outcome::accepted;
  const std::string& key = item.*descriptor::pointer;
  const auto& items = *scope->items;
  const std::size_t first = scope->tables[unique_slot<Struct, I>()]->find_or_insert(
      key, scope->index, [&](std::size_t i) -> std::string_view { return items[i].*descriptor::pointer; });
  if (first == scope->index) return outcome::accepted;
  return state.report(error_code::duplicate_value, offset, [&](const std::string& path) {
    std::string parent = path.substr(0, path.rfind('/'));
    parent = parent.substr(0, parent.rfind('/'));
    std::string first_path = parent;
    append_pointer_index(first_path, first);
    append_pointer_token(first_path, descriptor::name);
    return field_label(path) + ": expected a value not used before in this array (compared "
           "ignoring ASCII case), found " + quoted_excerpt(key) + ", already at " + first_path;
  });
}

template <class Struct>
outcome read_object(read_state& state, ondemand::value& value, Struct& out,
                    item_scope<Struct>* scope, std::size_t depth) {
  static_assert(described_struct_checks<Struct>::value);
  using members = public_members<Struct>;
  constexpr std::size_t member_count = boost::mp11::mp_size<members>::value;
  static constexpr auto names = field_names<Struct>();

  const std::string_view token = value.raw_json_token();
  const std::size_t object_offset = state.offset_of(token.data());
  if (depth > max_nesting_depth) return state.malformed(token.data(), "nesting deeper than 1024 levels");
  ondemand::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed object");

  std::bitset<member_count> seen_members;
  std::bitset<names.size()> seen_names;
  std::size_t serial = 0;
  bool has_serial = false;
  outcome verdict = outcome::accepted;
  for (auto member : object) {
    ondemand::field field;
    if (std::move(member).get(field) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed object");
    const std::string_view key = read_key(state, field, state.key_buffer);
    if (key.data() == nullptr) return outcome::malformed;
    const std::size_t key_offset = state.offset_of(field.key().raw() - 1);
    ondemand::value& field_value = field.value();

    std::size_t name_index = names.size();
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i].text == key) {
        name_index = i;
        break;
      }
    }
    const path_scope in_field(state, field.key().raw() - 1);

    if (name_index == names.size()) {
      if (!has_serial) {
        serial = state.next_object_serial();
        has_serial = true;
      }
      const bool repeated = state.repeats_unknown_key(serial, key);
      if (repeated) {
        verdict = worse(verdict, state.report(error_code::duplicate_field, key_offset, [&](const std::string& path) {
          return field_label(path) + ": expected each key once per object, found it again";
        }));
      } else if (!state.options().allow_unknown_fields) {
        verdict = worse(verdict, state.report(error_code::unknown_field, key_offset, [&](const std::string& path) {
          std::string known;
          for (const auto& name : names) {
            if (!known.empty()) known += ", ";
            append_json_string(known, name.text);
          }
          return field_label(path) + ": expected one of the fields " + known +
                 ", found an unknown field";
        }));
      }
      if (skip_value(state, field_value, depth + 1) == outcome::malformed) return outcome::malformed;
    } else {
      const field_name& name = names[name_index];
      if (seen_members[name.member]) {
        const bool same_key = seen_names[name_index];
        verdict = worse(verdict, state.report(same_key ? error_code::duplicate_field : error_code::alias_conflict, key_offset, [&](const std::string& path) {
          if (same_key) {
            return field_label(path) + ": expected each key once per object, found it again; the first is used";
          }
          std::string canonical;
          append_json_string(canonical, names[name.member].text);
          return field_label(path) + ": expected field " + canonical +
                 " under one name only, found it again under this name; the first is used";
        }));
        if (skip_value(state, field_value, depth + 1) == outcome::malformed) return outcome::malformed;
      } else {
        seen_members[name.member] = true;
        const outcome read = boost::mp11::mp_with_index<member_count>(name.member, [&](auto index) {
          constexpr std::size_t I = decltype(index)::value;
          using descriptor = boost::mp11::mp_at_c<members, I>;
          constexpr auto rules = member_rules<Struct, descriptor>();
          const std::size_t value_offset = state.offset_of(field_value.raw_json_token().data());
          outcome result = read_value(state, field_value, out.*descriptor::pointer, rules,
                                      static_cast<std::nullptr_t*>(nullptr), depth + 1);
          if constexpr (member_is_unique<Struct, descriptor>()) {
            if (result == outcome::accepted) result = check_unique<Struct, I>(state, out, scope, value_offset);
          }
          return result;
        });
        if (read == outcome::malformed) return outcome::malformed;
        verdict = worse(verdict, read);
      }
      seen_names[name_index] = true;
    }
  }

  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<member_count>>([&](auto index) {
    constexpr std::size_t I = decltype(index)::value;
    if (seen_members[I]) return;
    using descriptor = boost::mp11::mp_at_c<members, I>;
    auto& member = out.*descriptor::pointer;
    reset_member(member);
    if constexpr (!is_optional<std::remove_reference_t<decltype(member)>>::value) {
      verdict = worse(verdict, state.report_missing(descriptor::name, object_offset, [&](const std::string& path) {
        std::string message = field_label(path.substr(0, path.rfind('/'))) + ": expected the required field ";
        append_json_string(message, descriptor::name);
        for (const auto& name : names) {
          if (name.is_alias && name.member == I) {
            message += " (or ";
            append_json_string(message, name.text);
            message += ")";
          }
        }
        return message + ", found it missing";
      }));
    }
  });
  return verdict;
}

/// A lower bound, in bytes, of the JSON of one T as an array item, its comma included: an
/// object needs its braces and each required member's shortest name, quotes, colon and a
/// one-byte value; anything else at least one byte.
template <class T>
constexpr std::size_t smallest_json_size() {
  std::size_t size = 2; // one byte of value, one comma
  if constexpr (is_described_struct_v<T>) {
    size = 3; // the braces and the comma
    constexpr auto names = field_names<T>();
    std::size_t member = 0;
    boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
      using member_type = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<T&>().*decltype(descriptor)::pointer)>>;
      if constexpr (!is_optional<member_type>::value) {
        std::size_t shortest = std::numeric_limits<std::size_t>::max();
        for (const auto& name : names) {
          if (name.member == member && name.text.size() < shortest) shortest = name.text.size();
        }
        size += shortest + 4; // "name":v (the commas between members are left out)
      }
      ++member;
    });
  }
  return size;
}

template <class Item, class Rules>
outcome read_array(read_state& state, ondemand::value& value, std::vector<Item>& out,
                   const Rules& rules, std::size_t depth) {
  static_assert(rules_within<Rules, rule::item_count>(),
                "invite: an array member takes only item_count (and alias) rules");
  const rule::item_count limits =
      find_rule(rules, rule::item_count{0, std::numeric_limits<std::size_t>::max()});
  const std::string_view token = value.raw_json_token();
  const std::size_t array_offset = state.offset_of(token.data());
  if (depth > max_nesting_depth) return state.malformed(token.data(), "nesting deeper than 1024 levels");
  ondemand::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed array");

  const std::size_t errors_before = state.error_count();
  outcome verdict = outcome::accepted;
  std::size_t count = 0;

  // A fresh vector would grow by doubling: nine reallocations (and moves of every item so far)
  // for 500 items. When the declaration caps the count, reserve at once for as many items as
  // the rest of the input could hold, so memory stays bounded by both the cap and the input.
  if (out.capacity() == 0 && limits.max != std::numeric_limits<std::size_t>::max()) {
    constexpr std::size_t item_bytes = smallest_json_size<Item>();
    const auto room = static_cast<std::size_t>(state.end() - token.data()) / item_bytes;
    out.reserve(room < limits.max ? room : limits.max);
  }

  constexpr std::size_t unique_members = [] {
    if constexpr (is_described_struct_v<Item>) return unique_member_count<Item>();
    return std::size_t{0};
  }();
  caseless_index* tables[unique_members == 0 ? 1 : unique_members] = {};
  for (std::size_t i = 0; i < unique_members; ++i) tables[i] = &state.acquire_table();
  struct release_tables {
    read_state& state;
    ~release_tables() {
      for (std::size_t i = 0; i < unique_members; ++i) state.release_table();
    }
  } release{state};
  (void)release;

  for (auto element : array) {
    ondemand::value item;
    if (std::move(element).get(item) != simdjson::SUCCESS) return state.malformed(token.data(), "malformed array");
    if (count >= limits.max) {
      if (skip_value(state, item, depth + 1) == outcome::malformed) return outcome::malformed;
      ++count;
      continue;
    }
    if (count == out.size()) out.emplace_back();
    const path_scope in_item(state, count);
    outcome read;
    if constexpr (unique_members > 0) {
      item_scope<Item> scope{&out, count, tables};
      read = read_value(state, item, out[count], std::tuple<>{}, &scope, depth + 1);
    } else {
      read = read_value(state, item, out[count], std::tuple<>{}, static_cast<std::nullptr_t*>(nullptr), depth + 1);
    }
    if (read == outcome::malformed) return outcome::malformed;
    verdict = worse(verdict, read);
    ++count;
  }
  if (count < out.size()) out.resize(count);

  if (count < limits.min) {
    verdict = worse(verdict, state.report_before(errors_before, error_code::too_short, array_offset, [&](const std::string& path) {
      return field_label(path) + ": expected at least " + std::to_string(limits.min) +
             (limits.min == 1 ? " item" : " items") + ", found " + std::to_string(count);
    }));
  }
  if (count > limits.max) {
    verdict = worse(verdict, state.report_before(errors_before, error_code::too_long, array_offset, [&](const std::string& path) {
      return field_label(path) + ": expected at most " + std::to_string(limits.max) +
             " items, found " + std::to_string(count) + " (items past " + std::to_string(limits.max) +
             " are not checked)";
    }));
  }
  return verdict;
}

template <class T, class Rules, class Scope>
outcome read_value(read_state& state, ondemand::value& value, T& out, const Rules& rules,
                   Scope* scope, std::size_t depth) {
  if (past_the_end(state, value.raw_json_token())) return outcome::malformed;
  ondemand::json_type type{};
  if (value.type().get(type) != simdjson::SUCCESS) {
    return state.malformed(value.raw_json_token().data(), "unexpected character");
  }
  if constexpr (is_optional<T>::value) {
    if (type == ondemand::json_type::null) {
      if (check_scalar(state, type, value.raw_json_token(), state.text_buffer) == outcome::malformed) {
        return outcome::malformed;
      }
      out.reset();
      return outcome::accepted;
    }
    if (!out) out.emplace();
    return read_value(state, value, *out, rules, scope, depth);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return read_string(state, value, type, out, rules, depth);
  } else if constexpr (is_integer_v<T>) {
    static_assert(sizeof(T) <= sizeof(std::int64_t), "invite: integers wider than 64 bits are not supported");
    constexpr rule::integer_range type_range{
        std::is_signed_v<T> ? static_cast<std::int64_t>(std::numeric_limits<T>::min()) : 0,
        static_cast<std::uint64_t>(std::numeric_limits<T>::max()) > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
            ? std::numeric_limits<std::int64_t>::max()
            : static_cast<std::int64_t>(std::numeric_limits<T>::max())};
    static_assert(rules_within<Rules, rule::integer_range>(),
                  "invite: an integer member takes only integer_range (and alias) rules");
    const rule::integer_range declared = find_rule(rules, type_range);
    const rule::integer_range range{declared.min > type_range.min ? declared.min : type_range.min,
                                        declared.max < type_range.max ? declared.max : type_range.max};
    return read_integer(state, value, type, out, range, depth);
  } else if constexpr (is_described_enum_v<T>) {
    static_assert(rules_within<Rules>(), "invite: an enum member takes no rules but alias");
    return read_enum(state, value, type, out, depth);
  } else if constexpr (is_minute_time_v<T>) {
    static_assert(rules_within<Rules>(), "invite: a date-time member takes no rules but alias");
    return read_minute_time(state, value, type, out, depth);
  } else if constexpr (is_vector<T>::value) {
    if (type != ondemand::json_type::array) return mismatch(state, value, type, depth, "an array");
    return read_array(state, value, out, rules, depth);
  } else if constexpr (is_described_struct_v<T>) {
    static_assert(rules_within<Rules>(), "invite: a struct member takes no rules but alias");
    if (type != ondemand::json_type::object) return mismatch(state, value, type, depth, "an object");
    if constexpr (std::is_same_v<Scope, item_scope<T>>) {
      return read_object(state, value, out, scope, depth);
    } else {
      return read_object(state, value, out, static_cast<item_scope<T>*>(nullptr), depth);
    }
  } else {
    static_assert(dependent_false<T>,
                  "invite: no way to read this member type; supported are integers, std::string, "
                  "described enums, date::local_time<std::chrono::minutes>, std::optional, "
                  "std::vector and structs described with BOOST_DESCRIBE_STRUCT");
    return outcome::malformed;
  }
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READER_HPP_INCLUDED
