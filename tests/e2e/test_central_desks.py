# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): capacity per time of day. The county's weekly plan has desks per weekday and
`desk_times` for the hours with other desks (Görlitz: two desks on the long Tuesday evening instead
of five); a manager changes a single day's desks for a while (a clerk at a training). The search,
a hold and the day's capacity follow at once; bookings already made stay and the answer says where
the day is now overbooked; the change is taken back as easily, on the API and on the shell. The
real binary on a real PostgreSQL and SMTP server."""

import datetime as dt
import subprocess

from central_e2e import (book, central, central_binary, cluster, free_desks, hold, mail,  # noqa: F401 (fixtures)
                         offered_days, search_window)
from civiq_e2e import expect, expect_error
from test_central_rebook import rebook_body, rebook_path
from test_central_staff import STAFF, add_user, signed_in

OFFICE, SERVICE = "loebau", "1"  # three desks; a visit of 20 minutes on a 15-minute grid


def later(start: str, minutes: int) -> str:
    moment = dt.datetime.strptime(start, "%H:%M") + dt.timedelta(minutes=minutes)
    return moment.strftime("%H:%M")


def change(staff, day: str, start: str, end: str, desks: int, reason: str = "Schulung"):
    return staff.post(f"{STAFF}/desk-changes",
                      {"office": OFFICE, "day": day, "from": start, "to": end, "desks": desks, "reason": reason})


def capacity(staff, day: str) -> int:
    [found] = expect(staff.get(f"{STAFF}/availability?office={OFFICE}&from={day}"), 200, "availability")["days"]
    return found["capacity"]


def test_a_manager_takes_desks_away_for_a_while_and_gives_them_back(central, mail):
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices=OFFICE)
    add_user(central, "zoe", "staple battery horse", offices="zittau")
    anna = signed_in(client, "anna", "correct horse battery")
    zoe = signed_in(client, "zoe", "staple battery horse")
    offered = offered_days(client, OFFICE, SERVICE)[0]
    day, start = offered["day"], offered["slots"][0]["start"]
    assert free_desks(client, OFFICE, SERVICE, day, start) == 3
    for n in (1, 2):
        book(client, mail, OFFICE, [int(SERVICE)], day, start, f"citizen{n}@example.org")
    assert free_desks(client, OFFICE, SERVICE, day, start) == 1
    before = capacity(anna, day)

    # Half an hour on one desk: the third desk is gone, and the two booked citizens now share one.
    made = expect(change(anna, day, start, later(start, 30), 1), 201, "the change")
    assert (made["office"], made["day"], made["from"], made["to"], made["desks"], made["changed_by"]) == \
        (OFFICE, day, start, later(start, 30), 1, "anna"), made
    # Both visits last 20 minutes: the grid's first two quarter hours are overbooked.
    assert made["overbooked"] == [{"start": start, "booked": 2, "desks": 1},
                                  {"start": later(start, 15), "booked": 2, "desks": 1}], made["overbooked"]
    assert free_desks(client, OFFICE, SERVICE, day, start) == 0, "nothing left to offer then"
    expect_error(hold(client, OFFICE, [int(SERVICE)], day, start), 409, "slot_taken")
    assert free_desks(client, OFFICE, SERVICE, day, later(start, 30)) == 3, "after the change, all three desks"
    step_s = expect(anna.get(f"{STAFF}/availability?office={OFFICE}&from={day}"), 200, "availability")["step_s"]
    assert capacity(anna, day) == before - 2 * (1800 // step_s), "two desks fewer for half an hour"
    listed = expect(anna.get(f"{STAFF}/desk-changes?office={OFFICE}"), 200, "the list")["changes"]
    assert [(c["id"], c["overbooked"]) for c in listed] == [(made["id"], [])], listed

    # Only the office's managers change or undo it; a later change wins where they overlap.
    expect_error(change(zoe, day, start, later(start, 30), 3), 403, "forbidden")
    expect_error(zoe.request("DELETE", f"{STAFF}/desk-changes/{made['id']}"), 403, "forbidden")
    extra = expect(change(anna, day, start, later(start, 15), 4, "Aushilfe"), 201, "an extra desk early")
    assert [o["start"] for o in extra["overbooked"]] == [later(start, 15)], extra["overbooked"]
    assert free_desks(client, OFFICE, SERVICE, day, start) == 0, "a visit at the start runs into the one-desk part"
    expect(anna.request("DELETE", f"{STAFF}/desk-changes/{extra['id']}"), 200, "the extra desk undone")

    undone = expect(anna.request("DELETE", f"{STAFF}/desk-changes/{made['id']}"), 200, "taken back")
    assert undone["id"] == made["id"]
    assert free_desks(client, OFFICE, SERVICE, day, start) == 1, "the third desk is back"
    assert capacity(anna, day) == before
    expect_error(anna.request("DELETE", f"{STAFF}/desk-changes/{made['id']}"), 404, "unknown_desk_change")


def test_a_time_without_desks_is_not_bookable_rather_than_taken(central, mail):
    """No desk at all for a while (a staff meeting): that time is not offered even on an empty day,
    so a hold, a move and a phone booking of it are told it is not bookable, not that it was taken."""
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices=OFFICE)
    anna = signed_in(client, "anna", "correct horse battery")
    days = offered_days(client, OFFICE, SERVICE)
    assert len(days) >= 2, days
    day, start = days[0]["day"], days[0]["slots"][0]["start"]
    booked, manage, _ = book(client, mail, OFFICE, [int(SERVICE)], days[1]["day"], days[1]["slots"][0]["start"],
                             "eva@example.org")

    made = expect(change(anna, day, start, later(start, 30), 0, "Betriebsversammlung"), 201, "no desk for a while")
    assert made["overbooked"] == [], made["overbooked"]
    assert free_desks(client, OFFICE, SERVICE, day, start) == 0
    expect_error(hold(client, OFFICE, [int(SERVICE)], day, start), 409, "slot_not_bookable", "a hold")
    expect_error(client.post(rebook_path(manage), rebook_body(client, day, start)), 409, "slot_not_bookable",
                 "a move")
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")["day"] == booked["day"]
    by_phone = {"office": OFFICE, "service_ids": [int(SERVICE)], "day": day, "start": start, "channel": "phone",
                "name": "Hans Anrufer"}
    expect_error(anna.post(f"{STAFF}/bookings", by_phone), 409, "slot_not_bookable", "a phone booking")

    expect(anna.request("DELETE", f"{STAFF}/desk-changes/{made['id']}"), 200, "taken back")
    expect(hold(client, OFFICE, [int(SERVICE)], day, start), 201, "the desks are back")


def test_desk_changes_refuse_what_cannot_be_meant(central):
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices=OFFICE)
    anna = signed_in(client, "anna", "correct horse battery")
    day = search_window()[0]
    yesterday = (dt.date.fromisoformat(day) - dt.timedelta(days=2)).isoformat()
    expect_error(change(anna, day, "12:00", "11:00", 1), 400, "invalid_argument")
    expect_error(change(anna, day, "12:00", "noon", 1), 400, "invalid_argument")
    expect_error(change(anna, yesterday, "08:00", "09:00", 1), 400, "invalid_argument")
    expect_error(change(anna, day, "08:00", "09:00", -1), 400, "invalid_argument")
    expect_error(change(anna, day, "08:00", "09:00", 7), 400, "invalid_argument")  # Löbau has three
    expect_error(change(anna, day, "08:00", "09:00", 1, "two\nlines"), 400, "invalid_argument")
    body = {"office": OFFICE, "day": day, "from": "08:00", "to": "09:00", "desks": 1, "reason": "", "extra": 1}
    expect_error(anna.post(f"{STAFF}/desk-changes", body), 400, "invalid_request")
    del body["extra"]
    expect_error(anna.post(f"{STAFF}/desk-changes", {**body, "office": "atlantis"}), 404, "unknown_office")
    expect_error(anna.request("DELETE", f"{STAFF}/desk-changes/abc"), 404, "unknown_desk_change")
    expect_error(client.post(f"{STAFF}/desk-changes", body), 401, "unauthorized")
    assert expect(anna.get(f"{STAFF}/desk-changes?office={OFFICE}"), 200, "nothing made")["changes"] == []


def test_the_weekly_desk_times_and_the_shell(central):
    client = central.client()
    tuesdays = [d for d in offered_days(client, "goerlitz", "2")
                if dt.date.fromisoformat(d["day"]).weekday() == 1 and {"13:00", "16:00"} <= {s["start"] for s in d["slots"]}]
    assert tuesdays, "a Tuesday in the next three weeks with its afternoon offered"
    day = tuesdays[0]["day"]
    desks = {s["start"]: s["free_desks"] for s in tuesdays[0]["slots"]}
    assert (desks["13:00"], desks["16:00"]) == (5, 2), "Görlitz: five desks, two on the long Tuesday evening"

    def shell(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([central_binary(), "--demo", *args, "--database", central.database_uri],
                              capture_output=True, text=True, timeout=60)

    offices = subprocess.run([central_binary(), "--demo", "offices"], capture_output=True, text=True, timeout=60)
    assert "  Tue 08:00-12:00 13:00-18:00, 5 desks; 16:00-18:00 2\n" in offices.stdout, offices.stdout
    added = shell("desks", "add", "--office", "goerlitz", "--day", day, "--from", "13:00", "--to", "14:00",
                  "--desks", "4", "--reason", "Teamrunde")
    assert added.returncode == 0, added.stderr
    change_id, office, changed_day, hours, count = added.stdout.split("\t")[:5]
    assert (office, changed_day, hours, count) == ("goerlitz", day, "13:00-14:00", "4 desk(s)"), added.stdout
    assert free_desks(client, "goerlitz", "2", day, "13:00") == 4
    assert shell("desks", "list", "--office", "goerlitz").stdout.startswith(f"{change_id}\tgoerlitz\t{day}\t")
    refused = shell("desks", "add", "--office", "goerlitz", "--day", day, "--from", "14:00", "--to", "13:00",
                    "--desks", "1")
    assert refused.returncode == 1 and "invalid_argument" in refused.stderr, refused
    removed = shell("desks", "remove", change_id)
    assert removed.returncode == 0 and "usual desks again" in removed.stdout, removed
    assert free_desks(client, "goerlitz", "2", day, "13:00") == 5
    assert shell("desks", "list", "--office", "goerlitz").stdout == ""
