"""Where the relationship stands: cold, dormant, in touch, or a known tie with no date.

Good outreach looks different at each stage. A stranger is owed a clear reason for the
message early on; an old tie is owed an acknowledgement of the silence before any ask.
The stage is computed once per critique and every analyzer reads the same answer.

An unknown gap is deliberately its own stage: a weak tie met at a meetup, with no date
recorded, has not been silent for years, and nothing is inferred from the missing date.
"""

from __future__ import annotations

from app.core.ledger import Gap
from app.core.patterns import phrases
from app.models import Closeness, CoachRequest, Stage

DORMANT_DAYS = 365

# A short name and what the stage means for the message, for people reading a critique.
STAGE_LABELS: dict[Stage, tuple[str, str]] = {
    Stage.cold: ("Cold", "a stranger: say early why you are writing to them in particular"),
    Stage.dormant: ("Dormant", "a year or more since you last spoke: reconnect before you ask"),
    Stage.in_touch: ("In touch", "you have spoken within the last year"),
    Stage.unknown_gap: (
        "Known, no date",
        "you know them, but no date is given: no silence assumed",
    ),
}

# The draft itself says the two have a past: met, worked together, talked before.
CLAIMS_PAST = phrases(
    r"we(?:'ve|\s+have)?\s+(?:met|worked|spoke|talked|chatted|studied|served|collaborated|overlapped|sat\s+next|shared|played|volunteered)",
    r"we\s+(?:both\s+)?(?:used\s+to|were\s+(?:at|in|on|colleagues|classmates|teammates|roommates|neighbou?rs))",
    r"when\s+we\s+(?:worked|met|were|spoke|talked|last|collaborated|sat|ran|did|built|shipped|studied)",
    r"last\s+time\s+we",
    r"(?:you\s+(?:may|might|probably)\s+)?remember\s+me",
    r"since\s+(?:we|our)\s+\w+",
    r"(?:from|during|after|at)\s+our\s+(?:time|days|class|program|project|chat|call|conversation|meeting|coffee|lunch|trip|stint)",
    r"(?:great|good|nice|lovely|fun|wonderful)\s+(?:seeing|meeting|talking\s+(?:to|with)|chatting\s+(?:to|with)|catching\s+up\s+with|"
    r"to\s+see|to\s+meet|to\s+catch\s+up\s+with|running\s+into)\s+you",
    # "It was lovely working the Fenwick wedding with you"
    r"(?:great|good|nice|lovely|fun|wonderful|a\s+pleasure|a\s+joy)\s+(?:working|doing|running|planning|building|"
    r"sharing)\s+(?:[\w'’-]+\s+){0,4}?with\s+you",
    r"(?:thanks|thank\s+you)\s+again",
    # a thank-you for something already done ("Thx!", "thanks for the intro"), not "thanks in advance"
    r"(?:thanks|thank\s+you|thx|ty)(?!\s+(?:in\s+advance|for\s+(?:your\s+)?(?:time|consideration|reading|considering|"
    r"taking|looking|your\s+help|any|the\s+consideration)))",
    r"as\s+promised",
    r"you\s+(?:helped|introduced|mentored|taught|hired|interviewed|managed|recommended|referred)\s+me",
    r"(?:haven't|have\s+not|hadn't)\s+(?:spoken|talked|been\s+in\s+touch|caught\s+up|chatted|seen\s+each\s+other|seen\s+you)",
    r"(?:it's|it\s+has)\s+been\s+(?:a\s+(?:long\s+)?while|ages|forever|too\s+long|so\s+long|years)",
    r"long\s+time\s+no\s+(?:see|talk|speak|chat)",
    r"(?:lost|fell\s+out\s+of)\s+touch",
    r"back\s+when\s+(?:we|you|i)",
    r"(?:former|old)\s+(?:colleague|classmate|teammate|boss|manager|coworker|co-worker)",
    r"you\s+(?:know|saw|have\s+seen|'ve\s+seen)\s+my\s+work\s+(?:from|on|at|in|during|with)\b",
)


def claims_past(text: str) -> bool:
    return CLAIMS_PAST.search(text) is not None


def compute_stage(req: CoachRequest, gap: Gap, text: str) -> Stage:
    """The stage, from the recorded relationship, falling back on what the draft says."""
    rel = req.relationship
    closeness = rel.closeness if rel else None
    if closeness is Closeness.stranger:
        return Stage.cold
    known_tie = (
        closeness is not None
        or bool(rel and (rel.interactions or rel.last_contact))
        or gap.days is not None
        or claims_past(text)
    )
    if not known_tie:
        return Stage.cold
    if gap.days is None:
        return Stage.unknown_gap
    return Stage.dormant if gap.days >= DORMANT_DAYS else Stage.in_touch
