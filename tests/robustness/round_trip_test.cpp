// The serialization promise of docs/contract.md, held on 10,000 random requests and 10,000 random
// responses: a random legal spelling D of a value V parses to V; to_json gives the contract's
// canonical text, which parses back to V and writes out byte for byte the same; the pretty text
// parses to V too. The run then says what its spellings held (aliases, escapes, undeclared keys),
// so that a generator that stopped spelling those would fail it rather than pass it emptily.
//
// Set INVITE_TEST_SEED to run from another seed, INVITE_TEST_DOCUMENTS for a longer run.

#include <invite_test/canonical_json.hpp>
#include <invite_test/error_listing.hpp>
#include <invite_test/json_oracle.hpp>

#include <invite/invite.hpp>
#include <invite/testing/generator.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using namespace invite_test;

std::uint64_t environment_number(const char* name, std::uint64_t fallback) {
  const char* text = std::getenv(name);
  return text != nullptr && *text != '\0' ? std::strtoull(text, nullptr, 0) : fallback;
}

// Fixed by default so that every run, here and in CI, checks the same documents.
std::uint64_t run_seed() { return environment_number("INVITE_TEST_SEED", 0x5EED2024); }

std::uint64_t document_count() { return environment_number("INVITE_TEST_DOCUMENTS", 10000); }

std::string excerpt(const std::string& text) {
  return text.size() <= 2000 ? text : text.substr(0, 2000) + "... (" + std::to_string(text.size()) + " bytes)";
}

// Parses with the free function or with one long-lived parser and result, both of which must
// give the same answers: the reused result must not remember the previous document.
template <class T>
struct parsing {
  invite::parser reused_parser;
  invite::result<T> reused_result;

  const invite::result<T>& with_reused_parser(const std::string& json,
                                              const invite::parse_options& options) {
    reused_parser.parse(json, reused_result, options);
    return reused_result;
  }
};

invite::result<invite::request> parse_fresh(const std::string& json, const invite::request*,
                                            const invite::parse_options& options) {
  return invite::parse_request(json, options);
}

invite::result<invite::response> parse_fresh(const std::string& json, const invite::response*,
                                             const invite::parse_options& options) {
  return invite::parse_response(json, options);
}

// Messages are built only on failure: INFO would format the documents for every one of them.
template <class T>
void require_round_trip(const T& expected, const std::string& spelled,
                        const invite::parse_options& options, parsing<T>& reuse) {
  const auto parsed = parse_fresh(spelled, static_cast<const T*>(nullptr), options);
  if (!parsed.ok() || *parsed != expected) {
    FAIL("the random spelling did not parse to the generated value\nspelled:  "
         << excerpt(spelled) << "\nexpected: " << excerpt(canonical_json(expected))
         << "\nparsed:   " << excerpt(canonical_json(*parsed)) << "\nerrors:\n"
         << describe_errors(parsed.errors()));
  }

  const std::string compact = invite::to_json(*parsed);
  if (compact != canonical_json(expected)) {
    FAIL("to_json is not the contract's canonical text\nto_json:   "
         << excerpt(compact) << "\ncanonical: " << excerpt(canonical_json(expected)));
  }

  const auto& reparsed = reuse.with_reused_parser(compact, invite::parse_options{});
  if (!reparsed.ok() || *reparsed != expected) {
    FAIL("to_json's text did not parse back to the value\ntext: "
         << excerpt(compact) << "\nerrors:\n" << describe_errors(reparsed.errors()));
  }
  const std::string rewritten = invite::to_json(*reparsed);
  if (rewritten != compact) {
    FAIL("to_json of the reparsed value differs\nfirst:  " << excerpt(compact)
                                                          << "\nsecond: " << excerpt(rewritten));
  }

  const std::string pretty = invite::to_pretty_json(*parsed);
  const auto& from_pretty = reuse.with_reused_parser(pretty, invite::parse_options{});
  if (!is_well_formed_json(pretty) || !from_pretty.ok() || *from_pretty != expected) {
    FAIL("to_pretty_json's text did not parse back to the value\npretty: "
         << excerpt(pretty) << "\nerrors:\n" << describe_errors(from_pretty.errors()));
  }
}

// What the spellings of one run held, counted from their bytes and from a strict parse.
struct spelling_tally {
  std::uint64_t documents = 0;
  std::uint64_t not_canonical = 0;     // bytes other than the canonical text
  std::uint64_t more_escapes = 0;      // more backslashes than the canonical text has
  std::uint64_t with_aliases = 0;      // candidate_name or candidate_email as a key
  std::uint64_t undeclared_keys = 0;   // refused by a strict parse: unknown fields really there
};

template <class T>
void tally(spelling_tally& counts, const T& expected, const std::string& spelled, const invite::parse_options& options) {
  const std::string canonical = canonical_json(expected);
  ++counts.documents;
  counts.not_canonical += spelled != canonical;
  counts.more_escapes += std::count(spelled.begin(), spelled.end(), '\\') > std::count(canonical.begin(), canonical.end(), '\\');
  counts.with_aliases += spelled.find("\"candidate_name\"") != std::string::npos ||
                         spelled.find("\"candidate_email\"") != std::string::npos;
  if (options.allow_unknown_fields) {
    counts.undeclared_keys += !parse_fresh(spelled, static_cast<const T*>(nullptr), invite::parse_options{}).ok();
  }
}

template <class T, class Generate>
spelling_tally run_round_trips(Generate generate) {
  const std::uint64_t seed = run_seed();
  const std::uint64_t count = document_count();
  parsing<T> reuse;
  spelling_tally counts;
  for (std::uint64_t index = 0; index < count; ++index) {
    INFO("INVITE_TEST_SEED=" << seed << ", document " << index
                             << " (invite::testing::generator(case_seed(seed, index)) regenerates it)");
    invite::testing::generator maker(invite::testing::case_seed(seed, index));
    const T expected = generate(maker);
    invite::parse_options options;
    options.allow_unknown_fields = maker.random().one_in(3);
    invite::testing::spelling_liberties liberties;
    liberties.unknown_fields = options.allow_unknown_fields;
    const std::string spelled = maker.spell(expected, liberties);
    INFO("unknown fields: " << (options.allow_unknown_fields ? "yes" : "no"));
    require_round_trip(expected, spelled, options, reuse);
    tally(counts, expected, spelled, options);
  }
  return counts;
}

// Shares well below what the seeded runs give (all, 99%, 77% of requests, 29%), so that another
// seed passes, and far above what a generator spelling canonically would give (none).
void check_spellings_held_every_form(const spelling_tally& counts, bool has_aliases) {
  INFO(counts.documents << " documents: " << counts.not_canonical << " not canonical, " << counts.more_escapes
                        << " with extra escapes, " << counts.with_aliases << " with aliases, "
                        << counts.undeclared_keys << " with undeclared keys");
  REQUIRE(counts.documents >= 1000); // fewer say little; INVITE_TEST_DOCUMENTS is for longer runs
  CHECK(counts.not_canonical * 10 >= counts.documents * 9);
  CHECK(counts.more_escapes * 10 >= counts.documents * 8);
  if (has_aliases) CHECK(counts.with_aliases * 2 >= counts.documents);
  CHECK(counts.undeclared_keys * 10 >= counts.documents * 2);
}

} // namespace

TEST_CASE("random requests in random spellings round-trip exactly", "[robustness][round_trip]") {
  const spelling_tally counts =
      run_round_trips<invite::request>([](invite::testing::generator& maker) { return maker.request(); });
  check_spellings_held_every_form(counts, true);
}

TEST_CASE("random responses in random spellings round-trip exactly",
          "[robustness][round_trip]") {
  const spelling_tally counts =
      run_round_trips<invite::response>([](invite::testing::generator& maker) { return maker.response(); });
  check_spellings_held_every_form(counts, false);
}
