// A rule must name a member the description lists.
// expect: must name a described public member
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>

namespace sample {
struct mine {
  int described;
  int hidden;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (described))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept {
  return invite::fields(invite::field(&mine::hidden, invite::rule::integer_range{0, 1}));
}
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
