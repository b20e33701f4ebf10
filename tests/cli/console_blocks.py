#!/usr/bin/env python3
"""Runs the invite-check sessions a Markdown file shows and compares what they print.

    console_blocks.py INVITE-CHECK MARKDOWN WORKING-DIRECTORY

In every ```console block, a line "$ invite-check ARGS" is run (with INVITE-CHECK, in
WORKING-DIRECTORY, standard output a pipe, no NO_COLOR or TERM from the caller) and its
standard output must be the lines that follow, up to the next "$ " line or the block's end.
"$ echo $?" must print the previous command's exit status. A command with a redirection or a
pipe is shown for its effect on files, not its output, and is skipped. Exit status 0 when every
session matches, 1 when one does not.
"""
import os
import shlex
import subprocess
import sys


def sessions(markdown):
    """Yields (line number, command, expected output) for each "$ " line of the console blocks."""
    inside = False
    command = None
    expected = []
    for number, line in enumerate(markdown.splitlines(), start=1):
        if line.startswith("```"):
            if inside and command is not None:
                yield command + (expected,)
            inside = line.strip() == "```console"
            command, expected = None, []
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            if command is not None:
                yield command + (expected,)
            command, expected = (number, line[2:]), []
        elif command is not None:
            expected.append(line)


def main():
    checker, markdown_path, directory = (os.path.abspath(a) for a in sys.argv[1:4])
    with open(markdown_path, encoding="utf-8") as f:
        markdown = f.read()
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM", "COLUMNS")}
    failures = 0
    ran = 0
    last_status = None
    for number, command, expected in sessions(markdown):
        words = shlex.split(command)
        if words == ["echo", "$?"]:
            if last_status is None:  # after a skipped command
                continue
            actual = [str(last_status)]
        elif words and words[0] == "invite-check" and not any(w in ("|", ">", "<", "2>") or w.startswith((">", "2>")) for w in words):
            result = subprocess.run([checker] + words[1:], cwd=directory, env=environment,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            last_status = result.returncode
            actual = result.stdout.decode("utf-8", "replace").splitlines()
            ran += 1
        else:
            last_status = None
            continue
        if actual != expected:
            failures += 1
            print(f"{markdown_path}:{number}: $ {command}")
            for line in expected:
                if line not in actual:
                    print(f"  - {line}")
            for line in actual:
                if line not in expected:
                    print(f"  + {line}")
    print(f"{markdown_path}: {ran} invite-check sessions run, {failures} differ")
    return 1 if failures or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
