#ifndef INVITE_TOOLS_INVITE_CONFORM_HTTP_CLIENT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_HTTP_CLIENT_HPP_INCLUDED

// A deliberately small HTTP/1.1 client, over TCP or TLS: it sends exact bytes (so that probes can
// send what a polite client never would) and reads the answers with a deadline.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace invite_conform {

/// The contract's path, which a URL without one gets.
inline constexpr const char* contract_path = "/assessment/invite";

/// Where the endpoint is: http[s]://HOST[:PORT]/PATH.
struct endpoint_url {
  bool tls = false;
  std::string host;
  std::string port = "80";
  std::string path = contract_path;
  bool path_given = true; // false: the URL had no path (or "/") and got contract_path
  std::string origin;     // scheme://authority, as given
  std::string text() const { return origin + path; }
};

/// Reads an http:// or https:// URL; nothing for anything else.
std::optional<endpoint_url> parse_url(const std::string& text);

/// Why there is no answer.
enum class trouble {
  none,
  unresolved,    // the host name does not resolve
  refused,       // nothing listens at the address
  no_connection, // no connection within the timeout, or another failure to connect
  tls,           // the TLS handshake failed
  timeout,       // connected, but no whole answer within the timeout
  closed,        // the server closed or reset the connection without a whole answer
  unreadable,    // what came back is not an HTTP response
};

/// What came back for one request.
struct answer {
  bool answered = false; // a whole response was read
  trouble why_not = trouble::none;
  std::string failure; // why there is no answer, in words
  int status = 0;
  std::map<std::string, std::string> headers; // names in lower case
  std::string body;

  bool timed_out() const noexcept { return why_not == trouble::timeout; }
  /// Whether a connection (and its TLS handshake) was made at all.
  bool connected() const noexcept {
    return why_not != trouble::unresolved && why_not != trouble::refused && why_not != trouble::no_connection &&
           why_not != trouble::tls;
  }
  std::string header(const std::string& lower_case_name) const;
};

/// How an https server is trusted: the system's CAs, those of one file, or anything.
struct tls_trust {
  std::string ca_file; // empty: the system's
  bool insecure = false;
};

struct tls_client_context; // OpenSSL's, kept out of this header

/// Opens connections to one URL. Thread-safe: exchanges may run on several threads at once.
class http_client {
public:
  /// A client, or nothing with `problem` saying why the TLS settings cannot be used (an
  /// unreadable --cacert).
  static std::optional<http_client> make(const endpoint_url& url, std::chrono::milliseconds timeout, const tls_trust& trust,
                                         std::string& problem);

  /// The same client for another path of the same origin.
  http_client at_path(std::string path) const;

  /// Sends each of `requests` (raw bytes) in turn on one connection, reading one answer after
  /// each, with the timeout for each exchange; stops at the first exchange without an answer.
  /// After the last request, `half_close` shuts the sending side (a client that is done).
  std::vector<answer> exchange(const std::vector<std::string>& requests, bool half_close = false) const;

  /// Whether the server at this address completes a TLS handshake (whatever its certificate).
  bool speaks_tls() const;

  const endpoint_url& url() const noexcept { return url_; }

private:
  http_client(endpoint_url url, std::chrono::milliseconds timeout, std::shared_ptr<tls_client_context> tls)
      : url_(std::move(url)), timeout_(timeout), tls_(std::move(tls)) {}

  endpoint_url url_;
  std::chrono::milliseconds timeout_;
  std::shared_ptr<tls_client_context> tls_; // for https
};

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_HTTP_CLIENT_HPP_INCLUDED
