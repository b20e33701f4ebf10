#ifndef INVITE_CODEC_DETAIL_LOCATION_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_LOCATION_HPP_INCLUDED

// Where a value is, as structure: the steps from the document's root, each a member's key or an
// array item's index. An error's JSON Pointer and the way its message names the value are both
// spelled from the steps, never from each other, so a key spelled "0" stays a key and an item
// stays an item, whatever its pointer looks like.

#include <invite/codec/message.hpp>
#include <invite/codec/spelling/json_pointer.hpp>
#include <invite/codec/spelling/json_string.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::detail {

/// One step from the root: a member's key (its decoded text) or an array item's index.
struct path_step {
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;
};

/// The steps from the root to a value, outermost first; a view, valid while the report that
/// made it is being written.
class location {
public:
  constexpr location() noexcept = default;
  constexpr location(const path_step* steps, std::size_t depth) noexcept : steps_(steps), depth_(depth) {}

  constexpr std::size_t depth() const noexcept { return depth_; }
  constexpr bool is_root() const noexcept { return depth_ == 0; }
  constexpr const path_step& operator[](std::size_t i) const noexcept { return steps_[i]; }
  constexpr const path_step& last() const noexcept { return steps_[depth_ - 1]; }
  /// The location `levels` steps up (the root at most).
  constexpr location up(std::size_t levels = 1) const noexcept {
    return location(steps_, levels < depth_ ? depth_ - levels : 0);
  }

private:
  const path_step* steps_ = nullptr;
  std::size_t depth_ = 0;
};

/// Appends the RFC 6901 JSON Pointer of `at` ("" for the root).
inline void append_pointer(std::string& out, location at) {
  for (std::size_t i = 0; i < at.depth(); ++i) {
    if (at[i].is_index) {
      spelling::append_pointer_index(out, at[i].index);
    } else {
      spelling::append_pointer_token(out, at[i].key);
    }
  }
}

/// Appends how a message names the value at `at`: the document itself, a member by its key as
/// spelled ("email"), or an item of an array (item 3 of "candidates").
inline void append_label(std::string& out, location at) {
  if (at.is_root()) {
    out += "the document";
    return;
  }
  const path_step& step = at.last();
  if (!step.is_index) {
    spelling::append_json_string(out, step.key);
    return;
  }
  out += "item ";
  message::append_number(out, step.index);
  out += " of ";
  append_label(out, at.up());
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_LOCATION_HPP_INCLUDED
