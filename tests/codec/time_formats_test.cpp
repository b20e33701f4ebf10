// time_formats.hpp: RFC 3339 for every Duration it allows, at the limits of the Duration and of
// years 0000-9999, with the offset that moves an instant across them; and the schema pattern
// of each precision. tests/schema compares the schema with the parser over many more texts.

#include <invite/codec/time_formats.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <ratio>
#include <regex>
#include <string>
#include <string_view>

#include <date/date.h>

namespace {

template <class Duration>
std::optional<date::sys_time<Duration>> read(std::string_view text) {
  date::sys_time<Duration> value{};
  if (!invite::rfc3339_format<Duration>::parse(text, value)) return std::nullopt;
  return value;
}

template <class Duration>
std::string written(date::sys_time<Duration> value) {
  char text[invite::rfc3339_format<Duration>::max_size];
  return std::string(text, invite::rfc3339_format<Duration>::write(text, value));
}

template <class Duration>
std::vector<std::string> patterns() {
  // The fragment writes its patterns as JSON strings under "allOf"; this reads them back.
  invite::schema_fragment fragment;
  invite::rfc3339_format<Duration>::schema(fragment);
  std::string keywords;
  fragment.append_keywords(keywords);
  std::vector<std::string> found;
  const std::regex pattern_member(R"re("pattern":"((?:[^"\\]|\\.)*)")re");
  for (std::sregex_iterator it(keywords.begin(), keywords.end(), pattern_member), end; it != end; ++it) {
    std::string regex;
    const std::string escaped = (*it)[1];
    for (std::size_t i = 0; i < escaped.size(); ++i) {
      if (escaped[i] == '\\' && i + 1 < escaped.size()) ++i; // \\ and \" only: the patterns use no other escapes
      regex.push_back(escaped[i]);
    }
    found.push_back(regex);
  }
  return found;
}

template <class Duration>
bool schema_accepts(const std::string& text) {
  for (const std::string& pattern : patterns<Duration>()) {
    if (!std::regex_search(text, std::regex(pattern, std::regex::ECMAScript))) return false;
  }
  return true;
}

using std::chrono::microseconds;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::nanoseconds;
using std::chrono::seconds;
using quarter_seconds = std::chrono::duration<std::int64_t, std::ratio<1, 4>>;
using unsigned_seconds = std::chrono::duration<std::uint32_t>;
using narrow_milliseconds = std::chrono::duration<std::int32_t, std::milli>;

} // namespace

TEST_CASE("nanoseconds reach exactly their own limits, in 1677 and 2262", "[time formats]") {
  REQUIRE(read<nanoseconds>("2262-04-11T23:47:16.854775807Z") == date::sys_time<nanoseconds>::max());
  CHECK_FALSE(read<nanoseconds>("2262-04-11T23:47:16.854775808Z"));
  CHECK(read<nanoseconds>("2262-04-11T23:48:16.854775807+00:01") == date::sys_time<nanoseconds>::max());
  CHECK_FALSE(read<nanoseconds>("2262-04-11T23:47:16.854775807-00:01"));
  REQUIRE(read<nanoseconds>("1677-09-21T00:12:43.145224192Z") == date::sys_time<nanoseconds>::min());
  CHECK_FALSE(read<nanoseconds>("1677-09-21T00:12:43.145224191Z"));
  CHECK_FALSE(read<nanoseconds>("0000-01-01T00:00:00Z"));
  // Writing the limits overflows nothing and reads back.
  CHECK(written(date::sys_time<nanoseconds>::max()) == "2262-04-11T23:47:16.854775807Z");
  CHECK(written(date::sys_time<nanoseconds>::min()) == "1677-09-21T00:12:43.145224192Z");
  CHECK(written(date::sys_time<nanoseconds>{nanoseconds{-1}}) == "1969-12-31T23:59:59.999999999Z");
}

TEST_CASE("an instant is refused when its UTC year leaves 0000-9999, whatever its offset", "[time formats]") {
  // Accepted, it would be written back as a year no parse reads ("10000-01-01T00:00:59Z").
  CHECK(read<seconds>("9999-12-31T23:59:59Z"));
  CHECK(read<seconds>("9999-12-31T23:59:59+00:01"));
  CHECK_FALSE(read<seconds>("9999-12-31T23:59:59-00:01"));
  CHECK_FALSE(read<milliseconds>("9999-12-31T23:59:59.999-00:01"));
  CHECK(read<seconds>("0000-01-01T00:00:00Z"));
  CHECK(read<seconds>("0000-01-01T00:00:00-00:01"));
  CHECK_FALSE(read<seconds>("0000-01-01T00:00:00+00:01"));
  CHECK(written(*read<microseconds>("9999-12-31T23:59:59.999999Z")) == "9999-12-31T23:59:59.999999Z");
  CHECK(written(*read<seconds>("0000-01-01T00:00:00Z")) == "0000-01-01T00:00:00Z");
}

TEST_CASE("a fraction finer than the Duration is refused unless its extra digits are zeros", "[time formats]") {
  CHECK(read<seconds>("2026-03-01T10:00:00.000000000000Z"));
  CHECK_FALSE(read<seconds>("2026-03-01T10:00:00.250Z"));
  CHECK(read<milliseconds>("2026-03-01T10:00:00.250000Z"));
  CHECK_FALSE(read<milliseconds>("2026-03-01T10:00:00.250001Z"));
  CHECK(read<microseconds>("2026-03-01T10:00:00.1234560Z"));
  CHECK_FALSE(read<microseconds>("2026-03-01T10:00:00.1234567Z"));
  CHECK(read<nanoseconds>("2026-03-01T10:00:00.1234567890000Z"));
  CHECK_FALSE(read<nanoseconds>("2026-03-01T10:00:00.1234567891Z"));
  CHECK_FALSE(read<seconds>("2026-12-31T23:59:60Z")); // a leap second names no instant of the clock
}

TEST_CASE("Durations of whole minutes, hours, days and uneven ones read what they hold", "[time formats]") {
  CHECK(read<minutes>("2026-03-01T10:00:00Z"));
  CHECK(read<minutes>("2026-03-01T10:00:00.000+05:45"));
  CHECK_FALSE(read<minutes>("2026-03-01T10:00:30Z"));
  CHECK(written(*read<minutes>("2026-03-01T10:00:00+05:45")) == "2026-03-01T04:15:00Z");
  CHECK(read<std::chrono::hours>("2026-03-01T10:30:00+00:30"));
  CHECK_FALSE(read<std::chrono::hours>("2026-03-01T10:30:00Z"));
  CHECK(read<date::days>("2026-03-01T05:30:00+05:30") == date::sys_days{date::year{2026} / 3 / 1});
  CHECK_FALSE(read<date::days>("2026-03-01T10:00:00Z"));
  CHECK(read<quarter_seconds>("2026-03-01T10:00:00.75Z"));
  CHECK_FALSE(read<quarter_seconds>("2026-03-01T10:00:00.1Z"));
  CHECK(written(*read<quarter_seconds>("2026-03-01T10:00:00.5Z")) == "2026-03-01T10:00:00.50Z");
  CHECK(written(*read<quarter_seconds>("1969-12-31T23:59:59.75Z")) == "1969-12-31T23:59:59.75Z");
}

TEST_CASE("narrow and unsigned counts reach exactly their limits", "[time formats]") {
  CHECK_FALSE(read<unsigned_seconds>("1969-12-31T23:59:59Z"));
  CHECK(read<unsigned_seconds>("1970-01-01T00:00:00Z") == date::sys_time<unsigned_seconds>{});
  CHECK(read<unsigned_seconds>("2106-02-07T06:28:15Z") == date::sys_time<unsigned_seconds>::max());
  CHECK_FALSE(read<unsigned_seconds>("2106-02-07T06:28:16Z"));
  CHECK(read<narrow_milliseconds>("1970-01-25T20:31:23.647Z") == date::sys_time<narrow_milliseconds>::max());
  CHECK_FALSE(read<narrow_milliseconds>("1970-01-25T20:31:23.648Z"));
  CHECK(read<narrow_milliseconds>("1969-12-07T03:28:36.352Z") == date::sys_time<narrow_milliseconds>::min());
  CHECK_FALSE(read<narrow_milliseconds>("1969-12-07T03:28:36.351Z"));
  CHECK(written(date::sys_time<narrow_milliseconds>::min()) == "1969-12-07T03:28:36.352Z");
}

TEST_CASE("the message names the instants a member holds", "[time formats]") {
  std::string expected;
  invite::rfc3339_format<nanoseconds>::expected(expected);
  CHECK(expected.find("from 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z") != std::string::npos);
  expected.clear();
  invite::rfc3339_format<seconds>::expected(expected);
  CHECK(expected.find("from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z") != std::string::npos);
  expected.clear();
  invite::rfc3339_format<minutes>::expected(expected);
  CHECK(expected.find("from 0000-01-01T00:00:00Z to 9999-12-31T23:59:00Z") != std::string::npos);
  expected.clear();
  invite::rfc3339_format<quarter_seconds>::expected(expected);
  CHECK(expected.find("to 9999-12-31T23:59:59.75Z") != std::string::npos);
  CHECK(written(*read<minutes>("9999-12-31T23:59:00Z")) == "9999-12-31T23:59:00Z");
}

TEST_CASE("the schema states each precision's fraction digits, the seconds of coarse Durations and the years",
          "[time formats][schema]") {
  const std::string base = "2026-03-01T10:00:00";
  for (const std::string fraction : {"", ".0", ".000000000000", ".5", ".25", ".250", ".2500", ".2501", ".123", ".1234",
                                     ".123456", ".1234567", ".1234560", ".123456789", ".1234567891", ".1234567890"}) {
    for (const std::string zone : {"Z", "+05:45", "-23:59"}) {
      const std::string text = base + fraction + zone;
      INFO(text);
      CHECK(schema_accepts<seconds>(text) == read<seconds>(text).has_value());
      CHECK(schema_accepts<milliseconds>(text) == read<milliseconds>(text).has_value());
      CHECK(schema_accepts<microseconds>(text) == read<microseconds>(text).has_value());
      CHECK(schema_accepts<nanoseconds>(text) == read<nanoseconds>(text).has_value());
      CHECK(schema_accepts<minutes>(text) == read<minutes>(text).has_value());
    }
  }
  for (const std::string text : {"2026-03-01T10:00:30Z", "2026-03-01T10:00:59+05:45", "2026-12-31T23:59:60Z"}) {
    INFO(text);
    CHECK_FALSE(schema_accepts<minutes>(text));
    CHECK_FALSE(read<minutes>(text));
  }
  // Years: every one for milliseconds; for nanoseconds those a text with some offset can reach.
  CHECK(patterns<milliseconds>().size() == 1);
  for (const char* year : {"1676", "1677", "1678", "2000", "2261", "2262", "2263", "0000", "9999"}) {
    INFO(year);
    const std::string text = std::string(year) + "-06-01T12:00:00Z";
    const bool reached = std::string_view(year) >= "1677" && std::string_view(year) <= "2262";
    CHECK(schema_accepts<nanoseconds>(text) == reached);
  }
}
