"""A request with nothing around it: no reason, nothing about them, nothing offered.

"Please add me as a connection." and "Give me a call." are what careful people in the
field hold up, again and again, as the messages that get ignored: the reader has to work
out who you are and why you wrote. Close friends in touch are exempt; between them the
context goes without saying.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.text import words
from app.models import Severity

# A body this short has no room for a reason and a request both.
_MAX_WORDS = 20
_MAX_SENTENCES = 2


@analyzer(
    "bare_ask",
    severity=Severity.medium,
    message="A request with no reason and nothing about them around it.",
    principle=(
        "Make it easy to say yes: a reader who has to guess who you are and why you wrote "
        "usually says nothing at all."
    ),
    suggestion="Add one line on why you are writing to them in particular, and what it is for.",
    examples=[
        yes(
            "Please add me as a connection on LinkedIn.",
            "Please add me as a connection on LinkedIn.",
        ),
        yes("Hi Gwen, give me a call. Thanks, Arturo", "give me a call."),
        yes(
            "Hi Tomas, got a q for u. When's a good time to talk, and what's your number?",
            "what's your number?",
            **rel("2026-06-01", "acquaintance"),
        ),
        no("Dinner tonight?", **rel("2026-11-24", "close")),
        no("Loved your talk at PyCon on async testing. Could I ask one question about it?"),
        no("Want an intro to my old team at Stripe? They're hiring."),
        no(
            "Hi Lena, I'm applying to the data role on your team at Shopify and would value "
            "one question about it. Would 15 minutes next week work?"
        ),
    ],
)
def bare_ask(ctx: Context) -> Iterator[Hit]:
    if not ctx.asks or ctx.offers or ctx.signals.specific or ctx.close_and_recent:
        return
    body = [s for s in ctx.doc.sentences if ctx.doc.body_start <= s.start < ctx.doc.body_end]
    if len(body) > _MAX_SENTENCES or sum(len(words(s.text)) for s in body) >= _MAX_WORDS:
        return
    ask = ctx.asks[0]
    yield Hit((ask.match_start, ask.sentence.end))
