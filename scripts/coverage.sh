#!/usr/bin/env bash
# Line and branch coverage of include/ and tools/ after ctest has run in a build configured with
# -DINVITE_COVERAGE=ON (g++ --coverage; scripts/test-all.sh does this in its sanitized suite):
#
#   scripts/coverage.sh BUILD_DIR
#
# Reads the counters with Debian's gcovr (one gcov pass, kept as BUILD_DIR/coverage.json), prints
# the figures of include/ and of each tool, and fails when a line of include/ ran in no test or
# tools/ are below 90% of their lines. A line no test can run carries a gcovr marker saying why:
#   // GCOVR_EXCL_LINE: unreachable, the reader has rejected ... before
# (GCOVR_EXCL_START / GCOVR_EXCL_STOP around a block). Branches are reported, not required:
# g++ counts branches no source line shows (a destructor's, an inlined library's).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:?usage: scripts/coverage.sh BUILD_DIR}
include_minimum=100
tools_minimum=90

if ! find "$build" -name '*.gcda' -print -quit | grep -q .; then
  echo "coverage.sh: no coverage counters in $build: configure it with -DINVITE_COVERAGE=ON and run ctest first" >&2
  exit 2
fi

# Only the code of this repository, from the programs the tests run: the objects that tests only
# compile (every header alone, the strict-warnings unit, the compile-fail units) never run.
# Throw and unreachable branches are the compiler's, and so is a line of nothing but a closing
# brace: g++ hangs on it the clean-ups a named return value skips and implicit destructor calls,
# which are counted as a line of code that never runs; a block that never runs shows in its own
# lines.
# gcovr waits forever when one of its worker threads fails, so it gets a time limit.
timeout 1200 gcovr --root . --object-directory "$build" -j "$(nproc)" \
  --filter 'include/' --filter 'tools/' \
  --exclude-directories '.*/(invite_standalone_headers|invite_strict_header_warnings|invite_compile_fail_[a-z_]+)\.dir' \
  --exclude-lines-by-pattern '^\s*\};?\s*$' \
  --exclude-unreachable-branches --exclude-throw-branches --gcov-ignore-parse-errors \
  --json "$build/coverage.json" \
  "$build" # search this build's counters only, not every build directory under the root

python3 - "$build/coverage.json" "$include_minimum" "$tools_minimum" <<'EOF'
import collections
import json
import sys

report_path, include_minimum, tools_minimum = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
with open(report_path) as report:
    files = json.load(report)["files"]

# Per file: lines that hold code (gcovr drops excluded ones), run or not; branches likewise.
Count = collections.namedtuple("Count", "lines lines_run branches branches_taken")
def count(entry):
    lines = [line for line in entry["lines"] if not line.get("gcovr/noncode")]
    branches = [branch for line in lines for branch in line["branches"]]
    return Count(len(lines), sum(line["count"] > 0 for line in lines),
                 len(branches), sum(branch["count"] > 0 for branch in branches))

def add(counts):
    return Count(*(sum(values) for values in zip(*counts))) if counts else Count(0, 0, 0, 0)

def percent(part, whole):
    return 100.0 * part / whole if whole else 100.0

def row(name, c):
    return (f"  {name:<28} lines {percent(c.lines_run, c.lines):6.2f}% ({c.lines_run}/{c.lines})"
            f"   branches {percent(c.branches_taken, c.branches):6.2f}% ({c.branches_taken}/{c.branches})")

by_file = {entry["file"]: (entry, count(entry)) for entry in files}
areas = collections.OrderedDict([("include/", []), ("tools/", [])])
tools = collections.defaultdict(list)
for name, (entry, c) in by_file.items():
    for area in areas:
        if name.startswith(area):
            areas[area].append(c)
    if name.startswith("tools/"):
        tools[name.split("/")[1]].append(c)

print("coverage (gcovr, after ctest):")
totals = {area: add(counts) for area, counts in areas.items()}
for area, total in totals.items():
    print(row(area, total))
for tool in sorted(tools):
    print(row("  tools/" + tool, add(tools[tool])))

failed = False
uncovered = sorted((name, line["line_number"]) for name, (entry, _) in by_file.items() if name.startswith("include/")
                   for line in entry["lines"] if not line.get("gcovr/noncode") and line["count"] == 0)
if percent(totals["include/"].lines_run, totals["include/"].lines) < include_minimum:
    failed = True
    print(f"coverage.sh: include/ must have every line run by a test, or excluded with a reason; not run:")
    for name, number in uncovered:
        print(f"  {name}:{number}")
if percent(totals["tools/"].lines_run, totals["tools/"].lines) < tools_minimum:
    failed = True
    print(f"coverage.sh: tools/ below {tools_minimum:g}% of lines; the least covered files:")
    worst = sorted(((percent(c.lines_run, c.lines), name) for name, (_, c) in by_file.items()
                    if name.startswith("tools/")))[:8]
    for value, name in worst:
        print(f"  {name}: {value:.1f}%")
sys.exit(1 if failed else 0)
EOF
