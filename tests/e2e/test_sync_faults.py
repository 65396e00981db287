# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #16): a bad line between the Löbau branch and the centre. A fault-injecting proxy
(fault_proxy.py) drops every connection, stalls them, cuts answers mid-body, delays them, answers
in the centre's place with a page that is no JSON and with 500s, one after the other, while
citizens book and cancel online and the office serves walk-ins. Each fault
hits both directions (the branch's pull and its upload of facts: a cut answer to an upload the
centre has stored makes the branch send it again). During each fault the office works on; after
each, once the line is good again, both sides agree: the branch has every booking as the centre has
it (cancellations included), the centre has every event of the office's queue, once. Real binaries,
a real PostgreSQL, a real SMTP server."""

import sqlite3

from central_e2e import book, cluster, mail, offered_days  # noqa: F401
from civiq_e2e import HOST, TIMEOUT_SCALE, expect
from daemons import poll_until
from fault_proxy import FaultProxy
from test_branch_sync import centre, enrolled_branch, events_at_branch, facts_at_centre, serve_one  # noqa: F401

FAULTS = ("drop", "stall", "cut", "delay", "garbage", "error")


def failures(branch) -> tuple:
    """How often the branch's pull and its upload each began to fail (each streak is logged once)."""
    lines = [line for line in branch.server.log_text().splitlines() if "(retrying every" in line]
    uploads = sum("the events wait in the outbox" in line for line in lines)
    return len(lines) - uploads, uploads


def bookings_at_centre(cluster, request) -> dict:
    rows = cluster.psql("central_" + request.node.name[:40].lower(),
                        "SELECT code, status = 'cancelled' FROM bookings "
                        "WHERE office_id = 'loebau' AND change_seq IS NOT NULL").split()
    return {code: flag == "t" for code, flag in (row.split("|") for row in rows)}


def appointments_at_branch(database) -> dict:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return {code: bool(cancelled) for code, cancelled in db.execute("SELECT code, cancelled FROM appointments")}


def test_branch_and_centre_agree_after_drops_stalls_cuts_and_delays(centre, mail, office_factory, tmp_path, cluster,
                                                                     request):
    proxy = FaultProxy(centre.port)
    try:
        branch = enrolled_branch(centre, office_factory, tmp_path, url=f"http://{HOST}:{proxy.port}", wait_s=2)
        client = centre.client()
        branch.counter_action(1, "open")
        slots = iter([(d["day"], s["start"]) for d in offered_days(client, "loebau", "2") for s in d["slots"]])

        def agreed():
            return (appointments_at_branch(branch.database) == bookings_at_centre(cluster, request)
                    and [(s, t) for _, s, t in facts_at_centre(cluster, request)] == events_at_branch(branch.database))

        poll_until(agreed, "in step before the first fault")
        manages = []
        for number, fault in enumerate(FAULTS):
            failed_before = failures(branch)
            proxy.set_mode(fault)
            day, start = next(slots)
            booked = book(client, mail, "loebau", [2], day, start, f"citizen{number}@example.org")
            manages.append(booked[1])
            if number % 2:  # and every other time a citizen cancels an earlier one
                expect(client.post(f"/api/v1/booking/manage/{manages[number - 1]}/cancel"), 200, "cancel online")
            serve_one(branch)  # the office works on, whatever the line does
            expect(branch.anon.get("/api/v1/health"), 200, f"the branch during {fault}")
            if fault != "delay":  # a slow line is no failure; each other fault hits both directions
                poll_until(lambda before=failed_before: all(now > then for now, then in zip(failures(branch), before)),
                           f"the branch's pull and upload notice the {fault}", timeout=60 * TIMEOUT_SCALE)
            proxy.set_mode("pass")
            poll_until(agreed, f"branch and centre agree after the {fault}", timeout=60 * TIMEOUT_SCALE)
        assert len(bookings_at_centre(cluster, request)) == len(FAULTS)
        assert sum(appointments_at_branch(branch.database).values()) == len(FAULTS) // 2, \
            "every other one cancelled, at the branch too"
    finally:
        proxy.close()
