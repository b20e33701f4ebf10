// A fast-compiling unit of a user's program under the strictest flags the README promises
// (tests/consumers/CMakeLists.txt); its definitions come from implementation_unit.cpp.

#include <invite/light.hpp>

#include <cstddef>
#include <string_view>

std::size_t use_the_light_header(std::string_view body) {
  invite::result<invite::request> asked = invite::parse_request(body);
  invite::result<invite::response> answered = invite::parse_response(body);
  return invite::to_json(*asked).size() + invite::to_pretty_json(*answered).size() +
         invite::validate(*asked).size() + invite::to_string(asked->invite_format).size();
}
