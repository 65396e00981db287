# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #16): the Löbau branch server pulls its office's appointments from civiq-central
with its machine credential. A booking made online reaches the branch's own SQLite within seconds,
and its cancellation after it; while the centre is down, the branch answers as before; once the
centre is back, the branch catches up with what changed meanwhile, and a restarted branch goes on
from its stored cursor without applying anything twice. Real binaries, a real PostgreSQL, a real
SMTP server."""

import sqlite3
import subprocess

import pytest

from central_e2e import (PUBLIC_URL, Central, book, central_binary, cluster, database_for, mail, offered_days,  # noqa: F401
                         stop_cleanly)
from civiq_e2e import HOST, expect
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
                              ("--smtp", mail.url, "--public-url", PUBLIC_URL), port=free_port()).start()
    try:
        yield server
    finally:
        if server.proc and server.proc.poll() is None:
            stop_cleanly(server)


def appointment_in(database, code: str):
    """(cancelled, slot time) of the appointment as the branch stored it, or None."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute("SELECT cancelled, slot_at FROM appointments WHERE code = ?", (code,)).fetchone()


def test_the_branch_pulls_its_appointments_and_catches_up_after_an_outage(centre, mail, office_factory, tmp_path):
    made = subprocess.run([central_binary(), "--demo", "branches", "add", "--office", "loebau", "--database",
                           centre.database_uri], capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    credential = tmp_path / "sync.token"
    credential.write_text(made.stdout)
    credential.chmod(0o600)
    branch = office_factory("branch", {"sync": {"central_url": f"http://{HOST}:{centre.port}",
                                                "credential_file": str(credential), "interval_s": 1}})
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
