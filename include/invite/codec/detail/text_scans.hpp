#ifndef INVITE_CODEC_DETAIL_TEXT_SCANS_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_TEXT_SCANS_HPP_INCLUDED

// The text scans of a member's rules (rule.hpp), as the reader runs them: one per rule, in the
// rules' order, fed the blocks of the member's text during the reader's own pass over them.

#include <invite/codec/rule.hpp>

#include <cstddef>
#include <tuple>
#include <type_traits>

namespace invite::detail {

/// What a reader hands to rule i of a member while passing over its text: the rule's text_scan,
/// or nothing for a rule without one.
struct no_text_scan {
  void add(const char*, std::size_t, std::size_t) noexcept {}
};

template <class Rule, class = void>
struct text_scan_of {
  using type = no_text_scan;
};
template <class Rule>
struct text_scan_of<Rule, std::enable_if_t<rule_scans_text_v<Rule>>> {
  using type = typename Rule::text_scan;
};

/// The scans of a member's rules, one per rule, in the rules' order.
template <class Rules>
struct text_scans;
template <class... Rules>
struct text_scans<std::tuple<Rules...>> {
  using type = std::tuple<typename text_scan_of<Rules>::type...>;
};
template <class Rules>
using text_scans_t = typename text_scans<std::remove_cv_t<Rules>>::type;

/// Hands one block of a text to every scan.
template <class... Scans>
[[gnu::always_inline]] inline void add_block(std::tuple<Scans...>& scans, const char* block, std::size_t offset,
                                             std::size_t count) noexcept {
  std::apply([&](auto&... scan) { (scan.add(block, offset, count), ...); }, scans);
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_TEXT_SCANS_HPP_INCLUDED
