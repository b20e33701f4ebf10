// Where invite-check says an error is: FILE:LINE:COLUMN in the text report, "line" and "column"
// in --json, line= and col= in --format github, and the excerpt with its caret. Every expected
// line and column is counted by hand in the document written next to it.

#include "cli_harness.hpp"

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cli_test;

namespace {

// CRLF line ends, two- and three-byte characters (ë, 陈, 伟) and a four-byte one (😀).
const std::string crlf_document = "{\r\n"
                                  "  \"assessment_id\": 7,\r\n"
                                  "  \"invite_format\": \"getlink\",\r\n"
                                  "  \"candidates\": [\r\n"
                                  "    {\"name\": \"Zo\xC3\xAB Bront\xC3\xAB \xE9\x99\x88\xE4\xBC\x9F\", \"email\": \"zo\xC3\xAB@\"},\r\n"
                                  "    {\"name\": \"\xF0\x9F\x98\x80\", \"email\": \"a@b.io\", \"phone\": 1}\r\n"
                                  "  ],\r\n"
                                  "  \"priority\": 1\r\n"
                                  "}\r\n";

// Line 5: four spaces (1-4), '{' 5, "name" 6-11, ':' 12, space 13, then the name's quote at 14,
//   Z o ë space B r o n t ë space 陈 伟 at 15-27, its closing quote 28, ',' 29, space 30,
//   "email" 31-37, ':' 38, space 39: the e-mail's quote is at 40.
// Line 6: '{' 5, "name" 6-11, ':' 12, space 13, "😀" 14-16, ',' 17, space 18, "email" 19-25,
//   ':' 26, space 27, "a@b.io" 28-35, ',' 36, space 37: "phone" starts at 38.
// Line 8: two spaces: "priority" starts at 3.
const std::vector<place> crlf_places{{5, 40}, {6, 38}, {8, 3}};

std::vector<invite::error> crlf_errors() {
  return library_errors<invite::request>(
      crlf_document, {{error_code::invalid_email, "/candidates/0/email", offset_of(crlf_document, "\"zo\xC3\xAB@\"")},
                      {error_code::unknown_field, "/candidates/1/phone", offset_of(crlf_document, "\"phone\"")},
                      {error_code::unknown_field, "/priority", offset_of(crlf_document, "\"priority\"")}});
}

std::string headline(const std::string& file, place at, const invite::error& e) {
  return file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
         std::string(invite::to_string(e.code)) + ": " + e.path + ": " + e.message + "\n";
}

std::string github_line(const std::string& file, place at, const invite::error& e) {
  return "::error file=" + file + ",line=" + std::to_string(at.line) + ",col=" + std::to_string(at.column) +
         ",title=" + std::string(invite::to_string(e.code)) + "::" + e.path + ": " + e.message + "\n";
}

// A request on one line of exactly 1 MiB: an undeclared "note" holding units of "aé€" (6 bytes,
// 3 characters each) and a few ASCII letters to make up the size, then three broken rules.
struct minified_line {
  std::string text;
  std::size_t units = 0;
  std::size_t letters = 0;
};

minified_line one_mebibyte_line() {
  const std::string head = "{\"note\":\"";
  const std::string tail = "\",\"assessment_id\":0,\"invite_format\":\"GETLINK\","
                           "\"candidates\":[{\"name\":\"Ann\",\"email\":\"x\"}]}";
  minified_line line;
  const std::size_t room = (std::size_t{1} << 20) - head.size() - tail.size();
  line.units = room / 6;
  line.letters = room % 6;
  line.text = head;
  for (std::size_t i = 0; i < line.units; ++i) line.text += "a\xC3\xA9\xE2\x82\xAC";
  line.text.append(line.letters, 'z');
  line.text += tail;
  REQUIRE(line.text.size() == std::size_t{1} << 20);
  return line;
}

} // namespace

TEST_CASE("after CRLF line ends and multi-byte characters, text json and github agree on the places") {
  scratch dir;
  dir.file("crlf.json", crlf_document);
  const auto errors = crlf_errors();

  const auto text = dir.run({"crlf.json"});
  CHECK(text.status == 1);
  CHECK(headlines(text.out) == headline("crlf.json", crlf_places[0], errors[0]) +
                                   headline("crlf.json", crlf_places[1], errors[1]) +
                                   headline("crlf.json", crlf_places[2], errors[2]));

  const auto json = dir.run({"--json", "crlf.json"});
  CHECK(json.status == 1);
  const auto report = read_json_report(split_lines(json.out).at(0));
  CHECK(report.errors == errors);
  CHECK(report.places == crlf_places);

  const auto github = dir.run({"--format", "github", "crlf.json"});
  CHECK(github.status == 1);
  CHECK(github.out == github_line("crlf.json", crlf_places[0], errors[0]) +
                          github_line("crlf.json", crlf_places[1], errors[1]) +
                          github_line("crlf.json", crlf_places[2], errors[2]));

  // From standard input: the same places.
  const auto piped = dir.run({"--json"}, crlf_document);
  CHECK(read_json_report(split_lines(piped.out).at(0)).places == crlf_places);
}

TEST_CASE("on one 1 MiB minified line the columns count characters, not bytes") {
  scratch dir;
  const minified_line line = one_mebibyte_line();
  dir.file("big.json", line.text);
  const std::string& t = line.text;
  const auto errors = library_errors<invite::request>(
      t, {{error_code::unknown_field, "/note", 1},
          {error_code::out_of_range, "/assessment_id", offset_of(t, "0,\"invite_format\"")},
          {error_code::invalid_enum, "/invite_format", offset_of(t, "\"GETLINK\"")},
          {error_code::invalid_email, "/candidates/0/email", offset_of(t, "\"x\"")}});

  // Before the 0: `{"note":"` (9), the units (3 characters each), the letters, then
  // `","assessment_id":` (18): the 0 is the next column. "GETLINK" follows `0,"invite_format":`
  // (18 more); `"x"` follows `,"candidates":[{"name":"Ann","email":` (37 more after the
  // enum's 9).
  const std::size_t zero = 9 + 3 * line.units + line.letters + 18 + 1;
  const std::vector<place> places{{1, 2}, {1, zero}, {1, zero + 18}, {1, zero + 18 + 9 + 37}};

  const auto json = dir.run({"--json", "big.json"});
  CHECK(json.status == 1);
  const auto report = read_json_report(split_lines(json.out).at(0));
  CHECK(report.errors == errors);
  CHECK(report.places == places);

  const auto github = dir.run({"--format=github", "big.json"});
  const auto annotations = split_lines(github.out);
  REQUIRE(annotations.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(annotations[i] + "\n" == github_line("big.json", places[i], errors[i]));
  }

  // The text report: each headline has the place, and each excerpt is cut to 100 cells
  // (the width off a terminal) with the caret under the character it names.
  const auto text = dir.run({"big.json"});
  const auto lines = split_lines(text.out);
  REQUIRE(lines.size() == 4 * 3);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(lines[3 * i] + "\n" == headline("big.json", places[i], errors[i]));
  }
  // The 0 of assessment_id: both sides are cut, and only one-cell characters are near it, so
  // the caret's cell is the character's index in the shown line. " 1 | " is 5 cells.
  const std::string& shown = lines[4];
  const std::string& caret = lines[5];
  const std::u32string shown_characters = [&] {
    std::u32string decoded;
    for (std::size_t i = 0; i < shown.size();) {
      const auto byte = static_cast<unsigned char>(shown[i]);
      const std::size_t length = byte < 0x80 ? 1 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4;
      decoded += static_cast<char32_t>(byte < 0x80 ? byte : 0xffff); // only the ASCII matters
      i += length;
    }
    return decoded;
  }();
  CHECK(shown.rfind(" 1 | \u2026", 0) == 0);
  CHECK(shown.size() >= 3);
  CHECK(shown.substr(shown.size() - 3) == "\u2026");
  CHECK(shown_characters.size() == 100);
  const std::size_t caret_cell = caret.find('^');
  REQUIRE(caret_cell != std::string::npos);
  CHECK(caret.substr(0, 5) == "   | ");
  CHECK(shown_characters[caret_cell] == U'0');
  CHECK(shown_characters.substr(caret_cell, 4) == U"0,\"i");
  CHECK(contains(shown, "\",\"assessment_id\":0,\"invite_format\":\"GETLINK\""));
}

TEST_CASE("the excerpt shows the line without its CR and puts the caret under wide characters' ends") {
  scratch dir;
  dir.file("crlf.json", crlf_document);
  const auto text = dir.run({"crlf.json"});
  const auto lines = split_lines(text.out);
  REQUIRE(lines.size() == 9);
  CHECK(lines[1] == " 5 |     {\"name\": \"Zo\xC3\xAB Bront\xC3\xAB \xE9\x99\x88\xE4\xBC\x9F\", \"email\": \"zo\xC3\xAB@\"},");
  // Column 40, but 陈 and 伟 take two cells each: the caret is in cell 41 after the gutter.
  CHECK(lines[2] == "   | " + std::string(41, ' ') + "^");
  CHECK(lines[4] == " 6 |     {\"name\": \"\xF0\x9F\x98\x80\", \"email\": \"a@b.io\", \"phone\": 1}");
  // Column 38; the emoji takes two cells: cell 38.
  CHECK(lines[5] == "   | " + std::string(38, ' ') + "^");
  CHECK(lines[7] == " 8 |   \"priority\": 1");
  CHECK(lines[8] == "   | " + std::string(2, ' ') + "^");
}

TEST_CASE("the excerpt escapes control characters and counts each as one column") {
  scratch dir;
  // A tab before the 0 (JSON whitespace): column 19, but "\t" takes two cells.
  const std::string tabbed = "{\"assessment_id\":\t0,\"invite_format\":\"getlink\",\"candidates\":[{\"name\":\"A\",\"email\":\"a@b.io\"}]}";
  library_errors<invite::request>(tabbed, {{error_code::out_of_range, "/assessment_id", 18}});
  dir.file("tab.json", tabbed);
  const auto tab = split_lines(dir.run({"tab.json"}).out);
  REQUIRE(tab.size() == 3);
  CHECK(tab[0].rfind("tab.json:1:19: out_of_range: /assessment_id: ", 0) == 0);
  CHECK(tab[1] == " 1 | {\"assessment_id\":\\t0,\"invite_format\":\"getlink\",\"candidates\":[{\"name\":\"A\",\"email\":\"a@b.io\"}]}");
  CHECK(tab[2] == "   | " + std::string(19, ' ') + "^");

  // An escape character where a value belongs: invalid JSON at byte 5, column 6; shown \x1b.
  const std::string escape = "{\"a\":\x1b" "1}";
  dir.file("escape.json", escape);
  const auto esc = split_lines(dir.run({"escape.json"}).out);
  REQUIRE(esc.size() == 3);
  CHECK(esc[0].rfind("escape.json:1:6: invalid_json: ", 0) == 0);
  CHECK(contains(esc[0], "at byte 5")); // the message's place is the column's
  CHECK(esc[1] == " 1 | {\"a\":\\x1b1}");
  CHECK(esc[2] == "   | " + std::string(5, ' ') + "^");

  // A lone CR is JSON whitespace and a character: "b" is at column 9, shown after "\r".
  const std::string lone_cr = "{\"a\":1,\r\"b\":2}";
  dir.file("cr.json", lone_cr);
  const auto cr = split_lines(dir.run({"cr.json"}).out);
  REQUIRE(cr.size() >= 6);
  CHECK(cr[3].rfind("cr.json:1:9: unknown_field: /b: ", 0) == 0);
  CHECK(cr[4] == " 1 | {\"a\":1,\\r\"b\":2}");
  CHECK(cr[5] == "   | " + std::string(9, ' ') + "^");

  // Malformed UTF-8 in a string: each byte shown, the piece one column.
  const std::string latin1 = "{\"a\":\"caf\xE9\"}";
  dir.file("latin1.json", latin1);
  const auto l1 = split_lines(dir.run({"latin1.json"}).out);
  REQUIRE(l1.size() == 3);
  CHECK(l1[0].rfind("latin1.json:1:10: invalid_json: not UTF-8 text: malformed UTF-8 at byte 9 (0xe9)", 0) == 0);
  CHECK(l1[1] == " 1 | {\"a\":\"caf\\xe9\"}");
  CHECK(l1[2] == "   | " + std::string(9, ' ') + "^");

  // A right-to-left override is shown escaped, so the line reads as it is stored.
  const std::string bidi = "{\"\xE2\x80\xAE" "a\":1}";
  dir.file("bidi.json", bidi);
  const auto rtl = split_lines(dir.run({"--allow-unknown", "--max-errors", "1", "bidi.json"}).out);
  REQUIRE(rtl.size() == 4); // the error, its line and caret, and the note of the tolerated key
  CHECK(rtl[1] == " 1 | {\"\\u{202e}a\":1}");
  CHECK(rtl[3].rfind("bidi.json:1:2: note: /\xE2\x80\xAE" "a: ", 0) == 0);
}

TEST_CASE("a long line is cut around the caret with an ellipsis on each cut side") {
  scratch dir;
  // 300 characters on one line: "phone" is an unknown key in the middle of padding spaces.
  const std::string before(140, ' ');
  const std::string after(120, ' ');
  const std::string document = "{" + before + "\"phone\":1," + after +
                               "\"assessment_id\":1,\"invite_format\":\"getlink\",\"candidates\":[{\"name\":\"A\",\"email\":\"a@b.io\"}]}";
  dir.file("long.json", document);
  const auto lines = split_lines(dir.run({"long.json"}).out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("long.json:1:142: unknown_field: /phone: ", 0) == 0);
  // 100 cells less the 5 of " 1 | ": 95; less the two ellipses and the caret's cell: 92, half
  // before the caret and half after.
  CHECK(lines[1] == " 1 | \u2026" + std::string(46, ' ') + "\"phone\":1," + std::string(37, ' ') + "\u2026");
  CHECK(lines[2] == "   | " + std::string(1 + 46, ' ') + "^");

  // Near the start there is no ellipsis on the left, and the right side gets the room.
  const std::string early = "{\"phone\":1," + std::string(200, ' ') +
                            "\"assessment_id\":1,\"invite_format\":\"getlink\",\"candidates\":[{\"name\":\"A\",\"email\":\"a@b.io\"}]}";
  dir.file("early.json", early);
  const auto early_lines = split_lines(dir.run({"early.json"}).out);
  REQUIRE(early_lines.size() == 3);
  // 95 cells: 94 characters and the ellipsis.
  CHECK(early_lines[1] == " 1 | {\"phone\":1," + std::string(94 - 11, ' ') + "\u2026");
  CHECK(early_lines[2] == "   | " + std::string(1, ' ') + "^");

  // At the end of a long line (a document cut short) the caret is past the last character.
  const std::string cut_short = "{\"candidates\":[" + std::string(200, ' ');
  dir.file("short.json", cut_short);
  const auto end_lines = split_lines(dir.run({"short.json"}).out);
  REQUIRE(end_lines.size() == 3);
  CHECK(end_lines[0].rfind("short.json:1:216: invalid_json: ", 0) == 0);
  // 95 cells: the ellipsis, 93 spaces, and the caret's empty cell.
  CHECK(end_lines[1] == " 1 | \u2026" + std::string(93, ' '));
  CHECK(end_lines[2] == "   | " + std::string(94, ' ') + "^");
}

TEST_CASE("in ndjson mode an error's line is its line in the file") {
  scratch dir;
  // Line 1 valid, line 2 blank, line 3 with CRLF and a two-byte character before the error.
  const std::string valid = R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";
  const std::string third = "{\"assessment_id\":1,\"invite_format\":\"getlink\",\"candidates\":[{\"name\":\"\xC3\xA9\",\"email\":\"e\"}]}";
  dir.file("lines.ndjson", valid + "\n\n" + third + "\r\n");
  // `{"assessment_id":1,` 19, `"invite_format":"getlink",` 26 (45), `"candidates":[{` 15 (60),
  // `"name":"é",` 11 characters (71), `"email":` 8 (79): the e-mail's quote is at column 80.
  const auto text = dir.run({"--ndjson", "lines.ndjson"});
  CHECK(text.status == 1);
  const auto lines = split_lines(text.out);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "lines.ndjson:1: ok");
  CHECK(lines[1].rfind("lines.ndjson:3:80: invalid_email: /candidates/0/email: ", 0) == 0);
  CHECK(lines[2].rfind(" 3 | ", 0) == 0);

  const auto json = dir.run({"--ndjson", "--json", "lines.ndjson"});
  const auto reports = split_lines(json.out);
  REQUIRE(reports.size() == 2);
  const auto third_report = read_json_report(reports[1]);
  CHECK(third_report.file == "lines.ndjson:3");
  CHECK(third_report.places == std::vector<place>{{3, 80}});

  const auto github = dir.run({"--ndjson", "--format", "github", "lines.ndjson"});
  CHECK(github.out.rfind("::error file=lines.ndjson,line=3,col=80,title=invalid_email::", 0) == 0);
}

TEST_CASE("colour only when asked for or on a terminal, and never with --color=never") {
  scratch dir;
  const std::string document = R"({"assessment_id":0,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";
  const auto errors = library_errors<invite::request>(document, {{error_code::out_of_range, "/assessment_id", 17}});
  dir.file("zero.json", document);
  dir.file("valid.json", R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})");

  // Standard output is a file here, not a terminal: auto means no colour.
  for (const auto& arguments : {std::vector<std::string>{"zero.json", "valid.json"},
                                std::vector<std::string>{"--color=auto", "zero.json", "valid.json"},
                                std::vector<std::string>{"--color=never", "zero.json", "valid.json"}}) {
    const auto plain = dir.run(arguments);
    CHECK(plain.out.find('\x1b') == std::string::npos);
  }

  // Forced: the place in bold, the code in bold red, the pointer in cyan, the gutter in bold
  // blue, the caret in bold red, "ok" in green.
  const std::string expected =
      "\x1b[1mzero.json:1:18:\x1b[0m \x1b[1;31mout_of_range\x1b[0m: \x1b[36m/assessment_id\x1b[0m: " +
      errors[0].message + "\n"
      " \x1b[1;34m1 |\x1b[0m " + document + "\n"
      "   \x1b[1;34m|\x1b[0m " + std::string(17, ' ') + "\x1b[1;31m^\x1b[0m\n"
      "valid.json: \x1b[32mok\x1b[0m\n";
  for (const auto& arguments : {std::vector<std::string>{"--color=always", "zero.json", "valid.json"},
                                std::vector<std::string>{"--color", "zero.json", "valid.json"}}) {
    CHECK(dir.run(arguments).out == expected);
  }
  // An explicit --color=always is a request for this run, and outranks NO_COLOR (as
  // https://no-color.org asks of command-line flags); --color=never outranks everything.
  CHECK(dir.run({"--color=always", "zero.json", "valid.json"}, {}, {}, {"NO_COLOR=1"}).out == expected);
  CHECK(dir.run({"--color=never", "zero.json"}, {}, {}, {"TERM=xterm-256color"}).out.find('\x1b') ==
        std::string::npos);
  // The last --color wins, like the other options.
  CHECK(dir.run({"--color=always", "--color=never", "zero.json"}).out.find('\x1b') == std::string::npos);
  // Colour never reaches the machine formats.
  for (const char* format : {"json", "github", "junit"}) {
    CHECK(dir.run({"--color=always", "--format", format, "zero.json"}).out.find('\x1b') == std::string::npos);
  }
}
