#ifndef INVITE_CODEC_DETAIL_READ_WELL_FORMED_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_WELL_FORMED_HPP_INCLUDED

// Well-formedness of what On Demand leaves unchecked. The reader visits every value of the
// document, the ones it stores and the ones it ignores alike, because On Demand only validates
// what is visited and the contract wants the whole document well-formed.

#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::detail {

namespace ondemand = simdjson::ondemand;

inline const char* json_type_name(ondemand::json_type type) noexcept {
  switch (type) {
    case ondemand::json_type::array: return "an array";
    case ondemand::json_type::object: return "an object";
    case ondemand::json_type::number: return "a number";
    case ondemand::json_type::string: return "a string";
    case ondemand::json_type::boolean: return "a boolean";
    case ondemand::json_type::null: return "null";
  }
  return "a value"; // GCOVR_EXCL_LINE: unreachable, the switch names every json_type
}

/// A scalar must be followed by a separator or a closing bracket. simdjson checks that when
/// it consumes a value, but we only peek at scalars, and when it skips an unconsumed string
/// followed by ':' it takes it for a key and skips to the next closing bracket of any kind
/// (so ["k":1}] would pass). simdjson's raw tokens end at the next structural character.
/// Always inline: it runs after every scalar, and g++ had begun to call it (about 14
/// instructions a call with the registers it saves).
[[gnu::always_inline]] inline outcome check_followed_by_separator(read_context& context, std::string_view token) {
  const char* next = token.data() + token.size();
  if (next < context.end() && *next != ',' && *next != ']' && *next != '}') {
    return context.malformed(next, "expected ',' or a closing bracket after a value");
  }
  return outcome::accepted;
}

/// True (and the document marked ill-formed) when a value would start at or past the end of
/// the input: simdjson then hands out a value whose first byte is the padding (after "key":
/// at the very end, say), and padding that looks like '[' or '{' would send it past its index.
inline bool past_the_end(read_context& context, std::string_view token) noexcept {
  if (token.data() < context.end()) return false;
  context.malformed(context.end(), "unexpected end of input, expected a value");
  return true;
}

/// The decoded content of a string token that is not stored in a member, checked whole; null
/// data() when it is ill-formed (reported).
inline std::string_view transient_string(read_context& context, std::string_view token) {
  if (check_followed_by_separator(context, token) == outcome::malformed) return {};
  const char* close = closing_quote_of(token);
  if (close == nullptr) {
    // GCOVR_EXCL_START: defensive; simdjson's stage 1 refuses an unterminated string first
    context.malformed(token.data(), "malformed string");
    return {};
    // GCOVR_EXCL_STOP
  }
  return context.decode_transient(token.data() + 1, close);
}

/// Checks a scalar token (string, number, literal) completely.
inline outcome check_scalar(read_context& context, ondemand::json_type type, std::string_view token) {
  const char* start = token.data();
  switch (type) {
    case ondemand::json_type::string:
      return transient_string(context, token).data() == nullptr ? outcome::malformed : outcome::accepted;
    case ondemand::json_type::number:
      if (check_followed_by_separator(context, token) == outcome::malformed) return outcome::malformed;
      if (classify_number(trim_trailing_whitespace(token)) == number_kind::malformed) {
        return context.malformed(start, "malformed number");
      }
      return outcome::accepted;
    case ondemand::json_type::boolean: {
      if (check_followed_by_separator(context, token) == outcome::malformed) return outcome::malformed;
      const std::string_view literal = trim_trailing_whitespace(token);
      if (literal != "true" && literal != "false") return context.malformed(start, "malformed literal");
      return outcome::accepted;
    }
    case ondemand::json_type::null:
      if (check_followed_by_separator(context, token) == outcome::malformed) return outcome::malformed;
      if (trim_trailing_whitespace(token) != "null") return context.malformed(start, "malformed literal");
      return outcome::accepted;
    default: // GCOVR_EXCL_LINE: defensive; callers pass scalars only, whose types are listed above
      return context.malformed(start, "unexpected character"); // GCOVR_EXCL_LINE
  }
}

/// Where a key is in the input, still escaped: its opening quote, and its content up to the
/// closing quote.
struct raw_key {
  const char* quote = nullptr; // null when the key is ill-formed (reported)
  const char* content = nullptr;
  const char* close = nullptr;
  std::size_t size() const noexcept { return static_cast<std::size_t>(close - content); }
};

/// Locates a field's key without decoding it.
inline raw_key locate_key(read_context& context, ondemand::field& field) {
  const char* quote = field.key().raw() - 1;
  if (quote >= context.end()) {
    // GCOVR_EXCL_START: defensive; simdjson's stage 1 refuses a document whose brackets do not close
    context.malformed(context.end(), "unexpected end of input, expected a key");
    return {};
    // GCOVR_EXCL_STOP
  }
  // simdjson has checked that a ':' follows the key; only whitespace can be on either side of
  // it, so the key's closing quote is found walking back from the value, not by a scan.
  const char* close = field.value().raw_json_token().data();
  // Minified documents, and most others, write `"key":value`.
  if (close - quote >= 3 && close[-1] == ':' && close[-2] == '"') return raw_key{quote, quote + 1, close - 2};
  while (close > quote && is_json_whitespace(close[-1])) --close;
  if (close > quote && close[-1] == ':') --close;
  while (close > quote && is_json_whitespace(close[-1])) --close;
  if (close <= quote + 1 || close[-1] != '"') {
    // GCOVR_EXCL_START: defensive; simdjson has checked that a key is a string followed by ':'
    context.malformed(quote, "malformed key");
    return {};
    // GCOVR_EXCL_STOP
  }
  return raw_key{quote, quote + 1, close - 1};
}

/// The decoded key of a field; null data() when the key is ill-formed (reported).
inline std::string_view read_key(read_context& context, ondemand::field& field) {
  const raw_key key = locate_key(context, field);
  if (key.quote == nullptr) return {};
  return context.decode_key(key.content, key.close);
}

/// Visits a value we do not store, so that it is checked for well-formedness all the same.
inline outcome skip_value(read_context& context, ondemand::value& value, std::size_t depth) {
  const std::string_view token = value.raw_json_token();
  if (past_the_end(context, token)) return outcome::malformed;
  ondemand::json_type type{};
  if (value.type().get(type) != simdjson::SUCCESS) return context.malformed(token.data(), "unexpected character");
  if (type == ondemand::json_type::array) {
    if (depth > max_nesting_depth) return context.malformed(token.data(), "nesting deeper than 1024 levels");
    ondemand::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed array");
    for (auto element : array) {
      ondemand::value item;
      if (std::move(element).get(item) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed array");
      if (skip_value(context, item, depth + 1) == outcome::malformed) return outcome::malformed;
    }
    return outcome::accepted;
  }
  if (type == ondemand::json_type::object) {
    if (depth > max_nesting_depth) return context.malformed(token.data(), "nesting deeper than 1024 levels");
    ondemand::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed object");
    for (auto member : object) {
      ondemand::field field;
      if (std::move(member).get(field) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed object");
      if (read_key(context, field).data() == nullptr) return outcome::malformed;
      if (skip_value(context, field.value(), depth + 1) == outcome::malformed) return outcome::malformed;
    }
    return outcome::accepted;
  }
  return check_scalar(context, type, token);
}

/// A value of the wrong JSON type: checked for well-formedness, then reported; the member is
/// left unset.
inline outcome mismatch(read_context& context, ondemand::value& value, ondemand::json_type found,
                        std::size_t depth, const char* expected) {
  const std::string_view token = value.raw_json_token();
  if (skip_value(context, value, depth) == outcome::malformed) return outcome::malformed;
  report_wrong_type(context, context.offset_of(token.data()), expected, [&](std::string& message) {
    message += json_type_name(found);
    if (found == ondemand::json_type::number || found == ondemand::json_type::boolean) {
      message.push_back(' ');
      message::append_token(message, trim_trailing_whitespace(token));
    } else if (found == ondemand::json_type::string) {
      message.push_back(' ');
      const char* close = closing_quote_of(token);
      message::append_quoted(message, context.decode_transient(token.data() + 1, close));
    }
  });
  return outcome::unset;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_WELL_FORMED_HPP_INCLUDED
