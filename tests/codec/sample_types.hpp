#ifndef INVITE_TESTS_CODEC_SAMPLE_TYPES_HPP_INCLUDED
#define INVITE_TESTS_CODEC_SAMPLE_TYPES_HPP_INCLUDED

// A contract that is not the invite contract, declared the way contract.hpp declares its types:
// descriptions and rules only. The codec must read and write it with no code of its own.

#include <invite/codec/describe.hpp>
#include <invite/codec/equality.hpp>
#include <invite/codec/rules.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include <date/date.h>

namespace sample {

enum class priority { low, high, urgent };

struct tag {
  std::string label;
  std::optional<std::int32_t> weight;
};

struct ticket {
  std::uint16_t number;
  priority level;
  std::string title;
  std::optional<std::string> contact;
  std::optional<date::local_time<std::chrono::minutes>> due;
  std::vector<tag> tags;
  std::vector<std::int64_t> watchers;
  std::optional<std::vector<std::string>> notes;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(priority, low, high, urgent)
BOOST_DESCRIBE_STRUCT(tag, (), (label, weight))
BOOST_DESCRIBE_STRUCT(ticket, (), (number, level, title, contact, due, tags, watchers, notes))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const tag*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&tag::label, alias{"name"}, alias{"text"}, min_code_points{2}, unique_in_array{}),
                        invite::field(&tag::weight, integer_range{-5, 5}));
}

constexpr auto invite_rules(const ticket*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&ticket::title, max_code_points{10}, no_control_characters{}),
                        invite::field(&ticket::contact, email_address{}),
                        invite::field(&ticket::tags, alias{"labels"}, item_count{0, 3}));
}

enum class shade { pale, dark };

struct part {
  std::string serial;
  std::optional<std::string> link;
};

// Every member kind, each with a rule, and a rule with a code name of its own.
struct every_kind {
  std::int8_t tiny;
  std::uint8_t small_count;
  std::int16_t medium;
  std::uint32_t large_count;
  std::int64_t big;
  std::uint64_t huge;
  float ratio;
  double share;
  bool flag;
  shade colour;
  std::string label;
  std::optional<std::string> contact;
  date::sys_time<std::chrono::seconds> when;
  date::sys_time<std::chrono::milliseconds> precise;
  std::optional<date::local_time<std::chrono::minutes>> local;
  std::vector<part> parts;
  std::vector<std::int32_t> scores;
  std::optional<std::vector<std::string>> notes;
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(shade, pale, dark)
BOOST_DESCRIBE_STRUCT(part, (), (serial, link))
BOOST_DESCRIBE_STRUCT(every_kind, (), (tiny, small_count, medium, large_count, big, huge, ratio, share, flag, colour,
                                       label, contact, when, precise, local, parts, scores, notes))
INVITE_DESCRIBE_END

// A serial is a text without spaces, reported under its own name.
struct serial_number {
  static constexpr invite::error_code code = invite::error_code::invalid_characters;
  static constexpr std::string_view code_name = "invalid_serial";
  bool check(const invite::text& value) const { return std::string_view(value).find(' ') == std::string_view::npos; }
  void expected(std::string& out) const { out += "a serial without spaces"; }
  void schema(invite::schema_fragment& s) const { s.pattern("^[^ ]*$"); }
};

// Only true, in the struct-level sense: a rule on the whole part.
struct linked_when_long {
  static constexpr invite::error_code code = invite::error_code::invalid_url;
  bool check(const part& value) const { return value.serial.size() <= 20 || value.link.has_value(); }
  void expected(std::string& out) const { out += "a link for a serial longer than 20"; }
  void schema(invite::schema_fragment&) const {}
};

constexpr auto invite_rules(const part*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&part::serial, not_blank{}, serial_number{}, unique_in_array{}),
                        invite::field(&part::link, http_url{200}));
}

constexpr auto invite_rules(const every_kind*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&every_kind::tiny, integer_range{-5, 5}),
                        invite::field(&every_kind::small_count, integer_range{1, 9}),
                        invite::field(&every_kind::big, integer_range{0, 1000}),
                        invite::field(&every_kind::ratio, number_range{0, 1}),
                        invite::field(&every_kind::share, number_range{-0.5, 0.5}),
                        invite::field(&every_kind::label, min_code_points{2}, max_code_points{255}, no_control_characters{}),
                        invite::field(&every_kind::contact, email_address{}),
                        invite::field(&every_kind::parts, item_count{1, 3}, each(linked_when_long{})),
                        invite::field(&every_kind::scores, max_items{20}, each(integer_range{0, 10})),
                        invite::field(&every_kind::notes, each(not_blank{})));
}

inline bool operator==(const tag& a, const tag& b) { return invite::equal(a, b); }
inline bool operator==(const ticket& a, const ticket& b) { return invite::equal(a, b); }

} // namespace sample

#endif // INVITE_TESTS_CODEC_SAMPLE_TYPES_HPP_INCLUDED
