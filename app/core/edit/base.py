"""What every part of the edit shares: the options a candidate is planned under, the edit in
progress as the plan walks the draft, and the small line tests more than one part needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.critique import Critique
from app.core.edit.vocab import CLOCK_OF_THEIR_OWN, DEADLINE_DATE
from app.core.layout import Piece
from app.core.roles import RoledSentence
from app.models import Role


@dataclass(frozen=True, slots=True)
class Options:
    """What one candidate may add: stock lines, and whether the ask is held back."""

    stock_lines: bool = True
    hold_ask: bool = False
    additions: bool = True  # False: only fix or drop what is flagged, add nothing
    stock_offer: bool = True  # False: offer only what the sender listed, never a stock offer
    lean: bool = False  # True: fix, drop and reshape the ask; add only an offer the sender listed


@dataclass(slots=True)
class Edit:
    """The edit in progress: what the plan has placed so far, sentence by sentence."""

    crit: Critique
    codes: set[str]
    name: str | None  # their first name
    hold: bool  # the ask waits for later
    kept_text: str  # what the rewrite will still say of the draft
    ask_at: set[int]  # where the draft asks, when the ask is held back
    pieces: list[Piece] = field(default_factory=list)
    asks: list[Piece] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # the asks saved for later, as written
    about_added: bool = False  # a line about them has been put in already
    dropped_lead: bool = False  # a stock pleasantry opening the draft went


def drop(r: RoledSentence, code: str | None, note: str) -> Piece:
    return Piece("dropped", "", r.role, (r.start, r.end), code, note)


def only_nudge(text: str) -> bool:
    return bool(
        re.fullmatch(
            r"(?:please\s+)?(?:let\s+me\s+know|get\s+back\s+to\s+me|reply|respond|confirm|"
            r"(?:i\s+)?need\s+(?:an?|some|your)\s+(?:answer|reply|response)(?:\s+\w+)?)\W*",
            text,
            re.I,
        )
    )


def starts_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a line of its own. ``text`` is the masked
    draft, so "</p><p>" (blanked to newlines and spaces) counts as a break too."""
    if "\n\n" in text[max(0, start - 6) : start] or "\n" in text[max(0, start - 2) : start]:
        return True
    before = text[max(0, start - 40) : start]
    return "\n" in before[len(before.rstrip()) :] and text[:start].rstrip().endswith(
        (">", ",", ".", "!", "?")
    )


def kept_news(r: RoledSentence, line: str, note: str, para: bool) -> Piece:
    """What is left of a line of pressure, as the sender's news: "Their offer expires
    Monday.", "Ive been laid off."."""
    return Piece(
        "edited",
        line[:1].upper() + line[1:] + ".",
        Role.news,
        (r.start, r.end),
        "desperation",
        note,
        para,
    )


_THAT_WEEK = re.compile(r"\bthat\s+(week|day)\b", re.IGNORECASE)


def own_clock(r: RoledSentence, para: bool) -> Piece | None:
    """ "I need your answer by Thursday as their offer expires on Monday": the deadline on
    their answer goes, the date the sender works to stays, as their news."""
    why = CLOCK_OF_THEIR_OWN.search(r.text)
    if why is None:
        return None
    line = why.group(1)
    if that := _THAT_WEEK.search(line):
        # "our board decides the new tank budget that week" once "before 15 December" is cut
        date = DEADLINE_DATE.search(r.text[: why.start(1)])
        if date is None:
            return None  # "that week" would point at nothing
        line = f"{line[: that.start()]}the {that.group(1)} of {date.group(1)}{line[that.end() :]}"
    return kept_news(
        r, line, "Kept the date you work to; dropped the deadline on their answer.", para
    )


def in_credit(crit: Critique) -> bool:
    """The sender has given more than they have had: read blind, a stock "just say if you
    ever need a hand" from someone who covered their Christmas week reads as a dig, or empty."""
    lg = crit.ctx.ledger
    return lg.deposits >= 2 and lg.deposits > lg.prior_withdrawals


def seen_lately(crit: Critique) -> bool:
    """In touch in the last three weeks: read blind, "What's new with you?" to a friend seen
    at the game last Saturday is a question they have just answered."""
    days = crit.ctx.gap.days
    return days is not None and days <= 21
