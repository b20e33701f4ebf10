// Runs the library over the conformance vectors in vectors/ (the format is in README.md): every
// document is parsed as its expectation says and the verdict and the (code, path) errors are
// compared with what the expectation, written from docs/contract.md, says they must be.

#include "conformance_vectors.hpp"

#include <invite_test/input_copies.hpp>
#include <invite_test/result_invariants.hpp>

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace conformance;

namespace {

constexpr std::size_t minimum_vector_count = 250;
constexpr std::size_t minimum_valid_vector_count = 100;

bool is_value_start(char byte) {
  return std::string_view("\"{[-0123456789tfn").find(byte) != std::string_view::npos;
}

} // namespace

TEST_CASE("the vectors folder is complete and well-formed", "[conformance]") {
  for (const auto& broken : the_corpus().unreadable) FAIL_CHECK("unreadable vector " << broken);
  const auto& vectors = all_vectors();
  CHECK(vectors.size() >= minimum_vector_count);

  std::set<std::string> expected_documents;
  for (const auto& vector : vectors) expected_documents.insert(vector.name + ".json");
  for (const auto& entry : fs::recursive_directory_iterator(INVITE_CONFORMANCE_VECTORS)) {
    const std::string relative =
        fs::relative(entry.path(), INVITE_CONFORMANCE_VECTORS).generic_string();
    if (!entry.is_regular_file() || ends_with(relative, expectation_suffix)) continue;
    INFO("file without an expectation: " << relative);
    CHECK(expected_documents.count(relative) == 1);
  }
}

TEST_CASE("every vector gets its verdict and errors from parse_request/parse_response",
          "[conformance]") {
  std::vector<std::string> failed;
  for (const auto& vector : all_vectors()) {
    const bool agrees =
        vector.is_response
            ? check_verdict(vector, verdict_of(invite::parse_response(vector.document, vector.options)))
            : check_verdict(vector, verdict_of(invite::parse_request(vector.document, vector.options)));
    if (!agrees) failed.push_back(vector.name);
  }
  print_failures("fresh parses", failed);
}

TEST_CASE("a reused parser and result give every vector the same verdict", "[conformance]") {
  // One parser and one result of each kind for the whole corpus, so that state kept between
  // parses (buffers, capacity, the previous document's errors) shows up as a wrong verdict.
  invite::parser reused;
  invite::result<invite::request> request_result;
  invite::result<invite::response> response_result;
  std::vector<std::string> failed;
  for (const auto& vector : all_vectors()) {
    bool agrees = false;
    if (vector.is_response) {
      reused.parse(vector.document, response_result, vector.options);
      agrees = check_verdict(vector, verdict_of(response_result));
    } else {
      reused.parse(vector.document, request_result, vector.options);
      agrees = check_verdict(vector, verdict_of(request_result));
    }
    if (!agrees) failed.push_back(vector.name);
  }
  print_failures("reused parser", failed);
}

TEST_CASE("a padded input gives every vector the same verdict and errors", "[conformance][padded]") {
  // The other way in: parser::parse(simdjson::padded_string_view), which reads the caller's
  // buffer in place. Its padding holds the bytes most likely to mislead a reader that looks past
  // the end, and every limit the vectors probe (500 items, 255 code points, 64 and 254 octets,
  // 2048 octets, depth 1024, max_bytes, max_errors) is crossed here too. Each error, offset and
  // message included, must be the string_view parse's.
  invite_test::padded_copy padded(invite_test::padding_fill::hostile);
  invite::parser reused;
  invite::result<invite::request> request_result;
  invite::result<invite::response> response_result;
  std::vector<std::string> failed;
  for (const auto& vector : all_vectors()) {
    const simdjson::padded_string_view input = padded.copy(vector.document);
    bool agrees = false;
    if (vector.is_response) {
      invite::parser fresh;
      invite::result<invite::response> fresh_result;
      fresh.parse(input, fresh_result, vector.options);
      reused.parse(input, response_result, vector.options);
      const auto by_view = invite::parse_response(vector.document, vector.options);
      agrees = check_verdict(vector, verdict_of(fresh_result)) && invite_test::same_outcome(fresh_result, by_view) &&
               invite_test::same_outcome(response_result, by_view);
    } else {
      invite::parser fresh;
      invite::result<invite::request> fresh_result;
      fresh.parse(input, fresh_result, vector.options);
      reused.parse(input, request_result, vector.options);
      const auto by_view = invite::parse_request(vector.document, vector.options);
      agrees = check_verdict(vector, verdict_of(fresh_result)) && invite_test::same_outcome(fresh_result, by_view) &&
               invite_test::same_outcome(request_result, by_view);
    }
    if (!agrees) failed.push_back(vector.name);
  }
  CHECK(failed.empty());
  print_failures("padded input", failed);
}

TEST_CASE("every valid vector is written as its canonical JSON and reads back equal", "[conformance][write]") {
  // The writer's word- and block-at-a-time paths (escapes, digits) on every accepted document,
  // held to the test support's canonical JSON, which is written a byte at a time; both styles
  // must read back as the value that was written.
  std::size_t written = 0;
  std::vector<std::string> failed;
  for (const auto& vector : all_vectors()) {
    if (!vector.valid) continue;
    const auto write_and_read_back = [&](const auto& parsed, const auto& read) {
      INFO("vector " << vector.name);
      REQUIRE(parsed.ok());
      const std::string compact = invite::write_json(*parsed);
      const std::string pretty = invite::write_json(*parsed, invite::json_style::pretty);
      const auto compact_again = read(compact);
      const auto pretty_again = read(pretty);
      const bool agrees = compact == invite_test::canonical_json(*parsed) && compact_again.ok() &&
                          *compact_again == *parsed && pretty_again.ok() && *pretty_again == *parsed;
      CHECK(agrees);
      if (!agrees) failed.push_back(vector.name);
      ++written;
    };
    if (vector.is_response) {
      write_and_read_back(invite::parse_response(vector.document, vector.options),
                          [](std::string_view json) { return invite::parse_response(json); });
    } else {
      write_and_read_back(invite::parse_request(vector.document, vector.options),
                          [](std::string_view json) { return invite::parse_request(json); });
    }
  }
  std::cout << "conformance vectors written and read back: " << written << '\n';
  CHECK(written >= minimum_valid_vector_count);
  print_failures("written and read back", failed);
}

TEST_CASE("error offsets point at what docs/contract.md says they name", "[conformance]") {
  // docs/contract.md: the offending value; the key for unknown_field, duplicate_field and
  // alias_conflict; the enclosing object for missing_field. A key and a string value begin with
  // their opening quote.
  for (const auto& vector : all_vectors()) {
    const auto check = [&](const auto& parsed) {
      for (const invite::error& error : parsed.errors()) {
        if (error.offset >= vector.document.size()) continue; // checked in the verdict test
        const char byte = vector.document[error.offset];
        INFO("vector " << vector.name << ": " << invite::to_string(error.code) << " at \""
                       << error.path << "\" offset " << error.offset << " byte '" << byte << "'");
        switch (error.code) {
        case invite::error_code::invalid_json:
        case invite::error_code::payload_too_large:
          break;
        case invite::error_code::missing_field:
          CHECK(byte == '{');
          break;
        case invite::error_code::unknown_field:
        case invite::error_code::duplicate_field:
        case invite::error_code::alias_conflict:
          CHECK(byte == '"');
          break;
        default:
          CHECK(is_value_start(byte));
          break;
        }
      }
    };
    if (vector.is_response) {
      check(invite::parse_response(vector.document, vector.options));
    } else {
      check(invite::parse_request(vector.document, vector.options));
    }
  }
}

TEST_CASE("the vectors cover every error code of the contract", "[conformance]") {
  std::map<std::string, std::size_t> vectors_per_code;
  for (const auto code : contract_codes) vectors_per_code[std::string(code)] = 0;
  for (const auto& vector : all_vectors()) {
    std::set<std::string> codes;
    for (const auto& error : vector.errors) codes.insert(error.first);
    for (const auto& code : codes) {
      INFO("vector " << vector.name << " uses a code outside docs/contract.md: " << code);
      CHECK(vectors_per_code.count(code) == 1);
      ++vectors_per_code[code];
    }
  }
  std::cout << "conformance vectors per error code:\n";
  for (const auto code : contract_codes) {
    const std::size_t count = vectors_per_code[std::string(code)];
    std::cout << "  " << code << ": " << count << '\n';
    INFO("no vector expects " << code);
    CHECK(count > 0);
  }
  // The library's spellings must be the contract's, or no comparison above could ever match.
  REQUIRE(invite::error_code_count == contract_codes.size());
  for (std::size_t i = 0; i < contract_codes.size(); ++i) {
    // Compared as std::string: Catch2 prints string_view only where its main saw C++17.
    CHECK(std::string(invite::to_string(static_cast<invite::error_code>(i))) ==
          std::string(contract_codes[i]));
  }
}
