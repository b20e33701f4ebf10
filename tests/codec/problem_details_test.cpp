#include <invite/codec/problem_details.hpp>
#include <invite/invite.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The produced body, parsed by simdjson's DOM parser: what any client would see.
struct parsed_problem {
  simdjson::dom::parser parser;
  simdjson::dom::object root;

  explicit parsed_problem(const std::string& body) {
    simdjson::dom::element element;
    REQUIRE(parser.parse(body).get(element) == simdjson::SUCCESS);
    REQUIRE(element.get_object().get(root) == simdjson::SUCCESS);
  }

  std::string text(std::string_view key) {
    std::string_view value;
    REQUIRE(root[key].get_string().get(value) == simdjson::SUCCESS);
    return std::string(value);
  }
  std::int64_t number(std::string_view key) {
    std::int64_t value = 0;
    REQUIRE(root[key].get_int64().get(value) == simdjson::SUCCESS);
    return value;
  }
  simdjson::dom::array errors() {
    simdjson::dom::array value;
    REQUIRE(root["errors"].get_array().get(value) == simdjson::SUCCESS);
    return value;
  }
  std::set<std::string> keys() {
    std::set<std::string> out;
    for (auto field : root) out.emplace(field.key);
    return out;
  }
};

struct listed_error {
  std::string code, pointer, detail;
  std::uint64_t offset = 0;
};

std::vector<listed_error> errors_of(parsed_problem& problem) {
  std::vector<listed_error> out;
  for (simdjson::dom::element item : problem.errors()) {
    simdjson::dom::object object;
    REQUIRE(item.get_object().get(object) == simdjson::SUCCESS);
    std::size_t keys = 0;
    for (auto field : object) {
      (void)field;
      ++keys;
    }
    CHECK(keys == 4);
    listed_error e;
    std::string_view text;
    REQUIRE(object["code"].get_string().get(text) == simdjson::SUCCESS);
    e.code = std::string(text);
    REQUIRE(object["pointer"].get_string().get(text) == simdjson::SUCCESS);
    e.pointer = std::string(text);
    REQUIRE(object["detail"].get_string().get(text) == simdjson::SUCCESS);
    e.detail = std::string(text);
    REQUIRE(object["offset"].get_uint64().get(e.offset) == simdjson::SUCCESS);
    out.push_back(e);
  }
  return out;
}

} // namespace

TEST_CASE("a contract violation becomes a 400 with one entry per error, in order", "[problem_details]") {
  const std::string body = R"({"assessment_id": 0, "invite_format": "getlink", "candidates": [{"name": "Ada"}]})";
  const auto request = invite::parse_request(body);
  REQUIRE_FALSE(request);
  REQUIRE(request.errors().size() == 2);

  parsed_problem problem(invite::problem_details(request.errors()));
  CHECK(problem.keys() == std::set<std::string>{"type", "title", "status", "detail", "errors"});
  CHECK(problem.text("type") == "about:blank");
  CHECK(problem.text("title") == "Bad Request");
  CHECK(problem.number("status") == 400);
  CHECK(problem.text("detail") == "2 rules broken; the first: " + request.errors()[0].message);

  const auto listed = errors_of(problem);
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].code == "out_of_range");
  CHECK(listed[0].pointer == "/assessment_id");
  CHECK(listed[0].offset == body.find("0,"));
  CHECK(listed[0].detail == request.errors()[0].message);
  CHECK(listed[1].code == "missing_field");
  CHECK(listed[1].pointer == "/candidates/0/email");
  CHECK(listed[1].offset == body.find("{\"name\""));
  CHECK(listed[1].detail == request.errors()[1].message);
}

TEST_CASE("one error: its message is the problem's detail", "[problem_details]") {
  const auto request = invite::parse_request(R"({"assessment_id": 1,)");
  REQUIRE(request.errors().size() == 1);
  parsed_problem problem(invite::problem_details(request.errors()));
  CHECK(problem.number("status") == 400);
  CHECK(problem.text("detail") == request.errors()[0].message);
  const auto listed = errors_of(problem);
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].code == "invalid_json");
  CHECK(listed[0].pointer.empty());
}

TEST_CASE("payload_too_large becomes a 413", "[problem_details]") {
  invite::parse_options options;
  options.max_bytes = 10;
  const auto request = invite::parse_request(R"({"assessment_id": 1})", options);
  REQUIRE(request.errors().size() == 1);
  CHECK(invite::problem_status(request.errors()) == 413);
  parsed_problem problem(invite::problem_details(request.errors()));
  CHECK(problem.number("status") == 413);
  CHECK(problem.text("title") == "Content Too Large");
  const auto listed = errors_of(problem);
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].code == "payload_too_large");
  CHECK(listed[0].offset == 0);
}

TEST_CASE("a body exactly at max_bytes is judged, not rejected for its size", "[problem_details]") {
  const std::string body = R"({"assessment_id": 1})";
  invite::parse_options options;
  options.max_bytes = body.size();
  const auto request = invite::parse_request(body, options);
  CHECK(invite::problem_status(request.errors()) == 400);
  options.max_bytes = body.size() - 1;
  CHECK(invite::problem_status(invite::parse_request(body, options).errors()) == 413);
}

TEST_CASE("max_errors 0: an invalid document still gets a 400 with an empty list", "[problem_details]") {
  invite::parse_options options;
  options.max_errors = 0;
  const auto request = invite::parse_request("[]", options);
  REQUIRE_FALSE(request);
  REQUIRE(request.errors().empty());
  parsed_problem problem(invite::problem_details(request.errors()));
  CHECK(problem.number("status") == 400);
  CHECK(problem.text("detail") == "the document breaks the rules; its errors were not collected");
  CHECK(problem.errors().size() == 0);

  // Even an oversized one: without its error, the size verdict is not visible.
  options.max_bytes = 1;
  CHECK(invite::problem_status(invite::parse_request("[]", options).errors()) == 400);
}

TEST_CASE("pointers and messages are escaped and come back exactly", "[problem_details]") {
  // Every byte the contract escapes, RFC 6901 escapes left alone, and non-ASCII as is.
  std::string nasty = "\"quote\" \\back\\ /sl~0ash~1 \x01\x1f\x7f\b\f\n\r\t caf\xC3\xA9";
  nasty.push_back('\0');
  const std::vector<invite::error> errors = {
      {invite::error_code::unknown_field, "/" + nasty, "message: " + nasty, 7},
      {invite::error_code::invalid_characters, "/candidates/0/name", nasty, 12345678901ull},
  };
  const std::string body = invite::problem_details(errors);
  for (unsigned char c : body) CHECK(c >= 0x20); // control characters never appear raw
  CHECK(body.find('\x7f') == std::string::npos);

  parsed_problem problem(body);
  const auto listed = errors_of(problem);
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].code == "unknown_field");
  CHECK(listed[0].pointer == "/" + nasty);
  CHECK(listed[0].detail == "message: " + nasty);
  CHECK(listed[0].offset == 7);
  CHECK(listed[1].code == "invalid_characters");
  CHECK(listed[1].detail == nasty);
  CHECK(listed[1].offset == 12345678901ull);
}

TEST_CASE("any range of errors will do", "[problem_details]") {
  const std::array<invite::error, 1> one = {{{invite::error_code::too_long, "/candidates", "too many", 3}}};
  CHECK(invite::problem_details(one) == invite::problem_details(std::vector<invite::error>(one.begin(), one.end())));
  const invite::error plain[] = {{invite::error_code::payload_too_large, "", "big", 0},
                                 {invite::error_code::type_mismatch, "", "x", 0}};
  CHECK(invite::problem_status(plain) == 413);
  // appending keeps what was there
  std::string out = "prefix:";
  invite::append_problem_details(out, one);
  CHECK(out == "prefix:" + invite::problem_details(one));
}

TEST_CASE("problems before the body: 401, 404, 405, 415 and the rest", "[problem_details]") {
  const std::pair<int, std::string> statuses[] = {
      {401, "Unauthorized"}, {404, "Not Found"}, {405, "Method Not Allowed"},
      {415, "Unsupported Media Type"}, {400, "Bad Request"}, {413, "Content Too Large"},
      {431, "Request Header Fields Too Large"}, {500, "Internal Server Error"}, {503, "Service Unavailable"},
      {403, "Forbidden"}, {408, "Request Timeout"}, {411, "Length Required"}, {417, "Expectation Failed"},
      {429, "Too Many Requests"}, {501, "Not Implemented"}, {418, "Error"}, {200, "Error"}};
  for (const auto& [status, title] : statuses) {
    parsed_problem problem(invite::http_problem(status, "why: \"quoted\"\n"));
    CHECK(problem.keys() == std::set<std::string>{"type", "title", "status", "detail"});
    CHECK(problem.number("status") == status);
    CHECK(problem.text("title") == title);
    CHECK(problem.text("type") == "about:blank");
    CHECK(problem.text("detail") == "why: \"quoted\"\n");
  }
  CHECK(invite::problem_media_type == "application/problem+json");
}

TEST_CASE("bytes that are not UTF-8 still make valid JSON: each stray byte is U+FFFD", "[problem_details]") {
  // A detail or message built from a value that never went through the parser: Latin-1, a cut
  // sequence, a lone continuation byte, an overlong form, a surrogate; UTF-8 around them stays.
  const std::string detail = "caf\xE9 \xE2\x82 \x80 \xC0\xAF \xED\xA0\x80 \xC3\xA9\t";
  const std::string fffd = "\xEF\xBF\xBD";
  const std::string read_back = "caf" + fffd + " " + fffd + fffd + " " + fffd + " " + fffd + fffd + " " + fffd + fffd +
                                fffd + " \xC3\xA9\t";
  parsed_problem early(invite::http_problem(401, detail));
  CHECK(early.text("detail") == read_back);
  const std::vector<invite::error> built = {{invite::error_code::invalid_characters, "/n\xFF", detail, 0}};
  parsed_problem late(invite::problem_details(built));
  CHECK(late.text("detail") == read_back);
  const auto listed = errors_of(late);
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].pointer == "/n" + fffd);
  CHECK(listed[0].detail == read_back);
  // UTF-8 is written exactly as append_json_string writes it: only stray bytes change.
  const std::string utf8 = "Zo\xC3\xAB \xE9\x99\x88 \xF0\x9F\x98\x80 \"q\" \x7F";
  std::string lossy, exact;
  invite::spelling::append_json_string_lossy(lossy, utf8);
  invite::spelling::append_json_string(exact, utf8);
  CHECK(lossy == exact);
  CHECK(invite::http_problem(400, utf8).find(exact) != std::string::npos);
  lossy.clear();
  invite::spelling::append_json_string_lossy(lossy, std::string_view("\xFF", 1));
  CHECK(lossy == "\"\\ufffd\"");
}

TEST_CASE("the problem schema is JSON naming every error code and the members written", "[problem_details]") {
  const std::string schema = invite::problem_details_schema();
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  REQUIRE(parser.parse(schema).get(root) == simdjson::SUCCESS);
  std::string_view dialect;
  REQUIRE(root["$schema"].get_string().get(dialect) == simdjson::SUCCESS);
  CHECK(dialect == "https://json-schema.org/draft/2020-12/schema");

  std::set<std::string> required;
  for (auto name : root["required"].get_array()) required.emplace(std::string_view(name.get_string()));
  CHECK(required == std::set<std::string>{"type", "title", "status", "detail"});

  simdjson::dom::object item;
  REQUIRE(root.at_pointer("/properties/errors/items").get_object().get(item) == simdjson::SUCCESS);
  std::set<std::string> item_required;
  for (auto name : item["required"].get_array()) item_required.emplace(std::string_view(name.get_string()));
  CHECK(item_required == std::set<std::string>{"code", "pointer", "offset", "detail"});

  std::set<std::string> codes;
  for (auto code : item.at_pointer("/properties/code/enum").get_array()) codes.emplace(std::string_view(code.get_string()));
  CHECK(codes.size() == invite::error_code_count);
  CHECK(codes.count("invalid_json") == 1);
  CHECK(codes.count("invalid_characters") == 1);

  std::string_view pointer_pattern;
  REQUIRE(item.at_pointer("/properties/pointer/pattern").get_string().get(pointer_pattern) == simdjson::SUCCESS);
  CHECK(pointer_pattern == "^(?:/(?:[^~/]|~[01])*)*$(?!\\n)");
}

TEST_CASE("given the input, each error also says its line and column there", "[problem_details]") {
  // Line 3 holds the bad e-mail; "é" before it is one column, not two bytes.
  const std::string body = "{\"assessment_id\":1,\"invite_format\":\"getlink\",\n"
                           "\"candidates\":[\n"
                           "{\"name\":\"Zoé\",\"email\":\"zoe@\"}]}";
  const auto parsed = invite::parse_request(body);
  REQUIRE(parsed.errors().size() == 1);
  parsed_problem problem(invite::problem_details(parsed.errors(), body));
  auto errors = problem.errors();
  REQUIRE(errors.size() == 1);
  simdjson::dom::object entry;
  REQUIRE(errors.at(0).get_object().get(entry) == simdjson::SUCCESS);
  std::int64_t line = 0, column = 0;
  REQUIRE(entry["line"].get_int64().get(line) == simdjson::SUCCESS);
  REQUIRE(entry["column"].get_int64().get(column) == simdjson::SUCCESS);
  CHECK(line == 3);
  CHECK(column == 23); // {"name":"Zoé","email": is 22 characters; the value is the 23rd
  // Without the input, no positions are claimed.
  parsed_problem plain(invite::problem_details(parsed.errors()));
  simdjson::dom::object plain_entry;
  REQUIRE(plain.errors().at(0).get_object().get(plain_entry) == simdjson::SUCCESS);
  CHECK(plain_entry["line"].error() == simdjson::NO_SUCH_FIELD);
}

TEST_CASE("given the input, every error gets its own line and column, not the first one's", "[problem_details]") {
  // Two errors on different lines. Positions worked out by hand from text_position.hpp's
  // definition (1 + LF bytes before; 1 + characters before on the line):
  // - out_of_range: line 1 is {"assessment_id":0, and the 0 has 17 characters before it: column 18;
  // - invalid_email: line 3 is "candidates":[{"name":"Zoé","email":"zoe@"}]}; before the e-mail's
  //   opening quote come "candidates":[{ (15), "name":"Zoé", (13: é is one character, two bytes)
  //   and "email": (8), 36 characters: column 37 (38 if bytes were counted).
  const std::string body = "{\"assessment_id\":0,\n"
                           "\"invite_format\":\"getlink\",\n"
                           "\"candidates\":[{\"name\":\"Zoé\",\"email\":\"zoe@\"}]}";
  const auto parsed = invite::parse_request(body);
  parsed_problem problem(invite::problem_details(parsed.errors(), body));
  struct placed {
    std::string code, pointer;
    std::int64_t line, column;
  };
  std::vector<placed> listed;
  for (simdjson::dom::element item : problem.errors()) {
    simdjson::dom::object entry;
    REQUIRE(item.get_object().get(entry) == simdjson::SUCCESS);
    placed p{};
    std::string_view text;
    REQUIRE(entry["code"].get_string().get(text) == simdjson::SUCCESS);
    p.code = std::string(text);
    REQUIRE(entry["pointer"].get_string().get(text) == simdjson::SUCCESS);
    p.pointer = std::string(text);
    REQUIRE(entry["line"].get_int64().get(p.line) == simdjson::SUCCESS);
    REQUIRE(entry["column"].get_int64().get(p.column) == simdjson::SUCCESS);
    listed.push_back(p);
  }
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].code == "out_of_range");
  CHECK(listed[0].pointer == "/assessment_id");
  CHECK(listed[0].line == 1);
  CHECK(listed[0].column == 18);
  CHECK(listed[1].code == "invalid_email");
  CHECK(listed[1].pointer == "/candidates/0/email");
  CHECK(listed[1].line == 3);
  CHECK(listed[1].column == 37);
}
