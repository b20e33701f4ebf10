#ifndef INVITE_CODEC_RULES_WRITTEN_AS_HPP_INCLUDED
#define INVITE_CODEC_RULES_WRITTEN_AS_HPP_INCLUDED

#include <invite/codec/text_format.hpp>

namespace invite::rule {

/// Spells this member in `Format` rather than its type's default text_format, e.g.
/// written_as<invite::rfc3339_format<std::chrono::seconds>>.
template <class Format>
struct written_as {
  static_assert(is_text_format_v<Format>,
                "invite: written_as<F> needs a format: value_type, code, max_size, parse, write, "
                "expected and schema (see text_format.hpp)");
  using field_option = void;
  using format = Format;
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_WRITTEN_AS_HPP_INCLUDED
