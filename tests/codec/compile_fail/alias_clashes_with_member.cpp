// An alias may not reuse another member's name: a key would mean two fields.
// expect: share one JSON name
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>

namespace sample {
struct mine {
  int a;
  int b;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (a, b))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept {
  return invite::fields(invite::field(&mine::a, invite::rule::alias{"b"}));
}
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
