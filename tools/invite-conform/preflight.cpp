#include "preflight.hpp"

#include "checks.hpp"
#include "judgement.hpp"
#include "requests.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

namespace invite_conform {

namespace {

std::string also_said(const answer& got) {
  const std::string said = server_says(got);
  return said.empty() ? std::string() : " (it says: " + said + ")";
}

// Which credentials went with the request, for a 401 or 403.
std::string credentials_sent(const settings& run, const answer& got) {
  std::string out = run.api_key ? "the key sent in the apiKey header (the one given by --api-key)"
                                : std::string("the key sent in the apiKey header (invite-conform's default, \"") +
                                      default_api_key + "\"; give the server's key with --api-key KEY)";
  if (!run.headers.empty()) {
    out += "; also sent, from --header:";
    for (const auto& header : run.headers) out += " " + header.first;
  }
  const std::string challenge = got.header("www-authenticate");
  if (!challenge.empty()) out += "; the server asks for: WWW-Authenticate: " + challenge;
  return out;
}

// Paths the user probably meant, most likely first: the URL's path cut after the contract's
// path, or with the contract's path added as to a prefix, then the contract's path alone.
std::vector<std::string> likely_paths(const std::string& path) {
  std::vector<std::string> out;
  const auto add = [&](std::string candidate) {
    if (candidate != path && std::find(out.begin(), out.end(), candidate) == out.end()) out.push_back(std::move(candidate));
  };
  const std::string bare = path.substr(0, path.find_first_of("?#"));
  const std::size_t at = bare.find(contract_path);
  if (at != std::string::npos) {
    add(bare.substr(0, at + std::strlen(contract_path)));
  } else {
    std::string prefix = bare;
    while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
    add(prefix + contract_path);
  }
  add(contract_path);
  return out;
}

std::string not_found(const settings& run, const http_client& server) {
  std::string cause = "404 from " + run.url.text();
  if (!run.url.path_given) cause += " (the path added to a URL without one)";
  cause += ": no endpoint there";
  const std::vector<std::string> candidates = likely_paths(run.url.path);
  for (const std::string& path : candidates) {
    const http_client elsewhere = server.at_path(path);
    settings there = run;
    there.url = elsewhere.url();
    const std::vector<answer> got = elsewhere.exchange({raw_request(there, polite_head(there), probe_body())});
    if (got.at(0).answered && got[0].status != 404) {
      return cause + "; " + elsewhere.url().text() + " answers (" + std::to_string(got[0].status) + "): did you mean it?";
    }
  }
  std::string tried;
  for (const std::string& path : candidates) tried += (tried.empty() ? "" : " or ") + server.at_path(path).url().text();
  if (!tried.empty()) cause += ", nor at " + tried;
  return cause + "; give --url the full URL where the server mounts POST /assessment/invite";
}

std::string no_answer(const settings& run, const http_client& server, const answer& got) {
  const std::string at = run.url.text();
  switch (got.why_not) {
  case trouble::tls: return "TLS failure with " + at + ": " + got.failure;
  case trouble::timeout:
    return "no answer to a valid request within " + std::to_string(run.timeout.count()) + " ms from " + at + " (--timeout)";
  case trouble::closed: {
    std::string cause = at + ": " + got.failure + " to a valid request";
    if (!run.url.tls && server.speaks_tls()) {
      cause += "; the server speaks TLS there: use https://" + run.url.origin.substr(run.url.origin.find("://") + 3) + run.url.path;
    }
    return cause;
  }
  case trouble::unreadable: return at + " answered a valid request with something that is not HTTP: " + got.failure;
  default: return "cannot reach " + at + ": " + got.failure;
  }
}

} // namespace

std::optional<preflight_failure> preflight(const settings& run, const http_client& server) {
  const std::string& body = probe_body();
  const head_options head = polite_head(run);
  const std::vector<answer> answers = server.exchange({raw_request(run, head, body)});
  const answer& got = answers.at(0);
  preflight_failure out;
  out.reproduce = curl_command(run, head, "@-", body);
  const std::string from = std::to_string(got.status) + " from " + run.url.text() + " to a valid request: ";
  if (!got.answered) {
    if (!got.connected() && got.why_not != trouble::tls) out.reproduce.clear();
    out.cause = no_answer(run, server, got);
  } else if (got.status == 401) {
    out.cause = from + "the server refused " + credentials_sent(run, got);
  } else if (got.status == 403) {
    out.cause = from + "the server forbade access to " + credentials_sent(run, got);
  } else if (got.status == 404) {
    out.cause = not_found(run, server);
  } else if (got.status == 405) {
    const std::string allow = got.header("allow");
    out.cause = from + "the server does not take POST there" + (allow.empty() ? std::string() : " (Allow: " + allow + ")");
  } else if (got.status == 415) {
    out.cause = from + "the server refused Content-Type application/json" + also_said(got);
  } else if (got.status >= 500) {
    out.cause = from + "the server failed" + also_said(got);
  } else {
    const verdict judged = judge_body(judge_with_library(body, run.max_bytes), got, judging{false, run.max_bytes});
    if (!judged.failed) return std::nullopt;
    const std::string location = got.header("location");
    out.cause = "a valid request to " + run.url.text() + ": " + judged.failed->message +
                (got.status >= 300 && got.status < 400 && !location.empty() ? " (Location: " + location + ")" : std::string());
  }
  return out;
}

} // namespace invite_conform
