"""Problems with the relationship itself: asking after silence, an overdrawn ledger,
and keeping score. These call for rethinking the approach, not the wording."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.analyzers.tone import DESPERATION
from app.core.asks import Ask
from app.core.ledger import plural
from app.core.patterns import PhraseMatch, phrases
from app.models import Severity, Stage

SILENCE_DAYS = 365


def _ago(days: int) -> str:
    years = days / 365.25
    if years >= 1.75:
        return f"about {round(years)} years"
    if years >= 0.96:
        return "about a year"
    return f"about {max(1, round(days / 30.437))} months"


def _says_why(ctx: Context, ask: Ask) -> bool:
    """ "I'm reaching out because I'm looking at a move into analytics, and I see you know
    Hana Sato." read as an ask only says why: the small ask right after it is the request."""
    nxt = ask.sentence.index + 1
    return (
        not ask.vague
        and not ask.big
        and any(a.sentence.index == nxt and a.small for a in ctx.asks)
        and not ask.sentence.text.rstrip().endswith("?")
    )


_CONFESSES = re.compile(
    r"\b(?:(?:that(?:'s|’s|\s+is)|which\s+is)\s+on\s+me|my\s+fault|the\s+fault\s+is\s+(?:all\s+)?mine|"
    r"sorry|apolog)",
    re.IGNORECASE,
)


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
            "alright la!! long time no speak. im in berlin next wed, can i kip on ur couch for 5 nights?",
            "im in berlin next wed, can i kip on ur couch for 5 nights?",
        ),
        yes(
            "Dear Thomas, I know we did not speak since the Whitechapel closing in 2017. I need "
            "from you the drawings of the tenor bell profile.",
            "I need from you the drawings of the tenor bell profile.",
        ),
        # "you may not remember me" says the distance plainly; a small ask is then fixable
        yes(
            "Hi Gordon, you may not remember me, but I interned in your office two summers ago. "
            "Could I buy you a coffee when I'm in town next month?",
            "Could I buy you a coffee when I'm in town next month?",
            severity=Severity.medium,
            **rel("2024-08-15", "acquaintance"),
        ),
        # ... but a specific ask that is big (a novel read, handed to agents) is not small
        yes(
            "Hi Harriet, I'm not sure if you remember me, we met at Ellie's wedding. Would you "
            "pass it to your agent contacts or read it and tell me what you think?",
            "Would you pass it to your agent contacts or read it and tell me what you think?",
            severity=Severity.high,
            **rel("2024-08-17", "weak_tie"),
        ),
        # owned gap, small ask, no pressure: still an ask after silence, but fixable
        yes(
            "Hi Lena, it's been three years and that's on me. Would you be open to one question "
            "about the analytics team? Totally fine if not.",
            "Would you be open to one question about the analytics team?",
            severity=Severity.medium,
            **rel("2023-05-01", "acquaintance"),
        ),
        # "That's on me." owns the gap the line before named, in three words
        yes(
            "Hi Orla, three years since the last session, and I never wrote. That's on me. "
            "One small question, no bother if not: who books the fringe sessions?",
            "One small question, no bother if not: who books the fringe sessions?",
            severity=Severity.medium,
            **rel("2023-10-03", "acquaintance"),
        ),
        # an unknown gap is not a silence
        no("Hi Tom, could you take a look at my resume?", **rel(None, "weak_tie")),
        # a stranger has no silence to break
        no("Hi Tom, could you take a look at my resume?", **rel("2020-01-01", "stranger")),
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
    if not ctx.asks or ctx.stage is not Stage.dormant or ctx.gap.days is None:
        return
    ask = ctx.asks[0]
    how = "as the message itself says" if ctx.gap.source == "text" else "by your records"
    # Owned plainly: not the "I know it's been years, but could you..." preface to the ask.
    # "It's been ages!" only marks time; owning takes a sentence of its own.
    own = ctx.signals.owned_gap
    owning = next((s for s in ctx.doc.sentences if own and s.start <= own[0] < s.end), None)
    owned = (
        owning is not None
        # "That's on me." after the line that names the gap owns it in three words
        and (len(owning.text.split()) > 5 or _CONFESSES.search(owning.text) is not None)
        and not any(a.sentence is owning for a in ctx.asks)
        and all(ctx.small(a) or _says_why(ctx, a) for a in ctx.asks)
        and DESPERATION.search(ctx.text) is None
    )
    if owned:
        yield Hit(
            ask.span,
            f"It has been {_ago(ctx.gap.days)} since you were last in touch ({how}). You own "
            "the gap and the ask is small, but a first message back that asks still reads as "
            "needing something.",
            Severity.medium,
        )
        return
    yield Hit(
        ask.span,
        f"It has been {_ago(ctx.gap.days)} since you were last in touch ({how}), "
        "and this message asks for something.",
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
    # the sulk at their silence: "you've got time to post from Broadway every day but not to
    # answer me", "When you can grace me with a reply"
    r"(?:got|have|had|find|found)\s+time\s+to\s+[^.!?\n]{0,50}?\bbut\s+not\s+(?:to\s+)?(?:answer|reply|respond|text|call|write)",
    r"grace\s+me\s+with\s+(?:a\s+)?(?:reply|response|answer|call)",
    # "3 messaggi in 2 months and not one answer", "too important for the old maestro"
    r"(?:[0-9]+|two|three|four|five|several)\s+(?:messages|messaggi|mensajes|mensagens|texts|emails|calls|voicemails)\s+"
    r"(?:in|since|over)\s+[^.!?\n]{1,20}?\s+and\s+(?:not\s+(?:one|a\s+single)|no|zero)\s+(?:answer|reply|response)",
    r"too\s+(?:important|big|busy|good)\s+(?:now\s+)?for\s+(?:the\s+|your\s+)?(?:old\s+)?(?:maestro|teacher|mentor|friends)\b",
    r"when\s+you\s+(?:have|find|get|can\s+spare)\s+(?:one|a|a\s+single)\s+minute\s+for\s+me",
    # the disclaimer that does what it disclaims: "not to keep score, but I've driven you..."
    r"not\s+to\s+keep\s+score",
    # "Now that you're settled in, I think it's my turn."
    r"(?:i\s+think\s+|i\s+reckon\s+|so\s+)?(?:it(?:'s|’s|\s+is)|now\s+it(?:'s|’s|\s+is))\s+my\s+turn\b(?!\s+(?:to|at|on|for|with|in)\b)",
    # "I keep a little tally of these things, and by my count I've passed you five clients"
    r"(?:i\s+)?keep\s+(?:a\s+)?(?:little\s+|running\s+)?(?:tally|count|score)\b",
    r"by\s+my\s+(?:count|reckoning|tally)",
    r"(?:while|and|but)\s+i(?:'ve|\s+have)\s+(?:only\s+)?(?:had|got|received)\s+(?:one|1|two|nothing|none)\s+"
    r"(?:\w+\s+)?(?:back|in\s+return)",
    r"not\s+that\s+i(?:'m|\s+am)\s+(?:keeping\s+score|counting|keeping\s+track)",
    r"i(?:'m|\s+am)\s+not\s+keeping\s+score",
    r"(?:after|considering|given)\s+(?:all|everything)\s+(?:that\s+)?i(?:'ve|\s+have)?\s+(?:did|done|do)\s+for\s+(?:you|u)",
    # "after everything i taught u, least u can do"
    r"(?:after|considering|given)\s+(?:all|everything)\s+(?:that\s+)?i(?:'ve|\s+have)?\s+(?:taught|showed|shown|gave|given)\s+(?:you|u)\b",
    r"(?:after|considering|given)\s+all\s+(?:the\s+)?(?:favou?rs|help|times)\s+i(?:'ve|\s+have)?\s+\w+",
    # "after I got you that internship, I'd have thought you'd be the first to offer"
    r"(?:after|since|considering)\s+i\s+(?:got|found|gave|helped|introduced|covered|lent|set|landed|vouched\s+for)\s+you\b"
    r"[^.?!\n]{0,80}?(?:i'?d\s+have\s+thought|you'?d\s+(?:think|be\s+the\s+first)|least\s+you|owe|expect)",
    r"remember\s+(?:when|how|that)\s+(?:i|mi|me)\s+(?:help|helped|introduced|got|covered|recommended|referred|hired|lent|gave|"
    r"vouched|connected|did|stood\s+up|put\s+in)[^\n]{0,160}?(?:\bso\b|\bnow\b|returning|return\s+the|your\s+turn)",
    # "You remember in 2024 when you came to Porto I took you two days to all the workshops
    # ... So now I think is fair you help me also."
    # ("you remember 2019, when nobody in Köln wanted to take you ... and I brought you into
    # the Wagenbauhalle")
    r"remember\s+(?:in\s+)?(?:[0-9]{4},?\s+|last\s+[a-z]+\s+)?when\b[^.!?\n]{0,90}?\bi\s+(?:took|brought|showed|introduced|helped|got|gave|"
    r"lent|drove|hosted|covered|fed|housed|vouched\s+for)\s+(?:you|u)\b[^\n]{0,200}?(?:\bso\s+now\b|\bfair\b|your\s+turn)",
    # the free work recalled, then the bill: "a no collect wan cent. So now a tink se yu fit
    # put mi nem", "I didn't charge you a penny, so now..."
    r"(?:no|not|never|didn't|did\s+not)\s+(?:collect|charge|take|ask\s+for)\s+(?:you\s+)?(?:a|one|wan|a\s+single)\s+"
    r"(?:cent|penny|dime|kobo|naira|leone|shilling|rupee|peso|euro|thing)\b[^\n]{0,40}?\bso\s+now\b",
    # "I wrote you in August and again in October and nothing", "...you don't answer small
    # coaches from Kranj anymore"
    r"i\s+(?:wrote|texted|messaged|emailed|called|rang)\s+(?:to\s+)?(?:you|u)\b[^.!?\n]{0,40}?\bagain\b[^.!?\n]{0,30}?"
    r"\band\s+(?:nothing|no\s+(?:answer|reply|response)|not\s+a\s+word)",
    r"(?:you|u)\s+(?:don't|dont|do\s+not)\s+(?:answer|reply\s+to|talk\s+to|write\s+to|bother\s+with)\s+"
    r"(?:small|little|ordinary|simple|old|poor)\s+\w+",
    # "it was my introduction that got you the meeting in DG ENER ... I mention this only so
    # that you understand why I feel able to ask you something in return"
    r"it\s+was\s+my\s+(?:introduction|recommendation|letter|word|call|reference)\s+that\s+(?:got|won|secured|landed|helped)\s+you\b",
    r"(?:ask|expect)\s+(?:of\s+)?you\s+(?:something|a\s+favou?r|anything|one\s+thing)\s+in\s+return",
    r"(?:confident|sure|certain|trust)\s+(?:that\s+)?you\s+will\s+[^.!?\n]{0,40}?given\s+(?:our|all\s+our)\s+(?:history|past)",
    # "Texted ya three times since Easter and not a word back", "Guess ya too big now"
    r"(?:texted|messaged|called|rang|emailed|wrote|pinged)\s+(?:you|u|ya)\s+(?:twice|three\s+times|four\s+times|[0-9]+\s+times|several\s+times)\b"
    r"[^.!?\n]{0,30}?\b(?:not\s+a\s+word|nothing|no\s+(?:answer|reply|response))",
    r"(?:you(?:'re|\s+are)?|ya|u|ur|youre)\s+too\s+(?:big|important|good|busy|grand)\s+now\b",
    # "all them months driving your mum ... I never once asked for a thing. So I know you'll
    # understand when I ask this one."
    r"i\s+never\s+(?:once\s+)?asked\s+(?:you\s+)?(?:for\s+)?(?:a\s+thing|anything|nothing|a\s+penny|a\s+cent|a\s+dime)(?:\s+(?:in\s+return|back))?\b",
    r"i\s+know\s+you(?:'ll|\s+will)\s+understand\s+when\s+i\s+ask",
    # "support my candidacy, as I once supported yours": the bill at the end of the ask
    r"as\s+i\s+(?:once|did|have|had)\s+(?:supported|helped|backed|recommended|championed)\s+(?:yours|you)\b",
    # "So now I think is fair you help me also", "it's only fair you return the favour"
    r"(?:i\s+think\s+)?(?:it\s+)?(?:is|'s)\s+(?:only\s+)?fair\s+(?:that\s+)?(?:you|u)\s+(?:help|return|do|give|pay)",
    # "Remember who gave you a kitchen when nobody else would."
    r"remember\s+who\s+(?:gave|got|helped|hired|found|introduced|lent|taught|trained|backed|vouched\s+for|took\s+you\s+in|put\s+you)\b",
    # "I've done plenty for you over the years"
    r"i(?:'ve|\s+have)\s+done\s+(?:plenty|a\s+lot|so\s+much|loads|heaps|a\s+great\s+deal|more\s+than\s+enough|enough)\s+for\s+you",
    r"i\s+did\s+(?:you\s+a\s+(?:big\s+|huge\s+)?favou?r|so\s+much\s+for\s+you|a\s+lot\s+for\s+you)",
    r"(?:time\s+(?:for\s+you\s+)?to|you\s+(?:can|could|should|might)\s+(?:now\s+)?)\s*(?:return|repay)\s+the\s+favou?r",
    r"(?:it(?:'s|\s+is)\s+)?(?:the\s+)?least\s+(?:you|u|ya)\s+(?:can|could)\s+do",
    r"(?:now\s+it(?:'s|\s+is)|it(?:'s|\s+is)\s+now)\s+your\s+turn",
    r"you\s+(?:kind\s+of\s+)?owe\s+(?:me\s+)?one",
    r"i\s+(?:was\s+)?there\s+for\s+you\s+when",
    r"(?:return|repay)\s+the\s+favou?r\s+(?:i|from)",
    r"don't\s+forget\s+(?:that\s+)?i\s+(?:helped|introduced|got)",
    r"i\s+think\s+i(?:'ve|\s+have)\s+earned",
    r"not\s+that\s+i(?:'m|\s+am)\s+counting",
    r"(?:so\s+)?i(?:'m|\s+am)\s+cashing\s+in",
    r"break\s+from\s+my\s+favou?rs",
    r"(?:that's|that\s+is|which\s+is)\s+how\s+your\s+(?:whole\s+)?(?:career|job|business|start)",
    r"(?:all\s+)?thanks\s+to\s+me\b",
    r"you\s+wouldn't\s+(?:have|be)\s+[^.?!\n]{0,40}without\s+me",
    # sulking at silence: guilt for not answering
    # "I understand if you're too busy to reply" is courtesy, not a sulk
    r"(?<!if\syou[’']re\s)(?<!if\syoure\s)(?<!if\syou\sare\s)(?:too\s+(?:good|important|busy|big)|above)\s+(?:to\s+(?:talk|reply|respond|answer|write)\s+(?:to\s+)?(?:me|us|back)|for\s+(?:me|us|(?:an?\s+)?old\s+(?:friends?|mates?|colleagues?|classmates?|workmates?|teammates?)))",
    # the place on their bill claimed as earned: "You know I deserve it."
    r"(?:you\s+know\s+)?i\s+(?:deserve|earned|have\s+earned|'ve\s+earned)\s+(?:it|this|that|the\s+(?:spot|slot|place|fight|job|role))\b",
    r"(?:guess|suppose|see|assume)\s+(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+not\s+(?:worth|important|good)",
    r"(?:guess|suppose|see|assume)\s+(?:you(?:'re|\s+are)|ur|u\s+r|youre)\s+(?:too\s+\w+|ignoring|avoiding)",
    r"(?:since|as)\s+you\s+(?:never|didn't|did\s+not|couldn't|haven't|have\s+not)\s+(?:bother(?:ed)?\s+to\s+)?(?:repl\w+|respond\w*|answer\w*|write\s+back|get\s+back)",
    r"(?:you\s+)?(?:never|didn't|did\s+not)\s+(?:even\s+)?bother(?:ed)?\s+to\s+(?:repl\w+|respond|answer|write|get\s+back)",
    r"must\s+be\s+nice\s+to",
    # "after all the times ive sorted your car for nothing"
    r"after\s+all\s+the\s+(?:times|favou?rs|hours|weekends|years)\s+(?:i|we)(?:'?ve|\s+have)?\b",
    # "I'm the one who got you in at Colemans", "since I helped you get that Herald job"
    r"i(?:'m|\s+am|\s+was)\s+the\s+one\s+who\s+(?:got|helped|introduced|recommended|referred|hired|found)\s+you\b",
    r"(?:since|after|considering|given\s+that)\s+i\s+(?:helped|got)\s+you\s+(?:get|land|find|into|in)\b",
    r"(?:i'd|i\s+would)\s+have\s+thought\s+you'?d\s+(?:tell|let|call|ask|offer|think\s+of)",
    # "I helped you prep for that interview for weeks, remember."
    r"i\s+(?:helped|got|drove|covered|lent|introduced|vouched\s+for|coached|trained|fed|housed)\s+you\b[^.?!\n]{0,60}?,?\s+remember\b",
    r"i(?:'ve|\s+have)?\s+(?:already\s+)?(?:messaged|texted|emailed|written\s+to|called|pinged)\s+(?:you|u)\s+"
    r"(?:twice|three\s+times|\d+\s+times|several\s+times|again\s+and\s+again|so\s+many\s+times)",
    # the same as a learner writes it: "I message you 3 times already no answer.", "I write
    # you 3 times since summer and no answer."
    r"i\s+(?:message|text|email|call|write)\s+(?:to\s+)?(?:you|u)\s+(?:twice|three\s+times|\d+\s+times|many\s+times)"
    r"(?:\s+(?:already|now)\b|[^.?!\n]{0,30}?\s+(?:and|but)\s+(?:still\s+)?no\s+(?:answer|reply|response)\b)",
    # "Just say if you can't be bothered to get me in front of your producer": the sulk
    r"(?:if|since|as|cos|because)\s+(?:you|u)\s+(?:can['’]?t|cannot|couldn['’]?t|can\s+not)\s+be\s+(?:arsed|bothered)",
    # "too busy for people like me", "I did the kilim for your opening almost for free, you
    # remember."
    r"too\s+(?:busy|good|important|big)\s+for\s+(?:people|folks|the\s+likes\s+of)\s+(?:like\s+)?(?:me|us)\b",
    r"i\s+(?:did|made|built|restored|fixed|designed|painted|wrote|sewed|cooked|baked|framed|printed)\s+[^.?!\n]{0,60}?\bfor\s+(?:you|your)\b"
    r"[^.?!\n]{0,40}?(?:(?:almost|practically|basically|nearly)\s+for\s+(?:free|nothing)|,?\s+(?:you\s+)?remember\s*[.?!]|for\s+nothing\b)",
    # a favour recalled by what it cost the sender: "When you needed visa I ran to ministry for
    # you 2 times."
    r"when\s+you\s+needed\s+[^.?!\n]{1,40}?,?\s+i\s+(?:ran|went|drove|came|flew|walked|called|wrote|stood|paid|lent|"
    r"gave|took|put|fought|begged|queued)\b[^.?!\n]{0,40}?\bfor\s+(?:you|u)\b",
    # the guilt that closes the ask: "Is this so much?", "It is the minimum between friends, no?"
    r"(?:^|(?<=[.!?]\s))(?:is|was)\s+(?:this|that|it)\s+(?:so|too)\s+much(?:\s+to\s+ask)?\s*\?",
    r"the\s+(?:minimum|least)\s+(?:between|among)\s+(?:friends|old\s+friends|us)",
    # custom gone elsewhere, as a grievance: "you are buying your oysters from Cancale now and
    # not from me"
    r"(?:buying|ordering|getting|sourcing)\s+[^.?!\n]{1,40}?\s+(?:from|with)\s+[^.?!\n]{1,30}?\s+(?:now\s+)?(?:and|but)\s+not\s+(?:from|with)\s+(?:me|us)\b",
    # chasing: "I've sent you three messages since the summer and nothing", "Three DMs and nothing."
    r"(?:two|three|four|five|six|several|many|[0-9]{1,3})\s+(?:messages?|texts?|emails?|dms?|calls?|voicemails?|voice\s+notes?)\b"
    r"[^.?!\n]{0,70}?\s+(?:and|an|but)\s+(?:still\s+)?(?:nothing|nuttn|nutten|nuttin|nada|no\s+(?:reply|answer|response|word))",
    # a favour recalled with the effort it cost: "I still remember making that call to Mr.
    # Carvalho for you in 2023, it was not easy to convince him"
    r"i\s+(?:still\s+)?remember\s+(?:making|getting|putting|writing|calling|pulling|vouching|lending|covering|driving|"
    r"finding|fighting|begging|persuading)\b(?:[^.?!\n]|\.(?=\s+[A-Z])){0,60}?\bfor\s+(?:you|u|yuh)\b",
    # "so I figured you'd be happy to return the favour and write me a review"
    r"(?:figured|thought|hoped|assumed?|sure)\s+(?:that\s+)?you(?:'d|\s+would|'ll|\s+will)\s+(?:be\s+(?:happy|glad|keen|willing)\s+to\s+)?"
    r"(?:return|repay)\s+the\s+favou?r",
    r"you(?:'d|\s+would|'ll|\s+will)\s+be\s+(?:happy|glad|keen|willing)\s+to\s+(?:return|repay)\s+the\s+favou?r",
    # "it was me who linked you up", "I never asked you for anything in return", "after all I did"
    r"it\s+was\s+(?:me|i)\s+who\s+(?:got|linked|helped|introduced|recommended|referred|hired|found|connected|put|vouched)\b",
    # sulking at a busy or promoted contact: "I suppose now you're Head of Vendor Management
    # you don't have much time for freelancers anymore"
    r"(?:don't|do\s+not|won't|no\s+longer)\s+have\s+(?:much\s+|any\s+)?time\s+for\s+(?:the\s+likes\s+of\s+)?"
    r"(?:us|me|freelancers|little\s+people|old\s+friends|people\s+like\s+(?:me|us))(?:\s+any\s*more)?",
    # the polite reminder: "As you will surely recall, I was glad to write your reference"
    r"as\s+you(?:'ll|\s+will|\s+may|\s+might)?\s+(?:surely\s+|no\s+doubt\s+|doubtless\s+|of\s+course\s+|well\s+)?"
    r"(?:recall|remember)\s*,?\s+(?:it\s+was\s+)?(?:i|me)\s+(?:was\s+(?:glad|happy|pleased|able)\s+to\s+)?"
    r"(?:wrote|write|helped|help|got|introduced|introduce|recommended|recommend|referred|refer|covered|cover|"
    r"lent|lend|gave|give|put|vouched|vouch|did|hired|found|stood|sorted)\b",
    r"after\s+(?:all|everything)\s+(?:that\s+)?i(?:'ve|\s+have)?\s+(?:put\s+in|given|sacrificed|contributed)",
    r"the\s+least\s+(?:they|the\s+\w+|your\s+\w+)\s+(?:can|could)\s+do",
    # "this is the least we could expect after such hospitality"
    r"the\s+least\s+(?:we|i)\s+(?:can|could|might)\s+(?:expect|ask)",
    # "You will of course recall that we were happy to upgrade your family at no charge"
    r"you(?:'ll|\s+will)\s+(?:of\s+course\s+|surely\s+|no\s+doubt\s+|doubtless\s+)?(?:recall|remember)\s+"
    r"(?:that\s+)?(?:we|i)\s+(?:were|was)\s+(?:happy|glad|pleased|able)\s+to",
    r"(?:second|third|fourth|fifth)\s+time\s+(?:i(?:'ve|\s+have|'m|\s+am)\s+)?(?:trying|tried|messaging|messaged|asking|asked|calling|called|texting|texted|reaching\s+out)(?:\s+(?:you|u))?",
    r"bumping\s+(?:this|it|my\s+\w+)\s+(?:back\s+)?up\b",
    r"i\s+never\s+(?:once\s+)?asked\s+(?:you\s+)?for\s+(?:anything|a\s+thing|nothing)\s+(?:in\s+return|back)",
    r"after\s+all\s+(?:that\s+)?i(?:'ve|\s+have)?\s+(?:did|done)\b",
    r"(?:i(?:'m|\s+am)\s+sure|i\s+know|i\s+trust)\s+you\s+(?:will\s+not|won't|wouldn't|would\s+not)\s+(?:disappoint|fail)\s+me",
    r"(?:and|but)\s+(?:never|didn't|did\s+not)\s+(?:heard|hear)\s+back",
    r"(?:and|but)\s+(?:heard|got)\s+nothing\s+(?:back|in\s+return)",
    # "Seven weeks and nothing.": the silence counted, and held against them
    r"(?:days|weeks|months)\s+(?:now\s+)?and\s+(?:nothing|not\s+(?:a\s+)?(?:word|peep|reply|thing))",
    # a favour counted as unreturned: "raided you 5 times and never got one back"
    r"(?:and|but)\s+(?:i\s+)?(?:never|didn't|did\s+not|haven't|have\s+not)\s+(?:once\s+)?(?:got|gotten|had|received)\s+(?:one|any|it|a\s+single\s+one)\s+back",
    r"(?:you\s+)?(?:never|haven't|have\s+not|didn't|did\s+not)\s+(?:once\s+)?return(?:ed)?\s+the\s+favou?r",
    r"(?:feels|felt|seems|is|been|getting)\s+(?:a\s+(?:bit|little)\s+|kinda\s+|kind\s+of\s+|pretty\s+|very\s+|so\s+)?one[-\s]sided",
    r"look\s+who(?:'s|\s+is)\s+(?:still\s+)?(?:alive|back|around|here)",
    r"where\s+have\s+you\s+been\s+(?:all\s+(?:year|this\s+time|my\s+life)|hiding)",
    r"nice\s+of\s+you\s+to\s+(?:finally\s+)?(?:show\s+up|reply|get\s+back|remember)",
    r"too\s+much\s+(?:work|trouble|effort|to\s+ask)\s+for\s+you",
    r"(?<!if\syou[’']re\s)(?<!if\syoure\s)(?<!if\syou\sare\s)too\s+(?:busy|important|good|grand|big|famous|posh)\s+(?:now\s+)?(?:(?:to|fi|ta)\s+(?:remember|reply|answer|call|text|write|respond|bother|talk|speak)|for\s+(?:us|the\s+likes\s+of))",
    r"remember\s+i\s+exist",
    # "would be nice if you could share it on your page. If you can be bothered."
    r"if\s+you\s+can\s+be\s+bothered",
    r"(?:take\s+it|guess|assume|suppose)\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:ignoring|avoiding|ghosting)",
    r"(?:still|yet)\s+no\s+(?:reply|response|answer|word)\b[^.?!\n]{0,60}?(?:ignor|guess|clearly|apparently|huh|really)",
    r"i\s+(?:can\s+)?see\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:read|seen|opened)\s+my",
    r"(?:left|leaving)\s+me\s+on\s+(?:read|seen)",
    r"thanks\s+for\s+nothing",
    # "that makes us even", "none of which has received the courtesy of a reply"
    r"(?:makes?|made)\s+us\s+(?:even|square|quits)",
    r"call\s+it\s+(?:even|square|quits)",
    r"we(?:'re|\s+are|'ll\s+be|\s+will\s+be|'d\s+be)\s+(?:all\s+)?(?:even|square|quits)\b",
    r"(?:the\s+)?courtesy\s+of\s+(?:a|any)\s+(?:reply|response|answer|acknowledg\w+)",
    r"none\s+of\s+which\s+(?:has|have)\s+(?:received|had|got|been\s+(?:answered|acknowledged))",
    r"(?:would|might|should|ought\s+to)\s+have\s+counted\s+for\s+(?:something|more|somewhat\s+more|a\s+(?:little|bit|lot|great\s+deal)\s+more)",
    r"(?:forgotten|forget)\s+(?:about\s+)?(?:the\s+little\s+people|your\s+old\s+friends|where\s+you\s+came\s+from)",
    r"(?:still\s+)?waiting\s+(?:on|for)\s+(?:a|your)\s+(?:reply|response|answer)[^.?!\n]{0,40}?(?:guess|apparently|clearly|i\s+suppose)",
    # the debt put on them: "you owe this club everything", "Who drove you to every trial?"
    r"(?:you|u)\s+owe\s+(?:this|the|our|my)\s+[\w-]+\s+(?:everything|a\s+lot|so\s+much|big\s+time)",
    r"who\s+(?:drove|got|took|helped|taught|gave|paid\s+for|fed|housed|trained|coached|stood\s+by|backed)\s+(?:you|u)\b"
    r"[^?\n]{0,40}?\b(?:every|each|all\s+(?:those|the|that)|when\s+(?:no\s*one|nobody))\b[^?\n]{0,40}\?",
    # chasing without "you": "I've emailed three times now and still haven't heard back"
    r"i(?:'ve|\s+have)\s+(?:already\s+)?(?:messaged|texted|emailed|written|called|rung|phoned|chased)\s+"
    r"(?:(?:twice|three\s+times|four\s+times|\d+\s+times|several\s+times|so\s+many\s+times)(?:\s+now)?\s+and\s+"
    r"(?:still\s+)?(?:haven't|have\s+not|never)\s+(?:heard|had)|(?:twice|three\s+times|\d+\s+times)\s+now)",
    # the favour recalled to be repaid: "well, now I need a favour back", "I think this is only
    # fair", "You'll remember all the nights I let you in", "you remember when I work all
    # weekend for free on your job"
    r"(?:need|want|asking\s+for|calling\s+in)\s+(?:a|the|that|my)\s+favou?r\s+back",
    r"(?:i\s+think\s+)?(?:this|that|it)(?:'s|\s+is)\s+only\s+(?:fair|right)(?!\s+to\b)",
    r"(?:remember|mind|recall)\s+all\s+the\s+(?:nights|times|days|weekends|shifts|favou?rs|hours)\s+i\b",
    r"(?:remember|mind|recall)\s+(?:when\s+|that\s+|how\s+)?i\s+[^.?!\n]{0,100}?\bfor\s+(?:free|nothing)\b",
    # sarcasm at silence: "I have to admire your dedication to never replying"
    r"(?:dedication|commitment|devotion)\s+to\s+(?:never|not)\s+(?:replying|responding|answering|getting\s+back)",
    r"masterclass\s+in\s+(?:silence|ignoring|ghosting)",
    # guilt: "I know you won't let us down now"
    r"i\s+know\s+you\s+won(?:'t|\s+not)\s+let\s+(?:us|me|them|him|her)\s+down",
    # "bumping this to the top of your inbox for the third time"
    r"bumping\s+(?:this|it|my\s+\w+)\s+(?:up\s+)?(?:to\s+the\s+top\s+of\s+your\s+inbox\s+)?for\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+time",
    r"surely\s+(?:you|u)\s+can\s+(?:spare|find|manage)\s+(?:two|five|a\s+few|one|\d+)\s+(?:minutes|seconds|mins)",
    # resentment at a refusal or a silence: "Clearly you think you're above helping someone
    # like me", "you can't even be bothered to answer", "I won't do a thing"
    r"(?:clearly\s+|obviously\s+)?you\s+(?:(?:always|must|clearly)\s+)?(?:think|thought)\s+you(?:'re|\s+are|\s+were)\s+"
    r"(?:so\s+much\s+)?(?:above|better\s+than|too\s+good\s+(?:for|to))\b",
    r"(?:can't|cannot|couldn't)\s+even\s+be\s+bothered",
    r"i\s+won(?:'t|\s+not)\s+(?:do|lift)\s+a\s+(?:thing|finger)",
    r"(?:^|(?<=[.!?]\s))fine[,.]?\s+forget\s+it",
    # a favour cashed in: "I reckon that earns me the hire contract", "I think I've earned it"
    r"(?:that|this|it)\s+(?:surely\s+)?earns\s+(?:me|us)\s+(?:a|an|the|some|your|first)\b",
    r"i(?:'ve|\s+have)\s+(?:surely\s+|definitely\s+)?earned\s+(?:a|an|the|this|that|it|some|your)\b",
    # a favour not done, held against them: "You didn't send anyone my way last month, so
    # I'm curious why not"
    r"(?:you|u)\s+(?:didn['’]?t|did\s+not|haven['’]?t|have\s+not|never)\s+(?:send|sent|refer|referred|pass|passed|introduce|introduced|recommend|recommended)\s+"
    r"(?:anyone|anybody|anything|any\s+\w+|me\s+any\w*)[^.?!\n]{0,40}?(?:curious\s+why|wondering\s+why|why\s+not|how\s+come)",
    # guilt: "I know you won't want to be the one who lets them down this year"
    r"(?:won't|wouldn't|don't)\s+want\s+to\s+be\s+the\s+(?:one|person)\s+who\s+lets?\s+(?:them|us|me|him|her|the\s+\w+)\s+down",
)


# A favour the sender did, recalled ...
_MY_FAVOUR = phrases(
    r"(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|literally\s+|even\s+)?(?:lent|loaned|gave|given|flew|drove|sent|endorsed|helped|introduced|"
    r"covered|bought|paid|hired|referred|recommended|vouched|did|done|shared|promoted|hosted|watched|stood\s+up|went\s+out\s+of\s+my\s+way|"
    r"knocked|waived|discounted|cut\s+your|took\s+\S+\s+off|took\s+(?:over\s+)?your|swapped|"
    r"stayed\s+(?:up|late|till|until|back|on)|spent(?=[^.?!]{0,40}\b(?:you|your|u)\b)|wrote|rebuilt|fixed|built|edited|reviewed|babysat|cooked|took\s+care|picked\s+you\s+up|"
    r"proofread|proof-read|read\s+through|checked|marked|translated|designed|tutored|taught|mentored|coached|trained|looked\s+after|minded|"
    r"fed|walked|moved|painted|repaired|cleaned|photographed|filmed|mixed|sat\s+with|"
    r"sorted|arranged|put\s+in\s+a\s+(?:good\s+)?word|put\s+your\s+name\s+forward|"
    r"got\s+you|found\s+you|set\s+you\s+up|put\s+you\s+(?:up|forward|in\s+touch)|held\s+you\s+(?:at|when|as)|changed\s+your)",
    r"how\s+much\s+i(?:'ve|\s+have)?\s+(?:done|helped|given)",
    # "it was my house in Lekki you stayed in for three full weeks"
    r"(?:it\s+was\s+)?my\s+(?:house|home|flat|apartment|place|couch|sofa|spare\s+room)\b[^.?!\n]{0,30}?\byou\s+(?:stayed|slept|lived)",
    r"i\s+was\s+the\s+one\s+who",
    # "I'm so grateful that I got to give you your first job on the roaster"
    r"i\s+got\s+to\s+(?:give|help|lend|teach|train|hire|host)\s+(?:you|your)\b",
    r"by\s+my\s+(?:tally|count)",
    r"our\s+(?:family|team|company)\s+has\s+(?:bought|given|donated|sent|helped|supported)",
    r"we\s+(?:gave|offered|cut)\s+(?:you|your\s+\w+|[A-Z]\w+)\s+an?\s+\w+",
)
# ... and then used as the reason they should say yes.
_SO_YOU_SHOULD = phrases(
    r"so\s+(?:you\s+can|i\s+(?:figure|figured|think|thought|assume|assumed|know)|now|i(?:'m|\s+am)\s+(?:sure|hoping)|surely)",
    r"(?:which|that)(?:'s|\s+is)\s+why\s+i\s+(?:know|feel|think|am\s+sure|trust)",
    r"i\s+(?:assumed|figured|expect(?:ed)?)\s+you(?:'d|\s+would|'ll|\s+will)",
    r"given\s+(?:that|this|all\s+that)",
    r"i(?:'m|\s+am)\s+(?:sure|counting\s+on|confident)\s+(?:you|that\s+you)",
    r"(?:i\s+)?(?:really\s+)?think\s+you\s+(?:can|could|owe|should)",
    r"you\s+(?:can|could)\s+at\s+least",
    r"(?:seems|only|is\s+only)\s+(?:only\s+)?fair",
    r"return(?:ing)?\s+the\s+(?:favou?r|gesture|kindness)",
    r"your\s+turn",
    r"you\s+won(?:'t|\s+not)\s+mind",
    # "I covered your shifts for three weeks. I shall therefore restate my request"
    r"(?:i\s+(?:shall|will|must|would)\s+)?therefore\s+(?:restate|repeat|reiterate|ask|expect|request|trust)",
    r"the\s+least\s+you",
    r"(?:now|so)\s+(?:i\s+)?need\s+(?:you|a\s+(?:small\s+|little\s+|quick\s+|big\s+)?(?:favou?r|hand)|your\s+help|some\s+help|help)",
    # "With that in mind, I'm hoping you could put my name forward"
    r"with\s+(?:that|this|all\s+that)\s+in\s+mind",
)


_WITH_THAT_IN_MIND = phrases(
    r"with\s+(?:that|this|all\s+that)\s+in\s+mind",
    r"(?:i\s+(?:shall|will|must|would)\s+)?therefore",
    r"given\s+(?:that|this|all\s+that)",
    # "Which is why I know you'll be glad to return the kindness."
    r"(?:which|that|this)(?:'s|\s+is)\s+why\s+i\s+(?:know|feel|think|am\s+sure|trust)",
    r"return\s+(?:the|that|this|my)\s+(?:kindness|favou?r)",
    # the sulk that comes with it: "too important for the old maestro who teach you everything"
    r"too\s+(?:important|big|busy|good)\s+for\s+(?:the\s+|your\s+|an\s+)?(?:old\s+)?(?:maestro|teacher|friends?|mentor|boss|us|me)\b",
)


# "You'll remember I ...", "As you know, I ...": a favour recalled on purpose.
_REMINDER = phrases(
    r"(?:you(?:'ll|\s+will|\s+may|\s+might|\s+probably)\s+)?(?:remember|recall)(?:\s+that)?",
    r"as\s+you\s+(?:know|may\s+recall|might\s+recall|remember)",
    # the same in the languages senders mix in: "Você lembra when I drove all your boxes"
    r"(?:você\s+)?(?:se\s+)?lembras?|(?:te\s+)?(?:recuerdas|acuerdas)|tu\s+te\s+souviens|weißt\s+du\s+noch",
    r"don't\s+forget",
    r"(?:let's\s+not\s+forget|lest\s+we\s+forget)",
)


# How far before the favour its reminder may stand: "you'll remember I lent you", and, for a
# favour done to them by name, further ("remember 2023 when nobody would touch you and i got
# you on the Lincoln cathedral spire?" puts the scene between them; "I remember you were at
# Arup when we did the Castlefield job together" recalls work shared, not a favour). Never
# across a sentence's end.
_REMINDER_NEAR = 30
_REMINDER_FAR = 60


def _reach(text: str, at: int, favour: str) -> int:
    far = re.search(r"\b(?:you|u)\b", favour, re.IGNORECASE) is not None
    start = max(0, at - (_REMINDER_FAR if far else _REMINDER_NEAR))
    stop = max(text.rfind(c, start, at) for c in ".?!\n")
    return start if stop < 0 else stop + 1


def _reminder_spans(
    ctx: Context, i: int, mine_start: int, favour: str
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A favour recalled with a reminder frame ("you'll remember", "você lembra"): the span
    from the frame through an ask in the same or the next sentence, and, where the ask comes
    further on, the reminder alone (the news between them is not the reminder)."""
    s = ctx.doc.sentences[i]
    frame = _REMINDER.search(s.text, _reach(s.text, mine_start, favour), mine_start + 1)
    if frame is None:
        return None, None
    start = s.start + frame.start()
    near = next(
        (
            (start, max(s.end, a.sentence.end))
            for a in ctx.asks
            if i <= a.sentence.index <= i + 1 and a.sentence.start >= s.start
        ),
        None,
    )
    far = (start, s.end) if any(a.sentence.index > i + 1 for a in ctx.asks) else None
    return near, far


def _called_in_favour(ctx: Context) -> tuple[int, int] | None:
    """A recalled favour followed (in the same or the next sentence) by "so you should",
    or recalled with "you'll remember" right before an ask."""
    sents = ctx.doc.sentences
    for i, s in enumerate(sents):
        mine = _MY_FAVOUR.search(s.text)
        if not mine:
            continue
        near, far = _reminder_spans(ctx, i, mine.start(), mine.group())
        if near:
            return near
        # the lever may come a line later ("Those were long nights! With that in mind, ..."),
        # but only one that says so: "so you can see if I'm any use" two lines on is not
        for t in sents[i : i + 3]:
            since = mine.end() if t is s else 0
            lever = _SO_YOU_SHOULD if t.index <= s.index + 1 else _WITH_THAT_IN_MIND
            so = lever.search(t.text, since)
            if so:
                return (s.start + mine.start(), t.start + so.end())
        if far:
            return far
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
        yes(
            "I held you at your christening, so I am sure you won't mind helping my nephew.",
            "I held you at your christening, so I am sure",
        ),
        yes(
            "I texted you in May to say congrats and heard nothing back. Anyway, any shifts going?",
            "and heard nothing back",
        ),
        yes(
            "By my count I've sent you four customers this year. Could you send one my way?",
            "By my count",
        ),
        yes(
            "I've referred you five clients while I've had one job back. Any leads?",
            "while I've had one job back",
        ),
        yes("Hi Sam, you owe me one for the Acme intro, so please refer me.", "you owe me"),
        # the favour recalled, then the bill: "now I think is fair you help me"
        yes(
            "Texted ya three times since Easter and not a word back. Can you get me on your crew?",
            "Texted ya three times since Easter and not a word",
        ),
        yes(
            "All them months driving your mum I never once asked for a thing. Put a word in for me?",
            "I never once asked for a thing",
        ),
        yes(
            "It was my introduction that got you the meeting. Could you find a speaker for us?",
            "It was my introduction that got you",
        ),
        yes(
            "I wrote you in May and again in July and nothing. Anyway, can you send me the "
            "contact of the person who runs the licences?",
            "I wrote you in May and again in July and nothing",
        ),
        yes(
            "Please put my name forward to the Chair and support my candidacy, as I once "
            "supported yours.",
            "as I once supported yours",
        ),
        yes(
            "Remember in 2023 when you came to Cork I showed you round every yard, for nothing. "
            "So now I think is fair you help me also. Can you pass my name to your buyer?",
            "Remember in 2023 when you came to Cork I showed you round every yard, for nothing. "
            "So now",
        ),
        yes(
            "I still remember making that call to Mr. Carvalho for you in 2023, it was not easy.",
            "I still remember making that call to Mr. Carvalho for you",
        ),
        yes(
            "Mi sen yuh two message since April an nuttn. Yuh can sort it?",
            "two message since April an nuttn",
        ),
        yes("Yuh too big fi answer mi now dat yuh inna Miami?", "too big fi answer"),
        yes(
            "after everything i taught u, least u can do is a shoutout",
            "after everything i taught u",
        ),
        yes(
            "Você lembra when I drove all your boxes to Lisbon? Well, now I am moving there. So I "
            "hope you won't mind me asking: could I stay at yours for two weeks?",
            "Você lembra when I drove all your boxes to Lisbon?",
        ),
        yes(
            "Would be nice if you could share it on your page. If you can be bothered.",
            "If you can be bothered",
        ),
        yes(
            "You'll remember that in 2024 I stayed back with you three nights at the pack house. "
            "Those were long nights! With that in mind, could you put my name forward?",
            "I stayed back with you three nights at the pack house. Those were long nights! "
            "With that in mind",
        ),
        no("I still remember making pasta with you in Bologna. How is the new flat?"),
        yes(
            "Remember who gave you a kitchen when nobody else would. Mention us on the show?",
            "Remember who gave",
        ),
        yes(
            "I've done plenty for you over the years. Could you forward my CV?",
            "I've done plenty for you",
        ),
        yes(
            "I covered your shifts for three weeks in March. I shall therefore restate my request.",
            "I covered your shifts for three weeks in March. I shall therefore restate",
        ),
        no("Thank you for giving me a chance when nobody else would."),
        yes("Now that you're settled in, I think it's my turn.", "I think it's my turn"),
        no("It's my turn to host the quiz, so come round on Friday!"),
        yes(
            "Following up on the intro you promised in October. Seven weeks and nothing.",
            "weeks and nothing",
        ),
        yes(
            "i've hosted your pub quiz 4 times and never got one back, kinda feels one-sided ngl",
            "and never got one back",
        ),
        yes(
            "After everything I did for you at Initech, I think you could put in a word for me.",
            "After everything I did for you",
        ),
        yes(
            "Josie, after I got you that job at Vell, I'd have thought you'd offer to help me.",
            "after I got you that job at Vell, I'd have thought",
        ),
        no("After I got you the notes, did the exam go well?"),
        yes(
            "Guess you're busy. I've messaged you twice. Anyway, can you refer me?",
            "I've messaged you twice",
        ),
        yes(
            "seeing as i'm the one who got you in at colemans, sort me out",
            "i'm the one who got you",
        ),
        yes(
            "Since I helped you get that Herald job, could you pass my piece on?",
            "Since I helped you get",
        ),
        yes(
            "I helped you prep for that interview for weeks, remember. Submit my name?",
            "I helped you prep for that interview for weeks, remember",
        ),
        yes(
            "Remember when I helped you move apartments? So now I need a favour.",
            "Remember when I helped you move apartments? So",
        ),
        yes("Honestly it's the least you could do.", "it's the least you could do"),
        yes(
            "I've sent you three messages since the summer and nothing. Anyway, I need a referral.",
            "three messages since the summer and nothing",
        ),
        yes(
            "You will remember that it was me who linked you up with the MD at Access.",
            "it was me who linked",
        ),
        yes(
            "I never asked you for anything in return. Now get my brother a place.",
            "I never asked you for anything in return",
        ),
        yes("After all I did, I am sure you will not disappoint me.", "After all I did"),
        yes(
            "ok so i've texted u twice and nothing lol. guess ur too busy now??",
            "i've texted u twice",
        ),
        yes(
            "You'll remember I knocked $200 off your rent, so I figured you'd be happy to return "
            "the favour and write me a review.",
            "I knocked $200 off your rent, so I figured",
        ),
        yes(
            "Congrats on the move! I figured you'd be happy to return the favour and review my deck.",
            "figured you'd be happy to return the favour",
        ),
        yes(
            "I messaged you twice in October about the role and never heard back. Anyway...",
            "I messaged you twice",
        ),
        no("Three messages in and we still haven't picked a date, ha. Friday?"),
        no("It was me who forgot the tickets, sorry again!"),
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
        yes(
            "You'll remember I covered your rent that month. Now I need a hand with the move.",
            "I covered your rent that month. Now I need a hand",
        ),
        yes(
            "Guess you're too busy to reply to me these days. Anyway, can you send the form?",
            "Guess you're too busy",
        ),
        yes(
            "I can see you've read my message. Must be nice to be that important.",
            "I can see you've read my",
        ),
        yes(
            "Since you signed for Rovers you've been too good to answer my messages. Shirts?",
            "too good to answer",
        ),
        yes(
            "You'll remember I proofread your thesis, so I'm sure you won't mind reading mine.",
            "You'll remember I proofread your thesis, so I'm sure you won't mind reading mine.",
        ),
        yes(
            "Lauren after all the times ive sorted your car for nothing you can put a word in for me",
            "after all the times ive",
        ),
        no("You're too good to me, thank you for the flowers."),
        no("A two-line answer is plenty, and I completely understand if you're too busy to reply."),
        no("I spent eight years as a reporter, so I know the deadlines. Could we talk Monday?"),
        yes(
            "I spent three weekends on your website, so I think you can refer me now.",
            "I spent three weekends on your website, so I think",
        ),
        no("We're not keeping track of the budget yet."),
        no("Remember I mentioned the Lisbon trip? We booked it! How are the kids?"),
        no("Sorry I never replied to your note in March. How did the launch go?"),
        no("You helped me so much last year; I still think about that advice."),
        no("I owe you one for the intro to Dana. Thank you!"),
        no("Remember when we got lost on the way to the offsite? Still makes me laugh."),
        no("Happy to return the favour whenever you need anything."),
        yes(
            "remember I took your on-call so you could fly home? need you to take my Saturday. "
            "figure that makes us even",
            "remember I took your on-call so you could fly home? need you to take my Saturday.",
        ),
        yes("You cover my Friday and we're square.", "we're square"),
        yes(
            "My three letters, none of which has received the courtesy of a reply, asked one thing.",
            "none of which has received",
        ),
        yes(
            "I had assumed my letter on your behalf might have counted for somewhat more.",
            "might have counted for somewhat more",
        ),
        no("Your support counted for a lot, and I haven't forgotten it."),
        yes(
            "You will remember it was my house you stayed in for three weeks. Could you put my "
            "son's CV on top?",
            "You will remember it was my house you stayed in for three weeks. Could you put my "
            "son's CV on top?",
        ),
        no("Let's split the bill and call it a night."),
        yes("It was I who put your name forward for the post in 2019.", "It was I who put"),
        yes(
            "As you will surely recall, I was glad to write your reference in the spring.",
            "As you will surely recall, I was glad to write",
        ),
        no("As you may recall, the office moves to Leith in March."),
        yes(
            "You will of course recall that we were happy to upgrade your family at no charge.",
            "You will of course recall that we were happy to",
        ),
        yes(
            "I am sure you will agree this is the least we could expect.",
            "the least we could expect",
        ),
        yes(
            "I suppose now you're Head of Vendor Management you don't have much time for "
            "freelancers anymore.",
            "don't have much time for freelancers anymore",
        ),
        no("I don't have much time for baking these days, so the stall is yours."),
        no("As you may recall, I am working as a technical lead at Infovance since 2019."),
        yes(
            "After everything I've put in this year, a stall is the least the committee could do.",
            "After everything I've put in",
        ),
        yes("Third time trying you now! Are you in or not?", "Third time trying you"),
        yes("Just bumping this back up, any update?", "bumping this back up"),
        no("Third time lucky: the cake finally rose! Thanks for the recipe."),
        yes(
            "Clearly you think you're above helping someone like me. Fine.",
            "Clearly you think you're above",
        ),
        yes("Wow, you can't even be bothered to answer me now? Typical.", "can't even be bothered"),
        yes("Bro you are big promoter now, too busy for old friend?", "too busy for old friend"),
        yes("I message you 3 times already no answer.", "I message you 3 times already"),
        yes(
            "Now I need a fight on your card in Feb. You know I deserve it.",
            "You know I deserve it",
        ),
        no("I know I deserve a rest after this season, so I'm off to Krabi."),
        yes(
            "Tom, I write you 3 times since summer and no answer.",
            "I write you 3 times since summer and no answer",
        ),
        yes(
            "When you needed visa I ran to ministry for you 2 times. Now I need one thing.",
            "When you needed visa I ran to ministry for you",
        ),
        yes("Send my CV to your HR. Is this so much?", "Is this so much?"),
        yes(
            "You will remember that my father gave you your first job at our taverna.",
            "You will remember that my father gave you",
        ),
        yes(
            "You will surely remember that it was my reference which got you the post in Oslo. "
            "I trust you will kindly do the same for my son.",
            "You will surely remember that it was my reference which got you",
        ),
        yes(
            "After all the times our choir sang at your events, I'm sure you won't say no to "
            "sponsoring our robes.",
            "After all the times our choir sang at your events, I'm sure you won't",
        ),
        yes(
            "I did the kilim for your opening almost for free, you remember.",
            "I did the kilim for your opening almost for free",
        ),
        yes(
            "Now you have the big gallery you are too busy for people like me.",
            "too busy for people like me",
        ),
        yes(
            "Just say if you can't be bothered to get me in front of your producer",
            "if you can't be bothered",
        ),
        yes("It is the minimum between friends, no?", "the minimum between friends"),
        yes(
            "But I notice you are buying your oysters from Cancale now and not from me.",
            "buying your oysters from Cancale now and not from me",
        ),
        no("Is this too much to fit in one box? I can split it."),
        no("When you needed a hand last spring, you called Dan first."),
        yes("One day I'll be in a position to help, and I won't do a thing.", "I won't do a thing"),
        yes(
            "I know you won't want to be the one who lets them down this year.",
            "won't want to be the one who lets them down",
        ),
        no("I didn't want to be the one who lets the team down, so I stayed late."),
        no("I think you're above the fold in the new layout, by the way."),
        yes(
            "Kyle, you owe this club everything. Who drove you to every trial?",
            "you owe this club everything",
        ),
        yes(
            "Who drove you to every academy trial? The least you can do is come.",
            "Who drove you to every academy trial?",
        ),
        no("Who drove you to the airport in the end? Hope the flight was fine."),
        yes(
            "I've emailed three times now and still haven't heard back. Surely you can spare two minutes?",
            "I've emailed three times now and still haven't heard",
        ),
        yes("Surely you can spare two minutes to reply?", "Surely you can spare two minutes"),
        yes(
            "You'll remember all the nights I let you in after the gate was locked - well, now I need a favour back.",
            "remember all the nights I",
        ),
        yes(
            "Now I start my own company and I need your subcontract work. I think this is only fair.",
            "I think this is only fair",
        ),
        yes(
            "You'll mind I covered fourteen of your fixtures for nothing. I need you to sign my report.",
            "mind I covered fourteen of your fixtures for nothing",
        ),
        yes(
            "Your late husband gave so generously, and I know you won't let us down now.",
            "I know you won't let us down",
        ),
        no("I remember when I first tried your sourdough, it was so good."),
        yes(
            "You didn't send anyone my way last month, so I'm curious why not.",
            "You didn't send anyone my way last month, so I'm curious why",
        ),
        no("You didn't send anyone my way, and that's fine: it was a quiet month."),
        yes(
            "Well, I'm setting up on my own and I reckon that earns me the hire contract.",
            "that earns me the",
        ),
        no("The new contract earns us enough to hire two more guides."),
        no("It's only fair to warn you the parking is awful there."),
        yes(
            "I have to admire your dedication to never replying; honestly, a masterclass in silence.",
            "dedication to never replying",
        ),
        yes(
            "I see you've got time to post from Broadway every day but not to answer me.",
            "got time to post from Broadway every day but not to answer",
        ),
        yes(
            "Hi Ryan, bumping this to the top of your inbox for the third time.",
            "bumping this to the top of your inbox for the third time",
        ),
    ],
)
def keeping_score(ctx: Context) -> Iterator[Hit]:
    m = KEEPING_SCORE.search(ctx.text)
    called = _called_in_favour(ctx)
    spans = [x for x in ((m.start(), m.end()) if m else None, called) if x is not None]
    if not spans and (late := REMINDED.search(ctx.text)):
        spans = [(late.start(), late.end())]
    if spans:
        yield Hit(min(spans))


# Reminders read only where nothing above did, so the fuller spans above stay the evidence
REMINDED = phrases(
    # "You will remember that my father gave you your first job at our taverna ..., so I am
    # sure you will want to do the same for our Yiannis"
    r"you(?:'ll|\s+will|\s+may|\s+might)?\s+(?:surely\s+|of\s+course\s+|no\s+doubt\s+)?(?:recall|remember)\s+(?:that\s+)?"
    r"(?:i|we|my\s+\w+|our\s+\w+)\s+(?:gave|got|found|helped|lent|hired|took|introduced|recommended|covered|paid|put|trained)\s+(?:you|your)\b",
    r"i(?:'m|\s+am)\s+sure\s+you(?:'ll|\s+will|'d|\s+would)\s+(?:want\s+to\s+|be\s+happy\s+to\s+)?(?:do\s+the\s+same|return\s+the\s+favou?r)",
    # "You will surely remember that it was my recommendation letter which helped you secure
    # your place in Edinburgh"
    r"you(?:'ll|\s+will)?\s+(?:surely\s+|of\s+course\s+|no\s+doubt\s+)?(?:recall|remember)\s+(?:that\s+)?it\s+was\s+(?:my|our)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:which|that)\s+(?:helped|got|gave|won|secured|found)\s+you\b",
    # "After all the years our young people gave up their Saturdays to help at your shop
    # opening ..., I'm sure you won't say no"
    r"after\s+all\s+the\s+(?:years|times|hours|weekends|saturdays)\s+(?:that\s+)?(?:our|my|i|we)\b[^.!?]{0,160}?"
    r"\b(?:i(?:'m|\s+am)\s+sure|i\s+trust|i\s+know)\s+you\s+(?:won't|will\s+not|wouldn't|would\s+not|will|'ll)\b",
    r"i\s+trust\s+(?:that\s+)?you\s+will\s+(?:kindly\s+)?(?:return|repay)\s+(?:this|that|the|my)\s+(?:favou?r|kindness)",
    # "I am sure you will want to do for me what I was glad to do for you"
    r"(?:do|return)\s+for\s+me\s+what\s+i\s+(?:was\s+(?:glad|happy|pleased)\s+to\s+do|did|have\s+done|once\s+did)\s+for\s+you",
    # "You will surely recall that in 2023, when no other supplier could deliver, I secured
    # for your house 400 kg": the favour, with the scene set between them
    r"you(?:'ll|\s+will|\s+may|\s+might)?\s+(?:surely\s+|of\s+course\s+|no\s+doubt\s+)?(?:recall|remember)\s+that\s+"
    r"(?:in\s+\d{4}|last\s+\w+|back\s+in\s+\w+|when\b)[^.!?]{0,80}?,\s*(?:i|we)\s+(?:secured|saved|found|got|gave|arranged|delivered|"
    r"covered|lent|paid|helped|introduced|recommended)\b",
    # "You will no doubt recall that it was upon my recommendation, in 2019, that the board
    # appointed you", and the bill at the end: "as I once supported yours"
    r"(?:recall|remember)\s+that\s+(?:it\s+was\s+)?(?:upon|on|through|thanks\s+to|at)\s+my\s+"
    r"(?:recommendation|introduction|suggestion|word|urging|insistence|request)\b",
    # "I know you've never forgotten it", "I know you would do the same for me"
    r"i\s+know\s+you(?:'ve|\s+have)\s+never\s+forgotten\s+(?:it|that|this)",
    r"i\s+know\s+you(?:'d|\s+would)\s+do\s+the\s+same\s+for\s+me",
    # "I have never mentioned this since, as between partners such things need not be said"
    r"i(?:'ve|\s+have)\s+never\s+(?:once\s+)?(?:mentioned|brought\s+up|raised)\s+(?:this|it|that)(?:\s+since|\s+before|\s+until\s+now)?",
)


class _FavourRecalled:
    """Favours the sender did, recalled on purpose ("You'll remember I got you that
    interview"): matches over a whole draft, for the sentence roles."""

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        for mine in _MY_FAVOUR.finditer(text):
            if _REMINDER.search(text, _reach(text, mine.start(), mine.group()), mine.start() + 1):
                yield mine


FAVOUR_RECALLED = _FavourRecalled()


class _FavourToThem:
    """A favour the sender did them by name ("I gave you your first job at Arkitema", "put
    you forward for the Aarhus scheme"), with or without a reminder: in a draft that keeps
    score elsewhere ("I think that is only fair"), it is the score being kept."""

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        for mine in _MY_FAVOUR.finditer(text):
            if _SHARED_ROLE.search(mine.group()):
                continue  # "I coached you for six years at Hillside Juniors": what they were
            if _YOU.search(mine.group()) or _YOU.match(text, mine.end()):
                yield mine


# them, in the favour or right after it ("put you forward", "gave | you your first job")
_YOU = re.compile(r"\s*\b(?:you|your|u|ur)\b", re.IGNORECASE)
# what the sender was to them, not a favour: coach, teacher, mentor
_SHARED_ROLE = re.compile(r"\b(?:coached|trained|taught|tutored|mentored|managed)\b", re.IGNORECASE)
FAVOUR_TO_THEM = _FavourToThem()


# A favour to them, named as theirs or as given free ("after I did Max's invitations for free")
_TO_THEM = phrases(r"(?:you|your|u|ur)", r"for\s+(?:free|nothing)", r"free\s+of\s+charge")
_CALLED_IN = phrases(
    r"return(?:ing)?\s+the\s+(?:favou?r|gesture|kindness)",
    r"your\s+turn",
    r"the\s+least\s+you",
    r"(?:you\s+)?owe\s+(?:me|us)",
    r"(?:would|it'd)\s+be\s+nice\s+to\s+(?:get|have|hear)\s+(?:a\s+)?(?:reply|response|answer|back)",
    r"(?:bit|little|rather|quite|very|really)\s+disappointing",
    # what is left pointing back at a reminder that went
    r"(?:in\s+(?:that|the)\s+same\s+spirit|with\s+that\s+in\s+mind)",
    r"(?:only|just)\s+fair\b",
    r"least\s+(?:you|u)\s+(?:can|could)\b",
    r"return\s+(?:that|the|this|my)\s+(?:kindness|favou?r|help)",
    r"so\s+now\s+i\s+need",
    r"make\s+it\s+(?:right|up\s+to\s+(?:me|us))",
    r"(?:could|can|would)\s+(?:you|u)\s+at\s+least",
    r"you\s+won(?:'t|\s+not)\s+mind",
    # the demand the favour was meant to back: "Expect you to take 20 minutes", "I need you to"
    r"(?:i\s+)?expect\s+(?:you|u)\s+to\b",
    r"i\s+need\s+(?:you|u)\s+to\b",
    r"can't\s+believe\s+you",
    r"as\s+you\s+(?:know|will\s+recall|may\s+recall),?\s+(?:i|we)(?:'ve|\s+have)\b",
    r"(?:it(?:'s|\s+is|\s+was)|that(?:'s|\s+is))\s+(?:just\s+|probably\s+)?an\s+oversight",
    r"i\s+(?:figure|figured|reckon|assumed?)\s+you(?:'d|\s+would|'ll|\s+will|\s+can|\s+could)\b",
    # "That is why I feel I can ask you this:" the favour above is the reason to say yes
    r"(?:that(?:'s|\s+is)|this\s+is)\s+why\s+i\s+(?:feel|think|believe|know)\s+i\s+(?:can|may|could)\s+ask",
    r"i(?:'m|\s+am)\s+(?:confident|certain|sure)\s+(?:that\s+)?you\s+(?:will\s+not|won't|would\s+not|wouldn't)\s+(?:refuse|say\s+no|turn\s+down)",
)


def favour_to_them(text: str) -> tuple[int, int] | None:
    """Where the text recalls a favour the sender did for them ("I did cover every one of
    your winter patrols"), if it does."""
    for mine in _MY_FAVOUR.finditer(text):
        end = min(len(text), mine.end() + 60)
        stop = re.search(r"[.?!\n]", text[mine.end() : end])
        if _TO_THEM.search(text, mine.end(), mine.end() + stop.start() if stop else end):
            return mine.start(), mine.end()
    return None


def score_left(text: str) -> bool:
    """Whether a rewrite that keeps the request still calls in a favour: a favour the sender
    did for them recalled, a debt named, or the sulk beside it. Where one is left, the
    request waits instead (the reminder must go before an ask can stand on its own merits)."""
    return bool(KEEPING_SCORE.search(text) or _CALLED_IN.search(text) or favour_to_them(text))
