#include "http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace invite_conform {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using boost::system::error_code;

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Answers are bounded too: a server that streams forever must not exhaust the runner.
constexpr std::uint64_t max_answer_bytes = 64u << 20;

} // namespace

std::string answer::header(const std::string& lower_case_name) const {
  const auto found = headers.find(lower_case_name);
  return found == headers.end() ? std::string() : found->second;
}

std::optional<endpoint_url> parse_url(const std::string& text) {
  constexpr std::string_view scheme = "http://";
  if (text.size() <= scheme.size() || lower(text.substr(0, scheme.size())) != scheme) return std::nullopt;
  endpoint_url url;
  url.text = text;
  std::string rest = text.substr(scheme.size());
  const std::size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  url.path = slash == std::string::npos ? "/" : rest.substr(slash);
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

namespace {

// One connection, driven by its own io_context so that each exchange has a hard deadline.
class connection {
public:
  explicit connection(std::chrono::milliseconds timeout) : stream_(io_), timeout_(timeout) {}

  std::optional<std::string> open(const endpoint_url& url) {
    error_code ec;
    tcp::resolver resolver(io_);
    const auto endpoints = resolver.resolve(url.host, url.port, ec);
    if (ec) return "cannot resolve " + url.host + ": " + ec.message();
    std::optional<std::string> failure;
    stream_.expires_after(timeout_);
    stream_.async_connect(endpoints, [&](error_code connect_error, const tcp::endpoint&) {
      if (connect_error == beast::error::timeout) failure = "no connection within the timeout";
      else if (connect_error) failure = "cannot connect: " + connect_error.message();
    });
    io_.restart();
    io_.run();
    return failure;
  }

  // Writes the request while reading the answer, so that a server answering before it has
  // read the whole body (413) is heard even if it then stops reading.
  answer send(const std::string& request, bool then_half_close) {
    answer out;
    beast::http::response_parser<http::string_body> parser;
    parser.body_limit(max_answer_bytes);
    parser.header_limit(64 * 1024);
    bool read_done = false;
    stream_.expires_after(timeout_);
    net::async_write(stream_, net::buffer(request), [&](error_code ec, std::size_t) {
      // A failed write (the server closed early) still leaves an answer to read, if any.
      if (!ec && then_half_close) half_close();
    });
    http::async_read(stream_, buffer_, parser, [&](error_code ec, std::size_t) {
      read_done = true;
      if (ec == beast::error::timeout) {
        out.timed_out = true;
        out.failure = "no answer within the timeout";
        return;
      }
      if (ec) {
        out.failure = ec == http::error::end_of_stream || ec == net::error::eof || ec == http::error::partial_message
                          ? "the connection closed without a whole answer"
                      : ec == net::error::connection_reset ? "the connection was reset without a whole answer"
                                                           : "unreadable answer: " + ec.message();
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
    io_.restart();
    io_.run_for(timeout_ + std::chrono::seconds(1));
    if (!read_done) {
      out.timed_out = true;
      out.failure = "no answer within the timeout";
    }
    return out;
  }

  void half_close() {
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

private:
  net::io_context io_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::chrono::milliseconds timeout_;
};

} // namespace

std::vector<answer> exchange(const endpoint_url& url, const std::vector<std::string>& requests,
                             std::chrono::milliseconds timeout, bool half_close) {
  std::vector<answer> out;
  connection link(timeout);
  if (auto failure = link.open(url)) {
    answer refused;
    refused.failure = *failure;
    out.push_back(refused);
    return out;
  }
  for (std::size_t i = 0; i < requests.size(); ++i) {
    out.push_back(link.send(requests[i], half_close && i + 1 == requests.size()));
    if (!out.back().answered) break;
  }
  return out;
}

std::optional<std::string> unreachable(const endpoint_url& url, std::chrono::milliseconds timeout) {
  connection link(timeout);
  return link.open(url);
}

} // namespace invite_conform
