#!/usr/bin/env python3
"""invite-conform against invite-serve (it must pass) and against servers with one planted bug
each (each must fail, with a line naming the symptom).

Usage: conform_test.py pass INVITE_SERVE INVITE_CONFORM
       conform_test.py bug BROKEN_SERVER INVITE_CONFORM BUG SYMPTOM_REGEX
       conform_test.py usage INVITE_CONFORM
"""
import json
import re
import socket
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from serving import Server

KEY = "conform-test-key"
SUMMARY = re.compile(r"invite-conform: (\d+) passed, (\d+) failed")


def conform(program, *arguments, timeout=300):
    run = subprocess.run([program, *arguments], capture_output=True, timeout=timeout)
    return run.returncode, run.stdout.decode(errors="replace"), run.stderr.decode(errors="replace")


def check_pass(serve, program):
    with Server([serve, "--port", "0", "--api-key", KEY, "--api-key", "second-key", "--threads", "2"]) as server:
        with tempfile.NamedTemporaryFile(suffix=".xml") as junit:
            status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--generated", "300",
                                       "--seed", "11", "--strict-errors", "--jobs", "8", "--junit", junit.name)
            lines = out.splitlines()
            assert status == 0, f"exit {status}\n{out}\n{err}"
            summary = SUMMARY.fullmatch(lines[-1])
            assert summary and summary.group(2) == "0", lines[-1]
            passed = int(summary.group(1))
            # the kit's request vectors, the probes and the 300 generated bodies
            assert passed > 800, f"only {passed} checks ran"
            assert not any(line.startswith("FAIL") for line in lines)
            suites = ElementTree.parse(junit.name).getroot()
            assert suites.get("tests") == str(passed) and suites.get("failures") == "0"
            assert {suite.get("name") for suite in suites} == {"vectors", "probes", "generated"}
        # JSON Lines: one object per check and a summary, every check passed.
        status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--json")
        assert status == 0, f"--json: exit {status}\n{err}"
        objects = [json.loads(line) for line in out.splitlines()]
        assert objects[-1]["failed"] == 0 and objects[-1]["passed"] == len(objects) - 1
        assert all(o["passed"] for o in objects[:-1])
        names = {o["name"] for o in objects[:-1]}
        for probe in ("probe/no-api-key", "probe/wrong-api-key", "probe/content-type-text-plain",
                      "probe/method-GET", "probe/content-length-over-limit", "probe/keep-alive", "probe/chunked-body"):
            assert probe in names, probe
        stopped, _ = server.stop()
        assert stopped == 0, f"invite-serve exit {stopped} after SIGTERM"
    print(f"invite-serve passes invite-conform: {passed} checks")


def check_bug(broken, program, bug, symptom):
    with Server([broken, "--bug", bug, "--port", "0", "--api-key", KEY, "--threads", "2"]) as server:
        status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--timeout", "1", "--jobs", "32")
        server.stop()
    lines = out.splitlines()
    assert status == 1, f"{bug}: exit {status}, expected 1\n{out[-3000:]}\n{err}"
    summary = SUMMARY.fullmatch(lines[-1])
    assert summary and int(summary.group(2)) > 0, lines[-1]
    failures = [line for line in lines if line.startswith("FAIL ")]
    assert len(failures) == int(summary.group(2)), "one line per failed check"
    named = [line for line in failures if re.search(symptom, line)]
    assert named, f"{bug}: no line matches {symptom!r}; the first failures:\n" + "\n".join(failures[:5])
    assert all("; reproduce: " in line for line in failures)
    print(f"{bug}: exit 1, {len(failures)} failures, e.g.\n{named[0][:400]}")


def check_usage(program):
    status, _, err = conform(program)
    assert status == 2 and "--url is required" in err, (status, err)
    status, _, err = conform(program, "--url", "https://127.0.0.1:1/assessment/invite")
    assert status == 2 and "http://" in err, (status, err)
    status, _, err = conform(program, "--url", "http://127.0.0.1:1/x", "--timeout", "0")
    assert status == 2, (status, err)
    status, _, err = conform(program, "--url", "http://127.0.0.1:1/x", "--vectors", "/nonexistent")
    assert status == 2 and "no vectors" in err, (status, err)
    # A port that nothing listens on: bound, then closed.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    status, out, err = conform(program, "--url", f"http://127.0.0.1:{port}/assessment/invite", "--timeout", "1")
    assert status == 2 and "cannot reach" in err, (status, out, err)
    print("usage errors and an unreachable server: exit 2")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "pass":
        check_pass(sys.argv[2], sys.argv[3])
    elif mode == "bug":
        check_bug(*sys.argv[2:6])
    else:
        check_usage(sys.argv[2])
