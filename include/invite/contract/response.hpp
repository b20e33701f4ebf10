#ifndef INVITE_CONTRACT_RESPONSE_HPP_INCLUDED
#define INVITE_CONTRACT_RESPONSE_HPP_INCLUDED

// The response body of POST /assessment/invite (v2) as the codec sees it: the types of
// response_struct.hpp (invitation and response), their descriptions and their rules.
// The codec reads, writes, validates and describes it from this alone.

#include <invite/codec/describe.hpp>
#include <invite/codec/equality.hpp>
#include <invite/codec/rules.hpp>
#include <invite/contract/limits.hpp>
#include <invite/contract/person_name.hpp>
#include <invite/contract/response_struct.hpp> // invitation, response

namespace invite {

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(invitation, (), (name, email, report_id, candidate_id, assessment_id, invite_link, status))
BOOST_DESCRIBE_STRUCT(response, (), (invites))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const invitation*) noexcept {
  using namespace rule;
  constexpr integer_range id{contract_limits::min_id, contract_limits::max_id};
  return fields(field(&invitation::name, contract_rules::person_name{}),
                field(&invitation::email, email_address{}),
                field(&invitation::report_id, id),
                field(&invitation::candidate_id, id),
                field(&invitation::assessment_id, id),
                field(&invitation::invite_link, http_url{contract_limits::max_invite_link_octets}),
                field(&invitation::status, min_code_points{1}));
}

constexpr auto invite_rules(const response*) noexcept {
  using namespace rule;
  return fields(field(&response::invites, item_count{contract_limits::min_candidates, contract_limits::max_candidates}));
}

inline bool operator==(const invitation& a, const invitation& b) { return equal(a, b); }
inline bool operator!=(const invitation& a, const invitation& b) { return !(a == b); }
inline bool operator==(const response& a, const response& b) { return equal(a, b); }
inline bool operator!=(const response& a, const response& b) { return !(a == b); }

} // namespace invite

#endif // INVITE_CONTRACT_RESPONSE_HPP_INCLUDED
