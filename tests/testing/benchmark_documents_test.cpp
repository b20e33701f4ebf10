// The smallest document the benchmarks time (tests/support's benchmark_documents.hpp) stands for a
// document's fixed cost only if it is valid and could not be any smaller.

#include <invite/invite.hpp>

#include <invite_test/benchmark_documents.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

namespace {

using invite_test::request_document;
using invite_test::smallest_request_document;

TEST_CASE("the benchmark's smallest request is valid, and no member of it could be shorter",
          "[testing][generator][benchmark]") {
  const request_document smallest = smallest_request_document();
  REQUIRE(invite::parse_request(smallest.json).ok());
  // Each member one step shorter (or the assessment one lower) breaks a rule.
  const auto broken = [&](const std::string& from, const std::string& to) {
    std::string json = smallest.json;
    const std::size_t at = json.find(from);
    REQUIRE(at != std::string::npos);
    json.replace(at, from.size(), to);
    return !invite::parse_request(json).ok();
  };
  CHECK(broken(R"("assessment_id":1)", R"("assessment_id":0)"));
  CHECK(broken(R"("name":"A")", R"("name":"")"));
  CHECK(broken(R"("email":"a@b")", R"("email":"a@")"));
  CHECK(broken(R"("email":"a@b")", R"("email":"@b")"));
  CHECK(broken(R"({"name":"A","email":"a@b"})", ""));
  CHECK(smallest.value.candidates.size() == invite::contract_limits::min_candidates);
}

} // namespace
