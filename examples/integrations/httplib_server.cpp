// POST /assessment/invite on cpp-httplib 0.11 (Debian 12: libcpp-httplib-dev), with invite judging
// every body: a small, whole server to start yours from. It answers as docs/http.md says a server
// of the contract answers, and invite-conform passes it (tests/integrations runs it so in CI).
//
//   invite_httplib_server [--host HOST] [--port N] [--api-key KEY]...
//
// The first line it prints is "listening on http://HOST:PORT" (--port 0, the default, lets the
// system choose the port); SIGINT or SIGTERM stops it. Without --api-key any non-empty key is
// accepted. CMakeLists.txt here builds it.

#include <invite/invite.hpp>

#include <httplib.h>

#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view endpoint_path = "/assessment/invite";
// The contract's limit, the parser's default: the head is judged against the same number.
const std::size_t body_limit = invite::parse_options{}.max_bytes;

struct settings {
  std::string host = "127.0.0.1";
  int port = 0;
  std::vector<std::string> api_keys; // empty: any non-empty key
};

// A request refused from its head alone, before its body is read.
struct refusal {
  int status;
  std::string body; // problem+json
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// application/json in any case, with no parameter but charset=utf-8.
bool is_json_media_type(std::string_view content_type) {
  const std::string type = lower(content_type);
  std::string_view rest = type;
  std::size_t end = rest.find(';');
  if (trim(rest.substr(0, end)) != "application/json") return false;
  while (end != std::string_view::npos) {
    rest = rest.substr(end + 1);
    end = rest.find(';');
    const std::string_view parameter = trim(rest.substr(0, end));
    if (!parameter.empty() && parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"") return false;
  }
  return true;
}

// Whether `key` is one of `keys`, in a time that does not tell how much of a guess was right.
bool key_accepted(std::string_view key, const std::vector<std::string>& keys) {
  if (key.empty()) return false;
  if (keys.empty()) return true;
  bool found = false;
  for (const std::string& expected : keys) {
    unsigned difference = key.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < key.size(); ++i) {
      const unsigned char wanted = i < expected.size() ? static_cast<unsigned char>(expected[i]) : 0u;
      difference |= static_cast<unsigned char>(key[i]) ^ wanted;
    }
    found = found || difference == 0;
  }
  return found;
}

// Content-Length > 0 or a chunked body: bytes the client sends after the head.
bool has_body(const httplib::Request& request) {
  return request.get_header_value<std::uint64_t>("Content-Length") > 0 ||
         lower(request.get_header_value("Transfer-Encoding")).find("chunked") != std::string::npos;
}

refusal refuse(int status, std::string_view detail) { return {status, invite::http_problem(status, detail)}; }

refusal too_large(std::string message) {
  // The body the library gives a document over max_bytes: payload_too_large at "".
  const std::vector<invite::error> errors{{invite::error_code::payload_too_large, "", std::move(message), 0}};
  return {413, invite::problem_details(errors)};
}

// The statuses a request's head decides, in docs/http.md's order: 404, 405, 401, 415, 413.
std::optional<refusal> screen(const httplib::Request& request, const settings& config) {
  if (request.path != endpoint_path) return refuse(404, "no such resource; the endpoint is POST /assessment/invite");
  if (request.method != "POST") return refuse(405, "/assessment/invite accepts POST only");
  if (!key_accepted(request.get_header_value("apiKey"), config.api_keys)) {
    return refuse(401, request.has_header("apiKey") ? "the apiKey header names no known key" : "the apiKey header is missing");
  }
  if (!request.has_header("Content-Type")) return refuse(415, "the body must be application/json; Content-Type is missing");
  if (!is_json_media_type(request.get_header_value("Content-Type"))) {
    return refuse(415, "the body must be application/json (UTF-8), not " + request.get_header_value("Content-Type"));
  }
  const auto length = request.get_header_value<std::uint64_t>("Content-Length");
  if (length > body_limit) {
    return too_large("the body is " + std::to_string(length) + " bytes, more than the " + std::to_string(body_limit) + " accepted");
  }
  return std::nullopt;
}

void set_status(httplib::Response& response, int status) {
  response.status = status;
  if (status == 405) response.set_header("Allow", "POST");
  if (status == 401) response.set_header("WWW-Authenticate", "apiKey header=\"apiKey\"");
}

void answer(httplib::Response& response, int status, std::string body, std::string_view media_type) {
  set_status(response, status);
  response.set_content(std::move(body), std::string(media_type));
}

// Answers a request whose body is left unread, then ends the connection: kept open, the body
// would be read as the next request. cpp-httplib 0.11 has no call for that, but it ends a
// connection whose content provider fails, so the provider writes the whole answer first.
void answer_then_close(httplib::Response& response, const refusal& refused) {
  set_status(response, refused.status);
  response.set_header("Connection", "close");
  auto body = std::make_shared<std::string>(refused.body);
  response.set_content_provider(body->size(), std::string(invite::problem_media_type),
                                [body](std::size_t, std::size_t, httplib::DataSink& sink) {
                                  sink.write(body->data(), body->size());
                                  return false;
                                });
}

// Your service creates the invitations here; this one numbers them.
invite::response create_invites(const invite::request& asked) {
  static std::atomic<std::int64_t> next_report_id{1};
  static std::atomic<std::int64_t> next_candidate_id{1};
  invite::response out;
  for (const invite::candidate& person : asked.candidates) {
    const std::int64_t report_id = next_report_id++;
    out.invites.push_back({person.name, person.email, report_id, next_candidate_id++, asked.assessment_id,
                           "https://invite.example/i/" + std::to_string(report_id),
                           asked.invite_format == invite::format::sendlink ? "email_sent" : "link_created"});
  }
  return out;
}

void serve_invites(const httplib::Request&, httplib::Response& response, const httplib::ContentReader& read) {
  // Kept per thread, so that once warm a request allocates little (README, "Servers").
  thread_local std::string body;
  thread_local invite::result<invite::request> asked;
  body.clear();
  bool over_limit = false;
  const bool whole = read([&](const char* data, std::size_t size) {
    over_limit = body.size() + size > body_limit; // a chunked body has no Content-Length to screen
    if (!over_limit) body.append(data, size);
    return !over_limit;
  });
  if (over_limit) {
    return answer_then_close(response, too_large("the chunked body grew past the " + std::to_string(body_limit) + " bytes accepted"));
  }
  if (!whole) return answer_then_close(response, refuse(400, "the body ended before its announced length"));

  invite::parse_request(body, asked);
  if (!asked) {
    return answer(response, invite::problem_status(asked.errors()), invite::problem_details(asked.errors(), body),
                  invite::problem_media_type);
  }
  const invite::response invites = create_invites(*asked);
  // What the service built is held to the contract too, before a client sees it.
  if (const std::vector<invite::error> wrong = invite::validate(invites); !wrong.empty()) {
    std::cerr << "invite_httplib_server: an answer breaks the contract: " << wrong.front().path << ": " << wrong.front().message << "\n";
    return answer(response, 500, invite::http_problem(500, "the service built an answer that breaks the contract"),
                  invite::problem_media_type);
  }
  answer(response, 200, invite::to_json(invites), "application/json");
}

std::optional<settings> read_command_line(int argc, char** argv) {
  settings config;
  for (int i = 1; i < argc; ++i) {
    const std::string_view option = argv[i];
    if (i + 1 == argc) return std::nullopt;
    const std::string value = argv[++i];
    if (option == "--host") config.host = value;
    else if (option == "--api-key" && !value.empty()) config.api_keys.push_back(value);
    else if (option == "--port" && !value.empty() && value.size() <= 5 &&
             value.find_first_not_of("0123456789") == std::string::npos && std::stoi(value) <= 65535) {
      config.port = std::stoi(value);
    }
    else return std::nullopt;
  }
  return config;
}

} // namespace

int main(int argc, char** argv) {
  const std::optional<settings> config = read_command_line(argc, argv);
  if (!config) {
    std::cerr << "usage: invite_httplib_server [--host HOST] [--port N] [--api-key KEY]...\n";
    return 2;
  }
  // The signals are waited for below; blocked first, so that the server's threads inherit that.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  // Every request's head is screened before its body is read.
  server.set_pre_routing_handler([&](const httplib::Request& request, httplib::Response& response) {
    const std::optional<refusal> refused = screen(request, *config);
    if (!refused) return httplib::Server::HandlerResponse::Unhandled;
    if (has_body(request)) answer_then_close(response, *refused);
    else answer(response, refused->status, refused->body, invite::problem_media_type);
    return httplib::Server::HandlerResponse::Handled;
  });
  // A client that waits for "100 Continue" gets a refusal instead, and never sends its body.
  server.set_expect_100_continue_handler([&](const httplib::Request& request, httplib::Response& response) {
    const std::optional<refusal> refused = screen(request, *config);
    if (!refused) return 100;
    answer_then_close(response, *refused);
    return refused->status;
  });
  server.Post(std::string(endpoint_path), serve_invites);
  // What cpp-httplib refuses by itself (a head that is not HTTP, say) is answered in problem+json too.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& response) {
    if (response.has_header("Content-Type")) return httplib::Server::HandlerResponse::Unhandled;
    answer(response, response.status, invite::http_problem(response.status, invite::problem_title(response.status)),
           invite::problem_media_type);
    return httplib::Server::HandlerResponse::Handled;
  }));

  const int port = config->port == 0 ? server.bind_to_any_port(config->host) : (server.bind_to_port(config->host, config->port) ? config->port : -1);
  if (port < 0) {
    std::cerr << "invite_httplib_server: cannot listen on " << config->host << ":" << config->port << "\n";
    return 1;
  }
  std::cout << "listening on http://" << config->host << ":" << port << std::endl;
  std::thread listening([&server] { server.listen_after_bind(); });
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  server.stop();
  listening.join();
  return 0;
}
