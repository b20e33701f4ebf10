#!/usr/bin/env bash
# The main job: invite-check on the shipped examples, showing what it prints. Exits 0 when each
# example gets the verdict its name promises (the invalid one must be rejected).
set -uo pipefail
checker=${1:-build/release/tools/invite-check}
cd "$(dirname "$0")/.."

status=0
run() { # expected-exit-status, then invite-check's arguments
  local expected=$1
  shift
  echo "\$ invite-check $*"
  "$checker" "$@"
  local actual=$?
  if [[ $actual -ne $expected ]]; then
    echo "!! expected exit status $expected, got $actual" >&2
    status=1
  fi
  echo
}

run 0 examples/request-valid.json
run 1 examples/request-invalid.json
run 0 --response examples/response-valid.json
run 0 --normalize examples/request-valid.json
run 1 --ndjson examples/requests.ndjson
run 1 --json examples/request-invalid.json
run 1 --format github examples/request-invalid.json
run 1 --format junit --ndjson examples/requests.ndjson
run 0 --against examples/request-valid.json examples/response-valid.json
exit $status
