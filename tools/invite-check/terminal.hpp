#ifndef INVITE_TOOLS_INVITE_CHECK_TERMINAL_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_TERMINAL_HPP_INCLUDED

#include "command_line.hpp"

#include <cstddef>
#include <cstdio>

namespace invite_check {

/// How the text report looks on the stream it goes to.
struct text_style {
  bool color = false;
  std::size_t width = 100; // screen cells an excerpt line may fill
};

/// The width a line may fill when the stream is not a terminal (a file, a pipe, a CI log).
inline constexpr std::size_t default_width = 100;

/// Colour when asked to always; with auto, only on a terminal that is not "dumb" and when
/// NO_COLOR is unset or empty (https://no-color.org); the width of the terminal, if it is one.
text_style text_style_for(std::FILE* stream, color_choice choice);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_TERMINAL_HPP_INCLUDED
