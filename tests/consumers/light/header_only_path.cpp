// The default path in the same program: <invite/invite.hpp> and its inline functions, whose
// names are the light path's but whose symbols are not.
#include <invite/invite.hpp>

#include "exercise.hpp"
#include "transcripts.hpp"

#include <string_view>

std::string header_only_path_transcript() { return exercise_contract(); }

// Its address makes this unit emit the inline invite::parse_request at any optimisation level,
// so that the program built without an implementation unit has it at hand: the light unit's
// calls must still not bind to it.
using parse_request_function = invite::result<invite::request> (*)(std::string_view, const invite::parse_options&);
parse_request_function header_only_parse_request() { return &invite::parse_request; }
