#ifndef INVITE_TOOLS_INVITE_SERVE_COMMAND_LINE_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_SERVE_COMMAND_LINE_HPP_INCLUDED

#include "endpoint.hpp"
#include "server.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace invite_serve {

enum class command_action { serve, show_help, show_version, usage_error };

struct command {
  command_action action = command_action::serve;
  server_settings server;
  endpoint_settings endpoint;
  std::string problem; // for usage_error: what was wrong
};

/// Reads invite-serve's arguments (without the program name).
command parse_command_line(const std::vector<std::string_view>& arguments);

/// The --help text.
std::string_view usage_text() noexcept;

} // namespace invite_serve

#endif // INVITE_TOOLS_INVITE_SERVE_COMMAND_LINE_HPP_INCLUDED
