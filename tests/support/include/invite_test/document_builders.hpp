#ifndef INVITE_TEST_DOCUMENT_BUILDERS_HPP_INCLUDED
#define INVITE_TEST_DOCUMENT_BUILDERS_HPP_INCLUDED

// Small documents written by hand around the one part a test is about: a valid request or
// response with one member or item replaced by the JSON text under test. The parts are JSON
// text, not values, so that a test can put anything there, ill-formed bytes included.

#include <cstddef>
#include <string>
#include <utility>

namespace invite_test {

/// `unit` written `times` times.
inline std::string repeat(const std::string& unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

/// `depth` nested empty arrays: [[...]].
inline std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

/// `depth` nested objects around a 0: {"a":{"a":...0}}.
inline std::string nested_objects(std::size_t depth) { return repeat("{\"a\":", depth) + "0" + std::string(depth, '}'); }

/// One candidate item with these JSON texts as its name and e-mail.
inline std::string candidate_json(const std::string& name_json, const std::string& email_json) {
  return R"({"name":)" + name_json + R"(,"email":)" + email_json + "}";
}

/// A request with the given candidate items (JSON text) and extra root members written before
/// "candidates" (JSON text ending in a comma, e.g. R"("expiry_date":null,)").
inline std::string request_with_candidates(const std::string& items, const std::string& extra = "") {
  return R"({"assessment_id":7,"invite_format":"getlink",)" + extra + R"("candidates":[)" + items + "]}";
}

/// A request whose single candidate has this name (JSON text of the value).
inline std::string request_with_name(const std::string& name_json) {
  return request_with_candidates(candidate_json(name_json, R"("a@example.com")"));
}

/// A request whose single candidate has this e-mail (JSON text of the value).
inline std::string request_with_email(const std::string& email_json) {
  return request_with_candidates(candidate_json(R"("Ada")", email_json));
}

/// A request with these JSON texts as assessment_id and invite_format, then `extra` (JSON text
/// starting with a comma), and one valid candidate.
inline std::string request_with_root(const std::string& assessment_id, const std::string& invite_format,
                                     const std::string& extra = "") {
  return "{\"assessment_id\":" + assessment_id + ",\"invite_format\":" + invite_format + extra +
         ",\"candidates\":[{\"name\":\"Ada\",\"email\":\"a@example.com\"}]}";
}

/// One valid invitation, or one with the member `replace` given the JSON text `value`.
inline std::string invitation_json(const std::string& replace = "", const std::string& value = "") {
  const std::pair<const char*, const char*> members[] = {
      {"name", "\"Ada\""},
      {"email", "\"a@example.com\""},
      {"report_id", "11"},
      {"candidate_id", "22"},
      {"assessment_id", "33"},
      {"invite_link", "\"https://tests.example.com/i/abc\""},
      {"status", "\"invited\""},
  };
  std::string out = "{";
  for (const auto& [name, default_value] : members) {
    if (out.size() > 1) out += ",";
    out += "\"" + std::string(name) + "\":" + (replace == name ? value : std::string(default_value));
  }
  return out + "}";
}

/// A response whose single invitation has the member `replace` given the JSON text `value`.
inline std::string response_with_invitation(const std::string& replace, const std::string& value) {
  return "{\"invites\":[" + invitation_json(replace, value) + "]}";
}

/// `count` valid candidate items, joined by commas, with distinct e-mails (c0@example.com, ...).
inline std::string candidate_items(std::size_t count) {
  std::string items;
  for (std::size_t i = 0; i < count; ++i) {
    if (i != 0) items += ",";
    items += candidate_json("\"C" + std::to_string(i) + "\"", "\"c" + std::to_string(i) + "@example.com\"");
  }
  return items;
}

} // namespace invite_test

#endif // INVITE_TEST_DOCUMENT_BUILDERS_HPP_INCLUDED
