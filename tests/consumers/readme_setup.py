#!/usr/bin/env python3
"""The set-up lines of README.md (and of examples/integrations/README.md and the workflow of
docs/invite-check.md), run as the pages write them: each step takes its block from the page when it runs, so that a page cannot drift from what
is tested. The steps work in a copy of the checkout under WORK, with HOME=WORK/home, so that
neither the checkout nor the user's home is touched.

Usage: readme_setup.py STEP SOURCE_DIR WORK_DIR

Steps (tests/consumers/CMakeLists.txt runs each as a test "README: ..."):
  blocks        every sh and yaml block of the pages is run by one of the steps below, and .ci/run
                runs the Quick start's second command (tests/docs/check_pages.py holds every other
                block of every page, and every build line, to its mechanism)
  quick-start   a fresh copy of the checkout, and the Quick start's first command in it
  tools         the tools-only build and its install into ~/.local
  checkout      the compile line against the checkout: app.cpp is README's first example, and
                the program must print what README says it prints
  pkg-config    the pkg-config compile line against the install, the same program
  integrations  examples/integrations built on their own against the install; the client gets
                its invitation from the server
  github        README's GitHub Actions lines, then docs/invite-check.md's workflow in the same
                workspace
"""
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from xml.etree import ElementTree

FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
SETUP_LANGUAGES = {"sh", "bash", "shell", "yaml"}


class Page:
    def __init__(self, path):
        self.path = path
        self.text = path.read_text()
        self.blocks = [(m.group(1), m.group(2)) for m in FENCE.finditer(self.text)]

    def block(self, language, must_contain):
        found = [text for lang, text in self.blocks if lang == language and must_contain in text]
        if len(found) != 1:
            sys.exit(f"{self.path}: {len(found)} ```{language} blocks contain {must_contain!r}, expected one")
        return found[0]

    def section_block(self, heading, language):
        start = self.text.index(f"\n{heading}\n")
        end = self.text.find("\n## ", start + 1)
        found = [m.group(2) for m in FENCE.finditer(self.text[start:end]) if m.group(1) == language]
        if len(found) != 1:
            sys.exit(f"{self.path}: {len(found)} ```{language} blocks under {heading!r}, expected one")
        return found[0]


# What identifies the block each step runs: (page, language, a string only that block contains).
README = "README.md"
INTEGRATIONS = "examples/integrations/README.md"
MANUAL = "docs/invite-check.md"
CLAIMS = {
    "tools": (README, "sh", "cmake --install"),
    "pkg-config": (README, "sh", "pkg-config --cflags --libs invite"),
    "checkout": (README, "sh", "-I include"),
    "integrations": (INTEGRATIONS, "sh", "-S examples/integrations"),
    "github": (README, "yaml", "actions/checkout"),
    "github-manual": (MANUAL, "yaml", "actions/upload-artifact"),
}
QUICK_START = "## Quick start"


def claimed_block(source, step):
    page, language, marker = CLAIMS[step]
    return Page(source / page).block(language, marker)


def environment(work, **extra):
    """The user's environment, but a home of the test's own and no search paths given from outside."""
    env = dict(os.environ)
    for name in ("PKG_CONFIG_PATH", "CMAKE_PREFIX_PATH"):
        env.pop(name, None)
    if "CMAKE_CXX_COMPILER_LAUNCHER" in env and "HOME" in env:
        # A developer's ccache (the build's launcher) keeps its cache and settings in the real home.
        env.setdefault("CCACHE_DIR", os.path.join(env["HOME"], ".cache", "ccache"))
        env.setdefault("CCACHE_CONFIGPATH", os.path.join(env["HOME"], ".config", "ccache", "ccache.conf"))
    env["HOME"] = str(work / "home")
    (work / "home").mkdir(parents=True, exist_ok=True)
    env.update(extra)
    return env


def run_block(block, directory, env, what):
    """Runs a block the way a person pastes it into a shell: line after line, stopping at a failure."""
    print(f"== {what}, in {directory}:\n{block}", flush=True)
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", block], cwd=directory, env=env)
    if done.returncode != 0:
        sys.exit(f"{what} failed with exit status {done.returncode}")


def page_example(source):
    """README's first example and what the page says it prints (as tests/CMakeLists.txt finds them)."""
    match = re.search(r"```cpp\n([^`]*)```\nprints\n```text\n([^`]*)```", (source / README).read_text())
    if not match:
        sys.exit("README.md: the example (```cpp ... ``` prints ```text ... ```) is missing")
    return match.group(1), match.group(2)


def run_example(program, source):
    _, expected = page_example(source)
    done = subprocess.run([str(program)], capture_output=True, text=True)
    if done.returncode != 0 or done.stdout != expected:
        sys.exit(f"{program} printed (exit {done.returncode}):\n{done.stdout}\nREADME.md says it prints:\n{expected}")


def step_blocks(source, work):
    problems = []
    claimed = {(page, lang, marker) for page, lang, marker in CLAIMS.values()}
    for page_name in (README, INTEGRATIONS, MANUAL):
        page = Page(source / page_name)
        quick_start = page.section_block(QUICK_START, "sh") if page_name == README else None
        for language, text in page.blocks:
            if language not in SETUP_LANGUAGES:
                continue
            runners = [m for p, l, m in claimed if p == page_name and l == language and m in text]
            if text != quick_start and len(runners) != 1:
                problems.append(f"{page_name}: a ```{language} block that no step of this test runs:\n{text}")
    lines = Page(source / README).section_block(QUICK_START, "sh").splitlines()
    ci = (source / ".ci/run").read_text().splitlines()
    if len(lines) != 2:
        problems.append(f"README.md: the Quick start has {len(lines)} commands, not two")
    elif lines[1] not in ci:
        problems.append(f".ci/run does not run the Quick start's second command, {lines[1]!r}")
    if problems:
        sys.exit("\n".join(problems))
    print(f"every set-up block of {', '.join((README, INTEGRATIONS, MANUAL))} is run by a step")


def copy_checkout(source, destination):
    """The checkout as a clone has it: what git tracks or would track (without git, all but build
    folders, .git and node_modules)."""
    shutil.rmtree(destination, ignore_errors=True)
    listed = subprocess.run(["git", "-C", str(source), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            capture_output=True)
    if listed.returncode == 0:
        names = [name for name in listed.stdout.decode().split("\0") if name]
    else:
        names = [str(path.relative_to(source)) for path in source.rglob("*")
                 if not any(part.startswith("build") or part in (".git", "node_modules")
                            for part in path.relative_to(source).parts)]
    for name in names:
        origin = source / name
        if origin.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, target)


def step_quick_start(source, work):
    checkout = work / "checkout"
    copy_checkout(source, checkout)
    first = Page(source / README).section_block(QUICK_START, "sh").splitlines()[0]
    # install-deps.sh needs root and the network, and CI has run it already: .ci/run runs it first
    # (the "blocks" step checks that .ci/run runs the Quick start's second command).
    prefix = "bash scripts/install-deps.sh && "
    if not first.startswith(prefix):
        sys.exit(f"README.md: the Quick start's first command does not start with {prefix!r}: {first}")
    run_block(first[len(prefix):], checkout, environment(work), "the Quick start's first command")
    if not (checkout / "build/release/tools/invite-check").is_file():
        sys.exit("the Quick start's first command built no build/release/tools/invite-check")


def step_tools(source, work):
    checkout = work / "checkout"
    shutil.rmtree(work / "home", ignore_errors=True)
    (work / "home").mkdir(parents=True)
    run_block(claimed_block(source, "tools"), checkout, environment(work), "the tools-only build and install")
    build = checkout / "build/tools"
    for area in ("tests", "benchmarks", "fuzz"):
        if (build / area).exists():
            sys.exit(f"the tools-only build configured {area}/")
    for tool in ("invite-check", "invite-serve", "invite-conform"):
        installed = work / "home/.local/bin" / tool
        version = subprocess.run([str(installed), "--version"], capture_output=True, text=True)
        if version.returncode != 0 or not version.stdout.startswith(tool + " "):
            sys.exit(f"{installed} --version: exit {version.returncode}, {version.stdout!r}")
    if not (work / "home/.local/share/pkgconfig/invite.pc").is_file():
        sys.exit("no invite.pc under ~/.local/share/pkgconfig")


def step_checkout(source, work):
    checkout = work / "checkout"
    program, _ = page_example(source)
    (checkout / "app.cpp").write_text(program)
    (checkout / "app").unlink(missing_ok=True)
    run_block(claimed_block(source, "checkout"), checkout, environment(work), "the compile line against the checkout")
    run_example(checkout / "app", source)


def step_pkg_config(source, work):
    # README: under /usr/local, where pkg-config looks by default, no PKG_CONFIG_PATH is needed.
    search = subprocess.run(["pkg-config", "--variable", "pc_path", "pkg-config"], capture_output=True, text=True)
    if "/usr/local/share/pkgconfig" not in search.stdout.strip().split(":"):
        sys.exit(f"pkg-config does not search /usr/local/share/pkgconfig by default: {search.stdout!r}")
    directory = work / "pkg-config-app"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    program, _ = page_example(source)
    (directory / "app.cpp").write_text(program)
    run_block(claimed_block(source, "pkg-config"), directory, environment(work), "the pkg-config compile line")
    run_example(directory / "app", source)


def step_integrations(source, work):
    checkout = work / "checkout"
    shutil.rmtree(checkout / "build/integrations", ignore_errors=True)
    run_block(claimed_block(source, "integrations"), checkout, environment(work), "examples/integrations on their own")
    built = checkout / "build/integrations"
    missing = [name for name in ("invite_httplib_server", "invite_curl_client") if not (built / name).is_file()]
    if missing:
        print(f"skipped: {', '.join(missing)} not built (their configuration above says which library is missing)")
        sys.exit(77)
    server = subprocess.Popen([str(built / "invite_httplib_server"), "--port", "0", "--api-key", "dev-key"],
                              stdout=subprocess.PIPE, text=True)
    try:
        listening = server.stdout.readline()
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)\n", listening)
        if not match:
            sys.exit(f"invite_httplib_server's first line: {listening!r}")
        client = subprocess.run([str(built / "invite_curl_client"), match.group(1) + "/assessment/invite", "dev-key", "7",
                                 "Ada", "ada@example.com"], capture_output=True, text=True, timeout=60)
        if client.returncode != 0 or not re.fullmatch(r"Ada <ada@example\.com>: https://\S+ \(link_created, report \d+\)\n",
                                                      client.stdout):
            sys.exit(f"invite_curl_client: exit {client.returncode}\n{client.stdout}{client.stderr}")
    finally:
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=30)
    if status != 0:
        sys.exit(f"invite_httplib_server: exit {status} after SIGTERM")


def step_github(source, work):
    runs = [line[len("- run: "):] for line in claimed_block(source, "github").splitlines() if line.startswith("- run: ")]
    if len(runs) != 3:
        sys.exit(f"README.md's GitHub Actions block has {len(runs)} run lines, expected 3 (apt-get, cmake, invite-check)")
    install, build, check = runs
    check_packages(install)
    # actions/checkout puts invite at third_party/invite; the build goes to /tmp/invite, here a
    # folder of the test's own.
    workspace = work / "github-workspace"
    shutil.rmtree(workspace, ignore_errors=True)
    (workspace / "fixtures/requests").mkdir(parents=True)
    (workspace / "third_party").mkdir()
    (workspace / "third_party/invite").symlink_to(work / "checkout")
    for name in ("request-valid.json", "request-invalid.json"):
        shutil.copy(source / "examples" / name, workspace / "fixtures/requests" / name)
    build_dir = str(work / "github-build")
    shutil.rmtree(build_dir, ignore_errors=True)
    run_block(build.replace("/tmp/invite", build_dir), workspace, environment(work), "the GitHub Actions build line")
    check_requests(check.replace("/tmp/invite", build_dir), workspace, "README's GitHub Actions check line")

    # The manual's workflow: the same build (so no second one) and a JUnit report of responses.
    install, build, check, check_responses = workflow_runs(claimed_block(source, "github-manual"))
    check_packages(install)
    (workspace / "fixtures/responses").mkdir()
    shutil.copy(source / "examples/response-valid.json", workspace / "fixtures/responses/response-valid.json")
    run_block(build.replace("/tmp/invite", build_dir), workspace, environment(work), "the manual's build step")
    check_requests(check.replace("/tmp/invite", build_dir), workspace, "the manual's check of the request fixtures")
    (workspace / "invite-check.xml").unlink(missing_ok=True)
    run_block(check_responses.replace("/tmp/invite", build_dir), workspace, environment(work), "the manual's JUnit step")
    report = ElementTree.parse(workspace / "invite-check.xml").getroot()
    if (report.get("tests"), report.get("failures"), report.get("errors")) != ("1", "0", "0"):
        sys.exit(f"the manual's JUnit report: {ElementTree.tostring(report, encoding='unicode')}")


def check_packages(install):
    """A workflow's apt-get lines: each package must be one Debian 12 offers (installing needs root
    and the network)."""
    packages = re.search(r"apt-get install (?:-\S+ )*(.+)$", install.replace("\\\n", " "), re.DOTALL)
    if not install.startswith("apt-get update") or not packages:
        sys.exit(f"unexpected apt-get line: {install}")
    for package in packages.group(1).split():
        policy = subprocess.run(["apt-cache", "policy", package], capture_output=True, text=True).stdout
        if not re.search(r"Candidate: (?!\(none\))", policy):
            sys.exit(f"a GitHub Actions block installs {package}, which apt does not know")


def check_requests(command, workspace, what):
    """The request fixtures' check: exit 1, annotations on the invalid fixture only."""
    done = subprocess.run(["bash", "-c", command], cwd=workspace, capture_output=True, text=True)
    annotation = "::error file=fixtures/requests/request-invalid.json,line="
    if done.returncode != 1 or not any(line.startswith(annotation) for line in done.stdout.splitlines()):
        sys.exit(f"{what}: exit {done.returncode}, expected 1 and lines {annotation}...\n{done.stdout}")
    if "file=fixtures/requests/request-valid.json" in done.stdout:
        sys.exit(f"{what}: the valid fixture was reported:\n{done.stdout}")


def workflow_runs(block):
    """The `run:` commands of a workflow, in order: `run: COMMAND`, or the lines under `run: |`."""
    runs, lines, index = [], block.splitlines(), 0
    while index < len(lines):
        found = re.match(r"^( *)(?:- )?run: (.*)$", lines[index])
        index += 1
        if not found:
            continue
        if found.group(2).strip() != "|":
            runs.append(found.group(2))
            continue
        body = []
        while index < len(lines) and (not lines[index].strip() or
                                      len(lines[index]) - len(lines[index].lstrip()) > len(found.group(1))):
            body.append(lines[index])
            index += 1
        runs.append(textwrap.dedent("\n".join(body)).strip())
    return runs


STEPS = {
    "blocks": step_blocks,
    "quick-start": step_quick_start,
    "tools": step_tools,
    "checkout": step_checkout,
    "pkg-config": step_pkg_config,
    "integrations": step_integrations,
    "github": step_github,
}

if __name__ == "__main__":
    step, source, work = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3]).resolve()
    STEPS[step](source, work)
    print(f"README set-up step {step}: as the page writes it, it works")
