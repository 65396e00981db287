# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): a hold becomes a booking by e-mail double opt-in. The citizen gives name
and address; a mail with a link arrives (a real SMTP server on loopback); following the link
changes nothing, only the POST its page makes books the appointment, which a second mail confirms
with the booking code and the appointment as a calendar entry (.ics), which the cancellation
cancels again. One address, one appointment per service. A mail server that is down
delays mail but loses none."""

import re

from central_e2e import (ACTIVATION_LINK as LINK, DEMO_COUNTY, MANAGE_LINK as MANAGE, PUBLIC_URL, Central,  # noqa: F401
                         calendar_of, central, cluster, database_for, first_offered_day, hold, mail, mail_text,
                         qr_code_of, stop_cleanly, utc_stamp)
from civiq_e2e import expect, expect_error
from daemons import free_port, poll_until
from smtp_sink import SmtpSink


def held_slot(client, office="loebau", services=(1,)) -> dict:
    day = first_offered_day(client, office, ",".join(map(str, services)))
    return expect(hold(client, office, list(services), day["day"], day["slots"][0]["start"]), 201, "hold")


def free_desks(client, booking: dict) -> int:
    """How many desks the slot of `booking` still has for a visit like it (0: not offered)."""
    day = booking["day"]
    services = ",".join(map(str, booking["service_ids"]))
    found = expect(client.get(f"/api/v1/booking/slots?office={booking['office']}&services={services}"
                              f"&from={day}&to={day}"), 200, "slots")["days"]
    return next((s["free_desks"] for d in found for s in d["slots"] if s["start"] == booking["start"]), 0)


def confirm(client, hold_id: str, **contact):
    body = {"name": "Eva Muster", "email": "eva.muster@example.org", **contact}
    return client.post(f"/api/v1/booking/holds/{hold_id}/confirm", body)


def test_a_booking_is_made_by_the_page_the_mail_links_to(central, mail):
    client = central.client()
    held = held_slot(client)
    desks_while_held = free_desks(client, held)
    waiting = expect(confirm(client, held["id"], email="Eva.Muster@Example.org", language="en"), 202, "contact data")
    assert waiting["status"] == "awaiting_activation" and waiting["activate_by"] and waiting["code"] is None, waiting
    assert free_desks(client, held) == desks_while_held, "the slot stays taken while the mail is on its way"

    [activation] = mail.wait_for(1, "the activation mail")
    assert activation["To"] == "Eva.Muster@Example.org" and activation["Subject"] == "Please confirm your appointment"
    text = mail_text(activation)
    assert not activation.is_multipart(), "the activation mail is plain text: no appointment yet"
    assert "Bürgerbüro Löbau" in text and "Vehicle registration" in text, text
    token = LINK.search(text).group(1)

    # A mail scanner opening the link changes nothing.
    expect_error(client.get(f"/api/v1/booking/activate/{token}"), 405, "method_not_allowed")
    booked = expect(client.post(f"/api/v1/booking/activate/{token}"), 200, "activation")
    assert booked["status"] == "confirmed" and re.fullmatch(r"LOE-[0-9A-F]{8}", booked["code"]), booked
    assert booked["id"] == held["id"] and booked["day"] == held["day"] and booked["start"] == held["start"]
    again = expect(client.post(f"/api/v1/booking/activate/{token}"), 200, "a second click")
    assert again["code"] == booked["code"], "a second click changes nothing"

    messages = mail.wait_for(2, "the confirmation mail")
    confirmation = next(m for m in messages if m["Subject"] == "Your appointment is booked")
    assert booked["code"] in mail_text(confirmation)
    assert qr_code_of(confirmation) == booked["code"], "the kiosk's scanner reads the code from the mail"
    assert len(mail.messages()) == 2, "one activation, one confirmation: nothing twice"
    assert free_desks(client, held) == desks_while_held, "booked: the slot stays taken"

    # The manage link shows the booking; only the POST of its page cancels, and the slot is free again.
    # The appointment as a calendar entry: REQUEST, the booking's UID, its time in UTC.
    method, event = calendar_of(confirmation)
    assert method == "REQUEST" and event["METHOD"] == "REQUEST" and event["STATUS"] == "CONFIRMED", event
    assert event["UID"] == f"{booked['id']}@termine.example.org" and event["SEQUENCE"] == "0", event
    assert event["DTSTART"] == utc_stamp(booked["day"], booked["start"]), (event, booked)
    assert event["LOCATION"] == "Altmarkt 1\\, 02708 Löbau" and "Bürgerbüro Löbau" in event["SUMMARY"], event
    assert booked["code"] in event["DESCRIPTION"] and "ORGANIZER" in event and "ATTENDEE" in event, event

    manage = MANAGE.search(mail_text(confirmation)).group(1)
    shown = expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "the manage page's booking")
    assert shown["code"] == booked["code"] and shown["status"] == "confirmed"
    expect_error(client.get(f"/api/v1/booking/manage/{manage}/cancel"), 405, "method_not_allowed")
    cancelled = expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancel")
    assert cancelled["status"] == "cancelled" and cancelled["code"] == booked["code"], cancelled
    assert free_desks(client, held) == desks_while_held + 1, "the slot is free again"
    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancelling again changes nothing")
    messages = mail.wait_for(3, "the cancellation mail")
    assert [m["Subject"] for m in messages].count("Your appointment is cancelled") == 1
    cancellation = next(m for m in messages if m["Subject"] == "Your appointment is cancelled")
    method, cancelled_event = calendar_of(cancellation)
    assert not [p for p in cancellation.walk() if p.get_content_type() == "image/png"], "no code to bring"
    assert method == "CANCEL" and cancelled_event["METHOD"] == "CANCEL", cancelled_event
    assert cancelled_event["STATUS"] == "CANCELLED" and cancelled_event["UID"] == event["UID"], cancelled_event
    assert int(cancelled_event["SEQUENCE"]) > int(event["SEQUENCE"]), "calendars take the newer version"
    expect_error(client.get("/api/v1/booking/manage/" + "0" * 64), 404, "unknown_manage")


def test_one_address_books_a_service_once(central, mail):
    client = central.client()
    expect(confirm(client, held_slot(client)["id"]), 202, "the first booking")
    token = LINK.search(mail_text(mail.wait_for(1, "activation mail")[0])).group(1)
    expect(client.post(f"/api/v1/booking/activate/{token}"), 200, "activation")

    # The same person, written otherwise (case, plus-addressing), for the same service: refused.
    second = held_slot(client)
    expect_error(confirm(client, second["id"], email="EVA.MUSTER+termin2@example.org"), 409, "address_limit")
    # Another service is another matter.
    expect(confirm(client, held_slot(client, services=(3,))["id"]), 202, "housing benefit")


def test_contact_data_and_links_are_checked(central):
    client = central.client()
    held = held_slot(client)
    expect_error(confirm(client, held["id"], email="eva"), 400, "invalid_argument")
    expect_error(confirm(client, held["id"], name="  "), 400, "invalid_argument")
    expect_error(confirm(client, held["id"], phone="call me"), 400, "invalid_argument")
    expect_error(confirm(client, held["id"], language="tr"), 400, "invalid_argument")
    expect_error(confirm(client, held["id"], birthday="1970-01-01"), 400, "invalid_request", "data minimisation")
    expect_error(confirm(client, "00000000-0000-4000-8000-000000000000"), 404, "unknown_hold")
    expect_error(confirm(client, "not-a-hold"), 404, "unknown_hold")
    expect_error(client.post("/api/v1/booking/activate/" + "0" * 64), 404, "unknown_activation")
    expect(confirm(client, held["id"], phone="+49 3585 123-45"), 202, "after all that, the real data")
    expect_error(confirm(client, held["id"]), 409, "hold_expired", "a hold takes contact data once")


def test_mail_waits_while_the_mail_server_is_down(cluster, tmp_path, request):
    port = free_port()  # nothing listens here yet
    server = Central(tmp_path / "central", database_for(cluster, request),
                     ("--smtp", f"smtp://127.0.0.1:{port}", "--public-url", PUBLIC_URL)).start()
    sink = None
    try:
        client = server.client()
        expect(confirm(client, held_slot(client)["id"]), 202, "contact data")
        database = request.node.name[:40].lower()
        poll_until(lambda: cluster.psql("central_" + database,
                                        "SELECT attempts > 0 AND last_error IS NOT NULL FROM mail_outbox") == "t",
                   "a failed attempt recorded")
        sink = SmtpSink(tmp_path / "smtp", port).start()
        [late] = sink.wait_for(1, "the mail, once the server is back")  # the retry after 10 s
        assert late["Subject"] == "Bitte bestätigen Sie Ihren Termin"
    finally:
        stop_cleanly(server)
        if sink:
            sink.stop()


def test_a_county_that_requires_tls_sends_nothing_over_a_plain_line(cluster, tmp_path, request, mail):
    county = tmp_path / "county.toml"
    county.write_text(DEMO_COUNTY.read_text(encoding="utf-8") + "\n[mail]\nrequire_tls = true\n", encoding="utf-8")
    server = Central(tmp_path / "central", database_for(cluster, request), ("--smtp", mail.url), config=county).start()
    try:
        database = "central_" + request.node.name[:40].lower()
        cluster.psql(database, "INSERT INTO mail_outbox (recipient, subject, body) VALUES ('eva@example.org', 'Termin', 'Text')")
        poll_until(lambda: cluster.psql(database, "SELECT attempts > 0 AND sent_at IS NULL FROM mail_outbox") == "t",
                   "an attempt, refused for want of STARTTLS")
        assert "SSL" in cluster.psql(database, "SELECT last_error FROM mail_outbox")
        assert mail.messages() == [], "nothing went over the plain line"
    finally:
        stop_cleanly(server)


def test_a_crash_while_sending_sends_no_accepted_mail_again(cluster, tmp_path, request):
    """Five mails queued; the mail server accepts two and stalls on the third, and civiq-central is
    killed (-9) meanwhile. After its restart every mail arrives, and the two accepted ones once."""
    release, stalled = tmp_path / "release", tmp_path / "stalled"
    sink = SmtpSink(tmp_path / "smtp", handler=("stalling_smtp.StallAfter", "2", str(release), str(stalled))).start()
    server = Central(tmp_path / "central", database_for(cluster, request),
                     ("--smtp", sink.url, "--public-url", PUBLIC_URL)).start()
    try:
        cluster.psql("central_" + request.node.name[:40].lower(),
                     "INSERT INTO mail_outbox (recipient, subject, body) "
                     "SELECT 'citizen' || n || '@example.org', 'Nachricht ' || n, 'Text' FROM generate_series(1, 5) n")
        poll_until(stalled.exists, "the mail server stalls on the third mail")
        assert len(sink.messages()) == 2
        server.kill()
        release.touch()
        server.start()
        subjects = sorted(m["Subject"] for m in sink.wait_for(5, "every mail after the restart"))
        assert subjects == [f"Nachricht {n}" for n in range(1, 6)], "each mail once"
    finally:
        stop_cleanly(server)
        sink.stop()


def test_contact_data_are_forgotten_after_retention(central, mail, cluster, request):
    client = central.client()
    expect(confirm(client, held_slot(client)["id"]), 202, "contact data")
    token = LINK.search(mail_text(mail.wait_for(1, "activation mail")[0])).group(1)
    code = expect(client.post(f"/api/v1/booking/activate/{token}"), 200, "activation")["code"]
    database = "central_" + request.node.name[:40].lower()
    # The appointment was 40 days ago (retention: 30); the hourly chore also runs at every start.
    cluster.psql(database, "UPDATE bookings SET day = current_date - 40")
    central.stop()
    central.start()
    kept = poll_until(lambda: cluster.psql(
        database, "SELECT concat_ws('|', citizen_name, email, email_key, phone, code, status, office_id) "
                  "FROM bookings WHERE email IS NULL"), "contact data forgotten")
    assert kept == f"{code}|confirmed|loebau", "the booking stays for the statistics, without the person"
