# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario (issue #15): the staff side of central booking. The county's admin makes accounts with
`civiq-central users add` (argon2id hashes); office managers and admins sign in for an unguessable
bearer token (kept only as its SHA-256) and the server checks role and office on every request. A
manager lists an office's day with the citizens' contact data, closes a day (every booking of it
cancelled in one go, each citizen told the reason by mail, the day offers nothing more) and opens it
again; and reads the audit log of refusals, counted per minute, route, error and subnet, of their
own offices only."""

import datetime as dt
import hashlib
import re
import subprocess

from central_e2e import (ACTIVATION_LINK, BERLIN, book, calendar_of, central, central_binary,  # noqa: F401
                         cluster, free_desks, hold, mail, mail_text, mails_to, offered_days)
from civiq_e2e import expect, expect_error

STAFF = "/api/v1/booking/staff"
HOLDS = "/api/v1/booking/holds"
CANCELLED = "Your appointment is cancelled"
TOKEN = re.compile(r"[0-9a-f]{64}")
AUDITED = {"proof_of_work", "rate_limited", "address_limit", "slot_taken", "invalid_credentials"}


def database_of(request) -> str:
    """The name of this test's database (central_e2e.database_for)."""
    return "central_" + request.node.name[:40].lower()


def users(central, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """`civiq-central users ARGS` on the test's database, the demo county naming the offices."""
    return subprocess.run([central_binary(), "--demo", "users", *args, "--database", central.database_uri],
                          input=stdin, capture_output=True, text=True, timeout=60)


def add_user(central, name: str, password: str, role: str = "manager", offices: str = "") -> None:
    office_args = ("--office", offices) if offices else ()
    done = users(central, "add", name, "--role", role, *office_args, stdin=password + "\n")
    assert done.returncode == 0, f"users add {name}: {done.returncode}\n{done.stdout}\n{done.stderr}"


def login(client, user: str, password: str):
    return client.post(f"{STAFF}/login", {"user": user, "password": password})


def signed_in(client, user: str, password: str):
    """A client of the same server sending the session's token."""
    session = expect(login(client, user, password), 200, f"{user} signs in")
    return client.with_token(session["token"])


def day_bookings(staff, office: str, day: str):
    return staff.get(f"{STAFF}/bookings?office={office}&day={day}")


def close(staff, office: str, day: str, reason: str):
    return staff.post(f"{STAFF}/closures", {"office": office, "day": day, "reason": reason})


def reopen(staff, closure_id):
    return staff.request("DELETE", f"{STAFF}/closures/{closure_id}")


def test_staff_sign_in_with_argon2id_and_unguessable_tokens(central, cluster, request):
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices="loebau")
    too_short = users(central, "add", "bert", "--office", "loebau", stdin="short\n")
    assert too_short.returncode == 2 and "at least 10 characters" in too_short.stderr, too_short
    no_such_office = users(central, "add", "bert", "--office", "atlantis", stdin="long enough password\n")
    assert no_such_office.returncode == 2 and "atlantis" in no_such_office.stderr, no_such_office
    twice = users(central, "add", "anna", "--office", "zittau", stdin="another long password\n")
    assert twice.returncode == 1 and "exists already" in twice.stderr, twice
    listed = users(central, "list")
    assert listed.returncode == 0 and re.search(r"^anna\tmanager\tloebau\t", listed.stdout, re.M), listed
    stored = cluster.psql(database_of(request), "SELECT password_hash FROM staff_users WHERE name = 'anna'")
    assert stored.startswith("$argon2id$") and "correct horse" not in stored, stored

    # A wrong password and an unknown user get the same answer; so does a name no account can have.
    wrong = expect_error(login(client, "anna", "wrong horse battery"), 401, "invalid_credentials")
    unknown = expect_error(login(client, "nobody", "correct horse battery"), 401, "invalid_credentials")
    assert wrong == unknown, (wrong, unknown)
    expect_error(login(client, "anna\u0000", "correct horse battery"), 401, "invalid_credentials")

    session = expect(login(client, "anna", "correct horse battery"), 200, "sign-in")
    assert TOKEN.fullmatch(session["token"]) and session["role"] == "manager", session
    lasts = dt.datetime.fromisoformat(session["expires_at"].replace("Z", "+00:00")) - dt.datetime.now(dt.timezone.utc)
    assert dt.timedelta(hours=11) < lasts <= dt.timedelta(hours=12), session
    other = expect(login(client, "anna", "correct horse battery"), 200, "a second sign-in")["token"]
    assert other != session["token"], "every sign-in its own token"
    hashes = cluster.psql(database_of(request), "SELECT token_hash FROM staff_sessions").split()
    assert sorted(hashes) == sorted(hashlib.sha256(t.encode()).hexdigest() for t in (session["token"], other)), \
        "the database keeps only the tokens' SHA-256"

    tomorrow = (dt.datetime.now(BERLIN).date() + dt.timedelta(days=1)).isoformat()
    anna = client.with_token(session["token"])
    listed_day = expect(day_bookings(anna, "loebau", tomorrow), 200, "the token works")
    assert listed_day == {"office": "loebau", "day": tomorrow, "bookings": []}, listed_day

    # No token, another scheme, a token nobody was given, and bytes that are no UTF-8: 401, nothing else.
    expect_error(day_bookings(client, "loebau", tomorrow), 401, "unauthorized")
    expect_error(client.get(f"{STAFF}/bookings?office=loebau&day={tomorrow}",
                            headers={"Authorization": f"Basic {session['token']}"}), 401, "unauthorized")
    expect_error(day_bookings(client.with_token("0" * 64), "loebau", tomorrow), 401, "unauthorized")
    expect_error(day_bookings(client.with_token(session["token"].upper()), "loebau", tomorrow), 401, "unauthorized")
    expect_error(day_bookings(client.with_token("\xff\xfe" + session["token"][2:]), "loebau", tomorrow), 401,
                 "unauthorized")
    expect_error(client.post(f"{STAFF}/logout"), 401, "unauthorized")

    # Signing out ends that session, not the other.
    expect(anna.post(f"{STAFF}/logout"), 204, "logout")
    expect_error(day_bookings(anna, "loebau", tomorrow), 401, "unauthorized", "after the logout")
    expect_error(anna.post(f"{STAFF}/logout"), 401, "unauthorized", "a second logout")
    still = client.with_token(other)
    expect(day_bookings(still, "loebau", tomorrow), 200, "the other session")

    # Removing the user ends their sessions as well.
    removed = users(central, "remove", "anna")
    assert removed.returncode == 0, removed
    expect_error(day_bookings(still, "loebau", tomorrow), 401, "unauthorized", "the user is gone")
    expect_error(login(client, "anna", "correct horse battery"), 401, "invalid_credentials")
    assert "anna" not in users(central, "list").stdout
    assert users(central, "remove", "anna").returncode == 1, "removing nobody fails"


def test_roles_and_offices_are_checked_on_the_server(central):
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices="loebau")
    add_user(central, "carl", "staple battery horse", offices="loebau,zittau")
    add_user(central, "root", "the county's own secret", role="admin")
    assert users(central, "add", "admin2", "--role", "admin", "--office", "loebau",
                 stdin="long enough password\n").returncode == 2, "an admin has every office, no list"
    anna = signed_in(client, "anna", "correct horse battery")
    carl = signed_in(client, "carl", "staple battery horse")
    root = signed_in(client, "root", "the county's own secret")
    day = offered_days(client, "niesky", "1")[0]["day"]

    # The manager of Löbau is refused everything of Niesky ...
    expect_error(day_bookings(anna, "niesky", day), 403, "forbidden")
    expect_error(anna.get(f"{STAFF}/closures?office=niesky"), 403, "forbidden")
    expect_error(close(anna, "niesky", day, "Not mine to close"), 403, "forbidden")
    expect(day_bookings(anna, "loebau", day), 200, "her own office")
    expect_error(day_bookings(anna, "atlantis", day), 404, "unknown_office")
    expect_error(anna.get(f"{STAFF}/bookings?day={day}"), 400, "invalid_argument")
    expect_error(day_bookings(anna, "loebau", "tomorrow"), 400, "invalid_argument")
    # ... a manager of two offices has both, and no third ...
    expect(day_bookings(carl, "zittau", day), 200, "carl's second office")
    expect_error(day_bookings(carl, "niesky", day), 403, "forbidden")

    # ... and the admin has every office: a closure of Niesky the managers of Löbau cannot undo.
    expect(day_bookings(root, "niesky", day), 200, "the admin")
    closure = expect(close(root, "niesky", day, "Staff outing"), 201, "the admin closes a day of Niesky")
    assert (closure["office"], closure["day"], closure["closed_by"], closure["cancelled"]) == \
        ("niesky", day, "root", 0), closure
    expect_error(reopen(anna, closure["id"]), 403, "forbidden")
    expect_error(reopen(carl, closure["id"]), 403, "forbidden")
    assert expect(anna.get(f"{STAFF}/closures?office=loebau"), 200, "her closures")["closures"] == []
    assert [c["id"] for c in expect(root.get(f"{STAFF}/closures?office=niesky"), 200, "closures")["closures"]] == \
        [closure["id"]]
    assert day not in [d["day"] for d in offered_days(client, "niesky", "1")], "closed: no slot that day"
    expect(reopen(root, closure["id"]), 200, "the admin reopens it")
    assert day in [d["day"] for d in offered_days(client, "niesky", "1")], "open again"


def test_a_closed_day_cancels_every_booking_of_it_and_tells_each_citizen(central, mail):
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices="loebau")
    anna = signed_in(client, "anna", "correct horse battery")
    days = offered_days(client, "loebau", "1")
    day = days[0]["day"]
    starts = [slot["start"] for slot in days[0]["slots"][:4]]
    assert len(starts) == 4, days[0]
    free_before = [free_desks(client, "loebau", "1", day, start) for start in starts]

    # Two booked citizens, one who has not followed the activation link yet, and a bare hold.
    eva, eva_manage, _ = book(client, mail, "loebau", [1], day, starts[0], "eva@example.org")
    max_, _, _ = book(client, mail, "loebau", [1], day, starts[1], "max@example.org")
    held = expect(hold(client, "loebau", [1], day, starts[2]), 201, "otto's hold")
    expect(client.post(f"{HOLDS}/{held['id']}/confirm", {"name": "Otto Normal", "email": "otto@example.org",
                                                         "phone": "+49 3585 123-45", "language": "en"}),
           202, "otto's contact data")
    [otto_activation] = mails_to(mail, "otto@example.org", "Please confirm your appointment")
    expect(hold(client, "loebau", [1], day, starts[3]), 201, "a hold without contact data")

    # The office's day, with the citizens to call.
    listed = expect(day_bookings(anna, "loebau", day), 200, "the day's bookings")["bookings"]
    by_email = {b["email"]: b for b in listed}
    assert sorted(by_email) == ["eva@example.org", "max@example.org", "otto@example.org"], listed
    assert by_email["eva@example.org"] == {
        "id": eva["id"], "status": "confirmed", "start": starts[0], "length_s": eva["length_s"], "service_ids": [1],
        "code": eva["code"], "name": "Eva Muster", "email": "eva@example.org", "phone": None, "language": "en",
        "attendance": None}, listed
    otto = by_email["otto@example.org"]
    assert (otto["status"], otto["name"], otto["phone"], otto["code"]) == \
        ("awaiting_activation", "Otto Normal", "+49 3585 123-45", None), otto
    assert [b["start"] for b in listed] == starts[:3], "by start"

    # Closing the day cancels all three in one go and tells each of them why.
    reason = "Water damage in the building"
    closure = expect(close(anna, "loebau", day, reason), 201, "close the day")
    assert (closure["office"], closure["day"], closure["reason"], closure["closed_by"], closure["cancelled"]) == \
        ("loebau", day, reason, "anna", 3), closure
    for email in ("eva@example.org", "max@example.org", "otto@example.org"):
        [cancellation] = mails_to(mail, email, CANCELLED)
        text = mail_text(cancellation)
        assert f"Reason: {reason}" in text and "/booking/" in text, text
        if email != "otto@example.org":
            method, event = calendar_of(cancellation)
            assert method == "CANCEL" and event["STATUS"] == "CANCELLED", event
    assert not next(m for m in mail.messages() if m["To"] == "otto@example.org" and m["Subject"] == CANCELLED) \
        .is_multipart(), "no calendar entry was sent to otto, so none is cancelled"
    assert max_["code"] in mail_text(mails_to(mail, "max@example.org", CANCELLED)[0])

    assert day not in [d["day"] for d in offered_days(client, "loebau", "1")], "the day offers no slot"
    assert all(free_desks(client, "loebau", "1", day, start) == 0 for start in starts)
    expect_error(hold(client, "loebau", [1], day, starts[0]), 409, "slot_not_bookable")
    assert {b["status"] for b in expect(day_bookings(anna, "loebau", day), 200, "after")["bookings"]} == {"cancelled"}
    assert expect(client.get(f"/api/v1/booking/manage/{eva_manage}"), 200, "eva's link")["status"] == "cancelled"
    otto_token = ACTIVATION_LINK.search(mail_text(otto_activation)).group(1)
    expect_error(client.post(f"/api/v1/booking/activate/{otto_token}"), 409, "activation_expired")

    # Once is enough; the past and an empty reason are refused.
    expect_error(close(anna, "loebau", day, "Again"), 409, "already_closed")
    yesterday = (dt.datetime.now(BERLIN).date() - dt.timedelta(days=1)).isoformat()
    expect_error(close(anna, "loebau", yesterday, "Too late"), 400, "invalid_argument")
    expect_error(close(anna, "loebau", days[1]["day"], "  "), 400, "invalid_argument")
    expect_error(anna.post(f"{STAFF}/closures", {"office": "loebau", "day": day}), 400)
    [listed_closure] = expect(anna.get(f"{STAFF}/closures?office=loebau"), 200, "closures")["closures"]
    assert listed_closure == closure, (listed_closure, closure)

    # Reopened, the day offers its slots again; the cancelled bookings stay cancelled.
    assert expect(reopen(anna, closure["id"]), 200, "reopen") == closure
    assert [free_desks(client, "loebau", "1", day, start) for start in starts] == free_before
    assert {b["status"] for b in expect(day_bookings(anna, "loebau", day), 200, "reopened")["bookings"]} == \
        {"cancelled"}
    assert expect(client.get(f"/api/v1/booking/manage/{eva_manage}"), 200, "eva's link")["status"] == "cancelled"
    expect_error(reopen(anna, closure["id"]), 404, "unknown_closure")
    expect_error(reopen(anna, "x1"), 404, "unknown_closure")
    assert expect(anna.get(f"{STAFF}/closures?office=loebau"), 200, "closures")["closures"] == []
    expect(hold(client, "loebau", [1], day, starts[0]), 201, "bookable again")
    assert len([m for m in mail.messages() if m["Subject"] == CANCELLED]) == 3, "one mail per citizen"


def refused_holds(client, office: str, count: int) -> None:
    """Holds without a solved proof of work: each a 403 proof_of_work that names the office."""
    day = offered_days(client, office, "1")[0]
    for _ in range(count):
        body = {"office": office, "service_ids": [1], "day": day["day"], "start": day["slots"][0]["start"]}
        expect_error(client.post(HOLDS, body), 403, "proof_of_work")


def counted(refusals: list, error: str, office=None, route: str = f"POST {HOLDS}") -> int:
    """The refusals of `error` on `route` naming `office`, summed over minutes and subnets."""
    return sum(r["count"] for r in refusals if (r["error"], r["office"], r["route"]) == (error, office, route))


def test_the_refusal_log_counts_refusals_and_shows_managers_their_own(central):
    client = central.client()
    add_user(central, "anna", "correct horse battery", offices="loebau")
    add_user(central, "root", "the county's own secret", role="admin")
    refused_holds(client, "loebau", 3)
    refused_holds(client, "niesky", 2)
    # Once every desk of a slot is held, the next hold of it finds it taken.
    day = offered_days(client, "niesky", "1")[0]
    for _ in range(day["slots"][0]["free_desks"]):
        expect(hold(client, "niesky", [1], day["day"], day["slots"][0]["start"]), 201, "a desk")
    expect_error(hold(client, "niesky", [1], day["day"], day["slots"][0]["start"]), 409, "slot_taken")
    expect_error(login(client, "anna", "not her password"), 401, "invalid_credentials")
    # Refusals that say nothing of abuse are not logged.
    expect_error(client.get("/api/v1/booking/manage/" + "0" * 64), 404, "unknown_manage")
    expect_error(client.get(f"{STAFF}/refusals"), 401, "unauthorized")

    anna = signed_in(client, "anna", "correct horse battery")
    root = signed_in(client, "root", "the county's own secret")
    mine = expect(anna.get(f"{STAFF}/refusals"), 200, "anna's refusals")
    assert not mine["truncated"], mine
    rows = mine["refusals"]
    assert counted(rows, "proof_of_work", "loebau") == 3, rows
    assert counted(rows, "invalid_credentials", route=f"POST {STAFF}/login") == 1, rows
    assert all(r["office"] in (None, "loebau") for r in rows), "a manager sees only their offices' refusals"
    assert all(r["subnet"] == "127.0.0.0/24" for r in rows), "the subnet, never the address"
    assert {r["error"] for r in rows} <= AUDITED, rows
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", r["minute"]) for r in rows), rows

    everything = expect(root.get(f"{STAFF}/refusals"), 200, "the admin's refusals")["refusals"]
    assert counted(everything, "proof_of_work", "loebau") == 3, everything
    assert counted(everything, "proof_of_work", "niesky") == 2, everything
    assert counted(everything, "slot_taken", "niesky") == 1, everything
    assert counted(everything, "invalid_credentials", route=f"POST {STAFF}/login") == 1, everything
    assert {r["error"] for r in everything} <= AUDITED, everything

    # Dates ask for whole days (in the offices' time zone): from = to = the day of a refusal has it.
    first = everything[0]
    minute = dt.datetime.fromisoformat(first["minute"].replace("Z", "+00:00"))
    local_day = minute.astimezone(BERLIN).date().isoformat()
    that_day = expect(root.get(f"{STAFF}/refusals?from={local_day}&to={local_day}"), 200, "one day")["refusals"]
    assert first in that_day, (first, that_day)
    day_before = (minute.astimezone(BERLIN).date() - dt.timedelta(days=1)).isoformat()
    assert first not in expect(root.get(f"{STAFF}/refusals?from={day_before}&to={day_before}"), 200,
                               "the day before")["refusals"]
    expect_error(root.get(f"{STAFF}/refusals?from={local_day}&to={day_before}"), 400, "invalid_argument")
    expect_error(root.get(f"{STAFF}/refusals?from=yesterday"), 400, "invalid_argument")

    # Counted, not listed: more refusals of the same minute add to the count (or make a next minute's row).
    refused_holds(client, "loebau", 2)
    again = expect(anna.get(f"{STAFF}/refusals"), 200, "anna's refusals again")["refusals"]
    assert counted(again, "proof_of_work", "loebau") == 5, again
    assert len([r for r in again if r["error"] == "proof_of_work"]) <= 2, "one row per minute"
