# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""The reverse proxy for the live ticket (docs/deploy-live-ticket.md, threat model gap G10): the
nginx site the server package ships, packaging/nginx/civiq-live-ticket.conf, runs in a private
nginx (Debian's, as this user, its own folders) with a self-signed certificate in front of a real
civiq-server, and a phone's requests over HTTPS show what passes and what is refused."""

import contextlib
import getpass
import http.client
import os
import shutil
import ssl
import subprocess
import time
from pathlib import Path

import pytest
import websocket

from civiq_e2e import Client, expect, ws_collect
from daemons import die_with_parent, free_port, poll_until, stop_process

SITE = Path(__file__).resolve().parents[2] / "packaging" / "nginx" / "civiq-live-ticket.conf"
HOST_NAME = "loebau.ticket.landkreis.example"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def render_site(upstream_port: int, http_port: int, https_port: int, cert: Path, key: Path) -> str:
    """The shipped site with this test's addresses and certificate; every replaced line must exist,
    so the test fails if the file's shape changes rather than testing something else."""
    text = SITE.read_text()
    replacements = {
        "server 10.20.0.5:8080;": f"server 127.0.0.1:{upstream_port};",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        f"/etc/letsencrypt/live/{HOST_NAME}/fullchain.pem": str(cert),
        f"/etc/letsencrypt/live/{HOST_NAME}/privkey.pem": str(key),
        "root /var/www/html;": f"root {cert.parent};",
    }
    for old, new in replacements.items():
        assert old in text, f"{SITE.name} no longer holds {old!r}: update this test with it"
        text = text.replace(old, new)
    return text


@contextlib.contextmanager
def running_nginx(workdir: Path, upstream_port: int):
    workdir.mkdir(parents=True)
    cert, key = workdir / "cert.pem", workdir / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "1", "-subj", f"/CN={HOST_NAME}", "-keyout", key, "-out", cert],
                   check=True, capture_output=True)
    http_port, https_port = free_port(), free_port()
    (workdir / "site.conf").write_text(render_site(upstream_port, http_port, https_port, cert, key))
    temp = "\n".join(f"    {kind}_temp_path {workdir}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (workdir / "nginx.conf").write_text(f"""
daemon off;
user {getpass.getuser()};
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {workdir}/access.log;  # the site must switch it off
{temp}
    include {workdir}/site.conf;
}}
""")
    args = [NGINX, "-p", str(workdir), "-c", str(workdir / "nginx.conf"), "-e", str(workdir / "error.log")]
    checked = subprocess.run([*args, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, f"nginx -t refuses the shipped site:\n{checked.stderr}"
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=die_with_parent)
    try:
        poll_until(lambda: proc.poll() is not None or Phone(https_port).answers(), "nginx listens")
        assert proc.poll() is None, f"nginx exited: {(workdir / 'error.log').read_text()}"
        yield http_port, https_port
    finally:
        stop_process(proc)


class Phone:
    """A citizen's phone on mobile data: HTTPS to the public name (the test's certificate is self-signed)."""

    def __init__(self, port: int):
        self.port = port
        self.tls = ssl.create_default_context()
        self.tls.check_hostname = False
        self.tls.verify_mode = ssl.CERT_NONE

    def answers(self) -> bool:
        try:
            self.request("GET", "/")
            return True
        except OSError:
            return False

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.tls, timeout=10)
        try:
            headers = {"Host": HOST_NAME}
            if body is not None:
                headers["Content-Type"] = "application/json"
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            return resp.status, dict(resp.headers), resp.read()
        finally:
            conn.close()

    def websocket(self, query: str):
        return websocket.create_connection(f"wss://127.0.0.1:{self.port}/api/v1/events?{query}",
                                           host=HOST_NAME, sslopt={"cert_reqs": ssl.CERT_NONE}, timeout=10)


@pytest.fixture
def proxied(office, tmp_path):
    if not shutil.which("openssl") or not os.path.exists(NGINX):
        pytest.fail("nginx and openssl are needed (scripts/install-deps installs them)")
    with running_nginx(tmp_path / "nginx", office.port) as (http_port, https_port):
        yield Phone(https_port), http_port, tmp_path / "nginx"


def test_the_page_and_its_ticket_pass(office, proxied):
    phone, _, _ = proxied
    token = office.issue(1)["token"]
    status, headers, _ = phone.request("GET", f"/t/{token}")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]  # the server's headers pass on
    for asset in ("/t/static/app.js", "/t/static/sw.js", "/t/static/i18n/de.json"):
        assert phone.request("GET", asset)[0] == 200, asset
    status, _, body = phone.request("GET", f"/api/v1/tickets/{token}")
    assert status == 200 and b'"number"' in body
    status, _, body = phone.request("GET", "/api/v1/tickets/unknown-token")
    assert status == 404 and b'"unknown_ticket"' in body  # the branch answered, not the proxy
    assert phone.request("POST", f"/api/v1/tickets/{token}/cancel")[0] == 200
    assert expect(office.anon.get(f"/api/v1/tickets/{token}"), 200, "after cancel")["status"] == "cancelled"


@pytest.mark.parametrize("method, path, status", [
    ("POST", "/api/v1/tickets", 404),  # the kiosk's: a bot must not draw tickets
    ("GET", "/api/v1/queue", 404),
    ("GET", "/api/v1/counters", 404),
    ("POST", "/api/v1/counters/1/call-next", 404),
    ("POST", "/api/v1/auth/login", 404),
    ("GET", "/api/v1/appointments", 404),
    ("GET", "/api/v1/services", 404),
    ("GET", "/api/v1/devices", 404),
    ("GET", "/api/v1/openapi.json", 404),
    ("GET", "/metrics", 404),  # the server trusts its own machine: the proxy must never pass it on
    ("GET", "/api/v1/tickets/abc/reactivate", 404),
    ("GET", "/t/abc/../../metrics", 404),
    ("POST", "/t/abc", 403),
    ("DELETE", "/api/v1/tickets/abc", 403),
    ("GET", "/api/v1/events?topics=calls", 403),
    ("GET", "/api/v1/events?topics=queue", 403),
    ("GET", "/api/v1/events?topics=ticket:abc,calls", 403),
])
def test_everything_else_stops_at_the_proxy(office, proxied, method, path, status):
    phone, _, _ = proxied
    before = office.anon.get("/metrics").body.decode()
    got, _, _ = phone.request(method, path, b"{}" if method == "POST" else None)
    assert got == status
    # Nothing of it reached the branch: its request count for the route did not move.
    after = office.anon.get("/metrics").body.decode()
    assert request_count(after) == request_count(before) + 1  # only our own /metrics scrape


def request_count(metrics: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines()
               if line.startswith("civiq_http_requests_total{"))


def test_the_ticket_websocket_passes_with_one_topic_only(office, proxied):
    phone, _, _ = proxied
    ticket = office.issue(1)
    session = office.token_for("clerk")
    # access_token and a second topic are dropped, because the proxy rebuilds the upstream query
    ws = phone.websocket(f"topics=ticket:{ticket['token']}&access_token={session}")
    try:
        topic = f"ticket:{ticket['token']}"
        ws_collect(ws, {"snapshot": lambda f: f["topic"] == topic}, time.monotonic() + 5)
        office.counter_action(1, "open")
        office.counter_action(1, "call-next")
        called = ws_collect(ws, {"called": lambda f: f["topic"] == topic and f["data"].get("status") == "called"},
                            time.monotonic() + 5)["called"]
        assert called["data"]["counter_id"] == 1
    finally:
        ws.close()
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        phone.websocket(f"topics=queue&access_token={session}")
    assert refused.value.status_code == 403


def test_plain_http_redirects_and_nothing_is_logged(office, proxied):
    phone, http_port, workdir = proxied
    token = office.issue(1)["token"]
    conn = http.client.HTTPConnection("127.0.0.1", http_port, timeout=10)
    try:
        conn.request("GET", f"/t/{token}", headers={"Host": HOST_NAME})
        resp = conn.getresponse()
        assert resp.status == 301 and resp.headers["Location"] == f"https://{HOST_NAME}/t/{token}"
    finally:
        conn.close()
    phone.request("GET", f"/t/{token}")
    phone.request("GET", f"/api/v1/tickets/{token}")
    access_log = workdir / "access.log"
    logged = access_log.read_text() if access_log.exists() else ""
    assert token not in logged, f"the proxy logged the ticket's token:\n{logged}"


def test_a_phone_that_hammers_is_slowed_down(office, proxied):
    phone, _, _ = proxied
    token = office.issue(1)["token"]
    statuses = [phone.request("GET", f"/api/v1/tickets/{token}")[0] for _ in range(30)]
    assert set(statuses) == {200, 429}, statuses
    assert statuses.index(429) >= 20, f"the burst of 20 is allowed: {statuses}"
    expect(Client(office.port).get(f"/api/v1/tickets/{token}"), 200, "the branch itself is not limited by it")
