# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""bench/sync-latency's outage phase (issue #16): a branch whose line to the centre is down while
the office records events and citizens book at the centre, 1,000 of each; then the line is back, and
the probe (civiq-sync-bench converge, bench/sync/convergence.cpp) times until the branch has every
change and the centre every event as a fact, and measures beside it the bare cost of moving that
data through both databases (bench/sync/bulk_limit.cpp). The line runs through the counting relay,
which also tells what the catch-up cost in bytes. The branch retries every [sync] interval_s: that
bounds how soon it notices the line is back."""

from __future__ import annotations

import sqlite3
import time

from bench_report import summary
from counting_relay import CountingRelay
from sync_setup import HOST, Probe, enrolled_branch, serve_visit, until_in_step

INTERVAL_S = 1  # the branch's retry interval in this phase (the smallest allowed; default 5)


def appointments_with(database, prefix: str) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM appointments WHERE code LIKE ?", (prefix + "%",)).fetchone()[0]


def measure(central_binary: str, cluster, database: str, uri: str, probe: Probe, relay: CountingRelay, work,
            pending: int, repetitions: int, limit_repetitions: int) -> dict:
    branch = enrolled_branch(central_binary, uri, work / "outage", f"http://{HOST}:{relay.port}",
                             interval_s=INTERVAL_S)
    runs = []
    try:
        branch.counter_action(1, "open")
        for run in range(repetitions):
            until_in_step(cluster, database, branch, "before the outage")
            relay.cut()
            for _ in range(pending // 4):
                serve_visit(branch)  # four events each
            prefix = f"LOE-0A{run}"  # the codes LOE-0A{run}00000 and on: the centre's format, eight hex digits
            probe.run("book", prefix, str(pending), out=False)
            moment = []
            measured = probe.converge(branch.database, limit_repetitions,
                                      lambda: (moment.append(time.monotonic()), relay.restore()))
            back = moment[0]
            done = [c for c in relay.connections if c.accepted >= back and c.closed]
            polls = [c for c in done if "/sync/appointments" in c.request]
            uploads = [c for c in done if "/sync/facts" in c.request]
            measured["pull_bytes"] = {"wire": sum(c.wire for c in polls), "payload": sum(c.payload for c in polls),
                                      "requests": len(polls)}
            measured["upload_bytes"] = {"wire": sum(c.wire for c in uploads),
                                        "payload": sum(c.payload for c in uploads), "requests": len(uploads)}
            # When each direction noticed the line: its first request through the relay (the relay's
            # clock is time.monotonic(), the probe's moment is on the same clock).
            measured["pull_noticed_ms"] = round((polls[0].accepted - back) * 1000, 1)
            measured["upload_noticed_ms"] = round((uploads[0].accepted - back) * 1000, 1)
            # The cursor says every change was applied; the appointments themselves must be there too
            # (a branch refuses what breaks the booking rules, and skips days beyond its window).
            measured["appointments_at_branch"] = appointments_with(branch.database, prefix)
            if measured["appointments_at_branch"] != pending:
                raise RuntimeError(f"the branch holds {measured['appointments_at_branch']} of the {pending} bookings "
                                   f"made during the outage:\n{branch.server.log_tail(2000)}")
            runs.append(measured)
    finally:
        branch.server.stop()
    return {"pending_each_way": pending, "interval_s": INTERVAL_S, "runs": runs}


def summarise(r: dict) -> dict:
    """The block's figures: per run and direction, the time to converge and the part of it after the
    direction's first request; the limits as sums of their steps' medians."""
    runs = r["runs"]
    limit = {step: summary([x for run in runs for x in run[f"{step}_ms"]])
             for step in ("read_changes", "store_changes", "read_events", "store_facts")}
    changes, facts = (sum(run[k] for run in runs) for k in ("changes", "facts"))
    return {
        "converged_ms": [max(run["all_changes_ms"][0], run["all_facts_ms"][0]) for run in runs],
        "pull_after_noticed_ms": [run["all_changes_ms"][0] - run["pull_noticed_ms"] for run in runs],
        "upload_after_noticed_ms": [run["all_facts_ms"][0] - run["upload_noticed_ms"] for run in runs],
        "limit": limit,
        "pull_limit_ms": round(limit["read_changes"]["p50_ms"] + limit["store_changes"]["p50_ms"], 1),
        "upload_limit_ms": round(limit["read_events"]["p50_ms"] + limit["store_facts"]["p50_ms"], 1),
        "bytes_per_change": round(sum(run["pull_bytes"]["wire"] for run in runs) / changes),
        "payload_per_change": round(sum(run["pull_bytes"]["payload"] for run in runs) / changes),
        "bytes_per_fact": round(sum(run["upload_bytes"]["wire"] for run in runs) / facts),
        "payload_per_fact": round(sum(run["upload_bytes"]["payload"] for run in runs) / facts),
    }


def _ms(values: list) -> str:
    return ", ".join(str(round(v)) for v in values)


def _times(values: list, limit: float) -> str:
    return f"{round(max(values) / limit, 1)} ×" if limit else "—"


def block(r: dict, begin: str, end: str, machine: str) -> str:
    s = summarise(r)
    runs, lim = r["runs"], s["limit"]
    rows = [f"| run {i + 1} | {round(run['pull_noticed_ms'])} | {round(run['all_changes_ms'][0])} | "
            f"{round(run['upload_noticed_ms'])} | {round(run['all_facts_ms'][0])} | **{round(converged)}** |"
            for i, (run, converged) in enumerate(zip(runs, s["converged_ms"]))]
    return "\n".join([
        begin,
        f"| after the line is back, ms until … | the branch's first pull | all {runs[0]['changes']} changes at the branch "
        f"| its first upload | all {runs[0]['facts']} facts at the centre | converged |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
        f"| physical limit, same run: the bare cost of moving the data (medians of {lim['read_changes']['n']}) | ms |",
        "|---|---:|",
        f"| PostgreSQL: the changes read in one query (the sync's SELECT) | {lim['read_changes']['p50_ms']} |",
        f"| SQLite: stored in one durable transaction (an upsert by code, as the import) | {lim['store_changes']['p50_ms']} |",
        f"| **the changes' way** | **{s['pull_limit_ms']}** |",
        f"| SQLite: the events read from the branch's log in one query | {lim['read_events']['p50_ms']} |",
        f"| PostgreSQL: stored as facts in one committed transaction (COPY) | {lim['store_facts']['p50_ms']} |",
        f"| **the facts' way** | **{s['upload_limit_ms']}** |",
        "",
        f"Converged at worst {round(max(s['converged_ms']))} ms after the line came back ({len(runs)} "
        f"{'run' if len(runs) == 1 else 'runs'}; the issue names no target). Most of it is the wait for the "
        f"branch's next retry, at most `[sync] interval_s` (here {r['interval_s']} s, the least allowed; default "
        "5 s), on each direction's own timer. From its first request on, each direction took: the changes "
        f"{_ms(s['pull_after_noticed_ms'])} ms, {_times(s['pull_after_noticed_ms'], s['pull_limit_ms'])} their "
        f"bare cost ({s['pull_limit_ms']} ms); the facts {_ms(s['upload_after_noticed_ms'])} ms, "
        f"{_times(s['upload_after_noticed_ms'], s['upload_limit_ms'])} theirs ({s['upload_limit_ms']} ms). "
        f"On the wire: {s['bytes_per_change']} bytes per change ({s['payload_per_change']} of them JSON) and "
        f"{s['bytes_per_fact']} per fact ({s['payload_per_fact']} JSON), in batches of up to 500 changes and 200 "
        f"facts. Per run, while the relay refused the line, {r['pending_each_way'] // 4} visits (issued, called, "
        f"started, finished: {r['pending_each_way']} events) were recorded through the branch's HTTP API and "
        f"{r['pending_each_way']} bookings committed one by one at the centre, all inside the days the branch "
        f"holds (each checked at the branch afterwards); on {machine}.",
        end,
    ])
