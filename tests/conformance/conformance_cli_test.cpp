// Runs invite-check --json over the conformance vectors, as a shell user would, and holds its
// report of each document to the same expectation as the library's result, and each error's line
// and column to the reference of docs/invite-check.md's definition.

#include "conformance_vectors.hpp"

#include <invite_test/line_and_column.hpp>

#include <invite/invite.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <sys/wait.h>

#include <cstddef>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#ifndef INVITE_CHECK_PATH
#error "INVITE_CHECK_PATH must name the invite-check executable"
#endif

using namespace conformance;

namespace {

// The options of one invite-check run; vectors that share them are checked in one process.
struct run_options {
  bool is_response = false;
  invite::parse_options parse;

  friend bool operator<(const run_options& a, const run_options& b) {
    return std::tie(a.is_response, a.parse.allow_unknown_fields, a.parse.max_bytes,
                    a.parse.max_errors) < std::tie(b.is_response, b.parse.allow_unknown_fields,
                                                   b.parse.max_bytes, b.parse.max_errors);
  }
};

std::string shell_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// Options at their defaults are left out, so that the tool's own defaults are tested too.
std::string command_line(const run_options& run, const std::vector<const conformance_vector*>& batch) {
  const invite::parse_options defaults;
  std::string command = shell_quoted(INVITE_CHECK_PATH) + " --json";
  if (run.is_response) command += " --response";
  if (run.parse.allow_unknown_fields) command += " --allow-unknown";
  if (run.parse.max_bytes != defaults.max_bytes) {
    command += " --max-bytes " + std::to_string(run.parse.max_bytes);
  }
  if (run.parse.max_errors != defaults.max_errors) {
    command += " --max-errors " + std::to_string(run.parse.max_errors);
  }
  command += " --";
  for (const conformance_vector* vector : batch) {
    command += ' ' + shell_quoted(vector->document_path().string());
  }
  return command;
}

struct process_output {
  std::string standard_output;
  int exit_status = -1;
};

process_output run_command(const std::string& command) {
  process_output out;
  std::FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    out.standard_output.append(buffer, got);
  }
  const int status = ::pclose(pipe);
  if (WIFEXITED(status)) out.exit_status = WEXITSTATUS(status);
  return out;
}

std::optional<invite::error_code> code_named(std::string_view name) {
  for (std::size_t i = 0; i < invite::error_code_count; ++i) {
    const auto code = static_cast<invite::error_code>(i);
    if (invite::to_string(code) == name) return code;
  }
  return std::nullopt;
}

struct report_line {
  std::string file;
  verdict said;
  std::vector<invite_test::line_and_column> positions; // one per error
};

// One line of the --json report:
// {"file":…,"valid":…,"errors":[{"code","path","offset","line","column","message"}]}
report_line read_report_line(std::string_view line, simdjson::dom::parser& json) {
  const simdjson::padded_string padded(line);
  const simdjson::dom::object report = json.parse(padded).get_object().value();
  report_line out;
  out.said.valid = report["valid"].get_bool().value();
  const simdjson::dom::array items = report["errors"].get_array().value(); // by value: see read_vector
  for (simdjson::dom::element item : items) {
    const std::string code = as_string(item["code"].value());
    const auto known = code_named(code);
    INFO("invite-check reported the code " << code);
    REQUIRE(known.has_value());
    out.said.errors.push_back({*known, as_string(item["path"].value()),
                               as_string(item["message"].value()),
                               static_cast<std::size_t>(item["offset"].get_uint64().value())});
    out.positions.push_back({static_cast<std::size_t>(item["line"].get_uint64().value()),
                             static_cast<std::size_t>(item["column"].get_uint64().value())});
  }
  out.file = as_string(report["file"].value());
  return out;
}

} // namespace

TEST_CASE("invite-check --json gives every vector its verdict and errors", "[conformance][cli]") {
  std::map<run_options, std::vector<const conformance_vector*>> batches;
  for (const auto& vector : all_vectors()) {
    batches[run_options{vector.is_response, vector.options}].push_back(&vector);
  }

  simdjson::dom::parser json;
  std::vector<std::string> failed;
  std::size_t checked = 0;
  for (const auto& [run, batch] : batches) {
    const std::string command = command_line(run, batch);
    const process_output output = run_command(command);
    INFO("command: " << command.substr(0, 300) << (command.size() > 300 ? " ..." : ""));

    bool any_invalid = false;
    for (const conformance_vector* vector : batch) any_invalid = any_invalid || !vector->valid;
    CHECK(output.exit_status == (any_invalid ? 1 : 0));

    std::size_t next = 0;
    std::size_t line_start = 0;
    while (line_start < output.standard_output.size()) {
      const std::size_t line_end = output.standard_output.find('\n', line_start);
      REQUIRE(line_end != std::string::npos); // every report line ends with a newline
      const std::string_view line(output.standard_output.data() + line_start,
                                  line_end - line_start);
      line_start = line_end + 1;
      REQUIRE(next < batch.size());
      const conformance_vector& vector = *batch[next++];
      const report_line report = read_report_line(line, json);
      CHECK(report.file == vector.document_path().string());
      if (!check_verdict(vector, report.said)) failed.push_back(vector.name);
      // Each error's line and column, as docs/invite-check.md defines them from its offset.
      for (std::size_t i = 0; i < report.said.errors.size(); ++i) {
        const invite::error& error = report.said.errors[i];
        INFO("vector " << vector.name << ": " << invite::to_string(error.code) << " at \"" << error.path
                       << "\" offset " << error.offset);
        const invite_test::line_and_column expected = invite_test::position_of(vector.document, error.offset);
        CHECK(report.positions[i].line == expected.line);
        CHECK(report.positions[i].column == expected.column);
      }
      ++checked;
    }
    CHECK(next == batch.size());
  }
  // Every vector, those with a bound of 0 (--max-bytes 0) included.
  CHECK(checked == all_vectors().size());
  std::cout << "invite-check checked " << checked << " conformance vectors\n";
  print_failures("invite-check --json", failed);
}
