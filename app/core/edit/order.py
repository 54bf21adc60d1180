"""Where the coach's additions go among the draft's lines: after the greeting and any line
that belongs with it (who is writing, a salutation of the day), before the draft's closing
lines, and around an ask that came first, which moves after the lines about them."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.critique import Critique
from app.core.edit.ask_unit import (
    NO_MATTER,
    after_last_ask,
    as_paragraph,
    ask_unit,
    closing_from,
    hangs_on_ask,
    lift_before_ask,
    merge_asks,
    when_for_it,
)
from app.core.edit.vocab import WHO_I_AM, speaks_for_outfit_asked
from app.core.layout import ENDS_SENTENCE, Piece
from app.core.phrasebook import EASY_OUT
from app.core.phrasing import first_name
from app.core.text import words
from app.models import Role, Verdict

# A salutation of the day or season that belongs with the greeting ("Good morning and
# compliments of the season."): an added line goes after it, not between it and the name.
_SALUTATION = re.compile(
    r"^\W*(?:(?:good\s+(?:morning|afternoon|evening|day)|compliments\s+of\s+the\s+season|season'?s\s+greetings|"
    r"happy\s+(?:new\s+year|holidays|diwali|eid|christmas|hanukkah|lunar\s+new\s+year)|merry\s+christmas|eid\s+mubarak|"
    r"salaam|namaste|greetings)(?:\s*(?:,|and|&)\s*)?)+\W*$",
    re.IGNORECASE,
)
_SAYS_WHO = re.compile(
    r"^\W*(?:[A-Z][\w'’-]+,\s+)?(?:(?:(?i:it)(?:'s|’s|s|\s+is)|this\s+is|my\s+name\s+is)\s+[A-Z][\w'’-]+"
    # "Dale the tree surgeon here.", "Kim from the bakery here"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,?\s+(?:the|your|from)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?,?\s+here\b)"
)


def frame(pieces: list[Piece]) -> tuple[list[Piece], list[Piece], list[Piece]]:
    """The greeting (with a salutation of the day that belongs with it), the body, and the
    sign-off."""
    head = [p for p in pieces if p.role is Role.greeting]
    tail = [p for p in pieces if p.role is Role.signoff]
    # a postscript below the sign-off stays below it
    end = max((p.span[1] for p in tail if p.span), default=None)
    after = [
        p
        for p in pieces
        if end is not None and p.span and p.span[0] >= end and p.role is not Role.signoff
    ]
    tail += after
    body = [
        p
        for p in pieces
        if p.role not in (Role.greeting, Role.signoff) and not any(p is q for q in after)
    ]
    while head and body and body[0].action != "dropped" and _SALUTATION.match(body[0].text):
        head.append(body.pop(0))
    return head, body, tail


def opening_first(
    crit: Critique, head: list[Piece], body: list[Piece]
) -> tuple[list[Piece], list[Piece]]:
    """The body's first line joins the greeting when it belongs with it, ahead of anything
    added."""
    # "hey stranger!!": a bare greeting keeps its first short line before anything added,
    # and "Sofi!!" on its own is the greeting.
    if not body or body[0].action == "dropped":
        return head, body
    first = body[0].text.strip()
    run_on = bool(head) and not ENDS_SENTENCE.search(head[-1].text) and len(words(first)) <= 3
    them = (first_name(crit.ctx.req.recipient.name) or "").lower()
    bare_name = not head and bool(
        re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[!,]+", first)
        or (them and re.fullmatch(rf"{re.escape(them)}\s*[!,.]+", first, re.IGNORECASE))
    )
    # "Fiona, Callum MacInnes here, the Morning Star.": who is writing comes before
    # anything added, the owned gap included
    if run_on or bare_name or _SAYS_WHO.match(first):
        return head + body[:1], body[1:]
    return head, body


def arranged(
    crit: Critique,
    head: list[Piece],
    body: list[Piece],
    tail: list[Piece],
    asks: list[Piece],
    easy: list[Piece],
    adds_front: list[Piece],
    adds_back: list[Piece],
    paragraphs: bool,
) -> list[Piece]:
    """Everything in the order of the rewrite."""
    # When the ask came first, the lines about them (and any offer) go before it; if the
    # draft has none, the ask (with the lines that hang on it) moves after what was added.
    reorder = "ask_up_front" in crit.codes() and bool(asks) and crit.verdict is not Verdict.send
    merged = after_last_ask(merge_asks(body, asks), asks, easy, reasons=not reorder)
    if reorder:
        lifted = lift_before_ask(merged, asks)
        if lifted is not None:
            merged = lifted
        elif not adds_front and (context := _context_first(merged, asks)) is not None:
            merged = context
        elif adds_front or adds_back:
            unit = ask_unit(merged)
            # lines after the ask that lean on it ("The rain is coming through onto the kit.",
            # "The group would thank you publicly") stay after it
            last = max(i for i, p in enumerate(merged) if any(p is q for q in unit))
            leaning: list[Piece] = []
            for p in merged[last + 1 :]:
                if p.action == "dropped":
                    continue
                if not (_LEANS_BACK.match(p.text) or hangs_on_ask(p.text)):
                    break
                leaning.append(p)
            # "The deadline is 15 January, so any time before Christmas would be brilliant."
            # two lines on still says when to do what was asked: it goes with the ask
            leaning += [
                p
                for p in merged[last + 1 :]
                if p.action != "dropped" and p not in leaning and when_for_it(p.text)
            ]
            unit = unit + [p for p in leaning if not any(p is q for q in unit)]
            rest = [p for p in merged if not any(p is q for q in unit)]
            moved = [
                replace(
                    p,
                    note=p.note + " Moved after the lines about them.",
                    code=p.code or "ask_up_front",
                )
                if p.role is Role.ask
                else p
                for p in unit
            ]
            # the offer follows the ask it returns, and the closing thanks stays last
            end = closing_from(rest)
            return (
                head
                + adds_front
                + rest[:end]
                + as_paragraph(moved, paragraphs)
                + adds_back
                + rest[end:]
                + tail
            )
    # what is added goes before the draft's closing lines ("I look forward to hearing from you.")
    closing = closing_from(merged)
    lead = _warm_opening(merged[:closing]) if not _owns_gap(adds_front) else 0
    if (
        not lead
        and closing
        and merged[0].action != "dropped"
        and (
            (merged[0].role is Role.self_intro and merged[0].action == "kept")
            or WHO_I_AM.match(merged[0].text)
        )
    ):
        # "This is Rodel Santos, we sailed together on the Pacific Jade": who is writing
        # comes before anything the edit adds, the owned gap included
        lead = 1
    return (
        head
        + merged[:lead]
        + adds_front
        + merged[lead:closing]
        + adds_back
        + merged[closing:]
        + tail
    )


_WARM = (Role.shared_history, Role.about_them, Role.owning_gap)


def _owns_gap(adds: list[Piece]) -> bool:
    return any(p.role is Role.owning_gap for p in adds)


def _warm_opening(body: list[Piece]) -> int:
    """How many of the draft's first lines already speak of them or of what the two shared
    ("It was lovely working the Fenwick wedding with you"): what the edit adds follows them,
    so the draft still opens in the sender's own words. The owned gap still comes first."""
    n = 0
    for p in body:
        if p.action == "dropped":
            n += 1
            continue
        if p.role not in _WARM or p.action != "kept":
            break
        n += 1
    return n if any(p.action != "dropped" for p in body[:n]) else 0


def _context_first(merged: list[Piece], asks: list[Piece]) -> list[Piece] | None:
    """An ask that opens the body, followed by the sender's own news ("Could you help me find
    a new job? Things at my practice are getting a bit much..."), goes after that news: read
    blind, a note that opens on the request with no context reads cold. None otherwise."""
    live = [i for i, p in enumerate(merged) if p.action != "dropped"]
    if not live or not any(merged[live[0]] is a for a in asks):
        return None
    first = live[0]
    news: list[int] = []
    for i in live[1:]:
        p = merged[i]
        if (
            p.role is not Role.news
            or p.tied
            or _CLOSER_LINE.search(p.text)
            # "No worries if not!" answers the ask; "Their HR will email you" hangs on it
            or EASY_OUT.search(p.text)
            or NO_MATTER.search(p.text)
            or hangs_on_ask(p.text)
            or len(words(p.text)) < 5
            # "The water is coming into the Sunday school room": it leans on what the ask
            # named (the hall roof), so it cannot open the note
            or (not news and _LEANS_BACK.match(p.text))
            # "We leave from Sormiou at 9" after "could you recommend my new company Pagaie
            # Sud?": the "we" is the company the ask names
            or (not news and speaks_for_outfit_asked(merged[first].text, p.text))
        ):
            break
        news.append(i)
    if not news:
        return None
    # dropped lines keep their places; the ask goes right after the news it rests on
    return [
        *merged[:first],
        *(merged[i] for i in news),
        merged[first],
        *(p for i, p in enumerate(merged) if i > first and i not in news),
    ]


_LEANS_BACK = re.compile(r"^\W*(?:the|this|that|these|those|it|they|which)\b", re.IGNORECASE)
_CLOSER_LINE = re.compile(
    r"^\W*(?:thanks|thank\s+you|i\s+look\s+forward|looking\s+forward|cheers)\b", re.I
)
