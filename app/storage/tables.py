"""The tables that hold contacts, their interactions and the messages recorded as sent.

Ids are random (uuid4 hex), never sequential, so an id reveals nothing about how many
contacts other owners keep. Every row carries its ``owner`` (``local`` without API keys, a
hash of the key with them) and every query filters on it. A contact also keeps a few
aggregates of its interactions (last contact, favours each way, when it is next due) so the
reconnect list can be found through indexes instead of reading every interaction; the
repository recomputes them in the same transaction as any change to the interactions.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_lower: Mapped[str] = mapped_column(String(200), nullable=False)
    closeness: Mapped[str | None] = mapped_column(String(20))
    how_we_met: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    offers: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    email: Mapped[str | None] = mapped_column(String(320))
    profile_url: Mapped[str | None] = mapped_column(String(500))
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    external_key: Mapped[str | None] = mapped_column(String(300))
    # Aggregates of the interactions, kept by the repository.
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    gave: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    received: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    neutral: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    deficit: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_contacts_owner_name", "owner", "name_lower"),
        Index("ix_contacts_owner_due", "owner", "due_on"),
        Index("ix_contacts_owner_last", "owner", "last_contact"),
        Index("ix_contacts_owner_deficit", "owner", "deficit"),
        Index("ix_contacts_owner_email", "owner", "email"),
        Index("ix_contacts_owner_url", "owner", "profile_url"),
        Index("ix_contacts_owner_key", "owner", "external_key"),
    )


class Interaction(Base):
    __tablename__ = "interactions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner: Mapped[str] = mapped_column(String(64), nullable=False)
    contact_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    source: Mapped[str] = mapped_column(String(40), nullable=False, default="manual")
    # Set by importers so that a second import of the same file adds nothing.
    source_key: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_interactions_contact_date", "contact_id", "date"),
        Index("ux_interactions_owner_source_key", "owner", "source_key", unique=True),
    )


class SentMessage(Base):
    __tablename__ = "sent_messages"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner: Mapped[str] = mapped_column(String(64), nullable=False)
    contact_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )
    interaction_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("interactions.id", ondelete="SET NULL")
    )
    sent_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    subject: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    classification: Mapped[str] = mapped_column(String(10), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    __table_args__ = (Index("ix_sent_contact", "contact_id", "sent_on"),)
