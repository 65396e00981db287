"""Scenario: the demo's living office day, played whole against the real server. civiq-demo-day
(bench/demo_day) plays bench/sim's planned day for the demo branch through the public API only, on
the demo's own configuration (server/app/demo_loebau.toml), with the office clock at 2000x. Afterwards
the server's view must agree with what the simulator did: every citizen settled, every call on the
events stream, the day's tickets in /metrics, every counter closed again."""

import json
import os
import re
import subprocess
import threading
from pathlib import Path

import websocket

from civiq_e2e import (TIMEOUT_SCALE, Client, Server, add_user, enroll_device, expect, ws_connect,
                       ws_recv_json)

REPO = Path(__file__).resolve().parents[2]
SPEED = 2000  # a 08:00-20:00 day in about 22 s
PASSWORDS = {"manager": "demo-manager-pass", "clerk": "demo-clerk-pass"}


def demo_day_binary() -> str:
    path = os.environ.get("CIVIQ_DEMO_DAY")
    assert path and os.access(path, os.X_OK), "CIVIQ_DEMO_DAY must name the civiq-demo-day binary (CTest sets it)"
    return path


class CallFrames:
    """Reads the calls topic on a thread and counts first calls (not recalls) as they arrive."""

    def __init__(self, port: int):
        self.ws = ws_connect(port, "calls")
        self.first_calls = 0
        self.recalls = 0
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
            if frame["kind"] != "call":
                continue
            with self.changed:
                if frame["data"]["recall"]:
                    self.recalls += 1
                else:
                    self.first_calls += 1
                self.changed.notify_all()

    def wait_for(self, first_calls: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.first_calls >= first_calls, timeout)
            return self.first_calls

    def close(self):
        self.stopped = True
        self.ws.close()
        self.thread.join(timeout=5)


def metric_sum(text: str, name: str) -> float:
    return sum(float(v) for v in re.findall(rf"^{re.escape(name)}(?:{{[^}}]*}})? ([0-9.e+-]+)$", text, re.MULTILINE))


def test_the_demo_day_runs_through_the_public_api_and_the_server_agrees(tmp_path):
    database = tmp_path / "demo.db"
    add_user(database, "manager", "manager", PASSWORDS["manager"])
    for n in range(1, 6):
        add_user(database, f"clerk{n}", "clerk", PASSWORDS["clerk"])
    secrets = {"kiosk": enroll_device(database, "demo-kiosk", "kiosk"), **PASSWORDS}
    for name, value in secrets.items():
        (tmp_path / name).write_text(value + "\n")

    server = Server(REPO / "server/app/demo_loebau.toml", tmp_path,
                    ("--db", str(database), "--time-speed", str(SPEED), "--time-start", "07:30")).start()
    calls = CallFrames(server.port)
    # What scripts/demo does for the newcomer: a ticket drawn by a person, which the plan knows nothing of.
    newcomer = expect(Client(server.port, secrets["kiosk"]).post("/api/v1/tickets", {"service_id": 1}), 201, "issue")
    try:
        done = subprocess.run(
            [demo_day_binary(), "--server", f"http://127.0.0.1:{server.port}",
             "--kiosk-token-file", str(tmp_path / "kiosk"),
             "--manager-password-file", str(tmp_path / "manager"),
             "--clerk-password-file", str(tmp_path / "clerk"),
             "--summary-json", str(tmp_path / "summary.json")],
            capture_output=True, text=True, timeout=300 * TIMEOUT_SCALE)
        assert done.returncode == 0, f"civiq-demo-day failed:\n{done.stdout}\n{done.stderr}\n{server.log_tail()}"
        assert "office day over:" in done.stdout, done.stdout
        summary = json.loads((tmp_path / "summary.json").read_text())

        # The simulator's own account: everyone who came got a ticket, and the day had every kind of event.
        assert summary["scenario"] == "loebau"
        assert summary["issued"] + summary["turned_away"] == summary["visits"]
        # The simulated clerks served the newcomer too, like anybody else.
        assert expect(Client(server.port).get(f"/api/v1/tickets/{newcomer['token']}"), 200)["status"] == "done"
        assert summary["issued"] >= 150, summary
        for kind in ("served", "transferred", "no_shows", "cancelled"):
            assert summary[kind] > 0, f"the demo day had no {kind}: {summary}"
        assert summary["calls"] == summary["served"] + summary["transferred"] + summary["no_shows"]

        # The events stream saw every call the clerks made, and the recalls before each no-show.
        assert calls.wait_for(summary["calls"], 10 * TIMEOUT_SCALE) == summary["calls"]
        assert calls.recalls >= summary["no_shows"]

        # The server's view of the day.
        clerk = Client(server.port)
        token = expect(clerk.post("/api/v1/auth/login", {"user": "clerk1", "password": PASSWORDS["clerk"]}), 200)["token"]
        clerk = clerk.with_token(token)
        tickets = expect(clerk.get("/api/v1/queue"), 200, "queue")["tickets"]
        statuses = [t["status"] for t in tickets]
        assert not {"waiting", "called", "serving", "parked"} & set(statuses), statuses
        assert statuses.count("no_show") == summary["no_shows"]
        counters = expect(clerk.get("/api/v1/counters"), 200, "counters")["counters"]
        assert [c["open"] for c in counters] == [False] * 5, counters
        metrics = Client(server.port).get("/metrics").body.decode()
        assert metric_sum(metrics, "civiq_tickets_issued_today") == summary["issued"] + 1
        booked = expect(clerk.get("/api/v1/appointments"), 200, "appointments")["appointments"]
        assert len(booked) == summary["appointments_booked"]
        assert any(a["status"] == "checked_in" for a in booked)
    finally:
        calls.close()
        server.stop()
