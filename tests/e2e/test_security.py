# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""The threat model's promises that only show from outside (docs/security.md, gaps G3, G4, G13,
G15): the live page's security headers, who may read /metrics, and that no clear token or password
ever reaches the server's log or its database file."""

import hashlib
import sqlite3

import pytest

from civiq_e2e import USERS, expect, ws_connect, ws_first_frames

# Another loopback address: the server sees a client that is not on its own machine, while the
# traffic never leaves this one.
ELSEWHERE = "127.0.0.2"


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


@pytest.mark.parametrize("path", ["/t/{token}", "/t/static/app.js", "/t/static/sw.js", "/"])
def test_the_live_page_sends_its_security_headers(office, path):
    ticket = office.issue(1)
    resp = office.anon.get(path.format(token=ticket["token"]))
    assert resp.status == 200, resp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] == "no-referrer"  # the token in the path stays here
    policy = csp_directives(resp.headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no inline script, no eval, no third party
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]  # nobody frames the page to trick a tap
    assert all(source == "'self'" or source.startswith("'sha256-") for source in policy["style-src"])
    assert set(policy["connect-src"]) <= {"'self'", "ws:", "wss:"}


def test_metrics_are_for_managers_or_the_server_itself(office):
    here = office.anon.get("/metrics")
    assert here.status == 200, "a scraper on the server's own machine needs no token"

    elsewhere = office.anon
    elsewhere.source = ELSEWHERE
    expect(elsewhere.get("/metrics"), 401, "anonymous, from another address")
    expect(elsewhere.with_token(office.token_for("clerk")).get("/metrics"), 403, "a clerk")
    expect(elsewhere.with_token(office.token_for("kiosk")).get("/metrics"), 403, "a kiosk")
    manager = elsewhere.with_token(office.token_for("manager")).get("/metrics")
    assert manager.status == 200 and b"civiq_waiting_tickets" in manager.body, manager


def every_secret_in_use(office) -> dict[str, str]:
    """Drives every route that carries a secret, and returns them by name."""
    ticket = office.issue(1)
    token = ticket["token"]
    office.ticket(token)
    office.anon.get(f"/t/{token}")
    office.anon.get(f"/api/v1/tickets/{token}/no-such-action")  # an unmatched route holding a token
    office.anon.get(f"/t/{token}/../{token}")
    office.issue(1)  # somebody to let go first
    expect(office.anon.post(f"/api/v1/tickets/{token}/postpone", {"places": 1}), 200, "postpone")
    expect(office.anon.post(f"/api/v1/tickets/{token}/cancel", {}), 200, "cancel")
    session = office.login("anna")
    streams = [ws_connect(office.port, f"calls,ticket:{office.issue(2)['token']}"),
               ws_connect(office.port, "queue", session),
               ws_connect(office.port, "calls", office.token_for("display"))]
    try:
        for ws, topic in zip(streams, ["calls", "queue", "calls"]):
            ws_first_frames(ws, [topic], 5.0)
    finally:
        for ws in streams:
            ws.close()
    expect(office.client(session).get("/api/v1/queue"), 200, "queue")
    expect(office.client("x" + session).get("/api/v1/queue"), 401, "a mangled session")
    expect(office.client().post("/api/v1/auth/login", {"user": "anna", "password": USERS["anna"][1] + "!"}), 401,
           "a wrong password")
    return {
        "ticket token": token,
        "session token": session,
        "kiosk token": office.token_for("kiosk"),
        "display token": office.token_for("display"),
        "anna's password": USERS["anna"][1],
    }


def test_no_token_or_password_reaches_the_log(office):
    secrets = every_secret_in_use(office)
    office.server.stop()
    log = office.server.log_text()
    assert "http GET /api/v1/tickets/{token} 200" in log, "the log names routes by their pattern"
    for name, secret in secrets.items():
        assert secret not in log, f"the {name} is in the server's log"


def digest(token: str) -> str:
    return hashlib.blake2b(token.encode(), digest_size=32).hexdigest()  # server/auth/secrets.cpp


def database_cells(path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [str(cell) for table in tables for row in db.execute(f'SELECT * FROM "{table}"') for cell in row]


def test_only_digests_of_sessions_and_device_tokens_are_stored(office):
    secrets = every_secret_in_use(office)
    office.server.stop()  # its last writes are in the file (and the WAL) now
    cells = database_cells(office.database)
    # The search must be able to find something: the digests are there.
    for name in ("session token", "kiosk token", "display token"):
        assert digest(secrets[name]) in cells, f"the {name}'s digest is not stored: the search looks in the wrong place"
        assert not any(secrets[name] in cell for cell in cells), f"the {name} is stored in clear"
    assert not any(secrets["anna's password"] in cell for cell in cells), "a password is stored in clear"
    assert any(cell.startswith("$argon2id$") for cell in cells)
    # Nor in any page of the files, including free pages and the write-ahead log.
    for file in office.database.parent.glob(office.database.name + "*"):
        data = file.read_bytes()
        for name in ("session token", "kiosk token", "display token", "anna's password"):
            assert secrets[name].encode() not in data, f"the {name} is in {file.name}"
