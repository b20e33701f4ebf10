#ifndef INVITE_BENCHMARKS_ALLOCATION_COUNTER_HPP_INCLUDED
#define INVITE_BENCHMARKS_ALLOCATION_COUNTER_HPP_INCLUDED

// The benchmark binary replaces the global operator new and delete (allocation_counter.cpp) so
// that it can report allocations per document for every contender. Libraries that call malloc
// themselves (RapidJSON) are given an allocator that reports here too.

#include <cstdint>

namespace invite_bench {

/// Allocations made since the program started (operator new, and note_allocation calls).
std::uint64_t allocation_count() noexcept;

/// Counts an allocation that did not go through operator new.
void note_allocation() noexcept;

} // namespace invite_bench

#endif // INVITE_BENCHMARKS_ALLOCATION_COUNTER_HPP_INCLUDED
