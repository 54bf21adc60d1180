"""Problems with the relationship itself: asking after silence, an overdrawn ledger,
and keeping score. These call for rethinking the approach, not the wording."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.ledger import plural
from app.core.patterns import phrases
from app.models import Closeness, Severity

SILENCE_DAYS = 365


def _ago(days: int) -> str:
    years = days / 365.25
    if years >= 1.75:
        return f"about {round(years)} years"
    if years >= 0.96:
        return "about a year"
    return f"about {max(1, round(days / 30.437))} months"


@analyzer(
    "ask_after_silence",
    severity=Severity.high,
    message="You haven't been in touch for a long time, and this message asks for something.",
    principle=(
        "Showing up only when you need something tells them the relationship is a tool. "
        "Stay in touch because you care, so a later ask is not a surprise."
    ),
    suggestion=(
        "Send a reconnect with no ask: something about them, and something you can offer. "
        "Ask later, once the conversation is alive again."
    ),
    examples=[
        yes(
            "Hi Mark! How are you? Anyway, I got laid off and was hoping you could get me an "
            "interview at Google.",
            "Anyway, I got laid off and was hoping you could get me an interview at Google.",
            **rel("2023-06-01", "acquaintance"),
        ),
        yes(
            "Hey Priya, I know we haven't talked in 3 years, but would you be open to referring "
            "me for the PM opening at Figma?",
            "I know we haven't talked in 3 years, but would you be open to referring me for the "
            "PM opening at Figma?",
        ),
        yes(
            "Hi Tom, could you take a look at my resume?",
            "could you take a look at my resume?",
            **rel(None, "weak_tie"),
        ),
        no(
            "Hi Mark, I saw the news about your promotion. Congratulations, well deserved!",
            **rel("2021-01-01", "acquaintance"),
        ),
        no("Could you send me the slides from Tuesday?", **rel("2026-11-20", "friend")),
        no("Would you be open to a quick call next week?"),
        no("Want an intro to my old team at Stripe?", **rel("2020-01-01", "acquaintance")),
    ],
)
def ask_after_silence(ctx: Context) -> Iterator[Hit]:
    if not ctx.asks:
        return
    ask = ctx.asks[0]
    if ctx.gap.days is not None and ctx.gap.days >= SILENCE_DAYS:
        how = "as the message itself says" if ctx.gap.source == "text" else "by your records"
        yield Hit(
            ask.span,
            f"It has been {_ago(ctx.gap.days)} since you were last in touch ({how}), "
            "and this message asks for something.",
        )
    elif (
        ctx.gap.days is None
        and ctx.req.relationship is not None
        and ctx.closeness in (Closeness.acquaintance, Closeness.weak_tie)
    ):
        yield Hit(
            ask.span,
            "There is no record of any earlier contact with this person, "
            "and the first thing this message does is ask for something.",
        )


@analyzer(
    "overdrawn",
    severity=Severity.high,
    message="They have done more for you than you have for them, and this is another ask.",
    principle=(
        "Keep the balance positive before you withdraw: roughly seven deposits for each "
        "favour you ask. Asking on an empty account gets the answer an empty account gets."
    ),
    suggestion="Make deposits first (an intro, a resource, real help), then ask small.",
    examples=[
        yes(
            "Hi Ana, could you introduce me to your CTO?",
            "could you introduce me to your CTO?",
            relationship={
                "last_contact": "2026-10-01",
                "interactions": [
                    {
                        "date": "2026-03-01",
                        "direction": "received",
                        "summary": "Ana reviewed my deck",
                    }
                ],
            },
        ),
        no(
            "Hi Ana, could you introduce me to your CTO?",
            relationship={
                "last_contact": "2026-10-01",
                "interactions": [
                    {
                        "date": "2026-03-01",
                        "direction": "received",
                        "summary": "Ana reviewed my deck",
                    },
                    {
                        "date": "2026-04-01",
                        "direction": "gave",
                        "summary": "Sent Ana two candidates",
                    },
                    {"date": "2026-05-01", "direction": "gave", "summary": "Intro to a VC"},
                ],
            },
        ),
        no(
            "Thanks again for reviewing my deck, Ana. It made a real difference.",
            relationship={
                "interactions": [
                    {"date": "2026-03-01", "direction": "received", "summary": "reviewed my deck"}
                ]
            },
        ),
        no("Could you introduce me to your CTO?"),
    ],
)
def overdrawn(ctx: Context) -> Iterator[Hit]:
    lg = ctx.ledger
    if lg.status == "overdrawn" and ctx.asks:
        yield Hit(
            ctx.asks[0].span,
            f"Your record shows {plural(lg.prior_withdrawals, 'favour')} received and {lg.deposits} "
            f"given; this ask would make it {lg.withdrawals} to {lg.deposits}.",
        )


KEEPING_SCORE = phrases(
    r"(?:you|u)\s+(?:still\s+)?owe\s+me",
    # the disclaimer that does what it disclaims: "not to keep score, but I've driven you..."
    r"not\s+to\s+keep\s+score",
    r"not\s+that\s+i(?:'m|\s+am)\s+(?:keeping\s+score|counting|keeping\s+track)",
    r"i(?:'m|\s+am)\s+not\s+keeping\s+score",
    r"(?:after|considering|given)\s+(?:all|everything)\s+(?:that\s+)?i(?:'ve|\s+have)?\s+(?:did|done|do)\s+for\s+you",
    r"(?:after|considering|given)\s+all\s+(?:the\s+)?(?:favou?rs|help|times)\s+i(?:'ve|\s+have)?\s+\w+",
    r"remember\s+(?:when|how|that)\s+(?:i|mi|me)\s+(?:help|helped|introduced|got|covered|recommended|referred|hired|lent|gave|"
    r"vouched|connected|did|stood\s+up|put\s+in)[^\n]{0,160}?(?:\bso\b|\bnow\b|returning|return\s+the|your\s+turn)",
    r"i\s+did\s+(?:you\s+a\s+(?:big\s+|huge\s+)?favou?r|so\s+much\s+for\s+you|a\s+lot\s+for\s+you)",
    r"(?:time\s+(?:for\s+you\s+)?to|you\s+(?:can|could|should|might)\s+(?:now\s+)?)\s*(?:return|repay)\s+the\s+favou?r",
    r"(?:it(?:'s|\s+is)\s+)?the\s+least\s+you\s+(?:can|could)\s+do",
    r"(?:now\s+it(?:'s|\s+is)|it(?:'s|\s+is)\s+now)\s+your\s+turn",
    r"you\s+(?:kind\s+of\s+)?owe\s+(?:me\s+)?one",
    r"i\s+(?:was\s+)?there\s+for\s+you\s+when",
    r"(?:return|repay)\s+the\s+favou?r\s+(?:i|from)",
    r"don't\s+forget\s+(?:that\s+)?i\s+(?:helped|introduced|got)",
    r"i\s+think\s+i(?:'ve|\s+have)\s+earned",
    r"not\s+that\s+i(?:'m|\s+am)\s+counting",
    r"(?:so\s+)?i(?:'m|\s+am)\s+cashing\s+in",
    r"break\s+from\s+my\s+favou?rs",
)


# A favour the sender did, recalled ...
_MY_FAVOUR = phrases(
    r"(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|literally\s+|even\s+)?(?:lent|loaned|gave|given|flew|drove|sent|endorsed|helped|introduced|"
    r"covered|bought|paid|hired|referred|recommended|vouched|did|done|shared|promoted|hosted|watched|stood\s+up|went\s+out\s+of\s+my\s+way)",
    r"how\s+much\s+i(?:'ve|\s+have)?\s+(?:done|helped|given)",
    r"i\s+was\s+the\s+one\s+who",
    r"by\s+my\s+(?:tally|count)",
    r"our\s+(?:family|team|company)\s+has\s+(?:bought|given|donated|sent|helped|supported)",
    r"we\s+(?:gave|offered|cut)\s+(?:you|your\s+\w+|[A-Z]\w+)\s+an?\s+\w+",
)
# ... and then used as the reason they should say yes.
_SO_YOU_SHOULD = phrases(
    r"so\s+(?:you\s+can|i\s+(?:figure|figured|think|thought|assume|assumed|know)|now|i(?:'m|\s+am)\s+(?:sure|hoping)|surely)",
    r"i\s+(?:assumed|figured|expect(?:ed)?)\s+you(?:'d|\s+would|'ll|\s+will)",
    r"given\s+(?:that|this|all\s+that)",
    r"i(?:'m|\s+am)\s+(?:sure|counting\s+on|confident)\s+(?:you|that\s+you)",
    r"(?:i\s+)?(?:really\s+)?think\s+you\s+(?:can|could|owe|should)",
    r"you\s+(?:can|could)\s+at\s+least",
    r"(?:seems|only|is\s+only)\s+(?:only\s+)?fair",
    r"return(?:ing)?\s+the\s+favou?r",
    r"your\s+turn",
    r"you\s+won(?:'t|\s+not)\s+mind",
    r"the\s+least\s+you",
    r"(?:now|so)\s+(?:i\s+)?need\s+(?:you|a\s+favou?r)",
)


def _called_in_favour(ctx: Context) -> tuple[int, int] | None:
    """A recalled favour followed (in the same or the next sentence) by "so you should"."""
    sents = ctx.doc.sentences
    for i, s in enumerate(sents):
        mine = _MY_FAVOUR.search(s.text)
        if not mine:
            continue
        for t in sents[i : i + 2]:
            since = mine.end() if t is s else 0
            so = _SO_YOU_SHOULD.search(t.text, since)
            if so:
                return (s.start + mine.start(), t.start + so.end())
    return None


@analyzer(
    "keeping_score",
    severity=Severity.high,
    message="This message calls in a debt: it uses past favours as leverage.",
    principle=(
        "Favours are given, not collected. Reminding someone what they owe turns goodwill "
        "into an invoice and spends the relationship you built."
    ),
    suggestion="Drop the reminder entirely. If you ask, ask on its own merits and make it easy to say no.",
    examples=[
        yes("Hi Sam, you owe me one for the Acme intro, so please refer me.", "you owe me"),
        yes(
            "After everything I did for you at Initech, I think you could put in a word for me.",
            "After everything I did for you",
        ),
        yes(
            "Remember when I helped you move apartments? So now I need a favour.",
            "Remember when I helped you move apartments? So",
        ),
        yes("Honestly it's the least you could do.", "it's the least you could do"),
        yes(
            "I flew all the way to Denver for your wedding, so I really think you can make it to this.",
            "I flew all the way to Denver for your wedding, so I really think you can",
        ),
        yes(
            "I endorsed you for 12 skills this year. Returning the favour with an intro seems fair, no?",
            "I endorsed you for 12 skills this year. Returning the favour",
        ),
        yes(
            "Not to keep score but I've driven you to the airport six times. Can you get me Friday?",
            "Not to keep score",
        ),
        no("We're not keeping track of the budget yet."),
        no("You helped me so much last year; I still think about that advice."),
        no("I owe you one for the intro to Dana. Thank you!"),
        no("Remember when we got lost on the way to the offsite? Still makes me laugh."),
        no("Happy to return the favour whenever you need anything."),
    ],
)
def keeping_score(ctx: Context) -> Iterator[Hit]:
    m = KEEPING_SCORE.search(ctx.text)
    called = _called_in_favour(ctx)
    spans = [x for x in ((m.start(), m.end()) if m else None, called) if x is not None]
    if spans:
        yield Hit(min(spans))
