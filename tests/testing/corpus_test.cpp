// Corpora: the share of invalid bodies is exact and spread evenly, every body has the verdict it
// is written down with, a corpus is the same from the same settings, and on disk it is one file
// a body plus one verdict line a body, each line a well-formed JSON text.

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <invite_test/json_oracle.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using namespace invite::testing;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

TEST_CASE("shares are read exactly, without floating point", "[testing][corpus]") {
  const auto is = [](const char* text, std::uint64_t numerator, std::uint64_t denominator) {
    const std::optional<share> read = parse_share(text);
    return read && read->numerator * denominator == numerator * read->denominator;
  };
  CHECK(is("0.25", 1, 4));
  CHECK(is("25%", 1, 4));
  CHECK(is("1/3", 1, 3));
  CHECK(is("0", 0, 1));
  CHECK(is("1", 1, 1));
  CHECK(is(".5", 1, 2));
  CHECK(is("1.0", 1, 1));
  for (const char* bad : {"", "1.5", "2", "4/3", "1/0", "-0.1", "a", "0.x", "%", "1e-1"}) {
    INFO(bad);
    CHECK_FALSE(parse_share(bad).has_value());
  }
}

TEST_CASE("a corpus has exactly its share of invalid bodies, each with its verdict", "[testing][corpus]") {
  for (const profile style : {profile::realistic_traffic, profile::every_legal_form}) {
    for (const document_kind kind : {document_kind::request, document_kind::response}) {
      corpus_settings settings;
      settings.count = 300;
      settings.seed = 42;
      settings.invalid = {1, 4};
      settings.style = style;
      settings.kind = kind;
      const std::vector<test_document> corpus = make_corpus(settings);
      REQUIRE(corpus.size() == 300);
      std::size_t invalid = 0;
      for (std::size_t i = 0; i < corpus.size(); ++i) {
        const test_document& body = corpus[i];
        INFO("body " << i << ": " << body.how);
        CHECK(body.valid == (i % 4 != 3));
        CHECK(body.kind == kind);
        invalid += body.valid ? 0 : 1;
        // A server reads with its defaults.
        CHECK(body.options.allow_unknown_fields == invite::parse_options{}.allow_unknown_fields);
        CHECK(body.options.max_errors == invite::parse_options{}.max_errors);
        CHECK(body.options.max_bytes == invite::parse_options{}.max_bytes);
        if (kind == document_kind::request) {
          const auto parsed = invite::parse_request(body.json);
          CHECK(difference(body, parsed.ok(), parsed.errors()) == "");
        } else {
          const auto parsed = invite::parse_response(body.json);
          CHECK(difference(body, parsed.ok(), parsed.errors()) == "");
        }
        CHECK(expected_status(body) == (body.valid ? 200 : 400));
      }
      CHECK(invalid == 75);
      CHECK(make_corpus(settings)[123].json == corpus[123].json);
      CHECK(corpus_document(settings, 123).json == corpus[123].json); // one body alone, from its index
    }
  }
}

TEST_CASE("a corpus on disk: a file a body, a verdict line a body", "[testing][corpus]") {
  corpus_settings settings;
  settings.count = 40;
  settings.seed = 9;
  settings.invalid = {1, 2};
  const std::vector<test_document> corpus = make_corpus(settings);
  const std::filesystem::path directory = std::filesystem::temp_directory_path() / ("invite-corpus-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(directory);
  std::string problem;
  REQUIRE(write_corpus(corpus, directory.string(), problem));
  CHECK(problem.empty());
  std::istringstream verdicts(read_file(directory / "verdicts.ndjson"));
  std::string line;
  std::size_t lines = 0;
  while (std::getline(verdicts, line)) {
    INFO(line);
    CHECK(invite_test::is_well_formed_json(line));
    const std::string name = corpus_file_name(lines);
    CHECK(line.rfind("{\"file\":\"" + name + "\",\"kind\":\"request\",\"valid\":" + (corpus[lines].valid ? "true" : "false"), 0) == 0);
    CHECK(read_file(directory / name) == corpus[lines].json);
    ++lines;
  }
  CHECK(lines == 40);
  CHECK(corpus_file_name(7) == "000007.json");
  // A folder that cannot be made (under a file) is said so.
  CHECK_FALSE(write_corpus(corpus, (directory / "verdicts.ndjson" / "inside").string(), problem));
  CHECK(problem.rfind("cannot create ", 0) == 0);
  std::filesystem::remove_all(directory);
}

TEST_CASE("a corpus that cannot be written where it goes says which file", "[testing][corpus]") {
  corpus_settings settings;
  settings.count = 3;
  const std::vector<test_document> corpus = make_corpus(settings);
  const std::filesystem::path directory =
      std::filesystem::temp_directory_path() / ("invite-corpus-unwritable-" + std::to_string(::getpid()));
  std::filesystem::remove_all(directory);
  std::string problem;
  // A folder where the second body goes: opening it as a file fails (even for root).
  std::filesystem::create_directories(directory / corpus_file_name(1));
  CHECK_FALSE(write_corpus(corpus, directory.string(), problem));
  CHECK(problem == "cannot write " + (directory / corpus_file_name(1)).string());
  CHECK(read_file(directory / corpus_file_name(0)) == corpus[0].json);
  std::filesystem::remove_all(directory);
  // A folder where the verdicts go.
  problem.clear();
  std::filesystem::create_directories(directory / "verdicts.ndjson");
  CHECK_FALSE(write_corpus(corpus, directory.string(), problem));
  CHECK(problem == "cannot write " + (directory / "verdicts.ndjson").string());
  std::filesystem::remove_all(directory);
}

TEST_CASE("a verdict line says the status a server owes and every error", "[testing][corpus]") {
  test_document body;
  body.json = "{}";
  body.valid = false;
  body.errors = {{invite::error_code::missing_field, "/assessment_id", 0}, {invite::error_code::unknown_field, "/a\"b", 3}};
  body.how = "hand-made \"quoted\"";
  CHECK(verdict_line(body, "x.json") ==
        R"({"file":"x.json","kind":"request","valid":false,"status":400,"errors":[{"code":"missing_field","path":"/assessment_id","offset":0},{"code":"unknown_field","path":"/a\"b","offset":3}],"how":"hand-made \"quoted\""})");
  body.errors = {{invite::error_code::payload_too_large, "", 0}};
  CHECK(expected_status(body) == 413);
}
