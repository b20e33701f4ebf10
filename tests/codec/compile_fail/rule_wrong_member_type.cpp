// A text rule on an integer member is a declaration mistake, reported with the member's name.
// expect: member_declaration_checks<&sample::mine::count
// expect: a rule declared for this member cannot check its type
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>

namespace sample {
struct mine {
  int count;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (count))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept {
  return invite::fields(invite::field(&mine::count, invite::rule::max_code_points{3}));
}
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
