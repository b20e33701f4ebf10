#include "command_line.hpp"

#include <invite/contract/profiles.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>

namespace invite_check {
namespace {

// Only plain decimal digits: a sign, spaces or a suffix would be silently misread by strtoul.
// 0 is a count like any other: the library gives it a meaning for both limits.
std::optional<std::size_t> parse_count(std::string_view text) {
  if (text.empty()) {
    return std::nullopt;
  }
  std::size_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    const auto digit = static_cast<std::size_t>(c - '0');
    if (value > (std::numeric_limits<std::size_t>::max() - digit) / 10) {
      return std::nullopt;
    }
    value = value * 10 + digit;
  }
  return value;
}

std::optional<report_format> format_named(std::string_view name) {
  if (name == "text") return report_format::text;
  if (name == "json") return report_format::json;
  if (name == "github") return report_format::github;
  if (name == "junit") return report_format::junit;
  return std::nullopt;
}

std::optional<color_choice> color_named(std::string_view name) {
  if (name == "auto") return color_choice::automatic;
  if (name == "always") return color_choice::always;
  if (name == "never") return color_choice::never;
  return std::nullopt;
}

command usage_error(std::string problem) {
  command result;
  result.action = command_action::usage_error;
  result.problem = std::move(problem);
  return result;
}

} // namespace

command parse_command_line(int argc, const char* const* argv) {
  command result;
  settings& run = result.run;
  bool options_ended = false;

  for (int index = 1; index < argc; ++index) {
    const std::string_view argument = argv[index];
    if (options_ended || argument == "-" || argument.substr(0, 1) != "-") {
      run.inputs.emplace_back(argument);
      continue;
    }
    if (argument == "--") {
      options_ended = true;
    } else if (argument == "--help") {
      result.action = command_action::show_help;
      return result;
    } else if (argument == "--version") {
      result.action = command_action::show_version;
      return result;
    } else if (argument == "--response") {
      run.kind = document_kind::response;
    } else if (argument == "--json") {
      run.format = report_format::json;
    } else if (argument == "--color") {
      run.color = color_choice::always; // as ls and grep read a bare --color
    } else if (argument == "--allow-unknown") {
      run.parse.allow_unknown_fields = true;
    } else if (argument == "--normalize") {
      run.normalize = true;
    } else if (argument == "--pretty") {
      run.pretty = true;
    } else if (argument == "--ndjson") {
      run.ndjson = true;
    } else if (argument == "--schema") {
      if (index + 1 >= argc) return usage_error("option '--schema' needs 'request' or 'response'");
      const std::string_view which = argv[++index];
      if (which != "request" && which != "response") {
        return usage_error("option '--schema' needs 'request' or 'response', not '" + std::string(which) + "'");
      }
      result.action = command_action::show_schema;
      run.schema_kind = which == "request" ? document_kind::request : document_kind::response;
    } else if (argument == "--openapi") {
      result.action = command_action::show_openapi;
    } else if (argument == "--against") {
      result.action = command_action::check_against;
    } else {
      // The options with a value, spelled "--name VALUE" or "--name=VALUE".
      std::string_view name = argument;
      std::optional<std::string_view> value;
      if (const auto equals = argument.find('='); equals != std::string_view::npos) {
        name = argument.substr(0, equals);
        value = argument.substr(equals + 1);
      }
      if (name == "--color") {
        // Only "--color=WHEN": a bare --color means always, so the next argument stays a FILE.
        const auto choice = color_named(*value);
        if (!choice) {
          return usage_error("option '--color' takes 'auto', 'always' or 'never', not '" +
                             std::string(*value) + "'");
        }
        run.color = *choice;
        continue;
      }
      if (name != "--max-bytes" && name != "--max-errors" && name != "--format" &&
          name != "--stdin-name" && name != "--profile") {
        return usage_error("unknown option '" + std::string(argument) + "'");
      }
      if (!value) {
        if (index + 1 >= argc) {
          return usage_error("option '" + std::string(name) + "' needs a value");
        }
        value = std::string_view(argv[++index]);
      }
      if (name == "--format") {
        const auto format = format_named(*value);
        if (!format) {
          return usage_error("option '--format' takes 'text', 'json', 'github' or 'junit', not '" +
                             std::string(*value) + "'");
        }
        run.format = *format;
        continue;
      }
      if (name == "--profile") {
        if (*value != "server" && *value != "client") {
          return usage_error("option '--profile' takes 'server' or 'client', not '" + std::string(*value) + "'");
        }
        // The profiles differ in what they tolerate; the limits stay the ones given.
        const invite::parse_options& profile = *value == "client" ? invite::client_profile : invite::server_profile;
        run.parse.allow_unknown_fields = profile.allow_unknown_fields;
        continue;
      }
      if (name == "--stdin-name") {
        if (value->empty()) {
          return usage_error("option '--stdin-name' needs a name that is not empty");
        }
        run.stdin_name = std::string(*value);
        continue;
      }
      const auto count = parse_count(*value);
      if (!count) {
        return usage_error("option '" + std::string(name) + "' needs a whole number (0 or more), not '" +
                           std::string(*value) + "'");
      }
      (name == "--max-bytes" ? run.parse.max_bytes : run.parse.max_errors) = *count;
    }
  }

  if (run.pretty && !run.normalize) {
    return usage_error("option '--pretty' only works with '--normalize'");
  }
  if (result.action == command_action::show_schema && !run.inputs.empty()) {
    return usage_error("option '--schema' takes no FILE");
  }
  if (result.action == command_action::show_openapi && !run.inputs.empty()) {
    return usage_error("option '--openapi' takes no FILE");
  }
  if (result.action == command_action::check_against &&
      (run.inputs.size() != 2 || run.ndjson || run.normalize || run.kind == document_kind::response)) {
    return usage_error("option '--against' takes exactly REQUEST and RESPONSE files, and neither "
                       "--ndjson, --normalize nor --response");
  }
  // Standard input can be read once: a second "-" would only ever see its end.
  if (std::count(run.inputs.begin(), run.inputs.end(), "-") > 1) {
    return usage_error("standard input ('-') can be named only once");
  }
  if (run.inputs.empty()) {
    run.inputs.emplace_back("-");
  }
  return result;
}

std::string_view usage_text() noexcept {
  return R"(Usage: invite-check [OPTION]... [FILE|-]...
  or:  invite-check --against [OPTION]... REQUEST RESPONSE
  or:  invite-check --schema request|response [--allow-unknown]
  or:  invite-check --openapi
Check POST /assessment/invite (v2) request bodies, or response bodies, against the contract.
With no FILE, or when FILE is -, read standard input (named "-" in reports).

  --response        check response bodies instead of request bodies
  --format FORMAT   how to report: text (the default, for people), json (one
                    object per document), github (GitHub Actions annotations)
                    or junit (JUnit XML, one test case per document)
  --json            the same as --format json:
                    {"file":"...","valid":true|false,"errors":[{"code":"...",
                    "path":"...","offset":N,"line":L,"column":C,"message":"..."}]}
  --color[=WHEN]    colour the text report: auto (the default: only on a
                    terminal, and not when NO_COLOR is set and not empty),
                    always (also what a bare --color means) or never
  --stdin-name NAME name standard input NAME in reports (as the file it holds)
  --profile NAME    read as a server reads requests (server, the default:
                    keys the contract does not declare are unknown_field) or as
                    a client reads responses (client: such keys are tolerated,
                    each shown as a note line)
  --allow-unknown   the same as --profile client
  --normalize       write the canonical JSON of each valid document to standard
                    output, one per line; the report of each invalid document
                    (in the chosen format) goes to standard error instead, and
                    valid documents get no report
  --pretty          with --normalize: write indented JSON (2 spaces)
  --ndjson          each line of the input is one document, named FILE:LINE
                    (LINE counts from 1); lines that are empty or hold only
                    spaces, tabs and CRs are skipped; a CR right before the LF
                    is dropped; a last line without LF is a document too
  --max-bytes N     a document longer than N bytes is payload_too_large
                    (default 1048576); no more than N+1 bytes of it are read
  --max-errors N    report at most the first N errors of a document (default
                    100); with 0 an invalid document is reported without any
  --against         check that RESPONSE answers REQUEST: both valid, one invite
                    per candidate with the candidate's name and e-mail in the
                    same order, the request's assessment_id, no report_id or
                    candidate_id used twice; what differs is reported against
                    RESPONSE as invite_count_differs, name_differs,
                    email_differs, assessment_id_differs or id_reused
  --schema KIND     print the JSON Schema (draft 2020-12) of a request or a
                    response body, generated from the library's declarations
                    (with --allow-unknown: one that admits undeclared keys)
  --openapi         print the endpoint as an OpenAPI 3.1 document: the request
                    and response schemas, the apiKey header, and the 200, 400,
                    401, 413 and 415 answers with their problem+json schema
  --help            show this help and exit
  --version         show the version and exit
  --                every later argument is a FILE, even if it starts with -

Text report: "FILE: ok" for a valid document, "FILE: invalid" for an invalid
one when --max-errors is 0, else for each error
  FILE:LINE:COLUMN: CODE: POINTER: MESSAGE
and the line with a caret under the column. LINE and COLUMN count from 1, the
column in characters (code points: a tab counts one); POINTER is a JSON Pointer,
left out for the root. Control characters are shown escaped (\n, \u001b).
A body of the other kind (a request given with --response, or a response
without it) is "FILE: invalid: this looks like a ... body" instead. Each key
the client profile tolerated is a line "FILE:LINE:COLUMN: note: POINTER: ...".

Exit status: 0 if every document is valid, 1 if any is invalid, 2 for a usage
error or an unreadable file (reported on standard error; the other files are
still checked) or when the output cannot be written.
)";
}

} // namespace invite_check
