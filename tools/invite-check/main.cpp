// invite-check: checks request or response bodies of POST /assessment/invite (v2) from the
// command line. See usage_text() for the interface and README.md in examples/ for a tour.

#include "command_line.hpp"
#include "input.hpp"
#include "report.hpp"

#include <invite/invite.hpp>
#include <invite/version.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace invite_check {
namespace {

enum exit_status : int { all_valid = 0, some_invalid = 1, trouble = 2 };

void write_all(std::FILE* stream, std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stream);
}

void complain(std::string_view name, int error_number) {
  std::string message = "invite-check: ";
  if (name == "-") {
    message += "standard input";
  } else {
    append_printable(message, name);
  }
  message += ": ";
  message += std::strerror(error_number);
  message += '\n';
  write_all(stderr, message);
}

// One parser and one result serve every document, so after the first few documents the
// buffers have their size and parsing allocates nothing more (servers do the same).
template <class T>
class checker {
public:
  // A line keeps max_bytes + 1 bytes (enough to be known too large) plus a CR that may go.
  explicit checker(const settings& run)
      : run_(run), lines_(saturating_add(run.parse.max_bytes, 2)) {}

  int check_all() {
    for (const std::string& name : run_.inputs) {
      input_file input(name);
      if (input.get() == nullptr) {
        complain(name, input.open_error());
        unreadable_ = true;
        continue;
      }
      const int read_error = run_.ndjson ? check_lines(name, input.get())
                                         : check_whole(name, input.get());
      if (read_error != 0) {
        complain(name, read_error);
        unreadable_ = true;
      }
    }
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      complain("writing standard output", errno != 0 ? errno : EIO);
      return trouble;
    }
    return unreadable_ ? trouble : any_invalid_ ? some_invalid : all_valid;
  }

private:
  // Reading stops one byte past max_bytes: that byte already proves the document too large.
  int check_whole(std::string_view name, std::FILE* file) {
    const int read_error =
        read_at_most(file, saturating_add(run_.parse.max_bytes, 1), document_);
    if (read_error == 0) {
      check_document(name, document_);
    }
    return read_error;
  }

  int check_lines(std::string_view name, std::FILE* file) {
    lines_.start(file);
    std::size_t number = 0;
    bool blank = false;
    while (lines_.next(document_, number, blank)) {
      if (blank) {
        continue;
      }
      line_name_.assign(name);
      line_name_ += ':';
      line_name_ += std::to_string(number);
      check_document(line_name_, document_);
    }
    return lines_.error();
  }

  void check_document(std::string_view name, std::string_view json) {
    parser_.parse<T>(json, result_, run_.parse);
    output_.clear();
    const bool valid = result_.ok();
    any_invalid_ = any_invalid_ || !valid;

    if (run_.normalize && valid) {
      output_ = run_.pretty ? invite::to_pretty_json(*result_) : invite::to_json(*result_);
      output_ += '\n';
      write_all(stdout, output_);
      return;
    }
    if (run_.json_report) {
      append_json_report(output_, name, result_.errors());
    } else {
      append_text_report(output_, name, result_.errors());
    }
    write_all(run_.normalize ? stderr : stdout, output_);
  }

  const settings& run_;
  invite::parser parser_;
  invite::result<T> result_;
  line_reader lines_;
  std::string document_;
  std::string line_name_;
  std::string output_;
  bool any_invalid_ = false;
  bool unreadable_ = false;
};

// Reads and parses one whole file for --against; reports its errors when it is not valid.
template <class T>
bool read_valid(const settings& run, const std::string& name, invite::result<T>& into, bool& unreadable) {
  input_file input(name);
  if (input.get() == nullptr) {
    complain(name, input.open_error());
    unreadable = true;
    return false;
  }
  std::string document;
  if (const int read_error = read_at_most(input.get(), saturating_add(run.parse.max_bytes, 1), document)) {
    complain(name, read_error);
    unreadable = true;
    return false;
  }
  invite::parser parser;
  parser.parse<T>(document, into, run.parse);
  if (into.ok()) return true;
  std::string output;
  if (run.json_report) {
    append_json_report(output, name, into.errors());
  } else {
    append_text_report(output, name, into.errors());
  }
  write_all(stdout, output);
  return false;
}

int check_against(const settings& run) {
  invite::result<invite::request> request;
  invite::result<invite::response> response;
  bool unreadable = false;
  const bool request_ok = read_valid(run, run.inputs[0], request, unreadable);
  const bool response_ok = read_valid(run, run.inputs[1], response, unreadable);
  if (unreadable) return trouble;
  if (!request_ok || !response_ok) return some_invalid;
  const std::vector<invite::error> mismatches = invite::check_response(*request, *response);
  std::string output;
  if (run.json_report) {
    append_json_report(output, run.inputs[1], mismatches);
  } else {
    append_text_report(output, run.inputs[1], mismatches);
  }
  write_all(stdout, output);
  return std::fflush(stdout) != 0 ? trouble : mismatches.empty() ? all_valid : some_invalid;
}

int show_schema(const settings& run) {
  std::string schema = run.schema_kind == document_kind::request
                           ? invite::json_schema<invite::request>(run.parse, "request")
                           : invite::json_schema<invite::response>(run.parse, "response");
  schema += '\n';
  write_all(stdout, schema);
  return std::fflush(stdout) == 0 ? all_valid : trouble;
}

} // namespace
} // namespace invite_check

int main(int argc, char** argv) {
  using namespace invite_check;
  const command given = parse_command_line(argc, argv);
  switch (given.action) {
  case command_action::show_help:
    write_all(stdout, usage_text());
    return std::fflush(stdout) == 0 ? all_valid : trouble;
  case command_action::show_version:
    write_all(stdout, "invite-check " INVITE_VERSION_STRING "\n");
    return std::fflush(stdout) == 0 ? all_valid : trouble;
  case command_action::usage_error:
    write_all(stderr, "invite-check: " + given.problem +
                          "\nTry 'invite-check --help' for more information.\n");
    return trouble;
  case command_action::show_schema:
    return show_schema(given.run);
  case command_action::check_against:
    return check_against(given.run);
  case command_action::check:
    break;
  }
  if (given.run.kind == document_kind::response) {
    return checker<invite::response>(given.run).check_all();
  }
  return checker<invite::request>(given.run).check_all();
}
