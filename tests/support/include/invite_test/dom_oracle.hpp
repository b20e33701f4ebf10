#ifndef INVITE_TEST_DOM_ORACLE_HPP_INCLUDED
#define INVITE_TEST_DOM_ORACLE_HPP_INCLUDED

// simdjson's DOM parser as a second opinion on well-formedness, with the tree it builds for the
// reference reader. Its verdict is adjusted to the contract where the two differ (each
// difference is decided in docs/contract.md and has regression inputs in
// fuzz/regressions/fuzz_differential/):
// - magnitude: simdjson rejects numbers it cannot convert (NUMBER_ERROR for 1e400, -1e400,
//   integers beyond the 64-bit ranges); the contract says magnitude never makes a document
//   ill-formed, so on NUMBER_ERROR the document is asked again with those numbers tamed;
// - depth: simdjson 3.0.1's DOM counts a value inside the innermost container as one more
//   level (with max_depth 1024 it takes 1024 nested empty arrays but not 1024 around a 1), so
//   it gets one level of slack and the contract's limit is applied here by counting brackets in
//   the document it accepted;
// - a byte-order mark and an empty or all-whitespace body are rejected by both, no adjustment.

#include <invite_test/contract_rules.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace invite_test {

/// The document with every number token (outside strings) that simdjson cannot convert
/// replaced by one it can of the same kind: 0 for an integer literal, 0.0 for one with a
/// fraction or exponent. Well-formedness depends on a token's grammar alone, and the contract's
/// rules on its kind (an out-of-range integer and 0 both break an id's rule, 1e400 and 0.0 are
/// both not integer literals), so the rewrite keeps both verdicts.
inline std::string with_huge_numbers_tamed(std::string_view text, simdjson::dom::parser& token_parser) {
  constexpr std::string_view number_chars = "-+.eE0123456789";
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < text.size()) {
        out.push_back(text[++i]);
      } else if (c == '"') {
        in_string = false;
      }
      ++i;
      continue;
    }
    if (c == '"') {
      in_string = true;
      out.push_back(c);
      ++i;
      continue;
    }
    if (number_chars.find(c) == std::string_view::npos) {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t run_end = i;
    while (run_end < text.size() && number_chars.find(text[run_end]) != std::string_view::npos) ++run_end;
    const std::string_view run = text.substr(i, run_end - i);
    simdjson::dom::element ignored;
    if (classify_number(run) != number_form::malformed &&
        token_parser.parse(simdjson::padded_string(run)).get(ignored) != simdjson::SUCCESS) {
      out.append(run.find_first_of(".eE") == std::string_view::npos ? "0" : "0.0");
    } else {
      out.append(run);
    }
    i = run_end;
  }
  return out;
}

class dom_oracle {
public:
  /// The root of `text`'s tree when it is one well-formed JSON text by the contract, else
  /// nullopt. The element is valid until the next call.
  std::optional<simdjson::dom::element> parse(std::string_view text) {
    simdjson::dom::element root;
    simdjson::error_code status = parse_exactly(text, root);
    std::string_view accepted_text = text;
    if (status == simdjson::NUMBER_ERROR) {
      tamed_ = with_huge_numbers_tamed(text, token_parser_);
      status = parse_exactly(tamed_, root);
      accepted_text = tamed_;
    }
    if (status != simdjson::SUCCESS) return std::nullopt;
    if (nesting_depth(accepted_text) > max_nesting_depth) return std::nullopt;
    return root;
  }

private:
  // The deepest nesting of arrays and objects in a well-formed text.
  static std::size_t nesting_depth(std::string_view text) noexcept {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (in_string) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          in_string = false;
        }
      } else if (c == '"') {
        in_string = true;
      } else if (c == '[' || c == '{') {
        deepest = std::max(deepest, ++depth);
      } else if (c == ']' || c == '}') {
        --depth;
      }
    }
    return deepest;
  }

  simdjson::error_code parse_exactly(std::string_view text, simdjson::dom::element& root) {
    const std::size_t capacity = text.size() < 4096 ? 4096 : text.size();
    if (parser_.capacity() < capacity || parser_.max_depth() != max_nesting_depth + 1) {
      if (parser_.allocate(capacity, max_nesting_depth + 1) != simdjson::SUCCESS) std::abort();
    }
    // A copy of its own, so that simdjson's padding never reads the caller's bytes.
    padded_ = simdjson::padded_string(text);
    return parser_.parse(padded_).get(root);
  }

  simdjson::dom::parser parser_;
  simdjson::padded_string padded_;
  simdjson::dom::parser token_parser_;
  std::string tamed_;
};

} // namespace invite_test

#endif // INVITE_TEST_DOM_ORACLE_HPP_INCLUDED
