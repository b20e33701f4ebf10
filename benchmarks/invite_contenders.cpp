// The library itself, used the three ways the README shows.

#include "contenders.hpp"

#include <invite/invite.hpp>

namespace invite_test {
namespace {

// The free function: a new invite::parser (and its simdjson parser) for every document.
class free_function_parser final : public request_parser {
public:
  bool parse(std::string_view json) override {
    last_ = invite::parse_request(json);
    return static_cast<bool>(last_);
  }
  const invite::request& value() const override { return last_.value(); }

private:
  invite::result<invite::request> last_;
};

// One invite::parser kept between documents, a new result each time.
class reused_parser final : public request_parser {
public:
  bool parse(std::string_view json) override {
    last_ = parser_.parse<invite::request>(json);
    return static_cast<bool>(last_);
  }
  const invite::request& value() const override { return last_.value(); }

private:
  invite::parser parser_;
  invite::result<invite::request> last_;
};

// The parser and the result both kept: strings and vectors keep their capacity.
class reused_parser_and_result final : public request_parser {
public:
  bool parse(std::string_view json) override {
    parser_.parse(json, result_);
    return static_cast<bool>(result_);
  }
  const invite::request& value() const override { return result_.value(); }

private:
  invite::parser parser_;
  invite::result<invite::request> result_;
};

class to_json_writer final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    last_ = invite::to_json(value);
    return last_;
  }

private:
  std::string last_;
};

class reused_buffer_writer final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    buffer_.clear();
    invite::write_json(value, buffer_);
    return buffer_;
  }

private:
  std::string buffer_;
};

} // namespace

void add_invite_contenders(parse_contenders& parsers, write_contenders& writers) {
  parsers.push_back({"invite_parse_request", "invite::parse_request(json): a fresh parser and result per document",
                     [] { return std::make_unique<free_function_parser>(); }});
  parsers.push_back({"invite_reused_parser", "invite::parser kept, parser.parse<request>(json): a fresh result",
                     [] { return std::make_unique<reused_parser>(); }});
  parsers.push_back({"invite_reused_parser_and_result", "invite::parser and invite::result<request> kept: parser.parse(json, result)",
                     [] { return std::make_unique<reused_parser_and_result>(); }});
  writers.push_back({"invite_to_json", "invite::to_json(response): a fresh std::string",
                     [] { return std::make_unique<to_json_writer>(); }, true});
  writers.push_back({"invite_write_json_reused_string", "invite::write_json(response, out) into a kept std::string",
                     [] { return std::make_unique<reused_buffer_writer>(); }, true});
}

} // namespace invite_test
