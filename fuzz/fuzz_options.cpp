// parse_options variations. The first two bytes choose the options, the rest is the document:
//   byte 0: bit 0 allow_unknown_fields, bits 1-2 max_errors (0-3), bit 3 response (else request);
//   byte 1: max_bytes, 0-63 when below 64, near the document's size (size-32 .. size+31) when
//           below 128, else the default.
// Each capped parse is compared with the same parse uncapped: validity never depends on
// max_errors, and the errors kept are the first ones of the full list. Allowing unknown fields
// takes exactly the unknown_field errors away, and makes exactly them notes.

#include "fuzz_target.hpp"

#include <invite_test/input_copies.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace {

template <class T>
void check_options(std::string_view json, const invite::parse_options& options) {
  static invite::parser reused_parser;
  static invite::result<T> reused_result;

  reused_parser.parse(json, reused_result, options);
  const invite::result<T>& capped = reused_result;
  invite_test::check_error_list(capped, json, options);

  const bool too_large = json.size() > options.max_bytes;
  bool reports_too_large = false;
  for (const invite::error& e : capped.errors()) reports_too_large |= e.code == invite::error_code::payload_too_large;
  INVITE_FUZZ_CHECK(reports_too_large == (too_large && options.max_errors > 0));
  if (too_large) {
    INVITE_FUZZ_CHECK(!capped.ok());
    INVITE_FUZZ_CHECK(capped.errors().size() == (options.max_errors > 0 ? 1u : 0u));
    return;
  }

  invite::parse_options unlimited = options;
  unlimited.max_errors = std::numeric_limits<std::size_t>::max();
  unlimited.max_bytes = std::numeric_limits<std::size_t>::max();
  const invite::result<T> full = invite::parse<T>(json, unlimited);
  invite_test::check_error_list(full, json, unlimited);
  INVITE_FUZZ_CHECK(capped.ok() == full.ok());
  const std::size_t kept = std::min(full.errors().size(), options.max_errors);
  INVITE_FUZZ_CHECK(capped.errors().size() == kept);
  INVITE_FUZZ_CHECK(std::equal(capped.errors().begin(), capped.errors().end(), full.errors().begin()));
  if (capped.ok()) INVITE_FUZZ_CHECK(capped.value() == full.value());

  invite::parse_options strict_unlimited = unlimited;
  strict_unlimited.allow_unknown_fields = false;
  invite::parse_options lenient_unlimited = unlimited;
  lenient_unlimited.allow_unknown_fields = true;
  lenient_unlimited.max_notes = std::numeric_limits<std::size_t>::max();
  const invite::result<T> strict = invite::parse<T>(json, strict_unlimited);
  const invite::result<T> lenient = invite::parse<T>(json, lenient_unlimited);
  std::vector<invite::error> strict_without_unknown;
  std::vector<const invite::error*> strict_unknown;
  for (const invite::error& e : strict.errors()) {
    if (e.code != invite::error_code::unknown_field) strict_without_unknown.push_back(e);
    else strict_unknown.push_back(&e);
  }
  INVITE_FUZZ_CHECK(strict_without_unknown == lenient.errors());
  // What was tolerated is what the strict parse refused: the same keys, where it found them.
  INVITE_FUZZ_CHECK(strict.notes().empty());
  INVITE_FUZZ_CHECK(lenient.notes().size() == strict_unknown.size());
  for (std::size_t i = 0; i < strict_unknown.size() && i < lenient.notes().size(); ++i) {
    const invite::error& note = lenient.notes()[i];
    INVITE_FUZZ_CHECK(note.code == invite::error_code::unknown_field && note.path == strict_unknown[i]->path &&
                      note.offset == strict_unknown[i]->offset);
  }
  INVITE_FUZZ_CHECK(lenient.ok() == lenient.errors().empty());
  if (strict.ok()) INVITE_FUZZ_CHECK(lenient.value() == strict.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t choice = data[0];
  const std::uint8_t limit = data[1];
  const std::vector<char> bytes = invite_test::exact_copy(data + 2, size - 2);
  const std::string_view json(bytes.data(), bytes.size());

  invite::parse_options options;
  options.allow_unknown_fields = (choice & 1u) != 0;
  options.max_errors = (choice >> 1) & 3u;
  if (limit < 64) {
    options.max_bytes = limit;
  } else if (limit < 128) {
    const std::size_t shift = static_cast<std::size_t>(limit - 64);
    options.max_bytes = json.size() + shift < 32 ? 0 : json.size() + shift - 32;
  }
  if ((choice & 8u) != 0) {
    check_options<invite::response>(json, options);
  } else {
    check_options<invite::request>(json, options);
  }
  return 0;
}
