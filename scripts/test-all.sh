#!/usr/bin/env bash
# Every test, as CI runs it:
#   - the whole suite with g++ 12 as C++17 under AddressSanitizer and UndefinedBehaviorSanitizer,
#     instrumented for coverage, whose figures (scripts/coverage.sh) are printed at the end;
#   - the whole suite with clang++ 14 as C++20, compiled against the single header;
#   - a smoke subset (conformance vectors, version, consumers) with g++ as C++20 and clang++ as
#     C++17, so all four compiler/standard pairs build;
#   - the fuzz targets for a short run each, and invite-check under valgrind on the examples.
# Nothing may be left out quietly: a missing tool fails the configuration
# (INVITE_REQUIRE_ALL_TEST_TOOLS, cmake/test_tools.cmake), a test that skips itself fails the run,
# and so does an area of the suite that registered no test at all.
set -euo pipefail
cd "$(dirname "$0")/.."
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
  "invite_validators_tests:"
  "invite_codec_tests:" "compile-fail:" "layers:" "invite_allocation_tests:"
  "invite_problem_details_tests:" "invite_text_position_tests:"
  "invite_contract_tests:"
  "invite_cli_tests:" "invite_cli_terminal_session" "invite_cli_junit_is_xml" "invite_cli_sessions_in_"
  "invite_robustness_tests:" "invite_no_exceptions_tests:"
  "invite_conformance_tests:" "invite_conformance_cli_tests:" "invite_conformance_vectors_are_generated"
  "invite_version_tests:" "consumers: install into a temporary prefix"
  "consumers: the committed single header is fresh" "consumers: pkg-config of an installed invite"
  "consumers: every public header and its instantiations under the README's extra warnings"
  "schema:"
  "http: invite-serve passes invite-conform" "http: the OpenAPI document"
  "fuzz replay:"
)

require_tests() { # build-dir, then the starts of test names that must be registered
  local dir=$1
  shift
  local names missing=0 prefix name found
  names=$(ctest --test-dir "$dir" -N | sed -n 's/^ *Test *#[0-9]*: //p')
  for prefix in "$@"; do
    found=0
    while IFS= read -r name; do
      if [[ $name == "$prefix"* ]]; then
        found=1
        break
      fi
    done <<<"$names"
    if [[ $found -eq 0 ]]; then
      echo "test-all.sh: $dir has no test named \"$prefix...\": an area of the suite is missing" >&2
      missing=1
    fi
  done
  return "$missing"
}

run_tests() { # build-dir, then ctest arguments; fails when a test fails or skipped itself
  local dir=$1
  shift
  local log="$dir/test-all.log" status=0
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" "$@" 2>&1 | tee "$log" || status=$?
  if grep -q "The following tests did not run" "$log"; then
    echo "test-all.sh: tests in $dir skipped themselves (listed above); CI runs everything" >&2
    return 1
  fi
  return "$status"
}

suite() { # build-dir, then extra CMake arguments
  configure "$@"
  cmake --build "$1" -j "$jobs"
  local valgrind_replays=()
  if [[ " $* " != *" -DINVITE_SANITIZE=ON "* ]]; then
    valgrind_replays=("fuzz replay under valgrind:") # valgrind cannot run sanitized programs
  fi
  require_tests "$1" "${expected_tests[@]}" "${valgrind_replays[@]}"
  find "$1" -name '*.gcda' -delete # coverage counts this run alone
  run_tests "$1"
}

smoke() {
  configure "$@"
  # The consumer tests install the build, so every installed tool must be built.
  cmake --build "$1" -j "$jobs" --target invite_conformance_tests invite_version_tests invite-check invite-serve invite-conform
  run_tests "$1" -R '^(invite_conformance_tests|invite_version_tests|consumers):'
}

suite build/gcc-cxx17-sanitized -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=17 -DINVITE_SANITIZE=ON -DINVITE_COVERAGE=ON
suite build/clang-cxx20-single-header -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=20 -DINVITE_TEST_SINGLE_HEADER=ON
smoke build/gcc-cxx20 -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=20
smoke build/clang-cxx17 -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=17
bash scripts/fuzz.sh "$fuzz_seconds"
bash scripts/valgrind-examples.sh
bash scripts/coverage.sh build/gcc-cxx17-sanitized
