#!/usr/bin/env bash
# The tests that must pass on other processors, as CI runs them (scripts/test-all.sh calls this):
# cross-built with Debian's g++ in Release and run under qemu-user, on
#   - aarch64: little-endian without SSE2, so the portable twin of every SSE2 path runs;
#   - s390x: big-endian, so code that assumes little-endian words fails.
# Built for each: every conformance vector through parse, validate and write
# (invite_conformance_tests), the byte-level helpers with their word-at-a-time and portable code
# (invite_byte_level_tests) and the spelling layer's text scanning (invite_spelling_tests); the rest
# of the suite is left out to keep CI short. Each architecture named below must build, register
# tests of every program and pass them all: none can drop out quietly.
#
# Usage: scripts/cross-test.sh [TRIPLET...]   (default: every triplet below)
# scripts/install-deps.sh installs the compilers and qemu, and unpacks each target's simdjson
# (library and CMake files) into build/sysroots/<Debian architecture>. Boost's and date's headers
# are the same files on every architecture (their packages are Multi-Arch: same), so Debian's
# cross g++ reads them from the host's /usr/include, which it searches last, and CMake finds their
# package files among the host's.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ctest-checks.sh

# GNU triplet (the toolchain file in cmake/toolchains/) and Debian architecture of each target.
declare -A debian_architecture=([aarch64-linux-gnu]=arm64 [s390x-linux-gnu]=s390x)
programs=(invite_conformance_tests invite_byte_level_tests invite_spelling_tests)
# Not run here: the date check of every day of 10,000 years, which has no word-at-a-time code and
# takes half a minute under qemu.
left_out="^invite_spelling_tests: ?parse and append agree on every day of years"

triplets=("$@")
((${#triplets[@]})) || triplets=(aarch64-linux-gnu s390x-linux-gnu)
host_cmake_packages="/usr/lib/$(g++ -print-multiarch)/cmake"
test_names=$(IFS='|' && echo "${programs[*]}")

for triplet in "${triplets[@]}"; do
  architecture=${debian_architecture[$triplet]:?"cross-test.sh: no target $triplet (known: ${!debian_architecture[*]})"}
  simdjson_dir="$PWD/build/sysroots/$architecture/usr/lib/$triplet/cmake/simdjson"
  if [[ ! -f "$simdjson_dir/simdjson-config.cmake" ]]; then
    echo "cross-test.sh: no $architecture simdjson in build/sysroots/$architecture: run scripts/install-deps.sh" >&2
    exit 1
  fi
  dir="build/cross-$triplet"
  started=$SECONDS
  echo "== $dir"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/toolchains/$triplet.cmake" \
    -Dsimdjson_DIR="$simdjson_dir" -DCMAKE_PREFIX_PATH="$host_cmake_packages" \
    -DINVITE_BUILD_TOOLS=OFF -DINVITE_BUILD_BENCHMARKS=OFF -DINVITE_TEST_AREAS="codec;conformance"
  cmake --build "$dir" -j "$(nproc)" --target "${programs[@]}"
  require_tests "$dir" "${programs[@]/%/:}"
  run_tests "$dir" -R "^($test_names):" -E "$left_out"
  echo "== $dir: built and passed in $((SECONDS - started)) s"
done
