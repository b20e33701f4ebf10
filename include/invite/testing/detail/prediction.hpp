#ifndef INVITE_TESTING_DETAIL_PREDICTION_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_PREDICTION_HPP_INCLUDED

// The verdict of a modelled document, read from docs/contract.md §1-§5 alone: the order of the
// checks (size, well-formedness, root, members), keys by their decoded text, first one wins,
// alias conflicts, unknown and repeated keys, missing fields at the object's close, an array's
// size before its items, nothing past the 500th item, uniqueness among valid e-mails, ignored
// values never looked into, then max_errors; and the notes of tolerated undeclared keys. The values' own rules come with the values (each
// node says which it breaks where it stands), so this reads the structure and nothing more.

#include <invite/codec/error.hpp>
#include <invite/codec/parse_options.hpp>
#include <invite/contract/limits.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/test_document.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace invite::testing::detail {

/// What a member holds, which decides the JSON type it takes and what is looked at inside.
enum class field_role : unsigned char {
  id, invite_format, expiry_date, candidates, invites, candidate, invitation, name, request_email, response_email,
  invite_link, status
};

struct field_spec {
  std::string_view key;
  std::string_view alias; // "" when there is none
  field_role role;
  bool required;
};

inline constexpr field_spec request_fields[] = {
    {"assessment_id", "", field_role::id, true},
    {"invite_format", "", field_role::invite_format, true},
    {"expiry_date", "", field_role::expiry_date, false},
    {"candidates", "", field_role::candidates, true},
};

inline constexpr field_spec candidate_fields[] = {
    {"name", "candidate_name", field_role::name, true},
    {"email", "candidate_email", field_role::request_email, true},
};

inline constexpr field_spec response_fields[] = {
    {"invites", "", field_role::invites, true},
};

inline constexpr field_spec invitation_fields[] = {
    {"name", "", field_role::name, true},
    {"email", "", field_role::response_email, true},
    {"report_id", "", field_role::id, true},
    {"candidate_id", "", field_role::id, true},
    {"assessment_id", "", field_role::id, true},
    {"invite_link", "", field_role::invite_link, true},
    {"status", "", field_role::status, true},
};

class predictor {
public:
  predictor(const parse_options& options, std::vector<expected_error>& errors, std::vector<expected_error>& notes)
      : options_(options), errors_(errors), notes_(notes) {}

  void document(const json_node& root, document_kind kind) {
    if (root.type != json_type::object) {
      add(error_code::type_mismatch, root.offset);
      return;
    }
    if (kind == document_kind::request) {
      object(root, request_fields);
    } else {
      object(root, response_fields);
    }
  }

private:
  void add(error_code code, std::size_t offset) { errors_.push_back(expected_error{code, path_, offset}); }

  template <std::size_t N>
  void object(const json_node& node, const field_spec (&fields)[N]) {
    std::vector<std::string_view> seen_keys;
    bool given[N] = {};
    for (const json_member& member : node.members) {
      const std::size_t path_length = path_.size();
      append_pointer_token(path_, member.key);
      bool repeated = false;
      for (const std::string_view key : seen_keys) repeated = repeated || key == member.key;
      seen_keys.push_back(member.key);
      std::size_t field = N;
      for (std::size_t f = 0; f < N; ++f) {
        if (member.key == fields[f].key || (!fields[f].alias.empty() && member.key == fields[f].alias)) field = f;
      }
      if (repeated) {
        add(error_code::duplicate_field, member.key_offset);
      } else if (field == N) {
        if (!options_.allow_unknown_fields) {
          add(error_code::unknown_field, member.key_offset);
        } else {
          notes_.push_back(expected_error{error_code::unknown_field, path_, member.key_offset}); // tolerated
        }
      } else if (given[field]) {
        add(error_code::alias_conflict, member.key_offset);
      } else {
        given[field] = true;
        value(member.value, fields[field].role);
      }
      path_.resize(path_length);
    }
    for (std::size_t f = 0; f < N; ++f) {
      if (given[f] || !fields[f].required) continue;
      const std::size_t path_length = path_.size();
      append_pointer_token(path_, fields[f].key);
      add(error_code::missing_field, node.offset);
      path_.resize(path_length);
    }
  }

  static json_type declared_type(field_role role) noexcept {
    switch (role) {
      case field_role::id: return json_type::integer;
      case field_role::candidates:
      case field_role::invites: return json_type::array;
      case field_role::candidate:
      case field_role::invitation: return json_type::object;
      default: return json_type::string;
    }
  }

  void value(const json_node& node, field_role role) {
    if (role == field_role::expiry_date && node.type == json_type::null) return; // null is absent
    if (node.type != declared_type(role)) {
      add(error_code::type_mismatch, node.offset);
      return;
    }
    switch (role) {
      case field_role::candidates: items(node, field_role::candidate); return;
      case field_role::invites: items(node, field_role::invitation); return;
      case field_role::candidate: object(node, candidate_fields); return;
      case field_role::invitation: object(node, invitation_fields); return;
      default: break;
    }
    for (const error_code code : node.breaks) add(code, node.offset);
    if (role == field_role::request_email && node.breaks.empty()) {
      // Unique among the request's valid e-mails, ASCII case aside.
      if (!emails_seen_.insert(ascii_lowercase_copy(node.text)).second) add(error_code::duplicate_value, node.offset);
    }
  }

  void items(const json_node& array, field_role item_role) {
    const std::size_t count = array.items.size();
    if (count < contract_limits::min_candidates) add(error_code::too_short, array.offset);
    if (count > contract_limits::max_candidates) add(error_code::too_long, array.offset);
    for (std::size_t i = 0; i < count && i < contract_limits::max_candidates; ++i) {
      const std::size_t path_length = path_.size();
      path_ += '/';
      path_ += std::to_string(i);
      value(array.items[i].value, item_role);
      path_.resize(path_length);
    }
  }

  const parse_options& options_;
  std::vector<expected_error>& errors_;
  std::vector<expected_error>& notes_;
  std::string path_;
  std::set<std::string> emails_seen_;
};

/// A document, and the model it was written from.
struct modelled_document {
  json_document model;
  test_document document;
};

/// The verdict of `document` (rendered as `rendered`) as a `kind` under `options`.
inline void predict(const json_document& document, const rendered_document& rendered, document_kind kind,
                    const parse_options& options, test_document& out) {
  out.kind = kind;
  out.options = options;
  out.errors.clear();
  out.notes.clear();
  if (rendered.text.size() > options.max_bytes) {
    out.errors.push_back(expected_error{error_code::payload_too_large, "", 0});
  } else if (rendered.ill_formed_at != nowhere) {
    out.errors.push_back(expected_error{error_code::invalid_json, "", rendered.ill_formed_at});
  } else {
    predictor(options, out.errors, out.notes).document(document.root, kind);
  }
  out.valid = out.errors.empty();
  if (out.errors.size() > options.max_errors) out.errors.resize(options.max_errors);
  if (out.notes.size() > options.max_notes) out.notes.resize(options.max_notes);
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_PREDICTION_HPP_INCLUDED
