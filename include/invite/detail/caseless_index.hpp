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
  /// Forgets every entry in O(1): entries of an older generation count as empty, so a parse of
  /// a one-candidate request does not pay for clearing a table sized for 500.
  void clear() noexcept {
    size_ = 0;
    if (++generation_ == 0) { // after 2^32 clears: wipe for real
      for (auto& slot : slots_) slot = 0;
      generation_ = 1;
    }
  }

  /// The item whose key equals `key` ignoring ASCII case, if any was inserted; else inserts
  /// `item` under it and returns `item`. `key_of(i)` gives the key of an inserted item i.
  template <class KeyOf>
  std::size_t find_or_insert(std::string_view key, std::size_t item, const KeyOf& key_of) {
    if ((size_ + 1) * 2 > slots_.size()) grow(key_of);
    const std::uint64_t hash = hash_ignoring_ascii_case(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (!is_current(slot)) {
        slots_[i] = stamp(item);
        ++size_;
        return item;
      }
      const std::size_t other = item_of(slot);
      if (equal_ignoring_ascii_case(key_of(other), key)) return other;
    }
  }

private:
  // A slot holds the generation in its high half and the item number in its low half.
  bool is_current(std::uint64_t slot) const noexcept { return (slot >> 32) == generation_; }
  std::uint64_t stamp(std::size_t item) const noexcept {
    return (static_cast<std::uint64_t>(generation_) << 32) | static_cast<std::uint32_t>(item);
  }
  static std::size_t item_of(std::uint64_t slot) noexcept { return static_cast<std::uint32_t>(slot); }

  template <class KeyOf>
  void grow(const KeyOf& key_of) {
    std::vector<std::uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint64_t slot : old) {
      if (!is_current(slot)) continue;
      std::size_t i = static_cast<std::size_t>(hash_ignoring_ascii_case(key_of(item_of(slot)))) & mask;
      while (is_current(slots_[i])) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;
};

} // namespace invite::detail

#endif // INVITE_DETAIL_CASELESS_INDEX_HPP_INCLUDED
