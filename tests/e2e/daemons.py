# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""What every test fixture that runs an external daemon (civiq-server, cupsd, nginx) needs: a free
port on 127.0.0.1, a polled wait with a deadline, and a child that dies with the test."""

from __future__ import annotations

import ctypes
import os
import select
import signal
import socket
import subprocess
import time
from typing import Callable, Optional

TIMEOUT_SCALE = float(os.environ.get("CIVIQ_E2E_TIMEOUT_SCALE", "1") or "1")
START_TIMEOUT_S = 20.0 * TIMEOUT_SCALE
POLL_PERIOD_S = 0.05  # paces polls of an external daemon; never a synchronisation point


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def poll_until(check: Callable[[], Optional[object]], what: str, timeout: float = START_TIMEOUT_S) -> object:
    """Calls `check` until it returns something truthy or the deadline passes (then fails with the
    last value). For the state of external daemons only."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        last = check()
        if last:
            return last
        if time.monotonic() >= deadline:
            raise AssertionError(f"{what}: not reached within {timeout:.0f} s (last: {last!r})")
        select.select([], [], [], POLL_PERIOD_S)


def die_with_parent() -> None:
    """Runs in the child before exec: if the test process is killed (CTest timeout), so is the daemon."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def stop_process(proc: Optional[subprocess.Popen]) -> None:
    """SIGTERM, then SIGKILL if it does not end in time."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10 * TIMEOUT_SCALE)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
