#ifndef INVITE_CONTRACT_LIMITS_HPP_INCLUDED
#define INVITE_CONTRACT_LIMITS_HPP_INCLUDED

// The contract's numbers, each written once; the rules, the schema and the messages take them
// from here. (The e-mail octet limits are the e-mail rule's own: validators/email.hpp.)

#include <cstddef>
#include <cstdint>
#include <limits>

namespace invite::contract_limits {

/// Ids (assessment, report, candidate) are positive 64-bit integers.
inline constexpr std::int64_t min_id = 1;
inline constexpr std::int64_t max_id = std::numeric_limits<std::int64_t>::max();
/// Candidates per request, invites per response.
inline constexpr std::size_t min_candidates = 1;
inline constexpr std::size_t max_candidates = 500;
/// A name's length, in Unicode code points.
inline constexpr std::size_t max_name_code_points = 255;
/// An invite link's length, in octets.
inline constexpr std::size_t max_invite_link_octets = 2048;

} // namespace invite::contract_limits

#endif // INVITE_CONTRACT_LIMITS_HPP_INCLUDED
