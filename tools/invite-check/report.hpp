#ifndef INVITE_TOOLS_INVITE_CHECK_REPORT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_REPORT_HPP_INCLUDED

#include "terminal.hpp"

#include <invite/codec/error.hpp>
#include <invite/codec/text_position.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite_check {

/// One checked document, as every report format needs it.
struct checked_document {
  std::string_view name;      // "FILE", or "FILE:LINE" for a line of --ndjson
  std::string_view file;      // the file it is in, as reports name it
  std::string_view text;      // its bytes, for the excerpts of the text report
  std::size_t first_line = 1; // the line of the file that `text` starts on
  bool valid = true;
  const std::vector<invite::error>* errors = nullptr;                 // the errors kept
  const std::vector<invite::text_position>* positions = nullptr;      // one per error, in `text`
  const std::vector<invite::error>* notes = nullptr;                  // what the parse tolerated
  const std::vector<invite::text_position>* note_positions = nullptr; // one per note
  /// For an invalid document that is a body of the other kind: what it looks like and what to
  /// do ("this looks like a request body, ..."), said instead of its errors; else empty.
  std::string_view hint;
};

/// "NAME: ok" for a valid document and "NAME: invalid" for an invalid one without errors
/// (--max-errors 0); "NAME: invalid: HINT" for one with a hint; else, for each error,
/// "FILE:LINE:COLUMN: CODE: POINTER: MESSAGE" (no "POINTER: " for the root) and an excerpt of
/// the line with a caret (excerpt.hpp). Then one line per note,
/// "FILE:LINE:COLUMN: note: POINTER: MESSAGE", as compilers write theirs. Names, pointers and
/// messages have their control characters escaped, so an error line is one line.
void append_text_report(std::string& out, const checked_document& document, const text_style& style);

/// {"file":NAME,"valid":BOOL,"errors":[{"code":..,"path":..,"offset":N,"line":L,"column":C,
/// "message":..}]}, with "notes":[...] (the same members) when the parse tolerated something and
/// "hint":".." when there is a hint, and "\n".
void append_json_report(std::string& out, const checked_document& document);

/// One GitHub Actions workflow command per error,
/// "::error file=FILE,line=L,col=C,title=CODE::POINTER: MESSAGE", escaped as GitHub documents;
/// nothing for a valid document, one line without a position for an invalid one without errors
/// or with a hint (said instead of the errors). Each note is a "::notice" of the same form.
void append_github_report(std::string& out, const checked_document& document);

/// A JUnit XML report: one test case per document (and per unreadable file), a failure for each
/// invalid document (its message the hint, if there is one), an error for each unreadable file,
/// and the note lines of the text report as a test case's system-out. Written whole by finish().
class junit_report {
public:
  /// `suite` names the test suite and each test case's class.
  explicit junit_report(std::string suite) : suite_(std::move(suite)) {}
  void add(const checked_document& document);
  void add_unreadable(std::string_view file, std::string_view reason);
  /// The whole XML document.
  std::string finish() const;

private:
  std::string suite_;
  std::string cases_;
  std::size_t tests_ = 0;
  std::size_t failures_ = 0;
  std::size_t errors_ = 0;
};

/// `text` with each control character written as its JSON escape (\n, \u001b), for one-line
/// text output that cannot smuggle terminal escapes.
void append_printable(std::string& out, std::string_view text);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_REPORT_HPP_INCLUDED
