// examples/integrations/beast_handler.hpp: the handler a user pastes into a Boost.Beast server,
// fed one request object of each kind docs/http.md lists, its answers judged by the library.

#include "beast_handler.hpp"

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <boost/beast/http/field.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace http = boost::beast::http;

constexpr std::string_view key = "handler-test-key";
constexpr std::string_view valid_body =
    R"({"assessment_id":7,"invite_format":"sendlink","candidates":[{"name":"Ada","email":"ada@example.com"},{"candidate_name":"Alan","candidate_email":"alan@example.com"}]})";

http::request<http::string_body> request_for(std::string_view body, http::verb method = http::verb::post,
                                             std::string_view target = "/assessment/invite") {
  http::request<http::string_body> out{method, std::string(target), 11};
  out.set("apiKey", key);
  out.set(http::field::content_type, "application/json");
  out.body() = std::string(body);
  out.prepare_payload();
  return out;
}

// A service that makes one invitation per candidate, numbered from 1.
invite::response faithful(const invite::request& asked) {
  invite::response out;
  std::int64_t id = 0;
  for (const invite::candidate& person : asked.candidates) {
    ++id;
    out.invites.push_back({person.name, person.email, id, id + 100, asked.assessment_id,
                           "https://invite.example/i/" + std::to_string(id), "email_sent"});
  }
  return out;
}

http::response<http::string_body> answer(const http::request<http::string_body>& request) {
  return invite_integration::answer_invite(request, key, faithful);
}

std::string header(const http::response<http::string_body>& response, http::field name) {
  const auto found = response.find(name);
  return found == response.end() ? std::string("(none)") : std::string(found->value());
}

// A problem+json answer with this status, as the library writes it.
void check_problem(const http::response<http::string_body>& response, unsigned status) {
  CHECK(response.result_int() == status);
  CHECK(header(response, http::field::content_type) == invite::problem_media_type);
  CHECK(response.body().find("\"status\":" + std::to_string(status)) != std::string::npos);
  CHECK(header(response, http::field::content_length) == std::to_string(response.body().size()));
}

} // namespace

TEST_CASE("a valid request gets the service's invitations, which answer it", "[beast_handler]") {
  const auto response = answer(request_for(valid_body));
  REQUIRE(response.result_int() == 200);
  CHECK(header(response, http::field::content_type) == "application/json");
  const auto parsed = invite::parse_response(response.body());
  REQUIRE(parsed);
  const auto asked = invite::parse_request(valid_body);
  REQUIRE(asked);
  CHECK(invite::check_response(*asked, *parsed).empty());
  CHECK(response.body() == invite::to_json(faithful(*asked)));
  CHECK(response.keep_alive());
}

TEST_CASE("an invalid body gets 400 with the library's errors, lines and columns", "[beast_handler]") {
  const std::string body = R"({"assessment_id":0,"invite_format":"getlink","candidates":[{"name":"Ada","email":"ada@"}]})";
  const auto response = answer(request_for(body));
  check_problem(response, 400);
  const auto parsed = invite::parse_request(body);
  REQUIRE(parsed.errors().size() == 2);
  CHECK(response.body() == invite::problem_details(parsed.errors(), body));
  CHECK(response.body().find("\"pointer\":\"/candidates/0/email\"") != std::string::npos);
}

TEST_CASE("a body over the contract's 1 MiB gets 413 payload_too_large", "[beast_handler]") {
  std::string body(std::string(valid_body).substr(0, valid_body.size() - 2));
  body += ",\"padding\":\"" + std::string(invite::parse_options{}.max_bytes, 'x') + "\"}";
  const auto response = answer(request_for(body));
  check_problem(response, 413);
  CHECK(response.body().find("\"code\":\"payload_too_large\"") != std::string::npos);
}

TEST_CASE("another path is 404, a query string is ignored", "[beast_handler]") {
  check_problem(answer(request_for(valid_body, http::verb::post, "/assessment/invites")), 404);
  check_problem(answer(request_for(valid_body, http::verb::post, "/")), 404);
  CHECK(answer(request_for(valid_body, http::verb::post, "/assessment/invite?trace=1")).result_int() == 200);
}

TEST_CASE("another method is 405 with Allow: POST, before the key is looked at", "[beast_handler]") {
  for (const http::verb method : {http::verb::get, http::verb::put, http::verb::patch, http::verb::delete_, http::verb::head}) {
    auto request = request_for(valid_body, method);
    request.erase("apiKey");
    const auto response = answer(request);
    INFO(http::to_string(method));
    check_problem(response, 405);
    CHECK(header(response, http::field::allow) == "POST");
  }
}

TEST_CASE("a missing, empty or wrong apiKey is 401 with WWW-Authenticate, before the media type", "[beast_handler]") {
  std::vector<http::request<http::string_body>> requests;
  requests.push_back(request_for(valid_body));
  requests.back().erase("apiKey");
  for (const std::string_view wrong : {"", "handler-test-ke", "handler-test-keyy", "HANDLER-TEST-KEY"}) {
    requests.push_back(request_for(valid_body));
    requests.back().set("apiKey", wrong);
  }
  for (auto& request : requests) {
    request.set(http::field::content_type, "text/plain");
    const auto response = answer(request);
    check_problem(response, 401);
    CHECK(header(response, http::field::www_authenticate).find("apiKey") != std::string::npos);
  }
}

TEST_CASE("only application/json, with no charset or UTF-8, gets past 415", "[beast_handler]") {
  for (const std::string_view accepted : {"application/json", "Application/JSON", "application/json; charset=utf-8",
                                          "application/json;charset=\"UTF-8\""}) {
    auto request = request_for(valid_body);
    request.set(http::field::content_type, accepted);
    INFO(accepted);
    CHECK(answer(request).result_int() == 200);
  }
  std::vector<http::request<http::string_body>> refused;
  refused.push_back(request_for(valid_body));
  refused.back().erase(http::field::content_type);
  for (const std::string_view type : {"text/plain", "application/json; charset=latin1", "application/jsonp",
                                      "application/problem+json", "application/json; version=2"}) {
    refused.push_back(request_for(valid_body));
    refused.back().set(http::field::content_type, type);
  }
  for (const auto& request : refused) check_problem(answer(request), 415);
}

TEST_CASE("an answer the service got wrong is a 500, never sent as it is", "[beast_handler]") {
  const auto broken = [](const invite::request& asked) {
    invite::response out = faithful(asked);
    out.invites[0].invite_link = "ftp://invite.example/i/1";
    return out;
  };
  const auto response = invite_integration::answer_invite(request_for(valid_body), key, broken);
  check_problem(response, 500);
  CHECK(response.body().find("ftp://") == std::string::npos);
}

TEST_CASE("the answer keeps the request's HTTP version and connection", "[beast_handler]") {
  auto request = request_for(valid_body);
  request.version(10);
  request.keep_alive(false);
  const auto response = answer(request);
  CHECK(response.version() == 10);
  CHECK_FALSE(response.keep_alive());
  auto refused = request_for(valid_body, http::verb::get);
  refused.keep_alive(false);
  CHECK_FALSE(answer(refused).keep_alive());
}
