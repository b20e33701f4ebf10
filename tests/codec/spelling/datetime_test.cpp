#include <invite/codec/spelling/datetime.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <limits>
#include <string>
#include <string_view>

using invite::spelling::append_minute_datetime;
using invite::spelling::parse_minute_datetime;

namespace {

using minute_time = date::local_time<std::chrono::minutes>;

// The minute an expected value names, built with date's own calendar arithmetic.
minute_time at(int year, unsigned month, unsigned day, int hour, int minute) {
  const date::year_month_day calendar_date{date::year{year}, date::month{month}, date::day{day}};
  REQUIRE(calendar_date.ok());
  return minute_time{date::local_days{calendar_date}} + std::chrono::hours{hour} +
         std::chrono::minutes{minute};
}

std::string appended(minute_time when) {
  std::string text;
  append_minute_datetime(text, when);
  return text;
}

// "YYYY-MM-DD HH:MM" written independently of the code under test.
std::string expected_text(const date::year_month_day& calendar_date, int hour, int minute) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02d:%02d",
                static_cast<int>(calendar_date.year()), static_cast<unsigned>(calendar_date.month()),
                static_cast<unsigned>(calendar_date.day()), hour, minute);
  return buffer;
}

} // namespace

TEST_CASE("parse_minute_datetime reads the minute a valid text names") {
  CHECK(parse_minute_datetime("2024-05-17 09:30") == at(2024, 5, 17, 9, 30));
  CHECK(parse_minute_datetime("1970-01-01 00:00") == minute_time{std::chrono::minutes{0}});
  CHECK(parse_minute_datetime("1970-01-01 00:01") == minute_time{std::chrono::minutes{1}});
  CHECK(parse_minute_datetime("1969-12-31 23:59") == minute_time{std::chrono::minutes{-1}});
  CHECK(parse_minute_datetime("1970-01-02 00:00") == minute_time{std::chrono::minutes{1440}});
  CHECK(parse_minute_datetime("0000-01-01 00:00") == at(0, 1, 1, 0, 0));
  CHECK(parse_minute_datetime("9999-12-31 23:59") == at(9999, 12, 31, 23, 59));
  CHECK(parse_minute_datetime("2024-12-31 23:59") == at(2024, 12, 31, 23, 59));
  CHECK(parse_minute_datetime("2024-01-01 00:00") == at(2024, 1, 1, 0, 0));
}

TEST_CASE("parse_minute_datetime knows the leap years of the proleptic Gregorian calendar") {
  CHECK(parse_minute_datetime("2024-02-29 12:00") == at(2024, 2, 29, 12, 0));
  CHECK(parse_minute_datetime("2000-02-29 12:00") == at(2000, 2, 29, 12, 0)); // divisible by 400
  CHECK(parse_minute_datetime("1600-02-29 12:00") == at(1600, 2, 29, 12, 0));
  CHECK(parse_minute_datetime("0000-02-29 00:00") == at(0, 2, 29, 0, 0));     // year 0 is a leap year
  CHECK(parse_minute_datetime("0004-02-29 00:00") == at(4, 2, 29, 0, 0));
  CHECK(parse_minute_datetime("9996-02-29 00:00") == at(9996, 2, 29, 0, 0));
  CHECK_FALSE(parse_minute_datetime("2023-02-29 12:00"));
  CHECK_FALSE(parse_minute_datetime("1900-02-29 12:00")); // divisible by 100, not by 400
  CHECK_FALSE(parse_minute_datetime("2100-02-29 12:00"));
  CHECK_FALSE(parse_minute_datetime("0001-02-29 00:00"));
  CHECK_FALSE(parse_minute_datetime("9999-02-29 00:00"));
  CHECK_FALSE(parse_minute_datetime("2024-02-30 00:00"));
  CHECK(parse_minute_datetime("2023-02-28 23:59") == at(2023, 2, 28, 23, 59));
}

TEST_CASE("parse_minute_datetime wants a real month and day") {
  CHECK_FALSE(parse_minute_datetime("2024-00-10 10:00"));
  CHECK_FALSE(parse_minute_datetime("2024-13-10 10:00"));
  CHECK_FALSE(parse_minute_datetime("2024-99-10 10:00"));
  CHECK_FALSE(parse_minute_datetime("2024-01-00 10:00"));
  CHECK_FALSE(parse_minute_datetime("2024-01-32 10:00"));
  CHECK_FALSE(parse_minute_datetime("2024-01-99 10:00"));
  for (const char* month : {"04", "06", "09", "11"}) {
    CAPTURE(month);
    CHECK(parse_minute_datetime(std::string("2024-") + month + "-30 10:00"));
    CHECK_FALSE(parse_minute_datetime(std::string("2024-") + month + "-31 10:00"));
  }
  for (const char* month : {"01", "03", "05", "07", "08", "10", "12"}) {
    CAPTURE(month);
    CHECK(parse_minute_datetime(std::string("2024-") + month + "-31 10:00"));
    CHECK_FALSE(parse_minute_datetime(std::string("2024-") + month + "-32 10:00"));
  }
}

TEST_CASE("parse_minute_datetime wants hour 00-23 and minute 00-59") {
  CHECK(parse_minute_datetime("2024-05-17 23:59") == at(2024, 5, 17, 23, 59));
  CHECK(parse_minute_datetime("2024-05-17 00:00") == at(2024, 5, 17, 0, 0));
  CHECK_FALSE(parse_minute_datetime("2024-05-17 24:00"));
  CHECK_FALSE(parse_minute_datetime("2024-05-17 00:60"));
  CHECK_FALSE(parse_minute_datetime("2024-05-17 23:60"));
  CHECK_FALSE(parse_minute_datetime("2024-05-17 99:99"));
  for (int hour = 0; hour < 100; ++hour) {
    char text[32];
    std::snprintf(text, sizeof text, "2024-05-17 %02d:00", hour);
    CAPTURE(text);
    CHECK(parse_minute_datetime(text).has_value() == (hour <= 23));
  }
  for (int minute = 0; minute < 100; ++minute) {
    char text[32];
    std::snprintf(text, sizeof text, "2024-05-17 12:%02d", minute);
    CAPTURE(text);
    CHECK(parse_minute_datetime(text).has_value() == (minute <= 59));
  }
}

TEST_CASE("parse_minute_datetime takes exactly YYYY-MM-DD HH:MM and nothing around it") {
  const std::string_view invalid[] = {
      "",
      "2024-05-17",
      "2024-05-17T09:30",        // ISO 8601's T
      "2024-05-17t09:30",
      "2024-05-17 09:30:00",     // seconds
      "2024-05-17 09:30Z",       // zones
      "2024-05-17 09:30+01:00",
      "2024-05-17 09:30 UTC",
      " 2024-05-17 09:30",       // padding
      "2024-05-17 09:30 ",
      "2024-05-17  09:30",
      "2024-05-17 9:30",         // length 15
      "2024-5-17 09:30",
      "2024-05-7 09:30",
      "2024-05-17 09:3",
      "024-05-17 09:30",
      "02024-05-17 09:30",       // length 17
      "2024-05-17 009:30",
      "+024-05-17 09:30",        // signs
      "-024-05-17 09:30",
      "2024-+5-17 09:30",
      "2024/05/17 09:30",        // other separators
      "2024.05.17 09:30",
      "2024-05-17_09:30",
      "2024-05-17 09.30",
      "2024-05-17\t09:30",
      "20240517 0930xxxx",
      "2024-05-17 09:3a",        // letters for digits
      "2O24-05-17 09:30",
      "2024-05-17 O9:30",
      "abcd-ef-gh ij:kl",
      "    -  -     :  ",
  };
  for (const auto text : invalid) {
    CAPTURE(text);
    CHECK_FALSE(parse_minute_datetime(text));
  }
  CHECK_FALSE(parse_minute_datetime(std::string_view{"2024-05-17 09:3\0", 16}));
  CHECK_FALSE(parse_minute_datetime(std::string_view{"2024-05-17\0" "09:30", 16}));
}

TEST_CASE("parse_minute_datetime takes only ASCII digits") {
  // U+0662 U+0660 (Arabic-Indic 2 and 0) in place of "20": still 16 octets.
  const std::string_view arabic_indic = "\xD9\xA2\xD9\xA0-05-17 09:30";
  REQUIRE(arabic_indic.size() == 16);
  CHECK_FALSE(parse_minute_datetime(arabic_indic));
  // U+FF12 (fullwidth 2) for the first digit: 18 octets.
  CHECK_FALSE(parse_minute_datetime("\xEF\xBC\x92" "024-05-17 09:30"));
  // Every byte that is not an ASCII digit, in every digit position.
  for (const std::size_t position : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15}) {
    for (int code = 0; code <= 0xFF; ++code) {
      if (code >= '0' && code <= '9') continue;
      std::string text = "2024-05-17 09:30";
      text[position] = static_cast<char>(code);
      CAPTURE(position, code);
      CHECK_FALSE(parse_minute_datetime(text));
    }
  }
}

TEST_CASE("append_minute_datetime writes what parse_minute_datetime read") {
  for (const std::string_view text :
       {"2024-05-17 09:30", "2024-02-29 23:59", "2000-02-29 00:00", "0000-02-29 00:00",
        "0000-01-01 00:00", "9999-12-31 23:59", "1969-12-31 23:59", "1970-01-01 00:00",
        "0001-01-01 00:01", "1600-03-01 12:34"}) {
    CAPTURE(text);
    const auto parsed = parse_minute_datetime(text);
    REQUIRE(parsed);
    CHECK(appended(*parsed) == text);
  }
}

TEST_CASE("append_minute_datetime appends, keeping what the string held") {
  std::string text = "expiry: ";
  append_minute_datetime(text, at(2024, 5, 17, 9, 30));
  CHECK(text == "expiry: 2024-05-17 09:30");
  append_minute_datetime(text, at(1, 1, 1, 0, 0));
  CHECK(text == "expiry: 2024-05-17 09:300001-01-01 00:00");
}

TEST_CASE("parse and append agree on every day of years 0000-9999") {
  // One minute per day, walking the minute of the day so that every hour and minute is met too.
  const date::local_days first{date::year{0} / 1 / 1};
  const date::local_days last{date::year{9999} / 12 / 31};
  int minute_of_day = 0;
  std::size_t days = 0, mismatches = 0;
  for (date::local_days day = first; day <= last; day += date::days{1}) {
    const int hour = minute_of_day / 60, minute = minute_of_day % 60;
    const std::string text = expected_text(date::year_month_day{day}, hour, minute);
    const minute_time expected = minute_time{day} + std::chrono::minutes{minute_of_day};
    const auto parsed = parse_minute_datetime(text);
    if (!parsed || *parsed != expected || appended(expected) != text) {
      if (++mismatches <= 5) FAIL_CHECK(text);
    }
    minute_of_day = (minute_of_day + 7) % 1440;
    ++days;
  }
  CHECK(days == 3652425); // 10000 years of 365.2425 days
  CHECK(mismatches == 0);
}

TEST_CASE("append_minute_datetime writes years outside 0000-9999 as date's %Y does") {
  CHECK(appended(at(0, 1, 1, 0, 0) - std::chrono::minutes{1}) == "-0001-12-31 23:59");
  CHECK(appended(at(10000, 1, 1, 0, 0)) == "10000-01-01 00:00");
  CHECK(appended(at(-10000, 3, 4, 5, 6)) == "-10000-03-04 05:06");
  CHECK(appended(at(-4, 2, 29, 0, 0)) == "-0004-02-29 00:00"); // -4 is a leap year
  for (int year = -32767; year <= 32767; year += 97) {
    const auto when = at(year, 7, 15, 18, 45);
    CAPTURE(year);
    CHECK(appended(when) == date::format("%Y-%m-%d %H:%M", when));
  }
}

TEST_CASE("a text written for a year outside 0000-9999 does not parse back") {
  CHECK_FALSE(parse_minute_datetime(appended(at(0, 1, 1, 0, 0) - std::chrono::minutes{1})));
  CHECK_FALSE(parse_minute_datetime(appended(at(10000, 1, 1, 0, 0))));
  CHECK_FALSE(parse_minute_datetime(appended(at(-10000, 1, 1, 0, 0))));
}

TEST_CASE("append_minute_datetime writes the extreme minutes with a correct year") {
  // date's own types are too narrow here; check the year against the mean Gregorian year.
  using limits = std::numeric_limits<std::chrono::minutes::rep>;
  const double minutes_per_year = 365.2425 * 1440;
  for (const auto count : {limits::min(), limits::max()}) {
    const std::string text = appended(minute_time{std::chrono::minutes{count}});
    CAPTURE(text);
    const auto year_end = text.find('-', 1);
    REQUIRE(year_end != std::string::npos);
    const double year = std::stod(text.substr(0, year_end));
    const double estimate = 1970 + static_cast<double>(count) / minutes_per_year;
    CHECK(year - estimate < 1.5);
    CHECK(estimate - year < 1.5);
    CHECK(text.size() == year_end + 12); // "-MM-DD HH:MM"
  }
}

TEST_CASE("parse_minute_datetime works at compile time") {
  STATIC_REQUIRE(parse_minute_datetime("2024-02-29 23:59").has_value());
  STATIC_REQUIRE_FALSE(parse_minute_datetime("2023-02-29 23:59").has_value());
  STATIC_REQUIRE(noexcept(parse_minute_datetime("")));
}
