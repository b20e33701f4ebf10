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
#include <ratio>
#include <string>
#include <string_view>

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

/// An RFC 3339 date-time without a leap second.
inline constexpr std::string_view rfc3339_date_time =
    "^" INVITE_FULL_DATE_PATTERN "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?"
    "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$(?!\\n)";

#undef INVITE_FULL_DATE_PATTERN

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

/// RFC 3339 date-times for a system_clock time point of `Duration` (a second, or a decimal
/// fraction of one, or coarser). Read with any offset, written in UTC ("Z") with as many
/// fraction digits as Duration resolves, so that writing is canonical. A text the member cannot
/// hold exactly (a fraction finer than Duration, seconds in a minute count) is refused.
template <class Duration>
struct rfc3339_format {
  using value_type = date::sys_time<Duration>;
  static constexpr error_code code = error_code::invalid_datetime;
  static constexpr std::size_t max_size = spelling::max_written_datetime_size;

  static_assert(std::ratio_less_equal_v<std::nano, typename Duration::period> &&
                    1000000000 % Duration::period::den == 0,
                "invite: rfc3339_format needs a Duration of whole seconds or decimal fractions of "
                "one, down to nanoseconds, so that every value has an exact decimal text");

  /// Digits of fraction needed to write any value of Duration exactly.
  static constexpr unsigned fraction_digits = [] {
    unsigned digits = 0;
    for (std::intmax_t power = 1; power % Duration::period::den != 0; power *= 10) ++digits;
    return digits;
  }();

  static bool parse(std::string_view text, value_type& out) noexcept {
    const auto instant = spelling::parse_rfc3339_date_time(text);
    if (!instant) return false;
    using std::chrono::duration_cast;
    using nanoseconds = std::chrono::duration<long long, std::nano>;
    // Years 0000-9999 do not all fit every Duration (int64 nanoseconds end in 2262): refuse
    // what the member cannot hold before any arithmetic could overflow.
    constexpr long long earliest = duration_cast<std::chrono::seconds>(Duration::min()).count() + 1;
    constexpr long long latest = duration_cast<std::chrono::seconds>(Duration::max()).count() - 1;
    if (instant->seconds < earliest || instant->seconds > latest) return false;
    const std::chrono::seconds whole{instant->seconds};
    const nanoseconds fraction{instant->nanoseconds};
    const auto whole_held = duration_cast<Duration>(whole);
    const auto fraction_held = duration_cast<Duration>(fraction);
    if (duration_cast<std::chrono::seconds>(whole_held) != whole ||
        duration_cast<nanoseconds>(fraction_held) != fraction) {
      return false; // finer than the member resolves
    }
    out = value_type{whole_held + fraction_held};
    return true;
  }
  static std::size_t write(char* out, const value_type& value) noexcept {
    using std::chrono::duration_cast;
    using nanoseconds = std::chrono::duration<long long, std::nano>;
    const Duration since_epoch = value.time_since_epoch();
    long long seconds = 0;
    std::uint32_t rest = 0;
    if constexpr (std::ratio_less_equal_v<typename Duration::period, std::ratio<1>>) {
      const auto whole = date::floor<std::chrono::seconds>(since_epoch);
      seconds = static_cast<long long>(whole.count());
      rest = static_cast<std::uint32_t>(duration_cast<nanoseconds>(since_epoch - whole).count());
    } else {
      // Coarser than a second: the count of seconds may not fit; a value that far out is
      // written as a year no parse accepts.
      const long double exact = static_cast<long double>(since_epoch.count()) * Duration::period::num /
                                Duration::period::den;
      constexpr long double far = 1e15L;
      seconds = exact > far ? static_cast<long long>(far) : exact < -far ? -static_cast<long long>(far)
                                                                           : static_cast<long long>(exact);
    }
    return spelling::write_rfc3339_date_time(out, {seconds, rest}, fraction_digits);
  }
  static void expected(std::string& out) {
    out += "an RFC 3339 date-time in years 0000-9999 (\"YYYY-MM-DDTHH:MM:SS\", ";
    if (fraction_digits == 0) {
      out += "no fraction of a second";
    } else {
      out += "a fraction of a second of at most ";
      out += static_cast<char>('0' + fraction_digits);
      out += " digits";
    }
    out += ", then \"Z\" or \"+HH:MM\")";
  }
  static void schema(schema_fragment& s) {
    s.format("date-time");
    s.pattern(schema_patterns::rfc3339_date_time);
  }
};

template <>
struct text_format<date::local_time<std::chrono::minutes>> : minute_datetime_format {};

template <class Duration>
struct text_format<date::sys_time<Duration>> : rfc3339_format<Duration> {};

} // namespace invite

#endif // INVITE_CODEC_TIME_FORMATS_HPP_INCLUDED
