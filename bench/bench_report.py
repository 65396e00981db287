# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""What the Python drivers of the Qt benches (bench/kiosk-tap, bench/counter-key) share: percentiles
of millisecond samples, a line naming the machine, and replacing a marked block of
docs/performance.md. Only the Python standard library."""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERFORMANCE_DOC = ROOT / "docs" / "performance.md"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))
    return ordered[rank]


def summary(values: list[float]) -> dict:
    return {"p50_ms": round(percentile(values, 0.5), 1), "p99_ms": round(percentile(values, 0.99), 1),
            "max_ms": round(max(values), 1), "n": len(values)}


def run_facts() -> dict:
    """When and where a run happened, for its results file."""
    return {"date": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Linux {platform.release()}"}


def replace_block(begin: str, end: str, block: str) -> None:
    """Puts `block` (which starts with `begin` and ends with `end`) where the old one was."""
    text = PERFORMANCE_DOC.read_text(encoding="utf-8")
    start, stop = text.index(begin), text.index(end) + len(end)
    PERFORMANCE_DOC.write_text(text[:start] + block + text[stop:], encoding="utf-8")
