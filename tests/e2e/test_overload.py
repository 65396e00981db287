# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: a flood of kiosk requests larger than the office worker can take in time.

Queued work has a deadline ([limits] queue_deadline_ms, small here so that two cores can flood it):
what the worker reaches too late is answered 503 with Retry-After at once instead of being done long
after its client gave up. The server sheds load, loses nothing it acknowledged, and recovers: a
client that retries a shed request with the same Idempotency-Key gets its ticket, exactly once.
"""

import threading

import pytest

from civiq_e2e import expect

pytestmark = pytest.mark.office_config({"limits": {"queue_deadline_ms": 5}})

CLIENTS = 48
REQUESTS_PER_CLIENT = 25


RETRIES = 200


def retry_until_issued(office, key: str) -> dict:
    """A client's retry of a shed request with its key. With a deadline this small even a lone request
    can be shed while a slow (sanitizer) build shares its cores, so it tries again, boundedly."""
    for _ in range(RETRIES):
        resp = office.kiosk.post("/api/v1/tickets", {"service_id": 1}, headers={"Idempotency-Key": key})
        if resp.status != 503:
            return expect(resp, 201, f"retry of {key}")
    raise AssertionError(f"{key} was still shed after {RETRIES} retries: the server did not recover")


def test_the_server_sheds_a_flood_and_recovers(office):
    outcomes: dict[str, tuple[int, dict, str | None]] = {}
    lock = threading.Lock()

    def kiosk(n: int):
        for i in range(REQUESTS_PER_CLIENT):
            key = f"flood-{n}-{i}"
            resp = office.kiosk.post("/api/v1/tickets", {"service_id": 1}, headers={"Idempotency-Key": key})
            with lock:
                outcomes[key] = (resp.status, resp.json, resp.headers.get("Retry-After"))

    threads = [threading.Thread(target=kiosk, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = {status for status, _, _ in outcomes.values()}
    assert statuses <= {201, 503}, f"only issued or busy, got {statuses}"
    shed = [key for key, (status, _, _) in outcomes.items() if status == 503]
    issued = {key: body for key, (status, body, _) in outcomes.items() if status == 201}
    assert shed, "the flood was not large enough to shed anything: nothing was tested"
    for key in shed:
        _, body, retry_after = outcomes[key]
        assert body["error"] == "busy", body
        assert retry_after is not None and int(retry_after) >= 1, outcomes[key]

    # Recovered: the shed clients retry with their keys and each gets one ticket; an acknowledged
    # ticket retried returns the same ticket.
    for key in shed:
        issued[key] = retry_until_issued(office, key)
    some_key = next(iter(issued))
    assert retry_until_issued(office, some_key)["token"] == issued[some_key]["token"]

    tokens = {body["token"] for body in issued.values()}
    numbers = {body["number"] for body in issued.values()}
    assert len(tokens) == len(numbers) == CLIENTS * REQUESTS_PER_CLIENT
    queue = office.queue()
    assert len(queue) == CLIENTS * REQUESTS_PER_CLIENT, "the queue holds exactly the acknowledged tickets"
    office.assert_healthy("after the flood")
