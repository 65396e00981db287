# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #16): a whole office day without the centre. The Löbau branch syncs through a
fault-injecting proxy (fault_proxy.py) and its office clock runs fast (07:00 to 18:00 in about a
minute and a half). Before the day, citizens book online: five of them for today, two for later
days; the branch has them all. Then the line drops every connection, and stays down all day. The
office works on: each of today's citizens checks in at the kiosk when the office clock nears the
appointment, is called and served; walk-ins come and are served. Meanwhile, at the centre, one of
today's appointments is cancelled (its citizen comes anyway and checks in: the branch cannot know),
a citizen cancels a later appointment online, and others book and cancel new ones. Nothing of this
crosses the dead line. After closing time the line is good again, and both sides converge: the
branch has every booking as the centre has it, cancellations included; the centre has every event of
the office's day as a fact, once each (compared event by event); the citizen who checked in though
cancelled keeps the check-in, and the branch logs the conflict (docs/sync.md, conflict rules). Real
binaries, a real PostgreSQL, a real SMTP server."""

import collections
import datetime as dt
import sqlite3

from central_e2e import BERLIN, book, cluster, mail, offered_days  # noqa: F401
from civiq_e2e import HOST, TIMEOUT_SCALE, expect
from daemons import poll_until
from fault_proxy import FaultProxy
from test_branch_sync import centre  # noqa: F401
from test_branch_sync import appointment_in, enrolled_branch, events_at_branch, facts_at_centre, instance_of
from test_sync_faults import appointments_at_branch, bookings_at_centre, failures

# Office seconds per real second: the office day (07:00 to 18:00) in 88 s; slower in sanitizer builds
# (TIMEOUT_SCALE), whose requests are slower, so that the margins below stay the same in office time.
SPEED = 450 / TIMEOUT_SCALE
OPENS = "07:00"       # the office clock starts here (--time-start), before the first appointment
CLOSES = dt.time(18, 0)
# Today's citizens and their times: two office hours (16 real seconds at 450) apart, room for the work between.
TODAY = {"anna": dt.time(9, 0), "bert": dt.time(11, 0), "carla": dt.time(13, 0), "dora": dt.time(15, 0),
         "emil": dt.time(17, 0)}
LATER = ("fritz", "greta")  # booked before the outage for a later day
# The kiosk takes a citizen from 60 min before the appointment to 15 min after it (docs/api.md):
# 40 min before leaves 55 office minutes (7 real seconds at 450) against a slow request.
CHECK_IN_BEFORE = dt.timedelta(minutes=40)


def database(request) -> str:
    return "central_" + request.node.name[:40].lower()


def office_now(branch) -> dt.datetime:
    """The branch's office clock (GET /api/v1/health), in Berlin."""
    now = expect(branch.anon.get("/api/v1/health"), 200, "health")["now"]
    return dt.datetime.fromisoformat(now.replace("Z", "+00:00")).astimezone(BERLIN)


def wait_for_office_time(branch, moment: dt.datetime) -> None:
    """Polls the office clock until it shows `moment` (the clock runs at SPEED: it gets there)."""
    real_s = max(0.0, (moment - office_now(branch)).total_seconds()) / SPEED
    poll_until(lambda: office_now(branch) >= moment, f"the office clock at {moment:%H:%M}",
               timeout=real_s + 10 * TIMEOUT_SCALE)


def restart_with_office_clock(branch) -> None:
    """The office clock is a command-line option (office_factory passes none): the branch restarts
    with it; its database, users, devices and credential stay. Sessions are opened again on the new
    clock (a session lasts 12 office hours, here a minute and a half)."""
    assert branch.server.stop() == 0, branch.server.log_tail()
    branch.server.extra_args = ("--time-speed", str(SPEED), "--time-start", OPENS)
    branch.server.start()
    branch.forget_sessions()


def serve_next(branch) -> str:
    """Counter 1 calls whoever is next, serves them; returns the number called."""
    called = branch.counter_action(1, "call-next")["current"]["number"]
    branch.counter_action(1, "start")
    branch.counter_action(1, "finish")
    return called


def walk_in(branch) -> str:
    number = branch.issue(1)["number"]
    assert serve_next(branch) == number, "the walk-in is the only one waiting"
    return number


def todays_list(branch) -> dict:
    """The branch's list of today's appointments (the clerk's view), by code."""
    return {a["code"]: a for a in expect(branch.clerk.get("/api/v1/appointments"), 200, "list")["appointments"]}


def events_in_full(database_path) -> list:
    """(seq, type, ticket id) of every event in the branch's log."""
    with sqlite3.connect(f"file:{database_path}?mode=ro", uri=True) as db:
        return db.execute("SELECT seq, type, ticket_id FROM ticket_events ORDER BY seq").fetchall()


def facts_in_full(cluster, request) -> list:
    """(instance, seq, type, ticket id, booking code) of every fact at the centre, by seq."""
    rows = cluster.psql(database(request), "SELECT instance, seq, type, ticket_id, appointment_code "
                                           "FROM branch_facts ORDER BY seq, instance").splitlines()
    return [(i, int(s), t, int(ticket) if ticket else None, code or None)
            for i, s, t, ticket, code in (row.split("|") for row in rows)]


def attendance_at_centre(cluster, request) -> dict:
    """What the centre knows of each booking's citizen from the facts: checked_in or no_show."""
    rows = cluster.psql(database(request), "SELECT code, attended FROM bookings "
                                           "WHERE office_id = 'loebau' AND attended IS NOT NULL").splitlines()
    return dict(row.split("|") for row in rows)


def test_a_whole_office_day_without_the_centre_converges_afterwards(centre, mail, office_factory, tmp_path, cluster,
                                                                   request):
    proxy = FaultProxy(centre.port)
    try:
        client = centre.client()
        slots = iter([(d["day"], s["start"]) for d in offered_days(client, "loebau", "2") for s in d["slots"]])

        def book_online(name: str) -> tuple:
            day, start = next(slots)
            booked, manage, _ = book(client, mail, "loebau", [2], day, start, f"{name}@example.org")
            return booked["code"], manage

        # Before the day: the citizens book online (for later days: the centre offers no slot today).
        codes, manages = {}, {}
        for name in (*TODAY, *LATER):
            codes[name], manages[name] = book_online(name)
        branch = enrolled_branch(centre, office_factory, tmp_path, url=f"http://{HOST}:{proxy.port}", wait_s=2)
        restart_with_office_clock(branch)
        today = expect(branch.anon.get("/api/v1/health"), 200, "health")["day"]
        # Today's five are moved to today in PostgreSQL (the numbering trigger sends the move to the
        # branch), each at its time of the office day.
        for name, at in TODAY.items():
            cluster.psql(database(request), f"UPDATE bookings SET day = '{today}', "
                                            f"start_s = {at.hour * 3600 + at.minute * 60} WHERE code = '{codes[name]}'")
        branch.counter_action(1, "open")
        walk_in(branch)  # the first walk-in, before the line goes

        def agreed():
            return (appointments_at_branch(branch.database) == bookings_at_centre(cluster, request)
                    and [(s, t) for _, s, t in facts_at_centre(cluster, request)] == events_at_branch(branch.database))

        poll_until(agreed, "in step before the outage", timeout=30 * TIMEOUT_SCALE)
        listed = todays_list(branch)
        assert {listed[codes[n]]["status"] for n in TODAY} == {"booked"}, listed
        for name, at in TODAY.items():
            expected = dt.datetime.combine(dt.date.fromisoformat(today), at, tzinfo=BERLIN)
            assert dt.datetime.fromisoformat(listed[codes[name]]["time"].replace("Z", "+00:00")) == expected, listed

        # The line goes, for the whole day. The branch's pull notices at once (its open long poll is
        # dropped); its upload of facts when the first event of the outage waits in the outbox.
        facts_before = facts_in_full(cluster, request)
        failed_before = failures(branch)
        print(f"the line goes at {office_now(branch):%H:%M}")
        proxy.set_mode("drop")
        poll_until(lambda: failures(branch)[0] > failed_before[0], "the branch's pull notices the outage",
                   timeout=30 * TIMEOUT_SCALE)

        # What happens at the centre meanwhile: one thing after each citizen's visit at the branch.
        def carla_is_cancelled():
            # Her appointment is today at 13:00. The centre runs on the real clock, which may be past
            # 13:00 already (then cancelling online is refused as too late), so the cancellation is
            # written in PostgreSQL, as the move to today was.
            cluster.psql(database(request), f"UPDATE bookings SET status = 'cancelled' WHERE code = '{codes['carla']}'")

        def fritz_cancels_online():
            expect(client.post(f"/api/v1/booking/manage/{manages['fritz']}/cancel"), 200, "Fritz cancels")

        def hanna_books():
            codes["hanna"], manages["hanna"] = book_online("hanna")

        def ida_books_and_cancels():
            codes["ida"], manages["ida"] = book_online("ida")
            expect(client.post(f"/api/v1/booking/manage/{manages['ida']}/cancel"), 200, "Ida cancels")

        at_the_centre = (carla_is_cancelled, fritz_cancels_online, hanna_books, ida_books_and_cancels, lambda: None)
        tickets = {}
        for (name, at), centrally in zip(TODAY.items(), at_the_centre):
            appointment = dt.datetime.combine(dt.date.fromisoformat(today), at, tzinfo=BERLIN)
            wait_for_office_time(branch, appointment - CHECK_IN_BEFORE)
            # Every booking made before the outage is usable at the kiosk: Carla's too, which the
            # centre has cancelled by now (the branch cannot know).
            ticket = expect(branch.kiosk.post(f"/api/v1/appointments/{codes[name]}/check-in", {"language": "de"}), 201,
                            f"{name} checks in at {office_now(branch):%H:%M} for {at:%H:%M}")
            tickets[name] = ticket["number"]
            print(f"{name} ({at:%H:%M}) checked in at {office_now(branch):%H:%M}")  # shown when the test fails
            assert serve_next(branch) == ticket["number"], f"{name} is the one waiting"
            walk_in(branch)
            centrally()
        wait_for_office_time(branch, dt.datetime.combine(dt.date.fromisoformat(today), CLOSES, tzinfo=BERLIN))

        # The outage was real: nothing crossed the line either way.
        assert failures(branch)[1] > failed_before[1], "the upload of facts failed too"
        assert facts_in_full(cluster, request) == facts_before, "no fact reached the centre during the outage"
        assert appointment_in(branch.database, codes["hanna"]) is None, "no booking reached the branch"
        assert appointments_at_branch(branch.database)[codes["carla"]] is False, "nor any cancellation"

        # The line is back: both sides converge.
        proxy.set_mode("pass")
        poll_until(agreed, "branch and centre agree after the day", timeout=60 * TIMEOUT_SCALE)
        branch.forget_sessions()  # the day's sessions have run out on the fast clock
        assert expect(branch.anon.get("/api/v1/health"), 200, "health")["day"] == today, "still the same office day"

        # Bookings: the branch has each as the centre has it, cancellations made during the outage included.
        at_branch = appointments_at_branch(branch.database)
        assert at_branch == bookings_at_centre(cluster, request)
        assert {name for name, code in codes.items() if at_branch[code]} == {"carla", "fritz", "ida"}
        assert len(at_branch) == len(codes) == len(TODAY) + len(LATER) + 2  # and Hanna's and Ida's new ones
        # The conflict rule: Carla is checked in, with her number, though the centre cancelled her appointment.
        listed = todays_list(branch)
        assert {code: (a["status"], a["ticket_number"]) for code, a in listed.items()} == {
            codes[name]: ("checked_in", tickets[name]) for name in TODAY}, listed
        log = branch.server.log_text()
        conflicts = [line for line in log.splitlines() if "was cancelled centrally after its check-in" in line]
        assert len(conflicts) == 1 and f"sync: {codes['carla']} (ticket {tickets['carla']})" in conflicts[0], conflicts
        assert "sync: the centre answers again" in log

        # Facts: every event of the day once, event by event, under the branch database's name.
        facts = facts_in_full(cluster, request)
        events = events_in_full(branch.database)
        assert {i for i, *_ in facts} == {instance_of(branch.database)}
        assert [(s, t, ticket) for _, s, t, ticket, _ in facts] == events
        assert collections.Counter(t for _, _, t, _, _ in facts) == collections.Counter(t for _, t, _ in events)
        checked_in = collections.Counter(code for *_, code in facts if code)
        assert checked_in == {codes[name]: 1 for name in TODAY}, "each check-in once, with its booking code"
        served = collections.Counter(t for _, _, t, _, _ in facts)["service_finished"]
        assert served == 2 * len(TODAY) + 1, "each citizen of the day and each walk-in served once"
        # And the centre learnt from them who came: today's five, Carla too (docs/sync.md).
        assert attendance_at_centre(cluster, request) == {codes[name]: "checked_in" for name in TODAY}
    finally:
        proxy.close()
