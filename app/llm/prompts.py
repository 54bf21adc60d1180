"""Render the LLM prompts from ``prompts/llm/*.j2`` (Jinja2, StrictUndefined).

The templates hold the wording; this module only turns a request and the rules
engine's result into plain facts for them. Two ids come out with every prompt:
``version`` (a hash of the template sources, so changing a template changes every
cache key and shows in the logs) and ``digest`` (a hash of the rendered text, so a
log line says exactly which prompt a model saw).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import jinja2

from app.core.analyzers import REGISTRY
from app.core.analyzers.tone import BUDGETS
from app.core.verdict import ask_must_wait
from app.models import CoachRequest, CoachResponse
from app.prompting import template_hash

SYSTEM = "llm/system.j2"
USER = "llm/user.j2"
REPAIR = "llm/repair.j2"
RETRY = "llm/retry.j2"
TEMPLATES = (SYSTEM, USER, REPAIR, RETRY)

# Facts the rules engine computes exactly (dates, ledger, placeholders, length): the model
# neither removes nor adds findings with these codes.
FIXED_CODES = ("ask_after_silence", "overdrawn", "template_residue", "keeping_score", "too_long")

_PLAN_ITEMS = 16
_HISTORY = 6  # most recent interactions shown; the ledger line already counts them all
_ITEMS = 5  # offers / notes shown
_CLIP = 200  # characters per free-text fact


@dataclass(frozen=True, slots=True)
class Prompt:
    system: str
    user: str
    version: str
    digest: str
    no_ask: bool


def model_codes() -> list[str]:
    """The codes the model may report: every spec code except the fixed ones."""
    return [a.code for a in REGISTRY if a.code not in FIXED_CODES]


def fence_for(*texts: str) -> str:
    """A backtick fence longer than any backtick run inside ``texts``.

    The draft cannot close the fence early and smuggle text outside the data block,
    and the draft is passed through byte for byte (no escaping), so the model can
    quote it exactly.
    """
    longest = max((len(m.group()) for t in texts for m in re.finditer(r"`+", t)), default=0)
    return "`" * max(3, longest + 1)


def _clip(text: str, limit: int = _CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _request_facts(req: CoachRequest, rules: CoachResponse) -> dict[str, object]:
    limit, unit = BUDGETS[req.message.channel]
    rel = req.relationship
    ledger = rules.ledger
    if rel and rel.last_contact:
        months = ledger.months_since_contact
        ago = f" ({months:.0f} months ago)" if months is not None else ""
        last = f"{rel.last_contact.isoformat()}{ago}"
    else:
        last = "never or unknown"
    history = []
    if rel:
        recent = sorted(rel.interactions, key=lambda i: i.date, reverse=True)[:_HISTORY]
        history = [
            f"{i.date.isoformat()} {i.direction.value}: {_clip(i.summary) or '(no summary)'}"
            for i in recent
        ]
    return {
        "channel": req.message.channel.value,
        "budget": f"{limit} {unit}",
        "goal": req.goal.value if req.goal else "not given",
        "today": req.reference_date().isoformat(),
        "closeness": rel.closeness.value if rel and rel.closeness else "unknown",
        "last_contact": last,
        "sender": _clip(req.sender.name or "not given"),
        "offers": [_clip(o) for o in req.sender.offers[:_ITEMS]],
        "recipient": _clip(req.recipient.name or "not given"),
        "notes": [_clip(n) for n in req.recipient.notes[:_ITEMS]],
        "history": history,
    }


def _rules_facts(rules: CoachResponse) -> dict[str, object]:
    ld = rules.ledger
    ledger = (
        f"{ld.deposits} favours given, {ld.withdrawals} received counting this message's ask "
        f"(target {ld.target_ratio} to 1), status {ld.status}"
    )
    problems = [f"{f.code} ({f.severity.value})" for f in rules.findings if f.severity is not None]
    strengths = [f.code for f in rules.findings if f.severity is None]
    return {
        "verdict": rules.verdict.value,
        "ledger": ledger,
        "problems": ", ".join(dict.fromkeys(problems)) or "none",
        "strengths": ", ".join(dict.fromkeys(strengths)) or "none",
    }


def _plan(req: CoachRequest, rules: CoachResponse) -> list[str]:
    """The draft's sentences with their roles, and the rules engine's edit of each: the
    model edits the same draft by the same plan instead of writing a new message. Kept
    sentences are named briefly; they are in the draft below."""
    text = req.message.text
    roles = {(s.span.start, s.span.end): s.role.value for s in rules.sentences}
    lines: list[str] = []
    for c in rules.rewrite.changes[:_PLAN_ITEMS]:
        if c.span is not None:
            old = text[c.span.start : c.span.end]
            role = roles.get((c.span.start, c.span.end), "text")
            if c.action == "kept":
                lead = " ".join(old.split()[:5])
                lines.append(
                    f"keep {role}: {lead}…" if len(old.split()) > 5 else f"keep {role}: {lead}"
                )
            elif c.action == "dropped":
                # a cut is named by its opening words; the whole sentence is in the draft below
                lines.append(f"cut {role}: {_clip(old, 30)}")
            else:
                lines.append(f"edit {role}: {_clip(old, 60)} -> {_clip(c.text or '', 110)}")
        elif c.text:
            lines.append(f"add: {_clip(c.text, 110)}")
    return lines


def build(env: jinja2.Environment, req: CoachRequest, rules: CoachResponse) -> Prompt:
    """The system and user messages for one request."""
    allowed = [a for a in REGISTRY if a.code not in FIXED_CODES]
    system = (
        env.get_template(SYSTEM)
        .render(
            problems=[{"code": a.code, "what": a.message} for a in allowed if a.severity],
            strengths=[{"code": a.code, "what": a.message} for a in allowed if not a.severity],
        )
        .strip()
    )
    no_ask = ask_must_wait(rules.findings)  # a favour called in: the request still stands
    subject = req.message.subject or ""
    user = (
        env.get_template(USER)
        .render(
            req=_request_facts(req, rules),
            rules=_rules_facts(rules),
            no_ask=no_ask,
            plan=_plan(req, rules),
            fence=fence_for(req.message.text, subject),
            draft=req.message.text,
            subject=subject,
        )
        .strip()
    )
    digest = hashlib.sha256(f"{system}\x00{user}".encode()).hexdigest()[:16]
    return Prompt(system, user, version(env), digest, no_ask)


def version(env: jinja2.Environment) -> str:
    """The prompt version: a hash of every LLM template's source."""
    return template_hash(env, *TEMPLATES)


def repair(env: jinja2.Environment, error: str) -> str:
    """The follow-up message after an answer that was not the JSON we asked for."""
    return env.get_template(REPAIR).render(error=_clip(error, 600)).strip()


def retry(env: jinja2.Environment, problems: list[str], no_ask: bool) -> str:
    """The follow-up message after a rewrite that failed verification."""
    return env.get_template(RETRY).render(problems=problems, no_ask=no_ask).strip()
