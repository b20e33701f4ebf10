// invite-serve: a mock of POST /assessment/invite (v2); see command_line.cpp for its options.

#include "command_line.hpp"
#include "endpoint.hpp"
#include "server.hpp"

#include <invite/version.hpp>

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  const std::vector<std::string_view> arguments(argv + 1, argv + argc);
  const invite_serve::command command = invite_serve::parse_command_line(arguments);
  switch (command.action) {
  case invite_serve::command_action::show_help: std::cout << invite_serve::usage_text(); return 0;
  case invite_serve::command_action::show_version: std::cout << "invite-serve " INVITE_VERSION_STRING "\n"; return 0;
  case invite_serve::command_action::usage_error:
    std::cerr << "invite-serve: " << command.problem << "\n(see invite-serve --help)\n";
    return 2;
  case invite_serve::command_action::serve: break;
  }
  invite_serve::endpoint endpoint(command.endpoint);
  return invite_serve::serve(command.server, endpoint, std::cout, std::cerr);
}
