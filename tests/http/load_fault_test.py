#!/usr/bin/env python3
"""A bounded load and fault test of invite-serve on 127.0.0.1 (system-chosen ports): hundreds of
concurrent keep-alive clients, slow and silent clients, garbage, oversized and aborted bodies,
injected faults, a drain on SIGTERM, and stalled TLS handshakes. Every loop is bounded in count
and time.

Usage: load_fault_test.py INVITE_SERVE
"""
import asyncio
import json
import os
import random
import ssl
import subprocess
import sys
import tempfile
import time

from serving import Server

KEY = "load-test-key"
CONNECTIONS = 300
REQUESTS_PER_CONNECTION = 4
DEADLINE = 120  # seconds for any one phase, so that a hang fails instead of blocking CI


def body(candidates, assessment_id=42):
    return json.dumps({"assessment_id": assessment_id, "invite_format": "sendlink",
                       "candidates": [{"name": f"Person {i}", "email": f"p{i}@example.com"}
                                      for i in range(candidates)]}).encode()


def post(payload, keep_alive=True, extra=b""):
    return (b"POST /assessment/invite HTTP/1.1\r\nHost: 127.0.0.1\r\napiKey: " + KEY.encode() +
            b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(payload)).encode() + b"\r\n" +
            (b"" if keep_alive else b"Connection: close\r\n") + extra + b"\r\n" + payload)


async def read_answer(reader, timeout=10):
    """(status, headers, body), or None when the connection closes first."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    try:
        content = await asyncio.wait_for(reader.readexactly(int(headers.get("content-length", "0"))), timeout)
    except (asyncio.IncompleteReadError, ConnectionError):
        return status, headers, None  # a truncated answer
    return status, headers, content


async def closed_within(reader, seconds):
    """Whether the server closes the connection within `seconds` (reading whatever comes)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            data = await asyncio.wait_for(reader.read(65536), end - time.monotonic())
        except asyncio.TimeoutError:
            return False
        except ConnectionError:
            return True
        if not data:
            return True
    return False


def check_invites(answer, candidates):
    status, headers, content = answer
    assert status == 200, (status, content[:300] if content else content)
    assert headers["content-type"] == "application/json"
    invites = json.loads(content)["invites"]
    assert len(invites) == candidates
    assert all(i["invite_link"].startswith("https://") and i["status"] == "email_sent" for i in invites)
    return [i["report_id"] for i in invites]


async def load(port):
    """CONNECTIONS clients at once, each sending REQUESTS_PER_CONNECTION requests on one connection."""
    small, large, broken = body(1), body(500), b'{"assessment_id": 1, "candidates": ['
    seen_ids = []

    async def client(number):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for i in range(REQUESTS_PER_CONNECTION):
            kind = (number + i) % 4
            payload = large if kind == 0 and number % 10 == 0 else broken if kind == 3 else small
            writer.write(post(payload))
            await writer.drain()
            answer = await read_answer(reader)
            assert answer is not None, f"client {number}: connection closed before answer {i}"
            if payload is broken:
                assert answer[0] == 400 and answer[1]["content-type"] == "application/problem+json"
                assert json.loads(answer[2])["errors"][0]["code"] == "invalid_json"
            else:
                seen_ids.extend(check_invites(answer, 500 if payload is large else 1))
        writer.close()

    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(client(n) for n in range(CONNECTIONS))), DEADLINE)
    elapsed = time.monotonic() - started
    assert len(seen_ids) == len(set(seen_ids)), "report ids are unique across connections"
    print(f"load: {CONNECTIONS} connections x {REQUESTS_PER_CONNECTION} requests in {elapsed:.1f} s")


async def slow_clients(port, header_timeout, body_timeout):
    async def slow_head():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /assessment/invite HTTP/1.1\r\n")

        async def trickle():
            for _ in range(100):  # one header byte every 100 ms, never finishing
                writer.write(b"X")
                await writer.drain()
                await asyncio.sleep(0.1)

        feeding = asyncio.ensure_future(trickle())
        closed = await closed_within(reader, header_timeout + 3)
        feeding.cancel()
        writer.close()
        return closed

    async def slow_body():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(post(b"x" * 100)[:-100])
        closed = await closed_within(reader, body_timeout + 3)
        writer.close()
        return closed

    async def silent():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        closed = await closed_within(reader, header_timeout + 3)
        writer.close()
        return closed

    started = time.monotonic()
    results = await asyncio.wait_for(asyncio.gather(*([slow_head() for _ in range(30)] + [slow_body() for _ in range(30)] +
                                                     [silent() for _ in range(30)])), DEADLINE)
    assert all(results), f"{results.count(False)} slow or silent clients were not dropped"
    print(f"slow clients: 90 dropped by the timeouts within {time.monotonic() - started:.1f} s")


async def hostile(port):
    rng = random.Random(20240601)

    async def garbage(number):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) + b"\r\n\r\n")
        await writer.drain()
        answer = await read_answer(reader, 5)
        writer.close()
        assert answer is None or 400 <= answer[0] < 500, f"garbage {number}: {answer}"

    async def aborted(number):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(post(body(50))[:-(number + 10)])
        await writer.drain()
        writer.close()

    async def exchange(raw, read_timeout=5):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(raw)
        await writer.drain()
        answer = await read_answer(reader, read_timeout)
        writer.close()
        return answer

    await asyncio.wait_for(asyncio.gather(*(garbage(n) for n in range(40)), *(aborted(n) for n in range(40))), DEADLINE)

    # 413 from Content-Length, before any body byte is sent.
    answer = await exchange(b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\napiKey: " + KEY.encode() +
                            b"\r\nContent-Type: application/json\r\nContent-Length: 1048577\r\n\r\n")
    assert answer and answer[0] == 413 and json.loads(answer[2])["errors"][0]["code"] == "payload_too_large", answer
    # A body of exactly the limit is read and judged (400: not JSON), one byte more is 413.
    at_limit = b" " * (1 << 20)
    assert (await exchange(post(at_limit)))[0] == 400
    assert (await exchange(post(at_limit + b" ")))[0] == 413
    # 413 while reading a chunked body that grows past the limit.
    chunk = b"x" * 65536
    chunked = (b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\napiKey: " + KEY.encode() +
               b"\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
               (b"10000\r\n" + chunk + b"\r\n") * 17 + b"0\r\n\r\n")
    answer = await exchange(chunked)
    assert answer and answer[0] == 413, answer
    # A head over the limit: 431.
    answer = await exchange(b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
    assert answer and answer[0] == 431, answer
    # Every status of the endpoint, with a problem+json body.
    statuses = {
        404: b"POST /elsewhere HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
        405: b"GET /assessment/invite HTTP/1.1\r\nHost: x\r\n\r\n",
        401: b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
        415: b"POST /assessment/invite HTTP/1.1\r\nHost: x\r\napiKey: " + KEY.encode() +
             b"\r\nContent-Type: text/json\r\nContent-Length: 2\r\n\r\n{}",
        400: post(b"[]"),
    }
    for status, raw in statuses.items():
        answer = await exchange(raw)
        assert answer and answer[0] == status and answer[1]["content-type"] == "application/problem+json", (status, answer)
        assert json.loads(answer[2])["status"] == status
    assert (await exchange(statuses[405]))[1]["allow"] == "POST"
    # Still serving.
    check_invites(await exchange(post(body(3))), 3)
    print("hostile input: garbage, aborted bodies, 413 (head and chunked), 431, 401/404/405/415/400 answered")


async def faults(port):
    """Injected faults: every answer is a valid 200, a 500 or 503 problem, or a dropped,
    truncated or stalled connection; never anything else."""
    kinds = {}

    async def one(number):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(post(body(2), keep_alive=False))
        await writer.drain()
        answer = await read_answer(reader, 4)
        writer.close()
        if answer is None:
            kind = "closed or stalled"
        elif answer[2] is None:
            kind = "truncated"
        elif answer[0] == 200:
            check_invites(answer, 2)
            kind = "200"
        else:
            assert answer[0] in (500, 503) and answer[1]["content-type"] == "application/problem+json", answer
            kind = str(answer[0])
        kinds[kind] = kinds.get(kind, 0) + 1

    for start in range(0, 200, 25):
        await asyncio.wait_for(asyncio.gather(*(one(n) for n in range(start, start + 25))), DEADLINE)
    assert set(kinds) == {"200", "500", "503", "truncated", "closed or stalled"}, kinds
    assert 50 <= kinds["200"] <= 150, kinds
    print(f"faults at rate 0.5: {dict(sorted(kinds.items()))}")


async def drain(server):
    """SIGTERM while requests are in flight: each still gets its answer, then the exit is 0."""
    async def in_flight():
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(post(body(1)))
        await writer.drain()
        return await read_answer(reader, 10)

    requests = [asyncio.ensure_future(in_flight()) for _ in range(20)]
    idle = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(20)]
    await asyncio.sleep(0.15)
    loop = asyncio.get_running_loop()
    stopping = loop.run_in_executor(None, server.stop)
    answers = await asyncio.gather(*requests)
    status, seconds = await stopping
    assert all(a is not None and a[0] == 200 for a in answers), answers
    assert status == 0 and seconds < 5, (status, seconds)
    for reader, writer in idle:
        assert await closed_within(reader, 1)
        writer.close()
    print(f"drain: 20 requests in flight answered, 20 idle connections closed, exit 0 after {seconds:.2f} s")


async def tls_clients(port, header_timeout):
    """Over TLS: clients that never start or never finish their handshake are dropped by the head's
    timeout, and an honest client is served, by the same server."""
    async def silent():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        closed = await closed_within(reader, header_timeout + 3)
        writer.close()
        return closed

    async def half_handshake():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")  # a ClientHello's first bytes
        await writer.drain()
        closed = await closed_within(reader, header_timeout + 3)
        writer.close()
        return closed

    started = time.monotonic()
    results = await asyncio.wait_for(asyncio.gather(*([silent() for _ in range(20)] +
                                                     [half_handshake() for _ in range(20)])), DEADLINE)
    assert all(results), f"{results.count(False)} stalled TLS handshakes were not dropped"
    trust_anything = ssl.create_default_context()
    trust_anything.check_hostname = False
    trust_anything.verify_mode = ssl.CERT_NONE
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=trust_anything)
    writer.write(post(body(2), keep_alive=False))
    await writer.drain()
    check_invites(await read_answer(reader), 2)
    writer.close()
    print(f"tls: 40 stalled handshakes dropped within {time.monotonic() - started:.1f} s, then a request served")


def main(serve):
    common = ["--port", "0", "--api-key", KEY, "--threads", "2"]
    with Server([serve, *common, "--max-connections", "2000"]) as server:
        asyncio.run(load(server.port))
        asyncio.run(hostile(server.port))
        peak = server.peak_memory_kib()
        # Bounded whatever arrived: far below what the traffic added up to.
        assert peak < 1_500_000, f"peak resident memory {peak} KiB"
        status, seconds = server.stop()
        assert status == 0, status
        print(f"peak resident memory {peak // 1024} MiB; exit 0 after SIGTERM in {seconds:.2f} s")
    # Short timeouts, on a server of their own: under load (and sanitizers) they would drop
    # honest clients too.
    with Server([serve, *common, "--header-timeout", "1", "--body-timeout", "2"]) as server:
        asyncio.run(slow_clients(server.port, 1, 2))
        status, _ = server.stop()
        assert status == 0, status
    with Server([serve, *common, "--fault-rate", "0.5", "--seed", "5", "--body-timeout", "1",
                 "--drain-timeout", "1"]) as server:
        asyncio.run(faults(server.port))
        status, _ = server.stop()
        assert status == 0, status
    with Server([serve, *common, "--latency", "400"]) as server:
        asyncio.run(drain(server))
    with tempfile.TemporaryDirectory() as directory:
        certificate, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", certificate],
                       check=True, capture_output=True, timeout=60)
        with Server([serve, *common, "--header-timeout", "1", "--tls-cert", certificate, "--tls-key", key]) as server:
            asyncio.run(tls_clients(server.port, 1))
            status, _ = server.stop()
            assert status == 0, status
    print("load and fault test: passed")


if __name__ == "__main__":
    main(sys.argv[1])
