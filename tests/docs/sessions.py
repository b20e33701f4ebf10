#!/usr/bin/env python3
"""Runs the console sessions a page shows and compares what they print.

    sessions.py SOURCE_DIR BUILD_ROOT [PAGE...] --tool NAME=PATH...

Every ```console block of a page (of every page when none is named) that is not marked "not run"
or "generated" (tests/docs/pages.py) is a session:
each "$ " line is a command (a line ending in a backslash, or in an open quote, goes on), and the lines after it, up to
the next "$ " or the block's end, are what it must print on standard output. The sessions of a
page run in order, in a scratch folder of the page's own, so that one may use what an earlier one
made:

- The folder holds a copy of examples/ (the files at its top) and, under the Quick start's build
  directory (build/release), each tool where the build puts it (PATH from BUILD_ROOT), so a page
  that names the wrong place fails; the tools are on PATH too, as after an install. Sessions run
  at the folder's root, or where the page says: <!-- sessions run in examples/ -->.
- `cmake --build DIR --target TOOL -j N` is checked, not run (the suite built TOOL already): DIR
  must be the Quick start's and TOOL one of the tools.
- `COMMAND &` starts a server in the background; the lines after it are the first it prints. A
  `--port N` in it becomes `--port 0` (tests listen on a port the system picks), and N in later
  commands and in what they print stands for that port. `kill %J` stops the J-th one, which must
  exit 0; the others are stopped so at the page's end.
- `echo $?` prints the previous command's exit status; any other command runs in bash.
- Standard output is a pipe; NO_COLOR, TERM and COLUMNS are not passed on. Where a command prints
  the checkout's absolute path, the page writes /path/to/invite.

Exit status 0 when every command printed what its page shows, else 1.
"""
import os
import pathlib
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile

import pages

PLACEHOLDER_CHECKOUT = "/path/to/invite"
COMMAND_SECONDS = 600
SERVER_START_SECONDS = 30


def balanced(command):
    """Whether a command's quotes are closed (a quoted text may go on over several lines)."""
    try:
        shlex.split(command)
        return True
    except ValueError:
        return False


def commands(block):
    """(line number, command, expected lines) for each "$ " line of a console block."""
    found = []
    command = None
    lines = block.text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        number = block.start + 1 + index
        if line.startswith("$ "):
            text = line[2:]
            while (text.endswith("\\") or not balanced(text)) and index + 1 < len(lines):
                index += 1
                text += "\n" + lines[index]
            command = [number, text, []]
            found.append(command)
        elif command is not None:
            command[2].append(line)
        else:
            raise ValueError(f"{block.page}:{number}: output before any \"$ \" command")
        index += 1
    return found


class Session:
    def __init__(self, source, build_root, page, tools, work):
        self.source = source
        self.page = page
        self.tools = tools
        self.work = work
        self.build_directory = pages.quick_start_build_directory(source)
        self.environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM", "COLUMNS")}
        bin_directory = work / ".bin"
        bin_directory.mkdir()
        for name, path in tools.items():
            path = path.resolve()
            placed = work / self.build_directory / path.relative_to(build_root.resolve())
            placed.parent.mkdir(parents=True, exist_ok=True)
            placed.symlink_to(path)
            (bin_directory / name).symlink_to(path)
        self.environment["PATH"] = f"{bin_directory}{os.pathsep}{self.environment.get('PATH', '')}"
        (work / "examples").mkdir()
        for path in (source / "examples").iterdir():
            if path.is_file():
                shutil.copy2(path, work / "examples" / path.name)
        self.directory = work  # where the page's sessions run (run_page sets it)
        self.background = []  # (process, command), in the order started
        self.ports = {}       # the port a page shows -> the one the system picked
        self.last_status = None
        self.failures = 0
        self.ran = 0

    def shown_to_actual(self, text):
        for shown, actual in self.ports.items():
            text = re.sub(rf"127\.0\.0\.1:{shown}\b", f"127.0.0.1:{actual}", text)
        return text

    def actual_to_shown(self, text):
        for shown, actual in self.ports.items():
            text = re.sub(rf"127\.0\.0\.1:{actual}\b", f"127.0.0.1:{shown}", text)
        return text.replace(str(self.source), PLACEHOLDER_CHECKOUT)

    def fail(self, number, command, message):
        self.failures += 1
        print(f"{self.page}:{number}: $ {command}\n  {message}")

    def compare(self, number, command, expected, actual):
        if actual == expected:
            return
        self.failures += 1
        print(f"{self.page}:{number}: $ {command}")
        for line in expected:
            if line not in actual:
                print(f"  - {line}")
        for line in actual:
            if line not in expected:
                print(f"  + {line}")
        if sorted(expected) == sorted(actual):
            print("  (the same lines in another order)")

    def build_line(self, number, command, expected):
        words = command.split()
        target = words[words.index("--target") + 1] if "--target" in words[:-1] else None
        if words[2] != self.build_directory:
            self.fail(number, command, f"builds in {words[2]}, not in the Quick start's {self.build_directory}")
        elif target not in self.tools:
            self.fail(number, command, f"builds {target}, not one of the tools {sorted(self.tools)}")
        elif "-j" not in words:
            self.fail(number, command, "no -j")
        elif expected:
            self.fail(number, command, "a build line is checked, not run: it shows no output")
        self.last_status = None

    def start(self, number, command, expected):
        shown = re.search(r"--port (\d+)\b", command)
        command = self.shown_to_actual(re.sub(r"--port \d+\b", "--port 0", command, count=1))
        process = subprocess.Popen(["bash", "-c", "exec " + command], cwd=self.directory, env=self.environment,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.background.append((process, command))
        printed = []
        while len(printed) < max(len(expected), 1):
            ready, _, _ = select.select([process.stdout], [], [], SERVER_START_SECONDS)
            line = process.stdout.readline().decode("utf-8", "replace") if ready else ""
            if not line:
                return self.fail(number, command, f"printed {printed} and then nothing within {SERVER_START_SECONDS} s")
            printed.append(line.rstrip("\n"))
        if shown:
            actual = re.search(r"127\.0\.0\.1:(\d+)", printed[0])
            if not actual:
                return self.fail(number, command, f"its first line names no port: {printed[0]!r}")
            self.ports[shown.group(1)] = actual.group(1)
        self.ran += 1
        self.compare(number, command, expected, [self.actual_to_shown(line) for line in printed[:len(expected)]])
        self.last_status = None

    def stop(self, number, command, job):
        if not 1 <= job <= len(self.background):
            return self.fail(number, command, f"there is no job {job}")
        process, started = self.background[job - 1]
        status = self.terminate(process)
        if status != 0:
            self.fail(number, command, f"`{started}` exited with {status} after SIGTERM, not 0")
        self.last_status = None

    @staticmethod
    def terminate(process):
        if process.poll() is not None:
            return process.returncode
        process.send_signal(signal.SIGTERM)
        try:
            return process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return "no exit within 30 s"

    def run(self, number, command, expected):
        if re.match(r"cmake --build ", command):
            return self.build_line(number, command, expected)
        stop = re.fullmatch(r"kill %(\d+)", command)
        if stop:
            return self.stop(number, command, int(stop.group(1)))
        if command.rstrip().endswith("&"):
            return self.start(number, command.rstrip()[:-1].rstrip(), expected)
        if command == "echo $?":
            if self.last_status is None:
                return self.fail(number, command, "no command before it whose status the page could show")
            return self.compare(number, command, expected, [str(self.last_status)])
        try:
            done = subprocess.run(["bash", "-c", self.shown_to_actual(command)], cwd=self.directory,
                                  env=self.environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=COMMAND_SECONDS)
        except subprocess.TimeoutExpired:
            return self.fail(number, command, f"no end within {COMMAND_SECONDS} s")
        self.ran += 1
        self.last_status = done.returncode
        actual = self.actual_to_shown(done.stdout.decode("utf-8", "replace")).splitlines()
        self.compare(number, command, expected, actual)
        if actual != expected and done.stderr:
            print("  standard error: " + done.stderr.decode("utf-8", "replace")[:2000])

    def run_page(self):
        text = (self.source / self.page).read_text(encoding="utf-8")
        directory = pages.SESSIONS_DIRECTORY.search(text)
        self.directory = self.work / (directory.group(1) if directory else ".")
        try:
            for block in pages.session_blocks(self.page, text):
                for number, command, expected in commands(block):
                    self.run(number, command, expected)
        finally:
            for process, command in self.background:
                status = self.terminate(process)
                if status != 0:
                    self.fail("end", command, f"exited with {status} after SIGTERM, not 0")
        print(f"{self.page}: {self.ran} commands run, {self.failures} failed")
        return 1 if self.failures or self.ran == 0 else 0


def main():
    tools, arguments = pages.tool_arguments(sys.argv[1:])
    source, build_root = pathlib.Path(arguments[0]).resolve(), pathlib.Path(arguments[1])
    chosen = [pathlib.Path(page) for page in arguments[2:]] or [
        page for page in pages.pages(source)
        if pages.session_blocks(page, (source / page).read_text(encoding="utf-8"))]
    status = 0
    for page in chosen:
        with tempfile.TemporaryDirectory(prefix="invite-docs-") as work:
            status |= Session(source, build_root, page, tools, pathlib.Path(work)).run_page()
    return status


if __name__ == "__main__":
    sys.exit(main())
