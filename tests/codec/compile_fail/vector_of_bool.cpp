// std::vector<bool> holds proxies, not bools, so nothing can be read into its items: refused
// at compile time with the member named, rather than failing deep inside the reader.
// expect: member_declaration_checks<&sample::mine::bits
// expect: std::vector \(not of bool
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>

#include <vector>

namespace sample {
struct mine {
  std::vector<bool> bits;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (bits))
INVITE_DESCRIBE_END
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
