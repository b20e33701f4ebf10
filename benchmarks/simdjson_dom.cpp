// simdjson's DOM: the whole document parsed into a tape first (stage 2 validates everything),
// then walked; and the bare parse, the floor of just reading the bytes.

#include "contenders.hpp"
#include "tree_contender.hpp"

#include <invite_test/input_copies.hpp>
#include <invite_test/simdjson_dom_access.hpp>

#include <simdjson.h>

#include <memory>
#include <utility>

namespace invite_test {
namespace {

class simdjson_dom_parser final : public tree_contender<simdjson_dom_access> {
public:
  bool parse(std::string_view json) override {
    const simdjson::padded_string_view input = padded_.copy(json);
    simdjson::dom::element root;
    const bool parsed = parser_.parse(input.data(), input.size(), false).get(root) == simdjson::SUCCESS;
    return walk(parsed ? &root : nullptr);
  }

private:
  padded_copy padded_;
  simdjson::dom::parser parser_;
};

class simdjson_dom_parse_only final : public request_parser {
public:
  bool parse(std::string_view json) override {
    const simdjson::padded_string_view input = padded_.copy(json);
    simdjson::dom::element root;
    return parser_.parse(input.data(), input.size(), false).get(root) == simdjson::SUCCESS;
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

} // namespace invite_test
