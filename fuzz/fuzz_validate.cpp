// validate() against parsing, on values built from the fuzzer's bytes: for the contract's request
// and response and for two contracts of users' own (tests/codec/sample_types.hpp: every member
// kind, formats, a struct-level rule and a rule with a code name of its own), validate(v) and
// parse(write_json(v)) report the same (code, path) set. The bytes choose among values that land
// on both sides of the rules (invite_test/value_builder.hpp), so the fuzzer steers towards
// combinations rather than through JSON's grammar.

#include "fuzz_target.hpp"

#include "../tests/codec/sample_types.hpp"

#include <invite/invite.hpp>
#include <invite_test/value_builder.hpp>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <utility>

namespace {

// Draws taken from the input, as few bytes as each bound needs; zeros once it is spent, so that
// every input builds a value and shorter inputs build plainer ones.
class input_draw {
public:
  input_draw(const std::uint8_t* data, std::size_t size) noexcept : data_(data), size_(size) {}

  std::uint64_t below(std::uint64_t bound) noexcept {
    std::uint64_t value = 0;
    for (std::uint64_t room = bound - 1; room != 0; room >>= 8) {
      value = (value << 8) | (at_ < size_ ? data_[at_++] : 0u);
    }
    return value % bound;
  }

private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

template <class T>
void hold_validate_to_parsing(input_draw& draw) {
  const T value = invite_test::build_value<T>(draw);
  invite::parse_options everything;
  everything.max_errors = 1000000;
  everything.max_bytes = std::size_t{1} << 26;
  std::multiset<std::pair<std::string, std::string>> validated, parsed;
  for (const invite::error& e : invite::validate(value, everything.max_errors)) validated.emplace(e.name(), e.path);
  const std::string json = invite::write_json(value);
  const invite::result<T> read_back = invite::parse<T>(json, everything);
  for (const invite::error& e : read_back.errors()) parsed.emplace(e.name(), e.path);
  INVITE_FUZZ_CHECK(validated == parsed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  input_draw draw(data + 1, size - 1);
  switch (data[0] % 4) {
    case 0: hold_validate_to_parsing<invite::request>(draw); break;
    case 1: hold_validate_to_parsing<invite::response>(draw); break;
    case 2: hold_validate_to_parsing<sample::ticket>(draw); break;
    default: hold_validate_to_parsing<sample::every_kind>(draw); break;
  }
  return 0;
}
