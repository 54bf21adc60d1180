"""Concrete deposit ideas: things the sender could do for the recipient before asking.

Built only from what the request says (offers, notes, past favours) plus a few
universal ideas that name nobody, so they are grounded by construction.
"""

from __future__ import annotations

from app.models import CoachRequest, Direction

UNIVERSAL = (
    "Share an article, tool or job post that is relevant to their work, with one line on why.",
    "Introduce them to someone in your network they would be glad to know, after asking both sides.",
    "Recommend, endorse or publicly credit a piece of their recent work.",
    "Ask what they are working on this quarter and what would help, then follow up on it.",
)


def deposit_ideas(req: CoachRequest, limit: int = 5) -> list[str]:
    ideas: list[str] = []
    for offer in req.sender.offers[:2]:
        ideas.append(f"Offer this with no strings attached: {offer.strip().rstrip('.')}.")
    for note in req.recipient.notes[:2]:
        ideas.append(
            f"Write about their news ({note.strip().rstrip('.')}): congratulate them or ask a "
            "real question about it, and ask for nothing."
        )
    if req.relationship:
        got = [i for i in req.relationship.interactions if i.direction is Direction.received]
        if got:
            last = max(got, key=lambda i: i.date)
            ideas.append(
                f"Close the loop on a favour you received ({last.summary.strip().rstrip('.') or 'their help'}): "
                "thank them and tell them how it turned out."
            )
    for idea in UNIVERSAL:
        if len(ideas) >= limit:
            break
        ideas.append(idea)
    return ideas[:limit]
