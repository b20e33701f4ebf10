#ifndef INVITE_CODEC_SPELLING_JSON_STRING_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_JSON_STRING_HPP_INCLUDED

// Strings as the contract writes them: quoted, with '"', '\\', U+0000-U+001F and U+007F escaped
// (the short escapes where JSON has them, else lowercase \u00xx) and every other byte as it is.

#include <invite/codec/spelling/detail/sse2.hpp>
#include <invite/codec/spelling/detail/swar.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace invite::detail {

namespace escape_table {
// For each byte: 0 when it is written as is, else the letter of its short escape, or 'u' for
// \u00xx. The contract escapes '"', '\\', U+0000-U+001F and U+007F, nothing else.
inline constexpr std::array<char, 256> codes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 'u';
  table[0x7F] = 'u';
  table['"'] = '"';
  table['\\'] = '\\';
  table['\b'] = 'b';
  table['\f'] = 'f';
  table['\n'] = 'n';
  table['\r'] = 'r';
  table['\t'] = 't';
  return table;
}();
} // namespace escape_table

/// High bit set in (at least the lowest of) the bytes of `word` that the contract escapes.
constexpr std::uint64_t bytes_to_escape(std::uint64_t word) noexcept {
  return swar::bytes_below(word, 0x20) | swar::zero_bytes(word ^ (swar::ones * '"')) |
         swar::zero_bytes(word ^ (swar::ones * '\\')) | swar::zero_bytes(word ^ (swar::ones * 0x7F));
}

/// Bytes the escape of `byte` adds to it: 0 when it is written as is, 1 for a short escape,
/// 5 for \u00xx.
constexpr std::size_t escape_growth(unsigned char byte) noexcept {
  const char code = escape_table::codes[byte];
  return code == 0 ? 0 : code == 'u' ? 5 : 1;
}


// Writing into a buffer sized for the text as if nothing needed escaping: each escape draws the
// bytes it adds from a Room, a class with
//
//   std::size_t spare;        // bytes the buffer holds beyond what the plain texts need
//   char* more(char* at);     // makes spare >= 5, moving the buffer if it must; returns where
//                             // `at` is now
//
// so that the common string, with nothing to escape, is never scanned twice.

/// A Room for a buffer known to be large enough: json_string_size bytes per string.
struct ample_room {
  std::size_t spare = static_cast<std::size_t>(-1);
  // GCOVR_EXCL_START: never called; its spare never runs short, which is what makes it ample
  char* more(char* at) noexcept { return at; }
  // GCOVR_EXCL_STOP
};

/// Writes the escape of `byte`, which the contract escapes, at `at`; returns the end.
template <class Room>
char* write_escape(char* at, unsigned char byte, Room& room) {
  const std::size_t growth = escape_growth(byte);
  if (room.spare < growth) at = room.more(at);
  room.spare -= growth;
  const char code = escape_table::codes[byte];
  *at++ = '\\';
  if (code != 'u') {
    *at++ = code;
    return at;
  }
  constexpr char hex[] = "0123456789abcdef";
  at[0] = 'u';
  at[1] = '0';
  at[2] = '0';
  at[3] = hex[byte >> 4];
  at[4] = hex[byte & 0xF];
  return at + 5;
}

/// [p, end) escaped at `at`, a byte at a time: the way for what is left once a fast path has
/// found something to escape in it (rare, so kept out of the fast paths' way).
template <class Room>
[[gnu::noinline]] char* write_escaped_bytes(char* at, const char* p, const char* end, Room& room) {
  for (; p < end; ++p) {
    const auto byte = static_cast<unsigned char>(*p);
    if (escape_table::codes[byte] == 0) {
      *at++ = static_cast<char>(byte);
    } else {
      at = write_escape(at, byte, room);
    }
  }
  return at;
}

/// Writes `text` as a quoted JSON string at `at`, eight bytes at a time: the portable way, which
/// stores nothing past the bytes it writes. Returns the end.
template <class Room>
char* write_json_string_portable(char* at, std::string_view text, Room& room) {
  *at++ = '"';
  const char* p = text.data();
  const char* const end = p + text.size();
  for (;;) {
    const char* run = p;
    while (end - p >= 8 && bytes_to_escape(swar::load(p)) == 0) p += 8;
    while (p < end && escape_table::codes[static_cast<unsigned char>(*p)] == 0) ++p;
    std::memcpy(at, run, static_cast<std::size_t>(p - run));
    at += p - run;
    if (p == end) break;
    at = write_escape(at, static_cast<unsigned char>(*p++), room);
  }
  *at++ = '"';
  return at;
}

#if defined(INVITE_DETAIL_HAVE_SSE2)

/// One bit per byte of `block` (the first byte lowest) that the contract escapes.
inline unsigned escape_mask(__m128i block) noexcept {
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(block, sse2::repeat(0x1F)), block);
  const __m128i quote = sse2::equal_to(block, '"');
  const __m128i backslash = sse2::equal_to(block, '\\');
  const __m128i del = sse2::equal_to(block, 0x7F);
  return sse2::mask_of(_mm_or_si128(_mm_or_si128(control, quote), _mm_or_si128(backslash, del)));
}

/// [p, end) escaped at `at`, 16 bytes at a time while 16 are left: each block is stored before
/// it is judged, so a block with a byte to escape has its plain bytes in place already, and the
/// bytes stored past that byte are overwritten by what follows (16 bytes of input never make
/// fewer than 16 of output), so nothing is stored past the end. The way for the rest of a text
/// once the fast path has found something to escape in it.
template <class Room>
[[gnu::noinline]] char* write_escaped_blocks(char* at, const char* p, const char* end, Room& room) {
  while (end - p >= 16) {
    const __m128i block = sse2::load(p);
    sse2::store(at, block);
    const unsigned mask = escape_mask(block);
    if (mask == 0) {
      p += 16;
      at += 16;
      continue;
    }
    const auto plain = static_cast<unsigned>(__builtin_ctz(mask));
    p += plain;
    at += plain;
    at = write_escape(at, static_cast<unsigned char>(*p++), room);
  }
  return write_escaped_bytes(at, p, end, room);
}

/// Writes `text` as a quoted JSON string at `at`; returns the end. The fast path assumes that
/// nothing needs escaping and hands the rest of the text to write_escaped_blocks where that
/// turns out wrong. Until then the output is the input shifted by the quote, so each block is
/// stored before it is judged (a load, a store and the test per 16 bytes), and the last bytes
/// of a long text go out as its last 16, stored again over their own copy. It reads nothing
/// outside `text` (a short text is loaded as two overlapping words of 8 or 4 bytes, or as its
/// first, middle and last byte) and stores nothing past the end.
template <class Room>
char* write_json_string_sse2(char* at, std::string_view text, Room& room) {
  *at++ = '"';
  const char* p = text.data();
  const char* const end = p + text.size();
  const std::size_t size = text.size();
  bool plain = true;
  if (size >= 16) {
    for (; end - p >= 16; p += 16, at += 16) {
      const __m128i block = sse2::load(p);
      sse2::store(at, block);
      if (escape_mask(block) != 0) break;
    }
    if (end - p >= 16) {
      plain = false;
    } else {
      const auto left = static_cast<unsigned>(end - p);
      const __m128i last = sse2::load(end - 16);
      plain = (escape_mask(last) >> (16 - left)) == 0;
      if (plain) {
        sse2::store(at - (16 - left), last);
        at += left;
      }
    }
  } else if (size >= 8) {
    std::uint64_t head;
    std::uint64_t last;
    std::memcpy(&head, p, 8);
    std::memcpy(&last, end - 8, 8);
    plain = escape_mask(_mm_set_epi64x(static_cast<long long>(last), static_cast<long long>(head))) == 0;
    if (plain) {
      std::memcpy(at, &head, 8);
      std::memcpy(at + size - 8, &last, 8);
      at += size;
    }
  } else if (size >= 4) {
    std::uint32_t head;
    std::uint32_t last;
    std::memcpy(&head, p, 4);
    std::memcpy(&last, end - 4, 4);
    // The upper lanes are zeros, not text.
    plain = (escape_mask(_mm_set_epi32(0, 0, static_cast<int>(last), static_cast<int>(head))) & 0xFFu) == 0;
    if (plain) {
      std::memcpy(at, &head, 4);
      std::memcpy(at + size - 4, &last, 4);
      at += size;
    }
  } else if (size > 0) {
    const char first = p[0];
    const char middle = p[size / 2];
    const char last = p[size - 1];
    plain = (escape_table::codes[static_cast<unsigned char>(first)] | escape_table::codes[static_cast<unsigned char>(middle)] |
             escape_table::codes[static_cast<unsigned char>(last)]) == 0;
    if (plain) {
      at[0] = first;
      at[size / 2] = middle;
      at[size - 1] = last;
      at += size;
    }
  }
  if (!plain) at = write_escaped_blocks(at, p, end, room);
  *at++ = '"';
  return at;
}

#endif

/// Writes `text` as a quoted JSON string at `at`, which has room for text.size() + 2 bytes plus
/// room.spare for the escapes; returns the end.
template <class Room>
char* write_json_string(char* at, std::string_view text, Room& room) {
#if defined(INVITE_DETAIL_HAVE_SSE2)
  return write_json_string_sse2(at, text, room);
#else
  return write_json_string_portable(at, text, room);
#endif
}


/// Appends `text` escaped as the contract escapes strings, without the quotes.
inline void append_escaped_json_text(std::string& out, std::string_view text) {
  using escape_table::codes;
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p < end) {
    const char* run = p;
    while (p < end && codes[static_cast<unsigned char>(*p)] == 0) ++p;
    out.append(run, static_cast<std::size_t>(p - run));
    if (p == end) break;
    const char code = codes[static_cast<unsigned char>(*p)];
    if (code == 'u') {
      constexpr char hex[] = "0123456789abcdef";
      const auto byte = static_cast<unsigned char>(*p);
      const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
      out.append(escaped, sizeof escaped);
    } else {
      const char escaped[] = {'\\', code};
      out.append(escaped, sizeof escaped);
    }
    ++p;
  }
}

} // namespace invite::detail

namespace invite::spelling {

/// The length of `text` written as a quoted JSON string.
inline std::size_t json_string_size(std::string_view text) noexcept {
  // Spelled in full: an unqualified detail:: here would find invite::spelling::detail, which
  // other spelling headers open, and miss these helpers.
  namespace escaping = ::invite::detail;
  std::size_t size = text.size() + 2;
  const char* p = text.data();
  const char* const end = p + text.size();
  for (; end - p >= 8; p += 8) {
    if (escaping::bytes_to_escape(escaping::swar::load(p)) == 0) continue;
    for (int i = 0; i < 8; ++i) size += escaping::escape_growth(static_cast<unsigned char>(p[i]));
  }
  for (; p < end; ++p) size += escaping::escape_growth(static_cast<unsigned char>(*p));
  return size;
}

/// Appends `text` as a quoted JSON string in the contract's canonical escaping.
inline void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  ::invite::detail::append_escaped_json_text(out, text);
  out.push_back('"');
}

/// As append_json_string, for bytes that may not be UTF-8 (a value built in code, a message
/// quoting one, a file name): each byte that is not part of well-formed UTF-8 is written as
/// \ufffd, U+FFFD, so that the output is valid JSON whatever the bytes. UTF-8 comes out as
/// append_json_string writes it.
inline void append_json_string_lossy(std::string& out, std::string_view bytes) {
  out.push_back('"');
  for (;;) {
    const std::size_t bad = first_invalid_utf8(bytes);
    ::invite::detail::append_escaped_json_text(out, bytes.substr(0, bad));
    if (bad == bytes.size()) break;
    out += "\\ufffd";
    bytes.remove_prefix(bad + 1);
  }
  out.push_back('"');
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_JSON_STRING_HPP_INCLUDED
