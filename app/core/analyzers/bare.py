"""Requests with nothing around them, and requests piled on one another.

A request with nothing around it: no reason, nothing about them, nothing offered.

"Please add me as a connection." and "Give me a call." are what careful people in the
field hold up, again and again, as the messages that get ignored: the reader has to work
out who you are and why you wrote. Close friends in touch are exempt; between them the
context goes without saying.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.patterns import phrases
from app.core.text import words
from app.models import Severity

# A body this short has no room for a reason and a request both.
_MAX_WORDS = 20
_MAX_SENTENCES = 2


def _in_touch_friend(ctx: Context) -> bool:
    """A close friend or friend known to be in touch (a date within 90 days)."""
    return ctx.close_and_recent and ctx.gap.days is not None


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
        yes("Fenwick has an analyst opening. Refer me?", "Refer me?", **rel(None, "friend")),
        no("Loved your talk at PyCon on async testing. Could I ask one question about it?"),
        no("Want an intro to my old team at Stripe? They're hiring."),
        no(
            "Hi Lena, I'm applying to the data role on your team at Shopify and would value "
            "one question about it. Would 15 minutes next week work?"
        ),
    ],
)
def bare_ask(ctx: Context) -> Iterator[Hit]:
    if not ctx.asks or ctx.offers or ctx.signals.specific or _in_touch_friend(ctx):
        return
    body = [s for s in ctx.doc.sentences if ctx.doc.body_start <= s.start < ctx.doc.body_end]
    if len(body) > _MAX_SENTENCES or sum(len(words(s.text)) for s in body) >= _MAX_WORDS:
        return
    ask = ctx.asks[0]
    yield Hit((ask.match_start, ask.sentence.end))


# Favours chained inside one request: "introduce me to Paul and pass my resume to Anita".
_AND_ANOTHER = phrases(
    r"(?:and|,)\s+(?:also\s+|maybe\s+|then\s+|and\s+)?(?:pass|put|send|introduce|give|forward|share|review|call|ask|connect|refer|"
    r"help|look\s+over|check|sign|write|recommend|vouch|get|drop|water|feed|take|carry|promote|have|pick|bring|mention|"
    r"lend|cover|book|sponsor|host)\b",
)
_MANY = 3


@analyzer(
    "many_asks",
    severity=Severity.medium,
    message="Several favours in one message.",
    principle=(
        "Ask small: one favour that is easy to grant. A list of requests reads as a withdrawal "
        "spree, and the reader can only say yes to all of it or to none."
    ),
    suggestion="Keep the one request that matters most; save the rest for after they have helped.",
    examples=[
        yes(
            "Could you introduce me to Paul in IT and pass my resume to Anita in HR? It would "
            "also be great if you could call your contact in purchasing.",
            "Could you introduce me to Paul in IT and pass my resume to Anita in HR?",
        ),
        no("Could you introduce me to Paul in IT? Happy to send a short blurb."),
        no("Would you have 15 minutes next week? And is there anything I can do for you?"),
    ],
)
def many_asks(ctx: Context) -> Iterator[Hit]:
    favours = 0
    for ask in ctx.asks:
        s = ask.sentence
        favours += 1 + sum(1 for _ in _AND_ANOTHER.finditer(ctx.text, ask.match_end, s.end))
    if favours >= _MANY:
        first = ctx.asks[0]
        yield Hit((first.match_start, first.sentence.end))
