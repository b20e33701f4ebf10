#ifndef INVITE_CODEC_VALIDATE_HPP_INCLUDED
#define INVITE_CODEC_VALIDATE_HPP_INCLUDED

// validate(): the rules of a described type applied to a value built in code, without writing
// and parsing it. It walks the value as the reader walks a document and hands each value to the
// same checks (detail/checks.hpp) and rules (detail/apply_rules.hpp), through the same kind of
// reporter, so the two cannot disagree about a value a document can spell. What only a struct
// can get wrong (strings that are not UTF-8, numbers JSON cannot write) is checked too; what
// belongs to a text (well-formedness, unknown, duplicate and missing keys, aliases) has no
// counterpart.
//
// Paths are canonical JSON Pointers (member names, never aliases). Offsets hold 0: there is no
// text to point into. With no error, validate allocates nothing once its thread has validated a
// value of the same shape before.

#include <invite/codec/detail/apply_rules.hpp>
#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/location.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/report.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/enum_names.hpp>
#include <invite/codec/error.hpp>
#include <invite/codec/message.hpp>
#include <invite/codec/rule.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace invite {

namespace detail {

/// What validate() keeps between calls on one thread, so that steady state allocates nothing:
/// the hash indexes of unique_in_array and the steps of the path being walked.
class validation_workspace {
public:
  caseless_index& acquire_table() { return tables_.acquire(); }
  void release_table() noexcept { tables_.release(); }
  std::vector<path_step>& steps() noexcept { return steps_; }

private:
  caseless_index_stack tables_;
  std::vector<path_step> steps_;
};

inline validation_workspace& thread_validation_workspace() {
  thread_local validation_workspace workspace;
  return workspace;
}

/// validate()'s reporter (report.hpp): where the walk is, and where its errors go.
class validation_context {
public:
  validation_context(std::vector<error>& errors, std::size_t max_errors, validation_workspace& workspace)
      : errors_(errors), first_(errors.size()), max_errors_(max_errors), workspace_(workspace),
        first_step_(workspace.steps().size()) {}

  template <class Write>
  outcome report(error_kind kind, std::size_t offset, Write&& write) {
    return report_at(errors_.size(), kind, offset, write);
  }
  template <class Write>
  outcome report_before(std::size_t position, error_kind kind, std::size_t offset, Write&& write) {
    return report_at(position, kind, offset, write);
  }
  std::size_t error_count() const noexcept { return errors_.size(); }
  bool broke_rules() const noexcept { return broke_rules_; }

  validation_workspace& workspace() noexcept { return workspace_; }

private:
  template <class Write>
  [[gnu::noinline]] outcome report_at(std::size_t position, error_kind kind, std::size_t offset, Write& write) {
    broke_rules_ = true;
    // Errors the caller's list held before do not count, and nothing goes before them.
    if (max_errors_ == 0) return outcome::rejected;
    if (errors_.size() - first_ >= max_errors_) {
      if (position - first_ >= max_errors_) return outcome::rejected;
      errors_.pop_back();
    }
    error& added = *errors_.insert(errors_.begin() + static_cast<std::ptrdiff_t>(position),
                                   error{kind.code, {}, {}, offset, kind.code_name});
    // A validate() called from inside another (by a rule, say) walks above the outer one's steps.
    const std::vector<path_step>& steps = workspace_.steps();
    const location at(steps.data() + first_step_, steps.size() - first_step_);
    append_pointer(added.path, at);
    write(added.message, at);
    return outcome::rejected;
  }

  std::vector<error>& errors_;
  std::size_t first_;
  std::size_t max_errors_;
  validation_workspace& workspace_;
  std::size_t first_step_;
  bool broke_rules_ = false;
};

/// One level of the path for the lifetime of the scope, as the reader's path_level.
class validation_level {
public:
  explicit validation_level(validation_context& context) : steps_(context.workspace().steps()) {
    steps_.emplace_back();
  }
  ~validation_level() { steps_.pop_back(); }
  validation_level(const validation_level&) = delete;
  validation_level& operator=(const validation_level&) = delete;

  void key(std::string_view name) noexcept { steps_.back() = path_step{name, 0, false}; }
  void index(std::size_t index) noexcept { steps_.back() = path_step{{}, index, true}; }

private:
  std::vector<path_step>& steps_;
};

template <class Parts, class T, class Scope>
outcome validate_value(validation_context& context, const T& value, const Scope* scope);

template <class Struct>
outcome validate_object(validation_context& context, const Struct& value, const item_scope<Struct>* scope) {
  static_assert(described_struct_checks<Struct>::value);
  using members = public_members<Struct>;
  outcome verdict = outcome::accepted;
  validation_level member_path(context);
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<members>::value>>([&](auto index) {
    constexpr std::size_t I = decltype(index)::value;
    using descriptor = boost::mp11::mp_at_c<members, I>;
    member_path.key(descriptor::name);
    outcome result = validate_value<declared_parts<Struct, descriptor>>(context, value.*descriptor::pointer,
                                                                        static_cast<const std::nullptr_t*>(nullptr));
    if constexpr (member_is_unique<Struct, descriptor>()) {
      if (result == outcome::accepted) result = check_unique<Struct, I>(context, value, scope, 0);
    }
    verdict = worse(verdict, result);
  });
  return as_container(verdict);
}

template <class Parts, class Item>
outcome validate_array(validation_context& context, const std::vector<Item>& items) {
  static constexpr auto array_rules = value_rules(Parts::value);
  using item_parts = each_item_parts<Parts>;
  const std::size_t errors_before = context.error_count();
  const std::size_t checked = checked_items(array_rules, items.size());

  constexpr std::size_t unique_members = [] {
    if constexpr (is_described_struct_v<Item>) return unique_member_count<Item>();
    return std::size_t{0};
  }();
  caseless_index* tables[unique_members == 0 ? 1 : unique_members] = {};
  for (std::size_t i = 0; i < unique_members; ++i) tables[i] = &context.workspace().acquire_table();
  struct release_tables {
    validation_workspace& workspace;
    ~release_tables() {
      for (std::size_t i = 0; i < unique_members; ++i) workspace.release_table();
    }
  } release{context.workspace()};
  (void)release;

  outcome verdict = outcome::accepted;
  { // the items' level of the path, closed before the array's own rules report
    validation_level item_path(context);
    for (std::size_t i = 0; i < checked; ++i) {
      item_path.index(i);
      if constexpr (unique_members > 0) {
        const item_scope<Item> scope{&items, i, tables};
        verdict = worse(verdict, validate_value<item_parts>(context, items[i], &scope));
      } else {
        verdict = worse(verdict, validate_value<item_parts>(context, items[i], static_cast<const std::nullptr_t*>(nullptr)));
      }
    }
  }
  report_before_items<validation_context> before_items(context, errors_before);
  return worse(as_container(verdict), apply_rules(before_items, array_rules, array_length{items.size()}, 0,
                                                  [&](std::string& message) { message::append_number(message, items.size()); }));
}

template <class Parts, class T, class Scope>
outcome validate_value(validation_context& context, const T& value, const Scope* scope) {
  static constexpr auto rules = value_rules(Parts::value);
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::optional) {
    return value ? validate_value<Parts>(context, *value, scope) : outcome::accepted;
  } else if constexpr (category == value_category::string) {
    if (check_utf8(context, value) != outcome::accepted) return outcome::rejected;
    return apply_rules(context, rules, text(value), 0, [&](std::string& message) { message::append_quoted(message, value); });
  } else if constexpr (category == value_category::boolean) {
    return apply_rules(context, rules, value, 0, [&](std::string& message) { message += value ? "true" : "false"; });
  } else if constexpr (category == value_category::integer) {
    return apply_rules(context, rules, value, 0, [&](std::string& message) { message::append_number(message, value); });
  } else if constexpr (category == value_category::floating) {
    if (!std::isfinite(value)) return report_not_finite(context, value);
    return apply_rules(context, rules, value, 0, [&](std::string& message) { message::append_number(message, value); });
  } else if constexpr (category == value_category::enumeration) {
    if (to_string(value).empty()) {
      report_invalid_enum<T>(context, 0, [&](std::string& message) {
        message += "the undescribed value ";
        message::append_number(message, static_cast<std::underlying_type_t<T>>(value));
      });
      return outcome::unset;
    }
    return apply_rules(context, rules, value, 0,
                       [&](std::string& message) { spelling::append_json_string(message, to_string(value)); });
  } else if constexpr (category == value_category::formatted) {
    // Valid exactly when its text reads back: the text is what a document would carry.
    using format = format_for_t<T, decltype(Parts::value)>;
    char buffer[format::max_size];
    const std::string_view spelled(buffer, format::write(buffer, value));
    T read_back{};
    if (!format::parse(spelled, read_back)) {
      report_format_refused<format>(context, 0, spelled);
      return outcome::unset;
    }
    return apply_rules(context, rules, value, 0, [&](std::string& message) { message::append_quoted(message, spelled); });
  } else if constexpr (category == value_category::array) {
    return validate_array<Parts>(context, value);
  } else if constexpr (category == value_category::object) {
    outcome result;
    if constexpr (std::is_same_v<Scope, item_scope<T>>) {
      result = validate_object(context, value, scope);
    } else {
      result = validate_object(context, value, static_cast<const item_scope<T>*>(nullptr));
    }
    if constexpr (std::tuple_size_v<decltype(rules)> > 0) {
      if (result == outcome::accepted) {
        result = apply_rules(context, rules, value, 0, [](std::string& message) { message += "an object"; });
      }
    }
    return result;
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
  detail::validation_context context(into, max_errors, detail::thread_validation_workspace());
  detail::validate_value<detail::no_parts>(context, value, static_cast<const std::nullptr_t*>(nullptr));
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
