#ifndef INVITE_DETAIL_CASELESS_INDEX_HPP_INCLUDED
#define INVITE_DETAIL_CASELESS_INDEX_HPP_INCLUDED

// An open-addressing hash index over strings stored elsewhere (the items of the array being
// read), comparing them ignoring ASCII case. It stores only item numbers, so after warm-up a
// parse that checks uniqueness allocates nothing, and lookups stay O(1) at 500 items.

#include <invite/detail/swar.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace invite::detail {

constexpr unsigned char ascii_lower(unsigned char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(static_cast<unsigned char>(a[i])) != ascii_lower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

constexpr std::uint64_t hash_ignoring_ascii_case(std::string_view text) noexcept {
  // Multiply-xorshift over lower-cased words; quality enough for an index of 500 e-mails.
  constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ULL;
  std::uint64_t hash = text.size() * multiplier;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    hash = (hash ^ swar::ascii_lower(swar::load(text.data() + i))) * multiplier;
    hash ^= hash >> 29;
  }
  if (i < text.size()) {
    const auto rest = static_cast<unsigned>(text.size() - i);
    hash = (hash ^ swar::ascii_lower(swar::load_partial(text.data() + i, rest))) * multiplier;
    hash ^= hash >> 29;
  }
  return hash;
}

class caseless_index {
public:
  /// Forgets every entry; keeps the table's memory.
  void clear() noexcept {
    for (auto& slot : slots_) slot = 0;
    size_ = 0;
  }

  /// The item whose key equals `key` ignoring ASCII case, if any was inserted; else inserts
  /// `item` under it and returns `item`. `key_of(i)` gives the key of an inserted item i.
  template <class KeyOf>
  std::size_t find_or_insert(std::string_view key, std::size_t item, const KeyOf& key_of) {
    if ((size_ + 1) * 2 > slots_.size()) grow(key_of);
    const std::uint64_t hash = hash_ignoring_ascii_case(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      const std::uint32_t slot = slots_[i];
      if (slot == 0) {
        slots_[i] = static_cast<std::uint32_t>(item + 1);
        ++size_;
        return item;
      }
      if (equal_ignoring_ascii_case(key_of(slot - 1), key)) return slot - 1;
    }
  }

private:
  template <class KeyOf>
  void grow(const KeyOf& key_of) {
    std::vector<std::uint32_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint32_t slot : old) {
      if (slot == 0) continue;
      std::size_t i = static_cast<std::size_t>(hash_ignoring_ascii_case(key_of(slot - 1))) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::uint32_t> slots_;
  std::size_t size_ = 0;
};

} // namespace invite::detail

#endif // INVITE_DETAIL_CASELESS_INDEX_HPP_INCLUDED
