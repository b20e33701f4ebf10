#ifndef INVITE_TOOLS_INVITE_CHECK_DIAGNOSIS_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_DIAGNOSIS_HPP_INCLUDED

#include <invite/codec/error.hpp>
#include <invite/codec/parse_options.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace invite_check {

/// What the checker knows of a document beyond the bytes it read.
struct read_facts {
  /// The document's whole size when known (a regular file); reading stops after
  /// max_bytes + 1 bytes, so the bytes read do not tell it.
  std::optional<std::size_t> whole_size;
};

/// Rewrites what the library cannot know, keeping every code and path:
/// - payload_too_large: the library saw only the bytes read, so its size would be false; the
///   message says "more than N bytes", or the whole size when `facts` know it.
/// - invalid_json for input that is no text at all: a binary signature at the start (an image,
///   an archive, an executable; a UTF-16 or UTF-32 byte-order mark), else a NUL byte, else
///   malformed UTF-8. The message names what was found and the offset moves to its first byte.
void explain_errors(std::vector<invite::error>& errors, std::string_view text, const read_facts& facts,
                    const invite::parse_options& options);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_DIAGNOSIS_HPP_INCLUDED
