// The oracle the robustness suites trust must itself be right: JSONTestSuite's verdicts, the
// edges of each rule the contract adds to RFC 8259 (UTF-8 table 3-7, UTF-16 escapes, depth), and
// where an ill-formed text stops being JSON.

#include <invite_test/document_builders.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/jsontestsuite_files.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using invite_test::is_well_formed_json;
using invite_test::json_stop;
using invite_test::where_json_stops;

namespace {

using invite_test::nested_arrays;
using invite_test::nested_objects;

// A JSON string literal around raw bytes.
std::string quoted(std::string_view raw) { return '"' + std::string(raw) + '"'; }

} // namespace

TEST_CASE("the oracle accepts every y_ file and rejects every n_ file of JSONTestSuite",
          "[robustness][oracle]") {
  const auto files = invite_test::read_suite_files(INVITE_JSONTESTSUITE_DIR);
  std::size_t checked = 0;
  for (const auto& file : files) {
    INFO(file.name);
    if (file.kind() == 'y') {
      CHECK(is_well_formed_json(file.contents));
      ++checked;
    } else if (file.kind() == 'n') {
      CHECK_FALSE(is_well_formed_json(file.contents));
      ++checked;
    }
  }
  CHECK(checked == 95 + 188); // the suite's y_ and n_ counts: a missing folder cannot pass
}

TEST_CASE("the oracle reads UTF-8 exactly as Unicode's table of well-formed sequences",
          "[robustness][oracle]") {
  // The first and last byte values allowed at each position of each row of table 3-7.
  for (const std::string_view good :
       {"\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xE0\xBF\xBF", "\xE1\x80\x80",
        "\xEC\xBF\xBF", "\xED\x80\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
        "\xF0\x90\x80\x80", "\xF0\xBF\xBF\xBF", "\xF1\x80\x80\x80", "\xF3\xBF\xBF\xBF",
        "\xF4\x80\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    INFO(quoted(good));
    CHECK(is_well_formed_json(quoted(good)));
  }
  for (const std::string_view bad :
       {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2\x7F", "\xC2\xC0", "\xE0\x9F\xBF",
        "\xE0\xA0", "\xED\xA0\x80", "\xED\xBF\xBF", "\xEF\xBF", "\xF0\x8F\xBF\xBF",
        "\xF0\x90\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80",
        "\xFC\x84\x80\x80\x80\x80", "\xFE", "\xFF"}) {
    INFO(quoted(bad));
    CHECK_FALSE(is_well_formed_json(quoted(bad)));
  }
}

TEST_CASE("the oracle requires escapes to form valid UTF-16", "[robustness][oracle]") {
  for (const std::string_view good :
       {R"("\ud800\udc00")", R"("\uDBFF\uDFFF")", R"("\uD834\uDd1e")", R"("\ud7ff\ue000")",
        R"("\u0000")", R"("\"\\\/\b\f\n\r\t")"}) {
    INFO(good);
    CHECK(is_well_formed_json(good));
  }
  for (const std::string_view bad :
       {R"("\ud800")", R"("\udc00")", R"("\ud800x")", R"("\ud800\u0041")", R"("\ud800\ud800")",
        R"("\udc00\ud800")", R"("\ud800\")", R"("\ud800\n")", R"("\u12")", R"("\u12G4")",
        R"("\x41")", R"("\U0041")", R"("\')", R"("\)"}) {
    INFO(bad);
    CHECK_FALSE(is_well_formed_json(bad));
  }
}

TEST_CASE("the oracle reads raw characters in strings as RFC 8259 does", "[robustness][oracle]") {
  CHECK(is_well_formed_json(quoted("\x7F")));        // DEL needs no escape in JSON
  CHECK(is_well_formed_json(quoted("\xEF\xBB\xBF"))); // a BOM inside a string is a character
  CHECK_FALSE(is_well_formed_json(quoted(std::string_view("\0", 1))));
  CHECK_FALSE(is_well_formed_json(quoted("\x1F")));
  CHECK_FALSE(is_well_formed_json(quoted("\t")));
  CHECK_FALSE(is_well_formed_json("\"abc"));
}

TEST_CASE("the oracle accepts numbers of any magnitude and nothing outside the grammar",
          "[robustness][oracle]") {
  const std::string thousand_digits = "1" + std::string(999, '0');
  for (const std::string& good :
       {std::string("0"), std::string("-0"), std::string("1e400"), std::string("-1E-400"),
        std::string("0.5e+7"), thousand_digits, "-" + thousand_digits + ".5e-999"}) {
    INFO(good);
    CHECK(is_well_formed_json(good));
  }
  for (const std::string_view bad : {"01", "-", "+1", ".5", "1.", "1e", "1e+", "0x1", "1.e3",
                                     "Infinity", "NaN", "- 1", "1 2", "00"}) {
    INFO(bad);
    CHECK_FALSE(is_well_formed_json(bad));
  }
}

TEST_CASE("the oracle allows 1024 levels of nesting and no more", "[robustness][oracle]") {
  CHECK(is_well_formed_json(nested_arrays(1024)));
  CHECK_FALSE(is_well_formed_json(nested_arrays(1025)));
  CHECK(is_well_formed_json(nested_objects(1024)));
  CHECK_FALSE(is_well_formed_json(nested_objects(1025)));
  CHECK_FALSE(is_well_formed_json(nested_arrays(10000)));
  CHECK_FALSE(is_well_formed_json(std::string(10000, '[')));
}

TEST_CASE("the oracle wants one value, JSON whitespace around it and nothing else",
          "[robustness][oracle]") {
  CHECK(is_well_formed_json(" \t\r\n{} \t\r\n"));
  CHECK_FALSE(is_well_formed_json(""));
  CHECK_FALSE(is_well_formed_json(" "));
  CHECK_FALSE(is_well_formed_json("\xEF\xBB\xBF{}"));
  CHECK_FALSE(is_well_formed_json("{}\xEF\xBB\xBF"));
  CHECK_FALSE(is_well_formed_json("{} {}"));
  CHECK_FALSE(is_well_formed_json(std::string_view("{}\0", 3)));
  CHECK_FALSE(is_well_formed_json("\f{}"));
  CHECK_FALSE(is_well_formed_json("{\"a\":1,}"));
  CHECK_FALSE(is_well_formed_json("[1,]"));
  CHECK_FALSE(is_well_formed_json("{\"a\" 1}"));
  CHECK_FALSE(is_well_formed_json("{1:1}"));
  CHECK_FALSE(is_well_formed_json("tru"));
  CHECK(is_well_formed_json("[true,false,null]"));
}

namespace {

struct stop_case {
  std::string text;
  std::size_t stop;
  std::size_t broken_token_start;
};

std::string shown(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F) {
      out += "<" + std::string(1, "0123456789ABCDEF"[byte >> 4]) + "0123456789ABCDEF"[byte & 0xF] + ">";
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace

TEST_CASE("the oracle says where a text stops being JSON and which token that breaks",
          "[robustness][oracle][stop]") {
  // Counted by hand: stop is the first byte no continuation can follow (the size for an
  // unfinished text), then the first byte of the number, literal, escape or UTF-8 sequence it
  // falls in.
  const std::vector<stop_case> cases = {
      {"", 0, 0},
      {" \t\r\n", 4, 4},
      {"{", 1, 1},
      {R"({"a" 1})", 5, 5},
      {"[1,2", 4, 4},
      {"[1,]", 3, 3},
      {R"({"a":1}x)", 7, 7},
      {"[1]  \xC3", 5, 5},
      {"[1}", 2, 2},
      {R"({"a":1])", 6, 6},
      {"{1:2}", 1, 1},
      {R"(["a":1])", 4, 4},
      {R"({"a":"b")", 8, 8},
      {R"("abc)", 4, 4},
      {"\xEF\xBB\xBF{}", 0, 0},
      {" \f{}", 1, 1},
      // Numbers and literals: a token runs to whitespace, punctuation or a quote.
      {"[01]", 2, 1},
      {"[-]", 2, 1},
      {"[1.]", 3, 1},
      {"[1.", 3, 1},
      {"[1e+]", 4, 1},
      {"[1.5.3]", 4, 1},
      {"[1x]", 2, 1},
      {"[1\xC3\xA9]", 2, 1},
      {"[tru]", 4, 1},
      {"[trux]", 4, 1},
      {"[truex]", 5, 1},
      {"tru", 3, 0},
      {"[+1]", 1, 1},
      {R"([1"a"])", 2, 2},
      {"[1 x]", 3, 3},
      {"[true", 5, 5},
      // Escapes, a surrogate pair being one.
      {R"({"a":"\q"})", 7, 6},
      {R"(["\)", 3, 2},
      {R"(["\u12G4"])", 6, 2},
      {R"(["\u12)", 6, 2},
      {R"(["\ud800"])", 8, 2},
      {R"(["\ud800\u0041"])", 10, 2},
      {R"(["\ud800\udbff"])", 11, 2},
      {R"(["\udc00"])", 5, 2},
      {R"(["\uDFFF"])", 5, 2},
      {R"(["a\ud7ff\ud800)", 15, 9},
      // UTF-8: the sequence's lead byte, before the byte that breaks it.
      {"[\"\xC3\"]", 3, 2},
      {"[\"\xC3(\"]", 3, 2},
      {"[\"\xE0\x80\"]", 3, 2},
      {"[\"\xED\xA0\x80\"]", 3, 2},
      {"[\"\xF4\x90\x80\x80\"]", 3, 2},
      {"[\"\xF0\x9F\x98", 5, 2},
      {"[\"\x80\"]", 2, 2},
      {"[\"\xC0\xAF\"]", 2, 2},
      {"[\"\xF5\x80\x80\x80\"]", 2, 2},
      {"[\"\xC3\xA9\xFF\"]", 4, 4},
      {"[\"a\tb\"]", 3, 3},
      {std::string("[\"\0\"]", 5), 2, 2},
      // Depth: the 1,025th bracket cannot be followed by anything.
      {invite_test::nested_arrays(1025), 1024, 1024},
      {invite_test::nested_objects(1025), 5 * 1024, 5 * 1024},
  };
  for (const stop_case& expected : cases) {
    INFO(shown(expected.text));
    const std::optional<json_stop> found = where_json_stops(expected.text);
    REQUIRE(found.has_value());
    CHECK(found->stop == expected.stop);
    CHECK(found->broken_token_start == expected.broken_token_start);
  }
  CHECK_FALSE(where_json_stops(R"({"a":[1,-0.5e+3,true,false,null,"\u00e9\ud83d\ude00"]})").has_value());
}

TEST_CASE("every unfinished prefix of a well-formed text stops at its own end",
          "[robustness][oracle][stop]") {
  // A prefix of a well-formed text is continued by the rest of it, so nothing in it is broken.
  const auto files = invite_test::read_suite_files(INVITE_JSONTESTSUITE_DIR);
  std::size_t unfinished = 0;
  for (const auto& file : files) {
    if (file.kind() != 'y') {
      continue;
    }
    for (std::size_t length = 0; length < file.contents.size(); ++length) {
      const std::string_view prefix = std::string_view(file.contents).substr(0, length);
      const std::optional<json_stop> found = where_json_stops(prefix);
      if (!found) {
        continue; // complete already: "1" of "12", "[]" then whitespace
      }
      ++unfinished;
      INFO(file.name << ", first " << length << " bytes");
      REQUIRE(found->stop == length);
    }
  }
  CHECK(unfinished > 1000);
}

TEST_CASE("a text stops where its longest continuable prefix ends, wherever it is damaged",
          "[robustness][oracle][stop]") {
  // The prefix up to the stop is itself unfinished, not broken; one byte more breaks at the
  // same place. Together these pin the stop whatever the damage: too early and the longer
  // prefix stops later, too late and the shorter one stops earlier.
  const auto files = invite_test::read_suite_files(INVITE_JSONTESTSUITE_DIR);
  std::size_t broken = 0;
  for (const auto& file : files) {
    const std::optional<json_stop> found = where_json_stops(file.contents);
    if (!found) {
      continue;
    }
    ++broken;
    INFO(file.name << ": stop " << found->stop << ", token " << found->broken_token_start);
    REQUIRE(found->stop <= file.contents.size());
    CHECK(found->broken_token_start <= found->stop);
    const std::string_view text = file.contents;
    const std::optional<json_stop> before = where_json_stops(text.substr(0, found->stop));
    if (before) {
      CHECK(before->stop == found->stop);
    }
    if (found->stop < text.size()) {
      const std::optional<json_stop> through = where_json_stops(text.substr(0, found->stop + 1));
      REQUIRE(through.has_value());
      CHECK(through->stop == found->stop);
    }
  }
  CHECK(broken >= 188); // every n_ file at least
}
