#ifndef INVITE_BENCHMARKS_CONTENDERS_HPP_INCLUDED
#define INVITE_BENCHMARKS_CONTENDERS_HPP_INCLUDED

// What the benchmark times. Each contender is an object made once per benchmark run that keeps
// whatever its library lets a careful user keep between documents (parsers, padded buffers),
// and is called once per document; a virtual call per document costs nothing measurable.

#include <invite/invite.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace invite_test {

/// Parses a request and applies every rule of the contract to it.
class request_parser {
public:
  virtual ~request_parser() = default;
  /// True when `json` is a valid request; value() then holds it.
  virtual bool parse(std::string_view json) = 0;
  virtual const invite::request& value() const = 0;
};

struct parse_contender {
  std::string name;
  std::string description;
  std::function<std::unique_ptr<request_parser>()> make;
  bool checks_contract = true;   // false for the floor, which only reads the bytes
  bool sees_duplicate_keys = true; // false where the library's DOM keeps one of two equal keys
};

/// Writes a response as JSON.
class response_writer {
public:
  virtual ~response_writer() = default;
  /// The JSON of `value`; the view lives until the next call.
  virtual std::string_view write(const invite::response& value) = 0;
  /// What is wrong with the writer's own work on the last document, beyond its bytes (the
  /// careful appender's reservation must be exact); empty when nothing is.
  virtual std::string problem() const { return {}; }
};

struct write_contender {
  std::string name;
  std::string description;
  std::function<std::unique_ptr<response_writer>()> make;
  bool canonical = false; // writes the contract's canonical bytes, so must equal invite::to_json
};

using parse_contenders = std::vector<parse_contender>;
using write_contenders = std::vector<write_contender>;

// One function per library, each in its own translation unit (built only when found).
void add_invite_contenders(parse_contenders&, write_contenders&);
void add_handwritten_contenders(parse_contenders&, write_contenders&);
void add_handwritten_writers(parse_contenders&, write_contenders&);
void add_simdjson_dom_contenders(parse_contenders&, write_contenders&);
void add_ondemand_walk_contenders(parse_contenders&, write_contenders&);
void add_boost_json_contenders(parse_contenders&, write_contenders&);
void add_rapidjson_contenders(parse_contenders&, write_contenders&);
void add_nlohmann_contenders(parse_contenders&, write_contenders&);

} // namespace invite_test

#endif // INVITE_BENCHMARKS_CONTENDERS_HPP_INCLUDED
