# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #14): what a clerk records about a visit. A visit of several services is finished
service by service, each served or "could not be served"; at a counter that serves the next service
the citizen stays, elsewhere they queue for it. A transfer carries a note to the next counter: staff
see it, the citizen's live ticket never does, the event log keeps it beside the event (not in it), and
retention forgets it while the day still replays."""

import csv
import io
import json
import sqlite3

from civiq_e2e import expect, expect_error, run_admin


def exported_events(office) -> list:
    return list(csv.DictReader(io.StringIO(run_admin(office.database, "events", "export", "-").stdout)))


def test_a_visit_of_two_services_stays_at_a_counter_that_serves_both(office):
    issued = office.issue(1, additional_service_ids=[2])
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    office.counter_action(1, "start")

    counter = office.counter_action(1, "finish", {})
    current = counter["current"]
    assert current is not None, f"the citizen stays for the next service: {counter}"
    assert current["number"] == issued["number"] and current["status"] == "serving", current
    assert current["service_id"] == 2 and current["visit_service_ids"] == [1, 2] and current["visit_index"] == 1
    live = office.ticket(issued["token"])
    assert live["status"] == "serving" and live["counter"] == "Schalter 1" and live["service_id"] == 2, live

    done = office.counter_action(1, "finish", {"outcome": "not_served"})
    assert done["current"] is None, done
    assert office.ticket(issued["token"])["status"] == "done"

    finished = [json.loads(r["payload"]) for r in exported_events(office) if r["type"] == "service_finished"]
    assert [(f["service"], f["outcome"], f["stays_at_counter"], f["v"]) for f in finished] == \
        [(1, "Served", True, 2), (2, "NotServed", False, 2)], finished
    assert sum(1 for r in exported_events(office) if r["type"] == "ticket_called") == 1, "called once for both"


def test_elsewhere_the_next_service_is_queued(office):
    issued = office.issue(2, additional_service_ids=[1])  # counter 2 serves only service 2
    office.counter_action(2, "open", client=office.clerk2)
    office.counter_action(2, "call-next", client=office.clerk2)
    counter = office.counter_action(2, "finish", client=office.clerk2)
    assert counter["current"] is None, counter
    waiting = {t["number"]: t for t in office.queue()}[issued["number"]]
    assert waiting["status"] == "waiting" and waiting["service_id"] == 1 and waiting["visit_index"] == 1, waiting


def test_a_finish_names_a_known_outcome(office):
    office.issue(1)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    expect_error(office.clerk.post("/api/v1/counters/1/finish", {"outcome": "half"}), 400, "invalid_argument")
    expect_error(office.clerk.post("/api/v1/counters/1/finish", {"result": "served"}), 400, "invalid_request")
    assert office.counters()[1]["current"] is not None, "a refused finish changes nothing"
    assert office.counter_action(1, "finish", {"outcome": "served"})["current"] is None


def test_a_transfer_note_reaches_the_next_clerk_only(office):
    issued = office.issue(1)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    note = "Vollmacht liegt vor – Frau Nowak spricht Polnisch"
    office.counter_action(1, "transfer", {"service_id": 2, "counter_id": 2, "note": note})

    assert {t["number"]: t for t in office.queue()}[issued["number"]]["transfer_note"] == note
    office.counter_action(2, "open", client=office.clerk2)
    called = office.counter_action(2, "call-next", client=office.clerk2)
    assert called["current"]["transfer_note"] == note, called
    # The citizen's phone, the wall display and the event export never show it.
    live = expect(office.anon.get(f"/api/v1/tickets/{issued['token']}"), 200, "live ticket")
    assert "Nowak" not in json.dumps(live)
    assert "Nowak" not in json.dumps(expect(office.display.get("/api/v1/display"), 200, "display"))
    rows = exported_events(office)
    assert "Nowak" not in json.dumps(rows)
    transferred = json.loads(next(r for r in rows if r["type"] == "ticket_transferred")["payload"])
    assert transferred["from_service"] == 1 and transferred["served_s"] >= 0 and transferred["v"] == 2, transferred
    with sqlite3.connect(office.database) as db:
        assert db.execute("SELECT count(*) FROM ticket_events WHERE payload LIKE '%Nowak%'").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM ticket_event_personal").fetchone() == (1,)

    done = office.counter_action(2, "finish", client=office.clerk2)
    assert done["current"] is None


def test_a_note_is_checked_and_forgotten_after_retention(office):
    issued = office.issue(1)
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    expect_error(office.clerk.post("/api/v1/counters/1/transfer", {"service_id": 2, "note": "x" * 501}), 400,
                 "invalid_argument")
    assert office.counters()[1]["current"]["number"] == issued["number"], "a refused transfer changes nothing"
    office.counter_action(1, "transfer", {"service_id": 2, "note": "ü" * 500})  # characters, not bytes
    assert {t["number"]: t for t in office.queue()}[issued["number"]]["transfer_note"] == "ü" * 500

    # Retention of 0 days: everything before now is past it. The server replays the day without the
    # note after a restart; the transfer itself stays.
    run_admin(office.database, "retention", "apply", "--days", "0")
    office.server.stop()
    office.server.start()
    office.forget_sessions()
    entry = {t["number"]: t for t in office.queue()}[issued["number"]]
    assert entry["transfer_note"] is None and entry["service_id"] == 2 and entry["status"] == "waiting", entry


def test_the_clerk_sees_how_often_a_call_was_repeated(office):
    office.issue(1)
    office.counter_action(1, "open")
    assert office.counter_action(1, "call-next")["current"]["recalls"] is None, "not repeated yet"
    assert office.counter_action(1, "recall")["current"]["recalls"] == 1
    assert office.counter_action(1, "recall")["current"]["recalls"] == 2
