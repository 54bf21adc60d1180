"""Connecting to the store and keeping its schema current.

``open_store(url)`` gives a ``Store``: an engine plus two kinds of session, ``read()`` and
``write()``. On SQLite the file (and its folder) is created on first use, in WAL mode with a
busy timeout and foreign keys on, and write sessions start with ``BEGIN IMMEDIATE`` so two
writers queue on the lock instead of one failing half-way. The schema is brought to the
newest Alembic revision the first time a process opens the store; a file lock (SQLite) or an
advisory lock (PostgreSQL) keeps several workers from migrating at once.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.errors import StoreUnavailable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
_PG_LOCK = 0x0C0AC4  # an arbitrary constant naming "the coach's migration lock"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        db = u.database or ""
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            u,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            hide_parameters=True,  # a database error must not put a message text in a log
        )
        _sqlite_events(engine)
        return engine
    if u.get_backend_name() == "postgresql":
        if u.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here
            u = u.set(drivername="postgresql+psycopg")
        return create_engine(
            u, pool_pre_ping=True, pool_size=10, max_overflow=10, hide_parameters=True
        )
    raise StoreUnavailable(
        f"COACH_DATABASE_URL must be sqlite:///PATH or postgresql://...; got {u.drivername}://"
    )


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages per connection
        cur.execute("PRAGMA mmap_size=268435456")  # and reads through the OS cache
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("coach_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection | None]:
    """Hold a lock across processes while checking and upgrading the schema."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK})
            conn.commit()
            try:
                yield conn
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK})
                conn.commit()
        return
    db = engine.url.database or ""
    if not db or db == ":memory:":
        yield None
        return
    lock_path = Path(db).expanduser().with_name(Path(db).name + ".migrate-lock")
    with lock_path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield None
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest), under the migration lock."""
    with _migration_lock(engine):
        with engine.connect() as conn:
            current = current_revision(conn)
        if revision == "head" and current == head_revision():
            return
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)


class Store:
    """An engine with read and write sessions. Thread-safe; one per process and URL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(coach_write=True), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as s, s.begin():
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._writer() as s, s.begin():
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


_stores: dict[str, Store] = {}
_lock = threading.Lock()


def open_store(url: str, *, migrate: bool = True) -> Store:
    """The process's store for ``url``, migrated to the newest schema on first use."""
    with _lock:
        store = _stores.get(url)
        if store is None:
            try:
                engine = make_engine(url)
                if migrate:
                    upgrade(engine)
            except StoreUnavailable:
                raise
            except Exception as e:  # driver missing, server down, permission denied
                raise StoreUnavailable(f"cannot open the contacts store: {e}") from e
            store = Store(engine)
            _stores[url] = store
        return store


def close_stores() -> None:
    with _lock:
        for store in _stores.values():
            store.dispose()
        _stores.clear()
