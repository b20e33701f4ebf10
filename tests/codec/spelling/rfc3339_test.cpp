// validators/datetime.hpp's RFC 3339 date-times (section 5.6): what parse_rfc3339_date_time reads,
// what it refuses, and what write_rfc3339_date_time writes. Expected instants are counted by
// hand from 1970-01-01T00:00:00Z: 2024-02-29 is day 19782 (54 years of 365 days, 13 leap days).

#include <invite/codec/spelling/datetime.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using invite::spelling::parse_rfc3339_date_time;
using invite::spelling::rfc3339_instant;

namespace {

constexpr long long day_2024_02_29 = 19782;

std::string written(rfc3339_instant when, unsigned fraction_digits) {
  char buffer[invite::spelling::max_written_datetime_size];
  return std::string(buffer, invite::spelling::write_rfc3339_date_time(buffer, when, fraction_digits));
}

} // namespace

TEST_CASE("parse_rfc3339_date_time reads UTC, offsets and fractions") {
  const auto utc = parse_rfc3339_date_time("2024-02-29T12:34:56Z");
  REQUIRE(utc);
  CHECK(utc->seconds == day_2024_02_29 * 86400 + 12 * 3600 + 34 * 60 + 56);
  CHECK(utc->nanoseconds == 0);
  // 't' and 'z' in lower case, and the epoch itself.
  const auto epoch = parse_rfc3339_date_time("1970-01-01t00:00:00z");
  REQUIRE(epoch);
  CHECK(epoch->seconds == 0);
  // An offset is subtracted to give UTC: 14:04:56+01:30 is 12:34:56Z; -00:30 adds half an hour.
  const auto ahead = parse_rfc3339_date_time("2024-02-29T14:04:56+01:30");
  REQUIRE(ahead);
  CHECK(ahead->seconds == utc->seconds);
  const auto behind = parse_rfc3339_date_time("2024-02-29T12:04:56-00:30");
  REQUIRE(behind);
  CHECK(behind->seconds == utc->seconds);
  const auto extreme = parse_rfc3339_date_time("1970-01-01T00:00:00+23:59");
  REQUIRE(extreme);
  CHECK(extreme->seconds == -(23 * 3600 + 59 * 60));
  // Fractions: any number of digits, to the nanosecond; zeros past it are allowed.
  CHECK(parse_rfc3339_date_time("1970-01-01T00:00:00.5Z")->nanoseconds == 500000000);
  CHECK(parse_rfc3339_date_time("1970-01-01T00:00:00.123456789Z")->nanoseconds == 123456789);
  CHECK(parse_rfc3339_date_time("1970-01-01T00:00:00.000000001000Z")->nanoseconds == 1);
  CHECK(parse_rfc3339_date_time("1970-01-01T00:00:00.25+00:00")->nanoseconds == 250000000);
}

TEST_CASE("parse_rfc3339_date_time refuses what RFC 3339 or a clock without leap seconds cannot take") {
  for (std::string_view bad : {
           "2024-02-29T12:34:56",           // no zone
           "2024-02-29 12:34:56Z",          // a space for the T
           "2024-02-30T12:34:56Z",          // no such day
           "2024-02-29T24:00:00Z",          // hour 24
           "2024-02-29T12:60:00Z",          // minute 60
           "2024-02-29T12:34:60Z",          // a leap second
           "2024-02-29T1a:34:56Z",          // not a digit
           "2024-02-29T12:34:56.Z",         // a dot without digits
           "2024-02-29T12:34:56.1234567891Z", // a tenth digit that is not zero
           "2024-02-29T12:34:56+24:00",     // offset hour 24
           "2024-02-29T12:34:56+01:60",     // offset minute 60
           "2024-02-29T12:34:56+1:30",      // a one-digit offset hour
           "2024-02-29T12:34:56+01-30",     // no colon in the offset
           "2024-02-29T12:34:56+0a:30",     // not a digit in the offset
           "2024-02-29T12:34:56ZZ",         // something after the zone
           "2024-02-29T12:34:56+01:30 ",    // a space after the offset
           "2024-02-29T12:34:56X",          // no zone, something else
           "2024-02-29T12:34:5Z",           // too short
       }) {
    INFO(bad);
    CHECK_FALSE(parse_rfc3339_date_time(bad));
  }
}

TEST_CASE("write_rfc3339_date_time writes UTC with the fraction digits asked for, truncating") {
  const rfc3339_instant when{day_2024_02_29 * 86400 + 12 * 3600 + 34 * 60 + 56, 123456789};
  CHECK(written(when, 0) == "2024-02-29T12:34:56Z");
  CHECK(written(when, 3) == "2024-02-29T12:34:56.123Z");
  CHECK(written(when, 9) == "2024-02-29T12:34:56.123456789Z");
  CHECK(written({-1, 0}, 0) == "1969-12-31T23:59:59Z");
  // Read back, a written instant is the same instant.
  const auto read = parse_rfc3339_date_time(written(when, 9));
  REQUIRE(read);
  CHECK(read->seconds == when.seconds);
  CHECK(read->nanoseconds == when.nanoseconds);
}
