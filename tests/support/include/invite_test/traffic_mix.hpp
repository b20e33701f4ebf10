#ifndef INVITE_TEST_TRAFFIC_MIX_HPP_INCLUDED
#define INVITE_TEST_TRAFFIC_MIX_HPP_INCLUDED

// A server's day in miniature, for measuring what a reused parser and result allocate: requests
// of every size from 1 to 500 candidates in realistic spellings (aliases, escapes, minified and
// pretty), one in three broken in one of the ways clients break them.

#include <invite_test/document_generator.hpp>
#include <invite_test/random_source.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace invite_test {

struct mixed_document {
  std::string json;
  bool meant_valid = true; // false: one of the breakages below was applied
};

namespace detail {

// One breakage of a valid request's text, chosen by `kind`; each leaves the rest of the
// document as it was.
inline void break_document(std::string& json, std::size_t kind) {
  switch (kind % 6) {
    case 0: { // an e-mail without its '@'
      const std::size_t at = json.find('@');
      if (at != std::string::npos) json.erase(at, 1);
      return;
    }
    case 1: // a key the contract does not declare
      json.insert(json.find('{') + 1, "\"priority\":\"high\",");
      return;
    case 2: // a format that is not one
      json.replace(json.find("link\""), 4, "fax");
      return;
    case 3: { // the id as a string
      const std::size_t id = json.find("assessment_id\"");
      const std::size_t value = json.find_first_of("0123456789", id);
      json.insert(value, "\"");
      json.insert(json.find_first_not_of("0123456789", value + 1), "\"");
      return;
    }
    case 4: // cut short: not JSON at all
      json.resize(json.size() / 2);
      return;
    default: { // the first candidate's name emptied
      const std::size_t name = json.find("name\"");
      const std::size_t open = json.find('"', json.find(':', name));
      const std::size_t close = json.find('"', open + 1);
      json.erase(open + 1, close - open - 1);
      return;
    }
  }
}

} // namespace detail

/// `count` requests: sizes drawn from 1 to 500 (most small, some large), realistic spellings,
/// every third one broken. The same seed gives the same documents everywhere.
inline std::vector<mixed_document> traffic_mix(std::size_t count, std::uint64_t seed) {
  document_generator generator(document_profile::realistic_traffic, seed);
  random_source& random = generator.random();
  static constexpr std::size_t sizes[] = {1, 1, 1, 2, 2, 3, 5, 8, 20, 50, 120, 300, 500};
  std::vector<mixed_document> mix;
  mix.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t candidates = random.pick(sizes);
    spelling_options spelling;
    spelling.whitespace = random.one_in(4) ? layout::pretty : layout::minified;
    mixed_document document{generator.spell(generator.request(candidates), spelling), true};
    if (i % 3 == 2) {
      detail::break_document(document.json, random.index(6));
      document.meant_valid = false;
    }
    mix.push_back(std::move(document));
  }
  return mix;
}

} // namespace invite_test

#endif // INVITE_TEST_TRAFFIC_MIX_HPP_INCLUDED
