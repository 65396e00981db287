# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: the kiosk prints tickets through a real CUPS (docs/kiosk.md, issue #13).

A private cupsd with a cups-pdf queue (cupsd_fixture.py) and the real civiq-server: `civiq-kiosk
print-test` issues one ticket and prints it; the PDF's QR code (pdftoppm at 203 dpi + zbarimg) must
be exactly the ticket's live URL and its text must hold the number. One ticket is never printed
twice (also after a restart); a paused, disabled, rejecting or removed queue gives its typed error
while the server holds the ticket exactly once; an IPP printer's media-empty/media-low is read back,
and the running kiosk reports it to the branch, where staff see it on the "devices" topic and in
/metrics, and see it end when paper is back.

CTest sets CIVIQ_KIOSK (civiq-kiosk) and CIVIQ_KIOSK_CUPS_CHECK (kiosk/tests/cups_check.cpp) besides
CIVIQ_SERVER/CIVIQ_ADMIN. Needs root and scripts/install-deps' printing packages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from civiq_e2e import DEVICES, TIMEOUT_SCALE, ws_connect, ws_first_frames, ws_recv_json
from cupsd_fixture import missing_tools, running_cupsd, running_ippeveprinter

RUN_TIMEOUT_S = 120 * TIMEOUT_SCALE


def binary(name: str) -> str:
    path = os.environ.get(name)
    assert path and os.access(path, os.X_OK), f"{name} is not set to an executable (run through CTest)"
    return path


@pytest.fixture(scope="module", autouse=True)
def printing_tools():
    missing = missing_tools() + [t for t in ("pdftoppm", "pdftotext", "zbarimg") if not shutil.which(t)]
    assert not missing, f"missing for the printing tests: {missing} (scripts/install-deps, run as root)"


@pytest.fixture
def cupsd(tmp_path):
    with running_cupsd(tmp_path / "cups") as started:
        yield started


@pytest.fixture
def token_file(office, tmp_path) -> Path:
    path = tmp_path / "kiosk.token"
    path.write_text(office.device_tokens["kiosk"] + "\n")
    path.chmod(0o600)
    return path


def print_test(office, token_file: Path, cupsd, queue: str, state_dir: Path, *extra: str):
    """Runs `civiq-kiosk print-test` against the office and the private cupsd."""
    args = [binary("CIVIQ_KIOSK"), "print-test", "--server", f"http://127.0.0.1:{office.port}",
            "--token-file", str(token_file), "--printer", queue, "--cups-server", cupsd.server,
            "--state-dir", str(state_dir), *extra]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CUPS_SERVER", None)  # --cups-server must be enough
    return subprocess.run(args, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env)


def tickets_by_number(office) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ticket in office.queue():
        counts[ticket["number"]] = counts.get(ticket["number"], 0) + 1
    return counts


def decode_qr(pdf: Path, workdir: Path) -> tuple[str, Path]:
    """The QR code's text, read like a phone would from the print: the PDF rasterised at the
    printer's 203 dpi, then decoded by zbar."""
    prefix = workdir / pdf.stem
    subprocess.run(["pdftoppm", "-r", "203", "-png", "-singlefile", str(pdf), str(prefix)], check=True,
                   timeout=RUN_TIMEOUT_S)
    png = prefix.with_suffix(".png")
    done = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    assert done.returncode == 0, f"zbarimg found no code in {png}: {done.stderr}"
    return done.stdout.strip(), png


def test_print_test_prints_the_issued_ticket_with_its_qr_code(office, cupsd, token_file, tmp_path):
    out = cupsd.add_pdf_queue("civiq-kiosk-ok")
    done = print_test(office, token_file, cupsd, "civiq-kiosk-ok", tmp_path / "state", "--service", "2")
    assert done.returncode == 0, f"print-test failed ({done.returncode}):\n{done.stderr}\n{cupsd.log_tail()}"
    url = done.stdout.strip()
    assert url.startswith("http://127.0.0.1:9/t/") and "\n" not in url, done.stdout

    # The server holds the ticket once, and its URL is the printed one.
    queue = office.queue()
    assert len(queue) == 1 and queue[0]["service_id"] == 2, queue
    number = queue[0]["number"]
    assert f"issued {number}" in done.stderr, done.stderr

    # print-test returned after the job completed, so the backend has written the PDF.
    pdfs = cupsd.pdfs("civiq-kiosk-ok")
    assert len(pdfs) == 1, f"expected one PDF in {out}, got {pdfs}"
    assert len(cupsd.job_ids("civiq-kiosk-ok")) == 1
    # The job asked for the roll's width × the receipt's length, so it is not put onto an A4 page.
    info = subprocess.run(["pdfinfo", str(pdfs[0])], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([0-9.]+) x ([0-9.]+) pts", info)
    assert size, info
    width_mm, length_mm = (float(v) * 25.4 / 72 for v in size.groups())
    assert abs(width_mm - 80) < 1 and 80 < length_mm < 250, f"page is {width_mm:.1f} × {length_mm:.1f} mm:\n{info}"
    decoded, png = decode_qr(pdfs[0], tmp_path)
    assert decoded == url, f"the QR code reads {decoded!r}, the ticket's URL is {url!r}"
    text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text, f"ticket number {number} not in the printed text:\n{text}"
    assert "Fahrerlaubnis" in text, text
    screenshots = os.environ.get("CIVIQ_SCREENSHOT_DIR")
    if screenshots:  # docs/kiosk.md shows what came out of CUPS
        Path(screenshots).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(screenshots) / "kiosk-receipt-printed.png")


def test_without_a_subcommand_the_touch_screen_checks_its_settings_before_it_needs_a_screen(tmp_path):
    # No display at all: a missing token is still reported (exit 2), not a crash of the GUI.
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run([binary("CIVIQ_KIOSK"), "--config", str(tmp_path / "none.toml")], capture_output=True,
                          text=True, timeout=RUN_TIMEOUT_S, env=env)
    assert done.returncode == 2, done
    assert "none.toml" in done.stderr, done.stderr
    done = subprocess.run([binary("CIVIQ_KIOSK"), "--windowed"], capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S, env={**env, "HOME": str(tmp_path)})
    assert done.returncode == 2, done
    assert "no device token" in done.stderr, done.stderr


def test_one_ticket_is_never_printed_twice_not_even_after_a_restart(cupsd, tmp_path):
    cupsd.add_pdf_queue("civiq-kiosk-once")
    # The scheduler from CUPS_SERVER this time (print-test above names it with --cups-server).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CUPS_SERVER": cupsd.server,
           "CIVIQ_CUPS_QUEUE": "civiq-kiosk-once", "CIVIQ_KIOSK_STATE_DIR": str(tmp_path / "state"),
           "CIVIQ_CHECK_TICKET": "900001"}
    done = subprocess.run([binary("CIVIQ_KIOSK_CUPS_CHECK"), "printsOnceOnly"], capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S, env=env)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}\n{cupsd.log_tail()}"
    assert len(cupsd.job_ids("civiq-kiosk-once")) == 1, "CUPS got more than one job for one ticket"
    assert len(cupsd.pdfs("civiq-kiosk-once")) == 1
    assert (tmp_path / "state" / "printed-tickets").read_text().split() == ["900001"]


@pytest.mark.parametrize(
    "breakage, expected",
    [
        ("paused", "queue-paused"),      # cupsdisable: jobs would wait forever
        ("rejecting", "queue-rejecting"),  # cupsreject
        ("removed", "queue-missing"),    # lpadmin -x
        ("never-added", "queue-missing"),
    ],
)
def test_a_broken_queue_gives_its_typed_error_and_the_ticket_exists_once(office, cupsd, token_file, tmp_path,
                                                                        breakage, expected):
    queue = "civiq-kiosk-broken"
    if breakage != "never-added":
        cupsd.add_pdf_queue(queue)
    if breakage == "paused":
        cupsd.pause(queue)
    elif breakage == "rejecting":
        cupsd.reject(queue)
    elif breakage == "removed":
        cupsd.remove(queue)

    done = print_test(office, token_file, cupsd, queue, tmp_path / "state")
    assert done.returncode == 1, f"print-test must fail on a {breakage} queue:\n{done.stdout}\n{done.stderr}"
    assert done.stdout == "", "no URL on stdout when nothing was printed"
    assert expected in done.stderr, f"expected {expected} in:\n{done.stderr}"
    assert "was issued but not printed" in done.stderr, done.stderr
    # The citizen still has a number: the ticket is on the server, exactly once.
    counts = tickets_by_number(office)
    assert list(counts.values()) == [1], f"expected one ticket, the server holds {counts}"
    assert next(iter(counts)) in done.stderr, done.stderr
    if breakage in ("paused", "rejecting"):
        assert cupsd.job_ids(queue) == [], "nothing may reach a queue that cannot print"
    # Nothing reached CUPS, so the claim was given back: a fixed printer may print this ticket.
    assert not (tmp_path / "state" / "printed-tickets").read_text().strip()


def test_a_job_the_printer_gives_up_on_is_reported_and_never_retried(office, cupsd, token_file, tmp_path):
    queue = "civiq-kiosk-fails"
    cupsd.add_pdf_queue(queue)
    # cups-pdf cannot create its output folder (a file is in the way): its backend cancels the job.
    blocker = cupsd.workdir / "not-a-folder"
    blocker.write_text("x")
    cupsd.set_pdf_output(queue, blocker / "pdf")
    done = print_test(office, token_file, cupsd, queue, tmp_path / "state")
    assert done.returncode == 1, f"{done.stdout}\n{done.stderr}"
    assert "job-canceled" in done.stderr and "was issued but not printed" in done.stderr, done.stderr
    assert len(cupsd.job_ids(queue)) == 1
    assert list(tickets_by_number(office).values()) == [1]
    # A job existed, so the ticket stays claimed: whatever came out must not come out again.
    assert len((tmp_path / "state" / "printed-tickets").read_text().split()) == 1


def test_cups_unreachable_is_its_own_error(office, token_file, tmp_path):
    args = [binary("CIVIQ_KIOSK"), "print-test", "--server", f"http://127.0.0.1:{office.port}", "--token-file",
            str(token_file), "--printer", "civiq-tickets", "--cups-server", str(tmp_path / "no-such.sock"),
            "--state-dir", str(tmp_path / "state")]
    done = subprocess.run(args, capture_output=True, text=True, timeout=RUN_TIMEOUT_S,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1 and "cups-unreachable" in done.stderr, done.stderr
    assert list(tickets_by_number(office).values()) == [1]


@pytest.mark.parametrize("sheets, condition", [(0, "media-empty"), (5, "media-low")])
def test_an_ipp_printer_reporting_paper_trouble_is_read_back_as_that_health(tmp_path, sheets, condition):
    with running_ippeveprinter(tmp_path / "ipp", "civiq-ipp-test") as printer:
        printer.set_media_level(sheets)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CIVIQ_HEALTH_PRINTER": printer.uri,
               "CIVIQ_HEALTH_EXPECT": condition}
        done = subprocess.run([binary("CIVIQ_KIOSK_CUPS_CHECK"), "readsHealth"], capture_output=True, text=True,
                              timeout=RUN_TIMEOUT_S, env=env)
        assert done.returncode == 0, f"{done.stdout}\n{done.stderr}\n{printer.log_tail()}"
        assert condition in done.stdout + done.stderr


def test_a_running_kiosk_tells_staff_its_printer_is_out_of_paper_and_when_it_is_back(office, token_file, tmp_path):
    kiosk_name = DEVICES["kiosk"]

    def kiosk_in(frame: dict) -> dict:
        return next(d for d in frame["data"]["devices"] if d["name"] == kiosk_name)

    def wait_for(ws, what: str, matches) -> dict:
        deadline = time.monotonic() + 60 * TIMEOUT_SCALE
        seen = None
        while time.monotonic() < deadline:
            seen = kiosk_in(ws_recv_json(ws, deadline - time.monotonic()))
            if matches(seen):
                return seen
        raise AssertionError(f"staff never saw {what}; last: {seen}")

    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\nreport_every_s = 5\n")
    ws = ws_connect(office.port, "devices", office.token_for("clerk"))
    with running_ippeveprinter(tmp_path / "ipp", "civiq-ipp-kiosk") as printer:
        printer.set_media_level(0)
        kiosk = subprocess.Popen(
            [binary("CIVIQ_KIOSK"), "--windowed", "--config", str(config), "--server",
             f"http://127.0.0.1:{office.port}", "--token-file", str(token_file), "--printer", printer.uri,
             "--state-dir", str(tmp_path / "state")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        try:
            assert ws_first_frames(ws, ["devices"], 5.0 * TIMEOUT_SCALE)["devices"]["kind"] == "snapshot"
            empty = wait_for(ws, "paper_empty", lambda d: "paper_empty" in d["problems"])
            assert empty["status"] == "attention" and empty["app_version"], empty
            assert any(r.startswith("media-empty") for r in empty["printer_reasons"]), empty
            metrics = office.client().get("/metrics").body.decode()
            labels = f'device="{kiosk_name}",kind="kiosk"'
            assert f"civiq_device_up{{{labels}}} 1" in metrics
            assert f'civiq_device_problem{{{labels},problem="paper_empty"}} 1' in metrics

            printer.set_media_level(250)  # staff put paper in: the next report clears it
            back = wait_for(ws, "the paper back", lambda d: d["problems"] == [])
            assert back["status"] == "ok", back
            assert kiosk.poll() is None, "the kiosk exited on its own"
        finally:
            kiosk.terminate()
            _, errors = kiosk.communicate(timeout=RUN_TIMEOUT_S)
            ws.close()
    assert "refused this device's status report" not in errors, errors
