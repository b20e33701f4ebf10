#ifndef INVITE_CODEC_DETAIL_OUTCOME_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_OUTCOME_HPP_INCLUDED

namespace invite::detail {

/// How reading or checking one value went.
enum class outcome : unsigned char {
  accepted,  // it met every rule
  rejected,  // it broke a rule; the errors are recorded and the walk goes on
  malformed, // the document is not well-formed JSON; reading stops
};

constexpr outcome worse(outcome a, outcome b) noexcept { return a > b ? a : b; }

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_OUTCOME_HPP_INCLUDED
