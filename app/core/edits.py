"""Light edits for drafts that are already good to send.

A draft with at most one medium problem keeps the sender's own words: we add the one
thing it lacks (an offer, a line about them, a question for them) at a natural place
instead of rewriting it from templates. Every candidate still goes through the same
verification as any rewrite.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.critique import Critique
from app.models import Kind


def _insert(text: str, at: int, piece: str, *, before: bool) -> str:
    """Insert ``piece`` as its own sentence or paragraph at ``at``."""
    head, tail = text[:at].rstrip(), text[at:].lstrip()
    paragraphs = "\n\n" in text
    sep = "\n\n" if paragraphs else " "
    if not head:
        return f"{piece}{sep}{tail}".strip()
    if not tail:
        return f"{head}{sep}{piece}".strip()
    if before:  # before a sign-off: keep the sign-off on its own line(s)
        return f"{head}{sep}{piece}\n\n{tail}" if paragraphs else f"{head} {piece}\n{tail}"
    return f"{head}{sep}{piece}{sep}{tail}"


def candidates(
    crit: Critique, offer_line: str, note_line: str, question: str
) -> Iterator[tuple[str, list[str]]]:
    """(text, changes) pairs, most faithful first, for a draft whose verdict is send."""
    doc = crit.ctx.doc
    raw = doc.raw
    problems = {f.code for f in crit.findings if f.kind is Kind.problem}
    end = doc.signoff[0] if doc.signoff else len(raw)
    start = doc.greeting[1] if doc.greeting else 0
    if not problems:
        yield raw, ["Nothing to change: it is about them, gives something and is easy to answer."]
        return
    if "no_offer" in problems and offer_line:
        yield (
            _insert(raw, end, offer_line, before=True),
            ["Added something you can offer in return."],
        )
    if "generic" in problems and note_line:
        yield _insert(raw, start, note_line, before=False), ["Added one specific line about them."]
    if "me_focused" in problems and question:
        yield _insert(raw, end, question, before=True), ["Added a question about them."]
    yield raw, ["Kept your draft as it is: it is good to send."]
