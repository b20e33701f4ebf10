#ifndef INVITE_CODEC_SPELLING_DATETIME_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_DATETIME_HPP_INCLUDED

// Dates and times as text: the contract's "YYYY-MM-DD HH:MM" minute, and RFC 3339 date-times.
// Both read only years 0000-9999 of the proleptic Gregorian calendar, ASCII digits only, and
// nothing around the text.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace invite::spelling {

namespace detail {

// The value of the two ASCII digits at text[at], or -1 if either is not an ASCII digit.
constexpr int two_digits(std::string_view text, std::size_t at) noexcept {
  const unsigned tens = static_cast<unsigned char>(text[at]) - unsigned{'0'};
  const unsigned ones = static_cast<unsigned char>(text[at + 1]) - unsigned{'0'};
  return (tens <= 9 && ones <= 9) ? static_cast<int>(tens * 10 + ones) : -1;
}

/// "YYYY-MM-DD" at the start of `text` as days since 1970-01-01, if it names a real date.
constexpr std::optional<long long> read_full_date(std::string_view text) noexcept {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int century = two_digits(text, 0);
  const int year_of_century = two_digits(text, 2);
  const int month = two_digits(text, 5);
  const int day = two_digits(text, 8);
  if ((century | year_of_century | month | day) < 0) return std::nullopt;
  const date::year_month_day calendar_date{date::year{century * 100 + year_of_century},
                                           date::month{static_cast<unsigned>(month)},
                                           date::day{static_cast<unsigned>(day)}};
  if (!calendar_date.ok()) return std::nullopt;
  return date::sys_days{calendar_date}.time_since_epoch().count();
}

struct civil_date {
  long long year;
  long long month;
  long long day;
};

/// The calendar date of a day count since 1970-01-01, in 64 bits: date::days holds an int and
/// date::year a short, both too narrow for every value a caller's time point can hold.
/// Counting from 0000-03-01 puts each leap day at the end of a 400-year era.
constexpr civil_date civil_from_days(long long days_since_epoch) noexcept {
  const long long shifted_days = days_since_epoch + 719468;
  const long long era = (shifted_days >= 0 ? shifted_days : shifted_days - 146096) / 146097;
  const long long day_of_era = shifted_days - era * 146097;
  const long long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long long month_from_march = (5 * day_of_year + 2) / 153;
  const long long day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  const long long month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

/// Splits a count of `unit` (per day: 1440 minutes, 86400 seconds) into days and the rest,
/// flooring, so that negative counts land on the day before.
constexpr void split_days(long long count, long long per_day, long long& days, long long& rest) noexcept {
  days = count / per_day;
  rest = count % per_day;
  if (rest < 0) {
    rest += per_day;
    --days;
  }
}

constexpr char* put_two_digits(char* out, long long value) noexcept {
  *out++ = static_cast<char>('0' + value / 10);
  *out++ = static_cast<char>('0' + value % 10);
  return out;
}

/// Writes "YYYY-MM-DD" of a day count. Years outside 0000-9999 are written as date's %Y writes
/// them: a '-' before negative years, at least four digits, more when needed.
constexpr char* put_full_date(char* out, long long days_since_epoch) noexcept {
  const civil_date date = civil_from_days(days_since_epoch);
  if (date.year < 0) *out++ = '-';
  unsigned long long magnitude =
      date.year < 0 ? 0ull - static_cast<unsigned long long>(date.year) : static_cast<unsigned long long>(date.year);
  char digits[24] = {};
  std::size_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  for (std::size_t pad = count; pad < 4; ++pad) *out++ = '0';
  while (count != 0) *out++ = digits[--count];
  *out++ = '-';
  out = put_two_digits(out, date.month);
  *out++ = '-';
  return put_two_digits(out, date.day);
}

} // namespace detail

/// The most a minute or RFC 3339 text written here can take, whatever the time point.
inline constexpr std::size_t max_written_datetime_size = 48;

/// The minute named by exactly "YYYY-MM-DD HH:MM" (16 ASCII characters): a real date of the
/// proleptic Gregorian calendar in years 0000-9999, hour 00-23, minute 00-59; else nullopt.
constexpr std::optional<date::local_time<std::chrono::minutes>>
parse_minute_datetime(std::string_view text) noexcept {
  if (text.size() != 16 || text[10] != ' ' || text[13] != ':') return std::nullopt;
  const int hour = detail::two_digits(text, 11);
  const int minute = detail::two_digits(text, 14);
  if (hour < 0 || minute < 0 || hour > 23 || minute > 59) return std::nullopt;
  const std::optional<long long> days = detail::read_full_date(text);
  if (!days) return std::nullopt;
  return date::local_time<std::chrono::minutes>{std::chrono::minutes{*days * 1440 + hour * 60 + minute}};
}

/// Writes `when` as "YYYY-MM-DD HH:MM" (at most max_written_datetime_size bytes) and returns
/// its size. A value outside years 0000-9999 (which only a caller can build) is written with
/// date's %Y years ("-0001-12-31 23:59", "10000-01-01 00:00"), a text that does not parse back.
constexpr std::size_t write_minute_datetime(char* out, date::local_time<std::chrono::minutes> when) noexcept {
  long long days = 0;
  long long minute_of_day = 0;
  detail::split_days(when.time_since_epoch().count(), 1440, days, minute_of_day);
  char* p = detail::put_full_date(out, days);
  *p++ = ' ';
  p = detail::put_two_digits(p, minute_of_day / 60);
  *p++ = ':';
  p = detail::put_two_digits(p, minute_of_day % 60);
  return static_cast<std::size_t>(p - out);
}

/// Appends `when` to `out` as "YYYY-MM-DD HH:MM", the text parse_minute_datetime reads back.
inline void append_minute_datetime(std::string& out, date::local_time<std::chrono::minutes> when) {
  char buffer[max_written_datetime_size];
  out.append(buffer, write_minute_datetime(buffer, when));
}

/// An instant read from an RFC 3339 date-time, in UTC.
struct rfc3339_instant {
  long long seconds = 0;          // since 1970-01-01T00:00:00Z
  std::uint32_t nanoseconds = 0;  // 0-999999999
};

/// The instant named by an RFC 3339 date-time (section 5.6): "YYYY-MM-DDTHH:MM:SS", an optional
/// fraction of a second, then "Z" or an offset "+HH:MM"/"-HH:MM"; 'T' and 'Z' in either case.
/// Years 0000-9999 as written (before the offset is applied). A leap second (":60") names no
/// instant a clock without leap seconds can hold, so it is refused, as is a fraction finer than
/// a nanosecond unless its extra digits are zeros.
constexpr std::optional<rfc3339_instant> parse_rfc3339_date_time(std::string_view text) noexcept {
  if (text.size() < 20 || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  const std::optional<long long> days = detail::read_full_date(text);
  const int hour = detail::two_digits(text, 11);
  const int minute = detail::two_digits(text, 14);
  const int second = detail::two_digits(text, 17);
  if (!days || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::size_t at = 19;
  std::uint32_t nanoseconds = 0;
  if (text[at] == '.') {
    ++at;
    const std::size_t first_digit = at;
    std::uint32_t scale = 100000000;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
      const auto digit = static_cast<std::uint32_t>(text[at] - '0');
      if (scale == 0) {
        if (digit != 0) return std::nullopt;
        continue;
      }
      nanoseconds += digit * scale;
      scale /= 10;
    }
    if (at == first_digit) return std::nullopt;
  }
  long long offset_minutes = 0;
  if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
    ++at;
  } else if (at + 6 == text.size() && (text[at] == '+' || text[at] == '-') && text[at + 3] == ':') {
    const int offset_hour = detail::two_digits(text, at + 1);
    const int offset_minute = detail::two_digits(text, at + 4);
    if (offset_hour < 0 || offset_minute < 0 || offset_hour > 23 || offset_minute > 59) return std::nullopt;
    offset_minutes = (text[at] == '-' ? -1 : 1) * (offset_hour * 60LL + offset_minute);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  const long long local_seconds = *days * 86400 + hour * 3600LL + minute * 60LL + second;
  return rfc3339_instant{local_seconds - offset_minutes * 60, nanoseconds};
}

/// Writes an instant as "YYYY-MM-DDTHH:MM:SS[.fff]Z" in UTC with exactly `fraction_digits`
/// (0-9) digits of fraction, truncating; returns its size (at most max_written_datetime_size).
/// Years outside 0000-9999 are written as write_minute_datetime writes them, and do not parse.
constexpr std::size_t write_rfc3339_date_time(char* out, rfc3339_instant when, unsigned fraction_digits) noexcept {
  long long days = 0;
  long long second_of_day = 0;
  detail::split_days(when.seconds, 86400, days, second_of_day);
  char* p = detail::put_full_date(out, days);
  *p++ = 'T';
  p = detail::put_two_digits(p, second_of_day / 3600);
  *p++ = ':';
  p = detail::put_two_digits(p, second_of_day / 60 % 60);
  *p++ = ':';
  p = detail::put_two_digits(p, second_of_day % 60);
  if (fraction_digits > 0) {
    *p++ = '.';
    std::uint32_t scale = 100000000;
    for (unsigned i = 0; i < fraction_digits && i < 9; ++i, scale /= 10) {
      *p++ = static_cast<char>('0' + when.nanoseconds / scale % 10);
    }
  }
  *p++ = 'Z';
  return static_cast<std::size_t>(p - out);
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_DATETIME_HPP_INCLUDED
