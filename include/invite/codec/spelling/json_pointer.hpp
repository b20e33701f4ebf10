#ifndef INVITE_CODEC_SPELLING_JSON_POINTER_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_JSON_POINTER_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>

namespace invite::spelling {

/// Appends "/" and one reference token, RFC 6901-escaped ("~" as "~0", "/" as "~1").
inline void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer.push_back('/');
  for (const char c : token) {
    if (c == '~') {
      pointer.append("~0");
    } else if (c == '/') {
      pointer.append("~1");
    } else {
      pointer.push_back(c);
    }
  }
}

/// Appends "/" and an array index.
inline void append_pointer_index(std::string& pointer, std::size_t index) {
  char digits[24];
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + index % 10);
    index /= 10;
  } while (index != 0);
  pointer.push_back('/');
  while (n != 0) pointer.push_back(digits[--n]);
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_JSON_POINTER_HPP_INCLUDED
