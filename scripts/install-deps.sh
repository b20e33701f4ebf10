#!/usr/bin/env bash
# Installs what building and testing invite needs on Debian 12, and nothing when it is all
# there already (so the Quick start's commands can each run on their own, in any order).
set -euo pipefail

packages=(
  cmake ninja-build g++ clang pkg-config python3 python3-jsonschema
  libsimdjson-dev libboost1.81-dev libhowardhinnant-date-dev catch2
  libclang-rt-14-dev valgrind  # the fuzzers' and sanitizers' runtimes, and memcheck
  libssl-dev openssl  # https in invite-serve and invite-conform, and the tests' certificates
  nodejs  # the independent validators of tests/http (OpenAPI) and tests/schema (ajv)
  tmux  # the pseudo-terminal of tests/cli/terminal_session.sh
  curl  # the sessions of docs/http.md, run by tests/docs/sessions.py
  libcpp-httplib-dev libcurl4-openssl-dev  # the recipes of examples/integrations, tested by tests/integrations
  g++-aarch64-linux-gnu g++-s390x-linux-gnu qemu-user  # scripts/cross-test.sh
  gcovr  # the coverage figures of scripts/coverage.sh
)
# scripts/cross-test.sh also needs each target's simdjson, which cannot be installed beside the
# host's (libsimdjson-dev is not Multi-Arch: same), so it is unpacked into build/sysroots/<arch>:
# apt knows the package once the architecture is added.
cross_architectures=(arm64 s390x)
sysroots="$(dirname "$0")/../build/sysroots"
# Debian's npm, unless a Node.js that bundles its own (NodeSource's) is there already.
command -v npm >/dev/null || packages+=(npm)
if [[ "${1:-}" == "--benchmarks" ]]; then
  # The benchmark and the peers it measures us against.
  packages+=(libbenchmark-dev libboost-json1.81-dev rapidjson-dev nlohmann-json3-dev gnuplot-nox wrk)
fi

sudo_if_needed=()
[[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
missing_sysroots=()
for architecture in "${cross_architectures[@]}"; do
  [[ -f "$sysroots/$architecture/unpacked" ]] || missing_sysroots+=("$architecture")
done
update_lists=$((${#missing[@]}))
for architecture in "${missing_sysroots[@]}"; do
  if ! dpkg --print-foreign-architectures | grep -qx "$architecture"; then
    "${sudo_if_needed[@]}" dpkg --add-architecture "$architecture"
  fi
  apt-cache show "libsimdjson-dev:$architecture" >/dev/null 2>&1 || update_lists=1
done
if ((update_lists)); then
  "${sudo_if_needed[@]}" apt-get update -qq
fi
if ((${#missing[@]})); then
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

for architecture in "${missing_sysroots[@]}"; do
  debs=$(mktemp -d)
  # apt's download sandbox user cannot write to a directory of root's own.
  sandbox=()
  [[ $(id -u) -ne 0 ]] || sandbox=(-o APT::Sandbox::User=root)
  (cd "$debs" && apt-get download -qq "${sandbox[@]}" "libsimdjson14:$architecture" "libsimdjson-dev:$architecture")
  rm -rf "${sysroots:?}/$architecture"
  mkdir -p "$sysroots/$architecture"
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$sysroots/$architecture"; done
  rm -rf "$debs"
  touch "$sysroots/$architecture/unpacked" # last, so that a half-unpacked sysroot is done again
done

# The OpenAPI validator for tests/http and ajv for tests/schema, from npm at the versions the lock
# file pins, into tests/http/openapi/node_modules (never committed).
openapi_check="$(dirname "$0")/../tests/http/openapi"
if [[ ! -d "$openapi_check/node_modules/@seriousme/openapi-schema-validator" ||
      ! -f "$openapi_check/node_modules/ajv/dist/2020.js" ]]; then
  npm ci --prefix "$openapi_check" --no-audit --no-fund --loglevel=error
fi
