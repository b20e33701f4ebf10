#ifndef INVITE_TESTING_PROPERTY_HPP_INCLUDED
#define INVITE_TESTING_PROPERTY_HPP_INCLUDED

// Property tests for users: run N seeded cases through your own function, and when one fails,
// shrink it to the smallest case that still fails and report it with its seed.
//
//   const auto report = invite::testing::check_requests({}, [&](const invite::testing::request_case& c) {
//     return my_client_reads(c.json) == c.value;          // true: the property holds
//   });
//   INFO(report);                                         // Catch2 prints it on failure
//   REQUIRE(report.holds);
//
// Cases are valid requests or responses (a value and the JSON text that spells it), or
// documents with their verdicts, valid and invalid. A failing value case shrinks by dropping
// items and the expiry, by simpler names, e-mails, ids and links, and by turning off the
// spelling's liberties one by one (aliases, key order, whitespace, escapes, null expiry); a
// failing document shrinks by dropping members and items, plainer spellings and earlier cuts,
// its verdict worked out again at each step. The property must return bool and must not throw
// (the library and these runs also build with -fno-exceptions).

#include <invite/contract/request_struct.hpp>
#include <invite/contract/response_struct.hpp>
#include <invite/testing/detail/breakages.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/prediction.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/generator.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/liberties.hpp>
#include <invite/testing/test_document.hpp>

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace invite::testing {

struct property_settings {
  std::size_t cases = 200;
  std::uint64_t seed = 1;
  /// Calls of the property spent on shrinking a failure, at most.
  std::size_t max_shrink_calls = 2000;
  profile style = profile::every_legal_form;
  /// The liberties the cases' spellings may take (unknown_fields: the texts then need
  /// allow_unknown_fields).
  spelling_liberties liberties;
  /// check_documents: invalid documents under varied options (allow_unknown_fields, a small
  /// max_errors or max_bytes), or all under the defaults a server reads with.
  bool vary_options = true;
};

/// A valid request: the value, and a JSON text that parses to exactly it.
struct request_case {
  std::uint64_t seed = 0; // case_seed(settings.seed, index): check_requests makes the same case from it
  invite::request value;
  std::string json;
  spelling_liberties liberties;          // what the text's spelling was allowed
  std::uint64_t spelling_seed; // with the value and the liberties, gives the text again
};

/// A valid response, as request_case.
struct response_case {
  std::uint64_t seed = 0;
  invite::response value;
  std::string json;
  spelling_liberties liberties;
  std::uint64_t spelling_seed;
};

/// A body, valid or not, and its exact verdict.
struct document_case {
  std::uint64_t seed = 0;
  test_document document;
  detail::json_document model; // what it was written from; shrinking edits it
};

inline std::string describe_case(const request_case& c) { return c.json; }
inline std::string describe_case(const response_case& c) { return c.json; }
inline std::string describe_case(const document_case& c) {
  std::string out;
  detail::append_json_string_literal(out, c.document.json);
  return out + "\n  as a " + std::string(to_string(c.document.kind)) + ": " +
         (c.document.valid ? std::string("valid") : describe(c.document.errors)) + " (" + c.document.how + ")";
}

template <class Case>
struct property_report {
  bool holds = true;
  std::size_t cases_run = 0;
  std::uint64_t run_seed = 0;
  /// When it does not hold: the first failing case as made, and the smallest failing case found.
  std::size_t failing_index = 0;
  Case original;
  Case smallest;
  std::size_t shrink_steps = 0; // smaller failing cases found on the way
  std::size_t shrink_calls = 0; // calls of the property spent shrinking

  explicit operator bool() const noexcept { return holds; }

  std::string explanation() const {
    if (holds) return "the property held for " + std::to_string(cases_run) + " cases (seed " + std::to_string(run_seed) + ")";
    std::string out = "the property failed on case " + std::to_string(failing_index) + " of seed " + std::to_string(run_seed) +
                      " (case seed " + std::to_string(original.seed) + ")";
    out += "\nsmallest failing case, after " + std::to_string(shrink_steps) + " shrink steps (" + std::to_string(shrink_calls) +
           " calls), " + std::to_string(size_of(smallest)) + " bytes (first found: " + std::to_string(size_of(original)) + "):\n  ";
    out += describe_case(smallest);
    return out;
  }

  static std::size_t size_of(const request_case& c) { return c.json.size(); }
  static std::size_t size_of(const response_case& c) { return c.json.size(); }
  static std::size_t size_of(const document_case& c) { return c.document.json.size(); }
};

template <class Case>
std::ostream& operator<<(std::ostream& out, const property_report<Case>& report) {
  return out << report.explanation();
}

namespace detail {

inline std::size_t liberties_taken(const spelling_liberties& s) noexcept {
  return std::size_t{s.unknown_fields} + s.aliases + s.any_key_order + s.whitespace + s.optional_escapes + s.null_expiry;
}

template <class Value>
std::string spell_case(const Value& value, const spelling_liberties& liberties, std::uint64_t spelling_seed, profile style) {
  return generator(spelling_seed, style).spell(value, liberties);
}

// The spelling_liberties liberties, each turned off in turn.
inline std::vector<spelling_liberties> plainer_spellings(const spelling_liberties& s) {
  std::vector<spelling_liberties> out;
  const auto without = [&](bool spelling_liberties::*liberty) {
    if (!(s.*liberty)) return;
    spelling_liberties plainer = s;
    plainer.*liberty = false;
    out.push_back(plainer);
  };
  without(&spelling_liberties::unknown_fields);
  without(&spelling_liberties::whitespace);
  without(&spelling_liberties::optional_escapes);
  without(&spelling_liberties::aliases);
  without(&spelling_liberties::null_expiry);
  without(&spelling_liberties::any_key_order);
  return out;
}

// Shorter forms of a valid name: the first half, all but the first code point, "A".
inline std::vector<std::string> shorter_names(const std::string& name) {
  std::vector<std::string> out;
  const std::size_t count = code_point_count(name);
  std::size_t half = 0;
  for (std::size_t k = 0; k < count / 2; ++k) next_code_point(name, half);
  std::size_t second = 0;
  if (!name.empty()) next_code_point(name, second);
  for (std::string candidate : {std::string("A"), name.substr(0, half), name.substr(second)}) {
    if (candidate.size() < name.size() && name_breaks(candidate).empty()) out.push_back(std::move(candidate));
  }
  return out;
}

// Smaller lists: the first half, the second half, then each item left out (up to 32 of them).
template <class Item>
std::vector<std::vector<Item>> smaller_lists(const std::vector<Item>& items) {
  std::vector<std::vector<Item>> out;
  if (items.size() <= 1) return out;
  const std::size_t half = items.size() / 2;
  out.emplace_back(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(half));
  out.emplace_back(items.begin() + static_cast<std::ptrdiff_t>(half), items.end());
  for (std::size_t i = 0; i < items.size() && i < 32; ++i) {
    std::vector<Item> without = items;
    without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
    out.push_back(std::move(without));
  }
  return out;
}

inline bool emails_unique(const request& value) {
  std::set<std::string> folded;
  for (const candidate& item : value.candidates) {
    if (!folded.insert(ascii_lowercase_copy(item.email)).second) return false;
  }
  return true;
}

inline std::vector<request> smaller_values(const request& value) {
  std::vector<request> out;
  for (std::vector<candidate>& fewer : smaller_lists(value.candidates)) {
    request smaller = value;
    smaller.candidates = std::move(fewer);
    out.push_back(std::move(smaller));
  }
  if (value.expiry_date) {
    request smaller = value;
    smaller.expiry_date.reset();
    out.push_back(std::move(smaller));
  }
  if (value.assessment_id != 1) {
    request smaller = value;
    smaller.assessment_id = 1;
    out.push_back(std::move(smaller));
  }
  if (value.invite_format != format::getlink) {
    request smaller = value;
    smaller.invite_format = format::getlink;
    out.push_back(std::move(smaller));
  }
  for (std::size_t i = 0; i < value.candidates.size() && i < 32; ++i) {
    for (std::string& name : shorter_names(value.candidates[i].name)) {
      request smaller = value;
      smaller.candidates[i].name = std::move(name);
      out.push_back(std::move(smaller));
    }
    const std::string plain_email = "e" + std::to_string(i) + "@x.io";
    if (plain_email.size() < value.candidates[i].email.size()) {
      request smaller = value;
      smaller.candidates[i].email = plain_email;
      if (emails_unique(smaller)) out.push_back(std::move(smaller));
    }
  }
  return out;
}

inline std::vector<response> smaller_values(const response& value) {
  std::vector<response> out;
  for (std::vector<invitation>& fewer : smaller_lists(value.invites)) {
    response smaller = value;
    smaller.invites = std::move(fewer);
    out.push_back(std::move(smaller));
  }
  for (std::size_t i = 0; i < value.invites.size() && i < 32; ++i) {
    const invitation& item = value.invites[i];
    for (std::string& name : shorter_names(item.name)) {
      response smaller = value;
      smaller.invites[i].name = std::move(name);
      out.push_back(std::move(smaller));
    }
    const auto simpler = [&](auto field, auto plain) {
      if (item.*field == plain) return;
      response smaller = value;
      smaller.invites[i].*field = plain;
      out.push_back(std::move(smaller));
    };
    simpler(&invitation::email, std::string("e@x.io"));
    simpler(&invitation::invite_link, std::string("http://a"));
    simpler(&invitation::status, std::string("s"));
    simpler(&invitation::report_id, static_cast<std::int64_t>(i + 1));
    simpler(&invitation::candidate_id, static_cast<std::int64_t>(i + 1));
    simpler(&invitation::assessment_id, std::int64_t{1});
  }
  return out;
}

template <class Case>
std::vector<Case> smaller_value_cases(const Case& c, profile style) {
  std::vector<Case> out;
  for (auto& value : smaller_values(c.value)) {
    Case smaller = c;
    smaller.value = std::move(value);
    smaller.json = spell_case(smaller.value, smaller.liberties, smaller.spelling_seed, style);
    out.push_back(std::move(smaller));
  }
  for (const spelling_liberties& plainer : plainer_spellings(c.liberties)) {
    Case smaller = c;
    smaller.liberties = plainer;
    smaller.json = spell_case(smaller.value, smaller.liberties, smaller.spelling_seed, style);
    out.push_back(std::move(smaller));
  }
  // Other spellings with the same liberties: a liberty that the failure needs somewhere is then
  // taken in fewer places.
  for (std::uint64_t other = 1; other <= 8; ++other) {
    Case respelled = c;
    respelled.spelling_seed = case_seed(c.spelling_seed, other);
    respelled.json = spell_case(respelled.value, respelled.liberties, respelled.spelling_seed, style);
    out.push_back(std::move(respelled));
  }
  return out;
}

template <class Case>
bool smaller_than(const Case& a, const Case& b) {
  if (a.json.size() != b.json.size()) return a.json.size() < b.json.size();
  return liberties_taken(a.liberties) < liberties_taken(b.liberties);
}

// ---- documents --------------------------------------------------------------------------------

inline void clear_whitespace(json_node& node) {
  node.inner.clear();
  for (json_member& member : node.members) {
    member.before.clear();
    member.before_colon.clear();
    member.after_colon.clear();
    member.after.clear();
    clear_whitespace(member.value);
  }
  for (json_item& item : node.items) {
    item.before.clear();
    item.after.clear();
    clear_whitespace(item.value);
  }
}

// Every modelled object and array of the tree, for edits that leave one member or item out.
inline void containers_of(json_node& node, std::vector<json_node*>& out) {
  if (node.opaque || (node.type != json_type::object && node.type != json_type::array)) return;
  out.push_back(&node);
  for (json_member& member : node.members) containers_of(member.value, out);
  for (json_item& item : node.items) containers_of(item.value, out);
}

// Strings written plainly (same decoded text), where no flaw was put in on purpose.
inline bool plainer_strings(json_node& node, legal_speller& plain) {
  bool changed = false;
  if (node.type == json_type::string && node.ill_formed_at == nowhere) {
    std::string token = plain.string_token(node.text);
    changed = token != node.token;
    node.token = std::move(token);
  }
  if (node.opaque) return changed;
  for (json_member& member : node.members) {
    if (member.key_ill_formed_at == nowhere) {
      std::string token = plain.string_token(member.key);
      changed = changed || token != member.key_token;
      member.key_token = std::move(token);
    }
    changed = plainer_strings(member.value, plain) || changed;
  }
  for (json_item& item : node.items) changed = plainer_strings(item.value, plain) || changed;
  return changed;
}

// The values the library reads, with what each holds: the reading of prediction.hpp, without
// the errors. `ignored` gets the values of the objects and arrays read that are never looked at
// (undeclared, repeated or conflicting keys, items past the 500th).
struct read_values {
  std::vector<std::pair<json_node*, field_role>> leaves;
  std::vector<json_node*> ignored;

  template <std::size_t N>
  void object(json_node& node, const field_spec (&fields)[N]) {
    bool given[N] = {};
    for (json_member& member : node.members) {
      std::size_t field = N;
      for (std::size_t f = 0; f < N; ++f) {
        if (member.key == fields[f].key || (!fields[f].alias.empty() && member.key == fields[f].alias)) field = f;
      }
      if (field == N || given[field]) {
        ignored.push_back(&member.value);
        continue;
      }
      given[field] = true;
      value(member.value, fields[field].role);
    }
  }

  void value(json_node& node, field_role role) {
    const bool modelled = !node.opaque && node.ill_formed_at == nowhere;
    if (modelled && node.type == json_type::array && (role == field_role::candidates || role == field_role::invites)) {
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        if (i >= contract_limits::max_candidates) {
          ignored.push_back(&node.items[i].value);
        } else {
          value(node.items[i].value, role == field_role::candidates ? field_role::candidate : field_role::invitation);
        }
      }
      return;
    }
    if (modelled && node.type == json_type::object && role == field_role::candidate) return object(node, candidate_fields);
    if (modelled && node.type == json_type::object && role == field_role::invitation) return object(node, invitation_fields);
    if (node.ill_formed_at == nowhere) leaves.emplace_back(&node, role);
  }

  void document(json_document& document, document_kind kind) {
    json_node& root = document.root;
    if (root.opaque || root.type != json_type::object) return;
    if (kind == document_kind::request) {
      object(root, request_fields);
    } else {
      object(root, response_fields);
    }
  }
};

inline json_type declared_type_of(field_role role) noexcept {
  switch (role) {
    case field_role::id: return json_type::integer;
    case field_role::candidates:
    case field_role::invites: return json_type::array;
    case field_role::candidate:
    case field_role::invitation: return json_type::object;
    default: return json_type::string;
  }
}

// The smallest value of the same JSON type (whatever holds a value of the wrong type reads only
// its type).
inline json_node smallest_of_type(json_type type) {
  switch (type) {
    case json_type::object: return opaque_value(type, "{}");
    case json_type::array: return opaque_value(type, "[]");
    case json_type::string: {
      json_node node = scalar(type, "\"\"");
      return node;
    }
    case json_type::integer: return scalar(type, "0");
    case json_type::number: return scalar(type, "0.5");
    case json_type::boolean: return scalar(type, "true");
    default: return scalar(type, "null");
  }
}

// A shorter value that breaks exactly the same rules where it stands, or false.
inline bool simplify_leaf(json_node& node, field_role role, std::size_t number, legal_speller& plain) {
  if (node.type != declared_type_of(role)) {
    if (role == field_role::expiry_date && node.type == json_type::null) return false;
    json_node smaller = smallest_of_type(node.type);
    if (smaller.token.size() >= node.token.size()) return false;
    node = std::move(smaller);
    return true;
  }
  const bool valid = node.breaks.empty();
  std::string text;
  std::vector<error_code> breaks = node.breaks;
  switch (role) {
    case field_role::id:
      if (node.token.size() <= 1) return false;
      node = scalar(json_type::integer, valid ? "1" : "0");
      node.breaks = std::move(breaks);
      return true;
    case field_role::name:
      text = valid ? "A" : breaks == name_breaks("") ? "" : breaks == name_breaks("\t") ? "\t" : node.text;
      break;
    case field_role::request_email:
    case field_role::response_email: text = valid ? "e" + std::to_string(number) + "@x.io" : "a@"; break;
    case field_role::invite_link: text = valid ? "http://a" : "ftp://a"; break;
    case field_role::status: text = valid ? "s" : ""; break;
    case field_role::invite_format: text = valid ? node.text : "x"; break;
    case field_role::expiry_date: text = valid ? node.text : "x"; break;
    default: return false;
  }
  if (text.size() >= node.text.size()) return false;
  node = plain.string(text);
  node.breaks = std::move(breaks);
  return true;
}

// Every value the library reads made as small as it can be while breaking the same rules (all at
// once when `only` is nowhere, else only that one), or every ignored value made 0.
inline bool simplify_values(json_document& document, document_kind kind, std::size_t only, bool ignored_ones) {
  read_values read;
  read.document(document, kind);
  random_source unused(0);
  legal_speller plain(unused, plain_spelling());
  bool changed = false;
  if (ignored_ones) {
    for (json_node* node : read.ignored) {
      if (node->token == "0" && node->type == json_type::integer) continue;
      *node = scalar(json_type::integer, "0");
      changed = true;
    }
    return changed;
  }
  for (std::size_t i = 0; i < read.leaves.size(); ++i) {
    if (only != nowhere && i != only) continue;
    changed = simplify_leaf(*read.leaves[i].first, read.leaves[i].second, i, plain) || changed;
  }
  return changed;
}

inline document_case rewritten(const document_case& c, json_document model) {
  document_case out = c;
  out.model = std::move(model);
  renderer writer(false);
  const rendered_document text = writer.render(out.model);
  const std::string how = c.document.how;
  predict(out.model, text, c.document.kind, c.document.options, out.document);
  out.document.json = text.text;
  out.document.how = how;
  return out;
}

inline std::vector<document_case> smaller_document_cases(const document_case& c) {
  std::vector<document_case> out;
  if (c.model.cut != nowhere) {
    // An earlier cut: nothing, a quarter, a half, three quarters of the way, or just before.
    json_document uncut = c.model;
    uncut.cut = nowhere;
    renderer writer(true);
    std::vector<std::size_t> earlier;
    for (const std::size_t at : writer.render(uncut).cut_points) {
      if (at < c.model.cut) earlier.push_back(at);
    }
    if (earlier.empty()) return out;
    std::set<std::size_t> picks;
    for (std::size_t quarter = 0; quarter < 4; ++quarter) picks.insert(earlier[earlier.size() * quarter / 4]);
    picks.insert(earlier.back());
    for (const std::size_t at : picks) {
      json_document shorter = c.model;
      shorter.cut = at;
      out.push_back(rewritten(c, std::move(shorter)));
    }
    return out; // a cut text's structure past the cut says nothing
  }
  {
    json_document plain = c.model;
    clear_whitespace(plain.root);
    plain.before.clear();
    plain.after.clear();
    out.push_back(rewritten(c, std::move(plain)));
  }
  {
    json_document plain = c.model;
    random_source unused(0);
    legal_speller speller(unused, plain_spelling());
    if (plainer_strings(plain.root, speller)) out.push_back(rewritten(c, std::move(plain)));
  }
  for (const bool ignored_ones : {true, false}) {
    json_document simpler = c.model;
    if (simplify_values(simpler, c.document.kind, nowhere, ignored_ones)) out.push_back(rewritten(c, std::move(simpler)));
  }
  {
    json_document counting = c.model;
    read_values read;
    read.document(counting, c.document.kind);
    for (std::size_t i = 0; i < read.leaves.size() && i < 32; ++i) {
      json_document simpler = c.model;
      if (simplify_values(simpler, c.document.kind, i, false)) out.push_back(rewritten(c, std::move(simpler)));
    }
  }
  json_document copy = c.model;
  std::vector<json_node*> containers;
  containers_of(copy.root, containers);
  // Each edit works on a fresh copy, whose containers come in the same order.
  for (std::size_t k = 0; k < containers.size() && out.size() < 64; ++k) {
    const std::size_t count = containers[k]->members.size() + containers[k]->items.size();
    for (std::size_t i = 0; i < count && i < 16; ++i) {
      json_document smaller = c.model;
      std::vector<json_node*> same;
      containers_of(smaller.root, same);
      json_node& container = *same[k];
      if (container.type == json_type::object) {
        container.members.erase(container.members.begin() + static_cast<std::ptrdiff_t>(i));
        if (!container.members.empty()) container.members.front().comma_missing = false;
      } else {
        if (count > 32 && i == 0) { // halve long arrays first
          container.items.resize(count / 2);
        } else {
          container.items.erase(container.items.begin() + static_cast<std::ptrdiff_t>(i));
        }
        if (!container.items.empty()) container.items.front().comma_missing = false;
      }
      if (container.members.empty() && container.items.empty()) container.trailing_comma = false;
      out.push_back(rewritten(c, std::move(smaller)));
    }
  }
  return out;
}

inline bool smaller_than(const document_case& a, const document_case& b) {
  return a.document.json.size() < b.document.json.size();
}

template <class Case, class Property, class Shrinks>
void shrink(property_report<Case>& report, const property_settings& settings, Property& holds, Shrinks shrinks) {
  bool improved = true;
  while (improved && report.shrink_calls < settings.max_shrink_calls) {
    improved = false;
    for (Case& candidate : shrinks(report.smallest)) {
      if (report.shrink_calls >= settings.max_shrink_calls) break;
      if (!smaller_than(candidate, report.smallest)) continue;
      ++report.shrink_calls;
      if (holds(static_cast<const Case&>(candidate))) continue;
      report.smallest = std::move(candidate);
      ++report.shrink_steps;
      improved = true;
      break;
    }
  }
}

template <class Case, class Make, class Property, class Shrinks>
property_report<Case> run_property(const property_settings& settings, Make make, Property& holds, Shrinks shrinks) {
  property_report<Case> report;
  report.run_seed = settings.seed;
  for (std::size_t i = 0; i < settings.cases; ++i) {
    Case c = make(case_seed(settings.seed, i), i);
    ++report.cases_run;
    if (holds(static_cast<const Case&>(c))) continue;
    report.holds = false;
    report.failing_index = i;
    report.original = c;
    report.smallest = std::move(c);
    shrink(report, settings, holds, shrinks);
    return report;
  }
  return report;
}

template <class Case, class Value>
Case value_case(std::uint64_t seed, Value value, generator& maker, const property_settings& settings) {
  Case c;
  c.seed = seed;
  c.value = std::move(value);
  c.liberties = settings.liberties;
  c.spelling_seed = maker.random().bits();
  c.json = spell_case(c.value, c.liberties, c.spelling_seed, settings.style);
  return c;
}

} // namespace detail

/// Runs `holds(const request_case&) -> bool` on settings.cases valid requests.
template <class Property>
property_report<request_case> check_requests(const property_settings& settings, Property holds) {
  const auto make = [&](std::uint64_t seed, std::size_t) {
    generator maker(seed, settings.style);
    invite::request value = maker.request();
    return detail::value_case<request_case>(seed, std::move(value), maker, settings);
  };
  return detail::run_property<request_case>(settings, make, holds, [&](const request_case& c) {
    return detail::smaller_value_cases(c, settings.style);
  });
}

/// Runs `holds(const response_case&) -> bool` on settings.cases valid responses.
template <class Property>
property_report<response_case> check_responses(const property_settings& settings, Property holds) {
  const auto make = [&](std::uint64_t seed, std::size_t) {
    generator maker(seed, settings.style);
    invite::response value = maker.response();
    return detail::value_case<response_case>(seed, std::move(value), maker, settings);
  };
  return detail::run_property<response_case>(settings, make, holds, [&](const response_case& c) {
    return detail::smaller_value_cases(c, settings.style);
  });
}

/// Runs `holds(const document_case&) -> bool` on settings.cases bodies of `kind`, every other
/// one invalid (see generator::invalid_document and settings.vary_options), each with its
/// verdict.
template <class Property>
property_report<document_case> check_documents(document_kind kind, const property_settings& settings, Property holds) {
  const auto make = [&](std::uint64_t seed, std::size_t index) {
    generator maker(seed, settings.style);
    detail::modelled_document made =
        index % 2 == 0 ? maker.valid_modelled(kind, settings.liberties) : maker.invalid_modelled(kind, settings.vary_options);
    document_case c;
    c.seed = seed;
    c.document = std::move(made.document);
    c.model = std::move(made.model);
    return c;
  };
  return detail::run_property<document_case>(settings, make, holds, [](const document_case& c) {
    return detail::smaller_document_cases(c);
  });
}

} // namespace invite::testing

#endif // INVITE_TESTING_PROPERTY_HPP_INCLUDED
