#include "server.hpp"

#include <invite/version.hpp>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <random>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <utility>

namespace invite_serve {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using boost::system::error_code;

namespace {

class session;

// What every connection shares: the settings, the endpoint, the count of open connections and
// the list a drain walks.
struct server_state {
  server_state(net::io_context& context, const server_settings& s, endpoint& e)
      : io(context), settings(s), target(e), drain_deadline(context) {}

  net::io_context& io;
  const server_settings& settings;
  endpoint& target;
  net::steady_timer drain_deadline;
  std::atomic<bool> draining{false};
  std::atomic<std::uint64_t> accepted{0};

  std::mutex mutex;
  std::unordered_map<const session*, std::weak_ptr<session>> live;

  void forget(const session* gone);
  // Shared pointers, taken under the lock and released outside it (a session's last release
  // runs its destructor, which takes the lock).
  std::vector<std::shared_ptr<session>> open_sessions();
};

// Bytes a connection may hold beyond its body: the head and one read's worth of what follows.
constexpr std::size_t read_ahead = 64 * 1024;
// How long a connection closed with unread input is drained, so that its last answer is
// not destroyed by a reset before the client reads it.
constexpr std::chrono::milliseconds linger_time{1000};

class session : public std::enable_shared_from_this<session> {
public:
  session(tcp::socket socket, server_state& state, std::uint64_t number, bool overloaded)
      : state_(state), stream_(std::move(socket)), buffer_(state.settings.header_limit + read_ahead),
        timer_(stream_.get_executor()), overloaded_(overloaded) {
    std::seed_seq seed{static_cast<std::uint32_t>(state.settings.seed), static_cast<std::uint32_t>(state.settings.seed >> 32),
                       static_cast<std::uint32_t>(number), static_cast<std::uint32_t>(number >> 32)};
    random_.seed(seed);
  }

  ~session() { state_.forget(this); }

  void start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (self->overloaded_) {
        self->send(problem_reply(503, "too many connections; try again later"), true);
      } else {
        self->read_head();
      }
    });
  }

  /// Closes the connection if it is waiting for a request; otherwise its answer closes it.
  void drain() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (self->awaiting_head_) self->stream_.cancel();
    });
  }

  /// Closes the connection whatever it is doing (the drain time is over).
  void terminate() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      self->timer_.cancel();
      self->shut();
    });
  }

private:
  void read_head() {
    if (state_.draining) return shut();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_.settings.header_limit));
    parser_->body_limit(boost::none); // judged from the head first, so that 401 comes before 413
    awaiting_head_ = true;
    stream_.expires_after(state_.settings.header_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](error_code ec, std::size_t) { self->on_head(ec); });
  }

  void on_head(error_code ec) {
    awaiting_head_ = false;
    if (ec == http::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset) {
      return shut();
    }
    if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
      return send(problem_reply(431, "the request head is longer than " + std::to_string(state_.settings.header_limit) + " bytes"), true);
    }
    if (ec) return send(problem_reply(400, "malformed HTTP request: " + ec.message()), true);

    const auto& message = parser_->get();
    request_head head;
    head.method = std::string_view(message.method_string().data(), message.method_string().size());
    head.target = std::string_view(message.target().data(), message.target().size());
    if (auto key = message.find("apiKey"); key != message.end()) head.api_key = std::string_view(key->value().data(), key->value().size());
    if (auto type = message.find(http::field::content_type); type != message.end()) {
      head.content_type = std::string_view(type->value().data(), type->value().size());
    }
    if (auto length = parser_->content_length()) head.content_length = *length;
    version_ = message.version();
    keep_alive_ = message.keep_alive();

    if (std::optional<reply> early = state_.target.screen(head)) {
      return send(*early, !parser_->is_done() || !keep_alive_);
    }
    parser_->body_limit(state_.target.settings().body_limit);
    const auto expect = message.find(http::field::expect);
    if (expect != message.end() && beast::iequals(expect->value(), "100-continue")) {
      continue_.emplace(http::status::continue_, version_);
      stream_.expires_after(state_.settings.body_timeout);
      return http::async_write(stream_, *continue_, [self = shared_from_this()](error_code write_error, std::size_t) {
        if (write_error) return self->shut();
        self->read_body();
      });
    }
    read_body();
  }

  void read_body() {
    stream_.expires_after(state_.settings.body_timeout);
    http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](error_code ec, std::size_t) { self->on_body(ec); });
  }

  void on_body(error_code ec) {
    if (ec == http::error::body_limit) {
      return send(too_large_reply("the chunked body grew past the " + std::to_string(state_.target.settings().body_limit) +
                                  " bytes accepted"),
                  true);
    }
    if (ec == http::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset) {
      return shut();
    }
    if (ec) return send(problem_reply(400, "malformed HTTP request body: " + ec.message()), true);

    reply answer = state_.target.answer(parser_->get().body());
    parser_.reset(); // the body's memory goes now, not at the next request
    if (answer.silent) return wait_then_shut(state_.settings.body_timeout);

    if (state_.settings.fault_rate > 0 && !state_.settings.faults.empty() &&
        std::uniform_real_distribution<double>(0, 1)(random_) < state_.settings.fault_rate) {
      const std::size_t pick =
          std::uniform_int_distribution<std::size_t>(0, state_.settings.faults.size() - 1)(random_);
      switch (state_.settings.faults[pick]) {
      case fault::status_500: answer = problem_reply(500, "injected fault"); break;
      case fault::status_503: answer = problem_reply(503, "injected fault"); break;
      case fault::close: return shut();
      case fault::stall: return wait_then_shut(state_.settings.body_timeout);
      case fault::truncate: return send_truncated(answer);
      }
    }
    auto delay = state_.settings.latency_min;
    if (state_.settings.latency_max > state_.settings.latency_min) {
      delay = std::chrono::milliseconds(std::uniform_int_distribution<std::int64_t>(
          state_.settings.latency_min.count(), state_.settings.latency_max.count())(random_));
    }
    if (delay.count() == 0) return send(std::move(answer), !keep_alive_);
    timer_.expires_after(delay);
    timer_.async_wait([self = shared_from_this(), answer = std::move(answer)](error_code) mutable {
      self->send(std::move(answer), !self->keep_alive_);
    });
  }

  void build(const reply& answer, bool close) {
    response_ = {};
    response_.version(version_ == 10 ? 10 : 11);
    response_.result(static_cast<unsigned>(answer.status));
    response_.set(http::field::server, "invite-serve/" INVITE_VERSION_STRING);
    response_.set(http::field::content_type, answer.content_type);
    if (answer.allow_post) response_.set(http::field::allow, "POST");
    if (answer.challenge) response_.set(http::field::www_authenticate, "apiKey header=\"apiKey\"");
    response_.body() = answer.body;
    response_.keep_alive(!close);
    response_.prepare_payload();
  }

  void send(reply answer, bool close) {
    close = close || state_.draining;
    build(answer, close);
    stream_.expires_after(state_.settings.body_timeout);
    http::async_write(stream_, response_, [self = shared_from_this(), close](error_code ec, std::size_t) {
      if (ec) return self->shut();
      if (close) return self->linger();
      self->read_head();
    });
  }

  void send_truncated(const reply& answer) {
    build(answer, true);
    std::ostringstream head;
    head << response_.base();
    raw_ = head.str();
    raw_.append(response_.body(), 0, response_.body().size() / 2);
    stream_.expires_after(state_.settings.body_timeout);
    net::async_write(stream_, net::buffer(raw_), [self = shared_from_this()](error_code, std::size_t) { self->shut(); });
  }

  // Stops sending, then reads and drops what the client still sends for a moment, so that a
  // client that is still writing its body reads the answer instead of a connection reset.
  void linger() {
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(linger_time);
    discard();
  }

  void discard() {
    stream_.async_read_some(net::buffer(scratch_), [self = shared_from_this()](error_code ec, std::size_t) {
      if (ec) return self->shut();
      self->discard();
    });
  }

  void wait_then_shut(std::chrono::milliseconds wait) {
    timer_.expires_after(wait);
    timer_.async_wait([self = shared_from_this()](error_code) { self->shut(); });
  }

  void shut() {
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  server_state& state_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  net::steady_timer timer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  http::response<http::string_body> response_;
  std::string raw_;
  std::array<char, 4096> scratch_{};
  std::mt19937_64 random_;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  bool awaiting_head_ = false;
  bool overloaded_ = false;
};

void server_state::forget(const session* gone) {
  std::lock_guard<std::mutex> lock(mutex);
  live.erase(gone);
  if (draining && live.empty()) net::post(io, [this] { drain_deadline.cancel(); });
}

std::vector<std::shared_ptr<session>> server_state::open_sessions() {
  std::vector<std::shared_ptr<session>> open;
  std::lock_guard<std::mutex> lock(mutex);
  for (auto& [key, weak] : live) {
    if (auto connection = weak.lock()) open.push_back(std::move(connection));
  }
  return open;
}

class listener {
public:
  listener(server_state& state, tcp::acceptor& acceptor) : state_(state), acceptor_(acceptor) {}

  void accept() {
    acceptor_.async_accept(net::make_strand(state_.io), [this](error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
      if (!ec) admit(std::move(socket));
      accept();
    });
  }

private:
  void admit(tcp::socket socket) {
    const std::uint64_t number = state_.accepted.fetch_add(1);
    std::shared_ptr<session> connection;
    {
      std::lock_guard<std::mutex> lock(state_.mutex);
      const bool overloaded = state_.live.size() >= state_.settings.max_connections;
      connection = std::make_shared<session>(std::move(socket), state_, number, overloaded);
      state_.live.emplace(connection.get(), connection);
    }
    connection->start();
  }

  server_state& state_;
  tcp::acceptor& acceptor_;
};

std::string url_host(const tcp::endpoint& where) {
  const std::string address = where.address().to_string();
  return where.address().is_v6() ? "[" + address + "]" : address;
}

} // namespace

int serve(const server_settings& settings, endpoint& target, std::ostream& announce, std::ostream& diagnostics) {
  const unsigned threads = settings.threads != 0 ? settings.threads : std::max(1u, std::thread::hardware_concurrency());
  net::io_context io(static_cast<int>(threads));

  error_code ec;
  tcp::resolver resolver(io);
  const auto resolved = resolver.resolve(settings.host, std::to_string(settings.port), tcp::resolver::passive, ec);
  if (ec || resolved.empty()) {
    diagnostics << "invite-serve: cannot resolve " << settings.host << ": " << ec.message() << '\n';
    return 1;
  }
  const tcp::endpoint where = resolved.begin()->endpoint();
  tcp::acceptor acceptor(io);
  if (acceptor.open(where.protocol(), ec); !ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(where, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    diagnostics << "invite-serve: cannot listen on " << settings.host << ":" << settings.port << ": " << ec.message() << '\n';
    return 1;
  }
  const tcp::endpoint bound = acceptor.local_endpoint();
  announce << "listening on http://" << url_host(bound) << ":" << bound.port() << std::endl;

  server_state state(io, settings, target);
  listener accepting(state, acceptor);
  accepting.accept();

  net::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](error_code signal_error, int) {
    if (signal_error) return;
    state.draining = true;
    error_code ignored;
    acceptor.close(ignored);
    const std::vector<std::shared_ptr<session>> open = state.open_sessions();
    if (open.empty()) return;
    state.drain_deadline.expires_after(settings.drain_timeout);
    state.drain_deadline.async_wait([&](error_code wait_error) {
      if (wait_error) return; // every connection closed in time
      // Requests still in flight after the drain time are cut.
      for (auto& connection : state.open_sessions()) connection->terminate();
    });
    for (auto& connection : open) connection->drain();
  });

  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) workers.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& worker : workers) worker.join();
  return 0;
}

} // namespace invite_serve
