#ifndef INVITE_TOOLS_INVITE_CONFORM_PREFLIGHT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_PREFLIGHT_HPP_INCLUDED

// One valid request before the checks: unless it gets a 2xx that answers it, no check could be
// trusted (a 401 to every body would pass every invalid one), so the run stops with the cause.

#include "http_client.hpp"
#include "settings.hpp"

#include <optional>
#include <string>

namespace invite_conform {

struct preflight_failure {
  std::string cause;     // one line: what went wrong, and what to do when it is a setting
  std::string reproduce; // a command that sends the same request; empty when none was answered
};

/// Nothing when the server answers a valid request as the contract says; else why not.
std::optional<preflight_failure> preflight(const settings& run, const http_client& server);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_PREFLIGHT_HPP_INCLUDED
