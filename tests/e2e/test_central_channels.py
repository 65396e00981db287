# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): quotas per channel. Löbau's demo day is shared 70 % online, 20 % phone and
10 % counter (the rest free for walk-ins), each released on the office's schedule. An office
manager books for a caller and for a citizen at the counter within those shares (confirmed at once,
a confirmation mail only when the citizen gave an address), and sees per day how much each channel
may book and has booked. A channel whose share is booked up is refused while the others still
book. And capacity per service: Görlitz serves Wohngeld on one of its desks only. On a real
PostgreSQL and SMTP server."""

from central_e2e import (book, central, cluster, free_desks, mail, mail_text, mails_to,  # noqa: F401 (fixtures)
                         offered_days, qr_code_of)
from civiq_e2e import expect, expect_error
from test_central_staff import STAFF, add_user, signed_in

OFFICE, SERVICE = "loebau", 2  # 15 minutes: one unit of the office's 15-minute step
SHARES = {"online": 70, "phone": 20, "counter": 10}  # central/demo_county.toml


def availability(staff, day: str) -> dict:
    answer = expect(staff.get(f"{STAFF}/availability?office={OFFICE}&from={day}&to={day}"), 200, "availability")
    assert answer["office"] == OFFICE and answer["step_s"] == 900, answer
    [that_day] = answer["days"]
    return that_day


def booked(day: dict) -> dict:
    return {c["channel"]: c["booked"] for c in day["channels"]}


def staff_booking(staff, day: str, start: str, channel: str, **contact):
    body = {"office": OFFICE, "service_ids": [SERVICE], "day": day, "start": start, "channel": channel,
            "name": "Hans Anrufer", **contact}
    return staff.post(f"{STAFF}/bookings", body)


def test_staff_book_by_phone_and_at_the_counter_within_each_share(central, mail):
    client = central.client()
    add_user(central, "lena", "Löbau manager password", offices=OFFICE)
    add_user(central, "zora", "Zittau manager password", offices="zittau")
    staff = signed_in(client, "lena", "Löbau manager password")
    offered = offered_days(client, OFFICE, str(SERVICE))[0]
    day, slots = offered["day"], [s["start"] for s in offered["slots"]]

    before = availability(staff, day)
    assert before["open"] and before["capacity"] > 0, before
    for channel in before["channels"]:
        share = SHARES[channel["channel"]]
        assert channel["share_percent"] == share, channel
        # Its share of the day, then the released part of that, both rounded down.
        assert channel["quota"] == before["capacity"] * share // 100 * before["released_percent"] // 100, channel

    # A caller with an address gets the confirmation mail with the code; one without gets the code by phone.
    by_phone = expect(staff_booking(staff, day, slots[0], "phone", email="hans@example.org", language="en"), 201,
                      "a phone booking")
    assert by_phone["status"] == "confirmed" and by_phone["code"].startswith("LOE-"), by_phone
    [confirmation] = mails_to(mail, "hans@example.org", "Your appointment is booked")
    assert by_phone["code"] in mail_text(confirmation) and qr_code_of(confirmation) == by_phone["code"]
    quiet = expect(staff_booking(staff, day, slots[0], "counter", phone="03585 1234"), 201, "at the counter")
    assert quiet["status"] == "confirmed" and quiet["code"], quiet
    after = availability(staff, day)
    assert booked(after) == {"online": booked(before)["online"], "phone": booked(before)["phone"] + 1,
                             "counter": booked(before)["counter"] + 1}, after
    listed = expect(staff.get(f"{STAFF}/bookings?office={OFFICE}&day={day}"), 200, "the day's bookings")
    assert {by_phone["code"], quiet["code"]} <= {b["code"] for b in listed["bookings"]}, listed

    # Refusals: online is the citizens' own, another office is not hers, a full slot is full.
    expect_error(staff_booking(staff, day, slots[1], "online"), 400, "invalid_argument")
    expect_error(staff_booking(staff, day, slots[1], "fax"), 400, "invalid_argument")
    expect_error(staff.post(f"{STAFF}/bookings", {"office": OFFICE, "service_ids": [SERVICE], "day": day,
                                                  "start": slots[1], "channel": "phone", "name": "X",
                                                  "altcha": "x"}), 400, "invalid_request")
    expect_error(staff_booking(staff, day, "07:13", "phone"), 409, "slot_not_bookable")
    add_user(central, "nils", "Niesky manager password", offices="niesky")
    nils = signed_in(client, "nils", "Niesky manager password")
    niesky = offered_days(client, "niesky", str(SERVICE))[0]
    no_share = dict(office="niesky", service_ids=[SERVICE], day=niesky["day"], start=niesky["slots"][0]["start"],
                    channel="counter", name="Hans Anrufer")
    expect_error(nils.post(f"{STAFF}/bookings", no_share), 409, "channel_full")  # Niesky books online only
    zora = signed_in(client, "zora", "Zittau manager password")
    expect_error(staff_booking(zora, day, slots[1], "phone"), 403, "forbidden")
    expect_error(zora.get(f"{STAFF}/availability?office={OFFICE}&from={day}"), 403, "forbidden")
    expect_error(client.get(f"{STAFF}/availability?office={OFFICE}&from={day}"), 401, "unauthorized")
    desks_left = next(s["free_desks"] for s in offered["slots"] if s["start"] == slots[0]) - 2
    for _ in range(desks_left):
        expect(staff_booking(staff, day, slots[0], "phone"), 201, "the slot's last desks")
    expect_error(staff_booking(staff, day, slots[0], "phone"), 409, "slot_taken")


def test_a_channel_whose_share_is_booked_up_is_refused_while_the_others_book(central, mail):
    client = central.client()
    add_user(central, "lena", "Löbau manager password", offices=OFFICE)
    staff = signed_in(client, "lena", "Löbau manager password")
    offered = offered_days(client, OFFICE, str(SERVICE))[0]
    day, slots = offered["day"], [s["start"] for s in offered["slots"]]
    counter = next(c for c in availability(staff, day)["channels"] if c["channel"] == "counter")
    assert counter["quota"] >= 1, counter
    for i in range(counter["quota"]):  # one 15-minute visit per slot, so no slot fills up
        expect(staff_booking(staff, day, slots[i], "counter"), 201, f"counter booking {i + 1}")
    expect_error(staff_booking(staff, day, slots[counter["quota"]], "counter"), 409, "channel_full")
    expect(staff_booking(staff, day, slots[counter["quota"]], "phone"), 201, "the phone's share is its own")
    online = offered_days(client, OFFICE, str(SERVICE))[0]
    assert online["day"] == day and slots[counter["quota"] + 1] in [s["start"] for s in online["slots"]], \
        "citizens still book that day online"
    day_use = availability(staff, day)
    assert booked(day_use)["counter"] == counter["quota"] and booked(day_use)["phone"] == 1, day_use


def test_a_service_on_fewer_desks_fills_up_while_the_others_still_book(central, mail):
    client = central.client()
    wohngeld, driving = "3", "2"  # Görlitz: Wohngeld on one desk of five (three on short days)
    offered = offered_days(client, "goerlitz", wohngeld)[0]
    day, start = offered["day"], offered["slots"][0]["start"]
    assert offered["slots"][0]["free_desks"] == 1, offered["slots"][0]
    desks_for_driving = free_desks(client, "goerlitz", driving, day, start)
    assert desks_for_driving >= 3, desks_for_driving
    book(client, mail, "goerlitz", [3], day, start, "wohngeld@example.org")
    assert free_desks(client, "goerlitz", wohngeld, day, start) == 0, "its one desk is booked"
    assert free_desks(client, "goerlitz", driving, day, start) == desks_for_driving - 1, "the others still book"
