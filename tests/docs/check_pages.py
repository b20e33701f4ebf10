#!/usr/bin/env python3
"""What holds every page to the code: the catalogue of blocks, and the pages' lists of options.

    check_pages.py blocks SOURCE_DIR BUILD_ROOT --tool NAME=PATH...
    check_pages.py options SOURCE_DIR --tool NAME=PATH...

blocks: every fenced block of every page (tests/docs/pages.py lists them) is covered by one
mechanism, and fails the test when none covers it:
  - a ```console session, run and compared by tests/docs/sessions.py (one test per page);
  - the page's example, "```cpp ... ``` prints ```text ... ```", compiled, run and compared by
    tests/CMakeLists.txt (invite_page_example), which must list the page;
  - a set-up block (sh, yaml) that a step of tests/consumers/readme_setup.py runs;
  - <!-- generated: SOURCE -->: tests/docs/generate.py writes it, and its --check test fails
    when the page differs;
  - <!-- map of the tree -->: every file and folder its first column names exists;
  - <!-- not run: REASON -->: exempt, with its reason on the page.
Also, on every page and in scripts/: every `cmake --build` line names -j (Ninja would otherwise
run more jobs than there are cores), every path to a built tool (build/release/tools/...) is where
the build puts it, under a build directory the Quick start or the same file makes, and an editor
setting's problem matcher matches invite-check's error lines.

options: the options each tool's --help lists and the pages that document them agree: the
Options table of docs/invite-check.md lists exactly invite-check's; docs/http.md names every
option of invite-serve and invite-conform, and names no option of theirs that does not exist;
docs/testing.md names no option of invite-corpus that does not exist; and a command written
inline on any page (`invite-serve --port 0`) names options its tool has.
"""
import json
import pathlib
import re
import subprocess
import sys

import pages

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "consumers"))
import readme_setup  # noqa: E402

SETUP_LANGUAGES = {"sh", "bash", "shell", "yaml"}
TOOL_PATH = re.compile(r"(?<![\w$./])((?:build|/tmp)/[\w./-]*?invite-(?:check|serve|conform|corpus))(?![\w./-])")


def setup_step(block, source):
    """The readme_setup.py step that runs a set-up block, or None."""
    if block.language not in SETUP_LANGUAGES:
        return None
    if str(block.page) == readme_setup.README:
        quick_start = readme_setup.Page(source / readme_setup.README).section_block(readme_setup.QUICK_START, "sh")
        if block.text == quick_start:
            return "quick-start"
    steps = [step for step, (page, language, marker) in readme_setup.CLAIMS.items()
             if page == str(block.page) and language == block.language and marker in block.text]
    return steps[0] if len(steps) == 1 else None


def page_examples(source):
    """The pages whose example tests/CMakeLists.txt compiles and runs."""
    text = (source / "tests/CMakeLists.txt").read_text()
    return set(re.findall(r'invite_page_example\(\w+ "\$\{PROJECT_SOURCE_DIR\}/([^"]+)"\)', text))


def map_problems(block, source):
    """The names a map's first column gives that do not exist; nesting follows the indentation."""
    problems, stack = [], []
    for number, line in enumerate(block.text.splitlines(), start=block.start + 1):
        name = line.split()[0] if line.strip() else ""
        if not (name.endswith("/") or re.fullmatch(r"[\w.-]+\.[a-z]+", name)):
            continue  # a description carried over to the next line
        indent = len(line) - len(line.lstrip())
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = (stack[-1][1] if stack else source) / name
        if not path.exists():
            problems.append(f"{block.page}:{number}: the map names {path.relative_to(source)}, which does not exist")
        if name.endswith("/"):
            stack.append((indent, path))
    return problems


def problem_matcher_problems(block, tools, source):
    """A problem matcher's pattern must take invite-check's error lines apart, file to message."""
    matcher = json.loads("{" + block.text + "}")["problemMatcher"]["pattern"]
    pattern = re.compile(matcher["regexp"])
    done = subprocess.run([str(tools["invite-check"]), "request-invalid.json"], cwd=source / "examples",
                          capture_output=True, text=True)
    problems = []
    error_lines = [line for line in done.stdout.splitlines() if not line.startswith(" ")]
    for line in error_lines:
        found = pattern.match(line)
        position = re.match(r"(request-invalid\.json):(\d+):(\d+): ([a-z_]+): ", line)
        if not found or (found.group(matcher["file"]), found.group(matcher["line"]), found.group(matcher["column"]),
                         found.group(matcher["code"])) != position.groups():
            problems.append(f"{block.where()}: the problem matcher does not take apart {line!r}")
    if len(error_lines) < 2:
        problems.append(f"{block.where()}: invite-check printed no error lines to try the problem matcher on")
    return problems


def check_blocks(source, build_root, tools):
    problems = []
    examples = page_examples(source)
    quick_build = pages.quick_start_build_directory(source)
    locations = {name: path.resolve().relative_to(build_root.resolve()).as_posix() for name, path in tools.items()}
    counts = {}
    for page in pages.pages(source):
        text = (source / page).read_text(encoding="utf-8")
        page_blocks = pages.blocks(page, text)
        example = pages.page_example(page_blocks, text)
        example_blocks = set(example) if example else set()
        if example and str(page) not in examples:
            problems.append(f"{page}: its example (```cpp ... prints ```text) is compiled by no invite_page_example of tests/CMakeLists.txt")
        above_blocks = {block.start - 1 for block in page_blocks}
        for number, line in enumerate(text.split("\n"), start=1):
            marker = pages.MARKER.match(line)
            if marker and number not in above_blocks and not marker.group(1).startswith("generated:") \
                    and line != pages.REGION_END and not pages.SESSIONS_DIRECTORY.match(line):
                problems.append(f"{page}:{number}: a marker with no block under it: {line}")
        for block in page_blocks:
            kind, argument = block.kind()
            if kind is None and block.language == "console":
                kind = "session"
            elif kind is None and block in example_blocks:
                kind = "page example"
            elif kind is None and setup_step(block, source):
                kind = "set-up"
            counts[kind] = counts.get(kind, 0) + 1
            if kind is None:
                problems.append(f"{block.where()}: a ```{block.language} block that no test runs, no generator writes "
                                "and no marker exempts (<!-- not run: REASON -->, a ```console session, "
                                f"<!-- generated: SOURCE -->):\n{block.text}")
            elif kind == "unknown":
                problems.append(f"{block.where()}: an unknown marker: {argument}")
            elif kind == "exempt" and len(argument.split()) < 3:
                problems.append(f"{block.where()}: a block exempt without a reason: <!-- not run: {argument} -->")
            elif kind == "tree":
                problems.extend(map_problems(block, source))
            if '"problemMatcher"' in block.text:
                problems.extend(problem_matcher_problems(block, tools, source))
    for path in pages.pages(source) + pages.scripts(source):
        text = (source / path).read_text(encoding="utf-8")
        for number, line in enumerate(text.split("\n"), start=1):
            if "cmake --build" in line and not re.search(r"\s-j\s*\S", line):
                problems.append(f"{path}:{number}: a build line without -j: {line.strip()}")
        allowed = {quick_build} | set(re.findall(r"-B (\S+)", text))
        for match in TOOL_PATH.finditer(text):
            number = text.count("\n", 0, match.start()) + 1
            shown = match.group(1)
            tool = re.search(r"invite-[a-z]+$", shown).group(0)
            expected = [f"{directory}/{locations[tool]}" for directory in sorted(allowed)]
            if tool in locations and shown not in expected:
                problems.append(f"{path}:{number}: {shown} is not where a build puts {tool}: "
                                f"{' or '.join(expected)} (build directories this file or the Quick start makes)")
    for problem in problems:
        print(problem)
    print(", ".join(f"{count} {kind or 'uncovered'}" for kind, count in sorted(counts.items(), key=str))
          + f" blocks on {len(pages.pages(source))} pages; {len(problems)} problems")
    return 1 if problems else 0


def options_in_help(tool):
    done = subprocess.run([str(tool), "--help"], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise SystemExit(f"{tool} --help exited with {done.returncode}")
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", done.stdout))


def section(text, heading):
    return text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]


def check_options(source, tools):
    problems = []
    manual = (source / "docs/invite-check.md").read_text(encoding="utf-8")
    table = {re.match(r"\| `(--[a-z][a-z-]*)", line).group(1)
             for line in section(manual, "Options").splitlines() if re.match(r"\| `--[a-z]", line)}
    table |= set(re.findall(r"\| `--help`, `(--version)`", manual))
    check = options_in_help(tools["invite-check"])
    for option in sorted(check - table):
        problems.append(f"docs/invite-check.md: the Options table has no row for {option}, which invite-check --help lists")
    for option in sorted(table - check):
        problems.append(f"docs/invite-check.md: the Options table has a row for {option}, which invite-check does not have")
    http = (source / "docs/http.md").read_text(encoding="utf-8")
    for tool in ("invite-serve", "invite-conform"):
        options = options_in_help(tools[tool])
        for option in sorted(o for o in options if not re.search(re.escape(o) + r"\b", http)):
            problems.append(f"docs/http.md names nowhere {option}, which {tool} --help lists")
        for option in sorted(set(re.findall(r"`(--[a-z][a-z-]*)", section(http, tool))) - options):
            problems.append(f"docs/http.md's {tool} section names {option}, which {tool} does not have")
    testing = (source / "docs/testing.md").read_text(encoding="utf-8")
    corpus = options_in_help(tools["invite-corpus"])
    for option in sorted(set(re.findall(r"`(--[a-z][a-z-]*)", section(testing, "Load tests"))) - corpus):
        problems.append(f"docs/testing.md names {option}, which invite-corpus does not have")
    # A command written inline, `invite-conform --url ... --strict-errors`, names options its tool has.
    helps = {tool: options_in_help(tools[tool]) for tool in tools}
    for page in pages.pages(source):
        text = (source / page).read_text(encoding="utf-8")
        for block in pages.blocks(page, text):  # blocks are held to the tools otherwise
            text = text.replace("```" + block.language + "\n" + block.text + "```", "")
        for match in re.finditer(r"`(invite-(?:check|serve|conform|corpus))\b([^`]*)`", text):
            for option in sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", match.group(2))) - helps[match.group(1)]):
                problems.append(f"{page}: `{match.group(1)}{match.group(2)}` names {option}, which {match.group(1)} does not have")
    for problem in problems:
        print(problem)
    print(f"the options of the four tools' --help and of their pages: {len(problems)} problems")
    return 1 if problems else 0


def main():
    tools, arguments = pages.tool_arguments(sys.argv[1:])
    step, source = arguments[0], pathlib.Path(arguments[1]).resolve()
    if step == "blocks":
        return check_blocks(source, pathlib.Path(arguments[2]), tools)
    if step == "options":
        return check_options(source, tools)
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
