// The library alone on one document: how much heap a parse takes at its peak, counted at
// operator new and delete, beside the process's peak resident set. The input is read into
// memory before counting starts, so the figures are the parse's own.
//
//   peak_memory [--response] [--allow-unknown] [--reuse] FILE
//
// --reuse parses twice with one invite::parser and one result and counts the second parse:
// what a server that keeps them pays per document. "retained" is what the parser and the
// result still hold after the parse, until the next one or their destruction.

#include <invite_test/allocation_counter.hpp>

#include <invite/invite.hpp>

#include <sys/resource.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

// From the first allocation on, as far as the language allows: before main, so that no block
// the program keeps from its start is subtracted unseen when it is freed.
struct heap_bytes_tracking {
  heap_bytes_tracking() noexcept { invite_test::track_heap_bytes(); }
} const tracking_from_the_start;

// Heap bytes are counted by invite_test_allocation_counter (tests/support), linked in by
// measure.sh: every block at its usable size, from operator new to operator delete.
template <class T>
int measure(const std::string& json, const invite::parse_options& options, bool reuse) {
  const std::int64_t empty = invite_test::heap_bytes_in_use();
  invite::parser parser;
  invite::result<T> result;
  if (reuse) parser.parse(json, result, options);
  const std::int64_t before = invite_test::heap_bytes_in_use();
  invite_test::reset_heap_peak();
  parser.parse(json, result, options);
  const auto peak = static_cast<std::size_t>(invite_test::heap_bytes_peak() - before);
  const auto retained = static_cast<std::size_t>(invite_test::heap_bytes_in_use() - empty);
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
