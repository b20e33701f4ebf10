// JSONTestSuite (nst/JSONTestSuite, test_parsing/): every file through both parsers, at the
// root and embedded where only well-formedness is checked (an unknown field's value, an array
// item past the 500th), so that skipped values are held to RFC 8259 as strictly as read ones.
// Every invalid_json is placed where the independent oracle says the text stops being JSON.

#include <invite_test/error_listing.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/jsontestsuite_files.hpp>
#include <invite_test/result_invariants.hpp>

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace {

using invite::error_code;
using invite_test::codes_and_paths;
using invite_test::describe_errors;
using invite_test::is_well_formed_json;
using invite_test::suite_file;

enum class verdict { well_formed, ill_formed };

// What we do with each implementation-defined (i_) file, and why.
struct implementation_choice {
  std::string_view file;
  verdict ours;
  std::string_view why;
};

constexpr std::string_view magnitude = "docs/contract.md: a number's magnitude never makes it ill-formed";
constexpr std::string_view lone_surrogate =
    "docs/contract.md: escapes must be valid UTF-16; a lone or unpaired surrogate is invalid_json";
constexpr std::string_view not_utf8 =
    "RFC 8259 section 8.1 and docs/contract.md: the text must be UTF-8; these bytes are not";

// clang-format off
constexpr implementation_choice implementation_choices[] = {
  {"i_number_double_huge_neg_exp.json",      verdict::well_formed, magnitude},
  {"i_number_huge_exp.json",                 verdict::well_formed, magnitude},
  {"i_number_neg_int_huge_exp.json",         verdict::well_formed, magnitude},
  {"i_number_pos_double_huge_exp.json",      verdict::well_formed, magnitude},
  {"i_number_real_neg_overflow.json",        verdict::well_formed, magnitude},
  {"i_number_real_pos_overflow.json",        verdict::well_formed, magnitude},
  {"i_number_real_underflow.json",           verdict::well_formed, magnitude},
  {"i_number_too_big_neg_int.json",          verdict::well_formed, magnitude},
  {"i_number_too_big_pos_int.json",          verdict::well_formed, magnitude},
  {"i_number_very_big_negative_int.json",    verdict::well_formed, magnitude},
  {"i_object_key_lone_2nd_surrogate.json",   verdict::ill_formed,  lone_surrogate}, // keys too
  {"i_string_1st_surrogate_but_2nd_missing.json",         verdict::ill_formed, lone_surrogate},
  {"i_string_1st_valid_surrogate_2nd_invalid.json",       verdict::ill_formed, lone_surrogate},
  {"i_string_UTF-16LE_with_BOM.json",        verdict::ill_formed,
   "docs/contract.md: UTF-8 only, and a leading byte-order mark is invalid_json"},
  {"i_string_UTF-8_invalid_sequence.json",   verdict::ill_formed,  not_utf8},
  {"i_string_UTF8_surrogate_U+D800.json",    verdict::ill_formed,
   "a surrogate encoded as UTF-8 bytes (ED A0 80) is not UTF-8 (Unicode table 3-7)"},
  {"i_string_incomplete_surrogate_and_escape_valid.json", verdict::ill_formed, lone_surrogate},
  {"i_string_incomplete_surrogate_pair.json",             verdict::ill_formed, lone_surrogate},
  {"i_string_incomplete_surrogates_escape_valid.json",    verdict::ill_formed, lone_surrogate},
  {"i_string_invalid_lonely_surrogate.json", verdict::ill_formed,  lone_surrogate},
  {"i_string_invalid_surrogate.json",        verdict::ill_formed,  lone_surrogate},
  {"i_string_invalid_utf-8.json",            verdict::ill_formed,  not_utf8},
  {"i_string_inverted_surrogates_U+1D11E.json", verdict::ill_formed, lone_surrogate},
  {"i_string_iso_latin_1.json",              verdict::ill_formed,  not_utf8},
  {"i_string_lone_second_surrogate.json",    verdict::ill_formed,  lone_surrogate},
  {"i_string_lone_utf8_continuation_byte.json", verdict::ill_formed, not_utf8},
  {"i_string_not_in_unicode_range.json",     verdict::ill_formed,
   "F4 BF BF BF would be above U+10FFFF: not UTF-8"},
  {"i_string_overlong_sequence_2_bytes.json", verdict::ill_formed,
   "overlong forms are not UTF-8 (Unicode table 3-7)"},
  {"i_string_overlong_sequence_6_bytes.json", verdict::ill_formed,
   "five- and six-byte forms are not UTF-8"},
  {"i_string_overlong_sequence_6_bytes_null.json", verdict::ill_formed,
   "five- and six-byte forms are not UTF-8"},
  {"i_string_truncated-utf-8.json",          verdict::ill_formed,  not_utf8},
  {"i_string_utf16BE_no_BOM.json",           verdict::ill_formed,
   "UTF-16 is not accepted: docs/contract.md says UTF-8 (its NUL bytes are not JSON)"},
  {"i_string_utf16LE_no_BOM.json",           verdict::ill_formed,
   "UTF-16 is not accepted: docs/contract.md says UTF-8 (its NUL bytes are not JSON)"},
  {"i_structure_500_nested_arrays.json",     verdict::well_formed,
   "500 levels are within the contract's limit of 1024"},
  {"i_structure_UTF-8_BOM_empty_object.json", verdict::ill_formed,
   "docs/contract.md: a leading byte-order mark is invalid_json"},
};
// clang-format on

const implementation_choice* find_choice(std::string_view file) {
  for (const auto& choice : implementation_choices) {
    if (choice.file == file) {
      return &choice;
    }
  }
  return nullptr;
}

const std::vector<suite_file>& suite() {
  static const std::vector<suite_file> files =
      invite_test::read_suite_files(INVITE_JSONTESTSUITE_DIR);
  return files;
}

// The verdict the contract gives a file: y_ and n_ by the suite, i_ by our table.
verdict expected_verdict(const suite_file& file) {
  if (file.kind() == 'i') {
    const implementation_choice* choice = find_choice(file.name);
    return choice != nullptr ? choice->ours : verdict::ill_formed;
  }
  return file.kind() == 'y' ? verdict::well_formed : verdict::ill_formed;
}

template <class Result>
bool has_invalid_json(const Result& parsed) {
  return std::any_of(parsed.errors().begin(), parsed.errors().end(),
                     [](const invite::error& e) { return e.code == error_code::invalid_json; });
}

// An ill-formed body gets one error, invalid_json at "", and nothing else.
template <class Result>
void check_rejected_as_ill_formed(const Result& parsed, std::string_view document) {
  INFO(describe_errors(parsed.errors()));
  CHECK_FALSE(parsed.ok());
  REQUIRE(codes_and_paths(parsed.errors()) == "invalid_json@");
  CHECK(invite_test::misplaced_invalid_json(parsed.errors()[0], document) == "");
}

template <class Result>
void check_well_formed_verdict(const Result& parsed) {
  INFO(describe_errors(parsed.errors()));
  CHECK_FALSE(has_invalid_json(parsed));
}

const std::string valid_candidate = R"({"name":"Ann Lee","email":"ann@example.com"})";
const std::string valid_request_members =
    R"("assessment_id":7,"invite_format":"getlink","candidates":[)" + valid_candidate + "]";
const std::string valid_invitation =
    R"({"name":"Ann Lee","email":"ann@example.com","report_id":1,"candidate_id":2,)"
    R"("assessment_id":3,"invite_link":"https://x.io/r/1","status":"sent"})";

// A well-formed document is valid wherever nothing but well-formedness is checked.
template <class Result>
void check_embedded(const std::string& document, bool well_formed, const Result& parsed,
                    std::string_view expected_when_well_formed = "") {
  INFO("embedded as " << document.substr(0, 300));
  REQUIRE(is_well_formed_json(document) == well_formed); // the embedding itself is sound
  if (well_formed) {
    INFO(describe_errors(parsed.errors()));
    CHECK(codes_and_paths(parsed.errors()) == expected_when_well_formed);
  } else {
    check_rejected_as_ill_formed(parsed, document);
  }
}

std::string first_token_of(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos ? std::string() : std::string(text.substr(first, 1));
}

} // namespace

TEST_CASE("JSONTestSuite is all there and every i_ file has a written decision",
          "[robustness][jsontestsuite]") {
  std::size_t yes = 0, no = 0, implementation = 0;
  for (const auto& file : suite()) {
    yes += file.kind() == 'y';
    no += file.kind() == 'n';
    if (file.kind() == 'i') {
      ++implementation;
      INFO(file.name);
      CHECK(find_choice(file.name) != nullptr);
    }
  }
  CHECK(yes == 95);
  CHECK(no == 188);
  CHECK(implementation == 35);
  CHECK(std::size(implementation_choices) == implementation);
  for (const auto& choice : implementation_choices) {
    INFO(choice.file);
    CHECK(std::any_of(suite().begin(), suite().end(),
                      [&](const suite_file& file) { return file.name == choice.file; }));
    CHECK_FALSE(choice.why.empty());
  }
}

TEST_CASE("the oracle agrees with every i_ decision", "[robustness][jsontestsuite][oracle]") {
  for (const auto& file : suite()) {
    if (file.kind() == 'i') {
      INFO(file.name);
      CHECK(is_well_formed_json(file.contents) == (expected_verdict(file) == verdict::well_formed));
    }
  }
}

TEST_CASE("JSONTestSuite documents at the root of a request and a response",
          "[robustness][jsontestsuite]") {
  for (const auto& file : suite()) {
    INFO(file.name);
    const auto as_request = invite::parse_request(file.contents);
    const auto as_response = invite::parse_response(file.contents);
    if (expected_verdict(file) == verdict::ill_formed) {
      check_rejected_as_ill_formed(as_request, file.contents);
      check_rejected_as_ill_formed(as_response, file.contents);
      continue;
    }
    check_well_formed_verdict(as_request);
    check_well_formed_verdict(as_response);
    // None of the suite's documents is a valid request or response.
    CHECK_FALSE(as_request.ok());
    CHECK_FALSE(as_response.ok());
    if (first_token_of(file.contents) != "{") {
      // Briefing policy: a well-formed root that is not an object is one type_mismatch at "".
      CHECK(codes_and_paths(as_request.errors()) == "type_mismatch@");
      CHECK(codes_and_paths(as_response.errors()) == "type_mismatch@");
    }
  }
}

TEST_CASE("JSONTestSuite documents as the value of an unknown field",
          "[robustness][jsontestsuite]") {
  invite::parse_options allow_unknown;
  allow_unknown.allow_unknown_fields = true;
  for (const auto& file : suite()) {
    INFO(file.name);
    const bool well_formed = expected_verdict(file) == verdict::well_formed;

    const std::string last = "{" + valid_request_members + ",\"x\": " + file.contents + "}";
    check_embedded(last, well_formed, invite::parse_request(last, allow_unknown));
    // Strictly, the same document has one unknown field and nothing else to complain about.
    check_embedded(last, well_formed, invite::parse_request(last), "unknown_field@/x");

    const std::string first = "{\"x\":" + file.contents + " ," + valid_request_members + "}";
    check_embedded(first, well_formed, invite::parse_request(first, allow_unknown));

    const std::string in_item =
        R"({"invites":[{"x":)" + file.contents + "," + valid_invitation.substr(1) + "]}";
    check_embedded(in_item, well_formed, invite::parse_response(in_item, allow_unknown));
  }
}

TEST_CASE("JSONTestSuite documents as an array item past the 500th",
          "[robustness][jsontestsuite]") {
  std::string five_hundred_candidates;
  for (int i = 0; i < 500; ++i) {
    five_hundred_candidates += R"({"name":"N","email":"c)" + std::to_string(i) + R"(@x.io"},)";
  }
  for (const auto& file : suite()) {
    INFO(file.name);
    const bool well_formed = expected_verdict(file) == verdict::well_formed;
    const std::string document = R"({"assessment_id":1,"invite_format":"sendlink","candidates":[)" +
                                 five_hundred_candidates + file.contents + "]}";
    // Items past the 500th are not checked, so the too_long of the array is the only error.
    check_embedded(document, well_formed, invite::parse_request(document), "too_long@/candidates");
  }
}
