#ifndef INVITE_CODEC_DETAIL_UNDECLARED_KEYS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_UNDECLARED_KEYS_HPP_INCLUDED

// The undeclared keys of the objects being read, so that one given twice in an object is
// reported as duplicate_field. Memory must stay small whatever arrives (a 1 MiB body can hold
// 150,000 short keys), so a key is kept as 8 bytes pointing into the input, and only while its
// object is open: objects nest, so their keys form a stack. An object with few undeclared keys
// is searched linearly; one with many gets a hash index of its own.

#include <invite/codec/detail/string_content.hpp>
#include <invite/codec/spelling/detail/swar.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace invite::detail {

class undeclared_keys {
public:
  /// The undeclared keys of one open object.
  struct object {
    std::size_t begin = 0;       // its first key in the stack
    std::size_t index = no_index; // its hash index, once it has many keys
  };

  void start(const char* input) noexcept {
    input_ = input;
    keys_.clear();
    indexes_in_use_ = 0;
  }

  object open() const noexcept { return object{keys_.size(), no_index}; }

  /// Forgets the object's keys (its inner objects are closed already).
  void close(const object& opened) noexcept {
    keys_.resize(opened.begin);
    if (opened.index != no_index) --indexes_in_use_;
  }

  /// Records the key whose opening quote is at `quote` and whose decoded text is `key` in the
  /// object; true when the object had it already (then it is not recorded again).
  bool repeats(object& opened, const char* quote, std::string_view key) {
    const std::size_t count = keys_.size() - opened.begin;
    if (opened.index == no_index) {
      for (std::size_t i = opened.begin; i < keys_.size(); ++i) {
        if (same_key(keys_[i], key)) return true;
      }
      push(quote, key);
      if (count + 1 >= linear_limit) build_index(opened);
      return false;
    }
    key_index& index = *indexes_[opened.index];
    const std::uint64_t hash = hash_key(key);
    const std::size_t mask = index.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    for (; index[slot] != 0; slot = (slot + 1) & mask) {
      if (same_key(keys_[opened.begin + index[slot] - 1], key)) return true;
    }
    push(quote, key);
    index[slot] = static_cast<std::uint32_t>(count + 1);
    if ((count + 1) * 2 > index.size()) rebuild(opened, index.size() * 2);
    return false;
  }

private:
  static constexpr std::size_t no_index = static_cast<std::size_t>(-1);
  static constexpr std::size_t linear_limit = 8;

  // Where a key is in the input: its content starts after the quote at `quote_offset`; its raw
  // (still escaped) length and whether it holds an escape tell how to compare it.
  struct key_entry {
    std::uint32_t quote_offset;
    std::uint32_t raw_length_and_escape; // top bit: the raw text has a backslash
  };
  // Open addressing: each slot holds 1 + the key's position in the object, or 0 when empty.
  using key_index = std::vector<std::uint32_t>;

  static constexpr std::uint32_t escape_bit = 0x80000000u;

  void push(const char* quote, std::string_view key) {
    // The raw text ends at the closing quote: for a key without escapes it is the decoded key
    // itself; with escapes it is found by scanning, which only unusual keys pay for.
    const char* content = quote + 1;
    const bool plain = key.data() == content;
    std::size_t raw_length = key.size();
    if (!plain) {
      const char* p = content;
      while (*p != '"') p += (*p == '\\') ? 2 : 1;
      raw_length = static_cast<std::size_t>(p - content);
    }
    keys_.push_back(key_entry{static_cast<std::uint32_t>(quote - input_),
                              static_cast<std::uint32_t>(raw_length) | (plain ? 0u : escape_bit)});
  }

  std::string_view decoded(const key_entry& entry, std::string& buffer) const {
    const char* content = input_ + entry.quote_offset + 1;
    const std::size_t raw_length = entry.raw_length_and_escape & ~escape_bit;
    if ((entry.raw_length_and_escape & escape_bit) == 0) return std::string_view(content, raw_length);
    decode_string_content(content, content + raw_length, buffer); // checked when the key was read
    return buffer;
  }

  bool same_key(const key_entry& entry, std::string_view key) {
    const std::size_t raw_length = entry.raw_length_and_escape & ~escape_bit;
    if ((entry.raw_length_and_escape & escape_bit) == 0) {
      return raw_length == key.size() && std::memcmp(input_ + entry.quote_offset + 1, key.data(), raw_length) == 0;
    }
    return decoded(entry, scratch_) == key;
  }

  static std::uint64_t hash_key(std::string_view key) noexcept {
    constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ULL;
    std::uint64_t hash = key.size() * multiplier;
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      hash = (hash ^ swar::load(key.data() + i)) * multiplier;
      hash ^= hash >> 29;
    }
    if (i < key.size()) {
      hash = (hash ^ swar::load_partial(key.data() + i, static_cast<unsigned>(key.size() - i))) * multiplier;
      hash ^= hash >> 29;
    }
    return hash;
  }

  void build_index(object& opened) {
    if (indexes_in_use_ == indexes_.size()) indexes_.push_back(std::make_unique<key_index>());
    opened.index = indexes_in_use_++;
    rebuild(opened, 4 * linear_limit);
  }

  void rebuild(const object& opened, std::size_t slot_count) {
    key_index& index = *indexes_[opened.index];
    index.assign(slot_count, 0);
    const std::size_t mask = slot_count - 1;
    for (std::size_t i = opened.begin; i < keys_.size(); ++i) {
      std::size_t slot = static_cast<std::size_t>(hash_key(decoded(keys_[i], scratch_))) & mask;
      while (index[slot] != 0) slot = (slot + 1) & mask;
      index[slot] = static_cast<std::uint32_t>(i - opened.begin + 1);
    }
  }

  const char* input_ = nullptr;
  std::vector<key_entry> keys_;
  std::vector<std::unique_ptr<key_index>> indexes_;
  std::size_t indexes_in_use_ = 0;
  std::string scratch_; // one escaped key decoded, kept so that its capacity serves the next
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_UNDECLARED_KEYS_HPP_INCLUDED
