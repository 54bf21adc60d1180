"""Relationship memory's use cases, shared by the REST API, the web pages and the CLI.

The ledger, last contact and gap of a contact are never computed here: the stored contact
and its history are turned into the same ``CoachRequest`` the stateless API takes, and the
core critiques it. A message recorded as sent is classified the same way, by the coach's
own reading of it (does it ask? does it give first or offer something?).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from app.config import Settings
from app.core import reconnect
from app.core.critique import critique
from app.errors import InvalidInput
from app.memory import models as m
from app.models import (
    CoachRequest,
    Direction,
    Interaction,
    Message,
    Recipient,
    Relationship,
    Sender,
)
from app.storage.db import Store, open_store
from app.storage.repo import Repo
from app.storage.tables import Contact as ContactRow
from app.storage.tables import Interaction as InteractionRow

LABELS: dict[Direction, Literal["deposit", "withdrawal", "neutral"]] = {
    Direction.gave: "deposit",
    Direction.received: "withdrawal",
    Direction.neutral: "neutral",
}
# A neutral note to read the ledger with when there is no draft: it asks for nothing.
_PROBE = "Thinking of you."
RECONNECT_POOL = 200


def contact_out(c: ContactRow, cls: type[m.Contact] = m.ContactSummary, **extra: Any) -> Any:
    cadence = reconnect.effective_cadence(c.closeness, c.cadence_days)
    data: dict[str, Any] = {
        "id": c.id,
        "name": c.name,
        "closeness": c.closeness,
        "how_we_met": c.how_we_met,
        "notes": list(c.notes or []),
        "offers": list(c.offers or []),
        "tags": list(c.tags or []),
        "email": c.email,
        "profile_url": c.profile_url,
        "cadence_days": c.cadence_days,
        "last_contact": c.last_contact,
        "effective_cadence_days": cadence,
        "due_on": c.due_on,
        **extra,
    }
    return cls.model_validate(data)


def summary_out(c: ContactRow, today: dt.date) -> m.ContactSummary:
    out: m.ContactSummary = contact_out(c, due=c.due_on is not None and c.due_on <= today)
    return out


def interaction_out(i: InteractionRow) -> m.StoredInteraction:
    return m.StoredInteraction(
        id=i.id,
        date=i.date,
        direction=Direction(i.direction),
        summary=i.summary,
        source=i.source,
    )


def build_request(
    c: ContactRow,
    history: list[InteractionRow],
    *,
    message: Message,
    today: dt.date,
    sender: Sender | None = None,
    goal: Any = None,
    engine: Any = None,
    max_interactions: int = 1_000,
) -> CoachRequest:
    """The stateless coach request the stored contact and its history stand for."""
    recent = sorted(history, key=lambda i: i.date)[-max_interactions:]
    sender = sender or Sender()
    offers = list(dict.fromkeys([*sender.offers, *(c.offers or [])]))[:50]
    return CoachRequest(
        message=message,
        sender=Sender(name=sender.name, offers=offers),
        recipient=Recipient(name=c.name, notes=list(c.notes or [])[-50:]),
        relationship=Relationship(
            closeness=c.closeness,
            interactions=[
                Interaction(date=i.date, direction=Direction(i.direction), summary=i.summary)
                for i in recent
                if i.date <= today
            ],
        ),
        goal=goal,
        today=today,
        engine=engine,
    )


def classify(req: CoachRequest, override: Direction | None = None) -> m.Classification:
    """Deposit, withdrawal or neutral, by the coach's reading of the message."""
    crit = critique(req)
    asks = crit.ctx.ledger.this_message_asks
    gives = "gives_first" in crit.codes() or bool(crit.ctx.offers)
    if asks:
        direction, reason = Direction.received, "It asks for something: a withdrawal."
    elif gives:
        direction, reason = Direction.gave, "It gives or offers something and asks nothing."
    else:
        direction, reason = Direction.neutral, "It neither asks nor offers: a touchpoint."
    overridden = override is not None and override is not direction
    if override is not None:
        direction = override
        if overridden:
            reason = f"Recorded as {LABELS[direction]} by you (the coach read: {reason})"
    return m.Classification(
        direction=direction,
        label=LABELS[direction],
        asks=asks,
        gives=gives,
        overridden=overridden,
        reason=reason,
    )


def timeline_summary(message: Message, label: str) -> str:
    """A line for the timeline: the subject, else the message's first sentence, clipped."""
    base = (message.subject or "").strip()
    if not base:
        first = message.text.strip().split("\n")[0]
        base = first if len(first) <= 100 else first[:97].rstrip() + "..."
    return f"Sent ({label}): {base}"


class Memory:
    """The store plus the rules of relationship memory, for one process."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self._store = store

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.settings.database_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()

    @contextmanager
    def reading(self, owner: str) -> Iterator[Repo]:
        with self.store.read() as s:
            yield Repo(s, owner)

    @contextmanager
    def writing(self, owner: str) -> Iterator[Repo]:
        with self.store.write() as s:
            yield Repo(s, owner)

    # ------------------------------------------------------------------ contacts

    def create(self, owner: str, body: m.ContactIn) -> m.ContactSummary:
        with self.writing(owner) as repo:
            c = repo.create(body.model_dump(mode="json"))
            return summary_out(c, dt.date.today())

    def list_contacts(
        self,
        owner: str,
        *,
        q: str | None = None,
        tag: str | None = None,
        due: bool = False,
        today: dt.date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> m.ContactList:
        today = today or dt.date.today()
        with self.reading(owner) as repo:
            if q or tag or due:
                rows, total = repo.search(
                    q, tag=tag, due_by=today if due else None, limit=limit, offset=offset
                )
            else:
                rows, total = repo.page(limit=limit, offset=offset)
            return m.ContactList(
                items=[summary_out(c, today) for c in rows],
                total=total,
                limit=limit,
                offset=offset,
            )

    def detail(self, owner: str, contact_id: str, today: dt.date | None = None) -> m.ContactDetail:
        today = today or dt.date.today()
        with self.reading(owner) as repo:
            c = repo.get(contact_id)
            history = repo.interactions(c.id)
            standing = self.standing(c, history, today)
            out: m.ContactDetail = contact_out(
                c, m.ContactDetail, standing=standing, interaction_count=len(history)
            )
            return out

    def standing(self, c: ContactRow, history: list[InteractionRow], today: dt.date) -> m.Standing:
        req = build_request(
            c,
            history,
            message=Message(text=_PROBE),
            today=today,
            max_interactions=self.settings.max_interactions,
        )
        res = critique(req).response()
        return m.Standing(
            ledger=res.ledger,
            last_contact=c.last_contact,
            days_since_contact=res.ledger.days_since_contact,
            due=c.due_on is not None and c.due_on <= today,
            stage=getattr(res, "relationship_stage", None),
        )

    def patch(self, owner: str, contact_id: str, body: m.ContactPatch) -> m.ContactSummary:
        data = body.model_dump(mode="json", exclude_unset=True)
        if "name" in data and not data["name"]:
            raise InvalidInput("name: a contact needs a name.")
        for k in ("notes", "offers", "tags"):
            if k in data and data[k] is None:
                data[k] = []
        with self.writing(owner) as repo:
            c = repo.update(repo.get(contact_id, lock=True), data)
            return summary_out(c, dt.date.today())

    def delete(self, owner: str, contact_id: str) -> None:
        with self.writing(owner) as repo:
            repo.delete(repo.get(contact_id, lock=True))

    # ------------------------------------------------------------------ interactions

    def interactions(self, owner: str, contact_id: str) -> m.InteractionList:
        with self.reading(owner) as repo:
            c = repo.get(contact_id)
            return m.InteractionList(items=[interaction_out(i) for i in repo.interactions(c.id)])

    def add_interaction(
        self, owner: str, contact_id: str, body: m.InteractionIn, source: str = "manual"
    ) -> m.StoredInteraction:
        _not_future(body.date, "date")
        with self.writing(owner) as repo:
            c = repo.get(contact_id, lock=True)
            it = repo.add_interaction(
                c,
                date=body.date,
                direction=body.direction.value,
                summary=body.summary,
                source=source,
            )
            assert it is not None
            return interaction_out(it)

    def delete_interaction(self, owner: str, contact_id: str, interaction_id: str) -> None:
        with self.writing(owner) as repo:
            repo.delete_interaction(repo.get(contact_id, lock=True), interaction_id)

    # ------------------------------------------------------------------ coach and sent

    def coach_request(
        self, owner: str, contact_id: str, body: m.ContactCoachRequest
    ) -> CoachRequest:
        today = body.today or dt.date.today()
        with self.reading(owner) as repo:
            c = repo.get(contact_id)
            return build_request(
                c,
                repo.interactions(c.id),
                message=body.message,
                today=today,
                sender=body.sender,
                goal=body.goal,
                engine=body.engine,
                max_interactions=self.settings.max_interactions,
            )

    def record_sent(self, owner: str, contact_id: str, body: m.SentIn) -> m.SentOut:
        day = body.date or dt.date.today()
        _not_future(day, "date")
        if len(body.message.text) > self.settings.max_chars:
            raise InvalidInput(f"message.text is over {self.settings.max_chars:,} characters.")
        with self.writing(owner) as repo:
            c = repo.get(contact_id, lock=True)
            history = repo.interactions(c.id)
            req = build_request(
                c,
                history,
                message=body.message,
                today=max(day, dt.date.today()),
                max_interactions=self.settings.max_interactions,
            )
            cls = classify(req, body.direction)
            summary = body.summary or timeline_summary(body.message, cls.label)
            it = repo.add_interaction(
                c, date=day, direction=cls.direction.value, summary=summary, source="sent"
            )
            assert it is not None
            sent = repo.add_sent(
                c,
                sent_on=day,
                channel=body.message.channel.value,
                subject=body.message.subject,
                text=body.message.text,
                classification=cls.direction.value,
                interaction_id=it.id,
            )
            return m.SentOut(id=sent.id, interaction=interaction_out(it), classification=cls)

    # ------------------------------------------------------------------ reconnect

    def reconnect(
        self, owner: str, *, today: dt.date | None = None, limit: int | None = None
    ) -> m.ReconnectList:
        today = today or dt.date.today()
        limit = limit or self.settings.reconnect_limit
        with self.reading(owner) as repo:
            rows = repo.reconnect_candidates(today, max(RECONNECT_POOL, limit))
            lean = {c.id: _facts(c, lean=True) for c in rows}
            ranked = reconnect.rank(lean.values(), today, limit)
            # The score needs only dates and counts; the winners' ideas need their notes,
            # offers and the last favour received, read now for those few.
            by_id = repo.full([s.id for s in ranked])
            facts = {cid: _facts(c) for cid, c in by_id.items()}
            owed = [cid for cid, f in facts.items() if f.received > f.gave]
            for cid, summary in repo.last_received(owed).items():
                facts[cid] = dataclasses.replace(facts[cid], last_received=summary)
            ranked = [reconnect.assess(facts[s.id], today) or s for s in ranked]
            return m.ReconnectList(
                today=today,
                items=[
                    m.ReconnectItem(
                        contact=summary_out(by_id[s.id], today),
                        score=s.score,
                        reason=s.reason,
                        reasons=s.reasons,
                        idea=s.idea,
                        days_since_contact=s.days_since_contact,
                    )
                    for s in ranked
                ],
            )

    # ------------------------------------------------------------------ export

    def export(self, owner: str) -> m.Export:
        with self.reading(owner) as repo:
            history, sent_by_contact = repo.all_history()
            contacts = []
            for c in repo.all_contacts():
                contacts.append(
                    m.ExportContact(
                        id=c.id,
                        name=c.name,
                        closeness=c.closeness,
                        how_we_met=c.how_we_met,
                        notes=list(c.notes or []),
                        offers=list(c.offers or []),
                        tags=list(c.tags or []),
                        email=c.email,
                        profile_url=c.profile_url,
                        cadence_days=c.cadence_days,
                        interactions=[interaction_out(i) for i in history.get(c.id, [])],
                        sent=[
                            m.SentRecord(
                                id=s.id,
                                date=s.sent_on,
                                channel=s.channel,
                                subject=s.subject,
                                text=s.text,
                                classification=Direction(s.classification),
                                interaction_id=s.interaction_id,
                            )
                            for s in sent_by_contact.get(c.id, [])
                        ],
                    )
                )
            return m.Export(exported_at=dt.datetime.now(dt.UTC), contacts=contacts)


def _facts(c: ContactRow, lean: bool = False) -> reconnect.Facts:
    """What ranking needs of a contact; ``lean`` leaves out the notes and offers that only
    the chosen few need for their deposit idea."""
    facts = reconnect.Facts(
        id=c.id,
        name=c.name,
        closeness=c.closeness,
        cadence_days=c.cadence_days,
        last_contact=c.last_contact,
        gave=c.gave,
        received=c.received,
    )
    if lean:
        return facts
    return dataclasses.replace(
        facts,
        notes=list(c.notes or []),
        offers=list(c.offers or []),
        how_we_met=c.how_we_met,
    )


def _not_future(day: dt.date, label: str) -> None:
    today = dt.date.today()
    if day > today:
        raise InvalidInput(f"{label} {day} is after today ({today}).")
