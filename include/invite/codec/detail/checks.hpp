#ifndef INVITE_CODEC_DETAIL_CHECKS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_CHECKS_HPP_INCLUDED

// The codec's own checks, one unit each: which code a broken one reports and how its message
// reads. The reader and validate() call the same units through their own reporters
// (report.hpp), so a value breaks a check the same way whether it was parsed or built. Users'
// rules go through apply_rules.hpp, the same way. A check that only a text can fail (a JSON
// type, a key) is called by the reader alone; one that only a struct can fail (a string that
// is not UTF-8, an infinity) by validate() alone.
//
// Messages read "<where>: expected <what>, found <what was there>". Reporting is out of line:
// errors are rare, and inlined into every check a report made each caller save and restore
// registers only the report needs.

#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/location.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/report.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rules/items.hpp>
#include <invite/codec/spelling/json_pointer.hpp>
#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace invite::detail {

// ---- Values --------------------------------------------------------------------------------

/// A JSON value of another type than the member's (reader only). `found(message)` says what
/// was there ("a string \"x\"").
template <class Reporter, class Found>
[[gnu::noinline]] outcome report_wrong_type(Reporter& reporter, std::size_t offset, const char* expected,
                                            const Found& found) {
  return reporter.report(error_code::type_mismatch, offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected ";
    message += expected;
    message += ", found ";
    found(message);
  });
}

/// A number with a fraction or an exponent where an integer belongs (reader only).
template <class Reporter>
[[gnu::noinline]] outcome report_not_an_integer(Reporter& reporter, std::size_t offset, std::string_view literal) {
  return reporter.report(error_code::type_mismatch, offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected an integer (no fraction, no exponent), found ";
    message::append_token(message, literal);
  });
}

/// An integer literal the member's type cannot hold (reader only: a struct's integer is in its
/// type by construction).
template <class Integer, class Reporter>
[[gnu::noinline]] outcome report_integer_beyond_type(Reporter& reporter, std::size_t offset, std::string_view literal) {
  return reporter.report(error_code::out_of_range, offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected an integer from ";
    message::append_number(message, std::numeric_limits<Integer>::min());
    message += " to ";
    message::append_number(message, std::numeric_limits<Integer>::max());
    message += ", found ";
    message::append_token(message, literal);
  });
}

/// A number whose magnitude the member's floating type cannot hold: beyond its largest, or
/// below its smallest but not zero.
template <class Floating, class Reporter>
[[gnu::noinline]] outcome report_number_beyond_type(Reporter& reporter, std::size_t offset, std::string_view literal) {
  return reporter.report(error_code::out_of_range, offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected a number whose magnitude a ";
    message += sizeof(Floating) == sizeof(float) ? "float" : "double";
    message += " can hold (from ";
    message::append_number(message, std::numeric_limits<Floating>::denorm_min());
    message += " to ";
    message::append_number(message, std::numeric_limits<Floating>::max());
    message += ", or 0), found ";
    message::append_token(message, literal);
  });
}

/// A floating member holding an infinity or NaN, which JSON cannot spell (validate() only).
template <class Floating, class Reporter>
[[gnu::noinline]] outcome report_not_finite(Reporter& reporter, Floating value) {
  return reporter.report(error_code::out_of_range, 0, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected a finite number (JSON has no infinities nor NaN), found ";
    message += value != value ? "NaN" : value < 0 ? "-infinity" : "infinity";
  });
}

/// A string member whose bytes are not UTF-8 (validate() only: a JSON text that is not UTF-8 is
/// ill-formed as a whole).
template <class Reporter>
outcome check_utf8(Reporter& reporter, std::string_view text) {
  const std::size_t bad = spelling::first_invalid_utf8(text);
  if (bad == text.size()) return outcome::accepted;
  return reporter.report(error_code::invalid_characters, 0, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected UTF-8 text, found a byte that is not UTF-8 at octet ";
    message::append_number(message, bad);
  });
}

/// Appends the names of a described enum, quoted and separated by commas.
template <class Enum>
void append_enumerator_names(std::string& out) {
  bool first = true;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Enum>>([&](auto enumerator) {
    if (!first) out += ", ";
    first = false;
    spelling::append_json_string(out, enumerator.name);
  });
}

/// A name no enumerator has (reader), or a value no enumerator has (validate()); `found(message)`
/// says which.
template <class Enum, class Reporter, class Found>
[[gnu::noinline]] outcome report_invalid_enum(Reporter& reporter, std::size_t offset, const Found& found) {
  return reporter.report(error_code::invalid_enum, offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected one of ";
    append_enumerator_names<Enum>(message);
    message += ", found ";
    found(message);
  });
}

/// A text its member's format refuses: what a document spelled (reader), or what the value
/// would be written as and does not read back (validate()).
template <class Format, class Reporter>
[[gnu::noinline]] outcome report_format_refused(Reporter& reporter, std::size_t offset, std::string_view spelled) {
  return reporter.report(kind_of<Format>(), offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected ";
    Format::expected(message);
    message += ", found ";
    message::append_quoted(message, spelled);
  });
}

// ---- Keys (reader only: a struct has each member once, under its own name) -------------------

/// A key the type does not declare.
template <class Struct, class Reporter>
[[gnu::noinline]] outcome report_unknown_field(Reporter& reporter, std::size_t key_offset) {
  return reporter.report(error_code::unknown_field, key_offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected one of the fields ";
    bool first = true;
    for (const auto& name : field_names<Struct>()) {
      if (!first) message += ", ";
      first = false;
      spelling::append_json_string(message, name.text);
    }
    message += ", found an unknown field";
  });
}

/// A key given twice in one object; `first_is_used` for a declared key (whose first value is
/// read), not for an undeclared one.
template <class Reporter>
[[gnu::noinline]] outcome report_repeated_key(Reporter& reporter, std::size_t key_offset, bool first_is_used) {
  return reporter.report(error_code::duplicate_field, key_offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected each key once per object, found it again";
    if (first_is_used) message += "; the first is used";
  });
}

/// A member given under a second of its names (its own or an alias).
template <class Reporter>
[[gnu::noinline]] outcome report_alias_conflict(Reporter& reporter, std::size_t key_offset, std::string_view member) {
  return reporter.report(error_code::alias_conflict, key_offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected field ";
    spelling::append_json_string(message, member);
    message += " under one name only, found it again under this name; the first is used";
  });
}

/// A required member (the I-th of Struct) absent under all its names, reported at the path the
/// member would have.
template <class Struct, std::size_t I, class Reporter>
[[gnu::noinline]] outcome report_missing_field(Reporter& reporter, std::size_t object_offset) {
  using descriptor = boost::mp11::mp_at_c<public_members<Struct>, I>;
  return reporter.report_in_member(descriptor::name, error_code::missing_field, object_offset,
                                   [&](std::string& message, const location& at) {
                                     append_label(message, at.up());
                                     message += ": expected the required field ";
                                     spelling::append_json_string(message, descriptor::name);
                                     for (const auto& name : field_names<Struct>()) {
                                       if (name.is_alias && name.member == I) {
                                         message += " (or ";
                                         spelling::append_json_string(message, name.text);
                                         message += ")";
                                       }
                                     }
                                     message += ", found it missing";
                                   });
}

// ---- Arrays ----------------------------------------------------------------------------------

/// How many items of an array are stored and checked: those within the smallest max_items cap
/// of its rules (the rest are counted for the cap's own error, and only read for
/// well-formedness), so memory stays bounded whatever arrives.
template <class ArrayRules>
constexpr std::size_t checked_items(const ArrayRules& rules, std::size_t items) noexcept {
  const std::size_t cap = storage_cap(rules);
  return items < cap ? items : cap;
}

template <class Struct, class Descriptor>
constexpr bool member_is_unique() {
  return has_option_v<rule::unique_in_array, member_parts_t<Struct, Descriptor>>;
}

/// How many members of Struct are unique_in_array: one hash index each per array.
template <class Struct>
constexpr std::size_t unique_member_count() {
  std::size_t count = 0;
  boost::mp11::mp_for_each<public_members<Struct>>([&](auto descriptor) {
    count += member_is_unique<Struct, decltype(descriptor)>() ? std::size_t{1} : std::size_t{0};
  });
  return count;
}

/// Position of member I among the struct's unique members, which picks its hash index.
template <class Struct, std::size_t I>
constexpr std::size_t unique_slot() {
  std::size_t slot = 0;
  std::size_t i = 0;
  boost::mp11::mp_for_each<public_members<Struct>>([&](auto descriptor) {
    if (i++ < I && member_is_unique<Struct, decltype(descriptor)>()) ++slot;
  });
  return slot;
}

/// The enclosing array's view of the item being checked, for unique_in_array: the items so far,
/// this item's index, and one hash index per unique member.
template <class Item>
struct item_scope {
  const std::vector<Item>* items;
  std::size_t index;
  caseless_index* const* tables;
};

template <class Struct, std::size_t I, class Reporter>
[[gnu::noinline]] outcome report_duplicate_value(Reporter& reporter, std::string_view value, std::size_t first,
                                                 std::size_t offset) {
  using descriptor = boost::mp11::mp_at_c<public_members<Struct>, I>;
  return reporter.report(error_code::duplicate_value, offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected a value not used before in this array (compared ignoring ASCII case), found ";
    message::append_quoted(message, value);
    message += ", already at ";
    append_pointer(message, at.up(2)); // the array: this member's item, then the member, up
    spelling::append_pointer_index(message, first);
    spelling::append_pointer_token(message, descriptor::name);
  });
}

/// unique_in_array for member I of an item that kept the member's own rules: equal (ignoring
/// ASCII case) to no earlier item's value that kept them too.
template <class Struct, std::size_t I, class Reporter>
outcome check_unique(Reporter& reporter, const Struct& item, const item_scope<Struct>* scope, std::size_t offset) {
  using descriptor = boost::mp11::mp_at_c<public_members<Struct>, I>;
  if (scope == nullptr) return outcome::accepted;
  const std::string& value = item.*descriptor::pointer;
  const auto& items = *scope->items;
  const std::size_t first =
      scope->tables[unique_slot<Struct, I>()]->find_or_insert(value, scope->index, [&](std::size_t i) -> std::string_view {
        return items[i].*descriptor::pointer;
      });
  if (first == scope->index) return outcome::accepted;
  return report_duplicate_value<Struct, I>(reporter, value, first, offset);
}

/// Reports through a reporter at a fixed place in its error list: the rules on a whole array
/// speak before the errors of its items, which were found first.
template <class Reporter>
class report_before_items {
public:
  report_before_items(Reporter& reporter, std::size_t position) : reporter_(reporter), position_(position) {}

  template <class Write>
  outcome report(error_kind kind, std::size_t offset, Write&& write) {
    const std::size_t before = reporter_.error_count();
    const outcome result = reporter_.report_before(position_, kind, offset, write);
    if (reporter_.error_count() > before) ++position_; // kept: the next one goes after it
    return result;
  }

private:
  Reporter& reporter_;
  std::size_t position_;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_CHECKS_HPP_INCLUDED
