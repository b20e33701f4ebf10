#include "pointer_location.hpp"

#include <cstdint>
#include <string>

namespace invite_check {
namespace {

// A forward reader over a text already known to be well-formed JSON: it never has to report a
// syntax error, only to skip and compare.
class json_walker {
public:
  explicit json_walker(std::string_view json) : json_(json) {}

  std::size_t at() const noexcept { return at_; }
  char peek() const noexcept { return at_ < json_.size() ? json_[at_] : '\0'; }

  void skip_whitespace() noexcept {
    while (at_ < json_.size() && (json_[at_] == ' ' || json_[at_] == '\t' || json_[at_] == '\n' || json_[at_] == '\r')) {
      ++at_;
    }
  }

  // Reads the string at the cursor (its opening quote) and returns it decoded.
  std::string read_string() {
    std::string decoded;
    ++at_;
    while (at_ < json_.size() && json_[at_] != '"') {
      if (json_[at_] != '\\') {
        decoded += json_[at_++];
        continue;
      }
      const char escape = at_ + 1 < json_.size() ? json_[at_ + 1] : '\0';
      at_ += 2;
      switch (escape) {
      case 'b': decoded += '\b'; break;
      case 'f': decoded += '\f'; break;
      case 'n': decoded += '\n'; break;
      case 'r': decoded += '\r'; break;
      case 't': decoded += '\t'; break;
      case 'u': append_utf8(decoded, read_code_point()); break;
      default: decoded += escape; break; // '"', '\\', '/'
      }
    }
    ++at_;
    return decoded;
  }

  // Moves past the value at the cursor.
  void skip_value() noexcept {
    const char first = peek();
    if (first == '"') {
      skip_string();
      return;
    }
    if (first != '{' && first != '[') { // a number or a literal ends where a delimiter starts
      while (at_ < json_.size() && std::string_view(",]} \t\n\r").find(json_[at_]) == std::string_view::npos) ++at_;
      return;
    }
    int depth = 0;
    while (at_ < json_.size()) {
      const char c = json_[at_];
      if (c == '"') {
        skip_string();
        continue;
      }
      ++at_;
      if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return;
      }
    }
  }

  // Moves past a punctuation character the caller has seen or knows to be there.
  void step() noexcept { ++at_; }

private:
  void skip_string() noexcept {
    ++at_;
    while (at_ < json_.size() && json_[at_] != '"') at_ += json_[at_] == '\\' ? std::size_t{2} : std::size_t{1};
    ++at_;
  }

  std::uint32_t read_hex4() noexcept {
    std::uint32_t value = 0;
    for (int i = 0; i < 4 && at_ < json_.size(); ++i, ++at_) {
      const char c = json_[at_];
      value = value * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return value;
  }

  std::uint32_t read_code_point() noexcept {
    const std::uint32_t first = read_hex4();
    if (first >= 0xd800 && first <= 0xdbff && json_.substr(at_, 2) == "\\u") {
      const std::size_t before = at_;
      at_ += 2;
      const std::uint32_t second = read_hex4();
      if (second >= 0xdc00 && second <= 0xdfff) return 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
      at_ = before;
    }
    return first;
  }

  static void append_utf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xc0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xe0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (c & 0x3f));
    }
  }

  std::string_view json_;
  std::size_t at_ = 0;
};

// The next reference token of `pointer` from `at` (just after a '/'), with ~1 and ~0 undone.
std::string next_token(std::string_view pointer, std::size_t& at) {
  std::string token;
  while (at < pointer.size() && pointer[at] != '/') {
    if (pointer[at] == '~' && at + 1 < pointer.size()) {
      token += pointer[at + 1] == '1' ? '/' : '~';
      at += 2;
    } else {
      token += pointer[at++];
    }
  }
  return token;
}

// Moves the walker onto the member `key` of the object at the cursor; false if there is none.
bool enter_member(json_walker& walker, const std::string& key) {
  walker.step(); // '{'
  walker.skip_whitespace();
  while (walker.peek() == '"') {
    const std::string name = walker.read_string();
    walker.skip_whitespace();
    walker.step(); // ':'
    walker.skip_whitespace();
    if (name == key) return true;
    walker.skip_value();
    walker.skip_whitespace();
    if (walker.peek() != ',') return false;
    walker.step(); // ','
    walker.skip_whitespace();
  }
  return false;
}

// Moves the walker onto item `index` of the array at the cursor; false if there is none.
bool enter_item(json_walker& walker, const std::string& index_text) {
  if (index_text.empty() || index_text.size() > 18 || index_text.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  const std::size_t index = std::stoull(index_text);
  walker.step(); // '['
  walker.skip_whitespace();
  if (walker.peek() == ']') return false;
  for (std::size_t i = 0; i < index; ++i) {
    walker.skip_value();
    walker.skip_whitespace();
    if (walker.peek() != ',') return false;
    walker.step(); // ','
    walker.skip_whitespace();
  }
  return true;
}

} // namespace

std::size_t locate_pointer(std::string_view json, std::string_view pointer) {
  json_walker walker(json);
  walker.skip_whitespace();
  std::size_t found = walker.at();
  std::size_t at = 0;
  while (at < pointer.size() && pointer[at] == '/') {
    ++at;
    const std::string token = next_token(pointer, at);
    const char container = walker.peek();
    const bool entered = container == '{' ? enter_member(walker, token)
                         : container == '[' ? enter_item(walker, token)
                                            : false;
    if (!entered) break;
    found = walker.at();
  }
  return found;
}

} // namespace invite_check
