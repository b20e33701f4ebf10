// invite-check: checks request or response bodies of POST /assessment/invite (v2) from the
// command line. See usage_text() for the interface, docs/invite-check.md for the manual and
// examples/README.md for a tour.

#include "command_line.hpp"
#include "diagnosis.hpp"
#include "input.hpp"
#include "kind_hint.hpp"
#include "pointer_location.hpp"
#include "report.hpp"
#include "terminal.hpp"

#include <invite/codec/text_position.hpp>
#include <invite/invite.hpp>
#include <invite/version.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

// Writes each document's report in the chosen format to standard output (standard error with
// --normalize, which keeps standard output for the documents); a JUnit report is written whole
// at the end, since its counts come first.
class reporter {
public:
  explicit reporter(const settings& run)
      : run_(run), stream_(run.normalize ? stderr : stdout), style_(text_style_for(stream_, run.color)),
        junit_(run.kind == document_kind::response ? "invite-check.response" : "invite-check.request") {}

  /// How reports name a file: standard input as --stdin-name says.
  std::string_view display_name(std::string_view file) const {
    return file == "-" ? std::string_view(run_.stdin_name) : file;
  }

  void report(const checked_document& document) {
    output_.clear();
    switch (run_.format) {
    case report_format::text: append_text_report(output_, document, style_); break;
    case report_format::json: append_json_report(output_, document); break;
    case report_format::github: append_github_report(output_, document); break;
    case report_format::junit: junit_.add(document); return;
    }
    write_all(stream_, output_);
  }

  void unreadable(std::string_view file, int error_number) {
    complain(file, error_number);
    if (run_.format == report_format::junit) junit_.add_unreadable(display_name(file), std::strerror(error_number));
  }

  void finish() {
    if (run_.format == report_format::junit) write_all(stream_, junit_.finish());
  }

private:
  const settings& run_;
  std::FILE* stream_;
  text_style style_;
  junit_report junit_;
  std::string output_;
};

// The errors and notes as reports show them, where each is in its text, and the hint that
// stands for the errors of a body of the other kind.
class located_errors {
public:
  void assign(const std::vector<invite::error>& errors, const std::vector<invite::error>& notes = {}) {
    errors_ = errors;
    notes_ = notes;
    hint_.clear();
  }
  std::vector<invite::error>& errors() noexcept { return errors_; }
  std::string& hint() noexcept { return hint_; }

  checked_document document(std::string_view name, std::string_view file, std::string_view text,
                            std::size_t first_line, bool valid) {
    offsets_.clear();
    for (const invite::error& e : errors_) offsets_.push_back(e.offset);
    for (const invite::error& e : notes_) offsets_.push_back(e.offset);
    places_.resize(offsets_.size());
    invite::locate_offsets(text, offsets_.data(), offsets_.size(), places_.data());
    positions_.assign(places_.begin(), places_.begin() + static_cast<std::ptrdiff_t>(errors_.size()));
    note_positions_.assign(places_.begin() + static_cast<std::ptrdiff_t>(errors_.size()), places_.end());
    return checked_document{name, file, text, first_line, valid, &errors_, &positions_, &notes_, &note_positions_, hint_};
  }

private:
  std::vector<invite::error> errors_;
  std::vector<invite::error> notes_;
  std::string hint_;
  std::vector<std::size_t> offsets_;
  std::vector<invite::text_position> places_;
  std::vector<invite::text_position> positions_;
  std::vector<invite::text_position> note_positions_;
};

// The hint for an invalid document that is a body of the other kind, with what to do about it.
std::string hint_for(std::string_view text, document_kind checked, const invite::parse_options& options,
                     std::string_view advice) {
  std::string hint = other_kind_hint(text, checked, options);
  if (!hint.empty()) {
    hint += "; ";
    hint += advice;
  }
  return hint;
}

// One parser and one result serve every document, so after the first few documents the
// buffers have their size and parsing allocates nothing more (servers do the same).
template <class T>
class checker {
public:
  // A line keeps max_bytes + 1 bytes (enough to be known too large) plus a CR that may go.
  explicit checker(const settings& run)
      : run_(run), reporter_(run), lines_(saturating_add(run.parse.max_bytes, 2)) {}

  int check_all() {
    for (const std::string& name : run_.inputs) {
      input_file input(name);
      if (input.get() == nullptr) {
        reporter_.unreadable(name, input.open_error());
        unreadable_ = true;
        continue;
      }
      const int read_error = run_.ndjson ? check_lines(name, input.get())
                                         : check_whole(name, input);
      if (read_error != 0) {
        reporter_.unreadable(name, read_error);
        unreadable_ = true;
      }
    }
    reporter_.finish();
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      complain("writing standard output", errno != 0 ? errno : EIO);
      return trouble;
    }
    return unreadable_ ? trouble : any_invalid_ ? some_invalid : all_valid;
  }

private:
  // Reading stops one byte past max_bytes: that byte already proves the document too large.
  int check_whole(std::string_view name, const input_file& input) {
    const int read_error =
        read_at_most(input.get(), saturating_add(run_.parse.max_bytes, 1), document_);
    if (read_error == 0) {
      const std::string_view file = reporter_.display_name(name);
      check_document(file, file, 1, read_facts{input.regular_size()});
    }
    return read_error;
  }

  // Each line is a document named FILE:LINE; its errors are on that line of FILE.
  int check_lines(std::string_view name, std::FILE* file) {
    const std::string_view shown_file = reporter_.display_name(name);
    lines_.start(file);
    std::size_t number = 0;
    bool blank = false;
    while (lines_.next(document_, number, blank)) {
      if (blank) {
        continue;
      }
      line_name_.assign(shown_file);
      line_name_ += ':';
      line_name_ += std::to_string(number);
      check_document(line_name_, shown_file, number, read_facts{});
    }
    return lines_.error();
  }

  void check_document(std::string_view name, std::string_view file, std::size_t first_line,
                      const read_facts& facts) {
    parser_.parse<T>(document_, result_, run_.parse);
    const bool valid = result_.ok();
    any_invalid_ = any_invalid_ || !valid;

    if (run_.normalize && valid) {
      output_ = run_.pretty ? invite::to_pretty_json(*result_) : invite::to_json(*result_);
      output_ += '\n';
      write_all(stdout, output_);
      return;
    }
    shown_.assign(result_.errors(), result_.notes());
    explain_errors(shown_.errors(), document_, facts, run_.parse);
    if (!valid) {
      shown_.hint() = hint_for(document_, run_.kind, run_.parse,
                               run_.kind == document_kind::response ? "check it without --response"
                                                                    : "check it with --response");
    }
    reporter_.report(shown_.document(name, file, document_, first_line, valid));
  }

  const settings& run_;
  reporter reporter_;
  invite::parser parser_;
  invite::result<T> result_;
  located_errors shown_;
  line_reader lines_;
  std::string document_;
  std::string line_name_;
  std::string output_;
  bool any_invalid_ = false;
  bool unreadable_ = false;
};

// Reads and parses one whole file for --against; reports its errors when it is not valid.
template <class T>
bool read_valid(const settings& run, reporter& out, const std::string& name, std::string& document,
                invite::result<T>& into, bool& unreadable, std::string_view advice) {
  input_file input(name);
  if (input.get() == nullptr) {
    out.unreadable(name, input.open_error());
    unreadable = true;
    return false;
  }
  if (const int read_error = read_at_most(input.get(), saturating_add(run.parse.max_bytes, 1), document)) {
    out.unreadable(name, read_error);
    unreadable = true;
    return false;
  }
  invite::parser parser;
  parser.parse<T>(document, into, run.parse);
  if (into.ok()) return true;
  located_errors shown;
  shown.assign(into.errors(), into.notes());
  explain_errors(shown.errors(), document, read_facts{input.regular_size()}, run.parse);
  constexpr document_kind kind = std::is_same_v<T, invite::request> ? document_kind::request : document_kind::response;
  shown.hint() = hint_for(document, kind, run.parse, advice);
  const std::string_view file = out.display_name(name);
  out.report(shown.document(file, file, document, 1, false));
  return false;
}

int check_against(const settings& run) {
  reporter out(run);
  invite::result<invite::request> request;
  invite::result<invite::response> response;
  std::string request_text;
  std::string response_text;
  bool unreadable = false;
  constexpr std::string_view swapped = "--against takes the REQUEST first, then the RESPONSE";
  const bool request_ok = read_valid(run, out, run.inputs[0], request_text, request, unreadable, swapped);
  const bool response_ok = read_valid(run, out, run.inputs[1], response_text, response, unreadable, swapped);
  int status = unreadable ? trouble : some_invalid;
  if (request_ok && response_ok) {
    // check_response speaks of values, not of text (its offsets are 0): each error is placed
    // at the value its path names in the response as written.
    located_errors shown;
    shown.assign(invite::check_response(*request, *response), response.notes());
    for (invite::error& e : shown.errors()) e.offset = locate_pointer(response_text, e.path);
    const bool answers = shown.errors().empty();
    const std::string_view file = out.display_name(run.inputs[1]);
    out.report(shown.document(file, file, response_text, 1, answers));
    status = answers ? all_valid : some_invalid;
  }
  out.finish();
  return std::fflush(stdout) != 0 ? trouble : status;
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
  case command_action::show_openapi: {
    const std::string document = invite::openapi_document() + "\n";
    write_all(stdout, document);
    return std::fflush(stdout) == 0 ? all_valid : trouble;
  }
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
