# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""The hostile and unlucky clients of the soak (bench/soak/run), each one behaviour, all against
127.0.0.1: a reconnect storm (WebSocket upgrades dropped right after the 101), requests cut off
mid-body, slow readers that subscribe and never read, and junk (made-up methods and paths).
Each returns how many it did; none raises on the server's refusals, which are the point."""

import contextlib
import random
import socket
import struct
import threading
import time

HOST = "127.0.0.1"
TIMEOUT_S = 5.0

UPGRADE = (
    "GET /api/v1/events?topics=calls HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
    "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
).encode()


def _reset_close(sock: socket.socket) -> None:
    """Close with RST, as a crashed client or a dropped network does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _head(sock: socket.socket) -> bytes:
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    return head


def reconnect_storm(port: int, upgrades: int, threads: int = 4) -> int:
    """`upgrades` handshakes in all, each dropped (half with RST) as soon as its 101 arrived."""
    done = [0] * threads

    def run(index: int) -> None:
        for n in range(upgrades // threads):
            with contextlib.suppress(OSError):
                sock = socket.create_connection((HOST, port), timeout=TIMEOUT_S)
                sock.sendall(UPGRADE)
                _head(sock)
                _reset_close(sock) if n % 2 else sock.close()
                done[index] += 1

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(done)


def cut_mid_body(port: int, count: int) -> int:
    """POSTs that announce 4 KiB of body, send a few bytes of it, and vanish."""
    done = 0
    for n in range(count):
        with contextlib.suppress(OSError):
            sock = socket.create_connection((HOST, port), timeout=TIMEOUT_S)
            sock.sendall(b"POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 4096\r\n\r\n{\"service_id\": ")
            _reset_close(sock) if n % 2 else sock.close()
            done += 1
    return done


def slow_readers(port: int, count: int, hold_s: float) -> int:
    """Subscribers with a tiny receive buffer that never read for `hold_s`: the server must drop
    them when they fall behind, never slow down for them or keep their frames."""
    sockets = []
    for _ in range(count):
        with contextlib.suppress(OSError):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
            sock.settimeout(TIMEOUT_S)
            sock.connect((HOST, port))
            sock.sendall(UPGRADE)
            sockets.append(sock)
    deadline = time.monotonic() + hold_s
    while time.monotonic() < deadline:
        # Paces a client that does nothing on purpose; nothing waits on it.
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
    for sock in sockets:
        _reset_close(sock)
    return len(sockets)


JUNK_METHODS = ["BREW", "PROPFIND", "X" * 40, "G3T", "POSTT", "CONNECT", "TRACE"]


def junk(port: int, count: int, seed: int) -> int:
    """Made-up methods and paths, some with long garbage, each on its own connection."""
    rng = random.Random(seed)
    done = 0
    for _ in range(count):
        method = rng.choice(JUNK_METHODS)
        path = "/" + "".join(rng.choice("abcdefghij/%.-_") for _ in range(rng.randint(1, 300)))
        with contextlib.suppress(OSError):
            with socket.create_connection((HOST, port), timeout=TIMEOUT_S) as sock:
                sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
                while sock.recv(65536):
                    pass
                done += 1
    return done
