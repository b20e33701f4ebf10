#ifndef INVITE_BENCHMARKS_DOCUMENTS_HPP_INCLUDED
#define INVITE_BENCHMARKS_DOCUMENTS_HPP_INCLUDED

// The benchmark's documents, generated from a seed so that every run and every machine times
// the same bytes. Each JSON text comes with the value it spells, which every contender must
// reproduce exactly before it is timed.
//
// Not tests/support/document_generator.hpp: that one spells values in every legal way at random
// (names up to 255 code points, any escape odds, arbitrary whitespace), which is right for
// finding bugs but makes a poor stand-in for real traffic. These documents look like real
// requests: short names from many scripts, one e-mail each, and a fixed share of the awkward
// spellings the contract allows.

#include <invite/contract/types.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace invite_bench {

/// SplitMix64: tiny, and its output is fixed by its definition (unlike std:: distributions).
class seeded_random {
public:
  explicit seeded_random(std::uint64_t seed) noexcept : state_(seed) {}

  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// Roughly uniform in [0, bound); the bias of a modulo is irrelevant here.
  std::size_t below(std::size_t bound) noexcept { return static_cast<std::size_t>(next() % bound); }

private:
  std::uint64_t state_;
};

/// How a JSON text is laid out.
enum class layout { minified, pretty };

/// A JSON text and the value it spells.
struct request_document {
  std::string name;
  std::string json;
  invite::request value;
};

namespace documents_detail {

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

inline std::string make_name(seeded_random& random, std::size_t index, std::string& ascii) {
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

inline std::string make_email(seeded_random& random, std::size_t index, const std::string& ascii) {
  std::string email = ascii + std::to_string(index);
  if (index % 9 == 4) email[0] = static_cast<char>(email[0] - 'a' + 'A');
  email += '@';
  email += mail_domains[random.below(std::size(mail_domains))];
  return email;
}

inline void append_hex4(std::string& out, unsigned unit, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xFu];
}

/// A JSON string literal of `utf8`; with `escape_non_ascii`, every code point above U+007F is
/// written as \uXXXX (a surrogate pair above U+FFFF), as ASCII-only producers do.
inline void append_string(std::string& out, std::string_view utf8, bool escape_non_ascii) {
  out += '"';
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0x80) {
      if (lead == '"' || lead == '\\') {
        out += '\\';
        out += static_cast<char>(lead);
      } else if (lead < 0x20 || lead == 0x7F) {
        append_hex4(out, lead, false);
      } else {
        out += static_cast<char>(lead);
      }
      ++i;
      continue;
    }
    const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (!escape_non_ascii) {
      out.append(utf8.substr(i, length));
      i += length;
      continue;
    }
    std::uint32_t code_point = length == 2 ? lead & 0x1Fu : length == 3 ? lead & 0x0Fu : lead & 0x07u;
    for (std::size_t k = 1; k < length; ++k) {
      code_point = (code_point << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    }
    const bool upper = (i & 1u) != 0; // both spellings of hex digits occur
    if (code_point < 0x10000) {
      append_hex4(out, code_point, upper);
    } else {
      append_hex4(out, 0xD800 + ((code_point - 0x10000) >> 10), upper);
      append_hex4(out, 0xDC00 + ((code_point - 0x10000) & 0x3FF), upper);
    }
    i += length;
  }
  out += '"';
}

inline std::string format_minute(date::local_time<std::chrono::minutes> when) {
  const auto day = date::floor<date::days>(when);
  const date::year_month_day ymd{day};
  const auto minute_of_day = (when - day).count();
  char text[17];
  const int year = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  const auto day_of_month = static_cast<unsigned>(ymd.day());
  text[0] = static_cast<char>('0' + year / 1000);
  text[1] = static_cast<char>('0' + year / 100 % 10);
  text[2] = static_cast<char>('0' + year / 10 % 10);
  text[3] = static_cast<char>('0' + year % 10);
  text[4] = '-';
  text[5] = static_cast<char>('0' + month / 10);
  text[6] = static_cast<char>('0' + month % 10);
  text[7] = '-';
  text[8] = static_cast<char>('0' + day_of_month / 10);
  text[9] = static_cast<char>('0' + day_of_month % 10);
  text[10] = ' ';
  text[11] = static_cast<char>('0' + minute_of_day / 600);
  text[12] = static_cast<char>('0' + minute_of_day / 60 % 10);
  text[13] = ':';
  text[14] = static_cast<char>('0' + minute_of_day % 60 / 10);
  text[15] = static_cast<char>('0' + minute_of_day % 10);
  return std::string(text, 16);
}

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

private:
  std::string& out_;
  bool pretty_;
};

} // namespace documents_detail

/// A request with `candidate_count` candidates (unique e-mails), a fixed id, format and expiry.
inline invite::request make_request(std::size_t candidate_count, std::uint64_t seed) {
  using namespace documents_detail;
  seeded_random random(seed);
  invite::request value{};
  value.assessment_id = 4503599627370496 + static_cast<std::int64_t>(random.below(1000000));
  value.invite_format = random.below(2) == 0 ? invite::format::sendlink : invite::format::getlink;
  if (random.below(3) != 0) {
    value.expiry_date = date::local_days{date::year{2025} / date::December / date::day{31}} +
                        std::chrono::hours{23} + std::chrono::minutes{59};
  }
  value.candidates.reserve(candidate_count);
  for (std::size_t i = 0; i < candidate_count; ++i) {
    std::string ascii;
    invite::candidate item;
    item.name = make_name(random, i, ascii);
    item.email = make_email(random, i, ascii);
    value.candidates.push_back(std::move(item));
  }
  return value;
}

/// The JSON text of a request as a client might send it: candidates with an odd index use the
/// alias keys (candidate_name, candidate_email), and candidates 1 and 2 of every 4 are written
/// by an ASCII-only producer (\uXXXX escapes); one candidate in four puts the e-mail first.
inline std::string spell_request(const invite::request& value, layout style) {
  using namespace documents_detail;
  std::string out;
  json_layout json(out, style);
  out += '{';
  json.newline(1);
  json.key("assessment_id");
  out += std::to_string(value.assessment_id);
  out += ',';
  json.newline(1);
  json.key("invite_format");
  out += value.invite_format == invite::format::getlink ? "\"getlink\"" : "\"sendlink\"";
  if (value.expiry_date) {
    out += ',';
    json.newline(1);
    json.key("expiry_date");
    append_string(out, format_minute(*value.expiry_date), false);
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
      append_string(out, item.name, ascii_only);
    };
    const auto write_email = [&] {
      json.newline(3);
      json.key(alias ? "candidate_email" : "email");
      append_string(out, item.email, ascii_only);
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
  if (style == layout::pretty) out += '\n';
  return out;
}

/// A response with `invite_count` invitations: links with tokens, assorted statuses (a few with
/// a tab, which the writers must escape).
inline invite::response make_response(std::size_t invite_count, std::uint64_t seed) {
  using namespace documents_detail;
  static constexpr std::string_view statuses[] = {"sent", "pending", "delivered", "opened",
                                                  "sent\tretry 1"};
  seeded_random random(seed);
  invite::response value;
  value.invites.reserve(invite_count);
  const auto assessment_id = static_cast<std::int64_t>(1000 + random.below(100000));
  for (std::size_t i = 0; i < invite_count; ++i) {
    std::string ascii;
    invite::invitation item;
    item.name = make_name(random, i, ascii);
    item.email = make_email(random, i, ascii);
    item.report_id = 90000000 + static_cast<std::int64_t>(i) * 7919;
    item.candidate_id = static_cast<std::int64_t>(random.next() >> 1);
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

/// `count` small requests (1 to 3 candidates), one minified JSON text per line.
inline std::string make_ndjson(std::size_t count, std::uint64_t seed) {
  seeded_random random(seed);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    const invite::request value = make_request(1 + random.below(3), random.next());
    out += spell_request(value, layout::minified);
    out += '\n';
  }
  return out;
}

/// The parse benchmark's documents: 500 candidates minified and pretty, and 1 candidate.
inline std::vector<request_document> make_request_documents() {
  std::vector<request_document> documents;
  const invite::request large = make_request(500, 20240501);
  documents.push_back({"request500_minified", spell_request(large, layout::minified), large});
  documents.push_back({"request500_pretty", spell_request(large, layout::pretty), large});
  const invite::request small = make_request(1, 7);
  documents.push_back({"request1_minified", spell_request(small, layout::minified), small});
  return documents;
}

} // namespace invite_bench

#endif // INVITE_BENCHMARKS_DOCUMENTS_HPP_INCLUDED
