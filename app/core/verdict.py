"""Verdict, score and a one-line summary, from the findings alone."""

from __future__ import annotations

from app.models import Finding, Kind, Severity, Verdict

# Problems that mean the approach, not the wording, is wrong for this relationship
# (ask_after_silence only at high severity: a small ask that owns the gap is fixable).
RETHINK_CODES = frozenset({"ask_after_silence", "overdrawn", "keeping_score"})


def calls_for_rethink(f: Finding) -> bool:
    if f.code == "ask_after_silence":
        return f.severity is Severity.high
    return f.code in RETHINK_CODES


def ask_must_wait(findings: list[Finding]) -> bool:
    """The ask waits when the relationship cannot carry it yet (a long silence, an
    overdrawn ledger). Calling in a favour is the wrong way to ask, not the wrong time:
    the reminder goes and the request is asked on its own merits (the rewrite holds it
    back only when no edit can take the reminder out)."""
    return any(
        f.kind is Kind.problem and calls_for_rethink(f) and f.code != "keeping_score"
        for f in findings
    )


_PENALTY = {Severity.high: 30, Severity.medium: 12, Severity.low: 4}

_HEADLINE = {
    "ask_after_silence": "it asks for something after a long silence",
    "overdrawn": "the relationship ledger is overdrawn",
    "keeping_score": "it calls in past favours",
    "template_residue": "a placeholder is still in it",
    "desperation": "it reads as pressure",
    "ask_up_front": "the ask comes first",
    "hollow_opener": "the opener is a stock pleasantry before a pivot to you",
    "vague_ask": "the ask is too open-ended",
    "no_offer": "it offers nothing back",
    "me_focused": "it is mostly about you",
    "generic": "nothing in it is specific to them",
    "too_long": "it is long for the channel",
    "bare_ask": "it asks with no reason and nothing about them",
    "many_asks": "it asks for several favours at once",
    "over_apologising": "it apologises more than once for asking",
    "unasked_intro": "it introduces two people without asking either first",
    "flattery": "it praises them with nothing specific in it",
}


def decide(findings: list[Finding]) -> Verdict:
    problems = [f for f in findings if f.kind is Kind.problem]
    if any(calls_for_rethink(f) for f in problems):
        return Verdict.rethink
    highs = sum(1 for f in problems if f.severity is Severity.high)
    mediums = sum(1 for f in problems if f.severity is Severity.medium)
    if highs == 0 and mediums <= 1:
        return Verdict.send
    return Verdict.revise


def score(findings: list[Finding], verdict: Verdict) -> int:
    """0-100; kept inside the band its verdict implies so the two never disagree."""
    s = 100
    seen: set[str] = set()
    for f in findings:
        if f.code in seen:
            continue
        seen.add(f.code)
        if f.kind is Kind.problem and f.severity:
            s -= _PENALTY[f.severity]
        elif f.kind is Kind.strength:
            s += 3
    s = max(0, min(100, s))
    bands = {Verdict.send: (70, 100), Verdict.revise: (40, 69), Verdict.rethink: (0, 39)}
    lo, hi = bands[verdict]
    return max(lo, min(hi, s))


def summary(findings: list[Finding], verdict: Verdict) -> str:
    problems = [f for f in findings if f.kind is Kind.problem]
    order = {Severity.high: 0, Severity.medium: 1, Severity.low: 2}
    problems.sort(key=lambda f: (not calls_for_rethink(f), order[f.severity or Severity.low]))
    strengths = [f for f in findings if f.kind is Kind.strength]
    reasons = [_HEADLINE.get(f.code, f.code.replace("_", " ")) for f in problems[:2]]
    if verdict is Verdict.rethink and not ask_must_wait(findings):
        # a favour called in: the request can stand, the reminder cannot
        return (
            f"Rethink the approach: {' and '.join(reasons)}. Drop the reminder and ask on the "
            "request's own merits."
        )
    if verdict is Verdict.rethink:
        return (
            f"Rethink the approach: {' and '.join(reasons)}. Reconnect and give first; ask later."
        )
    if verdict is Verdict.revise:
        return f"Worth revising before you send: {' and '.join(reasons)}."
    if problems:
        return f"Good to send; one thing to polish: {reasons[0]}."
    if strengths:
        return "Good to send: it is about them and easy to answer."
    return "Good to send."
