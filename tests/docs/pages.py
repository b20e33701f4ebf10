"""The project's pages and their fenced blocks, as the docs tests and tests/docs/generate.py read
them: one catalogue, so that every block of every page is either run and compared, generated, or
exempt with its reason.

A block's marker is an HTML comment (invisible on the rendered page) on the line right above its
opening fence:

  <!-- not run: REASON -->           exempt; REASON says why (a sketch, a campaign by hand, ...)
  <!-- generated: SOURCE -->         tests/docs/generate.py writes the block from SOURCE
  <!-- map of the tree -->           every name in the block's first column exists (checked)

A ```console block without a marker is a session: tests/docs/sessions.py runs each "$ " command and
compares what it prints, at the root of a scratch copy, or in its examples/ when the page says
<!-- sessions run in examples/ -->. Text that is not a block is generated between

  <!-- generated: SOURCE -->  ...  <!-- end generated -->

and a single figure inside prose or a table cell between

  <!-- figure: NAME -->TEXT<!-- /figure -->
"""
import pathlib
import re

# Where pages are: the top README, docs/, and the READMEs of the folders that show commands.
PAGE_PATTERNS = ("README.md", "docs/*.md", "examples/**/README.md", "fuzz/**/README.md",
                 "benchmarks/**/README.md", "tests/**/README.md")
# The scripts whose paths to built tools must be where the Quick start's build puts them.
SCRIPT_PATTERNS = ("scripts/*.sh", ".ci/run")

FENCE = re.compile(r"^```(\S*)\s*$")
MARKER = re.compile(r"^<!-- (.+?) -->\s*$")
FIGURE = re.compile(r"<!-- figure: (.+?) -->(.*?)<!-- /figure -->", re.DOTALL)
REGION_END = "<!-- end generated -->"
SESSIONS_DIRECTORY = re.compile(r"^<!-- sessions run in (\S+) -->\s*$", re.MULTILINE)


def skipped(relative):
    return any(part == "node_modules" or part.startswith(("build", ".")) for part in relative.parts)


def pages(root):
    """Every page, as paths relative to root, in a stable order."""
    found = set()
    for pattern in PAGE_PATTERNS:
        for path in root.glob(pattern):
            relative = path.relative_to(root)
            if path.is_file() and not skipped(relative):
                found.add(relative)
    return sorted(found)


def scripts(root):
    found = set()
    for pattern in SCRIPT_PATTERNS:
        found.update(path.relative_to(root) for path in root.glob(pattern) if path.is_file())
    return sorted(found)


class Block:
    """A fenced block: its language, its text (the lines between the fences, each ending with a
    newline), the 1-based line numbers of its fences and the marker above it, if any."""

    def __init__(self, page, language, lines, start, end, marker):
        self.page = page
        self.language = language
        self.text = "".join(line + "\n" for line in lines)
        self.start = start
        self.end = end
        self.marker = marker

    def where(self):
        return f"{self.page}:{self.start}"

    def kind(self):
        """("exempt", reason), ("generated", source), ("tree", None) or (None, None)."""
        if self.marker is None:
            return None, None
        for prefix, kind in (("not run:", "exempt"), ("generated:", "generated")):
            if self.marker.startswith(prefix):
                return kind, self.marker[len(prefix):].strip()
        if self.marker == "map of the tree":
            return "tree", None
        return "unknown", self.marker


def blocks(page, text):
    """The fenced blocks of a page's text."""
    lines = text.split("\n")
    found = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        close = index + 1
        while close < len(lines) and lines[close].rstrip() != "```":
            close += 1
        if close == len(lines):
            raise ValueError(f"{page}:{index + 1}: a block that is never closed")
        above = MARKER.match(lines[index - 1]) if index > 0 else None
        found.append(Block(page, opening.group(1), lines[index + 1:close], index + 1, close + 1,
                           above.group(1) if above else None))
        index = close + 1
    return found


def page_example(page_blocks, text):
    """The page's example, as (cpp block, text block), or None: the first "```cpp ... ``` prints
    ```text ... ```", which tests/CMakeLists.txt (invite_page_example) compiles and runs, and whose
    output it compares with the text block."""
    match = re.search(r"```cpp\n([^`]*)```\nprints\n```text\n([^`]*)```", text)
    if not match:
        return None
    line = text[:match.start()].count("\n") + 1
    pair = [(a, b) for a, b in zip(page_blocks, page_blocks[1:]) if a.start == line and b.start == a.end + 2]
    return pair[0] if pair else None


def quick_start_build_directory(root):
    """The build directory README's Quick start makes ("-B build/release")."""
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"-B (\S+)", section)
    if not match:
        raise ValueError("README.md: the Quick start configures no build directory (-B)")
    return match.group(1)


def tool_arguments(arguments):
    """{name: path} from "--tool NAME=PATH" arguments, and the rest of the arguments."""
    tools, rest = {}, []
    iterator = iter(arguments)
    for argument in iterator:
        if argument == "--tool":
            name, _, path = next(iterator).partition("=")
            tools[name] = pathlib.Path(path).resolve()
        else:
            rest.append(argument)
    return tools, rest



def session_blocks(page, text):
    """The console blocks of a page that are sessions: neither exempt nor generated."""
    return [b for b in blocks(page, text) if b.language == "console" and b.kind()[0] not in ("exempt", "generated")]
