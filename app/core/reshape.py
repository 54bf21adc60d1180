"""Fixing one sentence of the draft in place: taking the pressure out (with its clause
when the sentence has more to say), filling a placeholder from the request, and reshaping
the ask into a calm question about the same thing, or a small one where it was open-ended.

Each function takes and returns plain text; the edit plan (``app.core.editor``) decides
which sentences get which fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core import stock
from app.core.analyzers.relationship import FAVOUR_RECALLED, KEEPING_SCORE, score_left
from app.core.analyzers.tone import DESPERATION
from app.core.patterns import Folded, PhraseMatch, once_per_call
from app.core.permission import ask_first, ask_permission
from app.core.phrasebook import (
    APOLOGY,
    BOUNDED,
    EASY_OUT,
    HEAR_OF_ANYBODY,
    JOB_WORDS,
    VAGUE,
    asks_for_something,
)
from app.core.praise import flattering
from app.core.signals import PLACEHOLDER
from app.core.text import words

LEAD_MARKER = re.compile(
    r"^(?:anyway|anyways|so|but|well|ok|okay|now|also|bro|mate|dude|babe|hun|fam)\s*[,—–-]?\s+",
    re.I,
)
# A deadline shouted in capitals ("talk to your manager about the job TODAY"): pressure
# however it is spelt, taken out of a sentence that is not itself all capitals.
_SHOUTED = re.compile(
    r"(?:^|[ \t]+)\b(?:TODAY|TONIGHT|NOW|ASAP|IMMEDIATELY|URGENTLY|RIGHT NOW|PLEASE)\b(?!['’])"
)
_RUNS = re.compile(r"([!?])[!?]+")
_SPACES = re.compile(r"[ \t]{2,}")
_BAD_EDGE = re.compile(r"^[\s,;:—–-]+|[\s,;:—–-]+$")
_ASK_LEAD = re.compile(
    r"^(?:(?:and|so|but|also|anyway)\s*,?\s+)?(?:i\s+(?:was|am|'m)\s+(?:hoping|wondering)\s+(?:if\s+|whether\s+)?"
    r"(?:you\s+(?:could|can|would|might)\s+|to\s+)|(?:please\s*,?\s*)*(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?|"
    r"is\s+there\s+any\s+(?:way|chance)\s+you\s+(?:could|can)\s+|any\s+chance\s+you\s+(?:could|can)\s+|"
    r"i\s+need\s+you\s+to\s+|(?:(?:please|kindly)\s*,?\s*)+(?=[a-z]+\s+(?:me|my|us|our|the|a|an|your)\b))",
    re.IGNORECASE,
)
# A plea with nothing asked in it once the pressure is out: "Please help me!"
_EMPTY_PLEA = re.compile(
    r"^\W*(?:please\W+)*(?:help\s+me|help|i\s+need\s+(?:your\s+)?help|do\s+something)\W*$"
    # what is left of a plea or a deadline: "Pls, I'm stuck.", "So i can sort someone else if not."
    r"|^\W*(?:pls|plz|please)\b\W*(?:i(?:'m|\s+am)\s+(?:stuck|desperate|begging))?\W*$"
    r"|^\W*so\s+(?:that\s+)?(?:i|we)\s+can\s+[^.?!]{0,60}\bif\s+not\W*$"
    # "Please, this would mean everything to me.": the plea, with nothing asked
    r"|^\W*(?:please|pls|plz)\W+(?:this|it)\s+(?:would|will)\s+mean\s+(?:everything|the\s+world|so\s+much|a\s+lot)"
    r"(?:\s+to\s+me)?\W*$"
    # what "Anything at all would be a great help." leaves
    r"|^\W*(?:it\s+|that\s+)?(?:would|will|'d)\s+be\s+(?:a\s+)?(?:great|huge|big|real|massive|)\s*help\W*$",
    re.IGNORECASE,
)
THEIRS_WIDE = re.compile(
    r"\b(?:your|ur)\s+(?:[a-z]+\s+)?(?:company|team|firm|place|office|shop|department|store|restaurant|"
    r"hospital|school|ward|practice|kitchen|clinic|salon|studio|scheme|programme|program|site)\b",
    re.I,
)
_THEIRS = re.compile(
    r"\b(?:your|ur)\s+(?:company|team|firm|place|office|shop|org\w*|department|store|restaurant|hospital|school)\b",
    re.I,
)


_SPACE_BEFORE = re.compile(r"\s+([,.!?;:])")
_REPEATS = re.compile(r"([,;:])(?:\s*[,;:])+")
_DANGLING = Folded(re.compile(r"[\s,]+(?:and|but|so|or|because)\s*([.!?])", re.IGNORECASE))
_DOUBLE_PUNCT = re.compile(r"[,;:]+\s*([.!?])")


def tidy(text: str) -> str:
    s = _DOUBLE_PUNCT.sub(
        r"\1", _REPEATS.sub(r"\1", _SPACE_BEFORE.sub(r"\1", _SPACES.sub(" ", text)))
    )
    s = _BAD_EDGE.sub("", s)
    s = re.sub(r"\(\s*\)", "", s).strip()
    if s and s[-1] not in ".!?…\"'”’)" and not _TRAILING_EMOJI.search(s):
        s += "."  # an emoji ends a sentence as it is ("no stress if not 👍")
    return s[:1].upper() + s[1:] if s else s


_CLAUSE_START = re.compile(r"(?:[,;:—–(]|\s-\s|\b(?:but|and|so|because|or)\b)\s*", re.I)
_CLAUSE_END = re.compile(r"[,;:—–)]|\s-\s|[.!?](?:\s|$)")


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: "..., but I need an answer by Friday to hold it"."""
    opens = [m.start() for m in _CLAUSE_START.finditer(text, 0, start)]
    left = opens[-1] if opens else 0
    close = _CLAUSE_END.search(text, end)
    right = close.start() if close else len(text)
    return left, right


def without_flattery(text: str) -> str:
    """The sentence without its empty superlative ("..., you are the best optometrist in all of
    Manchester for sure." keeps what came before); empty when nothing else is left."""
    # "your esteemed company", "your vast experience": the stock adjective goes, the noun
    # stays, and so does the sentence that needs it
    text = _STOCK_PRAISE_WORD.sub("", text)
    if not flattering(text):
        return text
    out = _without_clauses(text, flattering, 2, "and|but|so")
    # "I have seen your profile and I admire your great achievements": what is left is how the
    # sender found them, which says nothing of them
    return "" if _SAW_PROFILE.match(out) else out


_STOCK_PRAISE_WORD = re.compile(
    r"(?<=\byour\s)(?:esteemed|reputed|prestigious|renowned|esteem|vast|immense|enormous|tremendous|extensive)\s+"
    r"(?=(?:company|organi[sz]ation|firm|institution|house|establishment|group|concern|office|experience|"
    r"knowledge|expertise|wisdom)\b)",
    re.IGNORECASE,
)
_SAW_PROFILE = re.compile(
    r"^\W*i(?:'ve|\s+have)?\s+(?:just\s+)?(?:seen|saw|viewed|read|looked\s+at|came\s+across|found|checked)\s+"
    r"your\s+(?:linkedin\s+|online\s+)?profile\W*$",
    re.IGNORECASE,
)


def _without_clauses(
    text: str, find: Callable[[str], PhraseMatch | None], times: int, leads: str
) -> str:
    """``text`` without the clauses holding what ``find`` finds (up to ``times`` of them) and
    a conjunction left dangling at its start; empty when under three words are left."""
    out = text
    for _ in range(times):
        m = find(out)
        if m is None:
            break
        left, right = _clause_around(out, m.start(), m.end())
        out = out[:left] + out[right:]
    out = re.sub(rf"^\W*(?:{leads})\b[\s,]*", "", out, flags=re.I)
    return tidy(out) if len(words(out)) >= 3 else ""


def _clause_or_phrase(text: str, m: PhraseMatch, left: int, right: int) -> tuple[int, int]:
    """What to cut for a flagged phrase: its clause when the sentence has more to say (three
    words outside it), so no stub is left ("I need to know by Wednesday, though" goes whole);
    otherwise the phrase alone."""
    outside = len(words(text[:left])) + len(words(text[right:]))
    single_word_before_noun = " " not in m.group().strip() and re.match(
        r"\s+[a-z]", text[m.end() :]
    )
    dangles = _DANGLES.search(text, left, m.start()) or _SUBJECT_LEFT.search(text, left, m.start())
    if outside < 3 and dangles and not single_word_before_noun:
        # "I really feel like this is my last chance before I give up": the phrase is what
        # the clause says, and without it "this is before I give up" says nothing
        return (left, right)
    return (left, right) if outside >= 3 else (m.start(), m.end())


_DANGLES = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|am|like|of|to|for|the|a|an|my|your|as)|['’](?:re|s|m))\s*$",
    re.IGNORECASE,
)


# The phrase is the verb of its clause when a subject or auxiliary sits right before it
# ("pls man i got nobody else to ask" would leave "pls man i to ask").
_SUBJECT_LEFT = re.compile(
    r"\b(?:i|we|you|they|he|she|it|is|are|am|was|were|have|has|had|'ve|'m)\s*$", re.IGNORECASE
)
_BEGGING = re.compile(
    r"\b(?:i(?:'m|\s+am)\s+)?(?:literally\s+|honestly\s+|just\s+)?begging\s+(?:you|u)\s+to\s+",
    re.IGNORECASE,
)


# "so I really need an answer ASAP", "We need it ASAP": the clause is the pressure itself
_ON_THEIR_ANSWER = re.compile(
    r"\b(?:answer|reply|response|respond|hear|know|confirm\w*|decision|decide|it|this|that)\b", re.I
)
_URGENT_WORD = re.compile(r"asap|a\.s\.a\.p\.?|urgently|immediately|right\s+away|right\s+now", re.I)


# What follows a cut opening clause, when it is only the rest of that clause's list: a comma
# and words with no subject or request of their own (", read for anything, any part at all")
_LIST_TAIL = re.compile(
    r"\s*,\s*(?![^.!?]*\b(?:i|i'[a-z]+|we|you|u|they|he|she|my|our)\b)(?!(?:it|could|can|would|will|please|pls|so|but|"
    r"and|if|when|then|because|as)\b)[a-z][^.!?]*\bany(?:thing|one|where|\s+\w+\s+at\s+all)\b[^.!?]*[.!?]*\s*$",
    re.IGNORECASE,
)

# "I'll take any job at all at this point: warehouse, security, whatever you've got": what
# follows the plea's colon is the plea's list
_PLEA_LIST = re.compile(
    r"\s*:\s*[a-z][^.!?:]*,[^.!?:]*\b(?:whatever|anything|any)\b[^.!?:]*[.!?]*\s*$", re.IGNORECASE
)

_ANY_AT_ALL = re.compile(
    r"\b(?P<verb>for|find|get)\s+any\s+(?P<what>(?:[\w-]+\s+)?(?P<noun>jobs?|roles?|positions?|openings?|work))\s+at\s+all\b",
    re.IGNORECASE,
)

_ONE_OF = frozenset({"job", "role", "position", "opening"})

_LIST_THEN_ANYTHING = re.compile(
    r"^(\W*[^,.!?]+(?:,\s+[^,.!?]+)*?),\s+([^,.!?]+?),\s+anything\s+(?:at\s+all\s+)?(would|will)\s+be(?=\s)",
    re.IGNORECASE,
)

# "I need you to refer me internally" is the request, told: asked instead
_NEED_YOU_TO = re.compile(
    r"(?P<lead>^\W*(?:[A-Z][\w'’-]+,?\s+)?|[,;]?\s+(?:and|so)\s+|(?<=[.!?])\s+)"
    # "I need you give me your subcontract work": the "to" an English learner leaves out
    r"(?:i\s+)?(?:really\s+|just\s+)?need\s+(?:(?:you|u)\s+(?:to\s+|(?=(?:give|send|pass|help|introduce|refer|put|write|sign|share|tell|find|call|ring|check|look|read|review|forward|recommend|hire|take|let|lend|show|meet)\s))(?!(?:know|understand|hear|see|meet)\b)"
    # "Lou I need someone to cover my Tuesday class", written to Lou: asked of them
    r"|someone\s+to\s+(?=(?:cover|take|teach|run|mind|watch|feed|walk|look\s+after|pick\s+up|sub|swap)\b))"
    r"(?P<rest>[^.!?]*?)(?P<end>\s*[.!?]*\s*$|,\s+(?=they|it|the|there|we|i\b|please\b))",
    re.IGNORECASE,
)

_NOW = re.compile(
    r"\s+(?:today|tonight|right\s+now|asap|immediately|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


# "give me your subcontract work" asks for all of it: some of it, passed on, is the favour
_SOME_OF_YOUR = re.compile(
    r"\bgive\s+(me|us)\s+(?:all\s+)?your\s+((?:[\w-]+\s+)?(?:work|jobs|clients|customers|leads|overflow))\b",
    re.IGNORECASE,
)


def _some_of_yours(text: str) -> str:
    return _SOME_OF_YOUR.sub(r"pass \1 some of your \2", text)


_BARE_CALL = re.compile(
    r"^\W*(?:please\s+)?(?P<verb>call|ring|phone|text|message)\s+me(?:\s+back)?"
    r"(?:\s+(?:today|tonight|now|asap|right\s+away|straight\s+away|urgently))?\s*[.!]*\s*$",
    re.IGNORECASE,
)


def call_when_it_suits(text: str) -> str:
    """ "Please I am begging you, call me today." is, calmly, a call when it suits them."""
    bare = _BARE_CALL.match(text)
    if bare is None:
        return text
    how = "give me a call" if bare["verb"].lower() in ("call", "ring", "phone") else "text me"
    return f"Could you {how} when you have a moment?"


def _asked_not_needed(text: str) -> str:
    m = _NEED_YOU_TO.search(text)
    if m is None or len(words(m.group("rest"))) < 2:
        return text
    lead = m.group("lead")
    name = lead.strip(" ,") if m.start() == 0 else ""
    head = text[: m.start()]
    rest = _some_of_yours(_NOW.sub("", m.group("rest")).strip())
    ask = f"{name + ', ' if name else ''}{'could' if name else 'Could'} you {rest}?"
    tail = text[m.end() :].strip()
    if tail:
        tail = tail[:1].upper() + tail[1:]
    joined = f"{head.rstrip(' ,;')}. {ask}" if head.strip() else ask
    return f"{joined} {tail}".strip()


_DEADLINE_IN_CLAUSE = re.compile(
    r"\b(let\s+me\s+know|tell\s+me|get\s+back\s+to\s+me|confirm|reply|respond)\s+(?:by|before|until|no\s+later\s+than)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|the\s+end\s+of\s+(?:the\s+)?(?:day|week))"
    r"(?=\s+(?:whether|if|what|when|how|which)\b)",
    re.IGNORECASE,
)
# "I need your reference by tomorrow morning": the request stays, its deadline goes
_NEED_YOURS_BY = re.compile(
    r"\b(i|we)\s+(?:really\s+|urgently\s+)?need\s+(your\s+(?!answer|reply|response|decision|confirmation|feedback\s+by)[\w-]+(?:\s+letter)?)\s+(?:back\s+)?(?:by|before)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|the\s+end\s+of\s+(?:the\s+)?(?:day|week))"
    r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|at\s+the\s+latest))?",
    re.IGNORECASE,
)


def _grateful_for(m: re.Match[str]) -> str:
    return f"{m.group(1)}'d be so grateful for {m.group(2)}"


# The letter-writing formula before a statement: "With due respect I humbly beg to state that"
_BEG_TO_STATE = re.compile(
    r"^\W*(?:with\s+(?:all\s+)?due\s+respect,?\s+)?i\s+(?:most\s+)?(?:humbly\s+)?beg\s+to\s+"
    r"(?:state|inform\s+you|submit|bring\s+to\s+your\s+(?:kind\s+)?notice)\s+that\s+",
    re.IGNORECASE,
)


@once_per_call
def strip_pressure(text: str) -> str:
    """The sentence with its urgency and pleading taken out and "!!!" calmed to "!".

    A pressure phrase inside a longer clause takes its clause with it, so the sentence
    still reads ("We have one slot left, but I need an answer by Friday." keeps "We have one
    slot left."); a phrase that is its own clause goes alone.
    """
    # "let me know by Thursday whether you're happy to do it": the question stays, its
    # deadline goes
    text = _DEADLINE_IN_CLAUSE.sub(r"\1", text)
    text = _NEED_YOURS_BY.sub(_grateful_for, text)
    text = _ANY_OR_ANY.sub(_one_kind, text)
    text = _OR_ANY_OTHER.sub(r" or \1", text)
    # "looking for any nursing job at all" is looking for a nursing job
    text = _ANY_AT_ALL.sub(
        lambda m: f"{m['verb']} {'a ' if m['noun'].lower() in _ONE_OF else ''}{m['what']}", text
    )
    # "With due respect I humbly beg to state that I am Suresh Menon": the statement stands
    out = _BEG_TO_STATE.sub("", text)
    if out != text:
        out = out[:1].upper() + out[1:]
    # "I am begging you to watch it" asks for the same thing calmly
    out = _BEGGING.sub("I'd love it if you could ", out)
    # "Training, simulator work, consulting, anything would be of interest": the list is
    # what interests them
    out = _LIST_THEN_ANYTHING.sub(r"\1 or \2 \3 be", out)
    out = _asked_not_needed(out)
    for _ in range(4):
        m = DESPERATION.search(out)
        if m is None:
            break
        left, right = _clause_around(out, m.start(), m.end())
        cut = _clause_or_phrase(out, m, left, right)
        rest = out[left : m.start()] + out[m.end() : right]
        if (
            (
                re.fullmatch(r"[a-z]+ly", m.group(), re.IGNORECASE)
                or re.fullmatch(r"i\s+(?:swear|promise\s+you)\b.*", m.group(), re.IGNORECASE)
                # "I look forward to hearing from you at your earliest convenience": only the
                # deadline goes
                or re.fullmatch(r"at\s+(?:your|the)\s+earliest.*", m.group(), re.IGNORECASE)
            )
            or (
                _URGENT_WORD.fullmatch(m.group())
                and len(words(out[left : m.start()])) >= 3
                and not _ON_THEIR_ANSWER.search(out, left, m.start())
            )
        ):
            # "We are desperately short of hands on Saturday", "need a FOH gig asap": only
            # the word goes
            rest = ""
            cut = (m.start(), m.end())
        if (asks_for_something(rest) or _PLEASE_DO.search(rest)) and not _SUBJECT_LEFT.search(
            out, 0, m.start()
        ):
            cut = (m.start(), m.end())  # "so please leave us a review ASAP": the ask stays
        if not out[: cut[0]].strip() and (
            _LIST_TAIL.match(out, cut[1]) or _PLEA_LIST.match(out, cut[1])
        ):
            # "It would mean the world to me and I'll do anything, read for anything, any
            # part at all": the list after the cut clause was the plea's too
            return ""
        out = out[: cut[0]] + out[cut[1] :]
    # "an urgent requirement" without "urgent" is "a requirement"
    out = re.sub(r"\b([Aa])n\s+(?=[b-df-gj-np-tv-z])", r"\1 ", out)
    if not out.isupper():
        out = _SHOUTED.sub("", out)
    out = _RUNS.sub(r"\1", out)
    out = _LONE_PLEASE.sub(",", out)
    if out != text:
        out = re.sub(
            r",\s*please\s*([.!?]*)\s*$", r"\1", out, flags=re.I
        )  # "... on Saturday, please."  # "sorry to ask, please, can you" -> "sorry to ask, can you"
    if _ANSWER_VERB.search(out):
        out = _ANSWER_DEADLINE.sub(
            "", out
        )  # "sign the order form today?" -> "sign the order form?"
    if dangling := _DANGLING.search(out):
        out = out[: dangling.start()]  # "I got laid off and, office, anything!" ends at "off"
    if out != text:
        # "I am really desperate now, EMI is due": the "now," was the plea's
        out = re.sub(
            r"^(\W*)(?:now|at\s+this\s+point|right\s+now|honestly)\s*,\s*", r"\1", out, flags=re.I
        )
    if out != text and (
        _FRAGMENT.match(out)
        or _HANGING_END.search(out)
        or _AS_CLAUSE.match(out)
        or _ORPHAN_VERB.search(out)
    ):
        return ""  # "Open to anything in claims or ops." leaves "in claims or ops."; "I need to."
    if out != text:
        # "would mean the world if you could stream it" leaves "if you could stream it.": the
        # request, asked
        out = _BARE_IF.sub(_asked, out)
    return tidy(out) if words(out) else ""


# What is left of "(It) would mean the world if you could ...": a condition with no clause
_BARE_IF = re.compile(
    r"(^\W*|[.!?…\u2600-\u27bf\U0001f000-\U0001faff]\s+)(?:if|If)\s+(?:you|u)\s+(could|would|can)\s+([^.?!\n]+?)\s*[.!]*\s*$"
)


def _asked(m: re.Match[str]) -> str:
    modal = m.group(2)
    return (
        f"{m.group(1)}{modal.capitalize() if not m.group(1).strip() else modal} you {m.group(3)}?"
    )


def strip_open_ended(text: str) -> str:
    """A line of news without its open-ended clause: "I'm trying to go from junior to mid-level
    and I feel like I need someone to guide me through the whole thing." keeps "I'm trying to go
    from junior to mid-level."; empty when nothing of its own is left."""
    m = VAGUE.search(text)
    if m is None:
        return text
    left, right = _clause_around(text, m.start(), m.end())
    out = text[:left] + text[right:]
    if VAGUE.search(out) or len(words(out)) < 4 or _FRAGMENT.match(out) or _HANGING_END.search(out):
        return ""
    return tidy(out)


def strip_apology(text: str) -> str:
    """The sentence without its apologies for asking: "Sorry sorry to bother you, I know you're
    flat out, but could I..." keeps "I know you're flat out, but could I..."; "Really sorry,
    totally understand if not!" keeps "Totally understand if not!"."""
    out = text
    for _ in range(4):
        m = APOLOGY.search(out)
        if m is None:
            break
        cut = _clause_or_phrase(out, m, *_clause_around(out, m.start(), m.end()))
        out = out[: cut[0]] + out[cut[1] :]
    if out == text:
        return text
    # ", I know you're flat out" and ", but could you..." open on their own words
    out = re.sub(r"^[\W_]*(?:(?:but|and|so)\b[\W_]*)?(?=\w)", "", out, flags=re.I)
    if not words(out):
        return ""  # the sentence was only an apology ("Apologies!")
    if not _OPENS_SENTENCE.match(out) or _HANGING_END.search(out) or len(words(out)) < 3:
        # what is left would not read as a sentence: a line that is an apology from its first
        # words ("I'm so sorry to bother you, and sorry again that...") goes whole; in any
        # other line the sorries stay
        first = APOLOGY.search(text)
        return "" if first is not None and len(words(text[: first.start()])) <= 1 else text
    return tidy(out)


# Words a sentence left after its apologies went may open on ("could I borrow...",
# "I know you're flat out, but...", "Totally understand if not!"); anything else means the
# cut left a fragment ("about the noise last week", "omg babe but any chance").
_OPENS_SENTENCE = re.compile(
    r"(?:i|i'm|i've|i'd|i'll|could|would|can|will|any|is|are|do|did|please|my|we|it|it's|the|totally|"
    r"completely|no|happy|thanks|thank|you|you're|know|just|if|hey|hi|would|might|may|what|when|how|"
    r"whenever|whatever|either|only|honestly|genuinely|absolutely)\b",
    re.IGNORECASE,
)


_HANGING_END = re.compile(
    r"\b(?:to|for|with|of|about|the|a|an|my|your|and|but|or|is|are|am|need|want|whatever|anything|etc)\s*[.!?…]*\s*$",
    re.I,
)
_FRAGMENT = re.compile(
    r"^\W*(?:honestly\s+|really\s+|just\s+)?(?:in|at|for|with|on|of|to|from|or|and|but|like|whatever|etc|though|although|"
    r"whereas|given|because|since|who|which|whom|whose)\b"
    # what is left of "I am nobody, just optical assistant from Bolton"
    r"|^\W*,\s*(?:just|only)\s+(?:a\s+|an\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s*(?:(?:from|at|in)\s+[^.!?,]*)?[.!?]?\s*$",
    re.I,
)


# "I accept any job, also junior." without "any job": a verb left without its object
_ORPHAN_VERB = re.compile(r"\b(?:accept|take|do|consider|want|need|get|find)\s*[,;.!?]", re.I)
# "As our board meets on Thursday.": a reason left without the sentence it gave a reason for
_AS_CLAUSE = re.compile(
    r"^\W*as\s+(?!(?:you|i|we)\s+(?:know|said|mentioned|discussed)\b)[^,;]*$", re.I
)
_PLEASE_DO = re.compile(
    r"\b(?:please|pls|plz)\s+(?!help\b)[a-z]+\s+(?:us|me|my|our|the|a|it)\b", re.I
)
_LONE_PLEASE = re.compile(r",\s*please\s*,", re.IGNORECASE)
# A deadline on their answer, not the day of the thing asked for: "sign it today?" is pressure,
# "pick me up tonight?" is the favour itself.
_ANSWER_VERB = Folded(
    re.compile(
        r"\b(?:sign|reply|respond|answer|decide|confirm|approve|get\s+back|let\s+me\s+know|submit|commit)\b",
        re.I,
    )
)
_ANSWER_DEADLINE = re.compile(
    r"\s+(?:today|tonight|right\s+now|immediately|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?day|by\s+eod)(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)

# A joining word left with nothing to join once its clause went.
_DANGLING = Folded(
    # "and if so, whether you would..." and "even so," are no loose ends
    re.compile(
        r"\s*,?\s*\b(?<!\bif\s)(?<!\beven\s)(?:and|but|or|so|because|that)\s*(?:[,;:.!?]|$)",
        re.IGNORECASE,
    )
)

# "hope you're well and that all is lekker in Joburg!": the stock part of a pleasantry that
# goes on to say something of its own.
_HOLLOW_LEAD = re.compile(
    r"\b(?:i\s+)?hope\s+(?:you(?:'re|’re|\s+are)|ur|u\s*r|you\s+have\s+been|you've\s+been)\s+"
    r"(?:well|good|doing\s+(?:well|good|great)|ok|okay|keeping\s+well)\s*[,;]?\s*(?:and\s+(?:that\s+)?)?",
    re.IGNORECASE,
)


def strip_hollow(text: str) -> str:
    """The pleasantry without its stock opening, when what follows says something ("Hope all
    is lekker in Joburg!"); empty when nothing of its own is left."""
    m = _HOLLOW_LEAD.search(text)
    if m is None:
        return text
    rest = text[m.end() :].strip()
    if len(words(rest)) < 3:
        return ""
    if _STILL_DOING.match(rest):
        # "I hope you are well and still teaching your Saturday class": the hope is about them
        return tidy(text[: m.start()] + "Hope you're " + rest)
    if _NOT_HOPED.match(rest):
        # "hope you're well, and congratulations on the broadcast": the congratulations stand
        return tidy(text[: m.start()] + rest[:1].upper() + rest[1:])
    return tidy(text[: m.start()] + "Hope " + rest)


# What follows "hope you are well and" that goes on about them: "still teaching your class"
_STILL_DOING = re.compile(
    r"(?:still|now|busy|enjoying|settling|loving|keeping|getting|making|having|back|happy|managing)\b",
    re.IGNORECASE,
)
# What follows "hope you're well, and" that is no hope of its own
_NOT_HOPED = re.compile(
    r"(?:congrat\w*|thanks?\b|thank\s+you|well\s+done|happy\s+\w+day|many\s+thanks|huge|big|what\s+a)",
    re.IGNORECASE,
)


_ORG_SLOT = re.compile(
    r"(?:your\s+)?(company|organi[sz]ation|org|employer|firm|business|account|brand|fund|agency|startup|"
    r"practice|school|venue|podcast|publication|magazine|shop|restaurant|charity|salon|studio|gym|"
    r"clinic|store|bar|cafe|café|hotel|gallery|club|team|lab|newsletter|show|channel|"
    r"distillery|brewery|winery|vineyard|bakery|workshop|theatre|theater|hospital|university|"
    r"college|museum|library|label|publisher|garage|foundation|trust|nursery|department)(?:\s*name)?"
)
# slots for the place they work, which the notes may name ("wedding planner at Swinton Park")
_PLACE_SLOTS = frozenset(
    "company firm business venue practice school hotel club restaurant gallery clinic studio "
    "agency fund charity salon gym store bar cafe café startup".split()
)
# the slot's own word where it reads naturally ("your fund", "your firm"); these say "company"
# "[First Name]", "{Contact Name}": a person, or the sender's own, never a place of theirs
_NOT_A_PLACE = frozenset(
    "first last full given family sur middle your my sender recipient contact manager person "
    "candidate user client customer friend file user's".split()
)
_GENERIC_ORG = frozenset({"organisation", "organization", "org", "employer", "account"})


# Someone else the sender names: "my colleague [NAME]" is not the recipient.
_THIRD_PARTY = re.compile(
    r"\b(colleague|friend|co-?founder|cofounder|partner|manager|boss|teammate|classmate|sister|brother|"
    r"cousin|neighbou?r|contact|client|mentor|former\s+colleague|ex-colleague)\s*$",
    re.IGNORECASE,
)
# a slot for a person's name; "[PROGRAM NAME]" or "[COMPANY NAME]" is something else
_PERSON_SLOT = re.compile(
    r"(?:(?:first|full|last|contact|recipient|person|hiring\s+manager|their|his|her)(?:'s)?\s+)?name|"
    r"f\s*name|firstname|recipient|contact"
)
_NAMED = r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"


def fill_placeholders(
    text: str, name: str | None, corpus: str = "", their_org: str | None = None
) -> str | None:
    """Fill a placeholder from the request; None when one is left that cannot be filled.

    A name slot is the recipient's, unless it follows someone else ("my colleague [NAME]"):
    that one takes the name the request gives them ("colleague Aisha Noor") or goes. A slot
    nothing can fill goes with the clause round it ("As someone passionate about
    <INDUSTRY>, I'd love to..." keeps "I'd love to...")."""

    def fill(m: re.Match[str]) -> str:
        inner = m.group().strip("[]{}<>% ").lower().replace("_", " ")
        before = text[: m.start()]
        if "name" in inner and (third := _THIRD_PARTY.search(before)):
            found = re.search(re.escape(third.group(1)) + _NAMED, corpus)
            return found.group(1) if found else "\x01"
        if org := _ORG_SLOT.fullmatch(inner):
            # "what {{company}} is doing" reads as well with "your company", and "<Fund
            # Name>'s thesis" as "your fund's thesis": nothing the request does not know
            kind = org.group(1)
            if their_org and (kind in _GENERIC_ORG or kind in _PLACE_SLOTS):
                return their_org  # "the embedded team at [Company]", and the notes say Bosch
            if re.search(r"\blike\s+$", before, re.I):
                return "yours"  # "many company like <Company>" reads "like yours"
            return "your company" if kind in _GENERIC_ORG else f"your {kind}"
        if name and _PERSON_SLOT.fullmatch(inner):
            return name
        named_after = re.match(r"\s+[A-Z]", text[m.end() :])  # "the [Course Name] Marine Biology"
        if (
            (kind := re.fullmatch(r"([a-z]{3,14})\s+name", inner))
            and kind.group(1) not in _NOT_A_PLACE
            and not named_after
        ):
            return f"your {kind.group(1)}"  # "<Quarry Name>" is "your quarry"
        return "\x00"

    out = PLACEHOLDER.regex.sub(fill, text) if PLACEHOLDER.search(text) else text
    # "the [TEAM NAME] team" filled is "the your team team": the slot's noun once
    out = re.sub(r"\b(your\s+(\w+))\s+\2\b", r"\1", out, flags=re.I)
    out = re.sub(r"\bthe\s+your\b", "your", out, flags=re.I)
    out = re.sub(r"\s*\x01(?=\s*[,.;:!?])|\s*\x01", "", out)  # "my colleague, who..."
    # "I am reaching out to [First Name] because..." reads whole as "I am reaching out because..."
    out = re.sub(r"\s+(?:to|for)\s+\x00(?=\s+(?:because|as|since|about|regarding|with)\b)", "", out)
    # "a chair at <PLACE> on Fridays" reads whole as "a chair on Fridays", "an application for
    # [insert program name] and I have one question" as "an application and I have..."
    out = re.sub(r"\s+(?:at|in|with|from|for)\s+\x00(?=\s+[a-z])", "", out)
    # "the [PROGRAM NAME] Family Nurse Practitioner program" names it without the slot
    out = re.sub(r"(?<=\bthe )\x00\s+(?=[A-Z])", "", out)
    # "your recent paper on [paper title] with great interest": the paper, without its title
    out = re.sub(
        r"\b(paper|post|article|talk|book|work|piece|research|study|podcast|episode)"
        r"\s+(?:on|about|titled|called|entitled)\s+\x00(?=[\s,.;:!?])",
        r"\1",
        out,
    )
    if "\x00" in out:
        # drop the comma-bounded clause that holds the slot, when a sentence is left
        parts = re.split(r"(?<=,)\s+", out)
        kept = [p for p in parts if "\x00" not in p]
        if len(kept) == len(parts) or not kept:
            return None
        rest = " ".join(kept).rstrip(",;: ")
        if len(words(rest)) < 4 or re.match(r"(?:or|and|but|so|nor)\b", rest, re.I):
            return None  # "or is it better suited to...?" is the tail of a question that went
        end = out[-1] if out[-1] in ".!?" else "."
        # "He's free [insert date], if that suits I'll set up a coffee": with the date gone,
        # "that" points at nothing
        rest = re.sub(
            r"^if\s+(?:that|it)\s+(?:suits|works)(?:\s+(?:you|for\s+you))?,?\s+",
            "If you're up for it, ",
            rest,
            flags=re.IGNORECASE,
        )
        return rest[:1].upper() + rest[1:] + ("" if rest[-1] in ".!?" else end)
    return out


_RETURN_AND = re.compile(r"\breturn\s+the\s+favou?r\s+and\s+(?=\w)", re.IGNORECASE)
# "...return the favour by recommending me to the estates team" asks them to recommend
_RETURN_BY = re.compile(r"\breturn\s+the\s+favou?r\s+by\s+(\w+ing)\b", re.IGNORECASE)
_GERUND = {
    g + "ing" if not g.endswith("e") else g[:-1] + "ing": g
    for g in (
        "recommend introduce pass send vouch make give share connect help mention forward "
        "take write hire book feature sign speak talk ask look read check review"
    ).split()
}
_GERUND.update({"putting": "put", "getting": "get", "letting": "let", "referring": "refer"})
# "You'll remember I covered your classes that term, so I'm hoping you can...": the
# reminder clause, up to where the request begins
_REMINDER_LEAD = re.compile(
    r"^\W*(?:you(?:'ll|’ll|\s+will|\s+may|\s+might)\s+)?(?:remember|recall)\b[^.?!]{0,200}?,\s*(?:and\s+)?so\s+",
    re.IGNORECASE,
)

# where a recalled favour hands over to the request: ", so I'm hoping you can..."
_SO_ASK = re.compile(
    r",?\s+(?:and\s+)?so\s+(?=(?:i(?:'m|’m|\s+am)\s+hoping|i\s+(?:was\s+)?(?:wonder|hope)|could\s+you|can\s+you|"
    r"would\s+you|will\s+you|i(?:'d|’d|\s+would)\s+(?:like|love)))",
    re.IGNORECASE,
)


def _return_by(m: re.Match[str]) -> str:
    base = _GERUND.get(m.group(1).lower())
    return base if base else m.group(0)


def strip_score(text: str, ask_at: int | None = None) -> str:
    """The sentence without its reminder of a past favour ("well now it's your turn, I'm
    moving on the 19th" keeps "I'm moving on the 19th"); empty when nothing else is left.

    ``ask_at`` is where the request starts in the sentence: a reminder wholly before it
    goes with everything up to it ("Not to keep score but I've driven you six times 😅 can
    you grab me Thursday?" keeps "can you grab me Thursday?"), and "the least you can do is
    come to my launch" becomes "would you come to my launch"."""
    lead = re.match(
        r"^\W*(?:(?:and|so|but)\s+)?(?:it(?:'s|\s+is)\s+)?the\s+least\s+you\s+(?:can|could)\s+do\s+is\s+(?:to\s+)?",
        text,
        re.I,
    )
    if lead:
        rest = text[lead.end() :].rstrip(" .!")
        return f"Would you {rest}?" if len(words(rest)) >= 2 else ""
    mid = re.search(
        r",\s*(?:(?:and|so)\s+)?(?:i\s+think\s+)?(?:it(?:'s|\s+is)\s+)?the\s+least\s+you\s+(?:can|could)\s+do\s+is\s+(?:to\s+)?",
        text,
        re.I,
    )
    if mid and len(words(text[: mid.start()])) >= 3:
        # "Now the west front is going out to tender, I think the least you can do is make
        # sure my firm gets on the shortlist": the news, then the request asked
        rest = text[mid.end() :].rstrip(" .!")
        if len(words(rest)) >= 2:
            return f"{text[: mid.start()]}, could you {rest}?"
    # "With that in mind, I'm hoping you could put my name forward": the lever goes, the
    # request is asked on its own
    if (lever := _LEVER_LEAD.match(text)) and len(words(text[lever.end() :])) >= 4:
        text = text[lever.end() :]
        text = text[:1].upper() + text[1:]
    # "...so I'm hoping you can return the favour and put in a good word with the panel"
    # asks for the good word; the favour it calls in goes
    text = _RETURN_AND.sub("", text)
    text = _RETURN_BY.sub(_return_by, text)
    lead = _REMINDER_LEAD.match(text)
    if lead and next(FAVOUR_RECALLED.finditer(text[: lead.end()]), None) is not None:
        rest = text[lead.end() :]
        if len(words(rest)) >= 4 and KEEPING_SCORE.search(rest) is None:
            return tidy(rest[:1].upper() + rest[1:])
    for so in _SO_ASK.finditer(text):
        # "I did cover every one of your winter patrols in 2025, so I'm hoping you can push my
        # transfer file through", "I'm sure you'll want to return the gesture, so I'd like to
        # join your team": the favour goes, the request is asked on its own
        rest = text[so.end() :]
        if score_left(text[: so.start()]) and len(words(rest)) >= 4 and not score_left(rest):
            return tidy(rest[:1].upper() + rest[1:])
    first = KEEPING_SCORE.search(text)
    if ask_at is not None and first is not None and first.end() <= ask_at:
        rest = text[ask_at:]
        if len(words(rest)) >= 3 and KEEPING_SCORE.search(rest) is None:
            return tidy(rest[:1].upper() + rest[1:])
    return _without_clauses(text, KEEPING_SCORE.search, 3, "well|so|and|but")


def empty_plea(text: str) -> bool:
    """What is left of a plea once the pressure is out asks and says nothing."""
    return bool(_EMPTY_PLEA.match(text))


def substantive(text: str) -> bool:
    return len(words(text)) >= 3


ANSWER_ON = re.compile(
    r"^\W*(?:i\s+)?need\s+(?:to\s+know|(?:an?\s+|your\s+)?(?:answer|decision|yes\s+or\s+no))\s+(?:by\s+\w+(?:\s+\w+)?\s+)?"
    r"(?:on\s+)?(?:whether|if)\s+(?:you(?:'ll|\s+will|'d|\s+would|\s+can|\s+could))\s+(.{6,200}?)\W*$",
    re.IGNORECASE,
)
_TAG_DEMAND = re.compile(
    r"^\W*(?:so\s+)?(?:you|u)\s+(?:can|could)\s+(.{4,160}?)\s*,?\s+(?:can'?t|couldn'?t|can\s+you|could\s+you|right|yeah)\s*(?:you|u)?\W*$",
    re.IGNORECASE,
)

# a demand made to sound small: "All I need is for you to forward my CV"
_ALL_I_NEED = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?all\s+(?:i\s+(?:really\s+)?(?:need|want|ask)|i(?:'m|’m|\s+am)\s+asking)\s+"
    r"(?:of\s+you\s+)?(?:is\s+)?(?:for\s+you\s+to|that\s+you|you\s+to)\s+(.{4,200}?)\W*$",
    re.IGNORECASE,
)
# "Now I need only one small thing, send my CV to your HR.": the thing, asked
_ONE_THING = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+|now\s+)?i\s+(?:only\s+|just\s+)?need\s+(?:only\s+|just\s+)?(?:one|a)\s+"
    r"(?:small\s+|little\s+|tiny\s+|quick\s+)?(?:thing|favou?r)\s*(?:,|:|—|–|-)\s*"
    r"((?:send|pass|forward|give|put|introduce|tell|show|write|sign|check|read|share|ask|let)\b.{4,160}?)\W*$",
    re.IGNORECASE,
)
_NEED_THE_SLOT = re.compile(
    r"^\W*(?:[A-Za-z]+,?\s+)?i\s+(?:really\s+|just\s+|so\s+)?need\s+(?:that|the|your)\s+"
    r"(?P<what>(?:[\w'’-]+\s+){0,4}?(?:slot|spot|gig|booking|booth|pitch|shift|stall))\b"
    r"(?P<rest>,\s*[^.!?]*)?\s*[.!]*\s*$",
    re.IGNORECASE,
)
# "I need you to refer me internally", "...and I need you to put my name forward"
_I_NEED_YOU = re.compile(
    r"^\W*(?:so\s+|and\s+|now\s+)?(?:(?:i['’]?m|i\s+am)\s+(?:gonna|going\s+to)\s+|i['’]ll\s+|i\s+will\s+|i\s+)?(?:really\s+|just\s+)?need\s+(?:you|u)\s+(?:to\s+|(?=(?:give|send|pass|help|introduce|refer|put|write|sign|share|tell|find|call|ring|check|look|read|review|forward|recommend|hire|take|let|lend|show|meet)\s))(.{4,200}?)\W*$",
    re.IGNORECASE,
)
_LEVER_LEAD = re.compile(
    r"^\W*(?:with\s+(?:that|this|all\s+that)\s+in\s+mind|given\s+(?:that|this|all\s+that))\s*,?\s*",
    re.IGNORECASE,
)
# what a plea offers up to be taken: "any opening or any work" is one kind of work asked for,
# "cutter, supervisor or any other role" the roles named
_ANY_OR_ANY = re.compile(
    r"\bany\s+(opening|work|job|role|position|post)\s+or\s+any\s+(?:opening|work|job|role|position|post)\b",
    re.IGNORECASE,
)
_OR_ANY_OTHER = re.compile(
    r",\s*([\w-]+)\s+or\s+any\s+other\s+(?:role|job|position|opening|post|work)\b", re.IGNORECASE
)


def _one_kind(m: re.Match[str]) -> str:
    noun = m.group(1)
    if noun.lower() == "work":
        return "some work"
    return ("an " if noun[0].lower() in "aeiou" else "a ") + noun


# the request restated at them: "I shall therefore restate my request: could you..."
_RESTATE_LEAD = re.compile(
    r"^\W*(?:so\s*,?\s*|again\s*,?\s*)?(?:i\s+(?:shall|will|must|would\s+like\s+to)\s+)?(?:therefore\s+|once\s+again\s+|again\s+)?"
    r"(?:restate|repeat|reiterate)\s+my\s+(?:request|question|ask)\s*(?:[:,-]|that)\s*"
    # "Anyway I ask one more time, will you include me or not?"
    r"|^\W*(?:anyway\s*,?\s*|so\s*,?\s*)?i(?:['’]ll|\s+will|\s+am\s+going\s+to)?\s+ask\s+(?:you\s+)?"
    r"(?:one\s+more\s+time|one\s+last\s+time|once\s+more|again)\s*[,:—–-]\s*",
    re.IGNORECASE,
)
_VAGUE_PURPOSE = re.compile(
    r"\s+to\s+(?:explore|discuss|talk\s+about|look\s+at)\s+(?:potential\s+|possible\s+|some\s+)?"
    r"(?:synerg(?:y|ies)|opportunities|collaboration|partnership(?:\s+opportunities)?|ways\s+(?:to|we\s+could)\s+work\s+together)"
    r"(?:\s+between\s+(?:us|our\s+\w+))?",
    re.IGNORECASE,
)
_WORK_TOGETHER = re.compile(
    r"^(?P<lead>)(?:(?:please\s+)?(?:let\s+me\s+know|tell\s+me)\s+if\s+)?(?:there\s+(?:is|are)\s+|you\s+see\s+)?"
    r"(?:any|some)\s+ways?\s+(?:that\s+)?we\s+(?:can|could|might)\s+(?:work\s+together|collaborate|partner\s+up)"
    r"(?:\s+in\s+the\s+future)?\W*$",
    re.IGNORECASE,
)
_SURE_YOU_WOULD = re.compile(
    r"^\W*(?:and\s+)?(?:i\s+know|i(?:'m|’m|\s+am)\s+sure)\s+you(?:'d|’d|\s+would|'ll|’ll|\s+will)\s+(?P<also>also\s+)?"
    r"(?:be\s+(?P<how>happy|glad|delighted)\s+to|not\s+mind)\s+(?P<what>[^.?!\n]+?)\s*[.!]*$",
    re.IGNORECASE,
)
# a question turned ultimatum: "are u hiring RVNs or not"
_OR_NOT = re.compile(
    r"^\W*((?:are|r|is|do|does|can|could|will|would)\s+[^.?!\n]{3,120}?)\s*,?\s+or\s+not\W*$",
    re.IGNORECASE,
)


@once_per_call
def reshape_ask(text: str, vague: bool, seed: str, decides: bool = False) -> str:
    """The same request as a plain, calm question: pressure out, demand turned to a question,
    an open-ended ask narrowed to a small one about the same thing. Empty when nothing is
    left to ask ("Please help me!!").

    "I was hoping you could get me an interview at Google ASAP" becomes "Would you be able
    to get me an interview at Google?"; a question that is already calm is left alone.
    """
    # "openings at your esteemed company", here or where the place is taken from the draft
    text = _STOCK_PRAISE_WORD.sub("", text)
    seed = _STOCK_PRAISE_WORD.sub("", seed)
    if asked := ask_first(text) or ask_permission(text):
        return asked
    if sure := _SURE_YOU_WOULD.match(text):
        # "I'm sure you'd also be happy to pass my sample to your editor": asked, not assumed
        if sure["also"]:
            # "also" follows another request, most often asked as "Would you be happy to"
            return aside_after(f"Could you also {sure['what']}?")
        return aside_after(f"Would you be {sure['how'] or 'happy'} to {sure['what']}?")
    if on := ANSWER_ON.match(text):
        # "need an answer by Wednesday on whether you'll put me forward for the York Minster
        # package": the deadline goes, the question it was about is asked
        return f"Would you {on.group(1).rstrip(' .!?')}?"
    if tag := _TAG_DEMAND.match(text):
        # "you can put a word in for me at the garage cant you": asked, not told
        return f"Could you {tag.group(1)}?"
    if like := _ID_LIKE_YOU_TO.match(text):
        # "Our Preston branch is losing its training van in January and I'd like Northern
        # Assistance Dogs to lend us one of yours": asked, not told, with its reason first
        lead = (like["lead"] or "").strip().rstrip(",")
        who = like["who"].strip()
        asked = f"Would {who} be able to {like['what'].strip().rstrip(' .!')}?"
        if lead and len(words(lead)) >= 4:
            return f"{lead[:1].upper()}{lead[1:]}. {asked}"
        return asked
    if contact := _NEED_THE_CONTACT.match(text):
        # "Anyway I need the contact of your leather supplier in Santa Croce, because mine is
        # closing": asked for, with its reason after it
        asked = f"Could you send me {contact['what'].strip()}?"
        why = (contact["why"] or "").strip()
        return f"{asked} {why[:1].upper()}{why[1:]}." if len(words(why)) >= 2 else asked
    if need := _ALL_I_NEED.match(text) or _I_NEED_YOU.match(text) or _ONE_THING.match(text):
        # "All I need is for you to forward my CV to your manager": the request, asked
        what = _some_of_yours(_NOW.sub("", need.group(1)))
        head, comma, tail = what.partition(", ")
        if comma and DESPERATION.search(tail) and not DESPERATION.search(head):
            # "need u to put my name to ur boss TODAY, applications for the Whistler jump
            # crew close tmrw and im honestly desperate rn, any job at all": the request, and
            # the fact after it without the plea
            reason = strip_pressure(tail.split(", ")[0])
            asked = f"Could you {head.rstrip(' .!?')}?"
            if (
                reason
                and not DESPERATION.search(reason)
                and len(words(reason)) >= 3
                # "I must know by tomorrow if e go work" is the pressure again, not a fact
                and not re.match(r"\W*(?:i|i['’]m|i\s+am|me)\b", reason, re.IGNORECASE)
            ):
                return f"{asked} {reason[:1].upper()}{reason[1:].rstrip(' .!?')}."
            return asked
        return aside_after(f"Could you {what.rstrip(' .!?')}?")
    text = _RESTATE_LEAD.sub("", text)
    if (
        (split := _NEED_THEN_NEWS.match(text))
        and not asks_for_something(split["news"])
        and not DESPERATION.search(split["news"])
        # what happened, with a name or a number in it: "my savings is finishing" is the
        # plea's reason, and goes with it
        and re.search(r"\d|(?<=\s)[A-Z]", split["news"])
        and (
            asked := reshape_ask(split["need"], vague, seed, decides)
            or (narrowed(split["need"], seed, decides) if vague else "")
        )
    ):
        # "i need work bad, our job in Katy got shut down and i got 6 guys with no check":
        # what happened stays, ahead of the request
        news = split["news"].strip().rstrip(".!")
        return f"{news[:1].upper()}{news[1:]}. {asked}"  # "anyone ..." stays a text
    if or_not := _OR_NOT.match(text):
        # "are u hiring RVNs or not": the question without its ultimatum
        return f"{or_not.group(1)[:1].upper()}{or_not.group(1)[1:]}?"
    calm = strip_pressure(text)
    if calm and _SUBORDINATE.match(calm) and not _SUBORDINATE.match(text):
        # "I would be grateful for your answer by Wednesday, as my principals must decide on
        # Thursday...": with the deadline out, only its reason is left, and that is no sentence
        return ""
    if not calm or _EMPTY_PLEA.match(calm):
        if vague and JOB_WORDS.search(text):
            # "PLEASE I need a job urgently, any job ... dispatcher, warehouse, driver
            # anything": all plea, but it asks for work, and says which
            return narrowed(text, seed, decides)
        return ""
    body = call_when_it_suits(LEAD_MARKER.sub("", calm).strip())
    if PLEA_LEAD.match(text) and (bare := BARE_ORDER.match(body)):
        # "Please, please, I beg you, accept my video even if it is late, I have worked my
        # whole life for this": the plea gone, the order is asked, without what pleaded on
        return f"Would you {bare['what'][:1].lower()}{bare['what'][1:].rstrip(' ,.!')}?"
    if slot := _NEED_THE_SLOT.match(body):
        # "Babe I NEED that New Year's Eve slot, I'll do it for half fee": asked for
        rest = (slot["rest"] or "").strip(" ,;.!")
        asked = f"Could I have the {slot['what'].strip()}?"
        return f"{asked} {rest[:1].upper()}{rest[1:]}." if len(words(rest)) >= 3 else asked
    if vague and _UNBOUNDED_REVIEW.search(body):
        # "review my CV and tell me everything I should change" is bounded by asking for
        # the one change that matters most; the review itself is the request
        body = _UNBOUNDED_REVIEW.sub("tell me the one thing you'd change first", body)
        vague = bool(VAGUE.search(body))
    if vague and (lead := _LEAD_AND.match(body)):
        # "I'm looking to get off the buses after 15 years and wondered if you could help me
        # get something": the news stays, the request is narrowed after it
        news = lead.group("lead").strip()
        after = re.sub(r"^(?:and|so)\s+", "", body[lead.end("lead") :].lstrip(" ,")).strip()
        sought = _SOUGHT.search(news)
        mind = _KEEP_IN_MIND.match(after)
        if sought and _SEND_MY_WAY.match(after):
            # "I'm looking to pick up more deposition work next year and wanted to see if you
            # could send anything my way": the work they can't take, passed on
            what = sought.group("what").strip()
            return (
                f"{news[:1].upper()}{news[1:]}. If any {what} comes your way that you can't "
                "take on, would you think of me?"
            )
        toward = _TOWARD.search(news)
        anything = _IF_ANYTHING_MIND.match(after)
        if toward and anything:
            # "...move closer to underwriting strategy ..., so if anything comes up at Harlow,
            # do keep me in mind": bounded by what they said they want
            where = f" {anything.group('where').strip()}" if anything.group("where") else ""
            return (
                f"{news[:1].upper()}{news[1:]}. If a role in {toward.group('what').strip()} "
                f"comes up{where}, could you let me know?"
            )
        if sought and mind:
            # "I'm looking for any glazing work in the new year, so keep me in mind for anything
            # on your sites": what they look for, asked of them by name
            where = f" {mind.group('where')}" if mind.group("where") else ""
            what = sought.group("what").strip()
            article = "" if re.search(r"\b(?:work|s)$", what) else "a "
            return (
                f"{news[:1].upper()}{news[1:]}. If {article}{what} comes up{where}, "
                "could you let me know?"
            )
        rest = reshape_ask(after, vague, seed, decides)
        if rest:
            return f"{news[:1].upper()}{news[1:]}. {rest[:1].upper()}{rest[1:]}"
    tail_end = VAGUE.search(body) if vague else None
    if (
        tail_end is not None
        and re.match(r"(?:and\s+|or\s+)?(?:anything|everything|whatever)\b", tail_end.group(), re.I)
        and (lead_cut := strip_open_ended(body))
        and lead_cut != body
        and asks_for_something(lead_cut)
        and not VAGUE.search(lead_cut)
    ):
        # "I'd love some advice on getting my cloth into shops, and anything else I should know
        # about the retail side": the bounded request stands once the open-ended tail goes
        return lead_cut[:1].upper() + lead_cut[1:]
    if (
        vague
        and (purpose := _VAGUE_PURPOSE.search(body))
        and BOUNDED.search(body[: purpose.start()])
    ):
        # "a quick 15-minute call to explore potential synergies": the call is bounded, its
        # purpose says nothing; the call is asked for on its own
        cut = body[: purpose.start()] + body[purpose.end() :]
        return _as_question(cut) if not cut.rstrip().endswith("?") else cut[:1].upper() + cut[1:]
    if (
        vague
        and _SEND_PEOPLE.search(body)
        and not _MY_TRADE.search(body)  # the news in the same line would go with it
        and (trade := _MY_TRADE.search(seed))
    ):
        # "I'm keen to grow my employment law practice this year. Please keep me in mind for
        # anything that comes up and send people my way": who to send, by what they do
        return (
            f"If you come across someone who needs help with {trade.group('field').strip()}, "
            "would you think of me?"
        )
    if vague and (together := _WORK_TOGETHER.search(body)):
        # "Let me know if there is any way we can work together in the future": the wish to
        # work together, said as an open door rather than a task handed to them
        return (
            together.group("lead")
            + "If a project comes up where we could work together, I'd be glad to hear about it."
        )
    if vague and (who := _WHO_DOES.search(body)):
        # "if you know anybody who does catering or events or whatever, send them my way":
        # the people they mean, named by what they do, and the name passed on when one asks
        return f"If you come across anyone who {who['verb']} {who['what'].strip()}, could you pass my name on?"
    if vague and (aside := _OPEN_ASIDE.search(body)):
        # "If you know any importers in the Nordics, anyone really, could you send them my
        # way?": bounded once its open-ended aside is out
        cut = body[: aside.start()] + body[aside.end() :]
        if not VAGUE.search(cut) and asks_for_something(cut) and substantive(cut):
            return cut[:1].upper() + cut[1:]
    if vague:
        # to the one who hires, a job ask is asked of them (not "point me to one person")
        swapped = _swap_vague(body, decides and bool(JOB_WORDS.search(body + " " + seed)))
        if swapped and (open_end := VAGUE.search(swapped)):
            # "...two or three questions about sponsorship, and if you could help me find some
            # sponsors that'd be unreal": the bounded ask stays, the open-ended clause after it
            # goes
            cut = strip_open_ended(swapped)
            if (
                cut != swapped
                and re.search(r",\s*(?:and|or)\s+if\b", swapped[: open_end.start()], re.I)
                and substantive(cut)
            ):
                swapped = cut
        if swapped and not VAGUE.search(swapped) and substantive(swapped):
            return swapped[:1].upper() + swapped[1:]
        return narrowed(body, seed, decides)
    body = _UNBOUNDED_REVIEW.sub("tell me the one thing you'd change first", body)
    # the interview is their employer's to give; putting you forward is theirs
    body = _OUTCOME.sub(_put_forward, body)
    m = _ASK_LEAD.match(body)
    plain = _MODAL_LEAD.match(body)
    if plain and "please" not in body.lower() and not body.rstrip().endswith("?"):
        return _as_question(body)
    if m and (not body.rstrip().endswith("?") or "please" in m.group().lower()):
        rest = body[m.end() :].rstrip(" .!?,")
        first = words(rest)[0].lower() if words(rest) else ""
        if re.fullmatch(r"let\s+me\s+know", rest, re.I):
            # "Please let me know ASAP" with the pressure out: know what, it must say
            return "Could you let me know if you can help?"
        if rest and substantive(rest) and first not in {"i", "we", "my", "you"}:
            return aside_after(f"Would you be able to {rest}?")
    if (
        _NAMED_QUESTION.match(body)
        and body.rstrip().endswith(".")
        and not re.search(r"[.?!]\s", body.rstrip()[:-1])
    ):
        # "Mel can you do my reference for the band 6 job." is still a question
        body = body.rstrip()[:-1] + "?"
    return body[:1].upper() + body[1:]


_NAMED_QUESTION = re.compile(
    r"^\W*(?:[A-Z][\w'’-]+,?\s+)?(?:so\s+)?(?:can|could|would|will)\s+(?:you|u)\b", re.IGNORECASE
)
_MODAL_LEAD = re.compile(r"^(?:could|can|would|will)\s+(?:you|u)\s+[a-z]", re.IGNORECASE)
_TRAILING_EMOJI = re.compile(r"[\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+$")


def _as_question(body: str) -> str:
    """A request worded as a question but typed without its question mark gets one: before
    an easy-out run on after it ("..., no stress if not 👍") or at its end, before any emoji."""
    out = EASY_OUT.search(body)
    if out and out.start() > 0 and body[: out.start()].rstrip().endswith(","):
        head = body[: out.start()].rstrip().rstrip(",")
        return f"{head}? {body[out.start() :]}"
    tail = _TRAILING_EMOJI.search(body)
    core, emoji = (body[: tail.start()], body[tail.start() :]) if tail else (body, "")
    asked = aside_after(core.rstrip(" .!,") + "?")
    return asked + (emoji if emoji.strip() else "")


def aside_after(question: str) -> str:
    """ "Would you put me forward for the role at Delbridge - it's exactly what I need?" asks
    at the dash: the aside is the sender's reason, said after the question."""
    aside = _DASH_ASIDE.search(question)
    if aside is None:
        # "Can you put my exhibition poster in your shop window, I bring it tomorrow?": a clause
        # of the sender's own run on after a comma is said after the question
        aside = _COMMA_ASIDE.search(question)
    if aside is None or not question.endswith("?") or len(words(question[: aside.start()])) < 4:
        return question
    reason = question[aside.end() : -1].rstrip(" ,.!")
    return f"{question[: aside.start()].rstrip(' ,')}? {reason[:1].upper()}{reason[1:]}."


_COMMA_ASIDE = re.compile(
    r",\s+(?=(?:i|we)(?:['’]ll|\s+will|\s+can)?\s+(?:bring|send|drop|come|pay|pick|collect|cover)\b|"
    # "..., I does do Hewanorra to Rodney Bay for 75 US": what the sender charges or runs
    r"(?:i|we)\s+(?:does|do|usually|normally|charge)\s+(?:do\s+|run\s+|charge\s+)?[\w'’-]+\s+[\w'’-]+|"
    r"(?:i|we)\s+\w+\s+it\b)",
    re.IGNORECASE,
)
# a dash before a clause of its own: "- it's exactly what I need now the baby's here"
_DASH_ASIDE = re.compile(
    r"\s+[—–-]\s+(?=(?:it(?:'s|’s)?|that(?:'s|’s)?|this|i|i'm|i’m|i've|i’ve|we|we're|we’re|they|there(?:'s|’s)?)\s)",
    re.IGNORECASE,
)


_LEAD_AND = re.compile(
    r"^(?P<lead>(?:(?:(?:after|having\s+spent|with)\s+[^,.;?!]{3,40}?\s+)?i(?:'m|\s+am|'ve|\s+have)\s+(?!(?:hoping|wondering|writing|reaching)\b)|"
    # "I'd like to move closer to underwriting strategy rather than pure data work, and I'm
    # open to changing teams, so if anything comes up at Harlow, do keep me in mind"
    r"i(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:move|get|go|shift|step|switch|branch)\s+"
    r"(?:[^,.;?!]|,\s+and\s+){0,120}?(?=[^,.;?!]{8,120}?,?\s+so\s+if\s+anything)|"
    # "My son Kojo finishes his degree at KNUST in May, and I was hoping you could..."
    r"my\s+(?:son|daughter|nephew|niece|brother|sister|cousin|grandson|granddaughter)\s+[A-Z][\w'’-]+\s+)"
    r"[^,.;?!]{8,120}?)\s*,?\s+"
    r"(?:and\s+(?:i\s+)?(?:wondered|was\s+wondering|wanted\s+to\s+(?:ask|see|check)|hoped|was\s+hoping|thought|"
    r"i(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:appreciate|love|be\s+(?:so\s+|really\s+)?grateful))\b"
    # "I'm looking for a new role for next season as Rutland are cutting back, so if you hear
    # of anything...": the situation, then what is asked because of it
    # "..., please keep me in mind" (what was between went with the pressure)
    r"|(?=please\s+keep\s+me\s+in\s+mind\b)"
    r"|so\s+(?=if\s+(?:you|u)\s+(?:hear|know|come\s+across)\b|if\s+anything\s+(?:comes|opens|pops)\s+up\b|(?:could|can|would)\s+(?:you|u)\b|please\b|keep\s+me\b))",
    re.IGNORECASE,
)


# what the sender looks for, named: "looking for any glazing work", "looking for a new role"
_SOUGHT = re.compile(
    r"\b(?:looking\s+for|(?:looking\s+)?to\s+pick\s+up)\s+(?:any\s+|a\s+|an\s+|some\s+|more\s+)?(?:new\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,2}?(?:work|role|job|position|post|shifts|contracts?|gigs?|placement))\b",
    re.IGNORECASE,
)
_SEND_MY_WAY = re.compile(
    r"^(?:(?:i\s+)?(?:wanted\s+to\s+see|was\s+wondering|wondered)\s+if\s+)?(?:you\s+)?(?:could|can|would)?\s*(?:you\s+)?"
    r"send\s+(?:anything|something|stuff|some\s+work|any\s+work)\s+(?:(?:at\s+all|you\s+can)\s+)?(?:my|our)\s+way\W*$",
    re.IGNORECASE,
)
_TOWARD = re.compile(
    r"\b(?:move|get|go|shift|step|switch|branch)\s+(?:out\s+)?(?:closer\s+)?(?:to|into|towards?)\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:rather|instead|work|and|or|roles?|next|this|later|"
    r"in|by|from|after|soon|eventually|one\s+day)\b|\s*[,.;]|$)",
    re.IGNORECASE,
)
_IF_ANYTHING_MIND = re.compile(
    r"^if\s+anything\s+(?:comes|opens|pops)\s+up(?P<where>\s+(?:at|in|on)\s+[^,.;?!]+?)?,?\s+"
    r"(?:do\s+|please\s+)?keep\s+me\s+in\s+mind\W*$",
    re.IGNORECASE,
)
_SEND_PEOPLE = re.compile(
    r"\bsend\s+(?:people|folks|anyone|anybody|clients|customers|business|work|referrals|any\s+clients)\s+"
    r"(?:my|our)\s+way\b",
    re.IGNORECASE,
)
# what the sender does, by their own words: "my employment law practice", "our catering business"
_MY_TRADE = re.compile(
    r"\b(?:my|our)\s+(?:own\s+|new\s+|small\s+|private\s+|little\s+|growing\s+|local\s+|family\s+)*"
    r"(?P<field>(?!(?:own|new|small|private|little|growing|local|family)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:practice|business|firm|studio|shop|agency|consultancy)\b",
    re.IGNORECASE,
)
_KEEP_IN_MIND = re.compile(
    r"^(?:please\s+|do\s+)?keep\s+me\s+in\s+mind(?:\s+for\s+anything|\s+if\s+anything\s+comes\s+up)?"
    r"(?:\s+(?P<where>(?:on|at|in)\s+your\s+[\w-]+))?\W*$",
    re.IGNORECASE,
)


# Asking them to deliver the outcome itself ("get me an interview at Quillpad").
_OUTCOME = re.compile(
    r"\b(?:get|land|find)\s+me\s+(an?\s+(?:interview|job|position|role)|hired|in(?=\s+(?:at|there)\b))",
    re.IGNORECASE,
)


def _put_forward(m: re.Match[str]) -> str:
    what = m.group(1).lower()
    if what.startswith(("an interview", "a interview")):
        return "put me forward for an interview"
    if what.startswith("a"):
        return "put me forward for " + ("a role" if "job" in what else what)
    return "put me forward"


# A review with no end to it, bounded to the one thing that matters most.
_UNBOUNDED_REVIEW = re.compile(
    r"tell\s+me\s+(?:everything|all)\s+(?:(?:that(?:'s|\s+is)\s+|you\s+think\s+is\s+)?wrong\s+with\s+(?:it|them|this)|"
    r"(?:that\s+)?(?:i|we)\s+(?:should|need\s+to|must|could)\s+(?:change|fix|improve))",
    re.IGNORECASE,
)

_ABOUT = re.compile(
    r"\b(?:about|on|regarding|around)\s+((?!it\b|that\b|this\b|anything\b|everything\b)[^,.;:?!\n]{2,50}?)"
    # "work on UK productions and I would like to connect": the topic ends at the sender's
    # next clause
    r"(?=\s+(?:over|for|by|at|this|next|sometime|soon|when|if|because|so|please|pls|plz|let\s+me|"
    r"and\s+(?:i|we)(?:['’](?:d|m|ll))?)\b|[,.;:?!\n]|$)",
    re.IGNORECASE,
)


# What the sender says they need, when the ask names no topic: "Need sponsorship for my
# shop, can you sort me out with whatever you've got?" is about sponsorship for the shop.
_NEEDED = re.compile(
    r"^\W*(?:i\s+)?(?:really\s+)?(?:need|am\s+after|['’]m\s+after|am\s+looking\s+for|['’]m\s+looking\s+for)\s+"
    r"((?:some\s+|an?\s+(?!(?:favou?r|job|hand|break|chance|moment|minute|word|quick|little|bit)\b))?"
    r"(?!(?:to|you|your|help|support|advice|guidance|info|anything|something|someone|"
    r"somebody|anyone|it|this|that|a|an|the|work|money|cash|more|any)\b)[a-z][\w-]{3,}"
    r"(?:\s+[a-z][\w-]{3,})?(?:\s+for\s+(?:my|our)\s+[a-z][\w-]*)?)(?=\s*[,.;:?!]|\s+(?:and|so|but)\b)",
    re.IGNORECASE,
)


_AT_NAME = re.compile(
    r"\b(?:at|with|in)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Series|Level|Grade|Band|Stage|Phase|Tier|"
    r"Christmas|Easter|Q[1-4]|H[12]|Spring|Summer|Autumn|Fall|Winter)\b)"
    r"((?:[A-Z][\w&'’-]{1,30}(?:\.[A-Za-z]+)*)(?:\s+[A-Z][\w&'’-]{1,30}){0,2})"
)
_AT_THE = re.compile(
    r"\bat\s+the\s+(?!(?:moment|end|time|start|weekend|minute|latest|same|least|most|top|back|front)\b)"
    r"([a-z][\w-]{2,20})(?=\s*[?.!,]|\s*$)"
)
# places named after the field: ", in Singapore or Malaysia"
_IN_PLACES = re.compile(
    r",?\s+in\s+([A-Z][\w'’-]+(?:(?:,\s*|\s+or\s+|\s+and\s+)[A-Z][\w'’-]+){0,3})"
)
_AT_LOWER = re.compile(
    r"\bat\s+(?!all\b|work\b|home\b|least\b|most\b|once\b|first\b|the\b|a\b|an\b|my\b|your\b|ur\b|this\b|that\b)"
    r"([a-z][\w&'’.-]{2,30})(?=\s*[?.!,]|\s*$)"
)
_FOR_ROLES = re.compile(
    r"\bfor\s+(?:any\s+|all\s+|some\s+)?((?:[\w-]+\s+){1,3}?)(?:roles?|positions?|jobs?|openings?|work|opportunities)\b",
    re.IGNORECASE,
)


# Open-ended phrasings and a bounded wording of the same request, swapped in place so the
# rest of the sender's sentence (what it is about, the coffee) stays.
_SWAPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r)
    for p, r in (
        # "kindly guide me for my career growth and also kindly put in a good word for my
        # transfer": the open half goes, the specific request after it stays
        (
            r"(?:kindly\s+)?guide\s+me\s+(?:for|in|on|with|about)\s+my\s+(?:career|future)"
            r"(?:\s+(?:growth|path|progress|development))?\s+and\s+(?:also\s+)?",
            "",
        ),
        (r"pick\s+(?:your|ur)\s+brain(?:\s+(?:about|on)\s+it)?", "ask you two or three questions"),
        (
            r"picking\s+(?:your|ur)\s+brain(?:\s+(?:about|on)\s+it)?",
            "asking you two or three questions",
        ),
        # "a coffee some day when you have time" is a coffee in the next few weeks
        (
            r"\s+(?:some\s+day|someday|one\s+day)?\s*when(?:ever)?\s+you\s+have\s+(?:some\s+|the\s+)?"
            r"(?:time|a\s+(?:minute|moment|sec|second))(?=[\s.?!,]|$)",
            " in the next few weeks",
        ),
        # "coffee sometime" loses "sometime", but "grab some time to ..." is the ask itself
        (r"\s+(?:sometime|some\s+time|at\s+some\s+point)(?:\s+soon)?(?=[\s.?!,]|$)(?!\s+to\b)", ""),
        # "share it with everyone you know" -> "share it with one or two people who'd like it"
        (
            r"(?<=\bwith\s)(?:everyone|everybody|anyone|anybody|all\s+the\s+people)\s+(?:you\s+know|in\s+your\s+network)",
            "one or two people you think would like it",
        ),
        # "a job, an apprenticeship, a word with someone, whatever might suit": the choices
        # the sender named, without the open end
        (
            r",?\s+(?:or\s+)?whatever\s+(?:might|would|could|may)\s+(?:suit|work|fit)(?:\s+(?:him|her|them|me|us|best))?(?=\s*[.?!]?\s*$)",
            "",
        ),
        # "introduce me to everyone you know at the health department": the one who'd know
        (
            r"(?<=\bintroduce\sme\sto\s)(?:everyone|everybody|all\s+the\s+people)\s+you\s+know",
            "one person you know",
        ),
        # "send any clients my way": only when someone asks them, and only a name
        (
            r"send\s+(?:any|some)\s+(?:clients|customers|patients|business|referrals)\s+(?:my|our)\s+way",
            "pass my name on if someone asks you for a recommendation",
        ),
        # "keep me in mind for any work you might have": when a job comes up that fits
        (
            r"keep\s+me\s+in\s+mind\s+for\s+any\s+work\s+(?:you\s+(?:might|may)\s+have|(?:that\s+)?(?:is\s+)?going|coming\s+up)",
            "think of me if a job comes up that I could help with",
        ),
        # "please keep me in mind." is an order once bounded: asked as a question instead
        (
            r"\bplease\s+keep\s+(?:me|my\s+(?:name|cv|resume))\s+in\s+mind(?:\s+for\s+anything)?\s*[.!]?\s*$",
            "who is one person you'd suggest I talk to?",
        ),
        (
            r"keep\s+me\s+in\s+mind\s+for\s+any\s+(?:roles|openings|positions|jobs|opportunities)",
            "point me to one person I should talk to about roles",
        ),
        # a trader's "keep me in mind for anything you need" offers the service; it asks no name
        (
            r"keep\s+me\s+in\s+mind\s+for\s+anything\s+(?:you|u)\s+(?:might\s+)?(?:need|want)",
            "think of me if you ever need a hand",
        ),
        (
            r"keep\s+me\s+in\s+mind\s+for\s+anything(?:\s+(?:that\s+(?:comes|opens)|coming|opening)\s+up|\s+(?:going|available))?",
            "point me to one person I should talk to",
        ),
        (
            r"keep\s+(?:me|my\s+(?:name|cv|resume))\s+in\s+mind",
            "point me to one person I should talk to",
        ),
        # "help him find something at VRA": who there he could speak to, asked for him
        (
            r"help\s+(him|her|them)\s+(?:to\s+)?(?:find|get|land)\s+(?:something|anything|a\s+job|work|a\s+role|a\s+position)"
            r"(?=\s+(?:at|in|with)\s)",
            r"suggest one person \1 could speak to about roles",
        ),
        (
            r"(?:help\s+me\s+)?find\s+(?:me\s+)?(?:a\s+|any\s+)?(?:job|work|role)\b",
            "suggest one person I could ask about roles",
        ),
        (
            r"\bany\s+(?:openings|opportunities|roles|positions|jobs)\b"
            r"(?:\s+(?:that\s+)?(?:you|your\s+\w+)\s+(?:may|might|could)\s+have)?"
            # "any openings you hear about": the one that fits is the one they hear of
            r"(?:\s+(?:that\s+)?you\s+(?:hear|come\s+across|see|know)\s+(?:about|of))?",
            "one opening that might fit",
        ),
        (
            # "We need donations for the garden, anything you can spare would be great": one
            # thing, asked
            r",?\s+(?:and\s+)?(?:anything|whatever)\s+you\s+(?:can|could)\s+spare(?:\s+would\s+be\s+(?:great|amazing|"
            r"brilliant|lovely|wonderful|fantastic|much\s+appreciated|appreciated|a\s+huge\s+help))?\s*[.!]*$",
            ". Would you be able to donate something towards it?",
        ),
        (
            # "any advice or work experience": the placement is a request of its own
            r"\b(?:some|any)\s+(?:advice|guidance|tips)\s+or\s+(work\s+experience|(?:work\s+)?shadowing|a\s+placement|an?\s+internship)\b",
            r"your view on one question, or the chance of \1",
        ),
        (
            # "any advice at all you might be able to offer on the matter" is one question
            r"\b(?:some|any)\s+(?:advice|guidance|tips|pointers|thoughts|ideas)(?:\s+at\s+all)?"
            r"(?:\s+or\s+(?:opportunities|leads|contacts|introductions|intros|help|pointers|names|advice|guidance|tips|thoughts))?"
            r"(?:\s+(?:that\s+)?you\s+(?:might|may|could|can)\s+(?:possibly\s+)?(?:be\s+able\s+to\s+)?(?:offer|give|share)"
            r"(?:\s+(?:me|us))?)?"
            # "any advice you've got", "any advice you have"
            r"(?:\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:got|have))?"
            r"(?:\s+on\s+(?:the|this|that)\s+matter)?",
            "your view on one question",
        ),
        # "it would be the honour of my life if you would mentor me": one conversation first
        (
            r"\b(?:be\s+my\s+mentor|mentor\s+me)(?:\s+(?:for\s+the\s+rest\s+of\s+my\s+\w+|for\s+the\s+next\s+\w+(?:\s+\w+)?|"
            r"long[-\s]term|going\s+forward|on\s+an\s+ongoing\s+basis))?\b",
            "make time for one short conversation with me",
        ),
        (r"\bbeing\s+my\s+mentor\b", "making time for one short conversation with me"),
        (
            r",?\s+and\s+(?:guide|walk|take)\s+me\s+through\s+(?:the\s+(?:whole|entire)\s+[\w-]+|everything|it\s+all)",
            "",
        ),
        # "share my page with your network and send any clients my way": the share is the ask
        (
            r",?\s+and\s+(?:to\s+)?send\s+(?:any|some)\s+(?:clients|customers|work|business|referrals|leads|patients)\s+(?:my|our)\s+way",
            "",
        ),
        # "sort me out with some gigs" asks for one, as a try-out
        (
            r"\b(?:sort|hook|fix)\s+me\s+(?:out\s+|up\s+)?with\s+(?:some|any|a\s+few|more)\s+(gig|shift|booking|slot)s\b",
            r"try me out for one \1",
        ),
        # "could you intro me to a few?" keeps the introduction, to one of them
        (
            r"\b(introduce|intro|connect)\s+me\s+(to|with)\s+(?:a\s+few|a\s+couple|some)(?=\s*(?:[?.!,]|$))",
            r"\1 me \2 one of them",
        ),
        # "introduce me to anyone who might help with my short" keeps the introduction
        (
            r"\b(introduce|intro|connect)\s+me\s+(to|with)\s+(?:anyone|someone|somebody|people|a\s+few\s+people)\b",
            r"\1 me \2 one person",
        ),
    )
)


# "...ask you two or three questions about consulting and hear any advice you have": the
# questions are the advice, so the second, open-ended half goes
_AND_ADVICE = re.compile(
    r",?\s+and\s+(?:hear|get|receive|ask\s+for)\s+(?:some|any|your)\s+(?:advice|guidance|tips|pointers|thoughts)"
    r"(?:\s+(?:that\s+)?you(?:'ve|\s+have|\s+might\s+have|\s+may\s+have)?\s+(?:got|have|to\s+share|to\s+offer))?",
    re.IGNORECASE,
)


def _swap_vague(body: str, decides: bool = False) -> str:
    out = (
        _AND_ADVICE.sub("", body)
        if re.search(r"pick\w*\s+(?:your|ur)\s+brain", body, re.I)
        else body
    )
    for pattern, repl in _SWAPS:
        if decides and "one person" in repl:
            continue  # they are the one to ask: a referral swap would send the sender past them
        out = pattern.sub(repl, out)
    # "if any opportunities come up in your team, big or small": one opening comes up, and
    # "big or small" no longer fits it
    out = re.sub(r"(one opening that might fit)\s+(come|open|turn)(?=\s+up\b)", r"\1 \2s", out)
    out = re.sub(
        r"(one opening that might fit\b[^.?!,]{0,40}?),\s*(?:big\s+or\s+small|large\s+or\s+small|of\s+any\s+kind)\b",
        r"\1",
        out,
    )
    # "two or three questions about everything — setup, funding, staffing, the works"
    out = _ABOUT_EVERYTHING.sub(lambda m: "about " + _listed(m.group(1)), out)
    out = _OBJECT_AS_SUBJECT.sub(lambda m: f"one person {_SUBJECT[m.group(1).lower()]} could", out)
    # read blind, "your view on one question" with no question after it dangled: with the
    # topic named it is "your view on how to move into training", without it "your
    # thoughts on it"
    out = re.sub(r"your view on one question(?=\s+(?:on|about|regarding)\b)", "your view", out)
    out = re.sub(
        r"your view on one question(?:\s+for\s+(?:me|us))?(?=\s*[.!?]|\s*$|\s+(?:would|will)\s+be\b)",
        "your thoughts on it",
        out,
    )
    # "Let me know if you have any thoughts!": theirs to have, not "your thoughts on it"
    out = re.sub(
        r"\b(if|whether)\s+you\s+have\s+your\s+thoughts\s+on\s+it\b",
        r"\1 you have thoughts on it",
        out,
    )
    return out if out != body else ""


_ABOUT_EVERYTHING = re.compile(
    r"\babout\s+everything\s*[—–:-]\s*([a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?)+?)"
    r"(?:,\s*(?:and\s+)?(?:the\s+works|so\s+on|etc\.?|everything|the\s+lot))?(?=\s*[.?!]|$)",
    re.IGNORECASE,
)
_SUBJECT = {"him": "he", "her": "she", "them": "they"}
_OBJECT_AS_SUBJECT = re.compile(r"\bone\s+person\s+(him|her|them)\s+could\b", re.IGNORECASE)


_WHO_DOES = re.compile(
    r"\bif\s+(?:you\s+)?know\s+(?:anybody|anyone|someone|somebody)\s+(?:who|that)\s+"
    r"(?P<verb>does|needs|wants|is\s+looking\s+for|runs|organi[sz]es|books|sells)\s+"
    r"(?P<what>[^,.;?!]{3,50}?)(?:\s+or\s+[^,.;?!]{0,30}?(?:whatever|anything|something)(?:\s+else)?)?,?\s+"
    r"(?:(?:please|pls|could\s+you|can\s+you)\s+)?(?:send|point|pass)\s+(?:them|him|her)\s+(?:my|our)\s+way",
    re.IGNORECASE,
)


# An open-ended aside between commas: ", anyone really,", ", anything at all,"
# or its open end before one: "anybody who does catering or events or whatever, send them"
_OPEN_ASIDE = re.compile(
    r"(?:,\s*(?:(?:or\s+)?(?:anyone|anybody|anything|whoever|whatever|lo\s+que\s+sea)(?:\s+(?:really|at\s+all|else|goes))?"
    r"|(?:honestly\s+)?any\s+\w+\s+at\s+all)"
    r"|(?:\s+or\s+[a-z]+)?\s+or\s+(?:whatever|anything(?:\s+else)?|something))(?=\s*,)",
    re.IGNORECASE,
)


# A short need, then what happened, after a comma: "mira i need work bad, our job in Katy
# got shut down and i got 6 guys with no check."
_NEED_THEN_NEWS = re.compile(
    r"^(?P<need>[^,.;?!]{0,20}\bi\s+(?:really\s+)?need\s+[^,.;?!]{2,30}),\s+"
    r"(?P<news>(?:our|my|we|i)\b(?!\s+(?:need|want|would|could|was\s+wondering|hope|am\s+hoping))[^?]{15,200}?)[.!]*$",
    re.IGNORECASE,
)


_IN_FIELD = re.compile(
    # "our job in Katy got shut down" is a job they had, not a field they look for
    r"\b(?<!our\s)(?<!my\s)(?:anything|roles?|jobs?|work|opportunit\w+|positions?|openings?)(?:\s+(?:really|at\s+all|else))?\s+in\s+(?!(?:your|ur|my|our|their|his|her)\b)(?:the\s+)?"
    r"(?![a-z][\w&/-]*(?:\s+[a-z][\w&/-]*){0,2}\s+(?:got|was|were|is|has|had|went|shut|closed)\b)"
    r"([a-z][\w&/-]*(?:\s+(?:or|and|&)?\s*[a-z][\w&/-]*){0,3}?)(?:\s+(?:space|sector|field|world|industry))?"
    r"(?=\s*[.,;!?]|\s+(?:and|but|so|because)\s|$)",
    re.IGNORECASE,
)


# "a bike courier looking to move into transport planning": the field they are heading for
_MOVE_INTO = re.compile(
    # "move off the tools and into site management": what they leave may come between
    r"\b(?:move|moving|get|getting|break|breaking|switch|switching|transition(?:ing)?)\s+"
    r"(?:(?:off|out\s+of|away\s+from)\s+(?:[\w-]+\s+){1,3}?and\s+)?into\s+"
    r"(?!the\s+(?:industry|field|sector|market|business|trade)\b|it\b|this\b|that\b|a\b|an\b|my\b|your\b)"
    r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*[.,;!?]|\s+(?:and|but|so|because|after|from|next|this)\s|$)",
    re.IGNORECASE,
)


_JOB_AT = re.compile(
    r"\b(?:jobs?|roles?|positions?|work|openings?|opportunit\w+)\b[^.?!\n]{0,30}?\bat\s+"
    # "roles at Series B to D companies" names a funding stage, not a place
    r"((?!all\b|Series\b|Level\b|Grade\b|Band\b|Stage\b|Phase\b|Tier\b)[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)?)"
)


# The kinds of work listed before "anything": "dispatcher, warehouse, driver anything"
_KINDS = re.compile(
    r"\b([a-z]{3,20}(?:,\s*[a-z]{3,20}){1,4})(?:,?\s*(?:or\s+)?(?:anything|whatever|etc))\b"
)


_NOT_KINDS = frozenset({"all", "any", "job", "jobs", "work", "anything", "something", "really"})


def _listed(items: str) -> str:
    """ "dispatcher, warehouse, driver" -> "dispatcher, warehouse or driver"."""
    # "any job at all, framing, concrete": the kinds start after "at all"
    parts = [
        p.strip() for p in items.split(",") if p.strip() and p.strip().lower() not in _NOT_KINDS
    ]
    return ", ".join(parts[:-1]) + " or " + parts[-1] if len(parts) > 1 else parts[0]


def _roles_in(field: str) -> str:
    """What they look for in a field, said the way people say it: "spa roles" (from "job in
    spa"), "editorial work" (from "more editorial work"), "roles in the civilian sector"."""
    field = re.sub(r"^(?:more|some|any|other)\s+", "", field, flags=re.IGNORECASE)
    if re.search(r"\b(?:work|roles|jobs|projects|commissions|positions|gigs|shifts)$", field, re.I):
        return field
    if re.fullmatch(r"[a-z][\w-]*", field):
        return f"{field} roles"
    return f"roles in {field}"


def _field_words(field: re.Match[str]) -> str:
    """The field as the sender named it: "the civilian sector", never "civilian" alone."""
    whole = field.string[field.start(1) : field.end()].strip()
    if whole.lower() != field.group(1).strip().lower():
        the = field.string[max(0, field.start(1) - 4) : field.start(1)].lower() == "the "
        return ("the " if the else "") + whole
    return whole


_HEAR_OF = re.compile(
    r"^\W*if\s+(?:you|u)\s+(?:hear|know)\s+of\s+(?:anything|something|any(?:thing)?\s+going)\b,?\s*"
    r"(?:(?:could|can|would)\s+(?:you|u)\s+|please\s+)?(?:keep\s+me\s+in\s+mind|let\s+me\s+know|"
    r"think\s+of\s+me|send\s+it\s+my\s+way)\W*$",
    re.IGNORECASE,
)


_HEAR_OF_ROLES = re.compile(
    r"^\W*(?:(?:also|and|so)\s*,?\s+)?if\s+(?:you|u)\s+(?:hear|know)\s+of\s+any\s+"
    r"(?P<kind>(?:[\w-]+\s+){0,2}?)(?P<noun>roles?|jobs?|openings?|positions?|vacanc(?:y|ies))"
    r"(?P<where>\s+in\s+[^,.;!?]{2,40}?)?\s*,?\s*(?:(?:could|can|would)\s+(?:you|u)\s+|(?:please|kindly|pls)\s+)*"
    r"(?:keep\s+me\s+in\s+mind|let\s+me\s+know|think\s+of\s+me)(?:\s+for\s+(?:anything|it|them|that))?\W*$",
    re.IGNORECASE,
)


# The wording ``narrowed`` asks the one who hires with ("...I could be considered for?",
# "...i could pick up?"): the edit keeps the CV line beside it.
ASKED_OF_WHO_HIRES = re.compile(
    r"\bI\s+could\s+(?:be\s+considered\s+for|pick\s+up)\b", re.IGNORECASE
)


def narrowed(body: str, seed: str, decides: bool = False) -> str:
    """A small, specific version of an open-ended ask, about what the sender asked for
    (its own topic and the place it names, or the draft around it when the ask only says
    "anything"). When they are the one who decides (the vacancy is on their ward), the
    small ask is to them, not for someone else's name."""
    if hear := _HEAR_OF_ROLES.match(body):
        # "if you hear of any QA roles in UK or Europe kindly keep me in mind for anything":
        # the same request, for one role of that kind
        kind = (hear["kind"] or "").strip()
        noun = (
            "role"
            if hear["noun"].lower().startswith(("role", "work"))
            else hear["noun"].rstrip("s")
        )
        noun = "vacancy" if noun.lower().startswith("vacanc") else noun
        what = f"{kind} {noun}".strip()
        where_ = f" {hear['where'].strip()}" if hear["where"] else ""
        line = f"If you hear of {_article('a', what)} {what}{where_}, could you let me know?"
        return "i" + line[1:] if stock.informal(seed) else line
    if _HEAR_OF_ANYBODY.search(body) and (sought := _SOUGHT_PEOPLE.search(seed)):
        # "lookin fuh buyers in Trinidad ... If yuh hear of anybody, just leh me know": one of
        # the people the draft says it is looking for
        who = sought["who"].lower()[:-1]  # every kind listed is a plain plural: "buyers"
        return f"If you think of one {who} who might be interested, would you let me know?"
    if _ANYTHING_COMES_UP.match(body):
        # "Let me know if anything comes up!" after a reel and a list of credits: the kind of
        # work the draft itself names, bounded to what would suit them
        kind = _KIND_OF_WORK.search(seed)
        what = (
            "work"
            if kind is None or kind.group(0).lower() == "work"
            else _article("a", kind.group(0).lower()) + " " + kind.group(0).lower()
        )
        line = f"If {what} comes up that would suit me, would you let me know?"
        return "i" + line[1:] if stock.informal(seed) and seed[:1].islower() else line
    if (word := _WORD_OF_MOUTH.search(body)) and not JOB_WORDS.search(body):
        # "please share our website and recommend us to your friends, family and colleagues":
        # the same word of mouth, bounded to one person who comes to mind
        tell = f"pass {word['what'].lower()} on to them" if word["what"] else "mention it to them"
        line = f"If one person you know comes to mind, would you {tell}?"
        return "i" + line[1:] if stock.informal(seed) else line
    named = _AT_NAME.search(body)
    if named is None and stock.informal(seed):
        named = _AT_LOWER.search(body)  # "can u get me in at halvorsen?"
    if named is None:
        named = _JOB_AT.search(seed)  # "I'll take any job at all at Delmar" said a line earlier
    prep = "in" if named and named.group(0).lower().startswith("in") else "at"  # "in Gothenburg"
    the_place = _AT_THE.search(body) if named is None else None
    where = (
        f" {prep} {named.group(1)}"
        if named
        else f" at the {the_place.group(1)}"  # "anyone hiring at the port"
        if the_place
        else " at your company"
        if _THEIRS.search(body)
        else ""
    )
    m = _ABOUT.search(body) or _NEEDED.search(body)
    roles = _FOR_ROLES.search(body)
    field = (
        _IN_FIELD.search(body)
        or _IN_FIELD.search(seed)
        or _MOVE_INTO.search(body)
        or _MOVE_INTO.search(seed)
    )
    if roles and set(roles.group(1).lower().split()) <= {
        "any",
        "all",
        "some",
        "a",
        "the",
        "new",
        "my",
        "next",
        "our",
    }:
        roles = None  # "for any role" names no kind of role
    # "any job at all, framing, concrete, cleanup, whatever." a line after the ask says which
    kinds = _KINDS.search(body) or _KINDS.search(seed)
    if field and not m and not roles and _HEAR_OF.match(body):
        # "If you hear of anything could you keep me in mind?", with the field said a line
        # earlier: the same request, bounded by the field
        places = _IN_PLACES.match(field.string, field.end())
        # "anything in QA or auditing, in Singapore or Malaysia": where, as well as what
        there = f" in {places.group(1)}" if places else ""
        line = f"If you hear of a role in {_field_words(field)}{there}, could you let me know?"
        return "i" + line[1:] if stock.informal(seed) else line
    topic = (
        m.group(1).strip()
        if m
        else f"{roles.group(1).strip()} roles"
        if roles
        else _roles_in(_field_words(field))
        if field
        else _listed(kinds.group(1)) + " work"
        if kinds
        else ""
    )
    if where and where.strip().lower() in topic.lower():
        where = ""  # "one person in Germany ... about roles in Germany as welder": said once
    options: tuple[str, ...]
    if decides and (
        JOB_WORDS.search(body)
        or JOB_WORDS.search(topic)
        or topic.endswith(" work")
        or (not topic and JOB_WORDS.search(seed))
    ):
        # "on your ward" names the place, not what the questions are about
        kind = topic if topic and not re.match(r"(?:your|ur)\b", topic, re.I) else "openings"
        at = where
        if m and topic and kind == "openings" and not where:
            # "if anything comes up on your boats": the kind of work unsaid, the place theirs
            prep = m.group(0).split()[0].lower()
            at, topic = f" {prep if prep in ('on', 'at', 'in') else 'at'} {topic}", ""
        if not named and (own := THEIRS_WIDE.search(body) or THEIRS_WIDE.search(seed)):
            place = re.sub(r"^ur\b", "your", own.group(0).lower())
            # "openings on your ward", never "your ward on your ward"
            at = (
                ""
                if place in kind
                else f" {'on' if place.endswith('ward') else 'in' if place.endswith('team') else 'at'} {place}"
            )
        what = kind + at
        if not named and not the_place and (not topic or (topic == kind and at in ("", where))):
            # the kind of work named ("spa roles", "framing, concrete or cleanup work"), or
            # none: asked of the one who hires, plainly; read blind, questions "about" it
            # were not the ask
            options = (
                # "openings i could pick up" is an odd thing to pick up: work is
                (
                    f"any chance you've got {'work' if kind == 'openings' else kind} i could pick up{at}?",
                )
                if stock.informal(seed)
                else (f"Would you have any {kind} I could be considered for{at}?",)
            )
            return stock.pick(options, seed, "narrow")
        options = (
            (f"could i ask you a couple of quick questions about {what}?",)
            if stock.informal(seed)
            else (
                f"Could I ask you two quick questions about {what}?",
                f"Would you have a few minutes to tell me more about {what}?",
            )
        )
        return stock.pick(options, seed, "narrow")
    if stock.informal(seed):
        what = topic or ("openings" if JOB_WORDS.search(body + seed) else _studied(seed) or "it")
        options = (
            f"anyone{where} you'd say i should talk to about {what}?",
            f"is there one person{where} i could ask about {what}?",
        )
    elif (
        JOB_WORDS.search(body)
        or JOB_WORDS.search(topic)
        or topic.endswith(" work")  # "warehouse, driving or office work"
        or (not topic and JOB_WORDS.search(seed))
    ):
        what = topic or "openings"
        options = (
            f"Is there one person{where} you'd suggest I talk to about {what}?",
            f"Who are one or two people{where} you'd suggest I speak with about {what}?",
            f"Would you be open to pointing me to one person{where} I could ask about {what}?",
        )
    else:
        what = topic or _studied(body) or _studied(seed) or "it"
        # asked of them, it stays with them: read blind, "one person you'd suggest" was not
        # the request
        options = (
            (f"Would you be open to a short call about {what}?",)
            if _ON_A_CALL.search(body)  # "I'd love to hop on a call to ... pick your brain"
            else (
                f"Could I send you one specific question about {what}{where}?",
                f"Would you have time for one short question about {what}{where}?",
            )
        )
    return stock.pick(options, seed, "narrow")


_WORD_OF_MOUTH = re.compile(
    r"\b(?:share|pass\s+on|forward|send)\s+(?P<what>our\s+(?:website|site|page|link|details|flyer|"
    r"catalogue|catalog|shop|menu|brochure))\b|\b(?:recommend|mention)\s+us\s+to\b|\bspread\s+the\s+word\b",
    re.IGNORECASE,
)


BARE_ORDER = re.compile(
    r"^\W*(?P<what>(?:accept|consider|send|forward|give|take|look\s+at|read|watch|review|help|introduce|refer|ask|"
    r"pass|call|share|check|hire)\b[^,;.!?]*)(?:[,;]\s*(?:i|we|my|it)\b[^?]*)?[.!]*\s*$",
    re.IGNORECASE,
)
# "Please, please, I beg you, accept my video": the order the plea led into
PLEA_LEAD = re.compile(r"^\W*(?:please|pls|plz|i\s+beg|i\s+am\s+begging|kindly)\b", re.IGNORECASE)
_ID_LIKE_YOU_TO = re.compile(
    r"^\W*(?:(?P<lead>[^.?!]{10,200}?)\s+(?:and|so)\s+)?(?i:i(?:'d|’d|\s+would)\s+like)\s+"
    r"(?P<who>you|(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*)\s+to\s+(?P<what>(?:lend|loan|give|send|introduce|refer|sponsor|"
    r"host|list|add|donate|fund|cover|hire|take\s+on|put)\b[^.?!]*)[.!]*\s*$"
)
_NEED_THE_CONTACT = re.compile(
    r"^\W*(?:(?:anyway|so|now|ok|okay),?\s+)?i\s+(?:really\s+|just\s+|urgently\s+)?need\s+"
    r"(?P<what>(?:the|your)\s+(?:contact|number|email|details|address|name)\s+(?:of|for)\s+[^.?!]+?)"
    r"(?:,?\s+(?:because|as|since|cos)\s+(?P<why>[^.?!]+))?\s*[.!]*\s*$",
    re.IGNORECASE,
)
_HEAR_OF_ANYBODY = re.compile(rf"\b{HEAR_OF_ANYBODY}", re.IGNORECASE)
_SOUGHT_PEOPLE = re.compile(
    r"\blook(?:ing|in['’]?)\s+(?:for|fuh|fi)\s+(?:new\s+|more\s+)?(?P<who>buyers|clients|customers|stockists|distributors|"
    r"partners|investors|sponsors|tenants|suppliers|importers|retailers|wholesalers)\b",
    re.IGNORECASE,
)
_ANYTHING_COMES_UP = re.compile(
    r"^\W*(?:(?:please\s+|do\s+)?(?:let\s+me\s+know|tell\s+me|give\s+me\s+a\s+(?:shout|call|ring)|shout)|lmk)\s+"
    r"(?:if|when)\s+(?:anything|something)\s+(?:(?:else\s+)?(?:comes?|opens?|turns?|pops?)\s+up)\W*$"
    # "Anyway if you hear of owt going let us know"
    r"|^\W*(?:(?:anyway|so|and)\W+)?if\s+(?:you|u|ya)\s+hear\s+of\s+(?:owt|summat|(?:anything|something)\s+going)(?:\s+going)?\W*"
    r"(?:let\s+(?:me|us)\s+know|give\s+(?:me|us)\s+a\s+(?:shout|call|bell|ring)|lmk)\W*$",
    re.IGNORECASE,
)
_KIND_OF_WORK = re.compile(
    r"\b(?:gig|role|job|shift|contract|commission|booking)s?\b|\bwork\b", re.IGNORECASE
)


_SUBORDINATE = re.compile(r"^\W*(?:as|because|since|so\s+that|cos|coz)\b", re.IGNORECASE)


_ON_A_CALL = re.compile(
    r"\b(?:(?:hop|jump|get)\s+on\s+a\s+(?:quick\s+)?call|a\s+(?:quick\s+|short\s+)?(?:call|zoom|video\s+call))\b",
    re.IGNORECASE,
)


# what the sender is training for, as the topic of a question: "gone back to uni at 41 to
# study nursing" (nursing), "I want to be a vet" (becoming a vet)
_STUDY = re.compile(
    r"\b(?:(?:to\s+)?(?:study|studying)\s+(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"|(?:want\s+to\s+be(?:come)?|becoming|train(?:ing)?\s+(?:as|to\s+be)|retrain(?:ing)?\s+as|qualify(?:ing)?\s+as)"
    r"\s+(?P<job>an?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?))(?=\s*[.,;!?]|\s+(?:and|but|so|at|in|next|this)\s|$)",
    re.IGNORECASE,
)


def _studied(text: str) -> str:
    m = _STUDY.search(text)
    if m is None:
        return ""
    return m["subject"] or f"becoming {m['job']}"


# Self-praise anyone could write about themselves ("hardworking and dedicated", "a fast
# learner and a team player"). A reader learns nothing from it that the sender's facts
# (eight years on a ward, forty weddings a year) don't say better.
_PRAISE_WORD = (
    r"(?:hard[\s-]?working|dedicated|reliable|motivated|self-motivated|highly\s+motivated|"
    r"results-driven|detail-oriented|dynamic|passionate|enthusiastic|honest|punctual|"
    r"trustworthy|diligent|committed|sincere|loyal|disciplined|driven|eager)\b"
)
_PRAISE_RUN = re.compile(
    rf"\b(?:(?:very|extremely|highly|really|so)\s+)?{_PRAISE_WORD}"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:(?:very|extremely|highly|really)\s+)?{_PRAISE_WORD})*"
    r"(?!\s+(?:to|about)\b)",  # "committed to Friday", "passionate about X" say something
    re.IGNORECASE,
)
_SELF_INTRO = re.compile(r"^\W*(?:I\s+am|I['’]?m|Im)\b", re.IGNORECASE)
_PRAISE_NOUN = re.compile(
    r"\b(?:a\s+)?(?:fast|quick|keen)\s+learner\b|\b(?:a\s+)?team\s+player\b|\ba\s+go-getter\b|"
    r"\bpassionate\s+about\s+[\w-]+(?:ing)?\b|\blearn\s+(?:fast|quickly)\b",
    re.IGNORECASE,
)
_NOTHING_LEFT = frozenset(
    "i i'm im am and also a an very really so to be person worker individual someone with "
    "who always extremely highly as well too".split()
)


def strip_self_praise(text: str) -> str | None:
    """The sentence without stock self-praise: "I am a hardworking and dedicated nurse with
    8 years experience" keeps "I am a nurse with 8 years experience"; a sentence that is only
    praise ("I AM VERY HARD WORKING AND RELIABLE") comes back empty. None when there is none."""
    if not _SELF_INTRO.match(text) or not (_PRAISE_RUN.search(text) or _PRAISE_NOUN.search(text)):
        return None
    rest = _PRAISE_RUN.sub(" ", _PRAISE_NOUN.sub(" ", text))
    if {w.lower().replace("’", "'") for w in words(rest)} <= _NOTHING_LEFT:
        return ""
    # Only praise standing before a noun goes from a sentence with facts in it ("a dedicated
    # nurse with 8 years"); "I am hardworking and sincere and..." is left to the sender.
    out = _ARTICLE_PRAISE.sub(lambda m: _article(m[1], m[2]) + " ", text)
    if out == text:
        return None
    return out if substantive(out) else ""


_ARTICLE_PRAISE = re.compile(rf"\b([Aa]n?)\s+(?:{_PRAISE_RUN.pattern})\s+(?=([\w-]+))", re.I)


def _article(article: str, noun: str) -> str:
    """ "a" or "an" before the noun that now follows it ("an engineer", "an MBA graduate")."""
    acronym = len(noun) > 1 and noun.isupper()
    vowel = noun[:1] in ("AEFHILMNORSX" if acronym else "aeiouAEIOU")
    return article[0] + ("n" if vowel else "")
