"""The greeting and the sign-off: kept as the sender wrote them, unless a placeholder or a
mass-mail salutation stands where their name (or the sender's) should be."""

from __future__ import annotations

import re

from app.core import stock
from app.core.critique import Critique
from app.core.layout import Piece
from app.core.phrasing import first_name
from app.core.roles import RoledSentence
from app.core.signals import PLACEHOLDER
from app.models import Closeness, Role

MASS_SALUTATION = re.compile(
    r"\s*(?:to\s+whom\s+it\s+may\s+concern|(?:hello|hi|greetings)\s+sir\s*(?:/|or)\s*madam|dear\s+(?:sir|madam|sir\s*(?:/|or)\s*madam|hiring\s+manager|"
    r"recruiter|team|all|friend|valued\s+\w+))\s*[,:!.]?\s*$",
    re.IGNORECASE,
)


_FORMAL_CLOSE = re.compile(
    r"\byours\s+(?:faithfully|sincerely|truly|respectfully)|\brespectfully\b", re.I
)


def mass_salutation(r: RoledSentence, crit: Critique, name: str | None) -> Piece:
    """The greeting where the draft has a mass-mail salutation ("To whom it may concern,")."""
    formally = formal_name(crit) or name
    # no name known, and a letter closed "Yours faithfully": a formal "Good morning," keeps the
    # sender's register (a retired harbour master does not write "Hello,"), and the close stays
    who = (
        f"Dear {formally},"
        if formally
        else ("Good morning," if _FORMAL_CLOSE.search(crit.ctx.doc.raw[-120:]) else "Hello,")
    )
    return Piece(
        "edited",
        who,
        Role.greeting,
        (r.start, r.end),
        "template_residue",
        "Greeted them by name instead of a mass-mail salutation.",
    )


def formal_name(crit: Critique) -> str | None:
    """How a formal letter to a stranger names them: "Professor Lindqvist" when the notes say
    they are one, "Dr. Asante" as their name is given, else the full name under a formal
    close (never "Dear Sarah" above "Yours faithfully"); otherwise none, and the first name
    is used."""
    full = crit.ctx.req.recipient.name
    formal_close = _FORMAL_CLOSE.search(crit.ctx.doc.raw[-120:])
    if not full or not first_name(full):
        return None
    if crit.ctx.stage.value != "cold" and not (
        formal_close and crit.ctx.closeness not in (Closeness.close, Closeness.friend)
    ):
        return None
    parts = full.split()
    if parts[0].lower().rstrip(".") in _TITLE_WORDS and len(parts) > 1:
        return f"{parts[0]} {parts[-1]}"
    notes = " ".join(crit.ctx.req.recipient.notes)
    if re.search(r"\bprofessor\b", notes, re.I) and len(parts) > 1:
        return f"Professor {parts[-1]}"
    # read blind, "Dear Hattie Moss," above "Kind regards" reads as a mail merge: the full
    # name only under a formal close ("Yours sincerely"), the first name otherwise
    return full if formal_close else None


_UNNAMED_TITLE = re.compile(
    r"\s*(?i:dear|respected)\s+(?i:professor|prof\.?|dr\.?|doctor|sir|madam|ma['’]?am)\s*[,:!.]?\s*"
)
_TITLE_WORDS = frozenset(
    "mr mrs ms mx miss dr prof professor sir dame rev lt cdr cmdr capt col maj gen sgt".split()
)


# what a recipient field holds when no one is named: "Hi Homeowner," is a mailing
_NOT_A_FIRST_NAME = frozenset(
    "homeowner resident customer client neighbour neighbor friend team recruiter manager owner "
    "parent guardian member tenant landlord occupier sir madam".split()
)


def greeting(r: RoledSentence, name: str | None, para: bool, formal_name: str | None) -> Piece:
    if "template_residue" in r.codes or PLACEHOLDER.search(r.text):
        # the draft's own register: "Dear [Name]" and "Dear Sir/Madam" stay "Dear ...", and
        # a stranger written to formally is named formally
        formal = re.match(r"^\s*(?:dear|to\s+whom|respected)\b", r.text, re.I)
        # "Dear Nora Haldane Representative,": the merge left a name in
        rep = re.match(
            r"^\s*(?i:dear)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?i:representative)\b",
            r.text,
        )
        if rep and not name:
            name = rep.group(1)
        word = "Dear" if formal else "Hi"
        if formal and formal_name:
            name = formal_name
        text = f"{word} {name}," if name else ("Hello," if formal else "Hi,")
        return Piece(
            "edited",
            text,
            r.role,
            (r.start, r.end),
            "template_residue",
            "Greeted them by name instead of a placeholder or mass-mail salutation.",
        )
    if formal_name and _UNNAMED_TITLE.fullmatch(r.text):
        # "Dear Professor," to a professor whose name the sender knows
        return Piece(
            "edited",
            f"Dear {formal_name},",
            r.role,
            (r.start, r.end),
            None,
            "Greeted them by name.",
            para,
        )
    # "Hi there," or a bare "Hello," to someone whose name the sender knows reads like a mailing
    there = re.match(r"^\s*((?i:hi|hello|hey))(?:\s+(?i:there)\b\W*|\s*([,.!:]+)\s*)$", r.text)
    if there and name and name.lower() not in _NOT_A_FIRST_NAME:
        # "Hey!" stays as warm as it was: "Hey Jonah!", not "Hey Jonah,"
        mark = "!" if there.group(2) and "!" in there.group(2) else ","
        return Piece(
            "edited",
            f"{there.group(1)} {name}{mark}",
            r.role,
            (r.start, r.end),
            None,
            "Greeted them by name.",
            para,
        )
    return Piece("kept", r.text, r.role, (r.start, r.end), None, "Kept your greeting.", para)


# A sign-off that thanks them for the favour: "Thank you very much in advance,", "Thanks
# girl", "Appreciate it, Dale". With the ask held back there is nothing to thank them for.
_THANKING = re.compile(
    r"^\W*(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?(?:\s+(?:a\s+(?:million|lot|bunch|ton)|loads|again))?"
    r"(?:\s+in\s+advance|\s+either\s+way|\s+regardless|\s+anyway)?|thx|ty|tia|much\s+appreciated|(?:i\s+)?appreciate\s+it|grateful\s+in\s+advance)"
    # and the word said to them, or the particle that softens it ("Thank you so much la,")
    r"(?:\s+(?:girl|mate|pal|bro|man|dude|babe|hun|love|sis|buddy|la|lah|ya|yaar|ji|bhai|oh))?\s*[,!.]*\s*",
    re.IGNORECASE,
)


# A sign-off that chases the answer: "Let us know,\nKev", "Hoping for your fast reply,". With
# the ask held back there is nothing for them to answer.
_CHASING = re.compile(
    r"^\W*(?:let\s+(?:me|us)\s+know|(?:hoping\s+for|awaiting|waiting\s+for)\s+your\s+"
    r"(?:(?:fast|quick|early|prompt|kind|positive|soonest)\s+)?(?:reply|response|answer))\s*[,!.]*\s*",
    re.IGNORECASE,
)


def _without_thanks(text: str, casual: bool) -> str | None:
    """The sign-off with its thanks (or its chase for an answer) taken out: the name stays
    ("Best,\nOleksandr" in a letter, "Dale" in a text); None when it only thanked."""
    m = _THANKING.match(text)
    if m is None or m.end() == 0:
        m = _CHASING.match(text)
    if m is None or m.end() == 0:
        return None
    rest = text[m.end() :].strip()
    if not rest:
        return ""
    if casual:
        return rest
    return f"Best,\n{rest}" if "\n" in text[: m.end()] else f"Best, {rest}"


def signoff(r: RoledSentence, crit: Critique, para: bool, held: bool = False) -> Piece:
    text = r.text.strip()
    if held and (rest := _without_thanks(text, stock.informal(crit.ctx.doc.raw))) is not None:
        if not rest:
            return Piece(
                "dropped",
                "",
                r.role,
                (r.start, r.end),
                None,
                "Dropped thanks for the ask held back.",
            )
        return Piece(
            "edited",
            rest,
            r.role,
            (r.start, r.end),
            None,
            "Took the thanks out of your sign-off: the ask it thanked them for is held back."
            if _CHASING.match(text) is None
            else "Took the call for an answer out of your sign-off: the ask is held back.",
            True,
        )
    if PLACEHOLDER.search(text):
        me = first_name(crit.ctx.req.sender.name)
        filled = f"Best,\n{me}" if me else ""
        if not filled:
            return Piece(
                "dropped",
                "",
                r.role,
                (r.start, r.end),
                "template_residue",
                "Dropped a sign-off with an unfilled placeholder.",
            )
        return Piece(
            "edited",
            filled,
            r.role,
            (r.start, r.end),
            "template_residue",
            "Signed with your name instead of a placeholder.",
            True,
        )
    return Piece("kept", r.text, r.role, (r.start, r.end), None, "Kept your sign-off.", True)
