# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""An SMTP server that keeps the first N messages in a Maildir (as SmtpSink does) and then stalls:
the next message's DATA gets no answer until a release file appears, and then a 451 (try again),
so that message was never accepted. A test kills the sender meanwhile and sees what it sends again
after its restart.

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c stalling_smtp.StallAfter MAILDIR N RELEASE_FILE STALLED_FILE
"""

import asyncio
from pathlib import Path

from aiosmtpd.handlers import Mailbox


class StallAfter(Mailbox):
    def __init__(self, maildir: str, accept: str, release: str, stalled: str):
        super().__init__(maildir)
        self.accept = int(accept)
        self.release = Path(release)
        self.stalled = Path(stalled)

    async def handle_DATA(self, server, session, envelope):
        if self.accept > 0 or self.release.exists():
            self.accept -= 1
            return await super().handle_DATA(server, session, envelope)
        self.stalled.touch()
        while not self.release.exists():
            await asyncio.sleep(0.05)
        return "451 4.3.0 try again later"

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(*args)
