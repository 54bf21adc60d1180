"""Lines built from what the request knows: a note about the recipient as a line about
them, the sender's listed offer as an offer. Only when neither fits does the rewrite fall
back on a stock line (``app.core.stock``).
"""

from __future__ import annotations

import re

from app.core import stock
from app.core.critique import Critique
from app.core.phrasing import first_name, is_achievement, offer_clause, role_phrase, second_person
from app.core.text import words
from app.models import Direction


def note_line(crit: Critique) -> str:
    """A line about them from what the sender knows (a note, or a favour they did)."""
    req = crit.ctx.req
    names = [n for n in (req.recipient.name,) if n]
    seed = crit.ctx.doc.raw
    draft_words = {w.lower() for w in words(crit.ctx.doc.raw) if len(w) >= 5}
    for note in req.recipient.notes:
        clause = second_person(note, names)
        role = role_phrase(note)
        if (not clause or len(clause) > 140) and role:
            if any(n in crit.ctx.doc.raw for n in re.findall(r"[A-Z][\w'’-]{2,}", role)):
                continue
            lead = (
                "I came across your work as"
                if crit.ctx.stage.value == "cold"
                else "It's great to see your work as"
            )
            return f"{lead} {role}."
        if not clause or len(clause) > 140:
            continue
        key = {w.lower() for w in words(note) if len(w) >= 5}
        names = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", note)
        if (key and len(key & draft_words) * 2 >= len(key)) or any(
            n in crit.ctx.doc.raw for n in names
        ):
            continue  # the draft already says it in the sender's own words
        frames: tuple[str, ...]
        if stock.informal(seed):
            frames = ("heard {c}, that's so great!", "saw {c}, love that!", "heard {c}!! amazing")
        elif is_achievement(clause):
            frames = (
                "I saw that {c}, and I was really glad to hear it.",
                "I heard {c}; that's great news.",
                "Congratulations: I saw that {c}.",
            )
        else:
            frames = ("I remember that {c}.", "I've been thinking of you since I heard {c}.")
        return stock.pick(frames, seed, "note").format(c=clause)
    if req.relationship:
        for it in sorted(req.relationship.interactions, key=lambda i: i.date, reverse=True):
            if it.direction is Direction.received and it.summary.strip():
                clause = second_person(it.summary, names)
                if clause and len(clause) <= 140:
                    return f"I'm still grateful that {clause}."
    return ""


def offer_line(crit: Critique) -> str:
    """The sender's own listed offer, voiced as an offer; empty when none fits."""
    req = crit.ctx.req
    corpus = crit.ctx.doc.raw + "\n" + "\n".join(req.recipient.notes)
    them = first_name(req.recipient.name)
    for offer in req.sender.offers:
        clause = offer_clause(offer, corpus)
        if clause and them:
            clause = re.sub(rf"\b{re.escape(them)}\b(?:\s+[A-Z][\w'’-]+)?", "you", clause)
        if clause:
            frames = (
                "If it would be useful, I'd be glad to {c}.",
                "If it helps, I could {c}.",
                "I'd be happy to {c}, if that's useful.",
            )
            return stock.pick(frames, crit.ctx.doc.raw, "offer").format(c=clause)
    return ""
