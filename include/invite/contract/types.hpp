#ifndef INVITE_CONTRACT_TYPES_HPP_INCLUDED
#define INVITE_CONTRACT_TYPES_HPP_INCLUDED

// The POST /assessment/invite (v2) contract as data: the five types, their descriptions and
// their rules. The codec reads and writes them from this alone; there is no code per type here.

#include <invite/codec/describe.hpp>
#include <invite/codec/detail/members_equal.hpp>
#include <invite/codec/rules.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

namespace invite {

enum class format { getlink, sendlink };

struct candidate {
  std::string name;
  std::string email;
};

struct request {
  std::int64_t assessment_id;
  format invite_format;
  std::optional<date::local_time<std::chrono::minutes>> expiry_date;
  std::vector<candidate> candidates;
};

struct invitation {
  std::string name;
  std::string email;
  std::int64_t report_id;
  std::int64_t candidate_id;
  std::int64_t assessment_id;
  std::string invite_link;
  std::string status;
};

struct response {
  std::vector<invitation> invites;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(format, getlink, sendlink)
BOOST_DESCRIBE_STRUCT(candidate, (), (name, email))
BOOST_DESCRIBE_STRUCT(request, (), (assessment_id, invite_format, expiry_date, candidates))
BOOST_DESCRIBE_STRUCT(invitation, (), (name, email, report_id, candidate_id, assessment_id,
                                       invite_link, status))
BOOST_DESCRIBE_STRUCT(response, (), (invites))
INVITE_DESCRIBE_END

namespace contract_limits {
inline constexpr std::int64_t max_id = std::numeric_limits<std::int64_t>::max();
inline constexpr std::size_t max_candidates = 500;
inline constexpr std::size_t max_name_code_points = 255;
inline constexpr std::size_t max_invite_link_octets = 2048;
} // namespace contract_limits

// Rules are found by argument-dependent lookup, like Boost.Describe's descriptions: a function
// named invite_rules taking a pointer to the type, beside the type, in its namespace.

constexpr auto invite_rules(const candidate*) noexcept {
  using namespace rule;
  return fields(field(&candidate::name, alias{"candidate_name"}, not_blank{},
                      max_code_points{contract_limits::max_name_code_points},
                      no_control_characters{}),
                field(&candidate::email, alias{"candidate_email"}, email_address{},
                      unique_in_array{}));
}

constexpr auto invite_rules(const request*) noexcept {
  using namespace rule;
  return fields(field(&request::assessment_id, integer_range{1, contract_limits::max_id}),
                field(&request::candidates, item_count{1, contract_limits::max_candidates}));
}

constexpr auto invite_rules(const invitation*) noexcept {
  using namespace rule;
  return fields(field(&invitation::name, not_blank{},
                      max_code_points{contract_limits::max_name_code_points},
                      no_control_characters{}),
                field(&invitation::email, email_address{}),
                field(&invitation::report_id, integer_range{1, contract_limits::max_id}),
                field(&invitation::candidate_id, integer_range{1, contract_limits::max_id}),
                field(&invitation::assessment_id, integer_range{1, contract_limits::max_id}),
                field(&invitation::invite_link,
                      http_url{contract_limits::max_invite_link_octets}),
                field(&invitation::status, min_code_points{1}));
}

constexpr auto invite_rules(const response*) noexcept {
  using namespace rule;
  return fields(field(&response::invites, item_count{1, contract_limits::max_candidates}));
}

// Equality is member-wise; spelled out because C++17 has no defaulted operator==.
#define INVITE_MEMBERWISE_EQUALITY(type)                                                         \
  inline bool operator==(const type& a, const type& b) noexcept {                               \
    return detail::members_equal(a, b);                                                        \
  }                                                                                              \
  inline bool operator!=(const type& a, const type& b) noexcept { return !(a == b); }
INVITE_MEMBERWISE_EQUALITY(candidate)
INVITE_MEMBERWISE_EQUALITY(request)
INVITE_MEMBERWISE_EQUALITY(invitation)
INVITE_MEMBERWISE_EQUALITY(response)
#undef INVITE_MEMBERWISE_EQUALITY

} // namespace invite

#endif // INVITE_CONTRACT_TYPES_HPP_INCLUDED
