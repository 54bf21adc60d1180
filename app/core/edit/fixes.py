"""The draft's own lines, other than the ask: kept as written when nothing in them is
flagged, else fixed in place (a placeholder filled, pressure or a stock pleasantry or
mass-mail flattery taken out) or dropped when nothing of their own is left."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analyzers.tone import DESPERATION
from app.core.critique import Critique
from app.core.edit.ask_unit import POSTSCRIPT
from app.core.edit.base import Edit, drop, kept_news, only_nudge, own_clock
from app.core.edit.leads import name_lead
from app.core.edit.salutations import formal_name
from app.core.edit.vocab import (
    BOILERPLATE,
    BUZZ,
    HOLLOW_PRAISE,
    HYPE,
    I_WORDS,
    LIFE_NEWS,
    LIKE_YOURS,
    SHARED_VALUES,
    WHO_I_AM,
)
from app.core.layout import Piece, facts
from app.core.lines import note_line
from app.core.permission import ask_first
from app.core.phrasebook import GROVEL, VAGUE
from app.core.praise import flattering
from app.core.reshape import (
    ANSWER_ON,
    LEAD_MARKER,
    call_when_it_suits,
    empty_plea,
    fill_placeholders,
    reshape_ask,
    strip_apology,
    strip_hollow,
    strip_open_ended,
    strip_pressure,
    strip_self_praise,
    substantive,
    tidy,
    without_flattery,
)
from app.core.roles import RoledSentence
from app.core.signals import PLACEHOLDER, who_writes
from app.core.text import words
from app.models import Role, Verdict

# Roles kept as written when nothing in them is flagged.
_KEEPABLE = frozenset(
    {
        Role.about_them,
        Role.shared_history,
        Role.thanks,
        Role.news,
        Role.self_intro,
        Role.owning_gap,
        Role.offer,
        Role.filler,
    }
)
# Findings that an in-place edit can answer inside a kept sentence.
_FIXABLE = frozenset({"desperation", "template_residue", "over_apologising", "flattery"})
_ATTACHMENT = re.compile(
    r"\b(?:attached|attaching|enclosed|enclosing)\b[^.?!]{0,40}\b(?:resume|résumé|cv|portfolio|deck)\b"
    r"|\b(?:resume|résumé|cv|portfolio)\b[^.?!]{0,20}\b(?:attached|enclosed)\b",
    re.IGNORECASE,
)


def placeholder(e: Edit, r: RoledSentence, para: bool) -> Piece:
    """A line with a placeholder, filled from what the sender told us, or dropped."""
    ctx = e.crit.ctx
    if (lead := _MASS_LEAD.match(r.text)) and len(words(r.text[lead.end() :])) >= 4:
        # "To whom it may concern, I am writing to express my interest in cooperage roles at
        # <Distillery Name>.": the greeting already names them; the line goes on from the comma
        rest = r.text[lead.end() :]
        r = replace(r, text=rest[:1].upper() + rest[1:])
    filled = fill_placeholders(r.text, e.name, _known(e.crit), _their_org(e.crit))
    if (
        filled
        and "vague_ask" in r.codes
        and r.sentence is not None
        and any(a.sentence is r.sentence for a in ctx.asks)
    ):
        # "keep me in mind for any roles at [Company]": filled, and narrowed like any ask
        filled = reshape_ask(filled, True, ctx.doc.raw) or filled
    if filled is not None and filled != r.text:
        return Piece(
            "edited",
            tidy(filled),
            r.role,
            (r.start, r.end),
            "template_residue",
            "Filled in the placeholder from what you told us.",
            para,
        )
    if (head := _PLACEHOLDER_TAIL.match(r.text)) and len(words(head.group(1))) >= 3:
        # "I came across Keystone Lettings and was really impressed by [insert something
        # about their company]": what the sender did say stays
        return Piece(
            "edited",
            head.group(1).rstrip(" ,") + ".",
            r.role,
            (r.start, r.end),
            "template_residue",
            "Cut the unfilled placeholder; the rest of the line stays.",
            para,
        )
    if (
        (slot := PLACEHOLDER.search(r.text)) is not None
        # a label before it ("Link:"), never a sentence it stood in ("[Mutual connection]
        # suggested I reach out")
        and re.fullmatch(r"\W*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*:\s*", r.text[: slot.start()])
        and (tail := r.text[slot.end() :].strip(" .,;:-–—"))
        and not PLACEHOLDER.search(tail)
    ):
        # "Link: [SPOTIFY LINK] Thanks sis 🔥": the label and its empty slot go, the thanks
        # after them stays
        return Piece(
            "edited",
            tail,
            r.role,
            (r.start, r.end),
            "template_residue",
            "Cut the unfilled placeholder; the rest of the line stays.",
            para,
        )
    return drop(r, "template_residue", "Dropped a line with an unfilled placeholder.")


_MASS_LEAD = re.compile(
    r"^\W*(?:to\s+whom\s+it\s+may\s+concern|dear\s+sir\s*(?:/|or)\s*madam)\s*[,:;—–-]\s*",
    re.IGNORECASE,
)


# A line whose placeholder sits in the clause after its first: "I came across Keystone
# Lettings | and was really impressed by [insert something about their company]."
_PLACEHOLDER_TAIL = re.compile(
    r"^([^\[\]{}<>]{12,}?)(?:,\s*|\s+)(?:and|especially|particularly|which|as)\b[^\[\]{}<>]{0,60}"
    r"(?:\[[^\]]{1,80}\]|\{[^}]{1,80}\}|<[^>]{1,80}>)[^.?!]{0,40}[.!]?\s*$",
    re.IGNORECASE,
)


# What is left of "Let me know by Thursday so I can hold your spot" leans on what went
_DEPENDENT = re.compile(
    r"^\W*(?:please\s+)?(?:so|because|cos|coz|cuz|since|as|in\s+order\s+to|otherwise|or(?:\s+else)?)\b"
    # "Please, and my family." is what is left of "Please, it is very important for me and my family."
    r"|^\W*please\W+(?:and|but|or)\b"
    # "Monday cos I'm booking my diary." is what is left of "Need an answer by Monday cos ..."
    r"|^\W*(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:so|because|cos|coz|cuz|since|as)\b",
    re.I,
)


_NEWS_BEFORE_PLEA = re.compile(
    r"^\W*((?:i|we)(?:'?ve|'?m|'?re|'?d)?\b[^,;.!?]{3,80}?)\s*(?:,\s*|\s+)(?:and|but|so)\s+(?=\w)",
    re.IGNORECASE,
)


def pressure(e: Edit, r: RoledSentence, para: bool) -> Piece:
    """A line of pressure, calmed when something of its own is left, else dropped."""
    # an apology in a grovelling line goes with the grovel ("I'm so sorry to bother you, I
    # know you must be busy and I'm really nobody"), flagged as over-apologising or not
    text = (
        strip_apology(r.text) if "over_apologising" in r.codes or GROVEL.search(r.text) else r.text
    )
    if not e.hold and (asked := ask_first(text)):
        return Piece(
            "edited",
            asked,
            Role.ask,
            (r.start, r.end),
            "desperation",
            "Asked whether they are willing, instead of telling them they were put down.",
            para,
        )
    if not e.hold and ANSWER_ON.match(text):
        # "I need to know by Friday whether you'll sell me the two chairs, as the fitters are
        # in on Monday": the deadline goes, the question it was about is asked
        return Piece(
            "edited",
            reshape_ask(text, False, e.crit.ctx.doc.raw),
            Role.ask,
            (r.start, r.end),
            "desperation",
            "Asked the question without the deadline on their answer.",
            para,
        )
    news = _NEWS_BEFORE_PLEA.match(text)
    if news and LIFE_NEWS.search(news.group(1)) and not DESPERATION.search(news.group(1)):
        # "Ive been laid off and im desperate tbh, anything going": the news is theirs to
        # tell, the plea after it goes
        return kept_news(r, news.group(1), "Kept your news; dropped the plea after it.", para)
    calm = "" if not text else strip_pressure(text)
    if e.hold and not WHO_I_AM.match(calm):
        # with the ask held back, what the pressure was for waits too; who is writing stays
        # ("With due respect I humbly beg to state that I am Suresh Menon, goldsmith of Thrissur")
        calm = ""
    if calm and "flattery" in e.codes:
        calm = without_flattery(calm)
    if calm:
        calm = call_when_it_suits(calm)
    if (
        calm
        and substantive(calm)
        and r.sentence is not None
        and not only_nudge(calm)
        and not empty_plea(calm)
        and not _DEPENDENT.match(calm)
        # "P.S. I really need her contact by Friday latest, the lineup goes to print and I
        # can't wait any longer": a stub of a third of it is the deadline's reason, no more
        and not (
            POSTSCRIPT.match(text)
            and len(words(calm)) <= 5
            and len(words(text)) >= 3 * len(words(calm))
        )
    ):
        return Piece(
            "edited",
            calm,
            r.role,
            (r.start, r.end),
            "desperation",
            "Took out the pressure, kept the rest.",
            para,
        )
    if not e.hold and (clock := own_clock(r, para)):
        # "I need to hear back by Friday at the latest as their offer expires Monday, so
        # please prioritise this": read blind, a rewrite that lost the sender's own date no
        # longer did the job
        return clock
    return drop(r, "desperation", "Dropped the pressure.")


def pleasantry(e: Edit, r: RoledSentence, para: bool) -> None:
    """A pleasantry: kept, or its stock part taken out, or swapped for a line about them."""
    crit = e.crit
    ctx = crit.ctx
    span = (r.start, r.end)
    # a stock pleasantry in a message that asks and needs work goes, flagged or not
    # ("Hi there, I hope this email finds you well. At Ledgerly we...")
    hollow = "hollow_opener" in r.codes or (
        crit.verdict is not Verdict.send and not facts(r.text[1:])
    )
    calmer = strip_hollow(r.text) if hollow else r.text
    if hollow and (who := who_writes(r.text)):
        # "its Ron Pritchard how are you keeping.": who is writing stays
        e.pieces.append(
            Piece(
                "edited",
                who + ".",
                Role.self_intro,
                span,
                "hollow_opener",
                "Kept who is writing, dropped the stock pleasantry.",
                para,
            )
        )
        return
    if calmer and calmer != r.text and facts(calmer[1:]):
        e.pieces.append(
            Piece(
                "edited",
                calmer,
                r.role,
                span,
                "hollow_opener",
                "Took out the stock pleasantry, kept what you said of them.",
                para,
            )
        )
        return
    if hollow and (not facts(r.text[1:]) or not calmer):
        line = note_line(crit, e.kept_text)
        if line and not e.about_added:
            e.about_added = True
            e.pieces.append(
                Piece(
                    "edited",
                    line,
                    Role.about_them,
                    span,
                    "hollow_opener",
                    "Swapped the stock pleasantry for something about them.",
                    para,
                )
            )
        elif named := name_lead(r, ctx.req.recipient.name):
            # "hey priya how are you!!": the name stays with the greeting
            e.pieces.append(
                Piece(
                    "edited",
                    named,
                    Role.greeting,
                    span,
                    "hollow_opener",
                    "Kept their name, dropped the stock pleasantry.",
                    para,
                )
            )
        elif not e.pieces and ctx.doc.greeting is None and e.name:
            # "Hope this email finds you well." was all the greeting the draft had: once it
            # goes, the note should still open on their name
            # "Dear Dr Okoro" where a title says how; a bare full name reads like a mailing
            formal = formal_name(crit)
            titled = formal is not None and formal.split()[0] != e.name
            e.pieces.append(
                Piece(
                    "edited",
                    f"Dear {formal}," if titled else f"Hi {e.name},",
                    Role.greeting,
                    span,
                    "hollow_opener",
                    "Greeted them by name in place of the stock pleasantry.",
                    para,
                )
            )
        else:
            e.dropped_lead = True
            e.pieces.append(
                drop(r, "hollow_opener", "Dropped the stock pleasantry before the ask.")
            )
    else:
        e.pieces.append(Piece("kept", r.text, r.role, span, None, "Kept as you wrote it.", para))


def generic_line(codes: set[str], r: RoledSentence, para: bool) -> Piece | None:
    """Praise that could be sent to anyone, or a slogan that could close any appeal, in a
    draft flagged generic: dropped, or the slogan taken out; None for any other line."""
    if "generic" in codes and r.role is Role.self_intro and BOILERPLATE.search(r.text):
        # "I'm a trainee solicitor keen to grow my professional network": who they are stays
        return _without_slogan(r, para, "Took out the networking talk, kept who you are.")
    if "generic" not in codes or r.role not in (Role.about_them, Role.news, Role.filler):
        return None
    if facts(I_WORDS.sub("", r.text)[1:]):
        # "a great selection of British cheeses at competitive prices": the facts stay
        return _without_slogan(r, para, "Took out the sales talk, kept the rest.")
    if HOLLOW_PRAISE.search(r.text):
        return drop(r, "generic", "Dropped praise that could be sent to anyone.")
    if not BOILERPLATE.search(r.text):
        return None
    # "I'm expanding my business and looking for partners who share my values of wellness,
    # balance and community": the news stays, the slogan goes
    return _without_slogan(r, para, "Took out the slogan, kept the rest.") or drop(
        r, "generic", "Dropped a line that could close any appeal."
    )


def _without_slogan(r: RoledSentence, para: bool, note: str) -> Piece | None:
    """The line with its slogan or sales talk taken out, if something of its own is left."""
    trimmed = SHARED_VALUES.sub("", r.text)
    if trimmed == r.text or not substantive(trimmed):
        return None
    return Piece("edited", tidy(trimmed), r.role, (r.start, r.end), "generic", note, para)


def hollow_line(r: RoledSentence, para: bool) -> Piece | None:
    """A line about them, or news, that opens on a stock pleasantry ("🙌🙌 hope ur good!!"):
    the pleasantry still goes; None when the line has none."""
    if r.role not in (Role.about_them, Role.filler, Role.news):
        return None
    calmer = strip_hollow(r.text)
    if calmer == r.text:
        return None
    if calmer:
        return Piece(
            "edited",
            calmer,
            r.role,
            (r.start, r.end),
            "hollow_opener",
            "Took out the stock pleasantry, kept the rest.",
            para,
        )
    return drop(r, "hollow_opener", "Dropped the stock pleasantry.")


_TRAILING_HOW = re.compile(
    r"\s*[,;—–-]\s*(?:how\s+(?:are\s+(?:you|u|ya)|r\s+u|have\s+you\s+been|(?:'s|\s+is)\s+(?:it\s+going|things|life|everything))"
    r"|hope\s+(?:you(?:'re|\s+are)\s+(?:well|good)|all\s+is\s+well))(?:\s+doing)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def kept_or_fixed(e: Edit, r: RoledSentence, para: bool) -> Piece:
    """Everything else: keep, or fix in place, or drop."""
    ctx = e.crit.ctx
    span = (r.start, r.end)
    text = r.text
    if "<" in text and ctx.doc.text[r.start : r.end] != text:
        text = " ".join(ctx.doc.text[r.start : r.end].split())  # pasted markup taken out
    fixes = r.codes & _FIXABLE
    if "generic" in e.codes and LIKE_YOURS.search(text):
        text = LIKE_YOURS.sub("", text)  # "companies like yours" could be sent to anyone
    if "generic" in e.codes and HYPE.search(text):
        text = HYPE.sub("", text)  # the news stays, the mass-mail hype goes
    if "generic" in e.codes and BUZZ.search(text):
        # "rockstar engineers", "ninja developers": mass-mail flattery
        text = BUZZ.sub("", text)
    praise = (
        strip_self_praise(text) if r.role in (Role.news, Role.self_intro, Role.filler) else None
    )
    if praise == "":
        return drop(
            r,
            "generic"
            if "generic" in e.codes
            else "me_focused"
            if "me_focused" in e.codes
            else None,
            "Dropped self-praise anyone could write; your facts say it better.",
        )
    if praise:
        text = praise
    if "flattery" in e.codes and flattering(text) is not None:
        # the finding points at the first superlative; every one of them goes
        text = without_flattery(text)
        fixes = fixes | {"flattery"}
        if HOLLOW_PRAISE.search(text):
            text = ""  # what is left is more of the same ("honestly a legend")
    if "hollow_opener" in r.codes and r.role is Role.owning_gap:
        # "long time no speak, how are you??" before an ask: the gap said, the stock
        # question that pivots to the ask gone
        text = _TRAILING_HOW.sub(".", text)
    if "over_apologising" in fixes:
        text = strip_apology(text)
    if "desperation" in fixes:
        text = strip_pressure(text)
    if "template_residue" in fixes:
        text = fill_placeholders(text, e.name, _known(e.crit), _their_org(e.crit)) or ""
    if e.dropped_lead and not [
        p for p in e.pieces if p.action != "dropped" and p.role is not Role.greeting
    ]:
        text = LEAD_MARKER.sub("", text)
        text = text[:1].upper() + text[1:]
    if not text.strip() or not substantive(text):
        if r.role in _KEEPABLE and r.role is not Role.filler and not fixes:
            return Piece("kept", r.text, r.role, span, None, "Kept as you wrote it.", para)
        return drop(
            r,
            next(iter(sorted(fixes)), None),
            "Dropped what was left of a flagged line.",
        )
    if text != r.text:
        return Piece(
            "edited",
            text,
            r.role,
            span,
            next(iter(sorted(fixes)), None),
            "Took out the flagged words, kept the rest.",
            para,
        )
    return Piece("kept", r.text, r.role, span, None, "Kept as you wrote it.", para)


def without_open_end(p: Piece, for_work: bool = False) -> Piece:
    """Beside a narrowed ask, a line of news loses its open-ended clause ("...and I need someone
    to guide me through the whole thing"), or goes whole when that is all it says; the
    attachment goes too (the smaller ask doesn't need it), unless the ask is for work from
    the one who hires (``for_work``), who will want the CV."""
    if not (
        p.action == "kept"
        and p.span
        and p.role in (Role.news, Role.filler, Role.about_them, Role.ask)
    ):
        return p
    if _ATTACHMENT.search(p.text) and for_work:
        return p
    if _ATTACHMENT.search(p.text):
        note = "The smaller ask doesn't need the attachment; send it if they say yes."
    elif VAGUE.search(p.text):
        if rest := strip_open_ended(p.text):
            return replace(
                p,
                action="edited",
                text=rest,
                code="vague_ask",
                note="Took out the open-ended part; the smaller ask says what you need.",
            )
        note = "The open-ended line went with the open-ended ask."
    else:
        return p
    return drop(RoledSentence(p.span[0], p.span[1], p.role, "", frozenset()), "vague_ask", note)


def _known(crit: Critique) -> str:
    """What the sender told us besides the draft, as written (names keep their case)."""
    req = crit.ctx.req
    history = [it.summary for it in req.relationship.interactions] if req.relationship else []
    return "\n".join([*req.sender.offers, *req.recipient.notes, *history])


# "at Bosch Vietnam", "at Willow & Thread", "at Marks and Spencer"
_AT_ORG = re.compile(
    r"\b(?:at|for|with)\s+([A-Z][\w&'’.-]+(?:\s+(?:(?:&|and|of|de|la|do|da|dos|das|del|della|di|du|des|van|von|der|den|y)\s+)?[A-Z][\w&'’.-]+){0,3})"
)


def _their_org(crit: Critique) -> str | None:
    """The one organisation the notes place them at ("firmware team lead at Bosch Vietnam"),
    to fill a company slot with; None when the notes name none or several."""
    found = {m.group(1) for n in crit.ctx.req.recipient.notes for m in _AT_ORG.finditer(n)}
    return found.pop() if len(found) == 1 else None
