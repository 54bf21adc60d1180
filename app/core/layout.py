"""The rewrite as pieces of text, and how they are laid out: the draft's own spacing
between neighbouring pieces, paragraph breaks where the draft had them, and sentences cut
(least essential first) until the channel's budget is met.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import islice, pairwise
from typing import Literal

from app.core.analyzers.tone import BUDGETS, overflow_at
from app.core.lists import shorten_list
from app.core.patterns import Folded
from app.core.stock import lower_starts
from app.core.text import words
from app.models import Channel, Role


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of the rewrite, or a piece of the draft it dropped."""

    action: Literal["kept", "edited", "dropped", "added"]
    text: str  # the text in the rewrite ("" when dropped)
    role: Role
    span: tuple[int, int] | None = None  # where in the draft it came from
    code: str | None = None
    note: str = ""
    paragraph: bool = False  # starts a new paragraph in the rewrite
    tied: bool = False  # moves with the ask (its easy-out, the line that follows it up)

    @classmethod
    def added(
        cls,
        text: str,
        role: Role,
        *,
        code: str | None = None,
        note: str = "",
        paragraph: bool = False,
        tied: bool = False,
    ) -> Piece:
        """A line the draft did not have."""
        return cls("added", text, role, None, code, note, paragraph, tied)


# What to cut, in order, when the edit runs over the channel's budget.
_ADD_ON = re.compile(r"\W*(?:also|and\s+also|plus|p\.?s\.?|oh\s+and|and)\b", re.IGNORECASE)

_CUT_ORDER = (
    (Role.filler, Role.pleasantry),
    (Role.news, Role.self_intro),
    (Role.shared_history, Role.thanks, Role.owning_gap),
    (Role.about_them, Role.offer),
)


# How the sender feels about it, rather than what happened: cut first when a draft runs long.
_VENTING = Folded(
    re.compile(
        r"\b(?:honestly|shock\w*|denial|nervous|scared|terrified|stressed|anxious|hardest|struggl\w+|ghosted|"
        r"overwhelm\w*|exhaust\w*|frustrat\w*|devastat\w*|heartbroken|depress\w*|mortgage|savings|restless|"
        r"my\s+(?:wife|husband|partner|mum|mom|dad)\s+(?:says|suggests|thinks)|don't\s+feel\s+like|i\s+confess|"
        r"burn-?out|burnt\s+out|burned\s+out|discourag\w+|disheartening|demoralis\w+|demoraliz\w+|no\s+offers|"
        r"(?:really\s+)?hoping\s+to\s+(?:land|get|find)\s+something|(?:still\s+)?regret|lie\s+awake|"
        r"(?:very\s+|really\s+|so\s+)?proud\s+of\s+(?:that|this|it)\s+one|"
        r"can't\s+sleep|not\s+sleeping|back\s+and\s+forth|doing\s+a\s+lot\s+of\s+thinking|not\s+sure\s+yet|(?:still\s+)?not\s+sure\s+where\s+to\s+start|"
        r"(?:don't|do\s+not)\s+really\s+(?:know|understand|get)|where\s+to\s+start)\b",
        re.IGNORECASE,
    )
)
_DID = Folded(
    re.compile(
        r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:also\s+|recently\s+|just\s+)?(?:been\s+)?(?:running|leading|building|"
        r"managing|hosting|teaching|organi[sz]ing|coaching|did|built|launched|shipped|led|designed|created|"
        r"wrote|published|grew|cut|won|founded|ran|delivered|raised|sold|trained|taught|made|completed|finished)\b"
        # what the one they vouch for did: "He rebuilt the old dinghy in our shed all by himself"
        r"|\b(?:he|she)(?:'s|\s+has)?\s+(?:also\s+|already\s+)?(?:built|rebuilt|restored|repaired|fixed|made|won|"
        r"finished|completed|designed|ran|led|taught|trained|published)\b"
        # "I have a good deal of experience with partnerships", "twelve years in residential builds"
        r"|\bexperience\s+(?:with|in|of)\b|\byears\s+(?:of|in|as|at)\b",
        re.IGNORECASE,
    )
)
# What the sender is after ("I should like to pursue one or two non-executive roles"): the
# point of the message, cut last.
_PURPOSE = Folded(
    re.compile(
        r"\b(?:i(?:'d|\s+would|\s+should)\s+(?:like|love)\s+to|i\s+want\s+to|i(?:'m|\s+am)\s+(?:looking|hoping|aiming)|"
        # the line that says why they write: "The thing is, our Danish importer retired..."
        r"the\s+thing\s+is|here['’]?s\s+the\s+thing|the\s+reason\s+i(?:['’]m|\s+am)\s+writing|"
        # "I am trying to grow my client base in the UK", "I am also interested in moving into"
        r"i(?:['’]m|\s+am)\s+(?:also\s+)?(?:trying\s+to\s+(?:grow|build|get|break|find|move)|"
        r"interested\s+in\s+(?:moving|getting|breaking|working|doing))|"
        r"pursue|move\s+into|transition\s+(?:to|into)|switch\s+(?:to|into)|"
        # the terms of what they look for ("open to contract or permanent work, remote or
        # hybrid") are what anyone helping needs
        r"i(?:'m|\s+am)\s+open\s+to|remote|hybrid|relocat\w+|part-time|full-time)\b",
        re.IGNORECASE,
    )
)
_FACT = re.compile(
    r"\b[A-Z](?<![.!?]\s[A-Z])(?<!^[A-Z])[\w&'’-]+|\d+"
)  # lookbehinds at capitals only


def facts(text: str) -> int:
    """Names and numbers in a line: what a reader would miss most if it were cut."""
    return len(_FACT.findall(text))


def fit(pieces: list[Piece], raw: str, channel: Channel) -> list[Piece]:
    """Drop whole sentences, least essential and longest first, until the edit fits.

    The cuts are chosen on a running estimate of the length (one pass, not a render per
    cut), then the rendered text is checked and trimmed further if the estimate was short.
    """
    out = list(pieces)
    if overflow_at(render(out, raw, channel), channel) is None:
        return out
    out = _lists_shortened(out, raw, channel)
    if overflow_at(render(out, raw, channel), channel) is None:
        return out
    out = _asides_cut(out, raw, channel)
    if overflow_at(render(out, raw, channel), channel) is None:
        return out
    cut = _cut_to_fit(out, raw, channel)
    intro = _shorter_intro(out)
    if intro is not None and cut[intro[0]].action == "dropped":
        # who the sender is went whole: its head stays instead, if that is enough
        i, head = intro
        shorter = _cut_to_fit([*out[:i], head, *out[i + 1 :]], raw, channel)
        if shorter[i].action != "dropped":
            return _no_second_without_first(_no_contrast_with_a_cut(shorter), raw)
    return _no_second_without_first(_no_contrast_with_a_cut(cut), raw)


_HOWEVER = re.compile(r"^\W*(?:however|but|yet|still|that\s+said)\s*,\s*(?=\w)", re.IGNORECASE)


def _no_contrast_with_a_cut(pieces: list[Piece]) -> list[Piece]:
    """ "However, to be honest, I feel that I still have energy" right after the lines it
    turned from were cut: read blind, a "however" with nothing to contrast; it goes."""
    out = list(pieces)
    for i in range(1, len(out)):
        p, before = out[i], out[i - 1]
        if (
            p.action in ("kept", "edited")
            and before.action == "dropped"
            and before.code == "too_long"
            and (m := _HOWEVER.match(p.text))
        ):
            rest = p.text[m.end() :]
            out[i] = replace(
                p,
                action="edited",
                text=rest[:1].upper() + rest[1:],
                note="Dropped a 'however' left without what it turned from.",
            )
    return out


def _no_second_without_first(pieces: list[Piece], raw: str) -> list[Piece]:
    """ "Second, if the sample is what I expect..." once its "First, ..." was cut to fit: the
    "second" goes, and a line that was only a heading ("Second, where your experience is
    valued.") goes whole."""
    firsts = [
        p
        for p in pieces
        if _FIRSTLY.match(p.text if p.action != "dropped" or not p.span else raw[slice(*p.span)])
    ]
    if not firsts or not all(p.action == "dropped" and p.code == "too_long" for p in firsts):
        return pieces
    out = list(pieces)
    for i, p in enumerate(out):
        if p.action in ("kept", "edited") and (m := _SECONDLY.match(p.text)):
            rest = p.text[m.end() :]
            out[i] = (
                # "Second, where your experience is valued." was a heading: it goes whole
                replace(
                    p,
                    action="dropped",
                    text="",
                    code="too_long",
                    note="Cut to fit the channel.",
                )
                if len(rest.split()) <= 6
                else replace(
                    p,
                    action="edited",
                    text=rest[:1].upper() + rest[1:],
                    note="Dropped a 'second' whose 'first' was cut to fit.",
                )
            )
    return out


_FIRSTLY = re.compile(r"\W*first(?:ly)?\s*,", re.IGNORECASE)
_SECONDLY = re.compile(r"\W*(?:second(?:ly)?|and\s+second(?:ly)?)\s*,\s*", re.IGNORECASE)


_THEIR_WORK = re.compile(
    r"\byour\s+(?:recent\s+|latest\s+|new\s+)?(?:post|article|talk|paper|book|podcast|piece|video|thread|"
    r"essay|newsletter|keynote|panel|interview|episode|research|study)\b",
    re.IGNORECASE,
)


def _cut_role(p: Piece) -> Role:
    """ "I'm a team lead at a Cebu call centre and your post on call-calibration really hit
    home": the reason a stranger is written to is cut with the lines about them, last."""
    if p.role in (Role.news, Role.self_intro) and _THEIR_WORK.search(p.text):
        return Role.about_them
    return p.role


_NAMES = re.compile(r"(?<![.!?]\s)(?<=\s)[A-Z][\w'’-]{2,}")


def _cut_to_fit(pieces: list[Piece], raw: str, channel: Channel) -> list[Piece]:
    """Whole sentences dropped, least essential and longest first, until the edit fits."""
    limit, unit = BUDGETS[channel]
    chars = unit == "characters"

    def size(text: str) -> int:
        return len(text) + 1 if chars else len(words(text))

    out = list(pieces)
    asks = [i for i, p in enumerate(out) if p.role is Role.ask and p.action != "dropped" and p.span]
    # a second request tacked on ("Also, if there are openings in your team please consider
    # me") goes before any line of the sender's own: one ask is what a long note can carry
    extra = [
        i
        for i in asks[1:]
        if _ADD_ON.match(raw[out[i].span[0] : out[i].span[1]])  # type: ignore[index]
    ]
    # the first line of their own news is the context for everything after it
    # (a line that says something: not "I hope you don't mind me reaching out.")
    lead = next(
        (
            i
            for i, p in enumerate(out)
            if p.role in (Role.news, Role.self_intro)
            and p.action != "dropped"
            and facts(p.text[1:])
        ),
        -1,
    )
    live = [i for i, p in enumerate(out) if p.action != "dropped" and p.text.strip()]
    antecedents = {a for a, b in pairwise(live) if _POINTS_BACK.match(out[b].text) and out[b].span}
    # the places and names the ask is about: a line that names one is its reason ("My wife
    # is working as a teacher in Secunderabad" beside "my transfer to Secunderabad division")
    asked = {w for i in asks for w in _NAMES.findall(out[i].text[1:])}

    def reason(i: int) -> bool:
        return i not in asks and bool(asked.intersection(_NAMES.findall(out[i].text[1:])))

    order = [
        i
        for roles in _CUT_ORDER
        for i in sorted(
            (
                i
                for i, p in enumerate(out)
                if p.action != "dropped" and _cut_role(p) in roles and p.text.strip()
            ),
            key=lambda i: (
                reason(i),
                not (
                    (
                        (_VENTING.search(out[i].text) and facts(out[i].text) <= 1)
                        or next(islice(_VENTING.finditer(out[i].text), 1, None), None) is not None
                    )
                    # "I'm looking at roles in partnerships, ..., I'm open to a lot honestly":
                    # what they are after, whatever else the line says
                    and not _PURPOSE.search(out[i].text)
                ),
                # what the next line points back to ("... I have two spades and a fork. Most
                # are in good order") is cut after the line that needs it
                i in antecedents,
                i == lead or bool(_PURPOSE.search(out[i].text)),
                # what the sender did ("I built three sample modules") is their best evidence
                bool(_DID.search(out[i].text)),
                -(len(out[i].text) - 30 * facts(out[i].text)),
            ),
        )
    ]
    order = extra + order
    if lead in order:
        # who the sender is goes after what the coach added and after an open "let me know if
        # you need anything": a stranger's note without it has no reason left in it
        spare = [
            k
            for k, i in enumerate(order)
            if out[i].action == "added"
            or (
                out[i].role is Role.offer
                and not facts(out[i].text[1:])
                and out[i].span
                # "let me know if I can help": open; "glad to help gather audience
                # feedback for the next run" is the concrete thing they came to give
                and _OPEN_OFFER.search(out[i].text) is not None
            )
        ]
        if spare and spare[-1] > order.index(lead):
            order.remove(lead)
            order.insert(spare[-1], lead)
    total = sum(size(p.text) for p in out if p.action != "dropped")
    cut: set[int] = set()
    for i in order:
        if (
            # the estimate counts a separator for every line, the greeting's included: the
            # render has the last word
            total <= limit + (3 if chars else 0)
            and overflow_at(render(_without(out, cut), raw, channel), channel) is None
        ):
            break
        cut.add(i)
        total -= size(out[i].text)
        # "It sells out most weeks" goes with the line about the pop-up it points back to
        nxt = next((j for j in range(i + 1, len(out)) if out[j].action != "dropped"), None)
        if (
            nxt is not None
            and nxt not in cut
            and _POINTS_BACK.match(out[nxt].text)
            # "They are yours if you want them" is an offer of its own, not a comment on the cut line
            and out[nxt].role in (Role.news, Role.filler)
        ):
            cut.add(nxt)
            total -= size(out[nxt].text)
    return _without(out, cut)


_POINTS_BACK = re.compile(
    r"^\W*(?:it|this|that|these|those|they|which|most|some|all|both|none|many|several|each)(?:['’]s)?\b"
    r"(?!\s+(?:of\s+(?:my|our|the)|people|folks|the\s+best)\b)",
    re.IGNORECASE,
)


# Where a self-introduction's head ends: "I'm a location sound recordist based in Bucharest
# | with 9 years of experience in documentary..."
_INTRO_TAIL = re.compile(
    r"\s+with\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:\d+|\w+)\s+years?\b|,\s*(?:and|with|where|which)\s+"
    # "I'm a registered BSL interpreter in Newcastle | and have shadowed two shows"
    r"|\s+and\s+(?:have|has|i've|i\s+have)\s+(?=[a-z]+ed\b)",
    re.IGNORECASE,
)


_OPEN_OFFER = re.compile(
    r"\b(?:anything|if\s+(?:i|there)|let\s+me\s+know|whatever|any\s+way|just\s+(?:say|ask|shout))\b",
    re.IGNORECASE,
)
_OFFERING = re.compile(r"\b(?:offering|providing|specialising|specializing)\b", re.IGNORECASE)
_WHO_I_AM = re.compile(r"^\W*(?:i(?:'m|’m|\s+am)\s+(?:a|an)\b|my\s+name\s+is\b)", re.IGNORECASE)


def _shorter_intro(pieces: list[Piece]) -> tuple[int, Piece] | None:
    """The first line that says who the sender is, cut to its head ("I'm a freelance
    location sound recordist based in Bucharest."), with where it stands; None when there
    is no such line or its head does not stand alone. Read blind, a cold note cut to fit
    had lost who was writing."""
    for i, p in enumerate(pieces):
        if p.action == "dropped" or p.span is None:
            continue
        if p.role is not Role.self_intro and not (p.role is Role.news and _WHO_I_AM.match(p.text)):
            continue
        tail = _INTRO_TAIL.search(p.text)
        if tail is None or len(words(p.text[: tail.start()])) < 5:
            return None
        head = p.text[: tail.start()].rstrip(" ,;")
        # "a drone pilot with 8 years' experience offering inspections and thermal imaging":
        # what they offer stays, the years go
        offers = _OFFERING.search(p.text, tail.end())
        text = f"{head} {p.text[offers.start() :].strip()}" if offers else head + "."
        return i, Piece(
            "edited",
            text,
            p.role,
            p.span,
            "too_long",
            "Kept who you are, shortened to fit.",
            p.paragraph,
        )
    return None


def _shortened_until_it_fits(
    pieces: list[Piece], shorter: dict[int, str], raw: str, channel: Channel, note: str
) -> list[Piece]:
    """The lines swapped for their shorter forms, the biggest saving first, until the note
    fits (or every shorter form is in)."""
    out = list(pieces)
    for i in sorted(shorter, key=lambda i: len(shorter[i]) - len(out[i].text)):
        p = out[i]
        out[i] = Piece("edited", shorter[i], p.role, p.span, "too_long", note, p.paragraph)
        if overflow_at(render(out, raw, channel), channel) is None:
            break
    return out


def _lists_shortened(pieces: list[Piece], raw: str, channel: Channel) -> list[Piece]:
    """A long list in the sender's own lines cut to its first two items, the longest list
    first, until the note fits: the sentence that says who they are or what they offer
    stays ("drone pilot ... offering inspections and thermal imaging")."""
    shorter = _shorter_forms(
        pieces,
        lambda p: (
            shorten_list(p.text)
            if p.role in (Role.news, Role.self_intro, Role.offer, Role.about_them)
            else None
        ),
    )
    return _shortened_until_it_fits(pieces, shorter, raw, channel, "Shortened the list to fit.")


# An elaboration at a sentence's end: "..., especially the survival figures for the
# hand-planted plots." The sentence stands without it. (Brackets stay: they hold facts as
# often as asides, "(Selenium, then Playwright for the last three)".)
_ASIDE = re.compile(
    r",\s+(?:especially|particularly|notably|including|not\s+least|mainly|mostly)\s+[^.?!,;]{3,120}(?=[.!]\s*$)"
    # a clause spliced on with a comma after a full one: "..., and I have read your paper
    # about reinjection at Larderello with big interest, we have similar problems with
    # silica scaling since two years." The reason for writing stands without it.
    r"|(?<=\w{3}),\s+(?:we|they|it)\s+(?:have|had|are|were|also|still|too)\b[^.?!,;]{8,120}(?=[.!]\s*$)",
    re.IGNORECASE,
)
# A second topic added to the request: "... about geothermal in general and maybe also
# about career in Italy?" The request is whole without it.
_ASK_ADD_ON = re.compile(
    r"\s+(?:and|or)\s+(?:maybe|perhaps|possibly)\s+(?:also\s+)?(?:about|on|for)\s+[^.?!,;]{3,80}(?=[.?!]\s*$)"
    # "..., and if you know of one opening that might fit please let me know po": a second
    # request tacked on, which a note that must be short leaves for later
    r"|,?\s+and\s+(?:also\s+)?if\s+(?:you|u)\s+(?:know|hear)\s+of\s+[^.?!;]{3,80}?"
    r"(?:let\s+me\s+know|keep\s+me\s+in\s+mind|think\s+of\s+me)(?:\s+(?:po|please|pls))?(?=[.?!]\s*$)",
    re.IGNORECASE,
)


# A request wrapped in thanks ahead of time: ", and would really appreciate it if you could..."
_POLITE_WRAP = re.compile(
    r",?\s+and\s+(?:i\s+)?would\s+(?:really\s+|very\s+much\s+|greatly\s+|so\s+)?appreciate\s+it\s+if\s+"
    r"you\s+could\s+(?P<rest>[^.?!]{3,120}?)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _asides_cut(pieces: list[Piece], raw: str, channel: Channel) -> list[Piece]:
    """Asides taken out of the sender's own lines, the longest first, until the note fits:
    read blind, a cut-to-fit that dropped who the sender is and the paper they had read,
    and kept "especially the survival figures", lost the reason for writing."""

    def cut(p: Piece) -> str | None:
        short = (_ASK_ADD_ON if p.role is Role.ask else _ASIDE).sub("", p.text)
        if p.role is Role.ask and short == p.text and (m := _POLITE_WRAP.search(p.text)):
            # "...and would really appreciate it if you could refer me internally." asks the
            # same in fewer words: "... Could you refer me internally?"
            short = f"{p.text[: m.start()].rstrip(' ,')}. Could you {m.group('rest').strip()}?"
        return short if short != p.text else None

    shorter = _shorter_forms(pieces, cut)
    return _shortened_until_it_fits(pieces, shorter, raw, channel, "Cut an aside to fit.")


def _shorter_forms(pieces: list[Piece], shorten: Callable[[Piece], str | None]) -> dict[int, str]:
    """The shorter form of each of the sender's own lines that has one, by position."""
    return {
        i: short
        for i, p in enumerate(pieces)
        if p.action in ("kept", "edited")
        and p.span is not None
        and (short := shorten(p)) is not None
    }


def _without(pieces: list[Piece], cut: set[int]) -> list[Piece]:
    out: list[Piece] = []
    for i, p in enumerate(pieces):
        if i not in cut:
            out.append(p)
        elif p.span is not None:
            out.append(Piece("dropped", "", p.role, p.span, "too_long", "Cut to fit the channel."))
    return out


ENDS_SENTENCE = re.compile(r"(?:[.!?…:,)\"'”’]|[\u2600-\u27bf\U0001f000-\U0001faff])\s*$")


# The start of a list item: "\n- ", "\n* ", "\n• ", "\n2. "
_BULLET_GAP = re.compile(r"\n([ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+)$")


def _as_item(text: str, was: str) -> str:
    """An edited list item written as the draft wrote its items."""
    if was[:1].islower() and text[:1].isupper() and not text[:2].isupper():
        text = text[:1].lower() + text[1:]
    if not ENDS_SENTENCE.search(was) and text.endswith("."):
        text = text[:-1]
    return text


def render(pieces: list[Piece], raw: str, channel: Channel) -> str:
    """The rewrite's text. Neighbouring pieces of the draft keep the draft's own spacing;
    elsewhere a paragraph break where the draft (or an email's layout) had one."""
    short = channel not in (Channel.email, Channel.other)
    draft = sorted((p.span for p in pieces if p.span), key=lambda sp: sp[0])
    before = {sp: (draft[i - 1][1] if i else 0) for i, sp in enumerate(draft)}
    out: list[str] = []
    last_end: int | None = None
    greeting_end = next((p.span[1] for p in pieces if p.role is Role.greeting and p.span), None)
    first_role = next((p.role for p in pieces if p.action != "dropped"), None)
    for p in pieces:
        if p.action == "dropped" or not p.text.strip():
            continue
        text = p.text.strip()
        if p.span:
            gap = raw[before[p.span] : p.span[0]]
            if len(out) == 1 and greeting_end is not None:
                gap = raw[greeting_end : p.span[0]] if p.span[0] >= greeting_end else gap
            elif last_end is not None and last_end < before[p.span] <= p.span[0]:
                # lines dropped in between: a paragraph break among them still parts these
                # two ("- money towards the pitch hire" then, two lines on, "We do a tombola")
                gap = raw[last_end : p.span[0]]
            bullet = _BULLET_GAP.search(gap) if p.role is not Role.signoff else None
            if not out:
                sep = ""
            elif (
                last_end is None
                and len(out) == 2
                and before[p.span] == greeting_end
                and "\n\n" in raw[greeting_end : p.span[0]]
                and p.role is not Role.signoff
            ):
                # the line added under the greeting opens the draft's first paragraph
                sep = " "
            elif last_end == before[p.span] and p.action == "kept":
                # (a kept line that began inside the name it opened with, "Priya you owe
                # me...", has no gap of its own: it goes on after a space)
                sep = gap or (
                    " " if out[-1].rstrip()[-1:] in (",", ";", ":", ".", "!", "?") else ""
                )
            elif bullet is not None:
                # an item of the sender's list stays an item ("- look over my CV"), in the
                # list's own form: no capital or full stop the draft's items did not have
                sep = "\n" + bullet.group(1)
                text = _as_item(text, raw[p.span[0] : p.span[1]])
            elif p.role is Role.signoff and "\n" not in raw[before[p.span] :]:
                sep = " "  # "... promise! x" and "Thanks! -Sam" end the line they are on
            elif (
                ("\n\n" in gap and not short)
                or (p.paragraph and not short)
                # the sender's own blank line before their sign-off, in any channel
                or ("\n\n" in gap and p.role is Role.signoff)
            ):
                sep = "\n\n"
            elif "\n" in gap or p.role is Role.signoff:
                sep = "\n"
            else:
                sep = " "
            if (
                len(out) == 1
                and greeting_end is not None
                and p.action != "kept"
                and p.role is not Role.greeting
                and sep == " "
                and out[0].rstrip()[-1:].isalnum()
                and len(words(out[0])) <= 3
            ):
                out[0] += ","  # "Hey Dave" before an edited line: "Hey Dave, how's your..."
            if (
                len(out) > 1
                and sep == " "
                and text[:1].isupper()
                and not ENDS_SENTENCE.search(out[-1])
                and (p.action != "kept" or last_end != before[p.span])
            ):
                out[-1] += "."  # a line moved up from the draft's unpunctuated end: "loved it."
            last_end = p.span[1]
        else:
            sep = "\n\n" if p.paragraph and not short else " "
            if (
                len(out) == 1
                and greeting_end is not None
                and "\n" in raw[greeting_end : greeting_end + 3]
            ):
                # the draft's own blank line under its greeting stays, in any channel
                blank = "\n\n" in raw[greeting_end : greeting_end + 4]
                sep = "\n\n" if not short or blank else "\n"
            if out and not ENDS_SENTENCE.search(out[-1]):
                if len(out) == 1 and greeting_end is not None and len(words(out[0])) <= 3:
                    if out[0].rstrip()[-1:].isalnum():
                        out[0] += ","  # "hey, saw you started nursing school" not "hey\nsaw"
                    sep = " "
                else:
                    sep = "\n"  # "been forever lol" runs on into a new sentence otherwise
            last_end = None
        if (
            sep == " "
            and len(out) == 1
            and greeting_end is not None
            and first_role is Role.greeting
            and re.search(r"[^\W_]$", out[0])
            and re.match(r"(?:hi|hey|hello|dear|hiya|morning|good\s+\w+)\s+\S", out[0], re.I)
            # only where what followed the greeting on its line was cut
            and p.span is not None
            and re.search(r"\w", raw[greeting_end : p.span[0]]) is not None
        ):
            # "Hi Harriet you are the best youtuber in Asia!! Can you...": with the flattery
            # cut, the greeting takes its comma
            out[0] += ","
        if (
            sep == " "
            and len(out) == 1
            and out[0].rstrip().endswith((",", "—", "–", "-"))
            and (
                p.span is None
                or p.action == "edited"
                # a kept line that followed a dropped one ("Hi Tom, how are you going? Was
                # wondering..." without its pleasantry): "Hi Tom, was wondering..."
                or not raw[: p.span[0]].rstrip().endswith((",", "—", "–", "-"))
                # "Anyway, we are doing..." with its "Anyway," cut was capitalised as a
                # sentence start; after "Kwabena," it is not one
                or text[:1] != raw[p.span[0] : p.span[0] + 1]
            )
        ):
            text = _after_comma(
                text, raw
            )  # "Hi Ana, how are things?" not "Hi Ana, How are things?"
        elif (
            out
            and p.span is not None
            and text[:1].islower()
            and not re.match(r"(?:u|ur)\b", text)  # "u free this Saturday?" is how they text
            and re.search(r"[.!?]\s*$", out[-1])
            and raw[: p.span[0]].rstrip().endswith((",", "—", "–", "-"))
            and not lower_starts(raw)  # "hey mira, ... random q — i'm raising" is how they write
        ):
            text = (
                text[:1].upper() + text[1:]
            )  # "thanks for connecting!" no longer follows "Hi Amara,"
        out.append(sep + text if out else text)
    return "".join(out).strip()


def _after_comma(text: str, raw: str = "") -> str:
    first = words(text)[0] if words(text) else ""
    if (
        first in {"I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve", "I'll", "I’ll"}
        or first.isupper()
        # a name keeps its capital: it is written that way mid-sentence too
        or (first and re.search(rf"[\w,;:] +{re.escape(first)}\b", raw) is not None)
        # "Durham front row, remember?": a word the sender never writes in lower case may be
        # a name; only a word known to be common is lowered after the comma
        or not (
            first.lower() in _COMMON_OPENERS
            or (len(first) > 5 and first.lower().endswith("ing"))  # "Forwarding this..."
            or re.search(rf"\b{re.escape(first.lower())}\b", raw) is not None
        )
    ):
        return text
    return text[:1].lower() + text[1:]


_COMMON_OPENERS = frozenset(
    """how what when where why who which was were is are am be been being it it's its this that
    these those there here thanks thank hope hoping just quick so and but also or yet still long
    great good lovely nice fun congrats congratulations sorry saw heard loved love wanted want
    would could can will do did does have has had hello hi hey hiya yo dear happy hopefully
    welcome well anyway btw ps i'm i've i'd my me we our us you your you're you've not no yes
    if as since after before while because though although all any some every each one two
    three first last next again really truly honestly finally apologies following further
    further re regarding about on in at for with from to of by up out over after how's what's
    where's who's that's there's here's let's isn't wasn't don't didn't can't won't shall
    maybe perhaps only quite such much many more most big exciting news guess random funny small
    little bit today tonight tomorrow yesterday recently lately ok okay oh listen look right
    shout feel give drop let call ring text""".split()
)
