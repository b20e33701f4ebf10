#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang++ (AddressSanitizer and
# UndefinedBehaviorSanitizer, halting on the first error) into build/fuzz, then runs each for
# SECONDS (default 60) on its seed corpus and kept regression inputs, with the dictionary.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Prints each target's final coverage (cov: edges, ft: features) and corpus size. Exits non-zero
# if any target crashed, leaked, hung (-timeout) or ran out of memory; its input is then copied
# into fuzz/regressions/<target>/, where the replay test of the ordinary suite runs it from then
# on (commit it with the fix). New corpus entries go to build/fuzz/corpus/<target>/, never into
# the repository; see fuzz/README.md for merging them after a long campaign.
#
# Environment: FUZZ_JOBS (targets run at once, default 1), FUZZ_MAX_LEN (default 4096).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_request fuzz_response fuzz_round_trip fuzz_differential fuzz_options fuzz_spelling fuzz_server fuzz_validate)
fi
max_len=${FUZZ_MAX_LEN:-4096}
jobs=${FUZZ_JOBS:-1}
build=build/fuzz

case "$seconds" in
  '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac

# The example of structure-aware fuzzing for users (docs/testing.md) runs with the rest when no
# target is named.
if [ $# -eq 0 ]; then
  targets+=(fuzz_structured_handler)
fi

# -O1 keeps the sanitizers' reports readable and the runs fast; simdjson's development checks
# (normally off when optimizing) are turned on by fuzz/CMakeLists.txt.
cmake -S . -B "$build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DINVITE_BUILD_FUZZERS=ON -DINVITE_BUILD_TESTS=OFF -DINVITE_BUILD_TOOLS=OFF \
  -DINVITE_BUILD_BENCHMARKS=OFF -DINVITE_INSTALL=OFF >/dev/null
cmake --build "$build" -j 2 --target "${targets[@]}"

run_one() { # target
  local target=$1
  local work="$build/corpus/$target" artifacts="$build/artifacts/$target/" log="$build/$target.log"
  mkdir -p "$work" "$artifacts" "fuzz/regressions/$target"
  rm -f "$artifacts"*
  local status=0
  # fuzz_server reads HTTP requests: the contract's words, and HTTP's.
  local dictionary=fuzz/invite.dict
  if [ "$target" = fuzz_server ]; then
    dictionary="$build/$target.dict"
    cat fuzz/invite.dict fuzz/http.dict >"$dictionary"
  fi
  # The first folder collects new inputs; the repository's folders are only read.
  nice "$build/fuzz/$target" -dict="$dictionary" -max_len="$max_len" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts" \
    "$work" "fuzz/corpus/$target" "fuzz/regressions/$target" >"$log" 2>&1 || status=$?
  local final
  final=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1 || true)
  local cov ft corp
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$final")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$final")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$final")
  local execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if [ "$status" -eq 0 ]; then
    printf '%-18s ok      %4ss  cov: %-6s ft: %-7s corpus: %-12s runs: %s\n' \
      "$target" "$seconds" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${execs:-?}"
    return 0
  fi
  printf '%-18s FAILED  (exit %s) cov: %s ft: %s; the report is in %s\n' "$target" "$status" "${cov:-?}" "${ft:-?}" "$log"
  grep -E 'ERROR: |SUMMARY: |invariant broken|runtime error' "$log" | head -n 5 | sed 's/^/    /'
  local kept=0 input known
  for input in "$artifacts"*; do
    [ -f "$input" ] || continue
    kept=1
    # An input kept before (an open bug) crashes again at start-up; keep one copy only.
    known=$(find "fuzz/regressions/$target" -type f -exec cmp -s "$input" {} \; -print -quit)
    if [ -n "$known" ]; then
      echo "    already kept as $known"
      continue
    fi
    cp "$input" "fuzz/regressions/$target/"
    echo "    kept fuzz/regressions/$target/$(basename "$input")"
  done
  [ "$kept" -eq 1 ] || echo "    (libFuzzer left no input; see the log)"
  return 1
}

failed=0
running=0
for target in "${targets[@]}"; do
  if [ "$jobs" -le 1 ]; then
    run_one "$target" || failed=1
    continue
  fi
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done

if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: a target failed; its input is in fuzz/regressions/ (replayed by ctest -L fuzz)" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, ${seconds}s each, no failure"
