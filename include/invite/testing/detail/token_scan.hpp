#ifndef INVITE_TESTING_DETAIL_TOKEN_SCAN_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_TOKEN_SCAN_HPP_INCLUDED

// A forgiving scan of any bytes into JSON's tokens, brackets matched where they match: what the
// fuzz mutator edits. It never fails: what is not JSON becomes tokens of its own, an unclosed
// string runs to the end, an unmatched bracket matches nothing.

#include <invite/testing/detail/json_model.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite::testing::detail {

enum class token_kind : unsigned char {
  whitespace, string, number, word, open_object, close_object, open_array, close_array, colon, comma, other
};

struct text_token {
  std::size_t begin = 0, end = 0;
  token_kind kind = token_kind::other;
  std::size_t match = nowhere;  // a bracket's partner
  std::size_t parent = nowhere; // the innermost open bracket around it
};

class token_scan {
public:
  explicit token_scan(std::string_view text) : text_(text) { scan(); }

  const std::vector<text_token>& tokens() const noexcept { return tokens_; }
  std::string_view text() const noexcept { return text_; }

  /// The next token after `index` that is not whitespace, or nowhere.
  std::size_t next_solid(std::size_t index) const noexcept {
    for (std::size_t i = index + 1; i < tokens_.size(); ++i) {
      if (tokens_[i].kind != token_kind::whitespace) return i;
    }
    return nowhere;
  }

  std::size_t previous_solid(std::size_t index) const noexcept {
    for (std::size_t i = index; i-- > 0;) {
      if (tokens_[i].kind != token_kind::whitespace) return i;
    }
    return nowhere;
  }

  /// The end of the value starting at token `index`: past its matching bracket, or the token.
  std::size_t value_end(std::size_t index) const noexcept {
    const text_token& token = tokens_[index];
    if ((token.kind == token_kind::open_object || token.kind == token_kind::open_array) && token.match != nowhere) {
      return tokens_[token.match].end;
    }
    return token.end;
  }

  bool starts_value(std::size_t index) const noexcept {
    switch (tokens_[index].kind) {
      case token_kind::string: return !is_key(index);
      case token_kind::number:
      case token_kind::word:
      case token_kind::open_object:
      case token_kind::open_array: return true;
      default: return false;
    }
  }

  /// A string followed by a colon.
  bool is_key(std::size_t index) const noexcept {
    if (tokens_[index].kind != token_kind::string) return false;
    const std::size_t next = next_solid(index);
    return next != nowhere && tokens_[next].kind == token_kind::colon;
  }

  /// The key before the value at `index`, decoded (escapes of ASCII characters resolved), or "".
  std::string key_before(std::size_t index) const {
    const std::size_t colon = previous_solid(index);
    if (colon == nowhere || tokens_[colon].kind != token_kind::colon) return {};
    const std::size_t key = previous_solid(colon);
    if (key == nowhere || tokens_[key].kind != token_kind::string) return {};
    return string_text(key);
  }

  /// A string token's text, its escapes of ASCII characters resolved (others kept as written).
  std::string string_text(std::size_t index) const {
    const text_token& token = tokens_[index];
    std::string out;
    if (token.end - token.begin < 2) return out;
    const std::string_view raw = text_.substr(token.begin + 1, token.end - token.begin - 2);
    for (std::size_t at = 0; at < raw.size(); ++at) {
      if (raw[at] != '\\' || at + 1 >= raw.size()) {
        out += raw[at];
        continue;
      }
      const char kind = raw[at + 1];
      const std::string_view simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
      const std::size_t found = kind == 'u' ? std::string_view::npos : simple.find(kind);
      if (found != std::string_view::npos && found % 2 == 0) {
        out += simple[found + 1];
        ++at;
      } else if (kind == 'u' && at + 5 < raw.size() && raw[at + 2] == '0' && raw[at + 3] == '0' && hex(raw[at + 4]) >= 0 &&
                 hex(raw[at + 5]) >= 0 && hex(raw[at + 4]) < 8) {
        out += static_cast<char>(hex(raw[at + 4]) * 16 + hex(raw[at + 5]));
        at += 5;
      } else {
        out += raw[at];
      }
    }
    return out;
  }

  static int hex(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    const char lower = static_cast<char>(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

private:
  void scan() {
    std::vector<std::size_t> open;
    std::size_t at = 0;
    while (at < text_.size()) {
      text_token token;
      token.begin = at;
      token.parent = open.empty() ? nowhere : open.back();
      const char c = text_[at];
      if (is_json_whitespace(c)) {
        while (at < text_.size() && is_json_whitespace(text_[at])) ++at;
        token.kind = token_kind::whitespace;
      } else if (c == '"') {
        ++at;
        while (at < text_.size() && text_[at] != '"') at += text_[at] == '\\' ? 2u : 1u;
        at = at < text_.size() ? at + 1 : text_.size();
        token.kind = token_kind::string;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        while (at < text_.size() && std::string_view("0123456789+-.eE").find(text_[at]) != std::string_view::npos) ++at;
        token.kind = token_kind::number;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        while (at < text_.size() && ((text_[at] >= 'a' && text_[at] <= 'z') || (text_[at] >= 'A' && text_[at] <= 'Z'))) ++at;
        token.kind = token_kind::word;
      } else {
        ++at;
        token.kind = c == '{' ? token_kind::open_object : c == '}' ? token_kind::close_object : c == '[' ? token_kind::open_array
                   : c == ']' ? token_kind::close_array : c == ':' ? token_kind::colon : c == ',' ? token_kind::comma
                                                                                         : token_kind::other;
      }
      token.end = at;
      const std::size_t index = tokens_.size();
      if (token.kind == token_kind::open_object || token.kind == token_kind::open_array) {
        open.push_back(index);
      } else if (token.kind == token_kind::close_object || token.kind == token_kind::close_array) {
        const token_kind opener = token.kind == token_kind::close_object ? token_kind::open_object : token_kind::open_array;
        if (!open.empty() && tokens_[open.back()].kind == opener) {
          token.match = open.back();
          tokens_[open.back()].match = index;
          open.pop_back();
          token.parent = open.empty() ? nowhere : open.back();
        }
      }
      tokens_.push_back(token);
    }
  }

  std::string_view text_;
  std::vector<text_token> tokens_;
};

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_TOKEN_SCAN_HPP_INCLUDED
