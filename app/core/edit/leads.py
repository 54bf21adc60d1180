"""What stays of a sentence whose ask moves or waits: the clause before the ask that says how
they know each other, something about them, or the sender's own news, as a sentence of its
own; and the recipient's name where a line opens on it."""

from __future__ import annotations

import re

from app.core.analyzers.base import Context
from app.core.analyzers.relationship import KEEPING_SCORE
from app.core.analyzers.tone import DESPERATION
from app.core.edit.vocab import LIFE_NEWS, REASON, SERVES_ASK, THIRD_PARTY_LEAD
from app.core.phrasebook import ASK
from app.core.phrasing import first_name
from app.core.reshape import tidy
from app.core.roles import RoledSentence
from app.core.text import words
from app.models import Role

_LEAD_BREAK = re.compile(r"\s*(?:[,;—–]|\s-\s|[^\w\s.,'’!?&()-]+)\s*")
_SECOND = re.compile(r"\b(?:you|your|you're|ur|u)\b", re.IGNORECASE)


_CONTEXT_LEAD = re.compile(
    r"^\s*((?:we|i)\s+(?:met|spoke|talked|chatted|worked|sat|were)\b[^,;?!]{3,80}?)\s*(?:,\s*(?:and|so)?|;|\s+and\s+(?=i\b))\s*",
    re.IGNORECASE,
)


def context_lead(ctx: Context, r: RoledSentence) -> tuple[int, str] | None:
    """Where the ask's sentence opens on how they know each other ("We met at FinOps Summit
    last month, and I wondered..."): the offset where the ask starts, and the lead as a
    sentence of its own."""
    m = _CONTEXT_LEAD.match(r.text)
    ask = next((a for a in ctx.asks if r.sentence is not None and a.sentence is r.sentence), None)
    if m is None or ask is None or ask.match_start - r.start < m.end(1):
        return None
    lead = tidy(m.group(1))
    return m.end(), r.text[:1] + lead[1:]  # "Hi Felix, we met at PyCon." keeps its case


_RUN_UP = re.compile(
    r"^\W*(?:(?:random|quick|odd|weird|strange|small|big)\s+(?:one|question|thing)\s*[,:;—–-]*\s*(?:but\s+)?"
    r"|(?:so|anyway|also)\s*,?\s+)",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"\b(?:need|needs|needed|due|deadline|closes?|by\s+(?:this|next|the\s+end\s+of))\b",
    re.IGNORECASE,
)
_NEWS_BREAK = re.compile(
    r"\s*(?:,\s*|\s+)(?:and|so)\s+(?=i(?:\s+was|\s+am|['’]m)\s+(?:wondering|hoping)|(?:i(?:'d|\s+would)|would)\s+(?:love|like)|"
    r"i(?:'d|\s+would)\s+(?:be\s+(?:\w+\s+)?(?:grateful|glad|thankful)|appreciate)|"
    r"wanted\s+to\s+ask|was\s+wondering)"
    # "I'm out of work since the Lantern closed in October, could you get me a job...?"
    r"|\s*,\s*(?:(?:and|so)\s+)?(?=(?:could|can|would|will)\s+(?:you|u)\b|any\s+chance\b)"
    # "I am in Lisbon now with my family but my contract ... finish last month and I need a
    # job": where they are is news, the turn after "but" is the need the ask meets
    r"|\s*,?\s+but\s+(?=(?:my|our|i|we|now|the)\s)",
    re.IGNORECASE,
)


def news_lead(ctx: Context, r: RoledSentence) -> str:
    """The sender's own news ahead of a held-back ask ("I'm applying to MPH programs this
    cycle (Emory, UNC and Michigan) and I was wondering if you'd write..." keeps "I'm applying
    to MPH programs this cycle (Emory, UNC and Michigan).")."""
    ask = next((a for a in ctx.asks if r.sentence is not None and a.sentence is r.sentence), None)
    brk = _NEWS_BREAK.search(r.text)
    if ask is None or brk is None or brk.start() >= ask.match_start - r.start:
        return ""
    lead = r.text[: brk.start()].rstrip(" ,;—–-")
    # "Random one, but I'm moving to Melbourne in February...": the news, without its run-up
    lead = _RUN_UP.sub("", lead)
    lead = lead[:1].upper() + lead[1:]
    # "I will be posted to Paris from March": the sender's own news, in any tense
    if len(words(lead)) < 4 or not re.match(
        r"^\W*(?:i'm|i\s+am|i've|we're|we've|my|our|(?:i|we)(?:'ll|\s+will|\s+have|\s+start|\s+move|\s+finish)|"
        # "I was laid off from Northvale last month": what happened, in the past
        r"i\s+(?:was|got|lost|left|moved|finished|graduated|started|just)|we\s+(?:were|got|lost|moved|just))\b",
        lead,
        re.I,
    ):
        return ""
    if DESPERATION.search(lead) or _SECOND.search(lead) or KEEPING_SCORE.search(lead):
        return ""
    if THIRD_PARTY_LEAD.match(lead):
        return ""  # "My grandson Tyler graduates in May": who the held ask is for
    if _BUSY_PREFACE.match(lead):
        return ""  # "I'm sure you're swamped, but ...": the ask's run-up, not news
    if _DEADLINE.search(lead):
        return ""  # "...and they need two references by this Friday": the ask's clock, not news
    return lead + "."


_BUSY_PREFACE = re.compile(
    r"^\W*(?:i(?:'m|’m|\s+am)\s+sure|i\s+know|i\s+realise|i\s+realize|i\s+imagine)\s+(?:that\s+)?"
    r"(?:you(?:'re|’re|\s+are|\s+must\s+be)|things\s+are)\s+(?:\w+\s+)?(?:swamped|busy|slammed|flat\s+out|snowed\s+under|run\s+off)",
    re.IGNORECASE,
)
_TAG = re.compile(
    r"\s*,?\s*((?:aren't|isn't|don't|didn't|haven't|weren't|wasn't|aren’t|isn’t|don’t|didn’t)\s+(?:you|u|ya|it|they))\s*$",
    re.IGNORECASE,
)


def lead_about_them(ctx: Context, r: RoledSentence) -> str:
    """The opening clause of a held-back ask when it is about them ("I noticed you're at
    Cisco now, so I was hoping..." keeps "I noticed you're at Cisco now.")."""
    ask = next((a for a in ctx.asks if r.sentence is not None and a.sentence is r.sentence), None)
    if ask is None:
        return ""
    brk = _LEAD_BREAK.search(r.text)
    if brk is None or brk.start() >= ask.match_start - r.start:
        return ""
    lead = r.text[: brk.end()].rstrip(" ,;—–-")
    if len(words(lead)) < 3 or not _SECOND.search(lead) or DESPERATION.search(lead):
        return ""
    if _BUSY_PREFACE.match(lead):
        return ""  # "I'm sure you're swamped, but ...": the ask's run-up, not a line about them
    if re.search(r"\b(?:i\s+need|i'm\s+looking|favou?r|busy\s+for\s+me|big\s+shot)\b", lead, re.I):
        return ""
    if re.search(
        r"\b(?:mind\s+me\s+asking|(?:may|might|could|can)\s+i\s+ask|if\s+i\s+may|i\s+(?:can|may|could)\s+ask\s+you)\b",
        lead,
        re.I,
    ):
        return ""  # "So I hope you won't mind me asking:" only opens the ask
    if lead.rstrip().endswith(":") and re.search(
        r"\b(?:ask|question|favou?r|request|thing)\b", lead, re.I
    ):
        return ""  # "First I ask you one small thing:" announces the ask that waits
    if SERVES_ASK.search(lead):
        return (
            ""  # "I know you're really well connected in Denver": the set-up, not a line about them
        )
    if KEEPING_SCORE.search(lead) or re.search(r"\bi\s+(?:helped|got)\s+you\b", lead, re.I):
        return ""  # "since I helped you get that job" is the reminder, not a line about them
    if re.match(
        r"^\W*(?:(?:and|but|so|or)\s+)?(?:if|when|whenever|because|since|unless|as\s+long\s+as|given|"
        r"considering|seeing\s+as|with|after|although|though|while|once|in\s+case|"
        # "Should you ever be in Vienna in the spring": a condition, inverted
        r"should\s+you|were\s+you|had\s+you)\b",
        lead,
        re.I,
    ):
        return ""  # "And if you know anyone on their team", "Given your board experience": half a sentence
    if tag := _TAG.search(lead):
        # "You're at Warburtons now aren't you": still a question
        return lead[: tag.start()].rstrip(" ,") + ", " + tag.group(1) + "?"
    return lead if not lead[-1].isalnum() else tidy(lead)


_SETUP_BREAK = re.compile(
    # "... at Halvorsen Logistics and saw you're connected to their COO": the subject left off
    r"\s*(?:,\s*(?:and|but|so)\s+|;\s*|\s+and\s+(?=(?:i|he|she|they|we)\s|(?:saw|noticed|heard|gather)\b))",
    re.IGNORECASE,
)


# "I am writing because I'm finally opening my own workshop, and I need...": the preamble
# says why the note exists, and what follows it is the sender's news
_PREAMBLE = re.compile(
    r"^\W*(?:i(?:'m|\s+am)\s+(?:writing|reaching\s+out|getting\s+in\s+touch|contacting\s+you)|"
    r"the\s+reason\s+i(?:'m|\s+am)\s+writing\s+is)\s+(?:because|since|as|to\s+(?:say|tell\s+you)"
    r"(?:\s+that)?)\s+",
    re.IGNORECASE,
)


# the sender's work ending: "the orchestra is being merged", "my post disappears in March"
_WORK_ENDS = re.compile(
    r"\b(?:is|are)\s+(?:being\s+)?(?:merged|closed|closing|shut(?:ting)?\s+down|sold|restructured|wound\s+up)\b"
    r"|\bmy\s+(?:\w+\s+)?(?:post|job|role|position|contract)\s+(?:disappears|ends|is\s+(?:ending|going|being\s+cut))\b",
    re.IGNORECASE,
)


def _news_after_preamble(text: str) -> str:
    m = _PREAMBLE.match(text)
    if m is None:
        return ""
    rest = text[m.end() :]
    news = LIFE_NEWS.match(rest) or _WORK_ENDS.search(rest)
    if news is None:
        return ""
    brk = _SETUP_BREAK.search(rest, news.end())
    # "I'm writing because the Nordwest Philharmonie is being merged and my librarian post
    # disappears at the end of March.": all of it is news
    whole = brk is None and not SERVES_ASK.search(rest) and not ASK.search(rest)
    lead = (rest[: brk.start()] if brk else rest if whole else "").rstrip(" ,;—–-.!")
    if len(words(lead)) < 4 or SERVES_ASK.search(lead) or DESPERATION.search(lead):
        return ""
    return lead[:1].upper() + lead[1:] + "."


def news_before_setup(r: RoledSentence) -> str:
    """The sender's news ahead of the clause that sets the held ask up: "I'm now trying to
    get into healthcare UX, and I noticed you're connected with Dr. Tremblay" keeps "I'm now
    trying to get into healthcare UX."; empty when there is no such clause."""
    if r.role not in (Role.news, Role.about_them):
        return ""
    reason = None
    # the set-up is the ask's lever ("I noticed you're connected with...") or its reason
    # ("...and I am applying for pupillage through the Bar Council Gateway")
    setup = SERVES_ASK.search(r.text) or (reason := REASON.search(r.text))
    if setup is None:
        return ""
    if after := _news_after_preamble(r.text):
        return after
    brk = None
    for m in _SETUP_BREAK.finditer(r.text):
        if m.start() < setup.start():
            brk = m  # (not finditer's end bound: "and they want..." needs its lookahead)
    if brk is None:
        return ""
    lead = r.text[: brk.start()].rstrip(" ,;—–-")
    if len(words(lead)) < 4 or not re.match(
        r"^\W*(?:i|i'm|i've|we|we're|we've|my|our)\b", lead, re.I
    ):
        return ""
    if SERVES_ASK.search(lead) or (reason and REASON.search(lead)) or DESPERATION.search(lead):
        return ""
    if _BUSY_PREFACE.match(lead):
        return ""  # "I know you are busy and I...": the ask's run-up, not news
    return lead + "."


def name_lead(r: RoledSentence, name: str | None) -> str:
    """The recipient's first name where a pleasantry opens on it ("priya how are you!!"),
    with a comma, as the sender wrote it; empty otherwise."""
    first = first_name(name)
    m = (
        re.match(rf"\s*({re.escape(first)})\b(?=[\s,!]+\w)", r.text, re.IGNORECASE)
        if first
        else None
    ) or _HONORIFIC.match(r.text)  # "Ma'am, I hope you're keeping well."
    return f"{m.group(1)}," if m else ""


# how a sender addresses someone by rank or role rather than by name: kept as they wrote it
_HONORIFIC = re.compile(
    r"\s*((?:ma['’]am|madam|sir|boss|chef|coach|doc|sarge|skipper|gaffer|guv|miss))\s*,(?=\s+\w)",
    re.IGNORECASE,
)
