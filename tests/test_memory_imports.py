"""Imports on SQLite and PostgreSQL: LinkedIn's Connections.csv and messages.csv, vCard,
and the JSON export. Fixtures in tests/data/memory are written in the published formats
with made-up people."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.memory import models as m
from app.memory.importers import UnreadableFile, detect, find_me, parse
from app.memory.imports import run_import
from app.memory.service import Memory
from app.storage.tables import Contact, Interaction, SentMessage
from tests.support.memory import DATA


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def counts(mem: Memory) -> tuple[int, int, int]:
    with mem.store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Contact)) or 0,
            s.scalar(select(func.count()).select_from(Interaction)) or 0,
            s.scalar(select(func.count()).select_from(SentMessage)) or 0,
        )


def by_name(mem: Memory, owner: str = "local") -> dict[str, m.ContactSummary]:
    return {c.name: c for c in mem.list_contacts(owner, limit=500).items}


def test_bad_rows_are_reported_with_line_numbers_and_reasons() -> None:
    conn = parse("linkedin-connections", read("Connections.csv"))
    assert conn.rows == 7 and len(conn.contacts) == 4
    assert [(p.line, p.reason) for p in conn.problems] == [
        (8, "no first or last name"),
        (9, "Connected On '31 Feb 2022' is not a date like '12 Mar 2021'"),
        (10, "email: 'marco@@example' is not an email address"),
    ]
    assert conn.contacts[0].line == 5  # after the three "Notes:" preamble lines and the header

    msgs = parse("linkedin-messages", read("messages.csv"))
    assert [(p.line, p.reason) for p in msgs.problems] == [
        (6, "DATE 'yesterday' is not like '2023-04-18 09:12:44 UTC'"),
        (8, "no sender or recipient profile URL"),
    ]
    assert find_me(msgs.messages) == "https://www.linkedin.com/in/sam-rivera-demo"

    cards = parse("vcard", read("contacts.vcf"))
    assert [c.fields["name"] for c in cards.contacts] == [
        "Grace Mensah",
        "Yusuf Haddad",
        "Ines Duarte",
    ]
    assert [p.line for p in cards.problems] == [19, 23]
    assert (
        "no name" in cards.problems[0].reason and "not a readable vCard" in cards.problems[1].reason
    )
    grace = cards.contacts[0].fields
    assert grace["tags"] == ["running", "health"] and grace["email"] == "grace.mensah@example.org"
    assert grace["notes"] == [
        "Clinical Lead at Harbour Health",
        "Ran the London half marathon this spring",
    ]
    assert cards.contacts[2].fields["notes"] == ["Moved to Porto", "Started a pottery studio"]


def test_formats_are_detected_and_unreadable_files_refused() -> None:
    assert detect("Connections.csv", read("Connections.csv")) == "linkedin-connections"
    assert detect("messages.csv", read("messages.csv")) == "linkedin-messages"
    assert detect("contacts.vcf", read("contacts.vcf")) == "vcard"
    assert detect("backup.json", '{"format": "outreach-coach/contacts"}') == "json"
    with pytest.raises(UnreadableFile, match="no header line"):
        parse("linkedin-connections", "Notes:\nnothing here\n")
    with pytest.raises(UnreadableFile, match="not valid JSON"):
        parse("json", "{not json")
    with pytest.raises(UnreadableFile, match="not an Outreach Coach export"):
        parse("json", '{"format": "something-else", "contacts": []}')


def test_linkedin_import_is_idempotent_and_reads_messages_with_the_coach(memory: Memory) -> None:
    first = run_import(memory, "local", parse("linkedin-connections", read("Connections.csv")))
    assert (first.contacts_created, first.interactions_added, len(first.problems)) == (4, 4, 3)
    again = run_import(memory, "local", parse("linkedin-connections", read("Connections.csv")))
    assert (again.contacts_created, again.interactions_added, again.duplicates_skipped) == (0, 0, 4)
    assert counts(memory) == (4, 4, 0)

    msgs = run_import(memory, "local", parse("linkedin-messages", read("messages.csv")))
    assert msgs.contacts_created == 1  # Jordan, only in the messages
    assert msgs.interactions_added == 5 and len(msgs.problems) == 2
    again = run_import(memory, "local", parse("linkedin-messages", read("messages.csv")))
    assert (again.interactions_added, again.duplicates_skipped) == (0, 5)
    assert counts(memory) == (5, 9, 0)

    people = by_name(memory)
    ana = memory.detail("local", people["Ana Ferreira"].id)
    assert ana.last_contact == dt.date(2023, 4, 19)  # her reply, later than the connection
    assert ana.standing.ledger.deposits == 1  # my message offered the accessibility list
    assert ana.notes == ["Head of Design at Lumen Labs"] and ana.email == "ana.ferreira@example.com"
    tomas = memory.detail("local", people["Tomás Okafor"].id)
    assert tomas.standing.ledger.prior_withdrawals == 1  # I asked for a referral
    summaries = [i.summary for i in memory.interactions("local", tomas.id).items]
    assert "You wrote to Tomás on LinkedIn (withdrawal): Referral" in summaries
    assert not any("refer me" in s for s in summaries)  # the text itself is not kept
    assert people["Jordan Blake"].profile_url == "https://www.linkedin.com/in/jordan-blake-demo"


def test_vcard_import_is_idempotent(memory: Memory) -> None:
    one = run_import(memory, "local", parse("vcard", read("contacts.vcf")))
    two = run_import(memory, "local", parse("vcard", read("contacts.vcf")))
    assert (one.contacts_created, two.contacts_created, two.contacts_updated) == (3, 0, 0)
    assert counts(memory) == (3, 0, 0)
    assert by_name(memory)["Grace Mensah"].tags == ["running", "health"]


def test_a_failed_import_leaves_the_store_as_it_was(memory: Memory) -> None:
    run_import(memory, "local", parse("vcard", read("contacts.vcf")))
    before = counts(memory)
    seen = 0

    def crash(_: int) -> None:
        nonlocal seen
        seen += 1
        if seen == 3:
            raise KeyboardInterrupt  # the user pressed Ctrl-C half-way

    with pytest.raises(KeyboardInterrupt):
        run_import(
            memory, "local", parse("linkedin-connections", read("Connections.csv")), progress=crash
        )
    assert counts(memory) == before
    done = run_import(memory, "local", parse("linkedin-connections", read("Connections.csv")))
    assert done.contacts_created == 4 and counts(memory) == (7, 4, 0)


def test_json_export_round_trips_into_another_owner_and_back(memory: Memory) -> None:
    c = memory.create(
        "alice",
        m.ContactIn(
            name="Ines Duarte", notes=["Moved to Porto"], tags=["ceramics"], cadence_days=45
        ),
    )
    memory.add_interaction(
        "alice",
        c.id,
        m.InteractionIn.model_validate(
            {"date": "2024-05-01", "direction": "received", "summary": "Lent me her kiln"}
        ),
    )
    memory.record_sent(
        "alice",
        c.id,
        m.SentIn.model_validate(
            {"message": {"text": "Hi Ines, how is the studio going?"}, "date": "2025-01-02"}
        ),
    )
    doc = memory.export("alice").model_dump_json()

    # Re-importing your own export adds nothing.
    same = run_import(memory, "alice", parse("json", doc))
    assert (same.contacts_created, same.interactions_added) == (0, 0)
    assert counts(memory) == (1, 2, 1)

    # Into another owner: everything arrives once, however often it is imported.
    for _ in range(2):
        run_import(memory, "bob", parse("json", doc))
    assert counts(memory) == (2, 4, 2)
    bob = memory.export("bob").contacts
    alice = memory.export("alice").contacts
    assert len(bob) == 1 and bob[0].id != alice[0].id  # ids never collide across owners
    strip = {"id", "interactions", "sent"}
    assert bob[0].model_dump(exclude=strip) == alice[0].model_dump(exclude=strip)
    assert [(i.date, i.direction, i.summary) for i in bob[0].interactions] == [
        (i.date, i.direction, i.summary) for i in alice[0].interactions
    ]
    assert bob[0].sent[0].text == "Hi Ines, how is the studio going?"
    assert bob[0].sent[0].interaction_id == bob[0].interactions[-1].id


def test_an_import_does_not_reveal_whether_an_id_exists_elsewhere(memory: Memory) -> None:
    taken = memory.create("alice", m.ContactIn(name="Alice's Contact")).id
    free = "ab" * 16

    def doc(cid: str) -> str:
        return m.Export.model_validate(
            {"exported_at": "2026-01-01T00:00:00Z", "contacts": [{"id": cid, "name": "Probe"}]}
        ).model_dump_json()

    run_import(memory, "bob", parse("json", doc(taken)))
    run_import(memory, "bob", parse("json", doc(free)))
    ids = {c.id for c in memory.export("bob").contacts}
    # Both ids are replaced the same way, whether or not another owner uses them.
    assert len(ids) == 2 and taken not in ids and free not in ids
    assert memory.detail("alice", taken).name == "Alice's Contact"
