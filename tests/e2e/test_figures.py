# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #17): an office manager takes the day's figures as JSON, as CSV for a German
spreadsheet and as XLSX. A small day is played against the real server; the figures must match what
happened by the stored events (waits to the second), and the three formats must show the same numbers.
Only managers may read them, and a wrong range or language is a clear 400."""

import csv
import datetime as dt
import io
import json
import statistics
import urllib.parse

import openpyxl

from civiq_e2e import berlin_date, expect, expect_error, run_admin, utc_now

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def figures_path(kind: str, first: dt.date, last: dt.date, lang: str = "de") -> str:
    query = urllib.parse.urlencode({"from": first.isoformat(), "to": last.isoformat(), "lang": lang})
    return f"/api/v1/manage/figures{kind}?{query}"


def play_a_small_day(office) -> None:
    """Service 1: three walk-ins, one served, one no-show, one cancelled by the citizen while waiting.
    Service 2: one walk-in, served at the other counter."""
    office.issue(1)
    office.issue(1)
    office.issue(2)
    cancelled = office.issue(1)
    expect(office.anon.post(f"/api/v1/tickets/{cancelled['token']}/cancel", {}), 200, "citizen cancels")
    office.counter_action(1, "open")
    office.counter_action(1, "call-next")
    office.counter_action(1, "start")
    office.counter_action(1, "finish", {})
    office.counter_action(1, "call-next")
    office.counter_action(1, "no-show")
    office.counter_action(2, "open", client=office.clerk2)
    office.counter_action(2, "call-next", client=office.clerk2)
    office.counter_action(2, "start", client=office.clerk2)
    office.counter_action(2, "finish", {}, client=office.clerk2)


def moment(exported: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(exported["occurred_at"].replace("Z", "+00:00"))


def waits_by_service(office) -> dict[int, list[int]]:
    """Each called ticket's wait by the stored events alone: its first call minus its issue, in seconds."""
    rows = list(csv.DictReader(io.StringIO(run_admin(office.database, "events", "export", "-").stdout)))
    issued = {r["ticket_id"]: r for r in rows if r["type"] == "ticket_issued"}
    called = {}
    for r in rows:
        if r["type"] == "ticket_called":
            called.setdefault(r["ticket_id"], r)
    waits: dict[int, list[int]] = {}
    for ticket, call in called.items():
        service = int(json.loads(issued[ticket]["payload"])["services"][0])
        waits.setdefault(service, []).append(int((moment(call) - moment(issued[ticket])).total_seconds()))
    return waits


def test_the_days_figures_match_the_events_in_json_csv_and_xlsx(office):
    today = berlin_date(utc_now())
    play_a_small_day(office)
    report = expect(office.manager.get(figures_path("", today, today)), 200, "figures")
    assert report["office_id"] and report["from"] == report["to"] == today.isoformat(), report
    assert report["sla_target_s"] == 20 * 60
    by_service = {}
    for row in report["rows"]:  # the tickets may straddle an hour: add the hours up per service
        by_service.setdefault(row["service_id"], []).append(row)

    def total(service, field):
        return sum(row[field] for row in by_service[service])

    assert sorted(by_service) == [1, 2], report
    assert (total(1, "arrivals_walk_in"), total(1, "served"), total(1, "no_shows_walk_in"),
            total(1, "cancelled_by_citizen"), total(1, "waits")) == (3, 1, 1, 1, 2), by_service[1]
    assert (total(2, "arrivals_walk_in"), total(2, "served"), total(2, "no_shows_walk_in"),
            total(2, "waits")) == (1, 1, 0, 1), by_service[2]
    assert total(1, "served_within_target") == 1 and total(2, "served_within_target") == 1
    assert by_service[1][0]["service"] == "Kfz-Zulassung"

    waits = waits_by_service(office)
    if len(by_service[1]) == 1:  # the usual case: all in one hour, so the row's waits are the day's
        row = by_service[1][0]
        assert row["wait_max_s"] == max(waits[1]), (row, waits)
        assert row["wait_median_s"] == sorted(waits[1])[0], "nearest rank: the lower middle of two"
        assert row["wait_mean_s"] == round(statistics.mean(waits[1]), 1)
        assert row["sla_percent"] == 100
    assert sum(row["wait_max_s"] for row in by_service[2]) == waits[2][0]

    # CSV for a German spreadsheet: BOM, ";", decimal comma; the same numbers.
    resp = office.manager.get(figures_path(".csv", today, today))
    assert resp.status == 200, resp
    assert resp.headers["Content-Type"].startswith("text/csv"), resp.headers
    assert f'filename="civiq-{report["office_id"]}-{today}-{today}.csv"' in resp.headers["Content-Disposition"]
    assert resp.body.startswith(b"\xef\xbb\xbf"), resp.body[:20]
    assert b"\r\n" in resp.body
    table = list(csv.DictReader(io.StringIO(resp.body.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(table) == len(report["rows"])
    for line, row in zip(table, report["rows"]):
        assert line["Tag"] == row["day"] and int(line["Stunde"]) == row["hour"]
        assert line["Dienstleistung"] == row["service"]
        assert int(line["Ankünfte ohne Termin"]) == row["arrivals_walk_in"]
        assert int(line["Bedient"]) == row["served"]
        assert int(line["Nicht erschienen ohne Termin"]) == row["no_shows_walk_in"]
        assert line["Wartezeit Mittel (s)"] == f"{row['wait_mean_s']:.1f}".replace(".", ",")
        assert int(line["Wartezeit max. (s)"]) == row["wait_max_s"]
        assert line["Bearbeitung Median (s)"] == ("" if row["service_median_s"] is None else
                                                  str(row["service_median_s"]))

    # XLSX, read back with a real reader: dates are dates, numbers are numbers; the same numbers.
    resp = office.manager.get(figures_path(".xlsx", today, today, lang="en"))
    assert resp.status == 200, resp
    assert resp.headers["Content-Type"] == XLSX
    book = openpyxl.load_workbook(io.BytesIO(resp.body), read_only=True)
    sheet = book["Figures"]
    lines = list(sheet.iter_rows(values_only=True))
    header = list(lines[0])
    assert header[:4] == ["Day", "Hour", "Service no.", "Service"], header
    assert len(lines) - 1 == len(report["rows"])
    for values, row in zip(lines[1:], report["rows"]):
        cell = dict(zip(header, values))
        assert cell["Day"].date() == dt.date.fromisoformat(row["day"])
        assert cell["Hour"] == row["hour"] and cell["Service no."] == row["service_id"]
        assert cell["Service"] == ("Vehicle registration" if row["service_id"] == 1 else "Driving licence")
        assert cell["Served"] == row["served"] and cell["Walk-in no-shows"] == row["no_shows_walk_in"]
        assert cell["Wait mean (s)"] == row["wait_mean_s"] and cell["Wait max (s)"] == row["wait_max_s"]
        assert cell["Service level (%)"] == row["sla_percent"]


def test_other_days_are_empty_and_a_range_ends_where_it_says(office):
    today = berlin_date(utc_now())
    office.issue(1)
    yesterday = today - dt.timedelta(days=1)
    assert expect(office.manager.get(figures_path("", yesterday, yesterday)), 200)["rows"] == []
    assert len(expect(office.manager.get(figures_path("", yesterday, today)), 200)["rows"]) == 1
    csv_only_header = office.manager.get(figures_path(".csv", yesterday, yesterday)).body.decode("utf-8-sig")
    assert csv_only_header.count("\r\n") == 1 and csv_only_header.startswith("Tag;Stunde;")


def test_only_managers_and_only_sound_ranges(office):
    today = berlin_date(utc_now()).isoformat()
    expect_error(office.anon.get(f"/api/v1/manage/figures?from={today}&to={today}"), 401, "unauthorized")
    for kind in ("", ".csv", ".xlsx"):
        expect_error(office.clerk.get(f"/api/v1/manage/figures{kind}?from={today}&to={today}"), 403, "forbidden",
                     "a clerk")
    expect(office.admin.get(f"/api/v1/manage/figures?from={today}&to={today}"), 200, "an admin")
    for query, says in [
        (f"to={today}", "from: required"),
        (f"from=2026-13-01&to={today}", "from: not a day"),
        ("from=2026-12-08&to=2026-12-07", "to: must be"),
        ("from=2025-01-01&to=2026-01-02", "to: must be"),  # 367 days
        (f"from={today}&to={today}&lang=xx", "lang:"),
    ]:
        body = expect_error(office.manager.get(f"/api/v1/manage/figures.csv?{query}"), 400, "invalid_argument", query)
        assert body["message"].startswith(says), (query, body)
    expect(office.manager.get("/api/v1/manage/figures?from=2025-01-01&to=2026-01-01"), 200, "366 days")
    office.assert_healthy("refused reports")
