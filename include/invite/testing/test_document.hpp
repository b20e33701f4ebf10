#ifndef INVITE_TESTING_TEST_DOCUMENT_HPP_INCLUDED
#define INVITE_TESTING_TEST_DOCUMENT_HPP_INCLUDED

// A body and its verdict: what parse_request or parse_response must make of it under the options
// it comes with, error by error. What the generator, the corpora and the property runs hand out.

#include <invite/codec/parse_options.hpp>
#include <invite/testing/expected_errors.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace invite::testing {

enum class document_kind : unsigned char { request, response };

constexpr std::string_view to_string(document_kind kind) noexcept {
  return kind == document_kind::request ? "request" : "response";
}

struct test_document {
  document_kind kind = document_kind::request;
  std::string json;
  /// The options the verdict holds for (allow_unknown_fields, max_bytes, max_errors and
  /// max_notes matter).
  parse_options options;
  /// True exactly when the body breaks no rule; it does not depend on max_errors.
  bool valid = true;
  /// Every error the library reports, in its order, at most options.max_errors of them; the
  /// errors of one value may come in any order (difference() allows for that).
  std::vector<expected_error> errors;
  /// Every note the library records (result<T>::notes()): unknown_field at each undeclared key
  /// that allow_unknown_fields tolerated, in document order, at most options.max_notes of them;
  /// none when the document is not JSON or too large.
  std::vector<expected_error> notes;
  /// "valid", or what was broken, for people.
  std::string how = "valid";
};

/// What `errors` (a result's errors(), or any range of objects with code, path and offset) and
/// `valid` differ in from the document's verdict; "" when they agree.
template <class Errors>
std::string difference(const test_document& document, bool valid, const Errors& errors) {
  if (valid != document.valid) {
    return std::string(valid ? "valid" : "invalid") + ", expected " + (document.valid ? "valid" : "invalid") + " (" +
           describe(document.errors) + ")";
  }
  return difference(document.errors, errors);
}

/// As above, with the notes as well (`notes`: a result's notes(), or any such range).
template <class Errors, class Notes>
std::string difference(const test_document& document, bool valid, const Errors& errors, const Notes& notes) {
  std::string found = difference(document, valid, errors);
  if (!found.empty()) return found;
  found = difference(document.notes, notes);
  return found.empty() ? found : "notes: " + found;
}

} // namespace invite::testing

#endif // INVITE_TESTING_TEST_DOCUMENT_HPP_INCLUDED
