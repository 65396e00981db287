# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): a citizen moves a booking to another slot from the manage page. The move
is one transaction under the same day locks, capacity counting and proof of work as a hold: the old
slot is free again at once, the new one taken, the booking keeps its id, code and manage link, and
a mail brings the calendar entry with the same UID and a higher SEQUENCE, so calendars move it.
A taken slot, a cancelled or begun booking, a missing or replayed proof of work change nothing.
Moves between two days in opposite directions at once do not deadlock. Appointments are personal: a
corrected spelling of the name is kept, another person's name cancels the booking."""

from central_e2e import (MANAGE_LINK as MANAGE, book, burst_posts, calendar_of, central, cluster,  # noqa: F401
                         free_desks, hold, mail, mail_text, mails_to, offered_days, qr_code_of, solved_challenge,
                         utc_stamp)
from civiq_e2e import expect, expect_error

SWAP_ROUNDS = 20
PAIRS = 2


def minutes(start: str) -> int:
    return int(start[:2]) * 60 + int(start[3:])


def clock(total_minutes: int) -> str:
    return f"{total_minutes // 60:02d}:{total_minutes % 60:02d}"


def database_of(request) -> str:
    """The name of this test's database (central_e2e.database_for)."""
    return "central_" + request.node.name[:40].lower()


def rebook_path(manage: str) -> str:
    return f"/api/v1/booking/manage/{manage}/rebook"


def rebook_body(client, day: str, start: str) -> dict:
    return {"day": day, "start": start, "altcha": solved_challenge(client)}


def test_a_booking_moves_to_another_slot_and_its_calendar_entry_with_it(central, mail):
    client = central.client()
    days = offered_days(client, "loebau", "1")
    assert len(days) >= 2, days
    old_day, old_start = days[0]["day"], days[0]["slots"][0]["start"]
    new_day, new_start = days[1]["day"], days[1]["slots"][-1]["start"]
    email = "eva.move@example.org"
    booked, manage, confirmation = book(client, mail, "loebau", [1], old_day, old_start, email)
    _, booked_event = calendar_of(confirmation)
    assert booked_event["DTSTART"] == utc_stamp(old_day, old_start) and booked_event["SEQUENCE"] == "0"

    old_free = free_desks(client, "loebau", "1", old_day, old_start)
    new_free = free_desks(client, "loebau", "1", new_day, new_start)
    assert new_free > 0, "the new slot is offered"
    expect_error(client.get(rebook_path(manage)), 405, "method_not_allowed", "a link scanner moves nothing")

    body = rebook_body(client, new_day, new_start)
    moved = expect(client.post(rebook_path(manage), body), 200, "rebook")
    assert moved["status"] == "confirmed" and moved["day"] == new_day and moved["start"] == new_start, moved
    assert (moved["id"], moved["code"], moved["office"], moved["service_ids"], moved["length_s"]) == \
        (booked["id"], booked["code"], "loebau", [1], booked["length_s"]), "the same booking, at another time"
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage link")["start"] == new_start, \
        "the manage link stays valid"
    assert free_desks(client, "loebau", "1", old_day, old_start) == old_free + 1, "the old slot is free again"
    assert free_desks(client, "loebau", "1", new_day, new_start) == new_free - 1, "the new slot is taken"

    [moved_mail] = mails_to(mail, email, "Your appointment was moved")
    text = mail_text(moved_mail)
    old_when = f"{old_day[8:10]}.{old_day[5:7]}.{old_day[0:4]}, {old_start}"
    new_when = f"{new_day[8:10]}.{new_day[5:7]}.{new_day[0:4]}, {new_start}"
    assert f"When: {new_when}" in text and f"Previously: {old_when}" in text and booked["code"] in text, text
    assert MANAGE.search(text).group(1) == manage
    assert qr_code_of(moved_mail) == booked["code"], "the same code, checked in at the kiosk"
    method, event = calendar_of(moved_mail)
    assert method == "REQUEST" and event["METHOD"] == "REQUEST" and event["STATUS"] == "CONFIRMED", event
    assert event["UID"] == booked_event["UID"] == f"{booked['id']}@termine.example.org", event
    assert int(event["SEQUENCE"]) > int(booked_event["SEQUENCE"]), "calendars move the entry"
    assert event["DTSTART"] == utc_stamp(new_day, new_start), (event, new_day, new_start)

    # The proof of work: one solution pays for one attempt, and there is no move without one.
    expect_error(client.post(rebook_path(manage), {**body, "start": old_start, "day": old_day}), 403, "proof_of_work",
                 "a replayed solution")
    expect_error(client.post(rebook_path(manage), {"day": old_day, "start": old_start}), 403, "proof_of_work")
    expect_error(client.post(rebook_path(manage), {**rebook_body(client, old_day, old_start), "office": "zittau"}),
                 400, "invalid_request", "the office stays")
    expect_error(client.post(rebook_path(manage), rebook_body(client, old_day, "07:00")), 409, "slot_not_bookable")
    expect_error(client.post(rebook_path(manage), rebook_body(client, old_day, "9:00")), 400, "invalid_argument")
    expect_error(client.post(rebook_path("0" * 64), rebook_body(client, old_day, old_start)), 404, "unknown_manage")
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")["start"] == new_start

    # Cancelled: the calendar entry is cancelled too, and a cancelled booking moves nowhere.
    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancel")
    [cancellation] = mails_to(mail, email, "Your appointment is cancelled")
    method, cancelled = calendar_of(cancellation)
    assert method == "CANCEL" and cancelled["METHOD"] == "CANCEL" and cancelled["STATUS"] == "CANCELLED", cancelled
    assert cancelled["UID"] == event["UID"] and int(cancelled["SEQUENCE"]) > int(event["SEQUENCE"]), cancelled
    assert free_desks(client, "loebau", "1", new_day, new_start) == new_free, "cancelled: free again"
    expect_error(client.post(rebook_path(manage), rebook_body(client, old_day, old_start)), 409, "booking_cancelled")
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")["status"] == "cancelled"
    assert len([m for m in mail.messages() if m["To"] == email]) == 4, "activation, booked, moved, cancelled"


def test_a_taken_slot_leaves_the_booking_where_it_was(central, mail, cluster, request):
    client = central.client()
    [day] = offered_days(client, "niesky", "1")[:1]  # two desks; a visit of 20 minutes
    starts = [s["start"] for s in day["slots"]]
    first = starts[0]
    booked, manage, _ = book(client, mail, "niesky", [1], day["day"], first, "eva.taken@example.org")

    # A quarter of an hour later the other desk is held, and the booking's own time takes the first:
    # no one else gets that slot, but the booking itself may move there (it does not count against
    # itself).
    nudged = clock(minutes(first) + 15)
    expect(hold(client, "niesky", [1], day["day"], nudged), 201, "the other desk")
    assert free_desks(client, "niesky", "1", day["day"], nudged) == 0
    expect(client.post(rebook_path(manage), rebook_body(client, day["day"], nudged)), 200, "a small move")

    # Both desks of a later slot are held: the move there is refused, and nothing changes.
    full = next(start for start in starts if minutes(start) >= minutes(nudged) + 30)
    for _ in range(2):
        expect(hold(client, "niesky", [1], day["day"], full), 201, "hold")
    before = free_desks(client, "niesky", "1", day["day"], nudged)
    expect_error(client.post(rebook_path(manage), rebook_body(client, day["day"], full)), 409, "slot_taken")
    shown = expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")
    assert (shown["day"], shown["start"], shown["status"]) == (day["day"], nudged, "confirmed"), shown
    assert free_desks(client, "niesky", "1", day["day"], nudged) == before, "the old slot is still the booking's"
    # Mails are queued in the move's transaction: one for the small move, none for the refused one.
    assert cluster.psql(database_of(request), "SELECT count(*) FROM mail_outbox "
                        "WHERE subject = 'Your appointment was moved'") == "1"


def test_a_begun_appointment_is_not_moved(central, mail, cluster, request):
    client = central.client()
    days = offered_days(client, "loebau", "1")
    booked, manage, _ = book(client, mail, "loebau", [1], days[0]["day"], days[0]["slots"][0]["start"],
                             "eva.late@example.org")
    cluster.psql(database_of(request), f"UPDATE bookings SET day = current_date - 1 WHERE id = '{booked['id']}'")
    expect_error(client.post(rebook_path(manage), rebook_body(client, days[1]["day"], days[1]["slots"][0]["start"])),
                 409, "rebook_too_late")


def test_moves_between_two_days_in_opposite_directions_do_not_deadlock(central, mail):
    """Each move locks its old and its new day. Locked in the order asked (old, then new), moves in
    opposite directions at once would each hold one day and wait for the other, and PostgreSQL would
    abort one (a 500). Locked in date order, one waits for the other."""
    client = central.client()
    one, two = offered_days(client, "loebau", "5")[:2]
    # Two citizens start on the first day, two on the second; every round each moves to the other
    # day (a slot of its own there), all four at once.
    movers = []
    for i in range(PAIRS):
        for start_day, index in ((one, 1 + i), (two, 1 + PAIRS + i)):
            _, manage, _ = book(client, mail, "loebau", [5], start_day["day"], start_day["slots"][index]["start"],
                                f"eva.{len(movers)}@example.org")
            movers.append((manage, index))
    for round_ in range(SWAP_ROUNDS):
        wanted = []
        for number, (manage, index) in enumerate(movers):
            started_on_one = number % 2 == 0
            target = two if started_on_one == (round_ % 2 == 0) else one
            wanted.append((target["day"], target["slots"][index]["start"]))
        answers = burst_posts(central.port, [(rebook_path(manage), rebook_body(client, *where))
                                             for (manage, _), where in zip(movers, wanted)])
        for (status, answer), where in zip(answers, wanted):
            assert status == 200, f"round {round_}: {status} {answer}"
            assert (answer["day"], answer["start"]) == where, answer


def test_a_corrected_name_is_kept_and_another_persons_name_cancels(central, mail, cluster, request):
    client = central.client()
    day = offered_days(client, "loebau", "2")[0]
    booked, manage, _ = book(client, mail, "loebau", [2], day["day"], day["slots"][0]["start"], "eva.name@example.org")
    database = "central_" + request.node.name[:40].lower()
    name_path = f"/api/v1/booking/manage/{manage}/name"

    kept = expect(client.post(name_path, {"name": "EVA  MUSTER"}), 200, "a corrected spelling")
    assert kept["status"] == "confirmed" and kept["code"] == booked["code"], kept
    assert cluster.psql(database, f"SELECT citizen_name FROM bookings WHERE id = '{booked['id']}'") == "EVA  MUSTER"
    expect_error(client.post(name_path, {"name": " "}), 400, "invalid_argument")
    expect_error(client.post(name_path, {"name": "X", "email": "x@example.org"}), 400, "invalid_request")
    expect_error(client.get(name_path), 405, "method_not_allowed")

    desks = free_desks(client, "loebau", "2", day["day"], day["slots"][0]["start"])
    sold = expect(client.post(name_path, {"name": "Max Käufer"}), 200, "another person's name")
    assert sold["status"] == "cancelled", "appointments are personal: a sold one is no appointment"
    [cancellation] = mails_to(mail, "eva.name@example.org", "Your appointment is cancelled")
    assert booked["code"] in mail_text(cancellation)
    assert free_desks(client, "loebau", "2", day["day"], day["slots"][0]["start"]) == desks + 1, "the slot is back"
    expect_error(client.post(name_path, {"name": "Eva Muster"}), 409, "booking_cancelled")
    expect_error(client.post("/api/v1/booking/manage/" + "0" * 64 + "/name", {"name": "Eva"}), 404, "unknown_manage")
