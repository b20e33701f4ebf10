#ifndef INVITE_CONTRACT_REQUEST_STRUCT_HPP_INCLUDED
#define INVITE_CONTRACT_REQUEST_STRUCT_HPP_INCLUDED

// The request body's types as plain structs, nothing else: format, candidate and request.
// <invite/contract/request.hpp> adds their descriptions and rules; <invite/light.hpp> needs
// only this, so that code which holds or builds requests compiles without the codec.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// date::local_time<D> is std::chrono::time_point<date::local_t, D>. Naming the clock tag
// instead of including <date/date.h> keeps a second of compile time out of every light
// translation unit; request.hpp asserts that the two spellings are the same type.
namespace date {
struct local_t;
} // namespace date

namespace invite {

/// How the invites reach the candidates: a link to share, or an e-mail sent by the service.
enum class format { getlink, sendlink };

struct candidate {
  std::string name;
  std::string email;
};

struct request {
  std::int64_t assessment_id = 0; // 0 is no assessment: validate() says so until one is set
  format invite_format = format::getlink;
  std::optional<std::chrono::time_point<date::local_t, std::chrono::minutes>> expiry_date;
  std::vector<candidate> candidates;
};

} // namespace invite

#endif // INVITE_CONTRACT_REQUEST_STRUCT_HPP_INCLUDED
