// invite-serve with one planted bug, to prove that invite-conform catches it. Usage:
//   invite_broken_server --bug NAME [invite-serve options]
// Each bug is a hook into the otherwise correct endpoint (tools/invite-serve/endpoint.hpp).

#include "command_line.hpp"
#include "endpoint.hpp"
#include "server.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

bool has_non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Returns false for an unknown name.
bool plant(std::string_view bug, invite_serve::endpoint_hooks& hooks) {
  if (bug == "accepts-duplicate-emails") {
    hooks.accept_invalid = [](const invite::result<invite::request>& r) {
      return !r.errors().empty() && std::all_of(r.errors().begin(), r.errors().end(), [](const invite::error& e) {
        return e.code == invite::error_code::duplicate_value;
      });
    };
  } else if (bug == "500-on-non-ascii-names") {
    hooks.edit_answer = [](const invite::request& asked, invite::response&, int& status) {
      for (const auto& c : asked.candidates) {
        if (has_non_ascii(c.name)) status = 500;
      }
    };
  } else if (bug == "one-invite-short") {
    hooks.edit_answer = [](const invite::request&, invite::response& answer, int&) {
      if (!answer.invites.empty()) answer.invites.pop_back();
    };
  } else if (bug == "no-authentication") {
    hooks.skip_authentication = true;
  } else if (bug == "silent-on-malformed-json") {
    hooks.stay_silent = [](const invite::result<invite::request>& r) {
      return !r.errors().empty() && r.errors()[0].code == invite::error_code::invalid_json;
    };
  } else if (bug == "wrong-link-scheme") {
    hooks.edit_answer = [](const invite::request&, invite::response& answer, int&) {
      for (auto& invite : answer.invites) invite.invite_link.replace(0, invite.invite_link.find(':'), "ftp");
    };
  } else {
    return false;
  }
  return true;
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> arguments(argv + 1, argv + argc);
  if (arguments.size() < 2 || arguments[0] != "--bug") {
    std::cerr << "usage: invite_broken_server --bug NAME [invite-serve options]\n";
    return 2;
  }
  invite_serve::endpoint_hooks hooks;
  if (!plant(arguments[1], hooks)) {
    std::cerr << "invite_broken_server: unknown bug " << arguments[1] << '\n';
    return 2;
  }
  arguments.erase(arguments.begin(), arguments.begin() + 2);
  const invite_serve::command command = invite_serve::parse_command_line(arguments);
  if (command.action != invite_serve::command_action::serve) {
    std::cerr << "invite_broken_server: " << command.problem << '\n';
    return 2;
  }
  invite_serve::endpoint endpoint(command.endpoint, hooks);
  return invite_serve::serve(command.server, endpoint, std::cout, std::cerr);
}
