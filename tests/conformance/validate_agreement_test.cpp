// validate() against parsing, on every vector: parsing a document and validating the struct it
// gave agree on every rule error that survives parsing. Parsing judges a text and validate()
// a value, so the comparison leaves out what only a text can break (keys, syntax, types) and
// what parsing did not keep (items past a cap; values it could not read, which it leaves
// value-initialised and validate() may then judge on their own).

#include "conformance_vectors.hpp"

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using conformance::code_and_path;

// The codes a value can break; the rest belong to texts.
bool is_value_code(invite::error_code code) {
  switch (code) {
    case invite::error_code::out_of_range:
    case invite::error_code::invalid_enum:
    case invite::error_code::invalid_datetime:
    case invite::error_code::invalid_email:
    case invite::error_code::invalid_url:
    case invite::error_code::too_short:
    case invite::error_code::too_long:
    case invite::error_code::duplicate_value:
    case invite::error_code::invalid_characters: return true;
    default: return false;
  }
}

// Codes after which parsing leaves the value unread (value-initialised).
bool leaves_value_unread(invite::error_code code) {
  switch (code) {
    case invite::error_code::type_mismatch:
    case invite::error_code::missing_field:
    case invite::error_code::invalid_enum:
    case invite::error_code::invalid_datetime: return true;
    default: return false;
  }
}

// The path with aliases spelled canonically: validate() knows only member names.
std::string canonical(std::string path) {
  for (const auto& [alias, name] : {std::pair<std::string_view, std::string_view>{"/candidate_name", "/name"},
                                    {"/candidate_email", "/email"}}) {
    const std::size_t at = path.rfind(alias);
    if (at != std::string::npos && at + alias.size() == path.size()) path.replace(at, alias.size(), name);
  }
  return path;
}

bool within(const std::string& path, const std::set<std::string>& roots) {
  for (const std::string& root : roots) {
    if (path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/')) {
      return true;
    }
  }
  return false;
}

template <class T>
bool agrees(const conformance::conformance_vector& vector, const invite::result<T>& parsed, std::string& why) {
  invite::parse_options all_errors = vector.options;
  all_errors.max_errors = 100000;
  // Values parsing could not read, and arrays whose extra items it dropped.
  std::set<std::string> unread;
  std::multiset<code_and_path> from_parsing;
  for (const invite::error& e : parsed.errors()) {
    const std::string path = canonical(e.path);
    if (leaves_value_unread(e.code) || (e.code == invite::error_code::out_of_range)) unread.insert(path);
    if (e.code == invite::error_code::too_long && path.find('/', 1) == std::string::npos) {
      continue; // a whole array past its cap: validate sees only the items parsing kept
    }
    if (is_value_code(e.code) && !leaves_value_unread(e.code)) from_parsing.emplace(std::string(invite::to_string(e.code)), path);
  }
  // The earlier item each duplicate_value names ("already at P"), by the canonical path.
  const auto earlier_item = [](const invite::error& e) { return e.message.substr(e.message.rfind(", already at ") + 2); };
  std::map<std::string, std::string> earlier_by_parsing;
  for (const invite::error& e : parsed.errors()) {
    if (e.code == invite::error_code::duplicate_value) earlier_by_parsing[canonical(e.path)] = earlier_item(e);
  }
  std::multiset<code_and_path> from_validation;
  const std::string written = invite::write_json(*parsed); // what validate()'s canonical paths point into
  for (const invite::error& e : invite::validate(*parsed, all_errors.max_errors)) {
    from_validation.emplace(std::string(invite::to_string(e.code)), e.path);
    // validate()'s messages name places as parsing's do.
    if (const std::string unnamed = conformance::unnamed_place(e, written); !unnamed.empty()) {
      why = "validate(): " + unnamed;
      return false;
    }
    const auto parsing_said = earlier_by_parsing.find(e.path);
    if (e.code == invite::error_code::duplicate_value && parsing_said != earlier_by_parsing.end() &&
        parsing_said->second != earlier_item(e)) {
      why = "at " + e.path + " validate() says \"" + earlier_item(e) + "\", parsing \"" + parsing_said->second + "\"";
      return false;
    }
  }
  // Every rule error parsing kept on a value it read, validate() reports too...
  for (const auto& pair : from_parsing) {
    if (within(pair.second, unread) && pair.first != "out_of_range") continue;
    if (from_validation.count(pair) < from_parsing.count(pair)) {
      why = "parsing reported " + pair.first + " at " + pair.second + ", validate() did not";
      return false;
    }
  }
  // ...and validate() reports nothing parsing did not, but on values parsing left unread.
  for (const auto& pair : from_validation) {
    if (within(pair.second, unread)) continue;
    if (from_parsing.count(pair) < from_validation.count(pair)) {
      why = "validate() reported " + pair.first + " at " + pair.second + ", parsing did not";
      return false;
    }
  }
  return true;
}

// A document that is ill-formed or too large gives a value-initialised struct: nothing to compare.
template <class T>
bool read_anything(const invite::result<T>& parsed) {
  if (parsed.errors().empty()) return true;
  const invite::error_code first = parsed.errors()[0].code;
  return first != invite::error_code::invalid_json && first != invite::error_code::payload_too_large;
}

} // namespace

TEST_CASE("parsing a vector and validating what it gave agree on every rule error", "[conformance][validate]") {
  std::vector<std::string> failed;
  std::size_t compared = 0;
  for (const auto& vector : conformance::all_vectors()) {
    invite::parse_options options = vector.options;
    options.max_errors = 100000; // every error, so that both sides are compared whole
    std::string why;
    bool same = true;
    if (vector.is_response) {
      const auto parsed = invite::parse_response(vector.document, options);
      if (read_anything(parsed)) {
        same = agrees(vector, parsed, why);
        ++compared;
      }
    } else {
      const auto parsed = invite::parse_request(vector.document, options);
      if (read_anything(parsed)) {
        same = agrees(vector, parsed, why);
        ++compared;
      }
    }
    if (!same) failed.push_back(vector.name + ": " + why);
  }
  conformance::print_failures("validate() agreement", failed);
  CHECK(failed.empty());
  CHECK(compared > 400); // most vectors are well-formed, so most are compared
}
