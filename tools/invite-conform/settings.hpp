#ifndef INVITE_TOOLS_INVITE_CONFORM_SETTINGS_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_SETTINGS_HPP_INCLUDED

// What one invite-conform run was asked to do (its command line, read).

#include "http_client.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace invite_conform {

/// The contract's default size limit: a strict server answers 413 past it.
inline constexpr std::size_t contract_body_limit = std::size_t{1} << 20;

/// The apiKey sent when --api-key is not given.
inline constexpr const char* default_api_key = "invite-conform";

struct settings {
  endpoint_url url;
  tls_trust trust;
  std::optional<std::string> api_key; // also turns on the wrong-key probe
  std::vector<std::pair<std::string, std::string>> headers; // --header, sent with every request
  std::chrono::milliseconds timeout{5000};
  std::size_t max_bytes = contract_body_limit; // the server's body limit
  std::string vectors_dir;
  std::size_t generated = 0;
  std::uint64_t seed = 1;
  bool strict_errors = false;
  unsigned jobs = 4;
  std::size_t max_failures = 0; // 0: run every check

  std::string key() const { return api_key.value_or(default_api_key); }
};

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_SETTINGS_HPP_INCLUDED
