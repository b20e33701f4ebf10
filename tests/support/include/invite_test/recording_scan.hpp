#ifndef INVITE_TEST_RECORDING_SCAN_HPP_INCLUDED
#define INVITE_TEST_RECORDING_SCAN_HPP_INCLUDED

// A text scan (rule.hpp) that keeps the bytes it is handed, to show which bytes reached it and
// whether they came in order, one block after another.

#include <cstddef>
#include <string>

namespace invite_test {

struct recording_scan {
  std::string seen;
  bool in_order = true;
  void add(const char* block, std::size_t offset, std::size_t count) {
    if (offset != seen.size() || count == 0 || count > 16) in_order = false;
    seen.append(block, count);
  }
};

} // namespace invite_test

#endif // INVITE_TEST_RECORDING_SCAN_HPP_INCLUDED
