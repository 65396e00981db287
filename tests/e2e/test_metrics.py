# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""GET /metrics: Prometheus text with queue gauges, request counters and calls (the tests connect
from 127.0.0.1, which the server trusts like a manager; the role rule itself is covered by the
router unit tests)."""

import re

from civiq_e2e import expect


def metric(text: str, name: str, labels: str = "") -> float:
    pattern = re.escape(name + (("{" + labels + "}") if labels else "")) + r" ([0-9.e+-]+)$"
    match = re.search(pattern, text, flags=re.MULTILINE)
    assert match, f"{name}{{{labels}}} missing in:\n{text}"
    return float(match.group(1))


def scrape(office) -> str:
    resp = office.anon.get("/metrics")
    assert resp.status == 200, resp
    assert resp.headers["Content-Type"].startswith("text/plain; version=0.0.4"), resp.headers
    return resp.body.decode()


def test_metrics_follow_the_queue(office):
    before = scrape(office)
    assert metric(before, "civiq_waiting_tickets", 'service="1"') == 0
    calls_before = metric(before, "civiq_calls_total")

    office.issue(1)
    office.issue(1)
    office.issue(2)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")

    after = scrape(office)
    assert metric(after, "civiq_tickets_issued_today", 'service="1"') == 2
    assert metric(after, "civiq_tickets_issued_today", 'service="2"') == 1
    assert metric(after, "civiq_waiting_tickets", 'service="1"') + metric(after, "civiq_waiting_tickets", 'service="2"') == 2
    assert metric(after, "civiq_open_counters") == 1
    assert metric(after, "civiq_calls_total") == calls_before + 1
    assert metric(after, "civiq_http_requests_total", 'route="POST /api/v1/tickets",status="2xx"') == 3
    count = metric(after, "civiq_http_request_duration_seconds_count")
    assert metric(after, "civiq_http_request_duration_seconds_bucket", 'le="+Inf"') == count > 0


def test_metrics_never_show_tokens(office):
    ticket = office.issue(1)
    expect(office.anon.get(f"/api/v1/tickets/{ticket['token']}"), 200, "status")
    text = scrape(office)
    assert ticket["token"] not in text
    assert 'route="GET /api/v1/tickets/{token}"' in text
