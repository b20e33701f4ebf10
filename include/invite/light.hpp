#ifndef INVITE_LIGHT_HPP_INCLUDED
#define INVITE_LIGHT_HPP_INCLUDED

// The contract's entry points without the engine behind them, for translation units that must
// compile fast: the contract's types, result, error and parse_options, and parse_request,
// parse_response, to_json, to_pretty_json and validate declared, not defined. They are defined
// once per program by the one translation unit that includes <invite/implementation.hpp>; this
// header includes neither simdjson nor Boost.Describe nor date (docs/compile-time.md).
//
// The functions live in the inline namespace invite::separately_compiled. Callers still write
// invite::parse_request, but the symbols differ from the inline functions of
// <invite/invite.hpp>, so one program may hold translation units of both kinds without two
// different definitions of one function. A translation unit that sees both sets does not
// compile (the checks below and in contract/api.hpp).

#ifdef INVITE_CONTRACT_API_HPP_INCLUDED
#error "invite: <invite/light.hpp> cannot follow <invite/invite.hpp> (or <invite/contract/api.hpp>) in one translation unit: both declare invite::parse_request and the rest. Include one of them per translation unit."
#endif

#include <invite/codec/error.hpp>                // error_code, to_string, error
#include <invite/codec/parse_options.hpp>        // parse_options
#include <invite/codec/result.hpp>               // result<T>
#include <invite/contract/limits.hpp>            // contract_limits
#include <invite/contract/profiles.hpp>          // server_profile, client_profile
#include <invite/contract/request_struct.hpp>    // format, candidate, request
#include <invite/contract/response_struct.hpp>   // invitation, response

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite {
inline namespace separately_compiled {

/// Parses and validates a request body; never throws for bad input.
result<request> parse_request(std::string_view json, const parse_options& options = {});

/// Parses and validates a response body; never throws for bad input.
result<response> parse_response(std::string_view json, const parse_options& options = {});

/// Parses a request body into `into`, reusing its capacity (a server loop's way).
void parse_request(std::string_view json, result<request>& into, const parse_options& options = {});

/// Parses a response body into `into`, reusing its capacity.
void parse_response(std::string_view json, result<response>& into, const parse_options& options = {});

/// The name of an invite format as JSON spells it ("getlink", "sendlink").
std::string_view to_string(format value) noexcept;

/// The canonical compact JSON of a request.
std::string to_json(const request& value);

/// The canonical compact JSON of a response.
std::string to_json(const response& value);

/// The request as indented JSON for people (2 spaces); parses to the same value.
std::string to_pretty_json(const request& value);

/// The response as indented JSON for people (2 spaces); parses to the same value.
std::string to_pretty_json(const response& value);

// validate() as the codec's template offers it for every described type, with its default of
// 100 errors; tests/consumers/light compares the two.

/// Appends to `into` the rules `value` breaks (at most `max_errors` of them) and says whether it
/// keeps them all. Paths are canonical; offsets are 0.
bool validate(const request& value, std::vector<error>& into, std::size_t max_errors = 100);
bool validate(const response& value, std::vector<error>& into, std::size_t max_errors = 100);
bool validate(const candidate& value, std::vector<error>& into, std::size_t max_errors = 100);
bool validate(const invitation& value, std::vector<error>& into, std::size_t max_errors = 100);

/// The rules `value` breaks, in member order; empty when it keeps them all.
std::vector<error> validate(const request& value, std::size_t max_errors = 100);
std::vector<error> validate(const response& value, std::size_t max_errors = 100);
std::vector<error> validate(const candidate& value, std::size_t max_errors = 100);
std::vector<error> validate(const invitation& value, std::size_t max_errors = 100);

} // namespace separately_compiled
} // namespace invite

#endif // INVITE_LIGHT_HPP_INCLUDED
