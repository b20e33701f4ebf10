// The CI formats (--format github, --format junit), --stdin-name, and where --against places
// the errors it finds. Expected output is written by hand from GitHub's documentation of
// workflow commands and from XML 1.0's escaping rules.

#include "cli_harness.hpp"

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

using namespace cli_test;

namespace {

const std::string valid_request =
    R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";
// out_of_range at byte 17 (column 18): the only error.
const std::string zero_request =
    R"({"assessment_id":0,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";

// GitHub's escaping of workflow command data: '%', CR and LF. Other control characters are
// written as JSON escapes by invite-check (GitHub would print them raw).
std::string github_data(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (c == '\x1b') {
      out += "\\u001b";
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace

TEST_CASE("github: one workflow command per error, nothing for a valid document") {
  scratch dir;
  dir.file("valid.json", valid_request);
  dir.file("zero.json", zero_request);
  const auto errors =
      library_errors<invite::request>(zero_request, {{error_code::out_of_range, "/assessment_id", 17}});

  const auto run = dir.run({"--format", "github", "valid.json", "zero.json"});
  CHECK(run.status == 1);
  CHECK(run.out == "::error file=zero.json,line=1,col=18,title=out_of_range::/assessment_id: " +
                       github_data(errors[0].message) + "\n");
  CHECK(run.err.empty());

  const auto all_valid = dir.run({"--format=github", "valid.json"});
  CHECK(all_valid.status == 0);
  CHECK(all_valid.out.empty());

  // An error at the root has no pointer to show.
  dir.file("array.json", "[]");
  const auto root = dir.run({"--format=github", "array.json"});
  CHECK(root.out.rfind("::error file=array.json,line=1,col=1,title=type_mismatch::", 0) == 0);
  CHECK(root.out.find("::/") == std::string::npos);
}

TEST_CASE("github: '%', CR and LF escaped in data, and ':' and ',' in properties too") {
  scratch dir;
  // Keys that decode to a LF, a CR, a '%', an ESC and ':' ','; each is an unknown field whose
  // path and message hold the decoded key.
  const std::string document =
      R"({"a\nb":1,"c\rd":2,"x%y":3,"e\u001bf":4,"g:h,i":5,)"
      R"("assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";
  const auto errors = library_errors<invite::request>(
      document, {{error_code::unknown_field, "/a\nb", 1},
                 {error_code::unknown_field, "/c\rd", offset_of(document, R"("c\rd")")},
                 {error_code::unknown_field, "/x%y", offset_of(document, R"("x%y")")},
                 {error_code::unknown_field, "/e\x1b" "f", offset_of(document, R"("e\u001bf")")},
                 {error_code::unknown_field, "/g:h,i", offset_of(document, R"("g:h,i")")}});
  const std::string name = "we%ird,na:me.json";
  dir.file(name, document);

  const auto run = dir.run({"--format", "github", name});
  CHECK(run.status == 1);
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 5); // each annotation is one line, whatever its text holds
  // Columns: the keys start at bytes 1, 10, 19, 27 and 40 of this one-line, ASCII document
  // (`"a\nb":1,` and `"c\rd":2,` are 9 bytes each, `"x%y":3,` 8, `"e\u001bf":4,` 13).
  const std::vector<std::size_t> columns{2, 11, 20, 28, 41};
  for (std::size_t i = 0; i < errors.size(); ++i) {
    CHECK(lines[i] == "::error file=we%25ird%2Cna%3Ame.json,line=1,col=" + std::to_string(columns[i]) +
                          ",title=unknown_field::" + github_data(errors[i].path) + ": " +
                          github_data(errors[i].message));
  }
  CHECK(contains(lines[0], "::/a%0Ab: "));
  CHECK(contains(lines[1], "::/c%0Dd: "));
  CHECK(contains(lines[2], "::/x%25y: "));
  CHECK(contains(lines[3], "::/e\\u001bf: "));
  CHECK(contains(lines[4], "::/g:h,i: ")); // data keeps ':' and ','
}

TEST_CASE("junit: one test case per document, a failure per invalid one, an error per unreadable file") {
  scratch dir;
  dir.file("valid.json", valid_request);
  const std::string odd = "a&b<c>\"d'.json";
  dir.file(odd, zero_request);
  const auto errors =
      library_errors<invite::request>(zero_request, {{error_code::out_of_range, "/assessment_id", 17}});
  // The message holds quotes and no markup character: text content keeps them as they are.
  REQUIRE(errors[0].message.find_first_of("&<>") == std::string::npos);

  const auto run = dir.run({"--format", "junit", "valid.json", odd, "missing.json"});
  CHECK(run.status == 2); // the unreadable file wins, as in every format
  CHECK(contains(run.err, "missing.json"));
  const std::string quoted_odd = "a&amp;b&lt;c&gt;&quot;d'.json";
  CHECK(run.out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"invite-check\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
        "  <testsuite name=\"invite-check.request\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
        "    <testcase classname=\"invite-check.request\" name=\"valid.json\" file=\"valid.json\"/>\n"
        "    <testcase classname=\"invite-check.request\" name=\"" + quoted_odd + "\" file=\"" + quoted_odd + "\">\n"
        "      <failure type=\"invalid\" message=\"1 error\">a&amp;b&lt;c&gt;\"d'.json:1:18: out_of_range: /assessment_id: " +
            errors[0].message + "\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"invite-check.request\" name=\"missing.json\" file=\"missing.json\">\n"
        "      <error type=\"unreadable\" message=\"" + std::string(std::strerror(ENOENT)) + "\"/>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");

  // All valid: no failure, status 0; responses name their suite.
  const auto fine = dir.run({"--format=junit", "valid.json"});
  CHECK(fine.status == 0);
  CHECK(contains(fine.out, "<testsuites name=\"invite-check\" tests=\"1\" failures=\"0\" errors=\"0\">"));
  const auto responses = dir.run({"--format=junit", "--response", "valid.json"});
  CHECK(contains(responses.out, "<testsuite name=\"invite-check.response\""));

  // Several errors: the count in the message, one line each in the body; ndjson lines are
  // test cases named FILE:LINE in file FILE.
  dir.file("two.ndjson", zero_request + "\n" + valid_request + "\n");
  const auto lines = dir.run({"--format=junit", "--ndjson", "two.ndjson"});
  CHECK(contains(lines.out, "<testcase classname=\"invite-check.request\" name=\"two.ndjson:1\" file=\"two.ndjson\">"));
  CHECK(contains(lines.out, "two.ndjson:1:18: out_of_range: /assessment_id: "));
  CHECK(contains(lines.out, "name=\"two.ndjson:2\" file=\"two.ndjson\"/>"));
  dir.file("three.json", R"({"assessment_id":0,"invite_format":"x","candidates":[]})");
  CHECK(contains(dir.run({"--format=junit", "three.json"}).out, "<failure type=\"invalid\" message=\"3 errors\">"));
}

TEST_CASE("junit: characters XML 1.0 cannot carry are escaped as the text report escapes them") {
  scratch dir;
  // A key holding ESC (U+001B) and a file name with a tab and a byte that is not UTF-8.
  const std::string document =
      R"({"e\u001bf":1,"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";
  const std::string name = std::string("tab\there\xff.json");
  dir.file(name, document);
  const auto run = dir.run({"--format", "junit", name});
  CHECK(run.status == 1);
  CHECK(run.out.find('\x1b') == std::string::npos);
  CHECK(contains(run.out, "name=\"tab&#9;here\xEF\xBF\xBD.json\""));
  CHECK(contains(run.out, "/e\\u001bf: "));
}

TEST_CASE("stdin-name names standard input in every format") {
  scratch dir;
  const auto text = dir.run({"--stdin-name", "given.json"}, zero_request);
  CHECK(text.status == 1);
  CHECK(text.out.rfind("given.json:1:18: out_of_range: /assessment_id: ", 0) == 0);
  const auto json = dir.run({"--stdin-name=given.json", "--json", "-"}, zero_request);
  CHECK(read_json_report(split_lines(json.out).at(0)).file == "given.json");
  const auto github = dir.run({"--stdin-name=given.json", "--format=github"}, zero_request);
  CHECK(github.out.rfind("::error file=given.json,line=1,col=18,", 0) == 0);
  const auto ndjson = dir.run({"--stdin-name=given.ndjson", "--ndjson"}, valid_request + "\n" + valid_request + "\n");
  CHECK(ndjson.out == "given.ndjson:1: ok\ngiven.ndjson:2: ok\n");
  // Files keep their names.
  dir.file("file.json", valid_request);
  CHECK(dir.run({"--stdin-name=given.json", "file.json", "-"}, valid_request).out == "file.json: ok\ngiven.json: ok\n");
}

TEST_CASE("against: each mismatch is placed at the value its path names in the response") {
  scratch dir;
  // Both candidates named "N", as every invite below is.
  const std::string request =
      R"({"assessment_id":5,"invite_format":"getlink","candidates":[{"name":"N","email":"a@x.io"},{"name":"N","email":"b@x.io"}]})";
  const auto invite_line = [](const char* email, int report, int candidate, int assessment) {
    return std::string(R"(    {"name":"N","email":")") + email + R"(","report_id":)" + std::to_string(report) +
           R"(,"candidate_id":)" + std::to_string(candidate) + R"(,"assessment_id":)" +
           std::to_string(assessment) + R"(,"invite_link":"https://x.io/i","status":"invited"})";
  };
  // Line 3 holds invite 0, line 4 invite 1. In each, `    {"name":"N",` is 16 characters and
  // `"email":` 8 more: the e-mail's quote is at column 25; `"b@x.io",` and `"report_id":`
  // (9 + 12) put the report id at 46; `1,"candidate_id":11,` (20) and `"assessment_id":` (16)
  // put the assessment id at 82.
  const std::string response = "{\n  \"invites\": [\n" + invite_line("b@x.io", 1, 11, 5) + ",\n" +
                               invite_line("a@x.io", 1, 12, 6) + "\n  ]\n}\n";
  dir.file("request.json", request);
  dir.file("response.json", response);

  const auto json = dir.run({"--against", "--json", "request.json", "response.json"});
  CHECK(json.status == 1);
  const auto report = read_json_report(split_lines(json.out).at(0));
  require_matches(report.errors, {{error_code::invalid_email, "/invites/0/email", {}, "email_differs"},
                                  {error_code::invalid_email, "/invites/1/email", {}, "email_differs"},
                                  {error_code::duplicate_value, "/invites/1/report_id", {}, "id_reused"},
                                  {error_code::out_of_range, "/invites/1/assessment_id", {}, "assessment_id_differs"}});
  CHECK(report.places == std::vector<place>{{3, 25}, {4, 25}, {4, 46}, {4, 82}});
  // The offsets are the values' bytes, so that offset, line and column agree.
  CHECK(report.errors[0].offset == offset_of(response, "\"b@x.io\""));
  // The message names the earlier place where the id is used, not the current one.
  CHECK(contains(report.errors[2].message, "already at /invites/0/report_id"));

  const auto text = dir.run({"--against", "request.json", "response.json"});
  CHECK(text.out.rfind("response.json:3:25: email_differs: /invites/0/email: ", 0) == 0);
  const auto github = dir.run({"--against", "--format", "github", "request.json", "response.json"});
  CHECK(github.out.rfind("::error file=response.json,line=3,col=25,title=email_differs::", 0) == 0);

  // Too few invites: the error is about the array, placed at its bracket (line 2, column 14).
  const std::string short_response = "{\n  \"invites\": [\n" + invite_line("a@x.io", 1, 11, 5) + "\n  ]\n}\n";
  dir.file("short.json", short_response);
  const auto too_short = read_json_report(split_lines(dir.run({"--against", "--json", "request.json", "short.json"}).out).at(0));
  require_matches(too_short.errors, {{error_code::too_short, "/invites", {}, "invite_count_differs"}});
  CHECK(too_short.places == std::vector<place>{{2, 14}});
}

TEST_CASE("with normalize the report goes to standard error in the chosen format") {
  scratch dir;
  dir.file("valid.json", valid_request);
  dir.file("zero.json", zero_request);
  const auto github = dir.run({"--normalize", "--format", "github", "valid.json", "zero.json"});
  CHECK(github.status == 1);
  CHECK(github.out == valid_request + "\n"); // already canonical
  CHECK(github.err.rfind("::error file=zero.json,line=1,col=18,title=out_of_range::/assessment_id: ", 0) == 0);
  const auto junit = dir.run({"--normalize", "--format", "junit", "valid.json", "zero.json"});
  CHECK(junit.out == valid_request + "\n");
  // Valid documents get no report with --normalize, in JUnit too: one test case.
  CHECK(contains(junit.err, "tests=\"1\" failures=\"1\" errors=\"0\""));
}
