#ifndef INVITE_CONTRACT_CHECK_RESPONSE_HPP_INCLUDED
#define INVITE_CONTRACT_CHECK_RESPONSE_HPP_INCLUDED

// Whether a (valid) response answers a (valid) request: one invite per candidate, in the same
// order, with the candidate's name and e-mail, for the same assessment, with ids that are not
// reused. A response that fails is well-formed but wrong, so each error says so in its own
// name (error::name(): invite_count_differs, name_differs, email_differs,
// assessment_id_differs, id_reused) rather than in the words of a malformed value; its code
// stays the nearest of the sixteen, the one check_response reported before it had names, for
// code that switches on codes.

#include <invite/contract/types.hpp>
#include <invite/codec/spelling/ascii.hpp>
#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/spelling/json_pointer.hpp>
#include <invite/codec/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace invite {

/// The names check_response gives what it finds (error::code_name), each refining a code.
namespace response_mismatch {
/// Not one invite per candidate, at /invites (code too_short when fewer, too_long when more).
inline constexpr std::string_view invite_count_differs = "invite_count_differs";
/// Invite i's name is not candidate i's, exactly, at /invites/i/name (code invalid_characters).
inline constexpr std::string_view name_differs = "name_differs";
/// Invite i's e-mail is not candidate i's, ASCII case aside, at /invites/i/email (code
/// invalid_email).
inline constexpr std::string_view email_differs = "email_differs";
/// Not the request's assessment, at /invites/i/assessment_id (code out_of_range).
inline constexpr std::string_view assessment_id_differs = "assessment_id_differs";
/// A report_id or candidate_id an earlier invite has, at /invites/i/report_id or
/// /invites/i/candidate_id (code duplicate_value).
inline constexpr std::string_view id_reused = "id_reused";
} // namespace response_mismatch

/// Where `answer` does not answer `asked`, as errors with paths into the response, in the
/// order of the response: the count first, then each invite's members in the contract's order
/// (name, email, report_id, candidate_id, assessment_id). Names are compared exactly, e-mails
/// ignoring ASCII case. Offsets are 0: these are facts about two values, not about a text.
inline std::vector<error> check_response(const request& asked, const response& answer) {
  std::vector<error> errors;
  const auto add = [&](error_code code, std::string_view name, std::string path, std::string message) {
    errors.push_back(error{code, std::move(path), std::move(message), 0, name});
  };
  const std::size_t expected = asked.candidates.size();
  const std::size_t given = answer.invites.size();
  if (given != expected) {
    add(given < expected ? error_code::too_short : error_code::too_long, response_mismatch::invite_count_differs,
        "/invites",
        "\"invites\": expected one invite per candidate of the request (" + std::to_string(expected) + "), found " +
            std::to_string(given));
  }
  // "expected candidate i's <what>, "...", found "..."", each text written as JSON spells it.
  const auto differs = [](const char* member, const char* what, std::size_t i, std::string_view wanted,
                          std::string_view found) {
    std::string message = "\"" + std::string(member) + "\": expected " + what + " of candidate " + std::to_string(i) + ", ";
    spelling::append_json_string(message, wanted);
    message += ", found ";
    spelling::append_json_string(message, found);
    return message;
  };
  std::unordered_map<std::int64_t, std::size_t> report_ids;
  std::unordered_map<std::int64_t, std::size_t> candidate_ids;
  for (std::size_t i = 0; i < given; ++i) {
    const invitation& invite = answer.invites[i];
    std::string base = "/invites";
    spelling::append_pointer_index(base, i);
    if (i < expected && invite.name != asked.candidates[i].name) {
      add(error_code::invalid_characters, response_mismatch::name_differs, base + "/name",
          differs("name", "the name", i, asked.candidates[i].name, invite.name));
    }
    if (i < expected && !spelling::equal_ignoring_ascii_case(invite.email, asked.candidates[i].email)) {
      add(error_code::invalid_email, response_mismatch::email_differs, base + "/email",
          differs("email", "the e-mail", i, asked.candidates[i].email, invite.email));
    }
    const auto check_unique = [&](std::unordered_map<std::int64_t, std::size_t>& seen, std::int64_t id,
                                  const char* field) {
      const auto [where, inserted] = seen.emplace(id, i);
      if (inserted) return;
      add(error_code::duplicate_value, response_mismatch::id_reused, base + "/" + field,
          "\"" + std::string(field) + "\": expected an id no other invite has, found " + std::to_string(id) +
              ", already at /invites/" + std::to_string(where->second) + "/" + field);
    };
    check_unique(report_ids, invite.report_id, "report_id");
    check_unique(candidate_ids, invite.candidate_id, "candidate_id");
    if (invite.assessment_id != asked.assessment_id) {
      add(error_code::out_of_range, response_mismatch::assessment_id_differs, base + "/assessment_id",
          "\"assessment_id\": expected the request's " + std::to_string(asked.assessment_id) + ", found " +
              std::to_string(invite.assessment_id));
    }
  }
  return errors;
}

} // namespace invite

#endif // INVITE_CONTRACT_CHECK_RESPONSE_HPP_INCLUDED
