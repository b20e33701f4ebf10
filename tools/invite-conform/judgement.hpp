#ifndef INVITE_TOOLS_INVITE_CONFORM_JUDGEMENT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CONFORM_JUDGEMENT_HPP_INCLUDED

// What a strict server must answer to a body, as the invite library itself judges the body, and
// how an answer is held against it. Every expected verdict comes from the kit or from the
// library, never from a guess, so that a failure is a real difference.

#include "http_client.hpp"

#include <invite/invite.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace invite_conform {

using error_pairs = std::vector<std::pair<std::string, std::string>>; // (code, pointer)

/// What a body must get: the verdict and errors of a strict server.
struct expectation {
  bool valid = false;
  bool oversized = false; // payload_too_large: 413
  bool ordered = false;   // compare errors as a sequence (else as a multiset)
  error_pairs errors;
  invite::request request; // the parsed request, for valid bodies
};

/// The library's own judgement of a body, as a strict server with this body limit must give it.
expectation judge_with_library(const std::string& body, std::size_t max_bytes);

/// A check that did not pass.
struct failure {
  std::string symptom; // the kind of failure: the same words for every check that fails alike
  std::string message; // this check's failure in full
};

/// A failure whose words say it all (the symptom is the message).
failure failure_of(std::string message);

struct verdict {
  std::optional<failure> failed; // nothing: passed
  bool on_status_alone = false;  // an invalid body's refusal passed without a problem+json body
};

struct judging {
  bool strict_errors = false; // compare the problem+json errors too
  std::size_t max_bytes = 0;  // the body limit the run assumes, for the words of a 413
};

/// How one answer to a body is judged against what a strict server must say.
verdict judge_body(const expectation& expected, const answer& got, const judging& how);

/// "code at pointer, ..." for at most `most` pairs.
std::string describe_errors(const error_pairs& errors, std::size_t most = 3);

/// The lower-case media type of a Content-Type value, without parameters.
std::string media_type(const std::string& content_type);

/// What the server said about itself in an answer: the detail (or title) of a problem body, or
/// the start of another body; empty when it said nothing.
std::string server_says(const answer& got);

} // namespace invite_conform

#endif // INVITE_TOOLS_INVITE_CONFORM_JUDGEMENT_HPP_INCLUDED
