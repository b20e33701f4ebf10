// The floor of every reader built on simdjson On Demand, the library's included: stage 1 and a
// walk that visits each key and each value once (a scalar's raw token is looked at, nothing is
// decoded, copied, stored or checked). What a parser costs above this row is its own work.

#include "contenders.hpp"

#include <invite_test/input_copies.hpp>

#include <simdjson.h>

#include <cstddef>
#include <memory>
#include <utility>

namespace invite_test {
namespace {

class ondemand_walk_only final : public request_parser {
public:
  bool parse(std::string_view json) override {
    const simdjson::padded_string_view input = padded_.copy(json);
    simdjson::ondemand::document document;
    if (parser_.iterate(input).get(document) != simdjson::SUCCESS) return false;
    simdjson::ondemand::value root;
    if (document.get_value().get(root) != simdjson::SUCCESS) return false;
    touched_ = 0;
    return visit(root);
  }
  const invite::request& value() const override { return nothing_; }

private:
  // The sizes of what was looked at are summed, so that the compiler cannot drop the looking.
  bool visit(simdjson::ondemand::value& value) {
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS) return false;
    if (type == simdjson::ondemand::json_type::object) {
      simdjson::ondemand::object object;
      if (value.get_object().get(object) != simdjson::SUCCESS) return false;
      for (auto member : object) {
        simdjson::ondemand::field field;
        if (std::move(member).get(field) != simdjson::SUCCESS) return false;
        touched_ += static_cast<std::size_t>(*field.key().raw());
        if (!visit(field.value())) return false;
      }
      return true;
    }
    if (type == simdjson::ondemand::json_type::array) {
      simdjson::ondemand::array array;
      if (value.get_array().get(array) != simdjson::SUCCESS) return false;
      for (auto item : array) {
        simdjson::ondemand::value element;
        if (std::move(item).get(element) != simdjson::SUCCESS) return false;
        if (!visit(element)) return false;
      }
      return true;
    }
    touched_ += value.raw_json_token().size();
    return true;
  }

  padded_copy padded_;
  simdjson::ondemand::parser parser_;
  std::size_t touched_ = 0;
  invite::request nothing_{};
};

} // namespace

void add_ondemand_walk_contenders(parse_contenders& parsers, write_contenders&) {
  parse_contender floor{"ondemand_walk_only",
                        "floor of an On Demand reader: stage 1 and one visit of every key and value, nothing "
                        "decoded, stored or checked",
                        [] { return std::make_unique<ondemand_walk_only>(); }};
  floor.checks_contract = false;
  parsers.push_back(std::move(floor));
}

} // namespace invite_test
