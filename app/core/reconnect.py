"""Who to reconnect with: rank contacts by how much a message is worth sending now.

Pure functions over plain data (``Facts``), so the ranking is tested on constructed
histories without a database. Three things earn a contact a place on the list, each with
a sentence saying why:

* **cadence overdue** — the time since the last contact has passed the stay-in-touch
  cadence (the contact's own, or the default for its closeness): 40 points, plus 20 for
  each further cadence missed, up to 100;
* **a dormant tie with a good history** — a year or more of silence after at least two
  favours exchanged: 25 points plus 5 per favour (up to six), plus 10 when you gave at
  least as much as you received;
* **a ledger that needs deposits** — they have done more for you than you for them:
  15 points per favour of difference, up to 60. Any ask should wait for deposits.

The sum is weighted by closeness (close 1.5, friend 1.3, acquaintance 1.0, unknown 0.9,
weak tie 0.7, stranger 0.5) and contacts are sorted by score, then by the longest silence.
Each suggestion carries one deposit idea built only from what is stored about the
person (their news, a favour to close the loop on, an offer, how you met), so it is
grounded by construction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.ledger import plural

# Days between messages that keep a tie alive, by closeness. Strangers have no cadence.
DEFAULT_CADENCE: dict[str | None, int | None] = {
    "close": 30,
    "friend": 60,
    "acquaintance": 120,
    "weak_tie": 180,
    "stranger": None,
    None: 90,
}
WEIGHT: dict[str | None, float] = {
    "close": 1.5,
    "friend": 1.3,
    "acquaintance": 1.0,
    "weak_tie": 0.7,
    "stranger": 0.5,
    None: 0.9,
}
DORMANT_DAYS = 365


@dataclass(frozen=True, slots=True)
class Facts:
    """What the ranking needs to know about one contact."""

    id: str
    name: str
    closeness: str | None = None
    cadence_days: int | None = None
    last_contact: dt.date | None = None
    gave: int = 0
    received: int = 0
    notes: Sequence[str] = ()
    offers: Sequence[str] = ()
    how_we_met: str | None = None
    last_received: str | None = None  # summary of the latest favour they did for you


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: str
    score: float
    due: bool
    days_since_contact: int | None
    cadence_days: int | None
    reasons: list[str] = field(default_factory=list)
    idea: str = ""

    @property
    def reason(self) -> str:
        return " ".join(self.reasons)


def effective_cadence(closeness: str | None, cadence_days: int | None) -> int | None:
    """The contact's own cadence, else the default for its closeness."""
    if cadence_days is not None:
        return cadence_days
    return DEFAULT_CADENCE.get(closeness, DEFAULT_CADENCE[None])


def due_date(last_contact: dt.date | None, cadence: int | None) -> dt.date | None:
    if last_contact is None or cadence is None:
        return None
    return last_contact + dt.timedelta(days=cadence)


def ago(days: int) -> str:
    """'3 days ago', '5 weeks ago', '14 months ago', '3 years ago'."""
    if days < 14:
        return "today" if days == 0 else f"{plural(days, 'day')} ago"
    if days < 60:
        return f"{plural(days // 7, 'week')} ago"
    if days < 730:
        return f"{plural(round(days / 30.437), 'month')} ago"
    return f"{plural(days // 365, 'year')} ago"


def every(cadence: int) -> str:
    """'every 10 days', 'every week', 'every 3 weeks', 'every month', 'every 4 months'."""
    if cadence < 14 and cadence % 7:
        return "every day" if cadence == 1 else f"every {cadence} days"
    if cadence < 28:
        weeks = round(cadence / 7)
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    months = round(cadence / 30.437)
    return "every month" if months == 1 else f"every {months} months"


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def deposit_idea(f: Facts) -> str:
    """One concrete deposit, from what is stored about them (most specific first)."""
    who = first_name(f.name)
    if f.notes:
        note = _clean(f.notes[-1])
        return (
            f"Start from what you know of them ({note}): ask {who} how it is going, "
            "and ask for nothing."
        )
    if f.last_received and f.received > f.gave:
        return (
            f"Close the loop on a favour {who} did you ({_clean(f.last_received)}): "
            "tell them how it turned out and thank them."
        )
    if f.offers:
        return f"Offer this with no strings attached: {_clean(f.offers[0])}."
    if f.how_we_met:
        return (
            f"Bring back how you know each other ({_clean(f.how_we_met)}) and ask {who} "
            "what they are working on now."
        )
    return (
        f"Ask {who} what they are working on this quarter and what would help, "
        "then follow up on it."
    )


def assess(f: Facts, today: dt.date) -> Suggestion | None:
    """Score one contact; None when nothing makes a message worth sending now."""
    who = first_name(f.name)
    days = None if f.last_contact is None else max(0, (today - f.last_contact).days)
    cadence = effective_cadence(f.closeness, f.cadence_days)
    scored: list[tuple[float, str]] = []
    due = False

    if cadence is not None and days is not None and days >= cadence:
        due = True
        points = 40 + 20 * min((days - cadence) / cadence, 3.0)
        scored.append(
            (
                points,
                f"You were last in touch with {who} {ago(days)}; you meant to be {every(cadence)}.",
            )
        )
    history = f.gave + f.received
    if days is not None and days >= DORMANT_DAYS and history >= 2:
        points = 25 + 5 * min(history, 6) + (10 if f.gave >= f.received else 0)
        scored.append(
            (
                points,
                f"A dormant tie with real history: {plural(history, 'favour')} between you, "
                f"and {ago(days).removesuffix(' ago')} of silence.",
            )
        )
    if f.received > f.gave:
        points = 15 * min(f.received - f.gave, 4)
        scored.append(
            (
                points,
                f"With {who} you have made {plural(f.received, 'withdrawal')} and "
                f"{plural(f.gave, 'deposit')}: make deposits before any ask.",
            )
        )
    if not scored:
        return None
    weight = WEIGHT.get(f.closeness, WEIGHT[None])
    total = round(weight * sum(p for p, _ in scored), 1)
    reasons = [r for _, r in sorted(scored, key=lambda pr: -pr[0])]
    return Suggestion(f.id, total, due, days, cadence, reasons, deposit_idea(f))


def rank(contacts: Iterable[Facts], today: dt.date, limit: int = 10) -> list[Suggestion]:
    """The ``limit`` contacts most worth a message now, best first."""
    out = [s for f in contacts if (s := assess(f, today)) is not None]
    out.sort(key=lambda s: (-s.score, -(s.days_since_contact or 0), s.id))
    return out[:limit]
