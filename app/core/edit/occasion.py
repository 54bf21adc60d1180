"""What the request says of the two of them that decides which stock line fits, if any: how
long since they spoke, whether the sender looks up to them, whether the critique needs an
offer or an easy-out."""

from __future__ import annotations

import re

from app.core import stock
from app.core.critique import Critique


def stock_question(crit: Critique, seed: str) -> str:
    """A stock question about them in the draft's register, never about "the last few
    months" after years of silence nor about the months since to someone seen days ago."""
    return stock.line(
        "question",
        seed,
        stock.informal(seed),
        recent=recent(crit),
        years=years(crit),
        sombre=bool(BAD_NEWS.search(crit.ctx.doc.raw) or JOB_HUNT.search(crit.ctx.doc.raw)),
    )


# The sender is looking for work: "What are you working on at the moment?" after "I'm
# applying for the Director role at Halvorsen" reads as fishing for an opening (and the
# critique reads it as an ask), so the question is a plain one about them
JOB_HUNT = re.compile(
    r"\b(?:applying\s+(?:for|to)|job[\s-]+(?:hunt\w*|search\w*)|"
    r"looking\s+for\s+(?:a\s+|my\s+next\s+|another\s+)?(?:new\s+)?(?:\w+\s+)?(?:role|job|position|work)\b|"
    r"(?:next|new)\s+(?:\w+\s+)?(?:role|job|position)|(?:trying|hoping)\s+to\s+(?:get|move|break)\s+into)",
    re.IGNORECASE,
)


# The sender's bad news, after which an upbeat stock question jars
BAD_NEWS = re.compile(
    r"\b(?:redundan\w*|laid\s+off|out\s+of\s+(?:a\s+)?(?:job|work)|lost\s+(?:my|our)\s+\w+|"
    r"(?:closed|closing|shut\s+down|went\s+bust|burn(?:ed|t)\s+down)|passed\s+away|died|funeral|"
    r"diagnos\w+|divorc\w+|evict\w*|bankrupt\w*|let\s+go|disappears?|(?:los(?:e|ing)|lost)\s+(?:my|our)\s+(?:job|post|role|place)|"
    # grief and illness: "your late husband", "Mum's dementia is getting worse", "condolences"
    r"late\s+(?:husband|wife|partner|father|mother|son|daughter|brother|sister)|dementia|alzheimer\w*|"
    r"cancer|chemo\w*|hospice|condolences?|bereave\w*|sympathy|grief|grieving|caring\s+for|carer)\b",
    re.IGNORECASE,
)


def years(crit: Critique) -> bool:
    days = crit.ctx.gap.days
    return days is not None and days >= 365


_MENTOR = re.compile(
    r"\b(?:professor|prof\b|lecturer|supervisor|mentor\w*|tutor|teacher|coach|(?:former|old|my)\s+(?:boss|manager)|"
    r"recommendation|reference\s+letter|wrote\s+(?:me\s+)?(?:a\s+|my\s+)?(?:letter|reference))",
    re.IGNORECASE,
)


def looks_up_to(crit: Critique) -> bool:
    """The sender is the junior one: the recipient taught, managed or vouched for them."""
    req = crit.ctx.req
    history = [it.summary for it in req.relationship.interactions] if req.relationship else []
    return bool(_MENTOR.search(" ".join([*req.recipient.notes, *history])))


def recent(crit: Critique) -> bool:
    days = crit.ctx.gap.days
    return days is not None and days < 60


def offer_needed(crit: Critique, held: list[str]) -> bool:
    """A stock offer only where the critique needs one: a withdrawal with nothing given."""
    return bool(held) or any(
        f.code == "no_offer" and f.severity is not None and f.severity.value != "low"
        for f in crit.findings
    )


def needs_easy_out(crit: Critique) -> bool:
    return not all(a.small for a in crit.ctx.asks) or "vague_ask" in crit.codes()


def easy_to_decline(crit: Critique) -> bool:
    return any(a.easy_out for a in crit.ctx.asks)
