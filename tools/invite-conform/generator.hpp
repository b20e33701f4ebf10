#ifndef INVITE_TOOLS_INVITE_CONFORM_GENERATOR_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_GENERATOR_HPP_INCLUDED

// Seeded request bodies: valid ones, in every spelling the contract allows (aliases, key order,
// whitespace, escapes, non-ASCII), and mutations of them. Whether each is valid is not decided
// here: invite-conform asks the library.

#include <cstdint>
#include <string>
#include <vector>

namespace invite_conform {

struct generated_body {
  std::string body;
  std::string how; // "valid spelling" or the mutation applied
};

/// `count` bodies from `seed`; the same arguments give the same bodies on every machine.
std::vector<generated_body> generate_bodies(std::size_t count, std::uint64_t seed);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_GENERATOR_HPP_INCLUDED
