// The program's one implementation unit: what <invite/light.hpp> declares is defined here.
#include <invite/implementation.hpp>
