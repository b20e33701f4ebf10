#ifndef INVITE_CONTRACT_OPENAPI_HPP_INCLUDED
#define INVITE_CONTRACT_OPENAPI_HPP_INCLUDED

// The endpoint as an OpenAPI 3.1 document, built from the same declarations the parser reads
// (json_schema<T>) and from the problem details the library writes, so that the document, the
// parser and the error bodies cannot drift apart.

#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/problem_details.hpp>
#include <invite/codec/schema.hpp>
#include <invite/contract/api.hpp>
#include <invite/contract/types.hpp>

#include <string>
#include <string_view>

namespace invite {

namespace detail::openapi {

// A request and its answer, used as the document's examples: written by the library itself.
inline constexpr std::string_view example_request =
    R"({"assessment_id":4242,"invite_format":"getlink","expiry_date":"2024-12-31 18:30",)"
    R"("candidates":[{"name":"Ada Lovelace","email":"ada@example.com"}]})";
inline constexpr std::string_view example_response =
    R"({"invites":[{"name":"Ada Lovelace","email":"ada@example.com","report_id":1,"candidate_id":1,)"
    R"("assessment_id":4242,"invite_link":"https://invite.example/i/1","status":"link_created"}]})";
inline constexpr std::string_view example_invalid_request =
    R"({"assessment_id":0,"invite_format":"getlink","candidates":[{"name":"Ada Lovelace","email":"ada@"}]})";

inline void append_problem_answer(std::string& out, int status, std::string_view description, std::string_view example) {
  out += "\"" + std::to_string(status) + "\":{\"description\":";
  spelling::append_json_string(out, description);
  out += ",\"content\":{\"application/problem+json\":{\"schema\":{\"$ref\":\"#/components/schemas/Problem\"},\"example\":";
  out += example;
  out += "}}}";
}

} // namespace detail::openapi

/// The OpenAPI 3.1 document of POST /assessment/invite (v2), as compact JSON: the request and
/// response schemas (json_schema<T> with the default, strict options), the apiKey header
/// security scheme, and the 200, 400, 401, 413 and 415 answers, each error with the problem
/// details schema (problem_details_schema()).
inline std::string openapi_document() {
  namespace o = detail::openapi;
  // Examples from the library, so that they are valid by construction.
  const std::string request_example = to_json(*parse_request(o::example_request));
  const std::string response_example = to_json(*parse_response(o::example_response));
  const std::string invalid_example = problem_details(parse_request(o::example_invalid_request).errors());
  parse_options tiny;
  tiny.max_bytes = 1;
  const std::string too_large_example = problem_details(parse_request(o::example_request, tiny).errors());

  std::string out;
  out += R"({"openapi":"3.1.0",)";
  out += R"("info":{"title":"Invite candidates to an assessment","version":"2",)";
  out += R"("description":"POST /assessment/invite (v2): invites candidates to an assessment and returns an invite link )"
         R"(for each. Bodies are judged by the invite library: a request that breaks the contract gets 400 with )"
         R"(every broken rule in application/problem+json (RFC 9457). Beyond these schemas, the contract also )"
         R"(requires integers to be integer literals, no key twice in one object, and e-mails unique ignoring )"
         R"(ASCII case; bodies are at most 1 MiB."},)";
  out += R"("jsonSchemaDialect":"https://json-schema.org/draft/2020-12/schema",)";
  out += R"("paths":{"/assessment/invite":{"post":{"operationId":"inviteCandidates",)";
  out += R"("summary":"Invite candidates to an assessment",)";
  out += R"("security":[{"apiKey":[]}],)";
  out += R"("requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/InviteRequest"},"example":)";
  out += request_example;
  out += R"(}}},"responses":{"200":{"description":"One invite per candidate, in the request's order.",)";
  out += R"("content":{"application/json":{"schema":{"$ref":"#/components/schemas/InviteResponse"},"example":)";
  out += response_example;
  out += "}}},";
  o::append_problem_answer(out, 400, "The body breaks the contract: every broken rule is listed in errors, in document order.",
                           invalid_example);
  out += ",";
  o::append_problem_answer(out, 401, "The apiKey header is missing or names no known key.",
                           http_problem(401, "the apiKey header is missing"));
  out += ",";
  o::append_problem_answer(out, 413, "The body is larger than 1 MiB (payload_too_large).", too_large_example);
  out += ",";
  o::append_problem_answer(out, 415, "The body is not application/json (UTF-8).",
                           http_problem(415, "the body must be application/json; Content-Type is missing"));
  out += "}}}},";
  out += R"("components":{"schemas":{"InviteRequest":)";
  out += json_schema<request>(parse_options{}, "invite request");
  out += R"(,"InviteResponse":)";
  out += json_schema<response>(parse_options{}, "invite response");
  out += R"(,"Problem":)";
  out += problem_details_schema();
  out += R"(},"securitySchemes":{"apiKey":{"type":"apiKey","in":"header","name":"apiKey",)";
  out += R"("description":"An API key, sent in a header named apiKey."}}}})";
  return out;
}

} // namespace invite

#endif // INVITE_CONTRACT_OPENAPI_HPP_INCLUDED
