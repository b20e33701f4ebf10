// Runs the library over the conformance vectors in vectors/ (the format is in README.md): every
// document is parsed as its expectation says and the verdict and the (code, path) errors are
// compared with what the expectation, written from CONTRACT.md, says they must be.

#include <invite/invite.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef INVITE_CONFORMANCE_VECTORS
#error "INVITE_CONFORMANCE_VECTORS must name the vectors folder"
#endif

namespace {

namespace fs = std::filesystem;

// CONTRACT.md's complete list, written out here rather than taken from the library, so that the
// coverage check judges the vectors against the contract.
constexpr std::array<std::string_view, 16> contract_codes = {
    "invalid_json",   "payload_too_large", "type_mismatch",    "out_of_range",
    "missing_field",  "unknown_field",     "duplicate_field",  "alias_conflict",
    "invalid_enum",   "invalid_datetime",  "invalid_email",    "invalid_url",
    "too_short",      "too_long",          "duplicate_value",  "invalid_characters",
};

constexpr std::string_view expectation_suffix = ".expect.json";
constexpr std::size_t minimum_vector_count = 250;

using code_and_path = std::pair<std::string, std::string>;

struct conformance_vector {
  std::string name; // its path under vectors/, without ".json"
  std::string document;
  bool is_response = false;
  invite::parse_options options;
  bool valid = false;
  bool ordered = false;
  std::vector<code_and_path> errors;
};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string as_string(simdjson::dom::element value) {
  return std::string(value.get_string().value());
}

invite::parse_options read_options(simdjson::dom::object options) {
  invite::parse_options out;
  for (simdjson::dom::key_value_pair option : options) {
    if (option.key == "allow_unknown_fields") {
      out.allow_unknown_fields = option.value.get_bool().value();
    } else if (option.key == "max_bytes") {
      out.max_bytes = static_cast<std::size_t>(option.value.get_uint64().value());
    } else if (option.key == "max_errors") {
      out.max_errors = static_cast<std::size_t>(option.value.get_uint64().value());
    } else {
      throw std::runtime_error("unknown option " + std::string(option.key));
    }
  }
  return out;
}

// Strict about the expectation's own shape: a misspelled key must not silently become a default.
conformance_vector read_vector(const fs::path& expectation, simdjson::dom::parser& json) {
  const std::string relative = fs::relative(expectation, INVITE_CONFORMANCE_VECTORS).generic_string();
  conformance_vector vector;
  vector.name = relative.substr(0, relative.size() - expectation_suffix.size());
  vector.document = read_bytes(fs::path(INVITE_CONFORMANCE_VECTORS) / (vector.name + ".json"));

  bool has_kind = false, has_valid = false, has_errors = false, has_note = false;
  const simdjson::dom::object root = json.load(expectation.string()).get_object().value();
  for (simdjson::dom::key_value_pair field : root) {
    if (field.key == "kind") {
      const std::string kind = as_string(field.value);
      if (kind != "request" && kind != "response") throw std::runtime_error("bad kind " + kind);
      vector.is_response = kind == "response";
      has_kind = true;
    } else if (field.key == "options") {
      vector.options = read_options(field.value.get_object().value());
    } else if (field.key == "valid") {
      vector.valid = field.value.get_bool().value();
      has_valid = true;
    } else if (field.key == "ordered") {
      vector.ordered = field.value.get_bool().value();
    } else if (field.key == "errors") {
      for (simdjson::dom::element item : field.value.get_array().value()) {
        const simdjson::dom::object error = item.get_object().value();
        if (error.size() != 2) throw std::runtime_error("an error has exactly code and path");
        vector.errors.emplace_back(as_string(error["code"].value()),
                                   as_string(error["path"].value()));
      }
      has_errors = true;
    } else if (field.key == "note") {
      has_note = !as_string(field.value).empty();
    } else {
      throw std::runtime_error("unknown key " + std::string(field.key));
    }
  }
  if (!has_kind || !has_valid || !has_errors || !has_note) {
    throw std::runtime_error("kind, valid, errors and a non-empty note are required");
  }
  if (vector.valid != vector.errors.empty()) {
    throw std::runtime_error("valid must be true exactly when errors is empty");
  }
  return vector;
}

struct corpus {
  std::vector<conformance_vector> vectors;
  std::vector<std::string> unreadable; // "NAME: why", failed by the completeness test
};

corpus read_corpus() {
  std::vector<fs::path> expectations;
  for (const auto& entry : fs::recursive_directory_iterator(INVITE_CONFORMANCE_VECTORS)) {
    if (entry.is_regular_file() && ends_with(entry.path().filename().string(), expectation_suffix)) {
      expectations.push_back(entry.path());
    }
  }
  std::sort(expectations.begin(), expectations.end());
  simdjson::dom::parser json;
  corpus out;
  for (const auto& expectation : expectations) {
    try {
      out.vectors.push_back(read_vector(expectation, json));
    } catch (const std::exception& broken) {
      out.unreadable.push_back(expectation.string() + ": " + broken.what());
    }
  }
  return out;
}

const corpus& the_corpus() {
  static const corpus read_once = read_corpus();
  return read_once;
}

const std::vector<conformance_vector>& all_vectors() { return the_corpus().vectors; }

std::string describe(const std::vector<code_and_path>& errors) {
  std::ostringstream out;
  out << '[';
  for (std::size_t i = 0; i < errors.size(); ++i) {
    out << (i ? ", " : "") << errors[i].first << " at \"" << errors[i].second << '"';
  }
  out << ']';
  return out.str();
}

template <class T>
std::string describe_in_full(const invite::result<T>& result) {
  std::ostringstream out;
  for (const invite::error& error : result.errors()) {
    out << "\n  " << invite::to_string(error.code) << " at \"" << error.path << "\" offset "
        << error.offset << ": " << error.message;
  }
  return out.str();
}

template <class T>
std::vector<code_and_path> codes_and_paths(const invite::result<T>& result) {
  std::vector<code_and_path> out;
  for (const invite::error& error : result.errors()) {
    out.emplace_back(std::string(invite::to_string(error.code)), error.path);
  }
  return out;
}

// Compares a result with its vector; returns whether the verdict and the errors agree.
template <class T>
bool check_result(const conformance_vector& vector, const invite::result<T>& result) {
  INFO("vector " << vector.name << (vector.ordered ? " (ordered)" : " (as a multiset)"));
  INFO("expected " << describe(vector.errors));
  INFO("actual" << describe_in_full(result));

  std::vector<code_and_path> expected = vector.errors;
  std::vector<code_and_path> actual = codes_and_paths(result);
  if (!vector.ordered) {
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
  }
  const bool agrees = result.ok() == vector.valid && static_cast<bool>(result) == vector.valid &&
                      actual == expected;
  CHECK(agrees);

  for (const invite::error& error : result.errors()) {
    INFO("error " << invite::to_string(error.code) << " at \"" << error.path << '"');
    CHECK(!error.message.empty());
    CHECK(error.offset <= vector.document.size());
    if (error.code == invite::error_code::invalid_json ||
        error.code == invite::error_code::payload_too_large) {
      CHECK(error.path.empty());
      CHECK(result.errors().size() == 1);
    }
    if (error.code == invite::error_code::payload_too_large) CHECK(error.offset == 0);
    // HELPERS: an invalid_json message says "at byte N" where N is known; N is the offset.
    const auto at_byte = error.message.find("at byte ");
    if (error.code == invite::error_code::invalid_json && at_byte != std::string::npos) {
      const std::string digits = error.message.substr(at_byte + 8);
      CHECK(digits.substr(0, digits.find_first_not_of("0123456789")) ==
            std::to_string(error.offset));
    }
  }
  return agrees;
}

void print_failures(std::string_view how, const std::vector<std::string>& failed) {
  if (failed.empty()) return;
  std::cout << failed.size() << " conformance vectors disagree (" << how << "):\n";
  for (const auto& name : failed) std::cout << "  " << name << '\n';
}

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
            ? check_result(vector, invite::parse_response(vector.document, vector.options))
            : check_result(vector, invite::parse_request(vector.document, vector.options));
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
      agrees = check_result(vector, response_result);
    } else {
      reused.parse(vector.document, request_result, vector.options);
      agrees = check_result(vector, request_result);
    }
    if (!agrees) failed.push_back(vector.name);
  }
  print_failures("reused parser", failed);
}

TEST_CASE("error offsets point at what CONTRACT.md says they name", "[conformance]") {
  // CONTRACT.md: the offending value; the key for unknown_field, duplicate_field and
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
      INFO("vector " << vector.name << " uses a code outside CONTRACT.md: " << code);
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
