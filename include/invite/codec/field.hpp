#ifndef INVITE_CODEC_FIELD_HPP_INCLUDED
#define INVITE_CODEC_FIELD_HPP_INCLUDED

// How a type's rules are declared: beside the type, in its namespace, as data.
//
//   constexpr auto invite_rules(const candidate*) noexcept {
//     using namespace invite::rule;
//     return invite::fields(invite::field(&candidate::name, alias{"candidate_name"}, not_blank{}),
//                           invite::field(&candidate::email, email_address{}, unique_in_array{}));
//   }
//
// The codec finds invite_rules by argument-dependent lookup, as Boost.Describe finds
// descriptions. Each rule breaks with one error code, so a value breaking several rules gets one
// error per rule, in the order the rules are declared.

#include <invite/codec/field_option.hpp>
#include <invite/codec/rule.hpp>

#include <tuple>
#include <type_traits>
#include <utility>

namespace invite {

/// The rules and options of one member, named by its member pointer.
template <class Struct, class Member, class... Parts>
struct field_spec {
  using struct_type = Struct;
  using member_type = Member;
  Member Struct::*pointer;
  std::tuple<Parts...> rules;
};

namespace detail {

template <class Part>
constexpr auto flatten_part(const Part& part) {
  if constexpr (is_rule_bundle_v<Part>) {
    return std::apply([](const auto&... inner) { return std::tuple_cat(flatten_part(inner)...); }, part.parts());
  } else {
    static_assert(is_field_option_v<Part> || is_rule_v<Part>,
                  "invite: field(...) takes rules and options. A rule is a type with "
                  "`static constexpr invite::error_code code`, `bool check(const Input&) const`, "
                  "`void expected(std::string&) const` and `void schema(invite::schema_fragment&) const` "
                  "(see invite/codec/rule.hpp); the options are rule::alias, rule::each, "
                  "rule::unique_in_array and rule::written_as");
    return std::tuple<Part>{part};
  }
}

} // namespace detail

/// Declares the rules and options of one member: field(&T::member, rule...). Bundles are
/// flattened into their parts here, so the codec sees single rules only.
template <class Struct, class Member, class... Parts>
constexpr auto field(Member Struct::*pointer, Parts... parts) {
  return std::apply(
      [pointer](auto... flat) { return field_spec<Struct, Member, decltype(flat)...>{pointer, {flat...}}; },
      std::tuple_cat(detail::flatten_part(parts)...));
}

/// Collects the field declarations of one type.
template <class... Specs>
constexpr std::tuple<Specs...> fields(Specs... specs) {
  return std::tuple<Specs...>{specs...};
}

} // namespace invite

#endif // INVITE_CODEC_FIELD_HPP_INCLUDED
