#ifndef INVITE_CODEC_DETAIL_FIELD_RULES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_FIELD_RULES_HPP_INCLUDED

// Joins a type's description (its members) with its rules (invite_rules, found by ADL) at
// compile time: for each described member, its rule tuple, its JSON names and whether it is
// required. Misdeclared rules fail here, with a message, rather than at run time.

#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/rules.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace invite::detail {

// A type without an invite_rules overload simply has no rules.
template <class T, class = void>
struct rules_of {
  static constexpr std::tuple<> value{};
};
template <class T>
struct rules_of<T, std::void_t<decltype(invite_rules(static_cast<const T*>(nullptr)))>> {
  static constexpr auto value = invite_rules(static_cast<const T*>(nullptr));
};

template <class T>
using rules_tuple_t = std::remove_cv_t<decltype(rules_of<T>::value)>;

inline constexpr std::size_t no_spec = static_cast<std::size_t>(-1);

template <class Spec, class Descriptor>
constexpr bool spec_names_member(const Spec& spec) {
  if constexpr (std::is_same_v<decltype(spec.pointer), std::remove_cv_t<decltype(Descriptor::pointer)>>) {
    return spec.pointer == Descriptor::pointer;
  } else {
    return false;
  }
}

// Index of the field_spec that names the member Descriptor describes, or no_spec.
template <class T, class Descriptor>
constexpr std::size_t spec_index() {
  constexpr auto& specs = rules_of<T>::value;
  std::size_t found = no_spec;
  std::apply(
      [&](const auto&... spec) {
        std::size_t i = 0;
        ((found = (found == no_spec && spec_names_member<std::decay_t<decltype(spec)>, Descriptor>(spec)) ? i : found, ++i), ...);
      },
      specs);
  return found;
}

template <class T, class Descriptor>
constexpr auto member_rules() {
  constexpr std::size_t index = spec_index<T, Descriptor>();
  if constexpr (index == no_spec) {
    return std::tuple<>{};
  } else {
    return std::get<index>(rules_of<T>::value).rules;
  }
}

template <class Rule, class Tuple>
struct tuple_has;
template <class Rule, class... Rules>
struct tuple_has<Rule, std::tuple<Rules...>> : std::disjunction<std::is_same<Rule, Rules>...> {};

template <class Rule, class Rules>
inline constexpr bool has_rule_v = tuple_has<Rule, std::remove_cv_t<Rules>>::value;

template <class Rules>
constexpr std::size_t alias_count(const Rules& rules) {
  return std::apply(
      [](const auto&... rule) {
        return (std::size_t{0} + ... +
                std::size_t{std::is_same_v<std::decay_t<decltype(rule)>, rule::alias>});
      },
      rules);
}

// Every spec must name a described member of T, and no member may be named twice.
template <class T>
constexpr bool specs_are_well_formed() {
  bool ok = true;
  std::apply(
      [&](const auto&... spec) {
        (([&] {
           using spec_type = std::decay_t<decltype(spec)>;
           static_assert(std::is_same_v<typename spec_type::struct_type, T>,
                         "invite: a rule of this type names a member of another type");
           std::size_t matches = 0;
           boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
             matches += spec_names_member<spec_type, decltype(descriptor)>(spec) ? std::size_t{1} : std::size_t{0};
           });
           ok = ok && matches == 1;
         }()),
         ...);
      },
      rules_of<T>::value);
  return ok;
}

template <class T, class Descriptor>
constexpr bool member_appears_once() {
  std::size_t count = 0;
  std::apply(
      [&](const auto&... spec) {
        ((count += spec_names_member<std::decay_t<decltype(spec)>, Descriptor>(spec) ? std::size_t{1} : std::size_t{0}),
         ...);
      },
      rules_of<T>::value);
  return count <= 1;
}

/// One JSON name of a member: its own, or one of its aliases.
struct field_name {
  std::string_view text;
  std::size_t member;    // index in the description
  bool is_alias;
};

template <class T>
constexpr std::size_t field_name_count() {
  std::size_t count = 0;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    count += 1 + alias_count(member_rules<T, decltype(descriptor)>());
  });
  return count;
}

/// Every name T's members answer to, canonical names first in description order, then aliases.
template <class T>
constexpr std::array<field_name, field_name_count<T>()> field_names() {
  std::array<field_name, field_name_count<T>()> names{};
  std::size_t next = 0;
  std::size_t member = 0;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    names[next++] = field_name{descriptor.name, member++, false};
  });
  member = 0;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    std::apply(
        [&](const auto&... rule) {
          (([&] {
             if constexpr (std::is_same_v<std::decay_t<decltype(rule)>, rule::alias>) {
               names[next++] = field_name{rule.name, member, true};
             }
           }()),
           ...);
        },
        member_rules<T, decltype(descriptor)>());
    ++member;
  });
  return names;
}

template <class T>
constexpr bool no_member_named_twice() {
  bool ok = true;
  boost::mp11::mp_for_each<public_members<T>>(
      [&](auto descriptor) { ok = ok && member_appears_once<T, decltype(descriptor)>(); });
  return ok;
}

template <class T>
constexpr bool names_are_unique() {
  constexpr auto names = field_names<T>();
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      if (names[i].text == names[j].text) return false;
    }
  }
  return true;
}

template <class T>
struct described_struct_checks {
  static_assert(is_described_struct_v<T>,
                "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot "
                "read or write it");
  static_assert(specs_are_well_formed<T>(),
                "invite: every field(&T::member, ...) must name a described public member of T");
  static_assert(no_member_named_twice<T>(),
                "invite: a member is named by two field(...) declarations; merge their rules");
  static_assert(names_are_unique<T>(),
                "invite: two members (or a member and an alias) share one JSON name");
  static_assert(boost::mp11::mp_size<public_members<T>>::value <= 64,
                "invite: a described type may have at most 64 members");
  static constexpr bool value = true;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_FIELD_RULES_HPP_INCLUDED
