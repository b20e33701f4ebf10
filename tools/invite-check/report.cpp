#include "report.hpp"

#include "colors.hpp"
#include "excerpt.hpp"

#include <invite/codec/spelling/json_string.hpp>

#include <charconv>
#include <cstddef>

namespace invite_check {
namespace {

bool is_control(unsigned char c) noexcept { return c < 0x20 || c == 0x7f; }

// Appends \n, \t, ... or \u00xx for a control character; the same spelling JSON uses.
void append_control_escape(std::string& out, unsigned char c) {
  switch (c) {
  case '\b': out += "\\b"; return;
  case '\f': out += "\\f"; return;
  case '\n': out += "\\n"; return;
  case '\r': out += "\\r"; return;
  case '\t': out += "\\t"; return;
  default: break;
  }
  constexpr char hex[] = "0123456789abcdef";
  out += "\\u00";
  out += hex[c >> 4];
  out += hex[c & 0xf];
}

void append_number(std::string& out, std::size_t n) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, end);
}

// The length of the well-formed UTF-8 sequence at text[at], or 0 when there is none there.
std::size_t well_formed_length(std::string_view text, std::size_t at) noexcept {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + at;
  const std::size_t length = invite::detail::utf8_character_length(bytes, text.size() - at);
  const unsigned char lead = bytes[0];
  const std::size_t expected = lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
  return length == expected ? length : 0;
}

// The line of the file an error is on.
std::size_t file_line(const checked_document& document, const invite::text_position& position) {
  return document.first_line + position.line - 1;
}

// The line holding `position`, without its line end.
std::string_view line_at(std::string_view text, const invite::text_position& position) {
  const std::size_t start = std::min(position.line_start, text.size());
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) {
    end = text.size();
  } else if (end > start && text[end - 1] == '\r') {
    --end; // part of the line end, as text_position.hpp counts it
  }
  return text.substr(start, end - start);
}

void append_colored(std::string& out, bool color, std::string_view sgr, std::string_view text) {
  if (color) out += sgr;
  out += text;
  if (color) out += colors::reset;
}

} // namespace

void append_printable(std::string& out, std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_control(byte)) {
      append_control_escape(out, byte);
    } else {
      out += c;
    }
  }
}

namespace {

// "FILE:LINE:COLUMN: NAME: POINTER: MESSAGE" (no "POINTER: " for the root), the name in `color`.
void append_line_of(std::string& out, const checked_document& document, const invite::error& e,
                    const invite::text_position& position, std::string_view name, std::string_view color,
                    const text_style& style) {
  std::string location;
  append_printable(location, document.file);
  location += ':';
  append_number(location, file_line(document, position));
  location += ':';
  append_number(location, position.column);
  location += ':';
  append_colored(out, style.color, colors::location, location);
  out += ' ';
  append_colored(out, style.color, color, name);
  out += ": ";
  if (!e.path.empty()) {
    if (style.color) out += colors::pointer;
    append_printable(out, e.path);
    if (style.color) out += colors::reset;
    out += ": ";
  }
  append_printable(out, e.message);
  out += '\n';
}

bool has_notes(const checked_document& document) { return document.notes != nullptr && !document.notes->empty(); }

bool shows_hint(const checked_document& document) { return !document.valid && !document.hint.empty(); }

} // namespace

void append_text_report(std::string& out, const checked_document& document, const text_style& style) {
  const std::vector<invite::error>& errors = *document.errors;
  if (errors.empty() || shows_hint(document)) {
    append_printable(out, document.name);
    out += ": ";
    append_colored(out, style.color, document.valid ? colors::valid : colors::invalid,
                   document.valid ? "ok" : "invalid");
    if (shows_hint(document)) {
      out += ": ";
      append_printable(out, document.hint);
    }
    out += '\n';
  } else {
    for (std::size_t i = 0; i < errors.size(); ++i) {
      const invite::error& e = errors[i];
      const invite::text_position& position = (*document.positions)[i];
      append_line_of(out, document, e, position, e.name(), colors::code, style);
      const std::string_view source = line_at(document.text, position);
      const std::size_t at = std::min(e.offset, document.text.size()) - std::min(position.line_start, document.text.size());
      append_excerpt(out, source, at, file_line(document, position), style);
    }
  }
  if (!has_notes(document)) return;
  for (std::size_t i = 0; i < document.notes->size(); ++i) {
    append_line_of(out, document, (*document.notes)[i], (*document.note_positions)[i], "note", colors::note, style);
  }
}

namespace {

// [{"code":..,"path":..,"offset":N,"line":L,"column":C,"message":..},...]
void append_json_errors(std::string& out, const checked_document& document, const std::vector<invite::error>& errors,
                        const std::vector<invite::text_position>& positions) {
  out += '[';
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const invite::error& e = errors[i];
    const invite::text_position& position = positions[i];
    out += i == 0 ? "{\"code\":" : ",{\"code\":";
    invite::spelling::append_json_string_lossy(out, e.name());
    out += ",\"path\":";
    invite::spelling::append_json_string_lossy(out, e.path);
    out += ",\"offset\":";
    append_number(out, e.offset);
    out += ",\"line\":";
    append_number(out, file_line(document, position));
    out += ",\"column\":";
    append_number(out, position.column);
    out += ",\"message\":";
    invite::spelling::append_json_string_lossy(out, e.message);
    out += '}';
  }
  out += ']';
}

} // namespace

void append_json_report(std::string& out, const checked_document& document) {
  out += "{\"file\":";
  invite::spelling::append_json_string_lossy(out, document.name);
  out += document.valid ? ",\"valid\":true,\"errors\":" : ",\"valid\":false,\"errors\":";
  append_json_errors(out, document, *document.errors, *document.positions);
  if (has_notes(document)) {
    out += ",\"notes\":";
    append_json_errors(out, document, *document.notes, *document.note_positions);
  }
  if (shows_hint(document)) {
    out += ",\"hint\":";
    invite::spelling::append_json_string_lossy(out, document.hint);
  }
  out += "}\n";
}

namespace {

// GitHub's escaping for workflow commands: '%', CR and LF everywhere, ':' and ',' in property
// values as well. GitHub decodes nothing else, so other control characters are shown the way
// the text report shows them rather than passed raw into a log.
void append_github_escaped(std::string& out, std::string_view text, bool property) {
  for (const char c : text) {
    switch (c) {
    case '%': out += "%25"; break;
    case '\r': out += "%0D"; break;
    case '\n': out += "%0A"; break;
    case ':': out += property ? "%3A" : ":"; break;
    case ',': out += property ? "%2C" : ","; break;
    default:
      if (is_control(static_cast<unsigned char>(c))) {
        append_control_escape(out, static_cast<unsigned char>(c));
      } else {
        out += c;
      }
    }
  }
}

// "::LEVEL file=FILE,line=L,col=C,title=NAME::POINTER: MESSAGE"
void append_github_command(std::string& out, std::string_view level, const checked_document& document,
                           const invite::error& e, const invite::text_position& position) {
  out += "::";
  out += level;
  out += " file=";
  append_github_escaped(out, document.file, true);
  out += ",line=";
  append_number(out, file_line(document, position));
  out += ",col=";
  append_number(out, position.column);
  out += ",title=";
  append_github_escaped(out, e.name(), true);
  out += "::";
  if (!e.path.empty()) {
    append_github_escaped(out, e.path, false);
    out += ": ";
  }
  append_github_escaped(out, e.message, false);
  out += '\n';
}

} // namespace

void append_github_report(std::string& out, const checked_document& document) {
  const std::vector<invite::error>& errors = *document.errors;
  if (!document.valid && (errors.empty() || shows_hint(document))) {
    out += "::error file=";
    append_github_escaped(out, document.file, true);
    if (document.name != document.file) { // a line of --ndjson
      out += ",line=";
      append_number(out, document.first_line);
    }
    if (shows_hint(document)) {
      out += ",title=invalid::";
      append_github_escaped(out, document.hint, false);
      out += '\n';
    } else {
      out += ",title=invalid::the document is invalid (--max-errors 0 lists no errors)\n";
    }
  } else if (!document.valid) {
    for (std::size_t i = 0; i < errors.size(); ++i) append_github_command(out, "error", document, errors[i], (*document.positions)[i]);
  }
  if (!has_notes(document)) return;
  for (std::size_t i = 0; i < document.notes->size(); ++i) {
    append_github_command(out, "notice", document, (*document.notes)[i], (*document.note_positions)[i]);
  }
}

namespace {

// XML 1.0 character data: the five markup characters as entities, and in attributes TAB, LF
// and CR as character references (a parser would turn them into spaces otherwise). XML 1.0
// cannot carry the other C0 controls at all, nor U+FFFE and U+FFFF, nor malformed UTF-8: the
// controls are written as the text report writes them, the rest as U+FFFD.
void append_xml_escaped(std::string& out, std::string_view text, bool attribute) {
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"' && attribute) {
      out += "&quot;";
    } else if (c == '\t' || c == '\n' || c == '\r') {
      if (attribute || c == '\r') {
        out += c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;";
      } else {
        out += c;
      }
    } else if (is_control(byte) && byte != 0x7f) {
      append_control_escape(out, byte);
    } else if (const std::size_t length = well_formed_length(text, at); length == 0) {
      out += "\xEF\xBF\xBD";
    } else if (length == 3 && text.compare(at, 3, "\xEF\xBF\xBE") == 0) {
      out += "\xEF\xBF\xBD";
      at += 3;
      continue;
    } else if (length == 3 && text.compare(at, 3, "\xEF\xBF\xBF") == 0) {
      out += "\xEF\xBF\xBD";
      at += 3;
      continue;
    } else {
      out.append(text, at, length);
      at += length;
      continue;
    }
    ++at;
  }
}

} // namespace

void junit_report::add(const checked_document& document) {
  ++tests_;
  cases_ += "    <testcase classname=\"";
  append_xml_escaped(cases_, suite_, true);
  cases_ += "\" name=\"";
  append_xml_escaped(cases_, document.name, true);
  cases_ += "\" file=\"";
  append_xml_escaped(cases_, document.file, true);
  if (document.valid && !has_notes(document)) {
    cases_ += "\"/>\n";
    return;
  }
  cases_ += "\">\n";
  const text_style plain;
  std::string lines;
  const std::vector<invite::error>& errors = *document.errors;
  if (!document.valid) {
    ++failures_;
    cases_ += "      <failure type=\"invalid\" message=\"";
    if (shows_hint(document)) {
      append_xml_escaped(cases_, document.hint, true);
    } else if (errors.empty()) {
      cases_ += "invalid (--max-errors 0 lists no errors)";
    } else {
      append_number(cases_, errors.size());
      cases_ += errors.size() == 1 ? " error" : " errors";
    }
    if (errors.empty()) {
      cases_ += "\"/>\n";
    } else {
      cases_ += "\">";
      for (std::size_t i = 0; i < errors.size(); ++i) {
        lines.clear();
        append_line_of(lines, document, errors[i], (*document.positions)[i], errors[i].name(), {}, plain);
        append_xml_escaped(cases_, lines, false);
      }
      cases_ += "</failure>\n";
    }
  }
  if (has_notes(document)) {
    cases_ += "      <system-out>";
    for (std::size_t i = 0; i < document.notes->size(); ++i) {
      lines.clear();
      append_line_of(lines, document, (*document.notes)[i], (*document.note_positions)[i], "note", {}, plain);
      append_xml_escaped(cases_, lines, false);
    }
    cases_ += "</system-out>\n";
  }
  cases_ += "    </testcase>\n";
}

void junit_report::add_unreadable(std::string_view file, std::string_view reason) {
  ++tests_;
  ++errors_;
  cases_ += "    <testcase classname=\"";
  append_xml_escaped(cases_, suite_, true);
  cases_ += "\" name=\"";
  append_xml_escaped(cases_, file, true);
  cases_ += "\" file=\"";
  append_xml_escaped(cases_, file, true);
  cases_ += "\">\n      <error type=\"unreadable\" message=\"";
  append_xml_escaped(cases_, reason, true);
  cases_ += "\"/>\n    </testcase>\n";
}

std::string junit_report::finish() const {
  std::string counts = " tests=\"";
  append_number(counts, tests_);
  counts += "\" failures=\"";
  append_number(counts, failures_);
  counts += "\" errors=\"";
  append_number(counts, errors_);
  counts += '"';

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"invite-check\"";
  out += counts;
  out += ">\n  <testsuite name=\"";
  append_xml_escaped(out, suite_, true);
  out += '"';
  out += counts;
  out += ">\n";
  out += cases_;
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

} // namespace invite_check
