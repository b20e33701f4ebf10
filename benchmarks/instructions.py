#!/usr/bin/env python3
"""Counts the instructions each benchmark executes per document, with callgrind.

    instructions.py INVITE_BENCHMARKS OUT.json [--iterations N]

Timings on a shared machine wander with the load; instruction counts do not. For every parse,
serialize and mixed-traffic benchmark, this runs `INVITE_BENCHMARKS --profile=NAME` under
`valgrind --tool=callgrind`, collecting only inside profile_loop (after one warm-up call), and
writes {"NAME": instructions per document, ...} (a call of a mix/ benchmark is a pass over
the whole mix; the program says how many documents a call handles). Instructions are not time (SIMD code does more
per instruction, a cache miss costs many), but between two parsers built on the same simdjson
On Demand they compare the work done. Standard library only; needs valgrind.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys


def benchmark_names(binary):
    listed = subprocess.run(
        [binary, "--benchmark_list_tests=true"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in listed.splitlines() if re.match(r"^(parse|serialize|mix)/", line.strip())]


# Calls of a benchmark body per count (one for a pass over the mixed traffic).
DEFAULT_ITERATIONS = 10


def callgrind(valgrind, binary, name, iterations, out_file="/dev/null"):
    """Runs one benchmark body under callgrind, collecting inside profile_loop only:
    (instructions collected, documents per call)."""
    run = subprocess.run(
        [
            valgrind,
            "--tool=callgrind",
            "--callgrind-out-file=" + out_file,
            "--toggle-collect=*profile_loop*",
            binary,
            "--profile=" + name,
            "--profile_iterations={}".format(iterations),
        ],
        capture_output=True,
        text=True,
    )
    match = re.search(r"Collected : (\d+)", run.stderr)
    documents = re.search(r"profile: (\d+) documents per call", run.stderr)
    if run.returncode != 0 or match is None or documents is None:
        raise RuntimeError("callgrind failed on {}:\n{}".format(name, run.stderr[-2000:]))
    return int(match.group(1)), int(documents.group(1))


def instructions_per_document(valgrind, binary, name, iterations):
    collected, documents = callgrind(valgrind, binary, name, iterations)
    return collected / (iterations * documents)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("output")
    parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    arguments = parser.parse_args()

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("instructions.py: valgrind not found (Debian: apt-get install valgrind)")
    counts = {}
    for name in benchmark_names(arguments.binary):
        # A pass over the mix is hundreds of documents: one is plenty.
        iterations = 1 if name.startswith("mix/") else arguments.iterations
        counts[name] = instructions_per_document(valgrind, arguments.binary, name, iterations)
        print("instructions.py: {} {:,.0f}".format(name, counts[name]), flush=True)
    with open(arguments.output, "w") as handle:
        json.dump(counts, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
