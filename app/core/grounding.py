"""Grounding: a rewrite may state only names, organisations, numbers and dates that
appear somewhere in the request. Everything that produces a rewrite checks it here.

A capitalised word counts as a name unless it opens a sentence and is an ordinary
English word, or is one of a few acronyms of job titles. Numbers are digit runs;
dates are digit runs, month names and weekday names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.models import CoachRequest

_CAP = re.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'&-]*(?:\.[A-Z][\w]*)*"
)  # lookbehind after the capital: tried only there
_NUM = re.compile(r"\d+(?:[.,:/]\d+)*")
# an emoji ends a sentence in a text: "... i swear 🙏 Happy to lend a hand"
_SENT_START = re.compile(r"(?:^|[.!?:;,—–\n\"“(\u2600-\u27bf\U0001f000-\U0001faff]\s*|\s[-–—]\s*)$")

MONTHS = frozenset(
    "january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

ALWAYS_OK = frozenset(
    "i i'm i’m i'd i’d i've i’ve i'll i’ll ok okay hi hello hey dear best thanks thank cheers "
    "regards warmly congratulations congrats ps p.s fyi ceo cto cfo coo cmo cpo vp svp evp pm "
    "hr ai ml ux ui api qa".split()
)

# Ordinary words that may open a sentence; a capitalised one of these is not a name.
COMMON = frozenset(
    "a about above absolutely after again ah all also although always an and another any anyway "
    "anyways apologies appreciate are as at avoid aware back be because been before being "
    "believe besides best better between both but by can certainly cheers circling come "
    "completely could curious day did do does doing don't done each either else enjoy enjoyed "
    "equally especially even ever every everyone everything excited feel feeling few finally "
    "first for from funny get given glad go good great had happy has have having he hello her "
    "here hey hi his honestly hope hoping how however i if in instead is it it's its just keep "
    "kind last late lately least let let's life like likewise looking lots love loved many "
    "maybe me meanwhile might more most much my myself need never next no nobody none nor not "
    "nothing now of off often oh ok okay on once one only or other otherwise our out over "
    "perhaps please plus quick quite rather really recently regardless relatedly remember right "
    "saw say see seeing separately she should since so some someday something sometime "
    "sometimes soon sorry speaking still such sure talk thank thanks that that's the their them "
    "then there there's these they thinking this those though thought through to today together "
    "too totally truly two under unless until up us very want wanted was way we we're we've "
    "well were what what's whatever when whenever where whether which while who whoever why "
    "will wishing with without wondering would yes yet you you're you've your yours yourself "
    "also congrats congratulations reaching writing happy heard hearing seems sounds looks "
    "hopefully ideally either neither whichever no worries no pressure tell saying say send share "
    "shout count ping drop give ask should".split()
)


@dataclass(frozen=True, slots=True)
class Violation:
    kind: str  # name | number | date
    token: str
    start: int
    end: int


def request_corpus(req: CoachRequest) -> str:
    """Every piece of text the request carries, lower-cased, for substring look-ups."""
    parts: list[str] = [req.message.text, req.message.subject or "", req.message.channel.value]
    parts += [req.sender.name or "", *req.sender.offers]
    parts += [req.recipient.name or "", *req.recipient.notes]
    if req.relationship:
        if req.relationship.last_contact:
            parts.append(_date_words(req.relationship.last_contact.isoformat()))
        for it in req.relationship.interactions:
            parts += [it.summary, _date_words(it.date.isoformat())]
    if req.today:
        parts.append(_date_words(req.today.isoformat()))
    return "\n".join(parts).lower()


def _date_words(iso: str) -> str:
    y, m, d = iso.split("-")
    month = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ][int(m) - 1]  # fmt: skip
    return f"{iso} {y} {int(m)} {int(d)} {month}"


def _is_word_char(c: str) -> bool:
    """What ``re`` takes as ``\\w`` in a str pattern: alphanumeric or the underscore."""
    return c.isalnum() or c == "_"


def _mentioned(word: str, corpus: str) -> bool:
    """Whether ``word`` occurs in ``corpus`` with no word character either side: what
    ``re.search(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", corpus)`` finds, by substring
    search. A capitalised word of a rewrite is looked up once per check; building a
    vocabulary of the whole request for it cost more than the look-ups it saved."""
    n, i = len(word), corpus.find(word)
    while i >= 0:
        if not (i and _is_word_char(corpus[i - 1])) and not _is_word_char(
            corpus[i + n : i + n + 1]
        ):
            return True
        i = corpus.find(word, i + 1)
    return False


def _is_sentence_start(text: str, pos: int) -> bool:
    return bool(_SENT_START.search(text[max(0, pos - 4) : pos])) or pos == 0


def violations(text: str, req: CoachRequest, corpus: str | None = None) -> list[Violation]:
    """Names, numbers and dates in ``text`` that the request never mentions."""
    corpus = request_corpus(req) if corpus is None else corpus
    found: list[Violation] = []
    for m in _NUM.finditer(text):
        if m.group() not in corpus:
            found.append(Violation("number", m.group(), m.start(), m.end()))
    for m in _CAP.finditer(text):
        token = m.group().rstrip("’'-")
        low = token.lower()
        if low in ALWAYS_OK:
            continue
        if low in MONTHS or low in WEEKDAYS:
            if low not in corpus:
                found.append(Violation("date", token, m.start(), m.end()))
            continue
        if _is_sentence_start(text, m.start()) and (low in COMMON or low.split("'")[0] in COMMON):
            continue
        # a possessive of a name the request gives ("Brightpath Ventures's thesis") is grounded
        if not _mentioned(low, corpus) and not _mentioned(re.sub(r"['’]s$", "", low), corpus):
            found.append(Violation("name", token, m.start(), m.end()))
    return found
