# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #16, the centre's side): a branch pulls its office's appointments from
civiq-central with its machine credential and a cursor. A pull that asks to wait (wait_s, a long poll) is answered
the moment its office changes, by this process or by the admin's shell, and otherwise after its
wait; a stopping centre answers it at once. The centre shows how each office's branch keeps up (on
the shell and to staff, a manager their offices only). A pull after changes gets only what changed
(a booking, its move, its cancellation), in the shape of the branch's appointment import; a pull
with the last cursor gets nothing; a branch's credential reads its own office only and stops
working when revoked; holds and unconfirmed bookings are none of a branch's business. On a real
PostgreSQL and SMTP server."""

import concurrent.futures
import datetime as dt
import subprocess
import time

from central_e2e import (BERLIN, book, central, central_binary, cluster, hold, mail, mails_to,  # noqa: F401
                         offered_days, solved_challenge)
from civiq_e2e import REQUEST_TIMEOUT_S, Client, expect, expect_error
from daemons import poll_until
from test_central_staff import STAFF, add_user, signed_in

FEED = "/api/v1/booking/sync/appointments"


def branch_token(central, office: str) -> str:
    done = subprocess.run([central_binary(), "--demo", "branches", "add", "--office", office, "--database",
                           central.database_uri], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert len(token) == 64 and "shown only now" in done.stderr, (token, done.stderr)
    return token


def pull(client, token: str, after: int = 0) -> dict:
    return expect(client.with_token(token).get(f"{FEED}?after={after}"), 200, "pull")


def at(day: str, start: str) -> str:
    """The appointment's start as the feed writes it: UTC, from the office's local day and time."""
    local = dt.datetime.fromisoformat(f"{day}T{start}").replace(tzinfo=BERLIN)
    return local.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_a_branch_pulls_its_offices_changes_by_cursor(central, mail):
    client = central.client()
    loebau, zittau = branch_token(central, "loebau"), branch_token(central, "zittau")
    assert pull(client, loebau) == {"office": "loebau", "cursor": 0, "appointments": [], "more": False}

    day = offered_days(client, "loebau", "2")[0]
    first, later = day["slots"][0]["start"], day["slots"][2]["start"]
    expect(hold(client, "loebau", [2], day["day"], first), 201, "a hold")  # not a branch's business
    booked, manage, _ = book(client, mail, "loebau", [2], day["day"], first, "eva.sync@example.org")
    batch = pull(client, loebau)
    [appointment] = batch["appointments"]
    assert appointment == {"seq": batch["cursor"], "code": booked["code"], "time": at(day["day"], first),
                           "service_ids": [2], "name": "Eva Muster", "cancelled": False, "outside_window": None}, \
        appointment
    assert pull(client, loebau, batch["cursor"])["appointments"] == [], "nothing new after the cursor"
    assert pull(client, zittau)["appointments"] == [], "another office's branch sees nothing of Löbau"

    # The window: after its last day, the change comes without the citizen's name; from..until, only those days.
    before = (dt.date.fromisoformat(day["day"]) - dt.timedelta(days=1)).isoformat()
    [beyond] = expect(client.with_token(loebau).get(f"{FEED}?after=0&until={before}"), 200, "pull")["appointments"]
    assert (beyond["outside_window"], beyond["name"], beyond["code"]) == (True, None, booked["code"]), beyond
    [inside] = expect(client.with_token(loebau).get(f"{FEED}?after=0&from={day['day']}&until={day['day']}"), 200,
                      "the days entering the window")["appointments"]
    assert (inside["outside_window"], inside["name"]) == (None, "Eva Muster"), inside
    assert expect(client.with_token(loebau).get(f"{FEED}?after=0&from={before}&until={before}"), 200,
                  "a day without bookings")["appointments"] == []
    for query, why in ((f"until={day['day'][:7]}", "until"), (f"from={day['day']}", "from without until"),
                       (f"from={day['day']}&until={before}", "from after until")):
        expect_error(client.with_token(loebau).get(f"{FEED}?after=0&{query}"), 400, "invalid_argument", why)

    # A move and a cancellation each come again, in commit order, numbered after the cursor.
    cursor = batch["cursor"]
    moved = expect(client.post(f"/api/v1/booking/manage/{manage}/rebook",
                               {"day": day["day"], "start": later, "altcha": solved_challenge(client)}), 200, "move")
    assert moved["start"] == later
    [after_move] = pull(client, loebau, cursor)["appointments"]
    assert after_move["time"] == at(day["day"], later) and after_move["seq"] > cursor, after_move
    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancel")
    [after_cancel] = pull(client, loebau, after_move["seq"])["appointments"]
    assert after_cancel["cancelled"] is True and after_cancel["code"] == booked["code"]
    assert after_cancel["seq"] > after_move["seq"]
    assert [a["cancelled"] for a in pull(client, loebau)["appointments"]] == [True], "one row per booking, newest"

    # Wrong, missing and revoked credentials; a bad cursor.
    expect_error(client.get(FEED), 401, "unauthorized")
    expect_error(client.with_token("f" * 64).get(FEED), 401, "unauthorized")
    expect_error(client.with_token(loebau).get(f"{FEED}?after=-1"), 400, "invalid_argument")
    expect_error(client.with_token(loebau).get(f"{FEED}?after=x"), 400, "invalid_argument")
    revoked = subprocess.run([central_binary(), "--demo", "branches", "remove", "--office", "loebau", "--database",
                              central.database_uri], capture_output=True, text=True, timeout=60)
    assert revoked.returncode == 0, revoked.stderr
    expect_error(client.with_token(loebau).get(FEED), 401, "unauthorized")


def test_a_puller_misses_no_change_made_while_it_pulls(central, mail):
    """Changes numbered in commit order: a pull never returns a number before a change with a
    smaller number has committed, so pulling by cursor while citizens cancel loses nothing."""
    client = central.client()
    token = branch_token(central, "loebau")
    day = offered_days(client, "loebau", "2")[0]
    manages = [book(client, mail, "loebau", [2], day["day"], slot["start"], f"citizen{i}@example.org")[1]
               for i, slot in enumerate(day["slots"][:6])]
    cursor, seen = 0, {}

    def pull_all():
        nonlocal cursor
        batch = pull(client, token, cursor)
        for appointment in batch["appointments"]:
            assert appointment["seq"] > cursor, (appointment, cursor)
            seen[appointment["code"]] = appointment["cancelled"]
        cursor = batch["cursor"]

    pull_all()
    assert len(seen) == 6 and not any(seen.values())
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        cancels = [pool.submit(central.client().post, f"/api/v1/booking/manage/{m}/cancel") for m in manages]
        while not all(c.done() for c in cancels):
            pull_all()
        assert [c.result().status for c in cancels] == [200] * 6
    pull_all()
    assert all(seen.values()), f"every cancellation reached the branch: {seen}"


def waiting_pull(central, token: str, after: int, wait_s: int) -> concurrent.futures.Future:
    """A long poll under way on a thread of its own; its client waits longer than the centre may."""
    client = Client(central.port, token, timeout=wait_s + REQUEST_TIMEOUT_S)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(lambda: expect(client.get(f"{FEED}?after={after}&wait_s={wait_s}"), 200, "long poll"))
    finally:
        pool.shutdown(wait=False)


def test_a_waiting_pull_is_answered_when_its_office_changes_and_else_after_its_wait(central, mail):
    client = central.client()
    token = branch_token(central, "loebau")
    cursor = pull(client, token)["cursor"]

    # Nothing happens: the answer is empty and comes after the wait, not before.
    started = time.monotonic()
    quiet = expect(client.with_token(token).get(f"{FEED}?after={cursor}&wait_s=1"), 200, "a quiet long poll")
    assert quiet == {"office": "loebau", "cursor": cursor, "appointments": [], "more": False}
    assert time.monotonic() - started >= 1.0, "the centre waited before it said there is nothing"

    # A booking wakes the waiting pull: it answers with the booking, long before its 60 s. Had the
    # wake-up not come, the pull would end empty after 60 s, past the client's own deadline.
    waiting = waiting_pull(central, token, cursor, 60)
    day = offered_days(client, "loebau", "2")[0]
    booked, manage, _ = book(client, mail, "loebau", [2], day["day"], day["slots"][0]["start"], "eva.wait@example.org")
    answer = waiting.result(timeout=REQUEST_TIMEOUT_S * 3)
    assert [a["code"] for a in answer["appointments"]] == [booked["code"]], answer
    cursor = answer["cursor"]

    # Another process's change (the admin closes the day on the shell, which cancels the booking)
    # wakes it just the same: PostgreSQL announces it to civiq-central.
    waiting = waiting_pull(central, token, cursor, 60)
    closed = subprocess.run([central_binary(), "--demo", "closures", "add", "--office", "loebau", "--day", day["day"],
                             "--reason", "Stromausfall", "--database", central.database_uri],
                            capture_output=True, text=True, timeout=60)
    assert closed.returncode == 0, closed.stderr
    answer = waiting.result(timeout=REQUEST_TIMEOUT_S * 3)
    assert [(a["code"], a["cancelled"]) for a in answer["appointments"]] == [(booked["code"], True)], answer

    # Out of range, or not a number: refused.
    expect_error(client.with_token(token).get(f"{FEED}?wait_s=61"), 400, "invalid_argument")
    expect_error(client.with_token(token).get(f"{FEED}?wait_s=soon"), 400, "invalid_argument")


def test_a_stopping_centre_answers_its_waiting_pulls_at_once(central, mail):
    client = central.client()
    token = branch_token(central, "zittau")
    cursor = pull(client, token)["cursor"]
    waiting = [waiting_pull(central, token, cursor, 60) for _ in range(3)]
    poll_until(lambda: expect(client.get("/api/v1/health"), 200, "health")["waiting_pulls"] == 3, "three parked pulls")
    assert central.stop() == 0
    for pulled in waiting:
        assert pulled.result(timeout=REQUEST_TIMEOUT_S) == {"office": "zittau", "cursor": cursor, "appointments": [],
                                                            "more": False}


def branches_listed(central) -> str:
    done = subprocess.run([central_binary(), "--demo", "branches", "list", "--database", central.database_uri],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_centre_shows_how_each_offices_branch_keeps_up(central, mail, cluster, request):
    client = central.client()
    token = branch_token(central, "loebau")
    add_user(central, "kreis", "Kreis-Passwort-1", role="admin")
    add_user(central, "zittau-leitung", "Zittau-Passwort-1", offices="zittau")
    admin = signed_in(client, "kreis", "Kreis-Passwort-1")

    def states():
        return {b["office"]: b for b in expect(admin.get(f"{STAFF}/branches"), 200, "branches")["branches"]}

    before = states()
    assert list(before) == ["loebau", "weisswasser", "zittau", "niesky", "goerlitz"], "every office, county order"
    assert before["loebau"]["state"] == "never_pulled" and "enrolled_at" in before["loebau"]
    assert before["zittau"] == {"office": "zittau", "state": "not_enrolled", "last_pull_at": None, "applied_seq": 0,
                                "latest_seq": 0, "enrolled_at": None, "last_upload_at": None, "pending_facts": 0}

    # A booking the branch has not pulled yet: behind. Pulled: in step, its pull's time recorded.
    day = offered_days(client, "loebau", "2")[0]
    book(client, mail, "loebau", [2], day["day"], day["slots"][0]["start"], "eva.state@example.org")
    first = pull(client, token)  # the branch's first pull, from 0: the booking comes
    assert first["appointments"]
    behind = states()["loebau"]
    assert behind["state"] == "behind" and behind["applied_seq"] == 0 and behind["latest_seq"] >= 1, behind
    cursor = first["cursor"]
    assert pull(client, token, cursor)["appointments"] == []  # the next pull says it has applied them
    in_step = states()["loebau"]
    assert in_step["state"] == "in_step" and in_step["applied_seq"] == cursor == in_step["latest_seq"], in_step
    assert in_step["last_pull_at"] is not None
    listed = branches_listed(central)
    assert f"loebau\tin_step\tlast pull {in_step['last_pull_at']}" in listed, listed
    assert "zittau\tnot_enrolled\n" in listed, listed

    # A branch that stopped pulling two minutes ago is silent (its last pull moved back in the database).
    cluster.psql("central_" + request.node.name[:40].lower(),
                 "UPDATE branch_credentials SET last_pull_at = now() - interval '3 minutes'")
    assert states()["loebau"]["state"] == "silent"

    # A manager sees the offices they manage, and no other; without a session, nothing.
    manager = signed_in(client, "zittau-leitung", "Zittau-Passwort-1")
    assert [b["office"] for b in expect(manager.get(f"{STAFF}/branches"), 200, "a manager")["branches"]] == ["zittau"]
    expect_error(client.get(f"{STAFF}/branches"), 401, "unauthorized")


FACTS = "/api/v1/booking/sync/facts"
INSTANCE = "6b1f0c0e9d2a4f7e8c3b5a1d2e4f6a8b"


def fact(seq: int, instance: str = INSTANCE, **fields) -> dict:
    return {"instance": instance, "seq": seq, "type": "service_finished", "at": "2026-12-08T09:41:07Z",
            "office_day": "2026-12-08", "ticket": seq, "counter": 2, "service_ids": [1], "appointment_code": None,
            "served_s": 540, "outcome": "served", "priority": False, **fields}


def test_a_branch_sends_its_offices_facts_and_each_is_stored_once(central, mail, cluster, request):
    client = central.client()
    branch = client.with_token(branch_token(central, "loebau"))
    batch = {"pending": 3, "facts": [fact(1), fact(2)]}
    assert expect(branch.post(FACTS, batch), 200, "facts") == {"office": "loebau", "received": 2, "stored": 2}
    # The same batch again (its answer was lost, say): nothing is stored twice.
    assert expect(branch.post(FACTS, batch), 200, "again")["stored"] == 0
    # Another database's events with the same numbers (a restored backup's new ones) are other facts.
    assert expect(branch.post(FACTS, {"pending": 0, "facts": [fact(2, "f" * 32)]}), 200, "another")["stored"] == 1
    database = "central_" + request.node.name[:40].lower()
    assert cluster.psql(database, "SELECT count(*), sum(served_s) FROM branch_facts WHERE office_id = 'loebau'") \
        .strip() == "3|1620"

    add_user(central, "kreis", "Kreis-Passwort-1", role="admin")
    [loebau] = [b for b in expect(signed_in(client, "kreis", "Kreis-Passwort-1").get(f"{STAFF}/branches"), 200,
                                  "branches")["branches"] if b["office"] == "loebau"]
    assert loebau["pending_facts"] == 0 and loebau["last_upload_at"] is not None, loebau

    # Refused: no credential, a malformed fact (and nothing of its batch is stored), an unknown field.
    expect_error(client.post(FACTS, batch), 401, "unauthorized")
    bad = expect_error(branch.post(FACTS, {"pending": 0, "facts": [fact(3), fact(4, instance="nope")]}), 400,
                       "invalid_argument")
    assert "facts[1].instance" in bad["message"], bad
    expect_error(branch.post(FACTS, {"pending": 0, "facts": [fact(5, name="Eva Muster")]}), 400, "invalid_request")
    assert cluster.psql(database, "SELECT count(*) FROM branch_facts").strip() == "3"
