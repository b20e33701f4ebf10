// Rules for each item belong to array members only.
// expect: member_declaration_checks<&sample::mine::title
// expect: rule::each applies to std::vector members
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>

#include <string>

namespace sample {
struct mine {
  std::string title;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (title))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept {
  using namespace invite::rule;
  return invite::fields(invite::field(&mine::title, each{max_code_points{3}}));
}
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
