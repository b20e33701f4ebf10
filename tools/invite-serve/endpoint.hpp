#ifndef INVITE_TOOLS_INVITE_SERVE_ENDPOINT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_SERVE_ENDPOINT_HPP_INCLUDED

// POST /assessment/invite as a pure function of what arrived: no sockets, no Beast. The
// server (server.hpp) feeds it a request's head, then its body, and writes what it answers.

#include <invite/invite.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace invite_serve {

inline constexpr std::string_view endpoint_path = "/assessment/invite";

/// The documented `status` of each invite, by the request's invite_format.
inline constexpr std::string_view status_getlink = "link_created";
inline constexpr std::string_view status_sendlink = "email_sent";

/// Invite links are https://invite.example/i/<report_id> (RFC 2606 keeps .example unused).
inline constexpr std::string_view link_prefix = "https://invite.example/i/";

/// What the server knows of a request once its head has arrived.
struct request_head {
  std::string_view method;
  std::string_view target;
  std::optional<std::string_view> api_key;      // the apiKey header, when present
  std::optional<std::string_view> content_type; // the Content-Type header, when present
  std::optional<std::uint64_t> content_length;  // absent for chunked bodies
};

/// What to send back.
struct reply {
  int status = 200;
  std::string content_type; // application/json or application/problem+json
  std::string body;
  bool allow_post = false; // add "Allow: POST" (405)
  bool challenge = false;  // add WWW-Authenticate (401)
  bool silent = false;     // send nothing at all (a planted bug only)
};

/// Places where a test can plant one bug in an otherwise correct endpoint. invite-serve sets
/// none; tests/http/ builds deliberately broken servers from them.
struct endpoint_hooks {
  /// Answers an invalid request as if it were valid when this says so.
  std::function<bool(const invite::result<invite::request>&)> accept_invalid;
  /// Edits the answer to an accepted request, or its status, before it is written.
  std::function<void(const invite::request&, invite::response&, int& status)> edit_answer;
  /// Sends nothing for a rejected request when this says so.
  std::function<bool(const invite::result<invite::request>&)> stay_silent;
  /// Lets every request through without an apiKey.
  bool skip_authentication = false;
  /// Edits every refusal (any reply but a 200) before it is written: its status, media type or
  /// body.
  std::function<void(reply&)> edit_refusal;
  /// Reads a body whose Content-Length is over the limit, instead of refusing it from the head.
  bool read_oversized_bodies = false;
  /// The path served (a test serves the endpoint under another one).
  std::string path = std::string(endpoint_path);
};

struct endpoint_settings {
  std::vector<std::string> api_keys; // empty: any non-empty key
  std::size_t body_limit = 1u << 20;
};

/// The endpoint. Thread-safe: the parser and result it reuses are per thread.
class endpoint {
public:
  explicit endpoint(endpoint_settings settings, endpoint_hooks hooks = {});

  /// Judges a request by its head: 404, 405, 401, 415 or 413 in that order, or nothing when
  /// the body should be read and given to answer().
  std::optional<reply> screen(const request_head& head) const;

  /// Answers a body that passed screen(): 200, 400 or 413.
  reply answer(std::string_view body);

  /// The 413 for a body that grew past the limit while it was read (a chunked one).
  reply too_large(std::string message) const;

  const endpoint_settings& settings() const noexcept { return settings_; }

private:
  bool authorized(std::optional<std::string_view> key) const noexcept;
  reply refuse(reply answer) const;

  endpoint_settings settings_;
  endpoint_hooks hooks_;
  std::atomic<std::int64_t> next_report_id_{1};
  std::atomic<std::int64_t> next_candidate_id_{1};
};

/// Whether `key` equals one of `keys`, in time that depends on the keys' lengths only, never
/// on where the first differing byte is.
bool matches_any_key(std::string_view key, const std::vector<std::string>& keys) noexcept;

/// Whether a Content-Type header names JSON: application/json in any case, with no charset
/// or charset=utf-8.
bool is_json_media_type(std::string_view content_type) noexcept;

/// The path of a request target, without its query.
std::string_view target_path(std::string_view target) noexcept;

/// Canned problem replies for the server's own failures.
reply problem_reply(int status, std::string_view detail);

/// The 413 for a body known to be too large before it is parsed: payload_too_large at "".
reply too_large_reply(std::string message);

} // namespace invite_serve

#endif // INVITE_TOOLS_INVITE_SERVE_ENDPOINT_HPP_INCLUDED
