# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""What the phases of bench/sync-latency share: a Löbau branch enrolled at the centre and started,
the probe (civiq-sync-bench) run in one of its modes, a visit served at the branch, and the wait
until branch and centre are in step. The e2e helpers start the processes (tests/e2e)."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import time
from pathlib import Path

from civiq_e2e import HOST, Office, start_office
from daemons import poll_until

# The bench drives the branch far faster than a kiosk's citizens: its rate limit must not count.
BENCH_LIMITS = {"public_requests_per_minute": 100000}


class Probe:
    """civiq-sync-bench (bench/sync/sync_bench.cpp) on the centre's database."""

    def __init__(self, binary: Path, uri: str, work: Path):
        self.binary, self.uri, self.work = binary, uri, work

    def run(self, *args: str, out: bool = True) -> dict:
        path = self.work / f"probe-{args[0]}.json"
        done = subprocess.run([str(self.binary), args[0], self.uri, *args[1:], *([str(path)] if out else [])],
                              capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            raise RuntimeError(f"civiq-sync-bench {args[0]} failed:\n{done.stderr[-3000:]}")
        return json.loads(path.read_text()) if out else {}

    def converge(self, branch_db: Path, repetitions: int, bring_back) -> dict:
        """civiq-sync-bench converge: once the probe has read what is pending, `bring_back()` restores
        the line; the probe gets that moment on CLOCK_MONOTONIC (time.monotonic_ns())."""
        path = self.work / "probe-converge.json"
        with subprocess.Popen([str(self.binary), "converge", self.uri, str(branch_db), str(repetitions), str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as probe:
            ready = probe.stdout.readline().strip()
            if ready == "ready":
                moment = time.monotonic_ns()
                bring_back()
                probe.stdin.write(f"{moment}\n")
                probe.stdin.flush()
            _, errors = probe.communicate(timeout=600)
        if probe.returncode != 0 or ready != "ready":
            raise RuntimeError(f"civiq-sync-bench converge failed:\n{errors[-3000:]}")
        return json.loads(path.read_text())


def enrolled_branch(central_binary: str, uri: str, workdir: Path, url: str, **sync) -> Office:
    """A Löbau branch with a fresh credential from the centre (the one before is revoked), syncing
    with `url`, with `sync` added to its [sync] table."""
    workdir.mkdir(parents=True)
    made = subprocess.run([central_binary, "--demo", "branches", "add", "--office", "loebau", "--database", uri],
                          capture_output=True, text=True, check=True, timeout=60)
    credential = workdir / "sync.token"
    credential.write_text(made.stdout)
    credential.chmod(0o600)
    return start_office(workdir / "branch", {"limits": BENCH_LIMITS,
                                             "sync": {"central_url": url, "credential_file": str(credential), **sync}})


def serve_visit(branch: Office, steps: tuple = ("issue", "call-next", "start", "finish"), after=None) -> None:
    """A citizen's visit at counter 1 (open): issued, called, served; four events. `after(step)`
    runs after each step."""
    for step in steps:
        if step == "issue":
            branch.issue(1)
        else:
            branch.counter_action(1, step)
        if after:
            after(step)


def branch_state(database: Path) -> tuple:
    """(the branch's cursor, its events, its database's identity)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        cursor = db.execute("SELECT coalesce(max(applied_seq), 0) FROM sync_cursor").fetchone()[0]
        events = db.execute("SELECT count(*) FROM ticket_events").fetchone()[0]
        instance = db.execute("SELECT id FROM instance").fetchone()[0]
    return cursor, events, instance


def centre_state(cluster, database: str, instance: str) -> tuple:
    """(the centre's last change number for Löbau, the facts it holds from `instance`)."""
    assert re.fullmatch(r"[0-9a-f]{32}", instance), instance  # goes into the SQL: only ever an identity
    last, facts = cluster.psql(database, "SELECT (SELECT coalesce(max(last_seq), 0) FROM office_change_counters "
                                         "WHERE office_id = 'loebau'), (SELECT count(*) FROM branch_facts "
                                         f"WHERE instance = '{instance}')").split("|")
    return int(last), int(facts)


def in_step(cluster, database: str, branch: Office) -> bool:
    cursor, events, instance = branch_state(branch.database)
    return centre_state(cluster, database, instance) == (cursor, events)


def until_in_step(cluster, database: str, branch: Office, what: str) -> None:
    poll_until(lambda: in_step(cluster, database, branch), f"branch and centre in step {what}", timeout=120)


__all__ = ["HOST", "Probe", "enrolled_branch", "serve_visit", "branch_state", "centre_state", "until_in_step"]
