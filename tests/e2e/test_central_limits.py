# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): rate limits against bots. Every client address has a budget of requests a
minute, and of holds; the addresses of one subnet share a budget of holds too, so a botnet on one
network cannot spread its attempts. Searches are free up to a budget per address and per subnet;
beyond it each one pays with a proof of work. Behind the county's reverse proxy the address it
forwards counts, and only a trusted proxy's header counts at all."""

import base64
import contextlib
import json
import urllib.parse

import pytest

from central_e2e import (Central, cluster, county_with, database_for, first_offered_day,  # noqa: F401 (fixtures)
                         hold_body, search_window, solved_challenge, stop_cleanly)
from civiq_e2e import expect, expect_error


@contextlib.contextmanager
def central_with_limits(cluster, tmp_path, request, **limits):
    county = county_with(tmp_path / "county.toml", requests_per_minute=1000, trusted_proxies=["127.0.0.1"], **limits)
    server = Central(tmp_path / "central", database_for(cluster, request), config=county).start()
    try:
        yield server
    finally:
        stop_cleanly(server)


@pytest.fixture
def central(cluster, tmp_path, request):
    with central_with_limits(cluster, tmp_path, request, holds_per_minute=3, holds_per_minute_per_subnet=5) as server:
        yield server


@pytest.fixture
def searched(cluster, tmp_path, request):
    with central_with_limits(cluster, tmp_path, request, free_searches_per_minute=3,
                             free_searches_per_minute_per_subnet=5) as server:
        yield server


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


def search(client, forwarded_for: str = "", altcha: str = ""):
    first, last = search_window()
    path = f"/api/v1/booking/slots?office=loebau&services=1&from={first}&to={last}"
    if altcha:
        path += "&altcha=" + urllib.parse.quote(altcha, safe="")
    return client.get(path, headers={"X-Forwarded-For": forwarded_for} if forwarded_for else None)


def test_searches_beyond_the_free_ones_pay_with_a_proof_of_work(searched):
    client = searched.client()
    for n in range(3):
        assert expect(search(client), 200, f"free search {n + 1} of 3 a minute")["days"]
    expect_error(search(client), 403, "proof_of_work", "the address's free searches are spent")
    solution = solved_challenge(client)
    assert expect(search(client, altcha=solution), 200, "a search paid with a proof of work")["days"]
    expect_error(search(client, altcha=solution), 403, "proof_of_work", "a solution pays for one search only")
    wrong = json.loads(base64.b64decode(solved_challenge(client)))
    wrong["number"] += 1
    expect_error(search(client, altcha=base64.b64encode(json.dumps(wrong).encode()).decode()), 403, "proof_of_work",
                 "a wrong number pays for nothing")

    # Five addresses of one /24 share the subnet's five free searches; a sixth pays, another network does not.
    for host in range(1, 6):
        expect(search(client, f"198.51.100.{host}"), 200, f"198.51.100.{host}'s first search")
    expect_error(search(client, "198.51.100.6"), 403, "proof_of_work", "the subnet's free searches are spent")
    expect(search(client, "198.51.100.6", solved_challenge(client)), 200, "a paid search from that subnet")
    expect(search(client, "192.0.2.7"), 200, "another network searches free")
