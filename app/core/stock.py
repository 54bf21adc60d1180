"""The few stock lines a rewrite may need, each in several wordings.

When the request holds no fact to build a line from (an offer, a note about them), the
rewrite falls back on one of these. The wording is picked from the draft's own text by a
stable hash (never at random), so the same draft always gets the same rewrite while a
hundred different drafts do not all read alike. No line states a name, number or date.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

EASY_OUT = (
    "No worries if the timing doesn't work.",
    "Totally fine if not.",
    "If it's not a good moment, no problem at all.",
    "It's fine to say no; I'll understand.",
    "No pressure either way.",
    "If it's a hassle, that's completely fine.",
    "Feel free to pass if it's a busy stretch.",
    "Saying no is completely fine.",
    "And no hard feelings if you can't.",
    "Only if it suits you, of course.",
    "A no is a perfectly good answer.",
)

OFFER = (
    "If there's anything I can help with on your side, just say.",
    "Is there anything I could do for you in return?",
    "Happy to return the favour whenever it would help.",
    "If I can help with anything on your end, let me know.",
    "Is there something I could help you with?",
    "Let me know how I can return the favour.",
    "I owe you one, so tell me when I can help.",
    "I'd be glad to help with anything on your side in return.",
    "If I could help with something on your side, I'd be glad to.",
    "If I can return the favour down the line, just ask.",
    "I'd be happy to help on your side too, whenever it's useful.",
    "Do tell me if there's something I can do for you.",
    "Let me know if there's ever anything I can do for you.",
    "I'd love to return the favour sometime.",
    "If I can be useful to you in any way, tell me.",
    "If you ever need a hand with something, I'm glad to help.",
    "If there's ever anything I can do on your side, just shout.",
    "I'm always glad to help where I can, so do ask.",
    "If I can ever be of use, you only have to ask.",
    "If something on your side could use an extra pair of hands, I'm around.",
)

QUESTION = (
    "What are you working on at the moment?",
    "What's keeping you busy these days?",
    "How are things on your side?",
    "What's been the best part of your year so far?",
    "What's been going on with you?",
    "How has work been treating you?",
    "What's new with you?",
    "What are you busy with these days?",
    "What's taking up most of your time lately?",
    "How have the last few months been for you?",
    "What's the latest with you?",
    "Is anything exciting coming up for you?",
    "What have you been enjoying lately?",
    "How's the year been for you?",
)

# Plain questions about them for after the sender's bad news or job hunt, beside the
# plain ones above: with only those, one line would end every such note
SOMBRE = (
    "How have you been keeping?",
    "How's everything with you these days?",
    "How are you keeping these days?",
    "How are things with you these days?",
)

GAP = (
    "It's been far too long since we last talked, and I'm sorry for that.",
    "I'm sorry I let so much time pass without a word.",
    "I know it's been a long time since we were last in touch.",
    "I'm sorry it's been so long since I was in touch.",
    "It's been much too long, and I'm sorry I went quiet.",
    "Apologies for the long silence on my side.",
)

RECONNECT = (
    "I'd love to catch up when you have a moment.",
    "It would be great to hear how you're doing.",
    "I'd really like to hear your news.",
    "Would be lovely to catch up properly sometime.",
    "I'd enjoy hearing what you've been up to.",
    "Let's catch up when life allows.",
)


# The same lines for a draft written like a text between friends ("u still at rivian? lmk").
CASUAL = {
    "gap": (
        "sorry i went quiet for so long, that's on me.",
        "been way too long and that's my fault.",
        "i've been terrible at staying in touch, sorry!",
        "sorry for disappearing on you.",
    ),
    "offer": (
        "if i can help with anything on your end, say the word.",
        "happy to return the favour anytime.",
        "lmk if there's anything i can do for you too.",
        "owe you one, so just shout if you need anything.",
        "if you need a hand with anything, i'm around.",
        "shout if i can ever help you out.",
        "i'm always around if you need anything.",
        "just say if you ever need a hand.",
    ),
    "question": (
        "how've you been?",
        "what's new with you?",
        "how's everything on your end?",
        "what are you up to these days?",
        "how's life treating you?",
    ),
    "easy": (
        "no worries if not!",
        "totally fine if it doesn't work.",
        "all good if you can't.",
        "no stress either way.",
    ),
    "rc": (
        "would love to catch up soon.",
        "we should catch up properly.",
        "miss hanging out, let's catch up.",
    ),
}
FORMAL = {"gap": GAP, "offer": OFFER, "question": QUESTION, "easy": EASY_OUT, "rc": RECONNECT}

_INFORMAL = re.compile(
    r"(?:^|\s)(?:u|ur|lol|lmk|haha+|omg|btw|tbh|pls|thx|gonna|wanna|ya|yo)(?=[\s.,!?]|$)|!!"
    r"|(?:^|\s)i(?=\s|['’](?:m|ve|ll|d)\b)"  # a lower-case "i" is a text, not a letter
    r"|[\U0001F300-\U0001FAFF]"  # and so is an emoji
    r"|(?<=\w)\s+(?:lah|leh|lor|ah|sia|yaar|bro|fam)(?=[\s.,!?]|$)"  # "Thanks ah!", "ok lah"
)


@lru_cache(maxsize=64)  # asked of the same draft by every candidate edit
def informal(draft: str) -> bool:
    """Written like a text between friends: the stock lines should be too."""
    starts = re.findall(r"(?:^|[.!?]\s+|\n)([a-z])", draft)
    if len(starts) >= 3 and not re.search(r"(?:^|[.!?]\s+|\n)\W*[A-Z]", draft):
        return True  # "hey, you know loads of climate people right? could you...": no capitals
    return len(_INFORMAL.findall(draft)) + (1 if len(starts) >= 2 else 0) >= 2


_STARTS = re.compile(r"(?:^|[.!?]\s+|\n)\W*([^\W\d_])")


@lru_cache(maxsize=64)
def lower_starts(draft: str) -> bool:
    """Sentences begun in lower case more often than not ("hey! can i borrow..."): a casual
    line added to such a draft stays lower case, and in any other draft it is capitalised."""
    starts: list[str] = _STARTS.findall(draft)
    lower = sum(c.islower() for c in starts)
    return lower >= 2 and lower > len(starts) - lower  # one lower-case line is not yet a style


_SENTENCE_START = re.compile(r"^(\W*)([a-z])")
_LONE_I = re.compile(r"i(?<![\w'’]i)(?=['’]|\s)")  # lookbehind tried at an "i" only


def capitalised(text: str) -> str:
    """A lower-case line opened with a capital, and its "i" as "I": "what's new with you?" ->
    "What's new with you?". Words inside it keep their case ("... pottery!! amazing")."""
    if re.match(r"\W*(?:u|ur)\b", text):
        return _LONE_I.sub("I", text)  # "u free this Saturday?" is texting, not a lower-case slip
    return _LONE_I.sub("I", _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text))


RETURNS = re.compile(r"\b(?:return|in\s+return|owe\s+you)\b", re.IGNORECASE)
# "anything i can do for you too" leans on an ask the message makes
_TOO = re.compile(r"\btoo\b", re.IGNORECASE)


_MONTHS = re.compile(r"\blast\s+few\s+months\b", re.I)
_SINCE_LONG = re.compile(
    r"\b(?:months|year|lately|these\s+days|properly|been\s+up\s+to|your\s+news)\b", re.I
)


def line(
    kind: str,
    seed: str,
    casual: bool,
    asking: bool = True,
    recent: bool = False,
    years: bool = False,
    sombre: bool = False,
) -> str:
    """A stock line of ``kind`` in the draft's register, chosen by its content. With no ask
    in the message, an offer never speaks of returning a favour (none was asked) nor opens
    on "and". A line is not chosen when the draft already opens a sentence with its first
    words ("Let me know!" beside "Let me know how I can return the favour"). Between people
    who spoke days ago, no line asks after the months since."""
    options = _options(kind, casual, asking, recent, years, sombre)
    opened = {" ".join(m.group(1).lower().split()) for m in _OPENING.finditer(seed)}
    fresh = tuple(o for o in options if " ".join(o.lower().split()[:2]) not in opened)
    if kind == "gap" and _SORRY.search(seed):
        # "I was so sorry to hear about your mum" already says sorry: the gap is owned without it
        fresh = tuple(o for o in fresh or options if not _SORRY.search(o)) or fresh
    return pick(fresh or options, seed, kind)


_SORRY = re.compile(r"\b(?:sorry|apolog\w+)\b", re.IGNORECASE)


@lru_cache(maxsize=128)  # the stock lists are constants: filtered once for each choice
def _options(
    kind: str, casual: bool, asking: bool, recent: bool, years: bool, sombre: bool = False
) -> tuple[str, ...]:
    options = (CASUAL if casual else FORMAL)[kind]
    if kind == "offer" and not asking:
        options = tuple(
            o
            for o in options
            if not RETURNS.search(o) and not _TOO.search(o) and not o.lower().startswith("and ")
        )
    if recent:  # they spoke days ago: nothing about the months since
        options = tuple(o for o in options if not _SINCE_LONG.search(o)) or options
    if years:  # silent for years: "the last few months" is not the gap
        options = tuple(o for o in options if not _MONTHS.search(o)) or options
    if sombre:  # after "I've been made redundant", "How are things on your side?", not
        # "What are you most excited about right now?"
        options = (
            tuple(
                o
                for o in (*options, *(SOMBRE if kind == "question" and not casual else ()))
                if o.lower().startswith("how") and "work" not in o
            )
            or options
        )
    return options


# The first two words of each sentence of the draft.
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)\W*([A-Za-z']+\s+[A-Za-z']+)")


def pick(options: tuple[str, ...], seed: str, salt: str = "") -> str:
    """One of ``options``, chosen by the content of ``seed`` (stable across runs)."""
    digest = hashlib.blake2b(f"{salt}\x00{seed}".encode(), digest_size=4).digest()
    return options[int.from_bytes(digest, "big") % len(options)]
