"""The repair pass: what the re-critique of an edit still finds, answered where an addition
or a cut can (a line about them, an offer, a stock pleasantry or pressure taken out, the ask
moved after the lines about them)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import stock
from app.core.critique import Critique
from app.core.edit.ask_unit import (
    NO_MATTER,
    THEM_FIRST,
    as_paragraph,
    ask_unit,
    closing_from,
    leans_on_ask,
)
from app.core.edit.base import in_credit
from app.core.edit.occasion import stock_question
from app.core.edit.register import in_register
from app.core.layout import Piece, fit
from app.core.lines import note_line, offer_line
from app.core.phrasebook import EASY_OUT
from app.core.reshape import strip_pressure, substantive
from app.models import Role


def repair(
    crit: Critique,
    pieces: list[Piece],
    left: set[str],
    stock_offer: bool = True,
    lean: bool = False,
) -> list[Piece] | None:
    """Answer what the re-critique of an edit still finds, where an addition can; None when
    nothing more can be done."""
    ctx = crit.ctx
    seed = ctx.doc.raw
    paragraphs = "\n\n" in seed.strip()
    out = list(pieces)
    changed = False
    body_end = next((i for i, p in enumerate(out) if p.role is Role.signoff), len(out))
    first_ask = next(
        (i for i, p in enumerate(out) if p.role is Role.ask and p.action != "dropped"), body_end
    )
    live_texts = {p.text for p in out if p.action != "dropped"}
    asking = first_ask < body_end
    if not asking:  # no ask: what is added goes before the closing lines
        first_ask = closing_from(out[:body_end])
    if {"me_focused", "generic"} & left and (
        not lean or ("generic" in left and ctx.stage.value == "cold")
    ):
        line = note_line(crit)
        if (not line or line in live_texts) and not asking and ctx.stage.value != "cold":
            # a stock question put in front of a request reads like a form letter
            # ("What's on your list before the year is out? Could I borrow your car?"), and
            # from a stranger ("What's keeping you busy these days?") it is a liberty
            line = stock_question(crit, seed)
        if line and line not in live_texts:
            out.insert(
                first_ask,
                Piece.added(
                    line,
                    Role.about_them,
                    code="me_focused",
                    note="Added a question about them.",
                    paragraph=paragraphs,
                ),
            )
            changed = True
    if "no_offer" in left and not any(p.role is Role.offer and p.action != "dropped" for p in out):
        line = offer_line(crit) or (
            # it goes in ahead of the ask, so it cannot speak of returning a favour not yet asked
            # and from a sender who has given more than they have had, a stock offer reads
            # as a dig or as empty
            stock.line("offer", seed, stock.informal(seed), asking=False)
            if stock_offer and not in_credit(crit)
            else ""
        )
    else:
        line = ""
    if line:
        at = next(
            (i for i, p in enumerate(out) if p.role is Role.ask and p.action != "dropped"), None
        )
        at = (
            at
            if at is not None
            else next((i for i, p in enumerate(out) if p.role is Role.signoff), len(out))
        )
        out.insert(
            at,
            Piece.added(
                line,
                Role.offer,
                code="no_offer",
                note="Offered something back.",
                paragraph=paragraphs,
            ),
        )
        changed = True
    if "hollow_opener" in left:
        for i, p in enumerate(out):
            if p.role is Role.pleasantry and p.action != "dropped" and p.span:
                out[i] = Piece(
                    "dropped", "", p.role, p.span, "hollow_opener", "Dropped the stock pleasantry."
                )
                changed = True
    if "desperation" in left:
        for i, p in enumerate(out):
            if p.action == "dropped" or p.role in (Role.greeting, Role.signoff):
                continue
            calm = strip_pressure(p.text)
            if calm != p.text.strip():
                changed = True
                out[i] = (
                    replace(
                        p, action="edited" if p.span else "added", text=calm, code="desperation"
                    )
                    if calm and substantive(calm)
                    else Piece(
                        "dropped", "", p.role, p.span, "desperation", "Dropped the pressure."
                    )
                )
    if "ask_up_front" in left:
        unit = ask_unit(out)
        if unit:
            # the sender's own easy out a line or two after the ask ("If you can't remember,
            # no matter at all.") goes where the ask goes, never ahead of it
            last = max(i for i, p in enumerate(out) if any(p is q for q in unit))
            unit = unit + [
                p
                for p in out[last + 1 : last + 3]
                if p.action != "dropped" and (EASY_OUT.search(p.text) or NO_MATTER.search(p.text))
            ]
        rest = [p for p in out if not any(p is q for q in unit)]
        at = next((i for i, p in enumerate(rest) if p.role is Role.signoff), len(rest))
        at = closing_from(rest[:at])  # before "Thanks!" and the sign-off
        while at > 0 and rest[at - 1].action != "dropped" and _WELL_WISH.match(rest[at - 1].text):
            at -= 1  # and before "Hope the wain is still drawing a crowd on harvest day."
        moved = [
            replace(p, code=p.code or "ask_up_front") if p.role is Role.ask else p for p in unit
        ]
        new = rest[:at] + as_paragraph(moved, paragraphs) + rest[at:]
        # only worth it when what comes first is about them or gives something; moving the
        # ask below the sender's own news just splits it from what it refers to
        first = [p for p in rest[:at] if p.action != "dropped" and p.role in THEM_FIRST]
        leaning = any(p.action != "dropped" and leans_on_ask(p.text) for p in rest[:at])
        if unit and first and new != out and not leaning:
            # a stock offer now ahead of the ask cannot speak of returning the favour
            plain = stock.line("offer", seed, stock.informal(seed), asking=False)
            out = [
                replace(p, text=plain)
                if p.action == "added" and p.role is Role.offer and stock.RETURNS.search(p.text)
                else p
                for p in new
            ]
            changed = True
    return in_register(fit(out, seed, ctx.req.message.channel), ctx.doc.raw) if changed else None


# A closing well-wish: "Hope the wain is still drawing a crowd on harvest day."
_WELL_WISH = re.compile(
    r"^\W*(?:i\s+)?(?:hope|wishing|best\s+wishes\s+(?:to|for))\b(?!\s+to\s+hear)", re.IGNORECASE
)
