#ifndef INVITE_CONTRACT_PROFILES_HPP_INCLUDED
#define INVITE_CONTRACT_PROFILES_HPP_INCLUDED

// The two sides of the endpoint read with different tolerance. A server reading requests holds
// its clients to the contract, or a misspelt key (candidate_mail) would vanish silently. A
// client reading responses must survive the server's next version, which adds a member now and
// then; it tolerates what the contract does not declare, stays strict on everything it does,
// and sees what it tolerated in result<T>::notes(). Copy a profile to change its limits:
//
//   invite::parse_options options = invite::client_profile;
//   options.max_bytes = 4u << 20;

#include <invite/codec/parse_options.hpp>

namespace invite {

/// For servers reading requests (and anyone holding a body to the letter of the contract):
/// undeclared keys are unknown_field errors. The same as default parse_options.
inline constexpr parse_options server_profile{};

/// For clients reading responses: undeclared keys are tolerated and each is noted, as the
/// unknown_field a server_profile parse reports, in result<T>::notes(); every declared member
/// keeps every rule, and a key given twice is still duplicate_field.
inline constexpr parse_options client_profile{/*allow_unknown_fields=*/true};

} // namespace invite

#endif // INVITE_CONTRACT_PROFILES_HPP_INCLUDED
