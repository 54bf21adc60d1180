"""Fixtures for the relationship-memory tests: a PostgreSQL server for the session and a
fresh store per test, on SQLite and on PostgreSQL (import them into a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import Settings
from app.memory.service import Memory
from app.storage.db import close_stores
from tests.support.postgres import PostgresServer, remove, start_postgres

DATA = Path(__file__).resolve().parent.parent / "data" / "memory"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = start_postgres()
    yield server
    close_stores()
    remove(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/nested/coach.db"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database()


@pytest.fixture
def memory(db_url: str) -> Iterator[Memory]:
    yield Memory(Settings(database_url=db_url))
    close_stores()
