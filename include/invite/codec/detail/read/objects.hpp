#ifndef INVITE_CODEC_DETAIL_READ_OBJECTS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_OBJECTS_HPP_INCLUDED

// Reading a JSON object into a described struct: each key is matched against the member names
// and aliases, undeclared and repeated keys are reported (undeclared ones only noted when the
// options allow them), missing members are value-initialised (and reported when required), and
// unique_in_array members are checked against the items the enclosing array has read so far.

#include <invite/codec/detail/caseless_index.hpp>
#include <invite/codec/detail/checks.hpp>
#include <invite/codec/detail/field_rules.hpp>
#include <invite/codec/detail/read/context.hpp>
#include <invite/codec/detail/read/forward.hpp>
#include <invite/codec/detail/read/reset.hpp>
#include <invite/codec/detail/read/well_formed.hpp>
#include <invite/codec/detail/type_traits.hpp>
#include <invite/codec/error.hpp>

#include <boost/mp11/algorithm.hpp>

#include <simdjson.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace invite::detail {

/// The index in field_names<Struct>() of the name a key's raw bytes spell, or names.size().
/// Each comparison has a constant length, which compilers turn into a few loads and compares
/// rather than a call. A name holding a backslash is left to the decoded comparison: its raw
/// spelling would differ from its text.
template <class Struct, std::size_t... I>
std::size_t match_raw_name(const char* content, std::size_t size, std::index_sequence<I...>) noexcept {
  static constexpr auto names = field_names<Struct>();
  // Decided here at compile time: as a condition beside the comparison, the search for a
  // backslash ran at every call.
  static constexpr std::array<bool, sizeof...(I)> spelled_as_written{
      {names[I].text.find('\\') == std::string_view::npos...}};
  std::size_t found = names.size();
  (void)((names[I].text.size() == size && spelled_as_written[I] &&
          __builtin_memcmp(content, names[I].text.data(), names[I].text.size()) == 0 && (found = I, true)) ||
         ...);
  return found;
}

template <class Struct>
std::size_t match_decoded_name(std::string_view key) noexcept {
  static constexpr auto names = field_names<Struct>();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].text == key) return i;
  }
  return names.size();
}

/// An undeclared key the options allow: not an error, but noted as the unknown_field a strict
/// parse reports, so that a tolerant reader can still see what it let through.
[[gnu::noinline]] inline outcome note_tolerated_field(read_context& context, std::size_t key_offset) {
  context.note(error_code::unknown_field, key_offset, [](std::string& message, const location& at) {
    append_label(message, at);
    message += ": not a declared field; tolerated, since unknown fields are allowed";
  });
  return outcome::accepted;
}

template <class Struct>
outcome report_undeclared(read_context& context, undeclared_keys::object& undeclared, const char* quote,
                          std::string_view key, std::size_t key_offset) {
  if (context.undeclared().repeats(undeclared, quote, key)) return report_repeated_key(context, key_offset, false);
  if (context.options().allow_unknown_fields) return note_tolerated_field(context, key_offset);
  return report_unknown_field<Struct>(context, key_offset);
}

template <class Struct>
outcome read_object(read_context& context, ondemand::value& value, Struct& out, item_scope<Struct>* scope,
                    std::size_t depth) {
  static_assert(described_struct_checks<Struct>::value);
  using members = public_members<Struct>;
  constexpr std::size_t member_count = boost::mp11::mp_size<members>::value;
  static constexpr auto names = field_names<Struct>();

  const std::string_view token = value.raw_json_token();
  const std::size_t object_offset = context.offset_of(token.data());
  if (depth > max_nesting_depth) return context.malformed(token.data(), "nesting deeper than 1024 levels");
  ondemand::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed object");

  // Bytes rather than bits: a struct has a few members, and a byte is tested and set in one
  // instruction each.
  std::array<bool, member_count> seen_members{};
  std::array<bool, names.size()> seen_names{};
  undeclared_keys::object undeclared = context.undeclared().open();
  struct close_undeclared {
    read_context& context;
    undeclared_keys::object& keys;
    ~close_undeclared() { context.undeclared().close(keys); }
  } closing{context, undeclared};
  (void)closing;

  outcome verdict = outcome::accepted;
  { // the members' level of the path, closed before missing members are reported
    path_level field_path(context);
    for (auto member : object) {
      ondemand::field field;
      if (std::move(member).get(field) != simdjson::SUCCESS) return context.malformed(token.data(), "malformed object");
      const raw_key raw = locate_key(context, field);
      if (raw.quote == nullptr) return outcome::malformed;
      const char* const quote = raw.quote;
      const std::size_t key_offset = context.offset_of(quote);
      ondemand::value& field_value = field.value();

      // Declared keys are nearly always spelled plainly: matched on their raw bytes, they need no
      // search for escapes and no decoding.
      std::size_t name_index = match_raw_name<Struct>(raw.content, raw.size(), std::make_index_sequence<names.size()>{});
      std::string_view key;
      if (name_index == names.size()) {
        key = context.decode_key(raw.content, raw.close);
        if (key.data() == nullptr) return outcome::malformed;
        name_index = match_decoded_name<Struct>(key);
      }
      field_path.key(quote);

      if (name_index == names.size()) {
        verdict = worse(verdict, report_undeclared<Struct>(context, undeclared, quote, key, key_offset));
        if (skip_value(context, field_value, depth + 1) == outcome::malformed) return outcome::malformed;
        continue;
      }
      const field_name& name = names[name_index];
      if (seen_members[name.member]) {
        // The first occurrence is the one used; this one is reported and only checked for
        // well-formedness.
        verdict = worse(verdict, seen_names[name_index]
                                     ? report_repeated_key(context, key_offset, true)
                                     : report_alias_conflict(context, key_offset, names[name.member].text));
        seen_names[name_index] = true;
        if (skip_value(context, field_value, depth + 1) == outcome::malformed) return outcome::malformed;
        continue;
      }
      seen_members[name.member] = true;
      seen_names[name_index] = true;
      const outcome read = boost::mp11::mp_with_index<member_count>(name.member, [&](auto index) {
        constexpr std::size_t I = decltype(index)::value;
        using descriptor = boost::mp11::mp_at_c<members, I>;
        const std::size_t value_offset = context.offset_of(field_value.raw_json_token().data());
        outcome result = read_value<declared_parts<Struct, descriptor>>(context, field_value, out.*descriptor::pointer,
                                                                        static_cast<std::nullptr_t*>(nullptr), depth + 1);
        if constexpr (member_is_unique<Struct, descriptor>()) {
          if (result == outcome::accepted) result = check_unique<Struct, I>(context, out, scope, value_offset);
        }
        return result;
      });
      if (read == outcome::malformed) return outcome::malformed;
      verdict = worse(verdict, read);
    }
  }

  // Members the object did not give: value-initialised, and reported when required, after the
  // object's other errors.
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<member_count>>([&](auto index) {
    constexpr std::size_t I = decltype(index)::value;
    if (seen_members[I]) return;
    using descriptor = boost::mp11::mp_at_c<members, I>;
    auto& member = out.*descriptor::pointer;
    reset_value(member, context.spare());
    if constexpr (!is_optional<remove_cvref_t<decltype(member)>>::value) {
      verdict = worse(verdict, report_missing_field<Struct, I>(context, object_offset));
    }
  });
  return as_container(verdict);
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_OBJECTS_HPP_INCLUDED
