#ifndef INVITE_CODEC_DETAIL_CASELESS_INDEX_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_CASELESS_INDEX_HPP_INCLUDED

// An open-addressing hash index over strings stored elsewhere (the items of the array being
// read), comparing them ignoring ASCII case. It stores only item numbers, so after warm-up a
// parse that checks uniqueness allocates nothing, and lookups stay O(1) at 500 items.

#include <invite/codec/spelling/ascii.hpp>
#include <invite/codec/spelling/detail/swar.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace invite::detail {

/// A hash equal for texts that are equal ignoring ASCII case. Each byte has its 0x20 bit set
/// before mixing, which folds A-Z onto a-z in one operation per word; it also folds a few
/// punctuation pairs ('@' and '`', say), which only costs a comparison on a rare collision.
/// Eight bytes are mixed at a time, the last eight being the eight that end the text (which
/// may overlap bytes already mixed): an e-mail's tail costs one load, not one per byte. Only
/// texts under eight bytes are loaded in pieces. (A 128-bit product per 16 bytes, tried, let
/// one-letter changes collide; the test of that is in caseless_index_test.cpp.)
constexpr std::uint64_t hash_ignoring_ascii_case(std::string_view text) noexcept {
  constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ULL;
  constexpr std::uint64_t case_bits = swar::ones * 0x20;
  const auto mix = [](std::uint64_t hash, std::uint64_t word) {
    hash = (hash ^ (word | case_bits)) * multiplier;
    return hash ^ (hash >> 29);
  };
  const char* p = text.data();
  std::size_t left = text.size();
  const std::uint64_t hash = left * multiplier;
  if (left < 8) return mix(hash, swar::load_partial(p, static_cast<unsigned>(left)));
  std::uint64_t mixed = hash;
  for (; left > 8; p += 8, left -= 8) mixed = mix(mixed, swar::load(p));
  return mix(mixed, swar::load(p + left - 8));
}

class caseless_index {
public:
  /// Forgets every entry in O(1): entries of an older generation count as empty, so a parse of
  /// a one-candidate request does not pay for clearing a table sized for 500.
  void clear() noexcept {
    size_ = 0;
    has_deferred_ = false;
    if (++generation_ == 0) { // after 2^16 clears: wipe for real
      for (auto& slot : slots_) slot = 0;
      generation_ = 1;
    }
  }

  /// The item whose key equals `key` ignoring ASCII case, if any was inserted; else inserts
  /// `item` under it and returns `item`. `key_of(i)` gives the key of an inserted item i.
  template <class KeyOf>
  std::size_t find_or_insert(std::string_view key, std::size_t item, const KeyOf& key_of) {
    // The first key meets nothing to compare with, so it is only hashed when a second comes:
    // an array of one item (a common request) pays for no hashing at all.
    if (size_ == 0 && !has_deferred_) {
      deferred_item_ = item;
      has_deferred_ = true;
      return item;
    }
    if (has_deferred_) {
      has_deferred_ = false;
      find_or_insert_hashed(key_of(deferred_item_), deferred_item_, key_of);
    }
    return find_or_insert_hashed(key, item, key_of);
  }

private:
  template <class KeyOf>
  std::size_t find_or_insert_hashed(std::string_view key, std::size_t item, const KeyOf& key_of) {
    if ((size_ + 1) * 2 > slots_.size()) grow(key_of);
    const std::uint64_t hash = hash_ignoring_ascii_case(key);
    const std::uint64_t tag = tag_of(hash);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (!is_current(slot)) {
        slots_[i] = stamp(item, tag);
        ++size_;
        return item;
      }
      if (tag_in(slot) != tag) continue; // another hash: the keys differ, no need to read them
      const std::size_t other = item_of(slot);
      if (spelling::equal_ignoring_ascii_case(key_of(other), key)) return other;
    }
  }

  // A slot holds the generation (16 bits), the top 16 bits of its key's hash (the low bits
  // chose the slot) and the item number (32 bits).
  bool is_current(std::uint64_t slot) const noexcept { return (slot >> 48) == generation_; }
  std::uint64_t stamp(std::size_t item, std::uint64_t tag) const noexcept {
    return (static_cast<std::uint64_t>(generation_) << 48) | (tag << 32) | static_cast<std::uint32_t>(item);
  }
  static std::uint64_t tag_of(std::uint64_t hash) noexcept { return hash >> 48; }
  static std::uint64_t tag_in(std::uint64_t slot) noexcept { return (slot >> 32) & 0xFFFFu; }
  static std::size_t item_of(std::uint64_t slot) noexcept { return static_cast<std::uint32_t>(slot); }

  // Out of line: once a table has grown to its size, no lookup should pay for this code.
  template <class KeyOf>
  [[gnu::noinline]] void grow(const KeyOf& key_of) {
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
  std::size_t deferred_item_ = 0;
  bool has_deferred_ = false;
  std::uint16_t generation_ = 1;
};

/// Hash indexes for the arrays being read or validated, one per array still open, kept with
/// their capacity from one document to the next.
class caseless_index_stack {
public:
  /// An empty index for one more array; released with release() in reverse order.
  caseless_index& acquire() {
    if (in_use_ == indexes_.size()) indexes_.push_back(std::make_unique<caseless_index>());
    caseless_index& index = *indexes_[in_use_++];
    index.clear();
    return index;
  }
  void release() noexcept { --in_use_; }
  /// Releases every index, for a new document.
  void release_all() noexcept { in_use_ = 0; }

private:
  std::vector<std::unique_ptr<caseless_index>> indexes_;
  std::size_t in_use_ = 0;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_CASELESS_INDEX_HPP_INCLUDED
