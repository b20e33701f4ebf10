// invite-check driven as a process: arguments, files and standard input in; standard output,
// standard error and the exit status out. Expected codes, paths and offsets come from
// docs/contract.md; messages are the library's own (the checker must print them unchanged), so each
// case first asks the library for its errors and requires them to be the contract's.

#include "cli_harness.hpp"

#include <invite/invite.hpp>
#include <invite/version.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

using namespace cli_test;

namespace {

// ---------------------------------------------------------------------------------------------
// Documents and what the contract says about them.

// A realistic request: one candidate under the alias keys, a non-ASCII name, an expiry date.
const std::string valid_request =
    R"({"assessment_id":42,"invite_format":"sendlink","expiry_date":"2030-01-31 18:30",)"
    R"("candidates":[{"name":"Ann Lee","email":"ann@example.com"},)"
    R"({"candidate_name":"Zoë Brontë","candidate_email":"zoe@example.org"}]})";
// CONTRACT "Serialization": compact, keys in table order, canonical names only.
const std::string valid_request_canonical =
    R"({"assessment_id":42,"invite_format":"sendlink","expiry_date":"2030-01-31 18:30",)"
    R"("candidates":[{"name":"Ann Lee","email":"ann@example.com"},)"
    R"({"name":"Zoë Brontë","email":"zoe@example.org"}]})";

// Keys out of order, whitespace, a null expiry date (absent) and mixed alias spellings.
const std::string spaced_request =
    "{ \"candidates\": [ {\"candidate_email\": \"a@b.io\", \"name\": \"Ann\"} ],\n"
    "  \"expiry_date\": null, \"invite_format\": \"getlink\", \"assessment_id\": 7 }\n";
const std::string spaced_request_canonical =
    R"({"assessment_id":7,"invite_format":"getlink",)"
    R"("candidates":[{"name":"Ann","email":"a@b.io"}]})";

// Three rules broken, in document order: 0 is out of range, the enum is case-sensitive, and
// "not-an-email" has no '@'.
const std::string invalid_request =
    R"({"assessment_id":0,"invite_format":"GETLINK",)"
    R"("candidates":[{"name":"Ann","email":"not-an-email"}]})";

const std::string valid_response =
    R"({"invites":[{"name":"Ann Lee","email":"ann@example.com","report_id":11,"candidate_id":12,)"
    R"("assessment_id":42,"invite_link":"https://example.com/invite/abc","status":"invited"}]})";

std::vector<expected_error> invalid_request_errors() {
  return {{error_code::out_of_range, "/assessment_id", offset_of(invalid_request, "0,")},
          {error_code::invalid_enum, "/invite_format", offset_of(invalid_request, "\"GETLINK\"")},
          {error_code::invalid_email, "/candidates/0/email",
           offset_of(invalid_request, "\"not-an-email\"")}};
}

} // namespace

// =============================================================================================

TEST_CASE("a valid request file is reported ok with exit status 0") {
  scratch dir;
  dir.file("valid.json", valid_request);
  library_errors<invite::request>(valid_request, {});

  const auto run = dir.run({"valid.json"});
  CHECK(run.status == 0);
  CHECK(run.out == "valid.json: ok\n");
  CHECK(run.err.empty());
}

TEST_CASE("an invalid request prints one line per error in document order, exit status 1") {
  scratch dir;
  dir.file("invalid.json", invalid_request);
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto run = dir.run({"invalid.json"});
  CHECK(run.status == 1);
  CHECK(headlines(run.out) == text_report("invalid.json", invalid_request, errors));
  // Each error line is followed by its excerpt: the source line and the caret line.
  CHECK(split_lines(run.out).size() == 3 * 3);
  CHECK(run.err.empty());
}

TEST_CASE("errors at the root print an empty path: FILE:: CODE: MESSAGE") {
  scratch dir;
  dir.file("array.json", "[]");
  dir.file("empty.json", "");
  const auto not_object =
      library_errors<invite::request>("[]", {{error_code::type_mismatch, "", 0}});
  const auto empty = library_errors<invite::request>("", {{error_code::invalid_json, "", {}}});

  const auto run = dir.run({"array.json", "empty.json"});
  CHECK(run.status == 1);
  CHECK(headlines(run.out) == text_report("array.json", "[]", not_object) + text_report("empty.json", "", empty));
  const auto lines = split_lines(headlines(run.out));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].rfind("array.json:1:1: type_mismatch: ", 0) == 0);
  CHECK(lines[1].rfind("empty.json:1:1: invalid_json: ", 0) == 0);
}

TEST_CASE("several files are checked in order and one invalid file makes the status 1") {
  scratch dir;
  dir.file("a.json", valid_request);
  dir.file("b.json", invalid_request);
  dir.file("c.json", spaced_request);
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto run = dir.run({"a.json", "b.json", "c.json"});
  CHECK(run.status == 1);
  CHECK(headlines(run.out) == "a.json: ok\n" + text_report("b.json", invalid_request, errors) + "c.json: ok\n");

  const auto all_valid = dir.run({"a.json", "c.json", "a.json"});
  CHECK(all_valid.status == 0);
  CHECK(all_valid.out == "a.json: ok\nc.json: ok\na.json: ok\n");
}

TEST_CASE("standard input is read with no FILE and for a dash and is named by a dash") {
  scratch dir;
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto no_arguments = dir.run({}, valid_request);
  CHECK(no_arguments.status == 0);
  CHECK(no_arguments.out == "-: ok\n");

  const auto dash = dir.run({"-"}, invalid_request);
  CHECK(dash.status == 1);
  CHECK(headlines(dash.out) == text_report("-", invalid_request, errors));

  dir.file("valid.json", valid_request);
  const auto mixed = dir.run({"valid.json", "-"}, invalid_request);
  CHECK(mixed.status == 1);
  CHECK(headlines(mixed.out) == "valid.json: ok\n" + text_report("-", invalid_request, errors));
}

TEST_CASE("a double dash ends the options so a file may be named like one") {
  scratch dir;
  dir.file("--json", valid_request);
  const auto run = dir.run({"--", "--json", "-"}, valid_request);
  CHECK(run.status == 0);
  CHECK(run.out == "--json: ok\n-: ok\n");
}

TEST_CASE("the json report is one exact object per document that a JSON parser reads back") {
  scratch dir;
  dir.file("valid.json", valid_request);
  dir.file("invalid.json", invalid_request);
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto run = dir.run({"--json", "valid.json", "invalid.json"});
  CHECK(run.status == 1);
  CHECK(run.err.empty());
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 2);

  CHECK(lines[0] == R"({"file":"valid.json","valid":true,"errors":[]})");
  const auto first = read_json_report(lines[0]);
  CHECK(first.file == "valid.json");
  CHECK(first.valid);

  const auto second = read_json_report(lines[1]);
  CHECK(second.file == "invalid.json");
  CHECK_FALSE(second.valid);
  CHECK(second.errors == errors);
}

TEST_CASE("the json report escapes quotes, backslashes, control and non-UTF-8 bytes") {
  scratch dir;
  // Every byte but '/' and NUL may appear in a POSIX file name.
  const std::string odd_name = "we\"ird\\name\x01\x7f\t\xff z\xc3\xab.json";
  dir.file(odd_name, valid_request);

  const auto run = dir.run({"--json", odd_name});
  CHECK(run.status == 0);
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 1);
  // RFC 8259 escapes; the stray 0xFF cannot be written as JSON text and becomes U+FFFD, while
  // the valid UTF-8 of 'ë' passes through.
  CHECK(contains(lines[0], R"("file":"we\"ird\\name\u0001\u007f\t\ufffd z)"
                           "\xc3\xab"
                           R"(.json")"));
  const auto report = read_json_report(lines[0]);
  CHECK(report.file == "we\"ird\\name\x01\x7f\t\xef\xbf\xbd z\xc3\xab.json");
  CHECK(report.valid);
}

TEST_CASE("an error stays on one line in text and round-trips in the json report") {
  scratch dir;
  // The key is "a", LF, "b" once decoded: unknown_field at "/a\nb" (the pointer has no escape
  // for LF; only '~' and '/' are escaped, so "x/y" is "/x~1y").
  std::string document = valid_request;
  document.insert(1, R"("a\nb":1,"x/y":2,)");
  const auto errors = library_errors<invite::request>(
      document, {{error_code::unknown_field, "/a\nb", offset_of(document, R"("a\nb")")},
                 {error_code::unknown_field, "/x~1y", offset_of(document, R"("x/y")")}});
  dir.file("keys.json", document);

  const auto text = dir.run({"keys.json"});
  CHECK(text.status == 1);
  const auto lines = split_lines(headlines(text.out));
  REQUIRE(lines.size() == 2);
  // The first key starts at byte 1, column 2; the second after `"a\nb":1,` (9 bytes), column 11.
  CHECK(lines[0].rfind("keys.json:1:2: unknown_field: /a\\nb: ", 0) == 0);
  CHECK(lines[1].rfind("keys.json:1:11: unknown_field: /x~1y: ", 0) == 0);
  const auto is_control = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; };
  CHECK(std::none_of(text.out.begin(), text.out.end(),
                     [&](char c) { return c != '\n' && is_control(c); }));

  const auto json = dir.run({"--json", "keys.json"});
  const auto json_lines = split_lines(json.out);
  REQUIRE(json_lines.size() == 1);
  CHECK(read_json_report(json_lines[0]).errors == errors);
}

TEST_CASE("the response option checks response bodies, and a body of the other kind is said to look like one") {
  scratch dir;
  dir.file("response.json", valid_response);
  dir.file("request.json", valid_request);
  library_errors<invite::response>(valid_response, {});
  // A request is no response: its four keys are unknown, and the missing invites comes last.
  const auto key_at = [](std::string_view key) { return offset_of(valid_request, key); };
  const auto errors = library_errors<invite::response>(
      valid_request, {{error_code::unknown_field, "/assessment_id", 1},
                      {error_code::unknown_field, "/invite_format", key_at("\"invite_format\"")},
                      {error_code::unknown_field, "/expiry_date", key_at("\"expiry_date\"")},
                      {error_code::unknown_field, "/candidates", key_at("\"candidates\"")},
                      {error_code::missing_field, "/invites", 0}});

  // Said in one line instead of that pile, with what to do.
  const std::string request_hint =
      "this looks like a request body, not a response: \"assessment_id\", \"invite_format\", \"expiry_date\" and "
      "\"candidates\" are a request's, and as a request it is valid; check it without --response";
  const auto run = dir.run({"--response", "response.json", "request.json"});
  CHECK(run.status == 1);
  CHECK(run.out == "response.json: ok\nrequest.json: invalid: " + request_hint + "\n");
  // --json keeps the library's errors, and adds the hint.
  const auto json = dir.run({"--response", "--json", "request.json"});
  const auto report = read_json_report(split_lines(json.out).at(0));
  CHECK(report.errors == errors);
  CHECK(report.hint == request_hint);
  // The other CI formats say it instead of the errors too.
  CHECK(dir.run({"--response", "--format", "github", "request.json"}).out ==
        "::error file=request.json,title=invalid::" + request_hint + "\n");
  const auto junit = dir.run({"--response", "--format", "junit", "request.json"}).out;
  CHECK(junit.find("<failure type=\"invalid\" message=\"this looks like a request body, not a response: "
                   "&quot;assessment_id&quot;") != std::string::npos);

  // And the request check does not accept a response, saying what it looks like.
  const auto as_request = dir.run({"response.json"});
  CHECK(as_request.status == 1);
  CHECK(as_request.out == "response.json: invalid: this looks like a response body, not a request: \"invites\" is a "
                          "response's, and as a response it is valid; check it with --response\n");
  // An invalid body of the other kind is said to be one all the same, with its count of errors.
  std::string broken = valid_response;
  broken.replace(broken.find("https://"), 8, "ftp://");
  dir.file("broken.json", broken);
  CHECK(dir.run({"broken.json"}).out ==
        "broken.json: invalid: this looks like a response body, not a request: \"invites\" is a response's, and as a "
        "response it is invalid (1 error); check it with --response\n");
  // Whatever the run tolerates: with --allow-unknown the request's keys are notes, not errors,
  // yet the body is still a request's.
  CHECK(dir.run({"--response", "--allow-unknown", "request.json"}).out.rfind("request.json: invalid: " + request_hint, 0) == 0);

  // The count of errors as the other kind is the library's, in the plural past one.
  dir.file("invalid-request.json", invalid_request);
  const std::size_t request_errors = invalid_request_errors().size();
  REQUIRE(request_errors > 1);
  library_errors<invite::request>(invalid_request, invalid_request_errors());
  CHECK(dir.run({"--response", "invalid-request.json"}).out ==
        "invalid-request.json: invalid: this looks like a request body, not a response: \"assessment_id\", "
        "\"invite_format\" and \"candidates\" are a request's, and as a request it is invalid (" +
            std::to_string(request_errors) + " errors); check it without --response\n");
  // The hint is no error, so --max-errors 0 (which shows none) keeps it.
  const auto none_shown = dir.run({"--response", "--max-errors", "0", "request.json"});
  CHECK(none_shown.status == 1);
  CHECK(none_shown.out == "request.json: invalid: " + request_hint + "\n");
  // In --ndjson each line is judged apart: the request line gets the hint, the response line its error.
  dir.file("mixed.ndjson", valid_request + "\n" + R"({"invites":[]})" + "\n");
  const auto lines = split_lines(dir.run({"--response", "--ndjson", "mixed.ndjson"}).out);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "mixed.ndjson:1: invalid: " + request_hint);
  CHECK(lines[1].rfind("mixed.ndjson:2:12: too_short: /invites: ", 0) == 0);
  // With --normalize the report of an invalid body goes to standard error, hint and all.
  const auto normalized = dir.run({"--response", "--normalize", "request.json"});
  CHECK(normalized.status == 1);
  CHECK(normalized.out.empty());
  CHECK(normalized.err == "request.json: invalid: " + request_hint + "\n");
}

TEST_CASE("a body is said to look like the other kind only when every member of its root is that kind's") {
  scratch dir;
  for (const std::string& not_quite : {
           std::string(R"({"invites":[],"assessment_id":1})"),  // members of both kinds
           std::string(R"({"invites":[],"zzz":1})"),            // one of neither
           std::string(R"({})"),                                // none at all
           std::string(R"([{"invites":[]}])"),                  // not an object
           std::string(R"({"invites":[)"),                      // not JSON
       }) {
    INFO(not_quite);
    dir.file("doc.json", not_quite);
    const auto json = dir.run({"--json", "doc.json"});
    CHECK(json.status == 1);
    const auto report = read_json_report(split_lines(json.out).at(0));
    CHECK(report.hint.empty());
    CHECK_FALSE(report.errors.empty());
  }
  // A key spelled with escapes counts by its text, as everywhere.
  dir.file("escaped.json", R"({"\u0069nvites":[]})");
  CHECK(dir.run({"escaped.json"}).out.rfind(
            "escaped.json: invalid: this looks like a response body, not a request: \"invites\" is a response's", 0) == 0);
}

TEST_CASE("the client profile tolerates undeclared keys and shows each as a note line, and the server profile refuses "
          "them") {
  scratch dir;
  // A server one version ahead: one more member in each invite.
  std::string newer = valid_response;
  newer.insert(newer.find(R"("status")"), R"("expires_at":"2030-01-31",)");
  newer.insert(newer.size() - 2, R"(,{"name":"Zoë Brontë","email":"zoe@example.org","report_id":13,"candidate_id":14,)"
                                 R"("assessment_id":42,"invite_link":"https://example.com/invite/def","status":"invited",)"
                                 R"("expires_at":null})");
  dir.file("newer.json", newer);
  const std::size_t first = offset_of(newer, R"("expires_at")");
  const std::size_t second = newer.find(R"("expires_at")", first + 1);
  invite::parse_options client = invite::client_profile;
  const auto client_result = invite::parse_response(newer, client);
  REQUIRE(client_result);
  require_matches(client_result.notes(), {{error_code::unknown_field, "/invites/0/expires_at", first},
                                          {error_code::unknown_field, "/invites/1/expires_at", second}});
  const auto strict_errors = library_errors<invite::response>(
      newer, {{error_code::unknown_field, "/invites/0/expires_at", first},
              {error_code::unknown_field, "/invites/1/expires_at", second}});

  for (const auto& arguments : {std::vector<std::string>{"--response", "--profile", "client", "newer.json"},
                                std::vector<std::string>{"--response", "--profile=client", "newer.json"},
                                std::vector<std::string>{"--response", "--allow-unknown", "newer.json"}}) {
    const auto run = dir.run(arguments);
    CHECK(run.status == 0);
    const auto positions = invite::locate_errors(newer, client_result.notes());
    CHECK(run.out == "newer.json: ok\n"
                     "newer.json:1:" + std::to_string(positions[0].column) + ": note: /invites/0/expires_at: " +
                         client_result.notes()[0].message + "\n"
                     "newer.json:1:" + std::to_string(positions[1].column) + ": note: /invites/1/expires_at: " +
                         client_result.notes()[1].message + "\n");
  }
  const auto strict = dir.run({"--response", "--profile", "server", "newer.json"});
  CHECK(strict.status == 1);
  CHECK(headlines(strict.out) == text_report("newer.json", newer, strict_errors));
  CHECK(dir.run({"--response", "--allow-unknown", "--profile", "server", "newer.json"}).status == 1); // the last wins

  // --json: the notes beside the (empty) errors, placed like errors.
  const auto json = read_json_report(split_lines(dir.run({"--response", "--json", "--profile", "client", "newer.json"}).out).at(0));
  CHECK(json.valid);
  CHECK(json.errors.empty());
  CHECK(json.notes == client_result.notes());
  CHECK(json.note_places.size() == 2);
  // GitHub: a notice per note, not an error; JUnit: the note lines as the case's output.
  const auto github = dir.run({"--response", "--format", "github", "--profile", "client", "newer.json"});
  CHECK(github.status == 0);
  CHECK(github.out.rfind("::notice file=newer.json,line=1,col=", 0) == 0);
  CHECK(split_lines(github.out).size() == 2);
  CHECK(github.out.find("::error") == std::string::npos);
  const auto junit = dir.run({"--response", "--format", "junit", "--profile", "client", "newer.json"});
  CHECK(junit.out.find("failures=\"0\"") != std::string::npos);
  CHECK(junit.out.find("<system-out>newer.json:1:") != std::string::npos);
  CHECK(junit.out.find(": note: /invites/1/expires_at: ") != std::string::npos);
  // A note goes with errors too: an invalid body says what was tolerated as well.
  std::string wrong = newer;
  wrong.replace(wrong.find("\"invited\""), 9, "\"\"");
  dir.file("wrong.json", wrong);
  const auto both = split_lines(headlines(dir.run({"--response", "--profile", "client", "wrong.json"}).out));
  REQUIRE(both.size() == 3);
  CHECK(both[0].find(": too_short: /invites/0/status: ") != std::string::npos);
  CHECK(both[1].find(": note: /invites/0/expires_at: ") != std::string::npos);
  CHECK(both[2].find(": note: /invites/1/expires_at: ") != std::string::npos);

  CHECK(dir.run({"--profile", "lenient", "newer.json"}).status == 2);
  CHECK(dir.run({"--profile"}).status == 2);
}

TEST_CASE("the allow-unknown option tolerates undeclared keys, each noted") {
  scratch dir;
  std::string document = valid_request;
  document.insert(document.size() - 1, R"(,"note":{"deep":[1e400]})");
  const auto errors = library_errors<invite::request>(
      document, {{error_code::unknown_field, "/note", offset_of(document, "\"note\"")}});
  invite::parse_options allow;
  allow.allow_unknown_fields = true;
  library_errors<invite::request>(document, {}, allow);
  dir.file("note.json", document);

  const auto strict = dir.run({"note.json"});
  CHECK(strict.status == 1);
  CHECK(headlines(strict.out) == text_report("note.json", document, errors));

  const auto lenient = dir.run({"--allow-unknown", "note.json"});
  CHECK(lenient.status == 0);
  const auto position = invite::locate_offset(document, offset_of(document, "\"note\""));
  CHECK(lenient.out == "note.json: ok\nnote.json:1:" + std::to_string(position.column) +
                           ": note: /note: \"note\": not a declared field; tolerated, since unknown fields are allowed\n");
}

TEST_CASE("the max-errors option keeps the first N errors and the verdict") {
  scratch dir;
  dir.file("invalid.json", invalid_request);
  auto expected = invalid_request_errors();
  expected.pop_back();
  invite::parse_options two;
  two.max_errors = 2;
  const auto errors = library_errors<invite::request>(invalid_request, expected, two);

  for (const auto& arguments : {std::vector<std::string>{"--max-errors", "2", "invalid.json"},
                                std::vector<std::string>{"--max-errors=2", "invalid.json"}}) {
    const auto run = dir.run(arguments);
    CHECK(run.status == 1);
    CHECK(headlines(run.out) == text_report("invalid.json", invalid_request, errors));
  }
  const auto one = dir.run({"--max-errors", "1", "--json", "invalid.json"});
  CHECK(one.status == 1);
  const auto report = read_json_report(split_lines(one.out).at(0));
  CHECK_FALSE(report.valid);
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].code == error_code::out_of_range);
}

TEST_CASE("the max-bytes option makes a document longer than N bytes payload_too_large") {
  scratch dir;
  dir.file("valid.json", valid_request);
  const std::string size = std::to_string(valid_request.size());
  const std::string one_less = std::to_string(valid_request.size() - 1);
  invite::parse_options tight;
  tight.max_bytes = valid_request.size() - 1;
  const auto errors = library_errors<invite::request>(
      valid_request, {{error_code::payload_too_large, "", 0}}, tight);

  const auto fits = dir.run({"--max-bytes", size, "valid.json"});
  CHECK(fits.status == 0);
  CHECK(fits.out == "valid.json: ok\n");

  // The checker knows the file's size, so the message states it whatever the library says.
  const auto too_long = dir.run({"--max-bytes=" + one_less, "valid.json"});
  CHECK(too_long.status == 1);
  CHECK(headlines(too_long.out) == "valid.json:1:1: payload_too_large: the document is " + size +
                                       " bytes, more than the " + one_less + " accepted\n");
}

TEST_CASE("the default limit is 1 MiB (1048576 bytes) with trailing whitespace included") {
  scratch dir;
  const std::size_t mebibyte = std::size_t{1} << 20;
  std::string at_limit = valid_request;
  at_limit.resize(mebibyte, ' ');
  dir.file("at-limit.json", at_limit);
  dir.file("over-limit.json", at_limit + " ");

  const auto run = dir.run({"--json", "at-limit.json", "over-limit.json"});
  CHECK(run.status == 1);
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 2);
  CHECK(read_json_report(lines[0]).valid);
  const auto over = read_json_report(lines[1]);
  REQUIRE(over.errors.size() == 1);
  CHECK(over.errors[0].code == error_code::payload_too_large);
  CHECK(over.errors[0].path.empty());
  CHECK(over.errors[0].offset == 0);
}

TEST_CASE("an endless input is read only up to the limit") {
  // /dev/zero never ends: the checker must stop after max_bytes + 1 bytes, not read forever.
  scratch dir;
  const auto run = dir.run({"--json", "--max-bytes", "100", "/dev/zero"});
  CHECK(run.status == 1);
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 1);
  const auto report = read_json_report(lines[0]);
  CHECK(report.file == "/dev/zero");
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].code == error_code::payload_too_large);
}

TEST_CASE("files are read as bytes so a NUL after the document is not ignored") {
  scratch dir;
  // NUL is not JSON whitespace, so the text has trailing content: invalid_json. A checker that
  // read a C string would stop at the NUL and call it valid.
  std::string with_nul = valid_request;
  with_nul += '\0';
  with_nul += " ";
  const auto errors =
      library_errors<invite::request>(with_nul, {{error_code::invalid_json, "", {}}});
  dir.file("nul.json", with_nul);

  // The NUL is at byte valid_request.size(); the two ë of "Zoë Brontë" take two bytes each, so
  // it is character size - 2 + 1 of the line. The checker names the NUL rather than the syntax.
  const std::string nul_at = std::to_string(valid_request.size());
  const std::string column = std::to_string(valid_request.size() - 2 + 1);
  const std::string expected = ":1:" + column + ": invalid_json: not JSON text: a NUL byte at byte " + nul_at +
                               ", which JSON text never holds (binary data, or text in UTF-16 or UTF-32?)\n";
  const auto run = dir.run({"nul.json"});
  CHECK(run.status == 1);
  CHECK(headlines(run.out) == "nul.json" + expected);
  const auto from_stdin = dir.run({}, with_nul);
  CHECK(headlines(from_stdin.out) == "-" + expected);
  CHECK(errors[0].offset == valid_request.size()); // the library's offset was the NUL's too
}

TEST_CASE("in ndjson mode each line is a document named FILE:LINE") {
  scratch dir;
  // Line 2 is empty and line 4 holds only spaces, a tab and a CR: blank lines are skipped but
  // still counted. Lines 3 and 5 end in CRLF; line 6 has no final LF and is still a document.
  const std::string lines_text = valid_request + "\n" + "\n" + invalid_request + "\r\n" +
                                 "  \t\r\n" + "[]\r\n" + spaced_request_canonical;
  dir.file("batch.ndjson", lines_text);
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());
  const auto not_object =
      library_errors<invite::request>("[]", {{error_code::type_mismatch, "", 0}});

  const auto run = dir.run({"--ndjson", "batch.ndjson"});
  CHECK(run.status == 1);
  CHECK(headlines(run.out) == "batch.ndjson:1: ok\n" + text_report("batch.ndjson", invalid_request, errors, 3) +
                                 text_report("batch.ndjson", "[]", not_object, 5) + "batch.ndjson:6: ok\n");

  // Offsets count from the start of the line.
  const auto json = dir.run({"--ndjson", "--json", "batch.ndjson"});
  const auto json_lines = split_lines(json.out);
  REQUIRE(json_lines.size() == 4);
  const auto third = read_json_report(json_lines[1]);
  CHECK(third.file == "batch.ndjson:3");
  CHECK(third.errors == errors);
  CHECK(read_json_report(json_lines[3]).file == "batch.ndjson:6");

  const auto from_stdin = dir.run({"--ndjson"}, valid_request + "\n" + valid_request + "\n");
  CHECK(from_stdin.status == 0);
  CHECK(from_stdin.out == "-:1: ok\n-:2: ok\n");

  // A file of only blank lines holds no document: nothing to report, nothing invalid.
  dir.file("blank.ndjson", "\n \n\r\n");
  const auto blank = dir.run({"--ndjson", "blank.ndjson"});
  CHECK(blank.status == 0);
  CHECK(blank.out.empty());
}

TEST_CASE("in ndjson mode a CRLF is no part of the document and the byte limit is per line") {
  scratch dir;
  const std::string exact = std::to_string(valid_request.size());
  // With the CR dropped each CRLF line is exactly the limit. A CR at the very end, without LF,
  // is not a line ending, so it stays and makes that line one byte too long.
  dir.file("crlf.ndjson", valid_request + "\r\n" + valid_request + "\r\n" + valid_request + "\r");

  const auto run = dir.run({"--ndjson", "--json", "--max-bytes", exact, "crlf.ndjson"});
  CHECK(run.status == 1);
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 3);
  CHECK(read_json_report(lines[0]).valid);
  CHECK(read_json_report(lines[1]).valid);
  const auto last = read_json_report(lines[2]);
  CHECK(last.file == "crlf.ndjson:3");
  REQUIRE(last.errors.size() == 1);
  CHECK(last.errors[0].code == error_code::payload_too_large);

  // A long line (past the reader's 64 KiB chunks) is cut, reported, and the next line is read.
  std::string long_line = valid_request + std::string(200000, ' ');
  dir.file("long.ndjson", valid_request + "\n" + long_line + "\n" + valid_request + "\n");
  const auto long_run = dir.run({"--ndjson", "--max-bytes", "1000", "long.ndjson"});
  CHECK(long_run.status == 1);
  const auto long_lines = split_lines(headlines(long_run.out));
  REQUIRE(long_lines.size() == 3);
  CHECK(long_lines[0] == "long.ndjson:1: ok");
  CHECK(long_lines[1] == "long.ndjson:2:1: payload_too_large: the document is more than the 1000 bytes accepted");
  CHECK(long_lines[2] == "long.ndjson:3: ok");
}

TEST_CASE("normalize writes the canonical JSON of valid documents and the reports go to stderr") {
  scratch dir;
  dir.file("valid.json", valid_request);
  dir.file("invalid.json", invalid_request);
  dir.file("spaced.json", spaced_request);
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto run = dir.run({"--normalize", "valid.json", "invalid.json", "spaced.json"});
  CHECK(run.status == 1);
  CHECK(run.out == valid_request_canonical + "\n" + spaced_request_canonical + "\n");
  CHECK(headlines(run.err) == text_report("invalid.json", invalid_request, errors));

  // The output is what to_json writes, and parses back to the same value.
  for (const auto& [input, line] : {std::pair{valid_request, split_lines(run.out).at(0)},
                                    std::pair{spaced_request, split_lines(run.out).at(1)}}) {
    const auto original = invite::parse_request(input);
    REQUIRE(original);
    CHECK(line == invite::to_json(*original));
    const auto again = invite::parse_request(line);
    REQUIRE(again);
    CHECK(*again == *original);
  }

  const auto all_valid = dir.run({"--normalize", "spaced.json"});
  CHECK(all_valid.status == 0);
  CHECK(all_valid.err.empty());
}

TEST_CASE("normalize combined with the json and ndjson and response and pretty options") {
  scratch dir;
  dir.file("invalid.json", invalid_request);
  dir.file("spaced.json", spaced_request);
  dir.file("response.json", valid_response);
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto json = dir.run({"--normalize", "--json", "spaced.json", "invalid.json"});
  CHECK(json.status == 1);
  CHECK(json.out == spaced_request_canonical + "\n");
  const auto reports = split_lines(json.err);
  REQUIRE(reports.size() == 1); // valid documents get no report line
  const auto report = read_json_report(reports[0]);
  CHECK(report.file == "invalid.json");
  CHECK(report.errors == errors);

  dir.file("batch.ndjson", spaced_request_canonical + "\n" + invalid_request + "\n" +
                               valid_request + "\n");
  const auto ndjson = dir.run({"--normalize", "--ndjson", "batch.ndjson"});
  CHECK(ndjson.status == 1);
  CHECK(ndjson.out == spaced_request_canonical + "\n" + valid_request_canonical + "\n");
  CHECK(headlines(ndjson.err) == text_report("batch.ndjson", invalid_request, errors, 2));

  const auto response = invite::parse_response(valid_response);
  REQUIRE(response);
  const auto response_run = dir.run({"--response", "--normalize", "response.json"});
  CHECK(response_run.status == 0);
  // The valid response is already canonical: its keys are in table order and compact.
  CHECK(response_run.out == valid_response + "\n");
  CHECK(response_run.out == invite::to_json(*response) + "\n");

  const auto spaced = invite::parse_request(spaced_request);
  REQUIRE(spaced);
  const auto pretty = dir.run({"--normalize", "--pretty", "spaced.json"});
  CHECK(pretty.status == 0);
  CHECK(pretty.out == invite::to_pretty_json(*spaced) + "\n");
  CHECK(split_lines(pretty.out).size() > 1);
  CHECK(contains(pretty.out, "\n  \"assessment_id\": 7")); // two-space indentation
  const auto reread = invite::parse_request(pretty.out);
  REQUIRE(reread);
  CHECK(*reread == *spaced);
}

TEST_CASE("usage errors exit with status 2 and a message on stderr and no report") {
  scratch dir;
  dir.file("valid.json", valid_request);
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"--bogus", "valid.json"}, "--bogus"},
      {{"valid.json", "-x"}, "-x"},
      {{"--json=1", "valid.json"}, "--json=1"},
      {{"valid.json", "--max-bytes"}, "--max-bytes"},
      {{"--max-bytes", "abc", "valid.json"}, "abc"},
      {{"--max-bytes", "-5", "valid.json"}, "-5"},
      {{"--max-bytes", "+5", "valid.json"}, "+5"},
      {{"--max-bytes", "5k", "valid.json"}, "5k"},
      {{"--max-bytes", "99999999999999999999999", "valid.json"}, "99999999999999999999999"},
      {{"--max-errors", "-1", "valid.json"}, "-1"},
      {{"--format", "xml", "valid.json"}, "xml"},
      {{"--format"}, "--format"},
      {{"--color=sometimes", "valid.json"}, "sometimes"},
      {{"--stdin-name=", "valid.json"}, "--stdin-name"},
      {{"--stdin-name"}, "--stdin-name"},
      {{"-", "valid.json", "-"}, "'-'"},
      {{"--against", "-", "-"}, "'-'"},
      {{"--max-errors=", "valid.json"}, "--max-errors"},
      {{"--pretty", "valid.json"}, "--pretty"},
      {{"--profile", "strict", "valid.json"}, "strict"},
      {{"--profile"}, "--profile"},
  };
  for (const auto& [arguments, named] : cases) {
    INFO("arguments: " << arguments.front() << " ...");
    const auto run = dir.run(arguments);
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK(contains(run.err, named));
    CHECK(contains(run.err, "--help"));
  }
}

TEST_CASE("an unreadable file gives status 2 and is named on stderr and the others are checked") {
  scratch dir;
  dir.file("valid.json", valid_request);
  dir.file("invalid.json", invalid_request);
  const std::string folder = dir.directory("folder.json");
  const auto errors = library_errors<invite::request>(invalid_request, invalid_request_errors());

  const auto run = dir.run({"valid.json", "missing.json", "invalid.json", "folder.json"});
  CHECK(run.status == 2);
  CHECK(headlines(run.out) == "valid.json: ok\n" + text_report("invalid.json", invalid_request, errors));
  const auto complaints = split_lines(run.err);
  REQUIRE(complaints.size() == 2);
  CHECK(contains(complaints[0], "missing.json"));
  CHECK(contains(complaints[0], std::strerror(ENOENT)));
  CHECK(contains(complaints[1], "folder.json"));
  CHECK(contains(complaints[1], std::strerror(EISDIR)));

  // Status 2 wins over 0 as well as over 1, in every mode.
  const auto json = dir.run({"--json", "--ndjson", "missing.json", "valid.json"});
  CHECK(json.status == 2);
  CHECK(json.out == R"({"file":"valid.json:1","valid":true,"errors":[]})"
                    "\n");
  const auto normalize = dir.run({"--normalize", "valid.json", folder});
  CHECK(normalize.status == 2);
  CHECK(normalize.out == valid_request_canonical + "\n");
  CHECK(contains(normalize.err, folder));
}

TEST_CASE("output that cannot be written gives status 2") {
  scratch dir;
  dir.file("valid.json", valid_request);
  const auto run = dir.run({"valid.json"}, {}, "/dev/full");
  CHECK(run.status == 2);
  CHECK(contains(run.err, std::strerror(ENOSPC)));
}

TEST_CASE("help and version print to stdout and exit 0") {
  scratch dir;
  const auto help = dir.run({"--help"});
  CHECK(help.status == 0);
  CHECK(help.err.empty());
  CHECK(help.out.rfind("Usage: invite-check", 0) == 0);
  for (const char* flag : {"--response", "--json", "--allow-unknown", "--profile", "--normalize", "--ndjson",
                           "--max-bytes", "--max-errors", "--pretty", "--help", "--version",
                           "--format", "--color", "--stdin-name", "--against", "--schema",
                           "NO_COLOR"}) {
    CHECK(contains(help.out, flag));
  }

  // The first decisive argument wins: nothing is checked once help is asked for.
  const auto help_first = dir.run({"--help", "missing.json"});
  CHECK(help_first.status == 0);
  CHECK(help_first.out == help.out);

  const auto version = dir.run({"--version"});
  CHECK(version.status == 0);
  CHECK(version.out == "invite-check " INVITE_VERSION_STRING "\n");
  CHECK(version.err.empty());
}

TEST_CASE("the shipped examples say what examples/README.md says they say") {
  scratch dir;
  const fs::path examples = INVITE_EXAMPLES_DIR;
  const auto path_of = [&](const char* name) { return (examples / name).string(); };

  const auto valid = dir.run({"--json", path_of("request-valid.json")});
  CHECK(valid.status == 0);
  const auto response = dir.run({"--response", path_of("response-valid.json")});
  CHECK(response.status == 0);
  // The newer server's response: three undeclared members, errors or notes by the profile.
  const auto newer = read_json_report(split_lines(dir.run({"--response", "--json", path_of("response-newer.json")}).out).at(0));
  require_matches(newer.errors, {{error_code::unknown_field, "/invites/0/reminder_sent", {}},
                                 {error_code::unknown_field, "/invites/1/reminder_sent", {}},
                                 {error_code::unknown_field, "/invites/2/reminder_sent", {}}});
  const auto tolerated =
      read_json_report(split_lines(dir.run({"--response", "--json", "--profile", "client", path_of("response-newer.json")}).out).at(0));
  CHECK(tolerated.valid);
  REQUIRE(tolerated.notes.size() == newer.errors.size());
  for (std::size_t i = 0; i < newer.errors.size(); ++i) {
    CHECK(tolerated.notes[i].path == newer.errors[i].path);
    CHECK(tolerated.notes[i].offset == newer.errors[i].offset);
    CHECK(tolerated.note_places[i] == newer.places[i]);
  }

  const auto invalid = dir.run({"--json", path_of("request-invalid.json")});
  CHECK(invalid.status == 1);
  const auto report = read_json_report(split_lines(invalid.out).at(0));
  require_matches(report.errors, {{error_code::type_mismatch, "/assessment_id", {}},
                                  {error_code::invalid_enum, "/invite_format", {}},
                                  {error_code::invalid_datetime, "/expiry_date", {}},
                                  {error_code::invalid_email, "/candidates/0/email", {}},
                                  {error_code::alias_conflict, "/candidates/1/candidate_name", {}},
                                  {error_code::too_short, "/candidates/2/name", {}},
                                  {error_code::duplicate_value, "/candidates/2/email", {}},
                                  {error_code::unknown_field, "/candidates/3/phone", {}},
                                  {error_code::missing_field, "/candidates/3/name", {}},
                                  {error_code::unknown_field, "/priority", {}}});
  // Counted by hand in request-invalid.json (é and ü count one column each): the value after
  // `  "assessment_id": ` is at column 20, `"candidate_name"` follows `{ "name": "José", `, the
  // missing name points at its object's brace, and so on.
  CHECK(report.places == std::vector<place>{{2, 20}, {3, 20}, {4, 18}, {6, 39}, {7, 23},
                                            {8, 15}, {8, 31}, {9, 39}, {9, 5}, {11, 3}});
  // A message that names another place names the right one: the first use of the e-mail.
  CHECK(contains(report.errors[6].message, "already at /candidates/1/email"));

  const auto ndjson = dir.run({"--json", "--ndjson", path_of("requests.ndjson")});
  CHECK(ndjson.status == 1);
  const auto lines = split_lines(ndjson.out);
  REQUIRE(lines.size() == 5); // line 4 is blank
  const std::vector<std::pair<std::string, std::vector<expected_error>>> expected{
      {":1", {}},
      {":2", {{error_code::too_short, "/candidates", {}}}},
      {":3", {{error_code::invalid_datetime, "/expiry_date", {}}}},
      {":5", {{error_code::invalid_json, "", {}}}},
      {":6", {}}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto line_report = read_json_report(lines[i]);
    CHECK(line_report.file == path_of("requests.ndjson") + expected[i].first);
    require_matches(line_report.errors, expected[i].second);
  }
  // Each error is on its line of the file; columns counted by hand: `"candidates":` ends at 63
  // on line 2, `"expiry_date":` at 63 on line 3.
  CHECK(read_json_report(lines[1]).places == std::vector<place>{{2, 64}});
  CHECK(read_json_report(lines[2]).places == std::vector<place>{{3, 64}});
  CHECK(read_json_report(lines[3]).places.at(0).line == 5);
}

TEST_CASE("the schema flag prints the generated JSON Schema of either body") {
  scratch dir;
  const auto request = dir.run({"--schema", "request"});
  CHECK(request.status == 0);
  CHECK(request.out == invite::json_schema<invite::request>({}, "request") + "\n");
  const auto response = dir.run({"--schema", "response", "--allow-unknown"});
  CHECK(response.status == 0);
  invite::parse_options lenient;
  lenient.allow_unknown_fields = true;
  CHECK(response.out == invite::json_schema<invite::response>(lenient, "response") + "\n");
  CHECK(dir.run({"--schema"}).status == 2);
  CHECK(dir.run({"--schema", "answer"}).status == 2);
  CHECK(dir.run({"--schema", "request", "extra.json"}).status == 2);
}

TEST_CASE("the openapi flag prints the endpoint's OpenAPI document, and takes no file") {
  scratch dir;
  const auto printed = dir.run({"--openapi"});
  CHECK(printed.status == 0);
  CHECK(printed.out == invite::openapi_document() + "\n");
  CHECK(printed.out.rfind("{\"openapi\":\"3.1", 0) == 0);
  CHECK(printed.out.find("\"/assessment/invite\"") != std::string::npos);
  CHECK(dir.run({"--openapi", "extra.json"}).status == 2);
}

TEST_CASE("the against flag checks that a response answers its request, in its own words") {
  scratch dir;
  const std::string request =
      R"({"assessment_id":5,"invite_format":"getlink","candidates":[{"name":"A","email":"a@x.io"},{"name":"B","email":"b@x.io"}]})";
  const auto invite_json = [](const char* name, const char* email, int report, int assessment) {
    return std::string(R"({"name":")") + name + R"(","email":")" + email + R"(","report_id":)" + std::to_string(report) +
           R"(,"candidate_id":)" + std::to_string(report) + R"(,"assessment_id":)" + std::to_string(assessment) +
           R"(,"invite_link":"https://x.io/i","status":"invited"})";
  };
  const std::string answer = "{\"invites\":[" + invite_json("A", "a@x.io", 1, 5) + "," + invite_json("B", "B@X.IO", 2, 5) + "]}";
  const std::string wrong = "{\"invites\":[" + invite_json("A", "b@x.io", 1, 5) + "," + invite_json("b", "a@x.io", 1, 6) + "]}";
  const auto req = dir.file("request.json", request);
  const auto good = dir.file("answer.json", answer);
  const auto bad = dir.file("wrong.json", wrong);

  const auto ok = dir.run({"--against", req, good});
  CHECK(ok.status == 0);
  CHECK(ok.out == good + ": ok\n");

  const auto mismatched = dir.run({"--against", "--json", req, bad});
  CHECK(mismatched.status == 1);
  const auto report = read_json_report(split_lines(mismatched.out).at(0));
  require_matches(report.errors, {{error_code::invalid_email, "/invites/0/email", {}, "email_differs"},
                                  {error_code::invalid_characters, "/invites/1/name", {}, "name_differs"},
                                  {error_code::invalid_email, "/invites/1/email", {}, "email_differs"},
                                  {error_code::duplicate_value, "/invites/1/report_id", {}, "id_reused"},
                                  {error_code::duplicate_value, "/invites/1/candidate_id", {}, "id_reused"},
                                  {error_code::out_of_range, "/invites/1/assessment_id", {}, "assessment_id_differs"}});
  // No code of a malformed value in sight: the words say what differs.
  for (const char* malformed : {"invalid_email", "out_of_range", "duplicate_value", "too_short", "too_long"}) {
    CHECK(mismatched.out.find(malformed) == std::string::npos);
  }

  // An invalid document is reported as such, and nothing is compared.
  const auto invalid = dir.run({"--against", req, dir.file("broken.json", "{\"invites\":[]}")});
  CHECK(invalid.status == 1);
  CHECK(invalid.out.find(": too_short: /invites: ") != std::string::npos);
  CHECK(dir.run({"--against", req}).status == 2);
  CHECK(dir.run({"--against", req, (dir.directory("folder"))}).status == 2);

  // REQUEST and RESPONSE the wrong way round: each is said to look like the other.
  const auto swapped = dir.run({"--against", good, req});
  CHECK(swapped.status == 1);
  CHECK(swapped.out == good + ": invalid: this looks like a response body, not a request: \"invites\" is a response's, "
                              "and as a response it is valid; --against takes the REQUEST first, then the RESPONSE\n" +
                       req + ": invalid: this looks like a request body, not a response: \"assessment_id\", "
                             "\"invite_format\" and \"candidates\" are a request's, and as a request it is valid; "
                             "--against takes the REQUEST first, then the RESPONSE\n");

  // A response from a newer server, read with the client profile: compared, and its notes shown.
  std::string newer = answer;
  newer.insert(newer.find(R"("status")"), R"("channel":"email",)");
  const auto newer_path = dir.file("newer.json", newer);
  CHECK(dir.run({"--against", req, newer_path}).status == 1);
  const auto tolerated = dir.run({"--against", "--profile", "client", req, newer_path});
  CHECK(tolerated.status == 0);
  CHECK(tolerated.out.rfind(newer_path + ": ok\n" + newer_path + ":1:", 0) == 0);
  CHECK(tolerated.out.find(": note: /invites/0/channel: ") != std::string::npos);
}

TEST_CASE("keys spelled with digits, pointer syntax or nothing are named as keys in the text report") {
  scratch dir;
  const std::string document =
      R"({"assessment_id":1,"invite_format":"getlink","~1":0,"":0,)"
      R"("candidates":[{"name":"A","email":"a@b.co","123":1,"0":2}]})";
  dir.file("keys.json", document);
  const auto run = dir.run({"keys.json"});
  CHECK(run.status == 1);
  const auto lines = split_lines(headlines(run.out));
  REQUIRE(lines.size() == 4);
  // FILE:LINE:COLUMN: CODE: POINTER: MESSAGE, the message naming the key as a key.
  CHECK(lines[0].find(": unknown_field: /~01: \"~1\": expected one of the fields ") != std::string::npos);
  CHECK(lines[1].find(": unknown_field: /: \"\": expected one of the fields ") != std::string::npos);
  CHECK(lines[2].find(": unknown_field: /candidates/0/123: \"123\": expected one of the fields ") != std::string::npos);
  CHECK(lines[3].find(": unknown_field: /candidates/0/0: \"0\": expected one of the fields ") != std::string::npos);
  CHECK(run.out.find("item 123") == std::string::npos);
  CHECK(run.out.find("item 0 of item") == std::string::npos);

  const auto json = dir.run({"--json", "keys.json"});
  CHECK(json.out.find(R"("path":"/~01")") != std::string::npos);
  CHECK(json.out.find(R"("path":"/")") != std::string::npos);
  CHECK(json.out.find(R"("path":"/candidates/0/123")") != std::string::npos);
  CHECK(json.out.find(R"("path":"/candidates/0/0")") != std::string::npos);
}
