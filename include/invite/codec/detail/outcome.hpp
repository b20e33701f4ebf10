#ifndef INVITE_CODEC_DETAIL_OUTCOME_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_OUTCOME_HPP_INCLUDED

namespace invite::detail {

/// How reading or checking one value went.
enum class outcome : unsigned char {
  accepted,  // it met every rule
  rejected,  // it broke a rule; the errors are recorded, the value is kept, the walk goes on
  unset,     // it could not be read at all (wrong type, beyond its type, no such name), so it
             // was left value-initialised; recorded, and the walk goes on
  malformed, // the document is not well-formed JSON; reading stops
};

constexpr outcome worse(outcome a, outcome b) noexcept { return a > b ? a : b; }

/// What a container says of itself: it was read even when some of its contents were not.
constexpr outcome as_container(outcome contents) noexcept {
  return contents == outcome::unset ? outcome::rejected : contents;
}

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_OUTCOME_HPP_INCLUDED
