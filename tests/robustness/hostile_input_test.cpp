// Damaged, oversized and deliberately nasty documents. Each expectation is docs/contract.md's written
// policy for that input; where a verdict is only "well-formed or not", the
// independent oracle decides and the library must agree with it, on where the text stops being
// JSON too. Every document goes through both ways in: a std::string_view, and a
// simdjson::padded_string_view whose padding holds the bytes most likely to mislead a reader.

#include <invite_test/document_builders.hpp>
#include <invite_test/error_listing.hpp>
#include <invite_test/input_copies.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/result_invariants.hpp>
#include <invite_test/utf8.hpp>

#include <invite/invite.hpp>
#include <invite/testing/random_source.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using invite::error_code;
using invite::parse_options;
using invite_test::codes_and_paths;
using invite_test::describe_errors;
using invite_test::is_well_formed_json;
using invite_test::json_stop;
using invite_test::misplaced_invalid_json;
using invite_test::nested_arrays;
using invite_test::nested_objects;

parse_options allowing_unknown_fields() {
  parse_options options;
  options.allow_unknown_fields = true;
  return options;
}

parse_options with_max_bytes(std::size_t max_bytes, bool allow_unknown = false) {
  parse_options options;
  options.max_bytes = max_bytes;
  options.allow_unknown_fields = allow_unknown;
  return options;
}

// Escapes, aliases, an expiry and several candidates, compact.
const std::string compact_request =
    R"({"assessment_id":9223372036854775807,"invite_format":"sendl\u0069nk",)"
    R"("expiry_date":"2024-02-29 23:59","candidates":[)"
    R"({"name":"Zo\u00eb \"Z\" O'Neil","email":"zoe@example.com"},)"
    R"({"candidate_name":"\u6771\u4eac \ud83d\ude00 \/ \\","candidate_email":"A.B+c@Sub.Example.org"},)"
    R"({"email":"x!#$%&'*+/=?^_`{|}~-@h","name":" T\u00e9a\u0080 "}]})";

// The same shape, pretty and with trailing whitespace: some of its prefixes are well-formed.
const std::string pretty_response = "{\n  \"invites\": [\n    {\n      \"name\": \"Ann\",\n"
                                    "      \"email\": \"ann@example.com\",\n"
                                    "      \"report_id\": 1,\n      \"candidate_id\": 22,\n"
                                    "      \"assessment_id\": 333,\n"
                                    "      \"invite_link\": \"HTTPS://x.io/r?a=1#f\",\n"
                                    "      \"status\": \"\\u0000 \"\n    }\n  ]\n}\n \t\r\n";

// Unknown fields of every JSON type, parsed with unknown fields allowed: damage inside the
// skipped values must be found as surely as damage in read ones.
const std::string request_with_unknown_fields =
    R"({"meta":{"tags":["a","\u00e9\ud834\udd1e",[],{}],"n":-0.5e-7,"big":123456789012345678901234567890,)"
    R"("flags":[true,false,null],"deep":[[[{"k":[1,2,{"x":"y"}]}]]],"esc":"\"\\\/\b\f\n\r\t\u001f"},)"
    R"("assessment_id":42,"invite_format":"getlink","expiry_date":null,)"
    R"("candidates":[{"name":"Ann \u00c5","email":"ann@x.io","extra":[1E+2,0,-1,"\u2028"]}],)"
    R"("z":"\u00e9\u20ac\ud83d\ude00 raw: é€😀"})";

// An ill-formed body is one invalid_json at "", where the oracle says the text stops being JSON.
template <class Result>
void require_single_invalid_json(const Result& parsed, std::string_view document) {
  INFO(describe_errors(parsed.errors()));
  REQUIRE_FALSE(parsed.ok());
  REQUIRE(codes_and_paths(parsed.errors()) == "invalid_json@");
  CHECK(misplaced_invalid_json(parsed.errors()[0], document) == "");
}

template <class Result>
bool reports_invalid_json(const Result& parsed) {
  return std::any_of(parsed.errors().begin(), parsed.errors().end(),
                     [](const invite::error& e) { return e.code == error_code::invalid_json; });
}

enum class body { request, response };

// "" when the library's verdict on `document` is the oracle's (ill-formed: exactly one error,
// invalid_json at "", placed where the oracle says; well-formed: no invalid_json), and the
// padded input gets the same answer as the string_view; else what went wrong.
template <class T>
std::string disagreement(const std::string& document, const std::optional<json_stop>& stop,
                         const invite::result<T>& parsed, const invite::result<T>& padded) {
  const std::string found = codes_and_paths(parsed.errors());
  const bool well_formed = !stop.has_value();
  std::string wrong;
  if (well_formed ? reports_invalid_json(parsed) : found != "invalid_json@") {
    wrong = "oracle: " + std::string(well_formed ? "well-formed" : "ill-formed") + ", library: [" + found + "]";
  } else if (!well_formed) {
    wrong = misplaced_invalid_json(parsed.errors()[0], document);
  }
  if (wrong.empty() && !invite_test::same_outcome(parsed, padded)) {
    wrong = "padded input: [" + describe_errors(padded.errors()) + "], string_view: [" + describe_errors(parsed.errors()) + "]";
  }
  return wrong.empty() ? wrong : wrong + ", document: " + document;
}

template <class T>
invite::result<T> parse_padded(const std::string& document, const parse_options& options) {
  static invite_test::padded_copy padded(invite_test::padding_fill::hostile);
  static invite::parser parser;
  invite::result<T> out;
  parser.parse(padded.copy(document), out, options);
  return out;
}

std::string verdict_disagreement(const std::string& document, body kind,
                                 const parse_options& options) {
  const std::optional<json_stop> stop = invite_test::where_json_stops(document);
  return kind == body::request
             ? disagreement(document, stop, invite::parse_request(document, options),
                            parse_padded<invite::request>(document, options))
             : disagreement(document, stop, invite::parse_response(document, options),
                            parse_padded<invite::response>(document, options));
}

// Collects the disagreements of many documents and reports a few of them, not the first alone.
class disagreement_log {
public:
  void add(std::string what) {
    if (!what.empty()) {
      if (++count_ <= 5) {
        examples_ += "\n" + what;
      }
    }
  }

  void check() const {
    INFO(count_ << " disagreements; the first ones:" << examples_);
    CHECK(count_ == 0);
  }

private:
  std::size_t count_ = 0;
  std::string examples_;
};

struct sample_document {
  const std::string* text;
  body kind;
  parse_options options;
};

std::vector<sample_document> sample_documents() {
  return {{&compact_request, body::request, {}},
          {&pretty_response, body::response, {}},
          {&request_with_unknown_fields, body::request, allowing_unknown_fields()}};
}

// Two valid request members and the candidates, without the closing brace.
const std::string valid_request_start =
    R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"Ann","email":"ann@x.io"}])";

std::string request_with_name(std::string_view name_json) {
  return R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":)" +
         std::string(name_json) + R"(,"email":"ann@x.io"}]})";
}

std::string response_with_status(std::string_view status_json) {
  return R"({"invites":[{"name":"Ann","email":"ann@x.io","report_id":1,"candidate_id":2,)"
         R"("assessment_id":3,"invite_link":"http://x.io","status":)" +
         std::string(status_json) + "}]}";
}

std::string request_with_id(std::string_view id_json) {
  return R"({"assessment_id":)" + std::string(id_json) +
         R"(,"invite_format":"getlink","candidates":[{"name":"Ann","email":"ann@x.io"}]})";
}

std::string hex_bytes(std::string_view bytes) {
  std::string hex;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    hex += "0123456789ABCDEF"[byte >> 4];
    hex += "0123456789ABCDEF"[byte & 0xF];
    hex += ' ';
  }
  return hex;
}

} // namespace

TEST_CASE("the sample documents are valid as they stand", "[robustness][hostile]") {
  for (const auto& sample : sample_documents()) {
    INFO(*sample.text);
    REQUIRE(is_well_formed_json(*sample.text));
    if (sample.kind == body::request) {
      const auto parsed = invite::parse_request(*sample.text, sample.options);
      INFO(describe_errors(parsed.errors()));
      CHECK(parsed.ok());
    } else {
      const auto parsed = invite::parse_response(*sample.text, sample.options);
      INFO(describe_errors(parsed.errors()));
      CHECK(parsed.ok());
    }
  }
}

TEST_CASE("every truncation of a document is ill-formed unless the oracle says otherwise",
          "[robustness][hostile]") {
  std::size_t well_formed_prefixes = 0, cut_between_tokens = 0, cut_inside_a_token = 0;
  disagreement_log log;
  for (const auto& sample : sample_documents()) {
    for (std::size_t length = 0; length < sample.text->size(); ++length) {
      const std::string prefix = sample.text->substr(0, length);
      const std::optional<json_stop> stop = invite_test::where_json_stops(prefix);
      well_formed_prefixes += !stop;
      log.add(verdict_disagreement(prefix, sample.kind, sample.options));
      if (!stop) {
        continue;
      }
      // Nothing in a prefix of a valid document is broken: it stops at its end, and the error is
      // there unless the cut splits a number, literal, escape or UTF-8 sequence.
      REQUIRE(stop->stop == length);
      const auto parsed = invite::parse_request(prefix, sample.options);
      if (parsed.errors().empty()) {
        continue; // the disagreement is logged above
      }
      if (stop->broken_token_start == length) {
        ++cut_between_tokens;
        if (parsed.errors()[0].offset != length) {
          log.add("cut after " + std::to_string(length) + " bytes, the error is at byte " +
                  std::to_string(parsed.errors()[0].offset) + ": " + prefix);
        }
      } else {
        ++cut_inside_a_token;
      }
    }
  }
  log.check();
  // Only the pretty response has well-formed prefixes: its five trailing whitespace bytes cut short.
  CHECK(well_formed_prefixes == 5);
  CHECK(cut_between_tokens > 500);
  CHECK(cut_inside_a_token > 100);
}

TEST_CASE("deleting any one byte: the library's verdict is the oracle's",
          "[robustness][hostile]") {
  disagreement_log log;
  for (const auto& sample : sample_documents()) {
    for (std::size_t at = 0; at < sample.text->size(); ++at) {
      std::string damaged = *sample.text;
      damaged.erase(at, 1);
      log.add(verdict_disagreement(damaged, sample.kind, sample.options));
    }
  }
  log.check();
}

TEST_CASE("substituting one byte (5,000 seeded samples): the library's verdict is the oracle's",
          "[robustness][hostile]") {
  // Half of the replacements come from bytes that matter to the grammar or to UTF-8.
  const std::string interesting = std::string("{}[],:\"\\/0123456789-+.eEtrufalsn \t\r\n\f") +
                                  std::string("\x00\x01\x1f\x7f\x80\xbf\xc0\xc1\xc2\xdf\xe0\xed"
                                              "\xef\xf0\xf4\xf5\xfe\xff",
                                              18);
  invite::testing::random_source random(0xB17E5);
  const auto samples = sample_documents();
  std::size_t ill_formed = 0, well_formed = 0;
  disagreement_log log;
  for (int round = 0; round < 5000; ++round) {
    const auto& sample = samples[random.index(samples.size())];
    std::string damaged = *sample.text;
    const std::size_t at = random.index(damaged.size());
    const char replacement = random.coin() ? random.pick(interesting)
                                           : static_cast<char>(random.below(256));
    if (damaged[at] == replacement) {
      continue;
    }
    damaged[at] = replacement;
    (is_well_formed_json(damaged) ? well_formed : ill_formed) += 1;
    log.add(verdict_disagreement(damaged, sample.kind, sample.options));
  }
  log.check();
  // Both verdicts must come up often, or the sample says little.
  CHECK(ill_formed > 1000);
  CHECK(well_formed > 500);
}

TEST_CASE("10,000 levels of nesting are ill-formed wherever they are", "[robustness][hostile]") {
  for (const std::string& deep :
       {nested_arrays(10000), nested_objects(10000), std::string(10000, '['),
        std::string(10000, '{') }) {
    const std::string document = valid_request_start + ",\"x\":" + deep + "}";
    for (const bool allow : {false, true}) {
      INFO("unknown fields allowed: " << allow);
      parse_options options;
      options.allow_unknown_fields = allow;
      require_single_invalid_json(invite::parse_request(document, options), document);
    }
    require_single_invalid_json(invite::parse_request(deep), deep);
    require_single_invalid_json(invite::parse_response(deep), deep);
  }
}

TEST_CASE("1,024 levels of nesting are well-formed and 1,025 are not", "[robustness][hostile]") {
  // The root object is the first level, so 1,023 arrays in a field reach exactly 1,024.
  for (const bool use_objects : {false, true}) {
    const auto nest = [&](std::size_t depth) {
      return use_objects ? nested_objects(depth) : nested_arrays(depth);
    };
    INFO((use_objects ? "objects" : "arrays"));
    const std::string at_limit = valid_request_start + ",\"x\":" + nest(1023) + "}";
    const std::string over_limit = valid_request_start + ",\"x\":" + nest(1024) + "}";
    CHECK(invite::parse_request(at_limit, allowing_unknown_fields()).ok());
    CHECK(codes_and_paths(invite::parse_request(at_limit).errors()) == "unknown_field@/x");
    require_single_invalid_json(invite::parse_request(over_limit, allowing_unknown_fields()),
                                over_limit);
    require_single_invalid_json(invite::parse_request(over_limit), over_limit);

    // Inside a candidate: root, candidates array and the item are three levels already.
    const std::string in_item_at_limit =
        R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"Ann","email":"a@x.io","x":)" +
        nest(1021) + "}]}";
    const std::string in_item_over_limit =
        R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"Ann","email":"a@x.io","x":)" +
        nest(1022) + "}]}";
    CHECK(invite::parse_request(in_item_at_limit, allowing_unknown_fields()).ok());
    require_single_invalid_json(invite::parse_request(in_item_over_limit, allowing_unknown_fields()),
                                in_item_over_limit);

    // A well-formed root that is not an object is a type_mismatch; one level more is not JSON.
    const std::string root_at_limit = nest(1024);
    const std::string root_over_limit = nest(1025);
    if (use_objects) {
      // A root object: its unknown key, then what it lacks.
      const auto as_request = invite::parse_request(root_at_limit);
      INFO(describe_errors(as_request.errors()));
      REQUIRE(as_request.errors().size() == 4);
      CHECK(codes_and_paths({as_request.errors()[0]}) == "unknown_field@/a");
      CHECK(std::all_of(as_request.errors().begin() + 1, as_request.errors().end(),
                        [](const invite::error& e) { return e.code == error_code::missing_field; }));
      CHECK(codes_and_paths(invite::parse_response(root_at_limit).errors()) ==
            "unknown_field@/a, missing_field@/invites");
    } else {
      CHECK(codes_and_paths(invite::parse_request(root_at_limit).errors()) == "type_mismatch@");
      CHECK(codes_and_paths(invite::parse_response(root_at_limit).errors()) == "type_mismatch@");
    }
    require_single_invalid_json(invite::parse_request(root_over_limit), root_over_limit);
    require_single_invalid_json(invite::parse_response(root_over_limit), root_over_limit);
  }
}

TEST_CASE("100,000 unknown keys", "[robustness][hostile]") {
  std::string document = valid_request_start;
  for (int i = 0; i < 100000; ++i) {
    document += ",\"k" + std::to_string(i) + "\":" + (i % 2 == 0 ? "0" : "[{}]");
  }
  document += '}';
  const parse_options big = with_max_bytes(4u << 20);

  parse_options allow = big;
  allow.allow_unknown_fields = true;
  const auto allowed = invite::parse_request(document, allow);
  INFO(describe_errors(allowed.errors()));
  CHECK(allowed.ok());
  CHECK(allowed->candidates.size() == 1);

  const auto strict = invite::parse_request(document, big);
  REQUIRE(strict.errors().size() == 100); // the default max_errors
  CHECK(std::all_of(strict.errors().begin(), strict.errors().end(),
                    [](const invite::error& e) { return e.code == error_code::unknown_field; }));
  CHECK(strict.errors().front().path == "/k0");
  CHECK(strict.errors().back().path == "/k99");

  parse_options few = big;
  few.max_errors = 7;
  const auto capped = invite::parse_request(document, few);
  CHECK_FALSE(capped.ok());
  CHECK(capped.errors().size() == 7);
  CHECK(capped.errors().back().path == "/k6");
}

TEST_CASE("600 candidates of huge strings: too_long for the array, items past 500 unread",
          "[robustness][hostile]") {
  // 255 four-byte code points: the longest valid name, 1,020 bytes.
  std::string longest_name;
  for (int i = 0; i < 255; ++i) {
    invite_test::append_utf8(longest_name, U'\U0001F600');
  }
  const std::string huge(100000, 'h');
  const auto item = [&](std::size_t i) {
    return R"({"name":")" + longest_name + R"(","email":"c)" + std::to_string(i) + R"(@x.io"})";
  };
  const auto build = [&](const std::vector<std::string>& first_500_overrides) {
    std::string document = R"({"assessment_id":1,"invite_format":"getlink","candidates":[)";
    for (std::size_t i = 0; i < 600; ++i) {
      document += i > 0 ? "," : "";
      if (i < first_500_overrides.size() && !first_500_overrides[i].empty()) {
        document += first_500_overrides[i];
      } else if (i < 500) {
        document += item(i);
      } else {
        // Past the 500th: everything wrong that is still well-formed.
        switch (i % 4) {
        case 0:
          document += R"({"name":")" + huge + R"(","email":")" + huge + R"("})";
          break;
        case 1:
          document += '"' + huge + '"';
          break;
        case 2:
          document += R"({"candidate_name":"\u0000","email":"c0@x.io","x":[1,{"y":null}]})";
          break;
        default:
          document += R"({"name":")" + huge + R"(","name":1,"email":"C0@X.IO","bad":[1,{}]})";
        }
      }
    }
    return document + "]}";
  };
  const parse_options big = with_max_bytes(32u << 20);

  const std::string only_too_many = build({});
  const auto parsed = invite::parse_request(only_too_many, big);
  INFO(describe_errors(parsed.errors()));
  CHECK(codes_and_paths(parsed.errors()) == "too_long@/candidates");

  std::vector<std::string> overrides(500);
  std::string name_256 = longest_name;
  invite_test::append_utf8(name_256, U'x');
  overrides[3] = R"({"name":")" + name_256 + R"(","email":"c3@x.io"})";
  overrides[7] = R"({"name":"N","email":"C2@X.IO"})";
  overrides[499] = R"({"name":")" + huge + R"(","email":")" + huge + R"("})";
  const std::string with_bad_items = build(overrides);
  const auto parsed_bad = invite::parse_request(with_bad_items, big);
  INFO(describe_errors(parsed_bad.errors()));
  CHECK(codes_and_paths(parsed_bad.errors()) ==
        "too_long@/candidates, too_long@/candidates/3/name, duplicate_value@/candidates/7/email, "
        "too_long@/candidates/499/name, invalid_email@/candidates/499/email");

  // A response breaks the same way.
  std::string response = R"({"invites":[)";
  for (int i = 0; i < 600; ++i) {
    response += i > 0 ? "," : "";
    response += i < 500 ? R"({"name":"N","email":"n@x.io","report_id":1,"candidate_id":1,)"
                          R"("assessment_id":1,"invite_link":"http://h","status":" "})"
                        : '"' + huge + '"';
  }
  response += "]}";
  const auto parsed_response = invite::parse_response(response, big);
  INFO(describe_errors(parsed_response.errors()));
  CHECK(codes_and_paths(parsed_response.errors()) == "too_long@/invites");
}

TEST_CASE("numbers of 1,000 digits", "[robustness][hostile]") {
  const std::string thousand_digits = "1" + std::string(999, '7');
  for (const std::string& number :
       std::vector<std::string>{thousand_digits, "-" + thousand_digits, thousand_digits + ".5",
                                thousand_digits + "e-999", "0." + thousand_digits, "1e400",
                                "-1E-400", thousand_digits + "." + thousand_digits}) {
    INFO(number.substr(0, 40));
    const std::string unknown = valid_request_start + ",\"x\":" + number + "}";
    CHECK(invite::parse_request(unknown, allowing_unknown_fields()).ok());
    CHECK(codes_and_paths(invite::parse_request(unknown).errors()) == "unknown_field@/x");
  }
  // Integer literals outside 1..2^63-1 are out_of_range; anything else numeric, type_mismatch.
  CHECK(codes_and_paths(invite::parse_request(request_with_id(thousand_digits)).errors()) ==
        "out_of_range@/assessment_id");
  CHECK(codes_and_paths(invite::parse_request(request_with_id("-" + thousand_digits)).errors()) ==
        "out_of_range@/assessment_id");
  CHECK(codes_and_paths(invite::parse_request(request_with_id(thousand_digits + ".0")).errors()) ==
        "type_mismatch@/assessment_id");
  CHECK(codes_and_paths(invite::parse_request(request_with_id(thousand_digits + "e3")).errors()) ==
        "type_mismatch@/assessment_id");
  CHECK(codes_and_paths(invite::parse_request(request_with_id("1e400")).errors()) ==
        "type_mismatch@/assessment_id");
  CHECK(codes_and_paths(invite::parse_request(request_with_id("9223372036854775808")).errors()) ==
        "out_of_range@/assessment_id");
  CHECK(codes_and_paths(invite::parse_request(request_with_id("-0")).errors()) ==
        "out_of_range@/assessment_id");
  CHECK(invite::parse_request(request_with_id("9223372036854775807"))->assessment_id == INT64_MAX);
  const std::string leading_zero = request_with_id("0" + thousand_digits);
  require_single_invalid_json(invite::parse_request(leading_zero), leading_zero);

  const std::string response =
      R"({"invites":[{"name":"Ann","email":"ann@x.io","report_id":)" + thousand_digits +
      R"(,"candidate_id":)" + thousand_digits + R"(.25,"assessment_id":3,"invite_link":"http://x.io","status":"s"}]})";
  CHECK(codes_and_paths(invite::parse_response(response).errors()) ==
        "out_of_range@/invites/0/report_id, type_mismatch@/invites/0/candidate_id");
}

TEST_CASE("invalid UTF-8 in keys and values is ill-formed everywhere", "[robustness][hostile]") {
  const std::string_view sequences[] = {
      "\x80",         "\xBF",         "\xC0\xAF",     "\xC1\xBF",         "\xE0\x80\xAF",
      "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
      "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFE", "\xFF", "\xC3", "\xE2\x82",
      "\xF0\x9F\x98", "\xC3\x28", "\xE2\x28\xA1"};
  for (const std::string_view raw_bad : sequences) {
    const std::string bad(raw_bad);
    INFO("bytes: " << hex_bytes(bad));
    const std::string in_name = request_with_name("\"A" + bad + "B\"");
    const std::string at_end_of_name = request_with_name("\"AB" + bad + "\"");
    const std::string in_known_key =
        R"({"assessment_id":1,"invite_format":"getlink","candidates":[{"na)" + bad +
        R"(me":"Ann","email":"ann@x.io"}]})";
    const std::string in_unknown_key = valid_request_start + ",\"x" + bad + "\":1}";
    const std::string in_unknown_value = valid_request_start + ",\"x\":[\"" + bad + "\"]}";
    const std::string in_nested_key = valid_request_start + ",\"x\":{\"" + bad + "\":1}}";
    const std::string in_status = response_with_status("\"" + bad + "\"");
    for (const std::string* document : {&in_name, &at_end_of_name, &in_known_key}) {
      INFO(*document);
      require_single_invalid_json(invite::parse_request(*document), *document);
    }
    for (const std::string* document : {&in_unknown_key, &in_unknown_value, &in_nested_key}) {
      INFO(*document);
      require_single_invalid_json(invite::parse_request(*document), *document);
      require_single_invalid_json(invite::parse_request(*document, allowing_unknown_fields()),
                                  *document);
    }
    require_single_invalid_json(invite::parse_response(in_status), in_status);
  }
}

TEST_CASE("valid UTF-8 at the edges of every byte range is read unchanged", "[robustness][hostile]") {
  for (const std::string_view good :
       {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
        "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xEF\xBB\xBF"}) {
    const std::string name = "A" + std::string(good);
    const auto parsed = invite::parse_request(request_with_name("\"" + name + "\""));
    INFO(describe_errors(parsed.errors()));
    REQUIRE(parsed.ok());
    CHECK(parsed->candidates[0].name == name);
  }
}

TEST_CASE("NUL bytes: raw ones are ill-formed, escaped ones are control characters",
          "[robustness][hostile]") {
  const std::string nul(1, '\0');
  for (const std::string& document :
       {request_with_name("\"A" + nul + "B\""), valid_request_start + ",\"x" + nul + "\":1}",
        valid_request_start + ",\"x\":\"" + nul + "\"}", valid_request_start + "," + nul + "\"x\":1}",
        valid_request_start + "}" + nul, nul + valid_request_start + "}", nul}) {
    INFO("NUL at byte " << document.find('\0'));
    require_single_invalid_json(invite::parse_request(document), document);
    require_single_invalid_json(invite::parse_request(document, allowing_unknown_fields()),
                                document);
  }
  // Escaped, NUL is U+0000: a control character in a name, anything at all in a status.
  CHECK(codes_and_paths(invite::parse_request(request_with_name(R"("A\u0000B")")).errors()) ==
        "invalid_characters@/candidates/0/name");
  const auto with_nul_status = invite::parse_response(response_with_status(R"("\u0000")"));
  REQUIRE(with_nul_status.ok());
  CHECK(with_nul_status->invites[0].status == nul);
  CHECK(invite::to_json(*with_nul_status).find(R"("status":"\u0000")") != std::string::npos);
  // A key that decodes to NUL is still just a key: its pointer holds the NUL (RFC 6901 escapes
  // only '~' and '/').
  const std::string nul_key = valid_request_start + R"(,"\u0000":1})";
  CHECK(invite::parse_request(nul_key, allowing_unknown_fields()).ok());
  CHECK(codes_and_paths(invite::parse_request(nul_key).errors()) == "unknown_field@/" + nul);
}

TEST_CASE("lone surrogates are ill-formed, surrogate pairs are one character", "[robustness][hostile]") {
  for (const std::string_view lone :
       {R"("\ud800")", R"("\udc00")", R"("\uDBFF")", R"("A\ud800x")", R"("\ud800\u0041")",
        R"("\ud800\ud800")", R"("\udc00\ud800")", R"("\ud800\n")", R"("\ud83d")"}) {
    INFO(lone);
    const std::string as_name = request_with_name(lone);
    const std::string as_unknown_value = valid_request_start + ",\"x\":[" + std::string(lone) + "]}";
    const std::string as_unknown_key = valid_request_start + "," + std::string(lone) + ":1}";
    const std::string as_status = response_with_status(lone);
    require_single_invalid_json(invite::parse_request(as_name), as_name);
    require_single_invalid_json(invite::parse_request(as_unknown_value, allowing_unknown_fields()),
                                as_unknown_value);
    require_single_invalid_json(invite::parse_request(as_unknown_key, allowing_unknown_fields()),
                                as_unknown_key);
    require_single_invalid_json(invite::parse_request(as_unknown_key), as_unknown_key);
    require_single_invalid_json(invite::parse_response(as_status), as_status);
  }
  const auto paired = invite::parse_request(request_with_name(R"("\ud83d\ude00\uD834\uDD1E")"));
  INFO(describe_errors(paired.errors()));
  REQUIRE(paired.ok());
  CHECK(paired->candidates[0].name == "\xF0\x9F\x98\x80\xF0\x9D\x84\x9E");
}

TEST_CASE("a byte-order mark before, after or inside the document", "[robustness][hostile]") {
  const std::string bom = "\xEF\xBB\xBF";
  const std::string valid = valid_request_start + "}";
  for (const std::string& document : {bom + valid, " " + bom + valid, valid + bom, bom + "{}", bom}) {
    INFO(document);
    require_single_invalid_json(invite::parse_request(document), document);
    require_single_invalid_json(invite::parse_response(document), document);
  }
  // Inside a string it is U+FEFF, an ordinary character.
  for (const std::string_view spelled : {"\"\xEF\xBB\xBF" "Ann\"", R"("\ufeffAnn")"}) {
    const auto parsed = invite::parse_request(request_with_name(spelled));
    INFO(describe_errors(parsed.errors()));
    REQUIRE(parsed.ok());
    CHECK(parsed->candidates[0].name == bom + "Ann");
  }
}

TEST_CASE("max_bytes: exactly the limit is read, one byte more is payload_too_large",
          "[robustness][hostile]") {
  const std::string valid = valid_request_start + "}";
  CHECK(invite::parse_request(valid, with_max_bytes(valid.size())).ok());
  const auto over = invite::parse_request(valid, with_max_bytes(valid.size() - 1));
  REQUIRE(codes_and_paths(over.errors()) == "payload_too_large@");
  CHECK(over.errors()[0].offset == 0);

  // The default limit, 1 MiB, reached with trailing whitespace.
  std::string at_default = valid;
  at_default.resize(std::size_t{1} << 20, ' ');
  const auto at_limit = invite::parse_request(at_default);
  INFO(describe_errors(at_limit.errors()));
  CHECK(at_limit.ok());
  at_default += ' ';
  CHECK(codes_and_paths(invite::parse_request(at_default).errors()) == "payload_too_large@");

  // The size is checked before parsing: an oversized body is never reported as ill-formed.
  const std::string garbage(2000, '\xFF');
  CHECK(codes_and_paths(invite::parse_request(garbage, with_max_bytes(1999)).errors()) ==
        "payload_too_large@");
  CHECK(codes_and_paths(invite::parse_response(garbage, with_max_bytes(1999)).errors()) ==
        "payload_too_large@");
  require_single_invalid_json(invite::parse_request(garbage, with_max_bytes(2000)), garbage);

  // An empty body is ill-formed, even when nothing longer is allowed.
  require_single_invalid_json(invite::parse_request("", with_max_bytes(0)), "");
  CHECK(codes_and_paths(invite::parse_request("{}", with_max_bytes(1)).errors()) ==
        "payload_too_large@");
  require_single_invalid_json(invite::parse_request(" \t\r\n"), " \t\r\n");
}
