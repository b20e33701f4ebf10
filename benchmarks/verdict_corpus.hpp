#ifndef INVITE_BENCHMARKS_VERDICT_CORPUS_HPP_INCLUDED
#define INVITE_BENCHMARKS_VERDICT_CORPUS_HPP_INCLUDED

// Requests that break the contract one way or a few ways at a time, from docs/contract.md's tables
// and fine points. Before timing, the library and the hand-written parser must report the same
// errors on each (code, path, offset), and every other contender the same verdict; a
// disagreement is printed, since it means either the library or a reference is wrong.

#include <invite_test/benchmark_documents.hpp>
#include <invite_test/document_builders.hpp>

#include <cctype>
#include <string>
#include <vector>

namespace invite_test {

struct corpus_document {
  std::string name;
  std::string json;
  bool has_duplicate_keys = false; // only contenders that keep both keys can judge it
};

namespace corpus_detail {

// `members` (JSON text) before the candidates, and one valid candidate.
inline std::string request_with_members(const std::string& members) {
  return request_with_candidates(candidate_json(R"("A")", R"("a@b.c")"), members + ",");
}

inline std::string many_candidates(std::size_t count) {
  std::string items;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) items += ',';
    items += candidate_json("\"N" + std::to_string(i) + "\"", "\"p" + std::to_string(i) + "@x.io\"");
  }
  return items;
}

} // namespace corpus_detail

inline std::vector<corpus_document> make_verdict_corpus() {
  using namespace corpus_detail;
  const std::string one = candidate_json(R"("A")", R"("a@b.c")");
  std::vector<corpus_document> corpus = {
      {"valid_minimal", request_with_candidates(one)},
      {"root_array", "[1,2]"},
      {"root_string", R"("x")"},
      {"root_number", "5"},
      {"root_null", " null "},
      {"empty", ""},
      {"only_whitespace", "  \n"},
      {"truncated", R"({"assessment_id":1)"},
      {"trailing_garbage", request_with_candidates(one) + " x"},
      {"two_roots", request_with_candidates(one) + "{}"},
      {"byte_order_mark", "\xEF\xBB\xBF" + request_with_candidates(one)},
      {"invalid_utf8", request_with_candidates(candidate_json("\"A\xC3\"", R"("a@b.c")"))},
      {"raw_control_in_string", request_with_candidates(candidate_json("\"A\x01\"", R"("a@b.c")"))},
      {"id_zero", R"({"assessment_id":0,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_negative", R"({"assessment_id":-4,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_minus_zero", R"({"assessment_id":-0,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_fraction", R"({"assessment_id":12.0,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_exponent", R"({"assessment_id":1e3,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_huge_exponent", R"({"assessment_id":1e400,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_string", R"({"assessment_id":"12","invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_null", R"({"assessment_id":null,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_max", R"({"assessment_id":9223372036854775807,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_max_plus_one", R"({"assessment_id":9223372036854775808,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_1000_digits", R"({"assessment_id":)" + repeat("9", 1000) + R"(,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_leading_zero", R"({"assessment_id":012,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"id_twice", R"({"assessment_id":1,"assessment_id":2,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})", true},
      {"id_mistyped_then_again", R"({"assessment_id":"x","assessment_id":5,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})", true},
      {"format_upper", R"({"assessment_id":7,"invite_format":"GETLINK","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"format_number", R"({"assessment_id":7,"invite_format":5,"candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"format_escaped", R"({"assessment_id":7,"invite_format":"send\u006cink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"format_missing", R"({"assessment_id":7,"candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"everything_missing", "{}"},
      {"expiry_null", request_with_members(R"("expiry_date":null)")},
      {"expiry_leap_day", request_with_members(R"("expiry_date":"2024-02-29 23:59")")},
      {"expiry_year_zero_leap_day", request_with_members(R"("expiry_date":"0000-02-29 00:00")")},
      {"expiry_not_leap", request_with_members(R"("expiry_date":"2023-02-29 10:00")")},
      {"expiry_with_t", request_with_members(R"("expiry_date":"2024-01-01T10:00")")},
      {"expiry_with_seconds", request_with_members(R"("expiry_date":"2024-01-01 10:00:00")")},
      {"expiry_hour_24", request_with_members(R"("expiry_date":"2024-01-01 24:00")")},
      {"expiry_number", request_with_members(R"("expiry_date":20240101)")},
      {"expiry_object", request_with_members(R"("expiry_date":{"a":[1,{"b":null}]})")},
      {"candidates_empty", request_with_candidates("")},
      {"candidates_object", R"({"assessment_id":7,"invite_format":"getlink","candidates":{}})"},
      {"candidates_string", R"({"assessment_id":7,"invite_format":"getlink","candidates":"A"})"},
      {"candidates_500", request_with_candidates(many_candidates(500))},
      {"candidates_501", request_with_candidates(many_candidates(501))},
      {"candidates_502_bad_past_500", request_with_candidates(many_candidates(501) + R"(,{"name":5})")},
      {"candidates_501_bad_inside", request_with_candidates(R"({"name":""},)" + many_candidates(500))},
      {"item_string", request_with_candidates(R"("A")")},
      {"item_null_then_valid", request_with_candidates("null," + one)},
      {"item_empty_object", request_with_candidates("{}")},
      {"name_and_alias", request_with_candidates(R"({"name":"A","candidate_name":"B","email":"a@b.c"})")},
      {"alias_and_name", request_with_candidates(R"({"candidate_name":"A","email":"a@b.c","name":"B"})")},
      {"email_and_alias", request_with_candidates(R"({"name":"A","candidate_email":"a@b.c","email":"x"})")},
      {"alias_names_mixed", request_with_candidates(R"({"candidate_name":"A","email":"a@b.c"})")},
      {"name_twice", request_with_candidates(R"({"name":"A","name":"B","email":"a@b.c"})"), true},
      {"alias_twice", request_with_candidates(R"({"candidate_name":"A","candidate_name":5,"email":"a@b.c"})"), true},
      {"name_alias_name", request_with_candidates(R"({"name":"A","candidate_name":"B","name":"C","email":"a@b.c"})"), true},
      {"mistyped_name_then_alias", request_with_candidates(R"({"name":5,"candidate_name":"B","email":"a@b.c"})")},
      {"unknown_root", request_with_members(R"("extra":[1,"x",{"y":null}])")},
      {"unknown_item", request_with_candidates(R"({"name":"A","email":"a@b.c","age":30})")},
      {"unknown_root_twice", request_with_members(R"("extra":1,"extra":2)"), true},
      {"unknown_item_twice", request_with_candidates(R"({"name":"A","x":1,"email":"a@b.c","x":2})"), true},
      {"unknown_key_escaping", request_with_members(R"("a/b~c":1)")},
      {"unknown_key_escaped_spelling", request_with_members(R"("\u0061\/b":1)")},
      {"unknown_value_with_repeated_keys", request_with_members(R"("x":{"k":1,"k":2})")},
      {"unknown_value_bad_number", request_with_members(R"("x":[01])")},
      {"unknown_value_bad_literal", request_with_members(R"("x":tru)")},
      {"unknown_value_lone_surrogate", request_with_members(R"("x":"\ud800")")},
      {"unknown_value_huge_number", request_with_members(R"("x":1e400)")},
      {"unknown_depth_1024", request_with_members("\"deep\":" + repeat("[", 1023) + repeat("]", 1023))},
      {"unknown_depth_1025", request_with_members("\"deep\":" + repeat("[", 1024) + repeat("]", 1024))},
      {"escaped_keys", request_with_candidates(R"({"n\u0061me":"A","candidate\u005femail":"a@b.c"})")},
      {"name_empty", request_with_candidates(candidate_json(R"("")", R"("a@b.c")"))},
      {"name_spaces", request_with_candidates(candidate_json(R"("   ")", R"("a@b.c")"))},
      {"name_single_space_escaped", request_with_candidates(candidate_json(R"("\u0020")", R"("a@b.c")"))},
      {"name_tab", request_with_candidates(candidate_json(R"("\t")", R"("a@b.c")"))},
      {"name_nul", request_with_candidates(candidate_json(R"("A\u0000B")", R"("a@b.c")"))},
      {"name_del", request_with_candidates(candidate_json(R"("A\u007f")", R"("a@b.c")"))},
      {"name_c1_control_is_fine", request_with_candidates(candidate_json(R"("A\u0085")", R"("a@b.c")"))},
      {"name_255_code_points", request_with_candidates(candidate_json("\"" + repeat("\xC3\xA9", 255) + "\"", R"("a@b.c")"))},
      {"name_256_code_points", request_with_candidates(candidate_json("\"" + repeat("\xC3\xA9", 256) + "\"", R"("a@b.c")"))},
      {"name_300_spaces", request_with_candidates(candidate_json("\"" + repeat(" ", 300) + "\"", R"("a@b.c")"))},
      {"name_300_with_tab", request_with_candidates(candidate_json("\"" + repeat("x", 299) + "\\t\"", R"("a@b.c")"))},
      {"name_surrogate_pair", request_with_candidates(candidate_json(R"("\uD83D\uDE42")", R"("a@b.c")"))},
      {"name_lone_low_surrogate", request_with_candidates(candidate_json(R"("\udc00")", R"("a@b.c")"))},
      {"name_bad_escape", request_with_candidates(candidate_json(R"("\x")", R"("a@b.c")"))},
      {"name_number", request_with_candidates(candidate_json("5", R"("a@b.c")"))},
      {"name_null", request_with_candidates(candidate_json("null", R"("a@b.c")"))},
      {"name_array", request_with_candidates(candidate_json(R"(["A"])", R"("a@b.c")"))},
      {"email_no_domain", request_with_candidates(candidate_json(R"("A")", R"("a@")"))},
      {"email_no_at", request_with_candidates(candidate_json(R"("A")", R"("ab.c")"))},
      {"email_label_hyphen_end", request_with_candidates(candidate_json(R"("A")", R"("a@b-.c")"))},
      {"email_dots_in_local", request_with_candidates(candidate_json(R"("A")", R"(".a..b.@c")"))},
      {"email_local_65", request_with_candidates(candidate_json(R"("A")", "\"" + repeat("a", 65) + "@b.c\""))},
      {"email_local_64", request_with_candidates(candidate_json(R"("A")", "\"" + repeat("a", 64) + "@b.c\""))},
      {"email_non_ascii", request_with_candidates(candidate_json(R"("A")", "\"\xC3\xA9@b.c\""))},
      {"email_escaped_at", request_with_candidates(candidate_json(R"("A")", R"("a\u0040b.c")"))},
      {"email_number", request_with_candidates(candidate_json(R"("A")", "5"))},
      {"email_duplicate_case", request_with_candidates(one + "," + candidate_json(R"("B")", R"("A@B.C")"))},
      {"email_duplicate_alias", request_with_candidates(one + R"(,{"candidate_email":"a@b.c","name":"B"})")},
      {"email_duplicate_three", request_with_candidates(one + "," + one + "," + one)},
      {"email_duplicate_of_invalid", request_with_candidates(candidate_json(R"("A")", R"("bad")") + "," + candidate_json(R"("B")", R"("bad")"))},
      {"email_duplicate_after_missing", request_with_candidates(R"({"name":"A"},)" + one + "," + one)},
      {"string_then_colon_in_unknown_array", request_with_members(R"("x":["k":1}])")},
      {"string_then_colon_as_format", R"({"assessment_id":7,"invite_format":"getlink":1,"candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"number_then_colon_as_id", R"({"assessment_id":7:1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.c"}]})"},
      {"string_then_colon_as_name", request_with_candidates(R"({"name":"A":"B","email":"a@b.c"})")},
      {"string_then_colon_as_item", request_with_candidates(R"("A":1})")},
      {"null_then_colon_as_expiry", request_with_members(R"("expiry_date":null:1)")},
      {"many_errors_in_order", request_with_candidates(R"({"email":5,"x":1},{"name":"","candidate_name":"B"},"z",{"name":"\t","email":"a@"})")},
      {"many_errors_root", R"({"x":1,"assessment_id":0,"invite_format":"x","expiry_date":"x","candidates":[]})"},
  };

  // The large benchmark document with one e-mail repeated, under an alias, in another case.
  invite::request large = benchmark_request_500();
  std::string repeated_email = large.candidates[3].email;
  for (char& c : repeated_email) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  large.candidates[11].email = repeated_email;
  large.candidates[41].name = "   ";
  corpus.push_back({"large_with_duplicate_and_blank", realistic(0).spell(large)});
  return corpus;
}

} // namespace invite_test

#endif // INVITE_BENCHMARKS_VERDICT_CORPUS_HPP_INCLUDED
