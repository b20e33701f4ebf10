#ifndef INVITE_TEST_ALLOCATION_COUNTER_HPP_INCLUDED
#define INVITE_TEST_ALLOCATION_COUNTER_HPP_INCLUDED

// A program linked with invite_test_allocation_counter has every form of the global operator
// new and delete replaced by counting ones (src/allocation_counter.cpp). Allocations are always
// counted; heap bytes only once asked for, because measuring a block's size costs a call per
// allocation that a benchmark should not pay.

#include <cstdint>

namespace invite_test {

/// Allocations made since the program started (operator new, and note_allocation calls).
std::uint64_t allocation_count() noexcept;

/// Counts an allocation that did not go through operator new (a library calling malloc itself).
void note_allocation() noexcept;

/// From now on, keep the heap bytes in use and their peak (each block by its usable size).
void track_heap_bytes() noexcept;

/// Heap bytes in use, counted since track_heap_bytes: a difference of two readings is exact,
/// a single reading is not (blocks allocated before tracking began are subtracted when freed).
std::int64_t heap_bytes_in_use() noexcept;

/// The highest heap_bytes_in_use since tracking began or the last reset_heap_peak.
std::int64_t heap_bytes_peak() noexcept;

/// Starts a new peak at the bytes in use now.
void reset_heap_peak() noexcept;

} // namespace invite_test

#endif // INVITE_TEST_ALLOCATION_COUNTER_HPP_INCLUDED
