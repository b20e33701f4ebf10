#ifndef INVITE_CODEC_DETAIL_STRING_CONTENT_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_STRING_CONTENT_HPP_INCLUDED

// Getting a JSON string's content into a std::string: the reader's hottest path (a request holds
// a thousand strings). Stage 1 has delimited every string and rejected raw control characters,
// so only escapes remain to be found and decoded; the copy, the search for backslashes and, for
// members whose rules want them, the facts about the text are done in one pass.

#include <invite/codec/spelling/detail/byte_search.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/text_scans.hpp>
#include <invite/codec/spelling/detail/sse2.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>

namespace invite::detail {

/// Copies fewer than 16 bytes without a call, in at most two overlapping moves.
inline void copy_under_16(char* to, const char* from, std::size_t size) noexcept {
  if (size >= 8) {
    std::uint64_t head, tail;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + size - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + size - 8, &tail, 8);
  } else if (size >= 4) {
    std::uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + size - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + size - 4, &tail, 4);
  } else {
    for (std::size_t i = 0; i < size; ++i) to[i] = from[i];
  }
}

/// Copies the `size` bytes at `from` (inside a padded input: 16 bytes are readable) to `to`.
/// The runs between escapes are short, so a single 16-byte move does most of them when the
/// destination has room for it, instead of a call to memcpy.
inline void copy_run(char* to, const char* from, std::size_t size, const char* to_end) noexcept {
#if defined(INVITE_DETAIL_HAVE_SSE2)
  if (size <= 16 && to_end - to >= 16) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to), _mm_loadu_si128(reinterpret_cast<const __m128i*>(from)));
    return;
  }
#else
  (void)to_end;
#endif
  if (size < 16) {
    copy_under_16(to, from, size);
  } else {
    std::memcpy(to, from, size);
  }
}

/// What decode_escapes wrote, or where it found an ill-formed escape.
struct escapes_decoded {
  char* end = nullptr;       // one past the last byte written
  const char* bad = nullptr; // the ill-formed escape; nullptr when all was well
};

/// Decodes [p, end), which starts at a backslash, to `to`. An escape never decodes to more
/// bytes than it spells, so `to_end - to >= end - p` is room enough; runs are copied 16 bytes
/// at a time where `to_end` allows it.
inline escapes_decoded decode_escapes(const char* p, const char* end, char* to, const char* to_end) noexcept {
  char* w = to;
  while (p != end) {
    // Text in other scripts is escaped as runs of \uXXXX outside the surrogates: those are
    // decoded here, the rest (and every error) by decode_escape.
    const long unit = end - p >= 6 && p[1] == 'u' ? string_scan::read_hex4(p + 2) : -1;
    if (unit >= 0 && (unit < 0xD800 || unit > 0xDFFF)) {
      w = string_scan::put_utf8(w, static_cast<std::uint32_t>(unit));
      p += 6;
    } else {
      const decoded_escape escape = decode_escape(p, end, w);
      if (escape.length == 0) return {w, p};
      w = escape.written;
      p += escape.length;
    }
    if (p != end && *p == '\\') continue; // escapes back to back: no run between them
    const char* run = p;
    p = find_byte_in_padded(p, end, '\\');
    copy_run(w, run, static_cast<std::size_t>(p - run), to_end);
    w += p - run;
  }
  return {w, nullptr};
}

#if defined(INVITE_DETAIL_HAVE_SSE2)
/// The text facts of 16-byte blocks, kept in vector lanes until the end: continuation bytes
/// counted per lane, control characters and non-spaces or-ed together.
class block_facts {
public:
  void add(__m128i block, __m128i lanes) noexcept {
    const __m128i continuation = _mm_and_si128(_mm_cmplt_epi8(block, sse2::repeat(0xC0)), lanes); // 0x80-0xBF
    const __m128i control = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(block, sse2::repeat(0x1F)), block),
                                         sse2::equal_to(block, 0x7F));
    control_ = _mm_or_si128(control_, _mm_and_si128(control, lanes));
    non_space_ = _mm_or_si128(non_space_, _mm_andnot_si128(sse2::equal_to(block, ' '), lanes));
    continuation_ = _mm_sub_epi8(continuation_, continuation);
    if (++blocks_ == 255) flush(); // a lane counts to 255 at most
  }

  spelling::text_facts facts(std::size_t size) noexcept {
    flush();
    spelling::text_facts facts;
    facts.code_points = size - continuation_total_;
    facts.has_control = sse2::mask_of(control_) != 0;
    facts.blank = sse2::mask_of(non_space_) == 0;
    return facts;
  }

private:
  void flush() noexcept {
    const __m128i sums = _mm_sad_epu8(continuation_, _mm_setzero_si128());
    continuation_total_ += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                           static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    continuation_ = _mm_setzero_si128();
    blocks_ = 0;
  }

  __m128i continuation_ = _mm_setzero_si128();
  __m128i control_ = _mm_setzero_si128();
  __m128i non_space_ = _mm_setzero_si128();
  unsigned blocks_ = 0;
  std::size_t continuation_total_ = 0;
};

/// 0xFF in the first `count` (0-16) lanes.
inline __m128i first_lanes(std::size_t count) noexcept {
  alignas(16) static constexpr unsigned char ones_then_zeros[32] = {
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  return sse2::load(reinterpret_cast<const char*>(ones_then_zeros) + 16 - count);
}
#endif

/// The first backslash in [begin, end) (inside a padded input), or `end`. With GatherFacts, the
/// facts about a text without backslashes are gathered in the same pass into `facts`, and each
/// block is handed to `scans` (text_scans_t): they have seen the whole text when no backslash
/// is found.
template <bool GatherFacts, class Scans>
[[gnu::always_inline]] inline const char* scan_for_backslash(const char* begin, const char* end,
                                                             spelling::text_facts& facts, Scans& scans) noexcept {
#if defined(INVITE_DETAIL_HAVE_SSE2)
  block_facts gathered;
  // One loop for whole blocks and the last, partial one: the scans' code then appears once.
  for (const char* p = begin; p < end; p += 16) {
    const auto rest = static_cast<std::size_t>(end - p);
    const std::size_t count = rest < 16 ? rest : 16;
    const __m128i block = sse2::load(p);
    const unsigned backslashes = sse2::mask_of(sse2::equal_to(block, '\\')) & ((1u << count) - 1u);
    if (backslashes != 0) return p + __builtin_ctz(backslashes);
    if constexpr (GatherFacts) gathered.add(block, first_lanes(count));
    add_block(scans, p, static_cast<std::size_t>(p - begin), count);
  }
  if constexpr (GatherFacts) facts = gathered.facts(static_cast<std::size_t>(end - begin));
  return end;
#else
  const char* backslash = find_byte_in_padded(begin, end, '\\');
  if (backslash == end) {
    if constexpr (GatherFacts) facts = spelling::inspect_text(std::string_view(begin, static_cast<std::size_t>(end - begin)));
    for (const char* p = begin; p < end; p += 16) {
      const auto rest = static_cast<std::size_t>(end - p);
      add_block(scans, p, static_cast<std::size_t>(p - begin), rest < 16 ? rest : 16);
    }
  }
  return backslash;
#endif
}

/// The text facts of [begin, end), which has 15 readable bytes after it (a padded input, a
/// buffer with room).
inline spelling::text_facts padded_text_facts(const char* begin, const char* end) noexcept {
#if defined(INVITE_DETAIL_HAVE_SSE2)
  block_facts gathered;
  const char* p = begin;
  for (; end - p >= 16; p += 16) gathered.add(sse2::load(p), _mm_set1_epi8(-1));
  if (p < end) gathered.add(sse2::load(p), first_lanes(static_cast<std::size_t>(end - p)));
  return gathered.facts(static_cast<std::size_t>(end - begin));
#else
  return spelling::inspect_text(std::string_view(begin, static_cast<std::size_t>(end - begin)));
#endif
}

/// Copies `size` bytes from `from`, which has 15 readable bytes after them (a padded input, a
/// buffer with room), to `to`, without a call: 16 bytes at a time, the last block overlapping.
/// Always inline: it is the copy of every string the reader keeps.
[[gnu::always_inline]] inline void copy_from_padded(char* to, const char* from, std::size_t size) noexcept {
  if (size < 16) {
    copy_under_16(to, from, size);
    return;
  }
#if defined(INVITE_DETAIL_HAVE_SSE2)
  for (std::size_t at = 0; at + 16 <= size; at += 16) sse2::store(to + at, sse2::load(from + at));
  sse2::store(to + size - 16, sse2::load(from + size - 16));
#else
  std::memcpy(to, from, size);
#endif
}

/// Makes `out` hold `size` characters (their values to be written by the caller). A reused
/// result's strings mostly keep their length from one document to the next, and then this
/// costs nothing; std::string::resize is a call into libstdc++.
inline char* set_length(std::string& out, std::size_t size) {
  if (out.size() != size) out.resize(size);
  return &out[0];
}

/// Makes `out` a new string of the `size` bytes at `from`: one allocation and one copy, where
/// growing by resize costs a zero fill and libstdc++'s general replace path besides. Out of line:
/// only a string without room (a fresh result's) comes here.
[[gnu::noinline]] inline void assign_to_new_string(std::string& out, const char* from, std::size_t size) {
  out = std::string(from, size);
}

/// Replaces `out`'s content with the `size` bytes at `from` (15 readable bytes after them): in
/// place when the string has room, else as a new string. Always inline: every string member's
/// read ends here, and once the reader's context grew, g++ began calling it instead (about 15
/// instructions more per string with a kept result).
[[gnu::always_inline]] inline void assign_from_padded(std::string& out, const char* from, std::size_t size) {
  if (size > out.capacity()) {
    assign_to_new_string(out, from, size);
    return;
  }
  copy_from_padded(set_length(out, size), from, size);
}

/// How a string's content came into a std::string.
struct string_content {
  const char* bad = nullptr; // where an escape is ill-formed; nullptr when all was well
  bool escaped = false;      // false: the string holds the input's bytes unchanged
  bool facts_known = false;  // `facts` were gathered (when asked; for escaped text, when short)
  spelling::text_facts facts;
};

/// read_string_content for text with a backslash at `backslash`: decoded on the stack when short
/// (and its facts gathered there with GatherFacts), in place when long. Out of line: most text
/// has no escape, and the reader's own pass should stay small enough to keep its scans in
/// registers.
template <bool GatherFacts>
[[gnu::noinline]] string_content read_escaped_content(const char* begin, const char* backslash, const char* end,
                                                      std::string& out) {
  const auto raw_size = static_cast<std::size_t>(end - begin);
  string_content result;
  result.escaped = true;
  const auto plain = static_cast<std::size_t>(backslash - begin);
  // Short strings are decoded on the stack and copied in at their decoded length, so that a
  // reused string that keeps its length is not resized; long ones are decoded in place.
  constexpr std::size_t on_stack = 256;
  if (raw_size <= on_stack) {
    char buffer[on_stack + 16];
    copy_from_padded(buffer, begin, plain);
    const escapes_decoded decoded = decode_escapes(backslash, end, buffer + plain, buffer + sizeof buffer);
    if (decoded.bad != nullptr) {
      result.bad = decoded.bad;
      return result;
    }
    // The block passes below read up to 15 bytes past the text and mask them off; one store
    // gives those bytes a value, so that nothing reads an indeterminate one.
    std::memset(decoded.end, 0, 16);
    if constexpr (GatherFacts) {
      // The decoded text is still in the buffer, which has room for whole blocks past it.
      result.facts = padded_text_facts(buffer, decoded.end);
      result.facts_known = true;
    }
    assign_from_padded(out, buffer, static_cast<std::size_t>(decoded.end - buffer));
    return result;
  }
  char* const first = set_length(out, raw_size); // the decoded text is never longer than the raw one
  copy_from_padded(first, begin, plain);
  const escapes_decoded decoded = decode_escapes(backslash, end, first + plain, first + raw_size);
  if (decoded.bad != nullptr) {
    result.bad = decoded.bad;
    return result;
  }
  out.resize(static_cast<std::size_t>(decoded.end - first));
  return result;
}

/// Decodes the bytes between a string's quotes, as stage 1 delimited them (so no unescaped
/// quote and no raw control character is inside), into `out`, replacing its content and
/// keeping its capacity. Reads up to 15 bytes past `end` (a simdjson input's padding). With
/// GatherFacts, text without escapes has its facts gathered while it is searched for escapes,
/// and short escaped text while it is still in the stack buffer it was decoded into; `scans`
/// (text_scans_t) see text without escapes only. Always inline, so that the scans live in
/// registers through the pass.
template <bool GatherFacts, class Scans>
[[gnu::always_inline]] inline string_content read_string_content(const char* begin, const char* end, std::string& out,
                                                                  Scans& scans) {
  string_content result;
  const char* const backslash = scan_for_backslash<GatherFacts>(begin, end, result.facts, scans);
  if (backslash != end) return read_escaped_content<GatherFacts>(begin, backslash, end, out);
  assign_from_padded(out, begin, static_cast<std::size_t>(end - begin));
  result.facts_known = GatherFacts;
  return result;
}

/// As read_string_content, without the facts; nullptr, or where an escape is ill-formed.
inline const char* decode_string_content(const char* begin, const char* end, std::string& out) {
  std::tuple<> no_scans;
  return read_string_content<false>(begin, end, out, no_scans).bad;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_STRING_CONTENT_HPP_INCLUDED
