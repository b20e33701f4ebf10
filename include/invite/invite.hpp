#ifndef INVITE_INVITE_HPP_INCLUDED
#define INVITE_INVITE_HPP_INCLUDED

// invite: the POST /assessment/invite (v2) contract, parsed, validated and written.
//
// The concepts a user meets, one header each:
#include <invite/version.hpp>       // INVITE_VERSION_*
#include <invite/error.hpp>         // error_code, to_string, error
#include <invite/result.hpp>        // result<T>
#include <invite/parse_options.hpp> // parse_options
#include <invite/contract.hpp>      // format, candidate, request, invitation, response
#include <invite/parser.hpp>        // parser: reusable, padded input without a copy
#include <invite/writer.hpp>        // to_json (compact or pretty)
#include <invite/schema.hpp>        // json_schema<T>: JSON Schema from the same declarations
#include <invite/check_response.hpp> // check_response: does a response answer its request

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

#endif // INVITE_INVITE_HPP_INCLUDED
