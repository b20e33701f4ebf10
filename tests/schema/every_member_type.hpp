#ifndef INVITE_TESTS_SCHEMA_EVERY_MEMBER_TYPE_HPP_INCLUDED
#define INVITE_TESTS_SCHEMA_EVERY_MEMBER_TYPE_HPP_INCLUDED

// A type with every member type and format the codec knows, each plain (bounded by its type
// alone) and, where the library has rules for it, ruled: the schema-vs-parser test feeds it the
// edge cases of each (tests/schema/check_agreement.py names them member by member).

#include <invite/codec/describe.hpp>
#include <invite/codec/rules.hpp>
#include <invite/codec/time_formats.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <ratio>
#include <string>
#include <vector>

#include <date/date.h>

namespace every_member {

enum class colour { red, green, blue_green };

struct part {
  std::string label;
  std::optional<std::int16_t> count;
};

/// A quarter of a second: a fraction of a second that is not a decimal one.
using quarter_seconds = std::chrono::duration<std::int64_t, std::ratio<1, 4>>;

struct everything {
  std::int8_t i8 = 0;
  std::uint8_t u8 = 0;
  std::int16_t i16 = 0;
  std::uint16_t u16 = 0;
  std::int32_t i32 = 0;
  std::uint32_t u32 = 0;
  std::int64_t i64 = 0;
  std::uint64_t u64 = 0;
  float f32 = 0;
  double f64 = 0;
  bool flag = false;
  colour hue = colour::red;
  date::sys_time<std::chrono::seconds> at_seconds{};
  date::sys_time<std::chrono::milliseconds> at_milliseconds{};
  date::sys_time<std::chrono::microseconds> at_microseconds{};
  date::sys_time<std::chrono::nanoseconds> at_nanoseconds{};
  date::sys_time<std::chrono::minutes> at_minutes{};
  date::sys_days on_day{};
  date::sys_time<quarter_seconds> at_quarter{};
  date::local_time<std::chrono::minutes> local_minute{};
  std::string text;
  // Ruled members.
  std::int8_t small_range = 0;
  std::uint64_t positive = 0;
  float unit_float = 0;
  double half_double = 0;
  std::string name;
  std::string email;
  std::string link;
  // Optional, arrays, nested and aliased members.
  std::optional<std::int32_t> maybe;
  std::optional<date::sys_time<std::chrono::milliseconds>> maybe_time;
  std::vector<std::int32_t> numbers;
  std::vector<colour> hues;
  std::vector<std::optional<double>> gaps;
  part nested;
  std::vector<part> parts;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(colour, red, green, blue_green)
BOOST_DESCRIBE_STRUCT(part, (), (label, count))
BOOST_DESCRIBE_STRUCT(everything, (),
                      (i8, u8, i16, u16, i32, u32, i64, u64, f32, f64, flag, hue, at_seconds, at_milliseconds,
                       at_microseconds, at_nanoseconds, at_minutes, on_day, at_quarter, local_minute, text,
                       small_range, positive, unit_float, half_double, name, email, link, maybe, maybe_time,
                       numbers, hues, gaps, nested, parts))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const part*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&part::label, alias{"tag"}, not_blank{}, unique_in_array{}),
                        invite::field(&part::count, integer_range{-3, 300}));
}

constexpr auto invite_rules(const everything*) noexcept {
  using namespace invite::rule;
  return invite::fields(
      invite::field(&everything::small_range, integer_range{-5, 5}),
      invite::field(&everything::positive, integer_range{1, 9223372036854775807}),
      invite::field(&everything::unit_float, number_range{-1.5, 0.1}),
      invite::field(&everything::half_double, number_range{0, 0.5}),
      invite::field(&everything::name, alias{"full_name"}, not_blank{}, min_code_points{2}, max_code_points{5},
                    no_control_characters{}),
      invite::field(&everything::email, email_address{}),
      invite::field(&everything::link, http_url{40}),
      invite::field(&everything::maybe, integer_range{0, 10}),
      invite::field(&everything::numbers, item_count{1, 3}, each(integer_range{-100, 100})),
      invite::field(&everything::gaps, max_items{4}, each(number_range{-1, 1})),
      invite::field(&everything::parts, alias{"pieces"}, max_items{3}));
}

} // namespace every_member

#endif // INVITE_TESTS_SCHEMA_EVERY_MEMBER_TYPE_HPP_INCLUDED
