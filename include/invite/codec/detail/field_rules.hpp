#ifndef INVITE_CODEC_DETAIL_FIELD_RULES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_FIELD_RULES_HPP_INCLUDED

// Joins a type's description (its members) with its declarations (invite_rules, found by ADL)
// at compile time: for each described member, its rules and options, the JSON names it answers
// to and whether it is required. Every declaration mistake fails here, with a message that
// names the member, rather than at run time.

#include <invite/codec/field.hpp>
#include <invite/codec/field_option.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/rules/alias.hpp>
#include <invite/codec/rules/items.hpp>
#include <invite/codec/rules/written_as.hpp>
#include <invite/codec/detail/type_traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string>
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
        ((found = (found == no_spec && spec_names_member<std::decay_t<decltype(spec)>, Descriptor>(spec)) ? i : found,
          ++i),
         ...);
      },
      specs);
  return found;
}

/// Everything declared for one member (rules and options), in declaration order.
template <class T, class Descriptor>
constexpr auto member_parts() {
  constexpr std::size_t index = spec_index<T, Descriptor>();
  if constexpr (index == no_spec) {
    return std::tuple<>{};
  } else {
    return std::get<index>(rules_of<T>::value).rules;
  }
}

template <class T, class Descriptor>
using member_parts_t = decltype(member_parts<T, Descriptor>());

/// The value rules of a parts tuple (options left out), in order.
template <class Parts>
constexpr auto value_rules(const Parts& parts) {
  return std::apply(
      [](const auto&... part) {
        return std::tuple_cat([](const auto& p) {
          if constexpr (is_field_option_v<std::decay_t<decltype(p)>>) {
            return std::tuple<>{};
          } else {
            return std::tuple<std::decay_t<decltype(p)>>{p};
          }
        }(part)...);
      },
      parts);
}

template <class Option, class Parts>
struct has_option;
template <class Option, class... Parts>
struct has_option<Option, std::tuple<Parts...>> : std::disjunction<std::is_same<Option, Parts>...> {};

template <class Option, class Parts>
inline constexpr bool has_option_v = has_option<Option, std::remove_cv_t<Parts>>::value;

template <class Parts>
constexpr std::size_t alias_count(const Parts& parts) {
  return std::apply(
      [](const auto&... part) {
        return (std::size_t{0} + ... + std::size_t{std::is_same_v<std::decay_t<decltype(part)>, rule::alias>});
      },
      parts);
}

template <class Rule>
struct is_each : std::false_type {};
template <class... Rules>
struct is_each<rule::each<Rules...>> : std::true_type {};

/// The rules each item of an array member must keep (from rule::each), flattened.
template <class Parts>
constexpr auto item_rules(const Parts& parts) {
  return std::apply(
      [](const auto&... part) {
        return std::tuple_cat([](const auto& p) {
          if constexpr (is_each<std::decay_t<decltype(p)>>::value) {
            return std::apply([](const auto&... r) { return std::tuple_cat(flatten_part(r)...); }, p.rules);
          } else {
            return std::tuple<>{};
          }
        }(part)...);
      },
      parts);
}

// The codec passes a member's declarations around as types whose `value` is the constexpr
// tuple, so that every use of them (the storage cap, the reserve) is decided at compile time.

/// What was declared for a member of Struct.
template <class Struct, class Descriptor>
struct declared_parts {
  static constexpr auto value = member_parts<Struct, Descriptor>();
};

/// What applies to each item of an array member declared with Parts (its rule::each rules).
template <class Parts>
struct each_item_parts {
  static constexpr auto value = item_rules(Parts::value);
};

/// Nothing declared: the root of a document, an item without rule::each.
struct no_parts {
  static constexpr std::tuple<> value{};
};

/// The smallest max_items among the rules, or the largest size_t: items past it are not stored.
template <class Rules>
constexpr std::size_t storage_cap(const Rules& rules) {
  std::size_t cap = static_cast<std::size_t>(-1);
  std::apply(
      [&](const auto&... r) {
        (([&] {
           if constexpr (std::is_same_v<std::decay_t<decltype(r)>, rule::max_items>) {
             if (r.max < cap) cap = r.max;
           }
         }()),
         ...);
      },
      rules);
  return cap;
}

template <class Rule>
struct is_written_as : std::false_type {};
template <class Format>
struct is_written_as<rule::written_as<Format>> : std::true_type {};

template <class Parts>
struct written_as_of {
  using type = void;
};
template <class First, class... Rest>
struct written_as_of<std::tuple<First, Rest...>> {
  using type = std::conditional_t<is_written_as<First>::value, First, typename written_as_of<std::tuple<Rest...>>::type>;
};

template <class T, class WrittenAs>
struct choose_format {
  using type = typename WrittenAs::format;
};
template <class T>
struct choose_format<T, void> {
  using type = text_format<T>;
};

/// The text format of a formatted member: its written_as option's, else its type's default.
template <class T, class Parts>
using format_for_t = typename choose_format<T, typename written_as_of<std::remove_cv_t<Parts>>::type>::type;

/// What the codec hands to a member's rules (rule.hpp lists it by type).
template <class T>
struct rule_input {
  using type = T;
};
template <class T>
struct rule_input<std::optional<T>> : rule_input<T> {};
template <>
struct rule_input<std::string> {
  using type = text;
};
template <class T, class A>
struct rule_input<std::vector<T, A>> {
  using type = array_length;
};
template <class T>
using rule_input_t = typename rule_input<T>::type;

template <class T>
struct without_optional {
  using type = T;
};
template <class T>
struct without_optional<std::optional<T>> {
  using type = T;
};

/// Whether every rule that declares a text_scan has one the codec can run.
template <class Rules>
struct text_scans_well_formed;
template <class... Rules>
struct text_scans_well_formed<std::tuple<Rules...>>
    : std::conjunction<std::bool_constant<!declares_text_scan<Rules>::value || rule_scans_text_v<Rules>>...> {};

template <class Input, class Rules>
struct rules_apply_to;
template <class Input, class... Rules>
struct rules_apply_to<Input, std::tuple<Rules...>> : std::conjunction<std::bool_constant<rule_applies_to_v<Rules, Input>>...> {};

// Named by the member pointer so that a failure's "required from" line names the member.
template <auto MemberPointer, class Member, class Parts>
struct member_declaration_checks {
  using value_type = typename without_optional<Member>::type;

  static_assert(is_supported_deeply<Member>(),
                "invite: no way to read, write or describe the type of this member; supported are bool, "
                "integers, float, double, std::string, described enums, types with a text_format (time "
                "points), std::optional, std::vector (not of bool: its items are proxies) and structs "
                "described with BOOST_DESCRIBE_STRUCT");

  using declared_rules = decltype(value_rules(std::declval<const Parts&>()));
  using declared_item_rules = decltype(item_rules(std::declval<const Parts&>()));

  // Before the general check below, which such a rule also fails: this one says why.
  static_assert(text_scans_well_formed<declared_rules>::value && text_scans_well_formed<declared_item_rules>::value,
                "invite: a rule's text_scan needs a default constructor and `void add(const char* block, "
                "std::size_t offset, std::size_t count) noexcept`, and the rule `bool check(const invite::text&, "
                "const text_scan&) const` (rule.hpp)");

  static_assert(rules_apply_to<rule_input_t<Member>, declared_rules>::value,
                "invite: a rule declared for this member cannot check its type (rule.hpp lists what each "
                "member type hands to its rules; item rules go in rule::each)");

  static_assert(std::tuple_size_v<declared_item_rules> == 0 || is_vector<value_type>::value,
                "invite: rule::each applies to std::vector members");

  static constexpr bool item_rules_apply = [] {
    if constexpr (is_vector<value_type>::value) {
      return rules_apply_to<rule_input_t<typename value_type::value_type>, declared_item_rules>::value;
    } else {
      return true;
    }
  }();
  static_assert(item_rules_apply, "invite: a rule in rule::each cannot check the items of this member");

  static_assert(!has_option_v<rule::unique_in_array, Parts> || std::is_same_v<value_type, std::string>,
                "invite: unique_in_array applies to string members of an array's items");

  using declared_format = typename written_as_of<std::remove_cv_t<Parts>>::type;
  static constexpr bool format_fits = [] {
    if constexpr (std::is_void_v<declared_format>) {
      return true;
    } else {
      return std::is_same_v<typename declared_format::format::value_type, value_type>;
    }
  }();
  static_assert(format_fits, "invite: written_as<F> needs F::value_type to be this member's type");

  static constexpr bool value = true;
};

/// One JSON name of a member: its own, or one of its aliases.
struct field_name {
  std::string_view text;
  std::size_t member; // index in the description
  bool is_alias;
};

template <class T>
constexpr std::size_t field_name_count() {
  std::size_t count = 0;
  boost::mp11::mp_for_each<public_members<T>>(
      [&](auto descriptor) { count += 1 + alias_count(member_parts<T, decltype(descriptor)>()); });
  return count;
}

/// Every name T's members answer to, canonical names first in description order, then aliases.
template <class T>
constexpr std::array<field_name, field_name_count<T>()> field_names() {
  std::array<field_name, field_name_count<T>()> names{};
  std::size_t next = 0;
  std::size_t member = 0;
  boost::mp11::mp_for_each<public_members<T>>(
      [&](auto descriptor) { names[next++] = field_name{descriptor.name, member++, false}; });
  member = 0;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    std::apply(
        [&](const auto&... part) {
          (([&] {
             if constexpr (std::is_same_v<std::decay_t<decltype(part)>, rule::alias>) {
               names[next++] = field_name{part.name, member, true};
             }
           }()),
           ...);
        },
        member_parts<T, decltype(descriptor)>());
    ++member;
  });
  return names;
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

template <class T>
constexpr bool no_member_named_twice() {
  bool ok = true;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    std::size_t count = 0;
    std::apply(
        [&](const auto&... spec) {
          ((count += spec_names_member<std::decay_t<decltype(spec)>, decltype(descriptor)>(spec) ? std::size_t{1}
                                                                                                   : std::size_t{0}),
           ...);
        },
        rules_of<T>::value);
    ok = ok && count <= 1;
  });
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
constexpr bool members_are_well_declared() {
  bool ok = true;
  boost::mp11::mp_for_each<public_members<T>>([&](auto descriptor) {
    using D = decltype(descriptor);
    ok = ok && member_declaration_checks<D::pointer, member_type_of<T, D>, member_parts_t<T, D>>::value;
  });
  return ok;
}

/// Every check a described struct must pass before the codec reads, writes or describes it.
template <class T>
struct described_struct_checks {
  static_assert(is_described_struct_v<T>,
                "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot "
                "read or write it");
  static_assert(specs_are_well_formed<T>(),
                "invite: every field(&T::member, ...) must name a described public member of T");
  static_assert(no_member_named_twice<T>(),
                "invite: a member is named by two field(...) declarations; merge their rules");
  static_assert(names_are_unique<T>(), "invite: two members (or a member and an alias) share one JSON name");
  static_assert(boost::mp11::mp_size<public_members<T>>::value <= 64,
                "invite: a described type may have at most 64 members");
  static_assert(members_are_well_declared<T>());
  static constexpr bool value = true;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_FIELD_RULES_HPP_INCLUDED
