// Must not compile: after <invite/light.hpp>, <invite/invite.hpp> would declare the same
// functions again, inline.
#include <invite/light.hpp>
#include <invite/invite.hpp>
