#!/usr/bin/env python3
"""Turns invite_benchmarks' JSON output into a Markdown table and a chart.

    report.py RESULTS.json --table table.md [--chart chart.png] [--instructions COUNTS.json]

The table gives, per benchmark group, each contender's median throughput (MB/s, 10^6 bytes per
CPU-second), its ratio to the group's reference (the hand-written simdjson On Demand parser for
parsing and for the mixed traffic, the careful hand-written appender for writing), the spread of
its repetitions, and its allocations per document (on the mixed traffic, per valid and per
invalid document apart); with the counts of instructions.py, also the instructions executed
per document and the ratio of the reference's count to each contender's (higher is better, like
the speed ratio), which the load of a shared machine cannot blur. The chart (drawn with gnuplot,
if installed) shows the speed ratios.
Only the Python standard library is used.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

REFERENCES = {"parse": "handwritten_ondemand", "serialize": "careful_appender", "mix": "handwritten_ondemand"}

# Rows in this order per kind (the library's ways right after the reference); others go last.
CONTENDER_ORDER = {
    "parse": [
        "handwritten_ondemand",
        "invite_reused_parser_and_result",
        "invite_reused_parser",
        "invite_parse_request",
        "simdjson_dom",
        "rapidjson",
        "boost_json",
        "nlohmann",
        "simdjson_dom_parse_only",
        "ondemand_walk_only",
    ],
    "serialize": [
        "careful_appender",
        "naive_appender",
        "invite_write_json_reused_string",
        "invite_to_json",
        "rapidjson_writer",
        "boost_json_describe",
        "nlohmann",
    ],
    "mix": ["handwritten_ondemand", "invite_reused_parser_and_result"],
}

GROUP_TITLES = {
    "parse/request500_minified": "Parse + validate, 500 candidates, minified",
    "parse/request500_pretty": "Parse + validate, 500 candidates, pretty-printed",
    "parse/request1_minified": "Parse + validate, 1 candidate",
    "parse/request_smallest": "Parse + validate, the smallest valid request: the fixed cost and the least content",
    "serialize/response500": "Write a 500-invite response",
    "mix/traffic300": "Mixed traffic: 300 requests of 1-500 candidates, a third broken",
    "ndjson/requests10000": "invite-check --ndjson, 10,000 small requests (whole process)",
}


def load_medians(results):
    """{group: [(contender, median row, cv row)]} in the order the benchmark ran them."""
    groups = {}
    rows = {}
    for row in results["benchmarks"]:
        if row.get("run_type") != "aggregate":
            continue
        run_name = row["run_name"]
        if run_name.endswith("/real_time"):
            run_name = run_name[: -len("/real_time")]
        group, contender = run_name.rsplit("/", 1)
        entry = rows.setdefault((group, contender), {})
        entry[row["aggregate_name"]] = row
        if contender not in [c for c, _ in groups.setdefault(group, [])]:
            groups[group].append((contender, entry))
    def ordered(group, entries):
        order = CONTENDER_ORDER.get(group.split("/", 1)[0], [])
        rank = lambda entry: order.index(entry[0]) if entry[0] in order else len(order)
        return [(c, e["median"], e.get("cv")) for c, e in sorted(entries, key=rank) if "median" in e]

    return {group: ordered(group, entries) for group, entries in groups.items()}


def machine_name(context):
    try:
        output = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        for line in output.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return context.get("cpu_model", "unknown")


def megabytes(row):
    return row.get("bytes_per_second", 0.0) / 1e6


def group_order(name):
    order = list(GROUP_TITLES)
    return order.index(name) if name in order else len(order)


def build_table(results, groups, instructions):
    context = results["context"]
    lines = []
    lines.append(
        "Machine: {} ({} logical CPUs); compiler: {}; flags: `{}`; simdjson kernel: {}.".format(
            machine_name(context),
            context.get("num_cpus", "?"),
            context.get("compiler", "?"),
            context.get("cxx_flags", "?"),
            context.get("simdjson_implementation", "?"),
        )
    )
    lines.append(
        "Run {}; medians of {} repetitions in one process; MB/s is 10^6 bytes of input "
        "(of canonical output, for writers) per CPU-second; spread is the coefficient of "
        "variation of the CPU time over the repetitions.".format(
            context.get("date", "?"), first_repetitions(results)
        )
    )
    disagreements = context.get("verdict_disagreements")
    if disagreements is not None:
        lines.append(
            "Before timing, every contender gave the right verdict and value on each document; "
            "on the corpus of invalid requests, invite and the hand-written reference "
            "disagreed {} time(s).".format(disagreements)
        )
    for group in sorted(groups, key=group_order):
        entries = groups[group]
        kind = group.split("/", 1)[0]
        reference = REFERENCES.get(kind)
        reference_rate = None
        for contender, median, _ in entries:
            if contender == reference:
                reference_rate = megabytes(median)
        size = context.get("bytes/" + group.split("/", 1)[1])
        documents = context.get("documents/" + group.split("/", 1)[1])
        valid_documents = context.get("valid_documents/" + group.split("/", 1)[1])
        if kind == "ndjson":
            size = context.get("bytes/requests10000_ndjson")
        title = GROUP_TITLES.get(group, group)
        lines.append("")
        described = []
        if documents:
            described.append("{} documents".format(documents))
        if valid_documents:
            described.append("{} valid".format(valid_documents))
        if size:
            described.append("{:,} bytes".format(int(size)))
        lines.append("### {}{}".format(title, " ({})".format(", ".join(described)) if described else ""))
        lines.append("")
        if kind == "ndjson":
            lines.append("| contender | MB/s | documents/s | wall time per run | spread |")
            lines.append("|---|---:|---:|---:|---:|")
            for contender, median, cv in entries:
                lines.append(
                    "| {} | {:.0f} | {:,.0f} | {:.1f} {} | {} |".format(
                        contender,
                        megabytes(median),
                        median.get("items_per_second", 0.0),
                        median["real_time"],
                        median["time_unit"],
                        spread(cv, "real_time"),
                    )
                )
            continue
        counted = instructions and any((group + "/" + c) in instructions for c, _, _ in entries)
        if kind == "mix":
            header = "| contender | MB/s | vs {} | documents/s | spread | allocations per valid document | per invalid document |".format(reference)
            rule = "|---|---:|---:|---:|---:|---:|---:|"
        else:
            header = "| contender | MB/s | vs {} | spread | allocations per document |".format(reference)
            rule = "|---|---:|---:|---:|---:|"
        if counted:
            header += " instructions per document | vs {}, by instructions |".format(reference)
            rule += "---:|---:|"
        lines.append(header)
        lines.append(rule)
        reference_count = instructions.get(group + "/" + reference) if instructions else None
        for contender, median, cv in entries:
            rate = megabytes(median)
            ratio = "{:.2f}×".format(rate / reference_rate) if reference_rate else "–"
            if kind == "mix":
                line = "| {}{} | {:.0f} | {} | {:,.0f} | {} | {} | {} |".format(
                    contender,
                    " (reference)" if contender == reference else "",
                    rate,
                    ratio,
                    median.get("items_per_second", 0.0),
                    spread(cv, "cpu_time"),
                    format_count(median.get("allocs/valid doc")),
                    format_count(median.get("allocs/invalid doc")),
                )
            else:
                line = "| {}{} | {:.0f} | {} | {} | {} |".format(
                    contender,
                    " (reference)" if contender == reference else "",
                    rate,
                    ratio,
                    spread(cv, "cpu_time"),
                    format_count(median.get("allocs/doc")),
                )
            if counted:
                count = instructions.get(group + "/" + contender)
                line += " {} | {} |".format(
                    "{:,.0f}".format(count) if count else "–",
                    "{:.2f}×".format(reference_count / count) if count and reference_count else "–",
                )
            lines.append(line)
    lines.append("")
    lines.append("What each contender is:")
    lines.append("")
    for key in sorted(context):
        if key.startswith("contender/"):
            lines.append("- `{}`: {}".format(key[len("contender/"):], context[key]))
    return "\n".join(lines) + "\n"


def first_repetitions(results):
    for row in results["benchmarks"]:
        if row.get("run_type") == "aggregate":
            return row.get("repetitions", "?")
    return "?"


def spread(cv_row, field):
    if not cv_row or field not in cv_row:
        return "–"
    return "{:.1f}%".format(100.0 * cv_row[field])


def format_count(value):
    if value is None:
        return "–"
    if abs(value - round(value)) < 0.05:
        return "{:,}".format(int(round(value)))
    return "{:,.1f}".format(value)


def draw_chart(results, groups, chart_path):
    gnuplot = shutil.which("gnuplot")
    if gnuplot is None:
        print("report.py: gnuplot not found, so no chart (Debian: apt-get install gnuplot-nox)", file=sys.stderr)
        return False
    panels = [g for g in sorted(groups, key=group_order) if g.split("/", 1)[0] in REFERENCES]
    with tempfile.TemporaryDirectory() as scratch:
        script = [
            "set terminal pngcairo size 1400,{} font 'sans,10'".format(330 * ((len(panels) + 1) // 2)),
            "set output '{}'".format(chart_path.replace("'", "''")),
            "set termoption noenhanced",
            'set multiplot layout {},2 title "invite benchmarks: throughput relative to the '
            'reference (median of repetitions, higher is better)\\n{} on {}" font "sans,12"'.format(
                (len(panels) + 1) // 2,
                results["context"].get("compiler", "").replace('"', ""),
                machine_name(results["context"]).replace('"', ""),
            ),
            "set style fill solid 0.8 border -1",
            "set grid xtics",
            "set xlabel 'ratio to the reference'",
            "set key off",
            "set ytics nomirror",
            "set yrange [:] reverse",
            "set offsets 0, 0, 0.6, 0.6",
            "set lmargin 34",
        ]
        for index, group in enumerate(panels):
            entries = groups[group]
            reference = REFERENCES[group.split("/", 1)[0]]
            reference_rate = next(megabytes(m) for c, m, _ in entries if c == reference)
            data_path = os.path.join(scratch, "panel{}.dat".format(index))
            largest = 0.0
            widen = False  # room for the allocation counts, written under the speed
            with open(data_path, "w") as data:
                for row, (contender, median, _) in enumerate(entries):
                    ratio = megabytes(median) / reference_rate
                    largest = max(largest, ratio)
                    colour = 1 if contender == reference else (2 if contender.startswith("invite") else 3)
                    allocations = ""
                    if "allocs/valid doc" in median:
                        widen = True
                        allocations = " allocs/doc: {} valid, {} invalid".format(
                            format_count(median["allocs/valid doc"]), format_count(median.get("allocs/invalid doc"))
                        )
                    data.write(
                        '{} "{}" {:.4f} {:.1f} {} "{}"\n'.format(row, contender, ratio, megabytes(median), colour, allocations)
                    )
            script += [
                "set title '{}'".format(GROUP_TITLES.get(group, group)),
                "set xrange [0:{:.2f}]".format(largest * (3.0 if widen else 1.5)),
                "plot '{0}' using ($3/2):1:($3/2):(0.35):(($5==1)?0x888888:($5==2)?0x1f77b4:0xff7f0e):ytic(2) "
                "with boxxyerror lc rgb variable, '{0}' using 3:1:(sprintf(' %.2f× (%.0f MB/s)', $3, $4)) "
                "with labels left offset 0.3,0, '{0}' using 3:1:(stringcolumn(6)) "
                "with labels left offset 0.3,-1.2".format(data_path),
            ]
        script.append("unset multiplot")
        script_path = os.path.join(scratch, "chart.gp")
        with open(script_path, "w") as handle:
            handle.write("\n".join(script) + "\n")
        subprocess.run([gnuplot, script_path], check=True)
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", help="the JSON written by invite_benchmarks --benchmark_out")
    parser.add_argument("--table", required=True, help="where to write the Markdown table")
    parser.add_argument("--chart", help="where to write the PNG chart")
    parser.add_argument("--instructions", help="instruction counts written by instructions.py")
    arguments = parser.parse_args()

    with open(arguments.results) as handle:
        results = json.load(handle)
    groups = load_medians(results)
    if not groups:
        sys.exit("report.py: no aggregate rows in {} (run with repetitions)".format(arguments.results))
    with open(arguments.table, "w") as handle:
        instructions = None
        if arguments.instructions and os.path.exists(arguments.instructions):
            with open(arguments.instructions) as counts:
                instructions = json.load(counts)
        handle.write(build_table(results, groups, instructions))
    print("report.py: wrote " + arguments.table)
    if arguments.chart and draw_chart(results, groups, arguments.chart):
        print("report.py: wrote " + arguments.chart)


if __name__ == "__main__":
    main()
