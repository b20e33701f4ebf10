// The library alone on one document: how much heap a parse takes at its peak, counted at
// operator new and delete, beside the process's peak resident set. The input is read into
// memory before counting starts, so the figures are the parse's own.
//
//   peak_memory [--response] [--allow-unknown] [--reuse] FILE
//
// --reuse parses twice with one invite::parser and one result and counts the second parse:
// what a server that keeps them pays per document. "retained" is what the parser and the
// result still hold after the parse, until the next one or their destruction.

#include <invite/invite.hpp>

#include <sys/resource.h>

#include <malloc.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <new>
#include <string>
#include <string_view>

namespace {

std::size_t live_bytes = 0;
std::size_t peak_bytes = 0;

void* counted_allocation(std::size_t size, std::size_t alignment) {
  void* block = alignment <= alignof(std::max_align_t)
                    ? std::malloc(size == 0 ? 1 : size)
                    : std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment);
  if (block == nullptr) return nullptr;
  live_bytes += malloc_usable_size(block);
  if (live_bytes > peak_bytes) peak_bytes = live_bytes;
  return block;
}

void counted_release(void* block) noexcept {
  if (block == nullptr) return;
  live_bytes -= malloc_usable_size(block);
  std::free(block);
}

} // namespace

void* operator new(std::size_t size) {
  if (void* block = counted_allocation(size, 0)) return block;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return counted_allocation(size, 0); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return counted_allocation(size, 0); }
void* operator new(std::size_t size, std::align_val_t alignment) {
  if (void* block = counted_allocation(size, static_cast<std::size_t>(alignment))) return block;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size, std::align_val_t alignment) { return operator new(size, alignment); }
void operator delete(void* block) noexcept { counted_release(block); }
void operator delete[](void* block) noexcept { counted_release(block); }
void operator delete(void* block, std::size_t) noexcept { counted_release(block); }
void operator delete[](void* block, std::size_t) noexcept { counted_release(block); }
void operator delete(void* block, std::align_val_t) noexcept { counted_release(block); }
void operator delete[](void* block, std::align_val_t) noexcept { counted_release(block); }
void operator delete(void* block, std::size_t, std::align_val_t) noexcept { counted_release(block); }
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept { counted_release(block); }

namespace {

template <class T>
int measure(const std::string& json, const invite::parse_options& options, bool reuse) {
  const std::size_t empty = live_bytes;
  invite::parser parser;
  invite::result<T> result;
  if (reuse) parser.parse(json, result, options);
  const std::size_t before = live_bytes;
  peak_bytes = live_bytes;
  parser.parse(json, result, options);
  const std::size_t peak = peak_bytes - before;
  const std::size_t retained = live_bytes - empty;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("bytes=%zu valid=%d errors=%zu first=%s heap_peak=%zu retained=%zu max_rss_kib=%ld\n", json.size(),
              result.ok() ? 1 : 0, result.errors().size(),
              result.errors().empty() ? "-" : std::string(invite::to_string(result.errors()[0].code)).c_str(),
              peak, retained, usage.ru_maxrss);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  bool response = false, reuse = false;
  invite::parse_options options;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--response") response = true;
    else if (argument == "--allow-unknown") options.allow_unknown_fields = true;
    else if (argument == "--reuse") reuse = true;
    else path = argv[i];
  }
  if (path == nullptr) {
    std::fprintf(stderr, "usage: peak_memory [--response] [--allow-unknown] [--reuse] FILE\n");
    return 2;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "peak_memory: cannot read %s\n", path);
    return 2;
  }
  const std::string json{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  return response ? measure<invite::response>(json, options, reuse) : measure<invite::request>(json, options, reuse);
}
