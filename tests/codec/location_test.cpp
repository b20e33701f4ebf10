// detail/location.hpp: where an error is, as structure. Keys that look like indexes, pointer
// syntax or nothing at all are named as keys, at every depth, by parsing and by validate().

#include <invite/codec/describe.hpp>
#include <invite/codec/detail/location.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/problem_details.hpp>
#include <invite/codec/rules.hpp>
#include <invite/codec/validate.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace nested {

struct leaf {
  std::string text;
};
struct branch {
  std::vector<leaf> leaves;
};
struct tree {
  std::vector<branch> branches;
};

// A member answering to the key "0": its errors must not read as an array's item 0.
struct numbered {
  std::string first;
  std::int32_t count = 0;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(leaf, (), (text))
BOOST_DESCRIBE_STRUCT(branch, (), (leaves))
BOOST_DESCRIBE_STRUCT(tree, (), (branches))
BOOST_DESCRIBE_STRUCT(numbered, (), (first, count))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const leaf*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&leaf::text, not_blank{}));
}

constexpr auto invite_rules(const numbered*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&numbered::first, alias{"0"}, not_blank{}),
                        invite::field(&numbered::count, alias{"123"}, integer_range{1, 9}));
}

} // namespace nested

namespace {

struct awkward_key {
  std::string json; // the key as spelled in the document, quotes excluded
  std::string text; // what it decodes to
  std::string pointer_token;
};

// Keys that read like indexes, like pointer syntax, or like nothing; and one spelled with an
// escape, which is named by its decoded text.
const std::vector<awkward_key> awkward_keys = {
    {"0", "0", "0"},           {"123", "123", "123"}, {"-", "-", "-"},     {"~1", "~1", "~01"},
    {"/", "/", "~1"},          {"", "", ""},          {"~0/1", "~0/1", "~00~11"},
    {"\\u0030", "0", "0"},
};

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// The document with `inner` placed at `depth` (1: the root object, 3: a branch, 5: a leaf), and
// the pointer of that object.
struct placement {
  std::string document;
  std::string object_pointer;
};

placement place(int depth, const std::string& inner) {
  if (depth == 1) return {"{\"branches\":[{\"leaves\":[{\"text\":\"a\"}]}]," + inner + "}", ""};
  if (depth == 3) return {"{\"branches\":[{\"leaves\":[{\"text\":\"a\"}]," + inner + "}]}", "/branches/0"};
  return {"{\"branches\":[{\"leaves\":[{\"text\":\"a\"," + inner + "}]}]}", "/branches/0/leaves/0"};
}

// How a message names the object at a depth, as "<label>: ...": the member a key is in.
std::string object_label(int depth) {
  if (depth == 1) return "the document";
  if (depth == 3) return "item 0 of \"branches\"";
  return "item 0 of \"leaves\"";
}

} // namespace

TEST_CASE("a key is named as a key, whatever it spells, at every depth", "[location]") {
  for (const int depth : {1, 3, 5}) {
    for (const awkward_key& key : awkward_keys) {
      const placement at = place(depth, quoted(key.json) + ":1");
      INFO(at.document);
      const auto parsed = invite::parse<nested::tree>(at.document);
      REQUIRE(parsed.errors().size() == 1);
      const invite::error& e = parsed.errors()[0];
      CHECK(e.code == invite::error_code::unknown_field);
      CHECK(e.path == at.object_pointer + "/" + key.pointer_token);
      // The label is the key quoted as JSON, never "item N of ...".
      CHECK(e.message.rfind(quoted(key.text) + ": expected one of the fields", 0) == 0);
    }
  }
}

TEST_CASE("a key given twice is named as a key, whatever it spells, at every depth", "[location]") {
  for (const int depth : {1, 3, 5}) {
    for (const awkward_key& key : awkward_keys) {
      const placement at = place(depth, quoted(key.json) + ":1," + quoted(key.json) + ":2");
      INFO(at.document);
      const auto parsed = invite::parse<nested::tree>(at.document, invite::parse_options{true});
      REQUIRE(parsed.errors().size() == 1);
      CHECK(parsed.errors()[0].code == invite::error_code::duplicate_field);
      CHECK(parsed.errors()[0].path == at.object_pointer + "/" + key.pointer_token);
      CHECK(parsed.errors()[0].message.rfind(quoted(key.text) + ": expected each key once", 0) == 0);
    }
  }
}

TEST_CASE("a missing member is named by its object, at every depth", "[location]") {
  const auto root = invite::parse<nested::tree>("{}");
  REQUIRE(root.errors().size() == 1);
  CHECK(root.errors()[0].path == "/branches");
  CHECK(root.errors()[0].message == "the document: expected the required field \"branches\", found it missing");

  const auto deep = invite::parse<nested::tree>(R"({"branches":[{"leaves":[{}]},{}]})");
  REQUIRE(deep.errors().size() == 2);
  CHECK(deep.errors()[0].path == "/branches/0/leaves/0/text");
  CHECK(deep.errors()[0].message.rfind(object_label(5) + ": expected the required field \"text\"", 0) == 0);
  CHECK(deep.errors()[1].path == "/branches/1/leaves");
  CHECK(deep.errors()[1].message.rfind("item 1 of \"branches\": expected the required field \"leaves\"", 0) == 0);
}

TEST_CASE("members answering to digit keys are named by those keys", "[location]") {
  const auto parsed = invite::parse<nested::numbered>(R"({"0":" ","123":12})");
  REQUIRE(parsed.errors().size() == 2);
  CHECK(parsed.errors()[0].path == "/0");
  CHECK(parsed.errors()[0].message.rfind("\"0\": expected text that is not empty nor only spaces", 0) == 0);
  CHECK(parsed.errors()[1].path == "/123");
  CHECK(parsed.errors()[1].message.rfind("\"123\": expected an integer from 1 to 9, found 12", 0) == 0);

  // validate() names the same members canonically.
  const auto errors = invite::validate(*parsed);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].path == "/first");
  CHECK(errors[0].message.rfind("\"first\": expected text", 0) == 0);
  CHECK(errors[1].path == "/count");
}

TEST_CASE("items are named as items of their array, at every depth, parsed or validated", "[location]") {
  const std::string json = R"({"branches":[{"leaves":[{"text":"a"}]},{"leaves":[{"text":"b"},{"text":" "}]}]})";
  const auto parsed = invite::parse<nested::tree>(json);
  REQUIRE(parsed.errors().size() == 1);
  CHECK(parsed.errors()[0].path == "/branches/1/leaves/1/text");
  CHECK(parsed.errors()[0].message.rfind("\"text\": expected text", 0) == 0);
  const auto validated = invite::validate(*parsed);
  REQUIRE(validated.size() == 1);
  CHECK(validated[0].path == parsed.errors()[0].path);
  CHECK(validated[0].message == parsed.errors()[0].message);

  nested::tree items_in_items;
  items_in_items.branches = {nested::branch{{nested::leaf{"x"}, nested::leaf{""}}}};
  const auto errors = invite::validate(items_in_items);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == "/branches/0/leaves/1/text");
}

TEST_CASE("problem+json carries the structured names of awkward keys", "[location][problem_details]") {
  const std::string body = R"({"branches":[{"leaves":[{"text":"a","123":1,"~1":2}]}]})";
  const auto parsed = invite::parse<nested::tree>(body);
  const std::string problem = invite::problem_details(parsed.errors(), body);
  INFO(problem);
  CHECK(problem.find(R"("pointer":"/branches/0/leaves/0/123")") != std::string::npos);
  CHECK(problem.find(R"("pointer":"/branches/0/leaves/0/~01")") != std::string::npos);
  CHECK(problem.find(R"(\"123\": expected one of the fields)") != std::string::npos);
  CHECK(problem.find(R"(\"~1\": expected one of the fields)") != std::string::npos);
  CHECK(problem.find("item 123") == std::string::npos);
}

TEST_CASE("labels and pointers spelled from steps", "[location]") {
  using invite::detail::path_step;
  const path_step steps[] = {{"candidates", 0, false}, {{}, 12, true}, {"a/b~c", 0, false}};
  const invite::detail::location at(steps, 3);
  std::string pointer;
  invite::detail::append_pointer(pointer, at);
  CHECK(pointer == "/candidates/12/a~1b~0c");
  std::string label;
  invite::detail::append_label(label, at.up());
  CHECK(label == "item 12 of \"candidates\"");
  label.clear();
  invite::detail::append_label(label, at.up(3));
  CHECK(label == "the document");
  label.clear();
  invite::detail::append_label(label, at.up(99));
  CHECK(label == "the document");
  pointer.clear();
  invite::detail::append_pointer(pointer, at.up(3));
  CHECK(pointer.empty());
}
