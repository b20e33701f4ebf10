// A property test of a client: over 300 valid responses spelled every way the contract allows,
// the toy client must read the same invite links as the library. It does not: the test finds the
// planted bug, shrinks the failing response to the smallest that still shows it, and prints that
// response with its seed. (The test asserts that the bug is found, since it is there on purpose;
// a property test of your own client would REQUIRE(report.holds) instead.)

#include "toy_client.hpp"

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <catch2/catch.hpp>

#include <iostream>
#include <string>
#include <vector>

TEST_CASE("the toy client reads every invite link of every valid response", "[example][property]") {
  invite::testing::property_settings settings;
  settings.cases = 300;
  settings.seed = 2024;

  const auto reads_every_link = [](const invite::testing::response_case& c) {
    std::vector<std::string> expected;
    for (const invite::invitation& invite : c.value.invites) expected.push_back(invite.invite_link);
    return example::invite_links(c.json) == expected;
  };
  const auto report = invite::testing::check_responses(settings, reads_every_link);

  std::cout << report << '\n';
  REQUIRE_FALSE(report.holds); // the planted bug is found...
  const invite::testing::response_case& smallest = report.smallest;
  CHECK_FALSE(reads_every_link(smallest)); // ...the smallest case still shows it...
  CHECK(smallest.value.invites.size() == 1); // ...with one invite, and an escape the client misreads
  CHECK(smallest.json.size() < report.original.json.size());
  CHECK(smallest.json.find('\\') != std::string::npos);
  // The case comes back from its seed alone: case `failing_index` of the same settings.
  settings.cases = report.failing_index + 1;
  CHECK(invite::testing::check_responses(settings, reads_every_link).original.json == report.original.json);
}
