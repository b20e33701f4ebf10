#ifndef INVITE_TEST_BENCHMARK_DOCUMENTS_HPP_INCLUDED
#define INVITE_TEST_BENCHMARK_DOCUMENTS_HPP_INCLUDED

// The documents benchmarks/ times, from fixed seeds of the public generator's realistic_traffic
// profile (<invite/testing.hpp>), so that every run on every machine times the same bytes. The
// performance baseline was measured on exactly these bytes; tests/testing/generator_test.cpp pins
// them.

#include <invite/testing/corpus.hpp>
#include <invite/testing/generator.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace invite_test {

/// A JSON text and the value it spells, which every parser must reproduce exactly.
struct request_document {
  std::string name;
  std::string json;
  invite::request value;
};

inline invite::testing::generator realistic(std::uint64_t seed) {
  return invite::testing::generator(seed, invite::testing::profile::realistic_traffic);
}

/// The largest request (500 candidates) of the parse benchmark, before it is spelled.
inline invite::request benchmark_request_500() { return realistic(20240501).request(500); }

/// The smallest request the contract accepts: one candidate, each member as short as its rules
/// allow, no optional member. What a parser spends on it is its fixed cost per document plus the
/// least content a document can have.
inline request_document smallest_request_document() {
  invite::request value;
  value.assessment_id = 1;
  value.invite_format = invite::format::getlink;
  value.candidates.push_back({"A", "a@b"});
  return {"request_smallest",
          R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b"}]})", value};
}

/// The parse benchmark's documents: 500 candidates minified and pretty, 1 candidate, and the
/// smallest request.
inline std::vector<request_document> benchmark_request_documents() {
  invite::testing::generator speller = realistic(0); // realistic spellings draw nothing
  const invite::request large = benchmark_request_500();
  const invite::request small = realistic(7).request(1);
  invite::testing::spelling_liberties pretty;
  pretty.style = invite::testing::layout::pretty;
  return {{"request500_minified", speller.spell(large), large},
          {"request500_pretty", speller.spell(large, pretty), large},
          {"request1_minified", speller.spell(small), small},
          smallest_request_document()};
}

/// The serialize benchmark's response: 500 invitations.
inline invite::response benchmark_response() { return realistic(4242).response(500); }

/// The NDJSON benchmark's input: `count` small requests (1 to 3 candidates), one minified JSON
/// text per line.
inline std::string benchmark_ndjson(std::size_t count = 10000, std::uint64_t seed = 99) {
  invite::testing::random_source lines(seed);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    // The seed is drawn before the count: the order in which the baseline's bytes were drawn.
    const std::uint64_t line_seed = lines.bits();
    const std::size_t candidates = 1 + lines.index(3);
    invite::testing::generator line = realistic(line_seed);
    out += line.spell(line.request(candidates));
    out += '\n';
  }
  return out;
}

/// A server's day in miniature, for timing a reused parser and measuring what it allocates:
/// `count` requests of every size from 1 to 500 candidates in realistic spellings, every third
/// one broken the ways clients break them, each with its verdict (the public corpus, as
/// tools/invite-corpus writes it).
inline std::vector<invite::testing::test_document> benchmark_mix(std::size_t count, std::uint64_t seed = 20261128) {
  invite::testing::corpus_settings settings;
  settings.count = count;
  settings.seed = seed;
  settings.invalid = {1, 3};
  settings.style = invite::testing::profile::realistic_traffic;
  return invite::testing::make_corpus(settings);
}

} // namespace invite_test

#endif // INVITE_TEST_BENCHMARK_DOCUMENTS_HPP_INCLUDED
