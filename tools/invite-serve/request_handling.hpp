#ifndef INVITE_TOOLS_INVITE_SERVE_REQUEST_HANDLING_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_SERVE_REQUEST_HANDLING_HPP_INCLUDED

// What invite-serve does with a request once Beast's parser has read its head, then its body:
// every decision between the bytes and the endpoint, with no sockets, no TLS and no timers, so
// that the server (server.cpp) and the fuzz target (fuzz/fuzz_server.cpp) run the same code.

#include "endpoint.hpp"

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/system/error_code.hpp>

#include <cstddef>

namespace invite_serve {

using request_parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

/// What the connection does next.
enum class next_action {
  close,     // close without answering (the client went away, or was too slow)
  read_body, // the head passed; read the body, then call after_body
  answer,    // send `answer`
};

struct next_step {
  next_action action = next_action::close;
  reply answer;
  bool close_after = false; // close the connection once the answer is sent
};

/// Readies a fresh parser for a request head of at most `header_limit` bytes. The body's limit
/// comes later, from the endpoint: the head is judged first, so that 401 comes before 413.
void prepare_for_head(request_parser& parser, std::size_t header_limit);

/// After reading the head (`ec` as the read gave it): 431 for a head over `header_limit`, 400
/// for bytes that are not HTTP, the endpoint's verdict on the head, or read_body (with the
/// parser's body limit set).
next_step after_head(boost::system::error_code ec, request_parser& parser, const endpoint& target,
                     std::size_t header_limit);

/// After reading the body: 413 for a chunked body past the limit, 400 for a malformed one, or
/// the endpoint's answer to the body.
next_step after_body(boost::system::error_code ec, request_parser& parser, endpoint& target);

} // namespace invite_serve

#endif // INVITE_TOOLS_INVITE_SERVE_REQUEST_HANDLING_HPP_INCLUDED
