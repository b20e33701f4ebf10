#ifndef INVITE_TESTING_DETAIL_LEGAL_SPELLER_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_LEGAL_SPELLER_HPP_INCLUDED

// The every_legal_form spellings: the same value written in the many ways JSON and the contract
// allow (key order, aliases, whitespace, every kind of escape, null for an absent expiry,
// undeclared members), as a modelled document. Written from RFC 8259 and docs/contract.md, never
// from the library's writer. With every liberty off it writes the plain spelling, which the
// breakages of other profiles use for the values they put in.

#include <invite/contract/request_struct.hpp>
#include <invite/contract/response_struct.hpp>
#include <invite/testing/detail/calendar.hpp>
#include <invite/testing/detail/every_legal_value.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/liberties.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite::testing::detail {

inline bool is_declared_key(std::string_view key) noexcept {
  static constexpr std::string_view declared[] = {"assessment_id", "invite_format", "expiry_date", "candidates",
                                                  "name",          "candidate_name", "email",     "candidate_email",
                                                  "invites",       "report_id",     "candidate_id", "invite_link",
                                                  "status"};
  for (const std::string_view name : declared) {
    if (key == name) return true;
  }
  return false;
}

inline const char* short_escape(char32_t c) noexcept {
  switch (c) {
    case U'"': return "\\\"";
    case U'\\': return "\\\\";
    case U'/': return "\\/";
    case U'\b': return "\\b";
    case U'\f': return "\\f";
    case U'\n': return "\\n";
    case U'\r': return "\\r";
    case U'\t': return "\\t";
    default: return nullptr;
  }
}

class legal_speller {
public:
  legal_speller(random_source& random, const spelling_liberties& liberties) noexcept : random_(random), liberties_(liberties) {}

  random_source& random() noexcept { return random_; }
  const spelling_liberties& liberties() const noexcept { return liberties_; }

  /// Nothing, or one to four whitespace characters.
  std::string whitespace() {
    std::string out;
    if (!liberties_.whitespace || random_.below(5) < 3) return out;
    const std::size_t count = 1 + random_.index(4);
    for (std::size_t i = 0; i < count; ++i) out += random_.pick(std::string_view{"  \n\t\r"});
    return out;
  }

  /// Every character in one of its legal spellings: raw where JSON allows, a short escape where
  /// one exists, or \u escapes (surrogate pairs above the BMP). Half of the strings escape only
  /// what they must, which also keeps long runs fast.
  std::string string_token(std::string_view utf8) {
    std::string out = "\"";
    out.reserve(utf8.size() + 2);
    const bool escapes_by_choice = liberties_.optional_escapes && random_.coin();
    const std::uint64_t escape_odds = !escapes_by_choice ? 1 : random_.one_in(8) ? 1 : 2 + random_.below(24);
    for (std::size_t at = 0; at < utf8.size();) {
      const char32_t c = next_code_point(utf8, at);
      const bool must_escape = c < 0x20 || c == U'"' || c == U'\\';
      if (!must_escape && !(escapes_by_choice && random_.one_in(escape_odds))) {
        append_utf8(out, c);
        continue;
      }
      const char* short_form = short_escape(c);
      if (!liberties_.optional_escapes) {
        if (short_form != nullptr) {
          out += short_form;
        } else {
          append_u_escape(out, static_cast<std::uint32_t>(c), false);
        }
        continue;
      }
      if (short_form != nullptr && random_.coin()) {
        out += short_form;
        continue;
      }
      // Hex digits in either case, drawn for each code unit.
      const auto [first, second] = utf16_units(c);
      append_u_escape(out, first, random_.coin());
      if (second != 0) append_u_escape(out, second, random_.coin());
    }
    out += '"';
    return out;
  }

  json_node string(std::string_view utf8) {
    json_node node;
    node.type = json_type::string;
    node.token = string_token(utf8);
    node.text = std::string(utf8);
    return node;
  }

  json_node integer(std::int64_t value) { return scalar(json_type::integer, std::to_string(value)); }

  /// A member with its key spelled and whitespace around.
  json_member member(std::string_view key, json_node value) {
    json_member out;
    out.before = whitespace();
    out.key_token = string_token(key);
    out.key = std::string(key);
    out.before_colon = whitespace();
    out.after_colon = whitespace();
    out.value = std::move(value);
    out.after = whitespace();
    return out;
  }

  /// An object of these members, with undeclared ones added when allowed, in any order when
  /// allowed.
  json_node object(std::vector<json_member> members) {
    if (liberties_.unknown_fields) {
      std::set<std::string> used;
      const std::size_t count = random_.one_in(2) ? 0 : 1 + random_.index(3);
      while (used.size() < count) {
        std::string key = random_key();
        if (!is_declared_key(key) && used.insert(key).second) members.push_back(member(key, random_value()));
      }
    }
    if (liberties_.any_key_order) random_.shuffle(members);
    json_node node;
    node.type = json_type::object;
    node.members = std::move(members);
    if (node.members.empty()) node.inner = whitespace();
    return node;
  }

  json_node array(std::vector<json_node> values) {
    json_node node;
    node.type = json_type::array;
    node.items.reserve(values.size());
    for (json_node& value : values) {
      json_item item;
      item.before = whitespace();
      item.value = std::move(value);
      item.after = whitespace();
      node.items.push_back(std::move(item));
    }
    if (node.items.empty()) node.inner = whitespace();
    return node;
  }

  json_document document(json_node root) {
    json_document out;
    out.before = whitespace();
    out.root = std::move(root);
    out.after = whitespace();
    return out;
  }

  /// A key of up to nine code points, any of them, ASCII ones often.
  std::string random_key() {
    std::string key;
    const std::size_t length = random_.index(10);
    for (std::size_t i = 0; i < length; ++i) {
      append_utf8(key, random_.one_in(6) ? static_cast<char32_t>(random_.between(0, 0x7F)) : name_code_point());
    }
    return key;
  }

  /// Some well-formed JSON value: any type, nested up to a few levels, with huge numbers,
  /// escapes, every kind of code point, and repeated keys. Containers come opaque: whatever
  /// holds one never looks inside.
  json_node random_value() {
    std::string token;
    const json_type type = append_random_value(token, 0);
    json_node node = opaque_value(type, std::move(token));
    if (type == json_type::string) node.text = last_string_;
    return node;
  }

  /// A number literal: long digit runs and huge exponents too, since magnitude never makes a
  /// number ill-formed. Its type says whether it is an integer literal.
  json_type append_random_number(std::string& out) {
    bool integer = true;
    if (random_.coin()) out += '-';
    if (random_.one_in(4)) {
      out += '0';
    } else {
      out += static_cast<char>('1' + random_.below(9));
      const std::size_t digits = random_.one_in(20) ? 400 + random_.index(700) : random_.index(20);
      for (std::size_t i = 0; i < digits; ++i) out += static_cast<char>('0' + random_.below(10));
    }
    if (random_.one_in(3)) {
      integer = false;
      out += '.';
      const std::size_t digits = 1 + random_.index(random_.one_in(10) ? 500 : 8);
      for (std::size_t i = 0; i < digits; ++i) out += static_cast<char>('0' + random_.below(10));
    }
    if (random_.one_in(3)) {
      integer = false;
      out += random_.coin() ? 'e' : 'E';
      if (random_.coin()) out += random_.coin() ? '+' : '-';
      out += random_.one_in(5) ? std::to_string(random_.below(1000000)) : std::to_string(random_.below(400));
    }
    return integer ? json_type::integer : json_type::number;
  }

private:
  char32_t name_code_point() { return random_name_code_point(random_); }

  json_type append_random_value(std::string& out, int depth) {
    const std::uint64_t kinds = depth >= 4 ? 5 : 7;
    switch (random_.below(kinds)) {
      case 0: {
        const std::string_view literal = random_.pick(std::array<std::string_view, 3>{"null", "true", "false"});
        out += literal;
        return literal == "null" ? json_type::null : json_type::boolean;
      }
      case 1:
      case 2: return append_random_number(out);
      case 3:
      case 4: {
        std::string text;
        const std::size_t length = random_.index(12);
        for (std::size_t i = 0; i < length; ++i) {
          append_utf8(text, random_.one_in(4) ? static_cast<char32_t>(random_.between(0, 0x7F)) : name_code_point());
        }
        out += string_token(text);
        last_string_ = std::move(text);
        return json_type::string;
      }
      case 5: {
        out += '[';
        const std::size_t count = random_.index(5);
        for (std::size_t i = 0; i < count; ++i) {
          out += i > 0 ? "," : "";
          out += whitespace();
          append_random_value(out, depth + 1);
          out += whitespace();
        }
        out += whitespace();
        out += ']';
        return json_type::array;
      }
      default: {
        out += '{';
        const std::size_t count = random_.index(5);
        std::string previous_key = random_key();
        for (std::size_t i = 0; i < count; ++i) {
          out += i > 0 ? "," : "";
          out += whitespace();
          if (!random_.one_in(5)) previous_key = random_key();
          out += string_token(previous_key);
          out += whitespace();
          out += ':';
          out += whitespace();
          append_random_value(out, depth + 1);
          out += whitespace();
        }
        out += whitespace();
        out += '}';
        return json_type::object;
      }
    }
  }

  random_source& random_;
  spelling_liberties liberties_;
  std::string last_string_;
};

inline std::string_view format_name(format value) noexcept { return value == format::getlink ? "getlink" : "sendlink"; }

/// A request as a modelled document in a random legal spelling.
inline json_document legal_document(const request& value, legal_speller& speller) {
  random_source& random = speller.random();
  const spelling_liberties& liberties = speller.liberties();
  std::vector<json_member> members;
  members.push_back(speller.member("assessment_id", speller.integer(value.assessment_id)));
  members.push_back(speller.member("invite_format", speller.string(format_name(value.invite_format))));
  if (value.expiry_date) {
    members.push_back(speller.member("expiry_date", speller.string(format_expiry(*value.expiry_date))));
  } else if (liberties.null_expiry && random.coin()) {
    members.push_back(speller.member("expiry_date", scalar(json_type::null, "null")));
  }
  std::vector<json_node> items;
  items.reserve(value.candidates.size());
  for (const candidate& item : value.candidates) {
    // Each draw in its own statement: function arguments are evaluated in an unspecified order.
    const bool name_alias = liberties.aliases && random.coin();
    const bool email_alias = liberties.aliases && random.coin();
    std::vector<json_member> fields;
    fields.push_back(speller.member(name_alias ? "candidate_name" : "name", speller.string(item.name)));
    fields.push_back(speller.member(email_alias ? "candidate_email" : "email", speller.string(item.email)));
    items.push_back(speller.object(std::move(fields)));
  }
  members.push_back(speller.member("candidates", speller.array(std::move(items))));
  return speller.document(speller.object(std::move(members)));
}

inline json_document legal_document(const response& value, legal_speller& speller) {
  std::vector<json_node> items;
  items.reserve(value.invites.size());
  for (const invitation& item : value.invites) {
    std::vector<json_member> fields;
    fields.push_back(speller.member("name", speller.string(item.name)));
    fields.push_back(speller.member("email", speller.string(item.email)));
    fields.push_back(speller.member("report_id", speller.integer(item.report_id)));
    fields.push_back(speller.member("candidate_id", speller.integer(item.candidate_id)));
    fields.push_back(speller.member("assessment_id", speller.integer(item.assessment_id)));
    fields.push_back(speller.member("invite_link", speller.string(item.invite_link)));
    fields.push_back(speller.member("status", speller.string(item.status)));
    items.push_back(speller.object(std::move(fields)));
  }
  std::vector<json_member> members;
  members.push_back(speller.member("invites", speller.array(std::move(items))));
  return speller.document(speller.object(std::move(members)));
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_LEGAL_SPELLER_HPP_INCLUDED
