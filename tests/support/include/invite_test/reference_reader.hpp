#ifndef INVITE_TEST_REFERENCE_READER_HPP_INCLUDED
#define INVITE_TEST_REFERENCE_READER_HPP_INCLUDED

// The independent reference of the contract: a walk over a JSON tree that some other parser has
// built, applying every rule of docs/contract.md (from contract_rules.hpp) and filling the value
// as it goes. It shares nothing with the library's reader, so either can be held against the
// other: the fuzz targets hold the library to it over simdjson's DOM, and the benchmark times
// it over the trees of simdjson, Boost.JSON, RapidJSON and nlohmann/json as their users would
// write it. It gives a verdict, not the errors: on a valid document (the only kind timed) it
// does the same work either way, and the hand-written benchmark contender reports the errors.
//
// Well-formedness is the tree's parser's business: the walk starts from a tree, so it judges
// only documents that are one well-formed JSON text.
//
// Access policy, one per tree library L:
//   using node = ...;                                            // a handle on one value
//   static json_kind kind(const node&);
//   static std::string_view text(const node&);                   // kind == string
//   static integer_kind integer(const node&, std::int64_t&);     // kind == number
//   static std::size_t size(const node&);                        // kind == array
//   template <class F> static void for_each_item(const node&, F&&);   // f(const node&)
//   template <class F> static void for_each_member(const node&, F&&); // f(std::string_view key, const node&)
// for_each_member must give every member, repeated keys included, for duplicate_field to be
// seen; trees that keep one of two equal keys cannot judge such documents.

#include <invite_test/caseless_email_set.hpp>
#include <invite_test/contract_rules.hpp>

#include <invite/invite.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace invite_test {

enum class json_kind : unsigned char { object, array, string, number, boolean, null };

/// What a tree's number is, as far as the id rule goes.
enum class integer_kind : unsigned char {
  in_int64,     // an integer that fits in int64 (its value written to the out parameter)
  beyond_int64, // an integer the tree holds as unsigned or wider: out_of_range for an id
  not_integer,  // a fraction or an exponent: type_mismatch
};

/// The checks on decoded strings that the walk makes: by default the reference's own, written
/// from the contract (contract_rules.hpp), which is what makes the walk independent of the
/// library. The benchmark passes the library's validators instead, so that their speed helps
/// every contender alike and the contenders differ only in how they reach the JSON.
struct reference_string_rules {
  static name_verdict check_name(std::string_view text) noexcept { return invite_test::check_name(text); }
  static bool is_valid_email(std::string_view text) noexcept { return invite_test::is_valid_email(text); }
  static bool is_valid_invite_link(std::string_view text) noexcept { return invite_test::is_valid_invite_link(text); }
  static std::optional<expiry_time> parse_expiry(std::string_view text) noexcept {
    return invite_test::parse_expiry(text);
  }
};

/// What a reference reader keeps between documents, so that a timed walk allocates no more
/// than it must.
struct reference_state {
  caseless_email_set emails;
  std::vector<std::string_view> root_unknown_keys;
};

template <class Access, class StringRules = reference_string_rules>
class reference_reader {
public:
  using node = typename Access::node;

  reference_reader(reference_state& state, bool allow_unknown_fields) noexcept
      : state_(state), allow_unknown_(allow_unknown_fields) {}

  /// True when `root` is a valid request; fills `out` (which should be empty) as it goes.
  bool read(const node& root, invite::request& out) {
    valid_ = true;
    if (Access::kind(root) != json_kind::object) return false;
    unsigned seen = 0;
    state_.root_unknown_keys.clear();
    Access::for_each_member(root, [&](std::string_view key, const node& value) {
      const request_key which = classify_request_key(key);
      if (!first_use(key, which == request_key::unknown, bit(which), seen, state_.root_unknown_keys)) return;
      switch (which) {
        case request_key::assessment_id: read_id(value, out.assessment_id); break;
        case request_key::invite_format: read_format(value, out.invite_format); break;
        case request_key::expiry_date: read_expiry(value, out.expiry_date); break;
        case request_key::candidates:
          state_.emails.clear();
          read_items(value, out.candidates, [this](const node& item, std::vector<invite::candidate>& items) {
            read_candidate(item, items);
          });
          break;
        case request_key::unknown: break;
      }
    });
    require(seen, bit(request_key::assessment_id) | bit(request_key::invite_format) | bit(request_key::candidates));
    return valid_;
  }

  /// True when `root` is a valid response; fills `out` (which should be empty) as it goes.
  bool read(const node& root, invite::response& out) {
    valid_ = true;
    if (Access::kind(root) != json_kind::object) return false;
    unsigned seen = 0;
    state_.root_unknown_keys.clear();
    Access::for_each_member(root, [&](std::string_view key, const node& value) {
      const response_key which = classify_response_key(key);
      if (!first_use(key, which == response_key::unknown, bit(which), seen, state_.root_unknown_keys)) return;
      read_items(value, out.invites, [this](const node& item, std::vector<invite::invitation>& items) {
        read_invitation(item, items.back());
      });
    });
    require(seen, bit(response_key::invites));
    return valid_;
  }

private:
  template <class Key>
  static unsigned bit(Key key) noexcept {
    return 1u << static_cast<unsigned>(key);
  }

  static bool is_valid_name(std::string_view text) noexcept { return StringRules::check_name(text).ok(); }

  void require(unsigned seen, unsigned required) noexcept {
    if ((seen & required) != required) valid_ = false; // missing_field
  }

  // Whether the member is to be read: an unknown key is not (unknown_field unless allowed), nor
  // a field met before under either of its names (duplicate_field, alias_conflict).
  bool first_use(std::string_view key, bool unknown, unsigned field_bit, unsigned& seen,
                 std::vector<std::string_view>& unknown_keys) {
    if (unknown) {
      for (const std::string_view earlier : unknown_keys) {
        if (earlier == key) {
          valid_ = false; // duplicate_field, allowed or not
          return false;
        }
      }
      unknown_keys.push_back(key);
      if (!allow_unknown_) valid_ = false;
      return false;
    }
    if ((seen & field_bit) != 0) {
      valid_ = false;
      return false;
    }
    seen |= field_bit;
    return true;
  }

  void read_id(const node& value, std::int64_t& out) {
    std::int64_t number = 0;
    if (Access::kind(value) != json_kind::number || Access::integer(value, number) != integer_kind::in_int64 ||
        !is_valid_id(number)) {
      valid_ = false;
      return;
    }
    out = number;
  }

  // Stores the text whatever the verdict, as a reader of the whole document would.
  template <class Rule>
  void read_string(const node& value, std::string& out, Rule rule) {
    if (Access::kind(value) != json_kind::string) {
      valid_ = false;
      return;
    }
    const std::string_view text = Access::text(value);
    out.assign(text.data(), text.size());
    if (!rule(text)) valid_ = false;
  }

  void read_format(const node& value, invite::format& out) {
    const std::optional<invite::format> format =
        Access::kind(value) == json_kind::string ? format_named(Access::text(value)) : std::nullopt;
    if (format) {
      out = *format;
    } else {
      valid_ = false;
    }
  }

  void read_expiry(const node& value, std::optional<expiry_time>& out) {
    const json_kind kind = Access::kind(value);
    if (kind == json_kind::null) { // null means absent
      out.reset();
      return;
    }
    out = kind == json_kind::string ? StringRules::parse_expiry(Access::text(value)) : std::nullopt;
    if (!out) valid_ = false;
  }

  // Items past the 500th are neither stored nor checked: the tree is well-formed already.
  template <class Item, class ReadItem>
  void read_items(const node& value, std::vector<Item>& items, ReadItem read_item) {
    if (Access::kind(value) != json_kind::array) {
      valid_ = false;
      return;
    }
    const std::size_t count = Access::size(value);
    if (count == 0 || count > max_items) valid_ = false; // too_short, too_long
    items.reserve(count < max_items ? count : max_items);
    Access::for_each_item(value, [&](const node& item) {
      if (items.size() == max_items) return;
      items.emplace_back();
      read_item(item, items);
    });
  }

  void read_candidate(const node& item, std::vector<invite::candidate>& items) {
    if (Access::kind(item) != json_kind::object) {
      valid_ = false;
      return;
    }
    unsigned seen = 0; // by member, so that name and candidate_name share a bit
    std::vector<std::string_view> unknown_keys; // allocates only when there are any
    Access::for_each_member(item, [&](std::string_view key, const node& value) {
      const candidate_key which = classify_candidate_key(key);
      const unsigned member_bit = 1u << (static_cast<unsigned>(which) / 2);
      if (!first_use(key, which == candidate_key::unknown, member_bit, seen, unknown_keys)) return;
      if (member_bit == 1u) {
        read_string(value, items.back().name, is_valid_name);
      } else {
        read_email(value, items);
      }
    });
    require(seen, 3u);
  }

  // Uniqueness is judged among valid e-mails only.
  void read_email(const node& value, std::vector<invite::candidate>& items) {
    bool valid_email = true;
    read_string(value, items.back().email, [&valid_email](std::string_view text) {
      valid_email = StringRules::is_valid_email(text);
      return valid_email;
    });
    if (Access::kind(value) != json_kind::string || !valid_email) return;
    const std::size_t index = items.size() - 1;
    const std::size_t first = state_.emails.first_with(
        items[index].email, index, [&items](std::size_t i) -> std::string_view { return items[i].email; });
    if (first != index) valid_ = false; // duplicate_value
  }

  void read_invitation(const node& item, invite::invitation& out) {
    if (Access::kind(item) != json_kind::object) {
      valid_ = false;
      return;
    }
    unsigned seen = 0;
    std::vector<std::string_view> unknown_keys;
    Access::for_each_member(item, [&](std::string_view key, const node& value) {
      const invitation_key which = classify_invitation_key(key);
      if (!first_use(key, which == invitation_key::unknown, bit(which), seen, unknown_keys)) return;
      switch (which) {
        case invitation_key::name: read_string(value, out.name, is_valid_name); break;
        case invitation_key::email: read_string(value, out.email, StringRules::is_valid_email); break;
        case invitation_key::report_id: read_id(value, out.report_id); break;
        case invitation_key::candidate_id: read_id(value, out.candidate_id); break;
        case invitation_key::assessment_id: read_id(value, out.assessment_id); break;
        case invitation_key::invite_link:
          read_string(value, out.invite_link, StringRules::is_valid_invite_link);
          break;
        case invitation_key::status: read_string(value, out.status, is_valid_status); break;
        case invitation_key::unknown: break;
      }
    });
    require(seen, bit(invitation_key::unknown) - 1); // every field
  }

  reference_state& state_;
  bool allow_unknown_;
  bool valid_ = true;
};

} // namespace invite_test

#endif // INVITE_TEST_REFERENCE_READER_HPP_INCLUDED
