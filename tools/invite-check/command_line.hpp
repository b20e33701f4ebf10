#ifndef INVITE_TOOLS_INVITE_CHECK_COMMAND_LINE_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_COMMAND_LINE_HPP_INCLUDED

#include <invite/codec/parse_options.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace invite_check {

enum class document_kind { request, response };

/// How reports are written: for people (text), for programs (json), for CI (github, junit).
enum class report_format { text, json, github, junit };

/// When the text report is coloured: on a terminal without NO_COLOR (auto), always, never.
enum class color_choice { automatic, always, never };

/// Everything a check run needs to know, read from the command line.
struct settings {
  document_kind kind = document_kind::request;
  report_format format = report_format::text;
  color_choice color = color_choice::automatic;
  std::string stdin_name = "-"; // how reports name standard input
  bool normalize = false;
  bool pretty = false;
  bool ndjson = false;
  invite::parse_options parse;
  std::vector<std::string> inputs; // "-" is standard input; never empty after parsing
  document_kind schema_kind = document_kind::request; // for show_schema
};

enum class command_action { check, check_against, show_schema, show_openapi, show_help, show_version, usage_error };

struct command {
  command_action action = command_action::check;
  settings run;
  std::string problem; // for usage_error: what was wrong, without the program name
};

/// Reads the arguments; the first decisive one (--help, --version or a mistake) wins.
command parse_command_line(int argc, const char* const* argv);

/// The --help text.
std::string_view usage_text() noexcept;

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_COMMAND_LINE_HPP_INCLUDED
