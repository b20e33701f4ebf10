#include "generator.hpp"

#include <algorithm>
#include <random>
#include <string_view>
#include <utility>

namespace invite_conform {

namespace {

// std::mt19937_64 is specified exactly; the distributions of <random> are not, so draws are
// made from its raw output to give the same bodies everywhere.
class draw {
public:
  explicit draw(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T, std::size_t N>
  const T& pick(const T (&items)[N]) { return items[below(N)]; }

private:
  std::mt19937_64 engine_;
};

using member = std::pair<std::string, std::string>; // key, JSON text of the value
using object = std::vector<member>;

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

constexpr const char* names[] = {
    "Ada Lovelace", "Alan Turing", "Zo\xC3\xAB Saldana", "\xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x99", "Ren\\u00e9e O'Brien",
    "Grace \\\"Amazing\\\" Hopper", "J\xC3\xBCrgen M\xC3\xBCller", "\xF0\x9F\x98\x80 Smiley", "A", "Edsger W. Dijkstra",
    "Barbara Liskov", "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0", "Tab\\u0020Spaced", "Back\\\\slash"};
constexpr const char* domains[] = {"example.com", "EXAMPLE.org", "mail.example.net", "x.io", "localhost", "a-b.example"};
constexpr const char* dates[] = {"2024-12-31 18:30", "2024-02-29 00:00", "0000-02-29 23:59", "9999-12-31 23:59", "2023-01-01 12:00"};

struct request_model {
  object root;
  std::vector<object> candidates;
};

request_model valid_request(draw& d) {
  request_model m;
  m.root.emplace_back("assessment_id", std::to_string(1 + d.below(d.chance(10) ? 9'000'000'000'000'000'000ull : 100'000)));
  m.root.emplace_back("invite_format", quoted(d.chance(50) ? "getlink" : "sendlink"));
  if (d.chance(40)) m.root.emplace_back("expiry_date", quoted(d.pick(dates)));
  else if (d.chance(15)) m.root.emplace_back("expiry_date", "null");
  const std::size_t count = 1 + (d.chance(10) ? d.below(60) : d.below(6));
  for (std::size_t i = 0; i < count; ++i) {
    object c;
    c.emplace_back(d.chance(30) ? "candidate_name" : "name", quoted(d.pick(names)));
    std::string local = "user" + std::to_string(i) + "." + std::to_string(d.below(1000));
    if (d.chance(20)) local[0] = 'U';
    c.emplace_back(d.chance(30) ? "candidate_email" : "email", quoted(local + "@" + d.pick(domains)));
    if (d.chance(30)) std::swap(c[0], c[1]);
    m.candidates.push_back(std::move(c));
  }
  m.root.emplace_back("candidates", "");
  // Key order is free.
  for (std::size_t i = m.root.size(); i > 1; --i) std::swap(m.root[i - 1], m.root[d.below(i)]);
  return m;
}

std::string space(draw& d) {
  constexpr const char* spaces[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
  return d.pick(spaces);
}

std::string write(const request_model& m, draw& d) {
  const auto write_object = [&](const object& o, const std::string& candidates_text) {
    std::string out = "{" + space(d);
    for (std::size_t i = 0; i < o.size(); ++i) {
      if (i != 0) out += "," + space(d);
      out += quoted(o[i].first) + space(d) + ":" + space(d) + (o[i].first == "candidates" && o[i].second.empty() ? candidates_text : o[i].second);
    }
    return out + space(d) + "}";
  };
  std::string candidates = "[";
  for (std::size_t i = 0; i < m.candidates.size(); ++i) {
    if (i != 0) candidates += "," + space(d);
    candidates += write_object(m.candidates[i], "");
  }
  candidates += "]";
  return space(d) + write_object(m.root, candidates) + space(d);
}

member* find(object& o, std::string_view key) {
  for (auto& m : o) {
    if (m.first == key) return &m;
  }
  return nullptr;
}

void set_name(object& candidate, const std::string& value) {
  for (auto& field : candidate) {
    if (field.first.find("name") != std::string::npos) field.second = value;
  }
}

// Changes one thing; returns what.
std::string mutate(request_model& m, draw& d) {
  object& someone = m.candidates[d.below(m.candidates.size())];
  switch (d.below(16)) {
  case 0: {
    const std::size_t at = d.below(m.root.size());
    const std::string key = m.root[at].first;
    m.root.erase(m.root.begin() + static_cast<std::ptrdiff_t>(at));
    return "without " + key;
  }
  case 1: {
    const std::string key = someone[0].first;
    someone.erase(someone.begin());
    return "a candidate without " + key;
  }
  case 2: {
    constexpr const char* values[] = {"0", "-4", "\"12\"", "12.0", "1e3", "9223372036854775808", "null", "true"};
    const char* value = d.pick(values);
    if (member* id = find(m.root, "assessment_id")) id->second = value;
    return std::string("assessment_id ") + value;
  }
  case 3: {
    constexpr const char* values[] = {"\"GetLink\"", "\"\"", "5", "\"sendlink \"", "[\"getlink\"]"};
    const char* value = d.pick(values);
    if (member* format = find(m.root, "invite_format")) format->second = value;
    return std::string("invite_format ") + value;
  }
  case 4: {
    constexpr const char* values[] = {"\"2023-02-29 10:00\"", "\"2024-12-31T18:30\"", "\"2024-12-31 24:00\"", "7",
                                      "\"2024-12-31 18:30:00\"", "\" 2024-12-31 18:30\""};
    const char* value = d.pick(values);
    m.root.emplace_back("expiry_date", value);
    return std::string("expiry_date ") + value;
  }
  case 5: {
    constexpr const char* values[] = {"\"\"", "\"   \"", "\"\\t\"", "null", "42", "\"a\\u0000b\""};
    const char* value = d.pick(values);
    set_name(someone, value);
    return std::string("a name ") + value;
  }
  case 6:
    set_name(someone, quoted(std::string(256, 'n')));
    return "a 256-character name";
  case 7: {
    constexpr const char* values[] = {"\"a@\"", "\"@x.io\"", "\"a b@x.io\"", "\"a@@x.io\"", "\"a@-x.io\"", "\"a@x.io.\""};
    const char* value = d.pick(values);
    for (auto& field : someone) {
      if (field.first.find("email") != std::string::npos) field.second = value;
    }
    return std::string("an e-mail ") + value;
  }
  case 8: {
    // The same e-mail again, in another case.
    std::string email;
    for (auto& field : m.candidates[0]) {
      if (field.first.find("email") != std::string::npos) email = field.second;
    }
    std::transform(email.begin(), email.end(), email.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    object copy{{"name", quoted("Twin")}, {"email", email}};
    m.candidates.push_back(copy);
    return "a repeated e-mail in another case";
  }
  case 9: {
    (d.chance(50) ? m.root : someone).emplace_back(d.chance(50) ? "extra" : "Name", "1");
    return "an unknown key";
  }
  case 10: {
    const member again = m.root[d.below(m.root.size())];
    m.root.push_back(again);
    return "the key " + again.first + " twice";
  }
  case 11: {
    const bool name = d.chance(50);
    someone.emplace_back(name ? "candidate_name" : "candidate_email", quoted(name ? "Other" : "other@example.com"));
    someone.emplace_back(name ? "name" : "email", quoted(name ? "Other" : "other2@example.com"));
    return "a field under both of its names";
  }
  case 12: {
    if (member* list = find(m.root, "candidates")) {
      m.candidates.clear();
      if (d.chance(50)) list->second = "{}";
    }
    return "candidates empty or an object";
  }
  case 13: {
    object plain{{"name", quoted("Many")}, {"email", quoted("many@example.com")}};
    while (m.candidates.size() < 501) {
      plain[1].second = quoted("many" + std::to_string(m.candidates.size()) + "@example.com");
      m.candidates.push_back(plain);
    }
    return "501 candidates";
  }
  default:
    return "";
  }
}

} // namespace

std::vector<generated_body> generate_bodies(std::size_t count, std::uint64_t seed) {
  std::vector<generated_body> out;
  draw d(seed);
  for (std::size_t i = 0; i < count; ++i) {
    request_model model = valid_request(d);
    generated_body body;
    if (i % 2 == 0) {
      body.how = "valid spelling";
      body.body = write(model, d);
    } else {
      body.how = mutate(model, d);
      body.body = write(model, d);
      if (body.how.empty()) {
        // Byte-level damage: cut, insert or replace one byte.
        const std::size_t at = d.below(body.body.size());
        switch (d.below(3)) {
        case 0: body.body.resize(at); body.how = "cut at byte " + std::to_string(at); break;
        case 1: body.body.insert(at, 1, static_cast<char>(d.below(256))); body.how = "a byte inserted at " + std::to_string(at); break;
        default: body.body[at] = static_cast<char>(d.below(256)); body.how = "byte " + std::to_string(at) + " replaced"; break;
        }
      }
    }
    out.push_back(std::move(body));
  }
  return out;
}

} // namespace invite_conform
