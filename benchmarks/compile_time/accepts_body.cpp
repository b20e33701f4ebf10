// A user's one function over a request body, compiled once per way of including invite
// (INVITE_HEADER, given by measure.py): <invite/invite.hpp> or <invite/light.hpp>.
#include INVITE_HEADER

#include <string_view>

bool accepts(std::string_view body) { return invite::parse_request(body).ok(); }
