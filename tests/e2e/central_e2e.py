# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""civiq-central for the e2e tests: the real binary (CIVIQ_CENTRAL) with the demo county on a
database of a private PostgreSQL cluster (postgres_fixture.py)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import http.client
import json
import re
import socket
import subprocess
import tempfile
import zoneinfo
from pathlib import Path
from typing import Optional

import pytest

from civiq_e2e import HOST, Client, Server, _binary, expect
from daemons import poll_until
from postgres_fixture import PrivateCluster
from smtp_sink import SmtpSink

# Where the mails' links point when a test's civiq-central sends mail (the `mail` fixture).
PUBLIC_URL = "https://termine.example.org"
ACTIVATION_LINK = re.compile(re.escape(PUBLIC_URL) + r"/booking/activate/([0-9a-f]{64})\b")
MANAGE_LINK = re.compile(re.escape(PUBLIC_URL) + r"/booking/manage/([0-9a-f]{64})\b")

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DEMO_COUNTY = Path(__file__).resolve().parents[2] / "central" / "demo_county.toml"


def county_with(path: Path, **limits: object) -> Path:
    """The demo county with other [limits] (TOML values as Python writes them), written to `path`."""
    text = DEMO_COUNTY.read_text(encoding="utf-8")
    start = text.index("[limits]")
    end = text.index("[[services]]")
    lines = ["[limits]"] + [f"{key} = {json.dumps(value)}" for key, value in limits.items()]
    path.write_text(text[:start] + "\n".join(lines) + "\n\n" + text[end:], encoding="utf-8")
    return path


def county_with_office_lines(path: Path, office: str, *lines: str, source: Path = DEMO_COUNTY) -> Path:
    """The county of `source` (the demo county) with `lines` (TOML) added to office `office`'s
    table, written to `path`."""
    text = source.read_text(encoding="utf-8")
    start = text.index(f'id = "{office}"')
    end = text.find("[[offices]]", start)
    end = len(text) if end < 0 else end
    block = text[start:end].rstrip("\n") + "\n" + "\n".join(lines) + "\n\n"
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return path


def central_binary() -> str:
    return _binary("CIVIQ_CENTRAL")


class Central(Server):
    """One civiq-central process on `database_uri`, serving the demo county."""

    name = "civiq-central"

    def __init__(self, workdir: Path, database_uri: str, extra_args: tuple = (), config: Optional[Path] = None):
        """`config`: a county.toml; the built-in demo county without one."""
        workdir.mkdir(parents=True, exist_ok=True)
        super().__init__(config_path=config or Path("-"), workdir=workdir, extra_args=extra_args)
        self.database_uri = database_uri
        self.county = config

    def command(self) -> list:
        county = ["--config", str(self.county)] if self.county else ["--demo"]
        return [central_binary(), *county, "--database", self.database_uri, "--listen", f"{HOST}:0",
                *self.extra_args]

    def client(self) -> Client:
        return Client(self.port)


def search_window(days: int = 21) -> tuple[str, str]:
    """From tomorrow (Berlin) for `days` days: the dates a citizen searching now would ask for."""
    first = dt.datetime.now(BERLIN).date() + dt.timedelta(days=1)
    return first.isoformat(), (first + dt.timedelta(days=days - 1)).isoformat()


@pytest.fixture(scope="module")
def cluster():
    started = PrivateCluster().start()
    try:
        yield started
    finally:
        started.stop()


def stop_cleanly(server: Central) -> None:
    """SIGTERM: civiq-central finishes its requests, its database and mail threads, and exits 0 (a
    sanitizer's report would make it exit otherwise)."""
    code = server.stop()
    assert code == 0, f"civiq-central did not stop cleanly (exit {code})\n{server.log_tail()}"


def database_for(cluster, request) -> str:
    """A fresh database of the cluster for this test."""
    return cluster.create_database("central_" + request.node.name[:40].lower())


@pytest.fixture
def mail(tmp_path):
    """A real SMTP server on loopback (aiosmtpd) keeping this test's mails in a Maildir."""
    sink = SmtpSink(tmp_path / "smtp").start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def central(cluster, tmp_path, request):
    """civiq-central of the demo county on a fresh database; when the test also takes `mail`, its
    mails go to that server and link to PUBLIC_URL."""
    extra: tuple = ()
    if "mail" in request.fixturenames:
        extra = ("--smtp", request.getfixturevalue("mail").url, "--public-url", PUBLIC_URL)
    server = Central(tmp_path / "central", database_for(cluster, request), extra).start()
    try:
        yield server
    finally:
        stop_cleanly(server)


def first_offered_day(client, office: str, services: str) -> dict:
    first, last = search_window()
    days = expect(client.get(f"/api/v1/booking/slots?office={office}&services={services}&from={first}&to={last}"),
                  200, "slots")["days"]
    assert days, f"{office} offers no slot for services {services} in three weeks"
    return days[0]


def solved_challenge(client) -> str:
    """What a citizen's browser does before a hold: fetch a proof-of-work challenge and find its
    number (ALTCHA's algorithm); returns the solution payload for the hold's `altcha` field."""
    challenge = expect(client.get("/api/v1/booking/challenge"), 200, "challenge")
    for number in range(challenge["maxnumber"] + 1):
        if hashlib.sha256(f"{challenge['salt']}{number}".encode()).hexdigest() == challenge["challenge"]:
            solution = {key: challenge[key] for key in ("algorithm", "challenge", "salt", "signature")}
            return base64.b64encode(json.dumps({**solution, "number": number}).encode()).decode()
    raise AssertionError(f"no number solves {challenge}")


def hold_body(client, office: str, services: list, day: str, start: str) -> dict:
    return {"office": office, "service_ids": services, "day": day, "start": start, "altcha": solved_challenge(client)}


def hold(client, office: str, services: list, day: str, start: str):
    return client.post("/api/v1/booking/holds", hold_body(client, office, services, day, start))


def burst(port: int, path: str, bodies: list) -> list:
    """POSTs each body on a connection of its own, all at once: every request is sent, then every
    answer read. Returns (status, parsed body) per request."""
    return burst_posts(port, [(path, body) for body in bodies])


def burst_posts(port: int, posts: list) -> list:
    """burst() for (path, body) pairs: each POST on a connection of its own, all sent before any
    answer is read."""
    sockets = []
    for path, body in posts:
        data = json.dumps(body).encode()
        sockets.append((socket.create_connection(("127.0.0.1", port), timeout=30),
                        (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n").encode() + data))
    for sock, request in sockets:
        sock.sendall(request)
    sockets = [sock for sock, _ in sockets]
    results = []
    for sock in sockets:
        response = http.client.HTTPResponse(sock)
        response.begin()
        results.append((response.status, json.loads(response.read())))
        sock.close()
    return results


def mail_text(message) -> str:
    """The plain text a citizen reads: the whole of a plain mail, the text part of a multipart one."""
    return message.get_body(preferencelist=("plain",)).get_content()


def calendar_of(message) -> tuple:
    """The iCalendar attachment of a mail as (Content-Type's method parameter, properties of the
    VCALENDAR and its one VEVENT by name, without parameters). Checks the form on the way: CRLF line
    ends, lines of at most 75 octets, one VEVENT."""
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_filename() == "termin.ics", part.get_filename()
    assert part.get_content_charset() == "utf-8", part["Content-Type"]
    raw = part.get_payload(decode=True)
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "lines end in CRLF"
    physical = raw[:-2].split(b"\r\n")
    assert all(len(line) <= 75 for line in physical), [line for line in physical if len(line) > 75]
    lines = raw.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]  # unfolded (RFC 5545 3.1)
    assert lines.count("BEGIN:VEVENT") == 1 and lines[0] == "BEGIN:VCALENDAR", lines
    properties = {}
    for line in lines:
        name_and_parameters, _, value = line.partition(":")
        properties.setdefault(name_and_parameters.split(";")[0], value)
    return part.get_param("method"), properties


def utc_stamp(day: str, start: str) -> str:
    """An office's local day and time ("2026-12-08", "09:15") as an iCalendar UTC time ("20261208T081500Z")."""
    local = dt.datetime.combine(dt.date.fromisoformat(day), dt.time.fromisoformat(start), tzinfo=BERLIN)
    return local.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def qr_code_of(message) -> str:
    """What a scanner reads in the mail's QR image (termin-code.png, shown inline): zbarimg, the
    decoder of Debian's zbar-tools."""
    [part] = [p for p in message.walk() if p.get_content_type() == "image/png"]
    assert part.get_filename() == "termin-code.png" and part.get_content_disposition() == "inline", part
    with tempfile.NamedTemporaryFile(suffix=".png") as image:
        image.write(part.get_payload(decode=True))
        image.flush()
        return subprocess.run(["zbarimg", "--quiet", "--raw", image.name], check=True, capture_output=True,
                              text=True).stdout.strip()


def mails_to(mail, address: str, subject: str, count: int = 1) -> list:
    """The mails with `subject` to `address`, once `count` of them have arrived."""
    def found():
        matching = [m for m in mail.messages() if m["To"] == address and m["Subject"] == subject]
        return len(matching) >= count and matching
    return poll_until(found, f"{count} mail(s) '{subject}' to {address}")


def offered_days(client, office: str, services: str) -> list:
    first, last = search_window()
    return expect(client.get(f"/api/v1/booking/slots?office={office}&services={services}&from={first}&to={last}"),
                  200, "slots")["days"]


def free_desks(client, office: str, services: str, day: str, start: str) -> int:
    """The desks still free at `start` on `day` for such a visit (0: not offered)."""
    found = expect(client.get(f"/api/v1/booking/slots?office={office}&services={services}&from={day}&to={day}"),
                   200, "slots")["days"]
    return next((s["free_desks"] for d in found for s in d["slots"] if s["start"] == start), 0)


def book(client, mail, office: str, services: list, day: str, start: str, email: str) -> tuple:
    """Hold, contact data, activation: a confirmed booking, its manage token and its confirmation mail."""
    held = expect(hold(client, office, services, day, start), 201, "hold")
    expect(client.post(f"/api/v1/booking/holds/{held['id']}/confirm",
                       {"name": "Eva Muster", "email": email, "language": "en"}), 202, "contact data")
    [activation] = mails_to(mail, email, "Please confirm your appointment")
    booked = expect(client.post(f"/api/v1/booking/activate/{ACTIVATION_LINK.search(mail_text(activation)).group(1)}"), 200,
                    "activation")
    [confirmation] = mails_to(mail, email, "Your appointment is booked")
    return booked, MANAGE_LINK.search(mail_text(confirmation)).group(1), confirmation


def county_with_central(path: Path, services: Optional[dict] = None, **central: object) -> Path:
    """The demo county with other [central] keys (TOML values as Python writes them) and, for each
    service id in `services`, other keys of that service ({1: {"release_unconfirmed_hours": 24}}),
    written to `path`."""
    def with_keys(block: str, keys: dict, after: str) -> str:
        for key, value in keys.items():
            line = f"{key} = {json.dumps(value)}"
            found = re.search(rf"^{re.escape(key)} = .*$", block, flags=re.MULTILINE)
            if found:
                block = block[:found.start()] + line + block[found.end():]
            else:
                at = block.index(after) + len(after)
                block = block[:at] + "\n" + line + block[at:]
        return block

    text = DEMO_COUNTY.read_text(encoding="utf-8")
    start = text.index("[central]")
    end = text.index("[limits]")
    text = text[:start] + with_keys(text[start:end], central, "[central]") + text[end:]
    for service, keys in (services or {}).items():
        start = text.index(f"[[services]]\nid = {service}\n")
        end = text.find("\n[[", start + 1)
        text = text[:start] + with_keys(text[start:end], keys, f"id = {service}") + text[end:]
    path.write_text(text, encoding="utf-8")
    return path
