# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): reminders. Some hours before the appointment ([central] reminder_hours) a
confirmed booking gets one reminder mail, in the citizen's language, with a fresh link to the manage
page, where "I will come" (POST .../attend) records the answer. A service with
release_unconfirmed_hours has a reminded booking nobody confirmed cancelled by its deadline: the
slot is free again and a mail says so; a booking confirmed with "I will come" stays. A booking made
(or moved) after its reminder time gets no reminder: its confirmation mail said it all.

Time moves in the database, not on the clock: civiq-central reminds 720 hours ahead (every offered
day is within that) and looks every second; a test makes a booking "booked long ago" by moving its
confirmed_at into the past, and its reminder "long ago" by moving reminded_at. What must not happen
is checked after a round that provably saw the booking: one that reminded or released another
booking changed in the database after it."""

import datetime as dt

import pytest

from central_e2e import (ACTIVATION_LINK, BERLIN, MANAGE_LINK, PUBLIC_URL, Central, book, calendar_of,  # noqa: F401
                         cluster, county_with_central, database_for, free_desks, hold, mail, mail_text, mails_to,
                         offered_days, qr_code_of, stop_cleanly)
from civiq_e2e import expect, expect_error
from daemons import poll_until

LEAD_HOURS = 720  # [central] reminder_hours: every day the tests book is within it
# Service 1 releases. A reminder leaves the citizen LEAD_HOURS - RELEASE_HOURS to answer, and a booking
# whose start comes sooner than that after its reminder is never released: one hour, so that even
# tomorrow's first slot is released when its deadline passes.
RELEASE_HOURS = 719
ANSWER_HOURS = LEAD_HOURS - RELEASE_HOURS
RELEASING = 1  # Kfz-Zulassung
KEEPING = 2  # Fahrerlaubnis: never released
OFFICE = "loebau"


@pytest.fixture
def central(cluster, tmp_path, request, mail):
    county = county_with_central(tmp_path / "county.toml", services={RELEASING: {"release_unconfirmed_hours": RELEASE_HOURS}},
                                 reminder_hours=LEAD_HOURS, reminder_check_s=1)
    server = Central(tmp_path / "central", database_for(cluster, request),
                     ("--smtp", mail.url, "--public-url", PUBLIC_URL), config=county).start()
    try:
        yield server
    finally:
        stop_cleanly(server)


def sql(cluster, request, statement: str) -> str:
    """psql on this test's database (central_e2e.database_for)."""
    return cluster.psql("central_" + request.node.name[:40].lower(), statement)


def book_in(client, mail, language: str, service: int, day: str, start: str, email: str) -> tuple:
    """book() in another language: the booking and its manage token."""
    held = expect(hold(client, OFFICE, [service], day, start), 201, "hold")
    expect(client.post(f"/api/v1/booking/holds/{held['id']}/confirm",
                       {"name": "Ewa Wzór", "email": email, "language": language}), 202, "contact data")
    activation = poll_until(lambda: [m for m in mail.messages() if m["To"] == email], f"activation mail to {email}")[0]
    booked = expect(client.post(f"/api/v1/booking/activate/{ACTIVATION_LINK.search(mail_text(activation)).group(1)}"),
                    200, "activation")
    confirmation = poll_until(lambda: [m for m in mail.messages() if m["To"] == email
                                       and MANAGE_LINK.search(mail_text(m))], f"confirmation mail to {email}")[0]
    return booked, MANAGE_LINK.search(mail_text(confirmation)).group(1)


def booked_long_ago(cluster, request, *booking_ids: str) -> None:
    """As if booked 60 days ago: long before the reminder time, so the next round reminds them."""
    ids = ", ".join(f"'{i}'" for i in booking_ids)
    sql(cluster, request, f"UPDATE bookings SET confirmed_at = now() - interval '60 days' WHERE id IN ({ids})")


def reminders_queued(cluster, request, booking_id: str, subject: str) -> int:
    return int(sql(cluster, request, f"SELECT count(*) FROM mail_outbox WHERE booking_id = '{booking_id}' "
                                     f"AND subject = '{subject}'"))


def local_text(epoch_seconds: int) -> str:
    """An instant as the mails name it: the office's local time, "08.12.2026, 09:15"."""
    return dt.datetime.fromtimestamp(epoch_seconds, BERLIN).strftime("%d.%m.%Y, %H:%M")


def when(day: str, start: str) -> str:
    return f"{day[8:10]}.{day[5:7]}.{day[0:4]}, {start}"


def attend_path(token: str) -> str:
    return f"/api/v1/booking/manage/{token}/attend"


def test_reminded_once_and_the_citizen_says_they_will_come(central, mail, cluster, request):
    client = central.client()
    day = offered_days(client, OFFICE, str(KEEPING))[0]
    first, second = day["slots"][0]["start"], day["slots"][1]["start"]
    email = "ewa.wzor@example.org"
    booked, manage = book_in(client, mail, "pl", KEEPING, day["day"], first, email)
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")["attendance_confirmed_at"] is None

    booked_long_ago(cluster, request, booked["id"])
    [reminder] = mails_to(mail, email, "Przypomnienie o wizycie")
    text = mail_text(reminder)
    assert text.startswith("Przypominamy o Państwa wizycie:"), text
    for part in (when(day["day"], first), "Bürgerbüro Löbau", "Prawo jazdy", booked["code"], "„Przyjdę”"):
        assert part in text, (part, text)
    assert "Bez potwierdzenia do" not in text, "the service releases nothing: no deadline to name"
    token = MANAGE_LINK.search(text).group(1)
    assert token != manage, "a fresh link: the confirmation's token is kept only as its hash"
    assert qr_code_of(reminder) == booked["code"], "the code to show at the kiosk, as a QR code"

    # The reminder's link manages the booking: it shows it, and records "I will come".
    shown = expect(client.get(f"/api/v1/booking/manage/{token}"), 200, "the reminder's manage link")
    assert (shown["id"], shown["status"], shown["attendance_confirmed_at"]) == (booked["id"], "confirmed", None), shown
    expect_error(client.get(attend_path(token)), 405, "method_not_allowed", "a link scanner confirms nothing")
    expect_error(client.post(attend_path("0" * 64)), 404, "unknown_manage")
    attending = expect(client.post(attend_path(token)), 200, "I will come")
    assert attending["id"] == booked["id"] and attending["status"] == "confirmed", attending
    assert attending["attendance_confirmed_at"], attending
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")["attendance_confirmed_at"] == \
        attending["attendance_confirmed_at"], "the first link shows it too"
    assert expect(client.post(attend_path(manage)), 200, "again")["attendance_confirmed_at"] == \
        attending["attendance_confirmed_at"], "said once; a second tap changes nothing"

    # A later round (it reminds another booking, changed after this one's reminder) sends nothing again.
    other, _ = book_in(client, mail, "pl", KEEPING, day["day"], second, "jan.kowalski@example.org")
    booked_long_ago(cluster, request, other["id"])
    [other_reminder] = mails_to(mail, "jan.kowalski@example.org", "Przypomnienie o wizycie")
    assert reminders_queued(cluster, request, booked["id"], "Przypomnienie o wizycie") == 1
    assert len([m for m in mail.messages() if m["To"] == email and m["Subject"] == "Przypomnienie o wizycie"]) == 1

    # Cancelled from the reminder's link, a booking cannot say it will come.
    other_token = MANAGE_LINK.search(mail_text(other_reminder)).group(1)
    assert expect(client.post(f"/api/v1/booking/manage/{other_token}/cancel"), 200, "cancel")["status"] == "cancelled"
    expect_error(client.post(attend_path(other_token)), 409, "booking_cancelled")


def test_released_unless_confirmed_by_the_deadline(central, mail, cluster, request):
    client = central.client()
    day = offered_days(client, OFFICE, str(RELEASING))[0]
    quiet_start, coming_start = day["slots"][0]["start"], day["slots"][1]["start"]
    quiet_mail, coming_mail = "eva.quiet@example.org", "eva.coming@example.org"
    quiet, quiet_manage, _ = book(client, mail, OFFICE, [RELEASING], day["day"], quiet_start, quiet_mail)
    coming, coming_manage, _ = book(client, mail, OFFICE, [RELEASING], day["day"], coming_start, coming_mail)

    booked_long_ago(cluster, request, quiet["id"], coming["id"])
    reminders = {address: mails_to(mail, address, "Reminder of your appointment")[0]
                 for address in (quiet_mail, coming_mail)}
    reminded_at = int(sql(cluster, request,
                          f"SELECT extract(epoch FROM reminded_at)::bigint FROM bookings WHERE id = '{quiet['id']}'"))
    text = mail_text(reminders[quiet_mail])
    assert f"Without a confirmation by {local_text(reminded_at + ANSWER_HOURS * 3600)} the appointment will be " \
           "cancelled" in text, text
    assert 'Please confirm it on this page with "I will come"' in text, text

    coming_token = MANAGE_LINK.search(mail_text(reminders[coming_mail])).group(1)
    assert expect(client.post(attend_path(coming_token)), 200, "I will come")["attendance_confirmed_at"]

    # Both reminders went two days ago: the time to answer has passed.
    free_before = free_desks(client, OFFICE, str(RELEASING), day["day"], quiet_start)
    sql(cluster, request, "UPDATE bookings SET reminded_at = reminded_at - interval '2 days' "
                          f"WHERE id IN ('{quiet['id']}', '{coming['id']}')")
    [released] = mails_to(mail, quiet_mail, "Your appointment is cancelled")
    text = mail_text(released)
    deadline = local_text(reminded_at - 2 * 86400 + ANSWER_HOURS * 3600)
    assert text.startswith(f"You did not confirm your appointment by {deadline}. It has therefore been cancelled"), text
    for part in (when(day["day"], quiet_start), quiet["code"], f"{PUBLIC_URL}/booking/"):
        assert part in text, (part, text)
    method, event = calendar_of(released)
    assert method == "CANCEL" and event["STATUS"] == "CANCELLED", event
    assert event["UID"] == f"{quiet['id']}@termine.example.org", event

    shown = expect(client.get(f"/api/v1/booking/manage/{quiet_manage}"), 200, "manage")
    assert shown["status"] == "cancelled", shown
    assert sql(cluster, request, f"SELECT released_at IS NOT NULL FROM bookings WHERE id = '{quiet['id']}'") == "t"
    assert free_desks(client, OFFICE, str(RELEASING), day["day"], quiet_start) == free_before + 1, "free again"
    expect_error(client.post(attend_path(quiet_manage)), 409, "booking_cancelled", "too late to say so")

    # The round that released it saw the other one too (changed in the same statement): it stays.
    assert expect(client.get(f"/api/v1/booking/manage/{coming_manage}"), 200, "manage")["status"] == "confirmed"
    assert sql(cluster, request, f"SELECT status, released_at IS NULL FROM bookings WHERE id = '{coming['id']}'") == \
        "confirmed|t"
    assert [m for m in mail.messages() if m["To"] == coming_mail and m["Subject"] == "Your appointment is cancelled"] \
        == []


def test_booked_after_the_reminder_time_gets_no_reminder(central, mail, cluster, request):
    client = central.client()
    day = offered_days(client, OFFICE, str(KEEPING))[0]
    starts = [slot["start"] for slot in day["slots"]]
    late, _, _ = book(client, mail, OFFICE, [KEEPING], day["day"], starts[0], "eva.late@example.org")
    moved, _, _ = book(client, mail, OFFICE, [KEEPING], day["day"], starts[1], "eva.moved@example.org")
    early, _, _ = book(client, mail, OFFICE, [KEEPING], day["day"], starts[2], "eva.early@example.org")
    # Booked long ago, but moved to its time just now: the move's mail said it all, too.
    sql(cluster, request, "UPDATE bookings SET confirmed_at = now() - interval '60 days', rebooked_at = now() "
                          f"WHERE id = '{moved['id']}'")

    booked_long_ago(cluster, request, early["id"])
    mails_to(mail, "eva.early@example.org", "Reminder of your appointment")
    # That round read the other two as well, after they were booked (and moved).
    for booking in (late, moved):
        assert sql(cluster, request, f"SELECT reminded_at IS NULL FROM bookings WHERE id = '{booking['id']}'") == "t"
        assert reminders_queued(cluster, request, booking["id"], "Reminder of your appointment") == 0
    assert not [m for m in mail.messages() if m["Subject"] == "Reminder of your appointment"
                and m["To"] != "eva.early@example.org"]
