// The one implementation unit a program using <invite/light.hpp> compiles: paid once per
// program (and again only when invite changes), not once per translation unit.
#include <invite/implementation.hpp>
