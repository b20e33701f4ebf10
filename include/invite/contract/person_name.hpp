#ifndef INVITE_CONTRACT_PERSON_NAME_HPP_INCLUDED
#define INVITE_CONTRACT_PERSON_NAME_HPP_INCLUDED

#include <invite/codec/rules/text.hpp>
#include <invite/contract/limits.hpp>

#include <tuple>

namespace invite::contract_rules {

/// A person's name as the contract takes it, candidates' and invites' alike: not blank, at most
/// 255 code points, no control characters. A bundle: three rules declared as one.
struct person_name {
  constexpr auto parts() const noexcept {
    return std::tuple{rule::not_blank{}, rule::max_code_points{contract_limits::max_name_code_points},
                      rule::no_control_characters{}};
  }
};

} // namespace invite::contract_rules

#endif // INVITE_CONTRACT_PERSON_NAME_HPP_INCLUDED
