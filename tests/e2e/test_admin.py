# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""civiq-admin against a running server: accounts, devices, appointment import, event export,
retention and backup all take effect at once, while the server keeps serving."""

import csv
import datetime as dt
import io
import json
import sqlite3
import subprocess

from civiq_e2e import (
    USERS,
    admin_binary,
    expect,
    expect_error,
    iso_utc,
    merge_config,
    render_toml,
    run_admin,
    server_binary,
    utc_now,
)


def admin_fails(database, *args, stdin=None):
    done = subprocess.run([admin_binary(), "--db", str(database), *args], capture_output=True, text=True,
                          input=stdin, timeout=60)
    assert done.returncode != 0, f"civiq-admin {' '.join(args)} should fail: {done.stdout}{done.stderr}"
    return done.stderr


def test_password_reset_ends_old_sessions(office):
    old_session = office.session("anna")
    run_admin(office.database, "user", "reset-password", "anna", stdin="ein-ganz-neues-Passwort\n")
    expect_error(office.client(old_session).get("/api/v1/queue"), 401, "unauthorized", "old session")
    expect_error(office.anon.post("/api/v1/auth/login", {"user": "anna", "password": USERS["anna"][1]}), 401,
                 "invalid_credentials", "old password")
    body = expect(office.anon.post("/api/v1/auth/login", {"user": "anna", "password": "ein-ganz-neues-Passwort"}),
                  200, "new password")
    expect(office.client(body["token"]).get("/api/v1/queue"), 200, "new session")
    assert "10 characters" in admin_fails(office.database, "user", "reset-password", "anna", stdin="kurz\n")


def test_disable_and_enable_a_user(office):
    session = office.session("bernd")
    run_admin(office.database, "user", "disable", "bernd")
    expect_error(office.client(session).get("/api/v1/queue"), 401, "unauthorized", "disabled user's session")
    expect_error(office.anon.post("/api/v1/auth/login", {"user": "bernd", "password": USERS["bernd"][1]}), 401,
                 "invalid_credentials", "disabled user")
    run_admin(office.database, "user", "enable", "bernd")
    office.forget_sessions()
    expect(office.as_role("clerk2").get("/api/v1/queue"), 200, "enabled again")
    assert "no user named" in admin_fails(office.database, "user", "disable", "nobody")


def test_revoked_kiosk_is_refused(office):
    office.issue(1)
    run_admin(office.database, "device", "revoke", "kiosk-eingang")
    expect_error(office.kiosk.post("/api/v1/tickets", {"service_id": 1}), 401, "unauthorized", "revoked kiosk")
    listed = run_admin(office.database, "device", "list").stdout
    assert "kiosk-eingang\tkiosk\trevoked" in listed and "display-wartebereich\tdisplay\tactive" in listed, listed


def test_appointment_csv_import_while_running(office, tmp_path):
    # Slots a minute ago: inside the check-in window and on today's office day (except in the first
    # minute after midnight in Berlin).
    slot = utc_now() - dt.timedelta(minutes=1)
    rows = [["code", "time", "service_ids", "name"],
            ["LB-CSV1", iso_utc(slot), "1;2", "Mustermann, Erika"],
            ["LB-CSV2", iso_utc(slot), "2", "Jan Nowak"]]
    path = tmp_path / "appointments.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    run_admin(office.database, "appointments", "import", str(path), "--office", office.config["office"]["id"])

    listed = expect(office.clerk.get("/api/v1/appointments"), 200, "appointments")["appointments"]
    by_code = {a["code"]: a for a in listed}
    assert by_code["LB-CSV1"]["name"] == "Mustermann, Erika" and by_code["LB-CSV1"]["service_ids"] == [1, 2], listed
    ticket = expect(office.kiosk.post("/api/v1/appointments/LB-CSV1/check-in", {}), 201, "check-in")
    assert ticket["service_id"] == 1

    bad = tmp_path / "bad.csv"
    bad.write_text("code,time,service_ids,name\nLB-X,morgen,1,Eva\n", encoding="utf-8")
    assert "line 2" in admin_fails(office.database, "appointments", "import", str(bad), "--office", "loebau")
    expect_error(office.kiosk.post("/api/v1/appointments/LB-X/check-in", {}), 404, "unknown_appointment",
                 "nothing of a bad file is imported")


def test_event_export_retention_and_backup(office, tmp_path):
    issued = office.issue(1)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    exported = run_admin(office.database, "events", "export", "-").stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [r["type"] for r in rows][:3] == ["ticket_issued", "counter_opened", "ticket_called"], rows
    assert rows[0]["actor"] == "device:kiosk-eingang" and rows[2]["actor"] == "staff:anna", rows
    # The live-ticket token can cancel the ticket: an export never carries it (issue #18).
    assert issued["token"] not in exported, "the export leaks a live-ticket token"
    payload = json.loads(rows[0]["payload"])
    assert payload["services"] == [1] and "token" not in payload, rows[0]

    past = utc_now() - dt.timedelta(days=40)
    expect(office.manager.post("/api/v1/appointments", {"appointments": [
        {"code": "LB-OLD", "time": iso_utc(past), "service_ids": [1], "name": "Alte Daten"}]}), 200, "import old")
    run_admin(office.database, "retention", "apply", "--days", "30")
    with sqlite3.connect(office.database) as db:
        assert db.execute("SELECT citizen_name FROM appointments WHERE code = 'LB-OLD'").fetchone() == (None,)

    copy = tmp_path / "backup.db"
    run_admin(office.database, "backup", str(copy))
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM ticket_events").fetchone()[0] == len(rows)
    office.assert_healthy("admin commands")


def test_config_check_before_a_restart(office, tmp_path):
    """Removing a service that today's tickets still need: `config check` says so before the
    restart, and the server refuses that configuration with the same message instead of starting
    (it used to start and crash on the first view of such a ticket)."""
    issued = office.issue(2)
    number = issued["number"]
    same = tmp_path / "same.toml"
    same.write_text(render_toml(office.config), encoding="utf-8")
    done = run_admin(office.database, "config", "check", str(same))
    assert "fits today's 1 tickets" in done.stdout and "service 2  B" in done.stdout, done.stdout
    assert "counter 2  Schalter 2  serves 2" in done.stdout, done.stdout

    without_licences = merge_config(office.config, {
        "services": [office.config["services"][0]],
        "counters": [{"id": 1, "name": "Schalter 1", "services": [1]}],
    })
    smaller = tmp_path / "smaller.toml"
    smaller.write_text(render_toml(without_licences), encoding="utf-8")
    error = admin_fails(office.database, "config", "check", str(smaller))
    assert f"ticket {number} needs service 2" in error, error
    assert "active = false" in error, "the message says how to do it instead"

    broken = tmp_path / "broken.toml"
    broken.write_text(render_toml(office.config).replace('name = "Schalter 2"', 'name = 2'), encoding="utf-8")
    assert "counters[1].name" in admin_fails(office.database, "config", "check", str(broken))

    office.server.stop()
    refused = subprocess.run([server_binary(), "--config", str(smaller), "--listen", "127.0.0.1:0"],
                             capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert refused.returncode != 0 and f"ticket {number} needs service 2" in refused.stderr, refused
    office.server.start()  # with the unchanged configuration: everything is still there
    ticket = expect(office.anon.get(f"/api/v1/tickets/{issued['token']}"), 200, "ticket after the restart")
    assert ticket["number"] == number and ticket["status"] == "waiting", ticket
