// A type without a BOOST_DESCRIBE_STRUCT cannot be parsed.
// expect: has no BOOST_DESCRIBE_STRUCT description
#include <invite/codec/parser.hpp>

struct undescribed {
  int a;
};

int main() { return invite::parse<undescribed>("{}").ok() ? 0 : 1; }
