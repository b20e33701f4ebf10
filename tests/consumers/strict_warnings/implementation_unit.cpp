// The one unit of a user's program that defines what <invite/light.hpp> declares, under the
// strictest flags the README promises (tests/consumers/CMakeLists.txt).

#include <invite/implementation.hpp>
