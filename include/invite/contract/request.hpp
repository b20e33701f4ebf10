#ifndef INVITE_CONTRACT_REQUEST_HPP_INCLUDED
#define INVITE_CONTRACT_REQUEST_HPP_INCLUDED

// The request body of POST /assessment/invite (v2) as the codec sees it: the types of
// request_struct.hpp (format, candidate and request), their descriptions and their rules.
// The codec reads, writes, validates and describes it from this alone.

#include <invite/codec/describe.hpp>
#include <invite/codec/equality.hpp>
#include <invite/codec/rules.hpp>
#include <invite/contract/limits.hpp>
#include <invite/contract/person_name.hpp>
#include <invite/contract/request_struct.hpp> // format, candidate, request

#include <chrono>
#include <optional>
#include <type_traits>

#include <date/date.h>

namespace invite {

static_assert(std::is_same_v<decltype(request::expiry_date), std::optional<date::local_time<std::chrono::minutes>>>,
              "request_struct.hpp must spell date::local_time<std::chrono::minutes>");

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(format, getlink, sendlink)
BOOST_DESCRIBE_STRUCT(candidate, (), (name, email))
BOOST_DESCRIBE_STRUCT(request, (), (assessment_id, invite_format, expiry_date, candidates))
INVITE_DESCRIBE_END

// Rules are found by argument-dependent lookup, like Boost.Describe's descriptions: a function
// named invite_rules taking a pointer to the type, beside the type, in its namespace.

constexpr auto invite_rules(const candidate*) noexcept {
  using namespace rule;
  return fields(field(&candidate::name, alias{"candidate_name"}, contract_rules::person_name{}),
                field(&candidate::email, alias{"candidate_email"}, email_address{}, unique_in_array{}));
}

constexpr auto invite_rules(const request*) noexcept {
  using namespace rule;
  return fields(field(&request::assessment_id, integer_range{contract_limits::min_id, contract_limits::max_id}),
                field(&request::candidates, item_count{contract_limits::min_candidates, contract_limits::max_candidates}));
}

inline bool operator==(const candidate& a, const candidate& b) { return equal(a, b); }
inline bool operator!=(const candidate& a, const candidate& b) { return !(a == b); }
inline bool operator==(const request& a, const request& b) { return equal(a, b); }
inline bool operator!=(const request& a, const request& b) { return !(a == b); }

} // namespace invite

#endif // INVITE_CONTRACT_REQUEST_HPP_INCLUDED
