// Counting replacements of every form of the global operator new and delete: every form, since
// simdjson uses the nothrow array form and a sanitizer must never see a block freed by another
// allocator than the one that made it. Counters are relaxed atomics: the programs that use them
// are single-threaded, but a library may allocate from a thread of its own.

#include <invite_test/allocation_counter.hpp>

#include <malloc.h>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace invite_test {
namespace {

std::atomic<std::uint64_t> allocations{0};
std::atomic<bool> tracking_bytes{false};
std::atomic<std::int64_t> bytes_in_use{0};
std::atomic<std::int64_t> bytes_peak{0};

void note_block(void* block) noexcept {
  if (block == nullptr || !tracking_bytes.load(std::memory_order_relaxed)) return;
  const auto size = static_cast<std::int64_t>(malloc_usable_size(block));
  const std::int64_t now = bytes_in_use.fetch_add(size, std::memory_order_relaxed) + size;
  std::int64_t peak = bytes_peak.load(std::memory_order_relaxed);
  while (now > peak && !bytes_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

// nullptr when out of memory; the throwing forms turn that into std::bad_alloc.
void* allocate(std::size_t size) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  void* block = std::malloc(size == 0 ? 1 : size);
  note_block(block);
  return block;
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  const auto align = static_cast<std::size_t>(alignment);
  // aligned_alloc wants a size that is a multiple of the alignment.
  const std::size_t rounded = (size + align - 1) / align * align;
  void* block = std::aligned_alloc(align, rounded == 0 ? align : rounded);
  note_block(block);
  return block;
}

void release(void* block) noexcept {
  if (block == nullptr) return;
  if (tracking_bytes.load(std::memory_order_relaxed)) {
    bytes_in_use.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(block)), std::memory_order_relaxed);
  }
  std::free(block);
}

void* allocate_or_throw(std::size_t size) {
  if (void* block = allocate(size)) return block;
  throw std::bad_alloc();
}

void* allocate_aligned_or_throw(std::size_t size, std::align_val_t alignment) {
  if (void* block = allocate_aligned(size, alignment)) return block;
  throw std::bad_alloc();
}

} // namespace

std::uint64_t allocation_count() noexcept { return allocations.load(std::memory_order_relaxed); }

void note_allocation() noexcept { allocations.fetch_add(1, std::memory_order_relaxed); }

void track_heap_bytes() noexcept { tracking_bytes.store(true, std::memory_order_relaxed); }

std::int64_t heap_bytes_in_use() noexcept { return bytes_in_use.load(std::memory_order_relaxed); }

std::int64_t heap_bytes_peak() noexcept { return bytes_peak.load(std::memory_order_relaxed); }

void reset_heap_peak() noexcept { bytes_peak.store(heap_bytes_in_use(), std::memory_order_relaxed); }

} // namespace invite_test

void* operator new(std::size_t size) { return invite_test::allocate_or_throw(size); }
void* operator new[](std::size_t size) { return invite_test::allocate_or_throw(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return invite_test::allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return invite_test::allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) {
  return invite_test::allocate_aligned_or_throw(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return invite_test::allocate_aligned_or_throw(size, alignment);
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  return invite_test::allocate_aligned(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  return invite_test::allocate_aligned(size, alignment);
}

void operator delete(void* block) noexcept { invite_test::release(block); }
void operator delete[](void* block) noexcept { invite_test::release(block); }
void operator delete(void* block, std::size_t) noexcept { invite_test::release(block); }
void operator delete[](void* block, std::size_t) noexcept { invite_test::release(block); }
void operator delete(void* block, const std::nothrow_t&) noexcept { invite_test::release(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { invite_test::release(block); }
void operator delete(void* block, std::align_val_t) noexcept { invite_test::release(block); }
void operator delete[](void* block, std::align_val_t) noexcept { invite_test::release(block); }
void operator delete(void* block, std::size_t, std::align_val_t) noexcept { invite_test::release(block); }
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept { invite_test::release(block); }
void operator delete(void* block, std::align_val_t, const std::nothrow_t&) noexcept { invite_test::release(block); }
void operator delete[](void* block, std::align_val_t, const std::nothrow_t&) noexcept { invite_test::release(block); }
