"""The giver-first rewrite: plan what to keep, drop and add, render it from a Jinja2
template, then verify it (grounded, within budget, critiqued again as ``send``).

Plans go from richest to plainest; the first one that passes every check is used.
The plainest plan always passes, so a rewrite is never worse than the draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

import jinja2

from app.core import editor
from app.core.analyzers.relationship import score_left
from app.core.analyzers.tone import BUDGETS, DESPERATION, overflow_at
from app.core.critique import Critique, critique
from app.core.grounding import request_corpus, violations
from app.core.lines import note_line
from app.core.permission import ask_first
from app.core.phrasebook import ASK_FRAME, JOB_WORDS, asks_for_something
from app.core.phrasing import first_name, is_achievement, offer_clause, second_person, topic
from app.core.reshape import BARE_ORDER, PLEA_LEAD, strip_apology, strip_pressure, strip_score
from app.core.roles import aimed_at_software
from app.core.signals import PLACEHOLDER
from app.core.text import has_words, plain_text, words
from app.models import (
    Change,
    Channel,
    CoachRequest,
    Direction,
    Finding,
    Goal,
    Kind,
    Rewrite,
    Role,
    Span,
    Verdict,
)

_NOT_NAMES = frozenset(
    "there team all everyone sir madam folks friend friends guys hiring manager recruiter "
    "colleague colleagues name first_name".split()
)
_PROBLEM_CODES_IN_SENTENCES = frozenset(
    {"desperation", "keeping_score", "template_residue", "hollow_opener", "vague_ask"}
)

_TOPIC = re.compile(
    r"\b(?:about|on|regarding|around|re:?)\s+((?:how|what|whether|your|the|my|breaking|getting|moving|"
    r"switching|working|building|hiring|careers?|roles?|life|\w+ing)\b[^.?!\n]{2,70})",
    re.IGNORECASE,
)

_TOPIC_ASK: dict[Goal | None, str] = {
    Goal.job_search: (
        "I'd value your perspective on {topic}. Would you be open to a quick call in the next few "
        "weeks, or is there anyone you'd suggest I talk to?"
    ),
    Goal.advice: "Could I ask you one quick question about {topic}?",
    Goal.intro: "Is there anyone you'd suggest I talk to about {topic}?",
    Goal.sales: "Would a short call about {topic} sometime next month be worth your time?",
    Goal.other: "Would you be open to a quick call about {topic} sometime in the next few weeks?",
    None: "Would you be open to a quick call about {topic} sometime in the next few weeks?",
}

_ASK_BY_GOAL: dict[Goal | None, str] = {
    Goal.job_search: (
        "I'm exploring what's next, and I'd value your perspective. Would you be open to a quick "
        "call in the next few weeks, or is there anyone you'd suggest I talk to?"
    ),
    Goal.intro: (
        "Would you be comfortable making a quick introduction, or pointing me to the right person?"
    ),
    Goal.advice: "Could I ask you one quick question by email?",
    Goal.sales: "Would a short call sometime next month be worth your time?",
    Goal.catch_up: "",
    Goal.other: "Would you be open to a quick call sometime in the next few weeks?",
    None: "Would you be open to a quick call sometime in the next few weeks?",
}
_EASY_OUT = "No worries at all if the timing isn't right."


@dataclass(frozen=True, slots=True)
class Plan:
    """The pieces of a rewrite, each optional except the greeting."""

    greeting: str
    gap: str
    opening: str
    question: str
    offer: str
    ask: str
    reconnect: str
    easy_out: str
    signoff: str
    subject: str | None
    changes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Check:
    """Why a candidate rewrite was rejected (empty when it passed)."""

    problems: tuple[str, ...]
    verdict: Verdict
    again: Critique  # the candidate critiqued in the request's context

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    req: CoachRequest,
    text: str,
    corpus: str | None = None,
    *,
    hold_ask: bool = False,
    again: Critique | None = None,
) -> Check:
    """The checks every rewrite must pass, whoever wrote it (rules or LLM). With
    ``hold_ask`` (the draft's verdict was rethink) the rewrite must not ask at all.
    ``again`` is ``text`` already critiqued in the request's context, if it was."""
    problems: list[str] = []
    again = critique(req, text) if again is None else again
    doc = again.ctx.doc
    if not has_words(doc.text[doc.body_start : doc.body_end], 3):
        problems.append("it says nothing beyond a greeting")
    bad = violations(text, req, corpus)
    if bad:
        problems.append(
            "states facts absent from the request: " + ", ".join(sorted({v.token for v in bad}))
        )
    if overflow_at(text, req.message.channel) is not None:
        limit, unit = BUDGETS[req.message.channel]
        problems.append(f"over the {req.message.channel.value} budget of {limit} {unit}")
    if hold_ask and again.ctx.asks:
        problems.append("still asks, but the ask must wait for a later message")
    if again.verdict is not Verdict.send and not _needs_facts_only(req, again):
        codes = sorted(f.code for f in again.findings if f.kind is Kind.problem)
        problems.append(f"critiqued again as {again.verdict.value} ({', '.join(codes)})")
    return Check(tuple(problems), again.verdict, again)


NEEDS_FACTS = "Add one real detail about them: the coach knows none and won't invent one."


def _with_facts_note(changes: list[str], check: Check) -> list[str]:
    """A rewrite accepted while still generic says what only the sender can add."""
    if check.verdict is Verdict.send or NEEDS_FACTS in changes:
        return changes
    return [*changes, NEEDS_FACTS]


def _needs_facts_only(req: CoachRequest, again: Critique) -> bool:
    """The one thing left is ``generic`` and the request holds no notes about them.

    To a stranger a note with no specific reason for writing is flagged high, but a
    rewrite may not invent one: the sender must add it (``changes`` says so). Anything
    else left over still fails the rewrite.
    """
    if req.recipient.notes:
        return False
    blocking = [
        f
        for f in again.findings
        if f.kind is Kind.problem and f.severity is not None and f.severity.value != "low"
    ]
    return bool(blocking) and all(f.code == "generic" for f in blocking)


def _recipient_name(crit: Critique) -> str | None:
    req = crit.ctx.req
    name = first_name(req.recipient.name)
    if name:
        return name
    g = crit.ctx.doc.greeting
    if g:
        ws = words(crit.ctx.text[g[0] : g[1]])[1:]
        flagged = not _clean_sentence(crit, g[0], g[1])
        shouty = bool(ws) and len(ws[0]) > 1 and ws[0].isupper()
        if (
            ws
            and ws[0][0].isupper()
            and ws[0].lower() not in _NOT_NAMES
            and not flagged
            and not shouty
        ):
            if ws[0].lower() in {"mr", "ms", "mrs", "dr", "prof"} and len(ws) > 1:
                return f"{ws[0]}. {ws[1]}"
            return ws[0]
    return None


def _sender_name(crit: Critique) -> str | None:
    name = first_name(crit.ctx.req.sender.name)
    if name:
        return name
    s = crit.ctx.doc.signoff
    if s:
        lines = [ln.strip() for ln in crit.ctx.text[s[0] : s[1]].splitlines() if ln.strip()]
        if len(lines) >= 2 and 1 <= len(words(lines[-1])) <= 3 and lines[-1][0].isupper():
            return lines[-1]
    return None


def _kept_signoff(crit: Critique) -> str:
    """The draft's own closing ("Thanks,\nRosa"), if it has one and it is clean."""
    s = crit.ctx.doc.signoff
    if not s:
        return ""
    block = crit.ctx.doc.raw[s[0] : s[1]].strip()
    if not block or len(block) > 80 or not _clean_sentence(crit, *s) or "<" in block:
        return ""
    me = first_name(crit.ctx.req.sender.name)
    if me and me not in block:
        return ""
    return block


def _problem_spans(crit: Critique) -> list[tuple[int, int]]:
    return [
        (f.span.start, f.span.end)
        for f in crit.findings
        if f.kind is Kind.problem and f.span and f.code in _PROBLEM_CODES_IN_SENTENCES
    ]


def _clean_sentence(crit: Critique, start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in _problem_spans(crit))


def _tidy(sentence: str, question: bool = False) -> str:
    """A sentence lifted from the draft: markup gaps closed, first letter capitalised, and
    ended with a full stop (or a question mark for an ask) when the sender left it open."""
    s = " ".join(sentence.split()).lstrip("—–-:;, ").rstrip(",;:—–- ")
    if not s:
        return s
    if s[-1] not in ".!?…\"'”’)":
        s += "?" if question else "."
    return s[:1].upper() + s[1:]


def _kept_specifics(crit: Critique, limit: int) -> list[str]:
    """The sender's own sentences about the recipient that nothing flagged."""
    ask_idx = {a.sentence.index for a in crit.ctx.asks}
    kept: list[str] = []
    for s, _, _ in crit.ctx.signals.specific:
        if s.index in ask_idx or len(s.text) > 220 or not _clean_sentence(crit, s.start, s.end):
            continue
        if s.text.rstrip().endswith(":") or ASK_FRAME.search(s.text):
            continue  # "Quick asks, since you're at Figma now:" introduces asks, not them
        if _tidy(s.text) not in kept:
            kept.append(_tidy(s.text))
        if len(kept) >= limit:
            break
    return kept


def _opening_from_notes(req: CoachRequest) -> tuple[str, str]:
    """(statement, follow-up question) built from notes or past favours; empty if none."""
    names = [n for n in (req.recipient.name,) if n]
    for note in req.recipient.notes:
        clause = second_person(note, names)
        if clause and is_achievement(clause):
            return (
                f"I saw that {clause}, and I was really glad to hear it.",
                "How is it going so far?",
            )
        if clause:
            return f"I heard {clause}.", "How is that going these days?"
        if (about := topic(note)) and about != "":
            return f"I've been meaning to ask about {about}.", "How is it going?"
    if req.relationship:
        for it in sorted(req.relationship.interactions, key=lambda i: i.date, reverse=True):
            if it.direction is Direction.received and it.summary.strip():
                clause = second_person(it.summary, names)
                if clause:
                    return f"I'm still grateful that {clause}.", ""
    return "", ""


def _offer_line(crit: Critique) -> str:
    req = crit.ctx.req
    corpus = crit.ctx.doc.raw + "\n" + "\n".join(req.recipient.notes)
    for offer in req.sender.offers:
        clause = "" if aimed_at_software(offer) else offer_clause(offer, corpus)
        if clause:
            return f"If it would be useful, I'd be glad to {clause}."
    for o in crit.ctx.offers:
        if not o.how_to_help and _clean_sentence(crit, o.sentence.start, o.sentence.end):
            return _tidy(o.sentence.text)
    return "If there's anything I can do for you, just say the word."


def _kept_ask(crit: Critique) -> str:
    """The draft's own ask, if it is already small, clear and clean."""
    for a in crit.ctx.asks:
        if a.vague or not _clean_sentence(crit, *a.span) or len(a.sentence.text) > 200:
            continue
        if a.bounded or a.referral or not a.big:
            return _tidy(a.sentence.text, question=True)
    return ""


_INTRO_WORDS = re.compile(
    r"\b(?:introduc\w+|intro|connect\s+me|put\s+me\s+in\s+touch|put\s+me\s+in\s+front)\b",
    re.IGNORECASE,
)
_ADVICE_WORDS = re.compile(
    r"\b(?:advice|advise|pick\s+your\s+brain|perspective|your\s+thoughts|guidance|mentor\w*)\b",
    re.IGNORECASE,
)


def _goal(crit: Critique) -> Goal | None:
    """The request's goal or, when it gives none, the one its asks make plain: the small ask
    in a rewrite should still be about what the sender came for."""
    if crit.ctx.req.goal is not None:
        return crit.ctx.req.goal
    asked = " ".join(a.sentence.text for a in crit.ctx.asks)
    if not asked:
        return None
    if any(a.referral for a in crit.ctx.asks) or JOB_WORDS.search(asked):
        return Goal.job_search
    if _INTRO_WORDS.search(asked):
        return Goal.intro
    if _ADVICE_WORDS.search(asked):
        return Goal.advice
    return None


def _topic_ask(crit: Critique) -> str:
    """Replace an unusable ask with a small one about the same topic, in the sender's words."""
    goal = _goal(crit)
    for a in crit.ctx.asks:
        m = _TOPIC.search(a.sentence.text)
        if not m:
            continue
        start = a.sentence.start + m.start(1)
        topic_text = m.group(1).strip().rstrip(",;:-—– ")
        topic_text = re.sub(
            r"\s+(?:asap|please|urgently|right away|if you can|sometime|soon)$",
            "",
            topic_text,
            flags=re.I,
        )
        if (
            topic_text
            and _clean_sentence(crit, start, start + len(topic_text))
            and goal in _TOPIC_ASK
        ):
            return _TOPIC_ASK[goal].format(topic=topic_text)
    return ""


def _subject(crit: Critique, dropping_ask: bool) -> str | None:
    req = crit.ctx.req
    if req.message.channel is not Channel.email:
        return None
    subj = req.message.subject
    flagged = re.search(r"urgent|asap|!!|\[|\{|<|favou?r|job|help", subj or "", re.I)
    if subj and not flagged:
        return subj
    return "Catching up" if dropping_ask else "A quick hello"


def _changes(crit: Critique, dropping_ask: bool, had_opening: bool) -> list[str]:
    codes = crit.codes()
    out: list[str] = []
    if dropping_ask:
        if "overdrawn" in codes:
            out.append("Dropped the ask: the ledger is overdrawn, so this message is a deposit.")
        elif "ask_after_silence" in codes:
            out.append("Dropped the ask: after a long silence, reconnect first and ask later.")
        else:
            out.append("Dropped the ask for now: rebuild the relationship first.")
    notes = {
        "keeping_score": "Removed the reminder of past favours.",
        "desperation": "Took out the urgency and pleading.",
        "template_residue": "Removed the unfilled placeholder and mass-mail wording.",
        "hollow_opener": "Replaced the stock pleasantry with something about them.",
        "ask_up_front": "Put them first and moved the ask to the end.",
        "no_offer": "Added something you can offer in return.",
        "me_focused": "Shifted the focus to them with a question about their world.",
        "too_long": "Cut it down to fit the channel.",
    }
    if dropping_ask:
        notes.pop("ask_up_front")
    if "generic" in codes and had_opening:
        notes.pop("hollow_opener")  # one note says it: the opening is now about them
    for code, note in notes.items():
        if code in codes:
            out.append(note)
    if "vague_ask" in codes and not dropping_ask:
        out.append("Turned the open-ended ask into a small, specific one that is easy to decline.")
    if "generic" in codes:
        out.append("Opened with something specific about them." if had_opening else NEEDS_FACTS)
    return out


def plans(crit: Critique) -> Iterator[Plan]:
    """Candidate plans, richest first."""
    req = crit.ctx.req
    short = req.message.channel is not Channel.email and req.message.channel is not Channel.other
    tiny = req.message.channel is Channel.linkedin_note
    name = _recipient_name(crit)
    greeting = f"Hi {name}," if name else "Hi,"
    me = _sender_name(crit)
    if short:
        signoff = f"– {me}" if me else ""
    else:
        # a bare "Best," with no name under it reads as a name forgotten
        signoff = _kept_signoff(crit) or (f"Best,\n{me}" if me else "")

    dropping_ask = crit.ask_waits
    long_gap = crit.ctx.gap.days is not None and crit.ctx.gap.days >= 365
    kept = _kept_specifics(crit, 1 if short else 2)
    owned = [f.evidence for f in crit.findings if f.code == "acknowledges_gap" and f.evidence]
    already_said = any(" ".join(e.split()) in k for e in owned for k in kept)
    gap = (
        "It's been far too long since we last talked, and I'm sorry for that."
        if long_gap and not already_said
        else ""
    )

    note_line, note_q = _opening_from_notes(req)
    opening = " ".join(kept) if kept else note_line
    question = note_q if not kept and note_line else "What are you focused on these days?"
    if kept and any(s.rstrip().endswith("?") for s in kept):
        question = ""

    if dropping_ask:
        ask, easy_out = "", ""
        reconnect = "No agenda here; I'd just love to catch up."
    else:
        ask = (
            _kept_ask(crit) or _topic_ask(crit) or _ASK_BY_GOAL.get(_goal(crit), _ASK_BY_GOAL[None])
        )
        reconnect = "" if ask else "I'd love to catch up."
        easy_out = _EASY_OUT if ask and "worries" not in ask.lower() else ""

    had_asks = bool(crit.ctx.asks)
    changes = tuple(_changes(crit, dropping_ask and had_asks, bool(opening)))
    base = Plan(
        greeting=greeting,
        gap=gap,
        opening=opening,
        question=question,
        offer=_offer_line(crit),
        ask=ask,
        reconnect=reconnect,
        easy_out=easy_out,
        signoff=signoff,
        subject=_subject(crit, dropping_ask),
        changes=changes,
    )
    yield base
    if tiny or short:
        yield replace(base, question="", easy_out="", gap="It's been too long!" if gap else "")
        yield replace(base, question="", easy_out="", gap="", offer="")
    if kept and note_line:
        yield replace(base, opening=note_line, question=note_q)
    yield replace(base, ask="", easy_out="", reconnect="I'd love to catch up.")
    yield replace(
        base,
        gap="",
        opening="",
        question="What are you working on these days?",
        offer="If there's anything I can do for you, just say the word.",
        ask="",
        easy_out="",
        reconnect="",
        changes=(*changes, "Kept it to a simple, no-ask hello."),
    )
    yield replace(
        base,
        gap="",
        opening="",
        question="What are you working on these days?",
        offer="",
        ask="",
        easy_out="",
        reconnect="",
        signoff="",
        subject=base.subject,
        changes=(*changes, "Kept it to a simple, no-ask hello."),
    )


def render(env: jinja2.Environment, plan: Plan, channel: Channel) -> str:
    style = "email" if channel in (Channel.email, Channel.other) else "short"
    text = env.get_template("rewrite/message.j2").render(
        style=style,
        greeting=plan.greeting,
        gap=plan.gap,
        opening=plan.opening,
        question=plan.question,
        offer=plan.offer,
        ask=plan.ask,
        reconnect=plan.reconnect,
        easy_out=plan.easy_out,
        signoff=plan.signoff,
    )
    return text.strip()


def to_changes(pieces: list[editor.Piece]) -> list[Change]:
    """The edit as the public list of changes, in the rewrite's order."""
    return [
        Change(
            action=p.action,
            code=p.code,
            span=Span(start=p.span[0], end=p.span[1]) if p.span else None,
            text=p.text if p.action in ("edited", "added") else None,
            note=p.note,
        )
        for p in pieces
    ]


def _note_changes(notes: Iterable[str]) -> list[Change]:
    return [Change(action="edited", note=n) for n in notes]


_WORDS_OF_ASK = re.compile(r"[^\W\d_]{4,}")
_NOT_CONTENT = frozenset(
    "could would should about your with that this have just wanted wondering hoping please "
    "there their them they know able think maybe might really sometime soon asap urgent "
    "urgently quick quickly need needs favour favor help anyone something anything".split()
)


def _asks_live(pieces: list[editor.Piece]) -> bool:
    return any(p.role is Role.ask and p.action != "dropped" and p.text.strip() for p in pieces)


def request_kept(req: CoachRequest, crit: Critique, text: str) -> bool:
    """The rewrite still carries the draft's request: most of the ask's own words survive."""
    lowered = text.lower()
    for a in crit.ctx.asks:
        if PLACEHOLDER.search(a.sentence.text):
            continue  # "Here's my calendar: <calendar link>" is meant to go
        if (
            len(crit.ctx.asks) > 1
            and score_left(a.sentence.text)
            and not strip_score(a.sentence.text)
        ):
            # "So now I think it is only fair that you help me a little back." beside the real
            # request: the bill, not the request, and meant to go whole
            continue
        if a.vague or (len(crit.ctx.asks) > 1 and DESPERATION.search(a.sentence.text)):
            # an open-ended ask is meant to come back narrowed, and a plea beside a real
            # request ("I need any job at all ASAP!") is pressure, not the request
            continue
        # the apologies around an ask ("I hate to ask, but...") are meant to go; the ask is the rest
        # a reference taken before it was asked is meant to come back asked for
        asked = ask_first(a.sentence.text) or strip_apology(a.sentence.text)
        if asked == a.sentence.text and score_left(asked):
            # "you owe me one after I sorted your mum's varifocals, so can you ask your
            # brother...": the reminder is meant to go; the request is the rest
            asked = strip_score(asked, a.match_start - a.sentence.start) or asked
        # and its pressure ("ASAP, I need numbers by tonight") is meant to go too
        # (unless little of the request is left without it: "Otherwise.")
        calm = strip_pressure(asked)
        if not calm.strip():
            continue  # "I need to know by Wednesday..., so please reply ASAP" is all pressure
        asked = calm if len(words(calm)) >= 3 and asks_for_something(calm) else asked
        if (
            calm != a.sentence.text
            and PLEA_LEAD.match(a.sentence.text)
            and (bare := BARE_ORDER.match(calm))
        ):
            # "accept my video even if it is late, I have worked my whole life...": what
            # pleaded on after the order goes with the plea
            asked = bare["what"]
        content = {w.lower() for w in _WORDS_OF_ASK.findall(asked)} - _NOT_CONTENT
        if not content:
            continue
        kept = sum(1 for w in content if w in lowered)
        if kept / len(content) < 0.5:
            return False
    return True


# What may be left in an edit that keeps the sender's request: questions of judgement about
# the ask itself, never pressure, placeholders, score-keeping or text aimed at software.
_JUDGEMENT = frozenset({"ask_after_silence", "generic", "me_focused", "ask_up_front"})


# With notes to hand, "generic" can be answered, so only these judgements may be left.
_ORDER = frozenset({"ask_after_silence", "me_focused", "ask_up_front"})


# What an edit may never leave in: the parts that hurt, which the rewrite exists to take out.
HURTS = frozenset(
    {
        "desperation",
        "keeping_score",
        "template_residue",
        "injection",
        "hollow_opener",
        "overdrawn",
        "too_long",
    }
)


# What a plain edit may leave for the sender rather than fill with a stock offer: something
# to give back, a line about them, and with them something that comes before the ask.
_YOURS_TO_ADD = frozenset({"no_offer", "ask_up_front", "me_focused"})

# What the lean edit may leave for the sender: their call (asking after a gap, the ask first,
# a note about themselves) or theirs to add (something to give back, a line about them).
_LEAN = frozenset(
    {"no_offer", "ask_up_front", "me_focused", "generic", "ask_after_silence", "unasked_intro"}
)


def _near_tier(left: set[str], judgement: Callable[[], frozenset[str]]) -> int:
    """How close an edit that re-critiques as "revise" with only ``left`` blocking comes:
    1 when only a judgement call is left (asking at all after a gap, a message still about
    the sender, the ask first), 2 when a lesser fault is left (an ask still open-ended,
    nothing offered) but nothing that hurts; 0 when it is no use. Either beats holding a
    request back or replacing the draft. ``judgement`` gives the calls that may be left."""
    if left & HURTS:
        return 0
    if left & _ORDER and left <= judgement():
        return 1
    return 2


def _minor(f: Finding, crit: Critique) -> bool:
    """A low finding that the sender may leave. Over a soft budget (an email's 200 words) is
    one when the note asks for nothing: read blind, a warm letter cut to fit had lost its
    jokes and its news, and the sender would not send it. So is a letter that asks and is
    fit to send: cut to fit, such letters lost the examples asked for, the grounds for a
    transfer, the one question. A note that needs an edit anyway is cut, as its length is the reader's
    cost; so is a LinkedIn connection note over 300 characters, which cannot be sent at all."""
    if f.severity is None or f.severity.value != "low":
        return False
    if f.code != "too_long":
        return True
    channel = crit.ctx.req.message.channel
    if channel is Channel.linkedin_note:
        return False
    # a letter may run long; a LinkedIn message or a text that asks is read on a phone
    letter = channel in (Channel.email, Channel.other)
    return not crit.ctx.asks or (crit.verdict is Verdict.send and letter)


def _blocking(again: Critique) -> set[str]:
    return {
        f.code
        for f in again.findings
        if f.kind is Kind.problem and f.severity is not None and f.severity.value != "low"
    }


_CANDIDATES = (
    editor.Options(stock_lines=True),
    editor.Options(stock_lines=False),
    editor.Options(stock_lines=True, hold_ask=True),
)


def rewrite(crit: Critique, env: jinja2.Environment) -> Rewrite:
    """An edit of the draft that is grounded, fits the channel and re-critiques as send.

    Candidates go from the fullest edit to the plainest; a draft with no problem is
    returned as written. The template plans are the last resort.
    """
    req = crit.ctx.req
    corpus = request_corpus(req)
    hold = crit.ask_waits
    scored = "keeping_score" in crit.codes()
    problems = [f for f in crit.findings if f.kind is Kind.problem]
    if all(_minor(f, crit) for f in problems):
        # nothing to change, or only low findings, which never block sending: read blind, an
        # easy-out or an offer added to a friend's small favour is what senders undo
        minor = ", ".join(sorted({f.code for f in problems}))
        note = (
            f"Fit to send as you wrote it; only minor points noted: {minor}."
            if minor
            else "Nothing to change: it is about them, gives something and is easy to answer."
        )
        keep = [Change(action="kept", span=Span(start=0, end=len(req.message.text)), note=note)]
        return Rewrite(text=req.message.text, subject=req.message.subject, changes=keep)
    subject = _subject(crit, hold)
    # the first edit that only falls short of "send" (everything else checks out): better
    # for the sender than a template that replaces their words
    near: tuple[str, list[editor.Piece], Check] | None = None
    near_tier = 3

    # Plans and repairs often render a text already checked (the same edit reached twice,
    # or a template plan equal to an edit): its check is the same, so it is made once.
    checked: dict[tuple[str, bool], Check] = {}
    # An edit that left the draft as it was (nothing it could fix) is the draft, critiqued
    # already: a fifth of the candidates checked over the eval cases.
    critiqued: dict[str, Critique] = {crit.ctx.doc.raw: crit}

    def check_once(text: str, hold_ask: bool) -> Check:
        got = checked.get((text, hold_ask))
        if got is None:
            got = verify(req, text, corpus, hold_ask=hold_ask, again=critiqued.get(text))
            checked[(text, hold_ask)] = got
            critiqued[text] = got.again
        return got

    @cache
    def judgement() -> frozenset[str]:
        # "generic" may be left only when nothing known of them makes a line (worked out once)
        return _JUDGEMENT if not note_line(crit) else _ORDER

    # a draft already fit to send gets only its flagged parts fixed, nothing added: read
    # blind, "I'm still grateful that you lent me your drill" put before "Tunde abeg, can I
    # borrow your ladder?" is what senders undo. Two exceptions go to the full edit: a draft
    # over its budget (it knows what to cut first), and a request to someone less close,
    # beside which the labelled sets show a line about them from the notes is worth adding.
    rel = req.relationship
    close = (
        rel is not None and rel.closeness is not None and rel.closeness.value in ("close", "friend")
    )
    light = (
        (editor.Options(additions=False),)
        if crit.verdict is Verdict.send
        and "too_long" not in crit.codes()
        and (not crit.ctx.asks or close)
        else ()
    )
    # before any stock offer ("Happy to return the favour whenever it would help"), the edit
    # without one: read blind, a bolted-on offer is what senders object to most
    plain = (
        (editor.Options(stock_offer=False),)
        if crit.verdict is Verdict.revise and "no_offer" in crit.codes()
        else ()
    )
    # read blind, what senders object to most is what the coach adds: the lean edit (fix,
    # drop, reshape the ask, add only what the sender listed) comes first, and stands when
    # all that is left is the sender's to judge or to add
    lean = (
        (editor.Options(stock_lines=False, stock_offer=False, lean=True),)
        # (and a favour called in, whose request is asked on its own merits once the
        # reminder goes: read blind, "A no is a perfectly good answer" and "I owe you one"
        # bolted onto it were not the sender)
        if crit.verdict is Verdict.revise or (crit.verdict is Verdict.rethink and not hold)
        else ()
    )
    for opts in (*light, *lean, *plain, *_CANDIDATES):
        if near_tier == 0:
            break
        if opts.hold_ask and near is not None:
            break  # an edit that keeps their request beats one that holds it back
        pieces: list[editor.Piece] | None = editor.plan(crit, opts)
        lean_best: tuple[str, list[editor.Piece], Check] | None = None
        for _ in range(3):  # the edit, then up to two repairs of what its re-critique finds
            assert pieces is not None
            if crit.ctx.doc.text == req.message.text:
                text = editor.render(pieces, req.message.text, req.message.channel)
            else:  # pasted markup: laid out as its blocks, and none of it in the rewrite
                text = plain_text(editor.render(pieces, crit.ctx.doc.text, req.message.channel))
            if not text.strip():
                break
            holding = hold or opts.hold_ask
            if not holding and scored and (score_left(text) or not _asks_live(pieces)):
                # the favour is still called in, or the request went with the reminder
                # ("an intro is the least you could do"): this edit cannot keep the request
                break
            check = check_once(text, holding)
            if check.ok and (holding or request_kept(req, crit, text)):
                changes = to_changes(pieces)
                if check.verdict is not Verdict.send:
                    changes.append(Change(action="added", code="generic", note=NEEDS_FACTS))
                return Rewrite(text=text, subject=subject, changes=changes)
            left = {f.code for f in check.again.findings if f.kind is Kind.problem}
            blocking = _blocking(check.again)
            if (
                opts.lean
                and all(p.startswith("critiqued again") for p in check.problems)
                and blocking <= _LEAN
                and request_kept(req, crit, text)
            ):
                lean_best = (text, pieces, check)  # it stands; a repair may still cut more
            tier = (
                _near_tier(blocking, judgement)
                if check.verdict is Verdict.revise
                and all(p.startswith("critiqued again") for p in check.problems)
                and (holding or request_kept(req, crit, text))
                else 0
            )
            if not opts.stock_offer and tier and blocking <= _YOURS_TO_ADD:
                # only something to give back is missing: that is the sender's to add
                near, near_tier = (text, pieces, check), 0
                break
            if tier and (near is None or tier < near_tier):
                near, near_tier = (text, pieces, check), tier
            pieces = editor.repair(crit, pieces, left, stock_offer=opts.stock_offer, lean=opts.lean)
            if pieces is None:
                break
        if lean_best is not None:
            near, near_tier = lean_best, 0
    if near is not None:
        text, pieces, check = near
        still = sorted({f.code for f in check.again.findings if f.kind is Kind.problem})
        note = "Still flagged after the edit: " + ", ".join(still) + ". That part is your call."
        return Rewrite(
            text=text,
            subject=subject,
            changes=[*to_changes(pieces), Change(action="kept", note=note)],
        )
    last: tuple[str, Plan] | None = None
    for plan in plans(crit):
        text = render(env, plan, req.message.channel)
        last = (text, plan)
        check = check_once(text, hold)
        if check.ok:
            return Rewrite(
                text=text,
                subject=plan.subject,
                changes=_note_changes(_with_facts_note(list(plan.changes), check)),
            )
    assert last is not None
    text, plan = last
    return Rewrite(text=text, subject=plan.subject, changes=_note_changes(plan.changes))
