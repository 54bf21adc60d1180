"""The `coach` command as a user runs it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "Hi Mark! How are you? Anyway, I got laid off and was hoping you could get me an interview at Google."


def coach(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_critique_plain_text_human_output() -> None:
    r = coach("critique", "-", "--last-contact", "2023-09-01", "--today", "2026-11-25", stdin=DRAFT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("RETHINK")
    assert "ask_after_silence" in r.stdout and "Rewrite:" in r.stdout
    assert "Relationship: Dormant" in r.stdout
    assert "\x1b[" not in r.stdout  # no colour when not a terminal


def test_critique_json_request_file(tmp_path: Path) -> None:
    body = {
        "message": {
            "text": "Loved your PyCon talk on fixtures, Ana! Want an intro to the pytest-xdist maintainers?"
        },
        "today": "2026-11-25",
    }
    f = tmp_path / "req.json"
    f.write_text(json.dumps(body))
    r = coach("critique", str(f), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["verdict"] == "send"
    assert {"gives_first", "personal_reference"} <= {x["code"] for x in data["findings"]}
    assert data["rewrite"]["text"]


def test_channel_flag_applies_budget() -> None:
    r = coach(
        "critique",
        "--json",
        "--channel",
        "linkedin_note",
        stdin="Great to meet you at the summit. " * 12,
    )
    data = json.loads(r.stdout)
    assert "too_long" in {x["code"] for x in data["findings"]}
    assert len(data["rewrite"]["text"]) <= 300


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["critique", "--last-contact", "2999-01-01"], "hi", "after today"),
        (["critique"], "   \n", "empty"),
        (["critique"], '{"message": {"text": "hi"', "not valid"),
        (["critique"], '{"message": {"text": "hi", "channel": "pigeon"}}', "channel"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(args: list[str], stdin: str, needle: str) -> None:
    r = coach(*args, stdin=stdin)
    assert r.returncode == 2
    assert needle in r.stderr and "Traceback" not in r.stderr


def test_bad_date_flag_is_a_usage_error() -> None:
    r = coach("critique", "--last-contact", "last tuesday", stdin="hi")
    assert r.returncode == 2 and "last-contact" in r.stderr


def test_llm_engine_without_config_exits_3() -> None:
    r = coach("critique", "--engine", "llm", stdin="Congrats on the launch!")
    assert r.returncode == 3 and "no LLM is configured" in r.stderr


def test_bad_settings_exit_2_naming_the_variable() -> None:
    import os

    env = {**os.environ, "COACH_WORKERS": "0", "COACH_PORT": "abc"}
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "serve"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 2
    assert "COACH_WORKERS" in done.stderr and "COACH_PORT" in done.stderr
    assert "Traceback" not in done.stderr
