#!/usr/bin/env bash
# Installs what building and testing invite needs on Debian 12, and nothing when it is all
# there already (so the Quick start's commands can each run on their own, in any order).
set -euo pipefail

packages=(
  cmake ninja-build g++ clang pkg-config python3 python3-jsonschema
  libsimdjson-dev libboost1.81-dev libhowardhinnant-date-dev catch2
  libclang-rt-14-dev valgrind  # the fuzzers' and sanitizers' runtimes, and memcheck
  nodejs  # the independent OpenAPI validator of tests/http
  tmux  # the pseudo-terminal of tests/cli/terminal_session.sh
  gcovr  # the coverage figures of scripts/coverage.sh
)
# Debian's npm, unless a Node.js that bundles its own (NodeSource's) is there already.
command -v npm >/dev/null || packages+=(npm)
if [[ "${1:-}" == "--benchmarks" ]]; then
  # The benchmark and the peers it measures us against.
  packages+=(libbenchmark-dev libboost-json1.81-dev rapidjson-dev nlohmann-json3-dev gnuplot-nox wrk)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo_if_needed=()
  [[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The OpenAPI validator for tests/http, from npm at the version its lock file pins, into
# tests/http/openapi/node_modules (never committed).
openapi_check="$(dirname "$0")/../tests/http/openapi"
if [[ ! -d "$openapi_check/node_modules/@seriousme/openapi-schema-validator" ]]; then
  npm ci --prefix "$openapi_check" --no-audit --no-fund --loglevel=error
fi
