#ifndef INVITE_TESTS_SUPPORT_ERROR_MATCHERS_HPP_INCLUDED
#define INVITE_TESTS_SUPPORT_ERROR_MATCHERS_HPP_INCLUDED

// Small helpers to state expected errors as (code, path) pairs and to build documents.

#include <invite/invite.hpp>

#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace invite_test {

using code_and_path = std::pair<std::string, std::string>;

/// The (code, path) pairs of a result's errors, in order.
template <class T>
std::vector<code_and_path> errors_of(const invite::result<T>& result) {
  std::vector<code_and_path> pairs;
  for (const auto& e : result.errors()) pairs.emplace_back(std::string(invite::to_string(e.code)), e.path);
  return pairs;
}

inline std::string describe_errors(const std::vector<invite::error>& errors) {
  std::ostringstream out;
  for (const auto& e : errors) {
    out << invite::to_string(e.code) << " at '" << e.path << "' (byte " << e.offset << "): " << e.message << "\n";
  }
  return out.str();
}

/// A request body with the given candidate items (JSON text) and extra root members.
inline std::string request_with_candidates(const std::string& items, const std::string& extra = "") {
  return R"({"assessment_id":7,"invite_format":"getlink",)" + extra + R"("candidates":[)" + items + "]}";
}

/// A request body whose single candidate has this name (JSON text of the value).
inline std::string request_with_name(const std::string& name_json) {
  return request_with_candidates(R"({"name":)" + name_json + R"(,"email":"a@example.com"})");
}

/// A request body whose single candidate has this e-mail (JSON text of the value).
inline std::string request_with_email(const std::string& email_json) {
  return request_with_candidates(R"({"name":"Ada","email":)" + email_json + "}");
}

/// A request body with this root member (e.g. "\"assessment_id\":5") in place of the default.
inline std::string request_with_root(const std::string& assessment_id, const std::string& invite_format,
                                     const std::string& extra = "") {
  return "{\"assessment_id\":" + assessment_id + ",\"invite_format\":" + invite_format + extra +
         ",\"candidates\":[{\"name\":\"Ada\",\"email\":\"a@example.com\"}]}";
}

/// One invitation object with one member replaced (member name and JSON text of its value).
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

inline std::string response_with_invitation(const std::string& replace, const std::string& value) {
  return "{\"invites\":[" + invitation_json(replace, value) + "]}";
}

/// `count` valid candidate items with distinct e-mails.
inline std::string candidate_items(std::size_t count) {
  std::string items;
  for (std::size_t i = 0; i < count; ++i) {
    if (i != 0) items += ",";
    items += R"({"name":"C)" + std::to_string(i) + R"(","email":"c)" + std::to_string(i) + R"(@example.com"})";
  }
  return items;
}

inline std::string repeat(const std::string& unit, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

} // namespace invite_test

#endif // INVITE_TESTS_SUPPORT_ERROR_MATCHERS_HPP_INCLUDED
