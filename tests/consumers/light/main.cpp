// One program, both paths: the same calls made through <invite/light.hpp> (defined by the
// implementation unit) and through <invite/invite.hpp> (inline) must give the same answers, and
// the answers must be the contract's.
#include "transcripts.hpp"

#include <cstdio>
#include <string>

namespace {

int failures = 0;

void expect(bool holds, const char* what) {
  if (!holds) {
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

} // namespace

int main() {
  const std::string light = light_path_transcript();
  const std::string header_only = header_only_path_transcript();
  expect(light == header_only, "the light path answers as the header-only path does");
  if (light != header_only) {
    std::fprintf(stderr, "-- light path:\n%s-- header-only path:\n%s", light.c_str(), header_only.c_str());
  }

  // The same answers could still both be wrong: a few that the contract fixes.
  expect(contains(light, "valid request: ok\n"), "a valid request parses");
  expect(contains(light, R"({"assessment_id":42,"invite_format":"sendlink","expiry_date":"2024-02-29 23:59",)"
                         R"("candidates":[{"name":"Ada","email":"ada@example.com"}]})"),
         "to_json writes the canonical form");
  expect(contains(light, "broken request: rejected\n  out_of_range /assessment_id at 18: "),
         "an assessment_id of 0 is out of range, at its byte");
  expect(contains(light, "over max_bytes: rejected\n  payload_too_large"), "max_bytes is applied");
  expect(contains(light, "valid response: ok\n"), "a valid response parses");
  expect(contains(light, "default request:\n  out_of_range /assessment_id at 0: "),
         "validate() finds the default request's missing assessment_id");
  expect(contains(light, "built request: breaks them\n  invalid_json /kept at 3: kept\n  duplicate_value /candidates/1/email"),
         "validate() appends to the caller's list and compares e-mails ignoring case");
  expect(contains(light, "errors in 150 bad e-mails: 100, at most 5: 5\n"), "validate() keeps 100 errors by default");
  expect(contains(light, "empty response: breaks them\n  too_short /invites at 0: "), "validate() checks a response");
  expect(contains(light, "empty response, as a list:\n  too_short /invites at 0: "),
         "validate() lists a response's errors");
  expect(contains(light, "kept request, first body: rejected\n  too_short /candidates at "),
         "parse_request() into a kept result judges the first body");
  expect(contains(light, "kept request, second body: ok\nkept request's id: 6\n"),
         "parse_request() into a kept result holds the second body alone");
  expect(contains(light, "kept response: rejected\n  too_short /invites at "), "parse_response() into a kept result");
  expect(contains(light, "formats: getlink sendlink\n"), "to_string() names the formats as JSON does");
  expect(contains(light, "candidate into: breaks them\ninvitation into: breaks them\n  invalid_email /email at 0: "),
         "validate() appends a candidate's and an invitation's errors to the caller's list");

  if (failures == 0) std::printf("the light path and the header-only path agree\n");
  return failures == 0 ? 0 : 1;
}
