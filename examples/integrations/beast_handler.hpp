#ifndef INVITE_EXAMPLES_INTEGRATIONS_BEAST_HANDLER_HPP_INCLUDED
#define INVITE_EXAMPLES_INTEGRATIONS_BEAST_HANDLER_HPP_INCLUDED

// POST /assessment/invite as one Boost.Beast handler, to paste into a server you have: give it
// each request your server reads and a function that creates the invitations, and write back what
// it returns. Its statuses are docs/http.md's, in that order. Read requests with Beast's
// request_parser<string_body>: its body limit (8 MB unless you lower it) bounds what a client can
// make you hold, and the library answers 413 for any body over the contract's 1 MiB.

#include <invite/invite.hpp>

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cctype>
#include <string>
#include <string_view>
#include <utility>

namespace invite_integration {

namespace http = boost::beast::http;

/// application/json in any case, with no parameter but charset=utf-8 (spaces and tabs ignored).
inline bool is_json_media_type(std::string_view type) {
  std::string bare;
  for (char c : type) {
    if (c != ' ' && c != '\t') bare += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return bare == "application/json" || bare == "application/json;charset=utf-8" || bare == "application/json;charset=\"utf-8\"";
}

/// Compares every byte of `given`, so that the time taken does not tell how much of a guess was right.
inline bool same_key(std::string_view given, std::string_view expected) {
  unsigned difference = given.size() == expected.size() ? 0u : 1u;
  for (std::size_t i = 0; i < given.size(); ++i) {
    difference |= static_cast<unsigned char>(given[i]) ^ (i < expected.size() ? static_cast<unsigned char>(expected[i]) : 0u);
  }
  return difference == 0 && !given.empty();
}

/// The answer to `request`. `create_invites(const invite::request&)` returns the invite::response
/// your service made for a valid request; it is held to the contract before it is sent.
template <class CreateInvites>
http::response<http::string_body> answer_invite(const http::request<http::string_body>& request, std::string_view api_key,
                                                CreateInvites&& create_invites) {
  const auto reply = [&](http::status status, std::string_view media_type, std::string body) {
    http::response<http::string_body> out{status, request.version()};
    out.set(http::field::content_type, media_type);
    if (status == http::status::method_not_allowed) out.set(http::field::allow, "POST");
    if (status == http::status::unauthorized) out.set(http::field::www_authenticate, "apiKey header=\"apiKey\"");
    out.keep_alive(request.keep_alive());
    out.body() = std::move(body);
    out.prepare_payload();
    return out;
  };
  const auto refuse = [&](http::status status, std::string_view detail) {
    return reply(status, invite::problem_media_type, invite::http_problem(static_cast<int>(status), detail));
  };

  const std::string_view target(request.target().data(), request.target().size());
  if (target.substr(0, target.find('?')) != "/assessment/invite") {
    return refuse(http::status::not_found, "no such resource; the endpoint is POST /assessment/invite");
  }
  if (request.method() != http::verb::post) return refuse(http::status::method_not_allowed, "/assessment/invite accepts POST only");
  const auto key = request.find("apiKey");
  if (key == request.end() || !same_key({key->value().data(), key->value().size()}, api_key)) {
    return refuse(http::status::unauthorized, "the apiKey header is missing or names no known key");
  }
  const auto type = request.find(http::field::content_type);
  if (type == request.end() || !is_json_media_type({type->value().data(), type->value().size()})) {
    return refuse(http::status::unsupported_media_type, "the body must be application/json (UTF-8)");
  }

  thread_local invite::result<invite::request> asked; // reused: once warm, a parse allocates nothing
  invite::parse_request(request.body(), asked);
  if (!asked) {
    return reply(http::int_to_status(static_cast<unsigned>(invite::problem_status(asked.errors()))),
                 invite::problem_media_type, invite::problem_details(asked.errors(), request.body()));
  }
  const invite::response answer = create_invites(*asked);
  if (!invite::validate(answer).empty()) {
    return refuse(http::status::internal_server_error, "the service built an answer that breaks the contract");
  }
  return reply(http::status::ok, "application/json", invite::to_json(answer));
}

} // namespace invite_integration

#endif // INVITE_EXAMPLES_INTEGRATIONS_BEAST_HANDLER_HPP_INCLUDED
