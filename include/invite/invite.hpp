#ifndef INVITE_INVITE_HPP_INCLUDED
#define INVITE_INVITE_HPP_INCLUDED

// invite: the POST /assessment/invite (v2) contract, parsed, validated and written.
//
// Two layers, one folder each. codec/ is the generic engine: it reads, checks, writes,
// validates and describes any struct described with Boost.Describe, and knows nothing of the
// contract. contract/ is the endpoint as data: its types, their rules, and its entry points.

#include <invite/version.hpp> // INVITE_VERSION_*

// The codec: what every described type gets.
#include <invite/codec/error.hpp>         // error_code, to_string, error
#include <invite/codec/result.hpp>        // result<T>
#include <invite/codec/parse_options.hpp> // parse_options
#include <invite/codec/rules.hpp>         // the rule vocabulary, field(), fields()
#include <invite/codec/time_formats.hpp>  // minute_datetime_format, rfc3339_format
#include <invite/codec/parser.hpp>        // parser, parse<T>
#include <invite/codec/writer.hpp>        // write_json, json_style
#include <invite/codec/validate.hpp>      // validate<T>
#include <invite/codec/schema.hpp>        // json_schema<T>
#include <invite/codec/equality.hpp>      // equal<T>
#include <invite/codec/enum_names.hpp>    // to_string and enum_from_string for described enums
#include <invite/codec/problem_details.hpp> // RFC 9457 problem+json from errors
#include <invite/codec/text_position.hpp> // byte offsets to lines and columns

// The contract: POST /assessment/invite (v2).
#include <invite/contract/types.hpp>          // format, candidate, request, invitation, response
#include <invite/contract/profiles.hpp>       // server_profile, client_profile
#include <invite/contract/api.hpp>            // parse_request, parse_response, to_json
#include <invite/contract/check_response.hpp> // does a response answer its request
#include <invite/contract/openapi.hpp>        // the endpoint as an OpenAPI 3.1 document

#endif // INVITE_INVITE_HPP_INCLUDED
