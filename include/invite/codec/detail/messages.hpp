#ifndef INVITE_CODEC_DETAIL_MESSAGES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_MESSAGES_HPP_INCLUDED

// Pieces of the human messages: which field, and a short, printable excerpt of what was found.
// Messages are built only for errors that are kept, so none of this is on the fast path.

#include <invite/codec/detail/json_escape.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::detail {

inline constexpr std::size_t excerpt_octets = 60;

/// The text cut to a bounded length at a UTF-8 boundary, as a quoted JSON string.
inline std::string quoted_excerpt(std::string_view text) {
  std::string out;
  if (text.size() <= excerpt_octets) {
    append_json_string(out, text);
    return out;
  }
  std::size_t cut = excerpt_octets;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  append_json_string(out, text.substr(0, cut));
  out.insert(out.size() - 1, "...");
  return out;
}

/// A raw token of the input (a number, a literal) cut to a bounded length.
inline std::string token_excerpt(std::string_view token) {
  if (token.size() <= excerpt_octets) return std::string(token);
  return std::string(token.substr(0, excerpt_octets)) + "...";
}

/// How a message names the value at a JSON Pointer: the key as spelled ("email"), an item of
/// an array (item 3 of "candidates"), or the document itself.
inline std::string field_label(std::string_view pointer) {
  if (pointer.empty()) return "the document";
  const std::size_t slash = pointer.rfind('/');
  std::string token;
  for (std::size_t i = slash + 1; i < pointer.size(); ++i) {
    if (pointer[i] == '~' && i + 1 < pointer.size()) {
      token.push_back(pointer[i + 1] == '1' ? '/' : '~');
      ++i;
    } else {
      token.push_back(pointer[i]);
    }
  }
  const bool is_index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
  if (is_index && slash != 0) {
    return "item " + token + " of " + field_label(pointer.substr(0, slash));
  }
  std::string label;
  append_json_string(label, token);
  return label;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_MESSAGES_HPP_INCLUDED
