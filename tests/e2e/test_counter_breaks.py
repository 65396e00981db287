# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #14): a clerk's break. It takes a reason from the office's list, keeps the desk
the clerk's own but calls nobody, takes the counter out of the waits citizens are told, and ends
with the clerk's return or with closing. A break or closing that would leave waiting citizens with
no counter is refused until the clerk confirms, or always where the office says so. The event log
keeps breaks with their reasons."""

import csv
import io

import pytest

from civiq_e2e import expect, expect_error, run_admin


def service(office, service_id):
    return next(s for s in expect(office.anon.get("/api/v1/services"), 200, "services")["services"]
                if s["id"] == service_id)


def test_the_office_names_its_break_reasons(office):
    german = expect(office.clerk.get("/api/v1/break-reasons"), 200, "reasons")["reasons"]
    assert [r["id"] for r in german] == ["break", "lunch", "back_office", "meeting"]
    assert german[1]["name"] == "Mittagspause"
    assert expect(office.clerk.get("/api/v1/break-reasons?lang=cs"), 200, "in Czech")["reasons"][1]["name"] == \
        "Polední přestávka"
    expect_error(office.kiosk.get("/api/v1/break-reasons"), 403)


def test_a_break_calls_nobody_and_leaves_the_wait_estimates(office):
    office.counter_action(1, "open")
    office.counter_action(2, "open", client=office.clerk2)
    office.issue(2)  # Fahrerlaubnis: counters 1 and 2 in the test branch
    assert service(office, 2)["service_open"] is True

    on_break = expect(office.clerk.post("/api/v1/counters/1/break", {"reason": "lunch"}), 200, "break")
    assert on_break["open"] is True and on_break["clerk"] == "anna"
    assert on_break["break_reason"] == "lunch" and on_break["break_since"]
    expect_error(office.clerk.post("/api/v1/counters/1/call-next", {}), 409, "counter_on_break")
    assert service(office, 1)["service_open"] is False, "only counter 1 offers it, and it is on a break"
    # The colleague at counter 2 still calls driving licences; once they take a break too, nobody does.
    assert service(office, 2)["service_open"] is True
    office.counter_action(2, "break", {"reason": "meeting", "despite_unstaffed": True}, client=office.clerk2)
    assert service(office, 2)["service_open"] is False, "a service whose clerks are all on a break has no wait to promise"

    back = expect(office.clerk.post("/api/v1/counters/1/break/end", {}), 200, "back")
    assert back["break_since"] is None and back["break_reason"] is None
    assert service(office, 2)["service_open"] is True
    assert office.counter_action(1, "call-next")["current"]["number"].startswith("B")

    rows = list(csv.DictReader(io.StringIO(run_admin(office.database, "events", "export", "-").stdout)))
    breaks = [(r["type"], r["actor"]) for r in rows if r["type"].startswith("counter_break")]
    assert breaks == [("counter_break_started", "staff:anna"), ("counter_break_started", "staff:bernd"),
                      ("counter_break_ended", "staff:anna")]


def test_a_break_needs_a_known_reason_and_an_idle_desk(office):
    office.counter_action(1, "open")
    expect_error(office.clerk.post("/api/v1/counters/1/break", {"reason": "nap"}), 400, "invalid_argument")
    expect_error(office.clerk.post("/api/v1/counters/1/break", {}), 400)
    office.issue(1)
    office.counter_action(1, "call-next")
    expect_error(office.clerk.post("/api/v1/counters/1/break", {"reason": "lunch", "despite_unstaffed": True}), 409,
                 "counter_busy")
    expect_error(office.clerk2.post("/api/v1/counters/1/break", {"reason": "lunch"}), 409, "counter_occupied")


def test_leaving_waiting_citizens_without_a_counter_needs_a_confirmation(office):
    office.counter_action(1, "open")
    office.issue(1)
    refused = expect_error(office.clerk.post("/api/v1/counters/1/break", {"reason": "break"}), 409, "service_unstaffed")
    assert "waiting" in refused["message"]
    expect_error(office.clerk.post("/api/v1/counters/1/close", {}), 409, "service_unstaffed")
    expect(office.clerk.post("/api/v1/counters/1/break", {"reason": "break", "despite_unstaffed": True}), 200,
           "confirmed")
    closed = expect(office.clerk.post("/api/v1/counters/1/close", {"despite_unstaffed": True}), 200, "close, confirmed")
    assert closed["open"] is False and closed["break_since"] is None, "closing ends the break"


@pytest.mark.office_config({"breaks": {"when_service_unstaffed": "refuse"}})
def test_an_office_can_refuse_it_outright(office):
    office.counter_action(1, "open")
    office.issue(2)
    refused = expect_error(office.clerk.post("/api/v1/counters/1/break", {"reason": "break", "despite_unstaffed": True}),
                           409, "service_unstaffed")
    assert "does not allow" in refused["message"]
    office.counter_action(2, "open", client=office.clerk2)  # a colleague takes over driving licences
    expect(office.clerk.post("/api/v1/counters/1/break", {"reason": "break"}), 200, "now it is fine")
