// invite-serve's endpoint (tools/invite-serve/endpoint.hpp) as a pure function of what arrived:
// each status of docs/http.md's table from a request head or a body, with no socket.

#include "endpoint.hpp"

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view valid_body =
    R"({"assessment_id":7,"invite_format":"sendlink","candidates":[{"name":"Ada","email":"ada@example.com"},)"
    R"({"name":"Zoé","email":"zoe@example.com"}]})";

invite_serve::request_head post_head(std::optional<std::string_view> api_key,
                                     std::optional<std::string_view> content_type = "application/json") {
  invite_serve::request_head head;
  head.method = "POST";
  head.target = "/assessment/invite";
  head.api_key = api_key;
  head.content_type = content_type;
  head.content_length = valid_body.size();
  return head;
}

invite_serve::endpoint with_keys(std::vector<std::string> keys) {
  invite_serve::endpoint_settings settings;
  settings.api_keys = std::move(keys);
  return invite_serve::endpoint(std::move(settings));
}

// The status a head is screened with: 0 when it passes to the body.
int screened(const invite_serve::endpoint& target, const invite_serve::request_head& head) {
  const std::optional<invite_serve::reply> answer = target.screen(head);
  return answer ? answer->status : 0;
}

} // namespace

TEST_CASE("media type: application/json in any case, with no charset or charset=utf-8", "[endpoint]") {
  for (std::string_view json : {"application/json", "Application/JSON", "APPLICATION/JSON",
                                "application/json; charset=utf-8", "application/json;charset=UTF-8",
                                "application/json; charset=\"UTF-8\"", "application/json; Charset=Utf-8",
                                "application/json ; charset=utf-8", "application/json;", " application/json "}) {
    INFO(json);
    CHECK(invite_serve::is_json_media_type(json));
  }
  for (std::string_view other : {"", "text/plain", "application/jsonx", "application/json-patch+json",
                                 "application/problem+json", "json", "application/",
                                 "application/json; charset=latin-1", "application/json; charset=\"latin-1\"",
                                 "application/json; charset=utf-16", "application/json; charset=utf8",
                                 "application/json; charset=", "application/json; charset",
                                 "application/json; charset=utf-8; charset=latin-1", "text/plain; charset=utf-8"}) {
    INFO(other);
    CHECK_FALSE(invite_serve::is_json_media_type(other));
  }
}

TEST_CASE("a media type with parameters is screened as the header names it", "[endpoint]") {
  const invite_serve::endpoint target = with_keys({"k"});
  CHECK(screened(target, post_head("k", "application/json; charset=utf-8")) == 0);
  CHECK(screened(target, post_head("k", "application/json; charset=\"UTF-8\"")) == 0);
  const auto latin = target.screen(post_head("k", "application/json; charset=latin-1"));
  REQUIRE(latin);
  CHECK(latin->status == 415);
  CHECK(latin->content_type == "application/problem+json");
  // The answer names what arrived, so a client sees what it sent.
  CHECK(latin->body.find("charset=latin-1") != std::string::npos);
  const auto missing = target.screen(post_head("k", std::nullopt));
  REQUIRE(missing);
  CHECK(missing->status == 415);
  CHECK(missing->body.find("Content-Type is missing") != std::string::npos);
}

TEST_CASE("without configured keys: any non-empty apiKey, never a missing or empty one", "[endpoint]") {
  const invite_serve::endpoint target = with_keys({});
  CHECK(screened(target, post_head("anything")) == 0);
  for (const std::optional<std::string_view> key : {std::optional<std::string_view>{}, std::optional<std::string_view>{""}}) {
    const auto refused = target.screen(post_head(key));
    REQUIRE(refused);
    CHECK(refused->status == 401);
    CHECK(refused->challenge);
    CHECK(refused->content_type == "application/problem+json");
  }
}

TEST_CASE("with configured keys: only those, whole", "[endpoint]") {
  const invite_serve::endpoint target = with_keys({"first-key", "second-key"});
  CHECK(screened(target, post_head("first-key")) == 0);
  CHECK(screened(target, post_head("second-key")) == 0);
  for (std::string_view wrong : {"", "first-ke", "first-key2", "First-key", "third-key", "second-keyfirst-key"}) {
    INFO(wrong);
    const auto refused = target.screen(post_head(wrong));
    REQUIRE(refused);
    CHECK(refused->status == 401);
    CHECK(refused->challenge);
    CHECK(refused->body.find("names no known key") != std::string::npos);
  }
  const auto missing = target.screen(post_head(std::nullopt));
  REQUIRE(missing);
  CHECK(missing->status == 401);
  CHECK(missing->body.find("is missing") != std::string::npos);
}

TEST_CASE("keys compare byte for byte, whatever their lengths", "[endpoint]") {
  CHECK(invite_serve::matches_any_key("abc", {"x", "abc"}));
  CHECK_FALSE(invite_serve::matches_any_key("abc", {"ab", "abcd", "abd", "ABC"}));
  CHECK_FALSE(invite_serve::matches_any_key("", {"a"}));
  CHECK_FALSE(invite_serve::matches_any_key("a", {}));
  // A key that is another key followed by zero bytes is not that key.
  CHECK_FALSE(invite_serve::matches_any_key(std::string_view("abc\0", 4), {"abc"}));
}

TEST_CASE("the order of the screen: 404, 405, 401, 415, 413", "[endpoint]") {
  invite_serve::endpoint_settings settings;
  settings.api_keys = {"k"};
  settings.body_limit = 100;
  const invite_serve::endpoint target(settings);

  invite_serve::request_head head = post_head(std::nullopt, std::nullopt);
  head.method = "GET";
  head.target = "/assessment/invites";
  head.content_length = 101;
  const auto not_found = target.screen(head);
  REQUIRE(not_found);
  CHECK(not_found->status == 404);
  CHECK_FALSE(not_found->allow_post);

  head.target = "/assessment/invite?x=1#y"; // a query and a fragment do not change the path
  const auto wrong_method = target.screen(head);
  REQUIRE(wrong_method);
  CHECK(wrong_method->status == 405);
  CHECK(wrong_method->allow_post);
  CHECK_FALSE(wrong_method->challenge);

  head.method = "POST";
  CHECK(screened(target, head) == 401);
  head.api_key = "k";
  CHECK(screened(target, head) == 415);
  head.content_type = "application/json";
  const auto too_large = target.screen(head);
  REQUIRE(too_large);
  CHECK(too_large->status == 413);
  CHECK(too_large->content_type == "application/problem+json");
  // Refused from the head with the body the library gives an oversized body, message aside.
  CHECK(too_large->body.find("\"code\":\"payload_too_large\",\"pointer\":\"\",\"offset\":0") != std::string::npos);

  head.content_length = 100; // at the limit: read
  CHECK(screened(target, head) == 0);
  head.content_length.reset(); // chunked: read, and judged as it grows
  CHECK(screened(target, head) == 0);
  CHECK(invite_serve::target_path("/a?b#c") == "/a");
  CHECK(invite_serve::target_path("/a#c?b") == "/a");
}

TEST_CASE("a valid body: 200 and one invite per candidate, in order", "[endpoint]") {
  invite_serve::endpoint target = with_keys({});
  const auto asked = invite::parse_request(valid_body);
  REQUIRE(asked);
  const invite_serve::reply first = target.answer(valid_body);
  CHECK(first.status == 200);
  CHECK(first.content_type == "application/json");
  const auto answered = invite::parse_response(first.body);
  REQUIRE(answered);
  CHECK(invite::check_response(asked.value(), answered.value()).empty());
  REQUIRE(answered.value().invites.size() == 2);
  for (const invite::invitation& invitation : answered.value().invites) {
    CHECK(invitation.status == "email_sent");
    CHECK(invitation.invite_link == "https://invite.example/i/" + std::to_string(invitation.report_id));
  }
  CHECK(answered.value().invites[1].name == "Zoé");

  // Ids are never given twice in the life of the endpoint; getlink gets link_created.
  std::string getlink(valid_body);
  getlink.replace(getlink.find("sendlink"), 8, "getlink");
  const invite_serve::reply second = target.answer(getlink);
  REQUIRE(second.status == 200);
  const auto again = invite::parse_response(second.body);
  REQUIRE(again);
  CHECK(again.value().invites[0].status == "link_created");
  CHECK(again.value().invites[0].report_id > answered.value().invites[1].report_id);
  CHECK(again.value().invites[0].candidate_id > answered.value().invites[1].candidate_id);
}

TEST_CASE("an invalid body: 400 with every error, placed, and an oversized one: 413", "[endpoint]") {
  invite_serve::endpoint_settings settings;
  settings.body_limit = 200;
  invite_serve::endpoint target(settings);
  const std::string body = "{\"assessment_id\":0,\n\"invite_format\":\"getlink\",\"candidates\":[]}";
  const invite_serve::reply refused = target.answer(body);
  CHECK(refused.status == 400);
  CHECK(refused.content_type == "application/problem+json");
  CHECK_FALSE(refused.silent);
  CHECK(refused.body == invite::problem_details(invite::parse_request(body).errors(), body));
  CHECK(refused.body.find("\"line\":2") != std::string::npos); // the empty candidates list

  const invite_serve::reply too_large = target.answer(std::string(201, ' '));
  CHECK(too_large.status == 413);
  CHECK(too_large.body.find("payload_too_large") != std::string::npos);
}

TEST_CASE("the server's own failures are problems too, with the headers their status needs", "[endpoint]") {
  const invite_serve::reply unavailable = invite_serve::problem_reply(503, "busy");
  CHECK(unavailable.status == 503);
  CHECK(unavailable.content_type == "application/problem+json");
  CHECK(unavailable.body == invite::http_problem(503, "busy"));
  CHECK_FALSE(unavailable.allow_post);
  CHECK_FALSE(unavailable.challenge);
}
