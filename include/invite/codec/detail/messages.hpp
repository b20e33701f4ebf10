#ifndef INVITE_CODEC_DETAIL_MESSAGES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_MESSAGES_HPP_INCLUDED

// How a message names the value it is about. Messages are built only for errors that are kept,
// so none of this is on the fast path.

#include <invite/codec/spelling/json_string.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::detail {

/// Appends how a message names the value at a JSON Pointer: the key as spelled ("email"), an
/// item of an array (item 3 of "candidates"), or the document itself.
inline void append_field_label(std::string& out, std::string_view pointer) {
  if (pointer.empty()) {
    out += "the document";
    return;
  }
  const std::size_t slash = pointer.rfind('/');
  const std::string_view token = pointer.substr(slash + 1);
  const bool is_index = !token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos;
  if (is_index && slash != 0) {
    out += "item ";
    out += token;
    out += " of ";
    append_field_label(out, pointer.substr(0, slash));
    return;
  }
  // The token unescaped (RFC 6901: "~1" is '/', "~0" is '~'), then quoted.
  std::string key;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size()) {
      key.push_back(token[i + 1] == '1' ? '/' : '~');
      ++i;
    } else {
      key.push_back(token[i]);
    }
  }
  spelling::append_json_string(out, key);
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_MESSAGES_HPP_INCLUDED
