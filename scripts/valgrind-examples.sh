#!/usr/bin/env bash
# invite-check under valgrind memcheck on the shipped examples, in every mode: no invalid read
# or write, no use of uninitialised memory, no leak of any kind (definite, indirect, possible,
# still reachable). Builds invite-check with g++ as RelWithDebInfo into build/valgrind (or uses the
# binary given as the first argument).
#
#   scripts/valgrind-examples.sh [INVITE-CHECK]
#
# Exits non-zero if valgrind reports anything, or if a run's exit status is not the one its
# example promises (0 valid, 1 invalid).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

if ! command -v valgrind >/dev/null; then
  echo "valgrind-examples.sh: valgrind is not installed (apt-get install valgrind)" >&2
  exit 2
fi

checker=${1:-}
if [ -z "$checker" ]; then
  build=build/valgrind
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DINVITE_BUILD_TESTS=OFF -DINVITE_BUILD_BENCHMARKS=OFF -DINVITE_INSTALL=OFF >/dev/null || exit 2
  cmake --build "$build" -j 2 --target invite-check || exit 2
  checker=$build/tools/invite-check
fi

# 99 marks valgrind's own findings apart from invite-check's statuses (0, 1, 2); with --quiet
# its log stays empty unless it found something.
memcheck=(valgrind --quiet --tool=memcheck --leak-check=full --show-leak-kinds=all
  --errors-for-leak-kinds=all --track-origins=yes --error-exitcode=99)

failures=0
check() { # expected-exit-status, file for standard input, then invite-check's arguments
  local expected=$1 input=$2
  shift 2
  local log
  log=$(mktemp)
  "${memcheck[@]}" --log-file="$log" "$checker" "$@" <"$input" >/dev/null 2>&1
  local actual=$?
  local shown="invite-check $*"
  [ "$input" = /dev/null ] || shown="$shown < $input"
  if [ "$actual" -eq "$expected" ] && [ ! -s "$log" ]; then
    printf 'ok      %s\n' "$shown"
  else
    printf 'FAILED  %s (exit %s, expected %s)\n' "$shown" "$actual" "$expected"
    sed 's/^/    /' "$log"
    failures=$((failures + 1))
  fi
  rm -f "$log"
}
run() { check "$1" /dev/null "${@:2}"; }
stdin_run() { check "$1" "$2" "${@:3}"; }

e=examples
run 0 $e/request-valid.json
run 1 $e/request-invalid.json
run 1 $e/request-valid.json $e/request-invalid.json
run 0 --json $e/request-valid.json
run 1 --json $e/request-invalid.json
run 1 --ndjson $e/requests.ndjson
run 1 --ndjson --json $e/requests.ndjson
run 0 --normalize $e/request-valid.json
run 0 --normalize --pretty $e/request-valid.json
run 1 --normalize $e/request-invalid.json
run 1 --ndjson --normalize $e/requests.ndjson
run 0 --allow-unknown $e/request-valid.json
run 1 --allow-unknown --max-errors 2 $e/request-invalid.json
run 1 --max-bytes 64 $e/request-valid.json
run 0 --response $e/response-valid.json
run 0 --response --json $e/response-valid.json
run 0 --response --normalize $e/response-valid.json
run 0 --against $e/request-valid.json $e/response-valid.json
run 0 --against --json $e/request-valid.json $e/response-valid.json
run 1 --against $e/request-invalid.json $e/response-valid.json
run 1 --format github $e/request-invalid.json
run 1 --format junit $e/request-valid.json $e/request-invalid.json
run 1 --format junit --ndjson $e/requests.ndjson
run 1 --color=always $e/request-invalid.json
run 1 --color=always --ndjson $e/requests.ndjson
run 1 --max-errors 0 $e/request-invalid.json
run 1 --against --format github $e/request-valid.json $e/request-invalid.json
run 1 --max-bytes 100 /dev/zero
run 0 --schema request
run 0 --schema response
run 0 --schema request --allow-unknown
run 0 --help
run 0 --version
run 2 --no-such-option
run 2 $e/no-such-file.json
stdin_run 0 $e/request-valid.json
stdin_run 1 $e/requests.ndjson --ndjson -
stdin_run 1 $e/request-invalid.json --stdin-name request.json --format github
# Not text at all: a PNG signature, then UTF-16 without a byte-order mark.
not_text=$(mktemp -d)
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' >"$not_text/image.png"
printf '{\0"\0a\0"\0' >"$not_text/utf16.json"
run 1 "$not_text/image.png" "$not_text/utf16.json"
rm -rf "$not_text"

if [ "$failures" -ne 0 ]; then
  echo "valgrind-examples.sh: $failures run(s) failed" >&2
  exit 1
fi
echo "valgrind-examples.sh: every run clean (no memcheck error, no leak)"
