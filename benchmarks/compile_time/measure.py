#!/usr/bin/env python3
"""Measures how long g++ and clang++ take to compile a user's translation unit of invite.

    benchmarks/compile_time/measure.py [--runs N] [--compilers g++ clang++] [--output FILE]

Each row is one small translation unit in this folder, compiled with -std=c++17 -O2 -c: a
user's one function through <invite/invite.hpp> (header-only) and through <invite/light.hpp>,
the implementation unit the light path compiles once per program, and, for reference, single
headers alone (simdjson, date, Boost.Describe, invite's own). Rows are compiled in turn, round
after round, so that a change in the machine's load falls on every row alike.

Two times per compile: CPU (user + system time of the compiler and its subprocesses, the
figure a shared machine disturbs least) and wall. Each cell gives the median over the runs and
the range (min-max). The Markdown table goes to benchmarks/results/compile_time.md by default.
Only the Python standard library is used; simdjson's flags come from pkg-config when it is there.
"""

import argparse
import datetime
import os
import pathlib
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_OUTPUT = ROOT / "benchmarks" / "results" / "compile_time.md"

# (label, what the unit includes, source in this folder, extra flags)
ROWS = [
    ("`accepts(body)`, header-only", "`<invite/invite.hpp>`", "accepts_body.cpp",
     ["-DINVITE_HEADER=<invite/invite.hpp>"]),
    ("`accepts(body)`, light", "`<invite/light.hpp>`", "accepts_body.cpp",
     ["-DINVITE_HEADER=<invite/light.hpp>"]),
    ("`invite_ada(id)`, header-only", "`<invite/invite.hpp>`", "builds_request.cpp",
     ["-DINVITE_HEADER=<invite/invite.hpp>"]),
    ("`invite_ada(id)`, light", "`<invite/light.hpp>`", "builds_request.cpp",
     ["-DINVITE_HEADER=<invite/light.hpp>"]),
    ("the implementation unit (once per program)", "`<invite/implementation.hpp>`", "implementation.cpp", []),
    ("header alone", "`<invite/invite.hpp>`", "header_alone.cpp", ["-DHEADER=<invite/invite.hpp>"]),
    ("header alone", "`<invite/light.hpp>`", "header_alone.cpp", ["-DHEADER=<invite/light.hpp>"]),
    ("header alone", "`<invite/contract/types.hpp>` (the described types)", "header_alone.cpp",
     ["-DHEADER=<invite/contract/types.hpp>"]),
    ("header alone", "`<simdjson.h>`", "header_alone.cpp", ["-DHEADER=<simdjson.h>"]),
    ("header alone", "`<date/date.h>`", "header_alone.cpp", ["-DHEADER=<date/date.h>"]),
    ("header alone", "`<boost/describe.hpp>`", "header_alone.cpp", ["-DHEADER=<boost/describe.hpp>"]),
    ("header alone", "`<string>`", "header_alone.cpp", ["-DHEADER=<string>"]),
    ("empty unit (starting the compiler)", "nothing", "empty.cpp", []),
]

BASE_FLAGS = ["-std=c++17", "-O2", "-c", "-o", os.devnull]


def simdjson_flags():
    if shutil.which("pkg-config") is None:
        return []
    found = subprocess.run(["pkg-config", "--cflags", "simdjson"], capture_output=True, text=True)
    return shlex.split(found.stdout) if found.returncode == 0 else []


def compile_once(command):
    """Returns (cpu seconds, wall seconds) of one compile; exits if it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"measure.py: this compile failed:\n  {shlex.join(command)}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def version_line(compiler):
    found = subprocess.run([compiler, "--version"], capture_output=True, text=True)
    return found.stdout.splitlines()[0] if found.returncode == 0 and found.stdout else compiler


def cell(samples):
    return f"{statistics.median(samples):.2f} ({min(samples):.2f}–{max(samples):.2f})"


def load_average():
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def cpu_model():
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv):
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--runs", type=int, default=7, help="compiles per row and compiler (default: %(default)s)")
    arguments.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    arguments.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    options = arguments.parse_args(argv)

    compilers = [c for c in options.compilers if shutil.which(c)]
    if not compilers:
        sys.exit("measure.py: none of the compilers was found: " + " ".join(options.compilers))
    extra = simdjson_flags()
    commands = {
        (compiler, index): [compiler, *BASE_FLAGS, f"-I{ROOT / 'include'}", *extra, *flags, str(HERE / source)]
        for compiler in compilers
        for index, (_, _, source, flags) in enumerate(ROWS)
    }

    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)
    cpu = {key: [] for key in commands}
    wall = {key: [] for key in commands}
    for run in range(options.runs):
        for key, command in commands.items():
            spent_cpu, spent_wall = compile_once(command)
            cpu[key].append(spent_cpu)
            wall[key].append(spent_wall)
        print(f"round {run + 1}/{options.runs} done (load average {load_average()})", file=sys.stderr)
    load_after = load_average()

    lines = [
        "# Compile time of a user's translation unit",
        "",
        "Generated by `benchmarks/compile_time/measure.py`; how to read it: `docs/compile-time.md`.",
        "",
        f"Each unit compiled {options.runs} times by each compiler, `{' '.join(BASE_FLAGS[:2] + ['-c'])}`"
        + (f" `{' '.join(extra)}`" if extra else "") + ", rows in turn.",
        "Seconds: median (min–max). CPU is the user + system time of the compiler's processes, which a",
        "shared machine disturbs least; wall is the time waited.",
        "",
    ]
    header = "| unit | includes |"
    rule = "|---|---|"
    for compiler in compilers:
        header += f" {compiler} CPU | {compiler} wall |"
        rule += "---:|---:|"
    lines += [header, rule]
    for index, (label, includes, _, _) in enumerate(ROWS):
        row = f"| {label} | {includes} |"
        for compiler in compilers:
            row += f" {cell(cpu[(compiler, index)])} | {cell(wall[(compiler, index)])} |"
        lines.append(row)
    lines += [
        "",
        "Machine: " + cpu_model() + f", {os.cpu_count()} logical CPUs, shared with other work while measured"
        f" (load average {load_before} before, {load_after} after).",
        "Compilers: " + "; ".join(version_line(c) for c in compilers) + ".",
        f"Measured {started:%Y-%m-%d %H:%M} UTC.",
        "",
    ]
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {options.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
