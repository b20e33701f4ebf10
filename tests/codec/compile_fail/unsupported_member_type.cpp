// A member type the codec has no way to read fails with the list of supported shapes.
// expect: no way to read this member type
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>

namespace sample {
struct mine {
  double ratio;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (ratio))
INVITE_DESCRIBE_END
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
