"""A throwaway PostgreSQL server for the storage tests, from Debian's ``postgresql`` package.

``initdb`` into a temporary folder, ``pg_ctl start`` on a free port on 127.0.0.1 (trust auth,
no Unix socket outside the folder), one fresh database per test that asks for one, and a
fast shutdown at the end. PostgreSQL refuses to run as root, so as root the server runs as
the ``postgres`` system user (created by the package) via ``runuser``. When the binaries are
missing the test fails with the command that installs them: it never skips.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = (
    "The storage tests need a PostgreSQL server binary (Debian package 'postgresql'), but "
    "no /usr/lib/postgresql/*/bin/initdb was found. Install it with "
    "`bash scripts/install-system-deps.sh` (or `apt-get install postgresql`)."
)


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if not found:
        pytest.fail(INSTALL_HINT, pytrace=False)
    return Path(found[-1]).parent


def _version(path: str) -> float:
    try:
        return float(Path(path).parent.parent.name)
    except ValueError:
        return 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    user: str
    run_as: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(
            [
                *self.run_as,
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-m",
                "fast",
                "stop",
            ],
            capture_output=True,
            timeout=60,
            check=False,
        )


def start_postgres() -> PostgresServer:
    bin_dir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="coach-pg-"))
    data = root / "data"
    run_as: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.fail("Running as root, the PostgreSQL fixture needs `runuser`.", pytrace=False)
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail(
                "Running as root, the PostgreSQL fixture runs the server as the 'postgres' "
                "system user, which does not exist (install the 'postgresql' package).",
                pytrace=False,
            )
        shutil.chown(root, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    user = "coach"
    init = subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if init.returncode != 0:
        pytest.fail(f"initdb failed: {init.stderr[-2000:]}", pytrace=False)
    port = _free_port()
    opts = f"-p {port} -h 127.0.0.1 -k {root} -c fsync=off -c full_page_writes=off -c max_connections=100"
    start = subprocess.run(
        [
            *run_as,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            opts,
            "-l",
            str(root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    if start.returncode != 0:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        pytest.fail(
            f"PostgreSQL did not start: {start.stderr[-1000:]} {log[-2000:]}", pytrace=False
        )
    return PostgresServer(bin_dir, data, port, user, run_as)


def remove(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.data_dir.parent, ignore_errors=True)
