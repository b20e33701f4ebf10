#include <invite/codec/spelling/url.hpp>

#include <invite/contract/limits.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

using invite::spelling::is_valid_http_url;

namespace {

// docs/contract.md section 4.5, written once in the library: contract/limits.hpp.
constexpr std::size_t contract_limit = invite::contract_limits::max_invite_link_octets;

// The grammar's cases, apart from the length limit every caller names.
constexpr bool valid_at_any_length(std::string_view url) noexcept {
  return is_valid_http_url(url, std::numeric_limits<std::size_t>::max());
}

} // namespace

TEST_CASE("is_valid_http_url accepts absolute http and https URLs with a host") {
  const std::string_view valid[] = {
      "http://x",
      "https://x",
      "https://example.com",
      "https://example.com/",
      "https://example.com/invite/abc?token=1&b=%20#top",
      "http://example.com:8080/path",
      "https://example.com:",          // an empty port is not our concern
      "https://user:pass@example.com/",
      "https://user@example.com",
      "https://a@b@example.com",       // the host follows the last '@'
      "http://[::1]:8080/",
      "http://127.0.0.1/",
      "https://x?q",
      "https://x#f",
      "https://x/?#",
      "https://example.com/a:b@c",     // '@' and ':' after the authority belong to the path
      "https://localhost./",
      "https://~!$&'()*+,;=-._/",
  };
  for (const auto url : valid) {
    CAPTURE(url);
    CHECK(valid_at_any_length(url));
  }
}

TEST_CASE("is_valid_http_url takes the scheme in any case") {
  for (const std::string_view scheme :
       {"http", "HTTP", "Http", "hTTp", "https", "HTTPS", "Https", "httpS", "hTtPs"}) {
    CAPTURE(scheme);
    CHECK(valid_at_any_length(std::string(scheme) + "://example.com/x"));
    CHECK_FALSE(valid_at_any_length(std::string(scheme) + ":example.com/x"));
  }
}

TEST_CASE("is_valid_http_url rejects other schemes and relative references") {
  const std::string_view invalid[] = {
      "ftp://example.com",   "file:///etc/passwd",   "mailto:a@example.com",
      "ws://example.com",    "wss://example.com",    "httpx://example.com",
      "httpss://example.com","htp://example.com",    "http2://example.com",
      "xhttp://example.com", "//example.com",        "/invite/abc",
      "example.com",         "",                     "http",
      "https",               "http:",                "https:",
      "https:/",             "javascript:alert(1)",  "h\xC5\xA3tp://example.com",
  };
  for (const auto url : invalid) {
    CAPTURE(url);
    CHECK_FALSE(valid_at_any_length(url));
  }
}

TEST_CASE("is_valid_http_url wants :// and a non-empty host") {
  const std::string_view invalid[] = {
      "https:x.io",       // the contract's examples
      "https:///x.io",
      "http://",
      "https://",
      "https:/x.io",
      "https:\\\\x.io",
      "https://\\x.io",   // WHATWG reads '\' as '/' in http(s) URLs
      "https://?q=1",
      "https://#top",
      "https:///",
      "https://user@",    // userinfo is not host
      "https://user@/x",
      "https://user:pass@",
      "https://a@b@",
      "https://:443",     // a port without a host
      "https://:443/x",
      "https://user@:443",
  };
  for (const auto url : invalid) {
    CAPTURE(url);
    CHECK_FALSE(valid_at_any_length(url));
  }
}

TEST_CASE("is_valid_http_url takes only printable ASCII, anywhere") {
  const std::string_view invalid[] = {
      "https://example.com/a b", "https://exa mple.com", " https://example.com",
      "https://example.com ",    "https://example.com/\t", "https://example.com\n",
      "https://example.com/\r\n", "https://example.com/\x7F", "https://\x7F" "example.com",
      "https://example.com/\x80", "https://b\xC3\xBC" "cher.de/", "https://example.com/caf\xC3\xA9",
      "https://example.com/?q=\xE2\x82\xAC", "https://example.com/\xFF",
  };
  for (const auto url : invalid) {
    CAPTURE(url);
    CHECK_FALSE(valid_at_any_length(url));
  }
  CHECK_FALSE(valid_at_any_length(std::string_view{"https://example.com/\0", 21}));
  CHECK_FALSE(valid_at_any_length(std::string_view{"https://\0", 9}));

  for (int code = 0; code <= 0xFF; ++code) {
    const char byte = static_cast<char>(code);
    const bool printable = code >= 0x21 && code <= 0x7E;
    CAPTURE(code);
    CHECK(valid_at_any_length("https://example.com/" + std::string(1, byte)) == printable);
    CHECK(valid_at_any_length("https://example.com/a" + std::string(1, byte) + "b") == printable);
    CHECK(valid_at_any_length("https://ex" + std::string(1, byte) + "ample.com") == printable);
  }
}

TEST_CASE("is_valid_http_url judges each single-character host") {
  for (int code = 0; code <= 0xFF; ++code) {
    const char byte = static_cast<char>(code);
    const bool printable = code >= 0x21 && code <= 0x7E;
    // These leave the host empty: they end the authority, end the userinfo, or start the port.
    const bool empties_host = byte == '/' || byte == '?' || byte == '#' || byte == '\\' ||
                              byte == '@' || byte == ':';
    CAPTURE(code);
    CHECK(valid_at_any_length("http://" + std::string(1, byte)) == (printable && !empties_host));
  }
}

TEST_CASE("is_valid_http_url with the contract's limit: 2048 octets") {
  STATIC_REQUIRE(contract_limit == 2048);
  const std::string prefix = "https://example.com/";
  const std::string at_limit = prefix + std::string(2048 - prefix.size(), 'a');
  const std::string past_limit = at_limit + "a";
  REQUIRE(at_limit.size() == 2048);
  CHECK(is_valid_http_url(at_limit, contract_limit));
  CHECK_FALSE(is_valid_http_url(past_limit, contract_limit));
  CHECK_FALSE(is_valid_http_url(prefix + std::string(100000, 'a'), contract_limit));
}

TEST_CASE("is_valid_http_url honours a caller's limit") {
  CHECK(is_valid_http_url("http://x.y", 10));
  CHECK_FALSE(is_valid_http_url("http://x.yz", 10));
  CHECK_FALSE(is_valid_http_url("http://x", 0));
  const std::string long_link = "https://example.com/" + std::string(3000, 'a');
  CHECK(is_valid_http_url(long_link, long_link.size()));
  CHECK_FALSE(is_valid_http_url(long_link, long_link.size() - 1));
}

TEST_CASE("is_valid_http_url works at compile time") {
  STATIC_REQUIRE(is_valid_http_url("HTTPS://example.com", contract_limit));
  STATIC_REQUIRE_FALSE(is_valid_http_url("https:///example.com", contract_limit));
  STATIC_REQUIRE(noexcept(is_valid_http_url("", contract_limit)));
}
