#include "excerpt.hpp"

#include "colors.hpp"

#include <invite/codec/text_position.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace invite_check {
namespace {

// What one character looks like on screen.
struct glyph {
  std::size_t begin = 0; // its bytes in the line
  std::size_t end = 0;
  std::string shown;     // what is written for it
  std::size_t cells = 1; // the screen cells that takes
  bool escaped = false;  // shown as an escape rather than as itself
};

struct code_point_range {
  std::uint32_t first;
  std::uint32_t last;
};

bool in_ranges(std::uint32_t c, const code_point_range* ranges, std::size_t count) noexcept {
  return std::any_of(ranges, ranges + count,
                     [c](const code_point_range& r) { return c >= r.first && c <= r.last; });
}

// East Asian Wide and Fullwidth blocks, and the emoji blocks terminals draw two cells wide.
// The common blocks only: a rare wide character shifts the caret by a cell, nothing worse.
constexpr code_point_range wide[] = {
    {0x1100, 0x115f},   {0x2e80, 0x303e},   {0x3041, 0x33ff},   {0x3400, 0x4dbf},
    {0x4e00, 0x9fff},   {0xa000, 0xa4cf},   {0xa960, 0xa97f},   {0xac00, 0xd7a3},
    {0xf900, 0xfaff},   {0xfe30, 0xfe4f},   {0xff00, 0xff60},   {0xffe0, 0xffe6},
    {0x1f300, 0x1f64f}, {0x1f680, 0x1f6ff}, {0x1f900, 0x1f9ff}, {0x1fa70, 0x1faff},
    {0x20000, 0x3fffd},
};

// Combining marks and variation selectors: drawn on the character before them.
constexpr code_point_range zero_width[] = {
    {0x0300, 0x036f}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x20d0, 0x20ff},
    {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xe0100, 0xe01ef},
};

// Characters a reader cannot see or that reorder the text around them (bidirectional
// controls can make code read differently from what it is): shown as escapes.
constexpr code_point_range invisible[] = {
    {0x0080, 0x009f}, {0x00ad, 0x00ad}, {0x061c, 0x061c}, {0x180e, 0x180e}, {0x200b, 0x200f},
    {0x2028, 0x202e}, {0x2060, 0x2064}, {0x2066, 0x206f}, {0xfeff, 0xfeff}, {0xfff9, 0xfffb},
};

constexpr char hex_digits[] = "0123456789abcdef";

void append_byte_escape(std::string& out, unsigned char byte) {
  out += "\\x";
  out += hex_digits[byte >> 4];
  out += hex_digits[byte & 0xf];
}

void append_code_point_escape(std::string& out, std::uint32_t c) {
  out += "\\u{";
  int shift = 28;
  while (shift > 12 && ((c >> shift) & 0xf) == 0) shift -= 4; // at least four digits
  for (; shift >= 0; shift -= 4) out += hex_digits[(c >> shift) & 0xf];
  out += '}';
}

// The character starting at line[at], with the column rules of text_position.hpp.
glyph read_glyph(std::string_view line, std::size_t at) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data()) + at;
  const std::size_t length = invite::detail::utf8_character_length(bytes, line.size() - at);
  glyph g;
  g.begin = at;
  g.end = at + length;
  const unsigned char lead = bytes[0];
  const std::size_t well_formed_length = lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
  if (length != well_formed_length) {
    g.escaped = true;
    for (std::size_t i = 0; i < length; ++i) append_byte_escape(g.shown, bytes[i]);
  } else if (lead < 0x80) {
    if (lead == '\t') {
      g.shown = "\\t";
      g.escaped = true;
    } else if (lead == '\r') {
      g.shown = "\\r";
      g.escaped = true;
    } else if (lead < 0x20 || lead == 0x7f) {
      append_byte_escape(g.shown, lead);
      g.escaped = true;
    } else {
      g.shown.assign(1, static_cast<char>(lead));
    }
  } else {
    std::uint32_t c = lead & (0xff >> (length + 1));
    for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (bytes[i] & 0x3fu);
    if (in_ranges(c, invisible, std::size(invisible))) {
      append_code_point_escape(g.shown, c);
      g.escaped = true;
    } else {
      g.shown.assign(line.data() + at, length);
      g.cells = in_ranges(c, wide, std::size(wide)) ? 2 : in_ranges(c, zero_width, std::size(zero_width)) ? 0 : 1;
    }
  }
  if (g.escaped) g.cells = g.shown.size();
  return g;
}

void append_colored(std::string& out, bool color, std::string_view sgr, std::string_view text) {
  if (color) out += sgr;
  out += text;
  if (color) out += colors::reset;
}

} // namespace

void append_excerpt(std::string& out, std::string_view line, std::size_t at, std::size_t line_number,
                    const text_style& style) {
  at = std::min(at, line.size());
  const std::string number = std::to_string(line_number);
  const std::size_t gutter_cells = 1 + number.size() + 3; // " 12 | "
  constexpr std::size_t narrowest = 20;
  const std::size_t budget = std::max(style.width > gutter_cells ? style.width - gutter_cells : 0, narrowest);

  // Only the bytes that can reach the screen are decoded, so a 1 MiB line costs no more than a
  // short one: a character spans at most 4 bytes and (combining marks aside) takes a cell or
  // more, so no more than budget * 4 bytes on either side of the caret can be shown.
  const std::size_t reach = budget * 4;
  std::size_t begin = at > reach ? at - reach : 0;
  // Starting inside a character would show its tail as malformed bytes: skip to the next lead.
  for (int i = 0; i < 3 && begin > 0 && begin < at &&
                  (static_cast<unsigned char>(line[begin]) & 0xc0) == 0x80;
       ++i) {
    ++begin;
  }
  const std::size_t end = line.size() - at > reach ? at + reach : line.size();

  std::vector<glyph> glyphs;
  std::size_t target = 0; // index of the glyph holding `at`; glyphs.size() for the line's end
  bool target_found = false;
  for (std::size_t i = begin; i < end;) {
    glyph g = read_glyph(line.substr(0, end), i);
    if (!target_found && at < g.end) {
      target = glyphs.size();
      target_found = true;
    }
    i = g.end;
    glyphs.push_back(std::move(g));
  }
  if (!target_found) target = glyphs.size();
  const bool cut_before_window = begin > 0;
  const bool cut_after_window = end < line.size();

  // The caret's own cell (a point past the end still needs one), then context on both sides:
  // half before, half after, and what one side cannot use goes to the other.
  const auto cells_of = [&](std::size_t index) { return index < glyphs.size() ? std::max<std::size_t>(glyphs[index].cells, 1) : 1; };
  std::size_t total = 0;
  for (const glyph& g : glyphs) total += g.cells;
  std::size_t first = 0;
  std::size_t last = glyphs.size(); // one past
  if (cut_before_window || cut_after_window || total > budget) {
    const std::size_t ellipses = 2;
    std::size_t room = budget > ellipses + cells_of(target) ? budget - ellipses - cells_of(target) : 0;
    first = target;
    last = std::min(target + 1, glyphs.size());
    std::size_t before = room - room / 2;
    std::size_t after = room / 2;
    const auto grow_before = [&](std::size_t& quota) {
      while (first > 0 && glyphs[first - 1].cells <= quota) quota -= glyphs[--first].cells;
    };
    const auto grow_after = [&](std::size_t& quota) {
      while (last < glyphs.size() && glyphs[last].cells <= quota) quota -= glyphs[last++].cells;
    };
    grow_before(before);
    after += before;
    grow_after(after);
    grow_before(after);
    // A side that reaches its end of the line needs no ellipsis: its cell can show more.
    std::size_t spare = after;
    if (first == 0 && !cut_before_window) ++spare;
    if (last == glyphs.size() && !cut_after_window) ++spare;
    grow_after(spare);
    grow_before(spare);
  }
  const bool ellipsis_before = first > 0 || cut_before_window;
  const bool ellipsis_after = last < glyphs.size() || cut_after_window;

  out += ' ';
  append_colored(out, style.color, colors::gutter, number + " |");
  out += ' ';
  if (ellipsis_before) append_colored(out, style.color, colors::dim, "\u2026");
  for (std::size_t i = first; i < last; ++i) {
    if (glyphs[i].escaped) {
      append_colored(out, style.color, colors::escaped, glyphs[i].shown);
    } else {
      out += glyphs[i].shown;
    }
  }
  if (ellipsis_after) append_colored(out, style.color, colors::dim, "\u2026");
  out += '\n';

  out += ' ';
  out.append(number.size(), ' ');
  out += ' ';
  append_colored(out, style.color, colors::gutter, "|");
  out += ' ';
  std::size_t indent = ellipsis_before ? 1 : 0;
  for (std::size_t i = first; i < target && i < last; ++i) indent += glyphs[i].cells;
  out.append(indent, ' ');
  append_colored(out, style.color, colors::caret, "^");
  out += '\n';
}

} // namespace invite_check
