"""Problems with how the message is framed around the recipient: who it is about,
what comes first, and whether anything in it could only be for them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.patterns import phrases
from app.core.phrasebook import MASS_SEND
from app.core.signals import PLEASANTRY
from app.core.text import FIRST_PERSON, SECOND_PERSON, Sentence
from app.models import Severity, Stage

# A request only someone who knows the sender's work could grant: to vouch for them.
_VOUCH = phrases(
    r"(?:be|act\s+as|serve\s+as|being)\s+(?:a|one\s+of\s+my|my)\s+(?:references?|referees?)",
    r"(?:write|provide|give)\s+(?:me\s+)?(?:a\s+)?(?:reference|letter\s+of\s+recommendation|recommendation\s+letter|"
    r"reference\s+letter|letter\s+of\s+reference)",
    r"put\s+in\s+a\s+(?:good\s+)?word\s+for\s+me",
)

# "Great meeting you at the founders' breakfast": where they met, and nothing from the talk
_MET = re.compile(r"\b(?:meet|meeting|met)\b", re.IGNORECASE)


def _only_just_met(ctx: Context) -> bool:
    """A follow-up days after meeting whose only detail is that they met: career advisers
    hold that note up as one that could go to anyone met that day. What makes it theirs is
    something from the conversation. (Years on, "we met at the Leeds meetup" does jog a
    memory, and counts.)"""
    days = ctx.gap.days
    return (
        days is not None
        and days <= 31
        and all(_MET.search(ctx.text, a, b) for _, a, b in ctx.signals.specific)
    )


SECOND_PERSON_POSSESSIVE = re.compile(r"\byour\b|\bcongrat", re.IGNORECASE)


def _own_news(text: str) -> bool:
    """A line that tells the sender's own news, with nothing of theirs in it: "Just to let
    you know I've gone out on my own after 11 years with Murphy's Music" (not "I loved your
    talk at the Leeds meetup")."""
    if not _SELF_LEAD.search(text):
        return False
    told = _LET_KNOW.sub("", text)
    return SECOND_PERSON.search(told) is None


_LET_KNOW = re.compile(r"\b(?:let|letting)\s+you\s+know\b", re.IGNORECASE)


_SELF_LEAD = re.compile(
    r"^\W*(?:(?:so|anyway|anyways|but|well|ok|okay|now|also|listen|look|basically|quick\s+(?:q|question))\W+)*"
    # "Just to let you know I've gone out on my own": the sender's news, announced
    r"(?:(?:just\s+)?(?:(?:i\s+)?wanted\s+)?to\s+let\s+you\s+know\s+(?:that\s+)?(?=i\b|i['’]|we\b|my\b|our\b))?"
    # "So bit of bad news, Brennans are closing...": the sender's news, announced
    r"(?:(?:a\s+)?(?:bit\s+of\s+|some\s+)?(?:bad|good|big|sad|rough|exciting|great|happy)\s+news\b|i\b|i['’]|me\b|my\b|we\b|our\b|(?:ah\s+)?reachin(?:g|['’])?\s+out|writing\s+(?:to|because)|the\s+reason\s+i|"
    r"quick\s+(?:q|question|favou?r|ask)|real\s+quick|random\s+(?:q|question|ask)|"
    # "So the restaurant I was at closed last month": the sender's news, told by the place
    r"the\s+[\w-]+\s+(?:i|we)\s+(?:was|were|worked|had\s+been|have\s+been|been)\s+(?:working\s+)?(?:at|in|for|with)\b)",
    re.IGNORECASE,
)


@analyzer(
    "ask_up_front",
    severity=Severity.medium,
    message="The ask arrives before any interest in them or anything offered.",
    principle=(
        "In their life you are a walk-on and they are the lead. Opening with what you want "
        "casts them as an extra in your story."
    ),
    suggestion="Lead with them (their news, their work, shared history) or with something you can offer; ask after.",
    examples=[
        yes(
            "Hi Dana, can you refer me to the data team at Shopify? I've attached my resume.",
            "can you refer me to the data team at Shopify?",
            **rel(None, "acquaintance"),
        ),
        yes(
            "Hello, how are you? I was wondering if you might know of any openings at Stripe.",
            "I was wondering if you might know of any openings at Stripe.",
            **rel("2026-02-01", "weak_tie"),
        ),
        # a cold note states its purpose first, and that is a courtesy
        no(
            "Hi Dana, I'm a data analyst applying to the analytics role on your team at Shopify. "
            "Would you have 15 minutes next week for two questions about it?",
            **rel(None, "stranger"),
        ),
        no(
            "Hi Dana, congrats on the Series B! I'd love to hear how hiring is going. "
            "Separately, would you be open to a quick call about the data team?"
        ),
        yes(
            "Hi Chloe, congrats on the new role at Stripe! Could you refer me to the recruiter?",
            "Could you refer me to the recruiter?",
            **rel("2025-02-01", "friend"),
        ),
        no(
            "Hey, could you grab my jacket from the car?",
            **rel("2026-11-20", "close"),
        ),
        no("Hi Dana, thanks so much for the coffee last week. It was great to see you."),
        # an ask in the formal letter's "I write to ask if", whoever is to do the favour
        yes(
            "Bonjour Claire, I write to ask if Aromes Vallauris can pre-finance 30% of our 2027 "
            "vanilla.",
            "I write to ask if Aromes Vallauris can pre-finance 30% of our 2027 vanilla.",
            **rel("2024-05-14", "acquaintance"),
        ),
        no(
            "Hi Gabe, good seeing you at the climbing gym — did you end up sending that project? "
            "I'm applying to the buyer role at REI. Mind sharing one thing you wish you'd known?"
        ),
    ],
)
def ask_up_front(ctx: Context) -> Iterator[Hit]:
    # To a stranger, saying early why you write is a courtesy, not a walk-on.
    if not ctx.asks or ctx.close_and_recent or ctx.stage is Stage.cold:
        return
    ask = ctx.asks[0]
    # Count what comes before the ask, not counting pleasantries and "long time!" fillers.
    pleasant = {s.start for s, _, _ in ctx.signals.pleasantries}
    substantive = [
        s
        for s in ctx.doc.sentences
        if s.index < ask.sentence.index and s.start not in pleasant and not _filler(s.text)
    ]
    if len(substantive) > 1:
        return
    before = ask.sentence.start
    if _interest_before(ctx, ask.sentence.start) and not _token_opener(substantive):
        return
    if any(q.start < before for q in ctx.signals.interest_questions):
        return
    if any(
        o.start < before or (o.sentence is ask.sentence and o.start < ask.match_start)
        for o in ctx.offers
    ):
        return
    yield Hit(ask.span)


# "You may not remember me", "we met at ...": context about the sender, not interest in them.
_NOT_INTEREST = phrases(
    r"remember\s+me",
    r"we(?:'ve)?\s+(?:met|spoke|talked|chatted)",
    r"not\s+sure\s+(?:if|whether)\s+you",
)


_NEEDS = re.compile(
    r"\breach(?:ing)?\s+out\s+because|\blooking\s+(?:to|for)\b|\bapplying\b|\bhoping\s+to\b|"
    r"\btrying\s+to\s+(?:get|find|land|move|break)|\bi\s+need\b|\bjob\b|\brole\b",
    re.IGNORECASE,
)


def _token_opener(before: list[Sentence]) -> bool:
    """One short line of praise, then straight to the ask ("Congrats on the new role at
    Stripe! Could you refer me?"): the ask is still in the first two sentences."""
    if len(before) != 1:
        return False
    s = before[0]
    return len(s.text.split()) <= 10 and not s.text.rstrip().endswith("?")


def _interest_before(ctx: Context, ask_start: int) -> bool:
    """A specific line about them before the ask (a word from the notes alone is not enough)."""
    for s, _, _ in ctx.signals.specific:
        if s.start >= ask_start or s.start in ctx.signals.notes_only:
            continue
        if _NOT_INTEREST.search(ctx.text, s.start, s.end) and not SECOND_PERSON_POSSESSIVE.search(
            s.text
        ):
            continue
        return True
    return False


_FILLER = phrases(
    r"(?:it(?:'s|\s+has|\s+is)|is)\s+(?:been\s+)?(?:a\s+(?:long\s+)?while|ages|forever|too\s+long|so\s+long|a\s+long\s+time|long\s+time|a\s+minute)",
    r"long\s+time(?:\s+no\s+\w+)?",
    r"hace\s+mucho",
    r"wow",
    r"haha",
    r"lol",
)


def _filler(text: str) -> bool:
    """A short line that only marks time ("It's been a while!") between a pleasantry and the pivot."""
    return (len(text.split()) <= 7 and bool(_FILLER.search(text))) or bool(
        PLEASANTRY.match(text.strip())
    )


@analyzer(
    "hollow_opener",
    severity=Severity.medium,
    message="A stock pleasantry, then straight to what you need.",
    principle=(
        "A reflexive 'how are you?' followed by a request shows you are not really asking. "
        "Interest that is real is specific."
    ),
    suggestion="Replace the pleasantry with something specific about them, or cut it.",
    examples=[
        yes(
            "Hi Rosa, how are you? So the bakery I was at closed in May. Could you help me find "
            "something?",
            "how are you",
        ),
        yes(
            "hiya Jan it's Maureen Doyle how are you keeping. my niece Orla loves animals could "
            "she shadow your nurses for a day in March?",
            "how are you keeping",
        ),
        yes(
            "Hi Mark! How are you? Anyway, I got laid off and need a job.",
            "How are you",
        ),
        yes(
            "Dear Ms. Lee,\n\nI hope this email finds you well. I am writing to ask whether you "
            "have any openings.",
            "I hope this email finds you well",
        ),
        yes("Hope you're doing well! Quick question: can you refer me?", "Hope you're doing well"),
        yes("hey hru?? can u sort me trade price on a saddle at the shop?", "hru"),
        yes("hey man hows it goin. u know anyone hiring? need work till spring", "hows it goin"),
        # the sender's news, then the ask: still a pivot, whatever the news names
        yes(
            "Hi Aoife, hope you're keeping well! Just to let you know I've gone out on my own "
            "after 11 years with Walsh's Music on Oliver Plunkett Street. Would you know anyone "
            "in the hotels who looks after tuning?",
            "hope you're keeping well",
        ),
        yes(
            "Hope you are doing well! I wanted to reach out because I'm looking to move into "
            "product marketing and I know you made a similar switch.",
            "Hope you are doing well",
            recipient={"notes": ["moved from sales into product marketing"]},
        ),
        yes("Olá Pedro, tudo bem? Is there any way you could introduce me to Kaszek?", "tudo bem"),
        yes(
            "Wha happenin Kerwin, yuh good? Listen, could you lend me your strobe tuner Saturday?",
            "yuh good",
        ),
        yes(
            "Leon! Hope all good mate. Could I borrow your Canon 5D next weekend?", "Hope all good"
        ),
        no("How are you? I saw your team shipped the new search. It looks great."),
        no("Hope the move to Denver went smoothly! Send pictures of the new place."),
        no("How are you? It has been too long."),
        no("How did the marathon go? I was cheering from afar."),
        no("Hope life is treating you well! I'm sorry I've gone quiet for so long."),
    ],
)
def hollow_opener(ctx: Context) -> Iterator[Hit]:
    for s, start, end in ctx.signals.pleasantries:
        if s.index > 1:
            continue
        rest = ctx.text[end : s.end].strip(" ,.!?;:—–-\n")
        # "Hope all good mate." and "hope you're well and that all is lekker in Joburg!" are
        # still the pleasantry: look at the sentence after it.
        # "Wha happenin Kerwin, yuh good?": a second pleasantry after their name is the same
        continues = (
            len(rest.split()) <= 2
            or rest.lower().startswith("and ")
            or (len(rest.split()) <= 5 and PLEASANTRY.search(ctx.text[end : s.end]) is not None)
        )
        if len(rest) > 3 and not continues and not _filler(rest.lstrip("😅🙂😊🙏 ")):
            nxt_text, nxt_start = rest, end
        else:
            following = [t for t in ctx.doc.sentences if t.index > s.index and not _filler(t.text)]
            if not following:
                continue
            nxt_text, nxt_start = following[0].text, following[0].start
        is_ask = any(
            a.sentence.start >= s.start and a.sentence.start <= nxt_start + len(nxt_text)
            for a in ctx.asks
        )
        about_them = any(
            sp.start <= nxt_start + len(nxt_text)
            and sp.end >= nxt_start
            and sp.start not in ctx.signals.notes_only
            for sp, _, _ in ctx.signals.specific
        )
        # "I wanted to reach out because I'm looking to move into product marketing, and I
        # know you made the switch": it leads with the sender's need, whatever follows.
        needs_first = bool(_SELF_LEAD.search(nxt_text) and _NEEDS.search(nxt_text, 0, 90))
        if about_them and not is_ask and not needs_first and not _own_news(nxt_text):
            continue
        # A pleasantry then news about yourself is only a pivot when the message wants
        # something: "Hope you're well! Sorry I've gone quiet" asks for nothing.
        if is_ask or (_SELF_LEAD.search(nxt_text) and (ctx.asks or needs_first)):
            yield Hit((start, end))
            return


@analyzer(
    "me_focused",
    severity=Severity.medium,
    message="The message is mostly about you, and it never asks about them.",
    principle=(
        "Think about what the other person needs to succeed. A note that is all 'I' and 'my' "
        "asks them to care about you without showing you care about them."
    ),
    suggestion="Cut a sentence about yourself and add one question about them or their work.",
    examples=[
        yes(
            "Hi Jo. I just finished my bootcamp and I am looking for my first role. I built three "
            "projects and I think my skills fit. I would love to chat.",
            "I just finished my bootcamp and I am looking for my first role.",
        ),
        no(
            "Hi Jo. I just finished my bootcamp and I am looking for my first role. "
            "How are you finding the new job at Etsy? I remember you were nervous about the move."
        ),
        no("Hi Jo, how was the trip to Lisbon? I'd love to hear about it."),
        no(
            "Hi Jo, I was in Leeds this week and found myself wondering how you are. I'd love to catch up!"
        ),
        no("Thanks for the intro to Sam, Jo. You made my week."),
        no(
            "Hi Jo, I read your piece on onboarding at Etsy. I just finished my bootcamp, I built "
            "three projects, and I am applying to my first support role. I would value a tip."
        ),
        yes(
            "Hello, we are Fernhill Bakery. We bake sourdough daily and we deliver on Mondays. "
            "Our price list is attached. We would love to supply your café.",
            "we are Fernhill Bakery.",
        ),
        no("Hi Jo, we met at the Leeds meetup. We should get a coffee; how is your new team?"),
    ],
)
def me_focused(ctx: Context) -> Iterator[Hit]:
    sig = ctx.signals
    if sig.first_person < 4 or sig.first_person < 2 * max(1, sig.second_person):
        return
    if sig.interest_questions:
        return
    # One line about them rescues a note that is mostly about you, but not a note that
    # is overwhelmingly so (ten or more "I"s at four to one or worse).
    overwhelming = sig.first_person >= 10 and sig.first_person >= 4 * max(1, sig.second_person)
    if not overwhelming and any(sp.start not in sig.notes_only for sp, _, _ in sig.specific):
        return
    best = max(ctx.doc.sentences, key=lambda s: (FIRST_PERSON.count(s.text), -s.start))
    yield Hit(
        (best.start, best.end),
        f"'I/me/my' appears {sig.first_person} times and 'you/your' {sig.second_person}, "
        "and nothing asks about them.",
    )


@analyzer(
    "no_offer",
    severity=Severity.medium,
    message="The message asks but offers nothing back.",
    principle=(
        "Be a symbiote, not a parasite: every ask should come with something for them, or at "
        "least a real question about how you could help."
    ),
    suggestion="Add one concrete thing you can do for them, or ask what would help them right now.",
    examples=[
        no("Could I stay at yours for two nights in March? I'd cover the groceries, obviously."),
        # an offer put as "if there is anything your shop needs, tell me"
        no(
            "Could you suggest two people in Toronto I might write to? And if there is anything "
            "your shop needs from Jaffna, tell me and I will arrange it at cost."
        ),
        yes(
            "As chair of the trust, you might be in a position to fund the reprint.",
            "As chair of the trust, you might be in a position to fund the reprint.",
        ),
        yes(
            "I have twelve new prints ready. Let me know when we can meet to discuss dates.",
            "Let me know when we can meet to discuss dates.",
        ),
        yes(
            "Could you introduce me to your VP of Sales?",
            "Could you introduce me to your VP of Sales?",
        ),
        yes(
            "Would you have 15 minutes next week for two questions about the role?",
            "Would you have 15 minutes next week for two questions about the role?",
            severity=Severity.low,
        ),
        yes(
            "Could you help me find a job in fintech?",
            "Could you help me find a job in fintech?",
            severity=Severity.medium,
        ),
        # asks as people really phrase them
        yes(
            "Mind putting in a word for me for the graduate programme?",
            "Mind putting in a word for me for the graduate programme?",
        ),
        yes(
            "Could I give them your name as a referee?", "Could I give them your name as a referee?"
        ),
        yes(
            "Do let me know if your firm is onboarding new vendors this year.",
            "Do let me know if your firm is onboarding new vendors this year.",
        ),
        yes(
            "I wondered whether you'd be willing to have a call.",
            "I wondered whether you'd be willing to have a call.",
        ),
        no("I'd love 20 minutes of your time; if it helps, I can send the teardown first."),
        no("Could I send you two questions? I've mailed you the sample kit as well."),
        no("Would you give a short speech at the wedding? Drinks on me Friday to talk it over."),
        no("hey can you look at my deck tonight? 10 min tops. tacos on me saturday"),
        yes(
            "Curious whether your team has budget for this in Q1? Happy to share more about our product.",
            "Curious whether your team has budget for this in Q1?",
        ),
        yes(
            "It would mean the world if you'd consider putting in even a small amount.",
            "It would mean the world if you'd consider putting in even a small amount.",
        ),
        no("Could you introduce me to your VP of Sales? Happy to return the favour any time."),
        no("Could you introduce me to your VP of Sales? And is there anything I can do for you?"),
        no("Loved your talk on pricing. Want an intro to the founder of Lattice?"),
    ],
)
def no_offer(ctx: Context) -> Iterator[Hit]:
    if ctx.asks and not ctx.offers:
        # A bounded, specific ask needs no trade; a big or vague one does.
        small = all(ctx.small(a) for a in ctx.asks)
        yield Hit(ctx.asks[0].span, severity=Severity.low if small else None)


@analyzer(
    "generic",
    severity=Severity.medium,
    message="Nothing here is specific to them: it could be sent unchanged to anyone.",
    principle=(
        "Failing to find a point of connection is a failure of imagination on our side. "
        "One detail that could only be about them changes how the whole note reads."
    ),
    suggestion="Mention one real thing: their recent work or news, or something you did together.",
    examples=[
        yes(
            "Hi, I'm looking for new opportunities in marketing. Let me know if you hear of anything!",
            None,
            severity=Severity.high,
        ),
        yes("Hope all is well! Would love to connect and explore synergies.", None),
        yes(
            "I came across your profile and was impressed by your background. Let's chat!",
            None,
            severity=Severity.high,
            **rel(None, "stranger"),
        ),
        yes(
            "Hope all is well! Would love to catch up sometime.",
            None,
            severity=Severity.medium,
            **rel("2026-01-10", "acquaintance"),
        ),
        # specificity read from the text, with no notes given
        no("As a fellow Rice alum, I'd value ten minutes of your advice on consulting."),
        no("I found you through the Oberlin alumni directory. Could I ask one question?"),
        no("I read your article on warehouse robotics and had a question about the pilot."),
        no("I see you lead the payments team at Ramp. How did you get into fintech?"),
        yes(
            "hey!! how r u? need a favour, cud you be a reference for me for the council job. thx",
            None,
            **rel("2026-11-01", "friend"),
        ),
        no("could you grab my jacket from the car?", **rel("2026-11-20", "close")),
        no(
            "Loved your talk at PyCon on async testing. Would you be open to one question about it?"
        ),
        no("We met at the Denver meetup last spring. Would love to stay in touch."),
        no(
            "Hi Sam, how is the move going? Would you be open to a quick call?",
            recipient={"notes": ["moving to Lisbon next month"]},
        ),
        no("Dinner tonight?", **rel("2026-11-24", "close")),
        # days after meeting, that they met is not yet a detail; years on, it jogs a memory
        yes(
            "Great meeting you at the founders' breakfast! What you're building sounds cool. "
            "Let me know if I can ever help.",
            None,
            **rel("2026-11-21", "weak_tie"),
        ),
        no(
            "We met at the Leeds data meetup back in 2019. Would you be open to one question "
            "about your move into consulting?",
            **rel("2019-05-01", "weak_tie"),
        ),
        # only someone who knows your work can vouch for it
        no(
            "I'm looking for a new analyst role. Would you be willing to act as a reference for me?",
            **rel(None, "acquaintance"),
        ),
        yes(
            "I'm looking for a new analyst role. Would you be willing to act as a reference for me?",
            None,
            **rel(None, "stranger"),
        ),
        # a word shared with the notes by chance is not a reference to them
        yes(
            "Riverbend Youth Orchestra has been changing lives for 30 years. Would you consider "
            "a gift of $5,000?",
            None,
            recipient={"notes": ["his daughter played cello in a school orchestra"]},
            **rel(None, "stranger"),
        ),
        no(
            "I'm meeting several health systems this month and I'd like to include Meridian. "
            "Could we find 20 minutes?",
            recipient={"notes": ["Chief Operating Officer at Meridian Health"]},
            **rel(None, "stranger"),
        ),
    ],
)
def generic(ctx: Context) -> Iterator[Hit]:
    if (sent := MASS_SEND.search(ctx.text)) is not None:
        # "I've sent it to the whole address book!": whatever else it says, it was not
        # written to them
        yield Hit((sent.start(), sent.end()))
        return
    if ctx.signals.specific and not _only_just_met(ctx):
        return
    # Between close friends in touch, shared context goes without saying, unless the
    # message opens with the stock "how are you?" that could go to anyone.
    if ctx.close_and_recent and not ctx.signals.pleasantries:
        return
    if (
        ctx.stage is not Stage.cold
        and not ctx.signals.pleasantries
        and any(_VOUCH.search(a.sentence.text) for a in ctx.asks)
    ):
        # "Would you be willing to act as a reference for me?": only someone who knows your
        # work can be asked that, so the note cannot go to just anyone (a stock "how r u?"
        # before it still could)
        return
    if ctx.stage is Stage.cold:
        yield Hit(
            None,
            "Nothing here says why you are writing to this person rather than anyone else: "
            "to a stranger, that is the note that gets ignored.",
            Severity.high,
        )
        return
    yield Hit(None)
