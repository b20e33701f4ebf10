#ifndef INVITE_TOOLS_INVITE_CHECK_POINTER_LOCATION_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_POINTER_LOCATION_HPP_INCLUDED

#include <cstddef>
#include <string_view>

namespace invite_check {

/// The byte offset in `json`, a well-formed JSON text, of the value that `pointer` (RFC 6901)
/// names; when it names nothing there (a key spelled another way, an index past the end), the
/// offset of the deepest value on the way to it. Errors that are facts about values rather than
/// about a text (check_response's) get a place in the file this way.
std::size_t locate_pointer(std::string_view json, std::string_view pointer);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_POINTER_LOCATION_HPP_INCLUDED
