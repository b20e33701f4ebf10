#ifndef INVITE_CODEC_DETAIL_READ_VALUE_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_VALUE_HPP_INCLUDED

// Reading one value of any supported member type: dispatch on the member's category to the
// reader of that category. The generic reader is this and the headers it includes, one per
// category; nothing in them knows any particular struct.

#include <invite/codec/detail/apply_rules.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/read/arrays.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/detail/read/forward.hpp>
#include <invite/codec/detail/read/objects.hpp>
#include <invite/codec/detail/read/reset.hpp>
#include <invite/codec/detail/read/scalars.hpp>
#include <invite/codec/detail/read/strings.hpp>
#include <invite/codec/detail/read/well_formed.hpp>
#include <invite/codec/detail/type_traits.hpp>

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <type_traits>

namespace invite::detail {

template <class Parts, class T, class Scope>
outcome read_value(read_context& context, ondemand::value& value, T& out, Scope* scope, std::size_t depth) {
  const char* const start = value.raw_json_token().data();
  if (past_the_end(context, value.raw_json_token())) return outcome::malformed;
  ondemand::json_type type{};
  if (value.type().get(type) != simdjson::SUCCESS) return context.malformed(start, "unexpected character");
  constexpr value_category category = category_v<T>;
  if constexpr (category == value_category::optional) {
    if (type == ondemand::json_type::null) {
      if (check_scalar(context, type, value.raw_json_token()) == outcome::malformed) return outcome::malformed;
      reset_value(out, context.spare());
      return outcome::accepted;
    }
    const outcome read = read_value<Parts>(context, value, engage(out, context.spare()), scope, depth);
    if (read == outcome::unset) reset_value(out, context.spare()); // no value: absent, as null would say
    return read;
  } else if constexpr (category == value_category::string) {
    return read_string<Parts>(context, value, type, out, depth);
  } else if constexpr (category == value_category::boolean) {
    return read_boolean<Parts>(context, value, type, out, depth);
  } else if constexpr (category == value_category::integer) {
    return read_integer<Parts>(context, value, type, out, depth);
  } else if constexpr (category == value_category::floating) {
    return read_floating<Parts>(context, value, type, out, depth);
  } else if constexpr (category == value_category::enumeration) {
    return read_enum<Parts>(context, value, type, out, depth);
  } else if constexpr (category == value_category::formatted) {
    return read_formatted<Parts, format_for_t<T, decltype(Parts::value)>>(context, value, type, out, depth);
  } else if constexpr (category == value_category::array) {
    if (type != ondemand::json_type::array) {
      reset_value(out, context.spare());
      return mismatch(context, value, type, depth, "an array");
    }
    return read_array<Parts>(context, value, out, depth);
  } else if constexpr (category == value_category::object) {
    if (type != ondemand::json_type::object) {
      reset_value(out, context.spare());
      return mismatch(context, value, type, depth, "an object");
    }
    outcome read;
    if constexpr (std::is_same_v<Scope, item_scope<T>>) {
      read = read_object(context, value, out, scope, depth);
    } else {
      read = read_object(context, value, out, static_cast<item_scope<T>*>(nullptr), depth);
    }
    static constexpr auto rules = value_rules(Parts::value);
    if constexpr (std::tuple_size_v<decltype(rules)> > 0) {
      if (read == outcome::accepted) {
        read = apply_rules(context, rules, out, context.offset_of(start),
                           [](std::string& message) { message += "an object"; });
      }
    }
    return read;
  } else {
    static_assert(dependent_false<T>, "invite: no way to read this type (see member_declaration_checks)");
    return outcome::malformed;
  }
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_VALUE_HPP_INCLUDED
