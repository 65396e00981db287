# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #14): the emergency alarm. A clerk in danger presses one key; every staff client
following the `counters` topic sees the alarm within a second; a colleague acknowledges it. The wall
display never shows it, devices cannot raise it, and both steps are in the event log with who did
them. An alarm nobody acknowledged survives a crash of the server."""

import csv
import io
import time

from civiq_e2e import expect, expect_error, run_admin, ws_collect, ws_connect, ws_first_frames

LATENCY_S = 1.0


def counter(frame, counter_id):
    return next(c for c in frame["data"]["counters"] if c["id"] == counter_id)


def alarm_at(counter_id, raised: bool):
    def match(frame):
        return frame["topic"] == "counters" and (counter(frame, counter_id).get("alarm_since") is not None) is raised
    return match


def test_an_alarm_reaches_every_colleague_and_a_colleague_acknowledges_it(office):
    colleague = ws_connect(office.port, "counters", office.session("bernd"))
    try:
        assert counter(ws_first_frames(colleague, ["counters"], 5.0)["counters"], 1)["alarm_since"] is None
        raised = expect(office.clerk.post("/api/v1/counters/1/alarm", {}), 200, "raise")
        assert raised["alarm_raised_by"] == "anna" and raised["alarm_since"], raised
        seen = ws_collect(colleague, {"raised": alarm_at(1, True)}, time.monotonic() + LATENCY_S)["raised"]
        assert counter(seen, 1)["alarm_raised_by"] == "anna"
        assert all(c["alarm_since"] is None for c in seen["data"]["counters"] if c["id"] != 1)

        again = expect(office.clerk.post("/api/v1/counters/1/alarm", {}), 200, "raise twice")
        assert again["alarm_since"] == raised["alarm_since"], "a second press keeps the first alarm's time"
        display = expect(office.display.get("/api/v1/display"), 200, "the wall display")
        assert all(c.get("alarm_since") is None and c.get("alarm_raised_by") is None for c in display["counters"]), display

        acknowledged = expect(office.clerk2.post("/api/v1/counters/1/alarm/acknowledge", {}), 200, "acknowledge")
        assert acknowledged["alarm_since"] is None and acknowledged["alarm_raised_by"] is None, acknowledged
        ws_collect(colleague, {"acknowledged": alarm_at(1, False)}, time.monotonic() + LATENCY_S)
        expect(office.clerk.post("/api/v1/counters/1/alarm/acknowledge", {}), 200, "a late second acknowledgement")
    finally:
        colleague.close()

    rows = list(csv.DictReader(io.StringIO(run_admin(office.database, "events", "export", "-").stdout)))
    alarm_rows = [(r["type"], r["actor"]) for r in rows if r["type"].startswith("counter_alarm")]
    assert alarm_rows == [("counter_alarm_raised", "staff:anna"), ("counter_alarm_acknowledged", "staff:bernd")]


def test_only_staff_raise_an_alarm_at_a_counter_that_exists(office):
    expect_error(office.anon.post("/api/v1/counters/1/alarm", {}), 401)
    expect_error(office.kiosk.post("/api/v1/counters/1/alarm", {}), 403)
    expect_error(office.display.post("/api/v1/counters/1/alarm/acknowledge", {}), 403)
    expect_error(office.clerk.post("/api/v1/counters/99/alarm", {}), 404, "unknown_counter")
    expect_error(office.clerk.post("/api/v1/counters/1/alarm", {"counter": 2}), 400)
    # a closed counter is no reason to refuse help
    assert not expect(office.clerk.get("/api/v1/counters"), 200, "counters")["counters"][1]["open"]
    expect(office.clerk.post("/api/v1/counters/2/alarm", {}), 200, "raise at a closed counter")


def test_an_alarm_nobody_acknowledged_survives_a_crash(office):
    since = expect(office.clerk.post("/api/v1/counters/1/alarm", {}), 200, "raise")["alarm_since"]
    office.server.kill()
    office.server.start()
    office.forget_sessions()
    counters = expect(office.clerk2.get("/api/v1/counters"), 200, "counters after the restart")["counters"]
    assert counters[0]["alarm_since"] == since and counters[0]["alarm_raised_by"] == "anna", counters[0]
