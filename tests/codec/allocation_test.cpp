// What a kept parser and result allocate once warm: nothing, for valid and invalid documents
// alike, over a realistic mix of sizes and breakages; and what validate() allocates when there
// is nothing to report: nothing. The program counts every global operator new.

#include <invite/invite.hpp>

#include <invite_test/allocation_counter.hpp>
#include <invite_test/benchmark_documents.hpp>

#include <invite/testing/generator.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace {

struct tally {
  std::uint64_t valid_documents = 0, valid_allocations = 0;
  std::uint64_t invalid_documents = 0, invalid_allocations = 0;
};

} // namespace

TEST_CASE("a reused parser and result allocate nothing once warm, over mixed traffic", "[allocation]") {
  const std::vector<invite::testing::test_document> mix = invite_test::benchmark_mix(900);
  invite::parser parser;
  invite::result<invite::request> reused;
  // Warm-up: one pass grows every buffer, vector and spare pool to what the mix needs; the
  // verdicts are checked on the way, so the mix is what it claims.
  for (const auto& document : mix) {
    parser.parse(document.json, reused);
    INFO(document.json.substr(0, 200));
    REQUIRE(reused.ok() == document.valid);
  }
  tally counts;
  for (const auto& document : mix) {
    const std::uint64_t before = invite_test::allocation_count();
    parser.parse(document.json, reused);
    const std::uint64_t made = invite_test::allocation_count() - before;
    if (document.valid) {
      ++counts.valid_documents;
      counts.valid_allocations += made;
    } else {
      ++counts.invalid_documents;
      counts.invalid_allocations += made;
    }
  }
  CHECK(counts.valid_documents == 600);
  CHECK(counts.valid_allocations == 0);
  CHECK(counts.invalid_documents == 300);
  CHECK(counts.invalid_allocations == 0);
}

TEST_CASE("a shorter array after a longer one keeps the items it no longer uses", "[allocation]") {
  invite::testing::generator maker(3, invite::testing::profile::realistic_traffic);
  const std::string long_one = maker.spell(maker.request(300));
  const std::string short_one = maker.spell(maker.request(2));
  invite::parser parser;
  invite::result<invite::request> reused;
  parser.parse(long_one, reused);
  parser.parse(short_one, reused);
  REQUIRE(reused);
  const std::uint64_t before = invite_test::allocation_count();
  parser.parse(long_one, reused); // the 298 dropped items come back with their strings' capacity
  CHECK(invite_test::allocation_count() - before == 0);
  REQUIRE(reused);
  CHECK(reused->candidates.size() == 300);
}

TEST_CASE("undeclared keys allowed in: a reused parse of them allocates nothing", "[allocation]") {
  std::string json = R"({"assessment_id":1,"invite_format":"getlink",)";
  for (int i = 0; i < 200; ++i) json += "\"extra_" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  json += R"("candidates":[{"name":"A","email":"a@example.com","note":"x","tag":1}]})";
  invite::parse_options lenient;
  lenient.allow_unknown_fields = true;
  invite::parser parser;
  invite::result<invite::request> reused;
  // Twice to warm up: the second parse is the first to keep the first one's notes as spares.
  parser.parse(json, reused, lenient);
  parser.parse(json, reused, lenient);
  REQUIRE(reused);
  const std::uint64_t before = invite_test::allocation_count();
  for (int round = 0; round < 5; ++round) parser.parse(json, reused, lenient);
  CHECK(invite_test::allocation_count() - before == 0);
  // Each tolerated key was noted, up to max_notes, and the notes were kept as well.
  CHECK(reused.notes().size() == lenient.max_notes);
  CHECK(reused.notes().back().path == "/extra_99");
}

TEST_CASE("the client profile's notes allocate nothing once warm, over responses with and without new members",
          "[allocation]") {
  std::vector<invite::testing::test_document> mix;
  for (std::uint64_t seed = 0; seed < 80; ++seed) {
    invite::testing::generator maker(seed);
    invite::testing::spelling_liberties liberties;
    liberties.unknown_fields = seed % 2 == 0;
    mix.push_back(maker.valid_document(invite::testing::document_kind::response, liberties));
  }
  invite::parser parser;
  invite::result<invite::response> reused;
  for (const auto& document : mix) {
    parser.parse(document.json, reused, invite::client_profile);
    REQUIRE(reused.ok() == document.valid);
  }
  std::uint64_t made = 0;
  std::size_t noted = 0;
  for (const auto& document : mix) {
    const std::uint64_t before = invite_test::allocation_count();
    parser.parse(document.json, reused, invite::client_profile);
    made += invite_test::allocation_count() - before;
    noted += reused.notes().size();
  }
  CHECK(made == 0);
  CHECK(noted > 40); // the mix does have members to tolerate
}

TEST_CASE("the free functions with a kept result reuse it too", "[allocation]") {
  invite::testing::generator maker(11, invite::testing::profile::realistic_traffic);
  const std::string json = maker.spell(maker.request(40));
  invite::result<invite::request> reused;
  invite::parse_request(json, reused);
  REQUIRE(reused);
  const std::uint64_t before = invite_test::allocation_count();
  invite::parse_request(json, reused);
  CHECK(invite_test::allocation_count() - before == 0);
}

TEST_CASE("validate allocates nothing when there is nothing to report", "[allocation][validate]") {
  invite::testing::generator maker(5, invite::testing::profile::realistic_traffic);
  const invite::request small = maker.request(3);
  const invite::request large = maker.request(500); // past the pairwise limit: the hash index
  std::vector<invite::error> errors;
  REQUIRE(invite::validate(large, errors)); // the thread's index grows once
  const std::uint64_t before = invite_test::allocation_count();
  CHECK(invite::validate(small, errors));
  CHECK(invite::validate(large, errors));
  CHECK(invite_test::allocation_count() - before == 0);
  // With errors, the error list is what allocates.
  invite::request broken = small;
  broken.candidates[0].email = "nowhere";
  CHECK_FALSE(invite::validate(broken, errors));
  CHECK(errors.size() == 1);
}

TEST_CASE("unknown keys longer than a short string, in turn with short ones, allocate nothing once warm",
          "[allocation]") {
  // Each body has one unknown key; the long ones (past a std::string's inline 15 bytes, in one
  // script or another) take turns with short ones, so that whatever holds the key's text for
  // its error must keep the capacity the long ones gave it.
  std::string many_ideographs;
  for (int i = 0; i < 12; ++i) many_ideographs += "\xE4\xB8\x80"; // U+4E00
  const std::vector<std::string> keys = {"a", many_ideographs, "b", std::string(40, 'z'), "c",
                                         std::string(16, 'y'), "d", std::string(200, 'x')};
  std::vector<std::string> bodies;
  for (const std::string& key : keys) {
    bodies.push_back(R"({"assessment_id":1,"invite_format":"getlink",")" + key +
                     R"(":1,"candidates":[{"name":"A","email":"a@x.io"}]})");
  }
  invite::parser parser;
  invite::result<invite::request> reused;
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& body : bodies) {
      parser.parse(body, reused);
      REQUIRE(reused.errors().size() == 1);
      REQUIRE(reused.errors()[0].code == invite::error_code::unknown_field);
    }
  }
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      INFO("pass " << pass << ", body " << i << " (key of " << keys[i].size() << " bytes)");
      const std::uint64_t before = invite_test::allocation_count();
      parser.parse(bodies[i], reused);
      const std::uint64_t made = invite_test::allocation_count() - before;
      CHECK(made == 0);
    }
  }
}

TEST_CASE("many undeclared keys with escapes, long and short in turn, allocate nothing once warm", "[allocation]") {
  // Past eight undeclared keys an object gets a hash index of them, built again as it grows;
  // keys with escapes are decoded for it, and the decoded text of a long one must not need a
  // buffer of its own each time. Strict parses report every key; lenient ones only remember them.
  std::vector<std::string> bodies;
  for (const std::size_t count : {9, 3, 20, 12}) {
    std::string members;
    for (std::size_t i = 0; i < count; ++i) {
      std::string key = "k" + std::to_string(i);
      if (i % 3 == 0) {
        for (std::size_t j = 0; j < 5 + (i + count) % 11; ++j) key += "\\u4e00"; // 3 bytes each, decoded
      } else if (i % 3 == 1) {
        key += std::string(10 + (i * count) % 30, 'z');
      }
      members += "\"" + key + "\":" + std::to_string(i) + ",";
    }
    bodies.push_back(R"({"assessment_id":1,"invite_format":"getlink",)" + members +
                     R"("candidates":[{"name":"A",)" + members + R"("email":"a@x.io"}]})");
  }
  for (const bool lenient : {false, true}) {
    invite::parse_options options;
    options.allow_unknown_fields = lenient;
    invite::parser parser;
    invite::result<invite::request> reused;
    for (int pass = 0; pass < 2; ++pass) {
      for (const std::string& body : bodies) {
        parser.parse(body, reused, options);
        REQUIRE(reused.ok() == lenient);
      }
    }
    for (int pass = 0; pass < 3; ++pass) {
      for (std::size_t i = 0; i < bodies.size(); ++i) {
        INFO((lenient ? "lenient" : "strict") << ", pass " << pass << ", body " << i);
        const std::uint64_t before = invite_test::allocation_count();
        parser.parse(bodies[i], reused, options);
        const std::uint64_t made = invite_test::allocation_count() - before;
        CHECK(made == 0);
      }
    }
  }
}
