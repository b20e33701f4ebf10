#ifndef INVITE_TESTS_CONFORMANCE_CONFORMANCE_VECTORS_HPP_INCLUDED
#define INVITE_TESTS_CONFORMANCE_CONFORMANCE_VECTORS_HPP_INCLUDED

// The conformance vectors (README.md beside this file) read from disk, and the comparison of a
// verdict with a vector, shared by the library runner and the invite-check runner. For Catch2
// test programs only: the comparison reports through Catch2's macros.

#include <invite_test/canonical_json.hpp>
#include <invite_test/contract_rules.hpp>
#include <invite_test/result_invariants.hpp>

#include <invite/invite.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef INVITE_CONFORMANCE_VECTORS
#error "INVITE_CONFORMANCE_VECTORS must name the vectors folder"
#endif

namespace conformance {

namespace fs = std::filesystem;

// docs/contract.md's complete list, written out here rather than taken from the library, so that the
// coverage check judges the vectors against the contract.
inline constexpr std::array<std::string_view, 16> contract_codes = {
    "invalid_json",   "payload_too_large", "type_mismatch",    "out_of_range",
    "missing_field",  "unknown_field",     "duplicate_field",  "alias_conflict",
    "invalid_enum",   "invalid_datetime",  "invalid_email",    "invalid_url",
    "too_short",      "too_long",          "duplicate_value",  "invalid_characters",
};

inline constexpr std::string_view expectation_suffix = ".expect.json";

using code_and_path = std::pair<std::string, std::string>;

struct conformance_vector {
  std::string name; // its path under vectors/, without ".json"
  std::string document;
  bool is_response = false;
  invite::parse_options options;
  bool valid = false;
  bool ordered = false;
  std::vector<code_and_path> errors;

  fs::path document_path() const { return fs::path(INVITE_CONFORMANCE_VECTORS) / (name + ".json"); }
};

/// What an implementation said about a document, whichever way it was asked.
struct verdict {
  bool valid = false;
  std::vector<invite::error> errors;
};

template <class T>
verdict verdict_of(const invite::result<T>& result) {
  return {result.ok() && static_cast<bool>(result), result.errors()};
}

inline bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

inline std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string as_string(simdjson::dom::element value) {
  return std::string(value.get_string().value());
}

inline invite::parse_options read_options(simdjson::dom::object options) {
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
inline conformance_vector read_vector(const fs::path& expectation, simdjson::dom::parser& json) {
  const std::string relative =
      fs::relative(expectation, INVITE_CONFORMANCE_VECTORS).generic_string();
  conformance_vector vector;
  vector.name = relative.substr(0, relative.size() - expectation_suffix.size());
  vector.document = read_bytes(vector.document_path());

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
      // Held by value: a range-for over get_array().value() would iterate a temporary's member.
      const simdjson::dom::array items = field.value.get_array().value();
      for (simdjson::dom::element item : items) {
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
  std::vector<std::string> unreadable; // "FILE: why", failed by the completeness test
};

inline corpus read_corpus() {
  std::vector<fs::path> expectations;
  for (const auto& entry : fs::recursive_directory_iterator(INVITE_CONFORMANCE_VECTORS)) {
    if (entry.is_regular_file() &&
        ends_with(entry.path().filename().string(), expectation_suffix)) {
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

inline const corpus& the_corpus() {
  static const corpus read_once = read_corpus();
  return read_once;
}

inline const std::vector<conformance_vector>& all_vectors() { return the_corpus().vectors; }

inline std::string describe(const std::vector<code_and_path>& errors) {
  std::ostringstream out;
  out << '[';
  for (std::size_t i = 0; i < errors.size(); ++i) {
    out << (i ? ", " : "") << errors[i].first << " at \"" << errors[i].second << '"';
  }
  out << ']';
  return out.str();
}

inline std::string describe_in_full(const verdict& said) {
  std::ostringstream out;
  out << (said.valid ? "valid" : "invalid");
  for (const invite::error& error : said.errors) {
    out << "\n  " << invite::to_string(error.code) << " at \"" << error.path << "\" offset "
        << error.offset << ": " << error.message;
  }
  return out.str();
}

/// A JSON Pointer's last token, decoded (RFC 6901: "~1" is '/', "~0" is '~').
inline std::string last_token(std::string_view pointer) {
  const std::string_view token = pointer.substr(pointer.rfind('/') + 1);
  std::string decoded;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const bool escape = token[i] == '~' && i + 1 < token.size();
    decoded += escape ? (token[i + 1] == '1' ? '/' : '~') : token[i];
    i += escape ? 1 : 0;
  }
  return decoded;
}

inline bool is_index(std::string_view token) {
  return !token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos;
}

/// Whether the value at `pointer` in `document` is an array, looked up in the document itself:
/// a pointer alone cannot tell an index from a key spelled with digits.
inline bool is_array_at(const std::string& document, std::string_view pointer) {
  simdjson::dom::parser json;
  const simdjson::padded_string padded(document);
  simdjson::dom::element root;
  if (json.parse(padded).get(root) != simdjson::SUCCESS) return false;
  simdjson::dom::element parent;
  if (root.at_pointer(pointer).get(parent) != simdjson::SUCCESS) return false;
  return parent.is_array();
}

/// "" when an error's message names the place its path gives in `document` (docs/contract.md:
/// the message says which field): an array item as "item N", a member by its key as a JSON
/// string, even one spelled with digits. The root's errors name the whole document, which needs
/// no check.
inline std::string unnamed_place(const invite::error& error, const std::string& document) {
  if (error.path.empty()) return {};
  const std::string token = last_token(error.path);
  std::string named;
  if (is_index(token) && is_array_at(document, std::string_view(error.path).substr(0, error.path.rfind('/')))) {
    named = "item " + token + " ";
  } else {
    invite_test::append_canonical_string(named, token);
  }
  if (error.message.find(named) != std::string::npos) return {};
  return "the message does not name " + named + ": " + error.message;
}

/// The string at a JSON Pointer into the document; an e-mail's pointer may name it by its
/// canonical key while the item spells it candidate_email.
inline std::optional<std::string> string_at(simdjson::dom::element root, const std::string& pointer) {
  for (const std::string& spelled : {pointer, pointer.substr(0, pointer.rfind('/') + 1) + "candidate_" + last_token(pointer)}) {
    std::string_view text;
    if (root.at_pointer(spelled).get_string().get(text) == simdjson::SUCCESS) return std::string(text);
  }
  return std::nullopt;
}

/// "" when a duplicate_value message's "already at P" names the first earlier item of the same
/// array whose value (a valid e-mail) equals this one ignoring ASCII case; else what is wrong.
inline std::string misplaced_earlier_item(const invite::error& error, const std::string& document) {
  constexpr std::string_view marker = ", already at ";
  const std::size_t at = error.message.rfind(marker);
  if (at == std::string::npos) return "no \"already at\" in: " + error.message;
  const std::string earlier = error.message.substr(at + marker.size());
  const std::string item_path = error.path.substr(0, error.path.rfind('/'));
  const std::string array_path = item_path.substr(0, item_path.rfind('/'));
  const std::string earlier_item = earlier.substr(0, earlier.rfind('/'));
  const std::string index = last_token(item_path), earlier_index = last_token(earlier_item);
  if (earlier_item.substr(0, earlier_item.rfind('/')) != array_path || !is_index(earlier_index) ||
      std::stoul(earlier_index) >= std::stoul(index)) {
    return "\"already at " + earlier + "\" is no earlier item of " + array_path;
  }
  simdjson::dom::parser json;
  const simdjson::padded_string padded(document);
  const simdjson::dom::element root = json.parse(padded).value();
  const std::optional<std::string> value = string_at(root, error.path);
  const std::string field = last_token(earlier);
  const auto value_of_item = [&](std::size_t i) {
    return string_at(root, array_path + "/" + std::to_string(i) + "/" + field);
  };
  const std::optional<std::string> earlier_value = value_of_item(std::stoul(earlier_index));
  if (!value || !earlier_value || !invite_test::equal_ignoring_ascii_case(*value, *earlier_value)) {
    return "\"already at " + earlier + "\" holds another value";
  }
  for (std::size_t i = 0; i < std::stoul(earlier_index); ++i) {
    const std::optional<std::string> before = value_of_item(i);
    if (before && invite_test::is_valid_email(*before) && invite_test::equal_ignoring_ascii_case(*before, *value)) {
      return "\"already at " + earlier + "\" but item " + std::to_string(i) + " has the value first";
    }
  }
  return {};
}

/// Compares a verdict with its vector (Catch2 checks); returns whether the verdict and the
/// (code, path) errors agree.
inline bool check_verdict(const conformance_vector& vector, const verdict& said) {
  INFO("vector " << vector.name << (vector.ordered ? " (ordered)" : " (as a multiset)"));
  INFO("expected " << describe(vector.errors));
  INFO("actual " << describe_in_full(said));

  std::vector<code_and_path> expected = vector.errors;
  std::vector<code_and_path> actual;
  for (const invite::error& error : said.errors) {
    actual.emplace_back(std::string(invite::to_string(error.code)), error.path);
  }
  if (!vector.ordered) {
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
  }
  const bool agrees = said.valid == vector.valid && actual == expected;
  CHECK(agrees);

  for (const invite::error& error : said.errors) {
    INFO("error " << invite::to_string(error.code) << " at \"" << error.path << '"');
    CHECK(!error.message.empty());
    CHECK(error.offset <= vector.document.size());
    if (error.code == invite::error_code::invalid_json ||
        error.code == invite::error_code::payload_too_large) {
      CHECK(error.path.empty());
      CHECK(said.errors.size() == 1);
    }
    if (error.code == invite::error_code::payload_too_large) CHECK(error.offset == 0);
    // The offset and the "at byte N" of the message, each held to the independent oracle.
    if (error.code == invite::error_code::invalid_json) {
      CHECK(invite_test::misplaced_invalid_json(error, vector.document) == "");
    }
    CHECK(unnamed_place(error, vector.document) == "");
    if (error.code == invite::error_code::duplicate_value) CHECK(misplaced_earlier_item(error, vector.document) == "");
  }
  return agrees;
}

inline void print_failures(std::string_view how, const std::vector<std::string>& failed) {
  if (failed.empty()) return;
  std::cout << failed.size() << " conformance vectors disagree (" << how << "):\n";
  for (const auto& name : failed) std::cout << "  " << name << '\n';
}

} // namespace conformance

#endif // INVITE_TESTS_CONFORMANCE_CONFORMANCE_VECTORS_HPP_INCLUDED
