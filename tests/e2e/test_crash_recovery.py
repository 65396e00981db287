# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: the server is killed (SIGKILL) while kiosks are issuing tickets. A ticket the server
acknowledged with 201 is on disk (docs/api.md: synchronous=FULL before the reply), so after a restart
on the same database every acknowledged ticket is there with the same number, no number is handed
out twice, and Idempotency-Key retries still return the original tickets."""

import http.client
import re
import signal
import threading

import pytest

from civiq_e2e import REQUEST_TIMEOUT_S, TIMEOUT_SCALE, Client, expect

# Hundreds of ticket look-ups from one address after the restart: keep the public limit out of the way.
pytestmark = pytest.mark.office_config({"limits": {"public_requests_per_minute": 100000}})

WORKERS = 4
ACKNOWLEDGED_BEFORE_KILL = 150
NEW_AFTER_RESTART = 20


def number_value(number):
    match = re.fullmatch(r"([A-Z]+)(\d+)", number)
    assert match, f"ticket number {number!r} is not PREFIX + digits"
    return match.group(1), int(match.group(2))


class Kiosks:
    """WORKERS threads issuing tickets as fast as they can, each request with a fresh Idempotency-Key.
    A ticket counts as acknowledged only when its 201 arrived."""

    def __init__(self, port, token):
        self.port, self.token = port, token
        self.lock = threading.Lock()
        self.acknowledged = {}  # key -> ticket (201 body)
        self.unacknowledged = {}  # key -> service_id: sent (or about to be) without a 201 back
        self.unexpected = []  # replies other than 201 while the server was up
        self.in_flight = 0
        self.enough = threading.Event()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._run, args=(n,), name=f"kiosk-{n}") for n in range(WORKERS)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def _run(self, n):
        client = Client(self.port, self.token, timeout=REQUEST_TIMEOUT_S)
        service = 1 if n % 2 == 0 else 2
        i = 0
        while not self.stop.is_set():
            key = f"crash-kiosk{n}-{i:05d}"
            i += 1
            with self.lock:
                self.in_flight += 1
            try:
                resp = client.post("/api/v1/tickets", {"service_id": service}, headers={"Idempotency-Key": key})
            except (OSError, http.client.HTTPException):
                with self.lock:
                    self.unacknowledged[key] = service
                return  # the server is gone
            finally:
                with self.lock:
                    self.in_flight -= 1
            with self.lock:
                if resp.status == 201 and resp.json:
                    self.acknowledged[key] = resp.json
                    if len(self.acknowledged) >= ACKNOWLEDGED_BEFORE_KILL:
                        self.enough.set()
                else:
                    self.unexpected.append(repr(resp))
                    self.unacknowledged[key] = service
                    self.enough.set()  # stop early; the test reports it
                    return

    def join(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=REQUEST_TIMEOUT_S + 10)
        stuck = [t.name for t in self.threads if t.is_alive()]
        assert not stuck, f"kiosk threads still running after the kill: {stuck}"


def test_sigkill_while_issuing_loses_no_acknowledged_ticket(office):
    kiosks = Kiosks(office.port, office.device_tokens["kiosk"])
    kiosks.start()
    try:
        reached = kiosks.enough.wait(timeout=120 * TIMEOUT_SCALE)
        with kiosks.lock:
            in_flight_at_kill = kiosks.in_flight
        exit_code = office.server.kill()  # SIGKILL, the kiosks still sending
    finally:
        kiosks.join()
    assert not kiosks.unexpected, f"replies other than 201 before the kill: {kiosks.unexpected[:5]}"
    assert reached, f"only {len(kiosks.acknowledged)} tickets acknowledged before the deadline"
    assert exit_code == -signal.SIGKILL, f"the server was killed, exit {exit_code}"

    before = dict(kiosks.acknowledged)
    ids = [t["id"] for t in before.values()]
    numbers = [t["number"] for t in before.values()]
    assert len(set(ids)) == len(ids) and len(set(numbers)) == len(numbers), "acknowledged tickets are distinct"

    office.server.start()  # same config, same database
    office.forget_sessions()  # staff sessions need not survive a restart; device tokens must
    office.assert_healthy(after="restart after SIGKILL")

    for key, ticket in before.items():
        resp = office.anon.get(f"/api/v1/tickets/{ticket['token']}")
        live = expect(resp, 200, f"acknowledged ticket {ticket['number']} ({key}) after the restart")
        assert live["number"] == ticket["number"] and live["status"] == "waiting", (
            f"acknowledged {ticket} came back as {live}"
        )

    for key, ticket in before.items():
        resp = office.kiosk.post("/api/v1/tickets", {"service_id": ticket["service_id"]},
                                 headers={"Idempotency-Key": key})
        assert resp.status in (200, 201), f"retry of acknowledged {key}: {resp!r}"
        again = resp.json
        assert (again["id"], again["number"], again["token"]) == (ticket["id"], ticket["number"], ticket["token"]), (
            f"retry of {key} after the restart must return the acknowledged ticket {ticket}, got {again}"
        )

    # Requests cut off by the kill: each either was committed (the retry returns it) or was not (a
    # new ticket). Either way it is a ticket with a number of its own.
    after = {}
    for key, service in kiosks.unacknowledged.items():
        resp = office.kiosk.post("/api/v1/tickets", {"service_id": service}, headers={"Idempotency-Key": key})
        assert resp.status in (200, 201), f"retry of in-flight {key}: {resp!r}"
        after[key] = resp.json
    for i in range(NEW_AFTER_RESTART):
        key = f"after-restart-{i:03d}"
        after[key] = expect(office.kiosk.post("/api/v1/tickets", {"service_id": 1 + i % 2},
                                              headers={"Idempotency-Key": key}), 201, key)

    number_of = {}
    for ticket in [*before.values(), *after.values()]:
        assert number_of.setdefault(ticket["id"], ticket["number"]) == ticket["number"], (
            f"ticket {ticket['id']} has two numbers: {number_of[ticket['id']]} and {ticket['number']}"
        )
    all_numbers = list(number_of.values())
    repeated = sorted({n for n in all_numbers if all_numbers.count(n) > 1})
    assert not repeated, f"numbers handed out twice across the crash: {repeated}"

    highest_before = {}
    for ticket in before.values():
        prefix, value = number_value(ticket["number"])
        highest_before[prefix] = max(highest_before.get(prefix, 0), value)
    for i in range(NEW_AFTER_RESTART):
        number = after[f"after-restart-{i:03d}"]["number"]
        prefix, value = number_value(number)
        assert value > highest_before.get(prefix, 0), (
            f"new ticket {number} after the restart is not above the highest acknowledged {prefix}"
            f"{highest_before.get(prefix)}: numbering was rewound"
        )

    queue = office.queue()
    queue_numbers = [t["number"] for t in queue]
    duplicates = sorted({n for n in queue_numbers if queue_numbers.count(n) > 1})
    assert not duplicates, f"GET /api/v1/queue lists numbers twice: {duplicates}"
    assert {t["id"] for t in queue} == set(number_of), (
        "the queue holds exactly the acknowledged, the retried and the new tickets "
        f"(missing {sorted(set(number_of) - {t['id'] for t in queue})[:10]}, "
        f"unknown {sorted({t['id'] for t in queue} - set(number_of))[:10]}); "
        f"{in_flight_at_kill} requests were in flight at the kill"
    )
    assert all(t["status"] == "waiting" for t in queue), "nobody was called"
