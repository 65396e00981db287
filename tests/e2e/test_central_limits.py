# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): rate limits against bots. Every client address has a budget of requests a
minute, and of holds; the addresses of one subnet share a budget of holds too, so a botnet on one
network cannot spread its attempts. Behind the county's reverse proxy the address it forwards counts,
and only a trusted proxy's header counts at all."""

import pytest

from central_e2e import (Central, cluster, county_with, database_for, first_offered_day,  # noqa: F401 (fixtures)
                         hold_body, stop_cleanly)
from civiq_e2e import expect, expect_error


@pytest.fixture
def central(cluster, tmp_path, request):
    county = county_with(tmp_path / "county.toml", requests_per_minute=1000, holds_per_minute=3,
                         holds_per_minute_per_subnet=5, trusted_proxies=["127.0.0.1"])
    server = Central(tmp_path / "central", database_for(cluster, request), config=county).start()
    try:
        yield server
    finally:
        stop_cleanly(server)


def attempt(client, day: dict, slot: int, forwarded_for: str = ""):
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else None
    body = hold_body(client, "loebau", [1], day["day"], day["slots"][slot]["start"])
    return client.post("/api/v1/booking/holds", body, headers=headers)


def test_holds_are_limited_per_address_and_per_subnet(central):
    client = central.client()
    day = first_offered_day(client, "loebau", "1")
    for slot in range(3):
        expect(attempt(client, day, slot), 201, f"hold {slot + 1} of 3 a minute")
    limited = client.post("/api/v1/booking/holds", hold_body(client, "loebau", [1], day["day"], day["slots"][3]["start"]))
    expect_error(limited, 429, "rate_limited")
    assert int(limited.headers["Retry-After"]) >= 1

    # Citizens behind the county's proxy count by the address it forwards: one of them is not
    # limited by the proxy's own budget ...
    expect(attempt(client, day, 4, "198.51.100.1"), 201, "another citizen, through the proxy")
    # ... but five addresses of one /24 share the subnet's five holds.
    for host in range(2, 6):
        expect(attempt(client, day, 4 + host, f"203.0.113.9, 198.51.100.{host}"), 201, f"198.51.100.{host}")
    expect_error(attempt(client, day, 10, "198.51.100.6"), 429, "rate_limited", "the subnet's budget is spent")
    expect(attempt(client, day, 11, "192.0.2.7"), 201, "another network")
