// tools/invite-corpus: it writes the library's corpus for the arguments given, byte for byte, and
// refuses arguments it cannot use with status 2 and a reason.

#include <invite/testing/corpus.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#ifndef INVITE_CORPUS_TOOL
#error "INVITE_CORPUS_TOOL must name the invite-corpus program"
#endif

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The tool's exit status, its standard output and error going to `output`.
int run_tool(const std::string& arguments, const fs::path& output) {
  const std::string command = std::string("'") + INVITE_CORPUS_TOOL + "' " + arguments + " >'" + output.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

fs::path scratch(const char* name) {
  const fs::path path = fs::temp_directory_path() / (std::string("invite-corpus-tool-") + name + "-" + std::to_string(::getpid()));
  fs::remove_all(path);
  return path;
}

} // namespace

TEST_CASE("invite-corpus writes the library's corpus for its arguments", "[testing][corpus][tool]") {
  const fs::path directory = scratch("out");
  const fs::path output = scratch("log");
  REQUIRE(run_tool("--out '" + directory.string() + "' --count 25 --seed 7 --invalid-share 40% --kind response", output) == 0);
  CHECK(read_file(output) == "invite-corpus: 25 response bodies (10 invalid) and their verdicts in " + directory.string() + "\n");

  invite::testing::corpus_settings settings;
  settings.count = 25;
  settings.seed = 7;
  settings.invalid = {2, 5};
  settings.kind = invite::testing::document_kind::response;
  const auto corpus = invite::testing::make_corpus(settings);
  std::string verdicts;
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    const std::string name = invite::testing::corpus_file_name(i);
    INFO(name);
    CHECK(read_file(directory / name) == corpus[i].json);
    verdicts += invite::testing::verdict_line(corpus[i], name) + "\n";
  }
  CHECK(read_file(directory / "verdicts.ndjson") == verdicts);
  fs::remove_all(directory);
  fs::remove(output);
}

TEST_CASE("invite-corpus prints what docs/testing.md shows", "[testing][corpus][tool]") {
  const fs::path directory = scratch("page");
  fs::create_directories(directory);
  const fs::path output = directory / "printed";
  const std::string command = "cd '" + directory.string() + "' && '" + INVITE_CORPUS_TOOL +
                              "' --out corpus --count 1000 --seed 7 >'" + output.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  CHECK(read_file(output) == "invite-corpus: 1000 request bodies (333 invalid) and their verdicts in corpus\n");
  CHECK(fs::exists(directory / "corpus" / "000999.json"));
  fs::remove_all(directory);
}

TEST_CASE("invite-corpus refuses what it cannot use, with status 2 and a reason", "[testing][corpus][tool]") {
  const fs::path output = scratch("refused");
  const struct {
    const char* arguments;
    const char* reason;
  } refused[] = {
      {"--count 3", "--out and --count are required"},
      {"--out x", "--out and --count are required"},
      {"--out x --count many", "--count wants a whole number"},
      {"--out x --count 3 --invalid-share 1.5", "--invalid-share wants a share from 0 to 1"},
      {"--out x --count 3 --profile fast", "--profile is realistic or every-form"},
      {"--out x --count 3 --kind answer", "--kind is request or response"},
      {"--out x --count 3 --seed -1", "--seed wants a whole number"},
      {"--out x --count 3 --verbose", "unknown option or missing value: --verbose"},
      {"--out x --count 3 --frobnicate 1", "unknown option: --frobnicate"},
  };
  for (const auto& attempt : refused) {
    INFO(attempt.arguments);
    CHECK(run_tool(attempt.arguments, output) == 2);
    CHECK(read_file(output).rfind(std::string("invite-corpus: ") + attempt.reason, 0) == 0);
  }
  CHECK(run_tool("--help", output) == 0);
  CHECK(read_file(output).rfind("usage: invite-corpus --out DIR --count N", 0) == 0);
  // A folder it cannot make is a failure to write, status 1.
  std::ofstream(output.string() + ".file") << "x";
  CHECK(run_tool("--out '" + output.string() + ".file/inside' --count 2", output) == 1);
  CHECK(read_file(output).rfind("invite-corpus: cannot create ", 0) == 0);
  fs::remove(output.string() + ".file");
  fs::remove(output);
}
