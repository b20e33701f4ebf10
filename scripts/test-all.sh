#!/usr/bin/env bash
# Every test, as CI runs it: the whole suite under g++ with AddressSanitizer and
# UndefinedBehaviorSanitizer, then again under clang++ as C++20.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

suite() { # build-dir, then extra CMake arguments
  local dir=$1
  shift
  echo "== $dir: $*"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINVITE_BUILD_BENCHMARKS=OFF "$@"
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

suite build/gcc-cxx17-sanitized -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=17 -DINVITE_SANITIZE=ON
suite build/clang-cxx20 -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_STANDARD=20
