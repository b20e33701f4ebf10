// A user's translation unit under the strictest flags the README promises the headers keep
// (tests/consumers/CMakeLists.txt): the contract's entry points and the generic codec on a type
// of every member kind, each instantiated, since most warnings of a template only show there.

#include <invite/invite.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace strict_user {

enum class shade { pale, deep };

struct spot {
  double across = 0;
  float down = 0;
};

struct sheet {
  std::string title;
  bool done = false;
  std::int8_t tiny = 0;
  std::uint8_t small = 0;
  std::int16_t medium = 0;
  std::uint16_t medium_unsigned = 0;
  std::int32_t count = 0;
  std::uint32_t count_unsigned = 0;
  std::int64_t big = 0;
  std::uint64_t huge = 0;
  shade colour = shade::pale;
  spot centre;
  std::optional<spot> corner;
  std::optional<std::int32_t> row;
  std::optional<std::string> contact;
  std::vector<std::string> tags;
  std::vector<spot> outline;
  std::vector<double> weights;
  std::optional<std::vector<std::int64_t>> ids;
  std::optional<date::local_time<std::chrono::minutes>> due;
  date::sys_time<std::chrono::milliseconds> stamped{};
};

INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_ENUM(shade, pale, deep)
BOOST_DESCRIBE_STRUCT(spot, (), (across, down))
BOOST_DESCRIBE_STRUCT(sheet, (), (title, done, tiny, small, medium, medium_unsigned, count, count_unsigned, big, huge,
                                  colour, centre, corner, row, contact, tags, outline, weights, ids, due, stamped))
INVITE_DESCRIBE_END

constexpr auto invite_rules(const spot*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&spot::across, number_range{-1.0, 1.0}));
}

constexpr auto invite_rules(const sheet*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&sheet::title, alias{"name"}, not_blank{}, max_code_points{40}, no_control_characters{}),
                        invite::field(&sheet::small, integer_range{1, 200}),
                        invite::field(&sheet::huge, integer_range{0, 1000}),
                        invite::field(&sheet::contact, email_address{}),
                        invite::field(&sheet::tags, item_count{1, 5}, each(not_blank{}, max_code_points{20})),
                        invite::field(&sheet::weights, each(number_range{0.0, 10.0})),
                        invite::field(&sheet::outline, max_items{8}));
}

inline bool operator==(const spot& a, const spot& b) { return invite::equal(a, b); }
inline bool operator==(const sheet& a, const sheet& b) { return invite::equal(a, b); }

} // namespace strict_user

// Referenced from nowhere: compiling them is the point.
std::size_t use_the_contract(std::string_view body, const simdjson::padded_string_view padded) {
  invite::parse_options options;
  options.allow_unknown_fields = true;
  invite::result<invite::request> asked = invite::parse_request(body, options);
  invite::result<invite::response> answered = invite::parse_response(body);
  invite::parser reused;
  reused.parse(padded, asked, options);
  reused.parse(body, answered);
  std::size_t total = invite::to_json(*asked).size() + invite::to_pretty_json(*answered).size();
  total += invite::validate(*asked).size() + invite::validate(*answered).size();
  total += invite::check_response(*asked, *answered).size();
  total += invite::json_schema<invite::request>().size() + invite::openapi_document().size();
  total += invite::problem_details(asked.errors(), body).size();
  total += invite::locate_errors(body, answered.errors()).size();
  total += invite::to_string(asked->invite_format).size() + invite::to_string(invite::error_code::invalid_json).size();
  return total + (*asked == *asked ? 1u : 0u);
}

std::size_t use_the_codec(std::string_view body, const simdjson::padded_string_view padded) {
  invite::parser reused;
  invite::result<strict_user::sheet> read = reused.parse<strict_user::sheet>(body);
  reused.parse(padded, read);
  const strict_user::sheet copy = *read;
  std::size_t total = invite::write_json(copy).size() + invite::write_json(copy, invite::json_style::pretty).size();
  total += invite::validate(copy).size() + invite::json_schema<strict_user::sheet>().size();
  total += invite::to_string(copy.colour).size() + (invite::enum_from_string<strict_user::shade>("deep") ? 1u : 0u);
  return total + (copy == *read ? 1u : 0u);
}
