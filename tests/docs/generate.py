#!/usr/bin/env python3
"""Writes the parts of the pages that come from the code or from measurements, so that they
cannot drift: the tools' usage texts from their --help, and every measured figure from
benchmarks/results/ (and a few counts from the tree and scripts/test-all.sh).

    generate.py --check|--write (--build BUILD_DIR | --tool NAME=PATH...)

--write rewrites the marked parts of every page (tests/docs/pages.py lists the pages and says how
a part is marked); --check changes nothing and fails, showing the difference, when a page is not
what --write would make it (the test "docs: the generated parts of every page are fresh"). The
tools come from a build: --build finds them under BUILD_DIR/tools, or --tool names each.

Block sources (<!-- generated: SOURCE --> above a fenced block):
  TOOL --help                          what it prints
  TOOL --help, usage                   its first line and the lines indented under it
  TOOL --help, lines matching REGEX    the lines that match, their common indentation removed
  benchmarks/results/FILE              the file as it is (a recorded session)
Region sources (<!-- generated: SOURCE --> ... <!-- end generated -->) and figures
(<!-- figure: NAME -->...<!-- /figure -->): the names in REGIONS and FIGURES below.
"""
import decimal
import difflib
import json
import pathlib
import re
import statistics
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import pages  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results"
WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety", 100: "a hundred"}


# --- numbers as the pages write them ---

def rounded(value, places):
    """value rounded half up to `places` decimals, as text ("0.55" -> "0.6" with 1)."""
    step = decimal.Decimal(1).scaleb(-places)
    return str(decimal.Decimal(str(value)).quantize(step, rounding=decimal.ROUND_HALF_UP))


def seconds(value):
    """A compile time as the prose gives it: one decimal under 1 s, whole seconds above."""
    return rounded(value, 1) if value < 1 else rounded(value, 0)


def span(low, high):
    """"6 to 9", or "0.6" when both ends read the same."""
    a, b = seconds(low), seconds(high)
    return a if a == b else f"{a} to {b}"


def word(number):
    number = int(number)
    if number < len(WORDS):
        return WORDS[number]
    if number in TENS:
        return TENS[number]
    raise ValueError(f"no word for {number}")


def times(ratio):
    """"twice", "three times"... for a ratio of two measurements."""
    count = int(rounded(ratio, 0))
    return "twice" if count == 2 else f"{word(count)} times"


def one_in(percent):
    """"five" for 20.1 % ("one in five"), "ninety" for 1.1 %: the nearest whole count, to the
    nearest ten above twenty."""
    count = 100 / percent
    count = round(count) if count <= 20 else int(round(count / 10) * 10)
    return word(count)


def two_figures(value):
    """9,421 -> "9,400": a count measured on a loaded machine, to two significant figures."""
    magnitude = len(str(int(value))) - 2
    return f"{int(round(value, -magnitude)):,}" if magnitude > 0 else f"{int(round(value)):,}"


def instructions(count):
    return f"{round(count / 1000):,} k" if count >= 10000 else f"{round(count):,}"


def latency(text):
    """"2.00ms" -> "2.0 ms", "70.38ms" -> "70 ms", "7.92s" -> "7.9 s"."""
    match = re.fullmatch(r"([\d.]+)(ms|s)", text.strip())
    value, unit = float(match.group(1)), match.group(2)
    return f"{rounded(value, 1) if value < 10 else rounded(value, 0)} {unit}"


# --- the results ---

def markdown_tables(text):
    """[(heading, [row dicts])] of every table of a Markdown text, each under the last ### heading."""
    tables, heading, lines = [], None, text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if line.startswith("|") and index + 1 < len(lines) and re.fullmatch(r"\|[-:| ]+\|", lines[index + 1]):
            header = [cell.strip() for cell in line.strip("|").split("|")]
            rows = []
            index += 2
            while index < len(lines) and lines[index].startswith("|"):
                cells = [cell.strip() for cell in lines[index].strip("|").split("|")]
                rows.append(dict(zip(header, cells)))
                index += 1
            tables.append((heading, header, rows))
            continue
        index += 1
    return tables


def median_and_range(cell):
    """"9.01 (7.37–12.24)" -> (9.01, 7.37, 12.24)."""
    match = re.fullmatch(r"([\d.]+) \(([\d.]+)–([\d.]+)\)", cell)
    return tuple(float(match.group(i)) for i in (1, 2, 3))


def number(cell):
    return float(cell.replace(",", "").rstrip("×%"))


class Results:
    def __init__(self):
        self.cache = {}

    def text(self, name):
        if name not in self.cache:
            self.cache[name] = (RESULTS / name).read_text(encoding="utf-8")
        return self.cache[name]

    def compile_time(self, unit, includes, column):
        """(median, min, max) of a row of compile_time.md, found by the start of its unit and its
        include, in a column ("g++ CPU")."""
        (_, _, rows), = [t for t in markdown_tables(self.text("compile_time.md")) if "unit" in t[1]]
        found = [row for row in rows if row["unit"].startswith(unit) and includes in row["includes"]]
        if len(found) != 1:
            raise ValueError(f"compile_time.md: {len(found)} rows for {unit!r} with {includes!r}")
        return median_and_range(found[0][column])

    def compile_runs(self):
        return int(re.search(r"compiled (\d+) times", self.text("compile_time.md")).group(1))

    def benchmark(self, group, contender):
        """The row of a contender in a group of table.md (its heading starts with `group`)."""
        for heading, _, rows in markdown_tables(self.text("table.md")):
            if heading and heading.startswith(group):
                for row in rows:
                    if row["contender"].split(" ")[0] == contender:
                        return row
        raise ValueError(f"table.md: no {contender} under {group!r}")

    def benchmark_bytes(self, group):
        heading = [h for h, _, _ in markdown_tables(self.text("table.md")) if h and h.startswith(group)]
        return int(re.search(r"([\d,]+) bytes\)$", heading[0]).group(1).replace(",", ""))

    def repetitions(self):
        return int(re.search(r"medians of (\d+) repetitions", self.text("table.md")).group(1))

    def http(self, label):
        """The invite-serve and Prism cells of the row of http.md whose label starts with `label`."""
        (_, header, rows), = [t for t in markdown_tables(self.text("http.md")) if "invite-serve" in t[1]]
        found = [row for row in rows if row[header[0]].startswith(label)]
        if len(found) != 1:
            raise ValueError(f"http.md: {len(found)} rows for {label!r}")
        return found[0], found[0]["invite-serve"], found[0][header[2]]

    def prism_version(self):
        (_, header, _), = [t for t in markdown_tables(self.text("http.md")) if "invite-serve" in t[1]]
        return re.search(r"Prism ([\d.]+)", header[2]).group(1)

    def peak_memory(self):
        """{document: (RSS KiB, heap KiB)} of peak_memory.md."""
        (_, header, rows), = markdown_tables(self.text("peak_memory.md"))
        return {row["document"]: (int(row[header[3]]), int(row[header[4]])) for row in rows}

    def mutator(self, target):
        """(inputs, valid share %, cov, ft) of a target's medians in structure_aware_mutator.txt."""
        match = re.search(rf"^{target} +median: +(\d+) inputs, +([\d.]+)% valid requests, cov +(\d+), ft +(\d+)$",
                          self.text("structure_aware_mutator.txt"), re.MULTILINE)
        return int(match.group(1)), float(match.group(2)), int(match.group(3)), int(match.group(4))


# --- figures: one number, or a short phrase of them, inside prose ---

def user_files(results, path, column="g++ CPU"):
    medians = [results.compile_time(unit, path, column)[0] for unit in ("`accepts(body)`", "`invite_ada(id)`")]
    return span(min(medians), max(medians))


def wall_over_cpu(results):
    (_, _, rows), = [t for t in markdown_tables(results.text("compile_time.md")) if "unit" in t[1]]
    ratios = [median_and_range(row[f"{c} wall"])[0] / median_and_range(row[f"{c} CPU"])[0]
              for row in rows for c in ("g++", "clang++") if median_and_range(row[f"{c} CPU"])[0] >= 0.1]
    return f"{int(rounded((statistics.median(ratios) - 1) * 10, 0)) * 10}%"  # to the nearest ten


def header_alone(results, header):
    return rounded(results.compile_time("header alone", header, "g++ CPU")[0], 1)


def shown_spread(results):
    spreads = [number(results.benchmark(group, contender)["spread"]) for group, contender, _ in SUMMARY_ROWS]
    low, high = int(min(spreads) // 5 * 5), int(-(-max(spreads) // 5) * 5)
    return f"{low}-{high}%"


def own_work(results, contender):
    group = "Parse + validate, 500 candidates, minified"
    floor = number(results.benchmark(group, "ondemand_walk_only")["instructions per document"])
    return instructions(number(results.benchmark(group, contender)["instructions per document"]) - floor)


def peak(results, which):
    rows = results.peak_memory()
    valid_rss, valid_heap = rows["valid-largest-request"]
    worst_rss = max(rss for rss, _ in rows.values())
    worst_heap = max(heap for _, heap in rows.values())
    return {"valid resident": rounded(valid_rss / 1024, 1), "valid heap": rounded(valid_heap / 1024, 1),
            "worst resident": rounded(worst_rss / 1024, 1),
            "worst over valid": rounded(worst_rss / valid_rss, 2) + "×",
            "worst over valid, heap": rounded(worst_heap / valid_heap, 2) + "×"}[which]


def mutator(results, which):
    inputs, share, cov, ft = results.mutator("fuzz_structured_handler")
    bytes_inputs, bytes_share, bytes_cov, bytes_ft = results.mutator("fuzz_structured_handler_bytes")
    valid, bytes_valid = inputs * share / 100, bytes_inputs * bytes_share / 100
    return {"valid share": one_in(share), "valid share, bytes": one_in(bytes_share),
            "valid requests": two_figures(valid), "valid requests, bytes": two_figures(bytes_valid),
            "more valid requests": times(valid / bytes_valid),
            "fewer inputs": times(bytes_inputs / inputs),
            "more features": f"{int(round((ft / bytes_ft - 1) * 100))}%",
            "features": f"{ft:,}", "features, bytes": f"{bytes_ft:,}",
            "edges": f"{cov:,}", "edges, bytes": f"{bytes_cov:,}"}[which]


def fuzz_seconds(_):
    return re.search(r"fuzz_seconds=\$\{INVITE_FUZZ_SECONDS:-(\d+)\}", (ROOT / "scripts/test-all.sh").read_text()).group(1)


def conformance_vectors(_):
    return f"{len(list((ROOT / 'tests/conformance/vectors').rglob('*.expect.json'))):,}"


def schema_differences(_):
    return word(len(json.loads((ROOT / "tests/schema/differences.json").read_text())["categories"]))


FIGURES = {
    "compile: a user file, header-only, g++": lambda r: user_files(r, "<invite/invite.hpp>"),
    "compile: a user file, light, g++": lambda r: user_files(r, "<invite/light.hpp>"),
    "compile: the implementation unit, g++": lambda r: seconds(
        r.compile_time("the implementation unit", "<invite/implementation.hpp>", "g++ CPU")[0]),
    "compile: runs": lambda r: word(r.compile_runs()),
    "compile: wall over CPU": wall_over_cpu,
    "compile: light accepts(body), g++ wall": lambda r: "{:.2f} s median ({:.2f}–{:.2f})".format(
        *r.compile_time("`accepts(body)`, light", "<invite/light.hpp>", "g++ wall")),
    "compile: header-only accepts(body), g++ wall": lambda r: "{} s ({}–{})".format(
        *(rounded(v, 1) for v in r.compile_time("`accepts(body)`, header-only", "<invite/invite.hpp>", "g++ wall"))),
    "compile: invite.hpp alone": lambda r: header_alone(r, "`<invite/invite.hpp>`"),
    "compile: simdjson.h alone": lambda r: header_alone(r, "`<simdjson.h>`"),
    "compile: date.h alone": lambda r: header_alone(r, "`<date/date.h>`"),
    "compile: describe.hpp alone": lambda r: header_alone(r, "`<boost/describe.hpp>`"),
    "compile: types.hpp alone": lambda r: rounded(r.compile_time("header alone", "contract/types.hpp", "g++ CPU")[0], 2),
    "compile: light.hpp alone": lambda r: rounded(r.compile_time("header alone", "`<invite/light.hpp>`", "g++ CPU")[0], 2),
    "compile: types.hpp over light.hpp": lambda r: times(
        r.compile_time("header alone", "contract/types.hpp", "g++ CPU")[0] /
        r.compile_time("header alone", "`<invite/light.hpp>`", "g++ CPU")[0]),
    "benchmarks: repetitions": lambda r: str(r.repetitions()),
    "benchmarks: spread of the summary": shown_spread,
    "benchmarks: DOM parse alone, 500 candidates": lambda r: instructions(number(r.benchmark(
        "Parse + validate, 500 candidates, minified", "simdjson_dom_parse_only")["instructions per document"])),
    "benchmarks: On Demand floor, 500 candidates": lambda r: instructions(number(r.benchmark(
        "Parse + validate, 500 candidates, minified", "ondemand_walk_only")["instructions per document"])),
    "benchmarks: own work of invite, 500 candidates": lambda r: own_work(r, "invite_reused_parser_and_result"),
    "benchmarks: own work of the reference, 500 candidates": lambda r: own_work(r, "handwritten_ondemand"),
    "benchmarks: 500 candidates, minified, KB": lambda r: rounded(r.benchmark_bytes("Parse + validate, 500 candidates, minified") / 1000, 1),
    "benchmarks: 500 candidates, pretty, KB": lambda r: rounded(r.benchmark_bytes("Parse + validate, 500 candidates, pretty") / 1000, 1),
    "benchmarks: 500-invite response, KB": lambda r: rounded(r.benchmark_bytes("Write a 500-invite response") / 1000, 1),
    "benchmarks: invite-check --ndjson input, MB": lambda r: rounded(r.benchmark_bytes("invite-check --ndjson") / 1e6, 2),
    "http: Prism version": lambda r: r.prism_version(),
    "memory: largest valid request, resident MiB": lambda r: peak(r, "valid resident"),
    "memory: largest valid request, heap MiB": lambda r: peak(r, "valid heap"),
    "memory: worst document, resident MiB": lambda r: peak(r, "worst resident"),
    "memory: worst over valid": lambda r: peak(r, "worst over valid"),
    "memory: worst over valid, heap": lambda r: peak(r, "worst over valid, heap"),
    "conformance: vectors": conformance_vectors,
    "ci: seconds of each fuzz target": fuzz_seconds,
    "schema: documented differences": schema_differences,
}
FIGURES.update({f"mutator: {which}": (lambda which: lambda r: mutator(r, which))(which) for which in (
    "valid share", "valid share, bytes", "valid requests", "valid requests, bytes", "more valid requests",
    "fewer inputs", "more features", "features", "features, bytes", "edges", "edges, bytes")})


# --- regions: tables made from the results ---

# README's performance table: (group of table.md, contender, the row's label).
SUMMARY_ROWS = [
    ("Parse + validate, 500 candidates, minified", "invite_reused_parser_and_result", "parse 500 candidates, parser and result kept"),
    ("Parse + validate, 500 candidates, minified", "invite_parse_request", "parse 500 candidates, `parse_request` (fresh)"),
    ("Parse + validate, 1 candidate", "invite_reused_parser_and_result", "parse 1 candidate, parser and result kept"),
    ("Parse + validate, 1 candidate", "invite_parse_request", "parse 1 candidate, `parse_request` (fresh)"),
    ("Parse + validate, the smallest valid request", "invite_parse_request",
     "parse the smallest valid request (fixed cost + least content), `parse_request` (fresh)"),
    ("Mixed traffic", "invite_reused_parser_and_result", "mixed traffic, 1-500 candidates, a third broken"),
    ("Write a 500-invite response", "invite_write_json_reused_string", "write a 500-invite response, string kept"),
]


def performance_summary(results):
    lines = ["| | invite | vs the reference, time | by instructions | allocations |",
             "|---|---:|---:|---:|---:|"]
    for group, contender, label in SUMMARY_ROWS:
        row = results.benchmark(group, contender)
        ratio = [v for k, v in row.items() if k.startswith("vs ") and "instructions" not in k][0]
        by_instructions = [v for k, v in row.items() if k.startswith("vs ") and "instructions" in k][0]
        count = instructions(number(row["instructions per document"]))
        count += " instr./doc" if group == "Mixed traffic" else " instr."
        allocations = row.get("allocations per document")
        if allocations is None:
            valid, invalid = row["allocations per valid document"], row["per invalid document"]
            allocations = valid if valid == invalid else f"{valid} / {invalid}"
        lines.append(f"| {label} | {count} | {ratio} | {by_instructions} | {allocations} |")
    return "\n".join(lines) + "\n"


def prism_cell(cell):
    """A cell of http.md, shortened: "400: `invalid_json` at `""`" -> "400 `invalid_json`",
    "200: 1 invite(s)..." -> "200", "721 passed, 0 failed" -> "721 passed", "no answer (...)" ->
    "no answer"."""
    status = re.match(r"(\d{3})(?=:|$)(?:: (`\w+`) at )?", cell)
    if status:
        return " ".join(part for part in status.groups() if part)
    return re.sub(r" \(.*\)$", "", cell.split(", ")[0])


def beside_prism(results):
    row, _, _ = results.http("invite-conform")
    checks = re.search(r"([\d,]+) checks", next(iter(row.values()))).group(1)
    lines = ["| | invite-serve | Prism mock |", "|---|---|---|"]
    for label, shown in ((f"invite-conform", f"invite-conform: {checks} checks"),
                         ("truncated JSON body", "truncated JSON body"),
                         ("`assessment_id` given twice", "`assessment_id` twice"),
                         ("wrong `apiKey` value", "wrong API key")):
        _, serve, prism = results.http(label)
        lines.append(f"| {shown} | {prism_cell(serve)} | {prism_cell(prism)} |")
    for size, shown in (("1-candidate", "1 candidate"), ("500-candidate", "500 candidates")):
        _, serve_rate, prism_rate = results.http(f"{size} request: requests/s")
        _, serve_latency, prism_latency = results.http(f"{size} request: latency p50 / p99")
        cells = [f"{rate}, {' / '.join(latency(t) for t in times_.split('/'))}"
                 for rate, times_ in ((serve_rate, serve_latency), (prism_rate, prism_latency))]
        lines.append(f"| {shown}: requests/s, p50 / p99 | {cells[0]} | {cells[1]} |")
    return "\n".join(lines) + "\n"


def compile_figures(results):
    lines = ["| user file | g++ header-only | g++ light | clang++ header-only | clang++ light |",
             "|---|---:|---:|---:|---:|"]

    def cell(unit, includes, compiler):
        return "{} ({}–{})".format(*(f"{v:.2f}" for v in results.compile_time(unit, includes, f"{compiler} CPU")))

    for unit, label in (("`accepts(body)`", "`accepts(body)`: parse a body, say whether it is valid"),
                        ("`invite_ada(id)`", "`invite_ada(id)`: build a request, validate it, write it")):
        cells = [cell(f"{unit}, {kind}", header, compiler) for compiler in ("g++", "clang++")
                 for kind, header in (("header-only", "<invite/invite.hpp>"), ("light", "<invite/light.hpp>"))]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    implementation = [cell("the implementation unit", "<invite/implementation.hpp>", c) for c in ("g++", "clang++")]
    lines.append(f"| the implementation unit, once per program | | {implementation[0]} | | {implementation[1]} |")
    return "\n".join(lines) + "\n"


REGIONS = {
    "benchmarks/results/table.md, the summary": performance_summary,
    "benchmarks/results/http.md, the summary": beside_prism,
    "benchmarks/results/compile_time.md, the user files": compile_figures,
}


# --- blocks: what the tools print ---

def help_text(tools, tool):
    if tool not in tools:
        raise ValueError(f"{tool} --help is needed, and no {tool} was given (--build or --tool)")
    done = subprocess.run([str(tools[tool]), "--help"], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise ValueError(f"{tool} --help exited with {done.returncode}")
    return done.stdout


def light_functions():
    """The function declarations of <invite/light.hpp>, as the header writes them."""
    text = (ROOT / "include/invite/light.hpp").read_text(encoding="utf-8")
    body = text.split("inline namespace separately_compiled {", 1)[1].split("} // namespace separately_compiled", 1)[0]
    return "".join(line + "\n" for line in body.splitlines() if line.strip() and not line.lstrip().startswith("//"))


BLOCKS = {"include/invite/light.hpp, its functions": light_functions}


def block_source(source, tools):
    if source in BLOCKS:
        return BLOCKS[source]()
    match = re.fullmatch(r"(invite-[a-z]+) --help(?:, (usage|lines matching (.+)))?", source)
    if match:
        lines = help_text(tools, match.group(1)).splitlines()
        if match.group(2) == "usage":
            end = 1
            while end < len(lines) and lines[end][:1] == " ":
                end += 1
            lines = lines[:end]
        elif match.group(3):
            lines = [line for line in lines if re.search(match.group(3), line)]
            indent = min(len(line) - len(line.lstrip()) for line in lines)
            lines = [line[indent:] for line in lines]
        return "".join(line + "\n" for line in lines)
    if re.fullmatch(r"benchmarks/results/[\w.-]+", source):
        return (ROOT / source).read_text(encoding="utf-8")
    raise ValueError(f"no such source of a block: {source!r}")


def generate(page, text, tools, results):
    """The page's text with every generated part made again."""
    lines = text.split("\n")
    out = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        marker = pages.MARKER.match(line)
        if not marker or not marker.group(1).startswith("generated:"):
            index += 1
            continue
        source = marker.group(1)[len("generated:"):].strip()
        where = f"{page}:{index + 1}"
        if index + 1 < len(lines) and pages.FENCE.match(lines[index + 1]):
            close = index + 2
            while close < len(lines) and lines[close].rstrip() != "```":
                close += 1
            try:
                made = block_source(source, tools)
            except (ValueError, OSError) as problem:
                raise ValueError(f"{where}: {problem}")
            out.append(lines[index + 1])
            out.extend(made.rstrip("\n").split("\n") if made else [])
            index = close
            continue
        if source not in REGIONS:
            raise ValueError(f"{where}: no such source of a region: {source!r} (known: {sorted(REGIONS)})")
        end = index + 1
        while end < len(lines) and lines[end] != pages.REGION_END:
            end += 1
        if end == len(lines):
            raise ValueError(f"{where}: no {pages.REGION_END} after it")
        out.extend(REGIONS[source](results).rstrip("\n").split("\n"))
        index = end
    made = "\n".join(out)

    def figure(match):
        name = match.group(1)
        if name not in FIGURES:
            raise ValueError(f"{page}: no such figure: {name!r}")
        return f"<!-- figure: {name} -->{FIGURES[name](results)}<!-- /figure -->"

    return pages.FIGURE.sub(figure, made)


def find_tools(build):
    tools = {}
    for name in ("invite-check", "invite-serve", "invite-conform", "invite-corpus"):
        found = [p for p in (build / "tools").rglob(name) if p.is_file()]
        if len(found) == 1:
            tools[name] = found[0]
    return tools


def main():
    tools, arguments = pages.tool_arguments(sys.argv[1:])
    if "--build" in arguments:
        tools = {**find_tools(pathlib.Path(arguments[arguments.index("--build") + 1])), **tools}
    write = "--write" in arguments
    if write == ("--check" in arguments):
        sys.exit(__doc__)
    results = Results()
    stale = []
    for page in pages.pages(ROOT):
        text = (ROOT / page).read_text(encoding="utf-8")
        try:
            made = generate(page, text, tools, results)
        except ValueError as problem:
            sys.exit(f"generate.py: {problem}")
        if made == text:
            continue
        stale.append(str(page))
        if write:
            (ROOT / page).write_text(made, encoding="utf-8")
        else:
            sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), made.splitlines(True),
                                                       f"{page} (committed)", f"{page} (generated)"))
    if write:
        print(f"generate.py: rewrote {', '.join(stale) or 'nothing'}")
        return 0
    if stale:
        print(f"\ngenerate.py: {', '.join(stale)} differ from what the code and benchmarks/results/ make; "
              "run tests/docs/generate.py --write --build BUILD_DIR")
        return 1
    print("generate.py: every generated part of every page is what the code and benchmarks/results/ make")
    return 0


if __name__ == "__main__":
    sys.exit(main())
