#ifndef INVITE_CODEC_ENUM_NAMES_HPP_INCLUDED
#define INVITE_CODEC_ENUM_NAMES_HPP_INCLUDED

// Described enums by name: the names the codec reads and writes.

#include <invite/codec/detail/type_traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string_view>
#include <type_traits>

namespace invite {

/// The name of a described enum's value, as JSON spells it ("" for a value it does not describe).
template <class Enum, std::enable_if_t<detail::is_described_enum_v<Enum>, int> = 0>
constexpr std::string_view to_string(Enum value) noexcept {
  std::string_view name;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
    if (name.empty() && value == enumerator.value) name = enumerator.name;
  });
  return name;
}

/// The value a name spells, if the enum describes one by that name (exactly, case included).
template <class Enum, std::enable_if_t<detail::is_described_enum_v<Enum>, int> = 0>
constexpr std::optional<Enum> enum_from_string(std::string_view name) noexcept {
  std::optional<Enum> found;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
    if (!found && name == enumerator.name) found = enumerator.value;
  });
  return found;
}

} // namespace invite

#endif // INVITE_CODEC_ENUM_NAMES_HPP_INCLUDED
