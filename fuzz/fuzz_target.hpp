#ifndef INVITE_FUZZ_FUZZ_TARGET_HPP_INCLUDED
#define INVITE_FUZZ_FUZZ_TARGET_HPP_INCLUDED

// What makes a fuzz target here: a broken invariant aborts (what libFuzzer and the replay test
// both report as a failure, with the input kept), and the body of fuzz_request and
// fuzz_response. Everything else they use comes from the test-support library.

#include <invite_test/dom_oracle.hpp>
#include <invite_test/input_copies.hpp>
#include <invite_test/reference_reader.hpp>
#include <invite_test/result_invariants.hpp>
#include <invite_test/simdjson_dom_access.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace invite_test {

[[noreturn]] inline void invariant_broken(const char* file, int line, const char* condition, const std::string& detail = {}) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s%s%s\n", file, line, condition, detail.empty() ? "" : ": ",
               detail.c_str());
  std::abort();
}

#define INVITE_FUZZ_CHECK(condition)                                                                           \
  ((condition) ? static_cast<void>(0) : ::invite_test::invariant_broken(__FILE__, __LINE__, #condition))

/// The invariants of result_invariants.hpp, or an abort that says which one broke.
template <class T>
void check_error_list(const invite::result<T>& parsed, std::string_view input, const invite::parse_options& options) {
  const std::string broken = broken_invariant(parsed, input, options);
  if (!broken.empty()) invariant_broken(__FILE__, __LINE__, "broken_invariant(parsed) is empty", broken);
}

/// What fills the padding of the padded copies: hostile bytes, unless
/// INVITE_FUZZ_ZEROED_PADDING asks for zeros (to look for other bugs while one about the
/// padding is open).
#ifdef INVITE_FUZZ_ZEROED_PADDING
inline constexpr padding_fill fuzz_padding = padding_fill::zeros;
#else
inline constexpr padding_fill fuzz_padding = padding_fill::hostile;
#endif

/// The reference's value of a well-formed document, or nullopt when it breaks a rule.
template <class T>
std::optional<T> reference_value(simdjson::dom::element root, bool allow_unknown_fields) {
  static reference_state state;
  T value{};
  if (!reference_reader<simdjson_dom_access>(state, allow_unknown_fields).read(root, value)) return std::nullopt;
  return value;
}

/// Parses the bytes every way the library offers (the free function, a reused parser with a
/// string_view, a fresh and a reused parser with padded input into a reused result), requires
/// the same outcome from each, the invariants of the error list, and the reference's verdict
/// and value, with unknown fields refused and allowed.
template <class T>
void check_document(std::string_view json, invite::result<T> (*parse_free)(std::string_view, const invite::parse_options&)) {
  static invite::parser reused_parser;
  static invite::result<T> reused_result;
  static dom_oracle oracle;
  const invite::parse_options defaults;

  const invite::result<T> fresh = parse_free(json, defaults);
  check_error_list(fresh, json, defaults);

  const invite::result<T> through_parser = reused_parser.parse<T>(json, defaults);
  INVITE_FUZZ_CHECK(same_outcome(fresh, through_parser));

  // A fresh parser's index holds no entries of earlier documents, so a read past this one's
  // shows as garbage to the sanitizers (and valgrind) instead of passing unseen.
  padded_copy padded(fuzz_padding);
  const simdjson::padded_string_view padded_json = padded.copy(json);
  invite::parser fresh_parser;
  invite::result<T> padded_fresh;
  fresh_parser.parse(padded_json, padded_fresh, defaults);
  INVITE_FUZZ_CHECK(same_outcome(fresh, padded_fresh));
  reused_parser.parse(padded_json, reused_result, defaults);
  INVITE_FUZZ_CHECK(same_outcome(fresh, reused_result));

  if (json.size() > defaults.max_bytes) {
    INVITE_FUZZ_CHECK(!fresh.ok() && fresh.errors()[0].code == invite::error_code::payload_too_large);
    return;
  }
  const std::optional<simdjson::dom::element> root = oracle.parse(json);
  if (!root) {
    INVITE_FUZZ_CHECK(is_invalid_json(fresh));
    return;
  }
  INVITE_FUZZ_CHECK(!is_invalid_json(fresh));
  const std::optional<T> expected = reference_value<T>(*root, false);
  INVITE_FUZZ_CHECK(fresh.ok() == expected.has_value());
  if (expected) INVITE_FUZZ_CHECK(fresh.value() == *expected);

  invite::parse_options lenient_options;
  lenient_options.allow_unknown_fields = true;
  const invite::result<T> lenient = reused_parser.parse<T>(json, lenient_options);
  check_error_list(lenient, json, lenient_options);
  const std::optional<T> expected_lenient = reference_value<T>(*root, true);
  INVITE_FUZZ_CHECK(lenient.ok() == expected_lenient.has_value());
  if (expected_lenient) INVITE_FUZZ_CHECK(lenient.value() == *expected_lenient);
}

} // namespace invite_test

#endif // INVITE_FUZZ_FUZZ_TARGET_HPP_INCLUDED
