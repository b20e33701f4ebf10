#!/usr/bin/env python3
"""Every status invite-serve sends, provoked on 127.0.0.1 (system-chosen ports): the status line's
reason phrase is RFC 9110's, and for a problem+json answer it is the body's `title`, with the
body's `status` the line's (a 413 once said "Payload Too Large" in its status line and "Content
Too Large" in its title). The statuses the sources send with problem_reply(NNN, ...) must all be
provoked here, so a new one cannot go untested.

Usage: status_lines_test.py INVITE_SERVE SERVE_SOURCES
"""
import json
import pathlib
import re
import socket
import sys

from serving import Server

KEY = "status-key"
BODY_LIMIT = 1000
HEADER_LIMIT = 1024
# RFC 9110 section 15's reason phrases (431: RFC 6585), written out here, apart from the library.
RFC_9110 = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
            413: "Content Too Large", 415: "Unsupported Media Type", 431: "Request Header Fields Too Large",
            500: "Internal Server Error", 503: "Service Unavailable"}
VALID = b'{"assessment_id":7,"invite_format":"getlink","candidates":[{"name":"Ada","email":"ada@example.com"}]}'


def request(method=b"POST", path=b"/assessment/invite", key=KEY.encode(), media=b"application/json",
            body=VALID, length=None, extra=b""):
    head = method + b" " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    if key is not None:
        head += b"apiKey: " + key + b"\r\n"
    if media is not None:
        head += b"Content-Type: " + media + b"\r\n"
    head += b"Content-Length: " + str(len(body) if length is None else length).encode() + b"\r\n"
    return head + extra + b"\r\n" + (body if length is None else b"")


def exchange(port, data):
    """(status, reason, headers, body) of the answer to the bytes `data`."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(data)
        received = b""
        while True:
            try:
                piece = connection.recv(65536)
            except ConnectionResetError:
                break
            if not piece:
                break
            received += piece
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    match = re.fullmatch(r"HTTP/1\.1 (\d{3}) (.*)", lines[0])
    assert match, f"not a status line: {lines[0]!r}"
    headers = {name.strip().lower(): value.strip()
               for name, _, value in (line.partition(":") for line in lines[1:])}
    return int(match.group(1)), match.group(2), headers, body


def main():
    serve, sources = sys.argv[1], pathlib.Path(sys.argv[2])
    sent = {int(status) for path in sources.glob("*.cpp")
            for status in re.findall(r"problem_reply\((\d{3})\b", path.read_text())}
    cases = {
        200: ("plain", request()),
        400: ("plain", request(body=b'{"assessment_id":0}')),
        401: ("plain", request(key=None)),
        404: ("plain", request(path=b"/elsewhere")),
        405: ("plain", request(method=b"GET", body=b"")),
        413: ("plain", request(length=BODY_LIMIT + 1)),
        415: ("plain", request(media=b"text/plain")),
        431: ("plain", request(extra=b"X-Padding: " + b"p" * HEADER_LIMIT + b"\r\n")),
        500: ("faults 500", request()),
        503: ("faults 503", request()),
    }
    untested = sorted(sent - set(cases))
    assert not untested, f"invite-serve sends statuses this test does not provoke: {untested}"
    malformed = ("plain", b"NOT HTTP AT ALL\r\n\r\n")  # a second 400, from the HTTP parser

    common = [serve, "--port", "0", "--api-key", KEY, "--body-limit", str(BODY_LIMIT),
              "--header-limit", str(HEADER_LIMIT), "--threads", "1"]
    servers = {"plain": Server(common),
               "faults 500": Server(common + ["--fault-rate", "1", "--faults", "500"]),
               "faults 503": Server(common + ["--fault-rate", "1", "--faults", "503"])}
    try:
        for expected, (server, data) in list(cases.items()) + [(400, malformed)]:
            status, reason, headers, body = exchange(servers[server].port, data)
            assert status == expected, (expected, status, reason, body[:300])
            assert reason == RFC_9110[status], f"{status}: the status line says {reason!r}, RFC 9110 {RFC_9110[status]!r}"
            if status == 200:
                assert headers["content-type"] == "application/json", headers
                continue
            assert headers["content-type"] == "application/problem+json", (status, headers)
            problem = json.loads(body)
            assert problem["title"] == reason and problem["status"] == status, (status, reason, problem)
            print(f"{status} {reason}: the problem's title and status agree")
    finally:
        for server in servers.values():
            status, _ = server.stop()
            assert status == 0, f"invite-serve exited with {status} after SIGTERM"
    print(f"every status invite-serve sends ({', '.join(map(str, sorted(cases)))}) has RFC 9110's reason phrase")


if __name__ == "__main__":
    main()
