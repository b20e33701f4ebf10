#include <invite/codec/spelling/email.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <regex>
#include <string>
#include <string_view>

using invite::spelling::is_valid_email;
using invite::spelling::is_valid_email_in_padded_input;
using invite::spelling::max_email_local_octets;
using invite::spelling::max_email_octets;

namespace {

// The characters WHATWG's local part allows besides letters and digits (atext and ".").
constexpr std::string_view local_part_punctuation = ".!#$%&'*+/=?^_`{|}~-";

bool is_ascii_letter_or_digit(int code) {
  return (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || (code >= '0' && code <= '9');
}

// A domain of exactly `octets` octets: 63-letter labels, then a last one of 1-64 letters (the
// callers pick sizes whose last label is at most 63).
std::string domain_of_size(std::size_t octets) {
  std::string domain;
  while (octets > 64) {
    domain += std::string(63, 'd') + '.';
    octets -= 64;
  }
  return domain + std::string(octets, 'e');
}

} // namespace

TEST_CASE("is_valid_email accepts the addresses WHATWG's grammar allows") {
  const std::string_view valid[] = {
      "a@b",
      "user@example.com",
      "First.Last@Example.COM",
      "user+tag@sub.example.co.uk",
      "user@localhost",        // a dotless domain
      "user@123",              // labels may be all digits
      "user@1.2.3.4",          // a dotted quad is just four labels
      "user@a-b.c",            // a hyphen inside a label
      "user@a--b.c",           // two hyphens inside a label
      "user@xn--bcher-kva.ch", // punycode
      "0@0",
      ".user@x",               // dots anywhere in the local part
      "user.@x",
      "us..er@x",
      "...@x",
      "!#$%&'*+/=?^_`{|}~-@x", // every punctuation character of atext
      "-@x",
  };
  for (const auto address : valid) {
    CAPTURE(address);
    CHECK(is_valid_email(address));
  }
}

TEST_CASE("is_valid_email rejects a missing or repeated @ and empty parts") {
  const std::string_view invalid[] = {
      "", "@", "a", "example.com", "@x", "a@", "a@@x", "a@b@c", "@a@b", "a@x@",
  };
  for (const auto address : invalid) {
    CAPTURE(address);
    CHECK_FALSE(is_valid_email(address));
  }
}

TEST_CASE("is_valid_email rejects empty labels and labels with a hyphen at an end") {
  const std::string_view invalid[] = {
      "a@.x", "a@x.", "a@x..y", "a@.", "a@..", "a@-x", "a@x-", "a@-", "a@--",
      "a@x.-y", "a@x.y-", "a@-x.y", "a@x-.y", "a@x.y.-z",
  };
  for (const auto address : invalid) {
    CAPTURE(address);
    CHECK_FALSE(is_valid_email(address));
  }
}

TEST_CASE("is_valid_email rejects what RFC 5322 allows but WHATWG does not") {
  const std::string_view invalid[] = {
      "\"quoted\"@x",            // quoted local parts
      "\"a b\"@x",
      "\"a@b\"@x",
      "a(comment)@x",            // comments
      "a@(comment)x",
      "a@[127.0.0.1]",           // IP literals
      "a@[IPv6:2001:db8::1]",
      "a@x:25",                  // a port is no part of an address
      "a\\b@x",                  // backslash
      "a,b@x", "a;b@x", "a:b@x", "a<b@x", "a>b@x", "a[b@x", "a]b@x",
      "a@x_y",                   // underscore in the domain
      "a@x+y",
      "a@x/y",
  };
  for (const auto address : invalid) {
    CAPTURE(address);
    CHECK_FALSE(is_valid_email(address));
  }
}

TEST_CASE("is_valid_email rejects white space, control characters and non-ASCII") {
  const std::string_view invalid[] = {
      " a@x", "a@x ", "a b@x", "a@x y", "a@ x", "a @x", "\ta@x", "a@x\n", "a@x\r\n", "a\x7F@x",
      "j\xC3\xB6rg@x",                  // "jörg": non-ASCII local part
      "a@b\xC3\xBC" "cher.ch",          // "bücher.ch": non-ASCII domain
      "a@x\xE3\x80\x82y",               // U+3002 ideographic full stop as a dot
      "\xEF\xBD\x81@x",                 // U+FF41 fullwidth a
  };
  for (const auto address : invalid) {
    CAPTURE(address);
    CHECK_FALSE(is_valid_email(address));
  }
  CHECK_FALSE(is_valid_email(std::string_view{"a\0@x", 4}));
  CHECK_FALSE(is_valid_email(std::string_view{"a@x\0", 4}));
}

TEST_CASE("is_valid_email allows exactly WHATWG's characters in the local part") {
  for (int code = 0; code <= 0xFF; ++code) {
    const char byte = static_cast<char>(code);
    const bool allowed = is_ascii_letter_or_digit(code) ||
                         local_part_punctuation.find(byte) != std::string_view::npos;
    CAPTURE(code);
    CHECK(is_valid_email(std::string(1, byte) + "@x") == allowed);
    if (byte != '@') CHECK(is_valid_email("a" + std::string(1, byte) + "b@x") == allowed);
  }
}

TEST_CASE("is_valid_email allows exactly letters, digits and inner hyphens in the domain") {
  for (int code = 0; code <= 0xFF; ++code) {
    const char byte = static_cast<char>(code);
    CAPTURE(code);
    CHECK(is_valid_email("a@" + std::string(1, byte)) == is_ascii_letter_or_digit(code));
    CHECK(is_valid_email("a@x" + std::string(1, byte) + "y") ==
          (is_ascii_letter_or_digit(code) || byte == '-' || byte == '.'));
  }
}

TEST_CASE("is_valid_email limits the local part to 64 octets") {
  REQUIRE(max_email_local_octets == 64);
  CHECK(is_valid_email(std::string(63, 'a') + "@x"));
  CHECK(is_valid_email(std::string(64, 'a') + "@x"));
  CHECK_FALSE(is_valid_email(std::string(65, 'a') + "@x"));
  CHECK_FALSE(is_valid_email(std::string(200, 'a') + "@x"));
  CHECK(is_valid_email(std::string(64, '.') + "@x"));
  CHECK_FALSE(is_valid_email(std::string(65, '.') + "@x"));
}

TEST_CASE("is_valid_email limits a domain label to 63 octets") {
  CHECK(is_valid_email("a@" + std::string(63, 'd')));
  CHECK_FALSE(is_valid_email("a@" + std::string(64, 'd')));
  CHECK(is_valid_email("a@x." + std::string(63, 'd') + ".y"));
  CHECK_FALSE(is_valid_email("a@x." + std::string(64, 'd') + ".y"));
  CHECK(is_valid_email("a@" + std::string(63, 'd') + "." + std::string(63, 'd')));
  CHECK_FALSE(is_valid_email("a@" + std::string(63, 'd') + "." + std::string(64, 'd')));
  CHECK(is_valid_email("a@d" + std::string(61, '-') + "d"));
  CHECK_FALSE(is_valid_email("a@d" + std::string(62, '-') + "d"));
}

TEST_CASE("is_valid_email limits the whole address to 254 octets") {
  REQUIRE(max_email_octets == 254);
  const std::string local(64, 'a');
  const std::string at_limit = local + "@" + domain_of_size(254 - 65);
  const std::string past_limit = local + "@" + domain_of_size(255 - 65);
  REQUIRE(at_limit.size() == 254);
  REQUIRE(past_limit.size() == 255);
  CHECK(is_valid_email(at_limit));
  CHECK_FALSE(is_valid_email(past_limit));

  // The total limit holds with a short local part too.
  const std::string short_local_at_limit = "a@" + domain_of_size(252);
  REQUIRE(short_local_at_limit.size() == 254);
  CHECK(is_valid_email(short_local_at_limit));
  CHECK_FALSE(is_valid_email("a@" + domain_of_size(253)));
  CHECK_FALSE(is_valid_email("a@" + domain_of_size(1000)));
}

TEST_CASE("is_valid_email works at compile time") {
  STATIC_REQUIRE(is_valid_email("user@example.com"));
  STATIC_REQUIRE_FALSE(is_valid_email("user@-example.com"));
  STATIC_REQUIRE(noexcept(is_valid_email("")));
}

TEST_CASE("is_valid_email finds a bad byte at any position of a long local part or label") {
  // The scans test four bytes at a time, then one by one: a bad byte must be caught in either.
  for (std::size_t length = 1; length <= 13; ++length) {
    const std::string run(length, 'q');
    CHECK(is_valid_email(run + "@" + run + ".example"));
    for (std::size_t position = 0; position < length; ++position) {
      CAPTURE(length, position);
      std::string local = run, label = run;
      local[position] = ' ';
      label[position] = '_'; // allowed before the @, not after it
      CHECK_FALSE(is_valid_email(local + "@" + run + ".example"));
      CHECK_FALSE(is_valid_email(run + "@" + label + ".example"));
      CHECK_FALSE(is_valid_email(run + "@example." + label));
      label[position] = '.';
      const bool label_still_valid = position != 0 && position + 1 != length; // no empty label
      CHECK(is_valid_email(run + "@" + label + ".example") == label_still_valid);
    }
  }
}

namespace {

// The WHATWG HTML standard's own regular expression for a valid e-mail address, with the
// contract's octet limits: an oracle written apart from the validator, to compare it with.
bool whatwg_regex_says_valid(const std::string& address) {
  static const std::regex grammar(
      "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
      "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
  const std::size_t at = address.find('@');
  return address.size() <= max_email_octets && at != std::string::npos && at <= max_email_local_octets &&
         std::regex_match(address, grammar);
}

// The block-wise validator, given the address followed by padding that would change the
// verdict if it were read as part of the address.
bool padded_verdict(const std::string& address) {
  std::string buffer = address;
  for (int i = 0; i < 64; ++i) buffer.push_back("@.-a\xC3 "[i % 6]);
  return is_valid_email_in_padded_input(std::string_view(buffer.data(), address.size()));
}

} // namespace

TEST_CASE("is_valid_email agrees with WHATWG's regular expression on every short text") {
  // Every text of up to 5 bytes over bytes that matter to the grammar: each class of the
  // local part and the domain, the separators, a space and a UTF-8 lead byte.
  const std::string alphabet = "aZ7-._!@ \xC3";
  std::size_t checked = 0;
  std::string text;
  const auto visit = [&](const auto& self, std::size_t length) -> void {
    if (text.size() == length) {
      ++checked;
      if (is_valid_email(text) != whatwg_regex_says_valid(text)) {
        FAIL_CHECK("disagreement on \"" << text << "\": is_valid_email says " << is_valid_email(text));
      }
      if (padded_verdict(text) != whatwg_regex_says_valid(text)) {
        FAIL_CHECK("disagreement on \"" << text << "\": is_valid_email_in_padded_input says " << padded_verdict(text));
      }
      return;
    }
    for (const char c : alphabet) {
      text.push_back(c);
      self(self, length);
      text.pop_back();
    }
  };
  for (std::size_t length = 0; length <= 5; ++length) visit(visit, length);
  CHECK(checked == 1 + 10 + 100 + 1000 + 10000 + 100000);
}

TEST_CASE("is_valid_email agrees with WHATWG's regular expression on longer addresses") {
  // Addresses that are mostly well-formed, with a few bytes changed: long runs cross the
  // eight-byte words the validator reads, and the changes land anywhere in them.
  std::uint64_t state = 0x1234567;
  const auto next = [&](std::size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % bound);
  };
  const std::string letters = "abcxyzABCXYZ0189";
  const std::string noise = "-._+!#~@ \x7F\xC3\xA9/=`{";
  for (int round = 0; round < 20000; ++round) {
    std::string address;
    const std::size_t local = 1 + next(70);
    for (std::size_t i = 0; i < local; ++i) address += letters[next(letters.size())];
    address += '@';
    const std::size_t labels = 1 + next(4);
    for (std::size_t l = 0; l < labels; ++l) {
      if (l != 0) address += '.';
      const std::size_t size = 1 + (next(8) == 0 ? 60 + next(6) : next(20));
      for (std::size_t i = 0; i < size; ++i) address += letters[next(letters.size())];
    }
    for (std::size_t changes = next(3); changes > 0; --changes) {
      address[next(address.size())] = noise[next(noise.size())];
    }
    CAPTURE(address);
    CHECK(is_valid_email(address) == whatwg_regex_says_valid(address));
    CHECK(padded_verdict(address) == whatwg_regex_says_valid(address));
  }
}

TEST_CASE("the block-wise validator judges every length up to and past 64 octets") {
  // a@b.c grown one character at a time in the local part, then in the domain, around the
  // 16-byte blocks and the 64-octet switch to the portable way.
  for (std::size_t local = 1; local <= 70; ++local) {
    for (const char* domain : {"b.c", "b-c.d", "b.c-", "-b.c", "b..c"}) {
      const std::string address = std::string(local, 'x') + "@" + domain;
      CAPTURE(address);
      CHECK(padded_verdict(address) == whatwg_regex_says_valid(address));
      CHECK(padded_verdict(address) == is_valid_email(address));
    }
  }
  CHECK(padded_verdict("first.last+tag@example.com"));
  CHECK_FALSE(padded_verdict("first.last+tag@exam_ple.com"));
  CHECK_FALSE(padded_verdict(""));
}
