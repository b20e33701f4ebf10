// A format must read and write the member's own type.
// expect: member_declaration_checks<&sample::mine::due
// expect: written_as<F> needs F::value_type to be this member's type
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>
#include <invite/codec/time_formats.hpp>

#include <chrono>

namespace sample {
struct mine {
  date::sys_time<std::chrono::seconds> due;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (due))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept {
  return invite::fields(invite::field(&mine::due, invite::rule::written_as<invite::minute_datetime_format>{}));
}
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
