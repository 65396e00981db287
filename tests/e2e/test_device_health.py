# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #13): a kiosk tells the branch how it is, and staff see it. The kiosk reports its
version, printer and paper (POST /api/v1/devices/self/status); a clerk reads every enrolled kiosk
and display (GET /api/v1/devices), follows the "devices" topic, which sends an update when paper runs
low or a kiosk falls silent (not on every heartbeat), and /metrics carries the same facts for the
county's monitoring. Only a kiosk or display may report, for itself; bad reports are refused whole."""

import re
import time

from civiq_e2e import DEVICES, TIMEOUT_SCALE, expect, expect_error, run_admin, ws_connect, ws_first_frames, ws_recv_json

KIOSK = DEVICES["kiosk"]
DISPLAY = DEVICES["display"]


def report(paper_low=False, reasons=(), next_report_s=60, state="idle", last_error=None) -> dict:
    body = {
        "app_version": "1.4.0",
        "next_report_s": next_report_s,
        "printer": {
            "state": state,
            "accepting_jobs": state != "stopped",
            "reasons": list(reasons),
            "paper_low": paper_low,
            "paper_left_tickets": 30 if paper_low else 600,
        },
    }
    if last_error is not None:
        body["last_error"] = last_error
    return body


def devices(office) -> dict:
    body = expect(office.clerk.get("/api/v1/devices"), 200, "device list")
    return {device["name"]: device for device in body["devices"]}


def test_a_kiosk_reports_and_staff_read_it(office):
    before = devices(office)
    assert before[KIOSK]["status"] == "never_reported" and before[DISPLAY]["kind"] == "display"
    assert before[KIOSK]["problems"] == []

    assert office.kiosk.post("/api/v1/devices/self/status", report()).status == 204
    kiosk = devices(office)[KIOSK]
    assert kiosk["status"] == "ok", kiosk
    assert kiosk["app_version"] == "1.4.0" and kiosk["printer_state"] == "idle"
    assert kiosk["paper_left_tickets"] == 600 and 0 <= kiosk["silent_s"] <= 5
    assert isinstance(kiosk["last_report_at"], str)

    expect(office.kiosk.post("/api/v1/devices/self/status", report(paper_low=True, reasons=["media-low-warning"])), 204)
    kiosk = devices(office)[KIOSK]
    assert kiosk["status"] == "attention" and kiosk["problems"] == ["paper_low"], kiosk
    assert kiosk["printer_reasons"] == ["media-low-warning"]

    metrics = office.client().get("/metrics").body.decode()
    labels = f'device="{KIOSK}",kind="kiosk"'
    assert f"civiq_device_up{{{labels}}} 1" in metrics
    assert f'civiq_device_problem{{{labels},problem="paper_low"}} 1' in metrics
    assert f'civiq_device_up{{device="{DISPLAY}",kind="display"}} 0' in metrics  # never reported
    assert re.search(rf"^civiq_device_seconds_since_report\{{{re.escape(labels)}\}} \d+$", metrics, re.MULTILINE)


def test_the_devices_topic_tells_staff_of_changes_not_of_heartbeats(office):
    ws = ws_connect(office.port, "devices", office.token_for("clerk"))
    try:
        snapshot = ws_first_frames(ws, ["devices"], 5.0 * TIMEOUT_SCALE)["devices"]
        assert snapshot["kind"] == "snapshot"
        assert {d["name"] for d in snapshot["data"]["devices"]} == {KIOSK, DISPLAY}

        # The first report and the paper running low are news; the same heartbeat again is not.
        expect(office.kiosk.post("/api/v1/devices/self/status", report()), 204)
        first = ws_recv_json(ws, 5.0 * TIMEOUT_SCALE)
        assert first["kind"] == "update"
        expect(office.kiosk.post("/api/v1/devices/self/status", report()), 204)
        expect(office.kiosk.post("/api/v1/devices/self/status", report(paper_low=True)), 204)
        update = ws_recv_json(ws, 5.0 * TIMEOUT_SCALE)
        kiosk = next(d for d in update["data"]["devices"] if d["name"] == KIOSK)
        assert kiosk["problems"] == ["paper_low"], "a plain heartbeat was sent as an update, or the change got lost"

        # A kiosk that promised to report within 1 s and went silent: the worker's tick (every 15 s)
        # tells staff, and the list shows it at once when asked.
        expect(office.kiosk.post("/api/v1/devices/self/status", report(next_report_s=1)), 204)
        deadline = time.monotonic() + 30 * TIMEOUT_SCALE
        while time.monotonic() < deadline:
            frame = ws_recv_json(ws, deadline - time.monotonic())
            kiosk = next(d for d in frame["data"]["devices"] if d["name"] == KIOSK)
            if kiosk["status"] == "unreachable":
                break
        assert kiosk["status"] == "unreachable" and kiosk["problems"][0] == "unreachable", kiosk
        assert devices(office)[KIOSK]["status"] == "unreachable"
    finally:
        ws.close()


def test_only_a_device_reports_for_itself_and_bad_reports_are_refused(office):
    expect_error(office.clerk.post("/api/v1/devices/self/status", report()), 403)
    expect_error(office.anon.post("/api/v1/devices/self/status", report()), 401)
    expect_error(office.kiosk.get("/api/v1/devices"), 403)
    bad = [
        {**report(), "unknown": 1},
        {**report(), "next_report_s": 0},
        {**report(), "app_version": ""},
        {**report(), "last_error": "x" * 301},
        report(state="on fire"),
        report(reasons=["media-low"] * 33),
        {"next_report_s": 60},
    ]
    for body in bad:
        error = expect_error(office.kiosk.post("/api/v1/devices/self/status", body), 400)
        assert error["message"], body
    assert devices(office)[KIOSK]["status"] == "never_reported", "a refused report was kept"
    # A display has no printer; its error text reaches staff as it was sent.
    expect(office.display.post("/api/v1/devices/self/status", {"app_version": "1.4.0", "next_report_s": 60,
                                                                "last_error": "Ton: kein Ausgabegerät"}), 204)
    display = devices(office)[DISPLAY]
    assert display["status"] == "ok" and display["last_error"] == "Ton: kein Ausgabegerät"
    assert "printer_state" not in display or display["printer_state"] is None


def test_a_revoked_kiosk_leaves_the_list(office):
    expect(office.kiosk.post("/api/v1/devices/self/status", report()), 204)
    run_admin(office.database, "device", "revoke", KIOSK)
    assert KIOSK not in devices(office)
    office.assert_healthy("device health")
