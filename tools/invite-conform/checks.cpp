#include "checks.hpp"

#include "generator.hpp"
#include "shell_quote.hpp"

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <thread>

namespace invite_conform {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view expectation_suffix = ".expect.json";
// The contract's default size limit: a strict server answers 413 past it.
constexpr std::size_t strict_body_limit = std::size_t{1} << 20;

// A small valid request, for the probes.
constexpr std::string_view probe_body =
    R"({"assessment_id":7,"invite_format":"getlink","candidates":[{"name":"Ada Lovelace","email":"ada@example.com"},{"name":"Alan Turing","email":"alan@example.com"}]})";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string host_header(const endpoint_url& url) {
  const std::string host = url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
  return url.port == "80" ? host : host + ":" + url.port;
}

struct head_options {
  std::string method = "POST";
  std::optional<std::string> api_key;
  std::optional<std::string> content_type = std::string("application/json");
  bool chunked = false;
  bool keep_alive = false;
  std::optional<std::string> content_length; // instead of the body's real size
  std::string path_suffix;
};

std::string raw_request(const endpoint_url& url, const head_options& head, std::string_view body) {
  std::string out = head.method + " " + url.path + head.path_suffix + " HTTP/1.1\r\nHost: " + host_header(url) +
                    "\r\nUser-Agent: invite-conform\r\nAccept: application/json, application/problem+json\r\n";
  if (head.api_key) out += "apiKey: " + *head.api_key + "\r\n";
  if (head.content_type) out += "Content-Type: " + *head.content_type + "\r\n";
  if (!head.keep_alive) out += "Connection: close\r\n";
  if (head.chunked) {
    out += "Transfer-Encoding: chunked\r\n\r\n";
    // Several chunks, to make the server put them together.
    constexpr std::size_t piece = 64;
    for (std::size_t at = 0; at < body.size(); at += piece) {
      const std::string_view chunk = body.substr(at, piece);
      char size[20];
      std::snprintf(size, sizeof size, "%zx", chunk.size());
      out += size;
      out += "\r\n";
      out += chunk;
      out += "\r\n";
    }
    out += "0\r\n\r\n";
    return out;
  }
  if (head.method == "POST" || !body.empty() || head.content_length) {
    out += "Content-Length: " + (head.content_length ? *head.content_length : std::to_string(body.size())) + "\r\n";
  }
  out += "\r\n";
  out += body;
  return out;
}

// body_argument: "@FILE", or a body given to printf, or empty.
std::string curl_command(const settings& run, const head_options& head, const std::string& body_argument,
                         std::string_view piped_body = {}) {
  std::string out = piped_body.empty() ? std::string() : "printf " + printf_format(piped_body) + " | ";
  out += "curl -sS -i --max-time " + std::to_string((run.timeout.count() + 999) / 1000);
  if (head.method != "POST" || body_argument.empty()) out += " -X " + head.method;
  out += " " + shell_quote(run.url.text + head.path_suffix);
  if (head.api_key) out += " -H " + shell_quote("apiKey: " + *head.api_key);
  out += " -H " + shell_quote("Content-Type: " + head.content_type.value_or(""));
  if (head.chunked) out += " -H 'Transfer-Encoding: chunked'";
  if (!body_argument.empty()) out += " --data-binary " + body_argument;
  return out;
}

std::string raw_command(const settings& run, const std::string& bytes, bool half_close) {
  // curl's telnet:// sends standard input as it is: the nearest thing to nc everywhere.
  std::string out = "printf " + printf_format(bytes) + " | curl -sS --max-time " +
                    std::to_string((run.timeout.count() + 999) / 1000) + " telnet://" + host_header(run.url);
  if (half_close) out += "  # the client then stops sending";
  return out;
}

std::string describe_errors(const std::vector<std::pair<std::string, std::string>>& errors, std::size_t most = 3) {
  std::string out;
  for (std::size_t i = 0; i < errors.size() && i < most; ++i) {
    if (i != 0) out += ", ";
    out += errors[i].first + " at " + (errors[i].second.empty() ? std::string("\"\"") : errors[i].second);
  }
  if (errors.size() > most) out += ", ... (" + std::to_string(errors.size()) + " in all)";
  return out;
}

template <class Errors>
std::vector<std::pair<std::string, std::string>> pairs_of(const Errors& errors) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : errors) out.emplace_back(std::string(invite::to_string(e.code)), e.path);
  return out;
}

std::string media_type(const std::string& content_type) {
  std::string type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type;
}

std::string no_answer(const answer& got) { return got.failure.empty() ? "no answer" : got.failure; }

// The (code, pointer) pairs of a problem+json body, or why they could not be read.
std::optional<std::string> problem_pairs(const std::string& body, std::vector<std::pair<std::string, std::string>>& out) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(body).get(root) != simdjson::SUCCESS) return std::string("the problem body is not JSON");
  simdjson::dom::array errors;
  if (root["errors"].get_array().get(errors) != simdjson::SUCCESS) return std::string("the problem body has no errors array");
  for (simdjson::dom::element item : errors) {
    std::string_view code, pointer;
    if (item["code"].get_string().get(code) != simdjson::SUCCESS || item["pointer"].get_string().get(pointer) != simdjson::SUCCESS) {
      return std::string("an entry of errors has no code or pointer string");
    }
    out.emplace_back(std::string(code), std::string(pointer));
  }
  return std::nullopt;
}

// How a body's answer is judged against what a strict server must say.
std::optional<std::string> judge_body(const expectation& expected, const answer& got, bool strict_errors) {
  if (!got.answered) return no_answer(got);
  const std::string got_status = "got " + std::to_string(got.status);
  if (expected.valid) {
    if (got.status < 200 || got.status > 299) {
      std::string why = "expected 2xx for a valid body, " + got_status;
      std::vector<std::pair<std::string, std::string>> said;
      if (got.status >= 400 && got.status < 500 && !problem_pairs(got.body, said) && !said.empty()) {
        why += " saying " + describe_errors(said);
      }
      return why;
    }
    if (media_type(got.header("content-type")) != "application/json") {
      return "expected Content-Type application/json with the 2xx, got \"" + got.header("content-type") + "\"";
    }
    const auto response = invite::parse_response(got.body);
    if (!response) {
      return "the 2xx body breaks the response contract: " + describe_errors(pairs_of(response.errors())) +
             (response.errors().empty() ? std::string() : " (" + response.errors()[0].message + ")");
    }
    const auto mismatches = invite::check_response(expected.request, *response);
    if (!mismatches.empty()) {
      return "the response does not answer the request: " + describe_errors(pairs_of(mismatches)) + " (" +
             mismatches[0].message + ")";
    }
    return std::nullopt;
  }
  const std::string expected_errors = describe_errors(expected.errors);
  if (expected.oversized && got.status != 413) return "expected 413 for an oversized body, " + got_status;
  if (got.status < 400 || got.status > 499) {
    return "expected 4xx for an invalid body (" + expected_errors + "), " + got_status;
  }
  if (!strict_errors) return std::nullopt;
  if (media_type(got.header("content-type")) != "application/problem+json") {
    return "expected Content-Type application/problem+json with the " + std::to_string(got.status) + ", got \"" +
           got.header("content-type") + "\"";
  }
  std::vector<std::pair<std::string, std::string>> said;
  if (auto unreadable = problem_pairs(got.body, said)) return *unreadable;
  auto want = expected.errors;
  if (!expected.ordered) {
    std::sort(want.begin(), want.end());
    std::sort(said.begin(), said.end());
  }
  if (want != said) return "expected the errors " + expected_errors + ", got " + describe_errors(said);
  return std::nullopt;
}

std::optional<std::string> expect_status(const std::vector<answer>& got, int status, const char* why) {
  if (got.empty() || !got[0].answered) return std::string("expected ") + std::to_string(status) + " " + why + ", " + (got.empty() ? "no answer" : no_answer(got[0]));
  if (got[0].status != status) return std::string("expected ") + std::to_string(status) + " " + why + ", got " + std::to_string(got[0].status);
  return std::nullopt;
}

bool default_options(const invite::parse_options& options) {
  const invite::parse_options strict;
  return options.allow_unknown_fields == strict.allow_unknown_fields && options.max_bytes == strict.max_bytes &&
         options.max_errors == strict.max_errors;
}

struct kit_vector {
  std::string name;
  fs::path document;
  bool request = true;
  invite::parse_options options;
  expectation expected;
};

std::optional<std::string> read_vector(const fs::path& expectation_path, const fs::path& root, kit_vector& out) {
  const std::string text = read_bytes(expectation_path);
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  const std::string file = expectation_path.filename().string();
  out.document = expectation_path.parent_path() / (file.substr(0, file.size() - expectation_suffix.size()) + ".json");
  const std::string relative = fs::relative(out.document, root).generic_string();
  out.name = relative.substr(0, relative.size() - 5);
  if (parser.parse(text).get(e) != simdjson::SUCCESS) return out.name + ": unreadable expectation";
  std::string_view kind;
  bool valid = false;
  if (e["kind"].get_string().get(kind) != simdjson::SUCCESS || e["valid"].get_bool().get(valid) != simdjson::SUCCESS) {
    return out.name + ": expectation without kind or valid";
  }
  out.request = kind == "request";
  simdjson::dom::object options;
  if (e["options"].get_object().get(options) == simdjson::SUCCESS) {
    bool allow = false;
    std::uint64_t number = 0;
    if (options["allow_unknown_fields"].get_bool().get(allow) == simdjson::SUCCESS) out.options.allow_unknown_fields = allow;
    if (options["max_bytes"].get_uint64().get(number) == simdjson::SUCCESS) out.options.max_bytes = number;
    if (options["max_errors"].get_uint64().get(number) == simdjson::SUCCESS) out.options.max_errors = number;
  }
  bool ordered = false;
  if (e["ordered"].get_bool().get(ordered) == simdjson::SUCCESS) out.expected.ordered = ordered;
  out.expected.valid = valid;
  simdjson::dom::array errors;
  if (e["errors"].get_array().get(errors) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : errors) {
      std::string_view code, path;
      if (item["code"].get_string().get(code) != simdjson::SUCCESS || item["path"].get_string().get(path) != simdjson::SUCCESS) {
        return out.name + ": an error without code or path";
      }
      out.expected.errors.emplace_back(std::string(code), std::string(path));
      if (code == "payload_too_large") out.expected.oversized = true;
    }
  }
  return std::nullopt;
}

std::optional<std::string> add_vector_checks(const settings& run, plan& out) {
  const fs::path root(run.vectors_dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return "no vectors at " + run.vectors_dir;
  std::vector<fs::path> expectations;
  for (fs::recursive_directory_iterator it(root, ec), end; it != end && !ec; it.increment(ec)) {
    const std::string file = it->path().filename().string();
    if (file.size() > expectation_suffix.size() && file.compare(file.size() - expectation_suffix.size(), expectation_suffix.size(), expectation_suffix) == 0) {
      expectations.push_back(it->path());
    }
  }
  if (ec) return "cannot read " + run.vectors_dir + ": " + ec.message();
  std::sort(expectations.begin(), expectations.end());
  std::size_t responses = 0, mapped = 0, sent = 0;
  for (const fs::path& path : expectations) {
    kit_vector vector;
    if (auto problem = read_vector(path, root, vector)) return problem;
    if (!vector.request) {
      ++responses;
      continue;
    }
    const std::string body = read_bytes(vector.document);
    // The request value (for check_response) and, when the vector's options are not a strict
    // server's, the verdict too, come from the library with the default options.
    expectation strict = judge_with_library(body);
    if (default_options(vector.options)) {
      strict.valid = vector.expected.valid;
      strict.oversized = vector.expected.oversized;
      strict.ordered = vector.expected.ordered;
      strict.errors = vector.expected.errors;
    } else {
      ++mapped;
    }
    ++sent;
    head_options head;
    head.api_key = run.api_key.value_or("invite-conform");
    check c;
    c.group = "vectors";
    c.name = vector.name;
    c.requests.push_back(raw_request(run.url, head, body));
    const bool strict_errors = run.strict_errors;
    c.judge = [strict, strict_errors](const std::vector<answer>& got) {
      return judge_body(strict, got.at(0), strict_errors);
    };
    c.reproduce = curl_command(run, head, "@" + shell_quote(fs::absolute(vector.document).string()));
    out.checks.push_back(std::move(c));
  }
  out.notes.push_back(std::to_string(sent) + " request vectors from " + run.vectors_dir + " (" + std::to_string(mapped) +
                      " whose options are not a strict server's are judged as the library judges them with the "
                      "default options; " + std::to_string(responses) + " response vectors skipped: a server receives requests)");
  return std::nullopt;
}

void add_probes(const settings& run, plan& out) {
  const std::string key = run.api_key.value_or("invite-conform");
  const std::string body(probe_body);
  const expectation valid = judge_with_library(body);
  const auto add = [&](std::string name, head_options head, std::string payload,
                       std::function<std::optional<std::string>(const std::vector<answer>&)> judge, bool raw = false,
                       bool half_close = false, std::size_t times = 1) {
    check c;
    c.group = "probes";
    c.name = "probe/" + std::move(name);
    for (std::size_t i = 0; i < times; ++i) {
      head_options this_head = head;
      this_head.keep_alive = head.keep_alive && i + 1 < times;
      c.requests.push_back(raw_request(run.url, this_head, payload));
    }
    c.half_close = half_close;
    c.judge = std::move(judge);
    std::string all;
    for (const auto& r : c.requests) all += r;
    c.reproduce = raw ? raw_command(run, all, half_close) : curl_command(run, head, payload.empty() ? "" : "@-", payload);
    out.checks.push_back(std::move(c));
  };

  head_options normal;
  normal.api_key = key;
  add("valid-request", normal, body, [valid](const std::vector<answer>& got) { return judge_body(valid, got.at(0), false); });

  head_options no_key;
  add("no-api-key", no_key, body, [](const std::vector<answer>& got) { return expect_status(got, 401, "without an apiKey header"); });
  head_options empty_key;
  empty_key.api_key = "";
  add("empty-api-key", empty_key, body, [](const std::vector<answer>& got) { return expect_status(got, 401, "for an empty apiKey"); });
  if (run.api_key) {
    head_options wrong_key;
    wrong_key.api_key = *run.api_key + "-not-a-key";
    add("wrong-api-key", wrong_key, body, [](const std::vector<answer>& got) { return expect_status(got, 401, "for a wrong apiKey"); });
  }

  head_options text_plain = normal;
  text_plain.content_type = "text/plain";
  add("content-type-text-plain", text_plain, body, [](const std::vector<answer>& got) { return expect_status(got, 415, "for Content-Type text/plain"); });
  head_options no_type = normal;
  no_type.content_type.reset();
  add("no-content-type", no_type, body, [](const std::vector<answer>& got) { return expect_status(got, 415, "without a Content-Type"); });

  for (const char* method : {"GET", "PUT", "PATCH", "DELETE"}) {
    head_options other = normal;
    other.method = method;
    const std::string payload = other.method == "GET" || other.method == "DELETE" ? std::string() : body;
    add(std::string("method-") + method, other, payload, [method](const std::vector<answer>& got) -> std::optional<std::string> {
      if (auto wrong = expect_status(got, 405, (std::string("for ") + method).c_str())) return wrong;
      const std::string allow = got[0].header("allow");
      if (allow.find("POST") == std::string::npos) return "expected a 405 with an Allow header naming POST, got Allow \"" + allow + "\"";
      return std::nullopt;
    });
  }

  head_options chunked = normal;
  chunked.chunked = true;
  add("chunked-body", chunked, body, [valid](const std::vector<answer>& got) -> std::optional<std::string> {
    if (auto wrong = judge_body(valid, got.at(0), false)) return "a chunked valid body: " + *wrong;
    return std::nullopt;
  });

  head_options kept = normal;
  kept.keep_alive = true;
  add("keep-alive", kept, body, [valid](const std::vector<answer>& got) -> std::optional<std::string> {
    for (std::size_t i = 0; i < 3; ++i) {
      if (i >= got.size()) return "request " + std::to_string(i + 1) + " of 3 on one connection: no answer";
      if (auto wrong = judge_body(valid, got[i], false)) return "request " + std::to_string(i + 1) + " of 3 on one connection: " + *wrong;
    }
    return std::nullopt;
  }, true, false, 3);

  head_options declared_oversized = normal;
  declared_oversized.content_length = std::to_string(strict_body_limit + 1);
  add("content-length-over-limit", declared_oversized, "", [](const std::vector<answer>& got) {
    return expect_status(got, 413, "from a Content-Length over 1 MiB, before the body is sent");
  }, true);

  head_options truncated = normal;
  truncated.content_length = std::to_string(body.size() + 100);
  add("body-shorter-than-content-length", truncated, body, [](const std::vector<answer>& got) -> std::optional<std::string> {
    // The client stops sending: a 4xx or a closed connection are both fine; silence and 5xx are not.
    if (got.empty() || got[0].timed_out) return "a body shorter than its Content-Length: no answer and no close within the timeout";
    if (got[0].answered && (got[0].status < 400 || got[0].status > 499)) {
      return "a body shorter than its Content-Length: expected 4xx or a closed connection, got " + std::to_string(got[0].status);
    }
    return std::nullopt;
  }, true, true);

  check garbage;
  garbage.group = "probes";
  garbage.name = "probe/garbage";
  // A TLS ClientHello's first bytes, a NUL and a byte that is never UTF-8.
  constexpr char garbage_bytes[] = "\x16\x03\x01 NOT HTTP \x00\xff\r\n\r\n";
  garbage.requests.emplace_back(garbage_bytes, sizeof garbage_bytes - 1);
  garbage.half_close = true;
  garbage.judge = [](const std::vector<answer>& got) -> std::optional<std::string> {
    if (got.empty() || got[0].timed_out) return "bytes that are not HTTP: no answer and no close within the timeout";
    if (got[0].answered && (got[0].status < 400 || got[0].status > 499)) {
      return "bytes that are not HTTP: expected 4xx or a closed connection, got " + std::to_string(got[0].status);
    }
    return std::nullopt;
  };
  garbage.reproduce = raw_command(run, garbage.requests[0], true);
  out.checks.push_back(std::move(garbage));
}

void add_generated(const settings& run, plan& out) {
  const std::vector<generated_body> bodies = generate_bodies(run.generated, run.seed);
  std::size_t valid = 0;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const expectation expected = judge_with_library(bodies[i].body);
    if (expected.valid) ++valid;
    head_options head;
    head.api_key = run.api_key.value_or("invite-conform");
    check c;
    c.group = "generated";
    c.name = "generated/" + std::to_string(i) + " (" + bodies[i].how + (expected.valid ? ", valid)" : ", invalid)");
    c.requests.push_back(raw_request(run.url, head, bodies[i].body));
    const bool strict_errors = run.strict_errors;
    c.judge = [expected, strict_errors](const std::vector<answer>& got) { return judge_body(expected, got.at(0), strict_errors); };
    c.reproduce = curl_command(run, head, "@-", bodies[i].body);
    out.checks.push_back(std::move(c));
  }
  out.notes.push_back(std::to_string(bodies.size()) + " generated bodies with seed " + std::to_string(run.seed) + " (" +
                      std::to_string(valid) + " valid, " + std::to_string(bodies.size() - valid) +
                      " invalid, as the library judges them)");
}

} // namespace

expectation judge_with_library(const std::string& body) {
  invite::parse_options strict;
  auto parsed = invite::parse_request(body, strict);
  expectation out;
  out.valid = static_cast<bool>(parsed);
  out.errors = pairs_of(parsed.errors());
  out.oversized = std::any_of(parsed.errors().begin(), parsed.errors().end(),
                              [](const invite::error& e) { return e.code == invite::error_code::payload_too_large; });
  out.ordered = true; // the library's order is the contract's
  if (out.valid) out.request = std::move(parsed.value());
  return out;
}

std::optional<std::string> make_plan(const settings& run, plan& out) {
  if (auto problem = add_vector_checks(run, out)) return problem;
  add_probes(run, out);
  if (run.generated > 0) add_generated(run, out);
  return std::nullopt;
}

std::vector<outcome> run_checks(const settings& run, const std::vector<check>& checks) {
  std::vector<outcome> outcomes(checks.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < checks.size(); i = next++) {
      const check& c = checks[i];
      const std::vector<answer> answers = exchange(run.url, c.requests, run.timeout, c.half_close);
      std::optional<std::string> failure = c.judge(answers);
      outcomes[i].passed = !failure;
      if (failure) outcomes[i].message = *failure;
    }
  };
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < std::max(1u, run.jobs); ++i) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();
  return outcomes;
}

} // namespace invite_conform
