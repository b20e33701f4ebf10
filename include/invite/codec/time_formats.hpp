#ifndef INVITE_CODEC_TIME_FORMATS_HPP_INCLUDED
#define INVITE_CODEC_TIME_FORMATS_HPP_INCLUDED

// The two time formats the library ships (see text_format.hpp for what a format is):
//   minute_datetime_format: "YYYY-MM-DD HH:MM", a local minute with no zone, the default for
//     date::local_time<std::chrono::minutes>;
//   rfc3339_format<Duration>: RFC 3339 date-times, read with any offset and written in UTC,
//     the default for date::sys_time<Duration> (std::chrono::system_clock time points).

#include <invite/codec/error.hpp>
#include <invite/codec/schema_fragment.hpp>
#include <invite/codec/text_format.hpp>
#include <invite/codec/spelling/datetime.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <ratio>
#include <string>
#include <string_view>
#include <type_traits>

#include <date/date.h>

namespace invite {

namespace schema_patterns {

// Anchored patterns end in "$(?!\n)": ECMA-262's "$" matches only at the end, but Python's also
// matches before a final newline, and the schema must mean the same to every validator.

// A real date of the proleptic Gregorian calendar, leap years included: days 1-28 of any month,
// 29-30 of any month but February, 31 of the long months, and 29 February of years divisible
// by 4 but not by 100 unless by 400 (0000 is a leap year).
#define INVITE_FULL_DATE_PATTERN                                                                 \
  "(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|"     \
  "(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|"                        \
  "(?:[02468][048]|[13579][26])00)-02-29)"

/// "YYYY-MM-DD HH:MM" naming a real minute.
inline constexpr std::string_view minute_datetime =
    "^" INVITE_FULL_DATE_PATTERN " (?:[01][0-9]|2[0-3]):[0-5][0-9]$(?!\\n)";

/// An RFC 3339 date-time up to its seconds' first digit: a real date, 'T', the hour and minute.
inline constexpr std::string_view rfc3339_date_hour_minute =
    "^" INVITE_FULL_DATE_PATTERN "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:";

/// The end of an RFC 3339 date-time: "Z" or an offset of at most 23:59.
inline constexpr std::string_view rfc3339_zone = "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$(?!\\n)";

#undef INVITE_FULL_DATE_PATTERN

/// Appends a pattern matching exactly the decimal numbers from `low` to `high`, both written
/// with the same count of digits, leading zeros included ("1677" to "2262").
inline void append_digit_range(std::string& out, std::string_view low, std::string_view high) {
  if (low == high) {
    out += low;
    return;
  }
  const std::string_view low_rest = low.substr(1);
  const std::string_view high_rest = high.substr(1);
  if (low.front() == high.front()) {
    out.push_back(low.front());
    append_digit_range(out, low_rest, high_rest);
    return;
  }
  const bool low_rest_is_lowest = low_rest.find_first_not_of('0') == std::string_view::npos;
  const bool high_rest_is_highest = high_rest.find_first_not_of('9') == std::string_view::npos;
  const char first_full = low_rest_is_lowest ? low.front() : static_cast<char>(low.front() + 1);
  const char last_full = high_rest_is_highest ? high.front() : static_cast<char>(high.front() - 1);
  std::string alternatives;
  if (!low_rest_is_lowest) {
    alternatives.push_back(low.front());
    append_digit_range(alternatives, low_rest, std::string(low_rest.size(), '9'));
  }
  if (first_full <= last_full) {
    if (!alternatives.empty()) alternatives.push_back('|');
    if (first_full == last_full) {
      alternatives.push_back(first_full);
    } else {
      alternatives += {'[', first_full, '-', last_full, ']'};
    }
    if (!low_rest.empty()) alternatives += "[0-9]";
    if (low_rest.size() > 1) alternatives += "{" + std::to_string(low_rest.size()) + "}";
  }
  if (!high_rest_is_highest) {
    if (!alternatives.empty()) alternatives.push_back('|');
    alternatives.push_back(high.front());
    append_digit_range(alternatives, std::string(high_rest.size(), '0'), high_rest);
  }
  if (alternatives.find('|') == std::string::npos) {
    out += alternatives;
  } else {
    out += "(?:" + alternatives + ")";
  }
}

} // namespace schema_patterns

/// "YYYY-MM-DD HH:MM": a real minute of years 0000-9999, no seconds, no zone.
struct minute_datetime_format {
  using value_type = date::local_time<std::chrono::minutes>;
  static constexpr error_code code = error_code::invalid_datetime;
  static constexpr std::size_t max_size = spelling::max_written_datetime_size;

  static bool parse(std::string_view text, value_type& out) noexcept {
    const auto minute = spelling::parse_minute_datetime(text);
    if (minute) out = *minute;
    return minute.has_value();
  }
  static std::size_t write(char* out, const value_type& value) noexcept {
    return spelling::write_minute_datetime(out, value);
  }
  static void expected(std::string& out) {
    out += "a date and time as \"YYYY-MM-DD HH:MM\" naming a real minute";
  }
  static void schema(schema_fragment& s) { s.pattern(schema_patterns::minute_datetime); }
};

/// RFC 3339 date-times for a system_clock time point of `Duration`: a whole number of seconds
/// (seconds, minutes, days...) or 1/n of one, n dividing 10^9 (milliseconds, nanoseconds...).
/// Read with any offset, written in UTC ("Z") with as many fraction digits as Duration resolves,
/// so that writing is canonical. Refused: a text the member cannot hold exactly (a fraction finer
/// than Duration, a time between two of its ticks), an instant outside its range, and an instant
/// whose UTC year is outside 0000-9999, which it could not be written back as.
template <class Duration>
struct rfc3339_format {
  using value_type = date::sys_time<Duration>;
  static constexpr error_code code = error_code::invalid_datetime;
  static constexpr std::size_t max_size = spelling::max_written_datetime_size;

private:
  using period = typename Duration::period;
  using rep = typename Duration::rep;
  using instant = spelling::rfc3339_instant;
  static constexpr bool whole_seconds = period::den == 1;

public:
  static_assert(std::is_integral_v<rep> && (whole_seconds || (period::num == 1 && 1000000000 % period::den == 0)),
                "invite: rfc3339_format needs a Duration counting whole seconds or 1/n of one, n dividing "
                "10^9, in an integer, so that every value has an exact decimal text");

  /// Digits of fraction needed to write any value of Duration exactly.
  static constexpr unsigned fraction_digits = [] {
    unsigned digits = 0;
    for (std::intmax_t power = 1; power % period::den != 0; power *= 10) ++digits;
    return digits;
  }();

private:
  static constexpr long long nanoseconds_per_tick = whole_seconds ? 0 : 1000000000 / period::den;
  // Further out than any year 0000-9999, either way, in seconds.
  static constexpr long long beyond_years = 1000000000000000;

  /// The instant a count of Duration names; one too far out for any year 0000-9999 is written
  /// as a second beyond them, so that no arithmetic overflows.
  static constexpr instant instant_of(Duration since_epoch) noexcept {
    const rep count = since_epoch.count();
    if constexpr (whole_seconds) {
      constexpr auto limit = static_cast<unsigned long long>(beyond_years / period::num);
      if (count > 0 && static_cast<unsigned long long>(count) > limit) return {beyond_years, 0};
      if constexpr (std::is_signed_v<rep>) {
        if (count < 0 && 0 - static_cast<unsigned long long>(count) > limit) return {-beyond_years, 0};
      }
      return {static_cast<long long>(count) * static_cast<long long>(period::num), 0};
    } else {
      // Toward zero, then a negative remainder borrows a second: the count of whole seconds
      // only divides, so it cannot overflow.
      const long long whole = static_cast<long long>(count / static_cast<rep>(period::den));
      const long long rest = static_cast<long long>(count % static_cast<rep>(period::den));
      if (rest >= 0) return {whole, static_cast<std::uint32_t>(rest * nanoseconds_per_tick)};
      return {whole - 1, static_cast<std::uint32_t>((rest + period::den) * nanoseconds_per_tick)};
    }
  }

  static constexpr bool before(const instant& a, const instant& b) noexcept {
    return a.seconds < b.seconds || (a.seconds == b.seconds && a.nanoseconds < b.nanoseconds);
  }

  /// The nearest instant on one of Duration's ticks, at or after `at` (up) or at or before it.
  static constexpr instant on_a_tick(instant at, bool up) noexcept {
    if constexpr (whole_seconds) {
      long long past = at.seconds % period::num;
      if (past < 0) past += period::num;
      if (past == 0 && at.nanoseconds == 0) return at;
      return {at.seconds - past + (up ? period::num : 0), 0};
    } else {
      const long long past = at.nanoseconds % nanoseconds_per_tick;
      if (past == 0) return at;
      const long long nanoseconds = at.nanoseconds - past + (up ? nanoseconds_per_tick : 0);
      return nanoseconds == 1000000000 ? instant{at.seconds + 1, 0}
                                       : instant{at.seconds, static_cast<std::uint32_t>(nanoseconds)};
    }
  }

public:
  /// The first and the last instant a member holds that RFC 3339 can write: within Duration's
  /// range and UTC years 0000-9999 (0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z).
  static constexpr instant earliest = [] {
    constexpr instant first_year_begins{-62167219200, 0};
    const instant held = instant_of(Duration::min());
    return before(held, first_year_begins) ? on_a_tick(first_year_begins, true) : held;
  }();
  static constexpr instant latest = [] {
    constexpr instant last_year_ends{253402300799, 999999999};
    const instant held = instant_of(Duration::max());
    return before(last_year_ends, held) ? on_a_tick(last_year_ends, false) : held;
  }();

  static bool parse(std::string_view text, value_type& out) noexcept {
    const auto read = spelling::parse_rfc3339_date_time(text);
    if (!read || before(*read, earliest) || before(latest, *read)) return false;
    if constexpr (whole_seconds) {
      if (read->nanoseconds != 0 || read->seconds % period::num != 0) return false; // between two ticks
      out = value_type{Duration{static_cast<rep>(read->seconds / period::num)}};
    } else {
      if (read->nanoseconds % nanoseconds_per_tick != 0) return false; // finer than the member resolves
      // Within [earliest, latest] nothing below overflows: a negative second is counted down
      // from the one after it.
      using wide = std::common_type_t<rep, long long>;
      const auto ticks = static_cast<wide>(read->nanoseconds / nanoseconds_per_tick);
      constexpr auto per_second = static_cast<wide>(period::den);
      const wide count = read->seconds >= 0 ? static_cast<wide>(read->seconds) * per_second + ticks
                                            : static_cast<wide>(read->seconds + 1) * per_second - (per_second - ticks);
      out = value_type{Duration{static_cast<rep>(count)}};
    }
    return true;
  }
  static std::size_t write(char* out, const value_type& value) noexcept {
    return spelling::write_rfc3339_date_time(out, instant_of(value.time_since_epoch()), fraction_digits);
  }
  static void expected(std::string& out) {
    out += "an RFC 3339 date-time from ";
    char text[max_size];
    out.append(text, spelling::write_rfc3339_date_time(text, earliest, fraction_digits));
    out += " to ";
    out.append(text, spelling::write_rfc3339_date_time(text, latest, fraction_digits));
    out += " (\"YYYY-MM-DDTHH:MM:SS\", ";
    if (fraction_digits == 0) {
      out += "no fraction of a second";
    } else {
      out += "a fraction of a second of at most ";
      out += static_cast<char>('0' + fraction_digits);
      out += " digits";
    }
    out += ", then \"Z\" or \"+HH:MM\")";
  }
  /// What JSON Schema can say of it: the digits of the seconds and of the fraction the member
  /// holds, and the years it reaches. Not said: which instants of its first and last year it
  /// holds (the offset decides), nor, for a Duration coarser than a minute or a fraction that is
  /// not decimal, which of the times the digits allow fall on one of its ticks.
  static void schema(schema_fragment& s) {
    s.format("date-time");
    std::string pattern(schema_patterns::rfc3339_date_hour_minute);
    // Offsets are whole minutes, so a Duration of whole seconds needs the seconds it divides.
    constexpr long long second_step = whole_seconds ? std::gcd(period::num, std::intmax_t{60}) : 1;
    if constexpr (second_step == 1) {
      pattern += "[0-5][0-9]";
    } else {
      if (second_step < 60) pattern += "(?:";
      for (long long second = 0; second < 60; second += second_step) {
        if (second != 0) pattern.push_back('|');
        pattern.push_back(static_cast<char>('0' + second / 10));
        pattern.push_back(static_cast<char>('0' + second % 10));
      }
      if (second_step < 60) pattern.push_back(')');
    }
    // Digits past the fraction_digits-th must be zeros: as many as Duration resolves, then any
    // zeros, which name the same instant.
    if constexpr (fraction_digits == 0) {
      pattern += "(?:\\.0+)?";
    } else {
      pattern += "(?:\\.[0-9]{1,";
      pattern.push_back(static_cast<char>('0' + fraction_digits));
      pattern += "}0*)?";
    }
    pattern += schema_patterns::rfc3339_zone;
    s.pattern(pattern);
    // The years a text can name an instant of the member in, whatever its offset (at most 23:59
    // either way): stated when they are fewer than 0000-9999.
    constexpr long long most_offset = 23 * 3600 + 59 * 60;
    const auto year_of = [](long long seconds) {
      const long long days = (seconds >= 0 ? seconds : seconds - 86399) / 86400;
      const auto year = int(date::year_month_day{date::sys_days{date::days{static_cast<int>(days)}}}.year());
      return year < 0 ? 0 : year > 9999 ? 9999 : year;
    };
    const int first_year = year_of(earliest.seconds - most_offset);
    const int last_year = year_of(latest.seconds + most_offset);
    if (first_year != 0 || last_year != 9999) {
      const auto four_digits = [](int year) {
        std::string digits(4, '0');
        for (int at = 3; at >= 0; --at, year /= 10) digits[static_cast<std::size_t>(at)] = static_cast<char>('0' + year % 10);
        return digits;
      };
      std::string years = "^";
      schema_patterns::append_digit_range(years, four_digits(first_year), four_digits(last_year));
      years += "-";
      s.pattern(years);
    }
  }
};

template <>
struct text_format<date::local_time<std::chrono::minutes>> : minute_datetime_format {};

template <class Duration>
struct text_format<date::sys_time<Duration>> : rfc3339_format<Duration> {};

} // namespace invite

#endif // INVITE_CODEC_TIME_FORMATS_HPP_INCLUDED
