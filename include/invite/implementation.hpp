#ifndef INVITE_IMPLEMENTATION_HPP_INCLUDED
#define INVITE_IMPLEMENTATION_HPP_INCLUDED

// The definitions of what <invite/light.hpp> declares. Include it in exactly one translation
// unit of the program: that unit alone compiles simdjson and the codec for the contract's
// types. A second one fails to link (every function would be defined twice); none leaves
// invite::separately_compiled::parse_request and the rest undefined at link time.
//
// The codec's headers come in with it, so this unit may use the rest of the library too, but
// not <invite/invite.hpp> or <invite/contract/api.hpp>, whose inline functions share these
// names.

#include <invite/light.hpp>

#include <invite/codec/enum_names.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/validate.hpp>
#include <invite/codec/writer.hpp>
#include <invite/contract/types.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite {
inline namespace separately_compiled {

result<request> parse_request(std::string_view json, const parse_options& options) {
  return parse<request>(json, options);
}

result<response> parse_response(std::string_view json, const parse_options& options) {
  return parse<response>(json, options);
}

void parse_request(std::string_view json, result<request>& into, const parse_options& options) {
  parse(json, into, options);
}

void parse_response(std::string_view json, result<response>& into, const parse_options& options) {
  parse(json, into, options);
}

// A template-id, for the same reason as validate below.
std::string_view to_string(format value) noexcept { return invite::to_string<format>(value); }

std::string to_json(const request& value) { return write_json(value); }

std::string to_json(const response& value) { return write_json(value); }

std::string to_pretty_json(const request& value) { return write_json(value, json_style::pretty); }

std::string to_pretty_json(const response& value) { return write_json(value, json_style::pretty); }

// Template-ids, so that these call the codec's templates: a plain call would choose these
// functions again (a non-template wins a tie) and recurse.
bool validate(const request& value, std::vector<error>& into, std::size_t max_errors) {
  return invite::validate<request>(value, into, max_errors);
}
bool validate(const response& value, std::vector<error>& into, std::size_t max_errors) {
  return invite::validate<response>(value, into, max_errors);
}
bool validate(const candidate& value, std::vector<error>& into, std::size_t max_errors) {
  return invite::validate<candidate>(value, into, max_errors);
}
bool validate(const invitation& value, std::vector<error>& into, std::size_t max_errors) {
  return invite::validate<invitation>(value, into, max_errors);
}

std::vector<error> validate(const request& value, std::size_t max_errors) {
  return invite::validate<request>(value, max_errors);
}
std::vector<error> validate(const response& value, std::size_t max_errors) {
  return invite::validate<response>(value, max_errors);
}
std::vector<error> validate(const candidate& value, std::size_t max_errors) {
  return invite::validate<candidate>(value, max_errors);
}
std::vector<error> validate(const invitation& value, std::size_t max_errors) {
  return invite::validate<invitation>(value, max_errors);
}

} // namespace separately_compiled
} // namespace invite

#endif // INVITE_IMPLEMENTATION_HPP_INCLUDED
