# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Helpers for the civiq end-to-end tests (STYLE.md §7).

Starts the real `civiq-server` on 127.0.0.1 with a temporary database and a port the kernel picks,
waits for `GET /api/v1/health`, and drives it over HTTP (http.client) and WebSocket
(websocket-client). Only the standard library plus python3-pytest and python3-websocket.

The binaries come from the environment (CTest sets both):
    CIVIQ_SERVER  path to civiq-server
    CIVIQ_ADMIN   path to civiq-admin
CIVIQ_E2E_TIMEOUT_SCALE (float, default 1) stretches the start-up and request timeouts for slow
builds (asan, tsan). It never stretches the one-second event latency bound, which is a requirement.

Nothing here sleeps to synchronise: start-up reads the server's "listening" line from its stdout,
and the only retry loops (health at start-up, process exit) are bounded by a deadline.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import json
import os
import re
import select
import signal
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import websocket  # python3-websocket (websocket-client)

from daemons import TIMEOUT_SCALE, die_with_parent

HOST = "127.0.0.1"
STARTUP_TIMEOUT_S = 20.0 * TIMEOUT_SCALE
REQUEST_TIMEOUT_S = 10.0 * TIMEOUT_SCALE
STOP_TIMEOUT_S = 15.0 * TIMEOUT_SCALE
ADMIN_TIMEOUT_S = 30.0 * TIMEOUT_SCALE


OFFICE_NAME = "Bürgerbüro Löbau"
OFFICE_ID = "loebau"
PUBLIC_BASE_URL = "http://127.0.0.1:9"  # only ever written into ticket URLs, never contacted

# Users and devices every office gets (see Office). Long passwords so a length policy cannot bite.
USERS = {
    "anna": ("clerk", "anna-Sehr-Geheim-2026"),
    "bernd": ("clerk", "bernd-Sehr-Geheim-2026"),
    "maria": ("manager", "maria-Sehr-Geheim-2026"),
    "ada": ("admin", "ada-Sehr-Geheim-2026"),
}
ROLE_USER = {"clerk": "anna", "clerk2": "bernd", "manager": "maria", "admin": "ada"}
DEVICES = {"kiosk": "kiosk-eingang", "display": "display-wartebereich"}

TICKET_STATUSES = {"waiting", "called", "serving", "done", "no_show", "cancelled", "parked"}


# ---------------------------------------------------------------------------------------------
# binaries


def _binary(env_name: str) -> str:
    path = os.environ.get(env_name)
    if not path:
        raise RuntimeError(
            f"{env_name} is not set. Run the e2e tests through CTest (it sets CIVIQ_SERVER and "
            f"CIVIQ_ADMIN), or export {env_name}=/path/to/the/binary."
        )
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"{env_name}={path} is not an executable file (is the build up to date?)")
    return path


def server_binary() -> str:
    return _binary("CIVIQ_SERVER")


def admin_binary() -> str:
    return _binary("CIVIQ_ADMIN")


# ---------------------------------------------------------------------------------------------
# configuration (TOML, written by hand: the standard library only reads TOML)


def base_config(database: Path) -> dict:
    """The office every test starts from; tests override single keys with merge_config()."""
    return {
        "office": {"id": OFFICE_ID, "name": OFFICE_NAME, "public_base_url": PUBLIC_BASE_URL},
        "server": {
            "listen": f"{HOST}:0",
            "database": str(database),
            "threads": 2,
            "body_limit_bytes": 65536,
        },
        "limits": {"public_requests_per_minute": 600, "login_attempts_per_minute": 30},
        "kiosk": {"printer": "civiq-tickets"},
        "display": {"info_line": "Heute ab 12 Uhr nur Termine"},
        "queue": {
            "number_start": 1,
            "number_width": 3,
            "max_recalls": 2,
            "recall_cooldown_s": 0,
            "max_postpone_places": 10,
            "max_postponements": 2,
            "end_of_day": "serve_to_end",
            "enforce_opening_hours": False,  # tests run at any hour
        },
        "services": [
            {
                "id": 1,
                "leika_id": "99036008000000",
                "prefix": "A",
                "default_service_time_s": 600,
                "name": {"de": "Kfz-Zulassung", "en": "Vehicle registration"},
            },
            {
                "id": 2,
                "leika_id": "99108031000000",
                "prefix": "B",
                "default_service_time_s": 300,
                "name": {"de": "Fahrerlaubnis", "en": "Driving licence"},
            },
        ],
        "counters": [
            {"id": 1, "name": "Schalter 1", "services": [1, 2]},
            {"id": 2, "name": "Schalter 2", "services": [2]},
        ],
    }


def merge_config(base: dict, overrides: Optional[dict]) -> dict:
    """Tables are merged key by key; arrays of tables (services, counters) are replaced whole."""
    merged = json.loads(json.dumps(base))
    for key, value in (overrides or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_config(merged[key], value)
        else:
            merged[key] = value
    return merged


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON string escapes are valid TOML basic strings
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def render_toml(config: dict) -> str:
    lines: list[str] = []
    for table, body in config.items():
        if isinstance(body, dict):
            lines.append(f"[{table}]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in body.items()]
            lines.append("")
    for table, body in config.items():
        if isinstance(body, list):
            for entry in body:
                lines.append(f"[[{table}]]")
                lines += [f"{k} = {_toml_value(v)}" for k, v in entry.items()]
                lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# HTTP


class _Nothing:
    def __repr__(self) -> str:
        return "<no body>"


NOTHING = _Nothing()


@dataclass
class Response:
    method: str
    path: str
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    json: Any = None

    def __iter__(self):  # status, headers, json = client.get(...)
        return iter((self.status, self.headers, self.json))

    def __repr__(self) -> str:
        text = self.body.decode("utf-8", "replace")
        if len(text) > 600:
            text = text[:600] + "…"
        return f"{self.method} {self.path} -> {self.status} {text}"


class Client:
    """A JSON client for one server. One TCP connection per request (no shared state between threads)."""

    def __init__(self, port: int, token: Optional[str] = None, timeout: float = REQUEST_TIMEOUT_S,
                 source: Optional[str] = None):
        self.port = port
        self.token = token
        self.timeout = timeout
        # A loopback source address other than HOST (e.g. "127.0.0.2") looks to the server like
        # another machine, while the traffic stays on this one.
        self.source = source

    def with_token(self, token: Optional[str]) -> "Client":
        return Client(self.port, token, self.timeout, self.source)

    def request(
        self,
        method: str,
        path: str,
        body: Any = NOTHING,
        *,
        raw: Optional[bytes] = None,
        headers: Optional[dict] = None,
        token: Any = NOTHING,
    ) -> Response:
        send_headers = {"Accept": "application/json"}
        token = self.token if token is NOTHING else token
        if token is not None:
            send_headers["Authorization"] = f"Bearer {token}"
        data = None
        if raw is not None:
            data = raw
            send_headers["Content-Type"] = "application/json"
        elif body is not NOTHING:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            send_headers["Content-Type"] = "application/json"
        send_headers.update(headers or {})
        source = (self.source, 0) if self.source else None
        conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout, source_address=source)
        try:
            conn.request(method, path, body=data, headers=send_headers)
            resp = conn.getresponse()
            payload = resp.read()
            parsed = None
            if payload:
                try:
                    parsed = json.loads(payload)
                except ValueError:
                    parsed = None
            return Response(method, path, resp.status, resp.headers, payload, parsed)
        finally:
            conn.close()

    def get(self, path: str, **kw) -> Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, body: Any = NOTHING, **kw) -> Response:
        return self.request("POST", path, body, **kw)


def expect(resp: Response, status: int, what: str = "") -> Any:
    """Asserts the status (and a JSON body unless 204) and returns the parsed body."""
    prefix = f"{what}: " if what else ""
    assert resp.status == status, f"{prefix}expected HTTP {status}, got {resp!r}"
    if status == 204:
        assert resp.body == b"", f"{prefix}a 204 has no body, got {resp!r}"
        return None
    content_type = resp.headers.get("Content-Type", "")
    assert content_type.startswith("application/json"), (
        f"{prefix}expected a JSON Content-Type, got {content_type!r} for {resp!r}"
    )
    assert resp.json is not None, f"{prefix}body is not JSON: {resp!r}"
    return resp.json


def expect_error(resp: Response, status: int, codes: Any = None, what: str = "") -> dict:
    """An error reply: the status, and a body {"error": <stable code>, "message": <text>}."""
    body = expect(resp, status, what)
    prefix = f"{what}: " if what else ""
    assert isinstance(body, dict), f"{prefix}error body must be an object: {resp!r}"
    assert isinstance(body.get("error"), str) and body["error"], f"{prefix}no 'error' string: {resp!r}"
    assert isinstance(body.get("message"), str) and body["message"], f"{prefix}no 'message' string: {resp!r}"
    if codes is not None:
        allowed = {codes} if isinstance(codes, str) else set(codes)
        assert body["error"] in allowed, f"{prefix}expected error in {sorted(allowed)}, got {resp!r}"
    return body


# ---------------------------------------------------------------------------------------------
# tokens and times

_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
_HEX = re.compile(r"[0-9a-fA-F]+")


def assert_ticket_token(token: Any) -> None:
    """≥128 bits: hex of ≥32 digits, or base64url (no padding) of ≥22 characters."""
    assert isinstance(token, str), f"token must be a string, got {token!r}"
    if _HEX.fullmatch(token):
        assert len(token) >= 32, f"hex token {token!r} is shorter than 32 digits (128 bits)"
    else:
        assert _BASE64URL.fullmatch(token), f"token {token!r} is neither hex nor unpadded base64url"
        assert len(token) >= 22, f"base64url token {token!r} is shorter than 22 characters (128 bits)"


def iso_utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def berlin_date(moment: dt.datetime) -> dt.date:
    """The office day of an instant (every civiq office is in Europe/Berlin)."""
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo("Europe/Berlin")).date()
    except Exception:  # no tz database: the EU rule, as in shared/domain/berlin_time.hpp
        utc = moment.astimezone(dt.timezone.utc)

        def last_sunday(month: int) -> dt.datetime:
            day = dt.datetime(utc.year, month, 31, 1, tzinfo=dt.timezone.utc)
            return day - dt.timedelta(days=(day.weekday() + 1) % 7)

        summer = last_sunday(3) <= utc < last_sunday(10)
        return (utc + dt.timedelta(hours=2 if summer else 1)).date()


# ---------------------------------------------------------------------------------------------
# the server process


class Server:
    """One civiq-server process. start() returns once it listens and /api/v1/health answers 200.
    A subclass runs another civiq program that prints the same listening line (civiq-central)."""

    name = "civiq-server"

    def command(self) -> list:
        return [server_binary(), "--config", str(self.config_path), "--listen", f"{HOST}:0", *self.extra_args]

    def __init__(self, config_path: Path, workdir: Path, extra_args: tuple = ()):
        self.config_path = config_path
        self.workdir = workdir
        self.extra_args = tuple(extra_args)
        self.proc: Optional[subprocess.Popen] = None
        self.port: Optional[int] = None
        self.stdout_log = workdir / "server.stdout.log"
        self.stderr_log = workdir / "server.stderr.log"
        self._drain: Optional[threading.Thread] = None
        self.starts = 0
        self.killed = False  # the current run ended by our SIGKILL (a simulated crash)

    # -- lifecycle --

    def start(self) -> "Server":
        assert self.proc is None or self.proc.poll() is not None, "server is already running"
        self.starts += 1
        self.killed = False
        with open(self.stderr_log, "ab") as err:
            err.write(f"\n===== start #{self.starts} =====\n".encode())
        args = self.command()
        stderr = open(self.stderr_log, "ab")
        try:
            self.proc = subprocess.Popen(
                args,
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                preexec_fn=die_with_parent,
            )
        finally:
            stderr.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        try:
            self.port = self._read_port(deadline)
            self._drain = threading.Thread(target=self._drain_stdout, name="server-stdout", daemon=True)
            self._drain.start()
            self._wait_healthy(deadline)
        except BaseException:
            self.kill()
            raise
        return self

    def _read_port(self, deadline: float) -> int:
        listen_line = re.compile(rb"^" + re.escape(self.name.encode()) + rb" listening on http://127\.0\.0\.1:(\d+)\s*$")
        fd = self.proc.stdout.fileno()
        seen = b""
        while True:
            *complete, _partial = seen.split(b"\n")
            for line in complete:
                match = listen_line.match(line)
                if match:
                    self._append_stdout(seen)
                    return int(match.group(1))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"{self.name} printed no '{self.name} listening on http://127.0.0.1:PORT' line within "
                    f"{STARTUP_TIMEOUT_S:.0f} s; stdout so far: {seen[-2000:]!r}\n{self.log_tail()}"
                )
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                code = self._wait_exit(deadline)
                raise AssertionError(
                    f"{self.name} exited (code {code}) before it listened; stdout: {seen[-2000:]!r}\n"
                    f"{self.log_tail()}"
                )
            seen += chunk

    def _append_stdout(self, data: bytes) -> None:
        with open(self.stdout_log, "ab") as out:
            out.write(data)

    def _drain_stdout(self) -> None:
        # Keep reading so a chatty server never blocks on a full pipe.
        proc = self.proc
        fd = proc.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self._append_stdout(chunk)

    def _wait_healthy(self, deadline: float) -> None:
        last: Any = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.name} exited with {self.proc.returncode} during start-up\n{self.log_tail()}")
            try:
                resp = Client(self.port, timeout=max(0.1, deadline - time.monotonic())).get("/api/v1/health")
                if resp.status == 200:
                    return
                last = resp
            except (OSError, http.client.HTTPException) as exc:  # not serving yet: retry until the deadline
                last = exc
            # Paces the readiness retry (the only retry loop besides waiting for exit); not a sync point.
            select.select([], [], [], 0.02)
        raise AssertionError(f"GET /api/v1/health never answered 200 (last: {last!r})\n{self.log_tail()}")

    def _wait_exit(self, deadline: float) -> Optional[int]:
        try:
            return self.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            return None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> Optional[int]:
        """SIGKILL, as a crash would. Waits for the process to be gone."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.kill()
            self.killed = True
        code = self.proc.wait(timeout=STOP_TIMEOUT_S)
        self._close_pipe()
        return code

    def stop(self) -> Optional[int]:
        """SIGTERM and wait; SIGKILL if it does not stop in time. Returns the exit code of the SIGTERM
        stop, or None when it had to be killed. Never leaves the process running."""
        if self.proc is None:
            return None
        if self.proc.poll() is not None:
            self._close_pipe()
            return self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            return None
        finally:
            if self.proc.poll() is None:
                self.kill()
        self._close_pipe()
        return code

    def _close_pipe(self) -> None:
        if self._drain is not None:
            self._drain.join(timeout=5)
            self._drain = None
        if self.proc is not None and self.proc.stdout and not self.proc.stdout.closed:
            self.proc.stdout.close()

    def _log_files(self, limit: Optional[int]) -> Iterator[tuple[str, str]]:
        for path in (self.stdout_log, self.stderr_log):
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                data = b""
            yield path.name, (data[-limit:] if limit else data).decode("utf-8", "replace")

    def log_tail(self, limit: int = 4000) -> str:
        return "\n".join(f"--- {name} (tail) ---\n{text}" for name, text in self._log_files(limit))

    def log_text(self) -> str:
        """Everything the server wrote to stdout and stderr so far."""
        return "\n".join(text for _, text in self._log_files(None))


# ---------------------------------------------------------------------------------------------
# civiq-admin


def run_admin(database: Path, *args: str, stdin: Optional[str] = None) -> subprocess.CompletedProcess:
    cmd = [admin_binary(), "--db", str(database), *args]
    feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=ADMIN_TIMEOUT_S, **feed)
    assert done.returncode == 0, (
        f"{' '.join(cmd)} failed with {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
    )
    return done


def add_user(database: Path, name: str, role: str, password: str) -> None:
    run_admin(database, "user", "add", name, "--role", role, stdin=password + "\n")


def enroll_device(database: Path, name: str, kind: str) -> str:
    done = run_admin(database, "device", "enroll", name, "--kind", kind)
    token = done.stdout.strip()
    assert token and "\n" not in token and " " not in token, (
        f"device enroll must print only the token, got stdout {done.stdout!r}"
    )
    return token


# ---------------------------------------------------------------------------------------------
# WebSocket


def ws_url(port: int, topics: str, token: Optional[str] = None) -> str:
    query = {"topics": topics}
    if token is not None:
        query["access_token"] = token
    return f"ws://{HOST}:{port}/api/v1/events?" + urllib.parse.urlencode(query, safe=":,")


def ws_connect(port: int, topics: str, token: Optional[str] = None, timeout: float = REQUEST_TIMEOUT_S, **options):
    return websocket.create_connection(ws_url(port, topics, token), timeout=timeout, **options)


def ws_handshake_status(port: int, topics: str, token: Optional[str] = None) -> int:
    """101 when the upgrade succeeds (the connection is closed again), else the refusal's HTTP status."""
    try:
        ws = ws_connect(port, topics, token)
    except websocket.WebSocketBadStatusException as exc:
        return exc.status_code
    ws.close()
    return 101


def ws_recv_json(ws, timeout: float) -> dict:
    ws.settimeout(max(timeout, 0.001))
    opcode, data = ws.recv_data()
    if opcode == websocket.ABNF.OPCODE_CLOSE:  # the server's close, or the answer to our own
        raise websocket.WebSocketConnectionClosedException("the stream was closed")
    text = data.decode("utf-8")
    frame = json.loads(text)
    assert isinstance(frame, dict) and {"topic", "kind", "data"} <= frame.keys(), (
        f"every frame is {{topic, kind, data}}, got {text!r}"
    )
    return frame


def ws_collect(ws, wanted: dict[str, Callable[[dict], bool]], deadline: float) -> dict[str, dict]:
    """Reads frames until each predicate in `wanted` matched one (first match wins) or the deadline
    (time.monotonic()) passes; returns {name: frame}. Fails listing the frames seen."""
    found: dict[str, dict] = {}
    seen: list[dict] = []
    while len(found) < len(wanted):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            frame = ws_recv_json(ws, remaining)
        except websocket.WebSocketTimeoutException:
            break
        seen.append(frame)
        for name, predicate in wanted.items():
            if name not in found and predicate(frame):
                found[name] = frame
    missing = sorted(set(wanted) - set(found))
    assert not missing, f"no frame matched {missing} before the deadline; frames seen: {json.dumps(seen)[:3000]}"
    return found


def ws_first_frames(ws, topics: list[str], timeout: float) -> dict[str, dict]:
    """The first frame of each topic (the snapshot, if the server is right)."""
    first: dict[str, dict] = {}
    deadline = time.monotonic() + timeout
    seen = []
    while len(first) < len(topics) and time.monotonic() < deadline:
        try:
            frame = ws_recv_json(ws, deadline - time.monotonic())
        except websocket.WebSocketTimeoutException:
            break
        seen.append(frame)
        first.setdefault(frame["topic"], frame)
    assert set(topics) <= set(first), f"expected a first frame for each of {topics}, got {seen}"
    return first


# ---------------------------------------------------------------------------------------------
# an office: server + users + devices


@dataclass
class Office:
    server: Server
    config: dict
    workdir: Path
    database: Path
    device_tokens: dict = field(default_factory=dict)
    _sessions: dict = field(default_factory=dict)

    @property
    def port(self) -> int:
        return self.server.port

    def client(self, token: Optional[str] = None) -> Client:
        return Client(self.port, token)

    def login(self, user: str) -> str:
        """A new staff session for `user` (one of USERS)."""
        resp = self.client().post("/api/v1/auth/login", {"user": user, "password": USERS[user][1]})
        body = expect(resp, 200, f"login {user}")
        assert isinstance(body.get("token"), str) and body["token"], f"login reply without token: {resp!r}"
        assert body.get("role") == USERS[user][0], f"login {user}: expected role {USERS[user][0]}, got {resp!r}"
        return body["token"]

    def forget_sessions(self) -> None:
        """After a restart: staff log in again (sessions need not survive one)."""
        self._sessions.clear()

    def session(self, user: str) -> str:
        """The cached session of `user`; logs in on first use."""
        if user not in self._sessions:
            self._sessions[user] = self.login(user)
        return self._sessions[user]

    def token_for(self, role: str) -> Optional[str]:
        """Token of a role name: anonymous, kiosk, display, clerk, clerk2, manager, admin."""
        if role == "anonymous":
            return None
        if role in DEVICES:
            return self.device_tokens[role]
        return self.session(ROLE_USER[role])

    def as_role(self, role: str) -> Client:
        return self.client(self.token_for(role))

    # shortcuts
    @property
    def anon(self) -> Client:
        return self.client()

    @property
    def kiosk(self) -> Client:
        return self.as_role("kiosk")

    @property
    def display(self) -> Client:
        return self.as_role("display")

    @property
    def clerk(self) -> Client:
        return self.as_role("clerk")

    @property
    def clerk2(self) -> Client:
        return self.as_role("clerk2")

    @property
    def manager(self) -> Client:
        return self.as_role("manager")

    @property
    def admin(self) -> Client:
        return self.as_role("admin")

    # checks and common steps

    def assert_healthy(self, after: str = "") -> None:
        where = f" after {after}" if after else ""
        assert self.server.alive(), f"civiq-server died{where} (exit {self.server.proc.returncode})\n{self.server.log_tail()}"
        resp = self.anon.get("/api/v1/health")
        body = expect(resp, 200, f"health{where}")
        assert body.get("status") == "ok", f"health{where}: {resp!r}"

    def issue(self, service_id: int = 1, client: Optional[Client] = None, key: Optional[str] = None, **fields) -> dict:
        body = {"service_id": service_id, **fields}
        headers = {"Idempotency-Key": key} if key else None
        resp = (client or self.kiosk).post("/api/v1/tickets", body, headers=headers)
        return expect(resp, 201, f"issue ticket for service {service_id}")

    def ticket(self, token: str) -> dict:
        return expect(self.anon.get(f"/api/v1/tickets/{token}"), 200, "get ticket")

    def counter_action(self, counter: int, action: str, body: Any = NOTHING, client: Optional[Client] = None,
                       status: int = 200) -> Any:
        resp = (client or self.clerk).post(f"/api/v1/counters/{counter}/{action}", body)
        return expect(resp, status, f"counter {counter} {action}")

    def queue(self) -> list:
        return expect(self.clerk.get("/api/v1/queue"), 200, "queue")["tickets"]

    def counters(self) -> dict:
        body = expect(self.clerk.get("/api/v1/counters"), 200, "counters")
        return {c["id"]: c for c in body["counters"]}


def start_office(workdir: Path, overrides: Optional[dict] = None) -> Office:
    """Writes the config, starts the server (which creates the database), adds the users of USERS and
    enrolls one kiosk and one display with civiq-admin while the server runs."""
    workdir.mkdir(parents=True, exist_ok=True)
    database = workdir / "civiq.db"
    config = merge_config(base_config(database), overrides)
    config_path = workdir / "civiq.toml"
    config_path.write_text(render_toml(config), encoding="utf-8")
    server = Server(config_path, workdir)
    server.start()
    office = Office(server, config, workdir, Path(config["server"]["database"]))
    try:
        for name, (role, password) in USERS.items():
            add_user(office.database, name, role, password)
        for kind, name in DEVICES.items():
            office.device_tokens[kind] = enroll_device(office.database, name, kind)
    except BaseException:
        server.kill()
        raise
    return office


@contextlib.contextmanager
def running_office(workdir: Path, overrides: Optional[dict] = None) -> Iterator[Office]:
    """An office whose server is always gone afterwards. It is stopped with SIGTERM and must exit 0
    (the clean-shutdown contract); when the body raised, that exception is reported instead."""
    office = start_office(workdir, overrides)
    failed = False
    try:
        yield office
    except BaseException:
        failed = True
        raise
    finally:
        was_killed = office.server.killed  # a test that crashed it on purpose and did not restart
        code = office.server.stop()
        print(office.server.log_tail())  # shown by pytest only when the test fails
        if not failed and not was_killed:
            assert code == 0, (
                f"civiq-server did not stop cleanly on SIGTERM (exit {code}; None = needed SIGKILL)\n"
                f"{office.server.log_tail()}"
            )
