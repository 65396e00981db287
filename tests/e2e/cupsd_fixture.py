# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""A private CUPS scheduler for tests, and an IPP printer with chosen states (docs/kiosk.md).

`running_cupsd(workdir)` starts `cupsd -f` with its own configuration, spool, cache, state, log and
temp folders under `workdir`, listening on 127.0.0.1:<free port> and on `workdir/cups.sock` (root
may administer over the socket; over TCP lpadmin answers "Unauthorized"). Queues print to PDF files
through cups-pdf (`add_pdf_queue`). cups-pdf only reads `/etc/cups/cups-pdf-<queue>.conf`, so that
file is written for each queue and always removed again. Needs root (cups-pdf runs only as root)
and the Debian packages cups, cups-client, printer-driver-cups-pdf, ghostscript (scripts/install-deps).

`running_ippeveprinter(workdir, name)` starts `ippeveprinter` (cups-ipp-utils), an IPP Everywhere
printer on 127.0.0.1:<free port>; `set_media_level` makes it report media-empty or media-low.

Nothing sleeps to synchronise: readiness and state changes are polled with a deadline (the daemons
are external processes), and every process is stopped (SIGTERM, then SIGKILL) on the way out.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from daemons import TIMEOUT_SCALE, die_with_parent, free_port, poll_until, stop_process

COMMAND_TIMEOUT_S = 30.0 * TIMEOUT_SCALE
CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF_DIR = Path("/etc/cups")


def missing_tools() -> list[str]:
    """What this machine lacks to run the fixture (empty: all there)."""
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat", "cupsdisable", "ippeveprinter", "dbus-daemon", "gs") if not shutil.which(tool)]
    if not Path(CUPS_PDF_PPD).exists():
        missing.append(CUPS_PDF_PPD)
    if os.geteuid() != 0:
        missing.append("root (cups-pdf runs only as root)")
    return missing


@dataclass
class Cupsd:
    workdir: Path
    port: int = 0
    proc: Optional[subprocess.Popen] = None
    queues: dict = field(default_factory=dict)  # name -> PDF output folder
    _confs: list = field(default_factory=list)  # /etc/cups/cups-pdf-*.conf written by us

    @property
    def socket_path(self) -> Path:
        return self.workdir / "cups.sock"

    @property
    def server(self) -> str:
        """The value for CUPS_SERVER (or civiq-kiosk --cups-server): the Unix socket."""
        return str(self.socket_path)

    def env(self) -> dict:
        return {**os.environ, "CUPS_SERVER": self.server}

    # -- lifecycle --

    def start(self) -> "Cupsd":
        root = self.workdir
        dirs = {name: root / name for name in ("etc", "etc/ppd", "spool", "cache", "state", "log", "tmp", "bin")}
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o755)  # filters run as lp and must reach every folder
        (root / "tmp").chmod(0o1777)
        root.chmod(0o755)
        for parent in root.parents:  # lp must traverse pytest's temp folders too
            if str(parent).startswith(("/tmp/", "/var/tmp/")) or parent.name.startswith("pytest-"):
                parent.chmod(parent.stat().st_mode | 0o711)
        self.port = free_port()
        (root / "cupsd.conf").write_text(
            "\n".join(
                [
                    "LogLevel info",
                    f"Listen 127.0.0.1:{self.port}",
                    f"Listen {self.socket_path}",
                    "Browsing No",
                    "WebInterface No",
                    "<Location />",
                    "  Order allow,deny",
                    "  Allow from all",
                    "</Location>",
                    "",
                ]
            )
        )
        (root / "cups-files.conf").write_text(
            "\n".join(
                [
                    f"ServerRoot {dirs['etc']}",
                    f"RequestRoot {dirs['spool']}",
                    f"CacheDir {dirs['cache']}",
                    f"StateDir {dirs['state']}",
                    f"TempDir {dirs['tmp']}",
                    f"AccessLog {dirs['log'] / 'access_log'}",
                    f"ErrorLog {dirs['log'] / 'error_log'}",
                    f"PageLog {dirs['log'] / 'page_log'}",
                    f"Printcap {root / 'printcap'}",  # not the system's /run/cups/printcap
                    "",
                ]
            )
        )
        self.proc = subprocess.Popen(
            ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdin=subprocess.DEVNULL,
            stdout=open(dirs["log"] / "cupsd.stdout", "ab"),
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )

        def answers() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"cupsd exited with {self.proc.returncode}\n{self.log_tail()}")
            done = self.run("lpstat", "-r", check=False)
            return done.returncode == 0 and "is running" in done.stdout

        poll_until(answers, "private cupsd answering on its socket")
        return self

    def stop(self) -> None:
        stop_process(self.proc)
        for conf in self._confs:
            with contextlib.suppress(FileNotFoundError):
                conf.unlink()
        self._confs.clear()

    def log_tail(self, limit: int = 4000) -> str:
        parts = []
        for name in ("error_log", "cupsd.stdout"):
            path = self.workdir / "log" / name
            text = path.read_bytes()[-limit:].decode("utf-8", "replace") if path.exists() else ""
            parts.append(f"--- cupsd {name} (tail) ---\n{text}")
        return "\n".join(parts)

    # -- commands (over the Unix socket, where root may administer) --

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(list(args), env=self.env(), capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S)
        if check and done.returncode != 0:
            raise AssertionError(
                f"{' '.join(args)} failed with {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}\n"
                f"{self.log_tail()}"
            )
        return done

    def add_pdf_queue(self, name: str) -> Path:
        """A cups-pdf queue whose PDFs land in a folder of its own (returned)."""
        out = self.workdir / "pdf" / name
        out.mkdir(parents=True, exist_ok=True)
        out.chmod(0o1777)
        (self.workdir / "pdf").chmod(0o755)
        conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{name}.conf"
        assert not conf.exists(), f"{conf} exists already: another test's queue of the same name?"
        self._confs.append(conf)
        conf.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\nLog {self.workdir / 'log'}\nLogType 3\n")
        # cups-pdf gets PostScript from cups-filters' pdftops; its default renderer turns the
        # receipt's embedded TrueType fonts into Type 3 glyphs without a Unicode map, so pdftotext
        # reads nothing. Through pdftocairo the fonts (and the text) survive.
        self.run("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", CUPS_PDF_PPD,
                 "-o", "pdftops-renderer-default=pdftocairo")
        self.queues[name] = out
        return out

    def set_pdf_output(self, name: str, folder: Path) -> None:
        """Points a cups-pdf queue elsewhere (a folder it cannot create makes its backend fail)."""
        conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{name}.conf"
        assert conf in self._confs, f"{conf} is not one of this cupsd's queues"
        conf.write_text(f"Out {folder}\nAnonDirName {folder}\nLabel 0\nLog {self.workdir / 'log'}\nLogType 3\n")

    def pause(self, name: str) -> None:
        self.run("cupsdisable", name)

    def resume(self, name: str) -> None:
        self.run("cupsenable", name)

    def reject(self, name: str) -> None:
        self.run("cupsreject", name)

    def accept(self, name: str) -> None:
        self.run("cupsaccept", name)

    def remove(self, name: str) -> None:
        self.run("lpadmin", "-x", name)

    def job_ids(self, name: str) -> list[int]:
        """Every job the queue ever had (completed ones included)."""
        done = self.run("lpstat", "-W", "all", "-o", name, check=False)
        ids = []
        for line in done.stdout.splitlines():
            first = line.split(" ", 1)[0]
            if first.startswith(name + "-"):
                ids.append(int(first.rsplit("-", 1)[1]))
        return sorted(ids)

    def pdfs(self, name: str) -> list[Path]:
        return sorted(self.queues[name].glob("*.pdf"))


@contextlib.contextmanager
def running_cupsd(workdir: Path) -> Iterator[Cupsd]:
    """A private cupsd that is always stopped, and whose cups-pdf configuration files are always
    removed, afterwards."""
    workdir.mkdir(parents=True, exist_ok=True)
    cupsd = Cupsd(workdir)
    try:
        cupsd.start()
        yield cupsd
    finally:
        cupsd.stop()


# ---------------------------------------------------------------------------------------------
# ippeveprinter: an IPP Everywhere printer whose state the test chooses


@dataclass
class IppEvePrinter:
    """ippeveprinter on 127.0.0.1:<free port>. Debian's build initialises Avahi at start and exits
    ("Unable to initialize DNS-SD.") without a D-Bus system bus, so a private dbus-daemon is started
    for it and named in DBUS_SYSTEM_BUS_ADDRESS (no Avahi daemon needed: it only logs "Ignored Avahi
    state 101"). `-n localhost`: with `-n 127.0.0.1` it cannot open its IPv6 listener and exits."""

    workdir: Path
    name: str
    port: int = 0
    proc: Optional[subprocess.Popen] = None
    dbus: Optional[subprocess.Popen] = None

    @property
    def uri(self) -> str:
        return f"ipp://127.0.0.1:{self.port}/ipp/print"

    def start(self) -> "IppEvePrinter":
        spool = self.workdir / "spool"
        spool.mkdir(parents=True, exist_ok=True)
        bus = self.workdir / "dbus.sock"
        log = open(self.workdir / "ippeveprinter.log", "ab")
        self.dbus = subprocess.Popen(
            ["dbus-daemon", "--session", f"--address=unix:path={bus}", "--nofork", "--nopidfile"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
        )
        poll_until(lambda: bus.exists(), "private dbus-daemon socket")
        self.port = free_port()
        args = ["ippeveprinter", "-p", str(self.port), "-n", "localhost", "-d", str(spool), "-r", "off",
                "-f", "application/pdf", "-F", "application/pdf", self.name]
        self.proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
            env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={bus}"},
        )

        def answers() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"ippeveprinter exited with {self.proc.returncode}: {self.log_tail()}")
            with contextlib.suppress(OSError):
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return True
            return False

        poll_until(answers, "ippeveprinter listening")
        return self

    def set_media_level(self, sheets: int) -> None:
        """Sets the main tray's level through ippeveprinter's own web form (/media): 0 sheets gives
        printer-state-reasons media-empty-report, a few (≤ 10 % of 250) media-low-report."""
        query = urllib.parse.urlencode(
            {"size1": "iso_a4_210x297mm", "type1": "stationery", "level1": str(sheets),
             "size3": "", "type3": "", "level3": "-2"})
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/media?{query}", timeout=COMMAND_TIMEOUT_S) as reply:
            assert reply.status == 200, f"ippeveprinter /media answered {reply.status}"
            reply.read()

    def stop(self) -> None:
        stop_process(self.proc)
        stop_process(self.dbus)

    def log_tail(self, limit: int = 3000) -> str:
        path = self.workdir / "ippeveprinter.log"
        return path.read_bytes()[-limit:].decode("utf-8", "replace") if path.exists() else ""


@contextlib.contextmanager
def running_ippeveprinter(workdir: Path, name: str) -> Iterator[IppEvePrinter]:
    workdir.mkdir(parents=True, exist_ok=True)
    printer = IppEvePrinter(workdir, name)
    try:
        printer.start()
        yield printer
    finally:
        printer.stop()
