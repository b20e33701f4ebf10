// profiles.hpp and result<T>::notes(): a server reads requests strictly; a client reads
// responses tolerating what the contract does not declare, strict on everything it does, and
// sees each member it tolerated as a note.

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

namespace {

// (code, path, offset) of each error or note.
using Listed = std::vector<std::tuple<std::string, std::string, std::size_t>>;

Listed listed(const std::vector<invite::error>& errors) {
  Listed out;
  for (const auto& e : errors) out.emplace_back(std::string(e.name()), e.path, e.offset);
  return out;
}

std::size_t at(const std::string& text, const std::string& piece, std::size_t from = 0) {
  const std::size_t found = text.find(piece, from);
  REQUIRE(found != std::string::npos);
  return found;
}

// The response a server sends once it has added one member to each invite, as APIs do between
// versions.
std::string newer_server_response() {
  std::string json = "{\"invites\":[";
  for (int i = 0; i < 3; ++i) {
    if (i > 0) json += ',';
    json += "{\"name\":\"N" + std::to_string(i) + "\",\"email\":\"n" + std::to_string(i) +
            "@example.com\",\"report_id\":" + std::to_string(10 + i) + ",\"candidate_id\":" + std::to_string(20 + i) +
            ",\"assessment_id\":7,\"invite_link\":\"https://x.io/" + std::to_string(i) +
            "\",\"status\":\"sent\",\"expires_at\":{\"at\":\"2030-01-01\",\"zzz\":[1]}}";
  }
  return json + "]}";
}

} // namespace

TEST_CASE("an extra member in each invite: the client profile takes the response with a note each, the server "
          "profile refuses it",
          "[profiles]") {
  const std::string json = newer_server_response();
  const std::size_t first = at(json, "\"expires_at\"");
  const std::size_t second = at(json, "\"expires_at\"", first + 1);
  const std::size_t third = at(json, "\"expires_at\"", second + 1);

  const auto client = invite::parse_response(json, invite::client_profile);
  REQUIRE(client);
  CHECK(client.errors().empty());
  CHECK(client->invites.size() == 3);
  CHECK(client->invites[2].email == "n2@example.com");
  // Each note is the error the server profile reports for the member; keys nested in the
  // tolerated value are not looked into.
  CHECK(listed(client.notes()) == Listed{{"unknown_field", "/invites/0/expires_at", first},
                                         {"unknown_field", "/invites/1/expires_at", second},
                                         {"unknown_field", "/invites/2/expires_at", third}});
  CHECK(client.notes()[0].message == "\"expires_at\": not a declared field; tolerated, since unknown fields are allowed");

  const auto server = invite::parse_response(json, invite::server_profile);
  CHECK_FALSE(server);
  CHECK(listed(server.errors()) == Listed{{"unknown_field", "/invites/0/expires_at", first},
                                          {"unknown_field", "/invites/1/expires_at", second},
                                          {"unknown_field", "/invites/2/expires_at", third}});
  CHECK(server.notes().empty());
  // The server profile is the strict default.
  CHECK(listed(invite::parse_response(json).errors()) == listed(server.errors()));
}

TEST_CASE("the client profile stays strict on everything declared", "[profiles]") {
  std::string json = newer_server_response();
  json.replace(json.find("\"assessment_id\":7"), 17, "\"assessment_id\":\"7\"");
  json.replace(json.find("https://x.io/1"), 14, "ftp://x.io/1");
  const auto client = invite::parse_response(json, invite::client_profile);
  CHECK_FALSE(client);
  CHECK(listed(client.errors()) == Listed{{"type_mismatch", "/invites/0/assessment_id", at(json, "\"7\"")},
                                          {"invalid_url", "/invites/1/invite_link", at(json, "\"ftp://")}});
  CHECK(client.notes().size() == 3); // what was tolerated is still said

  // A key given twice is duplicate_field whether it is declared or not; only the first of an
  // undeclared pair is tolerated.
  const std::string twice = R"({"invites":[{"name":"A","email":"a@x.io","report_id":1,"candidate_id":2,)"
                            R"("assessment_id":3,"invite_link":"https://x.io","status":"s","x":1,"x":2}],"v":2})";
  const auto repeated = invite::parse_response(twice, invite::client_profile);
  CHECK(listed(repeated.errors()) == Listed{{"duplicate_field", "/invites/0/x", at(twice, "\"x\":2")}});
  CHECK(listed(repeated.notes()) == Listed{{"unknown_field", "/invites/0/x", at(twice, "\"x\":1")},
                                           {"unknown_field", "/v", at(twice, "\"v\"")}});
}

TEST_CASE("notes: the undeclared keys of requests too, as written, at most max_notes, none for a text that is "
          "not taken",
          "[profiles]") {
  const std::string json = R"({"a~/b":1,"assessment_id":1,"invite_format":"getlink",)"
                           R"("candidates":[{"name":"A","email":"a@x.io","ph\u006fne":"1"}]})";
  const auto noted = invite::parse_request(json, invite::client_profile);
  REQUIRE(noted);
  CHECK(listed(noted.notes()) == Listed{{"unknown_field", "/a~0~1b", 1},
                                        {"unknown_field", "/candidates/0/phone", at(json, "\"ph\\u006fne\"")}});
  CHECK(noted.notes()[1].message.rfind("\"phone\": ", 0) == 0);

  invite::parse_options one = invite::client_profile;
  one.max_notes = 1;
  CHECK(invite::parse_request(json, one).notes().size() == 1);
  invite::parse_options none = invite::client_profile;
  none.max_notes = 0;
  const auto quiet = invite::parse_request(json, none);
  CHECK(quiet);
  CHECK(quiet.notes().empty());

  // A kept result's notes are the last document's alone, whatever it was.
  invite::result<invite::request> kept;
  invite::parse_request(json, kept, invite::client_profile);
  CHECK(kept.notes().size() == 2);
  invite::parse_request(json.substr(0, json.size() - 1), kept, invite::client_profile); // cut short
  CHECK(listed(kept.errors()).size() == 1);
  CHECK(kept.notes().empty());
  invite::parse_request(json, kept, invite::client_profile);
  CHECK(kept.notes().size() == 2);
  invite::parse_options small = invite::client_profile;
  small.max_bytes = 10;
  invite::parse_request(json, kept, small); // payload_too_large
  CHECK(kept.notes().empty());
  invite::parse_request(json, kept, invite::server_profile);
  CHECK(kept.notes().empty());
  CHECK(kept.errors().size() == 2);
}

TEST_CASE("parse_options stays an aggregate: initialisation written for 0.2 compiles and means the same",
          "[profiles]") {
  const invite::parse_options old_style{true, 4096, 5};
  CHECK(old_style.allow_unknown_fields);
  CHECK(old_style.max_bytes == 4096);
  CHECK(old_style.max_errors == 5);
  CHECK(old_style.max_notes == 100);
  constexpr invite::parse_options client = invite::client_profile;
  static_assert(client.allow_unknown_fields && client.max_bytes == invite::parse_options{}.max_bytes &&
                client.max_errors == invite::parse_options{}.max_errors);
  static_assert(!invite::server_profile.allow_unknown_fields);
}
