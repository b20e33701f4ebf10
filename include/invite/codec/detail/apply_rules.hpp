#ifndef INVITE_CODEC_DETAIL_APPLY_RULES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_APPLY_RULES_HPP_INCLUDED

// Applying a member's rules to its value: one error per rule broken, in declared order, each
// message "<field>: expected <rule's expectation>, found <what was there>". The reader and
// validate() share this, so parsing a document and validating the struct it gave report the
// same rules the same way.
//
// A reporter offers
//   template <class Write> outcome report(error_code code, std::size_t offset, Write&& write);
// calling write(std::string& message, std::string_view path) only for an error it keeps.

#include <invite/codec/detail/messages.hpp>
#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/rule.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace invite::detail {

/// Applies every rule of `rules` (value rules only) to `input`; `say_found(message)` appends
/// what was found for rules that do not say it themselves.
template <class Reporter, class Rules, class Input, class SayFound>
outcome apply_rules(Reporter& reporter, const Rules& rules, const Input& input, std::size_t offset,
                    const SayFound& say_found) {
  outcome verdict = outcome::accepted;
  std::apply(
      [&](const auto&... rule) {
        ((verdict = worse(verdict, [&](const auto& r) -> outcome {
            if (r.check(input)) return outcome::accepted;
            using rule_type = std::decay_t<decltype(r)>;
            return reporter.report(rule_type::code, offset, [&](std::string& message, std::string_view path) {
              append_field_label(message, path);
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
