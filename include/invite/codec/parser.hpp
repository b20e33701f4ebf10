#ifndef INVITE_CODEC_PARSER_HPP_INCLUDED
#define INVITE_CODEC_PARSER_HPP_INCLUDED

// The parser: bytes in, a result out. It bounds the input, hands it to simdjson On Demand with
// the padding simdjson needs, runs the generic reader over the document, and turns any
// ill-formedness into the one invalid_json error, placed at the exact byte.

#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/detail/read/reset.hpp>
#include <invite/codec/detail/read/value.hpp>
#include <invite/codec/detail/read/well_formed.hpp>
#include <invite/codec/detail/spares.hpp>
#include <invite/codec/detail/syntax_error.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/parse_options.hpp>
#include <invite/codec/result.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <simdjson.h>

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace invite {

/// Parses and validates documents of any described type. Keep one per thread and reuse it
/// with a reused result: after the first few documents it parses without allocating.
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
    detail::spares& spare = result_access<T>::spares(into);
    detail::reset_value(result_access<T>::value(into), spare);
    detail::error_sink errors(result_access<T>::errors(into), spare);
    errors.clear();
    detail::error_sink(result_access<T>::notes(into), spare.notes()).clear();
    result_access<T>::set_valid(into, false);
    if (options.max_errors == 0) return;
    error& added = errors.insert(0, error_code::payload_too_large, 0);
    added.message += "the document is ";
    message::append_number(added.message, size);
    added.message += " bytes, more than the ";
    message::append_number(added.message, options.max_bytes);
    added.message += " accepted";
  }

  template <class T>
  void run(simdjson::padded_string_view json, result<T>& into, const parse_options& options) {
    static_assert(detail::is_described_struct_v<T>,
                  "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot "
                  "read or write it");
    static_assert(detail::described_struct_checks<T>::value);
    T& value = result_access<T>::value(into);
    context_.start(json.data(), json.size(), options, result_access<T>::errors(into), result_access<T>::notes(into),
                   result_access<T>::spares(into));
    const bool object_read = read_document(json, value);
    if (!object_read) detail::reset_value(value, context_.spare());
    if (context_.is_malformed()) {
      // Name the exact byte; fall back on what the reader saw if the scan disagrees.
      detail::syntax_error where =
          detail::find_syntax_error(std::string_view(json.data(), json.size()), detail::max_nesting_depth, syntax_buffers_);
      if (where.reason == nullptr) where = {context_.malformed_offset(), context_.malformed_reason()};
      if (error* added = context_.replace_errors(error_code::invalid_json, where.offset)) {
        added->message += "invalid JSON at byte ";
        message::append_number(added->message, where.offset);
        added->message += ": ";
        added->message += where.reason;
      }
    }
    result_access<T>::set_valid(into, !context_.is_malformed() && !context_.broke_rules());
  }

  /// Reads the document into `out`; false when the value was not (all) read from it (an
  /// ill-formed document, or a root that is not an object), so that it is value-initialised.
  template <class T>
  bool read_document(simdjson::padded_string_view json, T& out) {
    namespace ondemand = simdjson::ondemand;
    const std::string_view text(json.data(), json.size());
    first_token(text);
    // Byte by byte: string_view::compare is a call, and a memcmp call, in every document's fixed cost.
    if (text.size() >= 3 && text[0] == '\xEF' && text[1] == '\xBB' && text[2] == '\xBF') {
      context_.malformed(std::size_t{0}, "a byte-order mark is not allowed");
      return false;
    }
    // simdjson's own depth bookkeeping must outlast ours, so that our limit is the one that
    // speaks (its development checks abort at its max_depth).
    constexpr std::size_t simdjson_depth = detail::max_nesting_depth + 8;
    if (json_parser_.max_depth() < simdjson_depth &&
        json_parser_.allocate(json.size() < 4096 ? 4096 : json.size(), simdjson_depth) != simdjson::SUCCESS) {
      // GCOVR_EXCL_START: only when memory runs out, which no test provokes
      context_.malformed(std::size_t{0}, "out of memory for the JSON index");
      return false;
      // GCOVR_EXCL_STOP
    }
    ondemand::document document;
    const simdjson::error_code status = json_parser_.iterate(json).get(document);
    if (status != simdjson::SUCCESS) {
      report_iterate_error(status, text);
      return false;
    }
    ondemand::json_type type{};
    if (document.type().get(type) != simdjson::SUCCESS) {
      context_.malformed(first_token(text), "unexpected character");
      return false;
    }
    if (type == ondemand::json_type::object || type == ondemand::json_type::array) {
      ondemand::value root;
      if (document.get_value().get(root) != simdjson::SUCCESS) {
        // GCOVR_EXCL_START: defensive; type() has just read an object or an array there
        context_.malformed(first_token(text), "malformed document");
        return false;
        // GCOVR_EXCL_STOP
      }
      const detail::outcome read = type == ondemand::json_type::object
                                       ? detail::read_value<detail::no_parts>(context_, root, out,
                                                                              static_cast<std::nullptr_t*>(nullptr), 1)
                                       : detail::skip_value(context_, root, 1);
      if (read == detail::outcome::malformed) return false;
      const char* trailing = nullptr;
      if (document.current_location().get(trailing) == simdjson::SUCCESS) {
        context_.malformed(trailing, "unexpected content after the document");
        return false;
      }
      if (type == ondemand::json_type::array) {
        report_root_mismatch("an array");
        return false;
      }
      return true;
    }
    // A scalar document: one token, checked whole, with nothing after it.
    std::string_view token;
    if (document.raw_json_token().get(token) != simdjson::SUCCESS) {
      // GCOVR_EXCL_START: defensive; type() has just read a scalar there
      context_.malformed(first_token(text), "malformed document");
      return false;
      // GCOVR_EXCL_STOP
    }
    if (detail::check_scalar(context_, type, token) == detail::outcome::malformed) return false;
    if (token.data() + token.size() != text.data() + text.size()) {
      context_.malformed(token.data() + token.size(), "unexpected content after the document");
      return false;
    }
    report_root_mismatch(detail::json_type_name(type));
    return false;
  }

  void report_root_mismatch(const char* found) {
    detail::report_wrong_type(context_, first_token_offset_, "an object",
                              [&](std::string& message) { message += found; });
  }

  std::size_t first_token(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && detail::is_json_whitespace(text[i])) ++i;
    first_token_offset_ = i;
    return i;
  }

  void report_iterate_error(simdjson::error_code status, std::string_view text) {
    switch (status) {
      case simdjson::EMPTY: context_.malformed(text.size(), "the document is empty"); return;
      case simdjson::UTF8_ERROR: context_.malformed(spelling::first_invalid_utf8(text), "invalid UTF-8"); return;
      case simdjson::UNCLOSED_STRING: context_.malformed(text.size(), "unterminated string"); return;
      // GCOVR_EXCL_START: a document of 4 GiB, which no test allocates
      case simdjson::CAPACITY:
        context_.malformed(std::size_t{0}, "the document is larger than simdjson can index");
        return;
      // GCOVR_EXCL_STOP
      default: context_.malformed(first_token(text), simdjson::error_message(status)); return;
    }
  }

  simdjson::ondemand::parser json_parser_;
  std::unique_ptr<char[]> padded_;
  std::size_t padded_capacity_ = 0;
  std::size_t first_token_offset_ = 0;
  detail::read_context context_;
  detail::syntax_scan_buffers syntax_buffers_;
};

namespace detail {
/// The parser of the free functions: one per thread, so its buffers (bounded by the largest
/// document it accepted) are reused.
inline parser& thread_parser() {
  thread_local parser per_thread;
  return per_thread;
}
} // namespace detail

/// Parses `json` as a T with this thread's parser; only the result is new each time.
template <class T>
result<T> parse(std::string_view json, const parse_options& options = {}) {
  return detail::thread_parser().parse<T>(json, options);
}

/// Parses `json` into `into` with this thread's parser, reusing the result's capacity: with a
/// kept result, a loop allocates nothing in steady state.
template <class T>
void parse(std::string_view json, result<T>& into, const parse_options& options = {}) {
  detail::thread_parser().parse(json, into, options);
}

} // namespace invite

#endif // INVITE_CODEC_PARSER_HPP_INCLUDED
