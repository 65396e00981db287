# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""A TCP relay on 127.0.0.1 between a branch and its centre that counts the bytes it forwards
(bench/sync-latency; docs/performance.md, "Branch sync"). It reads the HTTP/1.1 it carries just far
enough to tell each message's header from its body (Content-Length), so it can say what went over
the line and how much of it was the JSON alone. Per connection: when it was accepted, the request
line, and the bytes each way. `cut()` ends the link (open connections are closed, new ones closed on
accept, as a line that is down), `restore()` brings it back. TCP payload only: the packets' own
TCP/IP headers are the kernel's and are not seen here. The listening, the loop on its thread and
the closing are tests/e2e/loopback_relay.py's (shared with the e2e tests' fault proxy)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from loopback_relay import LoopbackRelay  # tests/e2e, on the path as for the other e2e helpers


class HttpSplitter:
    """Counts one direction of an HTTP/1.1 stream as header and body bytes."""

    def __init__(self) -> None:
        self.header = 0
        self.body = 0
        self.first_line = ""
        self._pending = b""   # a message's header so far
        self._body_left = 0   # of the current message

    def feed(self, chunk: bytes) -> None:
        while chunk:
            if self._body_left:
                taken = min(self._body_left, len(chunk))
                self.body += taken
                self._body_left -= taken
                chunk = chunk[taken:]
                continue
            self._pending += chunk
            end = self._pending.find(b"\r\n\r\n")
            if end < 0:
                return
            head, chunk = self._pending[:end + 4], self._pending[end + 4:]
            self._pending = b""
            self.header += len(head)
            lines = head.decode("latin-1").split("\r\n")
            self.first_line = self.first_line or lines[0]
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    self._body_left = int(value.strip())

    @property
    def unparsed(self) -> int:
        """Bytes of a header not complete yet (or not HTTP): counted on the wire, neither header nor body."""
        return len(self._pending)


@dataclass
class Connection:
    accepted: float                 # time.monotonic()
    total_before: int               # bytes the relay had forwarded when this one was accepted
    up: HttpSplitter = field(default_factory=HttpSplitter)    # branch → centre
    down: HttpSplitter = field(default_factory=HttpSplitter)  # centre → branch
    wire_up: int = 0
    wire_down: int = 0
    closed: bool = False

    @property
    def request(self) -> str:
        return self.up.first_line

    @property
    def wire(self) -> int:
        return self.wire_up + self.wire_down

    @property
    def payload(self) -> int:
        return self.up.body + self.down.body


class CountingRelay(LoopbackRelay):
    def __init__(self, target_port: int):
        self.connections: list[Connection] = []
        self.total = 0
        self._cut = False
        super().__init__(target_port, "the counting relay")

    def cut(self) -> None:
        self._cut = True
        self._close_all_soon()

    def restore(self) -> None:
        self._cut = False

    def polls(self) -> list[Connection]:
        """The forwarded connections that asked for appointments (the long polls), in order."""
        return [c for c in list(self.connections) if "/sync/appointments" in c.request]

    def uploads(self) -> list[Connection]:
        """The forwarded connections that sent facts."""
        return [c for c in list(self.connections) if "/sync/facts" in c.request]

    # ------------------------------------------------------------------ the loop's side

    async def _serve(self, client_reader, client_writer) -> None:
        if self._cut:
            client_writer.close()
            return
        upstream = await self._connect_upstream(client_writer)
        if upstream is None:
            return
        upstream_reader, upstream_writer = upstream
        connection = Connection(time.monotonic(), self.total)
        self.connections.append(connection)
        await self._forward(client_writer, upstream_writer,
                            self._pump(client_reader, upstream_writer, connection, up=True),
                            self._pump(upstream_reader, client_writer, connection, up=False))
        connection.closed = True

    async def _pump(self, reader, writer, connection: Connection, up: bool) -> None:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                writer.close()
                return
            if up:
                connection.wire_up += len(chunk)
                connection.up.feed(chunk)
            else:
                connection.wire_down += len(chunk)
                connection.down.feed(chunk)
            self.total += len(chunk)
            writer.write(chunk)
            await writer.drain()
