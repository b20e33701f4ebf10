#ifndef INVITE_CODEC_DETAIL_SYNTAX_ERROR_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_SYNTAX_ERROR_HPP_INCLUDED

// Finds the first byte where a text stops being one well-formed JSON text (RFC 8259, UTF-8,
// at most 1024 levels deep), and says why. The fast path decides *whether* a document is
// well-formed; this runs only after it said no, so that the error can name the exact byte
// (simdjson knows which token it was at, not which byte broke).

#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite::detail {

struct syntax_error {
  std::size_t offset = 0;
  const char* reason = nullptr; // nullptr: the text is well-formed
};

/// What find_syntax_error needs beyond the text: kept by a parser, so that placing the errors
/// of ill-formed documents allocates nothing once it has grown.
struct syntax_scan_buffers {
  std::vector<char> open; // the closing bracket each open container waits for
  std::string scratch;    // decoded strings, thrown away
};

inline syntax_error find_syntax_error(std::string_view text, std::size_t max_depth, syntax_scan_buffers& buffers) {
  const std::size_t bad_utf8 = spelling::first_invalid_utf8(text);
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin;
  const auto fail = [&](const char* where, const char* reason) {
    const std::size_t offset = static_cast<std::size_t>(where - begin);
    // An encoding error earlier in the text is the first thing wrong with it.
    if (bad_utf8 < offset) return syntax_error{bad_utf8, "invalid UTF-8"};
    return syntax_error{offset, reason};
  };
  const auto skip_whitespace = [&] {
    while (p < end && is_json_whitespace(*p)) ++p;
  };
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) return fail(p, "a byte-order mark is not allowed");

  std::vector<char>& open = buffers.open;
  std::string& scratch = buffers.scratch;
  open.clear();
  // At p, where a member starts: its key and the colon after it. Right after '{' the object
  // may also close, which the messages mention.
  const auto read_key_and_colon = [&](bool may_close) -> syntax_error {
    if (p == end) {
      return fail(p, may_close ? "unexpected end of input, expected a key or '}'" : "unexpected end of input, expected a key");
    }
    if (*p != '"') return fail(p, may_close ? "expected a key (a string) or '}'" : "expected a key (a string)");
    const string_decode key = decode_string(p, end, scratch);
    if (key.end == nullptr) return fail(key.problem, key.reason);
    p = key.end;
    skip_whitespace();
    if (p == end || *p != ':') return fail(p, "expected ':' after a key");
    ++p;
    return {};
  };
  skip_whitespace();
  if (p == end) return fail(p, "the document is empty");
  for (;;) {
    // A value is expected at p.
    skip_whitespace();
    if (p == end) return fail(p, "unexpected end of input, expected a value");
    const char c = *p;
    if (c == '{' || c == '[') {
      if (open.size() + 1 > max_depth) return fail(p, "nesting deeper than 1024 levels");
      open.push_back(c == '{' ? '}' : ']');
      ++p;
      skip_whitespace();
      if (p < end && *p == open.back()) {
        open.pop_back();
        ++p;
      } else if (open.back() == '}') {
        if (const syntax_error problem = read_key_and_colon(true); problem.reason != nullptr) {
          return problem;
        }
        continue;
      } else {
        continue;
      }
    } else if (c == '"') {
      const string_decode value = decode_string(p, end, scratch);
      if (value.end == nullptr) return fail(value.problem, value.reason);
      p = value.end;
    } else {
      const char* token_end = p;
      while (token_end < end && !is_json_whitespace(*token_end) && *token_end != ',' && *token_end != ']' &&
             *token_end != '}' && *token_end != ':' && *token_end != '[' && *token_end != '{' && *token_end != '"') {
        ++token_end;
      }
      const std::string_view token(p, static_cast<std::size_t>(token_end - p));
      if (token != "true" && token != "false" && token != "null" &&
          classify_number(token) == number_kind::malformed) {
        return fail(p, token.empty() ? "expected a value" : "malformed number or literal");
      }
      p = token_end;
    }
    // After a value: close containers, or move to the next member or element.
    for (;;) {
      skip_whitespace();
      if (open.empty()) {
        if (p != end) return fail(p, "unexpected content after the document");
        if (bad_utf8 < text.size()) return syntax_error{bad_utf8, "invalid UTF-8"};
        return {};
      }
      if (p == end) return fail(p, open.back() == '}' ? "unexpected end of input, expected ',' or '}'"
                                                      : "unexpected end of input, expected ',' or ']'");
      if (*p == open.back()) {
        open.pop_back();
        ++p;
        continue;
      }
      if (*p != ',') return fail(p, open.back() == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
      ++p;
      if (open.back() == '}') {
        skip_whitespace();
        if (const syntax_error problem = read_key_and_colon(false); problem.reason != nullptr) {
          return problem;
        }
      }
      break;
    }
  }
}

/// As above, with buffers of its own.
inline syntax_error find_syntax_error(std::string_view text, std::size_t max_depth) {
  syntax_scan_buffers buffers;
  return find_syntax_error(text, max_depth, buffers);
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_SYNTAX_ERROR_HPP_INCLUDED
