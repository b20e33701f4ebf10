// A rule must say all of itself: its code, its check, its expectation and its schema. This one
// forgets its schema, which would leave the generated JSON Schema silent about it.
// expect: field\(\.\.\.\) takes rules and options
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>

#include <string>

namespace sample {
struct even {
  static constexpr invite::error_code code = invite::error_code::out_of_range;
  bool check(int value) const { return value % 2 == 0; }
  void expected(std::string& out) const { out += "an even number"; }
};
struct mine {
  int count;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (count))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept { return invite::fields(invite::field(&mine::count, even{})); }
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
