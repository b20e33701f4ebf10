#ifndef INVITE_TEST_RESULT_INVARIANTS_HPP_INCLUDED
#define INVITE_TEST_RESULT_INVARIANTS_HPP_INCLUDED

// What holds of every result the library returns, whatever the input and the options. Each
// check says what is broken rather than failing by itself, so that a fuzz target can abort
// with it and a test can show it.

#include <invite_test/contract_rules.hpp>
#include <invite_test/json_oracle.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace invite_test {

/// "" when an invalid_json error of `input` is placed where the independent oracle says the
/// text stops being JSON (the first byte of the token broken there), and its message says
/// "at byte N" with that N; else what is wrong. Offset and message are each held to the oracle,
/// not to each other, since the library writes both from one variable.
inline std::string misplaced_invalid_json(const invite::error& e, std::string_view input) {
  const std::optional<json_stop> stop = where_json_stops(input);
  if (!stop) return "invalid_json for a text the oracle reads as well-formed";
  const std::string expected = std::to_string(stop->broken_token_start);
  const std::string oracle = " (the oracle: stops at byte " + std::to_string(stop->stop) + ", in a token from byte " + expected + ")";
  if (e.offset != stop->broken_token_start) return "invalid_json at offset " + std::to_string(e.offset) + oracle;
  const std::string_view marker = "at byte ";
  const std::size_t at = e.message.find(marker);
  if (at == std::string::npos) return "invalid_json's message names no byte: " + e.message;
  const std::size_t digits_start = at + marker.size();
  const std::size_t digits_end = e.message.find_first_not_of("0123456789", digits_start);
  const std::string named = e.message.substr(digits_start, digits_end == std::string::npos ? std::string::npos : digits_end - digits_start);
  if (named != expected) return "invalid_json's message says at byte " + named + oracle;
  return {};
}

/// "" when the errors of `parsed` keep the invariants, else the first one broken: the cap
/// kept, validity matching emptiness, every code named, every path a JSON Pointer, every offset
/// inside the input, every message present; invalid_json and payload_too_large alone at the
/// root, invalid_json where the oracle places it (misplaced_invalid_json), payload_too_large at
/// offset 0.
template <class T>
std::string broken_invariant(const invite::result<T>& parsed, std::string_view input,
                             const invite::parse_options& options) {
  const std::size_t input_size = input.size();
  const auto& errors = parsed.errors();
  if (errors.size() > options.max_errors) return "more errors than max_errors";
  if (options.max_errors > 0 && parsed.ok() != errors.empty()) return "validity does not match an empty error list";
  if (parsed.ok() && !errors.empty()) return "a valid result with errors";
  for (const invite::error& e : errors) {
    const std::string where = " (error at \"" + e.path + "\", byte " + std::to_string(e.offset) + ")";
    if (invite::to_string(e.code).empty()) return "an error code without a name" + where;
    if (!is_json_pointer(e.path)) return "a path that is no JSON Pointer" + where;
    if (e.offset > input_size) return "an offset past the end of the input" + where;
    if (e.message.empty()) return "an error without a message" + where;
    const bool alone = e.code == invite::error_code::invalid_json || e.code == invite::error_code::payload_too_large;
    if (alone && (errors.size() != 1 || !e.path.empty())) return "invalid_json or payload_too_large not alone at the root" + where;
    if (e.code == invite::error_code::invalid_json) {
      if (const std::string misplaced = misplaced_invalid_json(e, input); !misplaced.empty()) return misplaced + where;
    }
    if (e.code == invite::error_code::payload_too_large && e.offset != 0) return "payload_too_large not at offset 0" + where;
  }
  return {};
}

/// True when the result is the one invalid_json error of an ill-formed document.
template <class T>
bool is_invalid_json(const invite::result<T>& parsed) {
  return !parsed.ok() && !parsed.errors().empty() && parsed.errors()[0].code == invite::error_code::invalid_json;
}

/// Two parses of the same bytes with the same options agree on everything the contract
/// defines: the verdict, the errors, and the value when valid.
template <class T>
bool same_outcome(const invite::result<T>& a, const invite::result<T>& b) {
  if (a.ok() != b.ok() || a.errors().size() != b.errors().size()) return false;
  for (std::size_t i = 0; i < a.errors().size(); ++i) {
    if (!(a.errors()[i] == b.errors()[i])) return false;
  }
  return !a.ok() || a.value() == b.value();
}

} // namespace invite_test

#endif // INVITE_TEST_RESULT_INVARIANTS_HPP_INCLUDED
