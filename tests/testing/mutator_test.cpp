// The fuzz mutator: whatever bytes it is given, it returns at most max_size bytes, the same for
// the same seed; from a valid request its mutants stay plausible (a good share still valid, the
// rest broken in many of the contract's ways, not only as JSON); the crossover splices a value of
// one document into another.

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace invite::testing;

std::string mutated(const std::string& input, std::size_t max_size, unsigned seed, const mutator_settings& settings = {}) {
  std::vector<std::uint8_t> buffer(max_size > input.size() ? max_size : input.size());
  std::copy(input.begin(), input.end(), buffer.begin());
  const std::size_t size = mutate_document(buffer.data(), input.size(), max_size, seed, settings);
  REQUIRE(size <= max_size);
  return std::string(reinterpret_cast<const char*>(buffer.data()), size);
}

// A stand-in for LLVMFuzzerMutate: flips one byte.
std::size_t flip_a_byte(std::uint8_t* data, std::size_t size, std::size_t) {
  if (size > 0) data[size / 2] = static_cast<std::uint8_t>(data[size / 2] ^ 0x20);
  return size;
}

} // namespace

TEST_CASE("mutants are at most max_size bytes and the same for the same seed, from any bytes", "[testing][mutator]") {
  random_source random(5);
  for (unsigned seed = 0; seed < 1500; ++seed) {
    std::string input;
    switch (seed % 4) {
      case 0: input = generator(seed).valid_document(document_kind::request).json; break;
      case 1: input = generator(seed).invalid_document(document_kind::response).json; break;
      case 2:
        for (std::size_t i = random.index(200); i > 0; --i) input += static_cast<char>(random.below(256));
        break;
      default: input = std::string("{\"a\":[1,{\"b\":\"\\u00e9\"},]}").substr(0, random.index(24)); break;
    }
    const std::size_t max_size = input.size() + random.index(300);
    INFO("seed " << seed);
    const std::string first = mutated(input, max_size, seed);
    CHECK(first == mutated(input, max_size, seed));
  }
}

TEST_CASE("mutants of valid requests stay plausible: many valid, the rest broken in many ways", "[testing][mutator]") {
  invite::parser parser;
  invite::result<invite::request> parsed;
  std::size_t valid = 0, invalid_json = 0, total = 0;
  std::set<invite::error_code> codes;
  for (unsigned seed = 0; seed < 4000; ++seed) {
    const std::string input = generator(seed, seed % 2 == 0 ? profile::every_legal_form : profile::realistic_traffic)
                                  .valid_document(document_kind::request)
                                  .json;
    if (input.size() > 4096) continue;
    parser.parse(mutated(input, 4096, seed), parsed);
    ++total;
    if (parsed.ok()) {
      ++valid;
      continue;
    }
    invalid_json += parsed.errors()[0].code == invite::error_code::invalid_json;
    for (const invite::error& e : parsed.errors()) codes.insert(e.code);
  }
  INFO(valid << " valid and " << invalid_json << " not JSON of " << total << "; " << codes.size() << " codes");
  CHECK(valid * 4 >= total);        // a quarter or more still valid
  CHECK(invalid_json * 3 <= total); // most of the broken ones are JSON, broken in the contract's ways
  CHECK(codes.size() >= 14);        // all but payload_too_large and, at most, one more
}

TEST_CASE("the mutator hands some mutations to libFuzzer's byte mutation when given it", "[testing][mutator]") {
  const std::string input = R"({"assessment_id":7,"invite_format":"getlink","candidates":[{"name":"Ada","email":"ada@x.io"}]})";
  mutator_settings settings;
  settings.bytes = &flip_a_byte;
  settings.byte_mutation_one_in = 2;
  std::size_t flipped = 0;
  for (unsigned seed = 0; seed < 200; ++seed) {
    std::string expected = input;
    expected[expected.size() / 2] = static_cast<char>(expected[expected.size() / 2] ^ 0x20);
    flipped += mutated(input, 4096, seed, settings) == expected;
  }
  CHECK(flipped > 60);
  CHECK(flipped < 140);
}

TEST_CASE("the crossover puts a value of the second document into the first", "[testing][mutator]") {
  const std::string first = R"({"assessment_id":7,"invite_format":"getlink","candidates":[{"name":"Ada","email":"ada@x.io"}]})";
  const std::string second = R"({"invites":[{"status":"QQQQ","report_id":123456789}]})";
  std::size_t spliced = 0;
  for (unsigned seed = 0; seed < 300; ++seed) {
    std::array<std::uint8_t, 512> out{};
    const std::size_t size = cross_over_documents(reinterpret_cast<const std::uint8_t*>(first.data()), first.size(),
                                                  reinterpret_cast<const std::uint8_t*>(second.data()), second.size(),
                                                  out.data(), out.size(), seed);
    const std::string result(reinterpret_cast<const char*>(out.data()), size);
    // Every value of the second holds one of these two.
    spliced += result.find("QQQQ") != std::string::npos || result.find("123456789") != std::string::npos;
    std::array<std::uint8_t, 16> tiny{};
    CHECK(cross_over_documents(reinterpret_cast<const std::uint8_t*>(first.data()), first.size(),
                               reinterpret_cast<const std::uint8_t*>(second.data()), second.size(), tiny.data(), tiny.size(),
                               seed) <= tiny.size());
  }
  CHECK(spliced > 250);
}
