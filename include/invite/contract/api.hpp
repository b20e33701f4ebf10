#ifndef INVITE_CONTRACT_API_HPP_INCLUDED
#define INVITE_CONTRACT_API_HPP_INCLUDED

// The contract's entry points: the generic codec applied to its request and response, inline.
// <invite/light.hpp> declares the same functions for separate compilation instead.

#ifdef INVITE_LIGHT_HPP_INCLUDED
#error "invite: <invite/invite.hpp> (or <invite/contract/api.hpp>) cannot follow <invite/light.hpp> in one translation unit: both declare invite::parse_request and the rest. Include one of them per translation unit."
#endif

#include <invite/codec/parse_options.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/result.hpp>
#include <invite/codec/writer.hpp>
#include <invite/contract/profiles.hpp>
#include <invite/contract/types.hpp>

#include <string>
#include <string_view>

namespace invite {

/// Parses and validates a request body; never throws for bad input.
inline result<request> parse_request(std::string_view json, const parse_options& options = {}) {
  return parse<request>(json, options);
}

/// Parses and validates a response body; never throws for bad input.
inline result<response> parse_response(std::string_view json, const parse_options& options = {}) {
  return parse<response>(json, options);
}

/// Parses a request body into `into`, reusing its capacity (a server loop's way).
inline void parse_request(std::string_view json, result<request>& into, const parse_options& options = {}) {
  parse(json, into, options);
}

/// Parses a response body into `into`, reusing its capacity.
inline void parse_response(std::string_view json, result<response>& into, const parse_options& options = {}) {
  parse(json, into, options);
}

/// The canonical compact JSON of a request.
inline std::string to_json(const request& value) { return write_json(value); }

/// The canonical compact JSON of a response.
inline std::string to_json(const response& value) { return write_json(value); }

/// The request as indented JSON for people (2 spaces); parses to the same value.
inline std::string to_pretty_json(const request& value) {
  return write_json(value, json_style::pretty);
}

/// The response as indented JSON for people (2 spaces); parses to the same value.
inline std::string to_pretty_json(const response& value) {
  return write_json(value, json_style::pretty);
}

} // namespace invite

#endif // INVITE_CONTRACT_API_HPP_INCLUDED
