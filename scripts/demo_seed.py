#!/usr/bin/env python3
"""Seeds the running demo branch through its public API: waits until it answers, signs in as the
demo manager, imports today's appointments (codes LB-1001 …) and draws a few walk-in tickets, so a
newcomer sees a queue at once. Idempotent: re-running re-imports the same codes and reuses the
same Idempotency-Keys."""
import datetime
import json
import sys
import time
import urllib.error
import urllib.request

base, kiosk_token = sys.argv[1], sys.argv[2]


def call(method, path, body=None, token=None, headers=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read()
        return json.loads(text) if text else None


deadline = time.monotonic() + 30
while True:
    try:
        call("GET", "/api/v1/health")
        break
    except (urllib.error.URLError, ConnectionError):
        if time.monotonic() > deadline:
            sys.exit("demo: the server did not answer within 30 s")
        time.sleep(0.2)  # waiting for a process to start listening; nothing to synchronise with

manager = call("POST", "/api/v1/auth/login", {"user": "manager", "password": "demo-manager-pass"})["token"]
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
names = ["Erika Mustermann", "Jan Kowalski", "Petra Nováková", "Max Schulze", "Anna Lehmann", "Tomasz Nowak"]
appointments = [{"code": f"LB-{1001 + i}", "time": (now + datetime.timedelta(minutes=20 * (i - 1))).isoformat().replace("+00:00", "Z"),
                 "service_ids": [1 + i % 5], "name": name} for i, name in enumerate(names)]
call("POST", "/api/v1/appointments", {"appointments": appointments}, token=manager)
for i, (service, language) in enumerate([(1, "de"), (2, "de"), (1, "pl"), (3, "de"), (6, "cs"), (5, "en")]):
    call("POST", "/api/v1/tickets", {"service_id": service, "language": language}, token=kiosk_token,
         headers={"Idempotency-Key": f"demo-seed-{datetime.date.today()}-{i}"})
print(f"demo: imported {len(appointments)} appointments (LB-1001 … LB-{1000 + len(appointments)}) and drew 6 tickets")
