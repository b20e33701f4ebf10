#!/usr/bin/env bash
# Every test, as CI runs it:
#   - first, as it takes two minutes: the conformance vectors and the tests of the byte-level
#     helpers and text scanning, cross-built for aarch64 and big-endian s390x and run under
#     qemu-user (scripts/cross-test.sh), so that a broken portable twin of SSE2 code, or code
#     that assumes little-endian words, fails;
#   - the whole suite with g++ 12 as C++17 under AddressSanitizer and UndefinedBehaviorSanitizer,
#     instrumented for coverage, whose figures (scripts/coverage.sh) are printed at the end;
#   - the whole suite with clang++ 14 as C++20, compiled against the single header;
#   - a smoke subset (conformance vectors, version, consumers) with g++ as C++20 and clang++ as
#     C++17, so all four compiler/standard pairs build;
#   - the fuzz targets for a short run each, and invite-check under valgrind on the examples;
#   - the README's set-up lines, each as the page writes it (tests/consumers/readme_setup.py), in
#     the first suite only: they build with the page's flags, not the suite's, so twice adds nothing.
# Nothing may be left out quietly: a missing tool fails the configuration
# (INVITE_REQUIRE_ALL_TEST_TOOLS, cmake/test_tools.cmake), a test that skips itself fails the run,
# and so does an area of the suite that registered no test at all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ctest-checks.sh
jobs=$(nproc)
fuzz_seconds=${INVITE_FUZZ_SECONDS:-30}

configure() { # build-dir, then extra CMake arguments
  local dir=$1
  shift
  echo "== $dir: $*"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINVITE_BUILD_BENCHMARKS=OFF \
    -DINVITE_REQUIRE_ALL_TEST_TOOLS=ON "$@"
}

# The start of at least one test name of each area of tests/ and of fuzz/, and of each test that
# a condition (a target, a tool) could leave out.
expected_tests=(
  "invite_readme_example" "invite_extending_example" "mutation list:"
  "invite_spelling_tests:" "invite_rules_tests:"
  "invite_codec_tests:" "invite_byte_level_tests:" "compile-fail:" "layers:" "invite_allocation_tests:"
  "invite_problem_details_tests:" "invite_text_position_tests:"
  "invite_contract_tests:"
  "invite_cli_tests:" "invite_cli_terminal_session" "invite_cli_junit_is_xml"
  "invite_robustness_tests:" "invite_no_exceptions_tests:" "invite_test_support_tests:"
  "invite_conformance_tests:" "invite_conformance_cli_tests:" "invite_conformance_vectors_are_generated"
  "invite_version_tests:" "consumers: install into a temporary prefix"
  "consumers: the committed single header is fresh" "consumers: pkg-config of an installed invite"
  "consumers: every public header and its instantiations under the README's extra warnings"
  "schema:"
  "http: invite-serve passes invite-conform" "http: the OpenAPI document"
  "invite_beast_handler_tests:" "integrations: the cpp-httplib server passes invite-conform"
  "integrations: the libcurl client against invite-serve"
  "fuzz replay:"
  "invite_testing_tests:" "invite_testing_detail_tests:" "invite_testing_examples:" "invite_corpus_tool_tests:"
  "fuzz replay: fuzz_structured_handler"
  "docs: every block of every page" "docs: the pages list the options" "docs: the generated parts of every page"
  "docs: every console session of every page"
  "http: invite-serve's status lines"
)

# The README's set-up lines, in the suites that do not turn them off.
readme_setup_tests=(
  "README: every set-up block is run by a test" "README: the Quick start's first command"
  "README: the tools-only build" "README: the compile line against the checkout"
  "README: the pkg-config compile line" "README: examples/integrations built on their own"
  "README: the GitHub Actions lines"
)

suite() { # build-dir, then extra CMake arguments
  configure "$@"
  cmake --build "$1" -j "$jobs"
  local valgrind_replays=() readme_setup=()
  if [[ " $* " != *" -DINVITE_SANITIZE=ON "* ]]; then
    valgrind_replays=("fuzz replay under valgrind:") # valgrind cannot run sanitized programs
  fi
  if [[ " $* " != *" -DINVITE_TEST_README_SETUP=OFF "* ]]; then
    readme_setup=("${readme_setup_tests[@]}")
  fi
  require_tests "$1" "${expected_tests[@]}" "${valgrind_replays[@]}" "${readme_setup[@]}"
  find "$1" -name '*.gcda' -delete # coverage counts this run alone
  run_tests "$1"
}

smoke() {
  configure "$@"
  # The consumer tests install the build, so every installed tool must be built, and one runs
  # the light-header program of this build.
  cmake --build "$1" -j "$jobs" --target invite_conformance_tests invite_version_tests invite_light_program invite-check invite-serve invite-conform invite-corpus
  run_tests "$1" -R '^(invite_conformance_tests|invite_version_tests|consumers):'
}

bash scripts/cross-test.sh
suite build/gcc-cxx17-sanitized -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=17 -DINVITE_SANITIZE=ON -DINVITE_COVERAGE=ON
suite build/clang-cxx20-single-header -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=20 -DINVITE_TEST_SINGLE_HEADER=ON \
  -DINVITE_TEST_README_SETUP=OFF
smoke build/gcc-cxx20 -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=20
smoke build/clang-cxx17 -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=17
# Each libFuzzer run uses one core, so two at a time keep both busy.
FUZZ_JOBS=$jobs bash scripts/fuzz.sh "$fuzz_seconds"
bash scripts/valgrind-examples.sh
bash scripts/coverage.sh build/gcc-cxx17-sanitized
