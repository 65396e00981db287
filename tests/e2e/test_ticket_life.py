# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: a ticket's life through the public, kiosk and counter API (docs/api.md).

Every test gets a fresh office (server + empty database), so numbers start at A001 / B001.
"""

import re

from civiq_e2e import (
    OFFICE_ID,
    OFFICE_NAME,
    PUBLIC_BASE_URL,
    TICKET_STATUSES,
    assert_ticket_token,
    berlin_date,
    expect,
    expect_error,
    iso_utc,
    utc_now,
)

TICKET_KEYS = {
    "number", "service_id", "service", "status", "position", "waiting_total", "estimated_wait_s", "waited_s",
    "counter_id", "counter", "message", "language", "office", "updated_at",
}
ISSUE_KEYS = {"id", "number", "token", "service_id", "position", "estimated_wait_s", "url"}
QUEUE_ENTRY_KEYS = {
    "id", "number", "service_id", "status", "position", "estimated_wait_s", "waited_s", "priority", "appointment",
    "appointment_code", "counter_id",
}


def by_number(entries):
    numbers = [e["number"] for e in entries]
    assert len(numbers) == len(set(numbers)), f"duplicate numbers in {numbers}"
    return {e["number"]: e for e in entries}


def assert_ticket(office, token, /, **expected):
    ticket = office.ticket(token)
    for key, value in expected.items():
        assert ticket.get(key) == value, f"ticket {ticket.get('number')}: expected {key}={value!r}, got {ticket}"
    return ticket


def test_health_and_services(office):
    health = expect(office.anon.get("/api/v1/health"), 200, "health")
    assert health["status"] == "ok", health
    assert health["office"] == OFFICE_NAME, health
    assert health["office_id"] == OFFICE_ID, health
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", health["day"]), f"day is not YYYY-MM-DD: {health}"
    assert health["day"] == berlin_date(utc_now()).isoformat(), f"day is not today in Berlin: {health}"
    assert isinstance(health["version"], str) and health["version"], health
    assert health["time_speed"] == 1 and isinstance(health["time_speed"], int), f"written as people expect: {health}"

    services = expect(office.anon.get("/api/v1/services"), 200, "services")["services"]
    assert [s["id"] for s in services] == [1, 2], services
    first, second = services
    assert first["leika_id"] == "99036008000000" and first["prefix"] == "A", first
    assert first["name"] == "Kfz-Zulassung", f"default language is de: {first}"
    assert first["names"] == {"de": "Kfz-Zulassung", "en": "Vehicle registration"}, first
    assert first["active"] is True and first["waiting"] == 0, first
    # No counter is open yet: nobody can promise a wait, so none is given.
    assert first["service_open"] is False and first["estimated_wait_s"] is None, first
    assert first["wait_low_s"] is None and first["wait_high_s"] is None, first
    assert second["prefix"] == "B" and second["name"] == "Fahrerlaubnis", second

    english = expect(office.anon.get("/api/v1/services?lang=en"), 200, "services in English")["services"]
    assert [s["name"] for s in english] == ["Vehicle registration", "Driving licence"], english


def test_what_kiosks_and_displays_are_told(office):
    kiosk = expect(office.kiosk.get("/api/v1/kiosk"), 200, "kiosk info")
    assert kiosk == {"office": OFFICE_NAME, "languages": ["de", "en", "pl", "cs"], "printer": "civiq-tickets",
                     "opening": {"open": True, "closes_at": None, "opens_next": None}}, kiosk

    display = expect(office.as_role("display").get("/api/v1/display"), 200, "display info")
    assert display["office"] == OFFICE_NAME and display["info_line"] == "Heute ab 12 Uhr nur Termine", display
    counters = {c["id"]: c for c in display["counters"]}
    assert counters[1]["name"] == "Schalter 1" and counters[1]["service_ids"], display
    assert all(c["clerk"] is None and c["current"] is None for c in display["counters"]), \
        f"a wall screen never names clerks: {display}"


def test_issue_call_start_finish(office):
    issued = office.issue(1)
    assert ISSUE_KEYS <= issued.keys(), f"issue reply lacks {ISSUE_KEYS - issued.keys()}: {issued}"
    assert issued["number"] == "A001", issued
    assert issued["service_id"] == 1 and issued["position"] == 1, issued
    assert isinstance(issued["id"], int), issued
    token = issued["token"]
    assert_ticket_token(token)
    assert issued["url"].endswith("/t/" + token), issued
    assert issued["url"] == f"{PUBLIC_BASE_URL}/t/{token}", issued

    assert issued["service_open"] is False and issued["estimated_wait_s"] is None, \
        f"no open counter: the kiosk must not print a wait: {issued}"
    ticket = assert_ticket(office, token, number="A001", service_id=1, service="Kfz-Zulassung", status="waiting",
                           position=1, waiting_total=1, counter_id=None, counter=None, language="de",
                           office=OFFICE_NAME, service_open=False, estimated_wait_s=None, time_speed=1)
    assert TICKET_KEYS <= ticket.keys(), f"ticket lacks {TICKET_KEYS - ticket.keys()}: {ticket}"
    assert not {"name", "citizen_name", "token"} & ticket.keys(), f"a live ticket carries no personal data: {ticket}"
    waiting = expect(office.anon.get("/api/v1/services"), 200)["services"][0]["waiting"]
    assert waiting == 1, "services shows the waiting ticket"

    counter = office.counter_action(1, "open")
    assert counter["id"] == 1 and counter["name"] == "Schalter 1", counter
    assert counter["open"] is True and counter["clerk"] == "anna" and counter["current"] is None, counter
    assert sorted(counter["service_ids"]) == [1, 2], counter
    ticket = assert_ticket(office, token, status="waiting", service_open=True)
    assert 0 <= ticket["wait_low_s"] <= ticket["estimated_wait_s"] <= ticket["wait_high_s"], ticket

    counter = office.counter_action(1, "call-next")
    assert counter["current"] is not None, f"call-next with a waiting ticket must call it: {counter}"
    assert counter["current"]["number"] == "A001" and counter["current"]["id"] == issued["id"], counter
    assert counter["current"]["status"] == "called", counter
    assert_ticket(office, token, status="called", counter_id=1, counter="Schalter 1", position=None)

    counter = office.counter_action(1, "start")
    assert counter["current"]["status"] == "serving", counter
    assert counter["recall_in_s"] is None, f"a ticket being served cannot be recalled: {counter}"
    assert_ticket(office, token, status="serving", counter="Schalter 1")

    counter = office.counter_action(1, "finish")
    assert counter["current"] is None, f"finish frees the counter: {counter}"
    assert_ticket(office, token, status="done", counter=None, counter_id=None, position=None)

    office.counter_action(1, "call-next", status=204)  # nobody waits

    counters = office.counters()
    assert counters[1]["open"] is True and counters[1]["current"] is None, counters
    assert counters[2]["open"] is False, counters

    assert office.issue(1)["number"] == "A002", "numbers continue after a finished ticket"
    assert office.issue(2)["number"] == "B001", "each prefix counts on its own"
    assert office.issue(1)["number"] == "A003"


def test_multi_service_ticket_keeps_its_number(office):
    # Counter 2 serves only the first service, so the citizen queues for the second (a counter that
    # serves both keeps them: e2e_counter_visits).
    issued = office.issue(2, additional_service_ids=[1])
    assert issued["number"] == "B001", issued
    office.counter_action(2, "open", client=office.clerk2)
    assert office.counter_action(2, "call-next", client=office.clerk2)["current"]["number"] == "B001"
    office.counter_action(2, "start", client=office.clerk2)
    counter = office.counter_action(2, "finish", client=office.clerk2)
    assert counter["current"] is None, counter

    assert_ticket(office, issued["token"], number="B001", status="waiting", service_id=1, position=1,
                  counter=None)
    entry = by_number(office.queue())["B001"]
    assert entry["service_id"] == 1 and entry["status"] == "waiting", entry
    assert entry["id"] == issued["id"], "same ticket, same id"

    office.counter_action(1, "open")
    counter = office.counter_action(1, "call-next")
    assert counter["current"]["number"] == "B001", f"counter 1 serves service 1: {counter}"
    assert_ticket(office, issued["token"], status="called", counter="Schalter 1", counter_id=1)
    office.counter_action(1, "finish")
    assert_ticket(office, issued["token"], status="done")


def test_recall_no_show_and_reactivate(office):
    first = office.issue(1)
    second = office.issue(1)
    office.counter_action(1, "open")
    called = office.counter_action(1, "call-next")
    assert called["current"]["number"] == first["number"]
    assert called["recall_in_s"] == 0, f"cooldown 0: recall is possible at once: {called}"

    # max_recalls = 2, recall_cooldown_s = 0: two recalls keep it called, the third is a no-show.
    for attempt in (1, 2):
        counter = office.counter_action(1, "recall")
        assert counter["current"]["number"] == "A001", f"recall {attempt}: {counter}"
        assert_ticket(office, first["token"], status="called", counter="Schalter 1")
    counter = office.counter_action(1, "recall")
    assert counter["current"] is None, f"the recall past max_recalls marks a no-show: {counter}"
    assert_ticket(office, first["token"], status="no_show")
    assert by_number(office.queue())["A001"]["status"] == "no_show"

    counter = office.counter_action(1, "reactivate", {"ticket_id": first["id"]})
    assert counter["current"] is None, counter
    assert_ticket(office, first["token"], status="waiting", position=1)  # its old place, before A002
    assert_ticket(office, second["token"], status="waiting", position=2)

    assert office.counter_action(1, "call-next")["current"]["number"] == "A001", "reactivated at its old place"
    counter = office.counter_action(1, "no-show")
    assert counter["current"] is None, counter
    assert_ticket(office, first["token"], status="no_show")

    assert office.counter_action(1, "call-next")["current"]["number"] == "A002"
    office.counter_action(1, "start")
    expect_error(office.clerk.post("/api/v1/counters/1/no-show"), 409, "ticket_not_called",
                 "no-show after service started")
    office.counter_action(1, "finish")
    office.counter_action(1, "reactivate", {"ticket_id": first["id"]})
    assert_ticket(office, first["token"], status="waiting", position=1)


def test_park_call_back_and_call_specific(office):
    office.issue(1)  # A001
    a2, a3 = office.issue(1), office.issue(1)
    office.counter_action(1, "open")

    counter = office.counter_action(1, "call", {"ticket_id": a2["id"]})
    assert counter["current"]["number"] == "A002", f"call picks the given ticket: {counter}"
    office.counter_action(1, "start")
    counter = office.counter_action(1, "park")
    assert counter["current"] is None, f"parking frees the counter: {counter}"
    assert_ticket(office, a2["token"], status="parked", number="A002")
    assert by_number(office.queue())["A002"]["status"] == "parked"

    assert office.counter_action(1, "call-next")["current"]["number"] == "A001", "call-next skips parked tickets"
    office.counter_action(1, "finish")

    counter = office.counter_action(1, "call", {"ticket_id": a2["id"]})
    assert counter["current"]["number"] == "A002", f"a parked ticket can be called back: {counter}"
    assert_ticket(office, a2["token"], status="called", counter="Schalter 1")
    office.counter_action(1, "finish")
    assert_ticket(office, a2["token"], status="done")

    assert office.counter_action(1, "call-next")["current"]["number"] == "A003"
    office.counter_action(1, "park")
    assert_ticket(office, a3["token"], status="parked")
    office.counter_action(1, "reactivate", {"ticket_id": a3["id"]})
    assert_ticket(office, a3["token"], status="waiting", position=1)


def test_transfer_to_service_and_to_counter(office):
    issued = office.issue(1)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")

    counter = office.counter_action(1, "transfer", {"service_id": 2})
    assert counter["current"] is None, f"transfer frees the counter: {counter}"
    assert_ticket(office, issued["token"], status="waiting", service_id=2, number="A001", position=1)

    assert office.counter_action(1, "call-next")["current"]["number"] == "A001", "counter 1 serves service 2"
    counter = office.counter_action(1, "transfer", {"counter_id": 2})
    assert counter["current"] is None, counter
    assert_ticket(office, issued["token"], status="waiting", service_id=2, number="A001")
    entry = by_number(office.queue())["A001"]
    assert entry["status"] == "waiting", entry

    office.counter_action(1, "call-next", status=204)  # reserved for counter 2
    office.counter_action(2, "open", client=office.clerk2)
    counter = office.counter_action(2, "call-next", client=office.clerk2)
    assert counter["current"]["number"] == "A001", counter
    assert_ticket(office, issued["token"], status="called", counter_id=2, counter="Schalter 2")
    office.counter_action(2, "finish", client=office.clerk2)
    assert_ticket(office, issued["token"], status="done")


def test_postpone_moves_back(office):
    a1, a2, a3 = office.issue(1), office.issue(1), office.issue(1)
    assert_ticket(office, a1["token"], position=1, waiting_total=3)

    moved = expect(office.anon.post(f"/api/v1/tickets/{a1['token']}/postpone", {"places": 1}), 200, "postpone")
    assert moved["number"] == "A001" and moved["status"] == "waiting", moved
    assert moved["position"] == 2, f"postponing by 1 lets one citizen go first: {moved}"
    assert_ticket(office, a2["token"], position=1)
    assert_ticket(office, a3["token"], position=3)

    moved = expect(office.anon.post(f"/api/v1/tickets/{a1['token']}/postpone", {"places": 5}), 200, "postpone")
    assert moved["position"] == 3, f"only one citizen was behind, so it moves to the end: {moved}"

    office.issue(1)  # someone behind again, so only the limit can refuse
    expect_error(office.anon.post(f"/api/v1/tickets/{a1['token']}/postpone", {"places": 1}), 409,
                 "postpone_limit_reached", "third postpone (max_postponements = 2)")

    office.counter_action(1, "open")
    order = [office.counter_action(1, "call-next")["current"]["number"]]
    office.counter_action(1, "finish")
    order.append(office.counter_action(1, "call-next")["current"]["number"])
    office.counter_action(1, "finish")
    order.append(office.counter_action(1, "call-next")["current"]["number"])
    assert order == ["A002", "A003", "A001"], f"calling order follows the postponement: {order}"


def test_cancel_twice(office):
    issued = office.issue(1)
    cancelled = expect(office.anon.post(f"/api/v1/tickets/{issued['token']}/cancel"), 200, "cancel")
    assert cancelled["status"] == "cancelled" and cancelled["number"] == "A001", cancelled
    assert_ticket(office, issued["token"], status="cancelled", position=None)
    expect_error(office.anon.post(f"/api/v1/tickets/{issued['token']}/cancel"), 409, "ticket_finished",
                 "second cancel")
    assert "A001" not in by_number(office.queue()), "a cancelled ticket leaves the queue"
    office.counter_action(1, "open")
    office.counter_action(1, "call-next", status=204)


def test_idempotency_key_returns_the_same_ticket(office):
    key = "kiosk-eingang-2f1c9a6e-0001"
    first = expect(office.kiosk.post("/api/v1/tickets", {"service_id": 1}, headers={"Idempotency-Key": key}), 201)
    retry = office.kiosk.post("/api/v1/tickets", {"service_id": 1}, headers={"Idempotency-Key": key})
    assert retry.status in (200, 201), f"a retry is answered like the original: {retry!r}"
    again = expect(retry, retry.status)
    assert (again["id"], again["number"], again["token"]) == (first["id"], first["number"], first["token"]), (
        f"a retry with the same Idempotency-Key returns the same ticket: first {first}, retry {again}"
    )
    assert len(office.queue()) == 1, "the retry issued no second ticket"
    assert office.issue(1)["number"] == "A002", "the number counter did not advance on the retry"
    other = expect(office.kiosk.post("/api/v1/tickets", {"service_id": 1}, headers={"Idempotency-Key": key + "x"}),
                   201)
    assert other["number"] == "A003" and other["token"] != first["token"], other


def test_appointment_import_and_check_in(office):
    now = iso_utc(utc_now())
    imported = expect(office.manager.post("/api/v1/appointments", {"appointments": [
        {"code": "LB-7F3K", "time": now, "service_ids": [1], "name": "Erika Mustermann"},
    ]}), 200, "import appointments")
    assert imported == {"imported": 1}, imported
    listed = expect(office.clerk.get("/api/v1/appointments"), 200, "appointments")["appointments"]
    entry = {a["code"]: a for a in listed}["LB-7F3K"]
    assert entry["status"] == "booked" and entry["service_ids"] == [1] and entry["ticket_number"] is None, entry

    walk_in = office.issue(1)
    assert walk_in["number"] == "A001"
    checked_in = expect(office.kiosk.post("/api/v1/appointments/LB-7F3K/check-in", {"language": "pl"}), 201,
                        "check-in")
    assert ISSUE_KEYS <= checked_in.keys(), checked_in
    assert checked_in["number"] == "A002" and checked_in["service_id"] == 1, checked_in
    assert_ticket_token(checked_in["token"])
    assert checked_in["url"] == f"{PUBLIC_BASE_URL}/t/{checked_in['token']}", checked_in
    assert_ticket(office, checked_in["token"], status="waiting", language="pl")

    queue = by_number(office.queue())
    assert QUEUE_ENTRY_KEYS <= queue["A002"].keys(), queue["A002"]
    assert queue["A002"]["appointment"] is True and queue["A002"]["appointment_code"] == "LB-7F3K", queue
    assert queue["A001"]["appointment"] is False and queue["A001"]["appointment_code"] is None, queue
    assert all(e["status"] in TICKET_STATUSES for e in queue.values())

    listed = expect(office.clerk.get("/api/v1/appointments"), 200)["appointments"]
    entry = {a["code"]: a for a in listed}["LB-7F3K"]
    assert entry["status"] == "checked_in" and entry["ticket_number"] == "A002", entry

    expect_error(office.kiosk.post("/api/v1/appointments/LB-7F3K/check-in", {"language": "pl"}), 409,
                 "appointment_already_checked_in", "second check-in")

    office.counter_action(1, "open")
    counter = office.counter_action(1, "call-next")
    assert counter["current"]["number"] == "A002", f"a due appointment is called before walk-ins: {counter}"
