#!/usr/bin/env python3
"""invite-serve on the wire, one exchange per status of docs/http.md with the headers it needs,
sent as raw bytes so that nothing between the test and the server tidies a header away: an
empty apiKey, a Content-Type with parameters. The servers listen on 127.0.0.1 on system-chosen
ports; every read has a timeout.

Usage: exchange_test.py INVITE_SERVE
"""
import json
import socket
import sys

from serving import Server

VALID = json.dumps({"assessment_id": 7, "invite_format": "getlink",
                    "candidates": [{"name": "Ada", "email": "ada@example.com"},
                                   {"name": "Zoé", "email": "zoe@example.com"}]}).encode()
TIMEOUT = 10


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def problem(self):
        assert self.headers.get("content-type") == "application/problem+json", self.headers
        problem = json.loads(self.body)
        assert problem["status"] == self.status, (problem, self.status)
        return problem

    def __repr__(self):
        return f"{self.status} {self.headers} {self.body[:300]!r}"


def read_answer(connection):
    """The next answer on a connection: status, headers (lower-case names), body."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        assert chunk, f"the connection closed before an answer: {data!r}"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = connection.recv(65536)
        assert chunk, "the connection closed inside the answer's body"
        rest += chunk
    return Answer(status, headers, rest[:length])


def connect(port):
    connection = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    connection.settimeout(TIMEOUT)
    return connection


def exchange(port, raw):
    with connect(port) as connection:
        connection.sendall(raw)
        return read_answer(connection)


def post(port, body=VALID, headers=(("apiKey", "some-key"), ("Content-Type", "application/json")),
         method="POST", target="/assessment/invite"):
    head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for name, value in headers:
        head += f"{name}: {value}\r\n" if value else f"{name}:\r\n"
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return exchange(port, head.encode() + body)


def json_with(api_key="some-key", content_type="application/json"):
    return (("apiKey", api_key), ("Content-Type", content_type))


def check_invites(answer, count):
    assert answer.status == 200, answer
    assert answer.headers["content-type"] == "application/json", answer
    invites = json.loads(answer.body)["invites"]
    assert len(invites) == count, answer
    return invites


def check_without_configured_keys(port):
    """No --api-key: any non-empty key is let in; a missing or empty one is not."""
    check_invites(post(port), 2)
    check_invites(post(port, headers=json_with(api_key="another")), 2)
    for headers in (json_with(api_key=""), (("Content-Type", "application/json"),)):
        answer = post(port, headers=headers)
        assert answer.status == 401, (headers, answer)
        assert answer.headers.get("www-authenticate"), answer
        answer.problem()
    print("without --api-key: any key 200, an empty or missing one 401 with WWW-Authenticate")


def check_media_types(port):
    """application/json in any case, with no charset or charset=utf-8 (docs/http.md)."""
    for accepted in ("application/json; charset=utf-8", 'application/json; charset="UTF-8"',
                     "Application/JSON;charset=UTF-8"):
        check_invites(post(port, headers=json_with(content_type=accepted)), 2)
    for refused in ("application/json; charset=latin-1", "text/plain", "application/problem+json"):
        answer = post(port, headers=json_with(content_type=refused))
        assert answer.status == 415, (refused, answer)
        assert refused in answer.problem()["detail"], answer
    answer = post(port, headers=(("apiKey", "k"),))
    assert answer.status == 415, answer
    print("media types: charset=utf-8 in any spelling 200; latin-1, text/plain and none 415")


def check_statuses(port):
    """Every other status in the table, in its order of precedence."""
    answer = post(port, target="/assessment/invites")
    assert answer.status == 404, answer
    answer.problem()
    answer = post(port, method="PUT", headers=())
    assert answer.status == 405 and answer.headers.get("allow") == "POST", answer
    answer.problem()
    answer = exchange(port, b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\napiKey: k\r\n"
                            b"Content-Type: application/json\r\nContent-Length: 1001\r\n\r\n")
    assert answer.status == 413, answer
    assert [e["code"] for e in answer.problem()["errors"]] == ["payload_too_large"], answer
    answer = post(port, body=b"{" + b" " * 999)  # at the limit: read, then judged
    assert answer.status == 400, answer
    assert [e["code"] for e in answer.problem()["errors"]] == ["invalid_json"], answer
    answer = post(port, body=b'{"assessment_id":0,"invite_format":"getlink","candidates":[]}')
    assert answer.status == 400, answer
    assert [(e["code"], e["pointer"]) for e in answer.problem()["errors"]] == \
        [("out_of_range", "/assessment_id"), ("too_short", "/candidates")], answer
    answer = exchange(port, b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"p" * 2048 + b"\r\n\r\n")
    assert answer.status == 431, answer
    answer.problem()
    answer = exchange(port, b"\x16\x03\x01 not HTTP at all\r\n\r\n")
    assert answer.status == 400, answer
    answer.problem()
    print("404, 405 with Allow, 413 from the head, 400 for a bad body and for bytes not HTTP, 431")


def check_overload_and_faults(serve):
    """503 past --max-connections; a 500 when the fault drawn says so."""
    with Server([serve, "--port", "0", "--max-connections", "1", "--fault-rate", "1", "--faults", "500"]) as server:
        with connect(server.port) as first:
            first.sendall(b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\napiKey: k\r\nContent-Type: application/json\r\n"
                          b"Content-Length: " + str(len(VALID)).encode() + b"\r\n\r\n" + VALID)
            answer = read_answer(first)
            assert answer.status == 500, answer
            answer.problem()
            # The first connection is kept alive, so a second is one too many.
            answer = exchange(server.port, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            assert answer.status == 503, answer
            answer.problem()
        status, _ = server.stop()
        assert status == 0, status
    print("500 for an injected fault, 503 past --max-connections")


def main(serve):
    with Server([serve, "--port", "0", "--body-limit", "1000", "--header-limit", "1024"]) as server:
        check_without_configured_keys(server.port)
        check_media_types(server.port)
        check_statuses(server.port)
        status, _ = server.stop()
        assert status == 0, status
    check_overload_and_faults(serve)


if __name__ == "__main__":
    main(sys.argv[1])
