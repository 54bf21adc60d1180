"""What the draft already does well. Strengths are reported so the rewrite keeps them
and so the sender learns what to repeat."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.analyzers.tone import DESPERATION
from app.core.patterns import Phrases, phrases
from app.core.phrasebook import HOW_TO_HELP, REFERRAL
from app.core.text import Sentence
from app.models import Kind


@analyzer(
    "gives_first",
    kind=Kind.strength,
    message="Offers something concrete before (or without) asking.",
    principle="Give before you ask: a deposit first makes any later request feel fair.",
    examples=[
        yes("Want an intro to my old team at Stripe? They're hiring PMs.", "Want an intro"),
        yes(
            "I came across this paper on retrieval evals and thought of you. Here is the link.",
            "came across this paper on retrieval evals and thought of you",
        ),
        yes("Would it help if I sent you our hiring rubric?", "Would it help if I"),
        yes(
            "Brakes at Doncaster are taking on Class 1 nights. Ring Lorraine and say I sent you.",
            "say I sent you",
        ),
        yes(
            "We'd love to host a reading at the library. We can offer a £150 fee. Would March work?",
            "We can offer a",
        ),
        yes(
            "Your portal shows its server version. Happy to jump on a call with your IT folks, free.",
            "Happy to jump on a call with your ",
        ),
        no("Could you introduce me to your CTO?"),
        no("Could you introduce me to your CTO? Happy to help with anything in return."),
        # sending them a question asks for their time; it gives them nothing
        no("Could I send you one specific question about roles in hospital pharmacy?"),
    ],
)
def gives_first(ctx: Context) -> Iterator[Hit]:
    first_ask = ctx.asks[0].match_start if ctx.asks else len(ctx.text) + 1
    for o in ctx.offers:
        if o.how_to_help and not _concrete(ctx, o.start, o.end):
            continue
        if o.start < first_ask:
            yield Hit((o.start, o.end))
            return


_OPEN_OFFER = phrases(r"anything", r"how\s+(?:can|could|might|may)\s+i")


def _concrete(ctx: Context, start: int, end: int) -> bool:
    """ "Happy to help with the launch" is concrete; "anything I can do?" is not."""
    return not _OPEN_OFFER.search(ctx.text, start, end)


@analyzer(
    "personal_reference",
    kind=Kind.strength,
    message="Refers to something specific about them or to real shared history.",
    principle="A specific detail shows you think about them, not only about what they can do for you.",
    examples=[
        yes("Loved your talk on async testing at PyCon.", "Loved your"),
        yes("We met at the Denver meetup last spring.", "We met"),
        yes(
            "How is the Lisbon move going?",
            "Lisbon",
            recipient={"notes": ["moving to Lisbon in March"]},
        ),
        no("Hope all is well! Would love to connect."),
        no("I'm looking for a new role in marketing."),
    ],
)
def personal_reference(ctx: Context) -> Iterator[Hit]:
    if ctx.signals.specific:
        _, start, end = ctx.signals.specific[0]
        yield Hit((start, end))


@analyzer(
    "asks_how_to_help",
    kind=Kind.strength,
    message="Asks what you can do for them.",
    principle="Asking how you can help makes the exchange two-way.",
    examples=[
        yes("Is there anything I can do for you?", "Is there anything I can do"),
        yes("Let me know if I can help with the launch.", "Let me know if I can"),
        yes("How can I be useful to your team this quarter?", "How can I be useful"),
        yes(
            "Two things I can offer: an intro to Ada, or tender notices. Please tell me which, "
            "if either, would be most helpful.",
            "tell me which, if either, would be most helpful",
        ),
        no("Can you help me with my resume?"),
        no("Want an intro to Sam?"),
    ],
)
def asks_how_to_help(ctx: Context) -> Iterator[Hit]:
    yield from _first_in(HOW_TO_HELP, ctx, [o.sentence for o in ctx.offers if o.how_to_help])


@analyzer(
    "small_specific_ask",
    kind=Kind.strength,
    message="The ask is small, bounded and easy to decline.",
    principle="Ask small and specific, so saying yes costs them minutes and saying no costs nothing.",
    examples=[
        yes(
            "Maybe I could crash at yours for two nights next week?",
            "Maybe I could crash at yours for two nights next week?",
        ),
        no("I've finished my first screenplay. Could you read it and give me detailed notes?"),
        no("Could you do me the honours and introduce us?"),
        yes(
            "Would you be open to a 15-minute call next week?",
            "Would you be open to a 15-minute call next week?",
        ),
        yes(
            "Who are two people on the payments team you'd suggest I talk to?",
            "Who are two people on the payments team you'd suggest I talk to?",
        ),
        yes(
            "Tunde abeg send me that photo of the shade chart you snapped at the expo.",
            "Tunde abeg send me that photo of the shade chart you snapped at the expo.",
        ),
        no("Could you help me find a job?"),
        no("Want an intro to Sam?"),
        # the sender giving, with the choice of how left to them
        no("I scanned the old club photos. Shall I email them to you, or would you like prints?"),
        no("Can you send me the deck? Let me know ASAP!!!"),
    ],
)
def small_specific_ask(ctx: Context) -> Iterator[Hit]:
    if DESPERATION.search(ctx.text) or "!!!" in ctx.text:
        return  # pressure anywhere makes any ask hard to decline
    if any(a.vague and not a.referral for a in ctx.asks):
        return  # one open-ended ask undoes a small one beside it
    for ask in ctx.asks:
        if ask.small:
            yield Hit(ask.span)
            return


@analyzer(
    "acknowledges_gap",
    kind=Kind.strength,
    message="Owns the long silence plainly.",
    principle="Naming the gap honestly, without spinning it into a reason to ask, rebuilds trust.",
    examples=[
        yes("I know it's been way too long, and that's on me.", "I know it's been way too long"),
        yes("Sorry for the long silence. How are the kids?", "Sorry for the long silence"),
        yes(
            "I hope you will forgive the long silence since the reunion.",
            "forgive the long silence",
        ),
        yes("We lost touch after Acme, and I regret that.", "lost touch"),
        yes("I trust you will forgive a long silence.", "forgive a long silence"),
        yes(
            "We have not spoken since your training in Kaduna, and the fault is mine.",
            "the fault is mine",
        ),
        yes(
            "It is much too long since I wrote, and that is my fault only.",
            "It is much too long since I",
        ),
        yes(
            "We last spoke in York in 2024, and I'm sorry I let things go quiet for so long.",
            "I let things go quiet",
        ),
        yes(
            "Sorry I disappear for 4 years, is my fault, life very busy with baby.",
            "Sorry I disappear for",
        ),
        no("It's been a busy week for me.", **rel("2026-11-20")),
        no("Great seeing you yesterday!"),
    ],
)
def acknowledges_gap(ctx: Context) -> Iterator[Hit]:
    if ctx.gap.days is not None and ctx.gap.days < 180 and ctx.gap.source != "text":
        return
    if ctx.signals.owned_gap:
        yield Hit(ctx.signals.owned_gap)


@analyzer(
    "referral_ask",
    kind=Kind.strength,
    message="Asks whom to talk to, not for the thing itself.",
    principle="Asking who three people worth talking to are is a small lift for them and widens your network.",
    examples=[
        yes("Who would you suggest I talk to about data roles?", "Who would you suggest"),
        yes(
            "Are there two or three people you'd recommend I speak with?",
            "three people you'd",
        ),
        no("Can you refer me for the data role?"),
        no("Who is your favourite author?"),
    ],
)
def referral_ask(ctx: Context) -> Iterator[Hit]:
    yield from _first_in(REFERRAL, ctx, [a.sentence for a in ctx.asks if a.referral])


def _first_in(pattern: Phrases, ctx: Context, sentences: list[Sentence]) -> Iterator[Hit]:
    """The first match of ``pattern`` within the given sentences, as one hit."""
    for s in sentences:
        m = pattern.search(ctx.text, s.start, s.end)
        if m:
            yield Hit((m.start(), m.end()))
            return
