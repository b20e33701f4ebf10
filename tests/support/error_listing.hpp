#ifndef INVITE_TESTS_SUPPORT_ERROR_LISTING_HPP_INCLUDED
#define INVITE_TESTS_SUPPORT_ERROR_LISTING_HPP_INCLUDED

// Errors as short text, so that a test can state the expected errors of a document as one
// string and a failure shows both lists side by side.

#include <invite/codec/error.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace invite::test_support {

/// "code@path" for each error, in order, joined by ", " (the message and offset left out).
inline std::string codes_and_paths(const std::vector<error>& errors) {
  std::string listing;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    listing += i > 0 ? ", " : "";
    listing += to_string(errors[i].code);
    listing += '@';
    listing += errors[i].path;
  }
  return listing;
}

/// Every error in full, one a line, for failure messages.
inline std::string describe_errors(const std::vector<error>& errors) {
  std::string listing;
  for (const error& e : errors) {
    listing += std::string(to_string(e.code)) + " at \"" + e.path + "\" (byte " +
               std::to_string(e.offset) + "): " + e.message + '\n';
  }
  return listing.empty() ? std::string("(no errors)") : listing;
}

} // namespace invite::test_support

#endif // INVITE_TESTS_SUPPORT_ERROR_LISTING_HPP_INCLUDED
