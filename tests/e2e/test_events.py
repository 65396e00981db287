# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: live events over the WebSocket /api/v1/events.

Every change must reach subscribers within one second of the HTTP reply that caused it. The bound
is measured, not slept: the clock starts when the HTTP call returns and the WebSocket read timeout
is whatever is left of the second.
"""

import secrets
import time

import pytest
import websocket

from civiq_e2e import expect, expect_error, ws_collect, ws_connect, ws_first_frames, ws_handshake_status

LATENCY_S = 1.0


def after_http(do):
    """Runs the HTTP step `do`; returns (its result, the monotonic time its reply was in)."""
    result = do()
    return result, time.monotonic()


def load_entries(data):
    """The load entries of a `load` frame: a list of {service_id, waiting, estimated_wait_s}
    (also accepted: {"services": [...]} or a single entry)."""
    if isinstance(data, dict):
        return data["services"] if "services" in data else [data]
    return data


def within_a_second(ws, started, wanted, what):
    frames = ws_collect(ws, wanted, started + LATENCY_S)
    elapsed = time.monotonic() - started
    assert elapsed < LATENCY_S, f"{what}: frames arrived {elapsed:.3f} s after the HTTP reply (limit {LATENCY_S} s)"
    return frames


def is_call(number, counter_id, recall):
    def match(frame):
        data = frame["data"]
        return (frame["topic"] == "calls" and frame["kind"] == "call" and data.get("number") == number
                and data.get("counter_id") == counter_id and data.get("recall") is recall)
    return match


def is_ticket_update(topic, status):
    return lambda f: f["topic"] == topic and f["kind"] == "update" and f["data"].get("status") == status


def test_calls_and_ticket_topics(office):
    issued = office.issue(1)
    token = issued["token"]
    ticket_topic = f"ticket:{token}"
    ws = ws_connect(office.port, f"calls,{ticket_topic}")  # anonymous, as a display or a citizen's phone
    try:
        first = ws_first_frames(ws, ["calls", ticket_topic], 5.0)
        calls, ticket = first["calls"], first[ticket_topic]
        assert calls["kind"] == "snapshot", f"first frame of calls is the snapshot: {calls}"
        assert isinstance(calls["data"]["recent_calls"], list), calls
        loads = {entry["service_id"]: entry for entry in calls["data"]["services"]}
        assert loads[1]["waiting"] == 1 and loads[2]["waiting"] == 0, calls
        assert ticket["kind"] == "snapshot", f"first frame of the ticket topic is the snapshot: {ticket}"
        data = ticket["data"]
        assert (data["number"], data["status"], data["position"]) == ("A001", "waiting", 1), ticket
        assert ticket["data"].keys() == office.ticket(token).keys(), "the snapshot is the body of GET ticket"

        office.counter_action(1, "open")
        _, started = after_http(lambda: office.counter_action(1, "call-next"))
        frames = within_a_second(ws, started, {
            "call": is_call("A001", 1, False),
            "update": is_ticket_update(ticket_topic, "called"),
        }, "call-next")
        call = frames["call"]["data"]
        assert call["counter"] == "Schalter 1" and isinstance(call["at"], str), call
        assert call["service_id"] == 1, "displays limited to some services filter on it"
        update = frames["update"]["data"]
        assert update["counter"] == "Schalter 1" and update["counter_id"] == 1, update

        _, started = after_http(lambda: office.counter_action(1, "recall"))
        within_a_second(ws, started, {"recall": is_call("A001", 1, True)}, "recall")

        _, started = after_http(lambda: office.counter_action(1, "start"))
        within_a_second(ws, started, {"update": is_ticket_update(ticket_topic, "serving")}, "start")

        _, started = after_http(lambda: office.issue(2))
        frames = within_a_second(ws, started, {
            "load": lambda f: f["topic"] == "calls" and f["kind"] == "load"
            and any(e["service_id"] == 2 and e["waiting"] == 1 for e in load_entries(f["data"])),
        }, "issue (load)")
        entries = load_entries(frames["load"]["data"])
        assert all({"service_id", "waiting", "estimated_wait_s"} <= e.keys() for e in entries), frames

        _, started = after_http(lambda: office.counter_action(1, "finish"))
        within_a_second(ws, started, {"update": is_ticket_update(ticket_topic, "done")}, "finish")
    finally:
        ws.close()


def test_queue_and_counters_topics_with_access_token(office):
    office.issue(1)
    clerk_token = office.token_for("clerk")
    ws = ws_connect(office.port, "queue,counters", clerk_token)  # browsers cannot set headers
    try:
        first = ws_first_frames(ws, ["queue", "counters"], 5.0)
        assert first["queue"]["kind"] == "snapshot", first["queue"]
        assert [t["number"] for t in first["queue"]["data"]["tickets"]] == ["A001"], first["queue"]
        assert first["counters"]["kind"] == "snapshot", first["counters"]
        assert {c["id"] for c in first["counters"]["data"]["counters"]} == {1, 2}, first["counters"]

        _, started = after_http(lambda: office.issue(1))
        within_a_second(ws, started, {
            "queue": lambda f: f["topic"] == "queue" and f["kind"] == "update"
            and sorted(t["number"] for t in f["data"]["tickets"]) == ["A001", "A002"],
        }, "issue (queue)")

        _, started = after_http(lambda: office.counter_action(1, "open"))
        within_a_second(ws, started, {
            "counters": lambda f: f["topic"] == "counters" and f["kind"] == "update"
            and any(c["id"] == 1 and c["open"] and c["clerk"] == "anna" for c in f["data"]["counters"]),
        }, "open (counters)")

        _, started = after_http(lambda: office.counter_action(1, "call-next"))
        frames = within_a_second(ws, started, {
            "queue": lambda f: f["topic"] == "queue" and f["kind"] == "update"
            and [t["number"] for t in f["data"]["tickets"]] == ["A002"],
            "counters": lambda f: f["topic"] == "counters" and f["kind"] == "update"
            and any(c["id"] == 1 and (c["current"] or {}).get("number") == "A001" for c in f["data"]["counters"]),
        }, "call-next (queue, counters)")
        current = expect(office.clerk.get("/api/v1/queue"), 200, "queue")
        assert frames["queue"]["data"].keys() == current.keys(), "a queue update is the body of GET /api/v1/queue"
        assert [t["id"] for t in frames["queue"]["data"]["tickets"]] == [t["id"] for t in current["tickets"]]
    finally:
        ws.close()


def test_staff_topics_with_bearer_header(office):
    ws = ws_connect(office.port, "queue", header=[f"Authorization: Bearer {office.token_for('clerk')}"])
    try:
        assert ws_first_frames(ws, ["queue"], 5.0)["queue"]["kind"] == "snapshot"
    finally:
        ws.close()


@pytest.mark.parametrize("topics, token_role, status", [
    ("bogus", None, 400),
    ("calls,bogus", None, 400),
    ("", None, 400),
    ("ticket:", None, (400, 404)),
    (f"ticket:{secrets.token_urlsafe(16)}", None, 404),
    (f"calls,ticket:{secrets.token_urlsafe(16)}", None, 404),
    ("queue", None, 401),
    ("counters", None, 401),
    ("queue", "kiosk", 403),
    ("counters", "display", 403),
], ids=["unknown topic", "one unknown topic", "no topic", "empty ticket token", "unknown ticket",
        "unknown ticket next to calls", "queue anonymous", "counters anonymous", "queue as kiosk",
        "counters as display"])
def test_refused_before_upgrade(office, topics, token_role, status):
    token = office.token_for(token_role) if token_role else None
    got = ws_handshake_status(office.port, topics, token)
    allowed = status if isinstance(status, tuple) else (status,)
    assert got in allowed, f"topics={topics!r}: expected HTTP {status} at the handshake, got {got}"
    # A plain GET answers with the same refusal: client libraries that cannot read the status of a
    # refused handshake ask this way whether to sign in again or to retry.
    plain = office.client(token).get(f"/api/v1/events?topics={topics}")
    assert plain.status == got, f"topics={topics!r}: plain GET answered {plain.status}, the upgrade {got}"
    office.assert_healthy(after=f"refused upgrade {topics!r}")


def test_plain_get_of_allowed_topics_asks_for_an_upgrade(office):
    expect_error(office.client(office.token_for("clerk")).get("/api/v1/events?topics=calls,queue"), 426,
                 "upgrade_required", "plain GET of topics the caller may follow")


def test_bad_access_token_is_401(office):
    got = ws_handshake_status(office.port, "queue", secrets.token_urlsafe(24))
    assert got == 401, f"an invalid access_token is refused with 401, got {got}"


def test_at_most_eight_topics_per_socket(office):
    """docs/security.md G14: one socket cannot make the server send it every ticket of the day."""
    topics = [f"ticket:{office.issue(1)['token']}" for _ in range(9)]
    assert ws_handshake_status(office.port, ",".join(topics[:8])) == 101
    assert ws_handshake_status(office.port, ",".join(topics)) == 400
    refusal = office.anon.get("/api/v1/events?topics=" + ",".join(topics))
    assert "at most 8 topics" in expect_error(refusal, 400)["message"]


def test_a_message_over_16_kib_closes_the_socket(office):
    """docs/security.md G14: clients have nothing to say on this socket; a big message is junk."""
    small, big = ws_connect(office.port, "calls"), ws_connect(office.port, "calls")
    try:
        ws_first_frames(small, ["calls"], 5.0)
        ws_first_frames(big, ["calls"], 5.0)
        small.send("x" * 16 * 1024)  # at the limit: ignored, the socket stays
        big.settimeout(5.0)
        try:
            big.send("x" * (16 * 1024 + 1))
            opcode, payload = big.recv_data(control_frame=True)
            assert opcode == websocket.ABNF.OPCODE_CLOSE
            assert int.from_bytes(payload[:2], "big") == 1009  # RFC 6455: message too big
        except (BrokenPipeError, ConnectionResetError, websocket.WebSocketConnectionClosedException):
            pass  # the server closed after the frame's header, while the rest was still being sent
        office.counter_action(1, "open")
        office.issue(1)
        office.counter_action(1, "call-next")
        frames = ws_collect(small, {"call": lambda f: f["topic"] == "calls" and f["kind"] == "call"},
                            time.monotonic() + 5.0)
        assert frames["call"]["data"]["counter_id"] == 1
    finally:
        small.close()
        big.close()
    office.assert_healthy("a WebSocket message over the limit")
