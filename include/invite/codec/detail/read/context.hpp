#ifndef INVITE_CODEC_DETAIL_READ_CONTEXT_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_CONTEXT_HPP_INCLUDED

// What the reader carries through one parse: the input's bounds, where it is (the JSON
// Pointer), where errors and notes go, whether the document turned out ill-formed, and the
// tables that judge keys and uniqueness. A parser keeps one across parses, so its buffers keep
// their capacity; its scratch space is its own, handed out only through the functions that
// fill it.

#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/location.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/report.hpp>
#include <invite/codec/detail/string_content.hpp>
#include <invite/codec/detail/spares.hpp>
#include <invite/codec/detail/undeclared_keys.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/parse_options.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite::detail {

/// Deeper nesting than this is invalid_json, whatever the value is for.
inline constexpr std::size_t max_nesting_depth = 1024;

class read_context {
public:
  void start(const char* input, std::size_t size, const parse_options& options, std::vector<error>& errors,
             std::vector<error>& notes, spares& spare) {
    base_ = input;
    end_ = input + size;
    options_ = &options;
    spares_ = &spare;
    errors_ = error_sink(errors, spare);
    errors_.clear();
    notes_ = error_sink(notes, spare.notes());
    notes_.clear();
    broken_rules_ = false;
    malformed_ = false;
    malformed_offset_ = 0;
    malformed_reason_ = nullptr;
    depth_ = 0;
    undeclared_.start(input);
    tables_.release_all();
  }

  const char* base() const noexcept { return base_; }
  const char* end() const noexcept { return end_; }
  const parse_options& options() const noexcept { return *options_; }
  std::size_t offset_of(const char* where) const noexcept { return static_cast<std::size_t>(where - base_); }
  spares& spare() noexcept { return *spares_; }

  bool broke_rules() const noexcept { return broken_rules_; }
  bool is_malformed() const noexcept { return malformed_; }
  // GCOVR_EXCL_START: read only if the syntax scan finds no fault where the reader found one,
  // a fallback that no known input needs (the scan is the complete one)
  std::size_t malformed_offset() const noexcept { return malformed_offset_; }
  const char* malformed_reason() const noexcept { return malformed_reason_; }
  // GCOVR_EXCL_STOP

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
  // A level is opened once per object or array and its key or index set in place for each
  // member, which costs a store where a push and a pop per member cost a capacity check each.
  // The levels are the first `depth_` segments; the vector only grows, so that opening a level
  // is a store, not a call of vector::push_back (which g++ does not inline into the reader).
  std::size_t open_level() {
    if (depth_ == segments_.size()) add_level();
    segments_[depth_] = segment{nullptr, 0};
    return depth_++;
  }
  void set_key(std::size_t level, const char* quote) noexcept { segments_[level] = segment{quote, 0}; }
  void set_index(std::size_t level, std::size_t index) noexcept { segments_[level] = segment{nullptr, index}; }
  void close_level() noexcept { --depth_; }

  /// Records a broken check at the current place (report.hpp). The message is written only
  /// when the error is kept: write(std::string& message, const location& at).
  template <class Write>
  outcome report(error_kind kind, std::size_t offset, Write&& write) {
    return report_at(errors_.size(), kind, nullptr, offset, write);
  }

  /// As report, at an earlier place in the list (for verdicts on a whole array, which belong
  /// before the errors of its items).
  template <class Write>
  outcome report_before(std::size_t position, error_kind kind, std::size_t offset, Write&& write) {
    return report_at(position, kind, nullptr, offset, write);
  }

  /// As report, about a member of the current object that is not there (a missing field): its
  /// location ends in that member's key.
  template <class Write>
  outcome report_in_member(std::string_view key, error_kind kind, std::size_t offset, Write&& write) {
    return report_at(errors_.size(), kind, &key, offset, write);
  }

  std::size_t error_count() const noexcept { return errors_.size(); }

  /// Records what the options let through at the current place, as the error a strict parse
  /// reports for it (a note: the verdict does not change), up to max_notes; the message is
  /// written only for a note that is kept.
  template <class Write>
  [[gnu::noinline]] void note(error_kind kind, std::size_t offset, Write&& write) {
    if (notes_.size() >= options_->max_notes) return;
    error& added = notes_.insert(notes_.size(), kind.code, offset, kind.code_name);
    const location at = current_location(nullptr);
    append_pointer(added.path, at);
    write(added.message, at);
  }

  /// Replaces every error found so far with one (invalid_json, which is always alone), unless
  /// no error may be kept; the message is the caller's to write. Notes go too: nothing of an
  /// ill-formed document was taken.
  error* replace_errors(error_code code, std::size_t offset) {
    notes_.clear();
    errors_.clear();
    if (options_->max_errors == 0) return nullptr;
    return &errors_.insert(0, code, offset);
  }

  /// The decoded text of a key whose content is [content, close): a view into the input when
  /// it has no escapes (almost always), else decoded into the context's own buffer, valid until
  /// the next key is decoded. Null data() when an escape is ill-formed (reported).
  std::string_view decode_key(const char* content, const char* close) {
    if (find_byte_in_padded(content, close, '\\') == close) {
      return std::string_view(content, static_cast<std::size_t>(close - content));
    }
    if (const char* bad = decode_string_content(content, close, key_buffer_)) {
      malformed(bad, "invalid escape sequence in a key");
      return {};
    }
    return key_buffer_.empty() ? std::string_view("", 0) : std::string_view(key_buffer_);
  }

  /// Decodes the content of a string token (between its quotes) that is not stored in a member
  /// (an enum's name, a formatted text, a skipped value) into the context's own buffer; the view
  /// is valid until the next such decoding. Null data() when an escape is ill-formed (reported).
  std::string_view decode_transient(const char* content, const char* close) {
    if (const char* bad = decode_string_content(content, close, text_buffer_)) {
      malformed(bad, "invalid escape sequence in a string");
      return {};
    }
    return text_buffer_.empty() ? std::string_view("", 0) : std::string_view(text_buffer_);
  }

  undeclared_keys& undeclared() noexcept { return undeclared_; }

  /// A hash index for one array being read; released with release_table in reverse order.
  caseless_index& acquire_table() { return tables_.acquire(); }
  void release_table() noexcept { tables_.release(); }

private:
  struct segment {
    const char* key_quote; // nullptr for an array index
    std::size_t index;
  };

  // Out of line: errors are rare, and inlined into every rule check this made each reading
  // function save and restore the registers only a report needs.
  template <class Write>
  [[gnu::noinline]] outcome report_at(std::size_t position, error_kind kind, const std::string_view* member_key,
                                      std::size_t offset, Write& write) {
    broken_rules_ = true;
    const std::size_t limit = options_->max_errors;
    if (limit == 0) return outcome::rejected;
    if (errors_.size() >= limit) {
      if (position >= limit) return outcome::rejected;
      errors_.drop_last();
    }
    error& added = errors_.insert(position, kind.code, offset, kind.code_name);
    const location at = current_location(member_key);
    append_pointer(added.path, at);
    write(added.message, at);
    return outcome::rejected;
  }

  // The reader keeps keys as their opening quotes in the input; they are decoded here, all into
  // one buffer first (each key step holding where its text ends), since views into the buffer
  // must not be taken while it grows.
  location current_location(const std::string_view* member_key) {
    key_texts_.clear();
    steps_.clear();
    for (std::size_t level = 0; level < depth_; ++level) {
      const segment& s = segments_[level];
      path_step step;
      if (s.key_quote == nullptr) {
        step.is_index = true;
        step.index = s.index;
      } else {
        decode_string(s.key_quote, end_, path_buffer_); // checked when the key was read
        key_texts_ += path_buffer_;
        step.index = key_texts_.size();
      }
      steps_.push_back(step);
    }
    if (member_key != nullptr) {
      key_texts_ += *member_key;
      path_step step;
      step.index = key_texts_.size();
      steps_.push_back(step);
    }
    std::size_t begin = 0;
    for (path_step& step : steps_) {
      if (step.is_index) continue;
      step.key = std::string_view(key_texts_.data() + begin, step.index - begin);
      begin = step.index;
      step.index = 0;
    }
    return location(steps_.data(), steps_.size());
  }

  const char* base_ = nullptr;
  const char* end_ = nullptr;
  const parse_options* options_ = nullptr;
  spares* spares_ = nullptr;
  error_sink errors_;
  error_sink notes_;
  bool broken_rules_ = false;
  bool malformed_ = false;
  std::size_t malformed_offset_ = 0;
  const char* malformed_reason_ = nullptr;
  [[gnu::noinline]] void add_level() { segments_.emplace_back(); }

  std::vector<segment> segments_;
  std::size_t depth_ = 0;
  undeclared_keys undeclared_;
  caseless_index_stack tables_;
  std::string key_buffer_;  // decoded keys with escapes
  std::string path_buffer_; // one key decoded again to spell a location
  std::string key_texts_;   // every key of a location, decoded
  std::vector<path_step> steps_;
  std::string text_buffer_; // decoded strings that are not stored as strings
};

/// One level of the path (an object's current key, an array's current index) for the lifetime
/// of the scope; reports made while it is open have it in their path.
class path_level {
public:
  explicit path_level(read_context& context) : context_(context), level_(context.open_level()) {}
  ~path_level() { context_.close_level(); }
  path_level(const path_level&) = delete;
  path_level& operator=(const path_level&) = delete;

  void key(const char* quote) noexcept { context_.set_key(level_, quote); }
  void index(std::size_t index) noexcept { context_.set_index(level_, index); }

private:
  read_context& context_;
  std::size_t level_;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_CONTEXT_HPP_INCLUDED
