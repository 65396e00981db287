# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: who may call what. Every route of docs/api.md × (no token, kiosk, display, clerk,
manager, admin): allowed callers get the route's success status, the others 401 (no token) or
403 (a token without the role), and a refused request changes nothing.

One server for the whole table. Each cell first prepares the state in which the call would succeed
(a fresh ticket, a called ticket at counter 1, ...), so an allowed call must really succeed.
Counter 1 is opened by the clerk anna; managers and admins act there as supervisors.
"""

from dataclasses import dataclass, field
from typing import Any, Callable

import pytest

from civiq_e2e import (
    NOTHING,
    ROLE_USER,
    USERS,
    expect,
    expect_error,
    iso_utc,
    running_office,
    utc_now,
    ws_connect,
    ws_first_frames,
    ws_handshake_status,
)

ROLES = ["anonymous", "kiosk", "display", "clerk", "manager", "admin"]
EVERYONE = set(ROLES)
ISSUERS = {"kiosk", "clerk", "manager", "admin"}  # "Kiosk (device kiosk; staff may also issue)"
STAFF = {"clerk", "manager", "admin"}
MANAGERS = {"manager", "admin"}
DISPLAYS = {"display", "clerk", "manager", "admin"}  # "Display (device display; staff may also read)"
AUTHENTICATED = EVERYONE - {"anonymous"}  # any valid token


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    with running_office(tmp_path_factory.mktemp("roles")) as started:
        started.counter_action(1, "open")  # anna's counter for the whole table
        yield started


# --- preparing the state a call needs ------------------------------------------------------------

def counter1_idle(office):
    current = office.counters()[1]["current"]
    if current is not None:
        office.counter_action(1, "finish")


def counter1_called(office):
    """Counter 1 has a freshly called ticket (status called, no recalls yet); returns it."""
    counter1_idle(office)
    office.issue(1)
    current = office.counter_action(1, "call-next")["current"]
    assert current is not None and current["status"] == "called", current
    return current


def counter2(office, opener=None):
    """Counter 2 closed (opener None) or open for the user of role `opener`. Admins close any counter."""
    state = office.counters()[2]
    wanted_clerk = ROLE_USER.get(opener)
    if state["open"] and state["clerk"] != wanted_clerk:
        office.counter_action(2, "close", client=office.admin)
        state = office.counters()[2]
    if opener is not None and not state["open"]:
        office.counter_action(2, "open", client=office.as_role(opener))


@dataclass
class Call:
    path: str
    body: Any = NOTHING
    token: Any = NOTHING  # NOTHING: the role's own token


@dataclass
class Route:
    method: str
    template: str
    allowed: set
    status: int
    prepare: Callable[[Any, str], Call] = field(default=None)
    body: Any = NOTHING

    def call(self, office, role):
        if self.prepare is None:
            return Call(self.template, self.body)
        return self.prepare(office, role)


def fresh_ticket(office):
    return office.issue(2)


def prepare_postpone(office, role):
    first = office.issue(2)
    office.issue(2)  # someone behind it
    return Call(f"/api/v1/tickets/{first['token']}/postpone", {"places": 1})


def prepare_check_in(office, role):
    code = f"RL-{role.upper()}"
    imported = expect(office.manager.post("/api/v1/appointments", {"appointments": [
        {"code": code, "time": iso_utc(utc_now()), "service_ids": [2]}]}), 200, "import")
    assert imported == {"imported": 1}, imported
    return Call(f"/api/v1/appointments/{code}/check-in")


def prepare_logout(office, role):
    # Staff log out a session of their own, so the table's cached sessions stay valid.
    if role in STAFF:
        return Call("/api/v1/auth/logout", token=office.login(ROLE_USER[role]))
    return Call("/api/v1/auth/logout")


def prepare_call(office, role):
    counter1_idle(office)
    return Call("/api/v1/counters/1/call", {"ticket_id": office.issue(1)["id"]})


def prepare_call_next(office, role):
    counter1_idle(office)
    office.issue(1)
    return Call("/api/v1/counters/1/call-next")


def prepare_reactivate(office, role):
    ticket = counter1_called(office)
    parked = office.counter_action(1, "park")
    assert parked["current"] is None, parked
    return Call("/api/v1/counters/1/reactivate", {"ticket_id": ticket["id"]})


def at_called_counter(action, body=NOTHING):
    def prepare(office, role):
        counter1_called(office)
        return Call(f"/api/v1/counters/1/{action}", body)
    return prepare


def prepare_open(office, role):
    counter2(office, opener=None)
    return Call("/api/v1/counters/2/open")


def prepare_close(office, role):
    # A clerk closes their own counter; managers and admins close the one bernd opened.
    counter2(office, opener="clerk" if role == "clerk" else "clerk2")
    return Call("/api/v1/counters/2/close")


ROUTES = [
    Route("GET", "/api/v1/health", EVERYONE, 200),
    Route("GET", "/api/v1/services", EVERYONE, 200),
    Route("GET", "/api/v1/tickets/{token}", EVERYONE, 200,
          lambda o, r: Call(f"/api/v1/tickets/{fresh_ticket(o)['token']}")),
    Route("POST", "/api/v1/tickets/{token}/cancel", EVERYONE, 200,
          lambda o, r: Call(f"/api/v1/tickets/{fresh_ticket(o)['token']}/cancel")),
    Route("POST", "/api/v1/tickets/{token}/postpone", EVERYONE, 200, prepare_postpone),
    Route("POST", "/api/v1/auth/login", EVERYONE, 200, body={"user": "bernd", "password": USERS["bernd"][1]}),
    Route("GET", "/api/v1/display", DISPLAYS, 200),
    Route("GET", "/api/v1/kiosk", ISSUERS, 200),
    Route("POST", "/api/v1/tickets", ISSUERS, 201, body={"service_id": 2}),
    Route("POST", "/api/v1/appointments/{code}/check-in", ISSUERS, 201, prepare_check_in),
    Route("GET", "/api/v1/auth/me", AUTHENTICATED, 200),
    Route("POST", "/api/v1/auth/logout", STAFF, 204, prepare_logout),
    Route("GET", "/api/v1/counters", STAFF, 200),
    Route("GET", "/api/v1/queue", STAFF, 200),
    Route("GET", "/api/v1/appointments", STAFF, 200),
    Route("POST", "/api/v1/appointments", MANAGERS, 200, body={"appointments": []}),
    Route("POST", "/api/v1/counters/{id}/open", STAFF, 200, prepare_open),
    Route("POST", "/api/v1/counters/{id}/close", STAFF, 200, prepare_close),
    Route("POST", "/api/v1/counters/{id}/call-next", STAFF, 200, prepare_call_next),
    Route("POST", "/api/v1/counters/{id}/call", STAFF, 200, prepare_call),
    Route("POST", "/api/v1/counters/{id}/recall", STAFF, 200, at_called_counter("recall")),
    Route("POST", "/api/v1/counters/{id}/start", STAFF, 200, at_called_counter("start")),
    Route("POST", "/api/v1/counters/{id}/finish", STAFF, 200, at_called_counter("finish")),
    Route("POST", "/api/v1/counters/{id}/no-show", STAFF, 200, at_called_counter("no-show")),
    Route("POST", "/api/v1/counters/{id}/park", STAFF, 200, at_called_counter("park")),
    Route("POST", "/api/v1/counters/{id}/transfer", STAFF, 200, at_called_counter("transfer", {"service_id": 2})),
    Route("POST", "/api/v1/counters/{id}/reactivate", STAFF, 200, prepare_reactivate),
]


def fingerprint(office):
    """What a refused request must not change (volatile fields like waited_s left out)."""
    admin = office.admin
    queue = expect(admin.get("/api/v1/queue"), 200, "queue")["tickets"]
    counters = expect(admin.get("/api/v1/counters"), 200, "counters")["counters"]
    appointments = expect(admin.get("/api/v1/appointments"), 200, "appointments")["appointments"]
    services = expect(admin.get("/api/v1/services"), 200, "services")["services"]
    return {
        "queue": sorted((t["id"], t["number"], t["status"], t["service_id"], t["counter_id"]) for t in queue),
        "counters": sorted((c["id"], c["open"], c["clerk"], (c["current"] or {}).get("id"),
                            (c["current"] or {}).get("status")) for c in counters),
        "appointments": sorted((a["code"], a["status"], a["ticket_number"]) for a in appointments),
        "waiting": [(s["id"], s["waiting"]) for s in services],
    }


CELLS = [(route, role) for route in ROUTES for role in ROLES]


@pytest.mark.parametrize("route, role", CELLS, ids=[f"{r.method} {r.template} as {role}" for r, role in CELLS])
def test_route_access(office, route, role):
    call = route.call(office, role)
    token = office.token_for(role) if call.token is NOTHING else call.token
    before = fingerprint(office) if role not in route.allowed else None
    resp = office.client(token).request(route.method, call.path, call.body)
    what = f"{route.method} {call.path} as {role}"
    if role in route.allowed:
        expect(resp, route.status, what)
    elif role == "anonymous":
        expect_error(resp, 401, "unauthorized", what)
    else:
        expect_error(resp, 403, "forbidden", what)
    if before is not None:
        assert fingerprint(office) == before, f"{what} was refused but changed the state"


WS_TOPICS = [("calls", EVERYONE), ("ticket", EVERYONE), ("queue", STAFF), ("counters", STAFF),
             ("appointments", STAFF)]
WS_CELLS = [(topic, allowed, role) for topic, allowed in WS_TOPICS for role in ROLES]


@pytest.mark.parametrize("topic, allowed, role", WS_CELLS, ids=[f"ws {t} as {role}" for t, _, role in WS_CELLS])
def test_events_topic_access(office, topic, allowed, role):
    if topic == "ticket":
        topic = f"ticket:{office.issue(1)['token']}"
    token = office.token_for(role)
    what = f"WebSocket topic {topic} as {role} (?access_token=)"
    if role in allowed:
        ws = ws_connect(office.port, topic, token)
        try:
            first = ws_first_frames(ws, [topic], 5.0)[topic]
            assert first["kind"] == "snapshot", f"{what}: first frame {first}"
        finally:
            ws.close()
    else:
        expected = 401 if role == "anonymous" else 403
        status = ws_handshake_status(office.port, topic, token)
        assert status == expected, f"{what}: expected the upgrade refused with {expected}, got {status}"
    office.assert_healthy(after=what)
