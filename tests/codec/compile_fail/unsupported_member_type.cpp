// A member type the codec has no way to read fails with the list of supported shapes, and the
// compiler's "required from" line names the member.
// expect: member_declaration_checks<&sample::mine::scores
// expect: no way to read, write or describe the type of this member
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>

#include <map>
#include <string>

namespace sample {
struct mine {
  std::map<std::string, int> scores;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (scores))
INVITE_DESCRIBE_END
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
