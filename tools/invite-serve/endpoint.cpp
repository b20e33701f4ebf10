#include "endpoint.hpp"

#include "common/printable.hpp"

#include <invite/codec/problem_details.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

namespace invite_serve {

namespace {

char lower(char c) noexcept { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return lower(x) == lower(y);
         });
}

std::string_view trim(std::string_view text) noexcept {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// A header's value quoted in a problem's detail: JSON must be UTF-8 and the header may hold any
// bytes; and a long value is cut.
std::string quoted_header(std::string_view value) {
  constexpr std::size_t most = 200;
  return invite_tools::printable(value.substr(0, most)) + (value.size() > most ? "..." : "");
}

// What one thread keeps between requests, so that after warm-up a request allocates little.
struct workspace {
  invite::parser parser;
  invite::result<invite::request> request;
  invite::response response;
  std::vector<invite::error> answer_errors; // what validate() finds in an answer, kept for reuse
};

workspace& this_thread_workspace() {
  thread_local workspace space;
  return space;
}

} // namespace

bool matches_any_key(std::string_view key, const std::vector<std::string>& keys) noexcept {
  unsigned found = 0;
  for (const std::string& expected : keys) {
    // Every byte of the longer of the two is visited whatever the contents.
    const std::size_t length = std::max(key.size(), expected.size());
    unsigned difference = key.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < length; ++i) {
      const auto a = i < key.size() ? static_cast<unsigned char>(key[i]) : 0u;
      const auto b = i < expected.size() ? static_cast<unsigned char>(expected[i]) : 0u;
      difference |= a ^ b;
    }
    found |= static_cast<unsigned>(difference == 0);
  }
  return found != 0;
}

bool is_json_media_type(std::string_view content_type) noexcept {
  const std::size_t semicolon = content_type.find(';');
  if (!equal_ignoring_case(trim(content_type.substr(0, semicolon)), "application/json")) return false;
  std::string_view parameters = semicolon == std::string_view::npos ? std::string_view{} : content_type.substr(semicolon + 1);
  while (!parameters.empty()) {
    const std::size_t end = parameters.find(';');
    const std::string_view parameter = trim(parameters.substr(0, end));
    parameters = end == std::string_view::npos ? std::string_view{} : parameters.substr(end + 1);
    const std::size_t equals = parameter.find('=');
    if (equals == std::string_view::npos) {
      if (parameter.empty()) continue;
      return false;
    }
    if (!equal_ignoring_case(trim(parameter.substr(0, equals)), "charset")) continue;
    std::string_view charset = trim(parameter.substr(equals + 1));
    if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"') charset = charset.substr(1, charset.size() - 2);
    if (!equal_ignoring_case(charset, "utf-8")) return false;
  }
  return true;
}

std::string_view target_path(std::string_view target) noexcept {
  return target.substr(0, target.find_first_of("?#"));
}

reply problem_reply(int status, std::string_view detail) {
  reply out;
  out.status = status;
  out.content_type = std::string(invite::problem_media_type);
  out.body = invite::http_problem(status, detail);
  out.allow_post = status == 405;
  out.challenge = status == 401;
  return out;
}

reply too_large_reply(std::string message) {
  // The same body as the library's payload_too_large, so that a client cannot tell whether
  // the size was judged from the head or from the body.
  const invite::error too_large[] = {{invite::error_code::payload_too_large, std::string(), std::move(message), 0}};
  reply out;
  out.status = 413;
  out.content_type = std::string(invite::problem_media_type);
  out.body = invite::problem_details(too_large);
  return out;
}

endpoint::endpoint(endpoint_settings settings, endpoint_hooks hooks)
    : settings_(std::move(settings)), hooks_(std::move(hooks)) {}

bool endpoint::authorized(std::optional<std::string_view> key) const noexcept {
  if (hooks_.skip_authentication) return true;
  if (!key || key->empty()) return false;
  return settings_.api_keys.empty() || matches_any_key(*key, settings_.api_keys);
}

reply endpoint::refuse(reply answer) const {
  if (hooks_.edit_refusal) hooks_.edit_refusal(answer);
  return answer;
}

std::optional<reply> endpoint::screen(const request_head& head) const {
  if (target_path(head.target) != hooks_.path) {
    return refuse(problem_reply(404, "no such resource; the endpoint is POST " + hooks_.path));
  }
  if (head.method != "POST") {
    return refuse(problem_reply(405, hooks_.path + " accepts POST only"));
  }
  if (!authorized(head.api_key)) {
    return refuse(problem_reply(401, head.api_key ? "the apiKey header names no known key" : "the apiKey header is missing"));
  }
  if (!head.content_type || !is_json_media_type(*head.content_type)) {
    return refuse(problem_reply(415, head.content_type
                                         ? "the body must be application/json (UTF-8), not " + quoted_header(*head.content_type)
                                         : std::string("the body must be application/json; Content-Type is missing")));
  }
  if (head.content_length && *head.content_length > settings_.body_limit && !hooks_.read_oversized_bodies) {
    return too_large("the body is " + std::to_string(*head.content_length) + " bytes, more than the " +
                     std::to_string(settings_.body_limit) + " accepted");
  }
  return std::nullopt;
}

reply endpoint::too_large(std::string message) const { return refuse(too_large_reply(std::move(message))); }

reply endpoint::answer(std::string_view body) {
  workspace& space = this_thread_workspace();
  invite::parse_options options;
  options.max_bytes = settings_.body_limit;
  space.parser.parse(body, space.request, options);

  const bool accepted = space.request.ok() || (hooks_.accept_invalid && hooks_.accept_invalid(space.request));
  if (!accepted) {
    reply out;
    out.silent = hooks_.stay_silent && hooks_.stay_silent(space.request);
    out.status = invite::problem_status(space.request.errors());
    out.content_type = std::string(invite::problem_media_type);
    out.body = invite::problem_details(space.request.errors(), body);
    return refuse(std::move(out));
  }

  const invite::request& asked = space.request.value();
  std::vector<invite::invitation>& invites = space.response.invites;
  invites.resize(asked.candidates.size());
  const std::string_view status = asked.invite_format == invite::format::sendlink ? status_sendlink : status_getlink;
  for (std::size_t i = 0; i < asked.candidates.size(); ++i) {
    invite::invitation& invitation = invites[i];
    invitation.name = asked.candidates[i].name;
    invitation.email = asked.candidates[i].email;
    invitation.report_id = next_report_id_.fetch_add(1, std::memory_order_relaxed);
    invitation.candidate_id = next_candidate_id_.fetch_add(1, std::memory_order_relaxed);
    invitation.assessment_id = asked.assessment_id;
    invitation.invite_link.assign(link_prefix);
    invitation.invite_link += std::to_string(invitation.report_id);
    invitation.status.assign(status);
  }

  // The mock holds itself to the contract it serves: an answer that broke it would teach a
  // client team the wrong thing. (Test servers with planted bugs break it on purpose, after.)
  space.answer_errors.clear();
  if (!invite::validate(space.response, space.answer_errors)) {
    return refuse(problem_reply(500, "the mock built an answer that breaks the contract: " +
                                         space.answer_errors.front().path + ": " + space.answer_errors.front().message));
  }

  reply out;
  if (hooks_.edit_answer) hooks_.edit_answer(asked, space.response, out.status);
  if (out.status != 200) return refuse(problem_reply(out.status, "the server failed to answer"));
  out.content_type = "application/json";
  out.body = invite::to_json(space.response);
  return out;
}

} // namespace invite_serve
