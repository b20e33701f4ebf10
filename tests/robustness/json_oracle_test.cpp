// The oracle the robustness suites trust must itself be right: JSONTestSuite's verdicts, and the
// edges of each rule the contract adds to RFC 8259 (UTF-8 table 3-7, UTF-16 escapes, depth).

#include <invite_test/document_builders.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/jsontestsuite_files.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

using invite_test::is_well_formed_json;

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
