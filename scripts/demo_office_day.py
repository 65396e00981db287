#!/usr/bin/env python3
"""A living office day for the demo branch, driven through the server's public API only (it is a
client like the kiosk and the counter clients, not a back door).

Citizens arrive as a Poisson process with an hourly profile, pick services by a realistic mix,
some with appointments that check in early or late, and some give up after a while (cancel).
Simulated clerks sit at the counters: call next, occasionally recall and mark no-shows, start,
serve for a lognormally distributed time per service, sometimes transfer, and finish. The office
clock runs `--speed` times faster than real time (the server must run with the same
`--time-speed`), so a day passes in minutes.

Usage: demo_office_day.py BASE_URL KIOSK_TOKEN [--speed 20] [--seed 7] [--clerk-password P]
Stops cleanly on Ctrl-C or when the office day is over (18:00 office time)."""
import argparse
import datetime as dt
import json
import math
import random
import threading
import time
import urllib.error
import urllib.request

# Service id -> (share of walk-ins, mean minutes, coefficient of variation); the Löbau demo services.
SERVICES = {1: (0.30, 14, 0.5), 2: (0.20, 10, 0.5), 3: (0.12, 20, 0.6), 4: (0.10, 15, 0.6), 5: (0.13, 5, 0.7),
            6: (0.15, 5, 0.8)}
HOURLY_ARRIVALS = {8: 18, 9: 26, 10: 30, 11: 24, 12: 14, 13: 16, 14: 24, 15: 20, 16: 12, 17: 6}
COUNTERS = [1, 2, 3, 4, 5]
LANGUAGES = ["de"] * 14 + ["pl", "cs", "en"]
CLOSING_HOUR = 18
PATIENCE_MINUTES = (25, 70)


class Api:
    def __init__(self, base, token=None):
        self.base, self.token = base, token

    def call(self, method, path, body=None, headers=None):
        request = urllib.request.Request(self.base + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None)
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                text = response.read()
                return response.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")


class OfficeClock:
    """Office time as the server sees it: fetched once from /health, then advanced at `speed`."""

    def __init__(self, api, speed):
        self.speed = speed
        _, health = api.call("GET", "/api/v1/health")
        self.office_origin = dt.datetime.fromisoformat(health["now"].replace("Z", "+00:00"))
        self.real_origin = time.monotonic()

    def now(self):
        return self.office_origin + dt.timedelta(seconds=(time.monotonic() - self.real_origin) * self.speed)

    def berlin_hour(self):
        # Berlin is UTC+1 in winter and UTC+2 in summer; the profile only needs the hour.
        offset = 2 if 3 < self.now().month < 11 else 1
        return (self.now() + dt.timedelta(hours=offset)).hour

    def sleep(self, office_seconds, stop):
        stop.wait(max(0.0, office_seconds / self.speed))


def lognormal_minutes(rng, mean, cv):
    sigma = math.sqrt(math.log(1 + cv * cv))
    return rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma)


def citizens(api, clock, rng, stop, appointments):
    """Arrivals: walk-ins by the hourly profile, appointment holders around their slot."""
    waiting = []  # (give-up time, token)
    while not stop.is_set():
        hour = clock.berlin_hour()
        if hour >= CLOSING_HOUR:
            print("demo: the office day is over; the queue is served to the end")
            return
        rate_per_minute = HOURLY_ARRIVALS.get(hour, 2) / 60
        clock.sleep(rng.expovariate(rate_per_minute) * 60, stop)
        now = clock.now()
        for due, code in [a for a in appointments if a[0] <= now]:
            appointments.remove((due, code))
            api.call("POST", f"/api/v1/appointments/{code}/check-in", {"language": rng.choice(LANGUAGES)})
        service = rng.choices(list(SERVICES), [s[0] for s in SERVICES.values()])[0]
        body = {"service_id": service, "language": rng.choice(LANGUAGES), "priority": rng.random() < 0.03}
        if service == 1 and rng.random() < 0.15:
            body["additional_service_ids"] = [2]  # Ummeldung and Führerschein in one visit
        status, ticket = api.call("POST", "/api/v1/tickets", body, {"Idempotency-Key": f"sim-{rng.random()}"})
        if status == 201:
            waiting.append((now + dt.timedelta(minutes=rng.uniform(*PATIENCE_MINUTES)), ticket["token"]))
        for give_up, token in [w for w in waiting if w[0] <= now]:
            waiting.remove((give_up, token))
            if rng.random() < 0.3:  # most are patient; some leave and cancel on their phone
                api.call("POST", f"/api/v1/tickets/{token}/cancel")


def clerk(base, name, password, counter, clock, rng, stop):
    _, login = Api(base).call("POST", "/api/v1/auth/login", {"user": name, "password": password})
    api = Api(base, login["token"])
    api.call("POST", f"/api/v1/counters/{counter}/open")
    while not stop.is_set():
        status, state = api.call("POST", f"/api/v1/counters/{counter}/call-next")
        if status != 200:
            if clock.berlin_hour() >= CLOSING_HOUR:
                break  # day over and nobody left
            clock.sleep(60, stop)  # nobody waiting: look again in a minute
            continue
        clock.sleep(rng.uniform(20, 90), stop)  # the citizen walks to the counter
        if rng.random() < 0.04:  # did not come: recall twice, then no-show
            for _ in range(2):
                api.call("POST", f"/api/v1/counters/{counter}/recall")
                clock.sleep(60, stop)
            api.call("POST", f"/api/v1/counters/{counter}/no-show")
            continue
        api.call("POST", f"/api/v1/counters/{counter}/start")
        _, mean, cv = SERVICES[state["current"]["service_id"]]
        clock.sleep(lognormal_minutes(rng, mean, cv) * 60, stop)
        if rng.random() < 0.03:
            api.call("POST", f"/api/v1/counters/{counter}/transfer", {"service_id": 6})
        else:
            api.call("POST", f"/api/v1/counters/{counter}/finish")
    api.call("POST", f"/api/v1/counters/{counter}/close")


def import_appointments(base, manager_password, clock, rng):
    """Today's bookings: every 20 minutes a slot; holders arrive 20 min early to 10 min late."""
    _, login = Api(base).call("POST", "/api/v1/auth/login", {"user": "manager", "password": manager_password})
    start = clock.now().replace(minute=0, second=0, microsecond=0)
    names = ["Erika Mustermann", "Jan Kowalski", "Petra Nováková", "Max Schulze", "Anna Lehmann", "Tomasz Nowak"]
    booked, arrivals = [], []
    for i in range(24):
        slot = start + dt.timedelta(minutes=20 * (i + 1))
        code = f"LB-{2001 + i}"
        booked.append({"code": code, "time": slot.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "service_ids": [rng.choice([1, 2, 3])], "name": rng.choice(names)})
        if rng.random() > 0.1:  # one in ten does not come
            arrivals.append((slot + dt.timedelta(minutes=rng.uniform(-20, 10)), code))
    Api(base, login["token"]).call("POST", "/api/v1/appointments", {"appointments": booked})
    return sorted(arrivals)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base")
    parser.add_argument("kiosk_token")
    parser.add_argument("--speed", type=float, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--clerk-password", default="demo-clerk-pass")
    parser.add_argument("--manager-password", default="demo-manager-pass")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kiosk = Api(args.base, args.kiosk_token)
    clock = OfficeClock(kiosk, args.speed)
    appointments = import_appointments(args.base, args.manager_password, clock, rng)
    stop = threading.Event()
    threads = [threading.Thread(target=citizens, args=(kiosk, clock, random.Random(args.seed + 1), stop, appointments),
                                daemon=True)]
    threads += [threading.Thread(target=clerk, args=(args.base, f"clerk{c}", args.clerk_password, c, clock,
                                                     random.Random(args.seed + 10 + c), stop), daemon=True)
                for c in COUNTERS]
    for thread in threads:
        thread.start()
    print(f"demo: office day running at {args.speed:g}x ({len(appointments)} appointments booked, "
          f"{len(COUNTERS)} clerks at their counters)")
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(timeout=1)
        print("demo: all counters closed; the simulated day is over")
    except KeyboardInterrupt:
        stop.set()


if __name__ == "__main__":
    main()
