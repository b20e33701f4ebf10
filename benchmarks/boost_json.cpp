// Boost.JSON: boost::json::parse into a value tree, then the same walk; writing goes through
// Boost.Describe (value_from reads the contract's BOOST_DESCRIBE_STRUCT descriptions), which
// fits the response exactly. Parsing cannot use value_to the same way: the request's aliases,
// optional date and per-field rules are not something a description carries.
//
// Boost 1.81's object keeps the last of two equal keys, so this contender cannot see a
// duplicate_field; every other rule is the same.

#include "contenders.hpp"
#include "tree_contender.hpp"

#include <boost/json.hpp>

#include <limits>
#include <memory>
#include <utility>

namespace invite_test {
namespace {

struct boost_json_access {
  using node = boost::json::value;

  static json_kind kind(const node& n) noexcept {
    switch (n.kind()) {
      case boost::json::kind::object: return json_kind::object;
      case boost::json::kind::array: return json_kind::array;
      case boost::json::kind::string: return json_kind::string;
      case boost::json::kind::bool_: return json_kind::boolean;
      case boost::json::kind::null: return json_kind::null;
      default: return json_kind::number;
    }
  }
  static std::string_view text(const node& n) noexcept {
    const boost::json::string& s = n.get_string();
    return std::string_view(s.data(), s.size());
  }
  static integer_kind integer(const node& n, std::int64_t& out) noexcept {
    switch (n.kind()) {
      case boost::json::kind::int64: out = n.get_int64(); return integer_kind::in_int64;
      case boost::json::kind::uint64:
        if (n.get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
          return integer_kind::beyond_int64;
        }
        out = static_cast<std::int64_t>(n.get_uint64());
        return integer_kind::in_int64;
      default: return integer_kind::not_integer;
    }
  }
  static std::size_t size(const node& n) noexcept { return n.get_array().size(); }
  template <class F>
  static void for_each_item(const node& n, F&& f) {
    for (const boost::json::value& item : n.get_array()) f(item);
  }
  template <class F>
  static void for_each_member(const node& n, F&& f) {
    for (const boost::json::key_value_pair& member : n.get_object()) {
      f(std::string_view(member.key().data(), member.key().size()), member.value());
    }
  }
};

class boost_json_parser final : public tree_contender<boost_json_access> {
public:
  bool parse(std::string_view json) override {
    boost::json::error_code error;
    const boost::json::value root = boost::json::parse(boost::json::string_view(json.data(), json.size()), error);
    return walk(error ? nullptr : &root);
  }
};

class boost_json_writer final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    last_ = boost::json::serialize(boost::json::value_from(value));
    return last_;
  }

private:
  std::string last_;
};

} // namespace

void add_boost_json_contenders(parse_contenders& parsers, write_contenders& writers) {
  parse_contender parser{"boost_json", "Boost.JSON: boost::json::parse, the tree walked with the same rules",
                         [] { return std::make_unique<boost_json_parser>(); }};
  parser.sees_duplicate_keys = false;
  parsers.push_back(std::move(parser));
  writers.push_back({"boost_json_describe",
                     "Boost.JSON: serialize(value_from(response)), the tree built from the Boost.Describe descriptions",
                     [] { return std::make_unique<boost_json_writer>(); }});
}

} // namespace invite_test
