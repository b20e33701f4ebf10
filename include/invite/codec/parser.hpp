#ifndef INVITE_CODEC_PARSER_HPP_INCLUDED
#define INVITE_CODEC_PARSER_HPP_INCLUDED

#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/read_state.hpp>
#include <invite/codec/detail/reader.hpp>
#include <invite/codec/detail/syntax_error.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/parse_options.hpp>
#include <invite/codec/result.hpp>

#include <simdjson.h>

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace invite {

/// Parses and validates documents of any described type. Keep one per thread and reuse it:
/// after the first few documents it parses without allocating (given a reused result).
class parser {
public:
  parser() = default;

  /// Parses `json` as a T.
  template <class T>
  result<T> parse(std::string_view json, const parse_options& options = {}) {
    result<T> out;
    parse(json, out, options);
    return out;
  }

  /// Parses `json` into `into`, reusing the capacity of its strings, vectors and error list.
  template <class T>
  void parse(std::string_view json, result<T>& into, const parse_options& options = {}) {
    if (json.size() > options.max_bytes) {
      reject_oversized(json.size(), into, options);
      return;
    }
    const std::size_t needed = json.size() + simdjson::SIMDJSON_PADDING;
    if (needed > padded_capacity_) {
      padded_capacity_ = needed < 4096 ? 4096 : needed + needed / 2;
      padded_.reset(new char[padded_capacity_]);
    }
    if (!json.empty()) std::memcpy(padded_.get(), json.data(), json.size());
    std::memset(padded_.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    run(simdjson::padded_string_view(padded_.get(), json.size(), padded_capacity_), into, options);
  }

  /// Parses input that already has simdjson::SIMDJSON_PADDING readable bytes after its end,
  /// without copying it.
  template <class T>
  void parse(simdjson::padded_string_view json, result<T>& into, const parse_options& options = {}) {
    if (json.size() > options.max_bytes) {
      reject_oversized(json.size(), into, options);
      return;
    }
    run(json, into, options);
  }

private:
  template <class T>
  void reject_oversized(std::size_t size, result<T>& into, const parse_options& options) {
    auto& errors = result_access<T>::errors(into);
    errors.clear();
    result_access<T>::set_valid(into, false);
    if (options.max_errors == 0) return;
    errors.push_back(error{error_code::payload_too_large, std::string(), 
                           "the document is " + std::to_string(size) + " bytes, more than the " +
                               std::to_string(options.max_bytes) + " accepted",
                           0});
  }

  template <class T>
  void run(simdjson::padded_string_view json, result<T>& into, const parse_options& options) {
    static_assert(detail::is_described_struct_v<T>,
                  "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot "
                  "read or write it");
    auto& errors = result_access<T>::errors(into);
    state_.start(json.data(), json.size(), options, errors);
    read_document(json, result_access<T>::value(into));
    if (state_.is_malformed()) {
      errors.clear();
      if (options.max_errors != 0) {
        // Name the exact byte; fall back on what the reader saw if the scan disagrees.
        detail::syntax_error where = detail::find_syntax_error(
            std::string_view(json.data(), json.size()), detail::max_nesting_depth);
        if (where.reason == nullptr) where = {state_.malformed_offset(), state_.malformed_reason()};
        errors.push_back(error{error_code::invalid_json, std::string(),
                               "invalid JSON at byte " + std::to_string(where.offset) + ": " + where.reason,
                               where.offset});
      }
    }
    result_access<T>::set_valid(into, !state_.is_malformed() && !state_.broke_rules());
  }

  template <class T>
  void read_document(simdjson::padded_string_view json, T& out) {
    namespace ondemand = simdjson::ondemand;
    const std::string_view text(json.data(), json.size());
    first_token(text);
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      state_.malformed(std::size_t{0}, "a byte-order mark is not allowed");
      return;
    }
    // simdjson's own depth bookkeeping must outlast ours, so that our limit is the one that
    // speaks (its development checks abort at its max_depth).
    constexpr std::size_t simdjson_depth = detail::max_nesting_depth + 8;
    if (json_parser_.max_depth() < simdjson_depth &&
        json_parser_.allocate(json.size() < 4096 ? 4096 : json.size(), simdjson_depth) != simdjson::SUCCESS) {
      state_.malformed(std::size_t{0}, "out of memory for the JSON index");
      return;
    }
    ondemand::document document;
    const simdjson::error_code status = json_parser_.iterate(json).get(document);
    if (status != simdjson::SUCCESS) {
      report_iterate_error(status, text);
      return;
    }
    ondemand::json_type type{};
    if (document.type().get(type) != simdjson::SUCCESS) {
      state_.malformed(first_token(text), "unexpected character");
      return;
    }
    if (type == ondemand::json_type::object || type == ondemand::json_type::array) {
      ondemand::value root;
      if (document.get_value().get(root) != simdjson::SUCCESS) {
        state_.malformed(first_token(text), "malformed document");
        return;
      }
      const detail::outcome read =
          type == ondemand::json_type::object
              ? detail::read_value(state_, root, out, std::tuple<>{},
                                   static_cast<std::nullptr_t*>(nullptr), 1)
              : detail::skip_value(state_, root, 1);
      if (read == detail::outcome::malformed) return;
      const char* trailing = nullptr;
      if (document.current_location().get(trailing) == simdjson::SUCCESS) {
        state_.malformed(trailing, "unexpected content after the document");
        return;
      }
      if (type == ondemand::json_type::array) report_root_mismatch("an array");
      return;
    }
    // A scalar document: one token, checked whole, with nothing after it.
    std::string_view token;
    if (document.raw_json_token().get(token) != simdjson::SUCCESS) {
      state_.malformed(first_token(text), "malformed document");
      return;
    }
    if (detail::check_scalar(state_, type, token, state_.text_buffer) == detail::outcome::malformed) return;
    if (token.data() + token.size() != text.data() + text.size()) {
      state_.malformed(token.data() + token.size(), "unexpected content after the document");
      return;
    }
    report_root_mismatch(detail::json_type_name(type));
  }

  void report_root_mismatch(const char* found) {
    state_.report(error_code::type_mismatch, first_token_offset_, [&](const std::string&) {
      return std::string("the document: expected an object, found ") + found;
    });
  }

  std::size_t first_token(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && detail::is_json_whitespace(text[i])) ++i;
    first_token_offset_ = i;
    return i;
  }

  void report_iterate_error(simdjson::error_code status, std::string_view text) {
    switch (status) {
      case simdjson::EMPTY: state_.malformed(text.size(), "the document is empty"); return;
      case simdjson::UTF8_ERROR:
        state_.malformed(detail::first_invalid_utf8(text), "invalid UTF-8");
        return;
      case simdjson::UNCLOSED_STRING: state_.malformed(text.size(), "unterminated string"); return;
      case simdjson::CAPACITY:
        state_.malformed(std::size_t{0}, "the document is larger than simdjson can index");
        return;
      default: state_.malformed(first_token(text), simdjson::error_message(status)); return;
    }
  }

  simdjson::ondemand::parser json_parser_;
  std::unique_ptr<char[]> padded_;
  std::size_t padded_capacity_ = 0;
  std::size_t first_token_offset_ = 0;
  detail::read_state state_;
};

/// Parses `json` as a T. Each thread keeps one parser for these calls, so its buffers (bounded
/// by the largest document it accepted) are reused; only the result is new each time.
template <class T>
result<T> parse(std::string_view json, const parse_options& options = {}) {
  thread_local parser per_thread;
  return per_thread.parse<T>(json, options);
}

} // namespace invite

#endif // INVITE_CODEC_PARSER_HPP_INCLUDED
