#ifndef INVITE_TOOLS_INVITE_CONFORM_HTTP_CLIENT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_HTTP_CLIENT_HPP_INCLUDED

// A deliberately small HTTP/1.1 client: it sends exact bytes (so that probes can send what a
// polite client never would) and reads the answers with a deadline.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace invite_conform {

/// Where the endpoint is: http://HOST[:PORT]/PATH.
struct endpoint_url {
  std::string host;
  std::string port = "80";
  std::string path = "/";
  std::string text; // as given
};

/// Reads an http:// URL; nothing for anything else (https included).
std::optional<endpoint_url> parse_url(const std::string& text);

/// What came back for one request.
struct answer {
  bool answered = false;       // a whole response was read
  bool timed_out = false;      // nothing whole within the deadline
  std::string failure;         // why there is no answer (connection refused, closed, ...)
  int status = 0;
  std::map<std::string, std::string> headers; // names in lower case
  std::string body;

  std::string header(const std::string& lower_case_name) const;
};

/// Sends each of `requests` (raw bytes) in turn on one connection, reading one answer after
/// each, with `timeout` for each exchange; stops at the first exchange without an answer.
/// After the last request, `half_close` shuts the sending side (a client that is done).
std::vector<answer> exchange(const endpoint_url& url, const std::vector<std::string>& requests,
                             std::chrono::milliseconds timeout, bool half_close = false);

/// Whether a TCP connection to the URL's host and port can be opened within `timeout`;
/// the reason when not.
std::optional<std::string> unreachable(const endpoint_url& url, std::chrono::milliseconds timeout);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_HTTP_CLIENT_HPP_INCLUDED
