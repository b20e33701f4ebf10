#ifndef INVITE_CODEC_DETAIL_REPORT_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_REPORT_HPP_INCLUDED

// What every check hands to the place errors go. The reader's context and validate()'s context
// are both reporters: each knows where it is (a location) and offers
//
//   template <class Write> outcome report(error_kind kind, std::size_t offset, Write&& write);
//
// calling write(std::string& message, const location& at) only for an error it keeps, after
// spelling the error's JSON Pointer from the same location. The checks in checks.hpp and
// apply_rules.hpp are written once against that and run unchanged under both.

#include <invite/codec/error.hpp>

#include <string_view>
#include <type_traits>

namespace invite::detail {

/// What broke: one of the library's codes, and the stable name of a user's own rule or format
/// that refines it ("invalid_sku"), empty for the library's own checks.
struct error_kind {
  constexpr error_kind(error_code c) noexcept : code(c) {} // NOLINT: every library check names just a code
  constexpr error_kind(error_code c, std::string_view name) noexcept : code(c), code_name(name) {}
  error_code code;
  std::string_view code_name;
};

template <class Declaration, class = void>
struct declares_code_name : std::false_type {};
template <class Declaration>
struct declares_code_name<Declaration, std::void_t<decltype(Declaration::code_name)>>
    : std::is_convertible<decltype(Declaration::code_name), std::string_view> {};

/// Whether `name` can be a code name of one's own: snake_case ASCII, and none of the library's
/// codes (a rule that reused one would say two things under one name).
constexpr bool is_own_code_name(std::string_view name) noexcept {
  if (name.empty()) return false;
  for (const char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  for (const std::string_view library_code : error_code_names) {
    if (name == library_code) return false;
  }
  return true;
}

/// The kind of error a rule or a text format reports: its code, and its own name if it has one.
template <class Declaration>
constexpr error_kind kind_of() noexcept {
  if constexpr (declares_code_name<Declaration>::value) {
    static_assert(is_own_code_name(Declaration::code_name),
                  "invite: a code_name is snake_case ASCII ([a-z0-9_]+) and none of the library's own codes");
    return error_kind(Declaration::code, std::string_view(Declaration::code_name));
  } else {
    return error_kind(Declaration::code);
  }
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_REPORT_HPP_INCLUDED
