#ifndef INVITE_CODEC_DETAIL_READ_STATE_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_STATE_HPP_INCLUDED

// What the reader carries through one parse: where it is (the JSON Pointer), where errors go,
// and whether the document turned out ill-formed. A parser keeps one across parses, so its
// buffers keep their capacity.

#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/json_escape.hpp>
#include <invite/codec/detail/json_pointer.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/parse_options.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace invite::detail {

/// How reading one value went.
enum class outcome : unsigned char {
  accepted,  // it met every rule
  rejected,  // it broke a rule; the errors are recorded and reading goes on
  malformed, // the document is not well-formed JSON; reading stops
};

constexpr outcome worse(outcome a, outcome b) noexcept { return a > b ? a : b; }

class read_state {
public:
  void start(const char* input, std::size_t size, const parse_options& options,
             std::vector<error>& errors) {
    base_ = input;
    end_ = input + size;
    options_ = &options;
    errors_ = &errors;
    errors_->clear();
    broken_rules_ = false;
    malformed_ = false;
    malformed_offset_ = 0;
    malformed_reason_ = nullptr;
    segments_.clear();
    unknown_keys_.clear();
    next_object_serial_ = 0;
    tables_in_use_ = 0;
  }

  const char* base() const noexcept { return base_; }
  const char* end() const noexcept { return end_; }
  const parse_options& options() const noexcept { return *options_; }
  std::size_t offset_of(const char* where) const noexcept {
    return static_cast<std::size_t>(where - base_);
  }

  bool broke_rules() const noexcept { return broken_rules_; }
  bool is_malformed() const noexcept { return malformed_; }
  std::size_t malformed_offset() const noexcept { return malformed_offset_; }
  const char* malformed_reason() const noexcept { return malformed_reason_; }

  /// Marks the document ill-formed; the first cause is the one reported.
  outcome malformed(std::size_t offset, const char* reason) noexcept {
    if (!malformed_) {
      malformed_ = true;
      malformed_offset_ = offset;
      malformed_reason_ = reason;
    }
    return outcome::malformed;
  }
  outcome malformed(const char* where, const char* reason) noexcept {
    const char* clamped = where < base_ ? base_ : (where > end_ ? end_ : where);
    return malformed(offset_of(clamped), reason);
  }

  // Where the reader is: a stack of keys (by their opening quote in the input) and array
  // indexes. The JSON Pointer is only spelled out when an error is kept, so a valid document
  // never pays for it.
  void push_key(const char* quote) { segments_.push_back(segment{quote, 0}); }
  void push_index(std::size_t index) { segments_.push_back(segment{nullptr, index}); }
  void pop_segment() noexcept { segments_.pop_back(); }

  /// The JSON Pointer of the value being read, keys decoded and escaped per RFC 6901.
  std::string current_path() const {
    std::string pointer;
    std::string key;
    for (const segment& s : segments_) {
      if (s.key_quote == nullptr) {
        append_pointer_index(pointer, s.index);
      } else {
        decode_string(s.key_quote, end_, key); // already checked when the key was read
        append_pointer_token(pointer, key);
      }
    }
    return pointer;
  }

  /// Records a broken rule at the current path. The message (given the path) is built only
  /// when the error will be kept.
  template <class MessageBuilder>
  outcome report(error_code code, std::size_t offset, MessageBuilder&& build_message) {
    return report_into(errors_->size(), code, nullptr, offset, build_message);
  }

  /// As report, at an earlier place in the list (for verdicts on a whole array, which belong
  /// before the errors of its items).
  template <class MessageBuilder>
  outcome report_before(std::size_t position, error_code code, std::size_t offset,
                        MessageBuilder&& build_message) {
    return report_into(position, code, nullptr, offset, build_message);
  }

  /// A required field missing from the current object: its path ends in its canonical name.
  template <class MessageBuilder>
  outcome report_missing(std::string_view name, std::size_t offset, MessageBuilder&& build_message) {
    return report_into(errors_->size(), error_code::missing_field, &name, offset, build_message);
  }

  std::size_t error_count() const noexcept { return errors_->size(); }

  /// A serial number per object read, so that keys of different objects never collide.
  std::size_t next_object_serial() noexcept { return next_object_serial_++; }

  /// True when this undeclared key was already seen in the same object.
  bool repeats_unknown_key(std::size_t object_serial, std::string_view key) {
    std::string entry = std::to_string(object_serial);
    entry.push_back(':');
    entry.append(key);
    return !unknown_keys_.insert(std::move(entry)).second;
  }

  /// A hash index for one array being read; released with release_table in reverse order.
  caseless_index& acquire_table() {
    if (tables_in_use_ == tables_.size()) tables_.push_back(std::make_unique<caseless_index>());
    caseless_index& table = *tables_[tables_in_use_++];
    table.clear();
    return table;
  }
  void release_table() noexcept { --tables_in_use_; }

  std::string key_buffer; // decoded keys
  std::string text_buffer; // decoded strings that are not stored as strings (enums, dates)

private:
  struct segment {
    const char* key_quote; // nullptr for an array index
    std::size_t index;
  };

  template <class MessageBuilder>
  outcome report_into(std::size_t position, error_code code, const std::string_view* last_key,
                      std::size_t offset, MessageBuilder& build_message) {
    broken_rules_ = true;
    const std::size_t limit = options_->max_errors;
    if (limit == 0) return outcome::rejected;
    if (errors_->size() >= limit) {
      if (position >= limit) return outcome::rejected;
      errors_->pop_back();
    }
    std::string path = current_path();
    if (last_key != nullptr) append_pointer_token(path, *last_key);
    std::string message = build_message(static_cast<const std::string&>(path));
    errors_->insert(errors_->begin() + static_cast<std::ptrdiff_t>(position),
                    error{code, std::move(path), std::move(message), offset});
    return outcome::rejected;
  }

  std::vector<segment> segments_;

  const char* base_ = nullptr;
  const char* end_ = nullptr;
  const parse_options* options_ = nullptr;
  std::vector<error>* errors_ = nullptr;
  bool broken_rules_ = false;
  bool malformed_ = false;
  std::size_t malformed_offset_ = 0;
  const char* malformed_reason_ = nullptr;
  std::unordered_set<std::string> unknown_keys_;
  std::size_t next_object_serial_ = 0;
  std::vector<std::unique_ptr<caseless_index>> tables_;
  std::size_t tables_in_use_ = 0;
};

/// Enters a key or an index of the path for the lifetime of the scope.
class path_scope {
public:
  path_scope(read_state& state, const char* key_quote) : state_(state) { state_.push_key(key_quote); }
  path_scope(read_state& state, std::size_t index) : state_(state) { state_.push_index(index); }
  ~path_scope() { state_.pop_segment(); }
  path_scope(const path_scope&) = delete;
  path_scope& operator=(const path_scope&) = delete;

private:
  read_state& state_;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_STATE_HPP_INCLUDED
