#ifndef INVITE_TESTING_DETAIL_JSON_MODEL_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_JSON_MODEL_HPP_INCLUDED

// A JSON text held as the tree it spells, every byte of it: the exact spelling of each token, the
// whitespace around each, and the flaws put in on purpose. Each value also carries what the
// generator knows about it (the rules it breaks where it stands). render() writes the text and
// notes where each value, key and object begins, where the text stops being JSON, and where it
// could be cut short; prediction.hpp then reads the tree the way docs/contract.md reads the text,
// which gives the exact errors of any document built or broken here.

#include <invite/codec/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite::testing::detail {

inline constexpr std::size_t nowhere = static_cast<std::size_t>(-1);

/// Arrays and objects nested deeper than this make a text ill-formed (docs/contract.md §3.2).
inline constexpr std::size_t max_nesting_depth = 1024;

/// The JSON type of a value; integer literals apart from other numbers, since the contract's
/// integer members take only the former.
enum class json_type : unsigned char { object, array, string, integer, number, null, boolean };

struct json_member;
struct json_item;

struct json_node {
  json_type type = json_type::null;
  /// An object or array written whole in `token`, nothing inside modelled: only where the
  /// contract never looks inside (an unknown member's value, a value of the wrong type, a
  /// repeated key's value, an item past the 500th).
  bool opaque = false;
  std::string token;              // scalars and opaque values: the bytes as written
  std::string text;               // strings: the decoded UTF-8
  std::vector<error_code> breaks; // the rules the value breaks where it stands, if its type is right
  std::size_t ill_formed_at = nowhere; // in `token`: where the text stops being JSON
  std::size_t nested_arrays = 0;  // an opaque value of this many '[' then as many ']'
  std::vector<json_member> members;
  std::vector<json_item> items;
  std::string inner;              // whitespace before the closing bracket of an empty container
  bool trailing_comma = false;    // a ',' after the last member or item: ill-formed at the bracket
  std::size_t offset = 0;         // set by render(): the value's first byte
};

struct json_member {
  std::string key_token; // as written, quotes included
  std::string key;       // decoded
  std::string before, before_colon, after_colon, after;
  json_node value;
  bool comma_missing = false; // no ',' before it: ill-formed at its key
  bool colon_missing = false; // no ':' after the key: ill-formed at the value
  std::size_t key_ill_formed_at = nowhere; // in `key_token`: where the text stops being JSON
  std::size_t key_offset = 0; // set by render(): the key's opening quote
};

struct json_item {
  std::string before, after;
  json_node value;
  bool comma_missing = false; // no ',' before it: ill-formed at the item
};

struct json_document {
  std::string prefix; // before the text proper: a byte-order mark makes it ill-formed at 0
  std::string before, after; // whitespace around the root
  json_node root;
  std::string trailer;       // after the root's whitespace; ill-formed at its first byte
  std::size_t cut = nowhere; // the text ends here (a cut point of render())
};

inline bool is_json_whitespace(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// The length of the character or escape at `at` of a well-formed string token; a surrogate
/// pair of escapes counts as one, since a text cut between its halves stops being JSON at the
/// first half, not at the cut.
inline std::size_t string_unit_length(std::string_view token, std::size_t at) noexcept {
  if (token[at] != '\\') {
    const auto lead = static_cast<unsigned char>(token[at]);
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  if (at + 1 >= token.size() || token[at + 1] != 'u') return 2;
  const bool high_surrogate = at + 3 < token.size() && (token[at + 2] == 'd' || token[at + 2] == 'D') &&
                              std::string_view("89abAB").find(token[at + 3]) != std::string_view::npos;
  const bool pair_follows = at + 7 < token.size() && token[at + 6] == '\\' && token[at + 7] == 'u';
  return high_surrogate && pair_follows ? 12 : 6;
}

/// The text of a document, with what was learnt while writing it.
struct rendered_document {
  std::string text;
  std::size_t ill_formed_at = nowhere; // the first byte where the text stops being JSON
  std::vector<std::size_t> cut_points; // lengths to which the text could be cut short, each then ill-formed at its end
};

class renderer {
public:
  explicit renderer(bool note_cut_points) noexcept : note_cut_points_(note_cut_points) {}

  /// Writes the document and fills in the offsets of its values and keys.
  rendered_document render(json_document& document) {
    out_ = rendered_document{};
    out_.text.reserve(1024);
    if (!document.prefix.empty()) ill_formed(0);
    out_.text += document.prefix;
    whitespace(document.before);
    value(document.root, 0);
    out_.text += document.after;
    if (!document.trailer.empty()) ill_formed(out_.text.size());
    out_.text += document.trailer;
    if (document.cut != nowhere && document.cut < out_.text.size()) {
      out_.text.resize(document.cut);
      ill_formed(document.cut);
    }
    return std::move(out_);
  }

private:
  void ill_formed(std::size_t at) noexcept {
    if (at < out_.ill_formed_at) out_.ill_formed_at = at;
  }

  void cut_point() {
    if (note_cut_points_) out_.cut_points.push_back(out_.text.size());
  }

  void whitespace(const std::string& spaces) {
    for (const char c : spaces) {
      cut_point();
      out_.text += c;
    }
  }

  void punctuation(char c) {
    cut_point();
    out_.text += c;
  }

  // A string token: it may be cut after its opening quote and after each character or escape,
  // a surrogate pair of escapes counting as one.
  void string_token(const std::string& token, std::size_t ill_formed_in_token) {
    const std::size_t start = out_.text.size();
    if (ill_formed_in_token != nowhere) ill_formed(start + ill_formed_in_token);
    cut_point();
    if (note_cut_points_ && token.size() >= 2) {
      for (std::size_t at = 1; at + 1 < token.size();) {
        out_.cut_points.push_back(start + at);
        at += string_unit_length(token, at);
      }
    }
    out_.text += token;
  }

  // depth: the arrays and objects around the value.
  void value(json_node& node, std::size_t depth) {
    node.offset = out_.text.size();
    if (node.type == json_type::string) {
      string_token(node.token, node.ill_formed_at);
      return;
    }
    if (node.opaque || (node.type != json_type::object && node.type != json_type::array)) {
      cut_point();
      if (node.ill_formed_at != nowhere) ill_formed(node.offset + node.ill_formed_at);
      if (node.nested_arrays > 0 && depth + node.nested_arrays > max_nesting_depth) {
        ill_formed(node.offset + (max_nesting_depth - depth));
      }
      out_.text += node.token;
      return;
    }
    if (node.type == json_type::object) {
      punctuation('{');
      for (std::size_t i = 0; i < node.members.size(); ++i) {
        json_member& member = node.members[i];
        if (i > 0 && !member.comma_missing) punctuation(',');
        whitespace(member.before);
        if (i > 0 && member.comma_missing) ill_formed(out_.text.size());
        member.key_offset = out_.text.size();
        string_token(member.key_token, member.key_ill_formed_at);
        whitespace(member.before_colon);
        if (member.colon_missing) {
          whitespace(member.after_colon);
          ill_formed(out_.text.size());
        } else {
          punctuation(':');
          whitespace(member.after_colon);
        }
        value(member.value, depth + 1);
        whitespace(member.after);
      }
      close(node, '}');
      return;
    }
    punctuation('[');
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      json_item& item = node.items[i];
      if (i > 0 && !item.comma_missing) punctuation(',');
      whitespace(item.before);
      if (i > 0 && item.comma_missing) ill_formed(out_.text.size());
      value(item.value, depth + 1);
      whitespace(item.after);
    }
    close(node, ']');
  }

  void close(const json_node& node, char bracket) {
    const bool empty = node.members.empty() && node.items.empty();
    if (node.trailing_comma && !empty) punctuation(',');
    whitespace(node.inner);
    if (node.trailing_comma && !empty) ill_formed(out_.text.size());
    punctuation(bracket);
  }

  bool note_cut_points_;
  rendered_document out_;
};

// ---------------------------------------------------------------------------------------------
// Finding and making nodes

inline json_member* find_member(json_node& object, std::string_view key) noexcept {
  for (json_member& member : object.members) {
    if (member.key == key) return &member;
  }
  return nullptr;
}

inline json_node scalar(json_type type, std::string token) {
  json_node node;
  node.type = type;
  node.token = std::move(token);
  return node;
}

/// An object or array written whole, never examined.
inline json_node opaque_value(json_type type, std::string token) {
  json_node node = scalar(type, std::move(token));
  node.opaque = type == json_type::object || type == json_type::array;
  return node;
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_JSON_MODEL_HPP_INCLUDED
