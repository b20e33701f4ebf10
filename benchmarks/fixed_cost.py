#!/usr/bin/env python3
"""Where a document's instructions go before and after its content: the fixed cost, by phase.

    fixed_cost.py INVITE_BENCHMARKS OUT.md [--iterations N]

For the library's parse contenders on the smallest valid request and on a one-candidate one,
this runs `INVITE_BENCHMARKS --profile=NAME` under callgrind as instructions.py does and splits the instructions per document by the functions they
were spent in, counted inclusively:

  - simdjson's stage 1 (the structural index of the padded input);
  - the reading of the content: the generic reader on the root object, every member's rules
    included;
  - the reader's own set-up and finish around it (the parser's iterate, the root's type, the
    check for content after the document);
  - everything outside the reader: the result's reset or construction and destruction, the
    padded copy, the error list's clearing.

Allocation and release (operator new and delete) are shown apart; they fall inside the other
phases. The floors (an On Demand walk that reads nothing, simdjson's DOM parse) are counted the
same way, whole. Standard library only; needs valgrind (callgrind_annotate comes with it).
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile

from instructions import DEFAULT_ITERATIONS as INSTRUCTIONS_ITERATIONS
from instructions import callgrind

DOCUMENTS = [
    ("parse/request_smallest", "the smallest valid request"),
    ("parse/request1_minified", "one candidate"),
]
LIBRARY = [
    ("invite_reused_parser_and_result", "parser and result kept"),
    ("invite_parse_request", "`parse_request`, fresh result"),
]
FLOORS = [
    ("ondemand_walk_only", "floor: On Demand walk, nothing read"),
    ("simdjson_dom_parse_only", "floor: simdjson DOM parse alone"),
    ("simdjson_dom", "simdjson DOM + the same checks"),
    ("handwritten_ondemand", "hand-written On Demand (reference)"),
]

# Inclusive cost of the functions whose name matches, summed (a pattern must match functions
# that never call one another, or the sum counts twice).
PHASES = {
    "stage1": re.compile(r"::stage1\("),
    "reader": re.compile(r"invite::parser::read_document<"),
    "content": re.compile(r"^invite::detail::outcome invite::detail::read_object<invite::request>\("),
    "memory": re.compile(r"^operator (new|delete)(\[\])?\("),
}


def profile(valgrind, annotate, binary, name, iterations):
    """(instructions per document, {phase: instructions per document}) for one benchmark."""
    with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
        _, documents = callgrind(valgrind, binary, name, iterations, out.name)
        listing = subprocess.run(
            [annotate, "--inclusive=yes", "--threshold=100", out.name], capture_output=True, text=True, check=True
        ).stdout
    per_document = iterations * documents
    total = None
    phases = dict.fromkeys(PHASES, 0)
    for line in listing.splitlines():
        match = re.match(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$", line)
        if match is None:
            continue
        count = int(match.group(1).replace(",", ""))
        where = match.group(2)
        if where.startswith("PROGRAM TOTALS"):
            total = count
            continue
        # "FILE:FUNCTION [OBJECT]", FILE being ??? without debug information; a path holds no ':'.
        function = where.split(":", 1)[1] if ":" in where else where
        for phase, pattern in PHASES.items():
            if pattern.search(function):
                phases[phase] += count
    if total is None:
        raise RuntimeError("callgrind_annotate printed no total for " + name)
    if name.rsplit("/", 1)[1].startswith("invite_") and min(phases["stage1"], phases["reader"], phases["content"]) == 0:
        # A phase's function was inlined or renamed: its figures would land in another phase.
        raise RuntimeError("fixed_cost.py: a phase of {} matched no function: {}".format(name, phases))
    return total / per_document, {phase: count / per_document for phase, count in phases.items()}


def figure(count):
    return "{:,.0f}".format(count)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("output")
    parser.add_argument("--iterations", type=int, default=200)
    arguments = parser.parse_args()

    valgrind = shutil.which("valgrind")
    annotate = shutil.which("callgrind_annotate")
    if valgrind is None or annotate is None:
        sys.exit("fixed_cost.py: valgrind and callgrind_annotate are needed (Debian: apt-get install valgrind)")

    lines = [
        "Instructions per document by phase, counted by callgrind (`benchmarks/fixed_cost.py`, "
        "written by `benchmarks/run.sh`). A phase counts its functions with all they call; the four "
        "phases add up to the whole, and allocation and release fall inside them. Totals are a little "
        "below table.md's: {} calls here against instructions.py's {} spread the profiling loop's own "
        "few hundred instructions thinner.".format(arguments.iterations, INSTRUCTIONS_ITERATIONS),
        "",
    ]
    for document, title in DOCUMENTS:
        lines += ["### {} (`{}`)".format(title.capitalize(), document.split("/", 1)[1]), ""]
        lines.append(
            "| contender | all | simdjson stage 1 | reading the content | the reader's set-up and finish | "
            "outside the reader | of all: allocation and release |"
        )
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        for contender, label in LIBRARY:
            total, phases = profile(valgrind, annotate, arguments.binary, document + "/" + contender, arguments.iterations)
            around = phases["reader"] - phases["stage1"] - phases["content"]
            outside = total - phases["reader"]
            if around < 0 or outside < 0:
                raise RuntimeError("fixed_cost.py: the phases of {} overlap: {}".format(contender, phases))
            lines.append(
                "| {} | {} | {} | {} | {} | {} | {} |".format(
                    label,
                    figure(total),
                    figure(phases["stage1"]),
                    figure(phases["content"]),
                    figure(around),
                    figure(outside),
                    figure(phases["memory"]),
                )
            )
        for contender, label in FLOORS:
            total, phases = profile(valgrind, annotate, arguments.binary, document + "/" + contender, arguments.iterations)
            lines.append(
                "| {} | {} | {} | | | | {} |".format(label, figure(total), figure(phases["stage1"]), figure(phases["memory"]))
            )
        lines.append("")
    with open(arguments.output, "w") as handle:
        handle.write("\n".join(lines))
    print("fixed_cost.py: wrote " + arguments.output)


if __name__ == "__main__":
    main()
