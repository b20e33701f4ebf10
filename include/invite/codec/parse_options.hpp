#ifndef INVITE_CODEC_PARSE_OPTIONS_HPP_INCLUDED
#define INVITE_CODEC_PARSE_OPTIONS_HPP_INCLUDED

#include <cstddef>

namespace invite {

/// What a caller may loosen or bound when parsing; the defaults are the strict contract.
/// Members are only ever added at the end, so `parse_options{true, 4096}` keeps compiling.
struct parse_options {
  bool allow_unknown_fields = false; // tolerate undeclared keys instead of reporting unknown_field;
                                     // each one tolerated is noted (result<T>::notes)
  std::size_t max_bytes = 1u << 20;  // longer bodies get payload_too_large before any parsing
  std::size_t max_errors = 100;      // errors past this many are dropped; the verdict stands
  std::size_t max_notes = 100;       // notes past this many are dropped; 0 records none
};

} // namespace invite

#endif // INVITE_CODEC_PARSE_OPTIONS_HPP_INCLUDED
