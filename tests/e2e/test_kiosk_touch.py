# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""Scenario: a citizen double-taps a service on the kiosk's touch screen and leaves with a printed
ticket whose QR code opens their live ticket (docs/kiosk.md, issue #13).

The real civiq-server, a private cupsd with a cups-pdf queue (cupsd_fixture.py) and the kiosk's QML
offscreen, tapped by kiosk/tests/touch_check.cpp (CIVIQ_KIOSK_TOUCH_CHECK) with civiq-kiosk's own
flags. The double tap gives one ticket on the server and one job in CUPS; the PDF's QR code
(pdftoppm at 203 dpi + zbarimg) is the URL the confirmation screen showed, its text holds the number.
Needs root and scripts/install-deps' printing packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from civiq_e2e import DEVICES, TIMEOUT_SCALE, expect
from cupsd_fixture import missing_tools, running_cupsd
from test_kiosk_print import decode_qr

RUN_TIMEOUT_S = 120 * TIMEOUT_SCALE


@pytest.fixture(scope="module", autouse=True)
def printing_tools():
    missing = missing_tools() + [t for t in ("pdftoppm", "pdftotext", "zbarimg") if not shutil.which(t)]
    assert not missing, f"missing for the printing tests: {missing} (scripts/install-deps, run as root)"


def test_a_double_tap_prints_one_ticket_whose_qr_code_is_on_screen(office, tmp_path):
    check = os.environ.get("CIVIQ_KIOSK_TOUCH_CHECK")
    assert check and os.access(check, os.X_OK), "CIVIQ_KIOSK_TOUCH_CHECK is not set (run through CTest)"
    token_file = tmp_path / "kiosk.token"
    token_file.write_text(office.device_tokens["kiosk"] + "\n")
    token_file.chmod(0o600)
    screenshots = Path(os.environ.get("CIVIQ_SCREENSHOT_DIR", tmp_path))
    screenshots.mkdir(parents=True, exist_ok=True)
    with running_cupsd(tmp_path / "cups") as cupsd:
        cupsd.add_pdf_queue("civiq-touch")
        done = subprocess.run(
            [check, "1", str(screenshots / "kiosk-de-confirmation-printed.png"),
             "--server", f"http://127.0.0.1:{office.port}", "--token-file", str(token_file),
             "--printer", "civiq-touch", "--cups-server", cupsd.server, "--state-dir", str(tmp_path / "state")],
            capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, f"touch flow failed ({done.returncode}):\n{done.stderr}\n{cupsd.log_tail()}"
        number, url = done.stdout.split()
        # The QR code on the confirmation screen is the one on paper: a phone reads the same URL.
        shown = subprocess.run(["zbarimg", "-q", "--raw", str(screenshots / "kiosk-de-confirmation-printed.png")],
                               capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
        assert shown.stdout.strip() == url, f"the screen's QR code reads {shown.stdout!r}, the ticket is {url!r}"

        # One ticket on the server, one job in CUPS, whatever the second tap did.
        queue = office.queue()
        assert [t["number"] for t in queue] == [number], queue
        assert len(cupsd.job_ids("civiq-touch")) == 1, cupsd.job_ids("civiq-touch")

        pdfs = cupsd.pdfs("civiq-touch")
        assert len(pdfs) == 1, pdfs
        decoded, _ = decode_qr(pdfs[0], tmp_path)
        assert decoded == url, f"the printed QR code reads {decoded!r}, the screen showed {url!r}"
        text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True).stdout
        assert number in text, f"ticket number {number} not in the printed text:\n{text}"

        # The kiosk reported itself once it knew its printer: staff see it working.
        listed = expect(office.clerk.get("/api/v1/devices"), 200, "device list")["devices"]
        kiosk = next(d for d in listed if d["name"] == DEVICES["kiosk"])
        assert kiosk["status"] == "ok" and kiosk["printer_state"] in ("idle", "processing"), kiosk
        assert kiosk["paper_left_tickets"] > 0 and kiosk["app_version"], kiosk
