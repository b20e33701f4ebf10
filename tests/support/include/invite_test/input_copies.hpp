#ifndef INVITE_TEST_INPUT_COPIES_HPP_INCLUDED
#define INVITE_TEST_INPUT_COPIES_HPP_INCLUDED

// How an input is handed to a parser under test: in a block of exactly its size, so that
// AddressSanitizer reports a read of even one byte past the end (and valgrind a read of bytes
// never written); or followed by the padding simdjson needs.

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace invite_test {

/// The input in a heap block of exactly its size.
inline std::vector<char> exact_copy(const std::uint8_t* data, std::size_t size) {
  return std::vector<char>(reinterpret_cast<const char*>(data), reinterpret_cast<const char*>(data) + size);
}

/// What fills the padding after a padded copy.
enum class padding_fill {
  /// Zero bytes, as a buffer fresh from the allocator might hold.
  zeros,
  /// The bytes most likely to change a verdict if a reader did look at them: quotes,
  /// backslashes, digits, brackets. simdjson promises that the padding never changes one, and a
  /// server's receive buffer holds whatever came before.
  hostile,
};

/// A kept copy of one input followed by exactly simdjson::SIMDJSON_PADDING bytes. The block is
/// always exactly that large (a new one only when the size changes, so a timed loop over one
/// document allocates nothing), so that sanitizers see any read past the padding.
class padded_copy {
public:
  explicit padded_copy(padding_fill fill = padding_fill::zeros) noexcept : fill_(fill) {}

  /// The copy of `text`, valid until the next call.
  simdjson::padded_string_view copy(std::string_view text) {
    const std::size_t capacity = text.size() + simdjson::SIMDJSON_PADDING;
    if (capacity != capacity_) {
      bytes_.reset(new char[capacity]);
      capacity_ = capacity;
    }
    std::copy(text.begin(), text.end(), bytes_.get());
    if (fill_ == padding_fill::zeros) {
      std::fill(bytes_.get() + text.size(), bytes_.get() + capacity, '\0');
    } else {
      constexpr std::string_view hostile = "\"\\1e]}:,\"0\x80[{";
      for (std::size_t i = 0; i < simdjson::SIMDJSON_PADDING; ++i) {
        bytes_[text.size() + i] = hostile[(i + text.size()) % hostile.size()];
      }
    }
    return simdjson::padded_string_view(bytes_.get(), text.size(), capacity);
  }

private:
  padding_fill fill_;
  std::unique_ptr<char[]> bytes_;
  std::size_t capacity_ = 0;
};

} // namespace invite_test

#endif // INVITE_TEST_INPUT_COPIES_HPP_INCLUDED
