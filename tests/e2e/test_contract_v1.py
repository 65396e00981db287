# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: what devices on walls rely on in the v1 contract.

Who a token belongs to (so a client tells "signed out" from "offline"), whether the office is open
before anyone taps, the office's event sequence on replies and frames (so a client can tell which
is newer), and the staff topic of today's appointments (so no client polls them).
"""

import datetime as dt
import time
import zoneinfo

import pytest

from civiq_e2e import expect, expect_error, ws_collect, ws_connect, ws_first_frames

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def test_auth_me_names_the_caller(office):
    me = expect(office.clerk.get("/api/v1/auth/me"), 200, "me as clerk")
    assert (me["kind"], me["name"], me["role"], me["device_kind"]) == ("staff", "anna", "clerk", None)
    expires = dt.datetime.fromisoformat(me["expires_at"].replace("Z", "+00:00"))
    assert dt.timedelta(hours=11) < expires - dt.datetime.now(dt.timezone.utc) <= dt.timedelta(hours=12, minutes=1)
    # Relative to the server's clock, for devices whose own clock is wrong.
    assert 11 * 3600 < me["expires_in_s"] <= 12 * 3600, me

    kiosk = expect(office.kiosk.get("/api/v1/auth/me"), 200, "me as kiosk")
    assert (kiosk["kind"], kiosk["name"], kiosk["role"], kiosk["device_kind"], kiosk["expires_at"],
            kiosk["expires_in_s"]) == ("device", "kiosk-eingang", None, "kiosk", None, None)

    token = office.session("anna")
    expect(office.client(token).post("/api/v1/auth/logout"), 204, "logout")
    expect_error(office.client(token).get("/api/v1/auth/me"), 401, "unauthorized", "me after logout")


def test_an_office_that_does_not_enforce_hours_says_open(office):
    opening = expect(office.kiosk.get("/api/v1/kiosk"), 200, "kiosk info")["opening"]
    assert opening == {"open": True, "closes_at": None, "opens_next": None}


def _three_days_ahead():
    return dt.datetime.now(BERLIN).date() + dt.timedelta(days=3)


@pytest.mark.office_config({
    "queue": {"enforce_opening_hours": True},
    "hours": {WEEKDAYS[_three_days_ahead().weekday()]: ["08:00-12:00"]},
})
def test_a_closed_office_says_when_it_opens_before_anyone_taps(office):
    day = _three_days_ahead()
    opens = dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=BERLIN).astimezone(dt.timezone.utc)
    for client, path in ((office.kiosk, "/api/v1/kiosk"), (office.display, "/api/v1/display")):
        opening = expect(client.get(path), 200, path)["opening"]
        assert opening["open"] is False, opening
        assert opening["closes_at"] is None
        assert opening["opens_next"] == opens.strftime("%Y-%m-%dT%H:%M:%SZ"), opening
    expect_error(office.kiosk.post("/api/v1/tickets", {"service_id": 1}), 409, "office_closed", "issue while closed")


def test_replies_and_frames_carry_the_event_sequence(office):
    ws = ws_connect(office.port, "queue", office.session("anna"))
    try:
        snapshot = ws_first_frames(ws, ["queue"], 5.0)["queue"]
        before = int(office.clerk.get("/api/v1/queue").headers["Event-Seq"])
        assert snapshot["seq"] == before

        resp = office.kiosk.post("/api/v1/tickets", {"service_id": 1})
        issued_seq = int(resp.headers["Event-Seq"])
        assert issued_seq > before, "issuing a ticket stores an event"
        update = ws_collect(ws, {"update": lambda f: f["kind"] == "update"}, deadline_in(5.0))["update"]
        assert update["seq"] == issued_seq, "the frame shows the state the reply showed"
        assert int(office.clerk.get("/api/v1/queue").headers["Event-Seq"]) == issued_seq, "reads do not advance it"
    finally:
        ws.close()


def test_appointments_topic_follows_imports_and_check_ins(office):
    ws = ws_connect(office.port, "appointments", office.session("anna"))
    try:
        snapshot = ws_first_frames(ws, ["appointments"], 5.0)["appointments"]
        assert snapshot["data"] == {"appointments": []}
        # Today's appointments, in the office's day: ten minutes ahead, unless that is already
        # tomorrow in Berlin (the last minutes before midnight), then now.
        now = dt.datetime.now(dt.timezone.utc)
        ahead = now + dt.timedelta(minutes=10)
        slot = (ahead if ahead.astimezone(BERLIN).date() == now.astimezone(BERLIN).date() else now).strftime(
            "%Y-%m-%dT%H:%M:00Z")
        expect(office.manager.post("/api/v1/appointments", {"appointments": [
            {"code": "T-4711", "time": slot, "service_ids": [1], "name": "Erika Mustermann"}]}), 200, "import")
        imported = ws_collect(ws, {"booked": lambda f: [a["status"] for a in f["data"]["appointments"]] == ["booked"]},
                              deadline_in(5.0))
        assert imported["booked"]["data"]["appointments"][0]["code"] == "T-4711"

        expect(office.kiosk.post("/api/v1/appointments/T-4711/check-in"), 201, "check-in")
        checked_in = ws_collect(
            ws, {"in": lambda f: [a["status"] for a in f["data"]["appointments"]] == ["checked_in"]}, deadline_in(5.0))
        assert checked_in["in"]["data"]["appointments"][0]["ticket_number"]
    finally:
        ws.close()


def deadline_in(seconds: float) -> float:
    return time.monotonic() + seconds
