// Must not compile: after <invite/invite.hpp>, <invite/light.hpp> would declare the same
// functions again, for separate compilation.
#include <invite/invite.hpp>
#include <invite/light.hpp>
