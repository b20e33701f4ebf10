// Every row and fine point of docs/contract.md, through the public functions. Expected errors are
// written from the contract's text; each case names the rule it holds the library to.

#include <invite/invite.hpp>

#include <invite_test/document_builders.hpp>
#include <invite_test/error_listing.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using invite_test::code_and_path;
using invite_test::errors_of;
using Errors = std::vector<code_and_path>;

namespace {

Errors request_errors(const std::string& json, const invite::parse_options& options = {}) {
  const auto result = invite::parse_request(json, options);
  INFO(json.substr(0, 300));
  INFO(invite_test::describe_errors(result.errors()));
  CHECK(static_cast<bool>(result) == result.errors().empty());
  return errors_of(result);
}

Errors response_errors(const std::string& json, const invite::parse_options& options = {}) {
  const auto result = invite::parse_response(json, options);
  INFO(invite_test::describe_errors(result.errors()));
  CHECK(static_cast<bool>(result) == result.errors().empty());
  return errors_of(result);
}

const std::string valid_request =
    R"({"assessment_id":42,"invite_format":"sendlink","expiry_date":"2024-12-31 18:30",)"
    R"("candidates":[{"name":"Ada Lovelace","email":"ada@example.com"}]})";

} // namespace

TEST_CASE("a complete valid request parses to its values", "[contract][request]") {
  const auto result = invite::parse_request(valid_request);
  REQUIRE(result);
  CHECK(result->assessment_id == 42);
  CHECK(result->invite_format == invite::format::sendlink);
  REQUIRE(result->expiry_date.has_value());
  using namespace date;
  CHECK(*result->expiry_date == local_days{2024_y / December / 31} + std::chrono::hours{18} + std::chrono::minutes{30});
  REQUIRE(result->candidates.size() == 1);
  CHECK(result->candidates[0].name == "Ada Lovelace");
  CHECK(result->candidates[0].email == "ada@example.com");
}

TEST_CASE("the root must be an object", "[contract][request][type_mismatch]") {
  for (const char* root : {"[]", "[1,2]", "\"x\"", "5", "true", "null", " 5 "}) {
    CHECK(request_errors(root) == Errors{{"type_mismatch", ""}});
    CHECK(response_errors(root) == Errors{{"type_mismatch", ""}});
  }
}

TEST_CASE("assessment_id: required integer literal from 1 to 2^63-1", "[contract][request][assessment_id]") {
  const std::string format = R"("getlink")";
  CHECK(request_errors(invite_test::request_with_root("1", format)).empty());
  CHECK(request_errors(invite_test::request_with_root("9223372036854775807", format)).empty());
  for (const char* out_of_range : {"0", "-0", "-4", "9223372036854775808", "-9223372036854775809",
                                   "100000000000000000000000000000000000000"}) {
    INFO(out_of_range);
    CHECK(request_errors(invite_test::request_with_root(out_of_range, format)) ==
          Errors{{"out_of_range", "/assessment_id"}});
  }
  for (const char* not_integer : {"\"12\"", "12.0", "1e3", "1E3", "1e400", "-1.5", "true", "null", "[1]", "{}"}) {
    INFO(not_integer);
    CHECK(request_errors(invite_test::request_with_root(not_integer, format)) ==
          Errors{{"type_mismatch", "/assessment_id"}});
  }
  const auto parsed = invite::parse_request(invite_test::request_with_root("9223372036854775807", format));
  REQUIRE(parsed);
  CHECK(parsed->assessment_id == 9223372036854775807LL);
  CHECK(request_errors(R"({"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})") ==
        Errors{{"missing_field", "/assessment_id"}});
}

TEST_CASE("invite_format: exactly getlink or sendlink after unescaping", "[contract][request][invite_format]") {
  CHECK(request_errors(invite_test::request_with_root("1", R"("getlink")")).empty());
  CHECK(request_errors(invite_test::request_with_root("1", R"("sendlink")")).empty());
  CHECK(request_errors(invite_test::request_with_root("1", R"("getl\u0069nk")")).empty());
  CHECK(request_errors(invite_test::request_with_root("1", R"("\u0073endlink")")).empty());
  for (const char* wrong : {R"("GetLink")", R"("getlink ")", R"("")", R"("get link")", R"("link")"}) {
    INFO(wrong);
    CHECK(request_errors(invite_test::request_with_root("1", wrong)) == Errors{{"invalid_enum", "/invite_format"}});
  }
  for (const char* wrong_type : {"1", "null", "[\"getlink\"]", "false"}) {
    CHECK(request_errors(invite_test::request_with_root("1", wrong_type)) == Errors{{"type_mismatch", "/invite_format"}});
  }
  const auto result = invite::parse_request(invite_test::request_with_root("1", R"("GETLINK")"));
  REQUIRE(result.errors().size() == 1);
  // The message lists the allowed values.
  CHECK(result.errors()[0].message.find("\"getlink\"") != std::string::npos);
  CHECK(result.errors()[0].message.find("\"sendlink\"") != std::string::npos);
  CHECK(request_errors(R"({"assessment_id":1,"candidates":[{"name":"A","email":"a@b.c"}]})") ==
        Errors{{"missing_field", "/invite_format"}});
}

TEST_CASE("expiry_date: optional, null is absent, exactly YYYY-MM-DD HH:MM of a real minute",
          "[contract][request][expiry_date]") {
  const auto with_expiry = [](const std::string& value) {
    return invite_test::request_with_root("1", R"("getlink")", ",\"expiry_date\":" + value);
  };
  for (const char* valid : {R"("2024-02-29 00:00")", R"("2000-02-29 12:00")", R"("0000-02-29 00:00")",
                            R"("2023-12-31 23:59")", R"("9999-12-31 23:59")", R"("2024-01-01 00:00")"}) {
    INFO(valid);
    CHECK(request_errors(with_expiry(valid)).empty());
  }
  for (const char* invalid : {R"("2023-02-29 00:00")", R"("1900-02-29 00:00")", R"("2024-12-31 24:00")",
                              R"("2024-12-31 23:60")", R"("2024-13-01 10:00")", R"("2024-04-31 10:00")",
                              R"("2024-12-31T18:30")", R"("2024-12-31 18:30:00")", R"("2024-12-31 18:30Z")",
                              R"(" 2024-12-31 18:30")", R"("2024-12-31 18:30 ")", R"("2024-1-31 18:30")",
                              R"("")", R"("2024-12-31  18:30")"}) {
    INFO(invalid);
    CHECK(request_errors(with_expiry(invalid)) == Errors{{"invalid_datetime", "/expiry_date"}});
  }
  for (const char* wrong_type : {"20241231", "true", "[]", "{}"}) {
    CHECK(request_errors(with_expiry(wrong_type)) == Errors{{"type_mismatch", "/expiry_date"}});
  }
  const auto with_null = invite::parse_request(with_expiry("null"));
  REQUIRE(with_null);
  CHECK_FALSE(with_null->expiry_date.has_value());
  const auto without = invite::parse_request(invite_test::request_with_root("1", R"("getlink")"));
  REQUIRE(without);
  CHECK_FALSE(without->expiry_date.has_value());
}

TEST_CASE("candidates: required array of 1 to 500 items", "[contract][request][candidates]") {
  using invite_test::candidate_items;
  using invite_test::request_with_candidates;
  CHECK(request_errors(request_with_candidates("")) == Errors{{"too_short", "/candidates"}});
  CHECK(request_errors(request_with_candidates(candidate_items(1))).empty());
  CHECK(request_errors(request_with_candidates(candidate_items(500))).empty());
  CHECK(request_errors(request_with_candidates(candidate_items(501))) == Errors{{"too_long", "/candidates"}});

  // Items past the 500th are neither stored nor checked (beyond well-formedness).
  const std::string broken_501st = request_with_candidates(candidate_items(500) + R"(,{"name":5,"bogus":1})");
  CHECK(request_errors(broken_501st) == Errors{{"too_long", "/candidates"}});
  const auto capped = invite::parse_request(request_with_candidates(candidate_items(510)));
  CHECK(capped->candidates.size() == 500);
  // ...but they must still be well-formed JSON.
  CHECK(request_errors(request_with_candidates(candidate_items(500) + R"(,{"name":tru})")) ==
        Errors{{"invalid_json", ""}});

  CHECK(request_errors(R"({"assessment_id":1,"invite_format":"getlink"})") == Errors{{"missing_field", "/candidates"}});
  for (const char* wrong : {"{}", "\"x\"", "null", "3"}) {
    CHECK(request_errors(std::string(R"({"assessment_id":1,"invite_format":"getlink","candidates":)") + wrong + "}") ==
          Errors{{"type_mismatch", "/candidates"}});
  }
  // A non-object item is a type mismatch at its index; it still counts as an item.
  CHECK(request_errors(request_with_candidates(R"("ada@example.com",{"name":"B","email":"b@x.io"},7)")) ==
        Errors{{"type_mismatch", "/candidates/0"}, {"type_mismatch", "/candidates/2"}});
}

TEST_CASE("candidate name: either name or candidate_name, text rules", "[contract][request][name]") {
  using invite_test::repeat;
  using invite_test::request_with_name;
  CHECK(request_errors(request_with_name("\"A\"")).empty());
  CHECK(request_errors(request_with_name("\" Ada \"")).empty());
  CHECK(request_errors(request_with_name("\"" + repeat("a", 255) + "\"")).empty());
  CHECK(request_errors(request_with_name("\"" + repeat("é", 255) + "\"")).empty());  // 510 octets, 255 code points
  CHECK(request_errors(request_with_name("\"" + repeat("😀", 255) + "\"")).empty());
  CHECK(request_errors(request_with_name("\"" + repeat("\\u00e9", 255) + "\"")).empty());
  CHECK(request_errors(request_with_name("\"" + repeat("a", 256) + "\"")) == Errors{{"too_long", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"" + repeat("é", 256) + "\"")) == Errors{{"too_long", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"\"")) == Errors{{"too_short", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"   \"")) == Errors{{"too_short", "/candidates/0/name"}});
  // Only U+0020 counts as a space: a tab alone is a control character, not blank.
  CHECK(request_errors(request_with_name("\"\\t\"")) == Errors{{"invalid_characters", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"a\\u0000b\"")) == Errors{{"invalid_characters", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"a\\u001fb\"")) == Errors{{"invalid_characters", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"a\x7f" "b\"")) == Errors{{"invalid_characters", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"a\\u007fb\"")) == Errors{{"invalid_characters", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"a\\u0080b\"")).empty());
  CHECK(request_errors(request_with_name("\"\\u00a0\"")).empty()); // no-break space is not U+0020
  // One error per rule broken.
  CHECK(request_errors(request_with_name("\"" + repeat("a", 299) + "\\t\"")) ==
        Errors{{"too_long", "/candidates/0/name"}, {"invalid_characters", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("\"" + repeat(" ", 300) + "\"")) ==
        Errors{{"too_short", "/candidates/0/name"}, {"too_long", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("5")) == Errors{{"type_mismatch", "/candidates/0/name"}});
  CHECK(request_errors(request_with_name("null")) == Errors{{"type_mismatch", "/candidates/0/name"}});
}

TEST_CASE("candidate email: either email or candidate_email, WHATWG and octet limits",
          "[contract][request][email]") {
  using invite_test::repeat;
  using invite_test::request_with_email;
  for (const std::string& valid : std::vector<std::string>{"a@b", "first.last@example.com", "o'neil+tag@sub.example.co",
                                  "!#$%&'*+/=?^_`{|}~-@example.com", repeat("l", 64) + "@example.com",
                                  repeat("l", 64) + "@" + repeat("d", 63) + "." + repeat("e", 63) + "." +
                                      repeat("f", 57)}) {
    INFO(valid);
    REQUIRE(valid.size() <= 254);
    CHECK(request_errors(request_with_email("\"" + valid + "\"")).empty());
  }
  const std::string whole_255 = repeat("l", 64) + "@" + repeat("d", 63) + "." + repeat("e", 63) + "." + repeat("f", 62);
  REQUIRE(whole_255.size() == 255);
  for (const std::string& invalid : std::vector<std::string>{std::string("plain"), std::string("a@"), std::string("@b.c"),
                                    std::string("a b@c.d"), std::string("a@b..c"), std::string("a@-b.c"),
                                    std::string("a@b-.c"), std::string("\\\"q\\\"@b.c"), std::string("a@[1.2.3.4]"),
                                    std::string("é@b.c"), std::string("a@b@c"), repeat("l", 65) + "@example.com",
                                    whole_255, std::string("a@") + repeat("d", 64) + ".com", std::string("")}) {
    INFO(invalid);
    CHECK(request_errors(request_with_email("\"" + invalid + "\"")) == Errors{{"invalid_email", "/candidates/0/email"}});
  }
  CHECK(request_errors(request_with_email("42")) == Errors{{"type_mismatch", "/candidates/0/email"}});
}

TEST_CASE("aliases: either name per field, mixed freely, never both", "[contract][request][alias]") {
  using invite_test::request_with_candidates;
  const auto mixed = invite::parse_request(request_with_candidates(
      R"({"name":"A","candidate_email":"a@x.io"},{"candidate_name":"B","email":"b@x.io"},)"
      R"({"candidate_name":"C","candidate_email":"c@x.io"})"));
  REQUIRE(mixed);
  CHECK(mixed->candidates[0] == invite::candidate{"A", "a@x.io"});
  CHECK(mixed->candidates[1] == invite::candidate{"B", "b@x.io"});
  CHECK(mixed->candidates[2] == invite::candidate{"C", "c@x.io"});

  // Both names: the first is used and checked; the later one is reported at its own path.
  const auto both = invite::parse_request(request_with_candidates(R"({"name":"A","email":"a@x.io","candidate_name":5})"));
  CHECK(errors_of(both) == Errors{{"alias_conflict", "/candidates/0/candidate_name"}});
  CHECK(both->candidates[0].name == "A");
  CHECK(request_errors(request_with_candidates(R"({"candidate_email":"a@x.io","name":"A","email":"bad"})")) ==
        Errors{{"alias_conflict", "/candidates/0/email"}});

  // Paths use the spelling of the input; a missing field uses its canonical name.
  CHECK(request_errors(request_with_candidates(R"({"candidate_name":"","candidate_email":"nope"})")) ==
        Errors{{"too_short", "/candidates/0/candidate_name"}, {"invalid_email", "/candidates/0/candidate_email"}});
  CHECK(request_errors(request_with_candidates(R"({"candidate_email":"a@x.io"})")) ==
        Errors{{"missing_field", "/candidates/0/name"}});
  CHECK(request_errors(request_with_candidates(R"({})")) ==
        Errors{{"missing_field", "/candidates/0/name"}, {"missing_field", "/candidates/0/email"}});
  // Aliases belong to candidates only: invitations and the request root accept no others.
  CHECK(response_errors(invite_test::response_with_invitation("", "").insert(13, "\"candidate_name\":\"A\",")) ==
        Errors{{"unknown_field", "/invites/0/candidate_name"}});
}

TEST_CASE("e-mails are unique within a request, ignoring ASCII case, among valid ones",
          "[contract][request][duplicate_value]") {
  using invite_test::request_with_candidates;
  CHECK(request_errors(request_with_candidates(
            R"({"name":"A","email":"ada@example.com"},{"name":"B","email":"bob@example.com"},)"
            R"({"name":"C","candidate_email":"ADA@Example.COM"})")) ==
        Errors{{"duplicate_value", "/candidates/2/candidate_email"}});
  // Non-ASCII letters are not folded.
  CHECK(request_errors(request_with_candidates(R"({"name":"A","email":"a@x.io"},{"name":"B","email":"A@X.IO"},{"name":"C","email":"a@x.io"})")) ==
        Errors{{"duplicate_value", "/candidates/1/email"}, {"duplicate_value", "/candidates/2/email"}});
  // An invalid e-mail takes no part in uniqueness.
  CHECK(request_errors(request_with_candidates(R"({"name":"A","email":"not an email"},{"name":"B","email":"not an email"})")) ==
        Errors{{"invalid_email", "/candidates/0/email"}, {"invalid_email", "/candidates/1/email"}});
  // Items past the 500th take no part either.
  CHECK(request_errors(request_with_candidates(invite_test::candidate_items(500) + R"(,{"name":"X","email":"c0@example.com"})")) ==
        Errors{{"too_long", "/candidates"}});
  // The message names the earlier item by its canonical path, not the later one's.
  const auto dup = invite::parse_request(request_with_candidates(
      R"({"name":"A","email":"x@example.com"},{"name":"B","email":"y@example.com"},{"name":"C","candidate_email":"X@example.com"})"));
  REQUIRE(dup.errors().size() == 1);
  CHECK(dup.errors()[0].message ==
        "\"candidate_email\": expected a value not used before in this array (compared ignoring ASCII case), "
        "found \"X@example.com\", already at /candidates/0/email");
  // Responses may repeat e-mails.
  const std::string two = "{\"invites\":[" + invite_test::invitation_json() + "," + invite_test::invitation_json() + "]}";
  CHECK(response_errors(two).empty());
}

TEST_CASE("unknown fields: reported at their path by default, ignored when allowed",
          "[contract][unknown_field]") {
  using invite_test::request_with_candidates;
  const std::string doc = request_with_candidates(R"({"name":"A","email":"a@x.io","phone":{"deep":[1,{"k":2}]}})",
                                                  R"("a/b~c":1,)");
  CHECK(request_errors(doc) == Errors{{"unknown_field", "/a~1b~0c"}, {"unknown_field", "/candidates/0/phone"}});
  invite::parse_options allow;
  allow.allow_unknown_fields = true;
  CHECK(request_errors(doc, allow).empty());
  // Keys are compared decoded: an escaped spelling of a known key is that key.
  CHECK(request_errors(R"({"\u0061ssessment_id":1,"invite_format":"getlink","candidates":[{"n\u0061me":"A","email":"a@x.io"}]})").empty());
  // The empty key is a legal JSON key: its pointer is "/".
  CHECK(request_errors(request_with_candidates(invite_test::candidate_items(1), R"("":0,)")) == Errors{{"unknown_field", "/"}});
}

TEST_CASE("duplicate keys: the second is reported, the first is used", "[contract][duplicate_field]") {
  using invite_test::request_with_candidates;
  const auto twice = invite::parse_request(R"({"assessment_id":1,"assessment_id":"x","invite_format":"getlink","candidates":[{"name":"A","email":"a@x.io"}]})");
  CHECK(errors_of(twice) == Errors{{"duplicate_field", "/assessment_id"}});
  CHECK(twice->assessment_id == 1);
  CHECK(request_errors(request_with_candidates(R"({"name":"A","name":"B","email":"a@x.io"})")) ==
        Errors{{"duplicate_field", "/candidates/0/name"}});
  // Two names, then one of them again: the alias conflicts, the repeat is a duplicate key.
  CHECK(request_errors(request_with_candidates(R"({"email":"a@x.io","candidate_email":"b@x.io","candidate_email":"c@x.io","name":"A"})")) ==
        Errors{{"alias_conflict", "/candidates/0/candidate_email"}, {"duplicate_field", "/candidates/0/candidate_email"}});
  // Undeclared keys repeat too.
  CHECK(request_errors(request_with_candidates(invite_test::candidate_items(1), R"("x":1,"x":2,)")) ==
        Errors{{"unknown_field", "/x"}, {"duplicate_field", "/x"}});
  invite::parse_options allow;
  allow.allow_unknown_fields = true;
  CHECK(request_errors(request_with_candidates(invite_test::candidate_items(1), R"("x":1,"x":2,)"), allow) ==
        Errors{{"duplicate_field", "/x"}});
  // Keys inside ignored values are never reported.
  CHECK(request_errors(request_with_candidates(invite_test::candidate_items(1), R"("x":{"k":1,"k":2},)"), allow).empty());
}

TEST_CASE("errors are collected in document order, missing fields last per object", "[contract][order]") {
  const std::string doc =
      R"({"candidates":[{"email":"bad","zzz":1},{"name":"","email":"b@x.io"}],"invite_format":"x","assessment_id":0})";
  CHECK(request_errors(doc) == Errors{{"invalid_email", "/candidates/0/email"},
                                      {"unknown_field", "/candidates/0/zzz"},
                                      {"missing_field", "/candidates/0/name"},
                                      {"too_short", "/candidates/1/name"},
                                      {"invalid_enum", "/invite_format"},
                                      {"out_of_range", "/assessment_id"}});
}

TEST_CASE("errors carry a byte offset of the offending value, key or object", "[contract][offset]") {
  const std::string doc = R"({"assessment_id":0,"invite_format":"getlink","xyz":1,"candidates":[{"name":"A"}]})";
  const auto result = invite::parse_request(doc);
  REQUIRE(result.errors().size() == 3);
  CHECK(result.errors()[0].offset == doc.find("0,"));               // the value
  CHECK(result.errors()[1].offset == doc.find("\"xyz\""));          // the key
  CHECK(result.errors()[2].offset == doc.find("{\"name\""));        // the enclosing object
  CHECK(errors_of(result) == Errors{{"out_of_range", "/assessment_id"}, {"unknown_field", "/xyz"}, {"missing_field", "/candidates/0/email"}});
  for (const auto& e : result.errors()) CHECK_FALSE(e.message.empty());
}

TEST_CASE("messages name the field, what was expected and what was found", "[contract][message]") {
  const auto result = invite::parse_request(invite_test::request_with_name("\"" + invite_test::repeat("n", 300) + "\""));
  REQUIRE(result.errors().size() == 1);
  const std::string& message = result.errors()[0].message;
  CHECK(message.find("\"name\"") != std::string::npos);
  CHECK(message.find("255") != std::string::npos);
  CHECK(message.find("300") != std::string::npos);
}

TEST_CASE("invalid_json: exactly one error, path \"\", offset in the message", "[contract][invalid_json]") {
  const std::vector<std::string> broken = {
      "", "   ", "{", "{\"assessment_id\":1,}", valid_request + "x", valid_request + "{}",
      "{\"a\":\"\\ud800\"}", "\xEF\xBB\xBF{}", "{\"a\":\"\xC3\"}", "{\"a\":[1,]}", "{'a':1}",
      "{\"a\":01}", "{\"a\":1.}", "{\"a\":tru}", "{\"a\":\"tab\there\"}", "{\"a\" 1}", "{\"a\":NaN}",
      "{\"x\":" + invite_test::repeat("[", 1024) + invite_test::repeat("]", 1024) + "}",
  };
  for (const auto& doc : broken) {
    INFO(doc.substr(0, 80));
    const auto result = invite::parse_request(doc);
    CHECK_FALSE(result);
    REQUIRE(result.errors().size() == 1);
    CHECK(result.errors()[0].code == invite::error_code::invalid_json);
    CHECK(result.errors()[0].path.empty());
    CHECK(result.errors()[0].offset <= doc.size());
    CHECK(result.errors()[0].message.find("byte " + std::to_string(result.errors()[0].offset)) != std::string::npos);
  }
  // 1024 levels deep is allowed (the root object is the first level).
  invite::parse_options allow;
  allow.allow_unknown_fields = true;
  const std::string deepest = "{\"x\":" + invite_test::repeat("[", 1023) + invite_test::repeat("]", 1023) + "}";
  CHECK(request_errors(invite_test::request_with_candidates(invite_test::candidate_items(1), "\"x\":" + invite_test::repeat("[", 1023) + invite_test::repeat("]", 1023) + ","), allow).empty());
  CHECK(request_errors(deepest) != Errors{{"invalid_json", ""}});
  // Magnitude never makes a number ill-formed.
  CHECK(request_errors(invite_test::request_with_candidates(invite_test::candidate_items(1), R"("x":1e400,)"), allow).empty());
  // Other errors found before the syntax error are dropped.
  CHECK(request_errors(R"({"assessment_id":0,"invite_format":"no","candidates":[] ,})") == Errors{{"invalid_json", ""}});
}

TEST_CASE("invalid_json offsets point at the problem", "[contract][invalid_json][offset]") {
  const std::string doc = "{\"assessment_id\":1,\"x\":\"\xFF\"}";
  const auto result = invite::parse_request(doc);
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].offset == doc.find('\xFF'));
  const std::string escape = R"({"a":"ok \q"})";
  const auto bad_escape = invite::parse_request(escape);
  REQUIRE(bad_escape.errors().size() == 1);
  CHECK(bad_escape.errors()[0].offset == escape.find("\\q"));
}

TEST_CASE("payload_too_large is checked first and alone", "[contract][payload_too_large]") {
  invite::parse_options small;
  small.max_bytes = valid_request.size();
  CHECK(request_errors(valid_request, small).empty());
  small.max_bytes = valid_request.size() - 1;
  CHECK(request_errors(valid_request, small) == Errors{{"payload_too_large", ""}});
  CHECK(request_errors(std::string(valid_request.size(), '{'), small) == Errors{{"payload_too_large", ""}});
  const auto result = invite::parse_request(valid_request, small);
  CHECK(result.errors()[0].offset == 0);
  CHECK(invite::parse_options{}.max_bytes == 1048576);
}

TEST_CASE("max_errors caps the list, not the verdict", "[contract][max_errors]") {
  const std::string many = invite_test::request_with_candidates(invite_test::repeat(R"({"name":"","email":"x"},)", 60) +
                                                                R"({"name":"","email":"x"})");
  CHECK(invite::parse_request(many).errors().size() == 100);
  invite::parse_options three;
  three.max_errors = 3;
  const auto capped = invite::parse_request(many, three);
  CHECK_FALSE(capped);
  CHECK(errors_of(capped) == Errors{{"too_short", "/candidates/0/name"}, {"invalid_email", "/candidates/0/email"}, {"too_short", "/candidates/1/name"}});
  invite::parse_options none;
  none.max_errors = 0;
  const auto silent = invite::parse_request(many, none);
  CHECK_FALSE(silent);
  CHECK(silent.errors().empty());
  // An array's size error belongs before its items' errors, and survives the cap.
  const std::string long_and_broken = invite_test::request_with_candidates(invite_test::repeat(R"({"name":"","email":"x"},)", 500) + "{}");
  const auto first = invite::parse_request(long_and_broken, three);
  REQUIRE(first.errors().size() == 3);
  CHECK(errors_of(first)[0] == code_and_path{"too_long", "/candidates"});
  // validate() caps the same way: the size error, found after the items, takes the place of the
  // last item error the cap had let in. (The parse above kept only the first 500 candidates.)
  invite::request too_many;
  too_many.assessment_id = 1;
  too_many.candidates.assign(501, invite::candidate{"", "x"});
  CHECK(invite_test::codes_and_paths(invite::validate(too_many, 3)) == invite_test::codes_and_paths(first.errors()));
  CHECK(invite_test::codes_and_paths(invite::validate(too_many, 1)) == "too_long@/candidates");
}

TEST_CASE("response: every invitation member and its rule", "[contract][response]") {
  using invite_test::response_with_invitation;
  CHECK(response_errors(response_with_invitation("", "")).empty());
  for (const char* id : {"report_id", "candidate_id", "assessment_id"}) {
    INFO(id);
    const std::string path = std::string("/invites/0/") + id;
    CHECK(response_errors(response_with_invitation(id, "1")).empty());
    CHECK(response_errors(response_with_invitation(id, "9223372036854775807")).empty());
    CHECK(response_errors(response_with_invitation(id, "0")) == Errors{{"out_of_range", path}});
    CHECK(response_errors(response_with_invitation(id, "9223372036854775808")) == Errors{{"out_of_range", path}});
    CHECK(response_errors(response_with_invitation(id, "\"5\"")) == Errors{{"type_mismatch", path}});
    CHECK(response_errors(response_with_invitation(id, "5.0")) == Errors{{"type_mismatch", path}});
  }
  CHECK(response_errors(response_with_invitation("name", "\"\"")) == Errors{{"too_short", "/invites/0/name"}});
  CHECK(response_errors(response_with_invitation("name", "\"a\\tb\"")) == Errors{{"invalid_characters", "/invites/0/name"}});
  CHECK(response_errors(response_with_invitation("email", "\"nope\"")) == Errors{{"invalid_email", "/invites/0/email"}});
  CHECK(response_errors(response_with_invitation("status", "\"\"")) == Errors{{"too_short", "/invites/0/status"}});
  CHECK(response_errors(response_with_invitation("status", "\" \"")).empty());
  CHECK(response_errors(response_with_invitation("status", "\"sent\\n\"")).empty());
  CHECK(response_errors(response_with_invitation("status", "7")) == Errors{{"type_mismatch", "/invites/0/status"}});
}

TEST_CASE("response: invite_link is an absolute http(s) URL with a host", "[contract][response][invite_link]") {
  using invite_test::repeat;
  using invite_test::response_with_invitation;
  const std::string base = "https://x.io/";
  for (const std::string& valid : std::vector<std::string>{std::string("http://x"), std::string("HTTPS://X.IO/a?b=c#d"), std::string("hTTp://h:8080/p"),
                                  base + repeat("a", 2048 - base.size())}) {
    INFO(valid);
    CHECK(response_errors(response_with_invitation("invite_link", "\"" + valid + "\"")).empty());
  }
  for (const std::string& invalid : std::vector<std::string>{std::string("https:x.io"), std::string("https:///x.io"), std::string("https://"),
                                    std::string("ftp://x.io"), std::string("//x.io"), std::string("x.io"),
                                    std::string("https://x.io/a b"), std::string("https://x.io/\\t"),
                                    std::string("https://x.io/é"), std::string(""), base + repeat("a", 2049 - base.size())}) {
    INFO(invalid);
    CHECK(response_errors(response_with_invitation("invite_link", "\"" + invalid + "\"")) == Errors{{"invalid_url", "/invites/0/invite_link"}});
  }
  CHECK(response_errors(response_with_invitation("invite_link", "5")) == Errors{{"type_mismatch", "/invites/0/invite_link"}});
}

TEST_CASE("response: invites breaks like candidates", "[contract][response][invites]") {
  const auto invites_of = [](std::size_t count) {
    std::string items;
    for (std::size_t i = 0; i < count; ++i) items += (i ? "," : "") + invite_test::invitation_json();
    return "{\"invites\":[" + items + "]}";
  };
  CHECK(response_errors(invites_of(0)) == Errors{{"too_short", "/invites"}});
  CHECK(response_errors(invites_of(1)).empty());
  CHECK(response_errors(invites_of(500)).empty());
  CHECK(response_errors(invites_of(501)) == Errors{{"too_long", "/invites"}});
  CHECK(response_errors("{}") == Errors{{"missing_field", "/invites"}});
  CHECK(response_errors("{\"invites\":{}}") == Errors{{"type_mismatch", "/invites"}});
  std::string missing_all = "{\"invites\":[{}]}";
  CHECK(response_errors(missing_all).size() == 7);
  CHECK(response_errors(R"({"invites":[{"name":"A","email":"a@b.c","report_id":1,"candidate_id":2,"assessment_id":3,"invite_link":"http://h","status":"s","extra":1}]})") ==
        Errors{{"unknown_field", "/invites/0/extra"}});
}

TEST_CASE("a string value followed by ':' is ill-formed wherever it stands", "[contract][invalid_json]") {
  // simdjson On Demand skips such a string as if it were a key; the reader must not.
  invite::parse_options allow;
  allow.allow_unknown_fields = true;
  for (const std::string& doc : std::vector<std::string>{std::string(R"(["k":1}])"), std::string(R"({"m":"t":1}})"), std::string(R"({"x":["k":1}]})"),
                                invite_test::request_with_candidates(R"("name":"A","email":"a@x.io"})"),
                                invite_test::request_with_candidates(R"({"name":"A":"B","email":"a@x.io"})"),
                                invite_test::request_with_root("1:2", R"("getlink")")}) {
    INFO(doc);
    CHECK(request_errors(doc) == Errors{{"invalid_json", ""}});
    CHECK(request_errors(doc, allow) == Errors{{"invalid_json", ""}});
  }
}
