"""The lines the coach adds to the draft: the owned gap after a long silence, a line about
them from what the sender knows of them, thanks for what they last did, an offer, an easy
way to say no, or a simple hello in place of a held-back ask (``order`` says where)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import stock
from app.core.critique import Critique
from app.core.edit.base import Options, in_credit, seen_lately
from app.core.edit.occasion import (
    easy_to_decline,
    needs_easy_out,
    offer_needed,
    recent,
    stock_question,
)
from app.core.edit.order import arranged, frame, opening_first
from app.core.layout import Piece
from app.core.lines import gap_line, note_line, offer_line
from app.core.text import SECOND_PERSON, words
from app.models import Role

_GAP_FILLER = re.compile(
    r"\b(?:it(?:'s|\s+has|\s+is)|is)\s+(?:been\s+)?(?:a\s+(?:long\s+)?while|ages|forever|too\s+long|so\s+long|a\s+long\s+time|"
    r"some\s+time|quite\s+some\s+time)|\bbeen\s+(?:ages|forever)\b|\blong\s+time(?:\s+no\s+\w+)?|\bsince\s+we\s+(?:last\s+)?(?:spoke|talked|caught\s+up)\b",
    re.IGNORECASE,
)
_GAP_ROLES = frozenset({Role.shared_history, Role.pleasantry, Role.owning_gap})
_NAMED = re.compile(r"\b[A-Z][a-z]")
# The sender has been writing and the recipient has not answered: the silence is not the
# sender's to own ("I've sent you three messages since the summer").
_CHASED = re.compile(
    r"\b(?:i(?:'ve|\s+have)\s+(?:already\s+)?(?:sent|messaged|texted|emailed|called|pinged|written\s+to)\s+you|"
    r"(?:two|three|four|five|several|many|[0-9]+)\s+(?:messages|texts|emails|dms|calls)\b[^.?!\n]{0,30}?\s+(?:and|but)\s+(?:still\s+)?(?:nothing|not\s+a\s+(?:word|peep|reply)|no\s+(?:reply|answer|word))|"
    r"haven'?t\s+heard\s+back|never\s+heard\s+back|(?:no|not\s+a)\s+(?:word|reply|answer)\s+back)",
    re.IGNORECASE,
)


def with_additions(
    crit: Critique,
    opts: Options,
    pieces: list[Piece],
    asks: list[Piece],
    held: list[str],
    about_added: bool,
    paragraphs: bool,
    seed: str,
) -> list[Piece]:
    """The planned pieces with the lines the coach adds, in the order of the rewrite."""
    head, body, tail = frame(pieces)
    live = [p for p in body if p.action != "dropped"]
    roles_live = {p.role for p in live}
    adds_front: list[Piece] = []
    adds_back: list[Piece] = []

    if not opts.lean and _owes_gap(crit, roles_live, asks, held, live):
        # "long time lol" or "It has been some time since we last spoke." says the gap without
        # owning it: the added line says it once
        body = [
            replace(
                p,
                action="dropped",
                text="",
                code="ask_after_silence",
                note="Said once, in the line that owns the gap.",
            )
            if _says_gap(p)
            else p
            for p in body
        ]
        live = [p for p in body if p.action != "dropped"]
        adds_front.append(
            Piece.added(
                gap_line(crit),
                Role.owning_gap,
                code="ask_after_silence",
                note="Owned the long gap before anything else.",
                paragraph=paragraphs,
            )
        )
    # the lean edit adds a line about them only where a stranger needs a reason to read on
    if not opts.lean or ("generic" in crit.codes() and crit.ctx.stage.value == "cold"):
        front, back = _about_them(
            crit, opts, pieces, body, live, held, about_added, paragraphs, seed
        )
        adds_front += front
        adds_back += back
    if held and opts.stock_lines:
        adds_front += _reconnection(crit, pieces, live, adds_front, paragraphs)
    adds_back += _offer(crit, opts, roles_live, asks, held, adds_back, paragraphs, seed)
    if held and opts.stock_lines:
        adds_back += _ends_on_them(crit, live, adds_front, adds_back, paragraphs, seed)
    easy = _easy_out(crit, opts, asks, seed)
    holding = bool(held) or opts.hold_ask or crit.ask_waits
    # (not to someone seen days ago: "miss hanging out, let's catch up" after Monday's meeting)
    if holding and not live and not adds_front and opts.stock_lines and not recent(crit):
        adds_back.append(
            Piece.added(
                stock.line("rc", seed, stock.informal(seed), recent=recent(crit)),
                Role.filler,
                note="A simple hello in place of the ask.",
                paragraph=paragraphs,
            )
        )
    head, body = opening_first(crit, head, body)
    return arranged(crit, head, body, tail, asks, easy, adds_front, adds_back, paragraphs)


def _owes_gap(
    crit: Critique, roles_live: set[Role], asks: list[Piece], held: list[str], live: list[Piece]
) -> bool:
    """After a year or more of silence, a note that asks (or held its ask) owns the gap,
    unless it already does (in a line of its own, or "its Gaz from the Wimpey days, been
    ages") or the silence was the recipient's."""
    ctx = crit.ctx
    dormant = ctx.gap.days is not None and ctx.gap.days >= 365
    return (
        dormant
        and Role.owning_gap not in roles_live
        and bool(asks or held or "ask_after_silence" in crit.codes())
        and not _CHASED.search(ctx.doc.raw)
        and not any(_GAP_FILLER.search(p.text) and not _says_gap(p) for p in live)
    )


def _says_gap(p: Piece) -> bool:
    """A short live line that says the gap without owning it."""
    return (
        p.action != "dropped"
        and (
            p.role is Role.filler
            or (p.role in _GAP_ROLES and len(words(p.text)) <= 9 and not _NAMED.search(p.text[1:]))
        )
        and bool(_GAP_FILLER.search(p.text))
    )


def _about_them(
    crit: Critique,
    opts: Options,
    pieces: list[Piece],
    body: list[Piece],
    live: list[Piece],
    held: list[str],
    about_added: bool,
    paragraphs: bool,
    seed: str,
) -> tuple[list[Piece], list[Piece]]:
    """A line about them where the draft has none (or lost it), or is generic or all about
    the sender: from the notes up front, or a stock question about them at the end."""
    ctx = crit.ctx
    codes = crit.codes()
    # A thank-you of a few words ("Thank you!") is not a line about them; a dropped line
    # about them (a flagged one, or one built round a placeholder) wants replacing.
    warm = [
        p
        for p in live
        if p.role in (Role.about_them, Role.shared_history)
        or (p.role is Role.thanks and len(words(p.text)) >= 4)
    ]
    lost_them = any(
        p.action == "dropped"
        and p.span is not None
        and (
            p.role is Role.about_them
            or (p.role is Role.placeholder and "your" in ctx.doc.raw[p.span[0] : p.span[1]].lower())
        )
        for p in body
    ) or any(  # "I came across [Company]" filled as "your company" still says nothing of them
        p.role is Role.placeholder and p.action == "edited" and "your company" in p.text
        for p in body
    )
    needs_them = not about_added and (not warm or lost_them)
    if not (needs_them or "generic" in codes or "me_focused" in codes):
        return [], []
    said = " ".join(p.text for p in pieces if p.action != "dropped")
    line = "" if about_added else note_line(crit, said)
    if line and line not in {p.text for p in live}:
        front = Piece.added(
            line,
            Role.about_them,
            code="generic" if "generic" in codes else "me_focused",
            note="Added a line about them, from what you know of them.",
            paragraph=paragraphs,
        )
        return [front], []
    if opts.stock_lines and held and not live and not seen_lately(crit):
        back = Piece.added(
            stock_question(crit, seed),
            Role.about_them,
            code="me_focused",
            note="Added a question about them.",
            paragraph=paragraphs,
        )
        return [], [back]
    return [], []


def _reconnection(
    crit: Critique,
    pieces: list[Piece],
    live: list[Piece],
    adds_front: list[Piece],
    paragraphs: bool,
) -> list[Piece]:
    """The ask waits, so the note is a reconnection: a second thing you know of them. (Thanks
    for what they last did, built from the history, was tried: read blind, "I'm still grateful
    that you lent me 300 euros" out of nowhere reads as stilted or as a ledger, so the thanks
    is the sender's to add.)"""
    codes = crit.codes()
    out: list[Piece] = []
    said = " ".join(
        [*(p.text for p in pieces if p.action != "dropped"), *(p.text for p in adds_front)]
    )
    about = sum(1 for p in [*live, *adds_front] if p.role is Role.about_them)
    second = note_line(crit, said, thanks=False, news_only=True) if about < 2 else ""
    if second and second not in said and not _same_news(second, said):
        out.append(
            Piece.added(
                second,
                Role.about_them,
                code="generic" if "generic" in codes else "me_focused",
                note="Added another line about them, from what you know of them.",
                paragraph=paragraphs,
            )
        )
    return out


_HARDSHIP = re.compile(
    r"\b(?:(?:is|was|has\s+been)\s+(?:also\s+)?not\s+easy|(?:very|so|really)\s+(?:difficult|hard)\s+(?:to|for|time)|"
    r"passed\s+away|diagnos\w+|struggling|(?:a\s+)?(?:hard|difficult|tough)\s+time)\b",
    re.IGNORECASE,
)


def _ends_on_them(
    crit: Critique,
    live: list[Piece],
    adds_front: list[Piece],
    adds_back: list[Piece],
    paragraphs: bool,
    seed: str,
) -> list[Piece]:
    """With the ask held back, a note that would end on the sender's own news ("my post
    disappears at the end of March.") and asks nothing of them reads as a hint at the
    favour: read blind, senders would not send it. A question about them closes it."""
    pieces = [*adds_front, *live, *adds_back]
    if not live or not _own_news(live[-1]) or adds_back:
        return []
    if any("?" in p.text or p.role is Role.offer for p in pieces) or seen_lately(crit):
        return []
    if any(_HARDSHIP.search(p.text) for p in live):
        # read blind, "How's everything with you these days?" after "I lost my position
        # after 19 years ... My family situation is also not easy" jars
        return []
    return [
        Piece.added(
            stock_question(crit, seed),
            Role.about_them,
            code="ask_after_silence" if "ask_after_silence" in crit.codes() else None,
            note="Asked after them, so the note ends on them and not on your news.",
            paragraph=paragraphs,
        )
    ]


# "I'm coming to Vienna in January" is the sender's news even where it names a place in
# the notes about them (so it was read as a line about them)
_FIRST_PERSON = re.compile(
    r"\W*(?:i|i['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll)|my|our)\b", re.IGNORECASE
)


def _own_news(p: Piece) -> bool:
    """A line of the sender's own news (a set-up kept from the held ask's own sentence keeps
    that sentence's role)."""
    if p.role in (Role.news, Role.self_intro, Role.ask):
        return True
    return (
        p.role is Role.about_them
        and bool(_FIRST_PERSON.match(p.text))
        and not SECOND_PERSON.search(p.text)
    )


_SEEN = re.compile(r"^\W*(?:i\s+(?:saw|noticed|heard|read)(?:\s+that)?|heard|saw)\s+", re.I)


def _same_news(line: str, said: str) -> bool:
    """The line says again what is said already in another frame ("I noticed you have a car."
    after "I saw you have a car.")."""
    told = _SEEN.sub("", line).rstrip(" .!?").lower()
    return len(told.split()) >= 3 and told in said.lower()


def _offer(
    crit: Critique,
    opts: Options,
    roles_live: set[Role],
    asks: list[Piece],
    held: list[str],
    adds_back: list[Piece],
    paragraphs: bool,
    seed: str,
) -> list[Piece]:
    """Something back, where the draft takes without giving: what the sender listed, else a
    stock offer where the critique needs one (or a question, to someone they look up to)."""
    codes = crit.codes()
    has_offer = Role.offer in roles_live
    # a small, specific ask needs no trade (``no_offer`` is low): read blind, an offer bolted
    # on to "Could you write me a short letter?" makes the reference look paid for
    wants_offer = bool(codes & {"overdrawn", "keeping_score"}) or offer_needed(crit, held)
    if not wants_offer or has_offer:
        return []
    line = offer_line(crit)
    if line:
        return [
            Piece.added(
                line,
                Role.offer,
                code="no_offer",
                note="Added what you can offer them.",
                paragraph=paragraphs,
            )
        ]
    if not (opts.stock_lines and opts.stock_offer and offer_needed(crit, held)):
        return []
    if held:
        # With the ask held back, a stock offer reads as the ask in disguise ("I've been laid
        # off. If something on your side could use an extra pair of hands, I'm around"):
        # read blind, senders would not send it. A question about them, if nothing is.
        if (
            Role.about_them in roles_live
            or any(p.role is Role.about_them for p in adds_back)
            or seen_lately(crit)
        ):
            return []
        return [
            Piece.added(
                stock_question(crit, seed),
                Role.about_them,
                code="no_offer",
                note="Asked after them.",
                paragraph=paragraphs,
            )
        ]
    if in_credit(crit):
        return []
    return [
        Piece.added(
            stock.line("offer", seed, stock.informal(seed), asking=bool(asks)),
            Role.offer,
            code="no_offer",
            note="Offered something back.",
            paragraph=paragraphs,
        )
    ]


def _easy_out(crit: Critique, opts: Options, asks: list[Piece], seed: str) -> list[Piece]:
    """A stock easy way to say no, tied to the ask, where the draft has none and needs one."""
    if asks and not easy_to_decline(crit) and opts.stock_lines and needs_easy_out(crit):
        return [
            Piece.added(
                stock.line("easy", seed, stock.informal(seed)),
                Role.filler,
                code="vague_ask" if "vague_ask" in crit.codes() else None,
                note="Made it easy to say no.",
                tied=True,
            )
        ]
    return []
