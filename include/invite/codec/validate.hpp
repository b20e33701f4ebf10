#ifndef INVITE_CODEC_VALIDATE_HPP_INCLUDED
#define INVITE_CODEC_VALIDATE_HPP_INCLUDED

// validate(): the rules of a described type applied to a value built in code, without writing
// and parsing it. It applies what parsing applies to the values a document can spell (the rules
// of every member, item counts, uniqueness in arrays, enum names, formats) and what only a
// struct can get wrong (strings that are not UTF-8, numbers JSON cannot write). What belongs to
// a text (well-formedness, unknown, duplicate and missing keys, aliases) has no counterpart.
//
// Paths are canonical JSON Pointers (member names, never aliases). Offsets hold 0: there is no
// text to point into. With no error, validate allocates nothing.

#include <invite/codec/detail/apply_rules.hpp>
#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/spelling/ascii.hpp>
#include <invite/codec/spelling/json_string.hpp>
#include <invite/codec/spelling/json_pointer.hpp>
#include <invite/codec/detail/json_syntax.hpp>
#include <invite/codec/detail/messages.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/enum_names.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/rules/items.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace invite {

namespace detail {

/// One step of the path from the root to the value being validated, kept on the call stack
/// (each level links to its parent), so that descending allocates nothing.
struct path_link {
  const path_link* parent;
  const char* name; // a member's canonical name, or nullptr for an array index
  std::size_t index;
};

inline void append_link_path(std::string& out, const path_link* link) {
  if (link == nullptr) return;
  append_link_path(out, link->parent);
  if (link->name == nullptr) {
    spelling::append_pointer_index(out, link->index);
  } else {
    spelling::append_pointer_token(out, link->name);
  }
}

class validation_context {
public:
  validation_context(std::vector<error>& errors, std::size_t max_errors)
      : errors_(errors), first_(errors.size()), max_errors_(max_errors) {}

  /// The reporter apply_rules needs; `at` is where the value being checked is.
  class reporter {
  public:
    reporter(validation_context& context, const path_link* at) : context_(context), at_(at) {}
    template <class Write>
    outcome report(error_code code, std::size_t /*offset*/, Write&& write) {
      return context_.report(code, at_, write);
    }

  private:
    validation_context& context_;
    const path_link* at_;
  };

  template <class Write>
  outcome report(error_code code, const path_link* at, Write& write) {
    broke_rules_ = true;
    if (errors_.size() - first_ >= max_errors_) return outcome::rejected;
    errors_.push_back(error{code, {}, {}, 0});
    error& added = errors_.back();
    append_link_path(added.path, at);
    write(added.message, std::string_view(added.path));
    return outcome::rejected;
  }

  bool broke_rules() const noexcept { return broke_rules_; }

private:
  std::vector<error>& errors_;
  std::size_t first_; // errors the caller's list held before: they do not count
  std::size_t max_errors_;
  bool broke_rules_ = false;
};

template <class Parts, class T>
outcome validate_value(validation_context& context, const T& value, const path_link* at);

inline outcome validate_utf8(validation_context& context, std::string_view text, const path_link* at) {
  const std::size_t bad = spelling::first_invalid_utf8(text);
  if (bad == text.size()) return outcome::accepted;
  return validation_context::reporter(context, at)
      .report(error_code::invalid_characters, 0, [&](std::string& message, std::string_view path) {
        append_field_label(message, path);
        message += ": expected UTF-8 text, found a byte that is not UTF-8 at octet ";
        message::append_number(message, bad);
      });
}

/// Uniqueness among the valid values of one member across an array's items (member_valid[i]
/// says whether item i's value kept its own rules), reported at the later item.
template <class Item, class Descriptor>
outcome validate_unique_member(validation_context& context, const std::vector<Item>& items, std::size_t checked,
                               const unsigned char* member_valid, const path_link* array_at) {
  const auto key_of = [&](std::size_t i) -> std::string_view { return items[i].*Descriptor::pointer; };
  outcome verdict = outcome::accepted;
  const auto report = [&](std::size_t later, std::size_t first) {
    const path_link item_at{array_at, nullptr, later};
    const path_link member_at{&item_at, Descriptor::name, 0};
    verdict = worse(verdict, validation_context::reporter(context, &member_at)
                                 .report(error_code::duplicate_value, 0, [&](std::string& message, std::string_view path) {
                                   append_field_label(message, path);
                                   message += ": expected a value not used before in this array (compared ignoring "
                                              "ASCII case), found ";
                                   message::append_quoted(message, key_of(later));
                                   message += ", already at ";
                                   append_link_path(message, array_at);
                                   spelling::append_pointer_index(message, first);
                                   spelling::append_pointer_token(message, Descriptor::name);
                                 }));
  };
  // Small arrays are compared pairwise on the stack; larger ones use a hash index kept per
  // thread, so that steady state allocates nothing either way.
  constexpr std::size_t pairwise_limit = 64;
  if (checked <= pairwise_limit) {
    for (std::size_t later = 1; later < checked; ++later) {
      if (!member_valid[later]) continue;
      for (std::size_t first = 0; first < later; ++first) {
        if (member_valid[first] && spelling::equal_ignoring_ascii_case(key_of(first), key_of(later))) {
          report(later, first);
          break;
        }
      }
    }
    return verdict;
  }
  thread_local caseless_index table;
  table.clear();
  for (std::size_t i = 0; i < checked; ++i) {
    if (!member_valid[i]) continue;
    const std::size_t first = table.find_or_insert(key_of(i), i, key_of);
    if (first != i) report(i, first);
  }
  return verdict;
}

template <class Parts, class Item>
outcome validate_array(validation_context& context, const std::vector<Item>& items, const path_link* at) {
  static constexpr auto array_rules = value_rules(Parts::value);
  constexpr std::size_t cap = storage_cap(array_rules);
  validation_context::reporter here(context, at);
  outcome verdict = apply_rules(here, array_rules, array_length{items.size()}, 0, [&](std::string& message) {
    message::append_number(message, items.size());
  });
  const std::size_t checked = items.size() < cap ? items.size() : cap; // as parsing: items past the cap are not
  if constexpr (is_described_struct_v<Item>) {
    // An item's unique members take part only when they kept their own rules.
    constexpr std::size_t unique_members = [] {
      std::size_t count = 0;
      boost::mp11::mp_for_each<public_members<Item>>([&](auto descriptor) {
        count += has_option_v<rule::unique_in_array, member_parts_t<Item, decltype(descriptor)>> ? 1 : 0;
      });
      return count;
    }();
    if constexpr (unique_members > 0) {
      for (std::size_t i = 0; i < checked; ++i) {
        const path_link item_at{at, nullptr, i};
        verdict = worse(verdict, validate_value<each_item_parts<Parts>>(context, items[i], &item_at));
      }
      boost::mp11::mp_for_each<public_members<Item>>([&](auto descriptor) {
        using D = decltype(descriptor);
        using parts = declared_parts<Item, D>;
        if constexpr (has_option_v<rule::unique_in_array, member_parts_t<Item, D>>) {
          // Whether each item's value kept the member's rules, judged again without reporting.
          constexpr std::size_t stack_items = 512;
          unsigned char on_stack[stack_items];
          std::vector<unsigned char> on_heap;
          unsigned char* member_valid = on_stack;
          if (checked > stack_items) {
            on_heap.resize(checked);
            member_valid = on_heap.data();
          }
          static constexpr auto rules = value_rules(parts::value);
          for (std::size_t i = 0; i < checked; ++i) {
            const std::string& member = items[i].*D::pointer;
            const text decoded(member);
            bool kept = spelling::first_invalid_utf8(member) == member.size();
            std::apply([&](const auto&... r) { ((kept = kept && r.check(decoded)), ...); }, rules);
            member_valid[i] = kept ? 1 : 0;
          }
          verdict = worse(verdict, validate_unique_member<Item, D>(context, items, checked, member_valid, at));
        }
      });
      return verdict;
    }
  }
  for (std::size_t i = 0; i < checked; ++i) {
    const path_link item_at{at, nullptr, i};
    verdict = worse(verdict, validate_value<each_item_parts<Parts>>(context, items[i], &item_at));
  }
  return verdict;
}

template <class Struct>
outcome validate_object(validation_context& context, const Struct& value, const path_link* at) {
  static_assert(described_struct_checks<Struct>::value);
  outcome verdict = outcome::accepted;
  boost::mp11::mp_for_each<public_members<Struct>>([&](auto descriptor) {
    using D = decltype(descriptor);
    const path_link member_at{at, D::name, 0};
    verdict = worse(verdict, validate_value<declared_parts<Struct, D>>(context, value.*D::pointer, &member_at));
  });
  return verdict;
}

template <class Parts, class T>
outcome validate_value(validation_context& context, const T& value, const path_link* at) {
  static constexpr auto rules = value_rules(Parts::value);
  validation_context::reporter here(context, at);
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::optional) {
    return value ? validate_value<Parts>(context, *value, at) : outcome::accepted;
  } else if constexpr (category == value_category::string) {
    if (validate_utf8(context, value, at) != outcome::accepted) return outcome::rejected;
    const text decoded(value);
    return apply_rules(here, rules, decoded, 0, [&](std::string& message) { message::append_quoted(message, value); });
  } else if constexpr (category == value_category::boolean || category == value_category::integer) {
    return apply_rules(here, rules, value, 0, [&](std::string& message) {
      if constexpr (category == value_category::boolean) {
        message += value ? "true" : "false";
      } else {
        message::append_number(message, value);
      }
    });
  } else if constexpr (category == value_category::floating) {
    if (!std::isfinite(value)) {
      return here.report(error_code::out_of_range, 0, [&](std::string& message, std::string_view path) {
        append_field_label(message, path);
        message += ": expected a finite number (JSON has no infinities nor NaN), found ";
        message += std::isnan(value) ? "NaN" : value < 0 ? "-infinity" : "infinity";
      });
    }
    return apply_rules(here, rules, value, 0, [&](std::string& message) { message::append_number(message, value); });
  } else if constexpr (category == value_category::enumeration) {
    if (to_string(value).empty()) {
      return here.report(error_code::invalid_enum, 0, [&](std::string& message, std::string_view path) {
        append_field_label(message, path);
        message += ": expected one of ";
        bool first = true;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto enumerator) {
          if (!first) message += ", ";
          first = false;
          spelling::append_json_string(message, enumerator.name);
        });
        message += ", found the undescribed value ";
        message::append_number(message, static_cast<std::underlying_type_t<T>>(value));
      });
    }
    return apply_rules(here, rules, value, 0, [&](std::string& message) { spelling::append_json_string(message, to_string(value)); });
  } else if constexpr (category == value_category::formatted) {
    // Valid exactly when its text reads back: the text is what a document would carry.
    using format = format_for_t<T, decltype(Parts::value)>;
    char buffer[format::max_size];
    const std::string_view spelled(buffer, format::write(buffer, value));
    T read_back{};
    if (!format::parse(spelled, read_back)) {
      return here.report(format::code, 0, [&](std::string& message, std::string_view path) {
        append_field_label(message, path);
        message += ": expected ";
        format::expected(message);
        message += ", found ";
        message::append_quoted(message, spelled);
      });
    }
    return apply_rules(here, rules, value, 0, [&](std::string& message) { message::append_quoted(message, spelled); });
  } else if constexpr (category == value_category::array) {
    return validate_array<Parts>(context, value, at);
  } else if constexpr (category == value_category::object) {
    const outcome members = validate_object(context, value, at);
    if (members != outcome::accepted) return members;
    return apply_rules(here, rules, value, 0, [](std::string& message) { message += "an object"; });
  } else {
    static_assert(dependent_false<T>, "invite: no way to validate this type");
    return outcome::malformed;
  }
}

} // namespace detail

/// Appends to `into` the rules `value` breaks (at most `max_errors` of them) and says whether it
/// keeps them all. Paths are canonical; offsets are 0.
template <class T>
bool validate(const T& value, std::vector<error>& into, std::size_t max_errors = 100) {
  static_assert(detail::is_described_struct_v<T>,
                "invite: this type has no BOOST_DESCRIBE_STRUCT description, so the codec cannot validate it");
  detail::validation_context context(into, max_errors);
  detail::validate_value<detail::no_parts>(context, value, nullptr);
  return !context.broke_rules();
}

/// The rules `value` breaks, in member order; empty when it keeps them all.
template <class T>
std::vector<error> validate(const T& value, std::size_t max_errors = 100) {
  std::vector<error> errors;
  validate(value, errors, max_errors);
  return errors;
}

} // namespace invite

#endif // INVITE_CODEC_VALIDATE_HPP_INCLUDED
