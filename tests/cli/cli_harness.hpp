#ifndef INVITE_TESTS_CLI_CLI_HARNESS_HPP_INCLUDED
#define INVITE_TESTS_CLI_CLI_HARNESS_HPP_INCLUDED

// invite-check driven as a process: arguments, files, standard input and environment in;
// standard output, standard error and the exit status out. Shared by the tests of tests/cli.

#include <invite/codec/text_position.hpp>
#include <invite/invite.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace cli_test {

namespace fs = std::filesystem;
using invite::error_code;

// ---------------------------------------------------------------------------------------------
// What the library says about a document, checked against what the contract predicts.

struct expected_error {
  error_code code;
  std::string path;
  std::optional<std::size_t> offset; // unchecked when empty
  std::string_view code_name{};      // the name refining `code` (check_response's), if any

  std::string_view name() const noexcept { return code_name.empty() ? invite::to_string(code) : code_name; }
};

inline std::size_t offset_of(const std::string& document, std::string_view needle) {
  const std::size_t at = document.find(needle);
  REQUIRE(at != std::string::npos);
  return at;
}

inline void require_matches(const std::vector<invite::error>& actual,
                            const std::vector<expected_error>& expected) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("error " << i << ": " << actual[i].message);
    CHECK(actual[i].name() == expected[i].name());
    if (expected[i].code_name.empty()) CHECK(actual[i].code == expected[i].code); // a report names only
    CHECK(actual[i].path == expected[i].path);
    if (expected[i].offset) {
      CHECK(actual[i].offset == *expected[i].offset);
    }
  }
}

// The library's errors for a document, required to be the ones the contract predicts.
template <class T>
std::vector<invite::error> library_errors(std::string_view json, const std::vector<expected_error>& expected,
                                          const invite::parse_options& options = {}) {
  invite::parser parser;
  invite::result<T> result;
  parser.parse<T>(json, result, options);
  require_matches(result.errors(), expected);
  return result.errors();
}

// ---------------------------------------------------------------------------------------------
// The text report.

inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    REQUIRE(end != std::string::npos); // every line the checker writes ends with LF
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

/// The lines of a text report that are not excerpts (excerpt lines start with a space).
inline std::string headlines(const std::string& report) {
  std::string kept;
  for (const std::string& line : split_lines(report)) {
    if (line.rfind(' ', 0) != 0) kept += line + "\n";
  }
  return kept;
}

/// The text report's error lines for a document whose names, paths and messages hold no control
/// characters: "FILE:LINE:COLUMN: CODE: POINTER: MESSAGE" (no pointer for the root). Lines and
/// columns come from text_position.hpp, which its own tests check by hand; `first_line` is the
/// file's line the document starts on (an --ndjson line).
inline std::string text_report(const std::string& file, std::string_view document,
                               const std::vector<invite::error>& errors, std::size_t first_line = 1) {
  if (errors.empty()) {
    return (first_line == 1 ? file : file + ":" + std::to_string(first_line)) + ": ok\n";
  }
  const auto positions = invite::locate_errors(document, errors);
  std::string lines;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const invite::error& e = errors[i];
    lines += file + ":" + std::to_string(first_line + positions[i].line - 1) + ":" +
             std::to_string(positions[i].column) + ": " + std::string(e.name()) + ": ";
    if (!e.path.empty()) lines += e.path + ": ";
    lines += e.message + "\n";
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// One --json line read back with an independent JSON parser, its shape checked exactly.

struct place {
  std::size_t line = 0;
  std::size_t column = 0;
  friend bool operator==(const place& a, const place& b) { return a.line == b.line && a.column == b.column; }
};

inline std::ostream& operator<<(std::ostream& out, const place& p) {
  return out << p.line << ':' << p.column;
}

struct json_report {
  std::string file;
  bool valid = false;
  std::vector<invite::error> errors;
  std::vector<place> places; // one per error
  std::vector<invite::error> notes;
  std::vector<place> note_places; // one per note
  std::string hint;               // "" when the line has none
};

inline std::optional<error_code> code_named(std::string_view name) {
  for (std::size_t i = 0; i < invite::error_code_count; ++i) {
    const auto code = static_cast<error_code>(i);
    if (invite::to_string(code) == name) {
      return code;
    }
  }
  return std::nullopt;
}

// An error as a report names it: one of the sixteen codes, or one of check_response's own names
// (whose code the report does not say: require_matches compares names).
inline std::optional<invite::error> error_named(std::string_view name) {
  if (const auto code = code_named(name)) return invite::error{*code, {}, {}, 0};
  namespace mismatch = invite::response_mismatch;
  for (const std::string_view own : {mismatch::invite_count_differs, mismatch::name_differs, mismatch::email_differs,
                                     mismatch::assessment_id_differs, mismatch::id_reused}) {
    if (own == name) return invite::error{error_code::invalid_json, {}, {}, 0, own};
  }
  return std::nullopt;
}

inline std::vector<std::string> keys_of(simdjson::dom::object object) {
  std::vector<std::string> keys;
  for (const auto field : object) {
    keys.emplace_back(field.key);
  }
  return keys;
}

// The errors (or notes) of one --json line.
inline void read_json_errors(simdjson::dom::array items, std::vector<invite::error>& errors, std::vector<place>& places) {
  for (const simdjson::dom::element item : items) {
    simdjson::dom::object object;
    REQUIRE(item.get(object) == simdjson::SUCCESS);
    REQUIRE(keys_of(object) ==
            std::vector<std::string>{"code", "path", "offset", "line", "column", "message"});
    std::string_view code, path, message;
    std::uint64_t offset = 0, line_number = 0, column = 0;
    REQUIRE(object["code"].get(code) == simdjson::SUCCESS);
    REQUIRE(object["path"].get(path) == simdjson::SUCCESS);
    REQUIRE(object["offset"].get(offset) == simdjson::SUCCESS);
    REQUIRE(object["line"].get(line_number) == simdjson::SUCCESS);
    REQUIRE(object["column"].get(column) == simdjson::SUCCESS);
    REQUIRE(object["message"].get(message) == simdjson::SUCCESS);
    auto known = error_named(code);
    REQUIRE(known);
    CHECK(line_number >= 1);
    CHECK(column >= 1);
    known->path = std::string(path);
    known->message = std::string(message);
    known->offset = static_cast<std::size_t>(offset);
    errors.push_back(std::move(*known));
    places.push_back({static_cast<std::size_t>(line_number), static_cast<std::size_t>(column)});
  }
}

inline json_report read_json_report(const std::string& line) {
  INFO("line: " << line);
  simdjson::dom::parser parser;
  simdjson::dom::object root;
  REQUIRE(parser.parse(line).get(root) == simdjson::SUCCESS);
  // file, valid and errors always; notes and hint only when there are some, in this order.
  std::vector<std::string> keys = keys_of(root);
  REQUIRE(keys.size() >= 3);
  CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 3) == std::vector<std::string>{"file", "valid", "errors"});
  std::vector<std::string> rest(keys.begin() + 3, keys.end());
  CHECK((rest.empty() || rest == std::vector<std::string>{"notes"} || rest == std::vector<std::string>{"hint"} ||
         rest == std::vector<std::string>{"notes", "hint"}));

  json_report report;
  std::string_view file;
  REQUIRE(root["file"].get(file) == simdjson::SUCCESS);
  report.file = std::string(file);
  REQUIRE(root["valid"].get(report.valid) == simdjson::SUCCESS);
  simdjson::dom::array errors;
  REQUIRE(root["errors"].get(errors) == simdjson::SUCCESS);
  read_json_errors(errors, report.errors, report.places);
  simdjson::dom::array notes;
  if (root["notes"].get(notes) == simdjson::SUCCESS) {
    read_json_errors(notes, report.notes, report.note_places);
    CHECK_FALSE(report.notes.empty()); // the member is there only when there are notes
  }
  std::string_view hint;
  if (root["hint"].get(hint) == simdjson::SUCCESS) {
    report.hint = std::string(hint);
    CHECK_FALSE(report.hint.empty());
    CHECK_FALSE(report.valid);
  }
  if (!report.errors.empty()) CHECK_FALSE(report.valid); // valid with no errors, or --max-errors 0
  return report;
}

// ---------------------------------------------------------------------------------------------
// Running the checker.

struct process_result {
  int status = -1; // the exit status; -1 when killed by a signal
  std::string out;
  std::string err;
};

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Changes to the environment invite-check runs in: "NAME=value" sets, "NAME" removes.
using environment_changes = std::vector<std::string>;

// The test's environment with `changes` applied; NO_COLOR and TERM are always removed first
// unless set by `changes`, so that a developer's own settings cannot change the results.
inline std::vector<std::string> environment_with(const environment_changes& changes) {
  const auto name_of = [](std::string_view entry) { return entry.substr(0, entry.find('=')); };
  std::vector<std::string> removed{"NO_COLOR", "TERM", "COLUMNS"};
  for (const std::string& change : changes) removed.emplace_back(name_of(change));
  std::vector<std::string> result;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view text = *entry;
    bool drop = false;
    for (const std::string& name : removed) drop = drop || name_of(text) == name;
    if (!drop) result.emplace_back(text);
  }
  for (const std::string& change : changes) {
    if (change.find('=') != std::string::npos) result.push_back(change);
  }
  return result;
}

// A private directory for one test's files, removed afterwards.
class scratch {
public:
  scratch() {
    std::string pattern = (fs::temp_directory_path() / "invite-cli-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root_ = pattern;
  }
  ~scratch() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  scratch(const scratch&) = delete;
  scratch& operator=(const scratch&) = delete;

  std::string file(const std::string& name, std::string_view content) const {
    const fs::path path = root_ / name;
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    REQUIRE(out.good());
    return path.string();
  }

  std::string directory(const std::string& name) const {
    const fs::path path = root_ / name;
    fs::create_directory(path);
    return path.string();
  }

  std::string path(const std::string& name) const { return (root_ / name).string(); }

  /// Runs invite-check with `arguments`, `input` as standard input (a regular file, unless
  /// `stdin_path` names another to open, such as a FIFO or /dev/zero), in this directory.
  process_result run(const std::vector<std::string>& arguments, std::string_view input = {},
                     const std::string& stdout_path = {}, const environment_changes& changes = {},
                     const std::string& stdin_path = {}) const {
    const std::string in_path = stdin_path.empty() ? file(".stdin", input) : stdin_path;
    const std::string out_path = stdout_path.empty() ? (root_ / ".stdout").string() : stdout_path;
    const std::string err_path = (root_ / ".stderr").string();

    std::vector<std::string> argv_strings{INVITE_CHECK_PATH};
    argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : argv_strings) {
      argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> environment = environment_with(changes);
    std::vector<char*> envp;
    for (std::string& entry : environment) {
      envp.push_back(entry.data());
    }
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const std::string directory = root_.string();
    posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);

    // A checker that reads without bound would hang some cases; fail them instead.
    int wait_status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (::waitpid(pid, &wait_status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &wait_status, 0);
        FAIL("invite-check did not finish within 60 s");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    process_result result;
    result.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
    if (stdout_path.empty()) {
      result.out = read_file(out_path);
    }
    result.err = read_file(err_path);
    return result;
  }

private:
  fs::path root_;
};

inline bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

} // namespace cli_test

#endif // INVITE_TESTS_CLI_CLI_HARNESS_HPP_INCLUDED
