// A user's one function that builds a request in code, checks it and writes it, compiled once
// per way of including invite (INVITE_HEADER, given by measure.py).
#include INVITE_HEADER

#include <cstdint>
#include <string>

std::string invite_ada(std::int64_t assessment) {
  invite::request request;
  request.assessment_id = assessment;
  request.candidates.push_back({"Ada", "ada@example.com"});
  if (!invite::validate(request).empty()) return {};
  return invite::to_json(request);
}
