#ifndef INVITE_EXAMPLES_TESTING_REQUEST_HANDLER_HPP_INCLUDED
#define INVITE_EXAMPLES_TESTING_REQUEST_HANDLER_HPP_INCLUDED

// A request handler of the kind a user of the library writes for POST /assessment/invite: the
// body is read with a kept parser and result (as the README advises a server to), a broken body
// gets its problem+json, and a valid one gets one invite per candidate, with report ids from the
// handler's own counter, a candidate id per e-mail address remembered across requests, and a link
// with a token. fuzz/fuzz_structured_handler.cpp fuzzes it and handler_property_test.cpp
// property-tests it, both with the library as the oracle; docs/testing.md walks through both.

#include <invite/invite.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace example {

struct reply {
  int status = 0;
  std::string body;
};

class invite_handler {
public:
  /// The answer to one POST /assessment/invite body.
  reply handle(std::string_view body) {
    invite::parse_request(body, request_);
    if (!request_) return {invite::problem_status(request_.errors()), invite::problem_details(request_.errors(), body)};
    invite::response answer;
    answer.invites.reserve(request_->candidates.size());
    for (const invite::candidate& asked : request_->candidates) {
      invite::invitation invite;
      invite.name = asked.name;
      invite.email = asked.email;
      invite.report_id = next_report_id_++;
      invite.candidate_id = candidate_id(asked.email);
      invite.assessment_id = request_->assessment_id;
      invite.invite_link = "https://assess.example/i/" + token(invite.report_id);
      invite.status = request_->invite_format == invite::format::getlink ? "link_created" : "email_sent";
      answer.invites.push_back(std::move(invite));
    }
    return {200, invite::to_json(answer)};
  }

private:
  // One id per person: the same address (in any case) gets the same id in every request.
  std::int64_t candidate_id(const std::string& email) {
    std::string key = email;
    for (char& c : key) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if (candidate_ids_.size() > 100000) candidate_ids_.clear(); // a bounded memory of people
    const auto [where, added] = candidate_ids_.emplace(std::move(key), next_candidate_id_);
    if (added) ++next_candidate_id_;
    return where->second;
  }

  static std::string token(std::int64_t report_id) {
    std::string out;
    auto bits = static_cast<std::uint64_t>(report_id) * 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 16; ++i, bits >>= 4) out += "0123456789abcdef"[bits & 0xF];
    return out;
  }

  invite::result<invite::request> request_;
  std::int64_t next_report_id_ = 1;
  std::int64_t next_candidate_id_ = 1;
  std::unordered_map<std::string, std::int64_t> candidate_ids_;
};

} // namespace example

#endif // INVITE_EXAMPLES_TESTING_REQUEST_HANDLER_HPP_INCLUDED
