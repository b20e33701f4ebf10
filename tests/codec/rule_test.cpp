// rule.hpp: a rule written here, outside the library, is enforced by the reader and by
// validate(), reported with its code and message, and appears in the generated schema; the
// library's own rules are found the same way.

#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>
#include <invite/codec/schema.hpp>
#include <invite/codec/validate.hpp>

#include <invite_test/error_listing.hpp>
#include <invite_test/recording_scan.hpp>

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

namespace shop {

/// A stock-keeping unit: three upper-case letters, a dash, four digits.
struct sku_code {
  static constexpr invite::error_code code = invite::error_code::invalid_characters;
  bool check(const invite::text& value) const {
    const std::string_view s = value;
    if (s.size() != 8 || s[3] != '-') return false;
    for (int i = 0; i < 3; ++i) {
      if (s[i] < 'A' || s[i] > 'Z') return false;
    }
    for (int i = 4; i < 8; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  }
  void expected(std::string& out) const { out += "a SKU such as \"ABC-1234\""; }
  void schema(invite::schema_fragment& s) const { s.pattern("^[A-Z]{3}-[0-9]{4}$"); }
};

/// A multiple of `step`, checked on any integer member; it says itself what it found.
struct multiple_of {
  std::int64_t step;
  static constexpr invite::error_code code = invite::error_code::out_of_range;
  bool check(std::int64_t value) const { return value % step == 0; }
  void expected(std::string& out) const {
    out += "a multiple of ";
    invite::message::append_number(out, step);
  }
  void found(std::string& out, std::int64_t value) const {
    invite::message::append_number(out, value);
    out += " (remainder ";
    invite::message::append_number(out, value % step);
    out += ")";
  }
  void schema(invite::schema_fragment& s) const {
    std::string step_text;
    invite::message::append_number(step_text, step);
    s.keyword("multipleOf", step_text);
  }
};

/// A rule on a whole struct: the range it describes is not empty.
struct low_not_above_high;

struct order {
  std::string sku;
  std::int32_t quantity = 0;
  std::vector<std::string> tags;
  std::int32_t low = 0;
  std::int32_t high = 0;
};

struct low_not_above_high {
  static constexpr invite::error_code code = invite::error_code::out_of_range;
  bool check(const order& value) const { return value.low <= value.high; }
  void expected(std::string& out) const { out += "\"low\" at most \"high\""; }
  void schema(invite::schema_fragment&) const {} // JSON Schema cannot compare two members
};

struct basket {
  std::vector<order> orders;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(order, (), (sku, quantity, tags, low, high))
BOOST_DESCRIBE_STRUCT(basket, (), (orders))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const order*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&order::sku, sku_code{}),
                        invite::field(&order::quantity, integer_range{1, 1000}, multiple_of{6}),
                        invite::field(&order::tags, max_items{3}, each(not_blank{}, max_code_points{8})));
}

constexpr auto invite_rules(const basket*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&basket::orders, min_items{1}, each(low_not_above_high{})));
}

/// A rule that reads its text through a scan: at most `max` ASCII digits, counted block by block
/// while the reader passes over the text. It counts the scans made, to show that the reader's
/// own pass served it.
struct few_digits {
  std::size_t max;
  static constexpr invite::error_code code = invite::error_code::invalid_characters;
  static inline int scans_made = 0;
  struct text_scan {
    std::size_t digits = 0;
    text_scan() noexcept { ++scans_made; }
    void add(const char* block, std::size_t, std::size_t count) noexcept {
      for (std::size_t i = 0; i < count; ++i) digits += block[i] >= '0' && block[i] <= '9' ? 1 : 0;
    }
  };
  bool check(const invite::text&, const text_scan& scanned) const noexcept { return scanned.digits <= max; }
  void expected(std::string& out) const {
    out += "at most ";
    invite::message::append_count(out, max, "digit", "digits");
  }
  void schema(invite::schema_fragment&) const {} // JSON Schema cannot count characters of a class
};

struct label {
  std::string text;
};

struct contact {
  std::string email;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(label, (), (text))
BOOST_DESCRIBE_STRUCT(contact, (), (email))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const label*) noexcept {
  return invite::fields(invite::field(&label::text, few_digits{3}, invite::rule::max_code_points{64}));
}

constexpr auto invite_rules(const contact*) noexcept {
  return invite::fields(invite::field(&contact::email, invite::rule::email_address{}));
}

} // namespace shop

using Errors = std::vector<invite_test::code_and_path>;

namespace {

std::string order_json(const std::string& sku, const std::string& quantity, const std::string& tags = "[]",
                       const std::string& low_high = "\"low\":1,\"high\":2") {
  return "{\"orders\":[{\"sku\":" + sku + ",\"quantity\":" + quantity + ",\"tags\":" + tags + "," + low_high + "}]}";
}

Errors basket_errors(const std::string& json) {
  const auto result = invite::parse<shop::basket>(json);
  INFO(json);
  INFO(invite_test::describe_errors(result.errors()));
  return invite_test::errors_of(result);
}

} // namespace

TEST_CASE("the rule traits tell a rule from what is not one", "[rule]") {
  STATIC_REQUIRE(invite::is_rule_v<shop::sku_code>);
  STATIC_REQUIRE(invite::rule_applies_to_v<shop::sku_code, invite::text>);
  STATIC_REQUIRE_FALSE(invite::rule_applies_to_v<shop::sku_code, std::int32_t>);
  STATIC_REQUIRE(invite::rule_applies_to_v<shop::multiple_of, std::int32_t>);
  STATIC_REQUIRE(invite::rule_says_found_v<shop::multiple_of, std::int32_t>);
  STATIC_REQUIRE_FALSE(invite::rule_says_found_v<shop::sku_code, invite::text>);
  STATIC_REQUIRE(invite::rule_applies_to_v<invite::rule::integer_range, std::uint64_t>);
  STATIC_REQUIRE_FALSE(invite::rule_applies_to_v<invite::rule::integer_range, invite::text>);
  STATIC_REQUIRE_FALSE(invite::rule_applies_to_v<invite::rule::integer_range, bool>);
  STATIC_REQUIRE(invite::rule_applies_to_v<invite::rule::max_items, invite::array_length>);
  STATIC_REQUIRE_FALSE(invite::is_rule_v<invite::rule::alias>);
  STATIC_REQUIRE(invite::is_field_option_v<invite::rule::alias>);
  STATIC_REQUIRE(invite::is_rule_bundle_v<invite::rule::item_count>);
  STATIC_REQUIRE_FALSE(invite::is_rule_v<int>);
  STATIC_REQUIRE(invite::rule_scans_text_v<shop::few_digits>);
  STATIC_REQUIRE(invite::rule_applies_to_v<shop::few_digits, invite::text>);
  STATIC_REQUIRE_FALSE(invite::rule_applies_to_v<shop::few_digits, std::int32_t>);
  STATIC_REQUIRE_FALSE(invite::rule_scans_text_v<shop::sku_code>);
  STATIC_REQUIRE(invite::rule_scans_text_v<invite::rule::email_address>);
  // The e-mail rule has both forms of check; the codec uses the scan, a caller may use either.
  STATIC_REQUIRE(invite::rule_applies_to_v<invite::rule::email_address, invite::text>);
  CHECK(invite::rule::email_address{}.check(invite::text("ada@example.com")));
  CHECK_FALSE(invite::rule::email_address{}.check(invite::text("ada@example..com")));
}

TEST_CASE("a rule's text scan sees the whole text, during the reader's pass when it can", "[rule][scan]") {
  const auto label_errors = [](const std::string& json) {
    const auto result = invite::parse<shop::label>(json);
    INFO(json);
    return invite_test::errors_of(result);
  };
  // The digits lie in every block of a text longer than two blocks, and in the last partial one.
  const std::string long_text = "1" + std::string(15, 'x') + "2" + std::string(15, 'x') + "3" + std::string(6, 'x');
  shop::few_digits::scans_made = 0;
  CHECK(label_errors("{\"text\":\"" + long_text + "\"}").empty());
  CHECK(shop::few_digits::scans_made == 1); // the reader's pass, and no other
  CHECK(label_errors("{\"text\":\"" + long_text + "4\"}") == Errors{{"invalid_characters", "/text"}});
  // Escaped text is decoded, then scanned: "\u0034" is a digit once decoded.
  shop::few_digits::scans_made = 0;
  CHECK(label_errors("{\"text\":\"" + long_text + "\\u0034\"}") == Errors{{"invalid_characters", "/text"}});
  CHECK(shop::few_digits::scans_made == 2); // the reader's, left unfinished, and the rule's own
  // A scan of the raw text would count eight digits in "\u0031\u0032"; the decoded text has two.
  CHECK(label_errors(R"({"text":"\u0031\u0032"})").empty());
  CHECK(label_errors(R"({"text":"\u0031\u0032\u0033\u0034"})") == Errors{{"invalid_characters", "/text"}});
  const auto result = invite::parse<shop::label>(R"({"text":"1234"})");
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].message == "\"text\": expected at most 3 digits, found \"1234\"");
  // validate() scans the member's text itself.
  CHECK(invite::validate(shop::label{long_text}).empty());
  const auto invalid = invite::validate(shop::label{long_text + "4"});
  REQUIRE(invalid.size() == 1);
  CHECK(invalid[0].code == invite::error_code::invalid_characters);
}

TEST_CASE("scan_text hands a scan every byte in order, in place or from a copy, at every length", "[rule][scan]") {
  for (std::size_t length = 0; length <= 70; ++length) {
    std::string bytes;
    for (std::size_t i = 0; i < length; ++i) bytes.push_back(static_cast<char>('a' + i % 26));
    const std::string padded = bytes + std::string(64, '#');
    INFO("length " << length);
    const auto unpadded_scan = invite::scan_text<invite_test::recording_scan>(invite::text(bytes));
    CHECK(unpadded_scan.seen == bytes);
    CHECK(unpadded_scan.in_order);
    const auto padded_scan = invite::scan_text<invite_test::recording_scan>(invite::text(std::string_view(padded.data(), length), true));
    CHECK(padded_scan.seen == bytes);
    CHECK(padded_scan.in_order);
  }
}

TEST_CASE("a user's rule is enforced with its own code and message", "[rule]") {
  CHECK(basket_errors(order_json("\"ABC-1234\"", "12")).empty());
  CHECK(basket_errors(order_json("\"abc-1234\"", "12")) == Errors{{"invalid_characters", "/orders/0/sku"}});
  const auto result = invite::parse<shop::basket>(order_json("\"ABC1234\"", "12"));
  REQUIRE(result.errors().size() == 1);
  CHECK(result.errors()[0].message == "\"sku\": expected a SKU such as \"ABC-1234\", found \"ABC1234\"");
  CHECK(result.errors()[0].offset == order_json("\"ABC1234\"", "12").find("\"ABC1234\""));
}

TEST_CASE("rules of one member break independently, in declared order, and may say what they found", "[rule]") {
  // 0 breaks integer_range (1-1000), not multiple_of; 1003 breaks both; 7 breaks multiple_of.
  CHECK(basket_errors(order_json("\"ABC-1234\"", "0")) == Errors{{"out_of_range", "/orders/0/quantity"}});
  CHECK(basket_errors(order_json("\"ABC-1234\"", "1003")) ==
        Errors{{"out_of_range", "/orders/0/quantity"}, {"out_of_range", "/orders/0/quantity"}});
  const auto result = invite::parse<shop::basket>(order_json("\"ABC-1234\"", "1003"));
  REQUIRE(result.errors().size() == 2);
  CHECK(result.errors()[0].message == "\"quantity\": expected an integer from 1 to 1000, found 1003");
  CHECK(result.errors()[1].message == "\"quantity\": expected a multiple of 6, found 1003 (remainder 1)");
}

TEST_CASE("rules for each item of an array, and for the array itself", "[rule][each]") {
  CHECK(basket_errors(order_json("\"ABC-1234\"", "6", R"(["red","big"])")).empty());
  CHECK(basket_errors(order_json("\"ABC-1234\"", "6", R"(["red"," ","enormously"])")) ==
        Errors{{"too_short", "/orders/0/tags/1"}, {"too_long", "/orders/0/tags/2"}});
  // Past max_items: the array's error first, and the items beyond the cap are not checked.
  CHECK(basket_errors(order_json("\"ABC-1234\"", "6", R"(["a","b","c"," "])")) == Errors{{"too_long", "/orders/0/tags"}});
  CHECK(basket_errors(order_json("\"ABC-1234\"", "6", R"([" ","b","c","d"])")) ==
        Errors{{"too_long", "/orders/0/tags"}, {"too_short", "/orders/0/tags/0"}});
  CHECK(basket_errors("{\"orders\":[]}") == Errors{{"too_short", "/orders"}});
}

TEST_CASE("a rule on a whole struct is checked once its members are read", "[rule][struct]") {
  CHECK(basket_errors(order_json("\"ABC-1234\"", "6", "[]", "\"low\":3,\"high\":3")).empty());
  CHECK(basket_errors(order_json("\"ABC-1234\"", "6", "[]", "\"low\":4,\"high\":3")) ==
        Errors{{"out_of_range", "/orders/0"}});
  // Not when a member already broke its own rules: the struct is not what it claims.
  CHECK(basket_errors(order_json("\"ABC-1234\"", "7", "[]", "\"low\":4,\"high\":3")) ==
        Errors{{"out_of_range", "/orders/0/quantity"}});
}

TEST_CASE("validate() applies a user's rules as parsing does", "[rule][validate]") {
  shop::basket value;
  value.orders.push_back(shop::order{"ABC-123", 7, {"a", "", "b", "c"}, 5, 1});
  std::vector<Errors::value_type> found;
  for (const invite::error& e : invite::validate(value)) found.emplace_back(std::string(invite::to_string(e.code)), e.path);
  CHECK(found == Errors{{"invalid_characters", "/orders/0/sku"},
                        {"out_of_range", "/orders/0/quantity"},
                        {"too_long", "/orders/0/tags"},
                        {"too_short", "/orders/0/tags/1"}});
  value.orders[0] = shop::order{"ABC-1234", 12, {"a"}, 1, 5};
  CHECK(invite::validate(value).empty());
}

TEST_CASE("a user's rule appears in the generated schema", "[rule][schema]") {
  simdjson::dom::parser parser;
  const std::string text = invite::json_schema<shop::basket>();
  simdjson::dom::element schema;
  REQUIRE(parser.parse(text).get(schema) == simdjson::SUCCESS);
  const auto order = schema["properties"]["orders"]["items"]["properties"];
  CHECK(std::string_view(order["sku"]["allOf"].at(0)["pattern"]) == "^[A-Z]{3}-[0-9]{4}$");
  CHECK(int64_t(order["quantity"]["multipleOf"]) == 6);
  // The rule's range and the type's range together: the tighter bound of each side.
  CHECK(int64_t(order["quantity"]["minimum"]) == 1);
  CHECK(int64_t(order["quantity"]["maximum"]) == 1000);
  CHECK(uint64_t(order["tags"]["maxItems"]) == 3);
  CHECK(uint64_t(order["tags"]["items"]["maxLength"]) == 8);
  CHECK(uint64_t(schema["properties"]["orders"]["minItems"]) == 1);
}

TEST_CASE("the e-mail rule judges alike in the reader's pass, on escaped text and in validate(), at every length",
          "[rule][scan][email]") {
  // Addresses of 1 to 70 bytes with a separator or an outsider at each block edge: the masks
  // the reader gathers block by block must give the verdict the grammar gives.
  std::size_t checked = 0;
  for (std::size_t length = 1; length <= 70; ++length) {
    for (const std::size_t at : {std::size_t{0}, std::size_t{15}, std::size_t{16}, std::size_t{17}, std::size_t{31},
                                 std::size_t{32}, std::size_t{47}, std::size_t{48}, std::size_t{63}, std::size_t{64},
                                 length / 2, length - 1}) {
      if (at >= length) continue;
      for (const char special : {'@', '.', '-', '+', '_'}) {
        std::string address(length, 'a');
        address[length / 3] = '@';
        address[at] = special;
        const bool valid = invite::spelling::is_valid_email(address);
        INFO("\"" << address << "\"");
        const auto plain = invite::parse<shop::contact>("{\"email\":\"" + address + "\"}");
        CHECK(plain.ok() == valid);
        // The same address with its '@' escaped: decoded first, then scanned by the rule.
        std::string escaped = address;
        const std::size_t first_at = escaped.find('@');
        if (first_at != std::string::npos) escaped.replace(first_at, 1, "\\u0040");
        const auto decoded = invite::parse<shop::contact>("{\"email\":\"" + escaped + "\"}");
        CHECK(decoded.ok() == valid);
        CHECK(invite::validate(shop::contact{address}).empty() == valid);
        ++checked;
      }
    }
  }
  CHECK(checked == 2535); // 507 placements of five characters
}
