#!/usr/bin/env bash
# Every test, as CI runs it:
#   - the whole suite with g++ 12 as C++17 under AddressSanitizer and UndefinedBehaviorSanitizer;
#   - the whole suite with clang++ 14 as C++20, compiled against the single header;
#   - a smoke subset (conformance vectors, version, consumers) with g++ as C++20 and clang++ as
#     C++17, so all four compiler/standard pairs build;
#   - the fuzz targets for a short run each, and invite-check under valgrind on the examples.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
fuzz_seconds=${INVITE_FUZZ_SECONDS:-30}

configure() { # build-dir, then extra CMake arguments
  local dir=$1
  shift
  echo "== $dir: $*"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINVITE_BUILD_BENCHMARKS=OFF "$@"
}

suite() {
  configure "$@"
  cmake --build "$1" -j "$jobs"
  ctest --test-dir "$1" --output-on-failure -j "$jobs"
}

smoke() {
  configure "$@"
  cmake --build "$1" -j "$jobs" --target invite_conformance_tests invite-check invite_version_tests
  ctest --test-dir "$1" --output-on-failure -j "$jobs" -R '^(invite_conformance_tests|invite_version_tests|consumers):'
}

suite build/gcc-cxx17-sanitized -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=17 -DINVITE_SANITIZE=ON
suite build/clang-cxx20-single-header -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=20 -DINVITE_TEST_SINGLE_HEADER=ON
smoke build/gcc-cxx20 -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=20
smoke build/clang-cxx17 -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=17
if [[ -f scripts/fuzz.sh ]]; then bash scripts/fuzz.sh "$fuzz_seconds"; fi
if [[ -f scripts/valgrind-examples.sh ]]; then bash scripts/valgrind-examples.sh; fi
