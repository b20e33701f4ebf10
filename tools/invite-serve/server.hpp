#ifndef INVITE_TOOLS_INVITE_SERVE_SERVER_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_SERVE_SERVER_HPP_INCLUDED

// The HTTP/1.1 server around an endpoint (endpoint.hpp): Boost.Beast on Asio, plain or over TLS
// (OpenSSL), keep-alive, chunked bodies, timeouts, bounded connections, injected latency and
// faults, graceful drain.

#include "endpoint.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace invite_serve {

/// What the server does instead of answering, now and then, when faults are injected.
enum class fault {
  status_500, // a 500 problem+json
  status_503, // a 503 problem+json
  close,      // close the connection without answering
  truncate,   // send the head and half of the body, then close
  stall,      // answer nothing until the body timeout, then close
};

struct server_settings {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080; // 0: let the system choose
  unsigned threads = 0;      // 0: one per core
  std::size_t header_limit = 16 * 1024;
  std::size_t max_connections = 1024; // more are answered 503 and closed
  std::chrono::milliseconds header_timeout{10'000}; // from waiting for a request to its last header byte
  std::chrono::milliseconds body_timeout{30'000};   // from the head to the body's last byte; also bounds a write
  std::chrono::milliseconds drain_timeout{5'000};   // how long in-flight requests may take after SIGTERM
  std::chrono::milliseconds latency_min{0};         // added before every answer, uniformly drawn
  std::chrono::milliseconds latency_max{0};
  double fault_rate = 0;         // the probability that a request gets a fault instead of its answer
  std::vector<fault> faults;     // drawn uniformly when a fault happens
  std::uint64_t seed = 1;        // the latency and fault draws of connection k use seed and k
  std::string tls_certificate;   // a PEM certificate chain: with tls_key, the server speaks https only
  std::string tls_key;           // its PEM private key
};

/// Serves `target` until SIGINT or SIGTERM, then stops accepting, lets requests in flight
/// finish (at most drain_timeout) and returns 0. Writes "listening on http://HOST:PORT" (https
/// with a certificate) to `announce` first, with the port the system chose for port 0. Returns
/// 1, with a message on `diagnostics`, when it cannot listen or cannot use the certificate.
int serve(const server_settings& settings, endpoint& target, std::ostream& announce, std::ostream& diagnostics);

} // namespace invite_serve

#endif // INVITE_TOOLS_INVITE_SERVE_SERVER_HPP_INCLUDED
