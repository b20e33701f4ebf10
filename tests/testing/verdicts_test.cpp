// The generator's promise, held against the library: every valid document it makes parses
// clean, and every invalid one gets exactly the errors it predicted (code, path, offset, in
// order, under the options it came with), and every document exactly its predicted notes (the
// undeclared keys allow_unknown_fields tolerated), over 100,000 seeds across both kinds and both
// profiles (fewer responses than requests: they are larger).
// Where a document is not JSON, the predicted offset is also held against the independent
// well-formedness oracle of the test support, so that the generator and the library cannot
// share one wrong idea of where a text stops being JSON.
//
// Set INVITE_TEST_SEED to run from another seed, INVITE_TEST_DOCUMENTS for a longer run (per
// test case).

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <invite_test/json_oracle.hpp>
#include <invite_test/kept_verdicts.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>

namespace {

using invite::testing::document_kind;
using invite::testing::generator;
using invite::testing::profile;
using invite::testing::test_document;

std::uint64_t environment_number(const char* name, std::uint64_t fallback) {
  const char* text = std::getenv(name);
  return text != nullptr && *text != '\0' ? std::strtoull(text, nullptr, 0) : fallback;
}

std::uint64_t run_seed() { return environment_number("INVITE_TEST_SEED", 0x7E57ED); }

// Every code the library can report, counted over a run.
struct tally {
  std::size_t documents = 0, valid = 0, invalid = 0;
  std::array<std::size_t, invite::error_code_count> codes{};
  std::size_t notes = 0; // undeclared keys tolerated, each predicted and held against notes()
};

// Parses each document with one kept parser (as a server does) and compares; on a mismatch, says
// how to make the document again.
class verdict_run {
public:
  void check(const test_document& document, const char* made_by, std::uint64_t seed) {
    ++counts.documents;
    (document.valid ? counts.valid : counts.invalid) += 1;
    for (const auto& e : document.errors) ++counts.codes[static_cast<std::size_t>(e.code)];
    counts.notes += document.notes.size();
    std::string difference = library_.difference(document);
    if (difference.empty() && !document.errors.empty() && document.errors[0].code == invite::error_code::invalid_json) {
      const auto stop = invite_test::where_json_stops(document.json);
      if (!stop) {
        difference = "the oracle finds the text well-formed";
      } else if (stop->broken_token_start != document.errors[0].offset) {
        difference = "the oracle says the text stops being JSON at " + std::to_string(stop->broken_token_start);
      }
    }
    if (!difference.empty() && ++failures_ <= 5) {
      std::string json = document.json.size() > 1500 ? document.json.substr(0, 1500) + "..." : document.json;
      FAIL_CHECK(made_by << " from generator(" << seed << ") as a " << invite::testing::to_string(document.kind)
                         << "\nhow: " << document.how << "\n" << difference << "\ndocument: " << json);
    }
  }

  tally counts;

private:
  invite_test::kept_verdicts library_;
  std::size_t failures_ = 0;
};

void run(std::size_t seeds, std::uint64_t salt, verdict_run& checks,
         const std::function<void(generator&, std::uint64_t, verdict_run&)>& make_and_check, profile style) {
  const std::uint64_t base = run_seed() ^ salt;
  const std::size_t count = environment_number("INVITE_TEST_DOCUMENTS", seeds);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint64_t seed = invite::testing::case_seed(base, i);
    generator maker(seed, style);
    make_and_check(maker, seed, checks);
  }
}

void require_every_code(const tally& counts, std::initializer_list<invite::error_code> absent) {
  for (std::size_t code = 0; code < invite::error_code_count; ++code) {
    bool may_lack = false;
    for (const invite::error_code missing : absent) may_lack = may_lack || static_cast<std::size_t>(missing) == code;
    if (may_lack) continue;
    INFO(invite::to_string(static_cast<invite::error_code>(code)));
    CHECK(counts.codes[code] > 0);
  }
}

} // namespace

TEST_CASE("every_legal_form requests: 30,000 seeds, valid ones parse clean, invalid ones get exactly their errors",
          "[testing][verdicts]") {
  verdict_run checks;
  run(30000, 1, checks, [](generator& maker, std::uint64_t seed, verdict_run& out) {
    const bool valid = seed % 3 == 0;
    invite::testing::spelling_liberties liberties;
    liberties.unknown_fields = seed % 2 == 0;
    out.check(valid ? maker.valid_document(document_kind::request, liberties) : maker.invalid_document(document_kind::request),
              valid ? "valid_document" : "invalid_document", seed);
  }, profile::every_legal_form);
  INFO(checks.counts.valid << " valid, " << checks.counts.invalid << " invalid");
  CHECK(checks.counts.valid > 8000);
  CHECK(checks.counts.invalid > 18000);
  CHECK(checks.counts.notes > 5000); // undeclared keys, tolerated and noted where they stand
  require_every_code(checks.counts, {invite::error_code::invalid_url});
}

TEST_CASE("every_legal_form responses: 20,000 seeds, valid ones parse clean, invalid ones get exactly their errors",
          "[testing][verdicts]") {
  verdict_run checks;
  run(20000, 2, checks, [](generator& maker, std::uint64_t seed, verdict_run& out) {
    const bool valid = seed % 3 == 0;
    invite::testing::spelling_liberties liberties;
    liberties.unknown_fields = seed % 2 == 0;
    out.check(valid ? maker.valid_document(document_kind::response, liberties) : maker.invalid_document(document_kind::response),
              valid ? "valid_document" : "invalid_document", seed);
  }, profile::every_legal_form);
  CHECK(checks.counts.valid > 5000);
  CHECK(checks.counts.invalid > 12000);
  CHECK(checks.counts.notes > 3000);
  require_every_code(checks.counts, {invite::error_code::invalid_enum, invite::error_code::invalid_datetime,
                                     invite::error_code::alias_conflict, invite::error_code::duplicate_value});
}

TEST_CASE("realistic_traffic documents: 40,000 seeds, valid ones parse clean, invalid ones get exactly their errors",
          "[testing][verdicts]") {
  verdict_run checks;
  run(40000, 3, checks, [](generator& maker, std::uint64_t seed, verdict_run& out) {
    const document_kind kind = seed % 2 == 0 ? document_kind::request : document_kind::response;
    if (seed % 3 == 0) {
      invite::testing::spelling_liberties liberties;
      liberties.style = seed % 4 == 0 ? invite::testing::layout::pretty : invite::testing::layout::minified;
      out.check(maker.valid_document(kind, liberties), "valid_document", seed);
    } else {
      out.check(seed % 5 == 0 ? maker.invalid_document_default_options(kind) : maker.invalid_document(kind),
                "invalid_document", seed);
    }
  }, profile::realistic_traffic);
  CHECK(checks.counts.valid > 11000);
  require_every_code(checks.counts, {invite::error_code::payload_too_large});
}

TEST_CASE("a document asked for a code has it, and exactly its predicted errors: 10,000 seeds", "[testing][verdicts]") {
  verdict_run checks;
  std::size_t without_code = 0;
  run(10000, 4, checks, [&without_code](generator& maker, std::uint64_t seed, verdict_run& out) {
    const auto code = static_cast<invite::error_code>(seed % invite::error_code_count);
    const bool request_only = code == invite::error_code::invalid_enum || code == invite::error_code::invalid_datetime ||
                              code == invite::error_code::alias_conflict || code == invite::error_code::duplicate_value;
    const document_kind kind = request_only ? document_kind::request
                               : code == invite::error_code::invalid_url ? document_kind::response
                               : (seed >> 8) % 2 == 0 ? document_kind::request : document_kind::response;
    const test_document document = maker.invalid_document(kind, code);
    bool has_code = false;
    for (const auto& e : document.errors) has_code = has_code || e.code == code;
    without_code += has_code ? 0 : 1;
    out.check(document, "invalid_document(kind, code)", seed);
  }, profile::every_legal_form);
  CHECK(without_code == 0);
  require_every_code(checks.counts, {});
}

TEST_CASE("difference says when a verdict is valid and the library's is not, or the other way", "[testing][verdicts]") {
  invite::testing::generator maker(3);
  const invite::testing::test_document valid_one = maker.valid_document(invite::testing::document_kind::request);
  const auto parsed = invite::parse_request(valid_one.json, valid_one.options);
  REQUIRE(parsed.ok());
  CHECK(invite::testing::difference(valid_one, parsed.ok(), parsed.errors()) == "");
  invite::testing::test_document claimed_invalid = valid_one;
  claimed_invalid.valid = false;
  claimed_invalid.errors = {{invite::error_code::missing_field, "/assessment_id", 0}};
  CHECK(invite::testing::difference(claimed_invalid, parsed.ok(), parsed.errors()) ==
        "valid, expected invalid (missing_field at \"/assessment_id\" (offset 0))");
  const auto empty_object = invite::parse_request("{}");
  REQUIRE_FALSE(empty_object.ok());
  CHECK(invite::testing::difference(valid_one, empty_object.ok(), empty_object.errors()) == "invalid, expected valid (no error)");
}
