// simdjson's DOM: the whole document parsed into a tape first (stage 2 validates everything),
// then walked; and the bare parse, the floor of just reading the bytes.

#include "contenders.hpp"
#include "dom_checks.hpp"

#include <simdjson.h>

#include <cstring>
#include <memory>
#include <utility>

namespace invite_bench {
namespace {

struct simdjson_dom_access {
  using node = simdjson::dom::element;

  static json_kind kind(const node& n) noexcept {
    switch (n.type()) {
      case simdjson::dom::element_type::OBJECT: return json_kind::object;
      case simdjson::dom::element_type::ARRAY: return json_kind::array;
      case simdjson::dom::element_type::STRING: return json_kind::string;
      case simdjson::dom::element_type::BOOL: return json_kind::boolean;
      case simdjson::dom::element_type::NULL_VALUE: return json_kind::null;
      default: return json_kind::number;
    }
  }
  static std::string_view text(const node& n) noexcept { return n.get_string().value_unsafe(); }
  static integer_kind integer(const node& n, std::int64_t& out) noexcept {
    switch (n.type()) {
      case simdjson::dom::element_type::INT64: out = n.get_int64().value_unsafe(); return integer_kind::in_int64;
      case simdjson::dom::element_type::UINT64: return integer_kind::beyond_int64;
      default: return integer_kind::not_integer;
    }
  }
  // The array and object handles are copied out of their simdjson_result first: a range-for
  // over value_unsafe() of a temporary result would outlive it.
  static std::size_t size(const node& n) noexcept {
    const simdjson::dom::array items = n.get_array().value_unsafe();
    return items.size();
  }
  template <class F>
  static void for_each_item(const node& n, F&& f) {
    const simdjson::dom::array items = n.get_array().value_unsafe();
    for (const simdjson::dom::element item : items) f(item);
  }
  template <class F>
  static void for_each_member(const node& n, F&& f) {
    const simdjson::dom::object members = n.get_object().value_unsafe();
    for (const simdjson::dom::key_value_pair member : members) f(member.key, member.value);
  }
};

// simdjson reads past the end of its input: a kept, padded copy (as the library makes).
class padded_copy {
public:
  const char* copy(std::string_view json) {
    const std::size_t needed = json.size() + simdjson::SIMDJSON_PADDING;
    if (needed > capacity_) {
      capacity_ = needed < 4096 ? 4096 : needed * 2;
      buffer_.reset(new char[capacity_]);
    }
    std::memcpy(buffer_.get(), json.data(), json.size());
    std::memset(buffer_.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    return buffer_.get();
  }

private:
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
};

class simdjson_dom_parser final : public request_parser {
public:
  bool parse(std::string_view json) override {
    const char* input = padded_.copy(json);
    invite::request fresh{};
    bool valid = false;
    simdjson::dom::element root;
    if (parser_.parse(input, json.size(), false).get(root) == simdjson::SUCCESS) {
      valid = dom_request_reader<simdjson_dom_access>(state_, false).read(root, fresh);
    }
    last_ = std::move(fresh);
    return valid;
  }
  const invite::request& value() const override { return last_; }

private:
  padded_copy padded_;
  simdjson::dom::parser parser_;
  dom_walk_state state_;
  invite::request last_{};
};

class simdjson_dom_parse_only final : public request_parser {
public:
  bool parse(std::string_view json) override {
    const char* input = padded_.copy(json);
    simdjson::dom::element root;
    return parser_.parse(input, json.size(), false).get(root) == simdjson::SUCCESS;
  }
  const invite::request& value() const override { return nothing_; }

private:
  padded_copy padded_;
  simdjson::dom::parser parser_;
  invite::request nothing_{};
};

} // namespace

void add_simdjson_dom_contenders(parse_contenders& parsers, write_contenders&) {
  parsers.push_back({"simdjson_dom", "simdjson DOM: dom::parser kept, the tree walked with the same rules",
                     [] { return std::make_unique<simdjson_dom_parser>(); }});
  parse_contender floor{"simdjson_dom_parse_only",
                        "floor: simdjson DOM parse alone (validates the JSON, builds nothing, checks no rule)",
                        [] { return std::make_unique<simdjson_dom_parse_only>(); }};
  floor.checks_contract = false;
  parsers.push_back(std::move(floor));
}

} // namespace invite_bench
