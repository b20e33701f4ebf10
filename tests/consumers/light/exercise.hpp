// The same calls, written once and compiled twice: by light_path.cpp after <invite/light.hpp>
// and by header_only_path.cpp after <invite/invite.hpp>. Each copy writes down what it got, and
// main.cpp compares the two transcripts. The function is in an unnamed namespace because it
// means something different in each translation unit: shared, it would break the ODR itself.

#include <cstddef>
#include <string>
#include <vector>

namespace {

void write_errors(std::string& out, const std::vector<invite::error>& errors) {
  for (const invite::error& e : errors) {
    out += "  ";
    out += invite::to_string(e.code);
    out += ' ';
    out += e.path;
    out += " at ";
    out += std::to_string(e.offset);
    out += ": ";
    out += e.message;
    out += '\n';
  }
}

template <class T>
void write_result(std::string& out, const char* what, const invite::result<T>& parsed) {
  out += what;
  out += parsed ? ": ok\n" : ": rejected\n";
  write_errors(out, parsed.errors());
}

std::string exercise_contract() {
  std::string out;

  const auto valid = invite::parse_request(
      R"({"assessment_id": 42, "invite_format": "sendlink", "expiry_date": "2024-02-29 23:59",
          "candidates": [{"candidate_name": "Ada", "candidate_email": "ada@example.com"}]})");
  write_result(out, "valid request", valid);
  out += invite::to_json(*valid) + '\n';
  out += invite::to_pretty_json(*valid) + '\n';

  const char* const broken = R"({"assessment_id": 0, "invite_format": "mail", "candidates": [], "extra": 1})";
  write_result(out, "broken request", invite::parse_request(broken));
  invite::parse_options options;
  options.allow_unknown_fields = true;
  options.max_errors = 1;
  write_result(out, "broken request, unknown fields allowed, one error kept", invite::parse_request(broken, options));
  options.max_bytes = 8;
  write_result(out, "broken request over max_bytes", invite::parse_request(broken, options));

  const auto answer = invite::parse_response(
      R"({"invites": [{"name": "Ada", "email": "ada@example.com", "report_id": 1, "candidate_id": 2,
          "assessment_id": 42, "invite_link": "https://example.com/i/1", "status": "sent"}]})");
  write_result(out, "valid response", answer);
  out += invite::to_json(*answer) + '\n';
  out += invite::to_pretty_json(*answer) + '\n';
  write_result(out, "broken response", invite::parse_response(R"({"invites": [{"name": ""}]})"));

  invite::request built;
  out += "default request:\n";
  write_errors(out, invite::validate(built));
  built.assessment_id = 7;
  built.candidates.push_back({"Grace", "grace@example.com"});
  built.candidates.push_back({"Grace", "GRACE@example.com"});
  std::vector<invite::error> into{invite::error{invite::error_code::invalid_json, "/kept", "kept", 3}};
  out += invite::validate(built, into) ? "built request: keeps the rules\n" : "built request: breaks them\n";
  write_errors(out, into);

  invite::request crowded;
  crowded.assessment_id = 1;
  crowded.candidates.assign(150, invite::candidate{"Lin", "not an address"});
  out += "errors in 150 bad e-mails: " + std::to_string(invite::validate(crowded).size()) + ", at most 5: " +
         std::to_string(invite::validate(crowded, 5).size()) + '\n';

  out += "candidate:\n";
  write_errors(out, invite::validate(invite::candidate{"", "x@"}));
  out += "invitation:\n";
  write_errors(out, invite::validate(invite::invitation{}));
  invite::response empty;
  std::vector<invite::error> response_errors;
  out += invite::validate(empty, response_errors, 1) ? "empty response: keeps the rules\n"
                                                     : "empty response: breaks them\n";
  write_errors(out, response_errors);
  out += "empty response, as a list:\n";
  write_errors(out, invite::validate(empty));

  // A server loop's way: one result kept and parsed into again.
  invite::result<invite::request> kept_request;
  invite::parse_request(R"({"assessment_id": 5, "invite_format": "getlink", "candidates": []})", kept_request, {});
  write_result(out, "kept request, first body", kept_request);
  invite::parse_request(R"({"assessment_id": 6, "invite_format": "getlink",
                            "candidates": [{"name": "Lin", "email": "lin@example.com"}]})",
                        kept_request);
  write_result(out, "kept request, second body", kept_request);
  out += "kept request's id: " + std::to_string(kept_request->assessment_id) + '\n';
  invite::result<invite::response> kept_response;
  invite::parse_response(R"({"invites": []})", kept_response);
  write_result(out, "kept response", kept_response);

  out += "formats: ";
  out += invite::to_string(invite::format::getlink);
  out += ' ';
  out += invite::to_string(invite::format::sendlink);
  out += '\n';

  std::vector<invite::error> part_errors;
  out += invite::validate(invite::candidate{"Lin", "lin@"}, part_errors) ? "candidate into: keeps the rules\n"
                                                                        : "candidate into: breaks them\n";
  out += invite::validate(invite::invitation{}, part_errors, 2) ? "invitation into: keeps the rules\n"
                                                               : "invitation into: breaks them\n";
  write_errors(out, part_errors);
  return out;
}

} // namespace
