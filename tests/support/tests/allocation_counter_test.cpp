// The allocation counter that parser_test.cpp's "allocates nothing" and the benchmark's
// allocs/doc rely on must count: a counter that saw nothing would make both pass for nothing.

#include <invite_test/allocation_counter.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <new>

namespace {

// Each block escapes through a volatile pointer, and operator new is called directly rather
// than through new-expressions, so that the compiler may not leave out an allocation and its
// release (it may for new-expressions whose result is unused).
void* volatile last_block = nullptr;

void* kept(void* block) {
  last_block = block;
  return block;
}

} // namespace

TEST_CASE("every form of operator new is counted", "[robustness][allocation]") {
  constexpr std::align_val_t cache_line{64};
  const std::uint64_t before = invite_test::allocation_count();
  ::operator delete(kept(::operator new(sizeof(int))));
  ::operator delete[](kept(::operator new[](8 * sizeof(int))));
  ::operator delete(kept(::operator new(64, cache_line)), cache_line);
  ::operator delete[](kept(::operator new[](128, cache_line)), cache_line);
  ::operator delete(kept(::operator new(sizeof(int), std::nothrow)));
  ::operator delete[](kept(::operator new[](3 * sizeof(int), std::nothrow)));
  ::operator delete(kept(::operator new(64, cache_line, std::nothrow)), cache_line);
  ::operator delete[](kept(::operator new[](64, cache_line, std::nothrow)), cache_line);
  const std::uint64_t counted = invite_test::allocation_count() - before;
  CHECK(counted == 8);

  const std::uint64_t before_note = invite_test::allocation_count();
  invite_test::note_allocation();
  const std::uint64_t noted = invite_test::allocation_count() - before_note;
  CHECK(noted == 1);
}

TEST_CASE("heap bytes in use and their peak, once tracked", "[robustness][allocation]") {
  invite_test::track_heap_bytes();
  const std::int64_t empty = invite_test::heap_bytes_in_use();
  invite_test::reset_heap_peak();
  void* block = kept(::operator new(100000));
  const std::int64_t in_use = invite_test::heap_bytes_in_use() - empty;
  ::operator delete(block);
  const std::int64_t after = invite_test::heap_bytes_in_use() - empty;
  const std::int64_t peak = invite_test::heap_bytes_peak() - empty;
  CHECK(in_use >= 100000);
  CHECK(after == 0);
  CHECK(peak >= 100000);
  invite_test::reset_heap_peak();
  CHECK(invite_test::heap_bytes_peak() == invite_test::heap_bytes_in_use());
}
