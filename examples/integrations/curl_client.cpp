// A client of POST /assessment/invite on libcurl (Debian 12: libcurl4-openssl-dev): it builds a
// request in code, checks it with invite::validate before anything is sent, posts it, and checks
// the answer: a response by the contract (parse_response) that answers this request
// (check_response), or the server's problem+json. It reads the answer with the client profile,
// so that a server one version ahead (a member more in each invite) does not break it; what was
// tolerated is said on standard error. tests/integrations runs it against invite-serve.
//
//   invite_curl_client URL API_KEY ASSESSMENT_ID NAME EMAIL [NAME EMAIL]...
//
// Exit status: 0 when the invitations came back, 1 when the request was not valid, the server
// refused it or its answer does not do, 2 for a usage error or no answer at all. CMakeLists.txt
// here builds it.

#include <invite/invite.hpp>

#include <curl/curl.h>

#include <charconv>
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct reply {
  long status = 0;
  std::string media_type; // Content-Type without its parameters, as the server wrote it
  std::string body;
};

std::size_t keep_body(char* data, std::size_t size, std::size_t count, void* body) {
  static_cast<std::string*>(body)->append(data, size * count);
  return size * count;
}

// POSTs `body` as JSON with the apiKey header; nothing when no HTTP answer came (says why on stderr).
std::optional<reply> post(const std::string& url, const std::string& api_key, const std::string& body) {
  const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return std::nullopt;
  curl_slist* headers = nullptr;
  const std::vector<std::string> lines{"Content-Type: application/json", "Accept: application/json, application/problem+json",
                                       "apiKey: " + api_key};
  for (const std::string& line : lines) headers = curl_slist_append(headers, line.c_str());
  const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, curl_slist_free_all);
  reply out;
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, header_list.get());
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, keep_body);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &out.body);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
  if (const CURLcode failed = curl_easy_perform(curl.get()); failed != CURLE_OK) {
    std::cerr << "invite_curl_client: no answer from " << url << ": " << curl_easy_strerror(failed) << "\n";
    return std::nullopt;
  }
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &out.status);
  const char* type = nullptr;
  curl_easy_getinfo(curl.get(), CURLINFO_CONTENT_TYPE, &type);
  out.media_type = type == nullptr ? "" : std::string(type).substr(0, std::string(type).find(';'));
  return out;
}

void print_errors(std::ostream& out, const std::vector<invite::error>& errors) {
  for (const invite::error& e : errors) {
    out << "  " << (e.path.empty() ? "(the document)" : e.path) << ": " << e.name() << ": " << e.message << "\n";
  }
}

} // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  std::int64_t assessment_id = 0;
  if (arguments.size() < 5 || arguments.size() % 2 == 0 ||
      std::from_chars(arguments[2].data(), arguments[2].data() + arguments[2].size(), assessment_id).ptr !=
          arguments[2].data() + arguments[2].size()) {
    std::cerr << "usage: invite_curl_client URL API_KEY ASSESSMENT_ID NAME EMAIL [NAME EMAIL]...\n";
    return 2;
  }

  // The request, built in code and checked by the same rules the server applies.
  invite::request asked;
  asked.assessment_id = assessment_id;
  asked.invite_format = invite::format::getlink;
  for (std::size_t i = 3; i + 1 < arguments.size(); i += 2) asked.candidates.push_back({arguments[i], arguments[i + 1]});
  if (const std::vector<invite::error> wrong = invite::validate(asked); !wrong.empty()) {
    std::cout << "not sent: the request breaks the contract\n";
    print_errors(std::cout, wrong);
    return 1;
  }

  curl_global_init(CURL_GLOBAL_DEFAULT);
  const std::optional<reply> got = post(arguments[0], arguments[1], invite::to_json(asked));
  curl_global_cleanup();
  if (!got) return 2;

  if (got->status < 200 || got->status > 299) {
    // A refusal: problem+json (RFC 9457) says why, each broken rule with its JSON Pointer.
    std::cout << "refused: HTTP " << got->status << " (" << got->media_type << ")\n" << got->body << "\n";
    return 1;
  }
  // Strict on every member the contract declares, tolerant of the ones it does not.
  const invite::result<invite::response> answer = invite::parse_response(got->body, invite::client_profile);
  if (!answer.notes().empty()) {
    std::cerr << "the server sent members this client does not know (tolerated):\n";
    print_errors(std::cerr, answer.notes());
  }
  if (!answer) {
    std::cout << "the answer breaks the response contract\n";
    print_errors(std::cout, answer.errors());
    return 1;
  }
  if (const auto mismatches = invite::check_response(asked, *answer); !mismatches.empty()) {
    std::cout << "the answer does not answer this request\n";
    print_errors(std::cout, mismatches);
    return 1;
  }
  for (const invite::invitation& invitation : answer->invites) {
    std::cout << invitation.name << " <" << invitation.email << ">: " << invitation.invite_link << " (" << invitation.status
              << ", report " << invitation.report_id << ")\n";
  }
  return 0;
}
