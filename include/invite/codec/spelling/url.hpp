#ifndef INVITE_CODEC_SPELLING_URL_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_URL_HPP_INCLUDED

#include <invite/codec/spelling/ascii.hpp>

#include <cstddef>
#include <string_view>

namespace invite::spelling {

namespace detail {

constexpr bool is_printable_ascii(char c) noexcept {
  // U+0021-U+007E: one unsigned comparison covers both ends of the range.
  return static_cast<unsigned char>(static_cast<unsigned char>(c) - 0x21u) < 0x5Eu;
}

// Where the authority ends. A backslash counts because WHATWG's URL parser reads it as '/' in
// http(s) URLs, so "https://\x.io" has no host either.
constexpr bool ends_authority(char c) noexcept {
  return c == '/' || c == '?' || c == '#' || c == '\\';
}

} // namespace detail

/// True when `url` is an absolute http or https URL (scheme in any case) with a non-empty
/// host, made only of printable ASCII (U+0021-U+007E), and at most `max_octets` octets long
/// (the contract's limit is contract_limits::max_invite_link_octets; spelling knows no contract).
///
/// After "://" comes the authority, which runs to the first '/', '?', '#', '\' or the end.
/// Its host is what follows the last '@' (userinfo is not host) and comes before a ':' (the
/// port). The host must be non-empty: "http://", "http:///x", "http://user@/", "http://:80"
/// fail. Nothing else about the host, port, path, query or fragment is checked.
constexpr bool is_valid_http_url(std::string_view url, std::size_t max_octets) noexcept {
  const std::size_t size = url.size();
  if (size > max_octets) return false;

  constexpr std::string_view http = "http";
  if (size < http.size()) return false;
  for (std::size_t k = 0; k < http.size(); ++k)
    if (ascii_lower(url[k]) != http[k]) return false;
  std::size_t i = http.size();
  if (i < size && ascii_lower(url[i]) == 's') ++i;
  if (url.substr(i, 3) != "://") return false;
  i += 3;

  std::size_t host_begin = i;
  for (; i < size; ++i) {
    const char c = url[i];
    if (!detail::is_printable_ascii(c)) return false;
    if (detail::ends_authority(c)) break;
    if (c == '@') host_begin = i + 1;
  }
  if (host_begin == i || url[host_begin] == ':') return false;

  for (; i < size; ++i)
    if (!detail::is_printable_ascii(url[i])) return false;
  return true;
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_URL_HPP_INCLUDED
