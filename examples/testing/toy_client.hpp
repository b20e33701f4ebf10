#ifndef INVITE_EXAMPLES_TESTING_TOY_CLIENT_HPP_INCLUDED
#define INVITE_EXAMPLES_TESTING_TOY_CLIENT_HPP_INCLUDED

// A client of the kind written in a hurry: it takes the invite links out of a response body with
// string searches instead of a JSON parser. It works on every response its author tried, which
// were all written by one server; it has a bug planted in it, which
// toy_client_property_test.cpp finds with a property run and shrinks to the smallest response
// that shows it.

#include <string>
#include <string_view>
#include <vector>

namespace example {

/// The invite links of a response body, in order.
inline std::vector<std::string> invite_links(std::string_view body) {
  std::vector<std::string> links;
  constexpr std::string_view key = "\"invite_link\"";
  for (std::size_t at = body.find(key); at != std::string_view::npos; at = body.find(key, at + key.size())) {
    const std::size_t colon = body.find(':', at + key.size());
    const std::size_t open = body.find('"', colon);
    // The planted bug: the link runs to the next quote, its escapes left as they are.
    const std::size_t close = body.find('"', open + 1);
    if (colon == std::string_view::npos || open == std::string_view::npos || close == std::string_view::npos) break;
    links.emplace_back(body.substr(open + 1, close - open - 1));
  }
  return links;
}

} // namespace example

#endif // INVITE_EXAMPLES_TESTING_TOY_CLIENT_HPP_INCLUDED
