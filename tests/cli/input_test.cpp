// What invite-check says about its input beyond the contract's rules: a file too large to read
// whole, standard input named twice, a bound of zero, and input that is not text at all. Each
// case failed before the checker learnt it (issue 14, "CLI slips").

#include "cli_harness.hpp"

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cli_test;

namespace {

const std::string valid_request =
    R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]})";
const std::string invalid_request =
    R"({"assessment_id":0,"invite_format":"x","candidates":[{"name":"A","email":"a@b.io"}]})";

// The report of a document with one error: its headline, parsed back.
struct one_error {
  std::string code;
  std::string path;
  std::size_t offset = 0;
  place at;
  std::string message;
};

one_error only_error(const process_result& run) {
  const auto lines = split_lines(run.out);
  REQUIRE(lines.size() == 1);
  const auto report = read_json_report(lines[0]);
  REQUIRE(report.errors.size() == 1);
  const invite::error& e = report.errors[0];
  return {std::string(invite::to_string(e.code)), e.path, e.offset, report.places[0], e.message};
}

} // namespace

TEST_CASE("a file larger than max-bytes is reported with a size that is true") {
  scratch dir;
  // 3,000,000 bytes of a valid document's padding: only 1,048,577 are read.
  std::string big = valid_request;
  big.resize(3000000, ' ');
  dir.file("big.json", big);

  const auto file = only_error(dir.run({"--json", "big.json"}));
  CHECK(file.code == "payload_too_large");
  CHECK(file.offset == 0);
  CHECK(file.message == "the document is 3000000 bytes, more than the 1048576 accepted");

  // Standard input from a regular file: its size is known too.
  CHECK(only_error(dir.run({"--json"}, big)).message == file.message);

  // From a device the size is unknown: what is known is that it is more than the limit.
  const auto endless = only_error(dir.run({"--json", "/dev/zero"}));
  CHECK(endless.message == "the document is more than the 1048576 bytes accepted");
  const auto piped = only_error(dir.run({"--json", "--max-bytes", "10"}, {}, {}, {}, "/dev/zero"));
  CHECK(piped.message == "the document is more than the 10 bytes accepted");

  // The number of bytes read (the limit + 1) is never given as the document's size.
  for (const auto& message : {file.message, endless.message}) {
    CHECK_FALSE(contains(message, "1048577"));
  }

  // A line of --ndjson is cut where it passes the limit: "more than" again.
  dir.file("lines.ndjson", valid_request + "\n" + std::string(5000, ' ') + valid_request + "\n");
  const auto lines = split_lines(dir.run({"--json", "--ndjson", "--max-bytes", "1000", "lines.ndjson"}).out);
  REQUIRE(lines.size() == 2);
  const auto cut = read_json_report(lines[1]);
  REQUIRE(cut.errors.size() == 1);
  CHECK(cut.errors[0].message == "the document is more than the 1000 bytes accepted");
}

TEST_CASE("standard input named twice is a usage error, not an empty second document") {
  scratch dir;
  for (const auto& arguments : {std::vector<std::string>{"-", "-"}, std::vector<std::string>{"--ndjson", "-", "--", "-"},
                                std::vector<std::string>{"--against", "-", "-"}}) {
    const auto run = dir.run(arguments, valid_request);
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK(contains(run.err, "standard input ('-') can be named only once"));
  }
  // Once is fine, with or without files around it.
  dir.file("valid.json", valid_request);
  CHECK(dir.run({"valid.json", "-"}, valid_request).status == 0);
}

TEST_CASE("max-errors 0 keeps the verdict and lists no error, in every format") {
  scratch dir;
  dir.file("invalid.json", invalid_request);
  dir.file("valid.json", valid_request);
  const std::vector<std::string> files{"invalid.json", "valid.json"};
  const auto with = [&](std::vector<std::string> options) {
    options.insert(options.end(), files.begin(), files.end());
    return options;
  };

  const auto text = dir.run(with({"--max-errors", "0"}));
  CHECK(text.status == 1);
  CHECK(text.out == "invalid.json: invalid\nvalid.json: ok\n");

  const auto json = dir.run(with({"--max-errors=0", "--json"}));
  CHECK(json.status == 1);
  CHECK(json.out == "{\"file\":\"invalid.json\",\"valid\":false,\"errors\":[]}\n"
                    "{\"file\":\"valid.json\",\"valid\":true,\"errors\":[]}\n");

  const auto github = dir.run(with({"--max-errors=0", "--format=github"}));
  CHECK(github.out ==
        "::error file=invalid.json,title=invalid::the document is invalid (--max-errors 0 lists no errors)\n");

  const auto junit = dir.run(with({"--max-errors=0", "--format=junit"}));
  CHECK(contains(junit.out, "<testcase classname=\"invite-check.request\" name=\"invalid.json\" file=\"invalid.json\">\n"
                            "      <failure type=\"invalid\" message=\"invalid (--max-errors 0 lists no errors)\"/>\n"));
  CHECK(contains(junit.out, "tests=\"2\" failures=\"1\" errors=\"0\""));

  // An ndjson line names its line, in github too.
  dir.file("lines.ndjson", valid_request + "\n" + invalid_request + "\n");
  CHECK(dir.run({"--max-errors=0", "--ndjson", "lines.ndjson"}).out == "lines.ndjson:1: ok\nlines.ndjson:2: invalid\n");
  CHECK(dir.run({"--max-errors=0", "--ndjson", "--format=github", "lines.ndjson"}).out ==
        "::error file=lines.ndjson,line=2,title=invalid::the document is invalid (--max-errors 0 lists no errors)\n");

  // A document too large is invalid with no error either.
  CHECK(dir.run({"--max-errors=0", "--max-bytes=10", "valid.json"}).out == "valid.json: invalid\n");
}

TEST_CASE("max-bytes 0 takes only the empty document, which is no JSON text") {
  scratch dir;
  dir.file("empty.json", "");
  dir.file("object.json", "{}");
  const auto empty = only_error(dir.run({"--json", "--max-bytes", "0", "empty.json"}));
  CHECK(empty.code == "invalid_json");
  const auto object = only_error(dir.run({"--json", "--max-bytes", "0", "object.json"}));
  CHECK(object.code == "payload_too_large");
  CHECK(object.message == "the document is 2 bytes, more than the 0 accepted");
}

TEST_CASE("input that is not UTF-8 JSON text is named for what it is") {
  scratch dir;
  struct input {
    std::string name;
    std::string bytes;
    std::size_t offset;
    std::size_t column;
    std::string message;
  };
  const std::string utf16_mark = "it starts with a UTF-16 (little-endian) byte-order mark; JSON text must be UTF-8";
  const std::vector<input> inputs{
      {"image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), 0, 1,
       "not JSON text: it starts with the signature of a PNG image"},
      {"photo.jpg", "\xFF\xD8\xFF\xE0", 0, 1, "not JSON text: it starts with the signature of a JPEG image"},
      {"data.gz", std::string("\x1F\x8B\x08\0", 4), 0, 1,
       "not JSON text: it starts with the signature of gzip-compressed data"},
      {"paper.pdf", "%PDF-1.7\n", 0, 1, "not JSON text: it starts with the signature of a PDF document"},
      {"bundle.zip", "PK\x03\x04", 0, 1,
       "not JSON text: it starts with the signature of a ZIP archive (also .docx, .xlsx, .jar)"},
      {"program", "\x7F" "ELF\x02\x01", 0, 1, "not JSON text: it starts with the signature of an ELF executable"},
      {"utf16le.json", std::string("\xFF\xFE{\0}\0", 6), 0, 1, "not JSON text: " + utf16_mark},
      {"utf16be.json", std::string("\xFE\xFF\0{\0}", 6), 0, 1,
       "not JSON text: it starts with a UTF-16 (big-endian) byte-order mark; JSON text must be UTF-8"},
      // FF FE 00 00 is UTF-32's mark, not UTF-16's followed by a NUL.
      {"utf32le.json", std::string("\xFF\xFE\0\0{\0\0\0", 8), 0, 1,
       "not JSON text: it starts with a UTF-32 (little-endian) byte-order mark; JSON text must be UTF-8"},
      {"utf32be.json", std::string("\0\0\xFE\xFF\0\0\0{", 8), 0, 1,
       "not JSON text: it starts with a UTF-32 (big-endian) byte-order mark; JSON text must be UTF-8"},
      // UTF-16 without a mark: the first NUL is byte 1, after '{'.
      {"utf16.json", std::string("{\0\"\0a\0\"\0", 8), 1, 2,
       "not JSON text: a NUL byte at byte 1, which JSON text never holds (binary data, or text in UTF-16 or UTF-32?)"},
      // Binary data without a known signature: A, B and \x01 are three characters.
      {"blob.bin", std::string("AB\x01\0\x02", 5), 3, 4,
       "not JSON text: a NUL byte at byte 3, which JSON text never holds (binary data, or text in UTF-16 or UTF-32?)"},
      // Latin-1 é (E9) in a name: byte 12, after `{"name":"Jos` (12 characters).
      {"latin1.json", "{\"name\":\"Jos\xE9\"}", 12, 13,
       "not UTF-8 text: malformed UTF-8 at byte 12 (0xe9); is the file in another encoding, such as Latin-1 or Windows-1252?"},
      // A Windows-1252 opening quote (93) outside a string, where the library saw a bad literal.
      {"cp1252.json", "{\"a\":\x93x\x94}", 5, 6,
       "not UTF-8 text: malformed UTF-8 at byte 5 (0x93); is the file in another encoding, such as Latin-1 or Windows-1252?"},
      // A three-byte sequence cut after two bytes: one malformed piece of two bytes.
      {"cut.json", "{\"a\":\"\xE2\x82\"}", 6, 7,
       "not UTF-8 text: malformed UTF-8 at byte 6 (0xe2 0x82); is the file in another encoding, such as Latin-1 or Windows-1252?"},
  };
  for (const input& in : inputs) {
    INFO("input " << in.name);
    dir.file(in.name, in.bytes);
    const auto run = dir.run({"--json", in.name});
    CHECK(run.status == 1);
    const auto error = only_error(run);
    CHECK(error.code == "invalid_json"); // the code and path stay the library's
    CHECK(error.path.empty());
    CHECK(error.offset == in.offset);
    CHECK(error.at == place{1, in.column});
    CHECK(error.message == in.message);
    CHECK_FALSE(contains(error.message, "malformed number or literal"));
  }

  // What is text keeps the library's message: a real syntax error, a UTF-8 byte-order mark.
  dir.file("typo.json", "{\"a\":tru}");
  const auto typo = only_error(dir.run({"--json", "typo.json"}));
  CHECK(typo.offset == 5);
  CHECK(typo.at == place{1, 6});
  CHECK(contains(typo.message, "invalid JSON at byte 5")); // the message's place is the offset's
  dir.file("bom.json", "\xEF\xBB\xBF{}");
  CHECK(contains(only_error(dir.run({"--json", "bom.json"})).message, "byte-order mark"));
}

TEST_CASE("the default max-errors is 100, and N keeps exactly N") {
  scratch dir;
  // 101 undeclared keys in a valid request: 101 unknown_field errors, in key order.
  std::string document = "{";
  for (int i = 0; i <= 100; ++i) document += "\"k" + std::to_string(i) + "\":0,";
  document += valid_request.substr(1);
  dir.file("many.json", document);

  const auto by_default = read_json_report(split_lines(dir.run({"--json", "many.json"}).out).at(0));
  CHECK(by_default.errors.size() == 100);
  CHECK(by_default.errors.back().path == "/k99");
  const auto all = read_json_report(split_lines(dir.run({"--json", "--max-errors", "101", "many.json"}).out).at(0));
  CHECK(all.errors.size() == 101);
  CHECK(all.errors.back().path == "/k100");
  const auto one = read_json_report(split_lines(dir.run({"--json", "--max-errors", "1", "many.json"}).out).at(0));
  CHECK(one.errors.size() == 1);
}
