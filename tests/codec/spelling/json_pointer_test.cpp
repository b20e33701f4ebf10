// detail/json_pointer.hpp: RFC 6901 reference tokens.

#include <invite/codec/spelling/json_pointer.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("tokens escape ~ as ~0 and / as ~1, in that order", "[json_pointer]") {
  std::string pointer;
  invite::spelling::append_pointer_token(pointer, "a/b~c");
  CHECK(pointer == "/a~1b~0c");
  invite::spelling::append_pointer_token(pointer, "~1");
  CHECK(pointer == "/a~1b~0c/~01");
  invite::spelling::append_pointer_token(pointer, "");
  CHECK(pointer == "/a~1b~0c/~01/");
}

TEST_CASE("indexes are written in decimal", "[json_pointer]") {
  std::string pointer = "/candidates";
  invite::spelling::append_pointer_index(pointer, 0);
  invite::spelling::append_pointer_index(pointer, 499);
  invite::spelling::append_pointer_index(pointer, 18446744073709551615ULL);
  CHECK(pointer == "/candidates/0/499/18446744073709551615");
}
