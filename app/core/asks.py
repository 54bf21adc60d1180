"""Where the draft asks for something, where it offers something, and how big the ask is.

An ask is a request for the recipient's time, help, judgement or network. An offer
is something the sender puts on the table. The two are easy to confuse ("want an
intro?" is an offer; "could you intro me?" is an ask), so offers are found first
and an ask phrase that sits inside an offer phrase is not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.patterns import Folded
from app.core.phrasebook import (
    ASK,
    ASK_FRAME,
    BIG,
    BOUNDED,
    CONCRETE,
    EASY_OUT,
    EITHER_OR,
    FAVOUR_WORDS,
    HIRING_ASK,
    HOW_TO_HELP,
    NAMED_ASK,
    NAMED_TARGET,
    OFFER,
    PURPOSE,
    REFERRAL,
    SOCIAL_ONLY,
    VAGUE,
    VAGUE_IN_ASK,
    info_question,
)
from app.core.text import Doc, Sentence


@dataclass(frozen=True, slots=True)
class Ask:
    """One sentence that asks something of the recipient."""

    sentence: Sentence
    match_start: int
    match_end: int
    vague: tuple[int, int] | None
    bounded: bool
    referral: bool
    big: bool
    specific: bool = False  # time-boxed, about one named thing, or one piece of information
    easy_out: bool = False  # the message makes it easy to say no

    @property
    def small(self) -> bool:
        """Small and specific: bounded, concrete or easy to decline, and not open-ended."""
        if self.vague and not self.referral:
            return False
        # Otherwise a plain request counts as small when it is a question: "Kindly refer.",
        # "Please advise on your availability." and "I am writing to request a meeting" are
        # demands, not something easy to decline.
        plain = not self.big and self.sentence.text.rstrip().endswith("?")
        return (
            self.bounded
            or self.referral
            or self.easy_out
            or plain
            or (self.specific and not self.big)
        )

    @property
    def span(self) -> tuple[int, int]:
        return (self.sentence.start, self.sentence.end)


@dataclass(frozen=True, slots=True)
class Offer:
    sentence: Sentence
    start: int
    end: int
    how_to_help: bool


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


Spans = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]


_NOT_MINE = re.compile(
    r"(?:\byou(?:['’]d|['’]ll|\s+would|\s+will)?(?:\s+also)?(?:\s+be)?|\bso)\s+$", re.IGNORECASE
)


# What the sender sends to make the ask easier is not something for them: "I will send
# you the list of schools and my CV", "I've attached a forwardable blurb".
_FOR_THE_ASK = Folded(
    re.compile(
        r"\bmy\s+(?:resume|résumé|cv|portfolio|application|transcript|profile|cover\s+letter|details|info)\b"
        r"|\bforwardable\b"
        # "I've attached the PDF and our unit economics" makes the ask easier to answer; "I
        # cleaned up our test-case template and attached it; feel free to share it with your
        # team" is a gift (see _YOURS_TO_SHARE)
        r"|\b(?:i(?:'ve|\s+have)\s+)?(?:attached|enclosed)\b",
        re.IGNORECASE,
    )
)
# What is attached is theirs to use: "feel free to share it with your team"
_YOURS_TO_SHARE = re.compile(
    r"\b(?:feel\s+free|you(?:'re|\s+are)\s+welcome|happy\s+for\s+you)\s+to\s+(?:share|use|keep|pass|adapt|forward|copy)\b",
    re.IGNORECASE,
)
# Sending your own show, book or shop is promotion, not a gift ("my latest podcast episode
# is out... sending it over"); notes, lists and runbooks you made for them still are gifts.
_OWN_PROMOTION = Folded(
    re.compile(  # "\bmy|\bi" with the word start checked after the first letter, as in _PLEASANT
        r"m(?<!\wm)y\s+(?:latest\s+|new\s+|own\s+|recent\s+)?(?:podcast|episode|show|book|course|newsletter|channel|store|shop|"
        r"product|webinar|masterclass|program(?:me)?|services?|booking\s+link)\b"
        r"|i(?<!\wi)\s+(?:just\s+)?(?:recorded|released|launched|published)\s+(?:an?\s+|my\s+)?(?:new\s+)?(?:episode|podcast|book|course|video|store|shop)\b",
        re.IGNORECASE,
    )
)


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: "I've attached my resume in case it helps" is one,
    "happy to intro you to Sam, and my details are below" is two."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0, after.start() if after else len(text))


def _offer_spans(text: str, promotion: bool = False) -> Spans:
    """(offer spans, how-can-I-help spans) of one sentence. "You'd be glad to put my name in"
    and "so I can show you our product" are not offers from the sender, and neither is
    sending the sender's own materials for the ask."""
    return (
        tuple(
            (m.start(), m.end())
            for m in OFFER.finditer(text)
            if not _NOT_MINE.search(text, max(0, m.start() - 16), m.start())
            and (
                not _FOR_THE_ASK.search(text, *_clause(text, m.start(), m.end()))
                or _YOURS_TO_SHARE.search(text) is not None
            )
            and not promotion
        ),
        tuple((m.start(), m.end()) for m in HOW_TO_HELP.finditer(text)),
    )


def _all_spans(doc: Doc) -> list[Spans]:
    promo = bool(_OWN_PROMOTION.search(doc.text))
    return [_offer_spans(s.text, promo) for s in doc.sentences]


def scan(doc: Doc) -> tuple[list[Ask], list[Offer]]:
    """Asks and offers of a draft, scanning each sentence for offers once."""
    spans = _all_spans(doc)
    return find_asks(doc, spans), find_offers(doc, spans)


def find_offers(doc: Doc, spans: list[Spans] | None = None) -> list[Offer]:
    offers: list[Offer] = []
    spans = spans or _all_spans(doc)
    for s, (concrete, how) in zip(doc.sentences, spans, strict=True):
        if concrete:
            start, end = concrete[0]
            offers.append(Offer(s, s.start + start, s.start + end, bool(how)))
        elif how:
            start, end = how[0]
            offers.append(Offer(s, s.start + start, s.start + end, True))
    return offers


# "\bhow..." with the word start checked after the h: tried only at an h, not everywhere
_PLEASANT = re.compile(
    r"h(?<!\wh)ow(?:\s+(?:are|r)\s+(?:you|u|things)\b|(?:['’]s|\s+is)\s+(?:it\s+going|life|everything|things)|"
    r"(?:['’]ve|\s+have)\s+(?:you|u)\s+been\b)",
    re.IGNORECASE,
)


_BACK_REFERENCE = re.compile(r"\b(?:it|this|that|these|those|the\s+same|similar)\b", re.IGNORECASE)


def _info_question(doc: Doc, i: int) -> bool:
    """A question for one piece of information, framed as an ask or tied to the sender's purpose."""
    s = doc.sentences[i]
    if not info_question(s.text):
        return False
    if ASK_FRAME.search(s.text) or (i > 0 and ASK_FRAME.search(doc.sentences[i - 1].text)):
        return True
    if any(PURPOSE.search(t.text) for t in doc.sentences[max(0, i - 1) : i + 1]):
        return True
    # A purpose stated just after counts when it points back at the question ("I'm writing
    # a capstone on it"); otherwise the question was about them ("did you end up sending
    # that 5.12 project? I'm applying to the buyer role at REI").
    nxt = doc.sentences[i + 1].text if i + 1 < len(doc.sentences) else ""
    return bool(PURPOSE.search(nxt) and _BACK_REFERENCE.search(nxt))


_MEET = re.compile(
    r"\b(?:coffee|call|chat|lunch|drink|beer|walk|zoom|video\s+call|phone\s+call)\b", re.IGNORECASE
)


def _catch_up(previous: str, text: str) -> bool:
    """An offer to meet right after "I'd love to catch up", with no favour in it."""
    return bool(
        SOCIAL_ONLY.search(previous)
        and not FAVOUR_WORDS.search(previous)
        and _MEET.search(text)
        and not FAVOUR_WORDS.search(text)
    )


# The size of the favour pinned down in the same sentence, however broadly the rest is put:
# a sum ("please give £50 to keep our shelter beds open") or a length ("any advice, even a
# few lines by email").
PINNED = re.compile(
    r"\b(?:give|donate|lend|pledge|put\s+in|chip\s+in|contribute)\s+(?:£|\$|€)\s?\d"
    r"|\beven\s+(?:just\s+)?(?:a\s+few\s+lines|a\s+line|one\s+line|a\s+sentence|one\s+sentence|two\s+lines|a\s+short\s+(?:note|reply|email))\b",
    re.IGNORECASE,
)


def find_asks(doc: Doc, spans: list[Spans] | None = None) -> list[Ask]:
    asks: list[Ask] = []
    easy_out = bool(EASY_OUT.search(doc.text))
    spans = spans or _all_spans(doc)
    for i, s in enumerate(doc.sentences):
        concrete, how = spans[i]
        offer_spans = [*concrete, *how]
        hit: tuple[int, int] | None = None
        first = (
            ASK.search(s.text)
            or REFERRAL.search(s.text)
            or NAMED_ASK.search(s.text)
            or HIRING_ASK.search(s.text)
        )
        if first and not _overlaps((first.start(), first.end()), offer_spans):
            hit = (first.start(), first.end())
        elif first:
            found = [
                *((m.start(), m.end()) for m in ASK.finditer(s.text)),
                *((m.start(), m.end()) for m in REFERRAL.finditer(s.text)),
                *((m.start(), m.end()) for m in HIRING_ASK.finditer(s.text)),
            ]
            hit = next((f for f in found if not _overlaps(f, offer_spans)), None)
        info = (
            hit is None
            and not offer_spans
            and not _PLEASANT.search(s.text)
            and _info_question(doc, i)
        )
        if hit is None and info:
            hit = (0, len(s.text))
        if hit is None:
            continue
        if SOCIAL_ONLY.search(s.text) and not FAVOUR_WORDS.search(s.text):
            continue  # "want to grab coffee and catch up?" is contact, not a favour
        if i and _catch_up(doc.sentences[i - 1].text, s.text):
            continue  # "I'd love to catch up. Up for a coffee or a call?" is the same
        v = VAGUE.search(s.text) or VAGUE_IN_ASK.search(s.text)
        if v and PINNED.search(s.text):
            v = None  # "we need your help: please give £50 to keep the beds open"
        asks.append(
            Ask(
                sentence=s,
                match_start=s.start + hit[0],
                match_end=s.start + hit[1],
                vague=(s.start + v.start(), s.start + v.end()) if v else None,
                bounded=bool(BOUNDED.search(s.text)),
                referral=bool(REFERRAL.search(s.text)),
                big=bool(BIG.search(s.text)),
                specific=info
                or bool(CONCRETE.search(s.text) or NAMED_TARGET.search(s.text))
                or info_question(s.text)
                or bool(EITHER_OR.search(s.text)),
                easy_out=easy_out,
            )
        )
    return asks
