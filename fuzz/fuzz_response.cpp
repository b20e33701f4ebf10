// Response bodies: every way of parsing them gives the same outcome, the error list keeps its
// invariants, and the verdict and value agree with the reference reader over simdjson's DOM.

#include "fuzz_target.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<char> bytes = invite_test::exact_copy(data, size);
  invite_test::check_document<invite::response>(std::string_view(bytes.data(), bytes.size()), &invite::parse_response);
  return 0;
}
