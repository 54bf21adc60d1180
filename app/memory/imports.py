"""Applying parsed import records to the store, all or nothing.

One import is one transaction: bad rows are skipped and reported (the parser found them),
but if anything fails while writing, or the process is killed, nothing of that import is
committed, and running it again starts from the same store. Re-importing the same file adds
nothing: contacts are matched by their import key, profile URL or email, and interactions
by their source key. Matching fills in what a contact lacks and never overwrites what the
user typed.

Messages from LinkedIn are read by the coach: one you sent that asks for something is a
withdrawal, one that gives or offers without asking a deposit; one they sent that gives or
offers is a favour received; anything else is a neutral touchpoint that still sets the last
contact. The message text itself is not stored, only a one-line summary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import InvalidInput
from app.memory.importers import (
    ContactRecord,
    MessageRecord,
    Parsed,
    Problem,
    find_me,
    normalise_url,
)
from app.memory.service import Memory, classify
from app.models import CoachRequest, Direction, Message
from app.storage.repo import Repo
from app.storage.tables import Contact, Interaction, SentMessage

Progress = Callable[[int], None]


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    contacts_created: int = 0
    contacts_updated: int = 0
    interactions_added: int = 0
    duplicates_skipped: int = 0
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rows": self.rows,
            "contacts_created": self.contacts_created,
            "contacts_updated": self.contacts_updated,
            "interactions_added": self.interactions_added,
            "duplicates_skipped": self.duplicates_skipped,
            "problems": [{"line": p.line, "reason": p.reason} for p in self.problems],
        }


Row = Contact | Interaction | SentMessage


def _place(repo: Repo, table: type[Row], wanted: str) -> tuple[str, bool]:
    """Where an exported row goes: (id, already there). The row itself when this owner
    already has it (a re-import); otherwise an id derived from the owner and the exported
    id. Never the exported id as such: whether it is free would tell one owner that
    another owner has a row with that id. Derived ids make a second import match the
    first."""
    row = repo.s.get(table, wanted)
    if row is not None and getattr(row, "owner", None) == repo.owner:
        return wanted, True
    derived = hashlib.sha256(f"{repo.owner}\x00{wanted}".encode()).hexdigest()[:32]
    row = repo.s.get(table, derived)
    if row is not None and getattr(row, "owner", None) != repo.owner:
        raise InvalidInput(f"id {wanted!r} cannot be placed")  # pragma: no cover - collision
    return derived, row is not None


def _merge(c: Contact, fields: dict[str, Any]) -> bool:
    changed = False
    for k in ("email", "profile_url", "how_we_met", "closeness", "cadence_days"):
        if getattr(c, k) in (None, "") and fields.get(k) not in (None, ""):
            setattr(c, k, fields[k])
            changed = True
    for k in ("notes", "offers", "tags"):
        have = list(getattr(c, k) or [])
        new = [v for v in fields.get(k) or [] if v not in have]
        if new and len(have) + len(new) <= 50:
            setattr(c, k, have + new)
            changed = True
    return changed


class _Index:
    """What the owner already has, read once per import so each row needs no query."""

    def __init__(self, repo: Repo) -> None:
        self.repo = repo
        self.by_key, self.by_url, self.by_email, self.source_keys = repo.import_index()
        self.created = 0

    def find(self, key: str | None, url: str | None, email: str | None) -> Contact | None:
        for table, value in ((self.by_key, key), (self.by_url, url), (self.by_email, email)):
            if value and value in table:
                return self.repo.get(table[value])
        return None

    def add(self, c: Contact) -> None:
        for table, value in (
            (self.by_key, c.external_key),
            (self.by_url, c.profile_url),
            (self.by_email, c.email),
        ):
            if value:
                table.setdefault(value, c.id)
        self.created += 1
        if self.created % 1000 == 0:
            self.repo.s.flush()  # write in batches, not row by row


def _upsert(idx: _Index, rec: ContactRecord, report: ImportReport) -> Contact:
    repo = idx.repo
    f = rec.fields
    cid: str | None = None
    c: Contact | None = None
    if rec.id:
        cid, there = _place(repo, Contact, rec.id)
        c = repo.get(cid) if there else None
    if c is None:
        c = idx.find(rec.external_key, f.get("profile_url"), f.get("email"))
    if c is None:
        c = repo.create({**f, "external_key": rec.external_key}, contact_id=cid, flush=False)
        idx.add(c)
        report.contacts_created += 1
    elif _merge(c, f):
        repo.update(c, {})
        report.contacts_updated += 1
    return c


def _apply_contacts(repo: Repo, parsed: Parsed, report: ImportReport, tick: Progress) -> None:
    idx = _Index(repo)
    touched: dict[str, Contact] = {}
    for rec in parsed.contacts:
        c = _upsert(idx, rec, report)
        placed: dict[str, str] = {}
        for it in rec.interactions:
            iid: str | None = None
            if it.id:
                iid, there = _place(repo, Interaction, it.id)
                placed[it.id] = iid
                if there:
                    report.duplicates_skipped += 1
                    continue
            key = None if it.id else it.source_key
            if key is not None and key in idx.source_keys:
                report.duplicates_skipped += 1
                continue
            repo.add_interaction(
                c,
                date=it.date,
                direction=it.direction,
                summary=it.summary,
                source=it.source,
                source_key=key,
                refresh=False,
                interaction_id=iid,
                checked=True,
            )
            if key is not None:
                idx.source_keys.add(key)
            report.interactions_added += 1
            touched[c.id] = c
        for s in rec.sent:
            repo.s.flush()
            sid, there = _place(repo, SentMessage, s.id)
            if there:
                report.duplicates_skipped += 1
                continue
            repo.add_sent(
                c,
                sent_on=s.date,
                channel=s.channel,
                subject=s.subject,
                text=s.text,
                classification=s.classification,
                interaction_id=placed.get(s.interaction_id or ""),
                sent_id=sid,
            )
        tick(1)
    repo.refresh_many(list(touched.values()))


def _message_direction(msg: MessageRecord, mine: bool) -> tuple[str, str]:
    text = msg.content.strip()
    if not text:
        return Direction.neutral.value, "no text"
    req = CoachRequest(message=Message(text=text[:20_000]), today=msg.when.date())
    cls = classify(req)
    if mine:
        return cls.direction.value, cls.label
    if cls.gives and not cls.asks:
        return Direction.received.value, "they offered or gave"
    return Direction.neutral.value, "they asked" if cls.asks else "a touchpoint"


def _apply_messages(
    repo: Repo, parsed: Parsed, me: str | None, report: ImportReport, tick: Progress
) -> None:
    me = me or find_me(parsed.messages)
    idx = _Index(repo)
    touched: dict[str, Contact] = {}
    cache: dict[str, Contact] = {}

    def contact_for(name: str, url: str) -> Contact:
        if url in cache:
            return cache[url]
        key = f"linkedin:{url}"
        c = idx.find(key, url, None)
        if c is None:
            c = repo.create(
                {
                    "name": name or url.rsplit("/", 1)[-1] or "LinkedIn contact",
                    "profile_url": url,
                    "how_we_met": "LinkedIn messages",
                    "external_key": key,
                },
                flush=False,
            )
            idx.add(c)
            report.contacts_created += 1
        cache[url] = c
        return c

    for msg in parsed.messages:
        mine = msg.sender_url == me
        others = (
            [(n, u) for n, u in msg.recipients if u != me]
            if mine
            else [(msg.sender_name, msg.sender_url)]
        )
        keys = [f"{msg.key}:{u}" for _, u in others]
        if not others or any(k in idx.source_keys for k in keys):
            report.duplicates_skipped += 1 if others else 0
            tick(1)
            continue
        direction, label = _message_direction(msg, mine)
        for (name, url), key in zip(others, keys, strict=True):
            c = contact_for(name, url)
            first = c.name.split()[0] if c.name.split() else c.name
            who = f"You wrote to {first}" if mine else f"{first} wrote"
            about = f": {msg.subject}" if msg.subject else ""
            repo.add_interaction(
                c,
                date=msg.when.date(),
                direction=direction,
                summary=f"{who} on LinkedIn ({label}){about}"[:2000],
                source="linkedin-messages",
                source_key=key,
                refresh=False,
                checked=True,
            )
            idx.source_keys.add(key)
            report.interactions_added += 1
            touched[c.id] = c
        tick(1)
    repo.refresh_many(list(touched.values()))


def run_import(
    memory: Memory,
    owner: str,
    parsed: Parsed,
    *,
    me: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Write ``parsed`` in one transaction and report what happened."""
    report = ImportReport(parsed.kind, rows=parsed.rows, problems=list(parsed.problems))
    tick = progress or (lambda _: None)
    if me is not None and not me.strip():
        raise InvalidInput("--me must be your LinkedIn profile URL")
    with memory.writing(owner) as repo:
        if parsed.kind == "linkedin-messages":
            _apply_messages(repo, parsed, normalise_url(me) if me else None, report, tick)
        else:
            _apply_contacts(repo, parsed, report, tick)
    return report
