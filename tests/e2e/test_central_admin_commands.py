# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): the county admin's commands on the server's shell, beside the staff
routes: `civiq-central offices` shows the configuration, `availability` how full a day is per
channel, `closures add|list|remove` close a day (every booking of it cancelled, the running server
mails each citizen) and open it again. The real binary on a real PostgreSQL and SMTP server."""

import subprocess

from central_e2e import (book, central, central_binary, cluster, free_desks, mail, mail_text,  # noqa: F401
                         mails_to, offered_days)
from civiq_e2e import expect

OFFICE, SERVICE = "goerlitz", 2


def shell(central, *args: str) -> subprocess.CompletedProcess:
    """`civiq-central --demo ARGS --database URI`, as the county's admin would type it."""
    return subprocess.run([central_binary(), "--demo", *args, "--database", central.database_uri],
                          capture_output=True, text=True, timeout=60)


def test_offices_availability_and_closures_from_the_shell(central, mail):
    offices = subprocess.run([central_binary(), "--demo", "offices"], capture_output=True, text=True, timeout=60)
    assert offices.returncode == 0, offices.stderr
    assert offices.stdout.count("\n  services") == 5 and "Bürgerbüro Görlitz" in offices.stdout, offices.stdout
    assert "channels online 70 % phone 20 % counter 10 %" in offices.stdout  # Löbau's
    assert "  Wed 08:00-12:00, 3 desks\n" in offices.stdout and "service 3 on at most 1 desk(s)" in offices.stdout

    client = central.client()
    offered = offered_days(client, OFFICE, str(SERVICE))[0]
    day, start = offered["day"], offered["slots"][0]["start"]
    booked, manage, _ = book(client, mail, OFFICE, [SERVICE], day, start, "ida@example.org")

    used = shell(central, "availability", "--office", OFFICE, "--from", day)
    assert used.returncode == 0, used.stderr
    [line] = used.stdout.splitlines()
    assert line.startswith(f"{day}\topen\tcapacity ") and "\tonline 1/" in line and "\tphone 0/0" in line, line
    refused = shell(central, "availability", "--office", "atlantis")
    assert refused.returncode == 1 and "unknown_office" in refused.stderr, refused

    closed = shell(central, "closures", "add", "--office", OFFICE, "--day", day, "--reason", "Wasserschaden")
    assert closed.returncode == 0, closed.stderr
    closure_id, office, closed_day, cancelled = closed.stdout.split("\t")[:4]
    assert (office, closed_day, cancelled) == (OFFICE, day, "1 cancelled"), closed.stdout
    [told] = mails_to(mail, "ida@example.org", "Your appointment is cancelled")  # sent by the running server
    assert "Wasserschaden" in mail_text(told) and booked["code"] in mail_text(told)
    assert expect(client.get(f"/api/v1/booking/manage/{manage}"), 200, "manage")["status"] == "cancelled"
    assert free_desks(client, OFFICE, str(SERVICE), day, start) == 0, "a closed day offers nothing"
    again = shell(central, "closures", "add", "--office", OFFICE, "--day", day, "--reason", "noch einmal")
    assert again.returncode == 1 and "already_closed" in again.stderr, again
    listed = shell(central, "closures", "list", "--office", OFFICE)
    assert listed.returncode == 0 and listed.stdout.startswith(f"{closure_id}\t{OFFICE}\t{day}\t"), listed

    reopened = shell(central, "closures", "remove", closure_id)
    assert reopened.returncode == 0 and "open again" in reopened.stdout, reopened
    assert free_desks(client, OFFICE, str(SERVICE), day, start) >= 1, "the day offers its slots again"
    assert shell(central, "closures", "list", "--office", OFFICE).stdout == ""
