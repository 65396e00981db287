# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""The ten-day soak (issue #12), run by bench/soak/run: the demo office (civiq-demo-day, the
simulator of the accuracy bench) plays day after day against a civiq-server built with
AddressSanitizer + UBSan, at the highest office clock speed, while hostile clients (hostile.py)
strike once every office morning. Measured per office day: the server's resident memory in the
evening, event subscribers and open sockets after the storm. At the end: sanitizer reports, error
lines in the server's log, and whether memory after the last day is within 10 % of the first.
Writes a JSON result and an SVG plot of the memory. Everything talks to 127.0.0.1 only."""

import argparse
import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BERLIN = ZoneInfo("Europe/Berlin")
STORM_AT = dt.time(10, 0)   # office time of the daily storm: the morning peak
SAMPLE_AT = dt.time(23, 0)  # office time of the memory sample: the day is over, the night is quiet
SETTLE_S = 15.0             # bound for subscribers and sockets to return after a storm (polled)
PASSWORDS = {"manager": "soak-manager-pass", "clerk": "soak-clerk-pass"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", type=Path, default=REPO / "build" / "asan", help="build directory (asan preset)")
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--speed", type=int, default=3600, help="office seconds per real second")
    parser.add_argument("--upgrades", type=int, default=2000, help="WebSocket upgrades per storm")
    parser.add_argument("--json", type=Path, default=REPO / "bench" / "results" / "soak.json")
    parser.add_argument("--svg", type=Path, default=REPO / "docs" / "images" / "soak-memory.svg")
    return parser.parse_args()


def office_now(client) -> tuple[str, dt.datetime]:
    health = client.get("/api/v1/health")
    body = json.loads(health.body)
    return body["day"], dt.datetime.fromisoformat(body["now"].replace("Z", "+00:00")).astimezone(BERLIN)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def open_sockets(pid: int) -> int:
    count = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            count += os.readlink(fd).startswith("socket:")
        except OSError:
            continue
    return count


def subscribers(client) -> int:
    text = client.get("/metrics").body.decode()
    return int(re.search(r"^civiq_websocket_subscribers (\d+)$", text, re.MULTILINE).group(1))


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)  # polls the server's own figures; the bench has no event to wait on
    return condition()


def storm(port: int, upgrades: int, seed: int) -> dict:
    import hostile
    return {
        "upgrades_dropped": hostile.reconnect_storm(port, upgrades),
        "requests_cut_mid_body": hostile.cut_mid_body(port, 200),
        "slow_readers": hostile.slow_readers(port, 8, hold_s=2.0),
        "junk_requests": hostile.junk(port, 500, seed),
    }


def write_svg(path: Path, days: list) -> None:
    """A line of the server's resident memory per office day, with the ±10 % band of day 1."""
    width, height, left, right, top, bottom = 720, 320, 70, 20, 40, 50
    values = [d["rss_mib"] for d in days]
    base = values[0]
    high = max(values + [base * 1.1]) * 1.05
    low = min(values + [base * 0.9]) * 0.95
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(i):
        return left + (plot_w * i / max(1, len(values) - 1))

    def y(v):
        return top + plot_h * (1 - (v - low) / (high - low))

    points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    band = f'<rect x="{left}" y="{y(base * 1.1):.1f}" width="{plot_w}" height="{y(base * 0.9) - y(base * 1.1):.1f}" ' \
           'fill="#dbe8f5"/>'
    ticks = "".join(f'<text x="{x(i):.1f}" y="{height - bottom + 18}" text-anchor="middle">{i + 1}</text>'
                    for i in range(len(values)))
    labels = "".join(f'<text x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f}</text>'
                     for v in (low, base, high))
    dots = "".join(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="#0a4d8c"/>' for i, v in enumerate(values))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        f'font-size="12"><rect width="100%" height="100%" fill="white"/>'
        f'<text x="{left}" y="22" font-size="14">civiq-server resident memory (MiB, ASan build) after each office '
        f'day; band: day 1 ± 10 %</text>{band}'
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#444"/>'
        f'<polyline points="{points}" fill="none" stroke="#0a4d8c" stroke-width="2"/>{dots}{ticks}{labels}'
        f'<text x="{left + plot_w / 2}" y="{height - 12}" text-anchor="middle">office day</text></svg>\n')


def main() -> int:
    args = parse_args()
    args.build = args.build.resolve()
    binaries = {"CIVIQ_SERVER": args.build / "server" / "civiq-server",
                "CIVIQ_ADMIN": args.build / "server" / "civiq-admin"}
    demo_day = args.build / "bench" / "demo_day" / "civiq-demo-day"
    for path in [*binaries.values(), demo_day]:
        if not os.access(path, os.X_OK):
            sys.exit(f"soak: {path} is missing (bench/soak/run builds it)")
    os.environ.update({k: str(v) for k, v in binaries.items()})
    from civiq_e2e import Client, Server, add_user, enroll_device

    work = Path(tempfile.mkdtemp(prefix="civiq-soak-"))
    # Sanitizer reports go to files that the result counts; the quarantine is kept small so that
    # resident memory shows the server's own growth, not ASan's bookkeeping of freed blocks.
    os.environ["ASAN_OPTIONS"] = f"detect_leaks=1:log_path={work}/asan:quarantine_size_mb=16"
    os.environ["UBSAN_OPTIONS"] = f"print_stacktrace=1:log_path={work}/ubsan"
    database = work / "soak.db"
    add_user(database, "manager", "manager", PASSWORDS["manager"])
    for n in range(1, 6):
        add_user(database, f"clerk{n}", "clerk", PASSWORDS["clerk"])
    secrets = {"kiosk": enroll_device(database, "soak-kiosk", "kiosk"), **PASSWORDS}
    for name, value in secrets.items():
        (work / name).write_text(value + "\n")
    config = (REPO / "server/app/demo_loebau.toml").read_text(encoding="utf-8")
    # The clerks sign in again whenever their 12-hour sessions end: at 3600x that is often.
    (work / "branch.toml").write_text(config.replace("login_attempts_per_minute = 10\n",
                                                     "login_attempts_per_minute = 1000\n"), encoding="utf-8")

    server = Server(work / "branch.toml", work, ("--db", str(database), "--time-speed", str(args.speed),
                                                  "--time-start", "07:30")).start()
    client = Client(server.port)
    pid = server.proc.pid
    baseline_sockets = open_sockets(pid)
    office_day = subprocess.Popen(
        [str(demo_day), "--server", f"http://127.0.0.1:{server.port}", "--kiosk-token-file", str(work / "kiosk"),
         "--manager-password-file", str(work / "manager"), "--clerk-password-file", str(work / "clerk"),
         # one day more than measured: the last measured day is sampled in its evening
         "--days", str(args.days + 1), "--summary-json", str(work / "days.json")],
        stdout=open(work / "office-day.log", "wb"), stderr=subprocess.STDOUT)

    days, stormed, sampled = [], set(), set()
    started = time.monotonic()
    while office_day.poll() is None and len(sampled) < args.days:
        day, now = office_now(client)
        if day not in stormed and now.time() >= STORM_AT and now.date().isoformat() == day:
            stormed.add(day)
            record = {"date": day, "storm": storm(server.port, args.upgrades, len(stormed))}
            record["subscribers_back_to_zero"] = wait_until(lambda: subscribers(client) == 0, SETTLE_S)
            record["sockets_back_to_baseline"] = wait_until(lambda: open_sockets(pid) <= baseline_sockets + 8,
                                                            SETTLE_S)
            record["sockets_after_storm"] = open_sockets(pid)
            days.append(record)
        if day in stormed and day not in sampled and now.time() >= SAMPLE_AT:
            sampled.add(day)
            next(d for d in days if d["date"] == day)["rss_mib"] = rss_kib(pid) / 1024
        time.sleep(0.05)  # paces the look at the office clock
    demo_code = office_day.poll()  # None: still playing the extra day, as planned
    if demo_code is None:
        office_day.terminate()
        office_day.wait(timeout=60)
        demo_code = 0
    server.proc.send_signal(signal.SIGTERM)
    exit_code = server.proc.wait(timeout=120)

    reports = sorted(p.name for p in work.iterdir() if p.name.startswith(("asan.", "ubsan.")))
    log = (work / "server.stdout.log").read_text(errors="replace") + (work / "server.stderr.log").read_text(errors="replace")
    error_lines = [line for line in log.splitlines() if re.search(r"\berror\b", line, re.IGNORECASE)]
    measured = [d for d in days if "rss_mib" in d]
    growth = measured[-1]["rss_mib"] / measured[0]["rss_mib"] - 1 if len(measured) >= 2 else None
    result = {
        "date": dt.date.today().isoformat(),
        "office_days": len(days),
        "speed": args.speed,
        "real_seconds": round(time.monotonic() - started),
        "days": days,
        "sanitizer_reports": reports,
        "server_exit_code": exit_code,
        "demo_day_exit_code": demo_code,
        "error_lines": error_lines[:20],
        "error_line_count": len(error_lines),
        "memory_growth_last_vs_first": growth,
        "flat": growth is not None and abs(growth) <= 0.10,
        "all_storms_settled": all(d["subscribers_back_to_zero"] and d["sockets_back_to_baseline"] for d in days),
        "workdir": str(work),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    if len(measured) >= 2:
        write_svg(args.svg, measured)
    print(json.dumps({k: v for k, v in result.items() if k != "days"}, indent=2))
    passed = (not reports and exit_code == 0 and demo_code == 0 and not error_lines and result["flat"]
              and result["all_storms_settled"] and len(days) >= args.days)
    print("soak:", "PASSED" if passed else "FAILED")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
