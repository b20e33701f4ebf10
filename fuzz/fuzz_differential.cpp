// Well-formedness against a second opinion: simdjson's DOM parser rejects a document exactly
// when we answer invalid_json, with the differences the contract decides written down once in
// invite_test::dom_oracle. The verdict must not depend on what the document is read as, nor
// on whether unknown fields (whose values are only skipped) are allowed.

#include "fuzz_target.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static invite::parser reused_parser;
  static invite_test::dom_oracle oracle;
  const std::vector<char> bytes = invite_test::exact_copy(data, size);
  const std::string_view json(bytes.data(), bytes.size());
  const invite::parse_options strict;
  if (json.size() > strict.max_bytes) return 0;
  invite::parse_options lenient;
  lenient.allow_unknown_fields = true;

  const invite::result<invite::request> request = reused_parser.parse<invite::request>(json, strict);
  const bool ill_formed = invite_test::is_invalid_json(request);
  const bool simdjson_rejects = !oracle.parse(json).has_value();
  INVITE_FUZZ_CHECK(ill_formed == simdjson_rejects);

  INVITE_FUZZ_CHECK(invite_test::is_invalid_json(reused_parser.parse<invite::request>(json, lenient)) == ill_formed);
  const invite::result<invite::response> response = reused_parser.parse<invite::response>(json, strict);
  INVITE_FUZZ_CHECK(invite_test::is_invalid_json(response) == ill_formed);
  INVITE_FUZZ_CHECK(invite_test::is_invalid_json(reused_parser.parse<invite::response>(json, lenient)) == ill_formed);
  // Where the document breaks does not depend on what it was read as either.
  if (ill_formed) INVITE_FUZZ_CHECK(request.errors().front() == response.errors().front());
  return 0;
}
