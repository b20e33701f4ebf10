#ifndef INVITE_TESTING_DETAIL_REALISTIC_TRAFFIC_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_REALISTIC_TRAFFIC_HPP_INCLUDED

// The realistic_traffic profile: requests as clients send them (short names from many scripts,
// one e-mail each, a fixed share of the awkward spellings the contract allows: aliases, \u
// escapes from ASCII-only producers, members out of order) and responses as a server writes them.
// The project's performance baseline is measured on the bytes these functions give for its
// seeds, so every draw and every byte here is frozen: tests/testing pins the benchmark's
// documents.

#include <invite/contract/request_struct.hpp>
#include <invite/contract/response_struct.hpp>
#include <invite/testing/detail/calendar.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/liberties.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

namespace invite::testing::detail {

struct person_name {
  std::string_view text;  // UTF-8, as people write it
  std::string_view ascii; // for the e-mail address
};

inline constexpr person_name given_names[] = {
    {"Ana", "ana"},           {"José", "jose"},         {"Zoë", "zoe"},
    {"Łukasz", "lukasz"},     {"Søren", "soren"},       {"Chloé", "chloe"},
    {"Jürgen", "jurgen"},     {"Ólafur", "olafur"},     {"Văn", "van"},
    {"Ольга", "olga"},        {"Αλέξανδρος", "alexandros"}, {"明", "ming"},
    {"Saoirse", "saoirse"},   {"Mary-Kate", "mary-kate"}, {"Ngozi", "ngozi"},
    {"Priya", "priya"},       {"Siobhán", "siobhan"},   {"François", "francois"},
    {"Ayşe", "ayse"},         {"Đorđe", "djordje"},     {"Małgorzata", "malgorzata"},
    {"민준", "minjun"},       {"さくら", "sakura"},     {"Renée", "renee"},
    {"Björk", "bjork"},       {"Zoltán", "zoltan"},     {"Tomás", "tomas"},
    {"Kwame", "kwame"},       {"Fatma", "fatma"},       {"Oğuz", "oguz"},
};

inline constexpr person_name family_names[] = {
    {"García", "garcia"},     {"Müller", "muller"},     {"O'Brien", "obrien"},
    {"Kowalski", "kowalski"}, {"Ødegaard", "odegaard"}, {"Smith", "smith"},
    {"Nowak", "nowak"},       {"Dubois", "dubois"},     {"Иванова", "ivanova"},
    {"Παπαδόπουλος", "papadopoulos"}, {"王", "wang"},    {"Nakamura", "nakamura"},
    {"Žukauskas", "zukauskas"}, {"Núñez", "nunez"},     {"Fernández", "fernandez"},
    {"Schäfer", "schafer"},   {"Brontë", "bronte"},     {"Łęcki", "lecki"},
    {"Đặng", "dang"},         {"Öztürk", "ozturk"},     {"Jensen", "jensen"},
    {"Okonkwo", "okonkwo"},   {"Nguyễn", "nguyen"},     {"Lefèvre", "lefevre"},
};

inline constexpr std::string_view nicknames[] = {"Bo", "Sam", "Lulu", "Kit", "Dee", "Ace"};

inline constexpr std::string_view mail_domains[] = {
    "example.com", "mail.example.org", "students.uni-example.edu", "corp.example.co.uk"};

// Candidate `index`'s name; `ascii` gets the given and family names in ASCII, for the e-mail.
inline std::string realistic_name(random_source& random, std::size_t index, std::string& ascii) {
  const person_name& given = given_names[random.below(std::size(given_names))];
  const person_name& family = family_names[random.below(std::size(family_names))];
  std::string name(given.text);
  if (index % 7 == 3) { // a nickname in quotes, which JSON must escape
    name += " \"";
    name += nicknames[random.below(std::size(nicknames))];
    name += '"';
  }
  name += ' ';
  name += family.text;
  if (index % 25 == 11) name += " \xF0\x9F\x99\x82"; // U+1F642, a surrogate pair when escaped
  ascii = std::string(given.ascii) + '.' + std::string(family.ascii);
  return name;
}

inline std::string realistic_email(random_source& random, std::size_t index, const std::string& ascii) {
  std::string email = ascii + std::to_string(index);
  if (index % 9 == 4) email[0] = static_cast<char>(email[0] - 'a' + 'A');
  email += '@';
  email += mail_domains[random.below(std::size(mail_domains))];
  return email;
}

/// A request with `candidate_count` candidates (unique e-mails), an id, format and expiry.
inline request realistic_request(random_source& random, std::size_t candidate_count) {
  request value{};
  value.assessment_id = 4503599627370496 + static_cast<std::int64_t>(random.below(1000000));
  value.invite_format = random.below(2) == 0 ? format::sendlink : format::getlink;
  if (random.below(3) != 0) {
    value.expiry_date = make_expiry(2025, 12, 31, 23, 59);
  }
  value.candidates.reserve(candidate_count);
  for (std::size_t i = 0; i < candidate_count; ++i) {
    std::string ascii;
    candidate item;
    item.name = realistic_name(random, i, ascii);
    item.email = realistic_email(random, i, ascii);
    value.candidates.push_back(std::move(item));
  }
  return value;
}

/// A response with `invite_count` invitations: links with tokens, assorted statuses (a few with
/// a tab, which writers must escape).
inline response realistic_response(random_source& random, std::size_t invite_count) {
  static constexpr std::string_view statuses[] = {"sent", "pending", "delivered", "opened", "sent\tretry 1"};
  response value;
  value.invites.reserve(invite_count);
  const auto assessment_id = static_cast<std::int64_t>(1000 + random.below(100000));
  for (std::size_t i = 0; i < invite_count; ++i) {
    std::string ascii;
    invitation item;
    item.name = realistic_name(random, i, ascii);
    item.email = realistic_email(random, i, ascii);
    item.report_id = 90000000 + static_cast<std::int64_t>(i) * 7919;
    item.candidate_id = static_cast<std::int64_t>(random.bits() >> 1);
    if (item.candidate_id == 0) item.candidate_id = 1;
    item.assessment_id = assessment_id;
    item.invite_link = "https://assessments.example.com/invite/";
    for (int k = 0; k < 32; ++k) item.invite_link += "0123456789abcdef"[random.below(16)];
    item.invite_link += "?lang=en";
    item.status = std::string(statuses[i % 50 == 7 ? 4 : random.below(4)]);
    value.invites.push_back(std::move(item));
  }
  return value;
}

/// A JSON string literal of `utf8`: '"' and '\' escaped, control characters and U+007F as
/// \u00xx; with `escape_non_ascii`, every code point above U+007F as \uXXXX (a surrogate pair
/// above U+FFFF), as ASCII-only producers write, the hex digits' case changing with the byte
/// offset so that both occur.
inline void append_realistic_string(std::string& out, std::string_view utf8, bool escape_non_ascii) {
  out += '"';
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0x80) {
      if (lead == '"' || lead == '\\') {
        out += '\\';
        out += static_cast<char>(lead);
      } else if (lead < 0x20 || lead == 0x7F) {
        append_u_escape(out, lead, false);
      } else {
        out += static_cast<char>(lead);
      }
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t code_point = next_code_point(utf8, i);
    if (!escape_non_ascii) {
      out.append(utf8.substr(start, i - start));
      continue;
    }
    const bool uppercase = (start & 1u) != 0;
    const auto [first, second] = utf16_units(code_point);
    append_u_escape(out, first, uppercase);
    if (second != 0) append_u_escape(out, second, uppercase);
  }
  out += '"';
}

// Newlines and two-space indents when pretty, nothing when minified: the whitespace of each
// place in the tree.
class realistic_layout {
public:
  explicit realistic_layout(layout style) noexcept : pretty_(style == layout::pretty) {}

  std::string indent(std::size_t depth) const { return pretty_ ? "\n" + std::string(depth * 2, ' ') : std::string(); }
  std::string after_colon() const { return pretty_ ? " " : ""; }
  std::string end_of_document() const { return pretty_ ? "\n" : ""; }

  /// A member of an object at `depth`, in its place; `last` closes the object.
  json_member member(std::string_view key, json_node value, std::size_t depth, bool last) const {
    json_member out;
    out.key_token = "\"" + std::string(key) + "\"";
    out.key = std::string(key);
    out.before = indent(depth + 1);
    out.after_colon = after_colon();
    out.value = std::move(value);
    if (last) out.after = indent(depth);
    return out;
  }

  /// Items of an array at `depth`: each on its own line, the last closing the array.
  void close_items(json_node& array, std::size_t depth) const {
    for (std::size_t i = 0; i < array.items.size(); ++i) {
      array.items[i].before = indent(depth + 1);
      if (i + 1 == array.items.size()) array.items[i].after = indent(depth);
    }
  }

private:
  bool pretty_;
};

inline json_node realistic_string(std::string_view text, bool escape_non_ascii) {
  json_node node;
  node.type = json_type::string;
  append_realistic_string(node.token, text, escape_non_ascii);
  node.text = std::string(text);
  return node;
}

inline json_node realistic_integer(std::int64_t value) { return scalar(json_type::integer, std::to_string(value)); }

/// The JSON text of a request as a client might send it: candidates with an odd index use the
/// alias keys (candidate_name, candidate_email), and candidates 1 and 2 of every 4 are written
/// by an ASCII-only producer (\uXXXX escapes); one candidate in four puts the e-mail first.
inline json_document realistic_document(const request& value, layout style) {
  const realistic_layout place(style);
  json_document document;
  json_node& root = document.root;
  root.type = json_type::object;
  std::vector<json_member>& members = root.members;
  members.push_back(place.member("assessment_id", realistic_integer(value.assessment_id), 0, false));
  members.push_back(place.member("invite_format", realistic_string(value.invite_format == format::getlink ? "getlink" : "sendlink", false), 0, false));
  if (value.expiry_date) members.push_back(place.member("expiry_date", realistic_string(format_expiry(*value.expiry_date), false), 0, false));
  json_node candidates;
  candidates.type = json_type::array;
  for (std::size_t i = 0; i < value.candidates.size(); ++i) {
    const candidate& item = value.candidates[i];
    const bool alias = i % 2 == 1;
    const bool ascii_only = i % 4 == 1 || i % 4 == 2;
    json_node object;
    object.type = json_type::object;
    json_member name = place.member(alias ? "candidate_name" : "name", realistic_string(item.name, ascii_only), 2, false);
    json_member email = place.member(alias ? "candidate_email" : "email", realistic_string(item.email, ascii_only), 2, false);
    if (i % 4 == 3) std::swap(name, email);
    object.members.push_back(std::move(name));
    object.members.push_back(std::move(email));
    object.members.back().after = place.indent(2);
    candidates.items.push_back(json_item{{}, {}, std::move(object), false});
  }
  place.close_items(candidates, 1);
  members.push_back(place.member("candidates", std::move(candidates), 0, true));
  document.after = place.end_of_document();
  return document;
}

/// The JSON text of a response as a server might write it: the contract's key order, UTF-8
/// unescaped.
inline json_document realistic_document(const response& value, layout style) {
  const realistic_layout place(style);
  json_document document;
  document.root.type = json_type::object;
  json_node invites;
  invites.type = json_type::array;
  for (const invitation& item : value.invites) {
    json_node object;
    object.type = json_type::object;
    object.members.push_back(place.member("name", realistic_string(item.name, false), 2, false));
    object.members.push_back(place.member("email", realistic_string(item.email, false), 2, false));
    object.members.push_back(place.member("report_id", realistic_integer(item.report_id), 2, false));
    object.members.push_back(place.member("candidate_id", realistic_integer(item.candidate_id), 2, false));
    object.members.push_back(place.member("assessment_id", realistic_integer(item.assessment_id), 2, false));
    object.members.push_back(place.member("invite_link", realistic_string(item.invite_link, false), 2, false));
    object.members.push_back(place.member("status", realistic_string(item.status, false), 2, true));
    invites.items.push_back(json_item{{}, {}, std::move(object), false});
  }
  place.close_items(invites, 1);
  document.root.members.push_back(place.member("invites", std::move(invites), 0, true));
  document.after = place.end_of_document();
  return document;
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_REALISTIC_TRAFFIC_HPP_INCLUDED
