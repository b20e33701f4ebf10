#ifndef INVITE_TESTING_DETAIL_MALFORMATIONS_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_MALFORMATIONS_HPP_INCLUDED

// Ways to make a modelled document stop being JSON (docs/contract.md §3.2), each at a byte known
// in advance: the text cut short, something after the root, a byte-order mark, a raw control
// character, bytes that are not UTF-8 or an escape that is not JSON's in a string, a lone
// surrogate, a number or literal JSON does not have, a missing comma or colon, a comma before a
// closing bracket, single quotes, nesting past 1024 levels. Where such a flaw breaks a token,
// the text stops being JSON at the token's first byte (the escape's backslash, the first byte of
// the bad UTF-8 sequence, the number's first character); otherwise at the first byte that no
// continuation could make JSON.

#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/legal_speller.hpp>
#include <invite/testing/random_source.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite::testing::detail {

/// The modelled parts of a document that a flaw can go into.
struct flaw_sites {
  struct string_site {
    std::string* token;
    std::size_t* ill_formed_at;
    bool is_value; // a value (else a key)
    json_node* node;
  };
  struct separator_site {
    json_node* container;
    std::size_t index; // of the member or item (>= 1)
  };
  std::vector<string_site> strings;
  std::vector<json_node*> scalars; // numbers, literals (not strings)
  std::vector<json_node*> values;  // every value under the root
  std::vector<separator_site> separators;
  std::vector<json_member*> members;
  std::vector<json_node*> containers; // non-empty modelled objects and arrays
  std::vector<std::pair<json_node*, std::size_t>> objects; // modelled objects and the depth of their members' values

  void collect(json_node& node, std::size_t depth) {
    if (node.type == json_type::string) {
      strings.push_back({&node.token, &node.ill_formed_at, true, &node});
      return;
    }
    if (node.opaque) return;
    if (node.type != json_type::object && node.type != json_type::array) {
      scalars.push_back(&node);
      return;
    }
    if (!node.members.empty() || !node.items.empty()) containers.push_back(&node);
    if (node.type == json_type::object) {
      objects.emplace_back(&node, depth + 1);
      for (std::size_t i = 0; i < node.members.size(); ++i) {
        json_member& member = node.members[i];
        strings.push_back({&member.key_token, &member.key_ill_formed_at, false, nullptr});
        members.push_back(&member);
        if (i > 0) separators.push_back({&node, i});
        values.push_back(&member.value);
        collect(member.value, depth + 1);
      }
      return;
    }
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      if (i > 0) separators.push_back({&node, i});
      values.push_back(&node.items[i].value);
      collect(node.items[i].value, depth + 1);
    }
  }
};

/// Puts `bytes` into a string token at a character boundary; the text stops being JSON where
/// they begin.
inline void insert_into_string(flaw_sites::string_site& site, random_source& random, std::string_view bytes) {
  std::string& token = *site.token;
  std::vector<std::size_t> boundaries;
  for (std::size_t at = 1; at < token.size();) {
    boundaries.push_back(at);
    if (at + 1 >= token.size()) break;
    at += string_unit_length(token, at);
  }
  const std::size_t at = random.pick(boundaries);
  token.insert(at, bytes);
  if (at < *site.ill_formed_at) *site.ill_formed_at = at;
}

/// Cut points are known only once the text is written, so a cut is chosen by the caller
/// (generator.hpp) after the other flaws.
enum class malformation : unsigned char {
  cut_short, trailer, byte_order_mark, raw_control, bad_utf8, lone_surrogate, bad_escape, bad_number, bad_literal,
  missing_comma, missing_colon, trailing_comma, single_quotes, too_deep, count
};

/// Applies one flaw (other than cut_short); false when the document has no place for it.
inline bool malform(json_document& document, malformation kind, legal_speller& speller, std::string& how) {
  random_source& random = speller.random();
  flaw_sites sites;
  sites.collect(document.root, 0);
  const auto note = [&how](const std::string& what) {
    if (!how.empty()) how += "; ";
    how += what;
  };
  switch (kind) {
    case malformation::trailer: {
      const json_type root = document.root.type;
      if (root != json_type::object && root != json_type::array && root != json_type::string) return false;
      document.trailer = random.pick(std::array<std::string_view, 9>{"x", "}", ",", "{}", "[]", "\"", "0", "null", "{\"a\":1}"});
      note("after the root: " + document.trailer);
      return true;
    }
    case malformation::byte_order_mark:
      document.prefix = "\xEF\xBB\xBF";
      note("a byte-order mark");
      return true;
    case malformation::raw_control:
    case malformation::bad_utf8:
    case malformation::lone_surrogate:
    case malformation::bad_escape: {
      if (sites.strings.empty()) return false;
      flaw_sites::string_site site = random.pick(sites.strings);
      std::string bytes;
      if (kind == malformation::raw_control) {
        bytes = std::string(1, static_cast<char>(random.below(0x20)));
      } else if (kind == malformation::bad_utf8) {
        bytes = random.pick(std::array<std::string_view, 7>{"\xFF", "\xC0\xAF", "\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                                             "\xE2\x82", "\xF8\x88\x80\x80\x80"});
      } else if (kind == malformation::lone_surrogate) {
        bytes = random.pick(std::array<std::string_view, 4>{"\\ud800x", "\\uDBFF!", "\\udc00", "\\uDFFF"});
      } else {
        bytes = random.pick(std::array<std::string_view, 7>{"\\x", "\\U0041", "\\u00g0", "\\'", "\\a", "\\0", "\\u-123"});
      }
      insert_into_string(site, random, bytes);
      note(std::string(site.is_value ? "a string" : "a key") + " with " +
           (kind == malformation::raw_control ? "a raw control character" : kind == malformation::bad_utf8 ? "bytes that are not UTF-8"
            : kind == malformation::lone_surrogate ? "a lone surrogate" : "an escape JSON does not have"));
      return true;
    }
    case malformation::bad_number: {
      std::vector<json_node*> numbers;
      for (json_node* node : sites.scalars) {
        if (node->type == json_type::integer || node->type == json_type::number) numbers.push_back(node);
      }
      if (numbers.empty()) return false;
      json_node& node = *random.pick(numbers);
      node.token = random.pick(std::array<std::string_view, 15>{"07", "-", "1.", ".5", "+1", "0x1F", "1e", "--1", "1.e3", "01.5",
                                                                 "-.5", "1e+", "Infinity", "NaN", "1_000"});
      node.ill_formed_at = 0;
      note("the number " + node.token);
      return true;
    }
    case malformation::bad_literal: {
      if (sites.values.empty()) return false;
      json_node& node = *random.pick(sites.values);
      node = scalar(json_type::null, std::string(random.pick(std::array<std::string_view, 8>{"nul", "tru", "True", "nulll", "falsey", "NULL", "undefined", "f"})));
      node.ill_formed_at = 0;
      note("the literal " + node.token);
      return true;
    }
    case malformation::missing_comma: {
      if (sites.separators.empty()) return false;
      const flaw_sites::separator_site site = random.pick(sites.separators);
      if (site.container->type == json_type::object) {
        site.container->members[site.index].comma_missing = true;
      } else {
        site.container->items[site.index].comma_missing = true;
      }
      note("a comma missing");
      return true;
    }
    case malformation::missing_colon: {
      if (sites.members.empty()) return false;
      random.pick(sites.members)->colon_missing = true;
      note("a colon missing");
      return true;
    }
    case malformation::trailing_comma: {
      if (sites.containers.empty()) return false;
      random.pick(sites.containers)->trailing_comma = true;
      note("a comma before a closing bracket");
      return true;
    }
    case malformation::single_quotes: {
      std::vector<json_node*> strings;
      for (const flaw_sites::string_site& site : sites.strings) {
        if (site.is_value) strings.push_back(site.node);
      }
      if (strings.empty()) return false;
      json_node& node = *random.pick(strings);
      std::string inner;
      for (const char c : node.text) {
        if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') inner += c;
      }
      node.token = "'" + inner + "'";
      node.ill_formed_at = 0;
      note("single quotes");
      return true;
    }
    case malformation::too_deep: {
      if (sites.objects.empty()) return false;
      const auto [object, depth] = random.pick(sites.objects);
      json_node bomb;
      bomb.type = json_type::array;
      bomb.opaque = true;
      bomb.nested_arrays = max_nesting_depth + 1 - depth + random.index(3);
      bomb.token = std::string(bomb.nested_arrays, '[') + std::string(bomb.nested_arrays, ']');
      std::string key;
      do key = speller.random_key();
      while (is_declared_key(key));
      object->members.push_back(speller.member(key, std::move(bomb)));
      note("arrays nested past 1024 levels");
      return true;
    }
    default: return false;
  }
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_MALFORMATIONS_HPP_INCLUDED
