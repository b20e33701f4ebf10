#ifndef INVITE_TOOLS_INVITE_CHECK_KIND_HINT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_KIND_HINT_HPP_INCLUDED

#include "command_line.hpp"

#include <invite/codec/parse_options.hpp>

#include <string>
#include <string_view>

namespace invite_check {

/// For a document found invalid as `checked`: when it is a body of the other kind instead (a
/// root object whose members all belong to the other kind, and at least one of them), says so
/// for people, naming those members and how the document fares as the other kind, in words
/// that follow "FILE: invalid: " ("this looks like a request body, not a response: ..."); else
/// "". The caller adds what to do about it. Only `options.max_bytes` counts: the document is
/// read again strictly, both ways, to see its members whatever the run tolerated.
std::string other_kind_hint(std::string_view text, document_kind checked, const invite::parse_options& options);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_KIND_HINT_HPP_INCLUDED
