#include <invite/codec/error.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>

TEST_CASE("every error code has its own contract spelling", "[error]") {
  // Written from docs/contract.md's list, not from the table in error.hpp, so that the two are checked
  // against each other.
  const char* const contract[] = {
      "invalid_json",   "payload_too_large", "type_mismatch",    "out_of_range",
      "missing_field",  "unknown_field",     "duplicate_field",  "alias_conflict",
      "invalid_enum",   "invalid_datetime",  "invalid_email",    "invalid_url",
      "too_short",      "too_long",          "duplicate_value",  "invalid_characters",
  };
  REQUIRE(std::size(contract) == invite::error_code_count);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < invite::error_code_count; ++i) {
    const auto name = invite::to_string(static_cast<invite::error_code>(i));
    CHECK(name == contract[i]);
    seen.insert(std::string(name));
  }
  CHECK(seen.size() == invite::error_code_count);
  CHECK(invite::to_string(invite::error_code::invalid_characters) == "invalid_characters");
  CHECK(invite::to_string(static_cast<invite::error_code>(invite::error_code_count)).empty());
}
