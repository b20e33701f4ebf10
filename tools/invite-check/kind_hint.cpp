#include "kind_hint.hpp"

#include <invite/invite.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace invite_check {
namespace {

// The members of the root that `errors` call unknown, in document order, each once. Both kinds'
// member names are plain ASCII words, so a member of the other kind is its pointer's token as is.
std::vector<std::string> unknown_root_members(const std::vector<invite::error>& errors) {
  std::vector<std::string> members;
  for (const invite::error& e : errors) {
    if (e.code != invite::error_code::unknown_field || e.path.empty() || e.path.find('/', 1) != std::string::npos) continue;
    std::string member = e.path.substr(1);
    if (std::find(members.begin(), members.end(), member) == members.end()) members.push_back(std::move(member));
  }
  return members;
}

// Whether the errors say the document is not an object of members at all (nothing to compare).
bool not_an_object(const std::vector<invite::error>& errors) {
  return std::any_of(errors.begin(), errors.end(), [](const invite::error& e) {
    return e.path.empty() && (e.code == invite::error_code::invalid_json || e.code == invite::error_code::payload_too_large ||
                              e.code == invite::error_code::type_mismatch);
  });
}

template <class Checked, class Other>
std::string hint(std::string_view text, const invite::parse_options& options, std::string_view checked_name,
                 std::string_view other_name) {
  invite::parse_options strict;
  strict.max_bytes = options.max_bytes;
  strict.max_errors = std::numeric_limits<std::size_t>::max();
  strict.max_notes = 0;
  invite::parser parser;
  const invite::result<Checked> as_checked = parser.parse<Checked>(text, strict);
  if (as_checked || not_an_object(as_checked.errors())) return {};
  const std::vector<std::string> members = unknown_root_members(as_checked.errors());
  if (members.empty()) return {};
  const invite::result<Other> as_other = parser.parse<Other>(text, strict);
  if (!unknown_root_members(as_other.errors()).empty()) return {};

  std::string out = "this looks like a ";
  out += other_name;
  out += " body, not a ";
  out += checked_name;
  out += ": ";
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (i > 0) out += i + 1 == members.size() ? " and " : ", ";
    invite::spelling::append_json_string(out, members[i]);
  }
  out += members.size() == 1 ? " is a " : " are a ";
  out += other_name;
  out += "'s, and as a ";
  out += other_name;
  out += " it is ";
  const std::size_t errors = as_other.errors().size();
  out += errors == 0 ? "valid" : "invalid (" + std::to_string(errors) + (errors == 1 ? " error)" : " errors)");
  return out;
}

} // namespace

std::string other_kind_hint(std::string_view text, document_kind checked, const invite::parse_options& options) {
  if (checked == document_kind::response) return hint<invite::response, invite::request>(text, options, "response", "request");
  return hint<invite::request, invite::response>(text, options, "request", "response");
}

} // namespace invite_check
