#!/usr/bin/env bash
# What the structure-aware mutator buys: fuzz_structured_handler (the testing module's mutator and
# crossover) against fuzz_structured_handler_bytes (the same target, libFuzzer's byte mutation
# alone), each run RUNS times for SECONDS from the same seed corpus, dictionary and -max_len, the
# two side by side. Prints one line a run and the medians: executions, the share of inputs that
# reached the handler as a valid request (the target counts them), and the coverage libFuzzer
# reports at the end (cov: edges, ft: features). The run and its results go to
# benchmarks/results/structure_aware_mutator.txt too, which fuzz/README.md shows and from which the
# pages' figures are generated (tests/docs/generate.py).
#
#   fuzz/measure_mutator.sh [SECONDS] [RUNS]      (defaults 60 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
runs=${2:-3}
build=build/fuzz
work=$build/measure

cmake -S . -B "$build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DINVITE_BUILD_FUZZERS=ON -DINVITE_BUILD_TESTS=OFF -DINVITE_BUILD_TOOLS=OFF \
  -DINVITE_BUILD_BENCHMARKS=OFF -DINVITE_INSTALL=OFF >/dev/null
cmake --build "$build" -j 2 --target fuzz_structured_handler fuzz_structured_handler_bytes

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

targets=(fuzz_structured_handler fuzz_structured_handler_bytes)
for target in "${targets[@]}"; do : >"$work.$target.results"; done
results=benchmarks/results/structure_aware_mutator.txt
echo "\$ fuzz/measure_mutator.sh $seconds $runs" >"$results"
{
for run in $(seq 1 "$runs"); do
  # Both at once, so that whatever else the machine runs slows both alike.
  for target in "${targets[@]}"; do
    rm -rf "${work:?}/$target"
    mkdir -p "$work/$target"
    "$build/fuzz/$target" -seed="$run" -dict=fuzz/invite.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
      -max_total_time="$seconds" -print_final_stats=1 "$work/$target" fuzz/corpus/fuzz_structured_handler \
      >"$work/$target.$run.log" 2>&1 &
  done
  wait
  for target in "${targets[@]}"; do
    log="$work/$target.$run.log"
    final=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$final")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$final")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    share=$(sed -n 's/.*valid requests (\([0-9.]*\)%).*/\1/p' "$log" | tail -n 1)
    printf '%-30s run %s: %9s inputs, %5s%% valid requests, cov %5s, ft %6s\n' "$target" "$run" "$execs" "$share" "$cov" "$ft"
    echo "$execs $share $cov $ft" >>"$work.$target.results"
  done
done
for target in "${targets[@]}"; do
  printf '%-30s median: %9s inputs, %5s%% valid requests, cov %5s, ft %6s\n' "$target" \
    "$(cut -d' ' -f1 "$work.$target.results" | median)" "$(cut -d' ' -f2 "$work.$target.results" | median)" \
    "$(cut -d' ' -f3 "$work.$target.results" | median)" "$(cut -d' ' -f4 "$work.$target.results" | median)"
done
} | tee -a "$results"
