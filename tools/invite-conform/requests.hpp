#ifndef INVITE_TOOLS_INVITE_CONFORM_REQUESTS_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_REQUESTS_HPP_INCLUDED

// The exact bytes of each request invite-conform sends, and a shell command that sends the same
// bytes (curl, or printf piped into curl telnet:// or openssl s_client for what curl cannot say).

#include "settings.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace invite_conform {

/// How a request's head departs from a polite client's.
struct head_options {
  std::string method = "POST";
  std::optional<std::string> api_key;
  std::optional<std::string> content_type = std::string("application/json");
  bool chunked = false;
  bool keep_alive = false;
  std::optional<std::string> content_length; // instead of the body's real size
};

/// The head for `run`'s key: POST, application/json, the apiKey.
head_options polite_head(const settings& run);

/// The request as raw HTTP/1.1, with the --header lines.
std::string raw_request(const settings& run, const head_options& head, std::string_view body);

/// A curl command sending the same request. `body_argument`: "@FILE", "@-" for `piped_body`
/// (given to printf), or empty for no body.
std::string curl_command(const settings& run, const head_options& head, const std::string& body_argument,
                         std::string_view piped_body = {});

/// A command sending `bytes` as they are (curl telnet://, or openssl s_client for https).
std::string raw_command(const settings& run, const std::string& bytes, bool half_close);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_REQUESTS_HPP_INCLUDED
