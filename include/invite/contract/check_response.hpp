#ifndef INVITE_CONTRACT_CHECK_RESPONSE_HPP_INCLUDED
#define INVITE_CONTRACT_CHECK_RESPONSE_HPP_INCLUDED

// Whether a (valid) response answers a (valid) request: one invite per candidate, in the same
// order, for the same assessment, with ids that are not reused. The contract's sixteen codes
// are kept; each is used in its plain sense and the message says what was expected.

#include <invite/contract/types.hpp>
#include <invite/codec/spelling/ascii.hpp>
#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/spelling/json_pointer.hpp>
#include <invite/codec/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace invite {

/// Where `answer` does not answer `asked`, as errors with paths into the response:
/// too_short/too_long at /invites (not one invite per candidate), invalid_email at
/// /invites/i/email (not candidate i's e-mail, compared ignoring ASCII case), out_of_range at
/// /invites/i/assessment_id (not the request's), duplicate_value at /invites/i/report_id or
/// /invites/i/candidate_id (already used by an earlier invite). Offsets are 0: these are
/// facts about two values, not about a text.
inline std::vector<error> check_response(const request& asked, const response& answer) {
  std::vector<error> errors;
  const auto add = [&](error_code code, std::string path, std::string message) {
    errors.push_back(error{code, std::move(path), std::move(message), 0});
  };
  const std::size_t expected = asked.candidates.size();
  const std::size_t given = answer.invites.size();
  if (given != expected) {
    add(given < expected ? error_code::too_short : error_code::too_long, "/invites",
        "\"invites\": expected one invite per candidate (" + std::to_string(expected) + "), found " +
            std::to_string(given));
  }
  std::unordered_map<std::int64_t, std::size_t> report_ids;
  std::unordered_map<std::int64_t, std::size_t> candidate_ids;
  for (std::size_t i = 0; i < given; ++i) {
    const invitation& invite = answer.invites[i];
    std::string base = "/invites";
    spelling::append_pointer_index(base, i);
    if (i < expected && !spelling::equal_ignoring_ascii_case(invite.email, asked.candidates[i].email)) {
      std::string message = "\"email\": expected the e-mail of candidate " + std::to_string(i) + ", ";
      spelling::append_json_string(message, asked.candidates[i].email);
      message += ", found ";
      spelling::append_json_string(message, invite.email);
      add(error_code::invalid_email, base + "/email", std::move(message));
    }
    if (invite.assessment_id != asked.assessment_id) {
      add(error_code::out_of_range, base + "/assessment_id",
          "\"assessment_id\": expected the request's " + std::to_string(asked.assessment_id) + ", found " +
              std::to_string(invite.assessment_id));
    }
    const auto check_unique = [&](std::unordered_map<std::int64_t, std::size_t>& seen, std::int64_t id,
                                  const char* field) {
      const auto [where, inserted] = seen.emplace(id, i);
      if (inserted) return;
      add(error_code::duplicate_value, base + "/" + field,
          "\"" + std::string(field) + "\": expected a value no other invite has, found " + std::to_string(id) +
              ", already at /invites/" + std::to_string(where->second) + "/" + field);
    };
    check_unique(report_ids, invite.report_id, "report_id");
    check_unique(candidate_ids, invite.candidate_id, "candidate_id");
  }
  return errors;
}

} // namespace invite

#endif // INVITE_CONTRACT_CHECK_RESPONSE_HPP_INCLUDED
