"""The ``coach contacts|log|reconnect`` commands, run as real processes on a SQLite store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.support.memory import DATA


def coach(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def count(db: Path, table: str = "contacts") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_add_log_list_reconnect_and_export(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    r = coach(
        db,
        "contacts",
        "add",
        "Dana Wu",
        "--closeness",
        "close",
        "--note",
        "started a ceramics class",
        "--tag",
        "art",
    )
    assert r.returncode == 0 and r.stdout.startswith("Added Dana Wu ("), r.stderr
    r = coach(
        db, "log", "dana wu", "gave", "Sent", "her", "a", "kiln", "manual", "--date", "2025-06-01"
    )
    assert r.returncode == 0 and "2025-06-01 gave Sent her a kiln manual" in r.stdout
    r = coach(db, "log", "Nobody", "gave", "x")
    assert r.returncode == 2 and "no contact matches 'Nobody'" in r.stderr
    r = coach(db, "log", "Dana Wu", "stole", "x")
    assert r.returncode == 2  # argparse rejects the direction
    r = coach(db, "log", "Dana Wu", "gave", "x", "--date", "2999-01-01")
    assert r.returncode == 2 and "after today" in r.stderr

    r = coach(db, "contacts", "list")
    assert (
        r.returncode == 0
        and "Dana Wu" in r.stdout
        and "last 2025-06-01" in r.stdout
        and "DUE" in r.stdout
    )
    listed = json.loads(coach(db, "contacts", "list", "--due", "--json").stdout)
    assert [c["name"] for c in listed["items"]] == ["Dana Wu"]

    r = coach(db, "reconnect", "--today", "2025-12-01")
    assert r.returncode == 0
    assert "1. Dana Wu" in r.stdout
    assert "You were last in touch with Dana 6 months ago; you meant to be every month." in r.stdout
    assert "Idea: Start from what you know of them (started a ceramics class)" in r.stdout
    assert "Nobody is due" in coach(db, "reconnect", "--today", "2025-06-02").stdout

    out = tmp_path / "export.json"
    assert coach(db, "contacts", "export", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    assert (
        doc["format"] == "outreach-coach/contacts"
        and doc["contacts"][0]["interactions"][0]["summary"] == "Sent her a kiln manual"
    )
    other = tmp_path / "other.db"
    r = coach(other, "contacts", "import", str(out), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["contacts_created"] == 1
    assert count(other, "interactions") == 1


def test_import_shows_progress_and_reports_bad_rows(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    r = coach(db, "contacts", "import", str(DATA / "Connections.csv"))
    assert r.returncode == 0, r.stderr
    assert "linkedin-connections: 7 rows; 4 contacts added" in r.stdout
    assert "Importing Connections.csv" in r.stderr and "4/4" in r.stderr  # the progress bar
    assert "skipped line 9: Connected On '31 Feb 2022' is not a date like '12 Mar 2021'" in r.stderr
    r = coach(db, "contacts", "import", str(DATA / "messages.csv"), "--no-progress")
    assert "5 interactions added" in r.stdout and "Importing" not in r.stderr
    r = coach(db, "contacts", "import", str(DATA / "contacts.vcf"), "--no-progress")
    assert "vcard: 5 rows; 3 contacts added" in r.stdout
    assert count(db) == 8
    r = coach(db, "contacts", "import", str(DATA / "contacts.vcf"), "--format", "json")
    assert r.returncode == 2 and "is not a json file" in r.stderr


def test_an_import_killed_half_way_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    big = tmp_path / "Connections.csv"
    rows = [
        f"Person{i},Demo{i},https://www.linkedin.com/in/person-{i}-demo,,Co {i % 97},Role {i % 13},"
        f"{(i % 28) + 1:02d} Mar 2020"
        for i in range(20_000)
    ]
    big.write_text(
        'Notes:\n"Made-up people for the kill test."\n\n'
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "\n".join(rows)
        + "\n"
    )
    db = tmp_path / "c.db"
    assert coach(db, "contacts", "add", "Kept Before").returncode == 0
    env = {**os.environ, "COACH_DATABASE_URL": f"sqlite:///{db}"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "contacts", "import", str(big), "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 1_000_000:  # well into writing the import
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert count(db) == 1 and count(db, "interactions") == 0  # nothing half-done
    for _ in range(2):
        r = coach(db, "contacts", "import", str(big), "--no-progress")
        assert r.returncode == 0, r.stderr
    assert count(db) == 20_001 and count(db, "interactions") == 20_000


def test_api_key_owners_are_separate_from_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert coach(db, "contacts", "add", "Keyed Kim", "--api-key", "team-key-1").returncode == 0
    assert "No contacts yet." in coach(db, "contacts", "list").stdout  # the local owner
    assert "Keyed Kim" in coach(db, "contacts", "list", "--api-key", "team-key-1").stdout
    assert "No contacts yet." in coach(db, "contacts", "list", "--api-key", "team-key-2").stdout
    with sqlite3.connect(db) as conn:
        owners = [row[0] for row in conn.execute("SELECT owner FROM contacts")]
    assert len(owners) == 1 and "team-key-1" not in owners[0]
