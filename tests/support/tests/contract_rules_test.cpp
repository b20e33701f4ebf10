// The rules of the test support's reference, at the edges docs/contract.md draws: the
// conformance vectors reach them through whole documents, these one rule at a time, so that a
// wrong rule is named by the test that fails.

#include <invite_test/contract_rules.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace invite_test;

TEST_CASE("number grammar: RFC 8259's, whatever the magnitude", "[robustness][rules]") {
  for (const char* integer : {"0", "-0", "7", "-12", "9223372036854775808", "123456789012345678901234567890"}) {
    INFO(integer);
    CHECK(classify_number(integer) == number_form::integer);
  }
  for (const char* other : {"0.5", "-1e3", "1E+2", "12.0", "1e400", "0e0"}) {
    INFO(other);
    CHECK(classify_number(other) == number_form::fraction_or_exponent);
  }
  for (const char* malformed : {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "0x10", "1 ", "--1", "1.2.3"}) {
    INFO('"' << malformed << '"');
    CHECK(classify_number(malformed) == number_form::malformed);
  }
}

TEST_CASE("ids: 1 to 2^63-1", "[robustness][rules]") {
  CHECK(id_of_integer_literal("1") == 1);
  CHECK(id_of_integer_literal("9223372036854775807") == max_id);
  for (const char* outside : {"0", "-0", "-4", "9223372036854775808", "18446744073709551616", "99999999999999999999999"}) {
    INFO(outside);
    CHECK_FALSE(id_of_integer_literal(outside).has_value());
  }
}

TEST_CASE("keys: each declared spelling and nothing else", "[robustness][rules]") {
  CHECK(classify_request_key("assessment_id") == request_key::assessment_id);
  CHECK(classify_request_key("invite_format") == request_key::invite_format);
  CHECK(classify_request_key("expiry_date") == request_key::expiry_date);
  CHECK(classify_request_key("candidates") == request_key::candidates);
  CHECK(classify_candidate_key("candidate_name") == candidate_key::candidate_name);
  CHECK(classify_candidate_key("candidate_email") == candidate_key::candidate_email);
  CHECK(classify_invitation_key("invite_link") == invitation_key::invite_link);
  CHECK(classify_invitation_key("candidate_id") == invitation_key::candidate_id);
  CHECK(classify_response_key("invites") == response_key::invites);
  for (const char* unknown : {"", "Name", "names", "assessment_iD", "candidate", "invite", "emai1"}) {
    INFO(unknown);
    CHECK(classify_request_key(unknown) == request_key::unknown);
    CHECK(classify_candidate_key(unknown) == candidate_key::unknown);
    CHECK(classify_invitation_key(unknown) == invitation_key::unknown);
  }
}

TEST_CASE("expiry: exactly YYYY-MM-DD HH:MM of a real minute", "[robustness][rules]") {
  CHECK(minutes_since_1970("1970-01-01 00:00") == 0);
  CHECK(minutes_since_1970("1970-01-02 00:01") == 24 * 60 + 1);
  CHECK(minutes_since_1970("1969-12-31 23:59") == -1);
  CHECK(minutes_since_1970("2024-02-29 12:00").has_value());
  CHECK(minutes_since_1970("2000-02-29 12:00").has_value());
  CHECK(minutes_since_1970("0000-02-29 00:00").has_value());
  for (const char* wrong : {"2023-02-29 10:00", "1900-02-29 10:00", "2024-04-31 10:00", "2024-01-01 24:00",
                            "2024-01-01 10:60", "2024-00-01 10:00", "2024-13-01 10:00", "2024-01-00 10:00",
                            "2024-01-01T10:00", "2024-01-01 10:00:00", " 2024-01-01 10:00", "24-01-01 10:00",
                            "2024-1-01 10:00", "+024-01-01 10:00"}) {
    INFO(wrong);
    CHECK_FALSE(minutes_since_1970(wrong).has_value());
  }
  for (const char* text : {"0000-01-01 00:00", "2024-02-29 23:59", "9999-12-31 23:59", "1970-01-01 00:00"}) {
    INFO(text);
    const auto when = parse_expiry(text);
    REQUIRE(when.has_value());
    CHECK(format_expiry(*when) == text);
  }
  CHECK(minutes_before_year(1970) == 0);
  CHECK(minutes_before_year(1971) == 365 * 24 * 60);
}

TEST_CASE("names: each broken rule on its own", "[robustness][rules]") {
  CHECK(check_name("Ada").ok());
  CHECK(check_name(" x ").ok());
  CHECK(check_name("\xC2\x85").ok()); // U+0085 is no control character under the contract
  CHECK(check_name("").too_short);
  CHECK(check_name("   ").too_short);
  CHECK(check_name("\t").invalid_characters);
  CHECK_FALSE(check_name("\t").too_short);
  CHECK(check_name("a\x7f").invalid_characters);
  std::string longest;
  for (int i = 0; i < 255; ++i) longest += "\xF0\x9F\x98\x80"; // 255 code points, 1020 octets
  CHECK(check_name(longest).ok());
  const name_verdict too_long = check_name(longest + "\t");
  CHECK(too_long.too_long);
  CHECK(too_long.invalid_characters);
}

TEST_CASE("e-mails: WHATWG's valid address and the contract's octet limits", "[robustness][rules]") {
  for (const std::string& valid : {std::string("a@b"), std::string(".a..b.@c-d.e"), std::string("!#$%&'*+/=?^_`{|}~-@x"),
                                  std::string(64, 'l') + "@x.io",
                                  std::string(64, 'l') + "@" + std::string(63, 'd') + "." + std::string(63, 'd') + "." +
                                      std::string(61, 'd')}) {
    INFO(valid);
    CHECK(is_valid_email(valid));
  }
  for (const std::string& invalid :
       {std::string(""), std::string("@x"), std::string("a@"), std::string("a@b@c"), std::string("a@-x"),
        std::string("a@x-"), std::string("a@x..y"), std::string("a@.x"), std::string("a b@x"), std::string("\"a\"@x"),
        std::string("\xC3\xA9@x"), std::string(65, 'l') + "@x.io", "a@" + std::string(64, 'd'),
        std::string(64, 'l') + "@" + std::string(63, 'd') + "." + std::string(63, 'd') + "." + std::string(62, 'd')}) {
    INFO(invalid);
    CHECK_FALSE(is_valid_email(invalid));
  }
  CHECK(equal_ignoring_ascii_case("Ab@X.io", "aB@x.IO"));
  CHECK_FALSE(equal_ignoring_ascii_case("\xC3\xA9@x", "\xC3\x89@x"));
}

TEST_CASE("invite links: http(s), a host, printable ASCII, 2048 octets", "[robustness][rules]") {
  for (const char* valid : {"http://x", "HTTPS://x.io/a?b#c", "https://user@host:8080/p", "http://h\\p"}) {
    INFO(valid);
    CHECK(is_valid_invite_link(valid));
  }
  for (const char* invalid : {"https:x.io", "https:///x.io", "ftp://x", "https://", "https://:80", "https://u@",
                              "https://x .io", "https://\xC3\xA9.io", "https://x.io/\x7f"}) {
    INFO(invalid);
    CHECK_FALSE(is_valid_invite_link(invalid));
  }
  const std::string longest = "https://x.io/" + std::string(max_link_octets - 13, 'a');
  CHECK(is_valid_invite_link(longest));
  CHECK_FALSE(is_valid_invite_link(longest + "a"));
}

TEST_CASE("JSON Pointers: RFC 6901's escaping", "[robustness][rules]") {
  std::string path;
  append_pointer_token(path, "a/b~c");
  CHECK(path == "/a~1b~0c");
  CHECK(is_json_pointer(path));
  CHECK(is_json_pointer(""));
  CHECK(is_json_pointer("/"));
  CHECK_FALSE(is_json_pointer("a"));
  CHECK_FALSE(is_json_pointer("/~2"));
  CHECK_FALSE(is_json_pointer("/~"));
}
