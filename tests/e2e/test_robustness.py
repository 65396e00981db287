# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: misbehaving clients on raw sockets and WebSockets. None of them may crash the server,
block it (threads = 2, so a thread per connection would starve) or change the queue."""

import contextlib
import json
import random
import socket
import struct
import time

import pytest
import websocket

from civiq_e2e import HOST, REQUEST_TIMEOUT_S, expect, ws_collect, ws_connect, ws_first_frames

# Many recalls in a row for the WebSocket tests (recall_cooldown_s is 0 in every test config).
pytestmark = pytest.mark.office_config({"queue": {"max_recalls": 1000}})

ANSWER_WITHIN_S = 5.0  # a broken request is answered or closed this fast, not left to a read timeout


def raw_connect(port, timeout=ANSWER_WITHIN_S):
    return socket.create_connection((HOST, port), timeout=timeout)


def reset_close(sock):
    """Close with RST instead of FIN, as a crashed client or a dropped network does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def read_reply(sock):
    """Everything the server sends until it closes; b"" for a plain close or a reset. Fails if the
    server neither answers nor closes within ANSWER_WITHIN_S."""
    data = b""
    deadline = time.monotonic() + ANSWER_WITHIN_S
    while True:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            return data
        except socket.timeout:
            if data.startswith(b"HTTP/1.1 "):
                return data  # answered and kept the connection open: fine
            pytest.fail(f"the server neither answered nor closed within {ANSWER_WITHIN_S} s (got {data[:200]!r})")
        if not chunk:
            return data
        data += chunk


def assert_alive(office, after):
    office.assert_healthy(after=after)


def send_ignoring_reset(sock, payload):
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        sock.sendall(payload)


GARBAGE = [
    ("random bytes", random.Random(20261123).randbytes(4096)),
    ("TLS ClientHello", bytes.fromhex("160301020001000200fc0303") + bytes(32)),
    ("NUL bytes", b"\x00" * 1024 + b"\r\n\r\n"),
    ("nonsense request line", b"HELLO CIVIQ\r\n\r\n"),
    ("malformed HTTP version", b"GET /api/v1/health HTTP/X.Y\r\nHost: x\r\n\r\n"),
    ("negative Content-Length", b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
    ("two Content-Lengths",
     b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 20\r\n\r\n{}"),
    ("header without colon", b"GET /api/v1/health HTTP/1.1\r\nHost x\r\n\r\n"),
    ("100 KB header", b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n"),
    ("bad chunked body",
     b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
]


@pytest.mark.parametrize("name, payload", GARBAGE, ids=[g[0] for g in GARBAGE])
def test_garbage_bytes(office, name, payload):
    sock = raw_connect(office.port)
    try:
        send_ignoring_reset(sock, payload)
        reply = read_reply(sock)
    finally:
        sock.close()
    assert reply == b"" or reply.startswith(b"HTTP/1.1 4"), (
        f"{name}: a broken request gets a 4xx or a closed connection, got {reply[:300]!r}"
    )
    assert_alive(office, name)
    assert office.queue() == [], f"{name} issued nothing"


@pytest.mark.parametrize("coding", [b"xchunked", b"gzip", b"chunked, gzip", b"identity"])
def test_an_unknown_transfer_coding_is_refused_and_its_body_never_runs(office, coding):
    """RFC 9112 6.1: without a final "chunked" the body has no known length. It used to be read as
    a second request on the same connection (request smuggling behind a proxy)."""
    smuggled = b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" \
               b"Content-Length: 16\r\n\r\n{\"service_id\": 1}"
    sock = raw_connect(office.port)
    try:
        send_ignoring_reset(sock, b"POST /api/v1/auth/logout HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + coding +
                            b"\r\n\r\n" + smuggled)
        reply = read_reply(sock)
    finally:
        sock.close()
    assert reply.startswith(b"HTTP/1.1 400 "), reply[:300]
    assert reply.count(b"HTTP/1.1 ") == 1, f"one answer, then the connection closes: {reply[:600]!r}"
    assert_alive(office, coding.decode())
    assert office.queue() == [], "the body ran as a request"


def test_half_request_then_close(office):
    kiosk = office.device_tokens["kiosk"]
    halves = [
        b"GET /api/v1/hea",
        b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        (b"POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kiosk.encode() +
         b"\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"service_id\": 1"),
    ]
    for half in halves:
        sock = raw_connect(office.port)
        sock.sendall(half)
        sock.close()
        sock = raw_connect(office.port)
        sock.sendall(half)
        reset_close(sock)
    assert_alive(office, "half requests")
    assert office.queue() == [], "a request cut off in its body issues no ticket"


def test_half_open_connections_do_not_block_others(office):
    kiosk = office.device_tokens["kiosk"]
    stalled = []
    try:
        for _ in range(4):
            stalled.append(raw_connect(office.port))  # connected, nothing sent
        for _ in range(4):
            sock = raw_connect(office.port)
            sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost:")  # headers never finished
            stalled.append(sock)
        sock = raw_connect(office.port)
        sock.sendall(b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kiosk.encode() +
                     b"\r\nContent-Length: 1000\r\n\r\n{\"service_id\": 1, ")  # body never finished
        stalled.append(sock)
        ws = ws_connect(office.port, "calls")  # a subscriber that never reads
        try:
            started = time.monotonic()
            for i in range(10):
                assert_alive(office, f"request {i} next to half-open connections")
                issued = office.issue(1)
                assert office.ticket(issued["token"])["status"] == "waiting"
            elapsed = time.monotonic() - started
            assert elapsed < REQUEST_TIMEOUT_S, f"30 requests took {elapsed:.1f} s next to idle connections"
            watcher = ws_connect(office.port, "calls")
            try:
                assert ws_first_frames(watcher, ["calls"], ANSWER_WITHIN_S)["calls"]["kind"] == "snapshot"
            finally:
                watcher.close()
        finally:
            reset_close(ws.sock)
    finally:
        for sock in stalled:
            sock.close()
    assert_alive(office, "closing the half-open connections")
    assert len(office.queue()) == 10, "exactly the ten complete requests issued tickets"


def test_hundred_connections_opened_and_dropped(office):
    socks = [raw_connect(office.port) for _ in range(100)]
    for i, sock in enumerate(socks):
        if i % 3 == 1:
            sock.sendall(b"GET /api/v1/health HTTP/1.1\r\n")
        elif i % 3 == 2:
            sock.sendall(b"POST /api/v1/tickets HTTP/1.1\r\nContent-Length: 50\r\n\r\n{")
    assert_alive(office, "100 open connections")
    for i, sock in enumerate(socks):
        if i % 2:
            reset_close(sock)
        else:
            sock.close()
    assert_alive(office, "dropping 100 connections")

    for i in range(100):  # and 100 more, each dropped right after connecting
        sock = raw_connect(office.port)
        if i % 2:
            reset_close(sock)
        else:
            sock.close()
    assert_alive(office, "100 connect-and-drop cycles")
    body = expect(office.anon.get("/api/v1/services"), 200, "services after the storm")
    assert [s["waiting"] for s in body["services"]] == [0, 0], body


def _call_frames(office, count):
    """Causes `count` call frames on the `calls` topic: one call and count-1 recalls of A001."""
    office.counter_action(1, "call-next")
    for _ in range(count - 1):
        office.counter_action(1, "recall")


def test_websocket_dropped_mid_stream(office):
    token = office.issue(1)["token"]
    office.counter_action(1, "open")
    topics = f"calls,ticket:{token}"

    # 1. Dropped right after the snapshot, while updates are being pushed.
    ws = ws_connect(office.port, topics)
    ws_first_frames(ws, ["calls", f"ticket:{token}"], ANSWER_WITHIN_S)
    _call_frames(office, 5)
    reset_close(ws.sock)
    assert_alive(office, "a subscriber reset mid-stream")

    # 2. A half-sent client frame (masked text frame announcing 100 bytes, 10 sent), then FIN.
    ws = ws_connect(office.port, topics)
    ws.sock.sendall(bytes([0x81, 0x80 | 100]) + b"\x01\x02\x03\x04" + b"0123456789")
    ws.sock.close()
    office.counter_action(1, "recall")
    assert_alive(office, "a half WebSocket frame")

    # 3. Protocol garbage: an unmasked client frame and a bogus opcode; the server must close it.
    ws = ws_connect(office.port, topics)
    ws.sock.sendall(bytes([0x81, 5]) + b"hello" + bytes([0x8B, 0x80]) + b"\x00\x00\x00\x00")
    ws.settimeout(ANSWER_WITHIN_S)
    with pytest.raises((websocket.WebSocketConnectionClosedException, websocket.WebSocketProtocolException,
                        ConnectionError, websocket.WebSocketTimeoutException)) as closed:
        while True:  # snapshots may still arrive before the close
            ws.recv()
    assert not isinstance(closed.value, websocket.WebSocketTimeoutException), (
        "a client sending unmasked frames is disconnected (RFC 6455 5.1), not left open"
    )
    ws.shutdown()
    assert_alive(office, "WebSocket protocol garbage")

    # 4. A subscriber that never reads, while a healthy one follows the same calls.
    stalled = ws_connect(office.port, topics, sockopt=((socket.SOL_SOCKET, socket.SO_RCVBUF, 4096),))
    healthy = ws_connect(office.port, "calls")
    try:
        ws_first_frames(healthy, ["calls"], ANSWER_WITHIN_S)
        for _ in range(200):
            office.counter_action(1, "recall")
        office.counter_action(1, "finish")
        office.issue(1)
        office.counter_action(1, "call-next")
        deadline = time.monotonic() + ANSWER_WITHIN_S
        frame = ws_collect(healthy, {"call of A002": lambda f: f["kind"] == "call" and f["data"]["number"] == "A002"},
                           deadline)["call of A002"]
        assert frame["data"]["counter_id"] == 1, frame
    finally:
        healthy.close()
        reset_close(stalled.sock)
    assert_alive(office, "a stalled subscriber")

    # A fresh subscriber still gets a consistent snapshot.
    ws = ws_connect(office.port, topics)
    try:
        first = ws_first_frames(ws, ["calls", f"ticket:{token}"], ANSWER_WITHIN_S)
        assert first[f"ticket:{token}"]["kind"] == "snapshot", first
        assert first[f"ticket:{token}"]["data"]["status"] == "done", first
        recent = first["calls"]["data"]["recent_calls"]
        assert any(c["number"] == "A002" for c in recent), json.dumps(recent)[:1000]
    finally:
        ws.close()
    assert_alive(office, "all WebSocket abuse")
