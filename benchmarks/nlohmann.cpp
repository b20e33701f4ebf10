// nlohmann/json: json::parse (without exceptions) into its tree, then the same walk; writing
// through the library's own struct mapping (NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE) and dump().
//
// Its objects are std::maps, which keep one of two equal keys, so this contender cannot see a
// duplicate_field; every other rule is the same.

#include "contenders.hpp"
#include "tree_contender.hpp"

#include <invite_test/contract_rules.hpp>

#include <nlohmann/json.hpp>

#include <limits>
#include <memory>
#include <utility>

namespace invite {
// The usual way to teach nlohmann/json a struct; beside the type, for argument-dependent lookup.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(invitation, name, email, report_id, candidate_id, assessment_id,
                                   invite_link, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(response, invites)
} // namespace invite

namespace invite_test {
namespace {

struct nlohmann_access {
  using node = nlohmann::json;

  static json_kind kind(const node& n) noexcept {
    switch (n.type()) {
      case nlohmann::json::value_t::object: return json_kind::object;
      case nlohmann::json::value_t::array: return json_kind::array;
      case nlohmann::json::value_t::string: return json_kind::string;
      case nlohmann::json::value_t::boolean: return json_kind::boolean;
      case nlohmann::json::value_t::null: return json_kind::null;
      default: return json_kind::number;
    }
  }
  static std::string_view text(const node& n) { return n.get_ref<const nlohmann::json::string_t&>(); }
  static integer_kind integer(const node& n, std::int64_t& out) {
    switch (n.type()) {
      case nlohmann::json::value_t::number_integer:
        out = n.get<std::int64_t>();
        return integer_kind::in_int64;
      case nlohmann::json::value_t::number_unsigned: {
        const auto magnitude = n.get<std::uint64_t>();
        if (magnitude > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
          return integer_kind::beyond_int64;
        }
        out = static_cast<std::int64_t>(magnitude);
        return integer_kind::in_int64;
      }
      default: return integer_kind::not_integer;
    }
  }
  static std::size_t size(const node& n) { return n.get_ref<const nlohmann::json::array_t&>().size(); }
  template <class F>
  static void for_each_item(const node& n, F&& f) {
    for (const node& item : n.get_ref<const nlohmann::json::array_t&>()) f(item);
  }
  template <class F>
  static void for_each_member(const node& n, F&& f) {
    for (const auto& member : n.get_ref<const nlohmann::json::object_t&>()) f(member.first, member.second);
  }
};

class nlohmann_parser final : public tree_contender<nlohmann_access> {
public:
  bool parse(std::string_view json) override {
    if (starts_with_byte_order_mark(json)) return walk(nullptr); // it would skip the mark
    const nlohmann::json root = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    return walk(root.is_discarded() ? nullptr : &root);
  }
};

class nlohmann_writer final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    last_ = nlohmann::json(value).dump();
    return last_;
  }

private:
  std::string last_;
};

} // namespace

void add_nlohmann_contenders(parse_contenders& parsers, write_contenders& writers) {
  parse_contender parser{"nlohmann", "nlohmann/json: json::parse without exceptions, the tree walked with the same rules",
                         [] { return std::make_unique<nlohmann_parser>(); }};
  parser.sees_duplicate_keys = false;
  parsers.push_back(std::move(parser));
  writers.push_back({"nlohmann", "nlohmann/json: json(response).dump(), mapped with NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE",
                     [] { return std::make_unique<nlohmann_writer>(); }});
}

} // namespace invite_test
