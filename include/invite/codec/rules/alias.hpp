#ifndef INVITE_CODEC_RULES_ALIAS_HPP_INCLUDED
#define INVITE_CODEC_RULES_ALIAS_HPP_INCLUDED

#include <string_view>

namespace invite::rule {

/// Another name the field is read under (it is always written under its own). Giving the field
/// under two of its names in one object is alias_conflict at the later one; the first is used.
struct alias {
  using field_option = void;
  std::string_view name;
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_ALIAS_HPP_INCLUDED
