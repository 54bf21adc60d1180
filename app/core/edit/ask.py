"""The ask, reshaped: the same request put calmly as a question that is easy to decline, the
lead-in before it kept as a sentence of its own, a second open-ended ask narrowed to the same
small one asked once, and a request wrapped in a reminder of a past favour freed of it."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import stock
from app.core.analyzers.tone import DESPERATION
from app.core.critique import Critique
from app.core.edit.base import Edit, drop, only_nudge, own_clock
from app.core.edit.leads import context_lead, name_lead, news_lead
from app.core.edit.vocab import DEMAND, HALF_SENTENCE, NARROWED, OPEN_PLEA
from app.core.layout import Piece
from app.core.patterns import Folded
from app.core.phrasebook import JOB_WORDS, VAGUE, VAGUE_IN_ASK, asks_for_something
from app.core.reshape import THEIRS_WIDE, narrowed, reshape_ask, strip_apology, strip_score
from app.core.roles import RoledSentence
from app.core.text import words
from app.models import Goal, Role

_NUDGE = Folded(
    re.compile(
        r"\b(?:reply|respond|get\s+back\s+to\s+me|let\s+me\s+know|hear\s+from\s+you)\b", re.I
    )
)
_ANY_WORK = Folded(re.compile(r"\b(?:position|opening|vacanc\w+|work|employment|hire)\b", re.I))
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


def score_keeping(e: Edit, r: RoledSentence, para: bool) -> None:
    """A reminder of a past favour goes; the request inside it is asked on its own, or waits."""
    asks = e.crit.ctx.asks
    ask = next((a for a in asks if a.sentence is r.sentence), None)
    rest = strip_score(r.text, ask.match_start - r.start) if ask else ""
    if e.hold and not rest and not asks and DEMAND.search(r.text):
        # the request hides in the reminder ("so ur helping me paint saturday"): it
        # waits, and the note says so
        rest = " ".join(r.text.split())
    if rest and e.hold:
        # the request inside the reminder waits for later, without the reminder
        e.held.append(rest)
        e.pieces.append(
            drop(
                r,
                "keeping_score",
                f"Dropped the reminder of a past favour. Saved for later: “{rest}”",
            )
        )
        return
    if (
        rest
        and (bare := _BARE_ORDER.match(rest))
        and (rest != r.text or not _BARE_ORDER.match(r.text))
    ):
        # "get me in front of your producer", left when "Just say if you can't be bothered
        # to" went: asked, not ordered
        rest = f"Could you {bare.group(1).lower()}{bare.group(2)}?"
    if rest:
        unscored = replace(r, text=rest, role=Role.ask, codes=r.codes - {"keeping_score"})
        piece = ask_piece(unscored, e.crit, para)
        named = name_lead(r, e.name) if not any(p.role is Role.greeting for p in e.pieces) else ""
        if piece.text and named and not piece.text.lower().startswith(named.rstrip(",").lower()):
            # "Nia after all the times ive fixed your bike...": her name stays
            span = (r.start, r.start + len(named.rstrip(",")))
            e.pieces.append(
                Piece("kept", named, Role.greeting, span, None, "Kept their name.", para)
            )
        if piece.text:
            e.asks.append(
                replace(
                    piece,
                    code="keeping_score",
                    note=piece.note + " The reminder of a past favour went.",
                )
            )
            return
    named = name_lead(r, e.name) if not any(p.role is Role.greeting for p in e.pieces) else ""
    if named:
        # "Nadia wow so you've been ignoring my texts...": the line goes, her name stays
        end = r.start + len(named.rstrip(","))
        e.pieces.append(
            Piece("kept", named, Role.greeting, (r.start, end), None, "Kept their name.", para)
        )
        e.pieces.append(
            Piece(
                "dropped",
                "",
                r.role,
                (end, r.end),
                "keeping_score",
                "Dropped the reminder of a past favour.",
            )
        )
        return
    e.pieces.append(drop(r, "keeping_score", "Dropped the reminder of a past favour."))


def live_ask(e: Edit, r: RoledSentence, para: bool) -> None:
    """An ask that stays: reshaped, after its lead-in ("We met at PyCon, can you ...") when
    the ask came first, and asked once when another ask was narrowed to the same request."""
    opening = context_lead(e.crit.ctx, r) if "ask_up_front" in e.codes else None
    if opening is not None:
        # "We met at PyCon, can you ...": where they met stays up front, the ask moves
        cut, lead_text = opening
        e.pieces.append(
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
    piece = ask_piece(r, e.crit, para)
    if piece.text and HALF_SENTENCE.match(piece.text) and (clock := own_clock(r, para)):
        piece = clock  # "As the offer expires on Monday." said whole: "The offer expires..."
    elif piece.text and HALF_SENTENCE.match(piece.text):
        # "As I have to give another church an answer.": the pressure went, and with it
        # the clause this one hung on
        piece = Piece("dropped", "", Role.ask, piece.span, piece.code, "Dropped the pressure.")
    elif piece.text and _asked_already(piece, e.asks):
        # two open-ended asks narrowed to the same small one: asked once
        piece = Piece(
            "dropped",
            "",
            Role.ask,
            piece.span,
            "many_asks",
            "The same request, asked once.",
        )
    elif piece.text and _after_a_clear_ask(piece, e.asks):
        # "Could you introduce me to the volunteer manager? And in general, keep me in mind
        # for anything": one clear ask is easier to say yes to than two
        piece = Piece(
            "dropped",
            "",
            Role.ask,
            piece.span,
            "vague_ask",
            "Dropped the open-ended second request: your clear one is easier to say yes to alone.",
        )
    e.asks.append(piece)


def _after_a_clear_ask(piece: Piece, asks: list[Piece]) -> bool:
    """An open-ended ask, narrowed, after one the sender had already made clear and small."""
    return (
        piece.code == "vague_ask"
        and bool(NARROWED.search(piece.text))
        # kept as the sender asked it, and asked as a question ("Could you introduce me to
        # the volunteer manager?"), not told ("you could just recommend me")
        and any(
            a.action == "kept" and a.code is None and a.text.rstrip().endswith("?") for a in asks
        )
    )


def _asked_already(piece: Piece, asks: list[Piece]) -> bool:
    """The reshaped ask says what an earlier one already asks."""
    return any(
        a.text == piece.text
        or (
            a.text
            and a.code == "vague_ask"
            and piece.code in ("vague_ask", "desperation")
            # a different request in its own words ("Maybe we can have a coffee?")
            # is not the same small ask
            and bool(NARROWED.search(piece.text) or not asks_for_something(piece.text))
        )
        for a in asks
    )


# What the notes say of someone who hires, or runs the place the sender wants to work
_DECIDER = re.compile(
    r"\b(?:manag(?:er|es|ing)|runs?|owns?|heads?|director|partner|founder|co-?founder|hiring|"
    r"recruit\w*|in\s+charge\s+of|matron|owner|opening\s+a\s+new)\b",
    re.IGNORECASE,
)


# A note about hiring itself ("runs Carrow's armed-forces hiring scheme")
_HIRING_NOTE = re.compile(r"\b(?:hiring|hires|recruit\w*|vacanc\w+|talent)\b", re.IGNORECASE)
_RECRUITER = re.compile(
    r"\b(?:recruiter|talent\s+acquisition|hiring\s+manager|runs\b[^.]{0,40}\bhiring)\b",
    re.IGNORECASE,
)
_PROPER = re.compile(r"\b[A-Z][\w&-]{3,}")


def _they_decide(crit: Critique) -> bool:
    """The recipient is the one who would hire: the notes say they run or hire for the place
    the draft calls theirs ("a vacancy on your ward", "your new place"), or that they run the
    hiring at the place the draft names ("runs Carrow's hiring scheme" and "at Carrow")."""
    raw = crit.ctx.doc.raw
    notes = crit.ctx.req.recipient.notes
    if any(_DECIDER.search(n) for n in notes) and THEIRS_WIDE.search(raw):
        return True
    if any(_RECRUITER.search(n) for n in notes):
        return True  # a recruiter is the one to ask about openings
    if crit.ctx.req.goal is Goal.job_search and any(_RUNS_THE_PLACE.search(n) for n in notes):
        # "spa director at The Grange Hotel", "superintendent at Brazos Builders": a job seeker
        # writes to them because they take people on; read blind, "who should I talk to?"
        # asked of the one who hires sounded like the wrong question
        return True
    return any(
        _DECIDER.search(n)
        and _HIRING_NOTE.search(n)
        and any(re.search(rf"\b{re.escape(w)}", raw) for w in _PROPER.findall(n))
        for n in notes
    )


# A title that runs a place and takes people on, at a named place; or the business itself,
# run or owned ("runs a liveaboard dive company in Komodo")
_RUNS_THE_PLACE = re.compile(
    r"\b(?:director|owner|co-?owner|superintendent|foreman|head\s+chef|head\s+of\s+\w+|general\s+manager|"
    r"(?:site|store|shop|salon|spa|restaurant|kitchen|practice|clinic|ward|office|hiring|food\s+service|"
    r"catering|warehouse|plant|production)\s+manager)\b"
    r"[^;]{0,30}\b(?:at|of)\s+(?:the\s+)?[A-Z]"
    r"|^\W*(?:runs|owns|co-?owns|founded|set\s+up)\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|business|firm|shop|restaurant|bar|caf[eé]|agency|studio|salon|garage|bakery|farm|crew|outfit|yard|practice|clinic)\b",
    re.IGNORECASE,
)


_PROPOSAL = re.compile(
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?!ask\b|know\b|hear\b|connect\b|chat\b)\w+",
    re.IGNORECASE,
)
_WHO_I_AM = re.compile(
    r"^\W*(?:(?:please|pls|kindly|sir|ma|madam)\W+)*"
    r"((?:i\s+am|i'm|i've|i\s+have|my\s+name\s+is)\b[^,;.!?]{8,120}?)"
    r"\s*(?:,\s*)?\s+and\s+(?:i(?:'m|\s+am)\s+)?(?:now\s+)?(?:looking|searching|seeking|hoping|desperate|in\s+need)\b",
    re.IGNORECASE,
)


def _who_i_am(source: str) -> str:
    """Who the sender is, ahead of the plea in the same sentence; empty when none."""
    m = _WHO_I_AM.match(source)
    if m is None or DESPERATION.search(m.group(1)):
        return ""
    lead = m.group(1).strip()
    return lead[:1].upper() + lead[1:] + "."


# a need with nothing asked in it, once its pressure is out
_BARE_NEED = re.compile(
    r"^\W*i\s+(?:really\s+|just\s+)?need\s+(?:someone|somebody|help|this|it|you|a\s+hand)\W*$",
    re.IGNORECASE,
)


_BARE_ORDER = re.compile(
    r"^\W*((?:get|put|send|introduce|pass|give|tell|let|show|take|forward|sign)\b)([^.?!]{3,160}?)[.!]*\s*$",
    re.IGNORECASE,
)


def flagged_pressure(r: RoledSentence) -> bool:
    """The sentence carries pleading or a stranger's template, not only an open end."""
    return bool(r.codes & {"desperation", "template_residue", "over_apologising"})


def ask_piece(r: RoledSentence, crit: Critique, para: bool) -> Piece:
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
        and not OPEN_PLEA.match(a.sentence.text)  # "Any help would be much appreciated."
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
    # open-ended only in "your help", and the rest says with what ("your help sending some of
    # your pediatric patients our way")
    says_what = vague and not VAGUE.search(source)
    if says_what and reshaped.endswith(" about it?"):
        # narrowed to "one specific question about it", the request was lost; the sender's
        # words stay (below)
        reshaped = ""
    job = (
        JOB_WORDS.search(source) or _ANY_WORK.search(source) or crit.ctx.req.goal is Goal.job_search
    )
    if not reshaped and job and len(crit.ctx.asks) == 1:
        # "any position in your company, any job at all!!" still asks for work: a small,
        # specific version of it survives the pressure
        reshaped = narrowed(source, crit.ctx.doc.raw, decides)
    flagged = sorted(r.codes & {"desperation", "vague_ask", "template_residue", "over_apologising"})
    if reshaped and real_elsewhere and only_nudge(reshaped):
        reshaped = (
            ""  # "...or I'll give the slot away, so please confirm ASAP" left "Please confirm."
        )
    if reshaped and real_elsewhere and _BARE_NEED.match(reshaped):
        reshaped = ""  # "I need someone urgently, I'm begging you" calmed is "I need someone."
    if reshaped and _NUDGE.search(source) and len(words(reshaped)) <= 4:
        reshaped = ""  # "I am requesting you kindly please reply" is a nudge, not a request
    if not reshaped and not real_elsewhere and r.sentence is not None and r.sentence.index:
        before = crit.ctx.doc.sentences[r.sentence.index - 1].text
        if _PROPOSAL.search(before):
            # "I'd like to do a 30-day sponsored series with your keyboard. I need to know by
            # Wednesday, so please reply ASAP." The proposal was the request; its nudge, calmed
            reshaped = "Would you be open to that?"
    if not reshaped:
        if who := _who_i_am(source):
            # "Please I am a graduate of Mass Communication from UNILAG and I am looking for
            # job, anything at all": who they are stays, the plea goes
            return Piece(
                "edited",
                who,
                Role.self_intro,
                (r.start, r.end),
                "desperation",
                "Kept who you are; dropped the plea.",
                para,
            )
        if clock := own_clock(r, para):
            return clock
        if (
            says_what
            and not flagged_pressure(r)
            and not DESPERATION.search(source)
            and asks_for_something(source)
        ):
            # "I'd love your help sending some of your pediatric patients our way": nothing
            # smaller of the same request could be said without inventing it, so the
            # sender's own words stay the request
            return Piece(
                "kept",
                r.text,
                Role.ask,
                (r.start, r.end),
                None,
                "Kept your request as you asked it; say what would help most, if you can.",
                para,
            )
        return Piece(
            "dropped",
            "",
            Role.ask,
            (r.start, r.end),
            "desperation",
            "Dropped a plea that asked nothing of its own.",
        )
    if (
        vague
        and reshaped
        and (happened := news_lead(crit.ctx, r))
        and happened.rstrip(".").lower() not in reshaped.lower()
    ):
        # "I was laid off from Northvale last month and I'm wondering if you could keep me
        # in mind for anything": what happened stays ahead of the narrowed request
        reshaped = f"{happened} {reshaped}"
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
