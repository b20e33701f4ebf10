#ifndef INVITE_TEST_DETAIL_REALISTIC_TRAFFIC_HPP_INCLUDED
#define INVITE_TEST_DETAIL_REALISTIC_TRAFFIC_HPP_INCLUDED

// The realistic_traffic profile of document_generator.hpp: requests as clients send them
// (short names from many scripts, one e-mail each, a fixed share of the awkward spellings the
// contract allows: aliases, \u escapes from ASCII-only producers, members out of order) and
// responses as a server writes them. The benchmark's performance baseline is measured on the
// bytes these functions give for its seeds, so every draw and every byte here is frozen:
// tests/robustness/document_generator_test.cpp pins the benchmark's documents.

#include <invite_test/contract_rules.hpp>
#include <invite_test/random_source.hpp>
#include <invite_test/utf8.hpp>

#include <invite/invite.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

namespace invite_test {

/// How a realistic document is laid out.
enum class layout { minified, pretty };

namespace detail {

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
inline invite::request realistic_request(random_source& random, std::size_t candidate_count) {
  invite::request value{};
  value.assessment_id = 4503599627370496 + static_cast<std::int64_t>(random.below(1000000));
  value.invite_format = random.below(2) == 0 ? invite::format::sendlink : invite::format::getlink;
  if (random.below(3) != 0) {
    value.expiry_date = date::local_days{date::year{2025} / date::December / date::day{31}} + std::chrono::hours{23} +
                        std::chrono::minutes{59};
  }
  value.candidates.reserve(candidate_count);
  for (std::size_t i = 0; i < candidate_count; ++i) {
    std::string ascii;
    invite::candidate item;
    item.name = realistic_name(random, i, ascii);
    item.email = realistic_email(random, i, ascii);
    value.candidates.push_back(std::move(item));
  }
  return value;
}

/// A response with `invite_count` invitations: links with tokens, assorted statuses (a few with
/// a tab, which writers must escape).
inline invite::response realistic_response(random_source& random, std::size_t invite_count) {
  static constexpr std::string_view statuses[] = {"sent", "pending", "delivered", "opened", "sent\tretry 1"};
  invite::response value;
  value.invites.reserve(invite_count);
  const auto assessment_id = static_cast<std::int64_t>(1000 + random.below(100000));
  for (std::size_t i = 0; i < invite_count; ++i) {
    std::string ascii;
    invite::invitation item;
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

// Newlines and two-space indents when pretty, nothing when minified.
class json_layout {
public:
  json_layout(std::string& out, layout style) : out_(out), pretty_(style == layout::pretty) {}

  void newline(std::size_t depth) {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(depth * 2, ' ');
  }
  void key(std::string_view name) {
    out_ += '"';
    out_ += name;
    out_ += pretty_ ? "\": " : "\":";
  }
  void end_document() {
    if (pretty_) out_ += '\n';
  }

private:
  std::string& out_;
  bool pretty_;
};

/// The JSON text of a request as a client might send it: candidates with an odd index use the
/// alias keys (candidate_name, candidate_email), and candidates 1 and 2 of every 4 are written
/// by an ASCII-only producer (\uXXXX escapes); one candidate in four puts the e-mail first.
inline std::string spell_realistically(const invite::request& value, layout style) {
  std::string out;
  json_layout json(out, style);
  out += '{';
  json.newline(1);
  json.key("assessment_id");
  out += std::to_string(value.assessment_id);
  out += ',';
  json.newline(1);
  json.key("invite_format");
  out += '"';
  out += name_of(value.invite_format);
  out += '"';
  if (value.expiry_date) {
    out += ',';
    json.newline(1);
    json.key("expiry_date");
    append_realistic_string(out, format_expiry(*value.expiry_date), false);
  }
  out += ',';
  json.newline(1);
  json.key("candidates");
  out += '[';
  for (std::size_t i = 0; i < value.candidates.size(); ++i) {
    const invite::candidate& item = value.candidates[i];
    const bool alias = i % 2 == 1;
    const bool ascii_only = i % 4 == 1 || i % 4 == 2;
    if (i > 0) out += ',';
    json.newline(2);
    out += '{';
    const auto write_name = [&] {
      json.newline(3);
      json.key(alias ? "candidate_name" : "name");
      append_realistic_string(out, item.name, ascii_only);
    };
    const auto write_email = [&] {
      json.newline(3);
      json.key(alias ? "candidate_email" : "email");
      append_realistic_string(out, item.email, ascii_only);
    };
    if (i % 4 == 3) {
      write_email();
      out += ',';
      write_name();
    } else {
      write_name();
      out += ',';
      write_email();
    }
    json.newline(2);
    out += '}';
  }
  if (!value.candidates.empty()) json.newline(1);
  out += ']';
  json.newline(0);
  out += '}';
  json.end_document();
  return out;
}

/// The JSON text of a response as a server might write it: the contract's key order, UTF-8
/// unescaped.
inline std::string spell_realistically(const invite::response& value, layout style) {
  std::string out;
  json_layout json(out, style);
  out += '{';
  json.newline(1);
  json.key("invites");
  out += '[';
  for (std::size_t i = 0; i < value.invites.size(); ++i) {
    const invite::invitation& item = value.invites[i];
    if (i > 0) out += ',';
    json.newline(2);
    out += '{';
    const auto write_string = [&](std::string_view key, const std::string& text, bool last) {
      json.newline(3);
      json.key(key);
      append_realistic_string(out, text, false);
      if (!last) out += ',';
    };
    const auto write_id = [&](std::string_view key, std::int64_t id) {
      json.newline(3);
      json.key(key);
      out += std::to_string(id);
      out += ',';
    };
    write_string("name", item.name, false);
    write_string("email", item.email, false);
    write_id("report_id", item.report_id);
    write_id("candidate_id", item.candidate_id);
    write_id("assessment_id", item.assessment_id);
    write_string("invite_link", item.invite_link, false);
    write_string("status", item.status, true);
    json.newline(2);
    out += '}';
  }
  if (!value.invites.empty()) json.newline(1);
  out += ']';
  json.newline(0);
  out += '}';
  json.end_document();
  return out;
}

} // namespace detail
} // namespace invite_test

#endif // INVITE_TEST_DETAIL_REALISTIC_TRAFFIC_HPP_INCLUDED
