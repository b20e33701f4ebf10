#include "request_handling.hpp"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>

#include <string>
#include <string_view>

namespace invite_serve {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using boost::system::error_code;

namespace {

// The client went away or was too slow: there is nobody to answer.
bool client_gone(error_code ec) {
  return ec == http::error::end_of_stream || ec == net::error::eof || ec == beast::error::timeout ||
         ec == net::error::operation_aborted || ec == net::error::connection_reset;
}

next_step answer_and_close(reply answer) {
  next_step out;
  out.action = next_action::answer;
  out.answer = std::move(answer);
  out.close_after = true;
  return out;
}

std::string_view view(beast::string_view text) { return std::string_view(text.data(), text.size()); }

} // namespace

void prepare_for_head(request_parser& parser, std::size_t header_limit) {
  parser.header_limit(static_cast<std::uint32_t>(header_limit));
  parser.body_limit(boost::none);
}

next_step after_head(error_code ec, request_parser& parser, const endpoint& target, std::size_t header_limit) {
  if (client_gone(ec)) return {};
  if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
    return answer_and_close(problem_reply(431, "the request head is longer than " + std::to_string(header_limit) + " bytes"));
  }
  if (ec) return answer_and_close(problem_reply(400, "malformed HTTP request: " + ec.message()));

  const auto& message = parser.get();
  request_head head;
  head.method = view(message.method_string());
  head.target = view(message.target());
  if (auto key = message.find("apiKey"); key != message.end()) head.api_key = view(key->value());
  if (auto type = message.find(http::field::content_type); type != message.end()) head.content_type = view(type->value());
  if (auto length = parser.content_length()) head.content_length = *length;

  if (std::optional<reply> early = target.screen(head)) {
    next_step out;
    out.action = next_action::answer;
    out.answer = std::move(*early);
    // A body that was not read cannot be skipped reliably: the connection ends with the answer.
    out.close_after = !parser.is_done() || !message.keep_alive();
    return out;
  }
  parser.body_limit(target.settings().body_limit);
  next_step out;
  out.action = next_action::read_body;
  return out;
}

next_step after_body(error_code ec, request_parser& parser, endpoint& target) {
  if (ec == http::error::body_limit) {
    return answer_and_close(
        target.too_large("the chunked body grew past the " + std::to_string(target.settings().body_limit) + " bytes accepted"));
  }
  if (client_gone(ec)) return {};
  if (ec) return answer_and_close(problem_reply(400, "malformed HTTP request body: " + ec.message()));
  next_step out;
  out.action = next_action::answer;
  out.answer = target.answer(parser.get().body());
  out.close_after = !parser.get().keep_alive();
  return out;
}

} // namespace invite_serve
