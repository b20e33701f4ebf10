// A rule that reads its text in the reader's pass must give the reader a scan it can run inside
// that pass. This one's add() may throw, which the reader's noexcept pass would turn into a
// crash, so the declaration is refused rather than the rule silently checked another way.
// expect: a rule's text_scan needs a default constructor
#include <invite/codec/describe.hpp>
#include <invite/codec/parser.hpp>
#include <invite/codec/rules.hpp>

#include <cstddef>
#include <string>

namespace sample {
struct no_spaces {
  static constexpr invite::error_code code = invite::error_code::invalid_characters;
  struct text_scan {
    bool space = false;
    void add(const char* block, std::size_t, std::size_t count) { // not noexcept
      for (std::size_t i = 0; i < count; ++i) space = space || block[i] == ' ';
    }
  };
  bool check(const invite::text&, const text_scan& scanned) const { return !scanned.space; }
  void expected(std::string& out) const { out += "no spaces"; }
  void schema(invite::schema_fragment&) const {}
};
struct mine {
  std::string word;
};
INVITE_DESCRIBE_BEGIN
BOOST_DESCRIBE_STRUCT(mine, (), (word))
INVITE_DESCRIBE_END
constexpr auto invite_rules(const mine*) noexcept { return invite::fields(invite::field(&mine::word, no_spaces{})); }
} // namespace sample

int main() { return invite::parse<sample::mine>("{}").ok() ? 0 : 1; }
