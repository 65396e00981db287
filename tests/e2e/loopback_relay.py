# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""The plumbing shared by the TCP relays that sit on 127.0.0.1 between a branch and its centre: the
fault-injecting proxy of the e2e tests (fault_proxy.py) and the byte-counting relay of the sync
benchmark (bench/sync/counting_relay.py). One place for it, so the two cannot drift apart in how
they start, connect, close and shut down.

A relay listens on HOST with a port the kernel picks (`port`, known once the constructor returns)
and runs its own asyncio event loop on a daemon thread, so a synchronous test or benchmark can use
it without an event loop of its own. A subclass says what happens to each accepted connection
(`_serve`, on the loop); here are the pieces it builds that from: connect to the upstream
(`_connect_upstream`), forward both ways until both sides are done (`_forward`), and close every
open connection at once, as a line that goes down (`_close_all_soon`)."""

from __future__ import annotations

import asyncio
import threading

from civiq_e2e import HOST


class LoopbackRelay:
    def __init__(self, target_port: int, name: str):
        """Starts the loop and the listener; returns once `port` is known. `name` is for the error."""
        self.target_port = target_port
        self.port = 0
        self._writers: set = set()  # the open connections' writers, both sides, for _close_all
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError(f"{name} did not start")

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _close_all_soon(self) -> None:
        """From any thread: closes every connection open now (new ones are the subclass's call)."""
        self._loop.call_soon_threadsafe(self._close_all)

    # ------------------------------------------------------------------ the loop's side

    async def _serve(self, client_reader, client_writer) -> None:
        raise NotImplementedError

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._serve, HOST, 0))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self._loop.run_forever()
        # Stopped (close()): the connections still open end here, not at the interpreter's exit.
        server.close()
        self._close_all()
        pending = asyncio.all_tasks(self._loop)
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.close()

    def _close_all(self) -> None:
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    async def _connect_upstream(self, client_writer):
        """The upstream's (reader, writer), or None with the client closed if it cannot be reached."""
        try:
            return await asyncio.open_connection(HOST, self.target_port)
        except OSError:
            client_writer.close()
            return None

    async def _forward(self, client_writer, upstream_writer, *pumps) -> None:
        """Runs the pumps (coroutines, one per direction) to their end, then closes both sides.
        Both writers are open connections meanwhile, closed by `_close_all`."""
        self._writers.update((client_writer, upstream_writer))
        await asyncio.gather(*pumps, return_exceptions=True)
        for writer in (client_writer, upstream_writer):
            writer.close()
            self._writers.discard(writer)
