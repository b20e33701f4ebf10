#ifndef INVITE_CODEC_DETAIL_APPLY_RULES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_APPLY_RULES_HPP_INCLUDED

// Applying a member's rules to its value: one error per rule broken, in declared order, each
// message "<where>: expected <rule's expectation>, found <what was there>", each error under the
// rule's code and its own code name if it has one. The reader and validate() share this with
// the codec's own checks (checks.hpp), so parsing a document and validating the struct it gave
// report the same rules the same way.

#include <invite/codec/detail/location.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/report.hpp>
#include <invite/codec/detail/text_scans.hpp>
#include <invite/codec/rule.hpp>

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

namespace invite::detail {

/// Whether `rule` holds for `input`. A rule that scans text gets the reader's scan of it when
/// there is one (`scanned`), else scans it here: either way one check() judges.
template <class Rule, class Input, class Scan>
[[gnu::always_inline]] inline bool rule_holds(const Rule& rule, const Input& input, const Scan* scanned) {
  if constexpr (std::is_same_v<Input, text> && rule_scans_text_v<Rule>) {
    if (scanned != nullptr) return rule.check(input, *scanned);
    return rule.check(input, scan_text<typename Rule::text_scan>(input));
  } else {
    return rule.check(input);
  }
}

/// Applies `rule` to `input`, reporting it when broken. Always inline: a rule's check is mostly
/// a few instructions on what the reader has in registers (a scan's masks, say), which a call
/// would spill.
template <class Reporter, class Rule, class Input, class SayFound, class Scan>
[[gnu::always_inline]] inline outcome apply_rule(Reporter& reporter, const Rule& rule, const Input& input,
                                                 std::size_t offset, const SayFound& say_found, const Scan* scanned) {
  if (rule_holds(rule, input, scanned)) return outcome::accepted;
  return reporter.report(kind_of<Rule>(), offset, [&](std::string& message, const location& at) {
    append_label(message, at);
    message += ": expected ";
    rule.expected(message);
    message += ", found ";
    if constexpr (rule_says_found_v<Rule, Input>) {
      rule.found(message, input);
    } else {
      say_found(message);
    }
  });
}

/// Rule I's scan in `scanned`, or none.
template <std::size_t I, class Rules, class Scans>
const std::tuple_element_t<I, text_scans_t<Rules>>* scan_of_rule(const Scans* scanned) {
  if constexpr (std::tuple_size_v<Scans> == 0) {
    return nullptr;
  } else {
    return scanned == nullptr ? nullptr : &std::get<I>(*scanned);
  }
}

// The parameters go unused when a member has no rules.
template <class Reporter, class Rules, class Input, class SayFound, class Scans, std::size_t... I>
outcome apply_rules_in_order([[maybe_unused]] Reporter& reporter, [[maybe_unused]] const Rules& rules,
                             [[maybe_unused]] const Input& input, [[maybe_unused]] std::size_t offset,
                             [[maybe_unused]] const SayFound& say_found, [[maybe_unused]] const Scans* scanned,
                             std::index_sequence<I...>) {
  outcome verdict = outcome::accepted;
  ((verdict = worse(verdict, apply_rule(reporter, std::get<I>(rules), input, offset, say_found,
                                        scan_of_rule<I, Rules>(scanned)))),
   ...);
  return verdict;
}

/// Applies every rule of `rules` (value rules only) to `input` through a reporter (report.hpp),
/// in declared order; `say_found(message)` appends what was found for rules that do not say it
/// themselves. `scanned`, when a reader gives it, holds the rules' scans of the whole text
/// (text_scans_t<Rules>).
template <class Reporter, class Rules, class Input, class SayFound, class Scans = std::tuple<>>
outcome apply_rules(Reporter& reporter, const Rules& rules, const Input& input, std::size_t offset,
                    const SayFound& say_found, const Scans* scanned = nullptr) {
  return apply_rules_in_order(reporter, rules, input, offset, say_found, scanned,
                              std::make_index_sequence<std::tuple_size_v<Rules>>{});
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_APPLY_RULES_HPP_INCLUDED
