# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
"""A private PostgreSQL 15 cluster for one test module: initdb and pg_ctl in a folder of its own,
reachable only through a Unix socket there (no TCP, no system service). As root, PostgreSQL's tools
run as the `postgres` user, who owns the folder; otherwise as the calling user. Stopped and removed
afterwards."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from daemons import START_TIMEOUT_S, free_port

PG_BIN = Path("/usr/lib/postgresql/15/bin")


class PrivateCluster:
    def __init__(self) -> None:
        # Not under pytest's tmp_path: that is private to root, and the postgres user must reach it.
        self.base = Path(tempfile.mkdtemp(prefix="civiq-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base / "sock"
        self.log = self.base / "postgres.log"
        self.port = free_port()  # names the socket file (.s.PGSQL.PORT); nothing listens on TCP
        self.as_postgres = os.geteuid() == 0
        self.started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=START_TIMEOUT_S * 3)
        assert done.returncode == 0, f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
        return done

    def start(self) -> "PrivateCluster":
        self.socket_dir.mkdir()
        if self.as_postgres:
            postgres = pwd.getpwnam("postgres")
            for path in (self.base, self.socket_dir):
                os.chown(path, postgres.pw_uid, postgres.pw_gid)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                  "--locale", "C.UTF-8")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.log), "-o",
                  f"-p {self.port} -k {self.socket_dir} -c listen_addresses=''", "start")
        self.started = True
        return self

    def create_database(self, name: str) -> str:
        """Creates a database and returns its libpq connection URI."""
        self._run("createdb", "-h", str(self.socket_dir), "-p", str(self.port), "-U", "postgres", name)
        return self.uri(name)

    def uri(self, name: str) -> str:
        return f"postgresql:///{name}?host={self.socket_dir}&port={self.port}&user=postgres"

    def psql(self, name: str, sql: str) -> str:
        """Runs SQL with psql and returns its unaligned output (for checks a test makes)."""
        return self._run("psql", "-h", str(self.socket_dir), "-p", str(self.port), "-U", "postgres", "-d", name,
                         "-A", "-t", "-c", sql).stdout.strip()

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
            self.started = False
        shutil.rmtree(self.base, ignore_errors=True)


def main() -> None:
    """`postgres_fixture.py DATABASE INFO_FILE`: starts a private cluster with DATABASE, writes its
    URI to INFO_FILE and to stdout, and keeps it running until SIGTERM or SIGINT (scripts/demo runs it so)."""
    import signal
    import sys

    database, info = sys.argv[1], Path(sys.argv[2])
    cluster = PrivateCluster().start()
    try:
        uri = cluster.create_database(database)
        info.write_text(uri + "\n", encoding="utf-8")
        print(uri, flush=True)  # the browser tests wait for this line
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        signal.pause()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
