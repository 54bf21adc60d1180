"""The ask held back for later (a ``rethink``, or a candidate that holds it): the ask is
saved and quoted in the changes, what it said of them or of the sender stays, and the lines
that only served it (its set-up, its reason, its nudge, what hangs on it) wait with it."""

from __future__ import annotations

import re

from app.core.analyzers.base import Context
from app.core.critique import Critique
from app.core.edit.ask_unit import POSTSCRIPT, hangs_on_ask
from app.core.edit.base import Edit, drop, only_nudge
from app.core.edit.leads import (
    lead_about_them,
    name_lead,
    news_before_setup,
    news_lead,
)
from app.core.edit.vocab import (
    BARE_NAME,
    CONGRATS,
    HELPS_US,
    LIFE_NEWS,
    REASON,
    SERVES_ASK,
    THANKS_FOR_DEED,
    THIRD_PARTY_LEAD,
    WANTS_REFERENCE,
)
from app.core.layout import Piece, facts
from app.core.phrasebook import EASY_OUT, PURPOSE
from app.core.roles import RoledSentence
from app.core.text import SECOND_PERSON, words
from app.models import Role

# "big news from here: I'm applying for the fellowship": announced as news, it is news,
# even when the held ask is about it
_ANNOUNCED = re.compile(r"\b(?:big|good|great|exciting|some|my)\s+news\b", re.IGNORECASE)


def _after_ask(ctx: Context, r: RoledSentence, within: int = 1) -> bool:
    """A line up to ``within`` lines after an ask (the one right after: "Totally fine if
    you're busy; I can also draft it.")."""
    return r.sentence is not None and any(
        0 < r.sentence.index - a.sentence.index <= within for a in ctx.asks
    )


# The terms of the favour, which mean nothing once it is not asked: "Happy to draft it for
# you to edit.", "I'll be out all day at screenings so you won't even notice me"
_TERMS = re.compile(
    r"\bhappy\s+to\s+(?:draft|write|send|do|cover|pay\s+for|bring|collect|drop)\s+(?:it|that|this|one|them)\b"
    # "I have drafted the key points so it would take you no more than 20 minutes"
    r"|\b(?:it|this|that)\s+(?:would|will|should)\s+(?:only\s+)?take\s+you\s+(?:no\s+more\s+than|only|just|about|under|less\s+than|a\s+few)\b"
    r"|\bi\s+(?:have|'ve)\s+(?:already\s+)?drafted\s+(?:the|a|some)\b"
    # "The city will pay your train ticket, and you would of course stay with us."
    r"|\bwill\s+(?:pay|cover)\s+(?:for\s+)?your\s+(?:train|travel|ticket|flights?|fares?|expenses|hotel|petrol|fuel)\b"
    r"|\byou\s+(?:would|could|can|will)\s+(?:of\s+course\s+)?stay\s+with\s+(?:us|me)\b"
    r"|\bi\s+can\s+(?:draft|write|send)\s+(?:it|one|that|a\s+draft)\b"
    r"|\byou\s+won['’]?t\s+(?:even\s+)?(?:notice|know)\s+(?:i['’]m|me)\b"
    r"|\bi\s+won['’]?t\s+be\s+(?:any\s+)?(?:trouble|bother|in\s+(?:the|your)\s+way)\b"
    r"|\bi['’]ll\s+(?:be\s+out\s+(?:all\s+day|most\s+of\s+the|every)|pay\s+(?:you|it)\s+back|return\s+it|"
    r"have\s+it\s+back|bring\s+it\s+back)\b"
    # "ill pay petrol this time": what the lift or the loan would cost them, covered
    r"|\bi['’]?ll\s+(?:pay|cover|chip\s+in\s+for|get)\s+(?:for\s+)?(?:the\s+)?(?:petrol|gas|fuel|diesel|parking|tolls?|tickets?|mileage)\b"
    # how the favour would go: "I'll drop them round with their tea", "The portal would email
    # you directly, and the deadline is 10 January"
    r"|\bi['’]ll\s+(?:drop|bring|send|walk|pick)\s+(?:them|him|her|it)\s+(?:round|over|back|off|up|along|by)\b"
    # "I'll bring a new flash sheet and cover my own supplies": what the guest spot would cost
    r"|\bcover\s+my\s+own\s+(?:supplies|costs|expenses|travel|fuel|materials)\b"
    r"|\b(?:portal|form|system|platform|website|site)\s+(?:would|will|should)\s+(?:email|send|prompt|ask|notify)\s+you\b"
    r"|\bthe\s+deadline\s+(?:is|was|'s)\b",
    re.IGNORECASE,
)


def ask_indexes(crit: Critique) -> set[int]:
    """Where the draft asks, counting an ask wrapped in a reminder of a past favour
    ("...so I'm hoping you can return the favour and put in a good word")."""
    return {a.sentence.index for a in crit.ctx.asks} | {
        r.sentence.index
        for r in crit.roles
        if r.role is Role.score_keeping and r.sentence is not None
    }


def _next_to_ask(crit: Critique, r: RoledSentence, asks: set[int]) -> bool:
    """A line of the sender's news right beside the ask: usually the reason for it
    ("the kennel's full", "landlord is on my case"), which goes when the ask is held back."""
    if r.sentence is None or BARE_NAME.fullmatch(r.text.strip()):
        return False
    offers = {o.sentence.index for o in crit.ctx.offers}
    # two lines on, it is still the ask's reason, unless an offer came between ("Let me
    # know if I can help with the garden. I've got a boot full of seed trays.")
    after = {i + 1 for i in asks} | {i + 2 for i in asks if i + 1 not in offers}
    before = {i - 1 for i in asks}
    # "The bank says no. You always said..., so I thought of you. Could you invest?": a
    # short reason two lines up still serves the ask when the line between does too
    if len(words(r.text)) <= 6:
        before |= {
            i - 2
            for i in asks
            for o in crit.roles
            if o.sentence is not None and o.sentence.index == i - 1 and SERVES_ASK.search(o.text)
        }
    # a line before the ask is its reason only when it says so; "Both calls went well" after
    # a thank-you is the sender closing the loop, and stays
    if (
        r.sentence.index + 1 in asks
        and THIRD_PARTY_LEAD.match(r.text)
        and any(
            a.sentence.index == r.sentence.index + 1 and _REFERS_BACK.search(a.sentence.text)
            for a in crit.ctx.asks
        )
    ):
        return True  # "My grandson Josh has just graduated. Could you introduce him...?"
    return (
        (r.sentence.index in after and not _own_paragraph_news(crit, r, asks))
        or (r.sentence.index in before and bool(REASON.search(r.text)))
        or bool(antecedent_lead(crit, r, asks))
    )


def _own_paragraph_news(crit: Critique, r: RoledSentence, asks: set[int]) -> bool:
    """News in a paragraph of its own after the ask, full of its own names and numbers
    ("Since the cyclone in March we rebuilt the drying racks and we now work with 42
    growers around Sambava"): an update the sender would send anyway, not the ask's reason.
    Read blind, holding it back with the ask left a bare "It's been a long time." """
    if r.role is not Role.news or facts(r.text) < 2 or REASON.search(r.text):
        return False
    raw = crit.ctx.doc.raw
    return any(
        a.sentence.index in asks
        and a.sentence.end <= r.start
        and "\n\n" in raw[a.sentence.end : r.start]
        for a in crit.ctx.asks
    )


_CLAUSE_BREAK = re.compile(
    r"\s*(?:,\s*(?:and|but|so)\s+|;\s*|\s+and\s+(?=(?:i|i['’](?:ve|m|d)|we|we['’](?:ve|re))\b))",
    re.IGNORECASE,
)
# "Could you host them for a week?": the ask names what it is about by a pronoun
_REFERS_BACK = re.compile(r"\b(?:them|it|him|her|those|these)\b", re.IGNORECASE)


def antecedent_lead(crit: Critique, r: RoledSentence, asks: set[int]) -> str:
    """The sender's news ahead of the clause a held ask points back to: "I'm now head of
    physics at Wallingford School and I've got two Year 12s who are dead set on fusion.
    Could you host them...?" keeps "I'm now head of physics at Wallingford School." (the
    Year 12s wait with the ask that is about them); empty otherwise."""
    if r.sentence is None or r.role is not Role.news or r.sentence.index + 1 not in asks:
        return ""
    ask = next((a for a in crit.ctx.asks if a.sentence.index == r.sentence.index + 1), None)
    if ask is None or not _REFERS_BACK.search(ask.sentence.text):
        return ""
    brk = None
    for m in _CLAUSE_BREAK.finditer(r.text):
        brk = m
    if brk is None:
        return ""
    lead = r.text[: brk.start()].rstrip(" ,;—–-")
    if len(words(lead)) < 4 or SERVES_ASK.search(lead) or REASON.search(lead):
        return ""
    return lead + "."


def hold_ask(e: Edit, r: RoledSentence, para: bool) -> None:
    """The ask waits: saved for later, keeping what its sentence said of them or of the
    sender, or at least their name where it opened on it."""
    e.held.append(" ".join(r.text.split()))
    code = next(
        (c for c in ("overdrawn", "keeping_score", "ask_after_silence") if c in e.codes),
        None,
    )
    ctx = e.crit.ctx
    lead = lead_about_them(ctx, r)
    if lead and _said_already(lead, e.pieces):
        # "I know you're now orchestra manager in Dresden" after the line that swapped the
        # pleasantry said so ("I was glad to hear you became orchestra manager in Dresden")
        lead = ""
    news = "" if lead else news_lead(ctx, r)
    named = (
        name_lead(r, ctx.req.recipient.name)
        if not (lead or news or any(p.role is Role.greeting for p in e.pieces))
        else ""
    )
    if named:
        # "Lauren after all the times ... cant you": her name stays as the greeting
        e.pieces.append(
            Piece(
                "kept",
                named,
                Role.greeting,
                (r.start, r.start + len(named.rstrip(","))),
                None,
                "Kept their name.",
                para,
            )
        )
    # "I'm applying for the Director role at Halvorsen Logistics", kept from the held ask's
    # sentence, is the sender's news, not a line about them
    about = bool(lead) and SECOND_PERSON.search(lead) is not None
    role = Role.about_them if about else Role.news if lead or news else r.role
    e.pieces.append(
        Piece(
            "edited" if lead or news else "dropped",
            lead or news,
            role,
            (r.start, r.end),
            code,
            ("Kept what you said of them. " if lead else "")
            + ("Kept your news. " if news else "")
            + f"Saved for later: “{' '.join(r.text.split())}”",
            para,
        )
    )
    e.about_added = e.about_added or about


def _said_already(line: str, pieces: list[Piece]) -> bool:
    """The names in ``line`` are all in a live piece already."""
    names = set(re.findall(r"(?<=\s)[A-Z][\w'’-]{3,}", " " + line[1:]))
    said = " ".join(p.text for p in pieces if p.action != "dropped")
    return bool(names) and all(re.search(rf"\b{re.escape(n)}\b", said) for n in names)


_GIFT_ATTACHED = re.compile(
    r"^\W*(?:the\s+|some\s+|a\s+few\s+)?(?:photos?|pictures?|pics|videos?|recordings?|clips?|scans?)\b"
    r"(?![^.!?]*\b(?:cv|resume|résumé|portfolio|application|proposal|deck|draft)\b)",
    re.IGNORECASE,
)
_WRITING_WITH_A_REQUEST = re.compile(
    r"^\W*(?:and\s+)?(?:now\s+)?i(?:'m|\s+am)\s+(?:also\s+)?writing\s+(?:with|to\s+(?:make|ask))\s+(?:a|one)\s+"
    r"(?:small\s+|quick\s+|modest\s+|further\s+|special\s+)?(?:request|favou?r|ask|question)\W*$"
    # "I write because I have big problem.": the ask's run-up
    r"|^\W*(?:so\s+)?i(?:'m|\s+am)?\s+writ(?:e|ing)\s+(?:to\s+you\s+)?because\s+i\s+(?:have|need|am\s+in)\s+(?:a\s+)?"
    r"(?:big\s+|small\s+|serious\s+|urgent\s+)?(?:problem|favou?r|request|trouble|difficulty)\W*$"
    # "I need again your help please.": the ask announced, with nothing of its own
    r"|^\W*(?:(?:and|so|now)\s+)?i\s+(?:need|want)\s+(?:again\s+|once\s+more\s+)?your\s+(?:help|advice|support)"
    r"(?:\s+(?:again|once\s+more))?(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)


# "Thanks so much, I really appreciate it!": thanks for the favour asked, and nothing else
_THANKS_FOR_IT = re.compile(
    r"\W*(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+million|\s+in\s+advance)?\s*[,!.]*\s*)?"
    r"(?:i\s+(?:really\s+|truly\s+|do\s+)?appreciate\s+(?:it|this|your\s+help)(?:\s+(?:so\s+much|a\s+lot|greatly))?)?"
    r"[\s!.]*",
    re.IGNORECASE,
)


_RETURNS_IT = re.compile(r"\b(?:return|repay)\s+the\s+favou?r\b", re.IGNORECASE)
_REGARDS_TO = re.compile(
    r"^\W*(?:and\s+)?(?:please\s+)?(?:say\s+(?:hi|hello|hey)|give\s+my\s+(?:love|regards|best)|send\s+my\s+(?:love|regards|best)|"
    r"(?:my\s+)?(?:love|regards|best)\s+to|hugs\s+to|tell\s+\w+\s+i\s+said\s+(?:hi|hello))\b",
    re.IGNORECASE,
)


def serves_held_ask(crit: Critique, r: RoledSentence, ask_at: set[int]) -> bool:
    """A line that only serves the held-back ask: its set-up or nudge, the reason beside it,
    or a line right after it that hangs on it."""
    if POSTSCRIPT.match(r.text):
        return False  # "P.S. Juno the hawk is still going strong": an afterthought of its own
    if _REGARDS_TO.match(r.text):
        return False  # "Say hi to Meera!": their people, greeted whatever the note asks
    if r.role is Role.shared_history and (
        HELPS_US.search(r.text) or WANTS_REFERENCE.search(r.text)
    ):
        # "Things have been tight since..., so it would really help us out", "the post is open
        # and they want a reference from a former manager"
        return True
    return (
        r.role in (Role.news, Role.filler, Role.offer, Role.thanks, Role.about_them)
        and bool(
            (
                SERVES_ASK.search(r.text)
                and not THANKS_FOR_DEED.search(r.text)
                # "The photos of the socket casting day are attached.": a gift, not the file
                # the ask needs
                and not _GIFT_ATTACHED.search(r.text)
            )
            # "I am writing with a request.": the ask announced
            or _WRITING_WITH_A_REQUEST.match(r.text) is not None
            or only_nudge(r.text)  # "Let me know." with nothing left to answer
            # "So I hope you won't mind me asking:" opens the ask that waits
            or (
                r.sentence is not None
                and r.sentence.index + 1 in ask_at
                and r.text.rstrip().endswith(":")
            )
            or (_after_ask(crit.ctx, r, within=3) and _TERMS.search(r.text))
            or (
                r.role in (Role.news, Role.filler)
                and _next_to_ask(crit, r, ask_at)
                and not (
                    r.role is Role.news
                    and LIFE_NEWS.search(r.text)
                    and (not PURPOSE.search(r.text) or _ANNOUNCED.search(r.text))
                )
            )
            # "A no is completely understandable." two lines on: no ask is left to decline
            or (_after_ask(crit.ctx, r, within=3) and EASY_OUT.search(r.text) is not None)
            # "Happy to return the favor any time": there is no favour left to return
            or (_after_ask(crit.ctx, r, within=3) and _RETURNS_IT.search(r.text) is not None)
            # "Thanks po!" two lines on: a thanks for nothing once the ask waits
            or (
                r.role is Role.thanks
                and _after_ask(crit.ctx, r, within=3)
                and not THANKS_FOR_DEED.search(r.text)
                and (len(words(r.text)) <= 4 or _THANKS_FOR_IT.fullmatch(r.text) is not None)
            )
            or (
                _after_ask(crit.ctx, r)
                and not CONGRATS.search(r.text)  # "Congrats on the new role!" is theirs
                and (
                    EASY_OUT.search(r.text)
                    or hangs_on_ask(r.text)
                    or (len(words(r.text)) <= 8 and not facts(r.text[1:]))
                )
            )
        )
    )


def held_with_ask(e: Edit, r: RoledSentence, para: bool) -> None:
    """A line that served the held ask waits with it, keeping the sender's news ahead of the
    clause that set the ask up."""
    lead = news_before_setup(r) or antecedent_lead(e.crit, r, e.ask_at)
    last = e.pieces[-1] if e.pieces else None
    if (
        re.match(r"^\W*(?:it|this|they)(?:['’]s|\s+is|\s+are)\s+(?:a|an|the)\b", r.text, re.I)
        and last is not None
        and last.action == "kept"
        and last.role in (Role.news, Role.filler)
        and last.span is not None
    ):
        # "... I wish I'd known about Vitalux. It's a plant-based immunity system ...":
        # the line that names what the held pitch is about goes with it
        e.pieces[-1] = Piece(
            "dropped",
            "",
            last.role,
            last.span,
            None,
            "Held back with the ask it belongs to.",
        )
    code = "ask_after_silence" if "ask_after_silence" in e.codes else None
    e.pieces.append(
        Piece(
            "edited",
            lead,
            Role.news if not SECOND_PERSON.search(lead) else r.role,
            (r.start, r.end),
            code,
            "Kept your news; the line setting up the ask is held back with it.",
            para,
        )
        if lead
        else drop(r, code, "Held back with the ask it belongs to.")
    )


_PLACE_IN = re.compile(r"\b(?:at|in)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
# "there" as a place, not "there is", "there's", "there you go"
_THERE = re.compile(
    r"\bthere\b(?!\s*(?:is|are|was|were|'s|’s|will|would|might|may|must|isn't|aren't|has|have|had|"
    r"you\s+go|goes|seems?|should|could|can)\b)",
    re.IGNORECASE,
)


def there_named(held: str, text: str) -> str:
    """A kept line's "there" with the place named, when the place was said only in the ask
    held back ("u still skipper there right" after "can u get me on the crew at Norðurljós");
    empty when the line does not lean on it."""
    place = _PLACE_IN.search(held)
    theres = list(_THERE.finditer(text))
    if place is None or len(theres) != 1 or place["place"] in text:
        return ""
    there = theres[0]
    return f"{text[: there.start()]}at {place['place']}{text[there.end() :]}"
