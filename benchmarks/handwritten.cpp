// The hand-written reference parser: simdjson On Demand written for exactly this contract (the
// writers by hand are in handwritten_writers.cpp).

#include "handwritten_ondemand.hpp"

#include "contenders.hpp"
#include "library_string_rules.hpp"
#include <invite/codec/spelling/json_pointer.hpp>

#include <invite_test/canonical_json.hpp>
#include <invite_test/contract_rules.hpp>

#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>

namespace invite_test {

namespace ondemand = simdjson::ondemand;

namespace {

// JSON whitespace that On Demand's raw tokens carry up to the next structural character.
std::string_view trim_json_whitespace(std::string_view token) noexcept {
  while (!token.empty()) {
    const char c = token.back();
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
    token.remove_suffix(1);
  }
  return token;
}

} // namespace

bool handwritten_ondemand_parser::parse(std::string_view json, invite::request& out,
                                        const invite::parse_options& options) {
  errors_.clear();
  malformed_ = false;
  options_ = &options;
  if (json.size() > options.max_bytes) {
    if (options.max_errors != 0) errors_.push_back({invite::error_code::payload_too_large, "", 0});
    return false;
  }
  // simdjson reads up to SIMDJSON_PADDING bytes past the end: one copy into a kept buffer.
  input_ = padded_.copy(json);
  base_ = input_.data();
  size_ = json.size();

  read_document(out);
  if (malformed_) {
    errors_.clear();
    errors_.push_back({invite::error_code::invalid_json, "", malformed_offset_});
  }
  const bool valid = errors_.empty();
  if (errors_.size() > options.max_errors) errors_.resize(options.max_errors);
  return valid;
}

void handwritten_ondemand_parser::read_document(invite::request& out) {
  if (size_ >= 3 && std::memcmp(base_, "\xEF\xBB\xBF", 3) == 0) {
    malformed(base_);
    return;
  }
  std::size_t first = 0;
  while (first < size_ && (base_[first] == ' ' || base_[first] == '\n' || base_[first] == '\r' ||
                           base_[first] == '\t')) {
    ++first;
  }
  ondemand::document document;
  if (json_.iterate(input_).get(document) !=
      simdjson::SUCCESS) {
    malformed(base_ + first);
    return;
  }
  ondemand::json_type type{};
  if (document.type().get(type) != simdjson::SUCCESS) {
    malformed(base_ + first);
    return;
  }
  const place root_place{no_item, {}, false};
  if (type == ondemand::json_type::object || type == ondemand::json_type::array) {
    value root;
    if (document.get_value().get(root) != simdjson::SUCCESS) {
      malformed(base_ + first);
      return;
    }
    const bool read = type == ondemand::json_type::object ? read_request(root, out) : skip(root, 1);
    if (!read) return;
    const char* trailing = nullptr;
    if (document.current_location().get(trailing) == simdjson::SUCCESS) {
      malformed(trailing);
      return;
    }
    if (type == ondemand::json_type::array) report(invite::error_code::type_mismatch, root_place, base_ + first);
    return;
  }
  // A scalar root: checked whole, nothing after it, then the wrong type.
  std::string_view token;
  if (document.raw_json_token().get(token) != simdjson::SUCCESS) {
    malformed(base_ + first);
    return;
  }
  const std::string_view literal = trim_json_whitespace(token);
  bool well_formed = false;
  switch (type) {
    case ondemand::json_type::string: {
      std::string_view text;
      well_formed = document.get_string().get(text) == simdjson::SUCCESS;
      break;
    }
    case ondemand::json_type::number: well_formed = classify_number(literal) != number_form::malformed; break;
    case ondemand::json_type::boolean: well_formed = literal == "true" || literal == "false"; break;
    case ondemand::json_type::null: well_formed = literal == "null"; break;
    default: break;
  }
  if (!well_formed || token.data() + token.size() != base_ + size_) {
    malformed(token.data());
    return;
  }
  report(invite::error_code::type_mismatch, root_place, base_ + first);
}

bool handwritten_ondemand_parser::followed_by_separator(std::string_view token) {
  // We only peek at scalars. simdjson checks what follows a value when it consumes it, but when
  // it skips an unconsumed string followed by ':' it takes it for a key ("k":1 inside an array
  // would pass), so the character after the raw token (the next structural) is checked here.
  const char* next = token.data() + token.size();
  if (next < base_ + size_ && *next != ',' && *next != ']' && *next != '}') return malformed(next);
  return true;
}

bool handwritten_ondemand_parser::read_key(ondemand::field& field, std::string_view& key) {
  // Keys without a backslash are their own decoding; simdjson has already validated UTF-8 and
  // rejected raw control characters for the whole input.
  const char* raw = field.key().raw();
  const char* p = raw;
  while (*p != '"' && *p != '\\') ++p;
  if (*p == '"') {
    key = std::string_view(raw, static_cast<std::size_t>(p - raw));
    return true;
  }
  if (field.unescaped_key().get(key) != simdjson::SUCCESS) return malformed(raw - 1);
  return true;
}

bool handwritten_ondemand_parser::read_request(value& root, invite::request& out) {
  const char* object_start = root.raw_json_token().data();
  ondemand::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) return malformed(object_start);
  unsigned seen = 0;
  root_unknown_keys_.clear();
  for (auto member : object) {
    ondemand::field field;
    if (std::move(member).get(field) != simdjson::SUCCESS) return malformed(object_start);
    const char* key_start = field.key().raw() - 1;
    std::string_view key;
    if (!read_key(field, key)) return false;
    value& field_value = field.value();
    const place at{no_item, key, true};
    const request_key which = classify_request_key(key);
    if (which == request_key::unknown) {
      unknown_key(key, key_start, root_unknown_keys_, at);
      if (!skip(field_value, 2)) return false;
      continue;
    }
    const unsigned bit = 1u << static_cast<unsigned>(which);
    if ((seen & bit) != 0) {
      report(invite::error_code::duplicate_field, at, key_start);
      if (!skip(field_value, 2)) return false;
      continue;
    }
    seen |= bit;
    bool read = true;
    switch (which) {
      case request_key::assessment_id: read = read_id(field_value, out.assessment_id, at); break;
      case request_key::invite_format: read = read_format(field_value, out.invite_format, at); break;
      case request_key::expiry_date: read = read_expiry(field_value, out.expiry_date, at); break;
      case request_key::candidates: read = read_candidates(field_value, out.candidates, at); break;
      case request_key::unknown: break;
    }
    if (!read) return false;
  }
  const auto require = [&](request_key key, std::string_view name) {
    if ((seen & (1u << static_cast<unsigned>(key))) == 0) {
      report(invite::error_code::missing_field, place{no_item, name, true}, object_start);
    }
  };
  require(request_key::assessment_id, "assessment_id");
  require(request_key::invite_format, "invite_format");
  require(request_key::candidates, "candidates");
  if ((seen & (1u << static_cast<unsigned>(request_key::expiry_date))) == 0) out.expiry_date.reset();
  return true;
}

bool handwritten_ondemand_parser::read_id(value& v, std::int64_t& out, const place& at) {
  ondemand::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(v.raw_json_token().data());
  if (type != ondemand::json_type::number) return mismatch(v, at, 2);
  const std::string_view token = v.raw_json_token();
  if (!followed_by_separator(token)) return false;
  const std::string_view literal = trim_json_whitespace(token);
  switch (classify_number(literal)) {
    case number_form::malformed: return malformed(token.data());
    case number_form::fraction_or_exponent: report(invite::error_code::type_mismatch, at, token.data()); return true;
    case number_form::integer:
      if (const std::optional<std::int64_t> id = id_of_integer_literal(literal)) {
        out = *id;
      } else {
        report(invite::error_code::out_of_range, at, token.data());
      }
      return true;
  }
  return true;
}

bool handwritten_ondemand_parser::read_text(value& v, std::string_view& text) {
  // A string without a backslash is the bytes between its quotes; others go through simdjson.
  const std::string_view raw = v.raw_json_token();
  if (!followed_by_separator(raw)) return false;
  const std::string_view token = trim_json_whitespace(raw);
  if (token.size() >= 2 && token.back() == '"') {
    const std::string_view inside(token.data() + 1, token.size() - 2);
    if (std::memchr(inside.data(), '\\', inside.size()) == nullptr) {
      text = inside;
      return true;
    }
  }
  if (v.get_string().get(text) != simdjson::SUCCESS) return malformed(token.data());
  return true;
}

bool handwritten_ondemand_parser::read_format(value& v, invite::format& out, const place& at) {
  ondemand::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(v.raw_json_token().data());
  if (type != ondemand::json_type::string) return mismatch(v, at, 2);
  const char* start = v.raw_json_token().data();
  std::string_view text;
  if (!read_text(v, text)) return false;
  if (const std::optional<invite::format> format = format_named(text)) {
    out = *format;
  } else {
    report(invite::error_code::invalid_enum, at, start);
  }
  return true;
}

bool handwritten_ondemand_parser::read_expiry(value& v,
                                              std::optional<date::local_time<std::chrono::minutes>>& out,
                                              const place& at) {
  ondemand::json_type type{};
  const std::string_view token = v.raw_json_token();
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(token.data());
  if (type == ondemand::json_type::null) {
    if (!followed_by_separator(token)) return false;
    if (trim_json_whitespace(token) != "null") return malformed(token.data());
    out.reset();
    return true;
  }
  if (type != ondemand::json_type::string) return mismatch(v, at, 2);
  std::string_view text;
  if (!read_text(v, text)) return false;
  if (const std::optional<expiry_time> minute = library_string_rules::parse_expiry(text)) {
    out = *minute;
  } else {
    report(invite::error_code::invalid_datetime, at, token.data());
  }
  return true;
}

bool handwritten_ondemand_parser::read_candidates(value& v, std::vector<invite::candidate>& out,
                                                  const place& at) {
  ondemand::json_type type{};
  const char* array_start = v.raw_json_token().data();
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(array_start);
  if (type != ondemand::json_type::array) return mismatch(v, at, 2);
  ondemand::array array;
  if (v.get_array().get(array) != simdjson::SUCCESS) return malformed(array_start);
  const std::size_t errors_before = errors_.size();
  out.clear();
  emails_.clear();
  std::size_t count = 0;
  for (auto element : array) {
    value item;
    if (std::move(element).get(item) != simdjson::SUCCESS) return malformed(array_start);
    if (count >= max_items) {
      if (!skip(item, 3)) return false;
      ++count;
      continue;
    }
    out.emplace_back();
    if (!read_candidate(item, out, count)) return false;
    ++count;
  }
  // Verdicts on the whole array go before the errors of its items.
  const auto insert = [&](invite::error_code code) {
    errors_.insert(errors_.begin() + static_cast<std::ptrdiff_t>(errors_before),
                   contract_error{code, path_of(at), offset_of(array_start)});
  };
  if (count == 0) insert(invite::error_code::too_short);
  if (count > max_items) insert(invite::error_code::too_long);
  return true;
}

bool handwritten_ondemand_parser::read_candidate(value& v, std::vector<invite::candidate>& items,
                                                 std::size_t index) {
  ondemand::json_type type{};
  const char* object_start = v.raw_json_token().data();
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(object_start);
  if (type != ondemand::json_type::object) return mismatch(v, place{index, {}, false}, 3);
  ondemand::object object;
  if (v.get_object().get(object) != simdjson::SUCCESS) return malformed(object_start);
  unsigned seen_members = 0;   // bit 0 name, bit 1 email
  unsigned seen_spellings = 0; // one bit per candidate_key
  item_unknown_keys_.clear();
  for (auto member : object) {
    ondemand::field field;
    if (std::move(member).get(field) != simdjson::SUCCESS) return malformed(object_start);
    const char* key_start = field.key().raw() - 1;
    std::string_view key;
    if (!read_key(field, key)) return false;
    value& field_value = field.value();
    const place at{index, key, true};
    const candidate_key which = classify_candidate_key(key);
    if (which == candidate_key::unknown) {
      unknown_key(key, key_start, item_unknown_keys_, at);
      if (!skip(field_value, 4)) return false;
      continue;
    }
    const unsigned member_bit = 1u << (static_cast<unsigned>(which) / 2);
    const unsigned spelling_bit = 1u << static_cast<unsigned>(which);
    if ((seen_members & member_bit) != 0) {
      // The first occurrence is the one used; the later one is reported under its own name.
      report((seen_spellings & spelling_bit) != 0 ? invite::error_code::duplicate_field
                                                  : invite::error_code::alias_conflict,
             at, key_start);
      if (!skip(field_value, 4)) return false;
    } else {
      seen_members |= member_bit;
      const bool read = member_bit == 1u ? read_name(field_value, items[index].name, at)
                                         : read_email(field_value, items, index, at);
      if (!read) return false;
    }
    seen_spellings |= spelling_bit;
  }
  if ((seen_members & 1u) == 0) report(invite::error_code::missing_field, place{index, "name", true}, object_start);
  if ((seen_members & 2u) == 0) report(invite::error_code::missing_field, place{index, "email", true}, object_start);
  return true;
}

bool handwritten_ondemand_parser::read_name(value& v, std::string& out, const place& at) {
  ondemand::json_type type{};
  const char* start = v.raw_json_token().data();
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(start);
  if (type != ondemand::json_type::string) return mismatch(v, at, 4);
  std::string_view text;
  if (!read_text(v, text)) return false;
  out.assign(text.data(), text.size());
  const name_verdict verdict = library_string_rules::check_name(text);
  if (verdict.too_short) report(invite::error_code::too_short, at, start);
  if (verdict.too_long) report(invite::error_code::too_long, at, start);
  if (verdict.invalid_characters) report(invite::error_code::invalid_characters, at, start);
  return true;
}

bool handwritten_ondemand_parser::read_email(value& v, std::vector<invite::candidate>& items,
                                             std::size_t index, const place& at) {
  ondemand::json_type type{};
  const char* start = v.raw_json_token().data();
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(start);
  if (type != ondemand::json_type::string) return mismatch(v, at, 4);
  std::string_view text;
  if (!read_text(v, text)) return false;
  items[index].email.assign(text.data(), text.size());
  if (!library_string_rules::is_valid_email(text)) {
    report(invite::error_code::invalid_email, at, start);
    return true;
  }
  // Uniqueness is judged among valid e-mails only.
  const std::size_t first = emails_.first_with(
      text, index, [&](std::size_t i) -> std::string_view { return items[i].email; });
  if (first != index) report(invite::error_code::duplicate_value, at, start);
  return true;
}

void handwritten_ondemand_parser::unknown_key(std::string_view key, const char* key_start,
                                              std::vector<std::string>& seen, const place& at) {
  for (const std::string& earlier : seen) {
    if (earlier == key) {
      report(invite::error_code::duplicate_field, at, key_start);
      return;
    }
  }
  seen.emplace_back(key);
  if (!options_->allow_unknown_fields) report(invite::error_code::unknown_field, at, key_start);
}

bool handwritten_ondemand_parser::mismatch(value& v, const place& at, std::size_t depth) {
  const char* start = v.raw_json_token().data();
  if (!skip(v, depth)) return false;
  report(invite::error_code::type_mismatch, at, start);
  return true;
}

bool handwritten_ondemand_parser::skip(value& v, std::size_t depth) {
  // On Demand checks only what is visited: every ignored value is visited whole.
  const std::string_view token = v.raw_json_token();
  ondemand::json_type type{};
  if (v.type().get(type) != simdjson::SUCCESS) return malformed(token.data());
  switch (type) {
    case ondemand::json_type::array: {
      if (depth > max_nesting_depth) return malformed(token.data());
      ondemand::array array;
      if (v.get_array().get(array) != simdjson::SUCCESS) return malformed(token.data());
      for (auto element : array) {
        value item;
        if (std::move(element).get(item) != simdjson::SUCCESS) return malformed(token.data());
        if (!skip(item, depth + 1)) return false;
      }
      return true;
    }
    case ondemand::json_type::object: {
      if (depth > max_nesting_depth) return malformed(token.data());
      ondemand::object object;
      if (v.get_object().get(object) != simdjson::SUCCESS) return malformed(token.data());
      for (auto member : object) {
        ondemand::field field;
        if (std::move(member).get(field) != simdjson::SUCCESS) return malformed(token.data());
        std::string_view key;
        if (!read_key(field, key)) return false;
        if (!skip(field.value(), depth + 1)) return false;
      }
      return true;
    }
    case ondemand::json_type::string: {
      if (!followed_by_separator(token)) return false;
      std::string_view text;
      if (v.get_string().get(text) != simdjson::SUCCESS) return malformed(token.data());
      return true;
    }
    case ondemand::json_type::number:
      if (!followed_by_separator(token)) return false;
      if (classify_number(trim_json_whitespace(token)) == number_form::malformed) return malformed(token.data());
      return true;
    case ondemand::json_type::boolean: {
      if (!followed_by_separator(token)) return false;
      const std::string_view literal = trim_json_whitespace(token);
      if (literal != "true" && literal != "false") return malformed(token.data());
      return true;
    }
    case ondemand::json_type::null:
      if (!followed_by_separator(token)) return false;
      if (trim_json_whitespace(token) != "null") return malformed(token.data());
      return true;
  }
  return malformed(token.data());
}

std::string handwritten_ondemand_parser::path_of(const place& at) const {
  std::string path;
  if (at.item != no_item) {
    path = "/candidates/";
    path += std::to_string(at.item);
  }
  if (at.has_key) invite::spelling::append_pointer_token(path, at.key);
  return path;
}

void handwritten_ondemand_parser::report(invite::error_code code, const place& at, const char* where) {
  errors_.push_back({code, path_of(at), offset_of(where)});
}

bool handwritten_ondemand_parser::malformed(const char* where) {
  if (!malformed_) {
    malformed_ = true;
    const char* clamped = where < base_ ? base_ : (where > base_ + size_ ? base_ + size_ : where);
    malformed_offset_ = offset_of(clamped);
  }
  return false;
}

namespace {

class handwritten_request_parser final : public request_parser {
public:
  bool parse(std::string_view json) override {
    // A new request per document, as code that returns one would do.
    invite::request fresh{};
    const bool valid = parser_.parse(json, fresh);
    last_ = std::move(fresh);
    return valid;
  }
  const invite::request& value() const override { return last_; }

private:
  handwritten_ondemand_parser parser_;
  invite::request last_{};
};

} // namespace

void add_handwritten_contenders(parse_contenders& parsers, write_contenders&) {
  parsers.push_back({"handwritten_ondemand",
                     "reference: simdjson On Demand by hand for this contract, the same rules; "
                     "parser kept, a fresh request per document",
                     [] { return std::make_unique<handwritten_request_parser>(); }});
}

} // namespace invite_test
