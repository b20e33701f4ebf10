// A rule may only name a member of the type it belongs to.
// expect: names a member of another type
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>

namespace sample {
struct other {
  int x;
};
struct mine {
  int y;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(other, (), (x))
BOOST_DESCRIBE_STRUCT(mine, (), (y))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept { return invite::fields(invite::field(&other::x)); }
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
