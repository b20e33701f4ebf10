#include "report.hpp"

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

// The length of the well-formed UTF-8 sequence starting text[at] (RFC 3629: no overlongs, no
// surrogates, nothing past U+10FFFF), or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xbf;
  if (lead < 0x80) {
    return 1;
  } else if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) {
      second_min = 0xa0;
    } else if (lead == 0xed) {
      second_max = 0x9f;
    }
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) {
      second_min = 0x90;
    } else if (lead == 0xf4) {
      second_max = 0x8f;
    }
  } else {
    return 0;
  }
  if (text.size() - at < length || byte(1) < second_min || byte(1) > second_max) {
    return 0;
  }
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xbf) {
      return 0;
    }
  }
  return length;
}

} // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += text[at++];
    } else if (is_control(byte)) {
      append_control_escape(out, byte);
      ++at;
    } else if (const std::size_t length = utf8_sequence_length(text, at); length > 0) {
      out.append(text, at, length);
      at += length;
    } else {
      out += "\\ufffd";
      ++at;
    }
  }
  out += '"';
}

void append_text_report(std::string& out, std::string_view name,
                        const std::vector<invite::error>& errors) {
  if (errors.empty()) {
    append_printable(out, name);
    out += ": ok\n";
    return;
  }
  for (const invite::error& e : errors) {
    append_printable(out, name);
    out += ':';
    append_printable(out, e.path);
    out += ": ";
    out += invite::to_string(e.code);
    out += ": ";
    append_printable(out, e.message);
    out += '\n';
  }
}

void append_json_report(std::string& out, std::string_view name,
                        const std::vector<invite::error>& errors) {
  out += "{\"file\":";
  append_json_string(out, name);
  out += errors.empty() ? ",\"valid\":true,\"errors\":[" : ",\"valid\":false,\"errors\":[";
  bool first = true;
  for (const invite::error& e : errors) {
    out += first ? "{\"code\":" : ",{\"code\":";
    first = false;
    append_json_string(out, invite::to_string(e.code));
    out += ",\"path\":";
    append_json_string(out, e.path);
    out += ",\"offset\":";
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, e.offset).ptr;
    out.append(digits, end);
    out += ",\"message\":";
    append_json_string(out, e.message);
    out += '}';
  }
  out += "]}\n";
}

} // namespace invite_check
