// invite-check --against: an error that check_response finds is a fact about two values, so
// invite-check places it at the value its path names in the response as written, whatever the
// spelling around it: escaped keys, unknown members holding anything, whitespace anywhere.

#include "cli_harness.hpp"

#include <string>

using namespace cli_test;

TEST_CASE("invite-check --against places each mismatch at its value in the response as written") {
  scratch dir;
  const std::string request =
      R"({"assessment_id":5,"invite_format":"getlink","candidates":[{"name":"A","email":"a@x.io"},{"name":"B","email":"b@x.io"}]})";
  // Unknown members (allowed below) hold every kind of value and every escape before the members
  // the errors are about, so that finding those means walking past all of them.
  const std::string unknown =
      R"("x\ud83d\ude00\"\\\/\b\f\n\r\t\u00e9y" : {"deep": [1, -2.5e3, "]", {"a": "}\""}, [], {}], )"
      R"("n": null, "t": true, "f": false}, "z":[[["["]]], )";
  const std::string response = std::string("{ \"invites\" :\n [\n  {") + unknown +
                               R"("name":"A", "\u0065mail" : "A@X.IO", "report_id":1, "candidate_id":1, )"
                               R"("assessment_id":5, "invite_link":"https://x.io/1", "status":"sent"},)"
                               "\n  { " + unknown +
                               R"("name" : "C", "report_id" : 1, "candidate_id":2, "assessment_id" :  6, )"
                               R"("em\u0061il":"c@x.io", "invite_link":"https://x.io/2", "status":"sent"},)"
                               "\n  {\"name\":\"D\",\"email\":\"d@x.io\",\"report_id\":3,\"candidate_id\":3,"
                               "\"assessment_id\":5,\"invite_link\":\"https://x.io/3\",\"status\":\"sent\"}\n ]\n}";
  const auto req = dir.file("request.json", request);
  const auto answer = dir.file("answer.json", response);

  const auto checked = dir.run({"--against", "--allow-unknown", "--json", req, answer});
  INFO(checked.out << checked.err);
  CHECK(checked.status == 1);
  const auto report = read_json_report(split_lines(checked.out).at(0));
  const std::size_t second = response.find("{ ", response.find("\n  { "));
  // In check_response's order: the count, then the second invite's members in the contract's
  // order, whatever order the response writes them in.
  namespace named = invite::response_mismatch;
  require_matches(report.errors,
                  {{error_code::too_long, "/invites", response.find("[\n"), named::invite_count_differs},
                   {error_code::invalid_characters, "/invites/1/name", response.find("\"C\""), named::name_differs},
                   {error_code::invalid_email, "/invites/1/email", response.find("\"c@x.io\""), named::email_differs},
                   {error_code::duplicate_value, "/invites/1/report_id",
                    response.find("1", response.find("\"report_id\" : ", second) + 14), named::id_reused},
                   {error_code::out_of_range, "/invites/1/assessment_id", response.find(" 6,") + 1,
                    named::assessment_id_differs}});
  // The places are those offsets as lines and columns: the second invite is on line 4.
  REQUIRE(report.places.size() == 5);
  CHECK(report.places[0] == place{2, 2});
  for (std::size_t i = 1; i < report.places.size(); ++i) CHECK(report.places[i].line == 4);
}
