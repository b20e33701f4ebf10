#ifndef INVITE_TOOLS_INVITE_CHECK_EXCERPT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_EXCERPT_HPP_INCLUDED

#include "terminal.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace invite_check {

/// Appends the source line an error is on, and a caret under the error's character:
///
///    12 |   "email": "priya.raman at example.com"
///       |            ^
///
/// `line` is the line's bytes without its line end; `at` is the byte offset in it of the
/// character to point at (line.size(): just past its last character). A line wider than
/// style.width is cut around the caret, and an ellipsis (…) marks each cut side. Control
/// characters are shown escaped (\t, \r, \x1b), other invisible or direction-changing code
/// points as \u{200b}, and each byte of malformed UTF-8 as \xe9; each escape stands for one
/// column, as it counts one in FILE:LINE:COLUMN. Wide characters (CJK, emoji) take two cells.
void append_excerpt(std::string& out, std::string_view line, std::size_t at, std::size_t line_number,
                    const text_style& style);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_EXCERPT_HPP_INCLUDED
