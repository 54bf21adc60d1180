"""The public contract of relationship memory: contacts, interactions, sent messages,
the reconnect list and the JSON export.

An interaction has the same shape as in a coach request (``date``, ``direction``,
``summary``) plus ``id`` and ``source``, so a stored history can be pasted into
``/v1/coach`` as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, field_validator

from app.models import (
    Closeness,
    CoachResponse,
    Direction,
    EngineName,
    Goal,
    Interaction,
    Ledger,
    Message,
    Sender,
    Strict,
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_URL = re.compile(r"https?://[^\s/]+\.[^\s]+", re.IGNORECASE)
Line = Annotated[str, Field(max_length=2_000)]
Tag = Annotated[str, Field(min_length=1, max_length=60)]


def _clean_list(v: list[str]) -> list[str]:
    out: list[str] = []
    for item in v:
        s = " ".join(item.split())
        if s and s not in out:
            out.append(s)
    return out


class ContactFields(Strict):
    """Everything about a contact the user can set."""

    closeness: Closeness | None = None
    how_we_met: str | None = Field(None, max_length=2_000, description="How you know them.")
    notes: list[Line] = Field(
        default_factory=list, max_length=50, description="What you know about them, newest last."
    )
    offers: list[Line] = Field(
        default_factory=list, max_length=50, description="What you could offer them."
    )
    tags: list[Tag] = Field(default_factory=list, max_length=30)
    email: str | None = Field(None, max_length=320)
    profile_url: str | None = Field(None, max_length=500)
    cadence_days: int | None = Field(
        None, ge=1, le=3650, description="Stay-in-touch cadence; default by closeness."
    )

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        v = v.strip()
        if not _EMAIL.fullmatch(v):
            raise ValueError(f"{v!r} is not an email address")
        return v

    @field_validator("profile_url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        v = v.strip()
        if not _URL.fullmatch(v):
            raise ValueError(f"{v!r} is not a web address (https://...)")
        return v

    @field_validator("notes", "offers", "tags")
    @classmethod
    def _tidy(cls, v: list[str]) -> list[str]:
        return _clean_list(v)


class ContactIn(ContactFields):
    name: str = Field(..., min_length=1, max_length=200)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        v = " ".join(v.split())
        if not v:
            raise ValueError("name is empty")
        return v


class ContactPatch(ContactFields):
    """Only the fields sent are changed; send null to clear one."""

    name: str | None = Field(None, min_length=1, max_length=200)


class Contact(BaseModel):
    id: str
    name: str
    closeness: Closeness | None = None
    how_we_met: str | None = None
    notes: list[str] = Field(default_factory=list)
    offers: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    email: str | None = None
    profile_url: str | None = None
    cadence_days: int | None = None
    last_contact: dt.date | None = Field(None, description="Latest interaction, if any.")
    effective_cadence_days: int | None = Field(
        None, description="cadence_days, or the default for the closeness."
    )
    due_on: dt.date | None = Field(None, description="When the next message is due.")


class ContactSummary(Contact):
    due: bool = False


class ContactList(BaseModel):
    items: list[ContactSummary]
    total: int
    limit: int
    offset: int


class Standing(BaseModel):
    """The relationship as the coach reads it from the stored history."""

    ledger: Ledger
    last_contact: dt.date | None
    days_since_contact: int | None
    due: bool
    stage: Any | None = Field(
        None, description="The critique's relationship stage, when the core provides one."
    )


class ContactDetail(Contact):
    standing: Standing
    interaction_count: int


class InteractionIn(Interaction):
    """A favour or touchpoint: gave (you helped them), received (they helped you), neutral."""


class StoredInteraction(BaseModel):
    id: str
    date: dt.date
    direction: Direction
    summary: str
    source: str


class InteractionList(BaseModel):
    items: list[StoredInteraction]


class ContactCoachRequest(Strict):
    """The body of /v1/coach without recipient and relationship: the store fills them."""

    message: Message
    sender: Sender = Field(default_factory=Sender)
    goal: Goal | None = None
    today: dt.date | None = None
    engine: EngineName | None = None


class SentIn(Strict):
    message: Message
    date: dt.date | None = Field(None, description="When it was sent (default: today).")
    direction: Direction | None = Field(
        None, description="Override the coach's classification (gave, received, neutral)."
    )
    summary: str | None = Field(None, max_length=2_000, description="Timeline line.")


class Classification(BaseModel):
    direction: Direction
    label: Literal["deposit", "withdrawal", "neutral"]
    asks: bool
    gives: bool
    overridden: bool
    reason: str


class SentOut(BaseModel):
    id: str
    interaction: StoredInteraction
    classification: Classification


class ContactCoachResponse(CoachResponse):
    contact_id: str


class ReconnectItem(BaseModel):
    contact: ContactSummary
    score: float
    reason: str
    reasons: list[str]
    idea: str
    days_since_contact: int | None


class ReconnectList(BaseModel):
    today: dt.date
    items: list[ReconnectItem]


class SentRecord(BaseModel):
    id: str
    date: dt.date
    channel: str
    subject: str | None
    text: str
    classification: Direction
    interaction_id: str | None


class ExportContact(ContactIn):
    id: str | None = None
    interactions: list[StoredInteraction] = Field(default_factory=list)
    sent: list[SentRecord] = Field(default_factory=list)


class Export(BaseModel):
    format: Literal["outreach-coach/contacts"] = "outreach-coach/contacts"
    version: Literal[1] = 1
    exported_at: dt.datetime
    contacts: list[ExportContact]
