// invite_benchmarks: every contender in one process, on the same documents.
//
// Before anything is timed, each contender must give the right verdict and the exact value on
// every benchmark document (else the program stops with a message), and each contender timed on
// the mixed traffic (a third of it broken) must call every document of it what it is; then the
// library and the hand-written reference are held against each other on a corpus of invalid
// requests, and any disagreement is printed (it is a bug in one of them). Then Google Benchmark
// runs, by default 15 repetitions of at least 0.3 s of each benchmark, interleaved at random,
// reporting only the aggregates (mean, median, stddev, cv).
//
// Own flags (before Google Benchmark's): --invite_check=PATH (the invite-check to time on
// NDJSON; default: the one built beside this program), --verify_only (check, time nothing),
// --show_corpus (print the library's errors for every corpus document),
// --profile=GROUP/DOCUMENT/CONTENDER [--profile_iterations=N] (no timing: one warm-up call, then
// N calls in profile_loop, for perf or callgrind --toggle-collect='*profile_loop*'; a call of a
// mix/ benchmark is a pass over the whole mix).

#include "contenders.hpp"
#include "handwritten_ondemand.hpp"
#include "ndjson_run.hpp"
#include "verdict_corpus.hpp"

#include <invite_test/allocation_counter.hpp>
#include <invite_test/benchmark_documents.hpp>

#include <invite/invite.hpp>
#include <invite/version.hpp>

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef INVITE_BENCH_CXX_FLAGS
#define INVITE_BENCH_CXX_FLAGS "unknown"
#endif
#ifndef INVITE_CHECK_PATH
#define INVITE_CHECK_PATH ""
#endif

namespace invite_test {
namespace {

constexpr std::size_t ndjson_documents = 10000;

// The mixed traffic: requests of 1 to 500 candidates in realistic spellings, every third one
// broken (the public corpus, benchmark_mix); allocation_test.cpp proves the same steady state on
// 900 of them.
constexpr std::size_t mix_documents = 300;
constexpr std::uint64_t mix_seed = 20261128;
const std::string mix_group = "mix/traffic300";

// The contenders timed on the mixed traffic: the reference, and the library with everything
// kept, whose steady state is the one that allocates nothing.
bool runs_on_mix(const parse_contender& contender) {
  return contender.name == "handwritten_ondemand" || contender.name == "invite_reused_parser_and_result";
}

std::string compiler_name() {
#if defined(__clang__)
  return std::string("clang++ ") + __clang_version__;
#elif defined(__GNUC__)
  return std::string("g++ ") + __VERSION__;
#else
  return "unknown";
#endif
}

std::string cpu_model() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("model name", 0) == 0) {
      const std::size_t colon = line.find(':');
      if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
    }
  }
  return "unknown";
}

// ---------------------------------------------------------------------------------------------
// Checks before timing.

std::string describe_errors(const std::vector<contract_error>& errors) {
  std::ostringstream out;
  out << '[';
  for (std::size_t i = 0; i < errors.size(); ++i) {
    out << (i > 0 ? ", " : "") << invite::to_string(errors[i].code) << " at \"" << errors[i].path
        << "\" @" << errors[i].offset;
  }
  out << ']';
  return out.str();
}

std::vector<contract_error> library_errors(const invite::result<invite::request>& result) {
  std::vector<contract_error> errors;
  for (const invite::error& e : result.errors()) errors.push_back({e.code, e.path, e.offset});
  return errors;
}

// invalid_json is compared by code only: where a syntax error is noticed depends on the parser.
bool same_errors(const std::vector<contract_error>& a, const std::vector<contract_error>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].code != b[i].code) return false;
    if (a[i].code == invite::error_code::invalid_json) continue;
    if (a[i].path != b[i].path || a[i].offset != b[i].offset) return false;
  }
  return true;
}

/// Every contender, twice in a row (the second parse is the steady state of kept objects),
/// must accept each benchmark document with exactly its value.
bool verify_parsers(const std::vector<request_document>& documents, const parse_contenders& parsers) {
  bool all_right = true;
  for (const request_document& document : documents) {
    for (const parse_contender& contender : parsers) {
      const auto parser = contender.make();
      for (int round = 1; round <= 2; ++round) {
        const bool valid = parser->parse(document.json);
        const bool right = valid && (!contender.checks_contract || parser->value() == document.value);
        if (!right) {
          std::cerr << "invite_benchmarks: " << contender.name << " on " << document.name << " (parse "
                    << round << "): " << (valid ? "wrong value" : "rejected a valid document") << '\n';
          all_right = false;
          break;
        }
      }
    }
  }
  return all_right;
}

/// Every writer must write JSON that the library reads back to the same response; the ones
/// that claim the canonical form must write exactly invite::to_json's bytes.
bool verify_writers(const invite::response& response, const write_contenders& writers) {
  const std::string canonical = invite::to_json(response);
  bool all_right = true;
  for (const write_contender& contender : writers) {
    const auto writer = contender.make();
    for (int round = 1; round <= 2; ++round) {
      const std::string written(writer->write(response));
      const invite::result<invite::response> back = invite::parse_response(written);
      std::string problem;
      if (!back) {
        problem = "invite::parse_response rejects its output (" +
                  (back.errors().empty() ? std::string("no error") : back.errors()[0].message) + ")";
      } else if (back.value() != response) {
        problem = "its output reads back as another response";
      } else if (contender.canonical && written != canonical) {
        problem = "its output differs from invite::to_json's canonical bytes";
      } else {
        problem = writer->problem();
      }
      if (!problem.empty()) {
        std::cerr << "invite_benchmarks: writer " << contender.name << " (write " << round << "): " << problem << '\n';
        all_right = false;
        break;
      }
    }
  }
  return all_right;
}

/// The library and the hand-written reference on invalid requests: the same errors (each
/// disagreement printed and counted: one of the two is wrong). Every other contender: the same
/// verdict and value; where a library cannot (it skips a byte-order mark, accepts a lone
/// surrogate...), the deviation is printed for the record but not counted.
std::size_t cross_check_corpus(const parse_contenders& parsers, bool show_all) {
  std::size_t disagreements = 0;
  handwritten_ondemand_parser reference;
  std::vector<std::unique_ptr<request_parser>> others;
  for (const parse_contender& contender : parsers) others.push_back(contender.make());

  for (const corpus_document& document : make_verdict_corpus()) {
    const invite::result<invite::request> library = invite::parse_request(document.json);
    const std::vector<contract_error> expected = library_errors(library);
    invite::request reference_value{};
    const bool reference_valid = reference.parse(document.json, reference_value);
    if (reference_valid != static_cast<bool>(library) || !same_errors(expected, reference.errors()) ||
        (reference_valid && reference_value != library.value())) {
      ++disagreements;
      std::cerr << "DISAGREEMENT on " << document.name << ":\n  invite:      " << describe_errors(expected)
                << "\n  handwritten: " << describe_errors(reference.errors()) << '\n';
      if (document.json.size() <= 400) std::cerr << "  input: " << document.json << '\n';
    } else if (show_all) {
      std::cerr << document.name << ": " << describe_errors(expected) << '\n';
    }
    for (std::size_t i = 0; i < parsers.size(); ++i) {
      const parse_contender& contender = parsers[i];
      if (!contender.checks_contract || (document.has_duplicate_keys && !contender.sees_duplicate_keys)) continue;
      const bool valid = others[i]->parse(document.json);
      if (valid != static_cast<bool>(library) || (valid && others[i]->value() != library.value())) {
        std::cerr << "deviation of " << contender.name << " on " << document.name << ": it says "
                  << (valid ? "valid" : "invalid") << ", invite::parse_request says "
                  << (library ? "valid" : "invalid") << (valid && library ? " with another value" : "") << '\n';
      }
    }
  }
  return disagreements;
}

/// On the mixed traffic, every contender that runs on it must call each document what it is
/// (valid, or broken on purpose), twice over: the first pass is also the warm-up.
bool verify_mix(const std::vector<invite::testing::test_document>& mix, const parse_contenders& parsers) {
  bool all_right = true;
  for (const parse_contender& contender : parsers) {
    if (!runs_on_mix(contender)) continue;
    const auto parser = contender.make();
    for (int round = 1; round <= 2 && all_right; ++round) {
      for (std::size_t i = 0; i < mix.size(); ++i) {
        if (parser->parse(mix[i].json) == mix[i].valid) continue;
        std::cerr << "invite_benchmarks: " << contender.name << " on mixed document " << i << " (pass " << round
                  << "): says " << (mix[i].valid ? "invalid" : "valid") << '\n';
        all_right = false;
        break;
      }
    }
  }
  return all_right;
}

bool verify_ndjson(const std::string& tool, const temporary_file& input) {
  const temporary_file output(".out", "");
  const int status = run_invite_check_ndjson(tool, input.path(), output.path());
  if (status != 0) {
    std::cerr << "invite_benchmarks: " << tool << " --ndjson exited with " << status << " (expected 0)\n";
    return false;
  }
  std::ifstream lines(output.path());
  std::string line;
  std::size_t ok_lines = 0;
  std::size_t all_lines = 0;
  while (std::getline(lines, line)) {
    ++all_lines;
    if (line.size() >= 4 && line.compare(line.size() - 4, 4, ": ok") == 0) ++ok_lines;
  }
  if (all_lines != ndjson_documents || ok_lines != ndjson_documents) {
    std::cerr << "invite_benchmarks: invite-check --ndjson printed " << all_lines << " lines, " << ok_lines
              << " of them \"FILE:LINE: ok\"; expected " << ndjson_documents << '\n';
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The timed loops.

void run_parse(benchmark::State& state, const request_document& document, const parse_contender& contender) {
  const auto parser = contender.make();
  parser->parse(document.json); // warm: buffers sized, as in a running service
  const std::uint64_t allocations_before = allocation_count();
  for (auto _ : state) {
    const bool valid = parser->parse(document.json);
    benchmark::DoNotOptimize(valid);
  }
  const std::uint64_t allocations = allocation_count() - allocations_before;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.json.size()));
  state.counters["allocs/doc"] = benchmark::Counter(static_cast<double>(allocations), benchmark::Counter::kAvgIterations);
}

void run_write(benchmark::State& state, const invite::response& response, const write_contender& contender,
               std::size_t output_size) {
  const auto writer = contender.make();
  writer->write(response);
  const std::uint64_t allocations_before = allocation_count();
  for (auto _ : state) {
    const std::string_view written = writer->write(response);
    benchmark::DoNotOptimize(written.data());
  }
  const std::uint64_t allocations = allocation_count() - allocations_before;
  // Bytes of canonical output per document, for every writer, so that MB/s compare like for like.
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * output_size));
  state.counters["allocs/doc"] = benchmark::Counter(static_cast<double>(allocations), benchmark::Counter::kAvgIterations);
}

// One iteration is one pass over the whole mix, after one warm-up pass; allocations are counted
// per document, apart for valid and invalid ones.
void run_mix(benchmark::State& state, const std::vector<invite::testing::test_document>& mix, const parse_contender& contender) {
  const auto parser = contender.make();
  std::size_t bytes = 0;
  std::size_t valid_documents = 0;
  for (const invite::testing::test_document& document : mix) {
    parser->parse(document.json);
    bytes += document.json.size();
    valid_documents += document.valid ? 1 : 0;
  }
  std::uint64_t valid_allocations = 0;
  std::uint64_t invalid_allocations = 0;
  for (auto _ : state) {
    for (const invite::testing::test_document& document : mix) {
      const std::uint64_t before = allocation_count();
      const bool valid = parser->parse(document.json);
      benchmark::DoNotOptimize(valid);
      (document.valid ? valid_allocations : invalid_allocations) += allocation_count() - before;
    }
  }
  const auto passes = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * mix.size()));
  state.counters["allocs/valid doc"] = static_cast<double>(valid_allocations) / (passes * static_cast<double>(valid_documents));
  state.counters["allocs/invalid doc"] =
      static_cast<double>(invalid_allocations) / (passes * static_cast<double>(mix.size() - valid_documents));
}

void run_ndjson(benchmark::State& state, const std::string& tool, const temporary_file& input, std::size_t bytes) {
  for (auto _ : state) {
    const int status = run_invite_check_ndjson(tool, input.path(), "/dev/null");
    if (status != 0) {
      state.SkipWithError("invite-check --ndjson did not exit with 0");
      break;
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * ndjson_documents));
}

// Kept out of line so that a profiler can collect inside it alone.
[[gnu::noinline]] void profile_loop(const std::function<void()>& call_once, std::size_t iterations) {
  for (std::size_t i = 0; i < iterations; ++i) call_once();
}

/// Runs one benchmark's body `iterations` times without Google Benchmark; false if unknown. It
/// says on standard error how many documents one call handles, for instructions.py to divide by.
bool run_profile(const std::string& name, std::size_t iterations, const std::vector<request_document>& documents,
                 const parse_contenders& parsers, const invite::response& response, const write_contenders& writers) {
  for (const parse_contender& contender : parsers) {
    if (!runs_on_mix(contender) || name != mix_group + "/" + contender.name) continue;
    const std::vector<invite::testing::test_document> mix = benchmark_mix(mix_documents, mix_seed);
    const auto parser = contender.make();
    const auto one_pass = [&] {
      for (const invite::testing::test_document& document : mix) benchmark::DoNotOptimize(parser->parse(document.json));
    };
    one_pass();
    std::cerr << "invite_benchmarks: profile: " << mix.size() << " documents per call\n";
    profile_loop(one_pass, iterations);
    return true;
  }
  for (const request_document& document : documents) {
    for (const parse_contender& contender : parsers) {
      if (name != "parse/" + document.name + "/" + contender.name) continue;
      const auto parser = contender.make();
      parser->parse(document.json); // warm, outside the loop: the loop is the steady state
      std::cerr << "invite_benchmarks: profile: 1 documents per call\n";
      profile_loop([&] { benchmark::DoNotOptimize(parser->parse(document.json)); }, iterations);
      return true;
    }
  }
  for (const write_contender& contender : writers) {
    if (name != "serialize/response500/" + contender.name) continue;
    const auto writer = contender.make();
    writer->write(response);
    std::cerr << "invite_benchmarks: profile: 1 documents per call\n";
    profile_loop([&] { benchmark::DoNotOptimize(writer->write(response).data()); }, iterations);
    return true;
  }
  return false;
}

bool has_flag(const std::vector<std::string>& arguments, std::string_view prefix) {
  for (const std::string& argument : arguments) {
    if (argument.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

} // namespace
} // namespace invite_test

int main(int argc, char** argv) {
  using namespace invite_test;

  // Our flags out, Google Benchmark's defaults in (unless given).
  std::vector<std::string> arguments;
  std::string invite_check = INVITE_CHECK_PATH;
  bool verify_only = false;
  bool show_corpus = false;
  std::string profile;
  std::size_t profile_iterations = 2000;
  for (int i = 0; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument.rfind("--invite_check=", 0) == 0) {
      invite_check = argument.substr(std::strlen("--invite_check="));
    } else if (argument == "--verify_only") {
      verify_only = true;
    } else if (argument == "--show_corpus") {
      show_corpus = true;
    } else if (argument.rfind("--profile=", 0) == 0) {
      profile = argument.substr(std::strlen("--profile="));
    } else if (argument.rfind("--profile_iterations=", 0) == 0) {
      profile_iterations = std::stoul(argument.substr(std::strlen("--profile_iterations=")));
    } else {
      arguments.push_back(argument);
    }
  }
  // Many short repetitions, interleaved at random: on a machine shared with compilers, load comes
  // and goes, and the median of 15 samples spread over the whole run resists it far better than
  // the median of 5 long ones.
  if (!has_flag(arguments, "--benchmark_repetitions")) arguments.push_back("--benchmark_repetitions=15");
  if (!has_flag(arguments, "--benchmark_min_time")) arguments.push_back("--benchmark_min_time=0.3");
  if (!has_flag(arguments, "--benchmark_report_aggregates_only") &&
      !has_flag(arguments, "--benchmark_display_aggregates_only")) {
    arguments.push_back("--benchmark_report_aggregates_only=true");
  }
  if (!has_flag(arguments, "--benchmark_enable_random_interleaving")) {
    arguments.push_back("--benchmark_enable_random_interleaving=true");
  }
  std::vector<char*> benchmark_argv;
  for (std::string& argument : arguments) benchmark_argv.push_back(argument.data());
  int benchmark_argc = static_cast<int>(benchmark_argv.size());
  benchmark::Initialize(&benchmark_argc, benchmark_argv.data());
  if (benchmark::ReportUnrecognizedArguments(benchmark_argc, benchmark_argv.data())) return 2;

  parse_contenders parsers;
  write_contenders writers;
  add_handwritten_contenders(parsers, writers);
  add_handwritten_writers(parsers, writers);
  add_invite_contenders(parsers, writers);
#ifdef INVITE_BENCH_WITH_SIMDJSON_DOM
  add_simdjson_dom_contenders(parsers, writers);
#endif
  add_ondemand_walk_contenders(parsers, writers);
#ifdef INVITE_BENCH_WITH_BOOST_JSON
  add_boost_json_contenders(parsers, writers);
#endif
#ifdef INVITE_BENCH_WITH_RAPIDJSON
  add_rapidjson_contenders(parsers, writers);
#endif
#ifdef INVITE_BENCH_WITH_NLOHMANN
  add_nlohmann_contenders(parsers, writers);
#endif

  const std::vector<request_document> documents = benchmark_request_documents();
  const invite::response response = benchmark_response();
  const std::size_t response_size = invite::to_json(response).size();

  if (!profile.empty()) {
    if (run_profile(profile, profile_iterations, documents, parsers, response, writers)) return 0;
    std::cerr << "invite_benchmarks: no benchmark named " << profile << '\n';
    return 2;
  }
  if (!verify_parsers(documents, parsers) || !verify_writers(response, writers)) {
    std::cerr << "invite_benchmarks: a contender gave a wrong answer; nothing was timed\n";
    return 1;
  }
  const std::vector<invite::testing::test_document> mix = benchmark_mix(mix_documents, mix_seed);
  if (!verify_mix(mix, parsers)) {
    std::cerr << "invite_benchmarks: a contender misjudged the mixed traffic; nothing was timed\n";
    return 1;
  }
  const std::size_t disagreements = cross_check_corpus(parsers, show_corpus);
  std::cerr << "invite_benchmarks: verdict corpus checked, " << disagreements
            << " disagreement(s) between invite and the hand-written reference\n";

  const std::string ndjson = benchmark_ndjson(ndjson_documents, 99);
  const temporary_file ndjson_file(".ndjson", ndjson);
  const bool time_ndjson = !invite_check.empty() && !ndjson_file.path().empty();
  if (time_ndjson && !verify_ndjson(invite_check, ndjson_file)) {
    std::cerr << "invite_benchmarks: invite-check gave a wrong answer; nothing was timed\n";
    return 1;
  }
  if (verify_only) {
    std::cerr << "invite_benchmarks: every contender verified\n";
    return disagreements == 0 ? 0 : 3;
  }

  for (const request_document& document : documents) {
    for (const parse_contender& contender : parsers) {
      benchmark::RegisterBenchmark(("parse/" + document.name + "/" + contender.name).c_str(),
                                   [&document, &contender](benchmark::State& state) { run_parse(state, document, contender); })
          ->Unit(benchmark::kMicrosecond);
    }
  }
  for (const write_contender& contender : writers) {
    benchmark::RegisterBenchmark(("serialize/response500/" + contender.name).c_str(),
                                 [&response, &contender, response_size](benchmark::State& state) {
                                   run_write(state, response, contender, response_size);
                                 })
        ->Unit(benchmark::kMicrosecond);
  }
  for (const parse_contender& contender : parsers) {
    if (!runs_on_mix(contender)) continue;
    benchmark::RegisterBenchmark((mix_group + "/" + contender.name).c_str(),
                                 [&mix, &contender](benchmark::State& state) { run_mix(state, mix, contender); })
        ->Unit(benchmark::kMillisecond);
  }
  if (time_ndjson) {
    benchmark::RegisterBenchmark("ndjson/requests10000/invite_check",
                                 [&invite_check, &ndjson_file, &ndjson](benchmark::State& state) {
                                   run_ndjson(state, invite_check, ndjson_file, ndjson.size());
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  } else {
    std::cerr << "invite_benchmarks: no invite-check to time (build it, or pass --invite_check=PATH)\n";
  }

  benchmark::AddCustomContext("compiler", compiler_name());
  benchmark::AddCustomContext("cxx_flags", INVITE_BENCH_CXX_FLAGS);
  benchmark::AddCustomContext("cpu_model", cpu_model());
  benchmark::AddCustomContext("simdjson_implementation", simdjson::get_active_implementation()->name());
  benchmark::AddCustomContext("invite_version", INVITE_VERSION_STRING);
  benchmark::AddCustomContext("verdict_disagreements", std::to_string(disagreements));
  for (const request_document& document : documents) {
    benchmark::AddCustomContext("bytes/" + document.name, std::to_string(document.json.size()));
  }
  benchmark::AddCustomContext("bytes/response500", std::to_string(response_size));
  benchmark::AddCustomContext("bytes/requests10000_ndjson", std::to_string(ndjson.size()));
  std::size_t mix_bytes = 0;
  std::size_t mix_valid = 0;
  for (const invite::testing::test_document& document : mix) {
    mix_bytes += document.json.size();
    mix_valid += document.valid ? 1 : 0;
  }
  benchmark::AddCustomContext("bytes/" + mix_group.substr(mix_group.find('/') + 1), std::to_string(mix_bytes));
  benchmark::AddCustomContext("documents/" + mix_group.substr(mix_group.find('/') + 1), std::to_string(mix.size()));
  benchmark::AddCustomContext("valid_documents/" + mix_group.substr(mix_group.find('/') + 1), std::to_string(mix_valid));
  for (const parse_contender& contender : parsers) {
    benchmark::AddCustomContext("contender/parse/" + contender.name, contender.description);
  }
  for (const write_contender& contender : writers) {
    benchmark::AddCustomContext("contender/serialize/" + contender.name, contender.description);
  }

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
