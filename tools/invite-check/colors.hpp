#ifndef INVITE_TOOLS_INVITE_CHECK_COLORS_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_COLORS_HPP_INCLUDED

#include <string_view>

// The text report's colours (SGR escape sequences), in the spirit of gcc's and rustc's: the
// place in bold, the problem in red, the excerpt's frame in blue.
namespace invite_check::colors {

inline constexpr std::string_view reset = "\x1b[0m";
inline constexpr std::string_view location = "\x1b[1m";    // FILE:LINE:COLUMN:
inline constexpr std::string_view code = "\x1b[1;31m";     // the error code
inline constexpr std::string_view note = "\x1b[1;36m";     // "note", before what was tolerated
inline constexpr std::string_view pointer = "\x1b[36m";    // the JSON Pointer
inline constexpr std::string_view gutter = "\x1b[1;34m";   // " 12 |"
inline constexpr std::string_view caret = "\x1b[1;31m";    // "^"
inline constexpr std::string_view escaped = "\x1b[7m";     // \t, \x1b, \u{202e} in an excerpt
inline constexpr std::string_view dim = "\x1b[2m";         // the ellipsis of a cut line
inline constexpr std::string_view valid = "\x1b[32m";      // "ok"
inline constexpr std::string_view invalid = "\x1b[1;31m";  // "invalid"

} // namespace invite_check::colors

#endif // INVITE_TOOLS_INVITE_CHECK_COLORS_HPP_INCLUDED
