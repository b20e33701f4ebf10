#include "server.hpp"

#include "request_handling.hpp"

#include <invite/codec/problem_details.hpp>
#include <invite/version.hpp>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/stream.hpp>
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
#include <type_traits>
#include <unordered_map>
#include <utility>

namespace invite_serve {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using boost::system::error_code;

namespace {

// What the server state knows of a connection, whichever stream it runs on.
class connection {
public:
  virtual ~connection() = default;
  /// Closes the connection if it is waiting for a request; otherwise its answer closes it.
  virtual void drain() = 0;
  /// Closes the connection whatever it is doing (the drain time is over).
  virtual void terminate() = 0;
};

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
  std::unordered_map<const connection*, std::weak_ptr<connection>> live;

  void forget(const connection* gone);
  // Shared pointers, taken under the lock and released outside it (a connection's last release
  // runs its destructor, which takes the lock).
  std::vector<std::shared_ptr<connection>> open_connections();
};

// Bytes a connection may hold beyond its body: the head and one read's worth of what follows.
constexpr std::size_t read_ahead = 64 * 1024;
// How long a connection closed with unread input is drained, so that its last answer is
// not destroyed by a reset before the client reads it.
constexpr std::chrono::milliseconds linger_time{1000};

using tls_stream = net::ssl::stream<beast::tcp_stream>;

// One connection, on a plain TCP stream or on TLS over one. Everything but the handshake is the
// same for both: timeouts, closing and lingering act on the TCP stream underneath.
template <class Stream>
class session final : public connection, public std::enable_shared_from_this<session<Stream>> {
public:
  static constexpr bool tls = std::is_same_v<Stream, tls_stream>;

  template <class... StreamArguments>
  session(server_state& state, std::uint64_t number, bool overloaded, StreamArguments&&... stream_arguments)
      : state_(state), stream_(std::forward<StreamArguments>(stream_arguments)...),
        buffer_(state.settings.header_limit + read_ahead), timer_(stream_.get_executor()), overloaded_(overloaded) {
    std::seed_seq seed{static_cast<std::uint32_t>(state.settings.seed), static_cast<std::uint32_t>(state.settings.seed >> 32),
                       static_cast<std::uint32_t>(number), static_cast<std::uint32_t>(number >> 32)};
    random_.seed(seed);
  }

  ~session() override { state_.forget(this); }

  void start() {
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if constexpr (tls) {
        // The handshake is part of sending a head: a client that never finishes it is dropped
        // by the head's timeout.
        self->awaiting_head_ = true;
        self->tcp().expires_after(self->state_.settings.header_timeout);
        self->stream_.async_handshake(net::ssl::stream_base::server, [self](error_code ec) {
          self->awaiting_head_ = false;
          if (ec) return self->shut();
          self->begin();
        });
      } else {
        self->begin();
      }
    });
  }

  void drain() override {
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if (self->awaiting_head_) self->tcp().cancel();
    });
  }

  void terminate() override {
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      self->timer_.cancel();
      self->shut();
    });
  }

private:
  beast::tcp_stream& tcp() { return beast::get_lowest_layer(stream_); }

  void begin() {
    if (overloaded_) return send(problem_reply(503, "too many connections; try again later"), true);
    read_head();
  }

  void read_head() {
    if (state_.draining) return shut();
    parser_.emplace();
    prepare_for_head(*parser_, state_.settings.header_limit);
    awaiting_head_ = true;
    tcp().expires_after(state_.settings.header_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = this->shared_from_this()](error_code ec, std::size_t) { self->on_head(ec); });
  }

  // A TLS client that closes without a close_notify has gone away like a TCP one that closes.
  static error_code plain_error(error_code ec) {
    return ec == net::ssl::error::stream_truncated ? error_code(http::error::end_of_stream) : ec;
  }

  void on_head(error_code ec) {
    awaiting_head_ = false;
    const next_step step = after_head(plain_error(ec), *parser_, state_.target, state_.settings.header_limit);
    if (step.action == next_action::close) return shut();
    if (!ec) {
      version_ = parser_->get().version();
      keep_alive_ = parser_->get().keep_alive();
    }
    if (step.action == next_action::answer) return send(step.answer, step.close_after);

    const auto& message = parser_->get();
    const auto expect = message.find(http::field::expect);
    if (expect != message.end() && beast::iequals(expect->value(), "100-continue")) {
      continue_.emplace(http::status::continue_, version_);
      tcp().expires_after(state_.settings.body_timeout);
      return http::async_write(stream_, *continue_, [self = this->shared_from_this()](error_code write_error, std::size_t) {
        if (write_error) return self->shut();
        self->read_body();
      });
    }
    read_body();
  }

  void read_body() {
    tcp().expires_after(state_.settings.body_timeout);
    http::async_read(stream_, buffer_, *parser_,
                     [self = this->shared_from_this()](error_code ec, std::size_t) { self->on_body(ec); });
  }

  void on_body(error_code ec) {
    next_step step = after_body(plain_error(ec), *parser_, state_.target);
    parser_.reset(); // the body's memory goes now, not at the next request
    if (step.action == next_action::close) return shut();
    if (ec) return send(std::move(step.answer), step.close_after); // 413 or 400: no latency, no fault
    reply answer = std::move(step.answer);
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
    if (delay.count() == 0) return send(std::move(answer), step.close_after);
    timer_.expires_after(delay);
    timer_.async_wait([self = this->shared_from_this(), answer = std::move(answer), close = step.close_after](error_code) mutable {
      self->send(std::move(answer), close);
    });
  }

  void build(const reply& answer, bool close) {
    response_ = {};
    response_.version(version_ == 10 ? 10 : 11);
    response_.result(static_cast<unsigned>(answer.status));
    // Beast's reason phrases are RFC 7231's ("Payload Too Large"); a problem's status line says
    // what its title says, RFC 9110's phrase ("Content Too Large").
    if (answer.content_type == invite::problem_media_type) response_.reason(invite::problem_title(answer.status));
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
    tcp().expires_after(state_.settings.body_timeout);
    http::async_write(stream_, response_, [self = this->shared_from_this(), close](error_code ec, std::size_t) {
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
    tcp().expires_after(state_.settings.body_timeout);
    net::async_write(stream_, net::buffer(raw_), [self = this->shared_from_this()](error_code, std::size_t) { self->shut(); });
  }

  // Stops sending, then reads and drops what the client still sends for a moment, so that a
  // client that is still writing its body reads the answer instead of a connection reset. On
  // TLS too this happens on the TCP stream: the answer is whole (its length is in its head), and
  // what the client still sends is dropped unread.
  void linger() {
    error_code ignored;
    tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
    tcp().expires_after(linger_time);
    discard();
  }

  void discard() {
    tcp().async_read_some(net::buffer(scratch_), [self = this->shared_from_this()](error_code ec, std::size_t) {
      if (ec) return self->shut();
      self->discard();
    });
  }

  void wait_then_shut(std::chrono::milliseconds wait) {
    timer_.expires_after(wait);
    timer_.async_wait([self = this->shared_from_this()](error_code) { self->shut(); });
  }

  void shut() {
    error_code ignored;
    tcp().socket().shutdown(tcp::socket::shutdown_both, ignored);
    tcp().close();
  }

  server_state& state_;
  Stream stream_;
  beast::flat_buffer buffer_;
  net::steady_timer timer_;
  std::optional<request_parser> parser_;
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

void server_state::forget(const connection* gone) {
  std::lock_guard<std::mutex> lock(mutex);
  live.erase(gone);
  if (draining && live.empty()) net::post(io, [this] { drain_deadline.cancel(); });
}

std::vector<std::shared_ptr<connection>> server_state::open_connections() {
  std::vector<std::shared_ptr<connection>> open;
  std::lock_guard<std::mutex> lock(mutex);
  for (auto& [key, weak] : live) {
    if (auto alive = weak.lock()) open.push_back(std::move(alive));
  }
  return open;
}

class listener {
public:
  listener(server_state& state, tcp::acceptor& acceptor, net::ssl::context* tls)
      : state_(state), acceptor_(acceptor), tls_(tls) {}

  void accept() {
    acceptor_.async_accept(net::make_strand(state_.io), [this](error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
      if (!ec) admit(std::move(socket));
      accept();
    });
  }

private:
  void admit(tcp::socket socket) {
    if (tls_) return admit_as<tls_stream>(std::move(socket), *tls_);
    admit_as<beast::tcp_stream>(std::move(socket));
  }

  template <class Stream, class... More>
  void admit_as(tcp::socket socket, More&... more) {
    const std::uint64_t number = state_.accepted.fetch_add(1);
    std::shared_ptr<session<Stream>> started;
    {
      std::lock_guard<std::mutex> lock(state_.mutex);
      const bool overloaded = state_.live.size() >= state_.settings.max_connections;
      started = std::make_shared<session<Stream>>(state_, number, overloaded, std::move(socket), more...);
      state_.live.emplace(started.get(), started);
    }
    started->start();
  }

  server_state& state_;
  tcp::acceptor& acceptor_;
  net::ssl::context* tls_;
};

// The TLS context of --tls-cert and --tls-key, or why it cannot be made.
std::optional<std::string> load_tls(const server_settings& settings, net::ssl::context& context) {
  context.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                      net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1);
  error_code ec;
  context.use_certificate_chain_file(settings.tls_certificate, ec);
  if (ec) return "cannot use the TLS certificate " + settings.tls_certificate + ": " + ec.message();
  context.use_private_key_file(settings.tls_key, net::ssl::context::pem, ec);
  if (ec) return "cannot use the TLS key " + settings.tls_key + ": " + ec.message();
  return std::nullopt;
}

std::string url_host(const tcp::endpoint& where) {
  const std::string address = where.address().to_string();
  return where.address().is_v6() ? "[" + address + "]" : address;
}

} // namespace

int serve(const server_settings& settings, endpoint& target, std::ostream& announce, std::ostream& diagnostics) {
  const unsigned threads = settings.threads != 0 ? settings.threads : std::max(1u, std::thread::hardware_concurrency());
  net::io_context io(static_cast<int>(threads));

  const bool tls = !settings.tls_certificate.empty();
  std::optional<net::ssl::context> tls_context;
  if (tls) {
    tls_context.emplace(net::ssl::context::tls_server);
    if (auto problem = load_tls(settings, *tls_context)) {
      diagnostics << "invite-serve: " << *problem << '\n';
      return 1;
    }
  }

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
  announce << "listening on " << (tls ? "https" : "http") << "://" << url_host(bound) << ":" << bound.port() << std::endl;

  server_state state(io, settings, target);
  listener accepting(state, acceptor, tls_context ? &*tls_context : nullptr);
  accepting.accept();

  net::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](error_code signal_error, int) {
    if (signal_error) return;
    state.draining = true;
    error_code ignored;
    acceptor.close(ignored);
    const std::vector<std::shared_ptr<connection>> open = state.open_connections();
    if (open.empty()) return;
    state.drain_deadline.expires_after(settings.drain_timeout);
    state.drain_deadline.async_wait([&](error_code wait_error) {
      if (wait_error) return; // every connection closed in time
      // Requests still in flight after the drain time are cut.
      for (auto& still_open : state.open_connections()) still_open->terminate();
    });
    for (auto& open_connection : open) open_connection->drain();
  });

  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) workers.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& worker : workers) worker.join();
  return 0;
}

} // namespace invite_serve
