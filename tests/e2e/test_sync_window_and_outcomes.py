# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #16): what a branch holds and what the centre learns. The branch holds its
office's appointments of today and the next `days_ahead` days only: later ones never reach it, a
day entering its window is fetched once, and an appointment moved out of it leaves it without its
citizen's name. What breaks the shared booking rules is refused and logged. From the branch's facts
the centre learns who checked in, and who did not come once the branch has reported that day
completely. A branch that stops pulling is mailed to the county's alert addresses, once, and its
return too. Real binaries, a real PostgreSQL, a real SMTP server."""

import sqlite3

import pytest

from central_e2e import (DEMO_COUNTY, PUBLIC_URL, Central, book, cluster, database_for, mail, mail_text,  # noqa: F401
                         offered_days, stop_cleanly)
from civiq_e2e import TIMEOUT_SCALE, expect, render_toml
from daemons import poll_until
from test_branch_sync import appointment_in, centre, enrolled_branch, facts_at_centre, serve_one  # noqa: F401


def sql(cluster, request, statement: str) -> str:
    return cluster.psql("central_" + request.node.name[:40].lower(), statement)


def move_to(cluster, request, code: str, days_from_today: int) -> None:
    """The booking moved to the office's today plus `days_from_today` (the numbering trigger makes it
    a change the branch pulls)."""
    sql(cluster, request, f"UPDATE bookings SET day = (now() AT TIME ZONE 'Europe/Berlin')::date + {days_from_today} "
                          f"WHERE code = '{code}'")


def named_appointment(database, code: str):
    """(cancelled, citizen's name) as the branch stores the appointment, or None."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute("SELECT cancelled, citizen_name FROM appointments WHERE code = ?", (code,)).fetchone()


def pulled_everything(branch, cluster, request) -> bool:
    """The branch's cursor is at the office's newest change."""
    newest = sql(cluster, request, "SELECT coalesce(max(last_seq), 0) FROM office_change_counters "
                                   "WHERE office_id = 'loebau'").strip()
    with sqlite3.connect(f"file:{branch.database}?mode=ro", uri=True) as db:
        applied = db.execute("SELECT applied_seq FROM sync_cursor").fetchone()
    return applied is not None and str(applied[0]) == newest


def test_the_branch_holds_today_and_the_next_days_and_fetches_a_day_entering_its_window(
        centre, mail, office_factory, tmp_path, cluster, request):
    client = centre.client()
    slots = [(d["day"], s["start"]) for d in offered_days(client, "loebau", "2") for s in d["slots"]]
    near, _, _ = book(client, mail, "loebau", [2], *slots[0], "near@example.org")
    far, _, _ = book(client, mail, "loebau", [2], *slots[1], "far@example.org")
    move_to(cluster, request, near["code"], 1)
    move_to(cluster, request, far["code"], 2)

    # A window of today only: neither is the branch's business yet, and neither name reaches it.
    branch = enrolled_branch(centre, office_factory, tmp_path, days_ahead=0)
    poll_until(lambda: pulled_everything(branch, cluster, request), "the branch pulled every change")
    assert named_appointment(branch.database, near["code"]) is None
    assert named_appointment(branch.database, far["code"]) is None

    # Two days ahead (a new configuration, or two midnights): the days entering the window are
    # fetched once, with their citizens.
    branch.server.stop()
    branch.config["sync"]["days_ahead"] = 2
    branch.server.config_path.write_text(render_toml(branch.config), encoding="utf-8")
    branch.server.start()
    for booking in (near, far):
        poll_until(lambda b=booking: named_appointment(branch.database, b["code"]) == (0, "Eva Muster"),
                   "a day that entered the window at the branch")
    poll_until(lambda: "sync: the window now reaches" in branch.server.log_text(), "the branch says so")

    # Moved beyond the window: it leaves the branch's list, and its name leaves the branch.
    move_to(cluster, request, far["code"], 5)
    poll_until(lambda: named_appointment(branch.database, far["code"]) == (1, None), "moved out of the window")
    assert named_appointment(branch.database, near["code"]) == (0, "Eva Muster")


def test_the_branch_refuses_what_breaks_the_booking_rules_and_logs_why(centre, mail, office_factory, tmp_path,
                                                                      cluster, request):
    client = centre.client()
    day, start = offered_days(client, "loebau", "2")[0]["day"], offered_days(client, "loebau", "2")[0]["slots"][0]["start"]
    booked, _, _ = book(client, mail, "loebau", [2], day, start, "eva.rules@example.org")
    # What a broken centre (or a hand in its database) could send: a name far too long.
    sql(cluster, request, f"UPDATE bookings SET citizen_name = repeat('x', 101) WHERE code = '{booked['code']}'")
    branch = enrolled_branch(centre, office_factory, tmp_path)
    poll_until(lambda: f"sync: refused appointment {booked['code']}: a name of more than 100 characters"
               in branch.server.log_text(), "the refusal in the branch's log")
    assert named_appointment(branch.database, booked["code"]) is None
    # Put right at the centre, it comes.
    sql(cluster, request, f"UPDATE bookings SET citizen_name = 'Eva Muster' WHERE code = '{booked['code']}'")
    poll_until(lambda: named_appointment(branch.database, booked["code"]) == (0, "Eva Muster"), "then accepted")


def test_a_move_to_another_office_is_a_cancellation_here_and_a_booking_there(centre, mail, office_factory,
                                                                             tmp_path, cluster, request):
    """The conflict rule for a move between offices: a booking keeps its office, so its branch always
    hears what becomes of it."""
    client = centre.client()
    branch = enrolled_branch(centre, office_factory, tmp_path)
    loebau = offered_days(client, "loebau", "2")[0]
    here, manage, _ = book(client, mail, "loebau", [2], loebau["day"], loebau["slots"][0]["start"], "move@example.org")
    poll_until(lambda: named_appointment(branch.database, here["code"]) == (0, "Eva Muster"), "booked at Löbau")
    with pytest.raises(AssertionError, match="a booking keeps its office"):
        sql(cluster, request, f"UPDATE bookings SET office_id = 'zittau' WHERE code = '{here['code']}'")

    # The citizen moves to Zittau: cancelled here (Löbau's branch hears it), booked there.
    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancel at Löbau")
    zittau = offered_days(client, "zittau", "2")[0]
    there, _, _ = book(client, mail, "zittau", [2], zittau["day"], zittau["slots"][0]["start"], "moved@example.org")
    poll_until(lambda: named_appointment(branch.database, here["code"]) == (1, "Eva Muster"), "cancelled at Löbau")
    poll_until(lambda: pulled_everything(branch, cluster, request), "the branch pulled every change of Löbau")
    assert named_appointment(branch.database, there["code"]) is None, "Zittau's booking is none of Löbau's business"


def attendance(cluster, request, code: str) -> str:
    return sql(cluster, request, f"SELECT coalesce(attended, '-') FROM bookings WHERE code = '{code}'").strip()


def test_the_centre_learns_who_checked_in_and_who_did_not_come(centre, mail, office_factory, tmp_path, cluster,
                                                                request):
    client = centre.client()
    slots = [(d["day"], s["start"]) for d in offered_days(client, "loebau", "2") for s in d["slots"]]
    came, _, _ = book(client, mail, "loebau", [2], *slots[0], "came@example.org")
    later, _, _ = book(client, mail, "loebau", [2], *slots[1], "later@example.org")
    # Both today's, at this minute (the centre books no slot this close), as the office sees it.
    sql(cluster, request, "UPDATE bookings SET day = (now() AT TIME ZONE 'Europe/Berlin')::date, "
                          "start_s = extract(epoch FROM date_trunc('minute', now() AT TIME ZONE 'Europe/Berlin')::time)::int")
    branch = enrolled_branch(centre, office_factory, tmp_path)
    poll_until(lambda: appointment_in(branch.database, came["code"]) and appointment_in(branch.database, later["code"]),
               "today's appointments at the branch")
    expect(branch.kiosk.post(f"/api/v1/appointments/{came['code']}/check-in", {"language": "de"}), 201, "check-in")
    poll_until(lambda: attendance(cluster, request, came["code"]) == "checked_in", "the check-in known at the centre")
    assert attendance(cluster, request, later["code"]) == "-", "today is not over: no verdict yet"

    # Yesterday, as the centre sees it: one booking not checked in, on a day the branch reported
    # (a fact of that day, an upload since its end with nothing left waiting), and one on a day
    # the branch reported nothing of (closed, or not yet connected): only the first is a no-show.
    absent, _, _ = book(client, mail, "loebau", [2], *slots[2], "absent@example.org")
    unknown, _, _ = book(client, mail, "loebau", [2], *slots[3], "unknown@example.org")
    move_to(cluster, request, absent["code"], -1)
    move_to(cluster, request, unknown["code"], -2)
    branch.counter_action(1, "open")
    serve_one(branch)
    poll_until(lambda: len(facts_at_centre(cluster, request)) >= 5, "today's facts at the centre")
    sql(cluster, request, "INSERT INTO branch_facts (office_id, instance, seq, type, occurred_at, office_day, "
                          "service_ids, priority) SELECT office_id, instance, seq + 100000, type, occurred_at - interval '1 day', "
                          "office_day - 1, service_ids, priority FROM branch_facts LIMIT 1")
    serve_one(branch)  # an upload after yesterday's end, with the outbox empty after it
    poll_until(lambda: attendance(cluster, request, absent["code"]) == "no_show", "yesterday's no-show settled")
    assert attendance(cluster, request, unknown["code"]) == "-", "a day without facts is not judged"
    assert attendance(cluster, request, came["code"]) == "checked_in"
    assert attendance(cluster, request, later["code"]) == "-"


def alerts(mail, words: str) -> list:
    return [m for m in mail.messages() if words in m["Subject"]]


def test_a_branch_that_stops_pulling_is_mailed_about_once_and_its_return_too(cluster, tmp_path, request, mail,
                                                                            office_factory):
    county = tmp_path / "county.toml"
    county.write_text(DEMO_COUNTY.read_text(encoding="utf-8") +
                      f'\n[sync]\nalert_to = ["it@landkreis.example"]\nalert_after_s = {int(5 * TIMEOUT_SCALE)}\n',
                      encoding="utf-8")
    centre = Central(tmp_path / "central", database_for(cluster, request),
                     ("--smtp", mail.url, "--public-url", PUBLIC_URL, "--chore-seconds", "1"), config=county).start()
    try:
        # A pull every second (no long poll), so five seconds without one (more in sanitizer builds) is a silence.
        branch = enrolled_branch(centre, office_factory, tmp_path, wait_s=0)
        poll_until(lambda: sql(cluster, request, "SELECT last_pull_at IS NOT NULL FROM branch_credentials").strip() == "t",
                   "the branch pulls")
        branch.server.stop()
        [silent] = poll_until(lambda: alerts(mail, "gleicht nicht mehr ab"), "the alert that the branch fell silent")
        assert silent["To"] == "it@landkreis.example"
        assert silent["Subject"].startswith("civiq: Bürgerbüro Löbau gleicht nicht mehr ab (seit ")
        assert "arbeitet mit seiner Kopie der Termine weiter" in mail_text(silent)
        branch.server.start()
        [back] = poll_until(lambda: alerts(mail, "gleicht wieder ab"), "the mail that it is back")
        assert back["Subject"] == "civiq: Bürgerbüro Löbau gleicht wieder ab"
        assert len(alerts(mail, "gleicht nicht mehr ab")) == 1, "one mail per silence, not one per round"
    finally:
        stop_cleanly(centre)
