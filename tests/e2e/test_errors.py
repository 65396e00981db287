# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: every status of the error table in docs/api.md, each with a {"error", "message"} body,
and the server still answering health after each one."""

import datetime as dt
import http.client
import secrets

import pytest

from civiq_e2e import (
    HOST,
    USERS,
    berlin_date,
    expect,
    expect_error,
    iso_utc,
    utc_now,
)

# A small body limit, an inactive service 3 and a recall cooldown, so every error is reachable.
pytestmark = pytest.mark.office_config({
    "server": {"body_limit_bytes": 4096},
    "queue": {"recall_cooldown_s": 60},
    "services": [
        {"id": 1, "leika_id": "99036008000000", "prefix": "A", "default_service_time_s": 600,
         "name": {"de": "Kfz-Zulassung", "en": "Vehicle registration"}},
        {"id": 2, "leika_id": "99108031000000", "prefix": "B", "default_service_time_s": 300,
         "name": {"de": "Fahrerlaubnis", "en": "Driving licence"}},
        {"id": 3, "leika_id": "99050012104000", "prefix": "C", "default_service_time_s": 300,
         "name": {"de": "Meldebescheinigung"}, "active": False},
    ],
})


def fails(office, resp, status, codes, what):
    """The error reply is right, and the server is still fine afterwards."""
    body = expect_error(resp, status, codes, what)
    office.assert_healthy(after=what)
    return body


def unknown_token():
    return secrets.token_urlsafe(16)  # 22 characters, never issued


# --- 400 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, code, what", [
    (b'{"service_id": 1', "invalid_json", "truncated JSON"),
    (b'{"service_id": 1,}', "invalid_json", "trailing comma"),
    (b"", ("invalid_json", "invalid_request"), "empty body"),
    (b"\xff\xfe{}", "invalid_json", "not UTF-8"),
    (b"[1, 2]", "invalid_request", "an array instead of an object"),
    (b'{"service_id": "1"}', "invalid_request", "service_id as a string"),
    (b'{"service_id": 1.5}', "invalid_request", "service_id as a fraction"),
    (b'{"service_id": 1, "priority": "yes"}', "invalid_request", "priority as a string"),
    (b'{"service_id": 1, "additional_service_ids": 2}', "invalid_request", "a number instead of a list"),
    (b'{"service_id": 1, "sevrice_id": 2}', "invalid_request", "unknown field"),
    (b"{}", "invalid_request", "missing service_id"),
])
def test_400_bad_ticket_request(office, raw, code, what):
    fails(office, office.kiosk.request("POST", "/api/v1/tickets", raw=raw), 400, code, what)
    assert office.queue() == [], f"{what}: no ticket was issued"


def test_400_other_routes(office):
    fails(office, office.anon.post("/api/v1/auth/login", {"user": "anna"}), 400, "invalid_request",
          "login without password")
    fails(office, office.anon.post("/api/v1/auth/login", {"user": "anna", "password": 7}), 400, "invalid_request",
          "password as a number")
    fails(office, office.manager.post("/api/v1/appointments", {"appointments": [{"code": "X-1"}]}), 400,
          "invalid_request", "appointment without time and services")
    fails(office, office.manager.post("/api/v1/appointments", {"appointments": [
        {"code": "X-2", "time": "tomorrow at nine", "service_ids": [1]}]}), 400, ("invalid_request", "invalid_argument"),
        "appointment time not ISO 8601")
    fails(office, office.clerk.post("/api/v1/counters/1/open", {"unexpected": True}), 400, "invalid_request",
          "a body where none is expected has an unknown field")

    first = office.issue(1)
    office.issue(1)  # someone behind it, so only the count is wrong
    for places in (0, -1, 11):
        fails(office, office.anon.post(f"/api/v1/tickets/{first['token']}/postpone", {"places": places}), 400,
              "invalid_argument", f"postpone by {places} places (1..max_postpone_places=10)")
    fails(office, office.anon.post(f"/api/v1/tickets/{first['token']}/postpone", {"places": "2"}), 400,
          "invalid_request", "places as a string")
    last = office.issue(1)
    fails(office, office.anon.post(f"/api/v1/tickets/{last['token']}/postpone", {"places": 1}), 400,
          "invalid_argument", "postpone with nobody behind")
    # A ticket the calling policy takes first anyway: postponing would change nothing (it used to
    # answer 200, keep position 1 and use up a postponement). The live view says it is not possible.
    urgent = office.issue(2, priority=True)
    office.issue(2)
    assert office.ticket(urgent["token"])["can_postpone"] is False
    fails(office, office.anon.post(f"/api/v1/tickets/{urgent['token']}/postpone", {"places": 1}), 400,
          "invalid_argument", "postpone a priority ticket")
    assert office.ticket(urgent["token"])["position"] == 1
    assert office.ticket(first["token"])["can_postpone"] is True

    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    fails(office, office.clerk.post("/api/v1/counters/1/transfer", {}), 400, "invalid_argument",
          "transfer without service_id or counter_id")
    fails(office, office.clerk.post("/api/v1/counters/1/call", {"ticket_id": "17"}), 400, "invalid_request",
          "ticket_id as a string")


def test_400_appointment_import_names_the_bad_record(office):
    """An "open end" date from a booking export is bad input, named by record and field (it used to
    fail a storage CHECK with 500), and the import stays all or nothing."""
    slot = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:00Z")
    for bad, field in (("9999-12-31T23:59:59Z", "time"), ("1970-01-01T00:00:00Z", "time")):
        body = fails(office, office.manager.post("/api/v1/appointments", {"appointments": [
            {"code": "OK-1", "time": slot, "service_ids": [1]},
            {"code": "OPEN-END", "time": bad, "service_ids": [1]}]}), 400, "invalid_argument",
            f"an appointment at {bad}")
        assert "appointments[1] (OPEN-END)" in body["message"] and f"{field}:" in body["message"], body
    body = fails(office, office.manager.post("/api/v1/appointments", {"appointments": [
        {"code": "OK-1", "time": slot, "service_ids": []}]}), 400, "invalid_argument", "no services")
    assert "appointments[0] (OK-1): service_ids" in body["message"], body
    listed = expect(office.clerk.get("/api/v1/appointments"), 200, "appointments")["appointments"]
    assert listed == [], "nothing of a refused import is stored"


# --- 401 ---------------------------------------------------------------------------------------

def test_401(office):
    body = {"service_id": 1}
    fails(office, office.anon.post("/api/v1/tickets", body), 401, "unauthorized", "issue without a token")
    fails(office, office.client("not-a-token").post("/api/v1/tickets", body), 401, "unauthorized", "bad token")
    fails(office, office.anon.post("/api/v1/tickets", body, headers={"Authorization": f"Basic {USERS['anna'][1]}"}),
          401, "unauthorized", "not a bearer token")
    fails(office, office.anon.get("/api/v1/queue"), 401, "unauthorized", "queue without a token")
    fails(office, office.client(secrets.token_urlsafe(32)).get("/api/v1/counters"), 401, "unauthorized",
          "counters with a random token")

    wrong_password = fails(office, office.anon.post("/api/v1/auth/login", {"user": "anna", "password": "falsch"}),
                           401, "invalid_credentials", "wrong password")
    unknown_user = fails(office, office.anon.post("/api/v1/auth/login", {"user": "nobody", "password": "falsch"}),
                         401, "invalid_credentials", "unknown user")
    assert wrong_password == unknown_user, "a wrong user and a wrong password get the same answer"

    session = office.login("anna")
    expect(office.client(session).get("/api/v1/queue"), 200, "fresh session works")
    expect(office.client(session).post("/api/v1/auth/logout"), 204, "logout")
    fails(office, office.client(session).get("/api/v1/queue"), 401, "unauthorized", "session after logout")


# --- 403 ---------------------------------------------------------------------------------------

def test_403(office):
    fails(office, office.display.post("/api/v1/tickets", {"service_id": 1}), 403, "forbidden",
          "display issuing a ticket")
    assert office.queue() == [], "the refused request issued nothing"
    fails(office, office.kiosk.post("/api/v1/counters/1/open"), 403, "forbidden", "kiosk opening a counter")
    fails(office, office.kiosk.post("/api/v1/counters/1/call-next"), 403, "forbidden", "kiosk calling")
    fails(office, office.clerk.post("/api/v1/appointments", {"appointments": []}), 403, "forbidden",
          "clerk importing appointments")
    fails(office, office.kiosk.get("/api/v1/queue"), 403, "forbidden", "kiosk reading the queue")


# --- 404 ---------------------------------------------------------------------------------------

def test_404(office):
    fails(office, office.anon.get("/api/v1/nope"), 404, "not_found", "unknown route")
    fails(office, office.clerk.post("/api/v1/counters/1/teleport"), 404, "not_found", "unknown counter action")
    fails(office, office.anon.get(f"/api/v1/tickets/{unknown_token()}"), 404, "unknown_ticket", "unknown token")
    fails(office, office.anon.post(f"/api/v1/tickets/{unknown_token()}/cancel"), 404, "unknown_ticket",
          "cancel an unknown token")
    fails(office, office.anon.post(f"/api/v1/tickets/{unknown_token()}/postpone", {"places": 1}), 404,
          "unknown_ticket", "postpone an unknown token")
    fails(office, office.clerk.post("/api/v1/counters/99/open"), 404, "unknown_counter", "unknown counter")
    fails(office, office.kiosk.post("/api/v1/tickets", {"service_id": 99}), 404, "unknown_service",
          "unknown service")
    fails(office, office.kiosk.post("/api/v1/tickets", {"service_id": 1, "additional_service_ids": [98]}), 404,
          "unknown_service", "unknown additional service")
    fails(office, office.kiosk.post("/api/v1/appointments/NOPE-0000/check-in"), 404, "unknown_appointment",
          "unknown appointment")

    office.counter_action(1, "open")
    fails(office, office.clerk.post("/api/v1/counters/1/call", {"ticket_id": 987654}), 404, "unknown_ticket",
          "call an unknown ticket id")
    office.issue(1)
    office.counter_action(1, "call-next")
    fails(office, office.clerk.post("/api/v1/counters/1/transfer", {"service_id": 99}), 404, "unknown_service",
          "transfer to an unknown service")
    fails(office, office.clerk.post("/api/v1/counters/1/transfer", {"counter_id": 99}), 404, "unknown_counter",
          "transfer to an unknown counter")


# --- 405 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, path", [
    ("DELETE", "/api/v1/tickets"),
    ("GET", "/api/v1/tickets"),
    ("POST", "/api/v1/health"),
    ("PUT", "/api/v1/services"),
    ("GET", "/api/v1/counters/1/open"),
    ("GET", "/api/v1/auth/login"),
    ("DELETE", "/api/v1/queue"),
])
def test_405(office, method, path):
    resp = office.admin.request(method, path, raw=b"{}" if method in ("POST", "PUT") else None)
    fails(office, resp, 405, "method_not_allowed", f"{method} {path}")
    allow = {m.strip() for m in resp.headers.get("Allow", "").split(",") if m.strip()}
    assert allow, f"{method} {path}: a 405 names what is allowed (RFC 9110 15.5.6): {resp!r}"
    assert method not in allow and ("HEAD" in allow) == ("GET" in allow), allow


def test_head_answers_like_get_without_the_body(office):
    """Monitoring probes use HEAD (RFC 9110 9.3.2)."""
    got = office.anon.get("/api/v1/health")
    head = office.anon.request("HEAD", "/api/v1/health")
    assert head.status == 200 and head.body == b"", head
    assert head.headers["Content-Length"] == got.headers["Content-Length"] != "0"
    assert head.headers["Content-Type"] == got.headers["Content-Type"]
    assert office.anon.request("HEAD", "/api/v1/nothing-here").status == 404


def test_junk_methods_and_paths_share_one_metric_series(office):
    """Made-up methods and paths used to add a series each to /metrics (and long log lines)."""
    def series():
        text = office.anon.get("/metrics").body.decode()
        return {line.rsplit(" ", 1)[0] for line in text.splitlines() if line.startswith("civiq_http_requests_total")}
    office.anon.request("XJUNK", "/api/v1/health")
    office.anon.get("/no/such/route")
    before = series()
    for i in range(200):
        office.anon.request(f"X{i}{'J' * 40}", "/api/v1/health")
        office.anon.get(f"/no/such/route/{i}/{'x' * 200}")
    after = series()
    assert after - before <= {'civiq_http_requests_total{route="GET /metrics",status="2xx"}'}, sorted(after - before)
    assert not any("XJUNK" in s or "X1J" in s or "/no/such" in s for s in after), sorted(after)


# --- 409 ---------------------------------------------------------------------------------------

def test_409_counter_rules(office):
    fails(office, office.clerk.post("/api/v1/counters/1/call-next"), 409, "counter_closed",
          "call-next before open")
    office.counter_action(1, "open")
    fails(office, office.clerk.post("/api/v1/counters/1/start"), 409, "counter_idle", "start without a call")
    fails(office, office.clerk.post("/api/v1/counters/1/finish"), 409, "counter_idle", "finish on an idle counter")
    fails(office, office.clerk.post("/api/v1/counters/1/recall"), 409, "counter_idle", "recall on an idle counter")
    fails(office, office.clerk2.post("/api/v1/counters/1/open"), 409, "counter_occupied",
          "a second clerk opening an occupied counter")
    fails(office, office.clerk2.post("/api/v1/counters/1/call-next"), 409, "counter_occupied",
          "a second clerk acting at another clerk's counter")

    office.issue(1)
    office.issue(1)
    office.counter_action(1, "call-next")
    fails(office, office.clerk.post("/api/v1/counters/1/close"), 409, "counter_busy", "close with a ticket")
    fails(office, office.clerk.post("/api/v1/counters/1/call-next"), 409, "counter_busy", "call-next while busy")
    fails(office, office.clerk.post("/api/v1/counters/1/recall"), 409, "recall_too_soon",
          "recall within recall_cooldown_s = 60")
    fails(office, office.clerk.post("/api/v1/counters/1/transfer", {"counter_id": 2}), 409, "counter_does_not_serve",
          "transfer a service-1 ticket to counter 2, which serves only service 2")
    office.counter_action(1, "start")
    fails(office, office.clerk.post("/api/v1/counters/1/start"), 409, "ticket_not_called", "start twice")
    fails(office, office.clerk.post("/api/v1/counters/1/no-show"), 409, "ticket_not_called",
          "no-show once service started")
    office.counter_action(1, "finish")
    fails(office, office.clerk.post("/api/v1/counters/1/close"), 409, "service_unstaffed",
          "close while a citizen waits whom no other counter calls")
    office.counter_action(1, "close", {"despite_unstaffed": True})
    fails(office, office.clerk.post("/api/v1/counters/1/call-next"), 409, "counter_closed", "call-next after close")


def test_409_ticket_rules(office):
    first, second = office.issue(1), office.issue(1)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")  # first is called
    fails(office, office.anon.post(f"/api/v1/tickets/{first['token']}/postpone", {"places": 1}), 409,
          "ticket_not_waiting", "postpone a called ticket")
    fails(office, office.clerk.post("/api/v1/counters/1/reactivate", {"ticket_id": second["id"]}), 409,
          "ticket_not_reactivatable", "reactivate a waiting ticket")
    office.counter_action(2, "open", client=office.clerk2)
    fails(office, office.clerk2.post("/api/v1/counters/2/call", {"ticket_id": first["id"]}), 409,
          "ticket_already_called", "call a ticket that is at another counter")
    fails(office, office.clerk2.post("/api/v1/counters/2/call", {"ticket_id": second["id"]}), 409,
          "counter_does_not_serve", "counter 2 calling a service-1 ticket")
    office.counter_action(1, "start")
    fails(office, office.anon.post(f"/api/v1/tickets/{first['token']}/cancel"), 409, "ticket_already_called",
          "cancel while being served")
    office.counter_action(1, "finish")
    fails(office, office.anon.post(f"/api/v1/tickets/{first['token']}/cancel"), 409, "ticket_finished",
          "cancel a done ticket")
    fails(office, office.clerk.post("/api/v1/counters/1/call", {"ticket_id": first["id"]}), 409,
          ("ticket_not_waiting", "ticket_finished"), "call a done ticket")
    fails(office, office.kiosk.post("/api/v1/tickets", {"service_id": 3}), 409, "service_unavailable",
          "issue for an inactive service")
    fails(office, office.kiosk.post("/api/v1/tickets", {"service_id": 1, "additional_service_ids": [3]}), 409,
          "service_unavailable", "inactive additional service")


def test_409_check_in_rules(office):
    now = utc_now()

    def window_code(at):
        # Tests run at any hour: near midnight the shifted slot is on another office day.
        return "appointment_not_today" if berlin_date(at) != berlin_date(now) else None

    early_at, late_at = now + dt.timedelta(hours=2), now - dt.timedelta(hours=1)
    imported = expect(office.manager.post("/api/v1/appointments", {"appointments": [
        {"code": "LB-EARLY", "time": iso_utc(early_at), "service_ids": [1]},
        {"code": "LB-LATE", "time": iso_utc(late_at), "service_ids": [1]},
        {"code": "LB-OTHERDAY", "time": iso_utc(now + dt.timedelta(days=2)), "service_ids": [1]},
        {"code": "LB-NOW", "time": iso_utc(now), "service_ids": [2], "name": "Erika Mustermann"},
    ]}), 200, "import")
    assert imported == {"imported": 4}, imported

    early = fails(office, office.kiosk.post("/api/v1/appointments/LB-EARLY/check-in"), 409,
                  window_code(early_at) or "check_in_too_early", "check-in 2 h early")
    # The refusal names its moment, for the kiosk to word: when check-in opens, or the slot's time.
    opens = dt.datetime.fromisoformat(early["at"].replace("Z", "+00:00"))
    expected = early_at - dt.timedelta(hours=1) if early["error"] == "check_in_too_early" else early_at
    assert abs(opens - expected) <= dt.timedelta(seconds=1), early
    fails(office, office.kiosk.post("/api/v1/appointments/LB-LATE/check-in"), 409,
          window_code(late_at) or "check_in_too_late", "check-in 1 h late")
    other_day = fails(office, office.kiosk.post("/api/v1/appointments/LB-OTHERDAY/check-in"), 409,
                      "appointment_not_today", "check-in of another day")
    assert other_day["at"] is not None and other_day["at"][:10] == iso_utc(now + dt.timedelta(days=2))[:10], other_day
    expect(office.kiosk.post("/api/v1/appointments/LB-NOW/check-in"), 201, "check-in on time")
    fails(office, office.kiosk.post("/api/v1/appointments/LB-NOW/check-in"), 409, "appointment_already_checked_in",
          "check-in twice")
    assert len(office.queue()) == 1, "only the successful check-in issued a ticket"


# --- 413 ---------------------------------------------------------------------------------------

def test_413_body_over_limit(office):
    # body_limit_bytes = 4096 here. Just under the limit the body is read and judged on its content
    # (an unknown field, 400); over it the server refuses it unread.
    under = b'{"service_id": 1, "pad": "' + b"x" * 3900 + b'"}'
    assert len(under) < 4096
    fails(office, office.kiosk.request("POST", "/api/v1/tickets", raw=under), 400, "invalid_request",
          "a body under the limit")
    over = b'{"service_id": 1, "language": "' + b"x" * 8192 + b'"}'
    try:
        resp = office.kiosk.request("POST", "/api/v1/tickets", raw=over)
    except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected) as exc:
        pytest.fail(f"the server must answer 413 before closing (lingering close), not drop the connection: {exc!r}")
    fails(office, resp, 413, "payload_too_large", "a body over body_limit_bytes")
    fails(office, office.manager.request("POST", "/api/v1/appointments",
                                         raw=b'{"appointments": [' + b'{"code": "X"},' * 2000 + b'{}]}'),
          413, "payload_too_large", "a large appointment import")
    assert office.queue() == [], "nothing was issued"


# --- 429 ---------------------------------------------------------------------------------------

def _until_429(send, limit):
    """Sends until the first 429. It must come within 2 * limit + 1 requests (a fixed window may
    restart once during the loop)."""
    statuses = []
    for _ in range(2 * limit + 1):
        resp = send()
        statuses.append(resp.status)
        if resp.status == 429:
            return resp, statuses
        assert resp.status != 500, resp
    pytest.fail(f"no 429 after {len(statuses)} requests with a limit of {limit}/min: {statuses}")


def _assert_retry_after(resp):
    retry_after = resp.headers.get("Retry-After")
    assert retry_after is not None, f"429 without Retry-After: {resp!r}, headers {dict(resp.headers)}"
    assert retry_after.strip().isdigit() and 1 <= int(retry_after) <= 60, (
        f"Retry-After is whole seconds within the one-minute window, got {retry_after!r}"
    )


def test_429_public_ticket_route(office_factory):
    office = office_factory("limited", {"limits": {"public_requests_per_minute": 20}})
    token = office.issue(1)["token"]
    resp, statuses = _until_429(lambda: office.anon.get(f"/api/v1/tickets/{token}"), 20)
    assert set(statuses[:-1]) == {200} and len(statuses) - 1 >= 20, (
        f"the first 20 requests of the minute pass, then 429: {statuses}"
    )
    fails(office, resp, 429, "rate_limited", "GET ticket over public_requests_per_minute")
    _assert_retry_after(resp)
    # The limit counts per client, across the public ticket routes; staff routes are not limited.
    expect_error(office.anon.post(f"/api/v1/tickets/{token}/cancel"), 429, "rate_limited", "cancel while limited")
    expect(office.clerk.get("/api/v1/queue"), 200, "staff routes are not limited")
    assert office.queue()[0]["status"] == "waiting", "the refused cancel changed nothing"


def test_429_login(office_factory):
    office = office_factory("login-limited", {"limits": {"login_attempts_per_minute": 5}})
    resp, statuses = _until_429(
        lambda: office.anon.post("/api/v1/auth/login", {"user": "anna", "password": "falsch"}), 5)
    assert set(statuses[:-1]) == {401} and len(statuses) - 1 >= 5, (
        f"the first 5 wrong passwords of the minute are 401, then 429: {statuses}"
    )
    fails(office, resp, 429, "rate_limited", "login over login_attempts_per_minute")
    _assert_retry_after(resp)
    expect_error(office.anon.post("/api/v1/auth/login", {"user": "anna", "password": USERS["anna"][1]}), 429,
                 "rate_limited", "even the right password waits out the limit")


def test_every_error_leaves_the_server_running(office):
    # A raw request with an absurd path and headers, on top of the per-case health checks above.
    conn = http.client.HTTPConnection(HOST, office.port, timeout=10)
    try:
        conn.request("GET", "/api/v1/tickets/" + "%00" * 50, headers={"Authorization": "Bearer " + "x" * 2000})
        resp = conn.getresponse()
        resp.read()
        assert resp.status in (400, 401, 404), f"a junk token path is a client error, got {resp.status}"
    finally:
        conn.close()
    office.assert_healthy(after="a junk path")
