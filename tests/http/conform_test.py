#!/usr/bin/env python3
"""invite-conform against invite-serve (it must pass, over http and https) and against servers
with planted bugs (each must fail with the words of its symptom, or stop at the preflight with
its cause); its output for people and for CI; its usage errors.

Usage: conform_test.py pass INVITE_SERVE INVITE_CONFORM
       conform_test.py bug BROKEN_SERVER INVITE_CONFORM BUG[+BUG] EXIT SYMPTOM_REGEX [ARGUMENT...]
       conform_test.py preflight INVITE_SERVE BROKEN_SERVER INVITE_CONFORM
       conform_test.py output INVITE_SERVE BROKEN_SERVER INVITE_CONFORM
       conform_test.py tls INVITE_SERVE INVITE_CONFORM
       conform_test.py usage INVITE_SERVE INVITE_CONFORM
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from serving import Server

KEY = "conform-test-key"
SUMMARY = re.compile(r"invite-conform: (\d+) passed, (\d+) failed")
GROUP = re.compile(r"FAILED (\d+) checks?: (.*)")
STATUS_ALONE = re.compile(r"invite-conform: (\d+) negative checks? passed on the status alone \(the answer was not "
                          r"application/problem\+json\); --strict-errors fails them .*")
PLANNED = re.compile(r"invite-conform: \S+: (\d+) checks")


def conform(program, *arguments, timeout=300):
    run = subprocess.run([program, *arguments], capture_output=True, timeout=timeout)
    return run.returncode, run.stdout.decode(errors="replace"), run.stderr.decode(errors="replace")


def summary_of(out):
    match = SUMMARY.fullmatch(out.splitlines()[-1])
    assert match, f"no summary line at the end:\n{out[-2000:]}"
    return int(match.group(1)), int(match.group(2))


def planned_checks(out):
    return int(next(PLANNED.fullmatch(line).group(1) for line in out.splitlines() if PLANNED.fullmatch(line)))


def serve(program, *options):
    return Server([program, "--port", "0", "--threads", "2", *options])


def broken(program, bugs, *options):
    planted = [word for bug in bugs.split("+") for word in ("--bug", bug)]
    return Server([program, *planted, "--port", "0", "--api-key", KEY, "--threads", "2", *options])


def expect_stop(program, arguments, cause):
    """Exit 2 before any check, with one preflight line matching `cause`; returns stderr."""
    status, out, err = conform(program, *arguments)
    stops = [line for line in err.splitlines() if line.startswith("invite-conform: preflight: ")]
    assert status == 2, f"{arguments}: exit {status}, expected 2\n{out[-2000:]}\n{err}"
    assert len(stops) == 1 and re.search(cause, stops[0]), f"{arguments}: expected a preflight line matching {cause!r}:\n{err}"
    assert "passed" not in out, f"checks ran after the preflight failed:\n{out[-2000:]}"
    print(f"stop: {stops[0][:300]}")
    return err


def check_pass(serve_program, program):
    with serve(serve_program, "--api-key", KEY, "--api-key", "second-key") as server:
        with tempfile.NamedTemporaryFile(suffix=".xml") as junit:
            status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--generated", "300",
                                       "--seed", "11", "--strict-errors", "--jobs", "8", "--junit", junit.name)
            assert status == 0, f"exit {status}\n{out}\n{err}"
            passed, failed = summary_of(out)
            assert failed == 0
            # the kit's request vectors, the probes and the 300 generated bodies
            assert passed > 800 and passed == planned_checks(out), f"{passed} checks ran"
            assert not any(line.startswith("FAIL") for line in out.splitlines())
            # Under --strict-errors no check can pass on the status alone, so no line counts them.
            assert not any(STATUS_ALONE.fullmatch(line) for line in out.splitlines())
            suites = ElementTree.parse(junit.name).getroot()
            assert suites.get("tests") == str(passed) and suites.get("failures") == "0"
            assert {suite.get("name") for suite in suites} == {"vectors", "probes", "generated"}
        # The address invite-serve prints has no path: the contract's is added, and said so.
        status, out, err = conform(program, "--url", server.origin, "--api-key", KEY, "--header", "X-Request-Source: ci")
        assert status == 0, f"{server.origin}: exit {status}\n{out[-2000:]}\n{err}"
        assert f"invite-conform: {server.origin} has no path; checking {server.url}" in err.splitlines(), err
        alone = [STATUS_ALONE.fullmatch(line) for line in out.splitlines() if STATUS_ALONE.fullmatch(line)]
        assert len(alone) == 1 and alone[0].group(1) == "0", out[-2000:]
        assert out.splitlines().index(alone[0].group(0)) == len(out.splitlines()) - 2, "the line comes before the summary"
        # JSON Lines: one object per check and a summary, every check passed.
        status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--json")
        assert status == 0, f"--json: exit {status}\n{err}"
        objects = [json.loads(line) for line in out.splitlines()]
        assert objects[-1] == {"passed": len(objects) - 1, "failed": 0, "not_run": 0, "passed_on_status_alone": 0}
        assert all(o["passed"] for o in objects[:-1])
        names = {o["name"] for o in objects[:-1]}
        for probe in ("probe/no-api-key", "probe/wrong-api-key", "probe/content-type-text-plain",
                      "probe/method-GET", "probe/content-length-over-limit", "probe/keep-alive", "probe/chunked-body"):
            assert probe in names, probe
        stopped, _ = server.stop()
        assert stopped == 0, f"invite-serve exit {stopped} after SIGTERM"
    print(f"invite-serve passes invite-conform: {passed} checks")


def check_bug(broken_program, program, bugs, expected_exit, symptom, *arguments):
    with broken(broken_program, bugs) as server:
        status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--timeout", "1", "--jobs", "32",
                                   "--verbose", *arguments)
        server.stop()
    assert status == int(expected_exit), f"{bugs}: exit {status}, expected {expected_exit}\n{out[-3000:]}\n{err}"
    if status == 2:
        preflight = [line for line in err.splitlines() if line.startswith("invite-conform: preflight: ")]
        assert preflight and re.search(symptom, preflight[0]), f"{bugs}: no preflight line matches {symptom!r}:\n{err}"
        print(f"{bugs}: exit 2 at the preflight:\n{preflight[0][:400]}")
        return
    _, failed = summary_of(out)
    assert failed > 0
    failures = [line for line in out.splitlines() if line.startswith("FAIL ")]
    assert len(failures) == failed, "--verbose: one line per failed check"
    groups = [GROUP.fullmatch(line) for line in out.splitlines() if GROUP.fullmatch(line)]
    assert sum(int(group.group(1)) for group in groups) == failed, "every failure is in one group"
    named = [line for line in failures if re.search(symptom, line)]
    assert named, f"{bugs}: no line matches {symptom!r}; the first failures:\n" + "\n".join(failures[:5])
    assert all("; reproduce: " in line for line in failures)
    print(f"{bugs}: exit 1, {failed} failures in {len(groups)} groups, e.g.\n{named[0][:400]}")


def listening_but_silent():
    """A socket that accepts connections (the backlog does) and never answers."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    return silent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def check_preflight(serve_program, broken_program, program):
    """Each way a server can be out of reach or misconfigured stops the run before any check."""
    default_key = re.escape("the key sent in the apiKey header (invite-conform's default, \"invite-conform\"; "
                            "give the server's key with --api-key KEY)")
    with serve(serve_program, "--api-key", KEY) as server:
        url = re.escape(server.url)
        err = expect_stop(program, ["--url", server.url],
                          f"^invite-conform: preflight: 401 from {url} to a valid request: the server refused "
                          f"{default_key}; the server asks for: WWW-Authenticate: apiKey")
        assert "invite-conform: reproduce: printf " in err and "-H 'apiKey: invite-conform'" in err, err
        expect_stop(program, ["--url", server.url, "--api-key", "not-the-key", "--header", "X-Gateway: yes"],
                    r"401 .*: the server refused the key sent in the apiKey header \(the one given by --api-key\); "
                    r"also sent, from --header: X-Gateway;")
        # A path that is not the endpoint, with the one meant found by asking it.
        expect_stop(program, ["--url", server.origin + "/assessment/invites", "--api-key", KEY],
                    f"^invite-conform: preflight: 404 from {re.escape(server.origin)}/assessment/invites: no endpoint "
                    f"there; {url} answers \\(200\\): did you mean it\\?$")
    with broken(broken_program, "403-for-refused-keys") as server:
        expect_stop(program, ["--url", server.url, "--api-key", "not-the-key"],
                    r"403 from .* to a valid request: the server forbade access to the key sent in the apiKey header "
                    r"\(the one given by --api-key\)$")
    with broken(broken_program, "serves-another-path") as server:
        mounted = re.escape(server.origin + "/api/v2/assessment/invite")
        expect_stop(program, ["--url", server.origin + "/api/v2", "--api-key", KEY],
                    f"404 from {re.escape(server.origin)}/api/v2: no endpoint there; {mounted} answers \\(200\\): "
                    f"did you mean it\\?$")
        err = expect_stop(program, ["--url", server.origin, "--api-key", KEY],
                          f"404 from {re.escape(server.url)} \\(the path added to a URL without one\\): no endpoint there; "
                          f"give --url the full URL where the server mounts POST /assessment/invite$")
        assert f"invite-conform: {server.origin} has no path; checking {server.url}" in err.splitlines(), err
        expect_stop(program, ["--url", server.origin + "/v1/", "--api-key", KEY],
                    f"404 from {re.escape(server.origin)}/v1/: no endpoint there, nor at "
                    f"{re.escape(server.origin)}/v1/assessment/invite or {re.escape(server.url)}; give --url")
    for status, cause in ((405, r"the server does not take POST there \(Allow: POST\)$"),
                          (415, r"the server refused Content-Type application/json \(it says: .+\)$"),
                          (500, r"the server failed \(it says: .+\)$"),
                          (503, r"the server failed \(it says: .+\)$")):
        with broken(broken_program, f"valid-gets-{status}") as server:
            expect_stop(program, ["--url", server.url, "--api-key", KEY],
                        f"^invite-conform: preflight: {status} from {re.escape(server.url)} to a valid request: {cause}")
    # Nothing listening: a port bound, then closed.
    port = free_port()
    err = expect_stop(program, ["--url", f"http://127.0.0.1:{port}/assessment/invite", "--timeout", "1"],
                      f"cannot reach http://127.0.0.1:{port}/assessment/invite: connection refused")
    assert "reproduce" not in err, "nothing to reproduce without a connection"
    with listening_but_silent() as silent:
        port = silent.getsockname()[1]
        expect_stop(program, ["--url", f"http://127.0.0.1:{port}/assessment/invite", "--timeout", "1"],
                    f"no answer to a valid request within 1000 ms from http://127.0.0.1:{port}/assessment/invite")
    print("preflight: every stop exits 2 with its cause")


def lines_of(data):
    """The lines of bytes that must be printable ASCII (0x20 to 0x7E) alone."""
    bad = sorted({byte for byte in data if byte != 0x0A and not 0x20 <= byte <= 0x7E})
    assert not bad, f"bytes outside printable ASCII in the output: {[hex(b) for b in bad]}"
    return data.decode("ascii").splitlines()


def run_raw(program, *arguments):
    run = subprocess.run([program, *arguments], capture_output=True, timeout=300)
    return run.returncode, run.stdout, run.stderr


def parse_groups(lines):
    """{symptom: (count, [(name, message, reproduce)], more)} from the grouped text."""
    groups = {}
    order = []
    i = 0
    while i < len(lines):
        match = GROUP.fullmatch(lines[i])
        i += 1
        if not match:
            continue
        examples = []
        while i + 1 < len(lines) and lines[i].startswith("  ") and not lines[i].startswith("  ... "):
            name, message = lines[i][2:].split(": ", 1)
            reproduce = lines[i + 1]
            assert reproduce.startswith("      reproduce: "), reproduce
            examples.append((name, message, reproduce[len("      reproduce: "):]))
            i += 2
        more = 0
        if i < len(lines) and lines[i].startswith("  ... "):
            more = int(re.fullmatch(r"  \.\.\. (\d+) more.*", lines[i]).group(1))
            i += 1
        groups[match.group(2)] = (int(match.group(1)), examples, more)
        order.append(match.group(2))
    return groups, order


def check_output(serve_program, broken_program, program):
    # Two planted bugs with symptoms of their own, one of them on the vector whose pointer holds a NUL.
    with broken(broken_program, "ignores-unknown-fields+500-on-non-ascii-names") as server:
        common = ["--url", server.url, "--api-key", KEY, "--jobs", "8"]
        status, out, err = run_raw(program, *common)
        assert status == 1, (status, err)
        lines = lines_of(out)
        lines_of(err)
        passed, failed = summary_of(out.decode())
        groups, order = parse_groups(lines)
        assert sum(count for count, _, _ in groups.values()) == failed
        counts = [groups[symptom][0] for symptom in order]
        assert counts == sorted(counts, reverse=True), "the most frequent symptom first"
        for symptom, (count, examples, more) in groups.items():
            assert len(examples) == min(count, 3) and more == count - len(examples), (symptom, count, examples, more)
        assert "expected 4xx for an invalid body, got 200" in groups, list(groups)
        assert "expected 2xx for a valid body, got 500" in groups, list(groups)
        assert not any(line.startswith("FAIL ") for line in lines), "the full list is behind --verbose"
        assert any(line.endswith(" more (--verbose lists every failure)") for line in lines)
        # The same run as JSON: one entry per check, and the same symptoms, as often.
        status, out_json, err = run_raw(program, *common, "--json")
        assert status == 1
        objects = [json.loads(line) for line in lines_of(out_json)]
        checks = objects[:-1]
        assert len(checks) == planned_checks(err.decode()) == passed + failed
        by_symptom = {}
        for entry in checks:
            if not entry["passed"]:
                by_symptom[entry["symptom"]] = by_symptom.get(entry["symptom"], 0) + 1
        assert by_symptom == {symptom: count for symptom, (count, _, _) in groups.items()}, (by_symptom, groups)
        assert objects[-1] == {"passed": passed, "failed": failed, "not_run": 0, "passed_on_status_alone": 0}
        # --verbose: every failure on a line of its own, the NUL of the vector's pointer escaped.
        status, out_verbose, _ = run_raw(program, *common, "--verbose")
        verbose = lines_of(out_verbose)
        every = [line for line in verbose if line.startswith("FAIL ")]
        assert len(every) == failed
        assert {line[5:].split(": ", 1)[0] for line in every} == {e["name"] for e in checks if not e["passed"]}
        nul = [line for line in every if line.startswith("FAIL request/unknown_field/root_escaped_nul: ")]
        assert nul and "(unknown_field at /a\\x00b)" in nul[0], nul
        # A reproducing command, run, gets the answer that failed.
        name, message, command = groups["expected 2xx for a valid body, got 500"][1][0]
        replay = subprocess.run(["bash", "-c", command], capture_output=True, timeout=30)
        assert replay.stdout.startswith(b"HTTP/1.1 500"), (name, command, replay.stdout[:200], replay.stderr)
        # So does one naming a vector whose path needs quoting (a quote, a byte that is not ASCII).
        with tempfile.TemporaryDirectory() as directory:
            kit = os.path.join(directory, "kit's copy \u00e9")
            os.makedirs(os.path.join(kit, "request"))
            source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance", "vectors", "request",
                                  "unknown_field")
            for suffix in (".json", ".expect.json"):
                with open(os.path.join(source, "root_escaped_nul" + suffix), "rb") as original, \
                        open(os.path.join(kit, "request", "nul" + suffix), "wb") as copy:
                    copy.write(original.read())
            status, out, _ = run_raw(program, *common, "--vectors", kit)
            assert status == 1
            groups, _ = parse_groups(lines_of(out))
            name, message, command = groups["expected 4xx for an invalid body, got 200"][1][0]
            assert name == "request/nul" and "@$'" in command and "kit\\'s copy \\xc3\\xa9" in command, command
            replay = subprocess.run(["bash", "-c", command], capture_output=True, timeout=30)
            assert replay.stdout.startswith(b"HTTP/1.1 200"), (command, replay.stdout[:200], replay.stderr)
        # --max-failures: the run stops early, and the checks not run are still one entry each.
        with tempfile.NamedTemporaryFile(suffix=".xml") as junit:
            status, out, _ = run_raw(program, "--url", server.url, "--api-key", KEY, "--jobs", "1", "--max-failures", "5",
                                     "--junit", junit.name)
            assert status == 1
            lines = lines_of(out)
            stopped_passed, stopped_failed = summary_of(out.decode())
            assert stopped_failed == 5, lines[-3:]
            not_run = passed + failed - stopped_passed - 5
            assert lines[-2] == f"invite-conform: stopped after 5 failures (--max-failures 5); {not_run} checks not run"
            suites = ElementTree.parse(junit.name).getroot()
            assert suites.get("tests") == str(passed + failed) and suites.get("failures") == "5"
            assert suites.get("skipped") == str(not_run) and len(list(suites.iter("skipped"))) == not_run
            assert len(list(suites.iter("testcase"))) == passed + failed
            assert not any(bad in open(junit.name, "rb").read() for bad in (b"\x00", b"\x7f"))
        server.stop()
    # Refusals of invalid bodies in text/plain pass on the status alone, and the run says how many.
    with broken(broken_program, "text-plain-400s") as server:
        status, out, _ = run_raw(program, "--url", server.url, "--api-key", KEY, "--jobs", "8")
        lines = lines_of(out)
        alone = STATUS_ALONE.fullmatch(lines[-2])
        assert status == 0 and alone, lines[-3:]
        status, out_json, _ = run_raw(program, "--url", server.url, "--api-key", KEY, "--jobs", "8", "--json")
        objects = [json.loads(line) for line in lines_of(out_json)]
        counted = sum(1 for o in objects[:-1] if o.get("on_status_alone"))
        assert int(alone.group(1)) == counted == objects[-1]["passed_on_status_alone"] > 400, (alone.group(0), counted)
        server.stop()
    # A server whose body limit is not the contract's: 413 to bodies within 1 MiB, unless told.
    with serve(serve_program, "--api-key", KEY, "--body-limit", "4096") as server:
        status, out, _ = conform(program, "--url", server.url, "--api-key", KEY, "--jobs", "8")
        assert status == 1
        groups, _ = parse_groups(out.splitlines())
        within = "expected 400 for an invalid body, got 413 for a body within the 1048576-byte limit " \
                 "(give the server's limit with --max-bytes N)"
        assert within in groups and "expected 2xx for a valid body, got 413" in groups, list(groups)
        status, out, err = conform(program, "--url", server.url, "--api-key", KEY, "--jobs", "8", "--max-bytes", "4096",
                                   "--strict-errors")
        assert status == 0, f"--max-bytes 4096: exit {status}\n{out[-3000:]}\n{err}"
        server.stop()
    print("output: grouped by symptom as often as JSON says, --verbose, --max-failures, printable bytes, "
          "status-alone count, --max-bytes")


def make_certificate(directory, name, subject_alt_name):
    certificate, key = os.path.join(directory, f"{name}.pem"), os.path.join(directory, f"{name}.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "1", "-subj", f"/CN={name}", "-addext", f"subjectAltName={subject_alt_name}",
                    "-keyout", key, "-out", certificate], check=True, capture_output=True, timeout=60)
    return certificate, key


def check_tls(serve_program, program):
    with tempfile.TemporaryDirectory() as directory:
        certificate, key = make_certificate(directory, "loopback", "IP:127.0.0.1,DNS:localhost")
        elsewhere, elsewhere_key = make_certificate(directory, "elsewhere", "DNS:elsewhere.example")
        with serve(serve_program, "--api-key", KEY, "--tls-cert", certificate, "--tls-key", key) as server:
            assert server.scheme == "https"
            with tempfile.NamedTemporaryFile(suffix=".xml") as junit:
                status, out, err = conform(program, "--url", server.url, "--cacert", certificate, "--api-key", KEY,
                                           "--generated", "50", "--strict-errors", "--header", "X-Gateway: yes",
                                           "--junit", junit.name)
                assert status == 0, f"https: exit {status}\n{out[-3000:]}\n{err}"
                passed, _ = summary_of(out)
                suites = ElementTree.parse(junit.name).getroot()
                assert suites.get("tests") == str(passed) and suites.get("failures") == "0"
                probes = {case.get("name") for case in suites.iter("testcase")}
                for probe in ("probe/keep-alive", "probe/chunked-body", "probe/garbage", "probe/body-shorter-than-content-length"):
                    assert probe in probes, probe
            status, out, _ = conform(program, "--url", "https://localhost:%d/assessment/invite" % server.port,
                                     "--insecure", "--api-key", KEY)
            assert status == 0, f"--insecure: exit {status}\n{out[-2000:]}"
            # The stops of TLS: an unknown CA, a certificate for another name, plain http to TLS.
            expect_stop(program, ["--url", server.url, "--api-key", KEY],
                        r"TLS failure with https://127\.0\.0\.1:\d+/assessment/invite: TLS handshake failed: certificate "
                        r"verify failed: self.signed certificate \(give --cacert FILE with the CA that signed the server's "
                        r"certificate, or --insecure\)$")
            err = expect_stop(program, ["--url", server.url.replace("https", "http"), "--api-key", KEY],
                              r"the connection closed without a whole answer to a valid request; the server speaks TLS "
                              f"there: use {re.escape(server.url)}$")
            # The reproducing command of a stop over https, run, gets the same answer.
            err = expect_stop(program, ["--url", server.url, "--cacert", certificate],
                              r"401 from https://.* the server refused the key")
            command = next(line for line in err.splitlines() if line.startswith("invite-conform: reproduce: "))
            command = command[len("invite-conform: reproduce: "):]
            assert f"--cacert '{certificate}'" in command, command
            replay = subprocess.run(["bash", "-c", command], capture_output=True, timeout=30)
            assert replay.stdout.startswith(b"HTTP/1.1 401"), (command, replay.stdout[:200], replay.stderr)
            server.stop()
        with serve(serve_program, "--api-key", KEY, "--tls-cert", elsewhere, "--tls-key", elsewhere_key) as server:
            expect_stop(program, ["--url", server.url, "--cacert", elsewhere, "--api-key", KEY],
                        r"certificate verify failed: IP address mismatch \(the certificate is not for 127\.0\.0\.1: "
                        r"use a name it was issued for, or --insecure\)$")
            server.stop()
        with serve(serve_program, "--api-key", KEY) as server:
            expect_stop(program, ["--url", server.url.replace("http", "https"), "--api-key", KEY],
                        r"TLS handshake failed: wrong version number \(does the server speak plain http there\?\)$")
            server.stop()
        # invite-serve refuses a certificate it cannot use.
        failed = subprocess.run([serve_program, "--port", "0", "--tls-cert", os.path.join(directory, "missing.pem"),
                                 "--tls-key", key], capture_output=True, timeout=30)
        assert failed.returncode == 1 and b"cannot use the TLS certificate" in failed.stderr, failed
        failed = subprocess.run([serve_program, "--port", "0", "--tls-cert", certificate, "--tls-key", elsewhere_key],
                                capture_output=True, timeout=30)
        assert failed.returncode == 1 and b"cannot use the TLS key" in failed.stderr, failed
    print("https: invite-conform and invite-serve agree; unknown CA, wrong name, http to TLS and TLS to http stop")


def check_usage(serve_program, program):
    status, _, err = conform(program)
    assert status == 2 and "--url is required" in err, (status, err)
    url = "http://127.0.0.1:1/x"
    for arguments, words in (
            (["--url", "ftp://127.0.0.1/assessment/invite"], "http[s]://"),
            (["--url", "http://user@127.0.0.1/"], "http[s]://"),
            (["--url", "http://127.0.0.1:0/"], "http[s]://"),
            (["--url", "http://[::1/"], "http[s]://"),
            (["--url", url, "--timeout", "0"], "invalid value for --timeout"),
            (["--url", url, "--vectors", "/nonexistent"], "no vectors"),
            (["--url", url, "--max-bytes", "0"], "invalid value for --max-bytes"),
            (["--url", url, "--max-failures", "0"], "invalid value for --max-failures"),
            (["--url", url, "--jobs", "0"], "invalid value for --jobs"),
            (["--url", url, "--generated", "x"], "invalid value for --generated"),
            (["--url", url, "--seed", "1"], "--seed goes with --generated"),
            (["--url", url, "--api-key", ""], "invalid value for --api-key"),
            (["--url", url, "--header", "no colon"], "--header must be 'Name: value'"),
            (["--url", url, "--header", "Bad Name: x"], "not a header name"),
            (["--url", url, "--header", "X-A: one\r\ntwo"], "line break"),
            (["--url", url, "--header", "apiKey: x"], "give it with --api-key"),
            (["--url", url, "--header", "content-length: 5"], "invite-conform sets it"),
            (["--url", url, "--cacert", "ca.pem"], "--cacert goes with an https:// URL"),
            (["--url", url, "--insecure"], "--insecure goes with an https:// URL"),
            (["--url", "https://127.0.0.1:1/", "--insecure", "--cacert", "ca.pem"], "exclude each other"),
            (["--url", "https://127.0.0.1:1/", "--cacert", "/nonexistent/ca.pem"], "cannot use --cacert"),
            (["--url", url, "--junit"], "--junit needs a value"),
            (["--url", url, "stray"], "stray: unknown argument"),
            (["--url", url, "--colour", "x"], "unknown option --colour")):
        status, out, err = conform(program, *arguments)
        assert status == 2 and words in err and "(see invite-conform --help)" in err, (arguments, status, out, err)
    status, out, _ = conform(program, "--version")
    assert status == 0 and re.fullmatch(r"invite-conform \d+\.\d+\.\d+\n", out), out
    for arguments, words in ((["--tls-cert", "c.pem"], "--tls-cert needs --tls-key"),
                             (["--tls-key", "k.pem"], "--tls-key needs --tls-cert"),
                             (["--tls-cert", ""], "invalid value for --tls-cert")):
        failed = subprocess.run([serve_program, *arguments], capture_output=True, timeout=30)
        assert failed.returncode == 2 and words.encode() in failed.stderr, (arguments, failed)
    print("usage errors exit 2")


if __name__ == "__main__":
    mode, arguments = sys.argv[1], sys.argv[2:]
    {"pass": check_pass, "bug": check_bug, "preflight": check_preflight, "output": check_output,
     "tls": check_tls, "usage": check_usage}[mode](*arguments)
