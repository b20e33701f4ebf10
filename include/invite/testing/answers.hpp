#ifndef INVITE_TESTING_ANSWERS_HPP_INCLUDED
#define INVITE_TESTING_ANSWERS_HPP_INCLUDED

// What a correct server sends back for a request (one invite per candidate, in order, with the
// candidate's name and e-mail, the request's assessment, ids no other invite has), and answers
// that are valid responses yet miss (an invite too few or too many, another name or e-mail,
// another assessment, an id used twice), each with what check_response must report about it. For
// property tests and fuzz targets of servers, and of clients that check what they get back.

#include <invite/contract/request_struct.hpp>
#include <invite/contract/response_struct.hpp>
#include <invite/contract/limits.hpp>
#include <invite/testing/detail/every_legal_value.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/expected_errors.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/liberties.hpp>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace invite::testing {

/// A valid response that fails to answer its request, and what check_response says of it.
struct near_miss {
  invite::response answer;
  std::vector<expected_error> errors; // check_response's errors, in its order (offsets are 0)
  std::string how;
};

/// What check_response(asked, answer) reports, read from its contract (docs/contract.md §11): at
/// /invites, invite_count_differs (code too_short or too_long) when the counts differ; then for
/// each invite i, in this order, name_differs (invalid_characters) at /invites/i/name when it is
/// not candidate i's name, byte for byte; email_differs (invalid_email) at /invites/i/email when it
/// is not candidate i's e-mail, ASCII case aside; id_reused (duplicate_value) at
/// /invites/i/report_id and /invites/i/candidate_id when an earlier invite has that id; and
/// assessment_id_differs (out_of_range) at /invites/i/assessment_id when it is not the request's.
inline std::vector<expected_error> expected_check_response(const invite::request& asked, const invite::response& answer) {
  std::vector<expected_error> errors;
  const std::size_t expected = asked.candidates.size();
  const std::size_t given = answer.invites.size();
  if (given != expected) {
    errors.push_back({given < expected ? error_code::too_short : error_code::too_long, "/invites", 0, "invite_count_differs"});
  }
  std::set<std::int64_t> report_ids;
  std::set<std::int64_t> candidate_ids;
  for (std::size_t i = 0; i < given; ++i) {
    const invitation& invite = answer.invites[i];
    const std::string at = "/invites/" + std::to_string(i);
    if (i < expected && invite.name != asked.candidates[i].name) {
      errors.push_back({error_code::invalid_characters, at + "/name", 0, "name_differs"});
    }
    if (i < expected &&
        detail::ascii_lowercase_copy(invite.email) != detail::ascii_lowercase_copy(asked.candidates[i].email)) {
      errors.push_back({error_code::invalid_email, at + "/email", 0, "email_differs"});
    }
    if (!report_ids.insert(invite.report_id).second) errors.push_back({error_code::duplicate_value, at + "/report_id", 0, "id_reused"});
    if (!candidate_ids.insert(invite.candidate_id).second) {
      errors.push_back({error_code::duplicate_value, at + "/candidate_id", 0, "id_reused"});
    }
    if (invite.assessment_id != asked.assessment_id) {
      errors.push_back({error_code::out_of_range, at + "/assessment_id", 0, "assessment_id_differs"});
    }
  }
  return errors;
}

namespace detail {

// Ids no earlier draw gave.
class fresh_ids {
public:
  explicit fresh_ids(random_source& random) noexcept : random_(random) {}
  std::int64_t next() {
    for (;;) {
      const std::int64_t id = random_id(random_);
      if (used_.insert(id).second) return id;
    }
  }
  void take(std::int64_t id) { used_.insert(id); }

private:
  random_source& random_;
  std::set<std::int64_t> used_;
};

inline invitation invitation_for(const candidate& asked, std::int64_t assessment_id, fresh_ids& report_ids,
                                 fresh_ids& candidate_ids, random_source& random, profile style) {
  invitation out;
  out.name = asked.name;
  out.email = asked.email;
  out.report_id = report_ids.next();
  out.candidate_id = candidate_ids.next();
  out.assessment_id = assessment_id;
  if (style == profile::realistic_traffic) {
    out.invite_link = "https://assessments.example.com/invite/";
    for (int k = 0; k < 32; ++k) out.invite_link += "0123456789abcdef"[random.below(16)];
    static constexpr const char* statuses[] = {"sent", "pending", "delivered", "opened"};
    out.status = statuses[random.below(4)];
  } else {
    out.invite_link = random_link(random);
    out.status = random_status(random);
  }
  return out;
}

} // namespace detail

/// The response a correct server sends: one invite per candidate, in order.
inline invite::response correct_answer(const invite::request& asked, random_source& random,
                                       profile style = profile::every_legal_form) {
  invite::response out;
  detail::fresh_ids report_ids(random), candidate_ids(random);
  out.invites.reserve(asked.candidates.size());
  for (std::size_t i = 0; i < asked.candidates.size(); ++i) {
    out.invites.push_back(detail::invitation_for(asked.candidates[i], asked.assessment_id, report_ids, candidate_ids, random, style));
  }
  return out;
}

/// A valid response that does not answer `asked`: one or two of the mistakes servers make.
/// `asked` must be valid.
inline near_miss near_miss_answer(const invite::request& asked, random_source& random,
                                  profile style = profile::every_legal_form) {
  near_miss out;
  out.answer = correct_answer(asked, random, style);
  std::vector<invitation>& invites = out.answer.invites;
  detail::fresh_ids report_ids(random), candidate_ids(random);
  for (const invitation& invite : invites) {
    report_ids.take(invite.report_id);
    candidate_ids.take(invite.candidate_id);
  }
  const auto note = [&out](const std::string& what) {
    if (!out.how.empty()) out.how += "; ";
    out.how += what;
  };
  // Two mistakes can undo each other (a swap swapped back), so mistakes are made until there
  // is something to report.
  const std::size_t mistakes = random.one_in(3) ? 2 : 1;
  for (std::size_t made = 0; made < mistakes || out.errors.empty();) {
    const std::size_t count = invites.size();
    const std::size_t i = random.index(count);
    switch (random.below(8)) {
      case 0: // an invite left out
        if (count < 2) continue;
        invites.erase(invites.begin() + static_cast<std::ptrdiff_t>(i));
        note("invite " + std::to_string(i) + " left out");
        break;
      case 1: { // one invite too many
        if (count >= contract_limits::max_candidates) continue;
        invitation extra = invites[i];
        extra.report_id = report_ids.next();
        extra.candidate_id = candidate_ids.next();
        invites.push_back(std::move(extra));
        note("invite " + std::to_string(i) + " sent twice");
        break;
      }
      case 2: { // another e-mail
        std::string other = detail::random_email(random);
        if (i < asked.candidates.size() &&
            detail::ascii_lowercase_copy(other) == detail::ascii_lowercase_copy(asked.candidates[i].email)) {
          continue;
        }
        invites[i].email = std::move(other);
        note("invite " + std::to_string(i) + " to another e-mail");
        break;
      }
      case 3: { // two invites in each other's place
        if (count < 2) continue;
        std::size_t j = random.index(count);
        if (j == i) j = (i + 1) % count;
        std::swap(invites[i], invites[j]);
        note("invites " + std::to_string(i) + " and " + std::to_string(j) + " swapped");
        break;
      }
      case 4: { // another assessment
        std::int64_t other = detail::random_id(random);
        if (other == asked.assessment_id) other = other == 1 ? 2 : other - 1;
        invites[i].assessment_id = other;
        note("invite " + std::to_string(i) + " for assessment " + std::to_string(other));
        break;
      }
      case 7: { // another name: one character turned into '?', as a server that loses an encoding does
        const std::string& name = invites[i].name;
        const std::size_t characters = detail::code_point_count(name);
        std::size_t start = 0;
        for (std::size_t skip = random.index(characters); skip > 0; --skip) detail::next_code_point(name, start);
        std::size_t end = start;
        detail::next_code_point(name, end);
        std::string other = name.substr(0, start) + "?" + name.substr(end);
        if (i < asked.candidates.size() && other == asked.candidates[i].name) continue;
        invites[i].name = std::move(other);
        note("invite " + std::to_string(i) + " under another name");
        break;
      }
      case 5:
      case 6: { // an id an earlier invite has
        if (count < 2) continue;
        const std::size_t later = 1 + random.index(count - 1);
        const std::size_t earlier = random.index(later);
        const bool report = random.coin();
        (report ? invites[later].report_id : invites[later].candidate_id) =
            report ? invites[earlier].report_id : invites[earlier].candidate_id;
        note(std::string(report ? "report_id" : "candidate_id") + " of invite " + std::to_string(earlier) +
             " reused by invite " + std::to_string(later));
        break;
      }
    }
    ++made;
    out.errors = expected_check_response(asked, out.answer);
  }
  return out;
}

} // namespace invite::testing

#endif // INVITE_TESTING_ANSWERS_HPP_INCLUDED
