#ifndef INVITE_TEST_RESULT_INVARIANTS_HPP_INCLUDED
#define INVITE_TEST_RESULT_INVARIANTS_HPP_INCLUDED

// What holds of every result the library returns, whatever the input and the options. Each
// check says what is broken rather than failing by itself, so that a fuzz target can abort
// with it and a test can show it.

#include <invite_test/contract_rules.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <string>

namespace invite_test {

/// "" when the errors of `parsed` keep the invariants, else the first one broken: the cap
/// kept, validity matching emptiness, every code named, every path a JSON Pointer, every offset
/// inside the input, every message present; invalid_json and payload_too_large alone at the
/// root, invalid_json's message naming its offset, payload_too_large at offset 0.
template <class T>
std::string broken_invariant(const invite::result<T>& parsed, std::size_t input_size,
                             const invite::parse_options& options) {
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
    if (e.code == invite::error_code::invalid_json && e.message.find("at byte " + std::to_string(e.offset)) == std::string::npos) {
      return "invalid_json's message does not name its offset" + where;
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
