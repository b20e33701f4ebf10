// detail/field_rules.hpp: the names a type's members answer to.

#include <invite/contract/types.hpp>
#include <invite/codec/detail/field_rules.hpp>

#include <catch2/catch.hpp>

TEST_CASE("the contract's names, canonical first and then aliases, are known at compile time", "[field_rules]") {
  constexpr auto names = invite::detail::field_names<invite::candidate>();
  static_assert(names.size() == 4);
  static_assert(names[0].text == "name" && !names[0].is_alias && names[0].member == 0);
  static_assert(names[1].text == "email" && !names[1].is_alias && names[1].member == 1);
  static_assert(names[2].text == "candidate_name" && names[2].is_alias && names[2].member == 0);
  static_assert(names[3].text == "candidate_email" && names[3].is_alias && names[3].member == 1);
  constexpr auto request_names = invite::detail::field_names<invite::request>();
  CHECK(request_names.size() == 4);
  CHECK(request_names[3].text == "candidates");
}
