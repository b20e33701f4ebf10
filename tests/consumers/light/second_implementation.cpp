// A second implementation unit, which must make the program fail to link: every function of
// <invite/light.hpp> would have two definitions.
#include <invite/implementation.hpp>
