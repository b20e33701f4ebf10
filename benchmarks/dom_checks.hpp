#ifndef INVITE_BENCHMARKS_DOM_CHECKS_HPP_INCLUDED
#define INVITE_BENCHMARKS_DOM_CHECKS_HPP_INCLUDED

// The contract checked over a parsed DOM, the way a user of a general JSON library would write
// it: parse the whole text into the library's tree, then walk the tree into the struct, applying
// every rule. One walk serves all DOM libraries through a small access policy per library, so
// that they differ only in their parsers and trees. The walk reports a verdict, not the errors:
// on a valid document (the only kind timed) it does all the same work either way.
//
// Access policy, for a library L:
//   using node = ...;                                   // a handle on one value
//   static json_kind kind(const node&);
//   static std::string_view text(const node&);          // kind == string
//   static integer_kind integer(const node&, std::int64_t&); // kind == number
//   static std::size_t size(const node&);               // kind == array
//   template <class F> static void for_each_item(const node&, F&&);           // f(const node&)
//   template <class F> static void for_each_member(const node&, F&&);         // f(string_view key, const node&)

#include "contract_checks.hpp"

#include <invite/contract/types.hpp>
#include <invite/validators/datetime.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace invite_bench {

enum class json_kind : unsigned char { object, array, string, number, boolean, null };

/// What a library's number is, as far as the contract's integer rule goes.
enum class integer_kind : unsigned char {
  in_int64,    // an integer that fits in int64 (its value written to the out parameter)
  beyond_int64, // an integer the library holds as unsigned or wider: out_of_range for an id
  not_integer, // a fraction or an exponent: type_mismatch
};

/// RFC 8259 forbids a byte-order mark, which some libraries skip silently; those contenders
/// check for it first, as their users would have to.
inline bool starts_with_byte_order_mark(std::string_view json) noexcept {
  return json.size() >= 3 && json.compare(0, 3, "\xEF\xBB\xBF") == 0;
}

/// The scratch a DOM walk keeps between documents.
struct dom_walk_state {
  caseless_email_set emails;
  std::vector<std::string_view> unknown_keys; // of the object being walked
};

template <class Access>
class dom_request_reader {
public:
  using node = typename Access::node;

  dom_request_reader(dom_walk_state& state, bool allow_unknown_fields)
      : state_(state), allow_unknown_(allow_unknown_fields) {}

  /// True when `root` is a valid request; fills `out` (which should be empty) as it goes.
  bool read(const node& root, invite::request& out) {
    if (Access::kind(root) != json_kind::object) return false;
    unsigned seen = 0;
    std::vector<std::string_view>& unknown = state_.unknown_keys;
    unknown.clear();
    Access::for_each_member(root, [&](std::string_view key, const node& value) {
      const request_key which = classify_request_key(key);
      if (which == request_key::unknown) {
        note_unknown(unknown, key);
        return;
      }
      const unsigned bit = 1u << static_cast<unsigned>(which);
      if ((seen & bit) != 0) {
        valid_ = false; // duplicate_field
        return;
      }
      seen |= bit;
      switch (which) {
        case request_key::assessment_id: read_id(value, out.assessment_id); break;
        case request_key::invite_format: read_format_value(value, out.invite_format); break;
        case request_key::expiry_date: read_expiry(value, out.expiry_date); break;
        case request_key::candidates: read_candidates(value, out.candidates); break;
        case request_key::unknown: break;
      }
    });
    constexpr unsigned required = (1u << static_cast<unsigned>(request_key::assessment_id)) |
                                  (1u << static_cast<unsigned>(request_key::invite_format)) |
                                  (1u << static_cast<unsigned>(request_key::candidates));
    if ((seen & required) != required) valid_ = false; // missing_field
    return valid_;
  }

private:
  void note_unknown(std::vector<std::string_view>& seen, std::string_view key) {
    for (const std::string_view earlier : seen) {
      if (earlier == key) {
        valid_ = false; // duplicate_field
        return;
      }
    }
    seen.push_back(key);
    if (!allow_unknown_) valid_ = false; // unknown_field
  }

  void read_id(const node& value, std::int64_t& out) {
    if (Access::kind(value) != json_kind::number) {
      valid_ = false;
      return;
    }
    std::int64_t number = 0;
    if (Access::integer(value, number) != integer_kind::in_int64 || number < 1) {
      valid_ = false;
      return;
    }
    out = number;
  }

  void read_format_value(const node& value, invite::format& out) {
    if (Access::kind(value) != json_kind::string || !read_format(Access::text(value), out)) valid_ = false;
  }

  void read_expiry(const node& value, std::optional<date::local_time<std::chrono::minutes>>& out) {
    const json_kind kind = Access::kind(value);
    if (kind == json_kind::null) {
      out.reset();
      return;
    }
    if (kind != json_kind::string) {
      valid_ = false;
      return;
    }
    if (const auto minute = invite::validators::parse_minute_datetime(Access::text(value))) {
      out = *minute;
    } else {
      valid_ = false;
    }
  }

  void read_candidates(const node& value, std::vector<invite::candidate>& out) {
    if (Access::kind(value) != json_kind::array) {
      valid_ = false;
      return;
    }
    const std::size_t count = Access::size(value);
    if (count == 0 || count > max_candidates) valid_ = false;
    out.reserve(count < max_candidates ? count : max_candidates);
    state_.emails.clear();
    Access::for_each_item(value, [&](const node& item) {
      if (out.size() == max_candidates) return; // past the 500th: already well-formed, not read
      out.emplace_back();
      read_candidate(item, out, out.size() - 1);
    });
  }

  void read_candidate(const node& item, std::vector<invite::candidate>& items, std::size_t index) {
    if (Access::kind(item) != json_kind::object) {
      valid_ = false;
      return;
    }
    unsigned seen_members = 0;
    std::vector<std::string_view> unknown; // rarely used: unknown keys in an item are errors
    Access::for_each_member(item, [&](std::string_view key, const node& value) {
      const candidate_key which = classify_candidate_key(key);
      if (which == candidate_key::unknown) {
        note_unknown(unknown, key);
        return;
      }
      const unsigned member_bit = 1u << (static_cast<unsigned>(which) / 2);
      if ((seen_members & member_bit) != 0) {
        valid_ = false; // duplicate_field or alias_conflict
      } else {
        seen_members |= member_bit;
        if (member_bit == 1u) {
          read_name(value, items[index].name);
        } else {
          read_email(value, items, index);
        }
      }
    });
    if (seen_members != 3u) valid_ = false; // missing_field
  }

  void read_name(const node& value, std::string& out) {
    if (Access::kind(value) != json_kind::string) {
      valid_ = false;
      return;
    }
    const std::string_view text = Access::text(value);
    out.assign(text.data(), text.size());
    if (!check_name(text).ok()) valid_ = false;
  }

  void read_email(const node& value, std::vector<invite::candidate>& items, std::size_t index) {
    if (Access::kind(value) != json_kind::string) {
      valid_ = false;
      return;
    }
    const std::string_view text = Access::text(value);
    items[index].email.assign(text.data(), text.size());
    if (!check_email(text)) {
      valid_ = false;
      return;
    }
    const std::size_t first = state_.emails.first_with(
        text, index, [&](std::size_t i) -> std::string_view { return items[i].email; });
    if (first != index) valid_ = false; // duplicate_value
  }

  dom_walk_state& state_;
  bool allow_unknown_;
  bool valid_ = true;
};

} // namespace invite_bench

#endif // INVITE_BENCHMARKS_DOM_CHECKS_HPP_INCLUDED
