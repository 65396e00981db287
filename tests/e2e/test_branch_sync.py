# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #16): the Löbau branch server pulls its office's appointments from civiq-central
with its machine credential. A booking made online reaches the branch's own SQLite within seconds,
and its cancellation after it; while the centre is down, the branch answers as before; once the
centre is back, the branch catches up with what changed meanwhile, and a restarted branch goes on
from its stored cursor without applying anything twice. A citizen who checked in keeps the ticket
when the centre cancels the appointment later (the day closed), while the day's other appointments
are cancelled at the kiosk too. The way back: every event of the office's queue reaches the centre
as an anonymous fact, once, also across an outage of the centre, a restart of the branch and a
restore of the branch from a backup. Real binaries, a real PostgreSQL, a real SMTP server."""

import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from central_e2e import (BERLIN, PUBLIC_URL, Central, book, central_binary, cluster, database_for, mail, offered_days,  # noqa: F401
                         stop_cleanly)
from test_central_admin_commands import shell
from civiq_e2e import HOST, expect, expect_error, run_admin
from daemons import free_port, poll_until


class FixedPortCentral(Central):
    """civiq-central on a port of its own, so that a restart answers at the address the branch knows."""

    def __init__(self, *args, port: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fixed_port = port

    def command(self) -> list:
        return [arg if arg != f"{HOST}:0" else f"{HOST}:{self.fixed_port}" for arg in super().command()]


@pytest.fixture
def centre(cluster, tmp_path, request, mail):
    server = FixedPortCentral(tmp_path / "central", database_for(cluster, request),
                              ("--smtp", mail.url, "--public-url", PUBLIC_URL, "--chore-seconds", "1"),
                              port=free_port()).start()  # chores: the branches' round every second
    try:
        yield server
    finally:
        if server.proc and server.proc.poll() is None:
            stop_cleanly(server)


def appointment_day_in(database, code: str):
    """The office day the branch stored the appointment under, or None."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        found = db.execute("SELECT office_day FROM appointments WHERE code = ?", (code,)).fetchone()
    return found[0] if found else None


def appointment_in(database, code: str):
    """(cancelled, slot time) of the appointment as the branch stored it, or None."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute("SELECT cancelled, slot_at FROM appointments WHERE code = ?", (code,)).fetchone()


def enrolled_branch(centre, office_factory, tmp_path, url: str = "", **sync):
    """The Löbau branch server with its credential from the centre, syncing with it (or through
    `url`), with `sync` added to its [sync] table. Its window reaches 60 days ahead, so that the
    tests' bookings on the first offered days are in it whatever the calendar does."""
    made = subprocess.run([central_binary(), "--demo", "branches", "add", "--office", "loebau", "--database",
                           centre.database_uri], capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    credential = tmp_path / "sync.token"
    credential.write_text(made.stdout)
    credential.chmod(0o600)
    return office_factory("branch", {"sync": {"central_url": url or f"http://{HOST}:{centre.port}",
                                              "credential_file": str(credential), "interval_s": 1, "days_ahead": 60,
                                              **sync}})


def test_the_branch_pulls_its_appointments_and_catches_up_after_an_outage(centre, mail, office_factory, tmp_path):
    branch = enrolled_branch(centre, office_factory, tmp_path)
    client = centre.client()
    day = offered_days(client, "loebau", "2")[0]
    first, second = day["slots"][0]["start"], day["slots"][1]["start"]

    booked, manage, _ = book(client, mail, "loebau", [2], day["day"], first, "eva.branch@example.org")
    assert poll_until(lambda: appointment_in(branch.database, booked["code"]), "the booking at the branch")[0] == 0
    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancel online")
    poll_until(lambda: (appointment_in(branch.database, booked["code"]) or (0,))[0] == 1, "the cancellation at the branch")

    # The centre goes away; the branch goes on as before.
    other, other_manage, _ = book(client, mail, "loebau", [2], day["day"], second, "max.branch@example.org")
    poll_until(lambda: appointment_in(branch.database, other["code"]), "the second booking at the branch")
    stop_cleanly(centre)
    poll_until(lambda: "sync: no answer from the centre" in branch.server.log_text(), "the branch notices the outage")
    expect(branch.client().get("/api/v1/health"), 200, "the branch without its centre")
    # Back: a change made right after the restart reaches the branch, as if nothing happened.
    centre.start()
    expect(centre.client().post(f"/api/v1/booking/manage/{other_manage}/cancel"), 200, "cancel after the outage")
    poll_until(lambda: (appointment_in(branch.database, other["code"]) or (0,))[0] == 1, "caught up after the outage")
    poll_until(lambda: "sync: the centre answers again" in branch.server.log_text(), "the branch says so")

    # A restarted branch goes on after the last change it applied, which it keeps in its database.
    with sqlite3.connect(f"file:{branch.database}?mode=ro", uri=True) as db:
        [(applied,)] = db.execute("SELECT applied_seq FROM sync_cursor").fetchall()
    branch.server.stop()
    branch.server.start()
    poll_until(lambda: f"pulling loebau's appointments from http://{HOST}:{centre.port} after change {applied}"
               in branch.server.log_text(), "the restart resumes at the stored cursor")


def test_a_citizen_who_checked_in_keeps_the_ticket_when_the_day_is_closed_centrally(centre, mail, office_factory,
                                                                                    tmp_path, cluster, request):
    """The conflict rule: the citizen at the kiosk beats a cancellation made centrally meanwhile."""
    branch = enrolled_branch(centre, office_factory, tmp_path)
    client = centre.client()
    day = offered_days(client, "loebau", "2")[0]
    here, _, _ = book(client, mail, "loebau", [2], day["day"], day["slots"][0]["start"], "eva.here@example.org")
    away, _, _ = book(client, mail, "loebau", [2], day["day"], day["slots"][1]["start"], "max.away@example.org")
    # Both made today's, at this minute (the centre books no slot this close), as the office sees it.
    cluster.psql("central_" + request.node.name[:40].lower(),
                 "UPDATE bookings SET day = (now() AT TIME ZONE 'Europe/Berlin')::date, "
                 "start_s = extract(epoch FROM date_trunc('minute', now() AT TIME ZONE 'Europe/Berlin')::time)::int")
    today = dt.datetime.now(BERLIN).date().isoformat()
    for booking in (here, away):
        poll_until(lambda b=booking: appointment_day_in(branch.database, b["code"]) == today, "today's at the branch")
    ticket = expect(branch.kiosk.post(f"/api/v1/appointments/{here['code']}/check-in", {"language": "de"}), 201,
                    "Eva checks in at the kiosk")

    closed = shell(centre, "closures", "add", "--office", "loebau", "--day", today, "--reason", "Stromausfall")
    assert closed.returncode == 0, closed.stderr
    for booking in (here, away):
        poll_until(lambda b=booking: (appointment_in(branch.database, b["code"]) or (0,))[0] == 1,
                   "the closure's cancellation at the branch")

    # Eva is in the building: her ticket waits on, and the list says she is checked in.
    queue = {t["number"]: t for t in branch.queue()}
    assert queue[ticket["number"]]["status"] == "waiting", queue
    listed = {a["code"]: a for a in expect(branch.clerk.get("/api/v1/appointments"), 200, "list")["appointments"]}
    assert listed[here["code"]]["status"] == "checked_in", listed
    assert listed[here["code"]]["ticket_number"] == ticket["number"]
    assert listed[away["code"]]["status"] == "cancelled", listed
    expect_error(branch.kiosk.post(f"/api/v1/appointments/{away['code']}/check-in", {"language": "de"}), 409,
                 "appointment_cancelled", "a cancelled appointment is not checked in")
    poll_until(lambda: f"sync: {here['code']} (ticket {ticket['number']}) was cancelled centrally after its check-in"
               in branch.server.log_text(), "the branch logs the conflict and its outcome")


def events_at_branch(database) -> list:
    """(seq, type) of every event in the branch's log."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute("SELECT seq, type FROM ticket_events ORDER BY seq").fetchall()


def facts_at_centre(cluster, request) -> list:
    """(instance, seq, type) of every fact the centre stored, by seq."""
    rows = cluster.psql("central_" + request.node.name[:40].lower(),
                        "SELECT instance, seq, type FROM branch_facts ORDER BY seq, instance").split()
    return [(i, int(s), t) for i, s, t in (row.split("|") for row in rows)]


def instance_of(database) -> str:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute("SELECT id FROM instance").fetchone()[0]


def serve_one(branch) -> dict:
    """A citizen's visit at counter 1: issued, called, served."""
    ticket = branch.issue(1)
    branch.counter_action(1, "call-next")
    branch.counter_action(1, "start")
    branch.counter_action(1, "finish")
    return ticket


def test_the_offices_events_reach_the_centre_once_across_outage_restart_and_restore(centre, mail, office_factory,
                                                                                   tmp_path, cluster, request):
    branch = enrolled_branch(centre, office_factory, tmp_path)
    original = instance_of(branch.database)

    def in_step():
        return [(s, t) for _, s, t in facts_at_centre(cluster, request)] == events_at_branch(branch.database)

    branch.counter_action(1, "open")
    ticket = serve_one(branch)
    poll_until(in_step, "every event of the office at the centre")
    stored = cluster.psql("central_" + request.node.name[:40].lower(), "SELECT * FROM branch_facts")
    assert ticket["token"] not in stored and "service_finished" in stored, "facts, never a ticket's token"

    # The centre is away: the office works on, its events wait in the outbox (and are in a backup
    # taken now, not yet sent), and go when it is back.
    stop_cleanly(centre)
    serve_one(branch)
    poll_until(lambda: "sync: the centre took no facts" in branch.server.log_text(), "the branch notices")
    backup = tmp_path / "backup.db"
    run_admin(branch.database, "backup", str(backup))
    in_backup = events_at_branch(backup)
    centre.start()
    poll_until(in_step, "the outbox drained after the outage")
    poll_until(lambda: "sync: the centre takes the office's facts again" in branch.server.log_text(), "and says so")

    # More work, then the backup restored: it sends its unsent events again, under the name of the
    # database that recorded them, so the centre, which has them, does not count them twice.
    serve_one(branch)
    poll_until(in_step, "the events after the backup at the centre")
    branch.server.stop()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{branch.database}{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, branch.database)
    branch.server.start()
    serve_one(branch)
    restored = instance_of(branch.database)
    assert restored != original
    upto = in_backup[-1][0]
    since_restore = [e for e in events_at_branch(branch.database) if e[0] > upto]
    poll_until(lambda: [(s, t) for i, s, t in facts_at_centre(cluster, request) if i == restored] == since_restore,
               "the restored branch's own events at the centre, under its own name")
    facts = facts_at_centre(cluster, request)
    assert [(s, t) for i, s, t in facts if s <= upto] == in_backup, "the backup's events once each"
    assert {i for i, s, _ in facts if s <= upto} == {original}, "named by the database that recorded them"
    assert {i for i, s, _ in facts if s > upto} == {original, restored}, "the lost ones and the new ones, both kept"
