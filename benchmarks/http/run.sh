#!/usr/bin/env bash
# invite-serve beside Stoplight Prism's mock of the same OpenAPI document: the same invite-conform
# run, three telling behaviours, and the same wrk load. Writes benchmarks/results/http.md.
# Not part of CI: it takes a few minutes and installs Prism from npm.
#   benchmarks/http/run.sh [SECONDS_PER_LOAD_RUN]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
build=${INVITE_HTTP_BENCH_BUILD:-build/http-bench}

command -v wrk >/dev/null || bash scripts/install-deps.sh --benchmarks
bash scripts/install-deps.sh
if [[ ! -d benchmarks/http/node_modules/@stoplight/prism-cli ]]; then
  npm ci --prefix benchmarks/http --no-audit --no-fund --loglevel=error
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINVITE_BUILD_BENCHMARKS=OFF \
      -DINVITE_TEST_AREAS=http >/dev/null
cmake --build "$build" --target invite-serve invite-conform invite_print_openapi

python3 benchmarks/http/compare.py --seconds "$seconds" \
  --serve "$build/tools/invite-serve/invite-serve" \
  --conform "$build/tools/invite-conform/invite-conform" \
  --openapi "$build/tests/http/invite_print_openapi" \
  --prism benchmarks/http/node_modules/.bin/prism \
  --vectors tests/conformance/vectors \
  --out benchmarks/results/http.md
