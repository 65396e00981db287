# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): "tell me if an earlier slot frees up". A citizen with a booking joins the
waitlist from the manage link. When an earlier slot frees (another citizen cancels), it is held for
the longest-waiting citizen for the claim window and offered by mail with a link of its own;
claiming moves the booking there (the later slot is free again, a mail brings the moved calendar
entry and a new manage link). An offer not claimed in time goes to the next in line, never back
to the same citizen; asking again moves nobody up. All on a real PostgreSQL and SMTP server."""

import datetime as dt

import pytest

from central_e2e import (ACTIVATION_LINK, BERLIN, MANAGE_LINK, PUBLIC_URL, Central, book, calendar_of,  # noqa: F401
                         cluster, county_with_central, county_with_office_lines, database_for, free_desks, hold, mail, mail_text, mails_to, offered_days,
                         stop_cleanly)
from civiq_e2e import expect, expect_error

OFFICE, SERVICE = "niesky", 2  # two desks; a visit of 15 minutes, so 08:00 and 08:15 do not overlap
OFFER_SUBJECT = "An earlier appointment is free"
MOVED_SUBJECT = "Your appointment was moved"


def start_central(cluster, tmp_path, request, mail, **central_keys):
    """civiq-central whose waitlist looks for freed slots every second, with `central_keys` in
    [central]. Today the office is closed: the waitlist offers today's free slots too, and whether
    there are any depends on the hour the test runs; the tests book from tomorrow on."""
    today = dt.datetime.now(BERLIN).date().isoformat()
    county = county_with_office_lines(tmp_path / "county.toml", OFFICE, f'closed_days = ["{today}"]',
                                      source=county_with_central(tmp_path / "central.toml", **central_keys))
    return Central(tmp_path / "central", database_for(cluster, request),
                   ("--smtp", mail.url, "--public-url", PUBLIC_URL, "--chore-seconds", "1"), config=county).start()


@pytest.fixture
def central(cluster, tmp_path, request, mail):
    server = start_central(cluster, tmp_path, request, mail)
    try:
        yield server
    finally:
        stop_cleanly(server)


@pytest.fixture
def returning_central(cluster, tmp_path, request, mail):
    """Cancelled slots come back to everyone after half an hour."""
    server = start_central(cluster, tmp_path, request, mail, cancelled_slot_return_min=30)
    try:
        yield server
    finally:
        stop_cleanly(server)


def offer_token(message) -> str:
    text = mail_text(message)
    marker = PUBLIC_URL + "/booking/offer/"
    assert marker in text, text
    return text.split(marker, 1)[1].split()[0]


def full_first_slot(client, mail) -> tuple:
    """The first slot of the first offered day, booked up by other citizens; the day, the first and
    the second start, and the manage tokens of those bookings."""
    day = offered_days(client, OFFICE, str(SERVICE))[0]
    first, second = day["slots"][0]["start"], day["slots"][1]["start"]
    others = []
    for i in range(free_desks(client, OFFICE, str(SERVICE), day["day"], first)):
        _, manage, _ = book(client, mail, OFFICE, [SERVICE], day["day"], first, f"other{i}@example.org")
        others.append(manage)
    assert free_desks(client, OFFICE, str(SERVICE), day["day"], first) == 0
    return day["day"], first, second, others


def join(client, manage: str) -> dict:
    return expect(client.post("/api/v1/booking/waitlist", {"token": manage}), 201, "join the waitlist")


def test_a_freed_earlier_slot_is_offered_held_and_claimed(central, mail):
    client = central.client()
    day, first, second, others = full_first_slot(client, mail)
    booked, manage, _ = book(client, mail, OFFICE, [SERVICE], day, second, "eva.waits@example.org")
    joined = join(client, manage)
    assert joined["waiting_since"] and joined["offer"] is None, joined
    again = join(client, manage)
    assert again["waiting_since"] == joined["waiting_since"], "asking again keeps the place"

    # Another citizen cancels the earlier slot: it is held for Eva and offered by mail.
    expect(client.post(f"/api/v1/booking/manage/{others[0]}/cancel"), 200, "cancel")
    [offer_mail] = mails_to(mail, "eva.waits@example.org", OFFER_SUBJECT)
    token = offer_token(offer_mail)
    assert first in mail_text(offer_mail)
    offer = expect(client.get(f"/api/v1/booking/offers/{token}"), 200, "the offer")
    assert (offer["status"], offer["day"], offer["start"], offer["booked_start"]) == ("open", day, first, second), offer
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 0, "the slot is held for Eva, nobody else gets it"
    status = expect(client.get(f"/api/v1/booking/manage/{manage}/waitlist"), 200, "waitlist status")
    assert status["offer"]["start"] == first, status
    # A scanner following the link claims nothing.
    expect_error(client.get(f"/api/v1/booking/offers/{token}/claim"), 405, "method_not_allowed")

    before = free_desks(client, OFFICE, str(SERVICE), day, second)
    moved = expect(client.post(f"/api/v1/booking/offers/{token}/claim"), 200, "claim")
    assert (moved["day"], moved["start"], moved["code"], moved["id"]) == (day, first, booked["code"], booked["id"])
    assert free_desks(client, OFFICE, str(SERVICE), day, second) == before + 1, "her old slot is free again"
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 0
    [moved_mail] = mails_to(mail, "eva.waits@example.org", MOVED_SUBJECT)
    _, event = calendar_of(moved_mail)
    assert event["SEQUENCE"] == "1" and event["UID"].startswith(booked["id"]), event
    new_manage = MANAGE_LINK.search(mail_text(moved_mail)).group(1)
    for link in (new_manage, manage):  # the new link and the old one both manage the booking
        assert expect(client.get(f"/api/v1/booking/manage/{link}"), 200, "manage")["start"] == first
    assert expect(client.get(f"/api/v1/booking/manage/{manage}/waitlist"), 200, "status")["waiting_since"] is None
    expect_error(client.post(f"/api/v1/booking/offers/{token}/claim"), 404, "unknown_offer")


def test_an_unclaimed_offer_goes_to_the_next_never_back(central, mail, cluster, request):
    client = central.client()
    day, first, second, others = full_first_slot(client, mail)
    # Both desks of the second slot: the first is the only earlier one either could move to.
    _, eva, _ = book(client, mail, OFFICE, [SERVICE], day, second, "eva.first@example.org")
    _, max_, _ = book(client, mail, OFFICE, [SERVICE], day, second, "max.second@example.org")
    join(client, eva)   # waits longer
    join(client, max_)
    join(client, eva)   # asking again moves nobody up (nor down)

    expect(client.post(f"/api/v1/booking/manage/{others[0]}/cancel"), 200, "cancel")
    [to_eva] = mails_to(mail, "eva.first@example.org", OFFER_SUBJECT)
    # Eva lets the window pass (moved into the past here instead of waiting an hour).
    database = "central_" + request.node.name[:40].lower()
    # One transaction: the chore must not see her hold ended while her offer still runs.
    eva_booking = "(SELECT id FROM bookings WHERE email = 'eva.first@example.org')"
    cluster.psql(database, "BEGIN; "
                           "UPDATE bookings SET held_until = now() - interval '1 second' WHERE id = "
                           f"(SELECT offer_hold FROM waitlist WHERE booking_id = {eva_booking}); "
                           "UPDATE waitlist SET offer_until = now() - interval '1 second' "
                           f"WHERE booking_id = {eva_booking}; COMMIT")
    [to_max] = mails_to(mail, "max.second@example.org", OFFER_SUBJECT)
    assert first in mail_text(to_max)
    expect_error(client.post(f"/api/v1/booking/offers/{offer_token(to_eva)}/claim"), 409, "offer_expired")
    assert expect(client.get(f"/api/v1/booking/offers/{offer_token(to_eva)}"), 200, "offer")["status"] == "expired"
    moved = expect(client.post(f"/api/v1/booking/offers/{offer_token(to_max)}/claim"), 200, "claim")
    assert (moved["day"], moved["start"]) == (day, first)
    # Eva was not offered the same slot again while Max held it.
    assert len(mails_to(mail, "eva.first@example.org", OFFER_SUBJECT)) == 1


def offered_the_first_slot(client, mail, email: str) -> tuple:
    """A citizen booked at the second slot, waiting, and offered the first one (held for them): the
    day, the first slot, the manage token and the offer's mail."""
    day, first, second, others = full_first_slot(client, mail)
    _, manage, _ = book(client, mail, OFFICE, [SERVICE], day, second, email)
    join(client, manage)
    expect(client.post(f"/api/v1/booking/manage/{others[0]}/cancel"), 200, "cancel the earlier one")
    [offer_mail] = mails_to(mail, email, OFFER_SUBJECT)
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 0, "held for the waiting citizen"
    return day, first, manage, offer_mail


def test_leaving_gives_the_held_slot_back_and_a_cancelled_booking_cannot_wait(central, mail):
    client = central.client()
    day, first, manage, _ = offered_the_first_slot(client, mail, "eva.leaves@example.org")
    left = expect(client.post(f"/api/v1/booking/manage/{manage}/waitlist/leave"), 200, "leave")
    assert left == {"waiting_since": None, "offer": None}, left
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 1, "the held slot is everyone's again"

    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "cancel")
    expect_error(client.post("/api/v1/booking/waitlist", {"token": manage}), 409, "booking_cancelled")
    expect_error(client.post("/api/v1/booking/waitlist", {"token": "x" * 64}), 404, "unknown_manage")
    expect_error(client.post("/api/v1/booking/waitlist", {"token": manage, "email": "a@b.c"}), 400, "invalid_request")
    expect_error(client.get("/api/v1/booking/offers/" + "y" * 64), 404, "unknown_offer")


def test_a_cancelled_booking_leaves_the_waitlist_and_its_offer_goes_back(central, mail):
    client = central.client()
    day, first, manage, offer_mail = offered_the_first_slot(client, mail, "eva.cancels@example.org")
    expect(client.post(f"/api/v1/booking/manage/{manage}/cancel"), 200, "Eva cancels her booking")
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 1, "the slot held for her is everyone's at once"
    assert expect(client.get(f"/api/v1/booking/manage/{manage}/waitlist"), 200, "status") == \
        {"waiting_since": None, "offer": None}
    expect_error(client.post(f"/api/v1/booking/offers/{offer_token(offer_mail)}/claim"), 404, "unknown_offer")


def test_a_cancelled_slot_goes_to_the_waitlist_first_and_to_everyone_only_later(returning_central, mail, cluster,
                                                                                request):
    client = returning_central.client()
    day, first, second, others = full_first_slot(client, mail)
    _, manage, _ = book(client, mail, OFFICE, [SERVICE], day, second, "eva.first@example.org")
    join(client, manage)

    # A cancellation does not show the slot to everyone: a trader's buyer cannot pounce on it ...
    expect(client.post(f"/api/v1/booking/manage/{others[0]}/cancel"), 200, "cancel")
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 0, "not back for everyone yet"
    # ... but the longest-waiting citizen is offered it at once, and takes it.
    [offer_mail] = mails_to(mail, "eva.first@example.org", OFFER_SUBJECT)
    moved = expect(client.post(f"/api/v1/booking/offers/{offer_token(offer_mail)}/claim"), 200, "claim")
    assert moved["start"] == first
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 0, "Eva has it now"

    # With nobody waiting, a cancelled slot is everyone's once its time has passed (moved back here).
    expect(client.post(f"/api/v1/booking/manage/{others[1]}/cancel"), 200, "cancel")
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 0
    cluster.psql("central_" + request.node.name[:40].lower(),
                 "UPDATE bookings SET slot_free_at = now() - interval '1 second' WHERE slot_free_at > now()")
    assert free_desks(client, OFFICE, str(SERVICE), day, first) == 1, "back for everyone"
