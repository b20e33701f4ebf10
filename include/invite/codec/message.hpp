#ifndef INVITE_CODEC_MESSAGE_HPP_INCLUDED
#define INVITE_CODEC_MESSAGE_HPP_INCLUDED

// Pieces of error messages, for the codec and for rules written by users: what was found,
// said short and printable. Messages are built only for errors that are kept, so none of this
// runs on a valid document.

#include <invite/codec/spelling/json_string.hpp>

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace invite::message {

/// How much of a found text or token a message quotes.
inline constexpr std::size_t excerpt_octets = 60;

/// Appends `text` as a JSON string, cut to excerpt_octets at a UTF-8 boundary ("...").
inline void append_quoted(std::string& out, std::string_view text) {
  if (text.size() <= excerpt_octets) {
    spelling::append_json_string(out, text);
    return;
  }
  std::size_t cut = excerpt_octets;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  spelling::append_json_string(out, text.substr(0, cut));
  out.insert(out.size() - 1, "...");
}

/// Appends a raw token of the input (a number, a literal), cut to excerpt_octets.
inline void append_token(std::string& out, std::string_view token) {
  if (token.size() <= excerpt_octets) {
    out += token;
    return;
  }
  out += token.substr(0, excerpt_octets);
  out += "...";
}

/// Appends a number in its shortest exact decimal form.
template <class Number>
void append_number(std::string& out, Number value) {
  static_assert(std::is_arithmetic_v<Number> && !std::is_same_v<Number, bool>, "invite: a number");
  char digits[64];
  const auto written = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, static_cast<std::size_t>(written.ptr - digits));
}

/// Appends "N item" or "N items".
inline void append_count(std::string& out, std::size_t count, std::string_view singular, std::string_view plural) {
  append_number(out, count);
  out.push_back(' ');
  out += count == 1 ? singular : plural;
}

} // namespace invite::message

#endif // INVITE_CODEC_MESSAGE_HPP_INCLUDED
