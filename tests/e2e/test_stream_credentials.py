# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #12, defect 3): an event stream lives no longer than the sign-in or device token
it was opened with. A clerk who signs out stops receiving the queue at once; a user disabled and a
device revoked with civiq-admin (from outside the server, in its database) lose their open streams
within one sweep of the office worker (every 15 s); streams of others stay; /metrics counts them."""

import re
import time

import websocket

from civiq_e2e import DEVICES, TIMEOUT_SCALE, expect, run_admin, ws_connect, ws_first_frames

SWEEP_S = 15  # kTickInterval in server/server_runtime.cpp


def closed_within(ws, seconds: float) -> bool:
    """True when the server closes the stream within `seconds` (frames before that are read and dropped)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ws.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            opcode, _ = ws.recv_data(control_frame=True)
        except websocket.WebSocketTimeoutException:
            return False
        except (websocket.WebSocketConnectionClosedException, ConnectionError, OSError):
            return True
        if opcode == websocket.ABNF.OPCODE_CLOSE:
            return True
    return False


def streams_ended(office) -> int:
    metrics = office.client().get("/metrics").body.decode()
    match = re.search(r"^civiq_websocket_streams_ended_total (\d+)$", metrics, re.MULTILINE)
    assert match, "the metric civiq_websocket_streams_ended_total is missing"
    return int(match.group(1))


def test_signing_out_ends_the_sessions_streams_at_once(office):
    token = office.login("anna")
    other = office.login("bernd")
    mine, theirs = ws_connect(office.port, "queue,counters", token), ws_connect(office.port, "queue", other)
    try:
        ws_first_frames(mine, ["queue", "counters"], 5.0)
        ws_first_frames(theirs, ["queue"], 5.0)
        expect(office.client(token).post("/api/v1/auth/logout", None), 204, "logout")
        assert closed_within(mine, 2.0 * TIMEOUT_SCALE), "the signed-out session still receives the queue"
        assert not closed_within(theirs, 0.5), "another clerk's stream ended too"
        assert streams_ended(office) == 1
    finally:
        mine.close()
        theirs.close()
    office.assert_healthy("logout with open streams")


def test_a_disabled_user_and_a_revoked_display_lose_their_streams(office):
    clerk = ws_connect(office.port, "queue", office.login("anna"))
    display = ws_connect(office.port, "calls", office.token_for("display"))
    phone = ws_connect(office.port, "calls")
    try:
        for ws, topic in ((clerk, "queue"), (display, "calls"), (phone, "calls")):
            ws_first_frames(ws, [topic], 5.0)
        run_admin(office.database, "user", "disable", "anna")
        run_admin(office.database, "device", "revoke", DEVICES["display"])
        limit = (SWEEP_S + 5) * TIMEOUT_SCALE
        assert closed_within(clerk, limit), "a disabled clerk still receives the queue"
        assert closed_within(display, 5.0 * TIMEOUT_SCALE), "a revoked display still receives the calls"
        assert not closed_within(phone, 0.5), "a phone without any token lost its stream"
        assert streams_ended(office) == 2
    finally:
        for ws in (clerk, display, phone):
            ws.close()
    office.assert_healthy("streams of ended credentials")
