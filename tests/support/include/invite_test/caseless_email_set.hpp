#ifndef INVITE_TEST_CASELESS_EMAIL_SET_HPP_INCLUDED
#define INVITE_TEST_CASELESS_EMAIL_SET_HPP_INCLUDED

// The e-mails seen so far in one candidates array, for the uniqueness rule: an open-addressing
// table of item numbers (the strings stay in the items), kept between documents. It is shared by
// the reference reader and the benchmark's contenders, which time it: a 500-item array must not
// cost 125,000 comparisons. Each slot is tagged with the array's generation, so clearing costs
// nothing however small the next array is.

#include <invite_test/contract_rules.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace invite_test {

class caseless_email_set {
public:
  /// Forgets every e-mail: the next array starts empty.
  void clear() noexcept {
    size_ = 0;
    if (++generation_ == 0) { // after 2^32 arrays: wipe the tags once, start again
      std::fill(slots_.begin(), slots_.end(), std::uint64_t{0});
      generation_ = 1;
    }
  }

  /// The first item whose e-mail equals `email` ignoring ASCII case; `item` itself when it is
  /// the first, in which case it is remembered. `email_of(i)` gives item i's e-mail.
  template <class EmailOf>
  std::size_t first_with(std::string_view email, std::size_t item, const EmailOf& email_of) {
    if ((size_ + 1) * 2 > slots_.size()) grow(email_of);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(email) & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if ((slot >> 32) != generation_) {
        slots_[i] = tag(item);
        ++size_;
        return item;
      }
      const std::size_t earlier = static_cast<std::uint32_t>(slot);
      if (equal_ignoring_ascii_case(email_of(earlier), email)) return earlier;
    }
  }

private:
  std::uint64_t tag(std::size_t item) const noexcept {
    return (std::uint64_t{generation_} << 32) | static_cast<std::uint32_t>(item);
  }

  // FNV-1a over the lowercased bytes, so that equal e-mails in any case meet in one chain.
  static std::size_t hash(std::string_view text) noexcept {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(ascii_lowercase(c))) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

  template <class EmailOf>
  void grow(const EmailOf& email_of) {
    std::vector<std::uint64_t> old(slots_.size() < 1024 ? 2048 : slots_.size() * 2, 0);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint64_t slot : old) {
      if ((slot >> 32) != generation_) continue;
      std::size_t i = hash(email_of(static_cast<std::uint32_t>(slot))) & mask;
      while ((slots_[i] >> 32) == generation_) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;
};

} // namespace invite_test

#endif // INVITE_TEST_CASELESS_EMAIL_SET_HPP_INCLUDED
