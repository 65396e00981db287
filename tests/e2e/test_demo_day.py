# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: the demo's living office days, played whole against the real server. civiq-demo-day
(bench/demo_day) plays bench/sim's planned days for the demo branch through the public API only, on
the demo's own configuration (server/app/demo_loebau.toml), with the office clock at 3600x: a day,
the night with the server's midnight roll-over, and the next day. Afterwards the server's view must
agree with what the simulator did: every citizen settled, every call on the events stream, the
day's tickets in /metrics, every counter closed again."""

import datetime as dt
import json
import os
import re
import subprocess
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import websocket

from civiq_e2e import (TIMEOUT_SCALE, Client, Server, add_user, enroll_device, expect, ws_connect,
                       ws_recv_json)

REPO = Path(__file__).resolve().parents[2]
# The fastest the server allows: 07:30 to the second day's end (about 37 office hours) in ~40 s. Under a
# sanitizer the office clock runs slower by the timeout factor: there a request takes long enough that
# the simulator would fall half an office hour behind the server's clock in a busy moment.
SPEED = round(3600 / TIMEOUT_SCALE)
# An idle simulated clerk looks for work every office minute; allowing three is 50 ms at full speed.
QUIET_TICKET_CALLED_WITHIN = dt.timedelta(minutes=3) * TIMEOUT_SCALE
DAYS = 2
PASSWORDS = {"manager": "demo-manager-pass", "clerk": "demo-clerk-pass"}


def demo_day_binary() -> str:
    path = os.environ.get("CIVIQ_DEMO_DAY")
    assert path and os.access(path, os.X_OK), "CIVIQ_DEMO_DAY must name the civiq-demo-day binary (CTest sets it)"
    return path


class CallFrames:
    """Reads the calls topic on a thread and counts first calls (not recalls) as they arrive.
    `on_load({service_id: waiting})` is called from that thread for every `load` frame."""

    def __init__(self, port: int, on_load=None):
        self.ws = ws_connect(port, "calls")
        self.on_load = on_load
        self.first_calls = 0
        self.recalls = 0
        self.numbers = set()  # (ticket number, date of the call)
        self.called_at = {}  # (ticket number, UTC date) -> office time of its first call
        self.changed = threading.Condition()
        self.stopped = False
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        while not self.stopped:
            try:
                frame = ws_recv_json(self.ws, 1.0)
            except websocket.WebSocketTimeoutException:
                continue
            except (websocket.WebSocketConnectionClosedException, OSError):
                return
            if frame["kind"] == "load" and self.on_load:
                self.on_load({s["service_id"]: s["waiting"] for s in frame["data"]["services"]})
            if frame["kind"] != "call":
                continue
            with self.changed:
                if frame["data"]["recall"]:
                    self.recalls += 1
                else:
                    self.first_calls += 1
                    self.numbers.add((frame["data"]["number"], frame["data"]["at"][:10]))  # UTC date: day of the call
                    at = dt.datetime.fromisoformat(frame["data"]["at"].replace("Z", "+00:00"))
                    self.called_at.setdefault((frame["data"]["number"], frame["data"]["at"][:10]), at)
                self.changed.notify_all()

    def wait_for(self, first_calls: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.first_calls >= first_calls, timeout)
            return self.first_calls

    def close(self):
        self.stopped = True
        self.ws.close()
        self.thread.join(timeout=5)


class QuietHourNewcomer:
    """Draws one ticket for the disability card (service 4, only Schalter 4 serves it, and rarely)
    when Schalter 4 sits idle with nobody waiting for it on an afternoon of the first day, as a
    person at the demo's kiosk would, and remembers when (office time). Nothing of the simulated
    plan may happen at Schalter 4 for half an hour then: only a clerk who looks for work finds it."""

    SERVICE, COUNTER = 4, 4
    SERVICES_OF_COUNTER = (3, 4)
    AFTER, BEFORE = dt.time(12, 0), dt.time(17, 30)

    def __init__(self, port: int, kiosk: Client, manager_password: str):
        self.port, self.kiosk = port, kiosk
        self.first_day = expect(Client(port).get("/api/v1/health"), 200, "health")["day"]
        login = {"user": "manager", "password": manager_password}
        self.staff = Client(port).with_token(expect(Client(port).post("/api/v1/auth/login", login), 200)["token"])
        self.drawn = None  # (number, office time)

    def on_load(self, waiting: dict):
        if self.drawn or any(waiting.get(s, 0) for s in self.SERVICES_OF_COUNTER):
            return
        health = expect(Client(self.port).get("/api/v1/health"), 200, "health")
        now = dt.datetime.fromisoformat(health["now"].replace("Z", "+00:00"))
        local = now.astimezone(ZoneInfo("Europe/Berlin")).time()
        if health["day"] != self.first_day or not (self.AFTER <= local <= self.BEFORE):
            return
        counters = expect(self.staff.get("/api/v1/counters"), 200, "counters")["counters"]
        counter = next(c for c in counters if c["id"] == self.COUNTER)
        if not counter["open"] or counter["current"] is not None:
            return
        issued = expect(self.kiosk.post("/api/v1/tickets", {"service_id": self.SERVICE}), 201, "issue in a quiet moment")
        self.drawn = (issued["number"], now)


def metric_sum(text: str, name: str) -> float:
    return sum(float(v) for v in re.findall(rf"^{re.escape(name)}(?:{{[^}}]*}})? ([0-9.e+-]+)$", text, re.MULTILINE))


def assert_figures_match(port: int, days: list) -> None:
    """Every count of the figures, day by day, equals what the simulated clerks and citizens did:
    each finished service, transfer, no-show and cancellation. (The newcomer and the quiet-hour
    ticket are no visits of the plan, but the simulated clerks call and serve them like any other.)"""
    login = {"user": "manager", "password": PASSWORDS["manager"]}
    manager = Client(port).with_token(expect(Client(port).post("/api/v1/auth/login", login), 200)["token"])
    query = f"from={days[0]['date']}&to={days[-1]['date']}"
    rows = expect(manager.get(f"/api/v1/manage/figures?{query}"), 200, "figures")["rows"]
    for day in days:
        of_day = [row for row in rows if row["day"] == day["date"]]

        def total(*fields):
            return sum(row[field] for row in of_day for field in fields)

        figures = {"served": total("served", "not_served"), "transferred": total("transfers_out"),
                   "no_shows": total("no_shows_walk_in", "no_shows_appointment"),
                   "cancelled": total("cancelled_by_citizen")}
        assert figures == {kind: day[kind] for kind in figures}, (day, figures)
        assert total("transfers_in") == day["transferred"], "every transfer begins a segment elsewhere"
        assert total("served_within_target") <= total("served")


def test_the_demo_day_runs_through_the_public_api_and_the_server_agrees(tmp_path):
    database = tmp_path / "demo.db"
    add_user(database, "manager", "manager", PASSWORDS["manager"])
    for n in range(1, 6):
        add_user(database, f"clerk{n}", "clerk", PASSWORDS["clerk"])
    secrets = {"kiosk": enroll_device(database, "demo-kiosk", "kiosk"), **PASSWORDS}
    for name, value in secrets.items():
        (tmp_path / name).write_text(value + "\n")

    # The demo's configuration as it is, except the login limit per minute: 37 office hours pass in
    # 40 s here, and the simulated clerks sign in again whenever their 12-hour sessions end.
    demo_config = (REPO / "server/app/demo_loebau.toml").read_text(encoding="utf-8")
    assert "login_attempts_per_minute = 10\n" in demo_config
    config = tmp_path / "branch.toml"
    config.write_text(demo_config.replace("login_attempts_per_minute = 10\n", "login_attempts_per_minute = 1000\n"),
                      encoding="utf-8")
    server = Server(config, tmp_path,
                    ("--db", str(database), "--time-speed", str(SPEED), "--time-start", "07:30")).start()
    kiosk = Client(server.port, secrets["kiosk"])
    quiet = QuietHourNewcomer(server.port, kiosk, PASSWORDS["manager"])
    calls = CallFrames(server.port, on_load=quiet.on_load)
    # What scripts/demo does for the newcomer: a ticket drawn by a person, which the plan knows nothing of.
    newcomer = expect(kiosk.post("/api/v1/tickets", {"service_id": 1}), 201, "issue")
    try:
        done = subprocess.run(
            [demo_day_binary(), "--server", f"http://127.0.0.1:{server.port}",
             "--kiosk-token-file", str(tmp_path / "kiosk"),
             "--manager-password-file", str(tmp_path / "manager"),
             "--clerk-password-file", str(tmp_path / "clerk"), "--days", str(DAYS),
             "--summary-json", str(tmp_path / "summary.json")],
            capture_output=True, text=True, timeout=300 * TIMEOUT_SCALE)
        assert done.returncode == 0, f"civiq-demo-day failed:\n{done.stdout}\n{done.stderr}\n{server.log_tail()}"
        assert "office day over:" in done.stdout, done.stdout
        summary = json.loads((tmp_path / "summary.json").read_text())
        assert summary["scenario"] == "loebau"
        days = summary["days"]
        assert len(days) == DAYS, summary
        first, second = (dt.date.fromisoformat(d["date"]) for d in days)
        assert second == first + dt.timedelta(days=1), "the second day follows the first, after the night"
        assert days[0]["seed"] + 1 == days[1]["seed"], "each day is another day of the same office"

        # The simulator's own account: everyone who came got a ticket, and each day had every kind of event.
        for day in days:
            assert day["issued"] + day["turned_away"] == day["visits"], day
            assert day["issued"] >= 150, day
            for kind in ("served", "transferred", "no_shows", "cancelled"):
                assert day[kind] > 0, f"the demo day had no {kind}: {day}"
            # A citizen who stays at the desk for the next service is served twice on one call.
            assert day["calls"] == day["served"] - day["stayed"] + day["transferred"] + day["no_shows"], day

        # The events stream saw every call the clerks made (the newcomer's too), and the recalls
        # before each no-show.
        total_calls = sum(day["calls"] for day in days)
        assert calls.wait_for(total_calls, 10 * TIMEOUT_SCALE) == total_calls
        assert calls.recalls >= sum(day["no_shows"] for day in days)
        assert (newcomer["number"], days[0]["date"]) in calls.numbers, \
            "the simulated clerks called the newcomer's ticket on the first day like anybody else's"
        # The one drawn when nobody was waiting: idle simulated clerks notice it (they used to look
        # only when something of their plan happened, and such a ticket could wait forever).
        assert quiet.drawn, "Schalter 4 was never idle with nobody waiting on the first afternoon"
        number, drawn_at = quiet.drawn
        assert (number, days[0]["date"]) in calls.numbers, f"{number}, drawn in a quiet moment at {drawn_at}, was never called"
        called_at = calls.called_at[(number, days[0]["date"])]
        assert called_at - drawn_at <= QUIET_TICKET_CALLED_WITHIN, \
            f"{number} drawn at {drawn_at} waited until {called_at} with nobody else waiting"

        # The server's view of the second day.
        last = days[-1]
        clerk = Client(server.port)
        token = expect(clerk.post("/api/v1/auth/login", {"user": "clerk1", "password": PASSWORDS["clerk"]}), 200)["token"]
        clerk = clerk.with_token(token)
        tickets = expect(clerk.get("/api/v1/queue"), 200, "queue")["tickets"]
        statuses = [t["status"] for t in tickets]
        assert not {"waiting", "called", "serving", "parked"} & set(statuses), statuses
        assert statuses.count("no_show") == last["no_shows"]
        counters = expect(clerk.get("/api/v1/counters"), 200, "counters")["counters"]
        assert not any(c["open"] for c in counters), counters  # Schalter 6 too: it stays free
        metrics = Client(server.port).get("/metrics").body.decode()
        assert metric_sum(metrics, "civiq_tickets_issued_today") == last["issued"]
        booked = expect(clerk.get("/api/v1/appointments"), 200, "appointments")["appointments"]
        assert len(booked) == last["appointments_booked"]
        assert any(a["status"] == "checked_in" for a in booked)

        # The manager's figures of both days (docs/statistics.md) agree with the simulator's account.
        assert_figures_match(server.port, days)
    finally:
        calls.close()
        server.stop()
