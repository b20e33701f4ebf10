// The program every consumer test builds: what a user writes after one of the README's "Install
// and use" recipes. <invite/invite.hpp> comes first so that it is proven to stand alone.
#include <invite/invite.hpp>

#include <cstdio>
#include <string>

#if defined(INVITE_CONSUMER_SINGLE_HEADER) && __has_include(<invite/version.hpp>)
#error "include/ is on the include path: this build must see single_include/ and nothing else"
#endif

namespace {

int failures = 0;

void expect(bool holds, const char* what) {
  if (!holds) {
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

} // namespace

int main() {
  const auto valid = invite::parse_request(
      R"({"assessment_id": 42, "invite_format": "sendlink", "expiry_date": "2024-02-29 23:59",
          "candidates": [{"candidate_name": "Ada", "email": "ada@example.com"}]})");
  expect(valid.ok(), "a valid request parses");
  if (valid) {
    expect(valid->assessment_id == 42, "assessment_id is read");
    expect(valid->invite_format == invite::format::sendlink, "invite_format is read");
    expect(valid->candidates.size() == 1 && valid->candidates[0].name == "Ada",
           "a candidate's name is read under its alias");
    // Canonical form: the contract's key order, canonical names only.
    expect(invite::to_json(*valid) ==
               R"({"assessment_id":42,"invite_format":"sendlink","expiry_date":"2024-02-29 23:59",)"
               R"("candidates":[{"name":"Ada","email":"ada@example.com"}]})",
           "to_json writes the canonical form");
  }

  const auto invalid = invite::parse_request(
      R"({"assessment_id": 0, "invite_format": "sendlink",
          "candidates": [{"name": "Ada", "email": "ada@example.com"}]})");
  expect(!invalid, "an assessment_id of 0 is rejected");
  expect(invalid.errors().size() == 1 &&
             invalid.errors()[0].code == invite::error_code::out_of_range &&
             invalid.errors()[0].path == "/assessment_id",
         "the one error is out_of_range at /assessment_id");

#ifdef INVITE_CONSUMER_EXPECTED_VERSION
  expect(std::string(INVITE_VERSION_STRING) == INVITE_CONSUMER_EXPECTED_VERSION,
         "the headers carry the version the package was found with");
#endif

  if (failures == 0) std::printf("invite %s consumed\n", INVITE_VERSION_STRING);
  return failures == 0 ? 0 : 1;
}
