"""The relationship ledger: deposits against withdrawals, and how long it has been.

The rule of thumb is seven deposits for every withdrawal. ``received`` entries are
withdrawals the sender already made; an ask in this draft would be one more.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.core.patterns import Gated
from app.models import CoachRequest, Direction, Ledger

TARGET = 7
DAYS_PER_MONTH = 30.437

_NUM = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a couple": 2, "a few": 3,
    "several": 4, "many": 5, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30,
}  # fmt: skip

# How long it has been, as the draft itself admits it.
_QTY = (
    r"(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"a\s+couple(?:\s+of)?|a\s+few|several|many)"
    r"(?:\+|\s+or\s+(?:so|more|\w+))?\s+(years?|yrs?|months?)"
)
_APPROX = (
    r"(?:(?:over|about|almost|nearly|more\s+than|close\s+to|like|roughly|well\s+over|"
    r"the\s+better\s+part\s+of)\s+)?"
)
# Every match names its unit, so the pattern only runs on drafts that mention one.
GAP_YEARS = Gated(
    re.compile(
        r"(?:(?:haven['’]?t|have\s+not|hadn['’]?t|had\s+not|not)\s+(?:spoken|talked|been\s+in\s+touch|caught\s+up|"
        r"seen\s+each\s+other|chatted|connected|heard\s+from\s+(?:you|each\s+other)|met|seen\s+you)\s+(?:in|for)\s+"
        + _APPROX
        # "we did not speak for almost three years", as a learner writes it
        + r"|(?:did\s+not|didn['’]?t|not)\s+(?:speak|talk|see\s+each\s+other|chat|meet)\s+(?:in|for)\s+"
        + _APPROX
        + r"|(?:it['’]s|it\s+has|it\s+is|it['’]s\s+been|it\s+has\s+been|been)\s+"
        + _APPROX
        + r"(?=[\w\s]{1,25}\s+(?:since|already|now|i\s+know)\b"
        # "It's been more than five years, just wondering how you are"
        + r"|[\w\s]{1,12}?\b(?:years?|yrs?|months?)\s*(?:[,.!;]|\s+[-–—]))"
        # "haven't spoken since your wedding, must be over two years now"
        + r"|must\s+(?:be|have\s+been)\s+"
        + _APPROX
        + r"(?=[\w\s]{1,25}\s+(?:since|now|ago)\b)"
        + r"|(?:(?:spoke|talked|met|saw\s+each\s+other|caught\s+up|chatted|worked\s+together)(?:\s+last)?\s+)"
        + _APPROX
        + r"(?=[\w\s]{1,25}\s+ago\b)"
        # "haven't spoken since our Hawthornden residency four years ago"
        + r"|(?:haven['’]?t|have\s+not|hadn['’]?t|not)\s+(?:spoken|talked|been\s+in\s+touch|caught\s+up|"
        r"seen\s+each\s+other|chatted|met)\s+since\s+[^.?!\n]{1,60}?\s+"
        + _APPROX
        + r"(?=[\w\s]{1,25}\s+ago\b)"
        # "I'm sorry it has taken me three years and an exhibition to write"
        + r"|(?:taken|took)\s+(?:me|us)\s+"
        + _APPROX
        + r"(?=[\w\s]{1,40}?\s+to\s+(?:write|get\s+in\s+touch|reach\s+out|reply|answer|call|get\s+back))"
        + r")"
        + _QTY,
        re.IGNORECASE,
    ),
    "year",
    "yr",
    "month",
)
GAP_LONG = Gated(
    re.compile(
        r"(?:haven['’]?t|have\s+not|hadn['’]?t|not)\s+(?:spoken|talked|been\s+in\s+touch|caught\s+up|seen\s+each\s+other|chatted|connected)"
        r"\s+(?:in|for|since)\s+(?:ages|forever|years|so\s+long|a\s+long\s+time|way\s+too\s+long|too\s+long)"
        r"|(?:it['’]s|it\s+has)\s+been\s+(?:ages|forever|years|so\s+long|a\s+long\s+time|way\s+too\s+long|too\s+long)"
        r"|long\s+time\s+no\s+(?:see|talk|speak|chat)"
        r"|long\s+time\s+since\s+we\s+(?:last\s+)?(?:saw|spoke|talked|met|caught\s+up|chatted)"
        r"|feels\s+like\s+(?:forever|ages|years)\s+since"
        r"|(?:it['’]s|it\s+has)\s+been\s+(?:a\s+few|a\s+couple\s+of|several|many)\s+years"
        r"|years\s+have\s+(?:flown|gone|slipped|passed)\s+by\s+since"
        r"|since\s+(?:college|school|high\s+school|grad\s+school|university|uni|graduation|we\s+(?:worked|were)\s+(?:together|at))",
        re.IGNORECASE,
    ),
    "ages",
    "forever",
    "year",
    "long",
    "since",
)  # every alternative holds one of these


@dataclass(frozen=True, slots=True)
class Gap:
    """Time since the last real exchange, and where we learnt it."""

    days: int | None
    source: str  # relationship | interactions | text | none

    @property
    def months(self) -> float | None:
        return None if self.days is None else round(self.days / DAYS_PER_MONTH, 1)


_SINCE_YEAR = Gated(
    re.compile(
        # "we did not speak since the Whitechapel closing in 2017": the base form, as a
        # non-native writer may put it
        r"(?:haven['’]?t|have\s+not|hadn['’]?t|not)\s+(?:spoken|speak|talked|talk|been\s+in\s+touch|caught\s+up|seen\s+each\s+other|"
        r"see\s+each\s+other|chatted|connected|heard\s+from\s+(?:you|each\s+other)|met|meet|seen\s+you)\s+since\s+[^.?!\n]{0,50}?\b((?:19|20)\d\d)\b"
        r"|last\s+(?:spoke|talked|saw\s+each\s+other|caught\s+up|met)\s+[^.?!\n]{0,40}?\bin\s+((?:19|20)\d\d)\b"
        # "I don't think we've spoken since your wedding in 2019"
        r"|(?:don['’]?t|do\s+not)\s+think\s+we(?:['’]ve|\s+have)\s+(?:spoken|talked|seen\s+each\s+other|caught\s+up|"
        r"been\s+in\s+touch)\s+since\s+[^.?!\n]{0,50}?\b((?:19|20)\d\d)\b"
        # "sijakuona since Zawadi's wedding in Diani 2019, that's like seven years": the year,
        # with the years counted after it, in whatever language the not-seeing was said
        r"|since\s+[^.?!\n]{0,50}?\b((?:19|20)\d\d),?\s+(?:that['’]s|it['’]s|so)\s+(?:like\s+|about\s+|almost\s+|nearly\s+|over\s+)?"
        r"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
        re.IGNORECASE,
    ),
    "since",
    "last",
)


def gap_from_text(text: str, today: dt.date | None = None) -> int | None:
    """Days of silence the draft admits to ("haven't talked in 3 years", "haven't spoken
    since 2019"), if any. A bare year counts from its middle, so the estimate is cautious."""
    best: int | None = None
    if today is not None:
        for m in _SINCE_YEAR.finditer(text):
            year = int(m.group(1) or m.group(2) or m.group(3) or m.group(4))
            if year <= today.year:
                days = (today - dt.date(year, 7, 1)).days
                best = max(best or 0, days)
    for m in GAP_YEARS.finditer(text):
        qty = m.group(1).lower()
        n = int(qty) if qty.isdigit() else _NUM.get(" ".join(qty.split()), 0)
        days = int(n * (365 if m.group(2).lower().startswith("y") else DAYS_PER_MONTH))
        best = max(best or 0, days)
    if GAP_LONG.search(text):
        best = max(best or 0, 400)
    return best


def compute_gap(req: CoachRequest, text: str) -> Gap:
    today = req.reference_date()
    rel = req.relationship
    if rel is not None:
        dates = [i.date for i in rel.interactions]
        last = max([d for d in [rel.last_contact, *dates] if d is not None], default=None)
        if last is not None:
            source = (
                "relationship"
                if rel.last_contact is not None and last == rel.last_contact
                else "interactions"
            )
            return Gap((today - last).days, source)
    from_text = gap_from_text(text, today)
    if from_text is not None:
        return Gap(from_text, "text")
    return Gap(None, "none")


def build_ledger(req: CoachRequest, asks: bool, gap: Gap) -> Ledger:
    """Count deposits and withdrawals and say what to do next."""
    interactions = req.relationship.interactions if req.relationship else []
    deposits = sum(1 for i in interactions if i.direction is Direction.gave)
    prior = sum(1 for i in interactions if i.direction is Direction.received)
    neutral = sum(1 for i in interactions if i.direction is Direction.neutral)
    withdrawals = prior + (1 if asks else 0)
    ratio = round(deposits / withdrawals, 2) if withdrawals else None
    needed = max(0, TARGET * withdrawals - deposits)
    overdrawn = asks and prior >= 1 and deposits < withdrawals

    if overdrawn:
        status = "overdrawn"
    elif not interactions:
        status = "unknown" if asks else "no_ask"
    elif withdrawals == 0:
        status = "no_ask" if deposits == 0 else "healthy"
    elif deposits >= TARGET * withdrawals:
        status = "healthy"
    else:
        status = "thin"

    return Ledger(
        deposits=deposits,
        withdrawals=withdrawals,
        prior_withdrawals=prior,
        this_message_asks=asks,
        neutral=neutral,
        ratio=ratio,
        target_ratio=TARGET,
        deposits_needed=needed,
        status=status,
        days_since_contact=gap.days,
        months_since_contact=gap.months,
        gap_source=gap.source,
        next_step=_next_step(status, asks, deposits, prior, gap, needed),
    )


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _next_step(status: str, asks: bool, deposits: int, prior: int, gap: Gap, needed: int) -> str:
    long_gap = gap.days is not None and gap.days >= 365
    if status == "overdrawn":
        short = max(1, prior + 1 - deposits)
        return (
            f"They have done {plural(prior, 'favour')} for you and you have done {deposits} for them. "
            f"Make at least {plural(short, 'deposit')} (an intro, a useful resource, help with something "
            "they care about) before asking for anything else."
        )
    if asks and long_gap:
        return (
            "Reconnect first with no ask: say something about them, offer something useful, "
            "and save the request for a later message once the conversation is alive again."
        )
    if status == "thin" and asks:
        return (
            f"The balance is thin against seven-to-one ({plural(needed, 'deposit')} short). "
            "Make two or three deposits before your next ask, and keep this one small."
        )
    if status == "unknown":
        return (
            "No history recorded, so the balance is unknown. Lead with something useful to "
            "them and keep any ask small and easy to decline."
        )
    if status == "healthy":
        return "The balance is healthy: a small, specific ask is fair. Keep giving."
    if long_gap:
        return "A no-ask reconnect is exactly right after a long gap. Keep it about them."
    return "No withdrawal in this message. Keep the relationship warm with small deposits."
