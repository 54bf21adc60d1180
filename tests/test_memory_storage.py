"""The contacts store on SQLite and on a real PostgreSQL server: migrations, the
owner-scoped repository, aggregates, concurrency and index use."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from app.config import Settings
from app.core.coach import critique_response
from app.errors import NotFound
from app.memory import models as m
from app.memory.service import Memory
from app.models import CoachRequest
from app.storage.db import close_stores, current_revision, head_revision, make_engine, upgrade

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def add(mem: Memory, owner: str, cid: str, when: dt.date, direction: str, summary: str) -> None:
    mem.add_interaction(
        owner,
        cid,
        m.InteractionIn(date=when, direction=direction, summary=summary),  # type: ignore[arg-type]
    )


def test_a_fresh_store_is_created_and_migrated_to_head(memory: Memory, db_url: str) -> None:
    out = memory.create("local", m.ContactIn(name="Ana Ferreira"))
    assert out.id and len(out.id) == 32
    engine = memory.store.engine
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision() == "0002"
        assert {"contacts", "interactions", "sent_messages"} <= set(inspect(conn).get_table_names())
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    if db_url.startswith("sqlite"):
        assert Path(db_url.removeprefix("sqlite:///")).is_file()


def test_upgrade_keeps_a_database_made_by_the_previous_revision(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        assert current_revision(conn) == "0001"
        assert "sent_messages" not in inspect(conn).get_table_names()
        conn.execute(
            text(
                "INSERT INTO contacts (id, owner, name, name_lower, notes, offers, tags, gave, "
                "received, neutral, deficit, last_contact, created_at, updated_at) VALUES "
                "('c0ffee00c0ffee00c0ffee00c0ffee00', 'local', 'Old Friend', 'old friend', "
                "'[\"moved to Lisbon\"]', '[]', '[]', 0, 1, 0, 1, :d, :t, :t)"
            ),
            {"d": days_ago(400), "t": dt.datetime(2025, 1, 1)},
        )
        conn.execute(
            text(
                "INSERT INTO interactions (id, owner, contact_id, date, direction, summary, "
                "source, created_at) VALUES ('1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e', 'local', "
                "'c0ffee00c0ffee00c0ffee00c0ffee00', :d, 'received', 'Reviewed my CV', "
                "'manual', :t)"
            ),
            {"d": days_ago(400), "t": dt.datetime(2025, 1, 1)},
        )
    engine.dispose()

    mem = Memory(Settings(database_url=db_url))  # opening the store upgrades it
    try:
        detail = mem.detail("local", "c0ffee00c0ffee00c0ffee00c0ffee00")
        assert detail.name == "Old Friend" and detail.notes == ["moved to Lisbon"]
        assert detail.standing.ledger.prior_withdrawals == 1
        sent = mem.record_sent(
            "local",
            detail.id,
            m.SentIn.model_validate({"message": {"text": "Hi! How did the move to Lisbon go?"}}),
        )
        assert sent.interaction.source == "sent"
        with mem.store.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
    finally:
        close_stores()


def test_crud_and_the_aggregates_follow_the_interactions(memory: Memory) -> None:
    c = memory.create(
        "local",
        m.ContactIn(
            name="  Tomás   Okafor ",
            closeness="friend",  # type: ignore[arg-type]
            notes=["Started a data team", "Started a data team", " "],
            tags=["data"],
            email="tomas@example.com",
        ),
    )
    assert c.name == "Tomás Okafor" and c.notes == ["Started a data team"]
    assert c.effective_cadence_days == 60 and c.last_contact is None and c.due is False

    add(memory, "local", c.id, days_ago(200), "received", "Referred me")
    add(memory, "local", c.id, days_ago(90), "gave", "Sent a course")
    add(memory, "local", c.id, days_ago(100), "received", "Reviewed my CV")
    d = memory.detail("local", c.id)
    assert d.last_contact == days_ago(90) and d.due_on == days_ago(30)
    assert d.interaction_count == 3 and d.standing.due is True
    ledger = d.standing.ledger
    assert (ledger.deposits, ledger.prior_withdrawals, ledger.days_since_contact) == (1, 2, 90)

    patched = memory.patch("local", c.id, m.ContactPatch(cadence_days=120, email=None))
    assert patched.email is None and patched.cadence_days == 120
    assert patched.due_on == days_ago(90) + dt.timedelta(days=120) and patched.due is False
    assert [i.summary for i in memory.interactions("local", c.id).items] == [
        "Referred me",
        "Reviewed my CV",
        "Sent a course",
    ]

    found = memory.list_contacts("local", q="okaf").items
    assert [x.id for x in found] == [c.id]
    assert memory.list_contacts("local", q="100%").total == 0
    assert memory.list_contacts("local", tag="data").total == 1

    memory.delete("local", c.id)
    with pytest.raises(NotFound):
        memory.detail("local", c.id)
    with memory.store.read() as s:
        assert s.execute(text("SELECT count(*) FROM interactions")).scalar() == 0


def test_the_standing_is_the_core_ledger_of_the_same_request(memory: Memory) -> None:
    c = memory.create("local", m.ContactIn(name="Priya Raman", closeness="acquaintance"))  # type: ignore[arg-type]
    history = [
        (days_ago(800), "gave", "Intro to a recruiter"),
        (days_ago(700), "received", "Reviewed my deck"),
        (days_ago(500), "neutral", "Coffee"),
    ]
    for when, direction, summary in history:
        add(memory, "local", c.id, when, direction, summary)
    stateless = critique_response(
        CoachRequest.model_validate(
            {
                "message": {"text": "Thinking of you."},
                "recipient": {"name": "Priya Raman"},
                "relationship": {
                    "closeness": "acquaintance",
                    "interactions": [
                        {"date": w.isoformat(), "direction": d, "summary": s} for w, d, s in history
                    ],
                },
                "today": TODAY.isoformat(),
            }
        )
    )
    assert memory.detail("local", c.id).standing.ledger == stateless.ledger


def test_another_owner_cannot_see_or_change_anything(memory: Memory) -> None:
    c = memory.create("alice", m.ContactIn(name="Grace Mensah", notes=["ran a marathon"]))
    add(memory, "alice", c.id, days_ago(900), "received", "Intro to her team")
    calls = [
        lambda: memory.detail("bob", c.id),
        lambda: memory.patch("bob", c.id, m.ContactPatch(name="Hijacked")),
        lambda: memory.delete("bob", c.id),
        lambda: memory.interactions("bob", c.id),
        lambda: add(memory, "bob", c.id, days_ago(1), "gave", "x"),
        lambda: memory.record_sent(
            "bob", c.id, m.SentIn.model_validate({"message": {"text": "hi"}})
        ),
        lambda: memory.coach_request(
            "bob", c.id, m.ContactCoachRequest.model_validate({"message": {"text": "hi"}})
        ),
    ]
    for call in calls:
        with pytest.raises(NotFound):
            call()
    assert memory.list_contacts("bob").total == 0
    assert memory.list_contacts("bob", q="grace").total == 0
    assert memory.reconnect("bob").items == []
    assert memory.export("bob").contacts == []
    d = memory.detail("alice", c.id)
    assert d.name == "Grace Mensah" and d.interaction_count == 1
    assert [x.contact.id for x in memory.reconnect("alice").items] == [c.id]


def test_concurrent_writers_lose_nothing(memory: Memory) -> None:
    c = memory.create("local", m.ContactIn(name="Busy Contact"))
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(10):
                direction = "gave" if (n + i) % 2 else "received"
                add(memory, "local", c.id, days_ago(i + 1), direction, f"w{n}-{i}")
                memory.create("local", m.ContactIn(name=f"New {n}-{i}"))
        except BaseException as e:  # surfaced below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    d = memory.detail("local", c.id)
    assert d.interaction_count == 60
    assert d.standing.ledger.deposits == 30 and d.standing.ledger.prior_withdrawals == 30
    assert d.last_contact == days_ago(1)
    assert memory.list_contacts("local").total == 61


def test_the_reconnect_candidates_come_from_indexes(memory: Memory) -> None:
    memory.create("local", m.ContactIn(name="Someone"))
    today = TODAY.isoformat()
    queries = [
        "SELECT id FROM contacts WHERE owner = 'local' AND due_on <= '{t}' ORDER BY due_on LIMIT 300",
        "SELECT id FROM contacts WHERE owner = 'local' AND deficit > 0 ORDER BY deficit DESC LIMIT 300",
        "SELECT id FROM contacts WHERE owner = 'local' AND last_contact <= '{t}' ORDER BY last_contact LIMIT 300",
    ]
    expected = ["ix_contacts_owner_due", "ix_contacts_owner_deficit", "ix_contacts_owner_last"]
    with memory.store.engine.connect() as conn:
        for q, index in zip(queries, expected, strict=True):
            sql = q.format(t=today)
            if conn.dialect.name == "sqlite":
                plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            else:
                conn.exec_driver_sql("SET enable_seqscan = off")
                plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN " + sql))
            assert index in plan, plan


def test_lookups_by_id_lists_use_the_primary_key_and_contact_index(memory: Memory) -> None:
    """With ``owner = ?`` next to ``id IN (...)`` SQLite's planner walked an (owner, ...)
    index over every row (0.5 s at 100,000 contacts); the owner is checked on the rows."""
    from sqlalchemy import event

    from app.storage.repo import Repo

    c = memory.create("local", m.ContactIn(name="Planned"))
    seen: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    engine = memory.store.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        with memory.store.read() as s:
            repo = Repo(s, "local")
            assert set(repo.full([c.id])) == {c.id}
            assert Repo(s, "someone-else").full([c.id]) == {}
            repo.last_received([c.id])
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        for statement, params in seen:
            if "IN (" not in statement.upper():
                continue
            plan = " ".join(
                str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            )
            assert "ix_contacts_owner" not in plan and "ux_interactions_owner" not in plan, plan


def test_search_by_tag_and_due_pages_in_sql(memory: Memory) -> None:
    for n, tags in enumerate((["design", "café"], ["a%b"], ["design"], [])):
        c = memory.create("local", m.ContactIn(name=f"Tagged {n}", tags=tags, cadence_days=30))
        add(memory, "local", c.id, days_ago(40 if n % 2 else 10), "gave", "x")
    assert memory.list_contacts("local", tag="design").total == 2
    assert [c.name for c in memory.list_contacts("local", tag="café").items] == ["Tagged 0"]
    assert memory.list_contacts("local", tag="a%b").total == 1
    assert memory.list_contacts("local", tag="a").total == 0  # whole tags, not substrings
    due = memory.list_contacts("local", due=True, limit=1)
    assert due.total == 2 and [c.name for c in due.items] == ["Tagged 1"]
    assert [c.name for c in memory.list_contacts("local", due=True, limit=1, offset=1).items] == [
        "Tagged 3"
    ]
    assert memory.list_contacts("local", tag="design", due=True).total == 0
    assert memory.list_contacts("someone-else", tag="design").total == 0
