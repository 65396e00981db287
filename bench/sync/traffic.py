# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""bench/sync-latency's traffic phase (issue #16): the bytes between one branch and the centre, on
the line through the counting relay (bench/sync/counting_relay.py), with the branch's default sync
settings. Quiet: N whole long-poll cycles of an office where nothing happens, from the start of one
poll to the start of the poll N later, extrapolated to 24 hours. Busy: each booking change sent
alone (the probe's latency mode, through the relay) and each event uploaded alone (one step of a
visit, then the wait for its upload), as they come on an ordinary day; times a typical office day.
Beside each, the physical limit: the JSON bodies alone, without the HTTP headers."""

from __future__ import annotations

from counting_relay import Connection, CountingRelay
from daemons import poll_until
from sync_setup import HOST, Probe, branch_state, enrolled_branch, serve_visit, until_in_step

DAY_S = 86400
TYPICAL_DAY = {"bookings": 200, "events": 3000}  # an office day as the issue has it


def _sum(connections: list[Connection]) -> dict:
    return {"wire": sum(c.wire for c in connections), "payload": sum(c.payload for c in connections),
            "requests": len(connections)}


def _request_seen(connection: Connection) -> bool:
    return connection.up.header > 0


def measure(central_binary: str, cluster, database: str, uri: str, probe: Probe, relay: CountingRelay, work,
            visits: int, changes: int, cycles: int, sync: dict) -> dict:
    branch = enrolled_branch(central_binary, uri, work / "traffic", f"http://{HOST}:{relay.port}", **sync)
    try:
        branch.counter_action(1, "open")
        until_in_step(cluster, database, branch, "before the traffic is counted")

        # Each event alone: one step of a visit, then the wait until its upload is through.
        first_upload = len(relay.uploads())
        events_before = branch_state(branch.database)[1]

        def uploaded(_step: str) -> None:
            until_in_step(cluster, database, branch, "after an event")
            poll_until(lambda: all(c.closed for c in relay.uploads()[first_upload:]), "the upload closed")

        for _ in range(visits):
            serve_visit(branch, after=uploaded)
        uploads = relay.uploads()[first_upload:]
        facts = branch_state(branch.database)[1] - events_before

        # Each change alone: the probe changes one booking and waits until the branch has it.
        parked = len(relay.polls()) - 1
        latency = probe.run("latency", str(branch.database), str(changes))
        sent = changes + 1  # and the upsert that sets the booking's first name
        poll_until(lambda: len(relay.polls()) > parked + sent and _request_seen(relay.polls()[parked + sent]),
                           "the poll after the last change")
        polls = relay.polls()
        per_change = _sum(polls[parked:parked + sent])

        # Quiet: N whole cycles, from the start of the poll after the last change.
        start = parked + sent
        poll_until(lambda: len(relay.polls()) > start + cycles, f"{cycles} quiet poll cycles",
                   timeout=cycles * (sync.get("wait_s", 25) + 10) + 30)
        polls = relay.polls()
        first, last = polls[start], polls[start + cycles]
        quiet = _sum([c for c in list(relay.connections) if first.accepted <= c.accepted < last.accepted])
        quiet["seconds"] = last.accepted - first.accepted
        quiet["cycle_s"] = [round(b.accepted - a.accepted, 3) for a, b in zip(polls[start:start + cycles],
                                                                          polls[start + 1:start + cycles + 1])]
    finally:
        branch.server.stop()
    return {"sync": {"interval_s": 5, "wait_s": 25, **sync}, "uploads": _sum(uploads), "facts": facts,
            "changes": per_change, "changes_sent": sent, "quiet": quiet, "cycles": cycles,
            "change_to_branch_via_relay_ms": latency["change_to_branch_ms"]}


def day_figures(r: dict, outage: dict | None) -> dict:
    """Per day: quiet, extrapolated; busy = quiet + a typical day's changes and events, each sent alone
    (and, with the outage phase's batches, each in a batch: the least they can cost)."""
    q = r["quiet"]
    scale = DAY_S / q["seconds"]
    per_change = {k: r["changes"][k] / r["changes_sent"] for k in ("wire", "payload")}
    per_fact = {k: r["uploads"][k] / r["facts"] for k in ("wire", "payload")}
    out = {
        "quiet_per_day": {k: round(q[k] * scale) for k in ("wire", "payload")},
        "requests_per_day": round(q["requests"] * scale),
        "per_change": {k: round(v) for k, v in per_change.items()},
        "per_fact": {k: round(v) for k, v in per_fact.items()},
    }
    out["busy_per_day"] = {k: round(q[k] * scale + TYPICAL_DAY["bookings"] * per_change[k] +
                                    TYPICAL_DAY["events"] * per_fact[k]) for k in ("wire", "payload")}
    if outage:
        out["busy_batched_per_day"] = {
            k: round(q[k] * scale + TYPICAL_DAY["bookings"] * outage[f"{prefix}_per_change"] +
                     TYPICAL_DAY["events"] * outage[f"{prefix}_per_fact"])
            for k, prefix in (("wire", "bytes"), ("payload", "payload"))}
    return out


def _kb(n: float) -> str:
    return f"{n / 1000:,.1f} kB" if n < 1e6 else f"{n / 1e6:,.2f} MB"


def block(r: dict, outage_summary: dict | None, begin: str, end: str, machine: str) -> str:
    d = day_figures(r, outage_summary)
    q = r["quiet"]

    def headers(k: str) -> str:
        return f"{round(100 * (1 - d[k]['payload'] / d[k]['wire']))} %" if d[k]["wire"] else "—"

    rows = [
        f"| quiet: {r['cycles']} long-poll cycles ({round(q['seconds'], 1)} s, {q['requests']} requests), "
        f"per 24 h | {_kb(d['quiet_per_day']['wire'])} | {_kb(d['quiet_per_day']['payload'])} | {headers('quiet_per_day')} |",
        f"| a booking change, sent alone (one long poll answered; {r['changes_sent']} measured) | "
        f"{d['per_change']['wire']} B | {d['per_change']['payload']} B | {headers('per_change')} |",
        f"| an event, uploaded alone as a fact (one POST; {r['facts']} measured) | {d['per_fact']['wire']} B | "
        f"{d['per_fact']['payload']} B | {headers('per_fact')} |",
        f"| busy day: quiet + {TYPICAL_DAY['bookings']} changes + {TYPICAL_DAY['events']:,} events, each alone | "
        f"**{_kb(d['busy_per_day']['wire'])}** | {_kb(d['busy_per_day']['payload'])} | {headers('busy_per_day')} |",
    ]
    if "busy_batched_per_day" in d:
        rows.append(f"| the same day, changes and events in batches (as after the outage above) | "
                    f"{_kb(d['busy_batched_per_day']['wire'])} | {_kb(d['busy_batched_per_day']['payload'])} | "
                    f"{headers('busy_batched_per_day')} |")
    return "\n".join([
        begin,
        "| traffic between one branch and the centre | on the line (HTTP) | physical limit: the JSON bodies alone | headers' share |",
        "|---|---:|---:|---:|",
        *rows,
        "",
        f"Settings: `wait_s` = {r['sync']['wait_s']} s, `interval_s` = {r['sync']['interval_s']} s"
        f"{' (the defaults)' if (r['sync']['wait_s'], r['sync']['interval_s']) == (25, 5) else ''}. Measured on "
        f"{machine}, over loopback through the bench's relay, which counts the TCP payload: the packets' TCP/IP "
        "headers and, in production, TLS come on top. The quiet figure is "
        f"{r['cycles']} whole cycles scaled to 24 h ({d['requests_per_day']:,} requests a day, each on a new "
        "TCP connection); the busy day adds the measured cost of each change and each event to it (a change also "
        "ends a poll early, so the quiet part is slightly overcounted).",
        end,
    ])
