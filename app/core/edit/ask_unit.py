"""The ask as a unit that moves together: each ask with the lines that only make sense beside
it, where the easy-out goes after it, where the draft's closing lines start, and how the lines
about them are lifted ahead of an ask that came first."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.edit.vocab import speaks_for_outfit_asked
from app.core.layout import Piece
from app.core.patterns import Folded
from app.core.phrasebook import EASY_OUT
from app.core.text import words
from app.models import Role


def closing_from(pieces: list[Piece]) -> int:
    """Where the draft's closing lines start ("Thanks so much!", "I look forward to...")."""
    closing = len(pieces)
    while closing > 0 and (
        pieces[closing - 1].action == "dropped"
        or (pieces[closing - 1].span and _CLOSER.search(pieces[closing - 1].text))
    ):
        closing -= 1
    while closing < len(pieces) and pieces[closing].action == "dropped":
        closing += 1  # a dropped line keeps its place; only live closers count
    return closing


# A line that opens a postscript: "P.S. Juno the hawk is still going strong."
POSTSCRIPT = re.compile(r"^\W*p\.?\s?s\b", re.IGNORECASE)
_CLOSER = re.compile(
    r"^\W*(?:i\s+look\s+forward\s+to|looking\s+forward\s+to|hope\s+to\s+hear|thank(?:s|\s+you)\s+"
    r"(?:(?:again\s+)?(?:so\s+much\s+)?for\s+(?:considering|your\s+time|reading|taking|choosing|"
    r"your\s+(?:business|custom|support|patience|trust|consideration|attention|kind\s+attention))|in\s+advance)|many\s+thanks\b)"
    # "Thanks for giving him a look.", "Many thanks for thinking it over.", "Thanks for any
    # pointers.": thanks for the favour asked, which closes the note and cannot open it
    r"|^\W*(?:many\s+)?thank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?(?:in\s+advance\s+)?for\s+"
    r"(?:any\s+[\w-]+|(?:giving|taking|having)\s+(?:him|her|them|it|this|me|us)\s+a\s+[\w-]+|"
    r"(?:looking|reading|thinking|mulling)\s+(?:at\s+|over\s+|about\s+|into\s+)?(?:him|her|them|it|this|that)(?:\s+over)?)\W*$"
    r"|^\W*(?:thanks|thank\s+you|thx|ty|cheers|appreciate\s+it|much\s+appreciated)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again|\s+in\s+advance|\s+either\s+way)?"
    r"(?:\s+(?:ah|lah|po|x+|bro|man|mate|fam|yaar))?\W*$"
    # "Thanks, and greetings to Otieno.", "Say hi to Marta for me!"
    r"|^\W*(?:(?:thanks|thank\s+you)(?:\s+again)?\s*,?\s+and\s+)?(?:(?:warm\s+|best\s+)?(?:greetings|regards|love|best)\s+to|say\s+hi\s+to|give\s+my\s+(?:love|best|regards)\s+to)\s+[A-Z][\w'’-]+(?:\s+for\s+me)?\W*$"
    # "Thank you po and God bless!"
    r"|^\W*(?:(?:thanks|thank\s+you)(?:\s+(?:po|so\s+much|very\s+much|again))?\s+(?:and|&)\s+)?"
    r"(?:god\s+bless(?:\s+you)?|stay\s+blessed|blessings|remain\s+blessed)(?:\s+(?:madam|sir|ma|[A-Z][\w'’-]+))?\W*$"
    # "Let me know!" closes what comes before it, the ask included
    r"|^\W*let\s+me\s+know(?:\s+what\s+you\s+think)?\W*$"
    # a postscript comes after everything, what the edit adds included
    r"|" + POSTSCRIPT.pattern,
    re.IGNORECASE,
)


# Lines that lean on the ask before them: "Tell me honestly whether you're comfortable doing
# that", "I'll owe you forever". Moved ahead of it, they point at nothing.
_ANSWERS_ASK = Folded(
    re.compile(
        r"\b(?:doing|do|with|about|for|at|in)\s+(?:that|this|it)\b|\b(?:tell|let)\s+me\s+(?:know|honestly|if|whether)\b|"
        r"\blet['’]s\s+talk\b|\bcomfortable\b|\bowe\s+you\b|\bmake\s+it\s+up\s+to\s+you\b|"
        # "happy to return the favor anytime": a return for the favour asked, after it
        r"\breturn\s+the\s+favou?r\b|"
        # "Whenever works for you.": when to do what the ask asked
        r"^\W*(?:whenever|any\s*time|anytime)\s+(?:(?:that\s+)?(?:works|suits)|is\s+(?:good|fine))\b",
        re.IGNORECASE,
    )
)


def leans_on_ask(text: str) -> bool:
    """Whether a line only makes sense after the ask ("...comfortable doing that", "The
    group would of course thank you publicly")."""
    return _ANSWERS_ASK.search(text) is not None or _THANKED_FOR_IT.search(text) is not None


THEM_FIRST = frozenset(
    {Role.about_them, Role.shared_history, Role.thanks, Role.offer, Role.owning_gap}
)


def lift_before_ask(merged: list[Piece], asks: list[Piece]) -> list[Piece] | None:
    """The draft's own lines about them moved ahead of its first ask; None if it has none."""
    first = next(i for i, p in enumerate(merged) if any(p is a for a in asks))
    # "We take off from Colimaçons above Saint-Leu" after "could you recommend my new company
    # Envol Maïdo": the "we" is the company the ask names, so read blind it opened cold when
    # moved ahead of it
    later = [
        p
        for p in merged[first + 1 :]
        if p.role in THEM_FIRST
        and (
            p.role is Role.shared_history or not speaks_for_outfit_asked(merged[first].text, p.text)
        )
        and p.action != "dropped"
        and not _FOLLOWS_UP.search(p.text)
        and not _LINK.search(p.text)  # "Portfolio's at hartstone.co.uk if you need it"
        # "No worries if you'd rather not" answers the ask, "you're on the team there" points
        # at what the ask names, and what a yes earns ("will thank you publicly") is no
        # opener: all stay after it
        and not EASY_OUT.search(p.text)
        # "If you can't remember, no matter at all.": the sender's own easy out
        and not NO_MATTER.search(p.text)
        and not leans_on_ask(p.text)
        and not re.search(r"\bthere\b(?!\s+(?:is|are|was|were|'s)\b)", p.text, re.IGNORECASE)
        # "You know my work from the audit, so you'd be perfect" leads into the ask well
        and (p.role is Role.shared_history or not _FOR_THE_ASK.search(p.text))
        # "Thanks!", "Thank you Tashi delek 🙏": a thanks for nothing named closes, it can't open
        and not (p.role is Role.thanks and (len(words(p.text)) < 4 or _BARE_THANKS.match(p.text)))
        and not _CLOSER.search(p.text)  # "Thank you for your consideration." stays last
    ]
    if not later:
        return None
    moved = [
        replace(
            p,
            action="edited" if p.action == "kept" else p.action,
            # "Thanks for letting me help at the gala btw": no "by the way" once it leads
            text=_cut_lead(_ALSO_LEAD, _BY_THE_WAY.sub("", p.text)),
            code="ask_up_front",
            note="Moved ahead of the ask: them first.",
        )
        if p.action == "kept"
        else p
        for p in later
    ]
    rest = [p for p in merged[first:] if not any(p is q for q in later)]
    if _FIRST_LEAD.match(rest[0].text) is not None:
        # "First I ask you one small thing: ..." no longer comes first
        rest[0] = replace(rest[0], action="edited", text=_cut_lead(_FIRST_LEAD, rest[0].text))
    return merged[:first] + moved + rest


NO_MATTER = re.compile(r"\bno\s+matter(?:\s+at\s+all)?\s*[.!]*\s*$", re.IGNORECASE)
# "Also I remember you liked the carving": moved to lead, it adds to nothing
_ALSO_LEAD = re.compile(r"^\s*(?:also|and\s+also|plus)\b,?\s*", re.IGNORECASE)
_FIRST_LEAD = re.compile(
    r"^\s*(?:first(?:ly)?(?:\s+of\s+all)?|before\s+anything\s+else),?\s+(?=(?:i|let\s+me|one|a)\b)"
    # "Sorry to jump straight in, but one question:" no longer jumps in once it comes last
    r"|^\s*(?:(?:so\s+)?sorry|apologies)\s+(?:to|for)\s+(?:jump(?:ing)?|diving?|getting)\s+(?:straight|right)\s+(?:in|to\s+it),?\s+(?:but\s+)?",
    re.IGNORECASE,
)


def _cut_lead(lead: re.Pattern[str], text: str) -> str:
    """The text without its opening word, capitalised as the sender began it."""
    m = lead.match(text)
    if m is None or m.end() >= len(text):
        return text
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:] if text[:1].isupper() else rest


_BARE_THANKS = re.compile(
    r"^\W*(?:thanks|thank\s+you|thank\s+u|thx|ty)\b(?![^.!?]*\b(?:for|again|so\s+much\s+for)\b)",
    re.IGNORECASE,
)
_BY_THE_WAY = re.compile(r"(?<=\w)\s+(?:btw|by\s+the\s+way)\b(?=\s*[,.!?]|\s*$)", re.IGNORECASE)


# how to answer the ask ("Reply YES to confirm your shift!"): it goes where the ask goes
_ANSWER_HOW = r"(?:just\s+|simply\s+)?(?:reply|rsvp|hit\s+reply|text\s+(?:back|me))\b"
_HOW_TO_ANSWER = re.compile(rf"^\W*{_ANSWER_HOW}", re.I)
_FOLLOWS_UP = re.compile(
    r"^\W*(?:if\s+(?:that|this|so|yes|they|he|she)\b(?!\s+(?:helps|would\s+help|is\s+useful|would\s+be\s+useful))|their|they|it|this|that|these|those|he|she|the\s+form|which|i(?:'ve|\s+have)\s+attached|"
    r"here(?:'s|\s+is|\s+are)\s+(?:the|my|our)\s+(?:link|website|site|page|shop|deck|cv|resume|portfolio|form)|"
    + _ANSWER_HOW
    + r")\b",
    re.I,
)


_ABOUT_IT = re.compile(
    r"\b(?:it|them|mine|back\s+by|before\s+then|that\s+day|if\s+so)\b", re.IGNORECASE
)  # "be sound if so" answers the ask before it
# A line whose point is the ask ("so I think you'd be perfect", "I'd be a great fit").
_FOR_THE_ASK = Folded(
    re.compile(
        r"\b(?:perfect|ideal|the\s+right\s+person|the\s+best\s+person|(?:great|good|strong)\s+fit|"
        # "You were always the one with his head screwed on."
        r"you(?:['’]re|\s+are|\s+were)\s+always\s+the\s+one)\b",
        re.IGNORECASE,
    )
)


_LINK = re.compile(
    # "Portfolio's at hartstone.co.uk if you need it": a bare address is a link too
    r"\blink\s*:|https?://|\bwww\.|\b[\w-]+\.(?:com|co\.uk|org|net|io|ly|shop|store|studio|dev)(?:/|(?=[\s,!?)]|\.?$))"
    # "Details on my page", "Link in my bio": where to find it, said in words
    r"|\b(?:link|links|details|info|tickets|more)\s+(?:is\s+|are\s+)?(?:in|on)\s+my\s+"
    r"(?:bio|page|profile|site|website|story|stories|insta|instagram|feed|linktree)\b",
    re.IGNORECASE,
)


def hangs_on_ask(text: str) -> bool:
    """A line that only makes sense beside the ask: "Their HR will email you a form.",
    "Wid have it back by 2."."""
    return (
        bool(_FOLLOWS_UP.search(text))
        or bool(_FOR_THE_ASK.search(text))
        or bool(re.match(r"^\W*mine\b", text, re.IGNORECASE))  # "Mine's in the shop"
        or bool(_LINK.search(text))  # "Every little bit helps! link: kickstarter.com/..."
        or bool(
            re.fullmatch(
                r"\W*(?:let\s+me\s+know|lmk|get\s+back\s+to\s+me)(?:\s+(?:when|what|if|whether)\b[^.?!]{0,30})?\W*",
                text,
                re.I,
            )
        )
        or (len(words(text)) <= 8 and bool(_ABOUT_IT.search(text)))
        # "I shall be ever grateful to you and your family.": thanks for the favour asked
        or bool(_GRATEFUL_FOR_IT.match(text))
        # "be sound if so, ill bring u some scouse": what follows a yes
        or bool(_IF_SO.match(text))
        # "The parish council will of course thank you publicly": what a yes would earn,
        # which put before the request reads as a price
        or bool(_THANKED_FOR_IT.search(text))
        # "The deadline is 15 January, so any time before Christmas would be brilliant": when
        # to do what the ask asked
        or when_for_it(text)
    )


def when_for_it(text: str) -> bool:
    """ "So any time before Christmas would be brilliant": when to do what the ask asked."""
    return _WHEN_FOR_IT.search(text) is not None


_WHEN_FOR_IT = re.compile(
    r"\b(?:any\s*time|whenever|anything)\s+(?:before|by|ahead\s+of)\s+[\w'’ ]{2,20}?\s+would\s+be\s+"
    r"(?:brilliant|great|ideal|perfect|wonderful|amazing|fantastic|lovely|ace|grand)\b",
    re.IGNORECASE,
)


_THANKED_FOR_IT = re.compile(
    r"\b(?:will|would|'ll|'d|shall)\s+(?:of\s+course\s+|gladly\s+|happily\s+|also\s+)?"
    r"(?:thank|credit|acknowledge|mention|name|feature)\s+(?:you|your\s+(?:company|firm|business|shop|team))\b"
    r"[^.?!]{0,40}\b(?:publicly|in\s+(?:the|our)\s+\w+|on\s+(?:the|our)\s+\w+|from\s+the\s+\w+)",
    re.IGNORECASE,
)


_IF_SO = re.compile(r"^\W*(?:[\w'’]+\s+){0,3}if\s+so\b", re.IGNORECASE)
_GRATEFUL_FOR_IT = re.compile(
    r"^\W*i\s+(?:shall|will|would|'ll|'d)\s+(?:be|remain)\s+(?:ever|forever|eternally|so|very|most|truly|deeply)\s+"
    r"(?:grateful|thankful|obliged|indebted)",
    re.IGNORECASE,
)


def ask_unit(pieces: list[Piece]) -> list[Piece]:
    """The live asks, each with the lines right after it that only make sense beside it
    ("Their HR will email you a form."), and the easy-out tied to them."""
    unit: list[Piece] = []
    live = [p for p in pieces if p.action != "dropped"]
    for i, p in enumerate(live):
        if p.role is not Role.ask or any(p is u for u in unit):
            continue
        unit.append(p)
        for q in live[i + 1 : i + 5]:
            if q.role is Role.ask:
                break  # the next ask makes its own unit
            if q.tied or (
                q.span
                and (
                    (
                        (
                            q.role not in THEM_FIRST
                            or _LINK.search(q.text)
                            or _HOW_TO_ANSWER.match(q.text)
                        )
                        and hangs_on_ask(q.text)
                    )
                    # the calmed pressure line after it ("They're closing the tender list.")
                    or (q.role is Role.pressure and q.action == "edited")
                    # the draft's own easy-out ("Really sorry, totally understand if not!")
                    or (EASY_OUT.search(q.text) is not None and len(words(q.text)) <= 12)
                )
            ):
                unit.append(q)
            else:
                break
    return unit


def as_paragraph(asks: list[Piece], paragraphs: bool) -> list[Piece]:
    if asks and paragraphs:
        return [replace(asks[0], paragraph=True), *asks[1:]]
    return asks


def after_last_ask(
    merged: list[Piece], asks: list[Piece], easy: list[Piece], reasons: bool = True
) -> list[Piece]:
    """The easy-out goes after the last ask and the lines that hang on it (and its reason,
    unless the ask is about to be moved, when the reason may not go with it)."""
    if not easy or not asks:
        return merged
    at = max(i for i, p in enumerate(merged) if any(p is a for a in asks)) + 1
    while (
        at < len(merged)
        and merged[at].span
        and merged[at].action != "dropped"
        # "Many thanks for thinking it over." closes the note, and "Details on my page" says
        # where to look: the easy-out goes before either
        and not _CLOSER.search(merged[at].text)
        and not _LINK.search(merged[at].text)
        and (
            hangs_on_ask(merged[at].text)
            or _list_fragment(merged[at].text)
            or (reasons and _reason_for_ask(merged[at]))
        )
    ):
        at += 1
    return merged[:at] + easy + merged[at:]


# "Backend, platform, maybe even a bit of management.": a verbless list after an ask says
# what it is asking for, so the easy-out comes after it
_LIST_START = re.compile(r"^\W*[\w'’-]+(?:\s+[\w'’-]+){0,2},\s")
_CLAUSE_WORD = re.compile(
    r"\b(?:i|i'm|im|we|you|it|they|he|she|this|that|is|are|was|am|have|has|will|would|can|could)\b",
    re.IGNORECASE,
)


def _list_fragment(text: str) -> bool:
    return (
        len(words(text)) <= 12 and bool(_LIST_START.match(text)) and not _CLAUSE_WORD.search(text)
    )


# "could you intro me to one of them? thinking of jumping ship next year": the reason
# right after an ask belongs to it, and the easy-out comes after both
_REASON_AFTER = re.compile(
    r"^\W*(?:thinking\s+(?:of|about)|(?:i'm|i\s+am|im)\s+(?:thinking|planning|hoping|trying|moving|"
    r"starting|applying|looking)|my\s+\w+\s+(?:is|are|was|has)\b|because\b|since\b|it's\s+for\b|"
    r"(?:we're|we\s+are)\s+(?:thinking|planning|hoping|trying|moving|starting))",
    re.IGNORECASE,
)


def _reason_for_ask(p: Piece) -> bool:
    return (
        p.role in (Role.news, Role.filler)
        and len(words(p.text)) <= 16
        and not p.text.rstrip().endswith("?")
        and bool(_REASON_AFTER.match(p.text))
    )


def merge_asks(body: list[Piece], asks: list[Piece]) -> list[Piece]:
    """Put each ask back where it stood in the draft (body holds everything but the asks)."""
    return sorted(body + asks, key=lambda p: p.span[0] if p.span else -1) if asks else body
