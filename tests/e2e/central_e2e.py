# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""civiq-central for the e2e tests: the real binary (CIVIQ_CENTRAL) with the demo county on a
database of a private PostgreSQL cluster (postgres_fixture.py)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from civiq_e2e import HOST, Client, Server, _binary

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def central_binary() -> str:
    return _binary("CIVIQ_CENTRAL")


class Central(Server):
    """One civiq-central process on `database_uri`, serving the demo county."""

    name = "civiq-central"

    def __init__(self, workdir: Path, database_uri: str):
        workdir.mkdir(parents=True, exist_ok=True)
        super().__init__(config_path=Path("-"), workdir=workdir)
        self.database_uri = database_uri

    def command(self) -> list:
        return [central_binary(), "--demo", "--database", self.database_uri, "--listen", f"{HOST}:0"]

    def client(self) -> Client:
        return Client(self.port)


def search_window(days: int = 21) -> tuple[str, str]:
    """From tomorrow (Berlin) for `days` days: the dates a citizen searching now would ask for."""
    first = dt.datetime.now(BERLIN).date() + dt.timedelta(days=1)
    return first.isoformat(), (first + dt.timedelta(days=days - 1)).isoformat()
