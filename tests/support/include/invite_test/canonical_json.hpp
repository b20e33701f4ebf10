#ifndef INVITE_TEST_CANONICAL_JSON_HPP_INCLUDED
#define INVITE_TEST_CANONICAL_JSON_HPP_INCLUDED

// The canonical JSON of docs/contract.md's "Serialization", written here independently of the
// library's writer so that to_json can be held against it: compact, keys in the contract's
// order, canonical names only, expiry_date left out when absent, and in strings only '"', '\'
// and the control characters escaped (the short escapes where JSON has them, else \u00xx).

#include <invite_test/contract_rules.hpp>
#include <invite_test/utf8.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace invite_test {

inline void append_canonical_string(std::string& out, std::string_view utf8) {
  out += '"';
  for (const char c : utf8) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          append_u_escape(out, static_cast<unsigned char>(c), false);
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

inline std::string canonical_json(const invite::request& value) {
  std::string out = "{\"assessment_id\":" + std::to_string(value.assessment_id);
  out += ",\"invite_format\":\"";
  out += name_of(value.invite_format);
  out += '"';
  if (value.expiry_date) out += ",\"expiry_date\":\"" + format_expiry(*value.expiry_date) + '"';
  out += ",\"candidates\":[";
  for (std::size_t i = 0; i < value.candidates.size(); ++i) {
    out += i > 0 ? ",{\"name\":" : "{\"name\":";
    append_canonical_string(out, value.candidates[i].name);
    out += ",\"email\":";
    append_canonical_string(out, value.candidates[i].email);
    out += '}';
  }
  return out + "]}";
}

inline std::string canonical_json(const invite::response& value) {
  std::string out = "{\"invites\":[";
  for (std::size_t i = 0; i < value.invites.size(); ++i) {
    const invite::invitation& item = value.invites[i];
    out += i > 0 ? ",{\"name\":" : "{\"name\":";
    append_canonical_string(out, item.name);
    out += ",\"email\":";
    append_canonical_string(out, item.email);
    out += ",\"report_id\":" + std::to_string(item.report_id);
    out += ",\"candidate_id\":" + std::to_string(item.candidate_id);
    out += ",\"assessment_id\":" + std::to_string(item.assessment_id);
    out += ",\"invite_link\":";
    append_canonical_string(out, item.invite_link);
    out += ",\"status\":";
    append_canonical_string(out, item.status);
    out += '}';
  }
  return out + "]}";
}

} // namespace invite_test

#endif // INVITE_TEST_CANONICAL_JSON_HPP_INCLUDED
