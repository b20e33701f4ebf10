#ifndef INVITE_CODEC_RULE_HPP_INCLUDED
#define INVITE_CODEC_RULE_HPP_INCLUDED

// What a rule is. A rule is one self-contained type that says, in one place, everything the
// codec needs to enforce it, report it and describe it:
//
//   struct my_rule {
//     static constexpr invite::error_code code = invite::error_code::too_long; // when broken
//     bool check(const Input& value) const;              // true when the value keeps the rule
//     void expected(std::string& out) const;             // appends "at most 3 tags", say
//     void schema(invite::schema_fragment& s) const;     // its JSON Schema keywords, or none
//     void found(std::string& out, const Input&) const;  // optional: what to say was found
//     static constexpr std::string_view code_name = "invalid_sku"; // optional: its own name
//   };
//
// Input is what the codec hands to the rules of a member, by the member's type:
//   std::string            -> invite::text (the decoded UTF-8, with facts computed once)
//   integers, floats, bool -> the member's own type
//   described enums        -> the enum
//   formatted types        -> the member's type (a time point, say)
//   std::vector<T>         -> invite::array_length (rules for each item go in rule::each)
//   described structs      -> the struct
//   std::optional<T>       -> as T, when present
//
// The message of a broken rule is "<field>: expected <expected>, found <found>"; without a
// found() of its own, the codec says what the value was. A code_name names what broke in the
// rule's own words (error::name(), problem+json, the schema's description) while `code` keeps
// the closest of the library's codes for code that switches on them. A rule that a member's type cannot
// feed is a compile-time error that names the member.
//
// A text rule that reads its text block by block may leave the loop to the reader, which already
// passes over every string's bytes 16 at a time (searching for escapes) and hands each block to
// the scans of the member's rules while it is in a register:
//
//   struct my_text_rule {
//     struct text_scan {                                           // default-constructed per text
//       void add(const char* block, std::size_t offset, std::size_t count) noexcept;
//     };
//     bool check(const invite::text& value, const text_scan& scanned) const;
//     ...                                                          // code, expected(), schema()
//   };
//
// add() gets the text's blocks in order: 16 readable bytes at `block`, of which the first
// `count` (1-16) are the text's from `offset` (0, 16, 32... however long the text); the bytes
// after them may be anything. An empty text gets no add(). Where the reader could not scan
// (escaped text, validate()), the codec runs the scan itself with scan_text(), on a fresh scan,
// so check() always gets a scan of the whole text. When a rule has both forms of check(), the
// codec calls the one with the scan.

#include <invite/codec/error.hpp>
#include <invite/codec/schema_fragment.hpp>
#include <invite/codec/spelling/utf8.hpp>

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace invite {

/// A decoded JSON string as rules see it. The facts about it (code points, control characters,
/// blankness) are gathered in one pass the first time a rule asks, so a member with several
/// text rules reads its text once; a reader may have gathered them already while decoding
/// (rules that use them say `static constexpr bool uses_text_facts = true;`).
class text {
public:
  /// `padded`: the text lies inside a padded JSON input, so 64 bytes after its end are
  /// readable and a rule may read whole blocks past it.
  constexpr explicit text(std::string_view utf8, bool padded = false) noexcept : utf8_(utf8), padded_(padded) {}
  /// With facts already gathered.
  constexpr text(std::string_view utf8, const spelling::text_facts& facts, bool padded = false) noexcept
      : utf8_(utf8), facts_(facts), known_(true), padded_(padded) {}

  constexpr std::string_view view() const noexcept { return utf8_; }
  constexpr bool padded() const noexcept { return padded_; }
  constexpr operator std::string_view() const noexcept { return utf8_; }
  constexpr std::size_t size() const noexcept { return utf8_.size(); }

  /// Unicode code points.
  constexpr std::size_t code_points() const noexcept { return facts().code_points; }
  /// Whether any of U+0000-U+001F or U+007F is in it.
  constexpr bool has_control_characters() const noexcept { return facts().has_control; }
  /// Empty, or nothing but U+0020.
  constexpr bool is_blank() const noexcept { return facts().blank; }

private:
  constexpr const spelling::text_facts& facts() const noexcept {
    if (!known_) {
      facts_ = spelling::inspect_text(utf8_);
      known_ = true;
    }
    return facts_;
  }

  std::string_view utf8_;
  mutable spelling::text_facts facts_{};
  mutable bool known_ = false;
  bool padded_ = false;
};

/// How many items an array holds, as the rules of an array member see it. Items past a
/// rule::max_items cap count here although they are not stored.
struct array_length {
  std::size_t items = 0;
};

namespace detail {

template <class Rule, class = void>
struct has_rule_code : std::false_type {};
template <class Rule>
struct has_rule_code<Rule, std::void_t<decltype(Rule::code)>>
    : std::is_same<std::remove_cv_t<decltype(Rule::code)>, error_code> {};

template <class Rule, class = void>
struct has_rule_expected : std::false_type {};
template <class Rule>
struct has_rule_expected<Rule, std::void_t<decltype(std::declval<const Rule&>().expected(std::declval<std::string&>()))>>
    : std::true_type {};

template <class Rule, class = void>
struct has_rule_schema : std::false_type {};
template <class Rule>
struct has_rule_schema<Rule, std::void_t<decltype(std::declval<const Rule&>().schema(std::declval<schema_fragment&>()))>>
    : std::true_type {};

template <class Rule, class Input, class = void>
struct rule_checks : std::false_type {};
template <class Rule, class Input>
struct rule_checks<Rule, Input, std::void_t<decltype(std::declval<const Rule&>().check(std::declval<const Input&>()))>>
    : std::is_convertible<decltype(std::declval<const Rule&>().check(std::declval<const Input&>())), bool> {};

template <class Rule, class Input, class = void>
struct rule_says_found : std::false_type {};
template <class Rule, class Input>
struct rule_says_found<Rule, Input,
                       std::void_t<decltype(std::declval<const Rule&>().found(std::declval<std::string&>(),
                                                                              std::declval<const Input&>()))>>
    : std::true_type {};

template <class Rule, class = void>
struct rule_uses_text_facts : std::false_type {};
template <class Rule>
struct rule_uses_text_facts<Rule, std::void_t<decltype(Rule::uses_text_facts)>>
    : std::bool_constant<Rule::uses_text_facts> {};

template <class Rule, class = void>
struct declares_text_scan : std::false_type {};
template <class Rule>
struct declares_text_scan<Rule, std::void_t<typename Rule::text_scan>> : std::true_type {};

// The reader runs add() inside a noexcept pass, so a scan that could throw is not one.
template <class Rule, class = void>
struct rule_checks_scanned_text : std::false_type {};
template <class Rule>
struct rule_checks_scanned_text<
    Rule, std::void_t<decltype(std::declval<typename Rule::text_scan&>().add(
                          std::declval<const char*>(), std::size_t{}, std::size_t{})),
                      decltype(std::declval<const Rule&>().check(std::declval<const text&>(),
                                                                 std::declval<const typename Rule::text_scan&>()))>>
    : std::bool_constant<
          std::is_default_constructible_v<typename Rule::text_scan> &&
          noexcept(std::declval<typename Rule::text_scan&>().add(std::declval<const char*>(), std::size_t{},
                                                                 std::size_t{})) &&
          std::is_convertible_v<decltype(std::declval<const Rule&>().check(
                                    std::declval<const text&>(), std::declval<const typename Rule::text_scan&>())),
                                bool>> {};

} // namespace detail

/// Whether Rule checks a text through a text_scan of its own, which a reader may run during its
/// own pass over the text's bytes: a default-constructible scan with a noexcept add(), and a
/// check(const text&, const text_scan&).
template <class Rule>
inline constexpr bool rule_scans_text_v = detail::rule_checks_scanned_text<Rule>::value;

/// Runs `Scan` over the whole of `value`, block by block, as a reader does while decoding: the
/// blocks of a padded text are read in place, the last block of any other from a copy.
template <class Scan>
Scan scan_text(const text& value) {
  Scan scan{};
  const char* const bytes = value.view().data();
  const std::size_t size = value.size();
  std::size_t offset = 0;
  if (value.padded()) {
    for (; offset < size; offset += 16) scan.add(bytes + offset, offset, size - offset < 16 ? size - offset : 16);
    return scan;
  }
  for (; size - offset >= 16; offset += 16) scan.add(bytes + offset, offset, 16);
  if (offset < size) {
    char last[16] = {};
    std::memcpy(last, bytes + offset, size - offset);
    scan.add(last, offset, size - offset);
  }
  return scan;
}

/// Whether Rule reads the facts of a text (code points, control characters, blankness), so
/// that a reader gathers them while decoding rather than in a pass of their own.
template <class Rule>
inline constexpr bool rule_uses_text_facts_v = detail::rule_uses_text_facts<Rule>::value;

/// Whether Rule has the parts every rule needs: a code, an expected() and a schema().
template <class Rule>
inline constexpr bool is_rule_v = detail::has_rule_code<Rule>::value && detail::has_rule_expected<Rule>::value &&
                                  detail::has_rule_schema<Rule>::value;

/// Whether Rule can check a value that the codec hands over as Input.
template <class Rule, class Input>
inline constexpr bool rule_applies_to_v =
    is_rule_v<Rule> &&
    (detail::rule_checks<Rule, Input>::value || (std::is_same_v<Input, text> && rule_scans_text_v<Rule>));

/// Whether Rule says itself what was found (else the codec does).
template <class Rule, class Input>
inline constexpr bool rule_says_found_v = detail::rule_says_found<Rule, Input>::value;

} // namespace invite

#endif // INVITE_CODEC_RULE_HPP_INCLUDED
