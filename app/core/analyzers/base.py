"""How an analyzer is declared.

Like proselint's checks, each analyzer is data plus one function: a stable code,
its kind and severity, the message and the principle behind it, a suggestion, and
examples that must and must not fire. The examples are the analyzer's own tests
(see tests/test_analyzer_examples.py), so an analyzer without them fails the suite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.asks import Ask, Offer
from app.core.ledger import Gap
from app.core.phrasebook import TIME_BOX
from app.core.signals import Signals
from app.core.text import Doc
from app.models import Closeness, CoachRequest, Kind, Ledger, Severity, Stage


@dataclass(frozen=True, slots=True)
class Context:
    """Everything an analyzer may look at, computed once per draft."""

    req: CoachRequest
    doc: Doc
    asks: list[Ask]
    offers: list[Offer]
    gap: Gap
    ledger: Ledger
    signals: Signals
    stage: Stage

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def closeness(self) -> Closeness | None:
        return self.req.relationship.closeness if self.req.relationship else None

    @property
    def close_and_recent(self) -> bool:
        """A close friend or friend, in touch within 90 days or with no date recorded (an
        unknown gap is not read as distance), with a ledger in credit."""
        return (
            self.closeness in (Closeness.close, Closeness.friend)
            and (self.gap.days is None or self.gap.days <= 90)
            and self.ledger.status != "overdrawn"
        )

    def small(self, ask: Ask) -> bool:
        """Small, time-boxed ("a short call about the role"), or narrowed at once by a
        bounded ask ("I'd love some pointers! Could I email you three questions?")."""
        if ask.small or TIME_BOX.search(ask.sentence.text):
            return True  # a time box bounds it, whatever the topic
        nxt = ask.sentence.index + 1
        return any(a.sentence.index == nxt and a.bounded for a in self.asks)


@dataclass(frozen=True, slots=True)
class Hit:
    """One place an analyzer fired; ``message`` and ``severity`` override the declared
    defaults when given (several severities depend on the stage or the size of the ask)."""

    span: tuple[int, int] | None
    message: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """A draft (plus request context) and whether, and where, the analyzer fires.

    ``evidence`` is the exact substring the first finding must point at.
    """

    text: str
    fires: bool
    evidence: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    severity: Severity | None = None


Check = Callable[[Context], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Analyzer:
    code: str
    kind: Kind
    severity: Severity | None
    message: str
    principle: str
    suggestion: str
    examples: tuple[Example, ...]
    check: Check


REGISTRY: list[Analyzer] = []


def analyzer(
    code: str,
    *,
    kind: Kind = Kind.problem,
    severity: Severity | None = None,
    message: str,
    principle: str,
    suggestion: str = "",
    examples: Iterable[Example] = (),
) -> Callable[[Check], Check]:
    """Register ``check`` under ``code``. Codes are public API: never rename one."""

    def register(check: Check) -> Check:
        if any(a.code == code for a in REGISTRY):
            raise ValueError(f"duplicate analyzer code {code!r}")
        REGISTRY.append(
            Analyzer(code, kind, severity, message, principle, suggestion, tuple(examples), check)
        )
        return check

    return register


def yes(
    text: str, evidence: str | None = None, *, severity: Severity | None = None, **context: Any
) -> Example:
    """An example that must fire (at ``evidence``, with ``severity`` when given)."""
    return Example(text, True, evidence, context, severity)


def no(text: str, **context: Any) -> Example:
    return Example(text, False, None, context)


def rel(
    last_contact: str | None = None, closeness: str | None = None, **extra: Any
) -> dict[str, Any]:
    """Shorthand for an example's relationship context."""
    r: dict[str, Any] = dict(extra)
    if last_contact is not None:
        r["last_contact"] = last_contact
    if closeness is not None:
        r["closeness"] = closeness
    return {"relationship": r}
