// invite-serve with planted bugs, to prove that invite-conform catches them. Usage:
//   invite_broken_server --bug NAME [--bug NAME]... [invite-serve options]
// Each bug is a hook into the otherwise correct endpoint (tools/invite-serve/endpoint.hpp).

#include "command_line.hpp"
#include "endpoint.hpp"
#include "server.hpp"

#include <algorithm>
#include <charconv>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

bool has_non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The status a bug's name ends or starts with; 0 when it is not three digits.
int status_in(std::string_view digits) {
  int status = 0;
  const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), status);
  return problem == std::errc() && end == digits.data() + digits.size() && digits.size() == 3 ? status : 0;
}

// A refusal with another status and the same body, as a server that picked the wrong status
// would send.
void restatus(invite_serve::reply& answer, int status) {
  answer.status = status;
  answer.challenge = status == 401;
  answer.allow_post = status == 405;
}

// "STATUS-for-invalid-bodies": invalid bodies refused with a status that is not about the body.
bool plant_status_for_invalid_bodies(std::string_view bug, invite_serve::endpoint_hooks& hooks) {
  constexpr std::string_view suffix = "-for-invalid-bodies";
  const int status = bug.size() > suffix.size() && bug.substr(3) == suffix ? status_in(bug.substr(0, 3)) : 0;
  if (status == 0) return false;
  hooks.edit_refusal = [status](invite_serve::reply& answer) {
    if (answer.status == 400) restatus(answer, status);
  };
  return true;
}

// "valid-gets-STATUS": every valid request answered with STATUS (a problem+json).
bool plant_status_for_valid_bodies(std::string_view bug, invite_serve::endpoint_hooks& hooks) {
  constexpr std::string_view prefix = "valid-gets-";
  const int status = bug.substr(0, prefix.size()) == prefix ? status_in(bug.substr(prefix.size())) : 0;
  if (status == 0) return false;
  hooks.edit_answer = [status](const invite::request&, invite::response&, int& answer_status) { answer_status = status; };
  return true;
}

// Returns false for an unknown name.
bool plant(std::string_view bug, invite_serve::endpoint_hooks& hooks) {
  if (plant_status_for_invalid_bodies(bug, hooks) || plant_status_for_valid_bodies(bug, hooks)) return true;
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
  } else if (bug == "mangles-non-ascii-names") {
    // Names echoed through an encoding that cannot say what ASCII cannot: each such character
    // becomes '?' (the answer stays a valid response; it just no longer names the candidate).
    hooks.edit_answer = [](const invite::request&, invite::response& answer, int&) {
      for (auto& invite : answer.invites) {
        std::string ascii;
        for (const char c : invite.name) {
          const auto byte = static_cast<unsigned char>(c);
          if (byte < 0x80) {
            ascii += c;
          } else if (byte >= 0xC0) { // the first byte of a character
            ascii += '?';
          }
        }
        invite.name = std::move(ascii);
      }
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
  } else if (bug == "ignores-unknown-fields") {
    hooks.accept_invalid = [](const invite::result<invite::request>& r) {
      return !r.errors().empty() && std::all_of(r.errors().begin(), r.errors().end(), [](const invite::error& e) {
        return e.code == invite::error_code::unknown_field;
      });
    };
  } else if (bug == "403-for-refused-keys") {
    hooks.edit_refusal = [](invite_serve::reply& answer) {
      if (answer.status == 401) restatus(answer, 403);
    };
  } else if (bug == "serves-another-path") {
    hooks.path = "/api/v2/assessment/invite";
  } else if (bug == "text-plain-400s") {
    hooks.edit_refusal = [](invite_serve::reply& answer) {
      if (answer.status != 400) return;
      answer.content_type = "text/plain; charset=utf-8";
      answer.body = "Bad Request\n";
    };
  } else if (bug == "oversized-as-400") {
    // Refused from the Content-Length header, with the payload_too_large body and a 400.
    hooks.edit_refusal = [](invite_serve::reply& answer) {
      if (answer.status == 413) restatus(answer, 400);
    };
  } else if (bug == "oversized-as-400-after-the-body") {
    // The same, once the whole body has been read and the library has judged it too large.
    hooks.read_oversized_bodies = true;
    hooks.edit_refusal = [](invite_serve::reply& answer) {
      if (answer.status == 413) restatus(answer, 400);
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
    std::cerr << "usage: invite_broken_server --bug NAME [--bug NAME]... [invite-serve options]\n";
    return 2;
  }
  invite_serve::endpoint_hooks hooks;
  while (arguments.size() >= 2 && arguments[0] == "--bug") {
    // Bugs on different hooks combine; a second bug on the same hook replaces the first.
    if (!plant(arguments[1], hooks)) {
      std::cerr << "invite_broken_server: unknown bug " << arguments[1] << '\n';
      return 2;
    }
    arguments.erase(arguments.begin(), arguments.begin() + 2);
  }
  const invite_serve::command command = invite_serve::parse_command_line(arguments);
  if (command.action != invite_serve::command_action::serve) {
    std::cerr << "invite_broken_server: " << command.problem << '\n';
    return 2;
  }
  invite_serve::endpoint endpoint(command.endpoint, hooks);
  return invite_serve::serve(command.server, endpoint, std::cout, std::cerr);
}
