#ifndef INVITE_TEST_ERROR_LISTING_HPP_INCLUDED
#define INVITE_TEST_ERROR_LISTING_HPP_INCLUDED

// Errors as short text, so that a test states the expected errors of a document in one line
// and a failure shows both lists side by side. Written over any range of invite::error, so it
// does not depend on the container a result keeps its errors in; a braced list of errors is
// taken as a vector.

#include <invite/invite.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace invite_test {

/// An error as a test states it: its code's name and its JSON Pointer.
using code_and_path = std::pair<std::string, std::string>;

/// The (code, path) pairs of a result's errors, in order.
template <class T>
std::vector<code_and_path> errors_of(const invite::result<T>& result) {
  std::vector<code_and_path> pairs;
  for (const invite::error& e : result.errors()) pairs.emplace_back(std::string(invite::to_string(e.code)), e.path);
  return pairs;
}

/// "code@path" for each error, in order, joined by ", " (message and offset left out).
template <class Errors = std::vector<invite::error>>
std::string codes_and_paths(const Errors& errors) {
  std::string listing;
  for (const invite::error& e : errors) {
    listing += listing.empty() ? "" : ", ";
    listing += invite::to_string(e.code);
    listing += '@';
    listing += e.path;
  }
  return listing;
}

/// Every error in full, one a line, for failure messages.
template <class Errors = std::vector<invite::error>>
std::string describe_errors(const Errors& errors) {
  std::string listing;
  for (const invite::error& e : errors) {
    listing += std::string(invite::to_string(e.code)) + " at \"" + e.path + "\" (byte " + std::to_string(e.offset) +
               "): " + e.message + '\n';
  }
  return listing.empty() ? std::string("(no errors)") : listing;
}

} // namespace invite_test

#endif // INVITE_TEST_ERROR_LISTING_HPP_INCLUDED
