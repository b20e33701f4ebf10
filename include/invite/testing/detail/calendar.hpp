#ifndef INVITE_TESTING_DETAIL_CALENDAR_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_CALENDAR_HPP_INCLUDED

// The proleptic Gregorian calendar of docs/contract.md §4.4, years 0000-9999, by counting days:
// the testing module makes and spells expiry dates without the library's date formats and
// without <date/date.h>, so that it stays light and holds them to account.

#include <array>
#include <chrono>
#include <cstddef>
#include <string>

#include <invite/contract/request_struct.hpp>

namespace invite::testing::detail {

/// request::expiry_date's time type.
using expiry_time = std::chrono::time_point<date::local_t, std::chrono::minutes>;

constexpr bool is_leap_year(long year) noexcept { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

inline long days_in_month(long year, long month) noexcept {
  constexpr std::array<long, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

/// Days from 1970-01-01 to the first day of `year` (year >= 0): 365 a year and one more for each
/// leap year before it (year 0 is one).
constexpr long long days_before_year(long year) noexcept {
  constexpr long long days_from_year_0_to_1970 = 719528;
  return 365LL * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400 - days_from_year_0_to_1970;
}

inline expiry_time make_expiry(long year, long month, long day, long hour, long minute) {
  long long days = days_before_year(year) + day - 1;
  for (long m = 1; m < month; ++m) days += days_in_month(year, m);
  return expiry_time{std::chrono::minutes{(days * 24 + hour) * 60 + minute}};
}

/// The date and time of a minute of the years 0000-9999.
struct calendar_minute {
  long year, month, day, hour, minute;
};

inline calendar_minute calendar_of(expiry_time when) {
  const long long minutes = when.time_since_epoch().count();
  long long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  const long long minute_of_day = minutes - days * 1440;
  long year = static_cast<long>(1970 + days * 400 / 146097); // 146097 days every 400 years
  while (days_before_year(year + 1) <= days) ++year;
  while (days_before_year(year) > days) --year;
  days -= days_before_year(year);
  long month = 1;
  while (days >= days_in_month(year, month)) days -= days_in_month(year, month++);
  return {year, month, static_cast<long>(days) + 1, static_cast<long>(minute_of_day / 60), static_cast<long>(minute_of_day % 60)};
}

inline void append_digits(std::string& out, long value, int width) {
  for (int place = width - 1; place >= 0; --place) {
    long divisor = 1;
    for (int k = 0; k < place; ++k) divisor *= 10;
    out += static_cast<char>('0' + value / divisor % 10);
  }
}

/// "YYYY-MM-DD HH:MM", the contract's only spelling of a minute.
inline std::string format_expiry(expiry_time when) {
  const calendar_minute at = calendar_of(when);
  std::string text;
  append_digits(text, at.year, 4);
  text += '-';
  append_digits(text, at.month, 2);
  text += '-';
  append_digits(text, at.day, 2);
  text += ' ';
  append_digits(text, at.hour, 2);
  text += ':';
  append_digits(text, at.minute, 2);
  return text;
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_CALENDAR_HPP_INCLUDED
