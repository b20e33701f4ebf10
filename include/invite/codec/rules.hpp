#ifndef INVITE_CODEC_RULES_HPP_INCLUDED
#define INVITE_CODEC_RULES_HPP_INCLUDED

// The vocabulary of per-field rules. A type's rules are declared beside it as data:
//
//   constexpr auto invite_rules(const candidate*) noexcept {
//     using namespace invite::rule;
//     return invite::fields(invite::field(&candidate::name, alias{"candidate_name"}, ...), ...);
//   }
//
// found by argument-dependent lookup. Each rule breaks with exactly one error code, so a value
// breaking several rules gets one error per rule, in the order the rules are declared.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace invite {

namespace rule {

/// Another name the field is accepted under (never written); both at once is alias_conflict.
struct alias {
  std::string_view name;
};

/// An integer between min and max inclusive, else out_of_range.
struct integer_range {
  std::int64_t min;
  std::int64_t max;
};

/// At least min Unicode code points, else too_short.
struct min_code_points {
  std::size_t min;
};

/// At most max Unicode code points, else too_long.
struct max_code_points {
  std::size_t max;
};

/// Neither empty nor only spaces (U+0020), else too_short.
struct not_blank {};

/// No U+0000-U+001F nor U+007F, else invalid_characters.
struct no_control_characters {};

/// A valid e-mail address as the WHATWG HTML standard defines it, within RFC 5321's octet
/// limits, else invalid_email.
struct email_address {};

/// An absolute http or https URL with a host, printable ASCII only, else invalid_url.
struct http_url {
  std::size_t max_octets;
};

/// Between min and max items, else too_short or too_long; items past max are neither stored
/// nor checked beyond well-formedness, which bounds memory.
struct item_count {
  std::size_t min;
  std::size_t max;
};

/// Unique, ignoring ASCII case, among the valid values of this field across the items of the
/// enclosing array, else duplicate_value at the later item.
struct unique_in_array {};

} // namespace rule

/// The rules of one member, named by its member pointer.
template <class Struct, class Member, class... Rules>
struct field_spec {
  using struct_type = Struct;
  using member_type = Member;
  Member Struct::*pointer;
  std::tuple<Rules...> rules;
};

/// Declares the rules of one member: field(&T::member, rule...).
template <class Struct, class Member, class... Rules>
constexpr field_spec<Struct, Member, Rules...> field(Member Struct::*pointer, Rules... rules) {
  return {pointer, std::tuple<Rules...>{rules...}};
}

/// Collects the field declarations of one type.
template <class... Specs>
constexpr std::tuple<Specs...> fields(Specs... specs) {
  return std::tuple<Specs...>{specs...};
}

} // namespace invite

#endif // INVITE_CODEC_RULES_HPP_INCLUDED
