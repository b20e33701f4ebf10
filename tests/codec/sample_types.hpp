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

inline bool operator==(const tag& a, const tag& b) { return invite::equal(a, b); }
inline bool operator==(const ticket& a, const ticket& b) { return invite::equal(a, b); }

} // namespace sample

#endif // INVITE_TESTS_CODEC_SAMPLE_TYPES_HPP_INCLUDED
