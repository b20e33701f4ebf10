#!/usr/bin/env python3
"""The recipes of examples/integrations, run as their users run them.

Usage: integrations_test.py httplib-server HTTP_TEST_DIR SERVER INVITE_CONFORM VECTORS_DIR
       integrations_test.py curl-client HTTP_TEST_DIR CLIENT INVITE_SERVE

HTTP_TEST_DIR is tests/http, whose serving.py starts and stops servers under test.
"""
import http.client
import http.server
import json
import pathlib
import re
import socket
import subprocess
import sys
import threading
import time

KEY = "integration-test-key"
SUMMARY = re.compile(r"invite-conform: (\d+) passed, (\d+) failed")
VALID = (b'{"assessment_id":7,"invite_format":"getlink","candidates":'
         b'[{"name":"Ada Lovelace","email":"ada@example.com"},{"name":"Alan Turing","email":"alan@example.com"}]}')


def request_vector_count(vectors):
    count = 0
    for path in pathlib.Path(vectors).rglob("*.expect.json"):
        if json.loads(path.read_text())["kind"] == "request":
            count += 1
    return count


def raw_request(method, path, headers, body=b""):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    for name, value in headers.items():
        head += f"{name}: {value}\r\n"
    return head.encode() + b"\r\n" + body


def read_response(connection):
    """One answer from the socket: (status, headers with lower-case names, body)."""
    response = http.client.HTTPResponse(connection)
    response.begin()
    body = response.read()
    return response.status, {name.lower(): value for name, value in response.getheaders()}, body


def closed_by_server(connection, timeout=5):
    connection.settimeout(timeout)
    try:
        return connection.recv(1) == b""
    except ConnectionResetError:
        return True
    except socket.timeout:
        return False


def check_problem(answer, status, what):
    got_status, headers, body = answer
    assert got_status == status, f"{what}: status {got_status}, expected {status}; {body[:300]!r}"
    assert headers.get("content-type") == "application/problem+json", f"{what}: {headers}"
    assert json.loads(body)["status"] == status, f"{what}: {body!r}"
    return headers, json.loads(body)


def check_httplib_server(server_program, conform, vectors):
    from serving import Server

    for usage in (["--port", ""], ["--port", "65536"], ["--api-key"], ["--unknown", "1"]):
        run = subprocess.run([server_program, *usage], capture_output=True, timeout=30)
        assert run.returncode == 2 and run.stderr.startswith(b"usage:"), (usage, run.returncode, run.stderr)

    with Server([server_program, "--port", "0", "--api-key", KEY, "--api-key", "second-key"]) as server:
        # invite-conform end to end: every request vector, the transport probes, generated bodies.
        run = subprocess.run([conform, "--url", server.url, "--api-key", KEY, "--strict-errors",
                              "--generated", "200", "--seed", "20", "--jobs", "4"],
                             capture_output=True, timeout=400)
        out = run.stdout.decode(errors="replace")
        assert run.returncode == 0, f"invite-conform: exit {run.returncode}\n{out[-4000:]}\n{run.stderr.decode(errors='replace')}"
        summary = SUMMARY.fullmatch(out.splitlines()[-1])
        assert summary and summary.group(2) == "0", out.splitlines()[-1]
        least = request_vector_count(vectors) + 200
        assert int(summary.group(1)) > least, f"{summary.group(1)} checks passed, fewer than the kit's and the generated {least}"

        # What invite-conform does not ask: another path, a refusal that leaves a body unread (the
        # connection must end, or the body would be read as a request), 100-continue, a chunked
        # body over the limit, and a key judged before the size.
        port = server.port
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(raw_request("GET", "/assessment/invite", {"apiKey": KEY}))
            headers, _ = check_problem(read_response(connection), 405, "GET")
            assert headers.get("allow") == "POST", headers
            connection.sendall(raw_request("POST", "/assessment/invite?from=test",
                                           {"apiKey": KEY, "Content-Type": "application/json",
                                            "Content-Length": len(VALID)}, VALID))
            status, headers, body = read_response(connection)
            assert status == 200 and headers.get("content-type") == "application/json", (status, headers, body)
            assert len(json.loads(body)["invites"]) == 2, body

        smuggled = raw_request("POST", "/assessment/invite", {"apiKey": KEY, "Content-Type": "application/json",
                                                              "Content-Length": len(VALID)}, VALID)
        for path, headers, status in (
                ("/assessment/invites", {"apiKey": KEY, "Content-Type": "application/json"}, 404),
                ("/assessment/invite", {"Content-Type": "application/json"}, 401),
                ("/assessment/invite", {"apiKey": "second-key", "Content-Type": "text/plain"}, 415)):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
                connection.sendall(raw_request("POST", path, {**headers, "Content-Length": len(smuggled)}, smuggled))
                answer_headers, problem = check_problem(read_response(connection), status, f"POST {path} {headers}")
                if status == 401:
                    assert "apiKey" in answer_headers.get("www-authenticate", ""), answer_headers
                assert answer_headers.get("connection") == "close", answer_headers
                assert closed_by_server(connection), f"{status}: the connection stayed open after a body left unread"

        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(raw_request("POST", "/assessment/invite", {"Content-Type": "application/json",
                                                                          "Content-Length": 100,
                                                                          "Expect": "100-continue"}))
            started = time.monotonic()
            check_problem(read_response(connection), 401, "Expect: 100-continue without a key")
            assert time.monotonic() - started < 4, "the refusal waited for the body (cpp-httplib waits 5 s)"

        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(raw_request("POST", "/assessment/invite", {"Content-Type": "application/json",
                                                                          "Content-Length": 1 << 30}))
            check_problem(read_response(connection), 401, "an oversized Content-Length without a key")

        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(raw_request("POST", "/assessment/invite", {"apiKey": KEY, "Content-Type": "application/json",
                                                                          "Transfer-Encoding": "chunked"}))
            piece = b" " * 65536
            try:
                for _ in range((1 << 20) // len(piece) + 1):
                    connection.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server may answer and close before the last pieces
            _, problem = check_problem(read_response(connection), 413, "a chunked body over 1 MiB")
            assert [e["code"] for e in problem["errors"]] == ["payload_too_large"], problem

        # What cpp-httplib refuses by itself is problem+json too; a body that stops coming before its
        # Content-Length is a 400 once cpp-httplib's read times out (5 s).
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(b"\x16\x03\x01 NOT HTTP \x00\xff\r\n\r\n")
            check_problem(read_response(connection), 400, "bytes that are not HTTP")
        with socket.create_connection(("127.0.0.1", port), timeout=15) as connection:
            connection.sendall(raw_request("POST", "/assessment/invite", {"apiKey": KEY, "Content-Type": "application/json",
                                                                          "Content-Length": len(VALID) + 10}, VALID))
            _, problem = check_problem(read_response(connection), 400, "a body shorter than its Content-Length")
            assert "ended before" in problem["detail"], problem
            assert closed_by_server(connection), "the connection stayed open after a body cut short"

        stopped, seconds = server.stop()
        assert stopped == 0, f"exit {stopped} after SIGTERM"
    print(f"the cpp-httplib server passes invite-conform ({summary.group(1)} checks) and the extra probes")


class FakeServer(http.server.BaseHTTPRequestHandler):
    """Answers every POST with 200 and the body given to the class."""
    answer = b""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.answer)))
        self.end_headers()
        self.wfile.write(self.answer)

    def log_message(self, *arguments):
        pass


def serve_fake(answer):
    handler = type("Answering", (FakeServer,), {"answer": answer})
    fake = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=fake.serve_forever, daemon=True).start()
    return fake


def unused_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def check_curl_client(client, serve):
    from serving import Server

    def run(*arguments):
        done = subprocess.run([client, *arguments], capture_output=True, timeout=60)
        return done.returncode, done.stdout.decode(), done.stderr.decode()

    people = ["Ada Lovelace", "ada@example.com", "Alan Turing", "alan@example.com"]
    with Server([serve, "--port", "0", "--api-key", KEY]) as server:
        status, out, err = run(server.url, KEY, "7", *people)
        assert status == 0, (status, out, err)
        lines = out.splitlines()
        assert len(lines) == 2, out
        for line, (name, email) in zip(lines, [people[0:2], people[2:4]]):
            # invite-serve's links and statuses (docs/http.md)
            match = re.fullmatch(re.escape(f"{name} <{email}>: ") + r"https://invite\.example/i/(\d+) \(link_created, report (\d+)\)", line)
            assert match and match.group(1) == match.group(2), line

        status, out, err = run(server.url, KEY + "-not", "7", *people)
        assert status == 1 and out.startswith("refused: HTTP 401 (application/problem+json)"), (status, out, err)
        assert json.loads(out.splitlines()[1])["status"] == 401, out
        stopped, _ = server.stop()
        assert stopped == 0, stopped

    # Refused before anything is sent: a port nothing listens on would otherwise give exit 2.
    nowhere = f"http://127.0.0.1:{unused_port()}/assessment/invite"
    status, out, err = run(nowhere, KEY, "7", "Ada", "ada@")
    assert status == 1 and out.startswith("not sent: the request breaks the contract"), (status, out, err)
    assert "/candidates/0/email: invalid_email" in out, out
    status, out, err = run(nowhere, KEY, "0", "Ada", "ada@example.com")
    assert status == 1 and "/assessment_id: out_of_range" in out, (status, out, err)
    status, out, err = run(nowhere, KEY, "7", *people)
    assert status == 2 and "no answer" in err, (status, out, err)
    for usage in ([], [nowhere, KEY, "7", "Ada"], [nowhere, KEY, "seven", "Ada", "ada@example.com"]):
        status, _, err = run(*usage)
        assert status == 2 and err.startswith("usage:"), (usage, status, err)

    # Answers that must not be taken: one invite short, and an ftp:// link.
    invite = {"name": "Ada Lovelace", "email": "ada@example.com", "report_id": 1, "candidate_id": 1,
              "assessment_id": 7, "invite_link": "https://invite.example/i/1", "status": "link_created"}
    short = json.dumps({"invites": [invite]}).encode()
    ftp = json.dumps({"invites": [invite, {**invite, "name": "Alan Turing", "email": "alan@example.com", "report_id": 2,
                                           "candidate_id": 2, "invite_link": "ftp://invite.example/i/2"}]}).encode()
    renamed = json.dumps({"invites": [invite, {**invite, "name": "Alan T?ring", "email": "alan@example.com",
                                               "report_id": 2, "candidate_id": 2}]}).encode()
    for answer, verdict, error in ((short, "the answer does not answer this request", "/invites: invite_count_differs"),
                                   (renamed, "the answer does not answer this request", "/invites/1/name: name_differs"),
                                   (ftp, "the answer breaks the response contract", "/invites/1/invite_link: invalid_url")):
        fake = serve_fake(answer)
        try:
            status, out, err = run(f"http://127.0.0.1:{fake.server_address[1]}/assessment/invite", KEY, "7", *people)
        finally:
            fake.shutdown()
        assert status == 1 and out.startswith(verdict) and error in out, (status, out, err)

    # A server one version ahead, with a member more in each invite: taken (the client profile),
    # and each member it tolerated said on standard error.
    newer = json.dumps({"invites": [{**invite, "channel": "email"},
                                    {**invite, "name": "Alan Turing", "email": "alan@example.com", "report_id": 2,
                                     "candidate_id": 2, "channel": "email"}]}).encode()
    fake = serve_fake(newer)
    try:
        status, out, err = run(f"http://127.0.0.1:{fake.server_address[1]}/assessment/invite", KEY, "7", *people)
    finally:
        fake.shutdown()
    assert status == 0 and len(out.splitlines()) == 2, (status, out, err)
    assert err.splitlines() == ["the server sent members this client does not know (tolerated):",
                                "  /invites/0/channel: unknown_field: \"channel\": not a declared field; tolerated, "
                                "since unknown fields are allowed",
                                "  /invites/1/channel: unknown_field: \"channel\": not a declared field; tolerated, "
                                "since unknown fields are allowed"], err
    print("the libcurl client gets its invitations from invite-serve, survives a newer server's members, and reports "
          "each way it can go wrong")


if __name__ == "__main__":
    mode, helpers = sys.argv[1], sys.argv[2]
    sys.path.insert(0, helpers)
    if mode == "httplib-server":
        check_httplib_server(*sys.argv[3:6])
    elif mode == "curl-client":
        check_curl_client(*sys.argv[3:5])
    else:
        sys.exit(f"unknown mode {mode}")
