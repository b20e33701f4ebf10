#ifndef INVITE_VALIDATORS_DATETIME_HPP_INCLUDED
#define INVITE_VALIDATORS_DATETIME_HPP_INCLUDED

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace invite::validators {

namespace detail {

// The value of the two ASCII digits at text[at], or -1 if either is not an ASCII digit.
constexpr int two_digits(std::string_view text, std::size_t at) noexcept {
  const unsigned tens = static_cast<unsigned char>(text[at]) - unsigned{'0'};
  const unsigned ones = static_cast<unsigned char>(text[at + 1]) - unsigned{'0'};
  return (tens <= 9 && ones <= 9) ? static_cast<int>(tens * 10 + ones) : -1;
}

} // namespace detail

/// The minute named by exactly "YYYY-MM-DD HH:MM" (16 ASCII characters): a real date of the
/// proleptic Gregorian calendar in years 0000-9999, hour 00-23, minute 00-59; else nullopt.
constexpr std::optional<date::local_time<std::chrono::minutes>>
parse_minute_datetime(std::string_view text) noexcept {
  if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':')
    return std::nullopt;
  const int century = detail::two_digits(text, 0);
  const int year_of_century = detail::two_digits(text, 2);
  const int month = detail::two_digits(text, 5);
  const int day = detail::two_digits(text, 8);
  const int hour = detail::two_digits(text, 11);
  const int minute = detail::two_digits(text, 14);
  if ((century | year_of_century | month | day | hour | minute) < 0) return std::nullopt;
  if (hour > 23 || minute > 59) return std::nullopt;

  const date::year_month_day calendar_date{date::year{century * 100 + year_of_century},
                                           date::month{static_cast<unsigned>(month)},
                                           date::day{static_cast<unsigned>(day)}};
  if (!calendar_date.ok()) return std::nullopt;
  return date::local_time<std::chrono::minutes>{date::local_days{calendar_date}} +
         std::chrono::hours{hour} + std::chrono::minutes{minute};
}

/// Appends `when` to `out` as "YYYY-MM-DD HH:MM", the text parse_minute_datetime reads back.
///
/// A value outside years 0000-9999 (which only a caller can build) is written as date's %Y
/// writes years: a '-' sign before negative years, at least four digits, more when needed
/// ("-0001-12-31 23:59", "10000-01-01 00:00"). Such a text does not parse back.
inline void append_minute_datetime(std::string& out, date::local_time<std::chrono::minutes> when) {
  // Calendar arithmetic in 64 bits by hand: date::days holds an int and date::year a short,
  // both too narrow for the whole range of a minutes count.
  const long long minutes_since_epoch = when.time_since_epoch().count();
  long long days_since_epoch = minutes_since_epoch / 1440;
  long long minute_of_day = minutes_since_epoch % 1440;
  if (minute_of_day < 0) {
    minute_of_day += 1440;
    --days_since_epoch;
  }

  // Days to a civil date, counting from 0000-03-01 so that leap days end each 400-year era.
  const long long shifted_days = days_since_epoch + 719468;
  const long long era = (shifted_days >= 0 ? shifted_days : shifted_days - 146096) / 146097;
  const long long day_of_era = shifted_days - era * 146097;
  const long long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long long month_from_march = (5 * day_of_year + 2) / 153;
  const long long day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  const long long month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  const long long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);

  char buffer[40];
  std::size_t length = 0;
  if (year < 0) buffer[length++] = '-';
  unsigned long long year_magnitude = year < 0 ? 0ull - static_cast<unsigned long long>(year)
                                               : static_cast<unsigned long long>(year);
  char year_digits[24];
  std::size_t year_digit_count = 0;
  do {
    year_digits[year_digit_count++] = static_cast<char>('0' + year_magnitude % 10);
    year_magnitude /= 10;
  } while (year_magnitude != 0);
  for (std::size_t pad = year_digit_count; pad < 4; ++pad) buffer[length++] = '0';
  while (year_digit_count != 0) buffer[length++] = year_digits[--year_digit_count];

  const auto put_two_digits = [&](char separator, long long value) {
    buffer[length++] = separator;
    buffer[length++] = static_cast<char>('0' + value / 10);
    buffer[length++] = static_cast<char>('0' + value % 10);
  };
  put_two_digits('-', month);
  put_two_digits('-', day);
  put_two_digits(' ', minute_of_day / 60);
  put_two_digits(':', minute_of_day % 60);
  out.append(buffer, length);
}

} // namespace invite::validators

#endif // INVITE_VALIDATORS_DATETIME_HPP_INCLUDED
