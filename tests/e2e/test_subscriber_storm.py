# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: a reconnect storm of WebSocket clients that leave right after the handshake.

Every display and phone reconnects at once after a restart or a Wi-Fi hiccup, and many drop again at
once. The server subscribes a new socket on its office worker while the network thread may already
have seen it close; a socket that closed first must never stay subscribed (it used to: 8,000 such
upgrades left hundreds of subscribers for sockets that no longer existed, each kept for the server's
lifetime). After the storm the subscriber gauge must return to zero.
"""

import re
import socket
import threading
import time

from civiq_e2e import HOST, REQUEST_TIMEOUT_S

THREADS = 4
UPGRADES_PER_THREAD = 500
SETTLE_S = 10.0  # bound for the last closes to reach the server, never a fixed wait

UPGRADE = (
    "GET /api/v1/events?topics=calls HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
    "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
).encode()


def upgrade_and_leave(port: int) -> str:
    """Completes one handshake and drops the connection at once; returns the status line."""
    with socket.create_connection((HOST, port), timeout=REQUEST_TIMEOUT_S) as sock:
        sock.sendall(UPGRADE)
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk:
                break
            head += chunk
    return head.split(b"\r\n", 1)[0].decode()


def subscribers(office) -> float:
    resp = office.anon.get("/metrics")
    assert resp.status == 200, resp
    text = resp.body.decode()
    match = re.search(r"^civiq_websocket_subscribers (\d+)$", text, flags=re.MULTILINE)
    assert match, text
    return float(match.group(1))


def test_a_reconnect_storm_leaves_no_subscriber_behind(office):
    statuses: list[str] = []
    lock = threading.Lock()
    stop_issuing = threading.Event()

    def storm():
        mine = [upgrade_and_leave(office.port) for _ in range(UPGRADES_PER_THREAD)]
        with lock:
            statuses.extend(mine)

    def keep_the_worker_busy():  # as a real office would: tickets are drawn meanwhile
        while not stop_issuing.is_set():
            office.issue(1)

    busy = threading.Thread(target=keep_the_worker_busy)
    busy.start()
    storms = [threading.Thread(target=storm) for _ in range(THREADS)]
    for thread in storms:
        thread.start()
    for thread in storms:
        thread.join()
    stop_issuing.set()
    busy.join()

    assert len(statuses) == THREADS * UPGRADES_PER_THREAD
    assert all(status == "HTTP/1.1 101 Switching Protocols" for status in statuses), set(statuses)

    deadline = time.monotonic() + SETTLE_S
    left = subscribers(office)
    while left != 0 and time.monotonic() < deadline:
        left = subscribers(office)
    assert left == 0, f"{left:.0f} subscribers remain for sockets that have all closed"

    # The server still serves new subscribers normally.
    office.assert_healthy("after the storm")
