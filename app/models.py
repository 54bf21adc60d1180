"""Request and response models: the public contract (see docs/eval-format.md).

Only ``message.text`` is required. Unknown fields are rejected so that a typo such as
``last_contacted`` is reported instead of silently changing the verdict.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Channel(StrEnum):
    email = "email"
    linkedin_note = "linkedin_note"
    linkedin = "linkedin"
    text = "text"
    other = "other"


class Goal(StrEnum):
    job_search = "job_search"
    intro = "intro"
    advice = "advice"
    catch_up = "catch_up"
    sales = "sales"
    other = "other"


class Closeness(StrEnum):
    close = "close"
    friend = "friend"
    acquaintance = "acquaintance"
    weak_tie = "weak_tie"
    stranger = "stranger"


class Direction(StrEnum):
    gave = "gave"
    received = "received"
    neutral = "neutral"


class Kind(StrEnum):
    problem = "problem"
    strength = "strength"


class Severity(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class Stage(StrEnum):
    """Where the relationship stands; the norms of good outreach depend on it."""

    cold = "cold"
    dormant = "dormant"
    in_touch = "in_touch"
    unknown_gap = "unknown_gap"


class Role(StrEnum):
    """What one sentence of the draft does. The critique and the rewrite share this reading."""

    greeting = "greeting"
    pleasantry = "pleasantry"
    about_them = "about_them"
    shared_history = "shared_history"
    thanks = "thanks"
    news = "news"
    self_intro = "self_intro"
    owning_gap = "owning_gap"
    ask = "ask"
    offer = "offer"
    pressure = "pressure"
    score_keeping = "score_keeping"
    placeholder = "placeholder"
    filler = "filler"
    signoff = "signoff"


class Verdict(StrEnum):
    send = "send"
    revise = "revise"
    rethink = "rethink"


EngineName = Literal["rules", "llm", "auto"]

_MAX_FIELD = 2_000
_SURROGATE = re.compile("[\ud800-\udfff]")

# One offer or note: a line, not an essay.
Item = Annotated[str, Field(max_length=_MAX_FIELD)]


class Message(Strict):
    text: str = Field(..., description="The draft, exactly as the sender would send it.")
    subject: str | None = Field(None, max_length=_MAX_FIELD)
    channel: Channel = Channel.email

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("message.text is empty: paste the draft you want coached")
        if "\x00" in v:
            raise ValueError("message.text contains a NUL byte")
        if _SURROGATE.search(v):
            raise ValueError("message.text contains invalid Unicode (an unpaired surrogate)")
        return v


class Sender(Strict):
    name: str | None = Field(None, max_length=200)
    offers: list[Item] = Field(
        default_factory=list,
        max_length=50,
        description="Concrete things the sender could do for the recipient.",
    )


class Recipient(Strict):
    name: str | None = Field(None, max_length=200)
    notes: list[Item] = Field(
        default_factory=list,
        max_length=50,
        description="What the sender knows about the recipient (news, interests, work).",
    )


class Interaction(Strict):
    date: dt.date
    direction: Direction
    summary: str = Field("", max_length=_MAX_FIELD)


class Relationship(Strict):
    closeness: Closeness | None = None
    last_contact: dt.date | None = Field(
        None, description="Date of the last real exchange; null means never or unknown."
    )
    interactions: list[Interaction] = Field(default_factory=list)


class CoachRequest(Strict):
    message: Message
    sender: Sender = Field(default_factory=Sender)
    recipient: Recipient = Field(default_factory=Recipient)
    relationship: Relationship | None = None
    goal: Goal | None = None
    today: dt.date | None = Field(None, description="Reference date for every gap.")
    engine: EngineName | None = Field(
        None, description="rules, llm, or auto (llm when configured). Default: server setting."
    )

    @model_validator(mode="after")
    def _dates_not_in_future(self) -> CoachRequest:
        if self.relationship is None:
            return self
        today = self.today or dt.date.today()
        rel = self.relationship
        if rel.last_contact and rel.last_contact > today:
            raise ValueError(
                f"relationship.last_contact {rel.last_contact} is after today ({today})"
            )
        for i, it in enumerate(rel.interactions):
            if it.date > today:
                raise ValueError(
                    f"relationship.interactions[{i}].date {it.date} is after today ({today})"
                )
        return self

    def reference_date(self) -> dt.date:
        return self.today or dt.date.today()


class Span(BaseModel):
    start: int
    end: int


class SentenceInfo(BaseModel):
    """A sentence of the draft (or its greeting or sign-off) and what it does."""

    span: Span
    role: Role


class Finding(BaseModel):
    code: str
    kind: Kind
    severity: Severity | None = None
    message: str
    principle: str
    suggestion: str | None = None
    span: Span | None = None
    evidence: str | None = None
    source: Literal["rules", "llm"] = "rules"


class Ledger(BaseModel):
    deposits: int = Field(..., description="Recorded favours the sender did (gave).")
    withdrawals: int = Field(..., description="Recorded favours received, plus this ask if any.")
    prior_withdrawals: int
    this_message_asks: bool
    neutral: int
    ratio: float | None = Field(None, description="Deposits per withdrawal; null if none.")
    target_ratio: int = 7
    deposits_needed: int = Field(..., description="Deposits short of seven-to-one.")
    status: Literal["healthy", "thin", "overdrawn", "unknown", "no_ask"]
    days_since_contact: int | None = None
    months_since_contact: float | None = None
    gap_source: Literal["relationship", "interactions", "text", "none"] = "none"
    next_step: str


class Change(BaseModel):
    """One edit the rewrite made to the draft, and why."""

    action: Literal["kept", "edited", "dropped", "added"]
    code: str | None = Field(
        None, description="The finding this change answers (null for a plain keep)."
    )
    span: Span | None = Field(None, description="The part of the draft it touches.")
    text: str | None = Field(None, description="The new text, for edited and added pieces.")
    note: str = Field(..., description="Why, in one line.")


class Rewrite(BaseModel):
    text: str
    subject: str | None = None
    changes: list[Change]
    engine: Literal["rules", "llm"] = "rules"


class EngineReport(BaseModel):
    critique: Literal["rules", "llm"] = "rules"
    rewrite: Literal["rules", "llm"] = "rules"
    degraded: bool = False
    reasons: list[str] = Field(default_factory=list)
    notes: list[str] = Field(
        default_factory=list,
        description="What verification removed from the model's answer, and how the engine "
        "adapted to the server (e.g. its JSON mode).",
    )
    model: str | None = None
    prompt_version: str | None = None
    usage: dict[str, int] | None = None
    cached: bool = False


class CritiqueResponse(BaseModel):
    engine: Literal["rules", "llm"]
    relationship_stage: Stage = Field(
        ...,
        description="cold (a stranger, or nothing known of a past), dormant (a known tie, "
        "12+ months since the last real exchange), in_touch (under 12 months) or unknown_gap "
        "(a known tie with no date: not treated as silence).",
    )
    verdict: Verdict
    score: int = Field(..., ge=0, le=100)
    summary: str
    findings: list[Finding]
    sentences: list[SentenceInfo] = Field(
        default_factory=list,
        description="The draft read into sentences, each with its span and role (greeting, "
        "pleasantry, about_them, ask, offer, pressure, ...), as the analyzers and the rewrite "
        "see it.",
    )
    ledger: Ledger
    engine_report: EngineReport = Field(default_factory=EngineReport)


class CoachResponse(CritiqueResponse):
    rewrite: Rewrite
    deposit_ideas: list[str]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[dict[str, object]] = Field(default_factory=list)


class ErrorResponse(BaseModel):
    error: ErrorBody
