#ifndef INVITE_TESTING_EXPECTED_ERRORS_HPP_INCLUDED
#define INVITE_TESTING_EXPECTED_ERRORS_HPP_INCLUDED

// The errors a document must get, and the comparison of what a parser reported with them. The
// contract fixes each error's code, path and offset and their order, except that the errors of
// one value breaking several rules may come in any order (docs/contract.md §3.4); the comparison
// allows exactly that and nothing more.

#include <invite/codec/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite::testing {

struct expected_error {
  error_code code;
  std::string path;   // RFC 6901, "" for the root
  std::size_t offset; // byte offset into the document (0 for payload_too_large and check_response)
  /// The name that refines `code`, as error::code_name: empty for the parser's errors, one of
  /// check_response's own (email_differs...) for its errors.
  std::string_view code_name{};

  /// The stable name of what broke, as error::name().
  std::string_view name() const noexcept { return code_name.empty() ? to_string(code) : code_name; }

  friend bool operator==(const expected_error& a, const expected_error& b) noexcept {
    return a.code == b.code && a.path == b.path && a.offset == b.offset && a.code_name == b.code_name;
  }
  friend bool operator!=(const expected_error& a, const expected_error& b) noexcept { return !(a == b); }
};

/// "name at path (offset N)", for reports.
inline std::string describe(const expected_error& e) {
  return std::string(e.name()) + " at \"" + e.path + "\" (offset " + std::to_string(e.offset) + ")";
}

inline std::string describe(const std::vector<expected_error>& errors) {
  if (errors.empty()) return "no error";
  std::string out;
  for (const expected_error& e : errors) {
    if (!out.empty()) out += ", ";
    out += describe(e);
  }
  return out;
}

namespace detail {
// An error's code_name when its type has one (invite::error, expected_error), else empty.
template <class Error>
auto code_name_of(const Error& e, int) noexcept -> decltype(std::string_view(e.code_name)) {
  return e.code_name;
}
template <class Error>
std::string_view code_name_of(const Error&, long) noexcept {
  return {};
}
} // namespace detail

/// What `actual` (any range of objects with code, path and offset, and code_name if they have
/// one, such as result<T>::errors() or a check_response list) differs in from `expected`, or ""
/// when it is the same list: the same length, and in order, except within a run of errors at
/// one path and offset. `compare_offsets` false leaves offsets out (check_response's are all 0).
template <class Errors>
std::string difference(const std::vector<expected_error>& expected, const Errors& actual, bool compare_offsets = true) {
  std::vector<expected_error> found;
  for (const auto& e : actual) {
    found.push_back(expected_error{e.code, std::string(e.path), compare_offsets ? e.offset : 0, detail::code_name_of(e, 0)});
  }
  std::vector<expected_error> wanted = expected;
  if (!compare_offsets) {
    for (expected_error& e : wanted) e.offset = 0;
  }
  const auto mismatch = [&] { return "expected " + describe(wanted) + "; found " + describe(found); };
  if (found.size() != wanted.size()) return mismatch();
  for (std::size_t start = 0; start < wanted.size();) {
    std::size_t end = start + 1;
    while (end < wanted.size() && wanted[end].path == wanted[start].path && wanted[end].offset == wanted[start].offset) ++end;
    // The run [start, end) of one value: the same errors in any order.
    std::vector<bool> used(end - start, false);
    for (std::size_t i = start; i < end; ++i) {
      bool matched = false;
      for (std::size_t j = start; j < end && !matched; ++j) {
        if (!used[j - start] && found[j] == wanted[i]) used[j - start] = matched = true;
      }
      if (!matched) return mismatch();
    }
    start = end;
  }
  return {};
}

} // namespace invite::testing

#endif // INVITE_TESTING_EXPECTED_ERRORS_HPP_INCLUDED
