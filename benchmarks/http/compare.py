#!/usr/bin/env python3
"""Runs invite-serve and Prism's mock side by side (see run.sh) and writes the markdown table."""
import argparse
import json
import os
import pathlib
import platform
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

KEY = "bench-key"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_listening(port, seconds=60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"nothing listens on {port} after {seconds} s")


def request_body(candidates):
    return json.dumps({"assessment_id": 4242, "invite_format": "getlink", "expiry_date": "2024-12-31 18:30",
                       "candidates": [{"name": f"Candidate {i}", "email": f"candidate{i}@example.com"}
                                      for i in range(candidates)]}, separators=(",", ":"))


def exchange(url, body, key=KEY, timeout=5, raw=None):
    """(status, body) or a word for what happened instead."""
    request = urllib.request.Request(url, data=raw if raw is not None else body.encode(), method="POST",
                                     headers={"Content-Type": "application/json", "apiKey": key})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")
    except (TimeoutError, socket.timeout):
        return "no answer", f"nothing within {timeout} s"
    except (ConnectionError, urllib.error.URLError) as error:
        return "closed", str(error)


def behaviour(status, body):
    if not isinstance(status, int):
        return f"{status} ({body})"
    if not body:
        return f"{status}, empty body"
    summary = body
    try:
        value = json.loads(body)
        if "errors" in value and isinstance(value["errors"], list):
            summary = ", ".join(f"`{e.get('code')}` at `{json.dumps(e.get('pointer'))}`" for e in value["errors"][:2])
        elif "invites" in value:
            summary = f"{len(value['invites'])} invite(s), assessment_id {value['invites'][0].get('assessment_id')}"
        elif "detail" in value:
            summary = str(value.get("detail"))[:80]
        else:
            summary = json.dumps(value)[:80]
    except ValueError:
        summary = body[:60]
    return f"{status}: {summary}"


def split_kit(vectors, into):
    """Copies the kit without the documents that are not UTF-8 (one of them kills Prism's mock,
    which would fail every later check); returns the request documents left out."""
    left_out = []
    for expectation in sorted(pathlib.Path(vectors).rglob("*.expect.json")):
        document = expectation.with_name(expectation.name.replace(".expect.json", ".json"))
        raw = document.read_bytes()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            if json.loads(expectation.read_text())["kind"] == "request":
                left_out.append(document)
            continue
        target = pathlib.Path(into) / expectation.relative_to(vectors)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(expectation, target)
        shutil.copy(document, target.with_name(document.name))
    return left_out


def conform(program, url, vectors):
    # --verbose: one FAIL line per failed check, after the groups.
    run = subprocess.run([program, "--url", url, "--api-key", KEY, "--timeout", "5", "--jobs", "8", "--vectors", vectors,
                          "--generated", "200", "--seed", "1", "--verbose"], capture_output=True, text=True, timeout=1800)
    lines = run.stdout.splitlines()
    summary = re.fullmatch(r"invite-conform: (\d+) passed, (\d+) failed", lines[-1] if lines else "")
    failures = [line for line in lines if line.startswith("FAIL ")]
    kinds = {}
    # A server that fails the preflight is checked no further: its one line is the finding.
    for line in run.stderr.splitlines():
        if line.startswith("invite-conform: preflight: "):
            kinds[line] = 1
    for line in failures:
        symptom = line.split(": ", 1)[1].split("; reproduce:")[0]
        symptom = re.sub(r"\(.*?\)", "(...)", symptom)
        symptom = re.sub(r"got \d+", lambda m: m.group(0), symptom)
        kinds[symptom] = kinds.get(symptom, 0) + 1
    return (int(summary.group(1)), int(summary.group(2))) if summary else (0, 0), kinds, run.stdout


def wrk(url, body_path, seconds):
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "post.lua")
    run = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script, url],
                         capture_output=True, text=True, env={**os.environ, "INVITE_BODY": body_path, "INVITE_KEY": KEY},
                         timeout=seconds + 120)
    out = run.stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"\s50%\s+([\d.]+\w+)", out)
    p99 = re.search(r"\s99%\s+([\d.]+\w+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    total = re.search(r"(\d+) requests in", out)
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": p50.group(1) if p50 else "-",
            "p99": p99.group(1) if p99 else "-", "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "errors": errors.group(1) if errors else "", "total": int(total.group(1)) if total else 0, "raw": out}


def main():
    parser = argparse.ArgumentParser()
    for name in ("serve", "conform", "openapi", "prism", "vectors", "out"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="invite-http-bench-")
    openapi = os.path.join(work, "openapi.json")
    with open(openapi, "w") as out:
        subprocess.run([args.openapi], stdout=out, check=True)
    bodies = {}
    for candidates in (1, 500):
        bodies[candidates] = os.path.join(work, f"request-{candidates}.json")
        with open(bodies[candidates], "w") as out:
            out.write(request_body(candidates))

    kit = os.path.join(work, "vectors")
    not_utf8 = split_kit(args.vectors, kit)

    serve_port, prism_port = free_port(), free_port()
    commands = {
        "invite-serve": [args.serve, "--host", "127.0.0.1", "--port", str(serve_port), "--api-key", KEY],
        "Prism 5.16 mock": [args.prism, "mock", "-h", "127.0.0.1", "-p", str(prism_port), openapi],
    }
    logs = {name: os.path.join(work, f"{index}.log") for index, name in enumerate(commands)}

    def start(name):
        with open(logs[name], "a") as log:
            return subprocess.Popen(commands[name], stdout=log, stderr=subprocess.STDOUT)

    servers = {name: start(name) for name in commands}
    ports = {"invite-serve": serve_port, "Prism 5.16 mock": prism_port}
    rows = {}
    try:
        for name, port in ports.items():
            wait_listening(port)
            url = f"http://127.0.0.1:{port}/assessment/invite"
            row = rows[name] = {"exits": []}
            (passed, failed), kinds, _ = conform(args.conform, url, kit)
            row["conform"] = (passed, failed, kinds)
            if servers[name].poll() is not None:
                # It died under the run: say so, with its last words, and start it again.
                with open(logs[name], errors="replace") as log:
                    last = [line.strip() for line in log.read().splitlines() if line.strip()][-3:]
                row["exits"].append((servers[name].returncode, last))
                servers[name] = start(name)
                wait_listening(port)
            valid = json.loads(request_body(2))
            row["truncated"] = behaviour(*exchange(url, request_body(2)[:-7]))
            duplicated = json.dumps(valid)[:-1] + ',"assessment_id":99}'
            row["duplicate"] = behaviour(*exchange(url, duplicated))
            row["wrong key"] = behaviour(*exchange(url, request_body(2), key="not-the-key"))
            # The kit's bodies that are not UTF-8, one at a time, starting the server again
            # whenever one kills it.
            answers, deaths = {}, 0
            for document in not_utf8:
                status, _ = exchange(url, document.read_bytes().decode("latin-1"), raw=document.read_bytes())
                time.sleep(0.3)
                if servers[name].poll() is not None:
                    deaths += 1
                    servers[name] = start(name)
                    wait_listening(port)
                    status = "server exited"
                answers[str(status)] = answers.get(str(status), 0) + 1
            row["not utf8"] = ", ".join(f"{status} × {count}" for status, count in sorted(answers.items()))
            row["not utf8 deaths"] = deaths
            for candidates, path in bodies.items():
                row[f"load {candidates}"] = wrk(url, path, args.seconds)
    finally:
        for process in servers.values():
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()

    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    names = list(ports)
    lines = [
        "# invite-serve beside Prism's mock",
        "",
        f"Measured by `benchmarks/http/run.sh` on {os.cpu_count()} vCPUs ({cpu}), {platform.system()} "
        f"{platform.release()}, on {time.strftime('%Y-%m-%d')}; servers, invite-conform and wrk all on this "
        "machine over 127.0.0.1. Prism mocks the OpenAPI document that `invite::openapi_document()` generates "
        "(`prism mock`, its default static mode); invite-serve runs with its defaults (one thread per core) and "
        f"`--api-key {KEY}`. Both get the same requests. The invite-conform run uses the kit without its "
        f"{len(not_utf8)} request bodies that are not UTF-8: those are sent on their own (a row below), because one "
        "of them stops Prism's process and every later check would fail for that one reason.",
        "",
        "| | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]

    def cells(get):
        return " | ".join(get(rows[name]) for name in names) + " |"

    def row(label, get):
        lines.append(f"| {label} | " + cells(get))

    row("invite-conform, 723 checks: vectors, probes, 200 generated (seed 1)",
        lambda r: f"{r['conform'][0]} passed, {r['conform'][1]} failed")
    row("truncated JSON body (correct Content-Length)", lambda r: r["truncated"])
    row("`assessment_id` given twice", lambda r: r["duplicate"])
    row("wrong `apiKey` value", lambda r: r["wrong key"])
    row(f"the kit's {len(not_utf8)} request bodies that are not UTF-8, one at a time", lambda r: r["not utf8"])
    for candidates in (1, 500):
        load = f"load {candidates}"
        row(f"{candidates}-candidate request: requests/s", lambda r: f"{r[load]['rps']:,.0f}")
        row(f"{candidates}-candidate request: latency p50 / p99", lambda r: f"{r[load]['p50']} / {r[load]['p99']}")
        row(f"{candidates}-candidate request: non-2xx answers", lambda r: f"{r[load]['non2xx']:,} of {r[load]['total']:,}"
            + (f"; socket errors: {r[load]['errors']}" if r[load]['errors'] else ""))
    lines += ["", f"Load: `wrk -t2 -c64 -d{args.seconds}s --latency` with `benchmarks/http/post.lua` (a POST of the "
              "same body every time); wrk shares the two cores with the server it measures.", ""]
    for name in names:
        for status, last in rows[name]["exits"]:
            lines.append(f"{name} exited (status {status}) during the invite-conform run and was started again for "
                         "the rest; its last log lines:")
            lines.append("")
            lines += [f"    {line[:200]}" for line in last]
            lines.append("")
        kinds = rows[name]["conform"][2]
        if not kinds:
            continue
        lines.append(f"What invite-conform found in {name} (failed checks by symptom, the most frequent first):")
        lines.append("")
        for symptom, count in sorted(kinds.items(), key=lambda item: -item[1])[:8]:
            lines.append(f"- {count} × {symptom}")
        lines.append("")
    checks = rows[names[0]]["conform"][0] + rows[names[0]]["conform"][1]
    text = "\n".join(lines).replace("723 checks", f"{checks} checks")
    with open(args.out, "w") as out:
        out.write(text)
    print(text)


if __name__ == "__main__":
    main()
