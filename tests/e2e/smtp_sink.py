# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""A real SMTP server on loopback for the tests: Debian's aiosmtpd, writing every message it
accepts to a Maildir. Tests read the messages as a citizen's mail program would."""

from __future__ import annotations

import email
import email.policy
import mailbox
import socket
import subprocess
import sys
from pathlib import Path
from typing import Optional

from daemons import die_with_parent, free_port, poll_until, stop_process


class SmtpSink:
    def __init__(self, folder: Path, port: Optional[int] = None, handler: tuple = ("aiosmtpd.handlers.Mailbox",)):
        """`handler`: the aiosmtpd handler class and its arguments after the Maildir."""
        self.folder = folder
        self.port = port or free_port()
        self.handler = handler
        self.proc: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> "SmtpSink":
        self.folder.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.port}",
             "-c", self.handler[0], str(self.folder / "maildir"), *self.handler[1:]],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(self.folder / "smtp.log", "ab"),
            preexec_fn=die_with_parent, cwd=Path(__file__).parent)  # the tests' own handlers are found here
        poll_until(self._accepting, f"aiosmtpd on port {self.port}")
        return self

    def _accepting(self) -> bool:
        assert self.proc.poll() is None, (self.folder / "smtp.log").read_text()
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def messages(self) -> list:
        """Every message received so far, parsed (email.message.EmailMessage), in no set order."""
        path = self.folder / "maildir"
        if not path.exists():
            return []
        box = mailbox.Maildir(path, factory=None, create=False)
        return [email.message_from_bytes(box.get_bytes(key), policy=email.policy.default) for key in box.keys()]

    def wait_for(self, count: int, what: str) -> list:
        """Waits until `count` messages have arrived (mail goes out from an outbox, a moment later)."""
        return poll_until(lambda: (found := self.messages()) and len(found) >= count and found, what)

    def stop(self) -> None:
        stop_process(self.proc)
