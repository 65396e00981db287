# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15, first slice): civiq-central on a real PostgreSQL 15 cluster of its own. A
citizen chooses services, finds the offices that offer them and their free slots, and holds one
while typing their contact data. However many reach for the last desk at once, one gets it. Holds
survive a crash of the server. Bad requests get clear errors and change nothing."""

from central_e2e import (burst, central, cluster, first_offered_day, hold, hold_body,  # noqa: F401 (fixtures)
                         search_window, solved_challenge)
from civiq_e2e import expect, expect_error

HOLD_BURST = 200


def test_a_citizen_finds_services_offices_and_slots(central):
    client = central.client()
    services = expect(client.get("/api/v1/booking/services?lang=en"), 200, "services")["services"]
    assert [s["id"] for s in services] == [1, 2, 3, 4, 5]
    assert services[0]["name"] == "Vehicle registration" and services[0]["leika_id"] == "99036008000000"
    assert services[2]["names"]["de"] == "Wohngeld" and services[2]["length_s"] == 1800

    offices = expect(client.get("/api/v1/booking/offices?services=3"), 200, "offices")["offices"]
    assert [o["id"] for o in offices] == ["loebau", "zittau", "goerlitz"], "housing benefit in three offices"
    assert len(expect(client.get("/api/v1/booking/offices"), 200, "all offices")["offices"]) == 5

    first, last = search_window()
    slots = expect(client.get(f"/api/v1/booking/slots?office=loebau&services=1,5&from={first}&to={last}"), 200,
                   "slots")
    assert slots["length_s"] == 1800, "a visit for two services is one appointment of both lengths"
    assert slots["days"], slots
    for day in slots["days"]:
        assert day["day"] >= first and day["day"] <= last
        for slot in day["slots"]:
            assert "08:00" <= slot["start"] <= "17:30" and 1 <= slot["free_desks"] <= 3, slot
            assert not ("11:30" < slot["start"] < "13:00"), f"a 30-minute visit never runs into lunch: {slot}"


def test_a_held_slot_is_taken_from_everyone_else(central):
    client = central.client()
    day = first_offered_day(client, "niesky", "1")  # two desks
    start = day["slots"][0]["start"]
    assert day["slots"][0]["free_desks"] == 2
    held = expect(hold(client, "niesky", [1], day["day"], start), 201, "hold")
    assert len(held["id"]) == 36 and held["length_s"] == 1200 and held["expires_at"], held
    again = first_offered_day(client, "niesky", "1")
    assert again["slots"][0]["start"] == start and again["slots"][0]["free_desks"] == 1, again["slots"][0]


def test_the_last_desk_goes_to_exactly_one_of_200(central):
    client = central.client()
    day = first_offered_day(client, "niesky", "2")
    start = day["slots"][0]["start"]
    expect(hold(client, "niesky", [2], day["day"], start), 201, "the first of two desks")

    # Every request is on the server's sockets before any answer is read: Python threads would take
    # turns, so the server could answer one by one and never see a race.
    # Each with a proof of work of its own, solved beforehand.
    bodies = [hold_body(client, "niesky", [2], day["day"], start) for _ in range(HOLD_BURST)]
    results = burst(central.port, "/api/v1/booking/holds", bodies)
    won = [body for status, body in results if status == 201]
    lost = [body for status, body in results if status == 409]
    assert len(won) == 1, f"exactly one citizen gets the last desk, not {len(won)}"
    assert len(lost) == HOLD_BURST - 1 and all(body["error"] == "slot_taken" for body in lost), \
        {status for status, _ in results}
    after = first_offered_day(client, "niesky", "2")
    assert start not in [s["start"] for s in after["slots"] if after["day"] == day["day"]], "the slot is gone"


def test_holds_survive_a_crash(central):
    client = central.client()
    day = first_offered_day(client, "weisswasser", "5")
    start = day["slots"][0]["start"]
    expect(hold(client, "weisswasser", [5], day["day"], start), 201, "hold")
    expect(hold(central.client(), "weisswasser", [5], day["day"], start), 201, "second desk")
    central.kill()
    central.start()
    expect_error(hold(central.client(), "weisswasser", [5], day["day"], start), 409, "slot_taken",
                 "both desks are still held after kill -9")


def test_bad_requests_get_clear_errors(central):
    client = central.client()
    first, last = search_window()
    expect_error(client.get(f"/api/v1/booking/slots?office=bautzen&services=1&from={first}&to={last}"), 404,
                 "unknown_office")
    expect_error(client.get(f"/api/v1/booking/slots?office=niesky&services=3&from={first}&to={last}"), 400,
                 "invalid_argument", "Niesky takes no housing-benefit appointments")
    expect_error(client.get(f"/api/v1/booking/slots?office=loebau&services=9&from={first}&to={last}"), 404,
                 "unknown_service")
    expect_error(client.get("/api/v1/booking/slots?office=loebau&services=1&from=2026-12-08&to=2027-03-01"), 400,
                 "invalid_argument", "at most 62 days")
    expect_error(client.get("/api/v1/booking/slots?office=loebau&services=1&from=8.12.2026&to=2026-12-09"), 400,
                 "invalid_argument")
    expect_error(client.get("/api/v1/booking/offices?services=x"), 400, "invalid_argument")

    day = first_offered_day(client, "loebau", "1")["day"]
    expect_error(client.post("/api/v1/booking/holds", {"office": "loebau", "service_ids": [1], "day": day,
                                                      "start": "09:00", "name": "Eva"}), 400, "invalid_request")
    # The proof of work: missing, forged, or used a second time.
    bare = {"office": "loebau", "service_ids": [1], "day": day, "start": "09:00"}
    expect_error(client.post("/api/v1/booking/holds", bare), 403, "proof_of_work")
    expect_error(client.post("/api/v1/booking/holds", {**bare, "altcha": "bm90IGpzb24="}), 403, "proof_of_work")
    solution = solved_challenge(client)
    expect(client.post("/api/v1/booking/holds", {**bare, "altcha": solution}), 201, "solved")
    expect_error(client.post("/api/v1/booking/holds", {**bare, "start": "09:15", "altcha": solution}), 403,
                 "proof_of_work", "one solution pays for one hold")
    expect_error(client.request("POST", "/api/v1/booking/holds", raw=b"{"), 400, "invalid_json")
    expect_error(hold(client, "loebau", [1], day, "9:00"), 400, "invalid_argument")
    expect_error(hold(client, "loebau", [1], day, "07:00"), 409, "slot_not_bookable", "before opening")
    expect_error(hold(client, "loebau", [1], day, "09:07"), 409, "slot_not_bookable", "off the 15-minute grid")
    expect_error(hold(client, "loebau", [1], "2020-01-07", "09:00"), 409, "slot_not_bookable", "in the past")
    expect_error(client.get("/api/v1/booking/holds"), 405, "method_not_allowed")
    expect_error(client.get("/api/v1/booking/nothing"), 404, "not_found")
    assert expect(client.get("/api/v1/health"), 200, "health")["status"] == "ok"
