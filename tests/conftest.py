"""Shared fixtures. The API tests talk HTTP to a real uvicorn process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
# Relationship memory's fixtures: a PostgreSQL server, a store per test on SQLite and on it.
pytest_plugins = ["tests.support.memory"]
TODAY = "2026-11-25"

# The brief's example: an ask after three years of silence, opening with "how are you?".
MARK: dict[str, Any] = {
    "message": {
        "text": (
            "Hi Mark! How are you? Anyway, I got laid off and was hoping you could get me an "
            "interview at Google. Let me know ASAP."
        ),
        "channel": "email",
    },
    "relationship": {"closeness": "acquaintance", "last_contact": "2023-09-01"},
    "goal": "job_search",
    "today": TODAY,
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    env_extra: dict[str, str] | None = None, workers: int = 1
) -> tuple[subprocess.Popen[bytes], str]:
    """Start `coach serve` on a free loopback port and wait until /healthz answers."""
    port = free_port()
    env = {
        **os.environ,
        "COACH_LOG_LEVEL": "warning",
        "COACH_DEFAULT_ENGINE": "rules",
        **(env_extra or {}),
    }
    for k in ("COACH_LLM_BASE_URL", "COACH_LLM_MODEL", "OPENAI_API_KEY", "COACH_LLM_API_KEY"):
        if env_extra is None or k not in env_extra:
            env.pop(k, None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"server exited early: {err[-2000:]}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not become healthy within 30 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    proc, base = start_server()
    yield base
    stop_server(proc)


@pytest.fixture
async def client(server: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server, timeout=10) as c:
        yield c


def request_body(text: str, **extra: object) -> dict[str, object]:
    body: dict[str, object] = {"message": {"text": text}, "today": TODAY}
    body.update(extra)
    return body
