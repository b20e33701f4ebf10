// Uniqueness across an array's items compares texts ignoring ASCII case: string members only.
// expect: member_declaration_checks<&sample::item::number
// expect: unique_in_array applies to string members
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>

#include <vector>

namespace sample {
struct item {
  int number;
};
struct mine {
  std::vector<item> items;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(item, (), (number))
BOOST_DESCRIBE_STRUCT(mine, (), (items))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const item*) noexcept {
  return invite::fields(invite::field(&item::number, invite::rule::unique_in_array{}));
}
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
