#include "checks.hpp"

#include "requests.hpp"
#include "shell_quote.hpp"

#include <invite/testing/corpus.hpp>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

namespace invite_conform {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view expectation_suffix = ".expect.json";

using judge_function = std::function<verdict(const std::vector<answer>&)>;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

verdict failed(std::string message) {
  verdict out;
  out.failed = failure_of(std::move(message));
  return out;
}

verdict expect_status(const std::vector<answer>& got, int status, const std::string& why) {
  const std::string expected = "expected " + std::to_string(status) + " " + why + ", ";
  if (got.empty() || !got[0].answered) return failed(expected + (got.empty() ? "no answer" : got[0].failure));
  if (got[0].status != status) return failed(expected + "got " + std::to_string(got[0].status));
  return {};
}

// For requests a server may refuse or drop: a 4xx or a closed connection, never silence or 5xx.
verdict expect_refusal_or_close(const std::vector<answer>& got, const std::string& what) {
  if (got.empty() || got[0].timed_out()) return failed(what + ": no answer and no close within the timeout");
  if (!got[0].connected()) return failed(what + ": " + got[0].failure);
  if (got[0].answered && (got[0].status < 400 || got[0].status > 499)) {
    return failed(what + ": expected 4xx or a closed connection, got " + std::to_string(got[0].status));
  }
  return {};
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
  if (parser.parse(simdjson::padded_string(text)).get(e) != simdjson::SUCCESS) return out.name + ": unreadable expectation";
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

// A strict server's options, with the run's body limit.
bool strict_server_options(const invite::parse_options& options, std::size_t max_bytes) {
  const invite::parse_options strict;
  return options.allow_unknown_fields == strict.allow_unknown_fields && options.max_bytes == max_bytes &&
         options.max_errors == strict.max_errors;
}

check body_check(const settings& run, std::string group, std::string name, const std::string& body, const expectation& expected) {
  check c;
  c.group = std::move(group);
  c.name = std::move(name);
  c.requests.push_back(raw_request(run, polite_head(run), body));
  const judging how{run.strict_errors, run.max_bytes};
  c.judge = [expected, how](const std::vector<answer>& got) { return judge_body(expected, got.at(0), how); };
  return c;
}

std::optional<std::string> add_vector_checks(const settings& run, plan& out) {
  const fs::path root(run.vectors_dir);
  std::error_code ec;
  std::vector<fs::path> expectations;
  for (fs::recursive_directory_iterator it(root, ec), end; it != end && !ec; it.increment(ec)) {
    const std::string file = it->path().filename().string();
    if (file.size() > expectation_suffix.size() &&
        file.compare(file.size() - expectation_suffix.size(), expectation_suffix.size(), expectation_suffix) == 0) {
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
    // server's, the verdict too, come from the library with a strict server's options.
    expectation strict = judge_with_library(body, run.max_bytes);
    if (strict_server_options(vector.options, run.max_bytes)) {
      strict.valid = vector.expected.valid;
      strict.oversized = vector.expected.oversized;
      strict.ordered = vector.expected.ordered;
      strict.errors = vector.expected.errors;
    } else {
      ++mapped;
    }
    ++sent;
    check c = body_check(run, "vectors", vector.name, body, strict);
    c.reproduce = curl_command(run, polite_head(run), "@" + shell_quote(fs::absolute(vector.document).string()));
    out.checks.push_back(std::move(c));
  }
  out.notes.push_back(std::to_string(sent) + " request vectors from " + run.vectors_dir + " (" + std::to_string(mapped) +
                      " whose options are not a strict server's are judged as the library judges them with a strict "
                      "server's options; " + std::to_string(responses) +
                      " response vectors skipped: a server receives requests)");
  return std::nullopt;
}

void add_probes(const settings& run, plan& out) {
  const std::string& body = probe_body();
  const expectation valid = judge_with_library(body, run.max_bytes);
  const judging how{false, run.max_bytes};
  const auto add = [&](std::string name, head_options head, std::string payload, judge_function judge, bool raw = false,
                       bool half_close = false, std::size_t times = 1) {
    check c;
    c.group = "probes";
    c.name = "probe/" + std::move(name);
    for (std::size_t i = 0; i < times; ++i) {
      head_options this_head = head;
      this_head.keep_alive = head.keep_alive && i + 1 < times;
      c.requests.push_back(raw_request(run, this_head, payload));
    }
    c.half_close = half_close;
    c.judge = std::move(judge);
    std::string all;
    for (const auto& r : c.requests) all += r;
    c.reproduce = raw ? raw_command(run, all, half_close) : curl_command(run, head, payload.empty() ? "" : "@-", payload);
    out.checks.push_back(std::move(c));
  };

  const head_options normal = polite_head(run);
  add("valid-request", normal, body, [valid, how](const std::vector<answer>& got) { return judge_body(valid, got.at(0), how); });

  head_options no_key = normal;
  no_key.api_key.reset();
  add("no-api-key", no_key, body, [](const std::vector<answer>& got) { return expect_status(got, 401, "without an apiKey header"); });
  head_options empty_key = normal;
  empty_key.api_key = "";
  add("empty-api-key", empty_key, body, [](const std::vector<answer>& got) { return expect_status(got, 401, "for an empty apiKey"); });
  if (run.api_key) {
    head_options wrong_key = normal;
    wrong_key.api_key = *run.api_key + "-not-a-key";
    add("wrong-api-key", wrong_key, body, [](const std::vector<answer>& got) { return expect_status(got, 401, "for a wrong apiKey"); });
  }

  head_options text_plain = normal;
  text_plain.content_type = "text/plain";
  add("content-type-text-plain", text_plain, body,
      [](const std::vector<answer>& got) { return expect_status(got, 415, "for Content-Type text/plain"); });
  head_options no_type = normal;
  no_type.content_type.reset();
  add("no-content-type", no_type, body, [](const std::vector<answer>& got) { return expect_status(got, 415, "without a Content-Type"); });

  for (const std::string method : {"GET", "PUT", "PATCH", "DELETE"}) {
    head_options other = normal;
    other.method = method;
    const std::string payload = method == "GET" || method == "DELETE" ? std::string() : body;
    add("method-" + method, other, payload, [method](const std::vector<answer>& got) {
      verdict wrong = expect_status(got, 405, "for " + method);
      if (wrong.failed) return wrong;
      const std::string allow = got[0].header("allow");
      if (allow.find("POST") == std::string::npos) return failed("expected a 405 with an Allow header naming POST, got Allow \"" + allow + "\"");
      return verdict{};
    });
  }

  head_options chunked = normal;
  chunked.chunked = true;
  add("chunked-body", chunked, body, [valid, how](const std::vector<answer>& got) {
    verdict wrong = judge_body(valid, got.at(0), how);
    if (wrong.failed) wrong.failed->message = "a chunked valid body: " + wrong.failed->message;
    return wrong;
  });

  head_options kept = normal;
  kept.keep_alive = true;
  add("keep-alive", kept, body, [valid, how](const std::vector<answer>& got) {
    for (std::size_t i = 0; i < 3; ++i) {
      const std::string which = "request " + std::to_string(i + 1) + " of 3 on one connection: ";
      if (i >= got.size()) return failed(which + "no answer");
      verdict wrong = judge_body(valid, got[i], how);
      if (!wrong.failed) continue;
      wrong.failed->message = which + wrong.failed->message;
      return wrong;
    }
    return verdict{};
  }, true, false, 3);

  head_options declared_oversized = normal;
  declared_oversized.content_length = std::to_string(run.max_bytes + 1);
  const std::string over_limit = "from a Content-Length over the " + std::to_string(run.max_bytes) + "-byte limit, before the body is sent";
  add("content-length-over-limit", declared_oversized, "",
      [over_limit](const std::vector<answer>& got) { return expect_status(got, 413, over_limit); }, true);

  head_options truncated = normal;
  truncated.content_length = std::to_string(body.size() + 100);
  add("body-shorter-than-content-length", truncated, body, [](const std::vector<answer>& got) {
    // The client stops sending: a 4xx or a closed connection are both fine; silence and 5xx are not.
    return expect_refusal_or_close(got, "a body shorter than its Content-Length");
  }, true, true);

  check garbage;
  garbage.group = "probes";
  garbage.name = "probe/garbage";
  // A TLS ClientHello's first bytes, a NUL and a byte that is never UTF-8.
  constexpr char garbage_bytes[] = "\x16\x03\x01 NOT HTTP \x00\xff\r\n\r\n";
  garbage.requests.emplace_back(garbage_bytes, sizeof garbage_bytes - 1);
  garbage.half_close = true;
  garbage.judge = [](const std::vector<answer>& got) { return expect_refusal_or_close(got, "bytes that are not HTTP"); };
  garbage.reproduce = raw_command(run, garbage.requests[0], true);
  out.checks.push_back(std::move(garbage));
}

// The testing module's seeded request bodies, every second one invalid: the corpus of
// `invite-corpus --count N --seed S --invalid-share 1/2 --profile every-form`, so that any body
// can be made again apart from a run. Each is judged as the library judges it under the run's
// body limit, like the kit's vectors.
void add_generated(const settings& run, plan& out) {
  invite::testing::corpus_settings bodies;
  bodies.count = run.generated;
  bodies.seed = run.seed;
  bodies.invalid = {1, 2};
  bodies.style = invite::testing::profile::every_legal_form;
  bodies.kind = invite::testing::document_kind::request;
  std::size_t valid = 0;
  for (std::size_t i = 0; i < bodies.count; ++i) {
    const invite::testing::test_document body = invite::testing::corpus_document(bodies, i);
    const expectation expected = judge_with_library(body.json, run.max_bytes);
    if (expected.valid) ++valid;
    std::string name = "generated/" + std::to_string(i) + " (";
    name += expected.valid ? std::string("valid") : body.how + ", invalid";
    name += ')';
    check c = body_check(run, "generated", std::move(name), body.json, expected);
    c.reproduce = curl_command(run, polite_head(run), "@-", body.json);
    out.checks.push_back(std::move(c));
  }
  out.notes.push_back(std::to_string(bodies.count) + " generated bodies with seed " + std::to_string(run.seed) + " (" +
                      std::to_string(valid) + " valid, " + std::to_string(bodies.count - valid) +
                      " invalid, as the library judges them; invite-corpus --count " + std::to_string(bodies.count) +
                      " --seed " + std::to_string(run.seed) + " --invalid-share 1/2 --profile every-form writes them)");
}

} // namespace

const std::string& probe_body() {
  static const std::string body =
      R"({"assessment_id":7,"invite_format":"getlink","candidates":[{"name":"Ada Lovelace","email":"ada@example.com"},{"name":"Alan Turing","email":"alan@example.com"}]})";
  return body;
}

std::optional<std::string> make_plan(const settings& run, plan& out) {
  if (auto problem = add_vector_checks(run, out)) return problem;
  add_probes(run, out);
  if (run.generated > 0) add_generated(run, out);
  return std::nullopt;
}

std::vector<outcome> run_checks(const http_client& server, const std::vector<check>& checks, unsigned jobs,
                                std::size_t max_failures) {
  std::vector<outcome> outcomes(checks.size());
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> failures{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < checks.size(); i = next++) {
      if (max_failures != 0 && failures >= max_failures) return;
      const check& c = checks[i];
      verdict judged = c.judge(server.exchange(c.requests, c.half_close));
      outcome& o = outcomes[i];
      o.ran = true;
      o.passed = !judged.failed;
      o.on_status_alone = judged.on_status_alone;
      if (judged.failed) {
        o.failed = std::move(*judged.failed);
        ++failures;
      }
    }
  };
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < std::max(1u, jobs); ++i) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();
  return outcomes;
}

} // namespace invite_conform
