#ifndef INVITE_CODEC_RULES_TEXT_HPP_INCLUDED
#define INVITE_CODEC_RULES_TEXT_HPP_INCLUDED

// Rules over the characters of a text. Lengths count Unicode code points, as people count
// characters; octet limits belong to the formats that have them (e-mail, URL).

#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/schema_fragment.hpp>

#include <cstddef>
#include <string>

namespace invite::rule {

/// Neither empty nor only spaces (U+0020), else too_short.
struct not_blank {
  static constexpr error_code code = error_code::too_short;
  static constexpr bool uses_text_facts = true;
  constexpr bool check(const text& value) const noexcept { return !value.is_blank(); }
  void expected(std::string& out) const { out += "text that is not empty nor only spaces"; }
  void found(std::string& out, const text& value) const {
    if (value.size() == 0) {
      out += "an empty string";
    } else {
      message::append_quoted(out, value);
    }
  }
  void schema(schema_fragment& s) const { s.pattern("[^ ]"); }
};

/// At least `min` Unicode code points, else too_short.
struct min_code_points {
  std::size_t min;
  static constexpr error_code code = error_code::too_short;
  static constexpr bool uses_text_facts = true;
  constexpr bool check(const text& value) const noexcept { return value.code_points() >= min; }
  void expected(std::string& out) const {
    out += "at least ";
    message::append_count(out, min, "character", "characters");
  }
  void found(std::string& out, const text& value) const { message::append_number(out, value.code_points()); }
  void schema(schema_fragment& s) const { s.min_length(min); }
};

/// At most `max` Unicode code points, else too_long.
struct max_code_points {
  std::size_t max;
  static constexpr error_code code = error_code::too_long;
  static constexpr bool uses_text_facts = true;
  constexpr bool check(const text& value) const noexcept { return value.code_points() <= max; }
  void expected(std::string& out) const {
    out += "at most ";
    message::append_count(out, max, "character", "characters");
    out += " (Unicode code points)";
  }
  void found(std::string& out, const text& value) const { message::append_number(out, value.code_points()); }
  void schema(schema_fragment& s) const { s.max_length(max); }
};

/// No control character (U+0000-U+001F, U+007F), else invalid_characters.
struct no_control_characters {
  static constexpr error_code code = error_code::invalid_characters;
  static constexpr bool uses_text_facts = true;
  constexpr bool check(const text& value) const noexcept { return !value.has_control_characters(); }
  void expected(std::string& out) const { out += "no control characters (U+0000-U+001F, U+007F)"; }
  void found(std::string& out, const text& value) const {
    for (const char c : value.view()) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7F) {
        constexpr char hex[] = "0123456789ABCDEF";
        out += "U+00";
        out.push_back(hex[byte >> 4]);
        out.push_back(hex[byte & 0xF]);
        break;
      }
    }
    out += " in ";
    message::append_quoted(out, value);
  }
  void schema(schema_fragment& s) const { s.forbidden_pattern("[\\u0000-\\u001F\\u007F]"); }
};

} // namespace invite::rule

#endif // INVITE_CODEC_RULES_TEXT_HPP_INCLUDED
