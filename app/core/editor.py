"""The rewrite as an edit of the sender's draft.

Every sentence has a role (``app.core.roles``). Sentences that carry no problem are kept
exactly as the sender wrote them; sentences that carry one are fixed in place (pressure
words taken out, a placeholder filled from the request) or dropped; the ask is reshaped
into an easy-to-decline version of the same request and, when it came first, moved after
the lines about them. For a ``rethink`` the ask is held back and quoted in the changes.
What the request knows is used before any stock line: a note about them becomes a line
about them, a listed offer becomes the offer, a long gap is owned.

The output is a list of pieces in the order of the rewrite, each remembering the part of
the draft it came from, so the changes can be shown as tracked changes of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.core import stock
from app.core.analyzers.base import Context
from app.core.analyzers.relationship import KEEPING_SCORE
from app.core.analyzers.tone import DESPERATION
from app.core.critique import Critique
from app.core.layout import ENDS_SENTENCE, Piece, facts, fit, render
from app.core.lines import gap_line, note_line, offer_line, thanks_line
from app.core.phrasebook import (
    EASY_OUT,
    JOB_WORDS,
    PURPOSE,
    VAGUE,
    VAGUE_IN_ASK,
    asks_for_something,
)
from app.core.phrasing import first_name
from app.core.reshape import (
    LEAD_MARKER,
    THEIRS_WIDE,
    empty_plea,
    fill_placeholders,
    narrowed,
    reshape_ask,
    strip_apology,
    strip_hollow,
    strip_open_ended,
    strip_pressure,
    strip_score,
    substantive,
    tidy,
)
from app.core.roles import RoledSentence
from app.core.signals import PLACEHOLDER
from app.core.text import words
from app.models import Closeness, Goal, Role, Verdict

__all__ = ["Options", "Piece", "plan", "render", "repair"]

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
_FIXABLE = frozenset({"desperation", "template_residue", "over_apologising"})


# A line that only serves the ask: the attachment, the nudge to answer.
_SERVES_ASK = re.compile(
    r"\b(?:attached|attaching|attachment|enclosed|(?:my|our)\s+(?:resume|résumé|cv|portfolio|deck|one-sheet|price\s+list|rate\s+card|brochure|catalogue|catalog|media\s+kit)|pass\s+(?:it\s+)?along|"
    r"let\s+me\s+know\s+(?:when|what|if)\s+(?:works|you\s+can|that\s+works)|for\s+you\s+to\s+(?:pass|forward|send|share)|lmk|"
    r"i\s+(?:will|would|'ll|'d)\s+be\s+(?:very\s+|so\s+|really\s+|most\s+|truly\s+)?grateful|thanks?\s+(?:so\s+much\s+|a\s+lot\s+)?in\s+advance|"
    r"grateful\s+in\s+advance|(?:can|could|shall)\s+i\s+(?:send|show|tell)\s+you\s+[^.?!]{0,30}\babout\s+(?:it|this)|"
    r"i(?:'d|\s+would)\s+(?:really\s+|truly\s+)?appreciate\s+(?:it|any|your\s+help))\b"
    # a promise to repay the favour, or sorry for asking it: it goes with the held ask
    # ("I'll make it up to you, promise!", "Sorry to trouble you again"); a treat stays, as
    # thanks ("I will treat you milk tea ok?")
    r"|\bi(?:'ll|\s+will|\s+shall)?\s+(?:make\s+it\s+up\s+to\s+you|owe\s+you\s+(?:one|big|forever|a\s+(?:drink|beer|coffee|pint|lunch|dinner)))\b"
    r"|^\W*(?:so\s+|really\s+|very\s+)?sorry\s+(?:to|for)\s+(?:trouble|bother|disturb|ask|pester|the\s+trouble|the\s+bother|asking|bothering|troubling)"
    # "You are the one in HR there", "God will reward you": the ask's lever and its blessing
    r"|\byou(?:'re|\s+are)\s+the\s+one\s+(?:in|at|who\s+(?:runs|handles|decides|hires))\b"
    r"|\bgod\s+will\s+(?:reward|repay)\s+you\b"
    r"|\b(?:needs?|wants?|hopes?|hoping)\s+to\s+(?:enter|get\s+into|get\s+in\s+at|join|work\s+(?:at|for))\b"
    # "I know you covered for me last weekend and the one before": favours recalled to lead in
    r"|^\W*i\s+know\s+you(?:'ve|\s+have)?\s+(?:already\s+)?(?:covered|done|helped|did|given|lent|gone)\b"
    # lines that set the ask up: "I know you know loads of people in fintech", "you came to mind"
    r"|\byou\s+know\s+(?:a\s+lot\s+of|lots\s+of|loads\s+of|tons\s+of|so\s+many|everyone|everybody)\b"
    r"|\b(?:came|sprang|come)\s+(?:straight\s+|right\s+)?to\s+mind\b"
    r"|\byou(?:'re|\s+are)\s+(?:connected|close|friends)\s+(?:to|with)\b"  # the person to be introduced
    r"|\byou(?:'re|\s+are)\s+(?:really\s+|so\s+|very\s+|super\s+|incredibly\s+)?well[-\s]connected\b"
    # thanks for nothing in particular: with the ask held, there is nothing to thank them for
    r"|^\W*(?:(?:and\s+)?(?:many\s+)?thanks?(?:\s+you)?|thx|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?"
    r"(?:\s+(?:for\s+(?:your\s+|the\s+|any\s+)?(?:help|time|support|consideration|assistance|understanding)"
    r"(?:\s+(?:in\s+advance|with\s+this))?))?"
    r"(?:\s+(?:ah|lah|x+|bro|man|mate|fam|yaar))?\W*$"
    # the lead-in to a request and its lever: "I'll be straight with you", "Right, I'll get
    # straight to it", "Your dad's a superintendent at Stena, isn't he?"
    r"|\bi(?:'ll|\s+will)\s+(?:be\s+(?:straight|honest|blunt|upfront|direct)\s+with\s+you|get\s+straight\s+to\s+(?:it|the\s+point))"
    r"|\byou(?:'d|\s+would|'ll|\s+will)\s+(?:surely\s+)?know\s+(?:the\s+\w+\s+who|who|whoever|the\s+right\s+people)\b"
    r"|\byour\s+(?:dad|mum|mom|father|mother|brother|sister|husband|wife|partner|uncle|aunt|cousin)\b"
    r"[^.?!]{0,60}\b(?:isn't|doesn't|wasn't|didn't|isnt|doesnt)\s+(?:he|she|they)\b"
    # the vacancy that points at a held request: "I see Clyde Offshore is hiring superintendents"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:advertising\s+for|hiring|recruiting)\b"
    # the nudge to answer: "I should be grateful for your answer by the end of the month"
    r"|\b(?:grateful\s+for|await(?:ing)?|look(?:ing)?\s+forward\s+to|need|expect)\s+(?:your|an?|the)\s+"
    r"(?:answer|reply|response|decision|confirmation|feedback)\b"
    r"|\b(?:please\s+)?reply\s+(?:me|to\s+me)\b|\bhear\s+back\s+(?:from\s+you\s+)?(?:by|before|soon)\b"
    # "I am writing because I am seeking a directorship": the purpose is the ask's
    r"|^\W*(?:i(?:'m|\s+am)\s+(?:writing|reaching\s+out|getting\s+in\s+touch|contacting\s+you)|the\s+reason\s+i(?:'m|\s+am)\s+writing)"
    r"\s+(?:because|as|since|to\s+(?:ask|see|find|request)|on\s+behalf\s+of)\b",
    re.IGNORECASE,
)


# Thanks for something they did ("Thanks again for looking over my portfolio in August"):
# it stands without the ask, though it names the portfolio the ask would send.
_THANKS_FOR_DEED = re.compile(
    r"^\W*(?:thanks|thank\s+you|many\s+thanks)\b[^.?!]{0,20}?\bfor\s+"
    r"(?!(?:considering|reading|taking|your|any|the|this|all)\b)\w+ing\b",
    re.IGNORECASE,
)


# Praise that could go to anyone: "You're clearly a leader in the industry."
# Mission-statement lines that could close any appeal or pitch: "changing lives through
# music", "Every contribution makes a difference", "partners who share my values"
_BOILERPLATE = re.compile(
    r"\bchang(?:e|es|ing)\s+lives\b"
    r"|\bevery\s+(?:contribution|donation|gift|dollar|pound|penny)\s+(?:makes\s+a\s+difference|counts|matters|helps)"
    r"|\bmake\s+a\s+(?:real\s+|lasting\s+|positive\s+|huge\s+)?difference\s+(?:in|to)\s+(?:people's|their|the)\s+lives"
    r"|\bshare\s+(?:my|our)\s+(?:values|passion|vision)\b"
    r"|\blive\s+their\s+best\s+lives\b"
    r"|\btogether\s+we\s+(?:could|can)\s+create\s+something\b"
    r"|\bwin-win\b|\bsynerg(?:y|ies)\b|\bgame[-\s]changer\b",
    re.IGNORECASE,
)
_SHARED_VALUES = re.compile(
    r"\s+(?:who|that)\s+share\s+(?:my|our)\s+(?:values|passion|vision)(?:\s+(?:of|for)\s+[^.?!]+)?(?=[.?!]|$)",
    re.IGNORECASE,
)
_HOLLOW_PRAISE = re.compile(
    r"\b(?:clearly|truly|such|really|definitely)\s+an?\s+(?:leader|expert|visionary|inspiration|rock\s*star|legend|"
    r"thought\s+leader|pro|trailblazer|role\s+model)\b"
    r"|\b(?:impressed|inspired|amazed|blown\s+away)\s+(?:by|with)\s+(?:everything|all|what)\s+"
    r"(?:you(?:'ve|\s+have|\s+are|'re)?|that\s+you|your\s+(?:team|company|firm|org\w*))"
    r"|\bcame\s+across\s+your\s+(?:linkedin\s+)?(?:profile|company|business|page)\b"
    r"|\byour\s+(?:impressive|amazing|incredible|inspiring|stellar)\s+(?:profile|background|career|journey|experience|work)\b",
    re.IGNORECASE,
)
_MASS_SALUTATION = re.compile(
    r"\s*(?:to\s+whom\s+it\s+may\s+concern|dear\s+(?:sir|madam|sir\s*(?:/|or)\s*madam|hiring\s+manager|"
    r"recruiter|team|all|friend|valued\s+\w+))\s*[,:!.]?\s*$",
    re.IGNORECASE,
)
_LIKE_YOURS = re.compile(
    r"\s+like\s+(?:yours|you|your\s+(?:own|company|team|firm))(?=[\s,.;!?])", re.I
)
_BUZZ = re.compile(
    r"\b(?:rock\s?star|ninja|guru|unicorn|superstar|10x|world-class)\s+(?=[a-z])", re.I
)
_NARROWED = re.compile(
    r"\bone\s+(?:person|specific\s+question|short\s+question)|one\s+or\s+two\s+people", re.I
)
_NUDGE = re.compile(
    r"\b(?:reply|respond|get\s+back\s+to\s+me|let\s+me\s+know|hear\s+from\s+you)\b", re.I
)
_ANY_WORK = re.compile(r"\b(?:position|opening|vacanc\w+|work|employment|hire)\b", re.I)
_I_WORDS = re.compile(r"\bI(?:['’](?:m|ve|d|ll))?\b")
_ATTACHMENT = re.compile(
    r"\b(?:attached|attaching|enclosed|enclosing)\b[^.?!]{0,40}\b(?:resume|résumé|cv|portfolio|deck)\b"
    r"|\b(?:resume|résumé|cv|portfolio)\b[^.?!]{0,20}\b(?:attached|enclosed)\b",
    re.IGNORECASE,
)
_GAP_FILLER = re.compile(
    r"\b(?:it(?:'s|\s+has|\s+is)|is)\s+(?:been\s+)?(?:a\s+(?:long\s+)?while|ages|forever|too\s+long|so\s+long|a\s+long\s+time|"
    r"some\s+time|quite\s+some\s+time)|\blong\s+time(?:\s+no\s+\w+)?|\bsince\s+we\s+(?:last\s+)?(?:spoke|talked|caught\s+up)\b",
    re.IGNORECASE,
)
# What the sender is doing, said of themselves: "looking for work", "searching for a job"
_SELF_SEARCH = re.compile(
    r"(?:looking|searching|hunting)\s+for\s+(?:work|a\s+job|a\s+new\s+job|a\s+role|a\s+new\s+role|jobs|roles)",
    re.IGNORECASE,
)
# A sentence put as a request, not as news: "could you", "please", "I was hoping you'd"
_REQUEST_FORM = re.compile(
    r"\b(?:could|can|would|will|might)\s+(?:you|u)\b|\bplease\b|\bpls\b|\bhoping\s+(?:you|u)\b|"
    r"\b(?:keep|put)\s+me\b|\blet\s+me\s+know\b",
    re.IGNORECASE,
)
_CONGRATS = re.compile(r"\bcongrat", re.IGNORECASE)
_THANKS_WORDS = frozenset({"still", "grateful", "thanks", "thank", "really"})
_GAP_ROLES = frozenset({Role.shared_history, Role.pleasantry, Role.owning_gap})
_NAMED = re.compile(r"\b[A-Z][a-z]")
# A salutation of the day or season that belongs with the greeting ("Good morning and
# compliments of the season."): an added line goes after it, not between it and the name.
_SALUTATION = re.compile(
    r"^\W*(?:(?:good\s+(?:morning|afternoon|evening|day)|compliments\s+of\s+the\s+season|season'?s\s+greetings|"
    r"happy\s+(?:new\s+year|holidays|diwali|eid|christmas|hanukkah|lunar\s+new\s+year)|merry\s+christmas|eid\s+mubarak|"
    r"salaam|namaste|greetings)(?:\s*(?:,|and|&)\s*)?)+\W*$",
    re.IGNORECASE,
)
# The sender has been writing and the recipient has not answered: the silence is not the
# sender's to own ("I've sent you three messages since the summer").
_CHASED = re.compile(
    r"\b(?:i(?:'ve|\s+have)\s+(?:already\s+)?(?:sent|messaged|texted|emailed|called|pinged|written\s+to)\s+you|"
    r"(?:two|three|four|five|several|many|[0-9]+)\s+(?:messages|texts|emails|dms|calls)\b[^.?!\n]{0,30}?\s+(?:and|but)\s+nothing|"
    r"haven'?t\s+heard\s+back|never\s+heard\s+back)",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:so|because|since|need|needs|have\s+to|has\s+to|got\s+to|full|can't|cannot|won't|going|"
    r"planning|looking\s+for|trying|lose|deadline|closes?|due|applying)\b",
    re.IGNORECASE,
)
# News of the sender's life stays in a note whose ask is held back, even beside the ask:
# "I'm moving to Edinburgh in January", "I've quit my job and started Parcelly".
_LIFE_NEWS = re.compile(
    r"\b(?:i(?:'m|\s+am|'ve|\s+have|\s+just|\s+finally)?\s+(?:just\s+|finally\s+|now\s+)?(?:moving|moved|relocating|relocated|"
    r"started|starting|launched|launching|founded|quit|leaving|left|joined|joining|finished|graduated|got\s+married|"
    r"got\s+engaged|had\s+a\s+baby|became|opened|opening)\b|\bmy\s+news\b|\bnew\s+job\b|"
    r"\b(?:quit|left)\s+my\s+job\b|\b(?:started|launched|founded)\s+(?:my\s+own\s+|a\s+)?[A-Z])",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[!,]+")


def _just_after_ask(ctx: Context, r: RoledSentence) -> bool:
    """The line right after an ask ("Totally fine if you're busy; I can also draft it.")."""
    return r.sentence is not None and any(
        a.sentence.index + 1 == r.sentence.index for a in ctx.asks
    )


def _ask_indexes(crit: Critique) -> set[int]:
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
    if r.sentence is None or _BARE_NAME.fullmatch(r.text.strip()):
        return False
    offers = {o.sentence.index for o in crit.ctx.offers}
    # two lines on, it is still the ask's reason, unless an offer came between ("Let me
    # know if I can help with the garden. I've got a boot full of seed trays.")
    after = {i + 1 for i in asks} | {i + 2 for i in asks if i + 1 not in offers}
    before = {i - 1 for i in asks}
    # a line before the ask is its reason only when it says so; "Both calls went well" after
    # a thank-you is the sender closing the loop, and stays
    return r.sentence.index in after or (
        r.sentence.index in before and bool(_REASON.search(r.text))
    )


def _easy_to_decline(crit: Critique) -> bool:
    return any(a.easy_out for a in crit.ctx.asks)


@dataclass(frozen=True, slots=True)
class Options:
    """What one candidate may add: stock lines, and whether the ask is held back."""

    stock_lines: bool = True
    hold_ask: bool = False
    additions: bool = True  # False: only fix or drop what is flagged, add nothing
    stock_offer: bool = True  # False: offer only what the sender listed, never a stock offer


def plan(crit: Critique, opts: Options) -> list[Piece]:
    """The edit: the draft's pieces in rewrite order, with additions and drops."""
    ctx = crit.ctx
    req = ctx.req
    codes = crit.codes()
    seed = ctx.doc.raw
    name = first_name(req.recipient.name)
    hold = opts.hold_ask or crit.verdict is Verdict.rethink
    paragraphs = "\n\n" in ctx.doc.raw.strip()
    pieces: list[Piece] = []
    asks: list[Piece] = []
    held: list[str] = []
    about_added = False
    dropped_lead = False

    # what the rewrite will still say of the draft: a held-back ask's words are not in it
    kept_text = (
        " ".join(r.text for r in crit.roles if r.role is not Role.ask) if hold else ctx.doc.raw
    )
    after_injection = False
    ask_at = _ask_indexes(crit) if hold else set()
    for r in crit.roles:
        span = (r.start, r.end)
        para = _starts_paragraph(ctx.doc.raw, r.start)
        if "injection" in r.codes or after_injection:
            after_injection = "injection" in r.codes and r.text.rstrip().endswith(":")
            pieces.append(_drop(r, None, "Dropped text aimed at software, not at the reader."))
            continue
        if r.role is Role.greeting:
            pieces.append(_greeting(r, name, para, _formal_name(crit)))
            continue
        if r.role is Role.signoff:
            pieces.append(_signoff(r, crit, para))
            continue
        if r.role is Role.placeholder and not pieces and _MASS_SALUTATION.match(r.text):
            # "To whom it may concern," is where the greeting should be
            formally = _formal_name(crit) or name
            who = f"Dear {formally}," if formally else "Hello,"
            pieces.append(
                Piece(
                    "edited",
                    who,
                    Role.greeting,
                    span,
                    "template_residue",
                    "Greeted them by name instead of a mass-mail salutation.",
                )
            )
            continue
        if r.role is Role.score_keeping:
            ask = next((a for a in ctx.asks if a.sentence is r.sentence), None)
            rest = strip_score(r.text, ask.match_start - r.start) if ask else ""
            if hold and not rest and not ctx.asks and _DEMAND.search(r.text):
                # the request hides in the reminder ("so ur helping me paint saturday"): it
                # waits, and the note says so
                rest = " ".join(r.text.split())
            if rest and hold:
                # the request inside the reminder waits for later, without the reminder
                held.append(rest)
                pieces.append(
                    _drop(
                        r,
                        "keeping_score",
                        f"Dropped the reminder of a past favour. Saved for later: “{rest}”",
                    )
                )
                continue
            if rest:
                unscored = replace(r, text=rest, role=Role.ask, codes=r.codes - {"keeping_score"})
                piece = _ask_piece(unscored, crit, para)
                if piece.text:
                    asks.append(
                        replace(
                            piece,
                            code="keeping_score",
                            note=piece.note + " The reminder of a past favour went.",
                        )
                    )
                    continue
            pieces.append(_drop(r, "keeping_score", "Dropped the reminder of a past favour."))
            continue
        if r.role is Role.placeholder:
            filled = fill_placeholders(r.text, name, _known(crit), _their_org(crit))
            if (
                filled
                and "vague_ask" in r.codes
                and r.sentence is not None
                and any(a.sentence is r.sentence for a in ctx.asks)
            ):
                # "keep me in mind for any roles at [Company]": filled, and narrowed like any ask
                filled = reshape_ask(filled, True, ctx.doc.raw) or filled
            if filled is not None and filled != r.text:
                pieces.append(
                    Piece(
                        "edited",
                        tidy(filled),
                        r.role,
                        span,
                        "template_residue",
                        "Filled in the placeholder from what you told us.",
                        para,
                    )
                )
            else:
                pieces.append(
                    _drop(r, "template_residue", "Dropped a line with an unfilled placeholder.")
                )
            continue
        if r.role is Role.pressure:
            text = strip_apology(r.text) if "over_apologising" in r.codes else r.text
            calm = "" if hold or not text else strip_pressure(text)
            if (
                calm
                and substantive(calm)
                and r.sentence is not None
                and not _only_nudge(calm)
                and not empty_plea(calm)
            ):
                pieces.append(
                    Piece(
                        "edited",
                        calm,
                        r.role,
                        span,
                        "desperation",
                        "Took out the pressure, kept the rest.",
                        para,
                    )
                )
            else:
                pieces.append(_drop(r, "desperation", "Dropped the pressure."))
            continue
        if r.role is Role.ask:
            if hold:
                held.append(" ".join(r.text.split()))
                code = next(
                    (c for c in ("overdrawn", "keeping_score", "ask_after_silence") if c in codes),
                    None,
                )
                lead = _lead_about_them(ctx, r)
                news = "" if lead else _news_lead(ctx, r)
                named = (
                    _name_lead(r, req.recipient.name)
                    if not (lead or news or any(p.role is Role.greeting for p in pieces))
                    else ""
                )
                if named:
                    # "Lauren after all the times ... cant you": her name stays as the greeting
                    pieces.append(
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
                pieces.append(
                    Piece(
                        "edited" if lead or news else "dropped",
                        lead or news,
                        Role.about_them if lead else Role.news if news else r.role,
                        span,
                        code,
                        ("Kept what you said of them. " if lead else "")
                        + ("Kept your news. " if news else "")
                        + f"Saved for later: “{' '.join(r.text.split())}”",
                        para,
                    )
                )
                about_added = about_added or bool(lead)
                continue
            opening = _context_lead(ctx, r) if "ask_up_front" in codes else None
            if opening is not None:
                # "We met at PyCon, can you ...": where they met stays up front, the ask moves
                cut, lead_text = opening
                pieces.append(
                    Piece(
                        "edited",
                        lead_text,
                        Role.shared_history,
                        (r.start, r.start + cut),
                        None,
                        "Kept how you know them at the start; the ask follows.",
                        para,
                    )
                )
                rest = r.text[cut:].lstrip()
                shift = len(r.text) - len(rest)
                r = RoledSentence(
                    r.start + shift, r.end, r.role, rest[:1].upper() + rest[1:], r.codes, r.sentence
                )
            piece = _ask_piece(r, crit, para)
            if piece.text and any(
                a.text == piece.text
                or (
                    a.text
                    and a.code == "vague_ask"
                    and piece.code in ("vague_ask", "desperation")
                    # a different request in its own words ("Maybe we can have a coffee?")
                    # is not the same small ask
                    and bool(_NARROWED.search(piece.text) or not asks_for_something(piece.text))
                )
                for a in asks
            ):
                # two open-ended asks narrowed to the same small one: asked once
                piece = Piece(
                    "dropped",
                    "",
                    Role.ask,
                    piece.span,
                    "many_asks",
                    "The same request, asked once.",
                )
            asks.append(piece)
            continue
        if r.role is Role.pleasantry:
            # a stock pleasantry in a message that asks and needs work goes, flagged or not
            # ("Hi there, I hope this email finds you well. At Ledgerly we...")
            hollow = "hollow_opener" in r.codes or (
                crit.verdict is not Verdict.send and bool(ctx.asks) and not facts(r.text[1:])
            )
            calmer = strip_hollow(r.text) if hollow else r.text
            if calmer and calmer != r.text and facts(calmer[1:]):
                pieces.append(
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
                continue
            if hollow and (not facts(r.text[1:]) or not calmer):
                line = note_line(crit, kept_text)
                if line and not about_added:
                    about_added = True
                    pieces.append(
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
                elif named := _name_lead(r, ctx.req.recipient.name):
                    # "hey priya how are you!!": the name stays with the greeting
                    pieces.append(
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
                else:
                    dropped_lead = True
                    pieces.append(
                        _drop(r, "hollow_opener", "Dropped the stock pleasantry before the ask.")
                    )
            else:
                pieces.append(
                    Piece("kept", r.text, r.role, span, None, "Kept as you wrote it.", para)
                )
            continue
        if r.role in (Role.news, Role.filler) and "desperation" in codes and empty_plea(r.text):
            # "... No pressure either way. Please.": a plea on its own says nothing
            pieces.append(_drop(r, "desperation", "Dropped the pleading."))
            continue
        if (
            hold
            and ask_at
            and r.role in (Role.news, Role.filler, Role.offer, Role.thanks, Role.about_them)
            and (
                (_SERVES_ASK.search(r.text) and not _THANKS_FOR_DEED.search(r.text))
                or _only_nudge(r.text)  # "Let me know." with nothing left to answer
                or (
                    r.role in (Role.news, Role.filler)
                    and _next_to_ask(crit, r, ask_at)
                    and not (
                        r.role is Role.news
                        and _LIFE_NEWS.search(r.text)
                        and not PURPOSE.search(r.text)
                    )
                )
                or (
                    _just_after_ask(ctx, r)
                    and not _CONGRATS.search(r.text)  # "Congrats on the new role!" is theirs
                    and (
                        EASY_OUT.search(r.text)
                        or _hangs_on_ask(r.text)
                        or (len(words(r.text)) <= 8 and not facts(r.text[1:]))
                    )
                )
            )
        ):
            lead = _news_before_setup(r)
            if (
                re.match(
                    r"^\W*(?:it|this|they)(?:['’]s|\s+is|\s+are)\s+(?:a|an|the)\b", r.text, re.I
                )
                and pieces
                and pieces[-1].action == "kept"
                and pieces[-1].role in (Role.news, Role.filler)
                and pieces[-1].span is not None
            ):
                # "... I wish I'd known about Vitalux. It's a plant-based immunity system ...":
                # the line that names what the held pitch is about goes with it
                pieces[-1] = Piece(
                    "dropped",
                    "",
                    pieces[-1].role,
                    pieces[-1].span,
                    None,
                    "Held back with the ask it belongs to.",
                )
            pieces.append(
                Piece(
                    "edited",
                    lead,
                    r.role,
                    span,
                    "ask_after_silence" if "ask_after_silence" in codes else None,
                    "Kept your news; the line setting up the ask is held back with it.",
                    para,
                )
                if lead
                else _drop(
                    r,
                    "ask_after_silence" if "ask_after_silence" in codes else None,
                    "Held back with the ask it belongs to.",
                )
            )
            continue
        if (
            "generic" in codes
            and r.role in (Role.about_them, Role.news, Role.filler)
            and _HOLLOW_PRAISE.search(r.text)
            and not facts(_I_WORDS.sub("", r.text)[1:])
        ):
            pieces.append(_drop(r, "generic", "Dropped praise that could be sent to anyone."))
            continue
        if (
            "generic" in codes
            and r.role in (Role.about_them, Role.news, Role.filler)
            and _BOILERPLATE.search(r.text)
            and not facts(_I_WORDS.sub("", r.text)[1:])
        ):
            trimmed = _SHARED_VALUES.sub("", r.text)
            if trimmed != r.text and substantive(trimmed):
                # "I'm expanding my business and looking for partners who share my values of
                # wellness, balance and community": the news stays, the slogan goes
                pieces.append(
                    Piece(
                        "edited",
                        tidy(trimmed),
                        r.role,
                        span,
                        "generic",
                        "Took out the slogan, kept the rest.",
                        para,
                    )
                )
            else:
                pieces.append(_drop(r, "generic", "Dropped a line that could close any appeal."))
            continue
        if r.role in (Role.about_them, Role.filler, Role.news) and (
            (calmer := strip_hollow(r.text)) != r.text
        ):
            # "🙌🙌 hope ur good!!" read as a line about them: the stock pleasantry still goes
            if calmer:
                pieces.append(
                    Piece(
                        "edited",
                        calmer,
                        r.role,
                        span,
                        "hollow_opener",
                        "Took out the stock pleasantry, kept the rest.",
                        para,
                    )
                )
            else:
                pieces.append(_drop(r, "hollow_opener", "Dropped the stock pleasantry."))
            continue
        # Everything else: keep, or fix in place, or drop.
        text = r.text
        if "<" in text and ctx.doc.text[r.start : r.end] != text:
            text = " ".join(ctx.doc.text[r.start : r.end].split())  # pasted markup taken out
        fixes = r.codes & _FIXABLE
        if "generic" in codes and _LIKE_YOURS.search(text):
            text = _LIKE_YOURS.sub("", text)  # "companies like yours" could be sent to anyone
        if "generic" in codes and _BUZZ.search(text):
            text = _BUZZ.sub(
                "", text
            )  # "rockstar engineers", "ninja developers": mass-mail flattery
        if "over_apologising" in fixes:
            text = strip_apology(text)
        if "desperation" in fixes:
            text = strip_pressure(text)
        if "template_residue" in fixes:
            text = fill_placeholders(text, name, _known(crit), _their_org(crit)) or ""
        if dropped_lead and not [
            p for p in pieces if p.action != "dropped" and p.role is not Role.greeting
        ]:
            text = LEAD_MARKER.sub("", text)
            text = text[:1].upper() + text[1:]
        if not text.strip() or not substantive(text):
            if r.role in _KEEPABLE and r.role is not Role.filler and not fixes:
                pieces.append(
                    Piece("kept", r.text, r.role, span, None, "Kept as you wrote it.", para)
                )
            else:
                pieces.append(
                    _drop(
                        r,
                        next(iter(sorted(fixes)), None),
                        "Dropped what was left of a flagged line.",
                    )
                )
            continue
        if text != r.text:
            pieces.append(
                Piece(
                    "edited",
                    text,
                    r.role,
                    span,
                    next(iter(sorted(fixes)), None),
                    "Took out the flagged words, kept the rest.",
                    para,
                )
            )
        else:
            pieces.append(Piece("kept", r.text, r.role, span, None, "Kept as you wrote it.", para))

    if any(
        a.action == "edited" and (a.code == "vague_ask" or _NARROWED.search(a.text)) for a in asks
    ):
        # the smaller ask ("who should I talk to?") needs no resume, and the open-ended
        # line beside the old ask ("any available opportunities") goes with it
        pieces = [_without_open_end(p) for p in pieces]
    body = (
        _with_additions(crit, opts, pieces, asks, held, about_added, paragraphs, seed)
        if opts.additions
        else pieces
    )
    return _in_register(fit(body, ctx.doc.raw, req.message.channel), ctx.doc.raw)


def _lowered(text: str, lower_i: bool) -> str:
    """An added line in a text written in lower case: "if it would be useful, i'd be glad..."."""
    if lower_i:
        text = re.sub(r"(?<![\w'’])I(?=['’]|\s)", "i", text)
    first = re.search(r"[^\W\d_]", text)
    if (
        first is None
        or not first.group().isupper()
        or text[first.start() :].startswith(("I ", "I'", "I’"))
    ):
        return text
    word = re.match(r"[\w'’]+", text[first.start() :])
    if word and not word.group()[1:].islower():
        return text  # "UX", "McKinsey": not a word to lower
    i = first.start()
    return text[:i] + text[i].lower() + text[i + 1 :]


def _lower_as_written(p: Piece, raw: str) -> Piece:
    """An edited line of a lower-case text opens as the sender opened it ("it's blocking the
    release", not "It's blocking the release")."""
    assert p.span is not None
    was = re.search(r"[^\W\d_]", raw[p.span[0] : p.span[1]])
    now = re.search(r"[^\W\d_]", p.text)
    if was is None or now is None or not was.group().islower() or not now.group().isupper():
        return p
    if re.match(r"I(?:['’]|\s)", p.text[now.start() :]) and not re.match(
        r"i(?:['’]|\s)", raw[p.span[0] + was.start() :]
    ):
        return p  # "I" stays a capital unless the sender wrote it "i"
    i = now.start()
    return replace(p, text=p.text[:i] + p.text[i].lower() + p.text[i + 1 :])


def _in_register(pieces: list[Piece], raw: str) -> list[Piece]:
    """Lines added or edited follow the draft's capitals: a text written in lower case keeps
    its lower-case lines, and a casual line in a draft of capitalised sentences is capitalised."""
    if stock.lower_starts(raw):
        lower_i = re.search(r"(?<![\w'’])i(?=['’]|\s)", raw) is not None
        return [
            _lower_as_written(p, raw)
            if p.action == "edited" and p.span
            else replace(p, text=_lowered(p.text, lower_i))
            if p.action == "added" and p.text
            else p
            for p in pieces
        ]
    return [
        # an edited line opens as the sender opened it, even in a draft of mixed capitals
        _lower_as_written(p, raw)
        if p.action == "edited" and p.span and p.text and _opens_lower(raw, p.span)
        else replace(p, text=stock.capitalised(p.text))
        if p.action in ("added", "edited") and p.text
        else p
        for p in pieces
    ]


def _opens_lower(raw: str, span: tuple[int, int]) -> bool:
    """The sender began this sentence in lower case after one that ended ("... lol. car
    insurance is due"), not after a greeting's comma ("Hi Theo, can you ...")."""
    first = re.search(r"[^\W\d_]", raw[span[0] : span[1]])
    before = raw[: span[0]].rstrip(" \t")
    return (
        first is not None
        and first.group().islower()
        and bool(before)
        and (before[-1] in ".!?…\n" or ord(before[-1]) > 0x2000)
    )


def _without_open_end(p: Piece) -> Piece:
    """Beside a narrowed ask, a line of news loses its open-ended clause ("...and I need someone
    to guide me through the whole thing"), or goes whole when that is all it says; the
    attachment goes too (the smaller ask doesn't need it)."""
    if not (p.action == "kept" and p.span and p.role in (Role.news, Role.filler)):
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
    return _drop(RoledSentence(p.span[0], p.span[1], p.role, "", frozenset()), "vague_ask", note)


_LEAD_BREAK = re.compile(r"\s*(?:[,;—–]|\s-\s|[^\w\s.,'’!?&()-]+)\s*")
_SECOND = re.compile(r"\b(?:you|your|you're|ur|u)\b", re.IGNORECASE)


_CONTEXT_LEAD = re.compile(
    r"^\s*((?:we|i)\s+(?:met|spoke|talked|chatted|worked|sat|were)\b[^,;?!]{3,80}?)\s*(?:,\s*(?:and|so)?|;|\s+and\s+(?=i\b))\s*",
    re.IGNORECASE,
)


def _context_lead(ctx: Context, r: RoledSentence) -> tuple[int, str] | None:
    """Where the ask's sentence opens on how they know each other ("We met at FinOps Summit
    last month, and I wondered..."): the offset where the ask starts, and the lead as a
    sentence of its own."""
    m = _CONTEXT_LEAD.match(r.text)
    ask = next((a for a in ctx.asks if r.sentence is not None and a.sentence is r.sentence), None)
    if m is None or ask is None or ask.match_start - r.start < m.end(1):
        return None
    lead = tidy(m.group(1))
    return m.end(), r.text[:1] + lead[1:]  # "Hi Felix, we met at PyCon." keeps its case


_NEWS_BREAK = re.compile(
    r"\s*(?:,\s*|\s+)(?:and|so)\s+(?=i\s+(?:was|am|'m)\s+(?:wondering|hoping)|i(?:'d|\s+would)\s+(?:love|like)|"
    r"wanted\s+to\s+ask|was\s+wondering)",
    re.IGNORECASE,
)


def _news_lead(ctx: Context, r: RoledSentence) -> str:
    """The sender's own news ahead of a held-back ask ("I'm applying to MPH programs this
    cycle (Emory, UNC and Michigan) and I was wondering if you'd write..." keeps "I'm applying
    to MPH programs this cycle (Emory, UNC and Michigan).")."""
    ask = next((a for a in ctx.asks if r.sentence is not None and a.sentence is r.sentence), None)
    brk = _NEWS_BREAK.search(r.text)
    if ask is None or brk is None or brk.start() >= ask.match_start - r.start:
        return ""
    lead = r.text[: brk.start()].rstrip(" ,;—–-")
    if len(words(lead)) < 4 or not re.match(
        r"^\W*(?:i'm|i\s+am|i've|we're|we've|my|our)\b", lead, re.I
    ):
        return ""
    if DESPERATION.search(lead) or _SECOND.search(lead) or KEEPING_SCORE.search(lead):
        return ""
    return lead + "."


def _lead_about_them(ctx: Context, r: RoledSentence) -> str:
    """The opening clause of a held-back ask when it is about them ("I noticed you're at
    Cisco now, so I was hoping..." keeps "I noticed you're at Cisco now.")."""
    ask = next((a for a in ctx.asks if r.sentence is not None and a.sentence is r.sentence), None)
    if ask is None:
        return ""
    brk = _LEAD_BREAK.search(r.text)
    if brk is None or brk.start() >= ask.match_start - r.start:
        return ""
    lead = r.text[: brk.end()].rstrip(" ,;—–-")
    if len(words(lead)) < 3 or not _SECOND.search(lead) or DESPERATION.search(lead):
        return ""
    if re.search(r"\b(?:i\s+need|i'm\s+looking|favou?r|busy\s+for\s+me|big\s+shot)\b", lead, re.I):
        return ""
    if _SERVES_ASK.search(lead):
        return (
            ""  # "I know you're really well connected in Denver": the set-up, not a line about them
        )
    if KEEPING_SCORE.search(lead) or re.search(r"\bi\s+(?:helped|got)\s+you\b", lead, re.I):
        return ""  # "since I helped you get that job" is the reminder, not a line about them
    if re.match(
        r"^\W*(?:(?:and|but|so|or)\s+)?(?:if|when|whenever|because|since|unless|as\s+long\s+as|given|"
        r"considering|seeing\s+as|with|after|although|though|while)\b",
        lead,
        re.I,
    ):
        return ""  # "And if you know anyone on their team", "Given your board experience": half a sentence
    return lead if not lead[-1].isalnum() else tidy(lead)


def _only_nudge(text: str) -> bool:
    return bool(
        re.fullmatch(
            r"(?:please\s+)?(?:let\s+me\s+know|get\s+back\s+to\s+me|reply|respond|"
            r"(?:i\s+)?need\s+(?:an?|some|your)\s+(?:answer|reply|response)(?:\s+\w+)?)\W*",
            text,
            re.I,
        )
    )


def _starts_paragraph(raw: str, start: int) -> bool:
    return "\n\n" in raw[max(0, start - 6) : start] or "\n" in raw[max(0, start - 2) : start]


# A request put as a statement: "so ur helping me paint saturday", "I need you there from 8".
_DEMAND = re.compile(
    r"\b(?:(?:you(?:'re|\s+are)|ur|u\s+r)\s+(?:\w+ing)\s+me|(?:need|want)\s+(?:you|u)\s+(?:to|there))\b",
    re.IGNORECASE,
)


def _known(crit: Critique) -> str:
    """What the sender told us besides the draft, as written (names keep their case)."""
    req = crit.ctx.req
    history = [it.summary for it in req.relationship.interactions] if req.relationship else []
    return "\n".join([*req.sender.offers, *req.recipient.notes, *history])


_AT_ORG = re.compile(r"\b(?:at|for|with)\s+([A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,3})")


def _their_org(crit: Critique) -> str | None:
    """The one organisation the notes place them at ("firmware team lead at Bosch Vietnam"),
    to fill a company slot with; None when the notes name none or several."""
    found = {m.group(1) for n in crit.ctx.req.recipient.notes for m in _AT_ORG.finditer(n)}
    return found.pop() if len(found) == 1 else None


_SETUP_BREAK = re.compile(
    r"\s*(?:,\s*(?:and|but|so)\s+|;\s*|\s+and\s+(?=(?:i|he|she|they|we)\s))", re.IGNORECASE
)


def _news_before_setup(r: RoledSentence) -> str:
    """The sender's news ahead of the clause that sets the held ask up: "I'm now trying to
    get into healthcare UX, and I noticed you're connected with Dr. Tremblay" keeps "I'm now
    trying to get into healthcare UX."; empty when there is no such clause."""
    if r.role not in (Role.news, Role.about_them):
        return ""
    setup = _SERVES_ASK.search(r.text)
    if setup is None:
        return ""
    brk = None
    for m in _SETUP_BREAK.finditer(r.text, 0, setup.start()):
        brk = m
    if brk is None:
        return ""
    lead = r.text[: brk.start()].rstrip(" ,;—–-")
    if len(words(lead)) < 4 or not re.match(
        r"^\W*(?:i|i'm|i've|we|we're|we've|my|our)\b", lead, re.I
    ):
        return ""
    if _SERVES_ASK.search(lead) or DESPERATION.search(lead):
        return ""
    return lead + "."


def _name_lead(r: RoledSentence, name: str | None) -> str:
    """The recipient's first name where a pleasantry opens on it ("priya how are you!!"),
    with a comma, as the sender wrote it; empty otherwise."""
    first = first_name(name)
    m = (
        re.match(rf"\s*({re.escape(first)})\b(?=[\s,!]+\w)", r.text, re.IGNORECASE)
        if first
        else None
    )
    return f"{m.group(1)}," if m else ""


def _drop(r: RoledSentence, code: str | None, note: str) -> Piece:
    return Piece("dropped", "", r.role, (r.start, r.end), code, note)


def _formal_name(crit: Critique) -> str | None:
    """How a formal letter to a stranger names them: "Professor Lindqvist" when the notes say
    they are one, "Dr. Asante" as their name is given, else the full name (never "Dear
    Sarah" above "Yours faithfully")."""
    full = crit.ctx.req.recipient.name
    formal_close = re.search(
        r"\byours\s+(?:faithfully|sincerely|truly|respectfully)|\brespectfully\b",
        crit.ctx.doc.raw[-120:],
        re.I,
    )
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
    return full


_TITLE_WORDS = frozenset("mr mrs ms mx miss dr prof professor sir dame rev".split())


def _greeting(r: RoledSentence, name: str | None, para: bool, formal_name: str | None) -> Piece:
    if "template_residue" in r.codes or PLACEHOLDER.search(r.text):
        # the draft's own register: "Dear [Name]" and "Dear Sir/Madam" stay "Dear ...", and
        # a stranger written to formally is named formally
        formal = re.match(r"^\s*(?:dear|to\s+whom|respected)\b", r.text, re.I)
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
    there = re.match(r"^\s*((?i:hi|hello|hey))\s+(?i:there)\b\W*$", r.text)
    if there and name:  # "Hi there," to someone whose name the sender knows reads like a mailing
        return Piece(
            "edited",
            f"{there.group(1)} {name},",
            r.role,
            (r.start, r.end),
            None,
            "Greeted them by name.",
            para,
        )
    return Piece("kept", r.text, r.role, (r.start, r.end), None, "Kept your greeting.", para)


def _signoff(r: RoledSentence, crit: Critique, para: bool) -> Piece:
    text = r.text.strip()
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


# What the notes say of someone who hires, or runs the place the sender wants to work
_DECIDER = re.compile(
    r"\b(?:manag(?:er|es|ing)|runs?|owns?|heads?|director|partner|founder|co-?founder|hiring|"
    r"recruit\w*|in\s+charge\s+of|matron|owner|opening\s+a\s+new)\b",
    re.IGNORECASE,
)


def _they_decide(crit: Critique) -> bool:
    """The recipient is the one who would hire: the notes say they run or hire for the place
    the draft calls theirs ("a vacancy on your ward", "your new place")."""
    notes = " ".join(crit.ctx.req.recipient.notes)
    return bool(_DECIDER.search(notes)) and bool(THEIRS_WIDE.search(crit.ctx.doc.raw))


def _ask_piece(r: RoledSentence, crit: Critique, para: bool) -> Piece:
    source = r.text
    if "<" in source:
        source = " ".join(crit.ctx.doc.text[r.start : r.end].split())  # pasted markup out
    if "over_apologising" in r.codes:
        source = strip_apology(source) or source
    # open-ended in its own words ("anything at all"), not only by a finding next door
    vague = "vague_ask" in r.codes and bool(VAGUE.search(source) or VAGUE_IN_ASK.search(source))
    decides = _they_decide(crit)
    reshaped = reshape_ask(source, vague, crit.ctx.doc.raw, decides)
    real_elsewhere = any(
        a.sentence.start != r.start
        and not DESPERATION.search(a.sentence.text)
        and not _NUDGE.search(a.sentence.text)
        for a in crit.ctx.asks
    )
    if vague and real_elsewhere and DESPERATION.search(source):
        reshaped = ""  # "I need any job at all ASAP!" beside a real request is only pressure
    elif (
        vague
        and real_elsewhere
        and "?" not in source
        and not _REQUEST_FORM.search(source)
        and not VAGUE_IN_ASK.search(source)
        and all(_SELF_SEARCH.fullmatch(m.group()) for m in VAGUE.finditer(source))
    ):
        # "I'm in Dublin and looking for work as a civil engineer" beside "can you pass my CV
        # on?" says who they are; the real request is the other one
        return Piece(
            "kept", r.text, Role.news, (r.start, r.end), None, "Kept as you wrote it.", para
        )
    job = (
        JOB_WORDS.search(source) or _ANY_WORK.search(source) or crit.ctx.req.goal is Goal.job_search
    )
    if not reshaped and job and len(crit.ctx.asks) == 1:
        # "any position in your company, any job at all!!" still asks for work: a small,
        # specific version of it survives the pressure
        reshaped = narrowed(source, crit.ctx.doc.raw, decides)
    flagged = sorted(r.codes & {"desperation", "vague_ask", "template_residue", "over_apologising"})
    if reshaped and _NUDGE.search(source) and len(words(reshaped)) <= 4:
        reshaped = ""  # "I am requesting you kindly please reply" is a nudge, not a request
    if not reshaped:
        return Piece(
            "dropped",
            "",
            Role.ask,
            (r.start, r.end),
            "desperation",
            "Dropped a plea that asked nothing of its own.",
        )
    if reshaped.strip() == r.text.strip():
        return Piece(
            "kept",
            r.text,
            Role.ask,
            (r.start, r.end),
            None,
            "Kept your request as you asked it.",
            para,
        )
    code = flagged[0] if flagged else None
    lead = re.search(r"[^\W\d_]", r.text)
    if lead and lead.group().islower() and stock.informal(crit.ctx.doc.raw):
        reshaped = reshaped[:1].lower() + reshaped[1:]  # "can i borrow ur tent" stays a text
    return Piece(
        "edited",
        reshaped,
        Role.ask,
        (r.start, r.end),
        code,
        "The same request, asked calmly as a question that is easy to decline.",
        para,
    )


def _with_additions(
    crit: Critique,
    opts: Options,
    pieces: list[Piece],
    asks: list[Piece],
    held: list[str],
    about_added: bool,
    paragraphs: bool,
    seed: str,
) -> list[Piece]:
    ctx = crit.ctx
    codes = crit.codes()
    head = [p for p in pieces if p.role is Role.greeting]
    tail = [p for p in pieces if p.role is Role.signoff]
    body = [p for p in pieces if p.role not in (Role.greeting, Role.signoff)]
    while head and body and body[0].action != "dropped" and _SALUTATION.match(body[0].text):
        head.append(body.pop(0))
    live = [p for p in body if p.action != "dropped"]
    roles_live = {p.role for p in live}
    adds_front: list[Piece] = []
    adds_back: list[Piece] = []

    dormant = ctx.gap.days is not None and ctx.gap.days >= 365
    if (
        dormant
        and Role.owning_gap not in roles_live
        and (asks or held or "ask_after_silence" in codes)
        and not _CHASED.search(ctx.doc.raw)
    ):
        # "long time lol" or "It has been some time since we last spoke." says the gap without
        # owning it: the added line says it once
        for i, p in enumerate(body):
            if (
                p.action != "dropped"
                and (
                    p.role is Role.filler
                    or (
                        p.role in _GAP_ROLES
                        and len(words(p.text)) <= 9
                        and not _NAMED.search(p.text[1:])
                    )
                )
                and _GAP_FILLER.search(p.text)
            ):
                body[i] = replace(
                    p,
                    action="dropped",
                    text="",
                    code="ask_after_silence",
                    note="Said once, in the line that owns the gap.",
                )
        live = [p for p in body if p.action != "dropped"]
        adds_front.append(
            Piece.added(
                gap_line(crit),
                Role.owning_gap,
                code="ask_after_silence",
                note="Owned the long gap before anything else.",
                paragraph=paragraphs,
            )
        )
    # A thank-you of a few words ("Thank you!") is not a line about them; a dropped line
    # about them (a flagged one, or one built round a placeholder) wants replacing.
    warm = [
        p
        for p in live
        if p.role in (Role.about_them, Role.shared_history)
        or (p.role is Role.thanks and len(words(p.text)) >= 4)
    ]
    lost_them = any(
        p.action == "dropped"
        and p.span is not None
        and (
            p.role is Role.about_them
            or (p.role is Role.placeholder and "your" in ctx.doc.raw[p.span[0] : p.span[1]].lower())
        )
        for p in body
    ) or any(  # "I came across [Company]" filled as "your company" still says nothing of them
        p.role is Role.placeholder and p.action == "edited" and "your company" in p.text
        for p in body
    )
    needs_them = not about_added and (not warm or lost_them)
    if needs_them or "generic" in codes or "me_focused" in codes:
        said = " ".join(p.text for p in pieces if p.action != "dropped")
        line = "" if about_added else note_line(crit, said)
        if line and line not in {p.text for p in live}:
            adds_front.append(
                Piece.added(
                    line,
                    Role.about_them,
                    code="generic" if "generic" in codes else "me_focused",
                    note="Added a line about them, from what you know of them.",
                    paragraph=paragraphs,
                )
            )
        elif opts.stock_lines and held and not live:
            adds_back.append(
                Piece.added(
                    _stock_question(crit, seed),
                    Role.about_them,
                    code="me_focused",
                    note="Added a question about them.",
                    paragraph=paragraphs,
                )
            )

    if held and opts.stock_lines:
        # the ask waits, so the note is a reconnection: a second thing you know of them,
        # and thanks for what they last did for you
        said = " ".join(
            [*(p.text for p in pieces if p.action != "dropped"), *(p.text for p in adds_front)]
        )
        about = sum(1 for p in [*live, *adds_front] if p.role is Role.about_them)
        second = note_line(crit, said, thanks=False, news_only=True) if about < 2 else ""
        if second and second not in said:
            adds_front.append(
                Piece.added(
                    second,
                    Role.about_them,
                    code="generic" if "generic" in codes else "me_focused",
                    note="Added another line about them, from what you know of them.",
                    paragraph=paragraphs,
                )
            )
        thanks = thanks_line(crit, stock.informal(seed))
        said_words = {w.lower() for w in words(said)}
        # "I know you covered for me last weekend" already says what the thanks would
        echoed = {w.lower() for w in words(thanks) if len(w) >= 5} - _THANKS_WORDS
        if (
            thanks
            and Role.thanks not in roles_live
            and thanks.rstrip(".!") not in said
            and not echoed & said_words
        ):
            adds_front.append(
                Piece.added(
                    thanks,
                    Role.thanks,
                    code="overdrawn" if "overdrawn" in codes else None,
                    note="Thanked them for what they last did for you.",
                    paragraph=paragraphs,
                )
            )

    has_offer = Role.offer in roles_live
    wants_offer = "no_offer" in codes or bool(held) or "overdrawn" in codes
    if wants_offer and not has_offer:
        line = offer_line(crit)
        if line:
            adds_back.append(
                Piece.added(
                    line,
                    Role.offer,
                    code="no_offer",
                    note="Added what you can offer them.",
                    paragraph=paragraphs,
                )
            )
        elif opts.stock_lines and opts.stock_offer and _offer_needed(crit, held):
            if (
                held
                and _looks_up_to(crit)
                and not any(p.role is Role.about_them for p in adds_back)
            ):
                # from a student to the professor who wrote their letter, "I'm always glad to
                # help where I can" presumes; a question about them does not
                adds_back.append(
                    Piece.added(
                        _stock_question(crit, seed),
                        Role.about_them,
                        code="no_offer",
                        note="Asked after them.",
                        paragraph=paragraphs,
                    )
                )
            else:
                adds_back.append(
                    Piece.added(
                        stock.line("offer", seed, stock.informal(seed), asking=bool(asks)),
                        Role.offer,
                        code="no_offer",
                        note="Offered something back.",
                        paragraph=paragraphs,
                    )
                )

    easy: list[Piece] = []
    if asks and not _easy_to_decline(crit) and opts.stock_lines and _needs_easy_out(crit):
        easy.append(
            Piece.added(
                stock.line("easy", seed, stock.informal(seed)),
                Role.filler,
                code="vague_ask" if "vague_ask" in codes else None,
                note="Made it easy to say no.",
                tied=True,
            )
        )
    holding = bool(held) or opts.hold_ask or crit.verdict is Verdict.rethink
    # (not to someone seen days ago: "miss hanging out, let's catch up" after Monday's meeting)
    if holding and not live and not adds_front and opts.stock_lines and not _recent(crit):
        adds_back.append(
            Piece.added(
                stock.line("rc", seed, stock.informal(seed), recent=_recent(crit)),
                Role.filler,
                note="A simple hello in place of the ask.",
                paragraph=paragraphs,
            )
        )

    # "hey stranger!!": a bare greeting keeps its first short line before anything added,
    # and "Sofi!!" on its own is the greeting.
    if body and body[0].action != "dropped":
        first = body[0].text.strip()
        run_on = bool(head) and not ENDS_SENTENCE.search(head[-1].text) and len(words(first)) <= 3
        them = (first_name(ctx.req.recipient.name) or "").lower()
        bare_name = not head and bool(
            re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[!,]+", first)
            or (them and re.fullmatch(rf"{re.escape(them)}\s*[!,.]+", first, re.IGNORECASE))
        )
        # "Fiona, Callum MacInnes here, the Morning Star.": who is writing comes before
        # anything added, the owned gap included
        if run_on or bare_name or _SAYS_WHO.match(first):
            head, body = head + body[:1], body[1:]
    # When the ask came first, the lines about them (and any offer) go before it; if the
    # draft has none, the ask (with the lines that hang on it) moves after what was added.
    reorder = "ask_up_front" in codes and bool(asks) and crit.verdict is not Verdict.send
    merged = _after_last_ask(_merge_asks(body, asks), asks, easy, reasons=not reorder)
    if reorder:
        lifted = _lift_before_ask(merged, asks)
        if lifted is not None:
            merged = lifted
        elif adds_front or adds_back:
            unit = _ask_unit(merged)
            rest = [p for p in merged if not any(p is q for q in unit)]
            moved = [
                replace(
                    p,
                    note=p.note + " Moved after the lines about them.",
                    code=p.code or "ask_up_front",
                )
                if p.role is Role.ask
                else p
                for p in unit
            ]
            # the offer follows the ask it returns, and the closing thanks stays last
            end = _closing_from(rest)
            return (
                head
                + adds_front
                + rest[:end]
                + _paragraph(moved, paragraphs)
                + adds_back
                + rest[end:]
                + tail
            )
    # what is added goes before the draft's closing lines ("I look forward to hearing from you.")
    closing = _closing_from(merged)
    return head + adds_front + merged[:closing] + adds_back + merged[closing:] + tail


def _closing_from(pieces: list[Piece]) -> int:
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


_CLOSER = re.compile(
    r"^\W*(?:i\s+look\s+forward\s+to|looking\s+forward\s+to|hope\s+to\s+hear|thank(?:s|\s+you)\s+"
    r"(?:(?:again\s+)?(?:so\s+much\s+)?for\s+(?:considering|your\s+time|reading|taking|choosing|"
    r"your\s+(?:business|custom|support|patience|trust))|in\s+advance)|many\s+thanks\b)"
    r"|^\W*(?:thanks|thank\s+you|thx|ty|cheers|appreciate\s+it|much\s+appreciated)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again|\s+in\s+advance|\s+either\s+way)?"
    r"(?:\s+(?:ah|lah|x+|bro|man|mate|fam|yaar))?\W*$"
    r"|^\W*(?:god\s+bless(?:\s+you)?|stay\s+blessed|blessings|remain\s+blessed)\W*$",
    re.IGNORECASE,
)


_THEM_FIRST = frozenset(
    {Role.about_them, Role.shared_history, Role.thanks, Role.offer, Role.owning_gap}
)


def _lift_before_ask(merged: list[Piece], asks: list[Piece]) -> list[Piece] | None:
    """The draft's own lines about them moved ahead of its first ask; None if it has none."""
    first = next(i for i, p in enumerate(merged) if any(p is a for a in asks))
    later = [
        p
        for p in merged[first + 1 :]
        if p.role in _THEM_FIRST
        and p.action != "dropped"
        and not _FOLLOWS_UP.search(p.text)
        # "No worries if you'd rather not" answers the ask, and "you're on the team there"
        # points at what the ask names: both stay after it
        and not EASY_OUT.search(p.text)
        and not re.search(r"\bthere\b(?!\s+(?:is|are|was|were|'s)\b)", p.text, re.IGNORECASE)
        # "You know my work from the audit, so you'd be perfect" leads into the ask well
        and (p.role is Role.shared_history or not _FOR_THE_ASK.search(p.text))
        and not (
            p.role is Role.thanks and len(words(p.text)) < 4
        )  # "Thanks!" closes, it can't open
    ]
    if not later:
        return None
    moved = [
        replace(
            p,
            action="edited" if p.action == "kept" else p.action,
            text=p.text,
            code="ask_up_front",
            note="Moved ahead of the ask: them first.",
        )
        if p.action == "kept"
        else p
        for p in later
    ]
    rest = [p for p in merged[first:] if not any(p is q for q in later)]
    return merged[:first] + moved + rest


_FOLLOWS_UP = re.compile(
    r"^\W*(?:their|they|it|this|that|these|those|he|she|the\s+form|which|i(?:'ve|\s+have)\s+attached|"
    r"here(?:'s|\s+is|\s+are)\s+(?:the|my|our)\s+(?:link|website|site|page|shop|deck|cv|resume|portfolio|form))\b",
    re.I,
)


_ABOUT_IT = re.compile(r"\b(?:it|them|mine|back\s+by|before\s+then|that\s+day)\b", re.IGNORECASE)
# A line whose point is the ask ("so I think you'd be perfect", "I'd be a great fit").
_FOR_THE_ASK = re.compile(
    r"\b(?:perfect|ideal|the\s+right\s+person|the\s+best\s+person|(?:great|good|strong)\s+fit)\b",
    re.IGNORECASE,
)


_LINK = re.compile(
    r"\blink\s*:|https?://|\bwww\.|\b[\w-]+\.(?:com|co\.uk|org|net|io|ly|shop|store)/",
    re.IGNORECASE,
)


def _hangs_on_ask(text: str) -> bool:
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
    )


def _ask_unit(pieces: list[Piece]) -> list[Piece]:
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
                    (q.role not in _THEM_FIRST and _hangs_on_ask(q.text))
                    # the draft's own easy-out ("Really sorry, totally understand if not!")
                    or (EASY_OUT.search(q.text) is not None and len(words(q.text)) <= 12)
                )
            ):
                unit.append(q)
            else:
                break
    return unit


def _paragraph(asks: list[Piece], paragraphs: bool) -> list[Piece]:
    if asks and paragraphs:
        return [replace(asks[0], paragraph=True), *asks[1:]]
    return asks


def _after_last_ask(
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
        and (
            _hangs_on_ask(merged[at].text)
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


def _merge_asks(body: list[Piece], asks: list[Piece]) -> list[Piece]:
    """Put each ask back where it stood in the draft (body holds everything but the asks)."""
    return sorted(body + asks, key=lambda p: p.span[0] if p.span else -1) if asks else body


def repair(
    crit: Critique, pieces: list[Piece], left: set[str], stock_offer: bool = True
) -> list[Piece] | None:
    """Answer what the re-critique of an edit still finds, where an addition can; None when
    nothing more can be done."""
    ctx = crit.ctx
    seed = ctx.doc.raw
    paragraphs = "\n\n" in seed.strip()
    out = list(pieces)
    changed = False
    body_end = next((i for i, p in enumerate(out) if p.role is Role.signoff), len(out))
    first_ask = next(
        (i for i, p in enumerate(out) if p.role is Role.ask and p.action != "dropped"), body_end
    )
    live_texts = {p.text for p in out if p.action != "dropped"}
    asking = first_ask < body_end
    if not asking:  # no ask: what is added goes before the closing lines
        first_ask = _closing_from(out[:body_end])
    if {"me_focused", "generic"} & left:
        line = note_line(crit)
        if (not line or line in live_texts) and not asking and ctx.stage.value != "cold":
            # a stock question put in front of a request reads like a form letter
            # ("What's on your list before the year is out? Could I borrow your car?"), and
            # from a stranger ("What's keeping you busy these days?") it is a liberty
            line = _stock_question(crit, seed)
        if line and line not in live_texts:
            out.insert(
                first_ask,
                Piece.added(
                    line,
                    Role.about_them,
                    code="me_focused",
                    note="Added a question about them.",
                    paragraph=paragraphs,
                ),
            )
            changed = True
    if "no_offer" in left and not any(p.role is Role.offer and p.action != "dropped" for p in out):
        line = offer_line(crit) or (
            # it goes in ahead of the ask, so it cannot speak of returning a favour not yet asked
            stock.line("offer", seed, stock.informal(seed), asking=False) if stock_offer else ""
        )
    else:
        line = ""
    if line:
        at = next(
            (i for i, p in enumerate(out) if p.role is Role.ask and p.action != "dropped"), None
        )
        at = (
            at
            if at is not None
            else next((i for i, p in enumerate(out) if p.role is Role.signoff), len(out))
        )
        out.insert(
            at,
            Piece.added(
                line,
                Role.offer,
                code="no_offer",
                note="Offered something back.",
                paragraph=paragraphs,
            ),
        )
        changed = True
    if "hollow_opener" in left:
        for i, p in enumerate(out):
            if p.role is Role.pleasantry and p.action != "dropped" and p.span:
                out[i] = Piece(
                    "dropped", "", p.role, p.span, "hollow_opener", "Dropped the stock pleasantry."
                )
                changed = True
    if "desperation" in left:
        for i, p in enumerate(out):
            if p.action == "dropped" or p.role in (Role.greeting, Role.signoff):
                continue
            calm = strip_pressure(p.text)
            if calm != p.text.strip():
                changed = True
                out[i] = (
                    replace(
                        p, action="edited" if p.span else "added", text=calm, code="desperation"
                    )
                    if calm and substantive(calm)
                    else Piece(
                        "dropped", "", p.role, p.span, "desperation", "Dropped the pressure."
                    )
                )
    if "ask_up_front" in left:
        unit = _ask_unit(out)
        rest = [p for p in out if not any(p is q for q in unit)]
        at = next((i for i, p in enumerate(rest) if p.role is Role.signoff), len(rest))
        at = _closing_from(rest[:at])  # before "Thanks!" and the sign-off
        moved = [
            replace(p, code=p.code or "ask_up_front") if p.role is Role.ask else p for p in unit
        ]
        new = rest[:at] + _paragraph(moved, paragraphs) + rest[at:]
        # only worth it when what comes first is about them or gives something; moving the
        # ask below the sender's own news just splits it from what it refers to
        first = [p for p in rest[:at] if p.action != "dropped" and p.role in _THEM_FIRST]
        if unit and first and new != out:
            # a stock offer now ahead of the ask cannot speak of returning the favour
            plain = stock.line("offer", seed, stock.informal(seed), asking=False)
            out = [
                replace(p, text=plain)
                if p.action == "added" and p.role is Role.offer and stock.RETURNS.search(p.text)
                else p
                for p in new
            ]
            changed = True
    return _in_register(fit(out, seed, ctx.req.message.channel), ctx.doc.raw) if changed else None


def _stock_question(crit: Critique, seed: str) -> str:
    """A stock question about them in the draft's register, never about "the last few
    months" after years of silence nor about the months since to someone seen days ago."""
    return stock.line(
        "question", seed, stock.informal(seed), recent=_recent(crit), years=_years(crit)
    )


def _years(crit: Critique) -> bool:
    days = crit.ctx.gap.days
    return days is not None and days >= 365


_MENTOR = re.compile(
    r"\b(?:professor|prof\b|lecturer|supervisor|mentor\w*|tutor|teacher|coach|(?:former|old|my)\s+(?:boss|manager)|"
    r"recommendation|reference\s+letter|wrote\s+(?:me\s+)?(?:a\s+|my\s+)?(?:letter|reference))",
    re.IGNORECASE,
)


def _looks_up_to(crit: Critique) -> bool:
    """The sender is the junior one: the recipient taught, managed or vouched for them."""
    req = crit.ctx.req
    history = [it.summary for it in req.relationship.interactions] if req.relationship else []
    return bool(_MENTOR.search(" ".join([*req.recipient.notes, *history])))


_SAYS_WHO = re.compile(
    r"^\W*(?:[A-Z][\w'’-]+,\s+)?(?:(?:it(?:'s|’s|\s+is)|this\s+is|my\s+name\s+is)\s+[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+here\b)"
)


def _recent(crit: Critique) -> bool:
    days = crit.ctx.gap.days
    return days is not None and days < 60


def _offer_needed(crit: Critique, held: list[str]) -> bool:
    """A stock offer only where the critique needs one: a withdrawal with nothing given."""
    return bool(held) or any(
        f.code == "no_offer" and f.severity is not None and f.severity.value != "low"
        for f in crit.findings
    )


def _needs_easy_out(crit: Critique) -> bool:
    return not all(a.small for a in crit.ctx.asks) or "vague_ask" in crit.codes()
