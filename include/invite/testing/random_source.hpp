#ifndef INVITE_TESTING_RANDOM_SOURCE_HPP_INCLUDED
#define INVITE_TESTING_RANDOM_SOURCE_HPP_INCLUDED

// The one source of random choices of the testing module. Its engine is SplitMix64, whose output
// is fixed by its definition, and all its distributions are its own (the standard's differ
// between libstdc++ and libc++), so a seed names the same choices under every compiler, standard
// library and byte order. The project's benchmarks are measured on the bytes some seeds give:
// changing a draw here changes their documents (tests/testing pins them).

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <utility>
#include <vector>

namespace invite::testing {

class random_source {
public:
  explicit random_source(std::uint64_t seed) noexcept : state_(seed) {}

  /// The next 64 random bits (SplitMix64).
  std::uint64_t bits() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// Uniform in [0, bound); bound must be positive. One draw, reduced modulo bound, except that
  /// draws below 2^64 mod bound are drawn again so that no value is favoured; for the bounds
  /// used here that happens less than once in 10^13 draws.
  std::uint64_t below(std::uint64_t bound) noexcept {
    const std::uint64_t rejected_below = (0 - bound) % bound; // 2^64 mod bound
    for (;;) {
      const std::uint64_t draw = bits();
      if (draw >= rejected_below) return draw % bound;
    }
  }

  /// Uniform in [low, high].
  std::int64_t between(std::int64_t low, std::int64_t high) noexcept {
    const auto span = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
    const std::uint64_t offset = span == std::numeric_limits<std::uint64_t>::max() ? bits() : below(span + 1);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + offset);
  }

  std::size_t index(std::size_t size) noexcept { return static_cast<std::size_t>(below(size)); }

  /// True with probability 1/n.
  bool one_in(std::uint64_t n) noexcept { return below(n) == 0; }

  bool coin() noexcept { return below(2) == 1; }

  template <class Container>
  const auto& pick(const Container& items) noexcept {
    return items[index(std::size(items))];
  }

  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[index(i)]);
  }

private:
  std::uint64_t state_;
};

/// A well-mixed seed for case `index` of a run started from `run_seed`, so that one failing case
/// can be regenerated on its own: the (index + 1)-th draw of random_source(run_seed).
inline std::uint64_t case_seed(std::uint64_t run_seed, std::uint64_t index) noexcept {
  random_source run(run_seed + index * 0x9E3779B97F4A7C15ull);
  return run.bits();
}

} // namespace invite::testing

#endif // INVITE_TESTING_RANDOM_SOURCE_HPP_INCLUDED
