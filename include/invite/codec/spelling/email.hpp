#ifndef INVITE_CODEC_SPELLING_EMAIL_HPP_INCLUDED
#define INVITE_CODEC_SPELLING_EMAIL_HPP_INCLUDED

#include <invite/codec/spelling/detail/sse2.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace invite::spelling {

/// The longest address, and the longest local part, the contract accepts (in octets).
inline constexpr std::size_t max_email_octets = 254, max_email_local_octets = 64;

namespace detail {

enum email_char_class : unsigned char {
  email_local_char = 1u << 0, // atext of the WHATWG grammar, or '.'
  email_label_char = 1u << 1, // letter, digit or '-'
};

struct email_char_table {
  unsigned char classes[256] = {};
};

constexpr email_char_table make_email_char_table() noexcept {
  email_char_table table;
  for (unsigned c = 'a'; c <= 'z'; ++c) table.classes[c] = email_local_char | email_label_char;
  for (unsigned c = 'A'; c <= 'Z'; ++c) table.classes[c] = email_local_char | email_label_char;
  for (unsigned c = '0'; c <= '9'; ++c) table.classes[c] = email_local_char | email_label_char;
  table.classes[static_cast<unsigned char>('-')] = email_local_char | email_label_char;
  for (const char c : std::string_view{".!#$%&'*+/=?^_`{|}~"})
    table.classes[static_cast<unsigned char>(c)] = email_local_char;
  return table;
}

inline constexpr email_char_table email_chars = make_email_char_table();

constexpr unsigned char email_class(char c) noexcept { return email_chars.classes[static_cast<unsigned char>(c)]; }

/// The first index at or after `i` whose byte lacks `wanted`. Four bytes share one test, as
/// addresses are long runs of one class.
constexpr std::size_t skip_email_class(std::string_view text, std::size_t i, email_char_class wanted) noexcept {
  while (i + 4 <= text.size() &&
         (email_class(text[i]) & email_class(text[i + 1]) & email_class(text[i + 2]) &
          email_class(text[i + 3]) & wanted) != 0) {
    i += 4;
  }
  while (i < text.size() && (email_class(text[i]) & wanted) != 0) ++i;
  return i;
}

} // namespace detail

/// True when `address` is a "valid e-mail address" of the WHATWG HTML standard (input
/// type=email) whose local part is at most 64 octets and whole at most 254 octets.
///
/// WHATWG's grammar is deliberately looser than RFC 5322 in the local part (any dots, anywhere)
/// and stricter elsewhere (no quoted strings, no comments, no IP literals, ASCII only).
constexpr bool is_valid_email(std::string_view address) noexcept {
  const std::size_t size = address.size();
  if (size > max_email_octets) return false;

  std::size_t i = detail::skip_email_class(address, 0, detail::email_local_char);
  if (i == 0 || i > max_email_local_octets || i == size || address[i] != '@') return false;
  ++i;

  // One or more labels of 1-63 letters, digits and hyphens, no hyphen at either end.
  for (;;) {
    const std::size_t label_begin = i;
    i = detail::skip_email_class(address, i, detail::email_label_char);
    const std::size_t label_size = i - label_begin;
    if (label_size == 0 || label_size > 63) return false;
    if (address[label_begin] == '-' || address[i - 1] == '-') return false;
    if (i == size) return true;
    if (address[i] != '.') return false;
    ++i;
  }
}

#if defined(INVITE_DETAIL_HAVE_SSE2)
namespace detail {

/// What one 16-byte block of an address holds, one bit per byte: the characters a domain
/// takes (letters, digits, '-', '.'), which almost every local part is made of too, and the
/// separators.
struct email_block {
  unsigned plain; // a letter, a digit, '-' or '.'
  unsigned at, dot, hyphen;
};

inline email_block classify_email_block(const char* p) noexcept {
  namespace sse2 = ::invite::detail::sse2;
  const __m128i bytes = sse2::load(p);
  const __m128i dot = sse2::equal_to(bytes, '.');
  const __m128i hyphen = sse2::equal_to(bytes, '-');
  const __m128i letter = sse2::in_range(_mm_or_si128(bytes, sse2::repeat(0x20)), 'a', 'z');
  const __m128i plain = _mm_or_si128(_mm_or_si128(letter, sse2::in_range(bytes, '0', '9')), _mm_or_si128(hyphen, dot));
  return {sse2::mask_of(plain), sse2::mask_of(sse2::equal_to(bytes, '@')), sse2::mask_of(dot), sse2::mask_of(hyphen)};
}

} // namespace detail

/// The classes of an address's first 64 bytes, one bit per byte, gathered 16 bytes at a time:
/// by is_valid_email_padded, or by a reader that is passing over the address's blocks anyway.
class email_block_classes {
public:
  /// Adds the 16 readable bytes at `block`, the address's from `offset` on (a multiple of 16;
  /// bytes past the address's end may be anything).
  [[gnu::always_inline]] void add(const char* block, std::size_t offset) noexcept {
    if (offset >= 64) return; // the address is too long for the masks, and judged the portable way
    const detail::email_block classes = detail::classify_email_block(block);
    plain_ |= std::uint64_t{classes.plain} << offset;
    at_ |= std::uint64_t{classes.at} << offset;
    dot_ |= std::uint64_t{classes.dot} << offset;
    hyphen_ |= std::uint64_t{classes.hyphen} << offset;
  }

  /// is_valid_email(address), once every block of `address` has been added. Addresses of up to
  /// 64 octets whose local part uses only letters, digits, '.' and '-' (nearly all) are judged
  /// with bit masks, without a branch per character; any other takes the portable way.
  [[gnu::always_inline]] bool judge(std::string_view address) const noexcept {
    const std::size_t size = address.size();
    if (size == 0 || size > 64) return is_valid_email(address);
    const std::uint64_t present = size == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1;
    const std::uint64_t last = std::uint64_t{1} << (size - 1);
    const std::uint64_t at = at_ & present;
    // One '@', with a local part before it and a domain after it. (At most 64 octets in all, so
    // the local part and every label are within their limits.)
    if (at == 0 || (at & (at - 1)) != 0 || (at & 1) != 0 || (at & last) != 0) return false;
    const std::uint64_t local = at - 1;
    const std::uint64_t domain = present & ~local & ~at;
    if ((~plain_ & present & ~at) != 0) {
      // A character outside the plain ones: fine in a local part ('+', '_'...), never in a domain.
      if ((~plain_ & domain) != 0) return false;
      return is_valid_email(address);
    }
    // Labels are not empty (no dot first, last or after another) and neither start nor end with
    // a hyphen.
    const std::uint64_t dots = dot_ & domain;
    const std::uint64_t label_starts = ((at | dots) << 1) & present;
    const std::uint64_t label_ends = (dots >> 1) | last;
    if ((dots & (label_starts | last)) != 0) return false;
    return (hyphen_ & domain & (label_starts | label_ends)) == 0;
  }

private:
  std::uint64_t plain_ = 0, at_ = 0, dot_ = 0, hyphen_ = 0;
};

/// is_valid_email for an address followed by at least 15 readable bytes (inside a padded JSON
/// input), 16 bytes at a time with SSE2.
inline bool is_valid_email_padded(std::string_view address) noexcept {
  if (address.size() > 64) return is_valid_email(address);
  email_block_classes classes;
  for (std::size_t offset = 0; offset < address.size(); offset += 16) classes.add(address.data() + offset, offset);
  return classes.judge(address);
}
#else
/// Without SSE2 there are no blocks to classify: the portable judgement.
class email_block_classes {
public:
  void add(const char*, std::size_t) noexcept {}
  bool judge(std::string_view address) const noexcept { return is_valid_email(address); }
};
#endif

/// is_valid_email for an address followed by at least 15 readable bytes, the fastest way here.
inline bool is_valid_email_in_padded_input(std::string_view address) noexcept {
#if defined(INVITE_DETAIL_HAVE_SSE2)
  return is_valid_email_padded(address);
#else
  return is_valid_email(address);
#endif
}

} // namespace invite::spelling

#endif // INVITE_CODEC_SPELLING_EMAIL_HPP_INCLUDED
