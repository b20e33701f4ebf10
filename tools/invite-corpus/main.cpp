// invite-corpus: writes N seeded bodies of POST /assessment/invite and the verdict each must get,
// for load tests (wrk, k6, Gatling) and benchmarks of servers and clients in any language. The
// bodies and verdicts are the testing module's (<invite/testing/corpus.hpp>); the project's own
// benchmarks time the same corpus.

#include <invite/testing/corpus.hpp>
#include <invite/version.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view usage_text =
    "usage: invite-corpus --out DIR --count N [--seed S] [--invalid-share P]\n"
    "                     [--profile realistic|every-form] [--kind request|response]\n"
    "\n"
    "Writes N bodies to DIR/000000.json, DIR/000001.json, ... and their verdicts, one JSON object\n"
    "a line in the same order, to DIR/verdicts.ndjson: file, kind, valid, status (the HTTP status\n"
    "a server owes: 200, 400 or 413), errors (code, path, offset) and how the body was made.\n"
    "The same arguments give the same bytes on every machine.\n"
    "\n"
    "  --seed S            the run's seed (default 1); body i comes from its own seed, so any\n"
    "                      one can be made again alone\n"
    "  --invalid-share P   the share of invalid bodies, as 0.25, 25% or 1/4 (default 1/3),\n"
    "                      spread evenly\n"
    "  --profile NAME      realistic (default): sizes and spellings as clients send them, broken\n"
    "                      the ways clients break them; every-form: every value and spelling the\n"
    "                      contract allows, broken every way it can be\n"
    "  --kind KIND         request (default) or response bodies\n"
    "\n"
    "Exit status: 0 written, 1 could not write, 2 usage error.\n";

int usage_error(const std::string& problem) {
  std::fprintf(stderr, "invite-corpus: %s\n%.*s", problem.c_str(), static_cast<int>(usage_text.size()), usage_text.data());
  return 2;
}

std::optional<std::uint64_t> whole_number(std::string_view text) {
  if (text.empty() || text.size() > 19) return std::nullopt;
  std::uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

} // namespace

int main(int argc, char** argv) {
  invite::testing::corpus_settings settings;
  std::string directory;
  bool counted = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--help" || argument == "-h") {
      std::fwrite(usage_text.data(), 1, usage_text.size(), stdout);
      return 0;
    }
    if (argument == "--version") {
      std::printf("invite-corpus %s\n", INVITE_VERSION_STRING);
      return 0;
    }
    if (i + 1 >= argc) return usage_error("unknown option or missing value: " + std::string(argument));
    const std::string_view value = argv[++i];
    if (argument == "--out") {
      directory = std::string(value);
    } else if (argument == "--count") {
      const auto count = whole_number(value);
      if (!count || *count > 10000000) return usage_error("--count wants a whole number up to 10000000, not " + std::string(value));
      settings.count = static_cast<std::size_t>(*count);
      counted = true;
    } else if (argument == "--seed") {
      const auto seed = whole_number(value);
      if (!seed) return usage_error("--seed wants a whole number, not " + std::string(value));
      settings.seed = *seed;
    } else if (argument == "--invalid-share") {
      const auto share = invite::testing::parse_share(value);
      if (!share) return usage_error("--invalid-share wants a share from 0 to 1 (0.25, 25% or 1/4), not " + std::string(value));
      settings.invalid = *share;
    } else if (argument == "--profile") {
      if (value == "realistic") {
        settings.style = invite::testing::profile::realistic_traffic;
      } else if (value == "every-form") {
        settings.style = invite::testing::profile::every_legal_form;
      } else {
        return usage_error("--profile is realistic or every-form, not " + std::string(value));
      }
    } else if (argument == "--kind") {
      if (value == "request") {
        settings.kind = invite::testing::document_kind::request;
      } else if (value == "response") {
        settings.kind = invite::testing::document_kind::response;
      } else {
        return usage_error("--kind is request or response, not " + std::string(value));
      }
    } else {
      return usage_error("unknown option: " + std::string(argument));
    }
  }
  if (directory.empty() || !counted) return usage_error("--out and --count are required");

  const auto corpus = invite::testing::make_corpus(settings);
  std::string problem;
  if (!invite::testing::write_corpus(corpus, directory, problem)) {
    std::fprintf(stderr, "invite-corpus: %s\n", problem.c_str());
    return 1;
  }
  std::size_t invalid = 0;
  for (const auto& body : corpus) invalid += body.valid ? 0 : 1;
  std::printf("invite-corpus: %zu %s bodies (%zu invalid) and their verdicts in %s\n", corpus.size(),
              settings.kind == invite::testing::document_kind::request ? "request" : "response", invalid, directory.c_str());
  return 0;
}
