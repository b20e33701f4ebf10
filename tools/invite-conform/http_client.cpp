#include "http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace invite_conform {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using boost::system::error_code;

struct tls_client_context {
  ssl::context context{ssl::context::tls_client};
  bool verify = true;
};

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Answers are bounded too: a server that streams forever must not exhaust the runner.
constexpr std::uint64_t max_answer_bytes = 64u << 20;

bool is_ip_address(const std::string& host) {
  error_code ec;
  net::ip::make_address(host, ec);
  return !ec;
}

// What OpenSSL says went wrong in a handshake, with what to do about the usual causes.
std::string handshake_failure(error_code ec, SSL* connection, const std::string& host) {
  if (ec.category() != net::error::get_ssl_category()) {
    return "TLS handshake failed: " +
           (ec == net::error::eof || ec == ssl::error::stream_truncated || ec == net::error::connection_reset
                ? std::string("the server closed the connection")
                : ec.message());
  }
  const char* reason = ERR_reason_error_string(static_cast<unsigned long>(ec.value()));
  std::string out = "TLS handshake failed: " + std::string(reason != nullptr ? reason : ec.message().c_str());
  switch (ERR_GET_REASON(static_cast<unsigned long>(ec.value()))) {
  case SSL_R_CERTIFICATE_VERIFY_FAILED: {
    const long result = SSL_get_verify_result(connection);
    out += ": ";
    out += X509_verify_cert_error_string(result);
    out += result == X509_V_ERR_HOSTNAME_MISMATCH || result == X509_V_ERR_IP_ADDRESS_MISMATCH
               ? " (the certificate is not for " + host + ": use a name it was issued for, or --insecure)"
               : std::string(" (give --cacert FILE with the CA that signed the server's certificate, or --insecure)");
    break;
  }
  case SSL_R_WRONG_VERSION_NUMBER:
  case SSL_R_PACKET_LENGTH_TOO_LONG:
    out += " (does the server speak plain http there?)";
    break;
  default: break;
  }
  return out;
}

// One connection, driven by its own io_context so that each exchange has a hard deadline.
class connection {
public:
  connection(const endpoint_url& url, std::chrono::milliseconds timeout, tls_client_context* tls)
      : url_(url), timeout_(timeout) {
    if (tls != nullptr) {
      tls_.emplace(io_, tls->context);
      tls_verify_ = tls->verify;
    } else {
      plain_.emplace(io_);
    }
  }

  // Nothing when connected (and, for https, the handshake done); else why not.
  std::optional<answer> open() {
    error_code ec;
    tcp::resolver resolver(io_);
    const auto endpoints = resolver.resolve(url_.host, url_.port, ec);
    if (ec) return failed(trouble::unresolved, "cannot resolve " + url_.host + ": " + ec.message());
    std::optional<answer> failure;
    tcp_layer().expires_after(timeout_);
    tcp_layer().async_connect(endpoints, [&](error_code connect_error, const tcp::endpoint&) {
      if (connect_error == beast::error::timeout) failure = failed(trouble::no_connection, "no connection within the timeout");
      else if (connect_error == net::error::connection_refused) {
        failure = failed(trouble::refused, "connection refused (nothing listens at " + url_.host + " port " + url_.port + ")");
      } else if (connect_error) failure = failed(trouble::no_connection, "cannot connect: " + connect_error.message());
    });
    run(io_);
    if (failure || !tls_) return failure;

    tls_stream& tls = *tls_;
    // Server Name Indication names hosts, never addresses (RFC 6066).
    if (!is_ip_address(url_.host)) SSL_set_tlsext_host_name(tls.native_handle(), url_.host.c_str());
    if (tls_verify_) {
      // OpenSSL's own check of the name, so that a mismatch is reported as one.
      X509_VERIFY_PARAM* name_check = SSL_get0_param(tls.native_handle());
      if (is_ip_address(url_.host)) {
        X509_VERIFY_PARAM_set1_ip_asc(name_check, url_.host.c_str());
      } else {
        X509_VERIFY_PARAM_set_hostflags(name_check, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        X509_VERIFY_PARAM_set1_host(name_check, url_.host.c_str(), url_.host.size());
      }
      tls.set_verify_mode(ssl::verify_peer);
    } else {
      tls.set_verify_mode(ssl::verify_none);
    }
    tcp_layer().expires_after(timeout_);
    tls.async_handshake(ssl::stream_base::client, [&](error_code handshake_error) {
      if (handshake_error == beast::error::timeout) failure = failed(trouble::tls, "TLS handshake failed: no handshake within the timeout");
      else if (handshake_error) failure = failed(trouble::tls, handshake_failure(handshake_error, tls.native_handle(), url_.host));
    });
    run(io_);
    return failure;
  }

  answer send(const std::string& request, bool then_half_close) {
    return tls_ ? send_on(*tls_, request, then_half_close) : send_on(*plain_, request, then_half_close);
  }

private:
  using plain_stream = beast::tcp_stream;
  using tls_stream = ssl::stream<beast::tcp_stream>;

  beast::tcp_stream& tcp_layer() { return tls_ ? beast::get_lowest_layer(*tls_) : *plain_; }

  static answer failed(trouble why, std::string words) {
    answer out;
    out.why_not = why;
    out.failure = std::move(words);
    return out;
  }

  void run(net::io_context& io) {
    io.restart();
    io.run_for(timeout_ + std::chrono::seconds(1));
  }

  // Writes the request while reading the answer, so that a server answering before it has
  // read the whole body (413) is heard even if it then stops reading.
  template <class Stream>
  answer send_on(Stream& stream, const std::string& request, bool then_half_close) {
    answer out;
    http::response_parser<http::string_body> parser;
    parser.body_limit(max_answer_bytes);
    parser.header_limit(64 * 1024);
    bool read_done = false;
    tcp_layer().expires_after(timeout_);
    net::async_write(stream, net::buffer(request), [&](error_code ec, std::size_t) {
      // A failed write (the server closed early) still leaves an answer to read, if any. A TLS
      // client that is done stops sending on the TCP stream too: the server sees the end.
      if (!ec && then_half_close) {
        error_code ignored;
        tcp_layer().socket().shutdown(tcp::socket::shutdown_send, ignored);
      }
    });
    http::async_read(stream, buffer_, parser, [&](error_code ec, std::size_t) {
      read_done = true;
      if (ec == beast::error::timeout) {
        out = failed(trouble::timeout, "no answer within the timeout");
        return;
      }
      if (ec) {
        const bool closed = ec == http::error::end_of_stream || ec == net::error::eof || ec == http::error::partial_message ||
                            ec == ssl::error::stream_truncated;
        out = closed                                 ? failed(trouble::closed, "the connection closed without a whole answer")
              : ec == net::error::connection_reset ? failed(trouble::closed, "the connection was reset without a whole answer")
                                                   : failed(trouble::unreadable, "unreadable answer: " + ec.message());
        return;
      }
      out.answered = true;
      const auto& message = parser.get();
      out.status = static_cast<int>(message.result_int());
      for (const auto& field : message) {
        std::string name = lower(std::string(field.name_string()));
        std::string value(field.value());
        auto [where, inserted] = out.headers.emplace(name, value);
        if (!inserted) where->second += ", " + value;
      }
      out.body = message.body();
    });
    run(io_);
    if (!read_done) out = failed(trouble::timeout, "no answer within the timeout");
    return out;
  }

  const endpoint_url& url_;
  std::chrono::milliseconds timeout_;
  net::io_context io_;
  std::optional<plain_stream> plain_; // one of the two
  std::optional<tls_stream> tls_;
  bool tls_verify_ = true;
  beast::flat_buffer buffer_;
};

} // namespace

std::string answer::header(const std::string& lower_case_name) const {
  const auto found = headers.find(lower_case_name);
  return found == headers.end() ? std::string() : found->second;
}

std::optional<endpoint_url> parse_url(const std::string& text) {
  endpoint_url url;
  std::string rest;
  if (lower(text.substr(0, 7)) == "http://") {
    rest = text.substr(7);
  } else if (lower(text.substr(0, 8)) == "https://") {
    url.tls = true;
    url.port = "443";
    rest = text.substr(8);
  } else {
    return std::nullopt;
  }
  const std::size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  url.origin = text.substr(0, text.size() - rest.size()) + authority;
  const std::string path = slash == std::string::npos ? std::string() : rest.substr(slash);
  url.path_given = !path.empty() && path != "/";
  url.path = url.path_given ? path : contract_path;
  if (authority.empty() || authority.find('@') != std::string::npos) return std::nullopt;
  if (authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string::npos) return std::nullopt;
    url.host = authority.substr(1, close - 1);
    authority = authority.substr(close + 1);
    if (!authority.empty() && authority.front() != ':') return std::nullopt;
  } else {
    url.host = authority.substr(0, authority.find(':'));
    authority = authority.find(':') == std::string::npos ? "" : authority.substr(authority.find(':'));
  }
  if (!authority.empty()) {
    url.port = authority.substr(1);
    unsigned port = 0;
    const auto [end, status] = std::from_chars(url.port.data(), url.port.data() + url.port.size(), port);
    if (status != std::errc() || end != url.port.data() + url.port.size() || port == 0 || port > 65535) return std::nullopt;
  }
  if (url.host.empty()) return std::nullopt;
  return url;
}

std::optional<http_client> http_client::make(const endpoint_url& url, std::chrono::milliseconds timeout,
                                             const tls_trust& trust, std::string& problem) {
  if (!url.tls) return http_client(url, timeout, nullptr);
  auto tls = std::make_shared<tls_client_context>();
  tls->context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3);
  error_code ec;
  if (trust.insecure) {
    tls->verify = false;
  } else if (!trust.ca_file.empty()) {
    tls->context.load_verify_file(trust.ca_file, ec);
    if (ec) {
      problem = "cannot use --cacert " + trust.ca_file + ": " + ec.message();
      return std::nullopt;
    }
  } else {
    tls->context.set_default_verify_paths(ec);
    if (ec) {
      problem = "cannot read the system's certificate authorities: " + ec.message();
      return std::nullopt;
    }
  }
  return http_client(url, timeout, std::move(tls));
}

http_client http_client::at_path(std::string path) const {
  http_client other = *this;
  other.url_.path = std::move(path);
  other.url_.path_given = true;
  return other;
}

std::vector<answer> http_client::exchange(const std::vector<std::string>& requests, bool half_close) const {
  std::vector<answer> out;
  connection link(url_, timeout_, tls_.get());
  if (std::optional<answer> failure = link.open()) {
    out.push_back(std::move(*failure));
    return out;
  }
  for (std::size_t i = 0; i < requests.size(); ++i) {
    out.push_back(link.send(requests[i], half_close && i + 1 == requests.size()));
    if (!out.back().answered) break;
  }
  return out;
}

bool http_client::speaks_tls() const {
  tls_client_context anything;
  anything.verify = false;
  connection link(url_, timeout_, &anything);
  return !link.open();
}

} // namespace invite_conform
