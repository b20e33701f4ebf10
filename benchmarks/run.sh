#!/usr/bin/env bash
# Builds the benchmarks in Release (-O3, no -march), runs every contender in one process, and
# regenerates benchmarks/results/: latest.json (Google Benchmark's output), checks.txt (the
# verdict checks made before timing), instructions.json (instructions per document, counted by
# callgrind: immune to the machine's load), fixed_cost.md (where the instructions of a small
# document go, by phase), table.md and chart.png.
#
#   benchmarks/run.sh [Google Benchmark flags...]      e.g. --benchmark_repetitions=9
#
# Environment: BUILD_DIR (default: build-bench in the repository), CXX (the compiler),
# JOBS (parallel compile jobs, default 2), INSTRUCTIONS=0 to skip the callgrind counts (about
# two minutes). Needs cmake, Google Benchmark and python3; the instruction counts need valgrind
# and the chart gnuplot (Debian: valgrind, gnuplot-nox).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
results=$root/benchmarks/results
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
if [[ -f "$build/CMakeCache.txt" ]]; then generator=(); fi

# Flags are set outright, so that CXXFLAGS from the environment cannot add -march or -O0.
cmake -S "$root" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS= \
  -DCMAKE_CXX_FLAGS_RELEASE="-O3 -DNDEBUG" \
  -DINVITE_BUILD_BENCHMARKS=ON -DINVITE_BUILD_TOOLS=ON -DINVITE_BUILD_TESTS=OFF
cmake --build "$build" -j "${JOBS:-2}" --target invite_benchmarks

binary=$build/benchmarks/invite_benchmarks
if [[ ! -x "$binary" ]]; then
  echo "run.sh: $binary was not built (is Google Benchmark installed? Debian: libbenchmark-dev)" >&2
  exit 1
fi

mkdir -p "$results"
status=0
"$binary" --benchmark_out="$results/latest.json" --benchmark_out_format=json "$@" 2>"$results/checks.txt" || status=$?
# The results name the build by its place in the repository, not this machine's path to it.
python3 - "$root/" "$results/checks.txt" "$results/latest.json" <<'PYTHON'
import sys
prefix, *paths = sys.argv[1:]
for path in paths:
    try:
        with open(path) as handle:
            text = handle.read()
    except FileNotFoundError:
        continue
    with open(path, "w") as handle:
        handle.write(text.replace(prefix, ""))
PYTHON
cat "$results/checks.txt" >&2
if ((status != 0)); then exit "$status"; fi
if [[ "${INSTRUCTIONS:-1}" != 0 ]] && command -v valgrind >/dev/null 2>&1; then
  python3 "$root/benchmarks/instructions.py" "$binary" "$results/instructions.json"
  python3 "$root/benchmarks/fixed_cost.py" "$binary" "$results/fixed_cost.md"
else
  rm -f "$results/instructions.json" "$results/fixed_cost.md"
fi
python3 "$root/benchmarks/report.py" "$results/latest.json" \
  --table "$results/table.md" --chart "$results/chart.png" --instructions "$results/instructions.json"
