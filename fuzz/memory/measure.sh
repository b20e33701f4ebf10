#!/usr/bin/env bash
# Peak memory of invite-check (maximum resident set, from /usr/bin/time -v) and of the library
# alone (heap peak of one parse, counted by peak_memory.cpp) on the documents that
# make_documents.py writes: the largest valid requests and hostile ones of about 1 MiB.
# Prints a Markdown table. Builds with g++ (RelWithDebInfo) into build/memory.
#
#   fuzz/memory/measure.sh [INVITE-CHECK]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
out=build/memory
mkdir -p "$out"

checker=${1:-}
if [ -z "$checker" ]; then
  cmake -S . -B "$out/cmake" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DINVITE_BUILD_TESTS=OFF -DINVITE_BUILD_BENCHMARKS=OFF -DINVITE_INSTALL=OFF >/dev/null
  cmake --build "$out/cmake" -j 2 --target invite-check >/dev/null
  checker=$out/cmake/tools/invite-check
fi
g++ -std=c++17 -O2 -g -DNDEBUG -Wall -Wextra -Wpedantic -Werror -Iinclude -Itests/support/include \
  "$here/peak_memory.cpp" tests/support/src/allocation_counter.cpp -lsimdjson -o "$out/peak_memory"
python3 "$here/make_documents.py" "$out/documents" >/dev/null

row() { # document, then the options both tools take
  local document=$1
  shift
  local file="$out/documents/$document.json"
  local rss
  # invite-check exits 1 on an invalid document; only its peak matters here.
  rss=$({ /usr/bin/time -v "$checker" "$@" "$file" 2>&1 >/dev/null || true; } | sed -n 's/.*Maximum resident set size (kbytes): //p')
  local library
  library=$("$out/peak_memory" "$@" "$file")
  local bytes valid first heap
  bytes=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' <<<"$library")
  valid=$(sed -n 's/.*valid=\([01]\).*/\1/p' <<<"$library")
  first=$(sed -n 's/.*first=\([a-z_-]*\).*/\1/p' <<<"$library")
  heap=$(sed -n 's/.*heap_peak=\([0-9]*\).*/\1/p' <<<"$library")
  local verdict=valid
  [ "$valid" = 1 ] || verdict="invalid ($first)"
  local options="$*"
  printf '| %s%s | %s | %s | %s | %s |\n' "$document" "${options:+ ($options)}" \
    "$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1024 }')" "$verdict" "$rss" \
    "$(awk -v b="$heap" 'BEGIN { printf "%.0f", b / 1024 }')"
}

echo '{}' >"$out/documents/empty-object.json"
echo '| document | KiB | verdict | invite-check max RSS (KiB) | library heap peak (KiB) |'
echo '|---|---:|---|---:|---:|'
row empty-object
row valid-largest-request
row valid-1mib-with-unknown-field --allow-unknown
for document in unknown-keys-100k unknown-keys-max-short unknown-keys-1000-long deep-1024-repeated \
  deep-1024-objects-repeated deep-1025-repeated candidates-600-huge-strings candidates-500-broken \
  numbers-1000-digits number-1mib-digits-in-id string-1mib-ignored string-1mib-name \
  string-1mib-escapes-name empty-objects; do
  row "$document"
done
row unknown-keys-max-short --allow-unknown
