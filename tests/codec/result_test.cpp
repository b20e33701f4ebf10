// result.hpp: what a result says before any parse, and that a reused result's value reflects
// the last document alone, whatever the one before it was and however this one failed.

#include <invite/invite.hpp>

#include <invite_test/error_listing.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

const std::string three_candidates =
    R"({"assessment_id":9,"invite_format":"sendlink","expiry_date":"2030-01-31 23:59","candidates":[)"
    R"({"name":"Ada","email":"ada@example.com"},{"name":"Alan","email":"alan@example.com"},)"
    R"({"name":"Grace","email":"grace@example.com"}]})";

} // namespace

TEST_CASE("a default-constructed result is not valid and holds a value-initialised T", "[result]") {
  const invite::result<invite::request> nothing_read;
  CHECK_FALSE(nothing_read);
  CHECK_FALSE(nothing_read.ok());
  CHECK(nothing_read.errors().empty());
  CHECK(*nothing_read == invite::request{});
}

TEST_CASE("after any parse, a reused result's value reflects that document alone", "[result][reuse]") {
  invite::parser parser;
  invite::result<invite::request> reused;
  const auto fresh_value = [](const std::string& json) { return *invite::parse_request(json); };

  // Each failing document after a full valid one: the members it did not set are
  // value-initialised, exactly as a fresh result would hold them.
  const std::string failing[] = {
      R"({"assessment_id":"x"})",                                 // wrong type, the rest missing
      "[1]",                                                      // not an object
      R"("just a string")",                                       // a scalar root
      R"({"assessment_id":9,"invite_format":"getlink")",          // ill-formed: cut short
      R"({"assessment_id":9,"candidates":[{"name":"A","email":"a@example.com"}],"invite_format":"fax"})",
      R"({"assessment_id":0,"invite_format":"getlink","expiry_date":"2030-02-30 10:00","candidates":{}})",
      R"({"assessment_id":9,"invite_format":"getlink","candidates":[{"name":5,"email":"x"}]})",
      R"({"assessment_id":9,"invite_format":"getlink","expiry_date":null,"candidates":[]})",
      "",
  };
  for (const std::string& json : failing) {
    parser.parse(three_candidates, reused); // a full valid document...
    REQUIRE(reused);
    REQUIRE(reused->candidates.size() == 3);
    parser.parse(json, reused); // ...then the failing one
    INFO(json);
    INFO(invite_test::describe_errors(reused.errors()));
    CHECK_FALSE(reused);
    CHECK(*reused == fresh_value(json));
  }
}

TEST_CASE("what each failing document leaves in the value", "[result][reuse]") {
  invite::parser parser;
  invite::result<invite::request> reused;
  parser.parse(three_candidates, reused);
  REQUIRE(reused);

  parser.parse(R"({"assessment_id":"x"})", reused);
  CHECK(reused->assessment_id == 0);
  CHECK(reused->invite_format == invite::format::getlink);
  CHECK_FALSE(reused->expiry_date.has_value());
  CHECK(reused->candidates.empty());

  parser.parse(three_candidates, reused);
  parser.parse(R"({"assessment_id":5,"invite_format":"sendlink","expiry_date":"2030-02-30 10:00",)"
               R"("candidates":[{"name":"Bo","email":"bo@"}]})",
               reused);
  CHECK(reused->assessment_id == 5);
  CHECK(reused->invite_format == invite::format::sendlink);
  CHECK_FALSE(reused->expiry_date.has_value()); // an invalid date-time is no date-time
  REQUIRE(reused->candidates.size() == 1);
  CHECK(reused->candidates[0].name == "Bo");
  CHECK(reused->candidates[0].email == "bo@"); // read, but broke a rule: kept for diagnostics

  parser.parse(three_candidates, reused);
  parser.parse(std::string(2 << 20, ' '), reused); // payload_too_large
  REQUIRE(reused.errors().size() == 1);
  CHECK(reused.errors()[0].code == invite::error_code::payload_too_large);
  CHECK(*reused == invite::request{});
}

TEST_CASE("a reused result keeps its capacity across shorter documents", "[result][reuse]") {
  invite::parser parser;
  invite::result<invite::request> reused;
  parser.parse(three_candidates, reused);
  const std::size_t capacity = reused->candidates.capacity();
  parser.parse(R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@example.com"}]})",
               reused);
  REQUIRE(reused);
  CHECK(reused->candidates.size() == 1);
  CHECK(reused->candidates.capacity() == capacity);
  parser.parse(three_candidates, reused);
  REQUIRE(reused);
  CHECK(reused->candidates[2].email == "grace@example.com");
  CHECK(reused->candidates.capacity() == capacity);
}

TEST_CASE("a copied result has the value and the errors, not the spares", "[result]") {
  invite::parser parser;
  invite::result<invite::request> original;
  parser.parse(R"({"assessment_id":0})", original);
  const invite::result<invite::request> copy = original;
  CHECK(copy.ok() == original.ok());
  CHECK(copy.errors() == original.errors());
  CHECK(*copy == *original);
}
