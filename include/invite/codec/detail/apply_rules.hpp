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
#include <invite/codec/rule.hpp>

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>

namespace invite::detail {

/// Applies every rule of `rules` (value rules only) to `input` through a reporter (report.hpp);
/// `say_found(message)` appends what was found for rules that do not say it themselves.
template <class Reporter, class Rules, class Input, class SayFound>
outcome apply_rules(Reporter& reporter, const Rules& rules, const Input& input, std::size_t offset,
                    const SayFound& say_found) {
  outcome verdict = outcome::accepted;
  std::apply(
      [&](const auto&... rule) {
        ((verdict = worse(verdict, [&](const auto& r) -> outcome {
            if (r.check(input)) return outcome::accepted;
            using rule_type = std::decay_t<decltype(r)>;
            return reporter.report(kind_of<rule_type>(), offset, [&](std::string& message, const location& at) {
              append_label(message, at);
              message += ": expected ";
              r.expected(message);
              message += ", found ";
              if constexpr (rule_says_found_v<rule_type, Input>) {
                r.found(message, input);
              } else {
                say_found(message);
              }
            });
          }(rule))),
         ...);
      },
      rules);
  return verdict;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_APPLY_RULES_HPP_INCLUDED
