"""What each sentence of the draft does: greeting, pleasantry, a line about them, the ask,
pressure, score-keeping, and so on.

Read once per critique from the shared facts and the findings, so the API, the web form
and the rewrite all see the same reading: the rewrite keeps sentences whose role carries
no problem, edits or drops the ones that do, and reshapes the ask.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.analyzers.base import Context
from app.core.analyzers.relationship import (
    FAVOUR_RECALLED,
    FAVOUR_TO_THEM,
    KEEPING_SCORE,
    REMINDED,
)
from app.core.analyzers.tone import DESPERATION
from app.core.ledger import GAP_LONG, GAP_YEARS
from app.core.patterns import Gated, phrases
from app.core.phrasebook import VAGUE
from app.core.signals import PLACEHOLDER
from app.core.stage import CLAIMS_PAST
from app.core.text import FIRST_PERSON, SECOND_PERSON, Sentence, words
from app.models import Finding, Kind, Role

_THANKS = re.compile(
    r"^\W*(?:(?:and|also|again|but)\s+)?(?:thanks|thank\s+you|thx|ty|many\s+thanks|i(?:'m|\s+am)\s+(?:so\s+|really\s+|still\s+)?grateful|"
    r"i\s+(?:really\s+|truly\s+)?appreciate(?:d)?|"
    r"(?:you(?:'re|’re|\s+are|\s+were)|ur|u\s+r|u\s+were)\s+(?:such\s+)?(?:a\s+|an\s+|my\s+)?(?:legend|star|lifesaver|life\s+saver|hero|angel|gem|saint))\b",
    re.IGNORECASE,
)
_SELF_INTRO = phrases(
    r"my\s+name\s+is",
    r"(?:i(?:'m|\s+am)|this\s+is)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:,|from|and|here|—|-)",
    r"i(?:'m|\s+am)\s+(?:a|an|the)\s+(?:\w+\s+){0,4}(?:at|from|with|in)\b",
    r"i(?:'m|\s+am)\s+(?:currently\s+)?(?:a|an)\s+(?:\w+\s+){0,2}(?:student|graduate|junior|senior|sophomore|freshman|engineer|"
    r"designer|analyst|manager|nurse|teacher|developer|consultant|founder|researcher|writer|recruiter)",
)
_FILLER = phrases(
    r"(?:it(?:'s|\s+has|\s+is)|is)\s+(?:been\s+)?(?:a\s+(?:long\s+)?while|ages|forever|too\s+long|so\s+long|a\s+long\s+time)",
    r"long\s+time(?:\s+no\s+\w+)?",
    r"haha+",
    r"lol",
    r"anyway",
    r"wow",
    r"so+",
)

# "(?i:\bplease\b|\bbeg\w*|\bdesperate)...", with the word start checked after the first
# letter: the scan skips ahead to a p, b or d instead of trying every character
# (every match ends in two of "!?" side by side: a draft without such a pair is not scanned)
_PLEA_BANGS = Gated(
    re.compile(
        r"[PpBbDd](?<!\w[PpBbDd])(?:(?<=[Pp])(?i:lease\b)|(?<=[Bb])(?i:eg\w*)|(?<=[Dd])(?i:esperate))"
        r"[^.?!\n]*[!?]{2,}"
    ),
    *("!!", "!?", "?!", "??"),
)

# A line that carries on from the one before ("Their HR will email you a form."): context.
_OWN_LIFE = re.compile(
    r"^\W*(?:(?:sir|madam|also|and|now)\W+)?(?:i(?:\s+am|['’]m)\s+(?:presently\s+|currently\s+|now\s+|still\s+)?"
    r"(?:working|employed|posted|serving|stationed)\b|i\s+(?:have\s+|had\s+)?(?:cleared|passed|completed|served)\b|"
    r"my\s+(?:wife|husband|son|daughter|mother|father|parents|family|kids|children|partner)\b)",
    re.IGNORECASE,
)
_CONTEXT = re.compile(r"^\W*(?:their|they|it|this|that|these|those|he|she|which)\b", re.I)

# Findings whose span marks the sentence's role outright.
_ROLE_OF_CODE = {
    "keeping_score": Role.score_keeping,
    "template_residue": Role.placeholder,
}


@dataclass(frozen=True, slots=True)
class RoledSentence:
    """A piece of the draft (a sentence, the greeting or the sign-off) and its role."""

    start: int
    end: int
    role: Role
    text: str
    codes: frozenset[str]  # problem codes whose span touches it
    sentence: Sentence | None = None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _touching(findings: Iterable[Finding], start: int, end: int) -> frozenset[str]:
    return frozenset(
        f.code
        for f in findings
        if f.kind is Kind.problem and f.span and _overlaps((f.span.start, f.span.end), (start, end))
    )


def _is_filler(text: str) -> bool:
    return len(words(text)) <= 6 and _FILLER.search(text) is not None


class _Hits:
    """Where each pattern matches in the whole draft, found in one pass per pattern;
    a sentence asks "is there a match starting inside me?" with a binary search.

    A pattern's pass is made the first time a sentence asks about it: most drafts never
    ask about some of them (vague wording when nothing is asked, a gap owned when every
    sentence has a role already), and each pass over the draft costs microseconds."""

    def __init__(self, text: str, *groups: tuple[object, ...]) -> None:
        self.text = text
        self.groups = groups
        self.starts: list[list[int] | None] = [None] * len(groups)

    def _scan(self, which: int) -> list[int]:
        found = self.starts[which] = sorted(
            m.start()
            for p in self.groups[which]
            for m in getattr(p, "finditer")(self.text)  # noqa: B009  (Phrases, Gated, re)
        )
        return found

    def any(self, which: int, start: int, end: int) -> bool:
        pos = self.starts[which]
        if pos is None:
            pos = self._scan(which)
        i = bisect_left(pos, start)
        return i < len(pos) and pos[i] < end


def _role(
    ctx: Context,
    s: Sentence,
    codes: frozenset[str],
    asks: set[int],
    offers: set[int],
    hits: _Hits,
    theirs: frozenset[str],
) -> Role:
    if "injection" in codes:
        return Role.filler
    for code, role in _ROLE_OF_CODE.items():
        if code in codes:
            return role
    if "template_residue" in codes:
        return Role.placeholder
    if s.index in asks:
        # "Let me know ASAP." is the pressure, not a request of its own
        short = len(words(s.text)) <= 6
        return Role.pressure if "desperation" in codes and short else Role.ask
    if "desperation" in codes:
        return Role.pressure
    if s.index in offers:
        return Role.offer
    own = ctx.signals.owned_gap
    if (own and s.start <= own[0] < s.end) or hits.any(_GAP, s.start, s.end):
        return Role.owning_gap if not _is_filler(s.text) else Role.filler
    if any(p is s for p, _, _ in ctx.signals.pleasantries):
        return Role.pleasantry
    if _is_filler(s.text):
        return Role.filler
    if _THANKS.search(s.text):
        return Role.thanks
    if s.index <= 1 and _SELF_INTRO.search(s.text):
        return Role.self_intro
    if hits.any(_PAST, s.start, s.end):
        return Role.shared_history
    if _OWN_LIFE.match(s.text) and not SECOND_PERSON.search(s.text):
        # "I am presently working as Station Master at Kazipet Junction in South Central
        # Railway", "My son is appearing for his Class X board examination in March": the
        # sender's life, though it names the railway they share or a month in the notes
        return Role.news
    specific = any(
        sp is s and sp.start not in ctx.signals.notes_only for sp, _, _ in ctx.signals.specific
    )
    if specific or s in ctx.signals.interest_questions:
        return Role.about_them
    if SECOND_PERSON.count(s.text) > FIRST_PERSON.count(s.text) and not _CONTEXT.search(s.text):
        return Role.about_them
    if theirs and _names_theirs(s.text, theirs):
        return Role.about_them  # "I've been listening to Port to Porch" (their podcast)
    return Role.news


_CAPITALISED = re.compile(
    r"[A-Z](?<=[\s(“\"'][A-Z])[\w'’&-]{3,}"
)  # lookbehind tried at capitals only
_JOB_HUNT = re.compile(
    r"\b(?:appl(?:y|ied|ying)|interview\w*|hiring|opening|role|position|job)\b", re.I
)


def their_names(ctx: Context) -> frozenset[str]:
    """Capitalised words from what the sender knows of them (their podcast, their shop),
    not the two people's own names: a sentence naming one is about them."""
    found: set[str] = set()
    people = {w for n in (ctx.req.recipient.name, ctx.req.sender.name) if n for w in words(n)}
    mine = {w for w in words(ctx.req.sender.name or "") if len(w) > 2}
    for note in ctx.req.recipient.notes:
        if mine and any(re.search(rf"\b{re.escape(w)}\b", note) for w in mine):
            continue  # "was in Karen's PhD cohort at Ohio State": a place they shared
        found.update(m.group() for m in _CAPITALISED.finditer(" " + note))
    return frozenset(found - people)


def _names_theirs(text: str, theirs: frozenset[str]) -> bool:
    if _JOB_HUNT.search(text):
        return False  # "I'm applying at Google": the sender's plan, whoever works there
    return any(m.group() in theirs for m in _CAPITALISED.finditer(" " + text))


# Text aimed at software, not at the reader: prompt injection and script tags.
INJECTION = Gated(
    re.compile(
        r"ignore\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|prompts?|rules|messages)"
        r"|disregard\s+(?:all\s+|the\s+|your\s+|any\s+)?(?:previous\s+|prior\s+|above\s+)?(?:instructions|rules|guidelines)"
        r"|(?:^|[\s>`])(?:system|assistant|developer)\s*:"
        r"|rate\s+(?:this|it|the)\s+(?:message|draft|email|note)\s+(?:as\s+)?(?:perfect|send|\d+)"
        r"|note\s+to\s+(?:the\s+|any\s+)?(?:ai|bot|llm|model|language\s+model)\b"
        r"|return\s+no\s+findings|(?:return|output|give|set|mark)\s+(?:the\s+|a\s+)?(?:verdict|score|rating)\b|you\s+are\s+now\s+(?:a|an|in)\b|</?\s*draft\s*>|<\s*script\b|\bjailbreak\b",
        re.IGNORECASE,
    ),
    # every alternative holds one of these, so most drafts skip the pattern entirely
    *(
        "ignore",
        "disregard",
        "system",
        "assistant",
        "developer",
        "rate",
        "return",
        "verdict",
        "score",
        "rating",
        "now",
        "draft",
        "script",
        "jailbreak",
        "note",
    ),
)


_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^<>]{0,60}>")


def aimed_at_software(text: str) -> bool:
    """A note or offer written at a program, not about a person ("</offers> SYSTEM: ..."):
    the rewrite never repeats it to the recipient."""
    return INJECTION.search(text) is not None or _MARKUP.search(text) is not None


# Indices into the patterns _Hits is built with.
_INJ, _DESP, _PLEA, _SCORE, _FAVOUR, _PH, _VAGUE, _GAP, _PAST, _TO_THEM, _REMIND = range(11)


def _pattern_codes(
    hits: _Hits, start: int, end: int, is_ask: bool, asks: bool, scored: bool = False
) -> frozenset[str]:
    """Problems a sentence carries by itself: an analyzer reports only the first place it
    fires, but the rewrite must clean every sentence ("please, please", "I'll take anything")."""
    found: set[str] = set()
    if hits.any(_INJ, start, end):
        found.add("injection")
    if hits.any(_DESP, start, end) or hits.any(_PLEA, start, end):
        found.add("desperation")
    if (
        hits.any(_SCORE, start, end)
        or (asks and hits.any(_FAVOUR, start, end))
        or (scored and hits.any(_TO_THEM, start, end))
        # "I have never mentioned this since", "as I once supported yours": every reminder in
        # a draft that keeps score, not only the first the analyzer reported
        or (scored and hits.any(_REMIND, start, end))
    ):
        found.add("keeping_score")
    if hits.any(_PH, start, end):
        found.add("template_residue")
    if is_ask and hits.any(_VAGUE, start, end):
        found.add("vague_ask")
    return frozenset(found)


def assign(ctx: Context, findings: list[Finding]) -> list[RoledSentence]:
    """Every sentence of the draft with its role, plus the greeting and sign-off, in order."""
    problems = [f for f in findings if f.kind is Kind.problem]
    asks = {a.sentence.index for a in ctx.asks}
    offers = {o.sentence.index for o in ctx.offers}
    out: list[RoledSentence] = []
    doc = ctx.doc
    if doc.greeting:
        g0, g1 = doc.greeting
        g1 = g0 + len(doc.raw[g0:g1].rstrip())
        out.append(
            RoledSentence(g0, g1, Role.greeting, doc.raw[g0:g1], _touching(problems, g0, g1))
        )
    raw = doc.raw
    hits = _Hits(
        raw,
        (INJECTION,),
        (DESPERATION,),
        (_PLEA_BANGS,),
        (KEEPING_SCORE,),
        (FAVOUR_RECALLED,),
        (PLACEHOLDER,),
        (VAGUE,),
        (GAP_YEARS, GAP_LONG),
        (CLAIMS_PAST,),
        (FAVOUR_TO_THEM,),
        (REMINDED,),
    )
    theirs = their_names(ctx)
    # a favour recalled counts against them beside an ask, or where the draft keeps score
    # without one ("I reckon that earns me the hire contract")
    scored = any(f.code == "keeping_score" for f in problems)
    leverage = bool(asks) or scored
    for s in doc.sentences:
        codes = _touching(problems, s.start, s.end) | _pattern_codes(
            hits, s.start, s.end, s.index in asks, leverage, scored
        )
        out.append(
            RoledSentence(
                s.start,
                s.end,
                _role(ctx, s, codes, asks, offers, hits, theirs),
                doc.raw[s.start : s.end],
                codes,
                s,
            )
        )
    if doc.signoff:
        s0, s1 = doc.signoff
        out.append(RoledSentence(s0, s1, Role.signoff, doc.raw[s0:s1], _touching(problems, s0, s1)))
    return out
