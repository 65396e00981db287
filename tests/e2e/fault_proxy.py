# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""A TCP proxy on loopback that injects the faults of a bad line between a branch and its centre
(issue #16): `pass` forwards; `drop` closes every connection, open or new; `stall` accepts and
forwards nothing (the peer waits for its deadline); `cut` forwards the request and the answer's
header and first body bytes, then closes (an answer cut mid-body); `delay` forwards each chunk late;
`garbage` and `error` answer every request themselves, without the centre: 200 with a body that is
no JSON (a captive portal, a proxy's page), or 500. The mode can change at any moment; it applies
to what happens from then on. The listening, the loop on its thread and the closing are
loopback_relay.py's (shared with the sync benchmark's counting relay); test traffic stays on
127.0.0.1."""

import asyncio

from loopback_relay import LoopbackRelay

MODES = ("pass", "drop", "stall", "cut", "delay", "garbage", "error")
ANSWERS = {  # what `garbage` and `error` answer in the centre's place
    "garbage": (b"200 OK", b"text/html", b"<html><body>Bitte melden Sie sich am WLAN an.</body></html>"),
    "error": (b"500 Internal Server Error", b"application/json", b'{"error":"internal","message":"boom"}'),
}
CUT_INTO_BODY = 10   # bytes of an answer's body that get through in `cut`, after its whole header
DELAY_S = 0.3        # added to every chunk in `delay`


class FaultProxy(LoopbackRelay):
    def __init__(self, target_port: int):
        self.mode = "pass"
        super().__init__(target_port, "the fault proxy")

    def set_mode(self, mode: str) -> None:
        assert mode in MODES, mode
        self.mode = mode
        if mode == "drop":
            self._close_all_soon()

    # ------------------------------------------------------------------ the loop's side

    async def _serve(self, client_reader, client_writer) -> None:
        self._writers.add(client_writer)
        if self.mode == "drop":
            client_writer.close()
            return
        if self.mode in ANSWERS:
            await self._answer_alone(client_reader, client_writer, *ANSWERS[self.mode])
            return
        upstream = await self._connect_upstream(client_writer)
        if upstream is None:
            return
        upstream_reader, upstream_writer = upstream
        await self._forward(client_writer, upstream_writer,
                            self._pump(client_reader, upstream_writer, answer=False),
                            self._pump(upstream_reader, client_writer, answer=True))

    async def _answer_alone(self, reader, writer, status: bytes, content_type: bytes, body: bytes) -> None:
        """Reads one request (its header and its Content-Length of body) and answers it."""
        try:
            header = await reader.readuntil(b"\r\n\r\n")
            length = next((int(line.split(b":", 1)[1]) for line in header.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            await reader.readexactly(length)
            writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: " + content_type + b"\r\nContent-Length: " +
                         str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()
            self._writers.discard(writer)

    async def _pump(self, reader, writer, answer: bool) -> None:
        seen = b""  # of an answer in `cut`: what came so far
        while True:
            chunk = await reader.read(4096)
            if not chunk:
                writer.close()
                return
            mode = self.mode
            if mode == "stall":
                continue  # swallowed: the peer hears nothing until its deadline
            if mode == "delay":
                await asyncio.sleep(DELAY_S)
            if mode == "cut" and answer:
                seen += chunk
                header_end = seen.find(b"\r\n\r\n")
                if header_end < 0:
                    continue  # the whole header first
                writer.write(seen[:header_end + 4 + CUT_INTO_BODY])
                await writer.drain()
                writer.close()
                return
            writer.write(chunk)
            await writer.drain()
