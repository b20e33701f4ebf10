#include <invite/version.hpp>

#include <catch2/catch.hpp>

#include <string>

// CMakeLists.txt reads project(VERSION) out of version.hpp with a regular expression, and
// INVITE_VERSION_STRING is written by hand beside the three numbers: either can drift.
TEST_CASE("the version macros agree with project(VERSION)", "[version]") {
  CHECK(INVITE_VERSION_MAJOR == INVITE_PROJECT_VERSION_MAJOR);
  CHECK(INVITE_VERSION_MINOR == INVITE_PROJECT_VERSION_MINOR);
  CHECK(INVITE_VERSION_PATCH == INVITE_PROJECT_VERSION_PATCH);
  CHECK(std::string(INVITE_VERSION_STRING) == INVITE_PROJECT_VERSION);
}

TEST_CASE("the version string spells the three numbers", "[version]") {
  const std::string from_numbers = std::to_string(INVITE_VERSION_MAJOR) + "." +
                                   std::to_string(INVITE_VERSION_MINOR) + "." +
                                   std::to_string(INVITE_VERSION_PATCH);
  CHECK(std::string(INVITE_VERSION_STRING) == from_numbers);
}
