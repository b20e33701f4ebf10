#ifndef INVITE_TESTING_DETAIL_BREAKAGES_HPP_INCLUDED
#define INVITE_TESTING_DETAIL_BREAKAGES_HPP_INCLUDED

// Ways to break one rule of a modelled document (docs/contract.md §1-§5): a value no rule
// allows, a value of the wrong type, a member missing, unknown, repeated or under both of its
// names, an array too short or too long, an item that is not an object, an e-mail given twice, a
// root that is not an object. Each puts in values whose broken rules it knows by construction
// (an e-mail made invalid by a change that no valid address survives, a date that names no
// minute); prediction.hpp works out from the whole tree what the library reports.

#include <invite/codec/error.hpp>
#include <invite/contract/limits.hpp>
#include <invite/testing/detail/calendar.hpp>
#include <invite/testing/detail/every_legal_value.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/legal_speller.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/test_document.hpp>
#include <invite/codec/spelling/email.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace invite::testing::detail {

// ---------------------------------------------------------------------------------------------
// The rules of names and statuses, computed: they depend on nothing but counting.

inline std::vector<error_code> name_breaks(std::string_view text) {
  bool only_spaces = true;
  bool control = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    only_spaces = only_spaces && byte == ' ';
    control = control || byte < 0x20 || byte == 0x7F;
  }
  std::vector<error_code> broken;
  if (only_spaces) broken.push_back(error_code::too_short); // the empty name too
  if (code_point_count(text) > contract_limits::max_name_code_points) broken.push_back(error_code::too_long);
  if (control) broken.push_back(error_code::invalid_characters);
  return broken;
}

inline std::vector<error_code> status_breaks(std::string_view text) {
  if (text.empty()) return {error_code::too_short};
  return {};
}

// ---------------------------------------------------------------------------------------------
// Values that break a rule

inline json_node broken_string(legal_speller& speller, std::string_view text, std::vector<error_code> breaks) {
  json_node node = speller.string(text);
  node.breaks = std::move(breaks);
  return node;
}

/// An integer literal outside 1..2^63-1: out_of_range whatever its length.
inline json_node id_out_of_range(legal_speller& speller) {
  random_source& random = speller.random();
  std::string token;
  switch (random.below(6)) {
    case 0: token = "0"; break;
    case 1: token = "-0"; break;
    case 2: token = "-" + std::to_string(1 + random.below(1000000)); break;
    case 3: token = "9223372036854775808"; break;
    case 4: token = "-9223372036854775808"; break;
    default: {
      token = std::to_string(1 + random.below(9));
      const std::size_t digits = 19 + random.index(random.one_in(10) ? 400 : 10);
      for (std::size_t i = 0; i < digits; ++i) token += static_cast<char>('0' + random.below(10));
    }
  }
  json_node node = scalar(json_type::integer, token);
  node.breaks = {error_code::out_of_range};
  return node;
}

/// A value of another type than the one declared: `declared` is what the member wants.
inline json_node wrong_type(legal_speller& speller, json_type declared) {
  random_source& random = speller.random();
  for (;;) {
    json_node node;
    switch (random.below(9)) {
      case 0: node = scalar(json_type::null, "null"); break;
      case 1: node = scalar(json_type::boolean, random.coin() ? "true" : "false"); break;
      case 2: node = scalar(json_type::integer, std::to_string(random.below(100000))); break;
      case 3: node = scalar(json_type::number, random.pick(std::array<std::string_view, 6>{"12.0", "1e3", "1E+2", "-0.5", "1e400", "7.0e0"}).data()); break;
      case 4: {
        std::string number;
        const json_type type = speller.append_random_number(number);
        node = scalar(type, std::move(number));
        break;
      }
      case 5: node = speller.string(random.pick(std::array<std::string_view, 5>{"12", "", "getlink", "ada@example.com", "2024-12-31 18:30"})); break;
      case 6: node = opaque_value(json_type::array, random.pick(std::array<std::string_view, 4>{"[]", "[1]", "[\"getlink\"]", "[{\"name\":\"A\",\"email\":\"a@x.io\"}]"}).data()); break;
      case 7: node = opaque_value(json_type::object, random.pick(std::array<std::string_view, 4>{"{}", "{\"zzz\":1,\"zzz\":2}", "{\"name\":\"A\"}", "{\"a\":[1,{\"b\":null}]}"}).data()); break;
      default: node = speller.random_value(); break;
    }
    if (node.type != declared) return node;
  }
}

inline json_node invalid_format(legal_speller& speller) {
  static constexpr std::string_view names[] = {"GetLink", "GETLINK", "Sendlink", "", "getlink ", " sendlink", "get link",
                                               "fax", "getLink", "send-link", "link", "getlinks", "sendlink\t", "g\u00e9tlink"};
  return broken_string(speller, speller.random().pick(names), {error_code::invalid_enum});
}

/// A text that names no minute as "YYYY-MM-DD HH:MM", made from a valid one by a change that
/// no valid date-time survives.
inline json_node invalid_expiry(legal_speller& speller) {
  random_source& random = speller.random();
  std::optional<expiry_time> base;
  while (!base) base = random_expiry(random);
  const calendar_minute at = calendar_of(*base);
  std::string text = format_expiry(*base);
  const auto two = [](long value) {
    std::string out;
    append_digits(out, value, 2);
    return out;
  }; // GCOVR_EXCL_LINE: only the clean-up of `out` when append_digits throws (out of memory) is on this line
  switch (random.below(12)) {
    case 0: text[10] = 'T'; break;
    case 1: text += ":00"; break;
    case 2: text += random.coin() ? "Z" : "+02:00"; break;
    case 3: text.replace(11, 2, two(24 + static_cast<long>(random.below(76)))); break;
    case 4: text.replace(14, 2, two(60 + static_cast<long>(random.below(40)))); break;
    case 5: text.replace(5, 2, random.coin() ? "00" : two(13 + static_cast<long>(random.below(87)))); break;
    case 6: text.replace(8, 2, random.coin() ? "00" : two(days_in_month(at.year, at.month) + 1 + static_cast<long>(random.below(static_cast<std::uint64_t>(99 - days_in_month(at.year, at.month)))))); break;
    case 7: { // 29 February of a year that has none
      long year = at.year;
      while (is_leap_year(year)) year = static_cast<long>(random.between(0, 9999));
      text.clear();
      append_digits(text, year, 4);
      text += "-02-29" + format_expiry(*base).substr(10);
      break;
    }
    case 8: text.erase(random.coin() ? 5 : 8, 1); break; // a one-digit month or day
    case 9: text = random.coin() ? " " + text : text + " "; break;
    case 10: text[random.pick(std::array<std::size_t, 3>{4, 7, 13})] = '/'; break;
    default: text = random.pick(std::array<std::string_view, 4>{"", "tomorrow", "2024-12-31", "18:30"}); break;
  }
  return broken_string(speller, text, {error_code::invalid_datetime});
}

/// An address outside WHATWG HTML's grammar or the octet limits, made from a valid one by a
/// change that no valid address survives.
inline json_node invalid_email(legal_speller& speller) {
  random_source& random = speller.random();
  std::string address = random_email(random);
  const std::size_t at = address.find('@');
  switch (random.below(11)) {
    case 0: address.erase(at, 1); break;
    case 1: address.insert(at, "@"); break;
    case 2: address += '.'; break;
    case 3: address += '-'; break;
    case 4: address.insert(random.index(at + 1), " "); break;
    case 5: address.insert(random.index(at + 1), "\xC3\xA9"); break; // é
    case 6: address.insert(0, std::string(spelling::max_email_local_octets + 1 - at, 'a')); break;
    case 7: // longer than 254 octets, every label valid
      while (address.size() <= spelling::max_email_octets) address += "." + random_label(random, 1 + random.index(max_email_label_octets));
      break;
    case 8: address.erase(0, at); break; // nothing before the '@'
    case 9: address += "." + std::string(max_email_label_octets + 1, 'a'); break;
    default:
      address = random.pick(std::array<std::string_view, 6>{"a@", "@x.io", "a@[127.0.0.1]", "\"a b\"@x.io", "a@-x.io", ""});
      break;
  }
  return broken_string(speller, address, {error_code::invalid_email});
}

/// A link outside docs/contract.md §4.5, made from a valid one by a change no valid link survives.
inline json_node invalid_link(legal_speller& speller) {
  random_source& random = speller.random();
  std::string link = random_link(random);
  const std::size_t rest = link.find("://") + 3;
  switch (random.below(8)) {
    case 0: link.replace(0, rest - 3, random.pick(std::array<std::string_view, 4>{"ftp", "htp", "httpss", ""})); break;
    case 1: link.erase(rest - 2, 2); break; // https:x.io
    case 2: link.insert(rest, "/"); break;  // https:///x.io
    case 3: { // one draw a statement: the order in which arguments are evaluated is the compiler's
      const std::size_t at = rest + random.index(link.size() - rest + 1);
      link.insert(at, random.coin() ? " " : "\t");
      break;
    }
    case 4: link.insert(rest + random.index(link.size() - rest + 1), "\xC3\xA9"); break;
    case 5:
      while (link.size() <= contract_limits::max_invite_link_octets) link += static_cast<char>(random.between(0x21, 0x7E));
      break;
    case 6:
      link = link.substr(0, rest) + std::string(random.pick(std::array<std::string_view, 6>{"", "?q=1", "/x", "#f", ":80/x", "user@/x"}));
      break;
    default: link = random.pick(std::array<std::string_view, 4>{"", "x.io", "//x.io/a", "mailto:a@x.io"}); break;
  }
  return broken_string(speller, link, {error_code::invalid_url});
}

/// A name that breaks at least one rule: blank, too long, or with a control character.
inline json_node invalid_name(legal_speller& speller, error_code wanted) {
  random_source& random = speller.random();
  std::string text;
  if (wanted == error_code::too_short) {
    text = random.one_in(8) ? std::string(256 + random.index(45), ' ') : std::string(random.index(6), ' ');
  } else if (wanted == error_code::too_long) {
    const std::size_t length = contract_limits::max_name_code_points + 1 + random.index(random.one_in(10) ? 200 : 5);
    for (std::size_t i = 0; i < length; ++i) append_utf8(text, random_name_code_point(random));
    if (random.one_in(10)) append_utf8(text, U'\u007f');
  } else {
    text = random_name(random);
    std::string control;
    append_utf8(control, random.one_in(8) ? U'\u007f' : static_cast<char32_t>(random.below(0x20)));
    std::size_t at = 0;
    for (std::size_t skip = random.index(code_point_count(text) + 1); skip > 0; --skip) next_code_point(text, at);
    text.insert(at, control);
  }
  json_node node = speller.string(text);
  node.breaks = name_breaks(text);
  return node;
}

// ---------------------------------------------------------------------------------------------
// Finding places in a document

inline json_node* root_object(json_document& document) noexcept {
  return document.root.type == json_type::object && !document.root.opaque ? &document.root : nullptr;
}

inline std::string_view items_key(document_kind kind) noexcept {
  return kind == document_kind::request ? "candidates" : "invites";
}

/// The candidates or invites array the library reads, when it is a modelled array.
inline json_node* item_array(json_document& document, document_kind kind) noexcept {
  json_node* root = root_object(document);
  if (root == nullptr) return nullptr;
  for (json_member& member : root->members) {
    if (member.key != items_key(kind)) continue;
    if (member.value.type != json_type::array || member.value.opaque) return nullptr;
    return &member.value;
  }
  return nullptr;
}

struct item_place {
  std::size_t index = 0;
  json_node* object = nullptr;
};

/// A random item among the first 500 that is a modelled object.
inline item_place random_item_object(json_document& document, document_kind kind, random_source& random) {
  json_node* array = item_array(document, kind);
  if (array == nullptr) return {};
  std::vector<std::size_t> objects;
  for (std::size_t i = 0; i < array->items.size() && i < contract_limits::max_candidates; ++i) {
    const json_node& value = array->items[i].value;
    if (value.type == json_type::object && !value.opaque) objects.push_back(i);
  }
  if (objects.empty()) return {};
  const std::size_t index = random.pick(objects);
  return {index, &array->items[index].value};
}

/// The member the library reads for a field: the first under either of its keys.
inline json_member* field_member(json_node& object, std::string_view key, std::string_view alias = {}) noexcept {
  for (json_member& member : object.members) {
    if (member.key == key || (!alias.empty() && member.key == alias)) return &member;
  }
  return nullptr;
}

inline std::string item_path(document_kind kind, std::size_t index) {
  return "/" + std::string(items_key(kind)) + "/" + std::to_string(index);
}

inline std::string member_path(std::string path, std::string_view key) {
  append_pointer_token(path, key);
  return path;
}

/// A member inserted at a random place of an object (the order of members is free).
inline void insert_member(json_node& object, json_member member, random_source& random, std::size_t earliest = 0) {
  const std::size_t at = earliest + random.index(object.members.size() - earliest + 1);
  object.members.insert(object.members.begin() + static_cast<std::ptrdiff_t>(at), std::move(member));
}

// ---------------------------------------------------------------------------------------------
// The breakages. Each returns false when the document offers no place for it.

struct breakage_context {
  json_document& document;
  document_kind kind;
  legal_speller& speller;
  std::string& how;
  /// The mistakes clients make rather than every mistake there is (realistic_traffic): keys and
  /// values of undeclared members as people write them.
  bool as_clients_do = false;

  random_source& random() noexcept { return speller.random(); }
  void note(const std::string& what) {
    if (!how.empty()) how += "; ";
    how += what;
  }
};

/// A field of a modelled object chosen at random: the root's or an item's. `fields` lists
/// (key, alias) pairs of the object it applies to.
struct field_choice {
  json_node* object = nullptr;
  json_member* member = nullptr;
  std::string path; // of the member as spelled
};

inline field_choice choose_field(breakage_context& context, bool in_item, std::string_view key, std::string_view alias = {}) {
  field_choice choice;
  std::string base;
  if (in_item) {
    const item_place item = random_item_object(context.document, context.kind, context.random());
    if (item.object == nullptr) return {};
    choice.object = item.object;
    base = item_path(context.kind, item.index);
  } else {
    choice.object = root_object(context.document);
    if (choice.object == nullptr) return {};
  }
  choice.member = field_member(*choice.object, key, alias);
  if (choice.member != nullptr) choice.path = member_path(base, choice.member->key);
  return choice;
}

/// A string field's value replaced by `value`.
inline bool replace_field(breakage_context& context, bool in_item, std::string_view key, std::string_view alias, json_node value,
                          std::string_view what) {
  field_choice choice = choose_field(context, in_item, key, alias);
  if (choice.member == nullptr) return false;
  choice.member->value = std::move(value);
  context.note(choice.path + ": " + std::string(what));
  return true;
}

inline bool break_id(breakage_context& context, bool out_of_range) {
  random_source& random = context.random();
  static constexpr std::string_view invitation_ids[] = {"report_id", "candidate_id", "assessment_id"};
  const bool in_item = context.kind == document_kind::response;
  const std::string_view key = in_item ? random.pick(invitation_ids) : std::string_view("assessment_id");
  json_node value = out_of_range ? id_out_of_range(context.speller) : wrong_type(context.speller, json_type::integer);
  const std::string what = std::string(out_of_range ? "out of range: " : "not an integer: ") + value.token.substr(0, 40);
  return replace_field(context, in_item, key, {}, std::move(value), what);
}

inline bool break_format(breakage_context& context, bool wrong_type_instead) {
  if (context.kind != document_kind::request) return false;
  json_node value = wrong_type_instead ? wrong_type(context.speller, json_type::string) : invalid_format(context.speller);
  return replace_field(context, false, "invite_format", {}, std::move(value), wrong_type_instead ? "not a string" : "no such format");
}

inline bool break_expiry(breakage_context& context, bool wrong_type_instead) {
  if (context.kind != document_kind::request) return false;
  json_node* root = root_object(context.document);
  if (root == nullptr) return false;
  json_node value = invalid_expiry(context.speller);
  if (wrong_type_instead) {
    do value = wrong_type(context.speller, json_type::string);
    while (value.type == json_type::null); // null is an absent expiry
  }
  const std::string what = wrong_type_instead ? "expiry_date not a string" : "expiry_date " + value.token;
  if (json_member* member = field_member(*root, "expiry_date")) {
    member->value = std::move(value);
  } else {
    insert_member(*root, context.speller.member("expiry_date", std::move(value)), context.random());
  }
  context.note(what);
  return true;
}

inline bool break_name(breakage_context& context, error_code wanted) {
  const bool request = context.kind == document_kind::request;
  json_node value = wanted == error_code::type_mismatch ? wrong_type(context.speller, json_type::string) : invalid_name(context.speller, wanted);
  return replace_field(context, true, "name", request ? "candidate_name" : "", std::move(value),
                       std::string("name: ") + std::string(to_string(wanted)));
}

inline bool break_email(breakage_context& context, bool wrong_type_instead) {
  const bool request = context.kind == document_kind::request;
  json_node value = wrong_type_instead ? wrong_type(context.speller, json_type::string) : invalid_email(context.speller);
  const std::string what = wrong_type_instead ? "e-mail not a string" : "e-mail " + value.token.substr(0, 80);
  return replace_field(context, true, "email", request ? "candidate_email" : "", std::move(value), what);
}

inline bool break_link(breakage_context& context, bool wrong_type_instead) {
  if (context.kind != document_kind::response) return false;
  json_node value = wrong_type_instead ? wrong_type(context.speller, json_type::string) : invalid_link(context.speller);
  const std::string what = wrong_type_instead ? "link not a string" : "link " + value.token.substr(0, 80);
  return replace_field(context, true, "invite_link", {}, std::move(value), what);
}

inline bool break_status(breakage_context& context, bool wrong_type_instead) {
  if (context.kind != document_kind::response) return false;
  json_node value = wrong_type_instead ? wrong_type(context.speller, json_type::string) : broken_string(context.speller, "", status_breaks(""));
  return replace_field(context, true, "status", {}, std::move(value), wrong_type_instead ? "status not a string" : "status empty");
}

/// A valid item for a request or a response, spelled like the rest.
inline json_node fresh_item(breakage_context& context) {
  random_source& random = context.random();
  legal_speller& speller = context.speller;
  std::vector<json_member> fields;
  fields.push_back(speller.member("name", speller.string(random_name(random))));
  fields.push_back(speller.member("email", speller.string(random_email(random))));
  if (context.kind == document_kind::response) {
    fields.push_back(speller.member("report_id", speller.integer(random_id(random))));
    fields.push_back(speller.member("candidate_id", speller.integer(random_id(random))));
    fields.push_back(speller.member("assessment_id", speller.integer(random_id(random))));
    fields.push_back(speller.member("invite_link", speller.string(random_link(random))));
    fields.push_back(speller.member("status", speller.string(random_status(random))));
  }
  return speller.object(std::move(fields));
}

/// A small valid item, its e-mail and ids numbered: what fills an array past its limit
/// quickly (the e-mails are unlikely to meet a drawn one, and prediction.hpp counts it if they do).
inline json_node numbered_item(breakage_context& context, std::size_t number) {
  legal_speller& speller = context.speller;
  const std::string tag = std::to_string(number);
  std::vector<json_member> fields;
  fields.push_back(speller.member("name", speller.string("N" + tag)));
  fields.push_back(speller.member("email", speller.string("n" + tag + "@many.example")));
  if (context.kind == document_kind::response) {
    fields.push_back(speller.member("report_id", speller.integer(static_cast<std::int64_t>(number) + 1)));
    fields.push_back(speller.member("candidate_id", speller.integer(static_cast<std::int64_t>(number) + 1)));
    fields.push_back(speller.member("assessment_id", speller.integer(7)));
    fields.push_back(speller.member("invite_link", speller.string("https://x.io/" + tag)));
    fields.push_back(speller.member("status", speller.string("sent")));
  }
  return speller.object(std::move(fields));
}

inline bool break_item_count(breakage_context& context, bool too_many) {
  json_node* array = item_array(context.document, context.kind);
  if (array == nullptr) return false;
  random_source& random = context.random();
  if (!too_many) {
    array->items.clear();
    array->trailing_comma = false;
    array->inner = context.speller.whitespace();
    context.note("no " + std::string(items_key(context.kind)));
    return true;
  }
  const std::size_t target = contract_limits::max_candidates + 1 + random.index(random.one_in(10) ? 100 : 3);
  array->items.reserve(target);
  while (array->items.size() < target) {
    json_item item;
    // Past the 500th, anything well-formed: it is neither kept nor examined.
    item.value = array->items.size() >= contract_limits::max_candidates && random.one_in(3) ? context.speller.random_value()
                                                                                           : numbered_item(context, array->items.size());
    array->items.push_back(std::move(item));
  }
  context.note(std::to_string(array->items.size()) + " " + std::string(items_key(context.kind)));
  return true;
}

inline bool break_array_type(breakage_context& context) {
  json_node* root = root_object(context.document);
  if (root == nullptr) return false;
  json_member* member = field_member(*root, items_key(context.kind));
  if (member == nullptr) return false;
  member->value = wrong_type(context.speller, json_type::array);
  context.note(std::string(items_key(context.kind)) + " not an array");
  return true;
}

inline bool break_item_type(breakage_context& context) {
  json_node* array = item_array(context.document, context.kind);
  if (array == nullptr || array->items.empty()) return false;
  const std::size_t index = context.random().index(array->items.size() < contract_limits::max_candidates ? array->items.size() : contract_limits::max_candidates);
  array->items[index].value = wrong_type(context.speller, json_type::object);
  context.note(item_path(context.kind, index) + ": not an object");
  return true;
}

/// A candidate's e-mail given again by a later candidate, in another case.
inline bool repeat_email(breakage_context& context) {
  if (context.kind != document_kind::request) return false;
  json_node* array = item_array(context.document, context.kind);
  if (array == nullptr) return false;
  random_source& random = context.random();
  std::vector<std::size_t> valid_emails;
  for (std::size_t i = 0; i < array->items.size() && i < contract_limits::max_candidates; ++i) {
    json_node& item = array->items[i].value;
    if (item.type != json_type::object || item.opaque) continue;
    const json_member* email = field_member(item, "email", "candidate_email");
    if (email != nullptr && email->value.type == json_type::string && email->value.breaks.empty()) valid_emails.push_back(i);
  }
  if (valid_emails.empty()) return false;
  const std::size_t first = valid_emails[random.index(valid_emails.size())];
  std::string again = field_member(array->items[first].value, "email", "candidate_email")->value.text;
  for (char& c : again) {
    if (random.coin()) c = random.coin() ? ascii_uppercase(c) : ascii_lowercase(c);
  }
  std::vector<std::size_t> later;
  for (const std::size_t i : valid_emails) {
    if (i > first) later.push_back(i);
  }
  if (later.empty() || random.one_in(4)) {
    if (array->items.size() >= contract_limits::max_candidates) return false;
    json_item item;
    item.value = fresh_item(context);
    const std::size_t at = first + 1 + random.index(array->items.size() - first);
    array->items.insert(array->items.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
    later = {at};
  }
  const std::size_t second = random.pick(later);
  json_node& item = array->items[second].value;
  if (item.type != json_type::object || item.opaque) return false;
  json_member* email = field_member(item, "email", "candidate_email");
  if (email == nullptr) return false;
  email->value = context.speller.string(again);
  context.note(item_path(context.kind, second) + ": the e-mail of candidate " + std::to_string(first) + " again");
  return true;
}

/// A required member left out, under all of its keys.
inline bool remove_member(breakage_context& context) {
  random_source& random = context.random();
  const bool request = context.kind == document_kind::request;
  const bool in_item = random.coin();
  static constexpr std::string_view request_root[] = {"assessment_id", "invite_format", "candidates"};
  static constexpr std::string_view invitation[] = {"name", "email", "report_id", "candidate_id", "assessment_id", "invite_link", "status"};
  json_node* object = nullptr;
  std::string path;
  std::string_view key, alias;
  if (in_item) {
    const item_place item = random_item_object(context.document, context.kind, random);
    if (item.object == nullptr) return false;
    object = item.object;
    path = item_path(context.kind, item.index);
    if (request) {
      const bool name = random.coin();
      key = name ? "name" : "email";
      alias = name ? "candidate_name" : "candidate_email";
    } else {
      key = random.pick(invitation);
    }
  } else {
    object = root_object(context.document);
    if (object == nullptr) return false;
    key = request ? random.pick(request_root) : std::string_view("invites");
  }
  auto& members = object->members;
  const std::size_t before = members.size();
  for (std::size_t i = members.size(); i-- > 0;) {
    if (members[i].key == key || (!alias.empty() && members[i].key == alias)) members.erase(members.begin() + static_cast<std::ptrdiff_t>(i));
  }
  if (members.size() == before) return false;
  if (members.empty()) object->inner = context.speller.whitespace();
  context.note(member_path(path, key) + " left out");
  return true;
}

/// A key the object does not declare: plausible misspellings, keys that need escaping in a
/// path, and random ones.
inline bool add_unknown_member(breakage_context& context) {
  random_source& random = context.random();
  const bool in_item = random.coin();
  json_node* object = nullptr;
  std::string path;
  if (in_item) {
    const item_place item = random_item_object(context.document, context.kind, random);
    object = item.object;
    path = item_path(context.kind, item.index);
  } else {
    object = root_object(context.document);
  }
  if (object == nullptr) return false;
  static constexpr std::string_view plausible[] = {"candidate_mail", "Name", "emails", "assessmentId", "expiry", "priority",
                                                   "a/b~c", "", "~", "/", "email ", "name2", "zzz", "INVITES", "status_code"};
  std::string key;
  const bool invitation = in_item && context.kind == document_kind::response;
  do {
    if (invitation && random.one_in(4)) {
      key = random.coin() ? "candidate_name" : "candidate_email"; // aliases only candidates have
      break;
    }
    key = context.as_clients_do || random.coin() ? std::string(random.pick(plausible)) : context.speller.random_key();
  } while (is_declared_key(key));
  json_node value = context.speller.random_value();
  if (context.as_clients_do) {
    static constexpr std::string_view simple[] = {"\"high\"", "1", "true", "null", "[]", "\"2024-01-01\""};
    const std::string_view token = random.pick(simple);
    value = opaque_value(token[0] == '"' ? json_type::string : token[0] == '[' ? json_type::array : token[0] == 't' ? json_type::boolean
                         : token[0] == 'n' ? json_type::null : json_type::integer, std::string(token));
  }
  insert_member(*object, context.speller.member(key, std::move(value)), random);
  context.note(member_path(path, key) + " not declared");
  return true;
}

/// A member's key given again later in the same object (spelled afresh), with any value: the
/// first wins and the second value is not looked at.
inline bool repeat_member(breakage_context& context) {
  random_source& random = context.random();
  const bool in_item = random.coin();
  json_node* object = nullptr;
  std::string path;
  if (in_item) {
    const item_place item = random_item_object(context.document, context.kind, random);
    object = item.object;
    path = item_path(context.kind, item.index);
  } else {
    object = root_object(context.document);
  }
  if (object == nullptr || object->members.empty()) return false;
  const std::size_t original = random.index(object->members.size());
  const std::string key = object->members[original].key;
  json_node value = random.coin() ? context.speller.random_value() : object->members[original].value;
  insert_member(*object, context.speller.member(key, std::move(value)), random, original + 1);
  context.note(member_path(path, key) + " twice");
  return true;
}

/// A candidate's field given under its other key as well.
inline bool add_alias_conflict(breakage_context& context) {
  if (context.kind != document_kind::request) return false;
  random_source& random = context.random();
  const item_place item = random_item_object(context.document, context.kind, random);
  if (item.object == nullptr) return false;
  const bool name = random.coin();
  json_member* given = field_member(*item.object, name ? "name" : "email", name ? "candidate_name" : "candidate_email");
  if (given == nullptr) return false;
  const std::string first = given->key;
  const std::string other = first == "name" ? "candidate_name" : first == "candidate_name" ? "name"
                          : first == "email" ? "candidate_email" : "email";
  std::size_t position = 0;
  while (&item.object->members[position] != given) ++position;
  json_node value = random.coin() ? given->value : context.speller.random_value();
  insert_member(*item.object, context.speller.member(other, std::move(value)), random, position + 1);
  context.note(member_path(item_path(context.kind, item.index), other) + " beside " + first);
  return true;
}

inline bool replace_root(breakage_context& context) {
  context.document.root = wrong_type(context.speller, json_type::object);
  // Something after the root must stay apart from a number or literal, or it would continue it.
  if (!context.document.trailer.empty() && context.document.after.empty()) context.document.after = " ";
  context.note("the root not an object");
  return true;
}

} // namespace invite::testing::detail

#endif // INVITE_TESTING_DETAIL_BREAKAGES_HPP_INCLUDED
