#ifndef INVITE_TOOLS_INVITE_CONFORM_COMMAND_LINE_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_COMMAND_LINE_HPP_INCLUDED

#include "settings.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace invite_conform {

enum class command_action { run, show_help, show_version, usage_error };

struct command {
  command_action action = command_action::run;
  settings run;
  std::string url; // as given
  std::string junit; // a file to write, or empty
  bool json = false;
  bool verbose = false;
  std::string problem; // for usage_error: what was wrong
};

/// Reads invite-conform's arguments (without the program name). The URL is read, not reached;
/// the vectors directory is left empty when not given.
command parse_command_line(const std::vector<std::string_view>& arguments);

/// The --help text.
std::string_view usage_text() noexcept;

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_COMMAND_LINE_HPP_INCLUDED
