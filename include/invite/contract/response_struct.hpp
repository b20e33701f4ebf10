#ifndef INVITE_CONTRACT_RESPONSE_STRUCT_HPP_INCLUDED
#define INVITE_CONTRACT_RESPONSE_STRUCT_HPP_INCLUDED

// The response body's types as plain structs, nothing else: invitation and response.
// <invite/contract/response.hpp> adds their descriptions and rules; <invite/light.hpp> needs
// only this, so that code which holds or builds responses compiles without the codec.

#include <cstdint>
#include <string>
#include <vector>

namespace invite {

struct invitation {
  std::string name;
  std::string email;
  std::int64_t report_id = 0; // 0 is no id: validate() says so until one is set
  std::int64_t candidate_id = 0;
  std::int64_t assessment_id = 0;
  std::string invite_link;
  std::string status;
};

struct response {
  std::vector<invitation> invites;
};

} // namespace invite

#endif // INVITE_CONTRACT_RESPONSE_STRUCT_HPP_INCLUDED
