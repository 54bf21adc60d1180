"""Check everything the model says before it reaches the user.

A model's finding is kept only if its code is one the spec defines, the rules engine
does not own that code, and its evidence can be found in the draft (the span and the
returned evidence then come from the draft, not from the model). Rules findings are
all kept: the fixed codes because they are facts the model cannot know better (dates,
the ledger, placeholders, length), the others because a model that says nothing must
not turn a draft that needs work into one that is good to send. The verdict and score
are recomputed from the merged list with the same rule the rules engine uses.

A model's rewrite must pass the same :func:`app.core.rewrite.verify` as the rules
rewrite (grounded, within budget, critiqued again as ``send``); its subject must be
grounded too. It must also visibly give (an offer, or asking how to help): that is the
product's promise, and it is what a rewrite steered by instructions hidden in the draft
("rewrite it as: wire the money...") typically lacks, since such text is grounded by
construction (it is in the request) and may well critique as ``send``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.analyzers import REGISTRY, Analyzer
from app.core.critique import Critique, critique
from app.core.grounding import violations
from app.core.rewrite import request_kept, verify
from app.llm.prompts import FIXED_CODES
from app.llm.schema import MAX_CHANGES, MAX_FINDINGS, LLMFinding, LLMRewrite
from app.models import Change, Channel, CoachRequest, Finding, Kind, Rewrite, Span

_BY_CODE: dict[str, Analyzer] = {a.code: a for a in REGISTRY}
_MIN_QUOTE = 3  # shorter quotes ("I", "a") match anywhere and prove nothing
_QUOTES = "\"'“”‘’`"
_SUBJECT_LINE = re.compile(r"\A\s*subject:\s*(.+?)\s*\n", re.IGNORECASE)
_SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
_GIVING = frozenset({"gives_first", "asks_how_to_help"})


def _char_pattern(c: str) -> str:
    if c in "'’‘":
        return "['’‘]"
    if c in '"“”':
        return '["“”]'
    if c in "-–—":
        return "[-–—]"
    return re.escape(c)


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` occurs in ``text``: exactly, else ignoring case, runs of whitespace,
    curly versus straight quotes and dash styles, and surrounding quote marks or ellipses.
    ``None`` if it is not there (the model paraphrased or invented it)."""
    candidates = [quote.strip()]
    trimmed = quote.strip().strip(_QUOTES).strip()
    trimmed = re.sub(r"^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$", "", trimmed)
    if trimmed != candidates[0]:
        candidates.append(trimmed)
    for q in candidates:
        if len(q.replace(" ", "")) < _MIN_QUOTE:
            continue
        at = text.find(q)
        if at >= 0:
            return at, at + len(q)
        pattern = r"\s+".join("".join(_char_pattern(c) for c in tok) for tok in q.split())
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return m.start(), m.end()
    return None


def _overlaps(a: Span | None, b: tuple[int, int]) -> bool:
    return a is None or (a.start < b[1] and b[0] < a.end)


def _order(f: Finding) -> tuple[int, int]:
    """Problems first, most severe first, then in reading order; strengths last."""
    start = f.span.start if f.span else -1
    if f.kind is Kind.strength:
        return (3, start)
    return (_SEVERITY_RANK[f.severity.value] if f.severity else 2, start)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Merged:
    findings: list[Finding]
    notes: list[str]


def merge_findings(text: str, rules: list[Finding], proposed: list[LLMFinding]) -> Merged:
    """Rules findings plus every model finding that survives verification."""
    merged = list(rules)
    notes: list[str] = []
    for lf in proposed[:MAX_FINDINGS]:
        code = lf.code.strip()
        analyzer = _BY_CODE.get(code)
        if analyzer is None:
            notes.append(f"dropped a model finding with unknown code {_clip(code, 40)!r}")
            continue
        if code in FIXED_CODES:
            notes.append(f"ignored the model's {code}: the rules engine decides that code")
            continue
        span = locate(text, lf.evidence)
        if span is None:
            notes.append(
                f"dropped the model's {code}: its evidence {_clip(lf.evidence, 60)!r} "
                "is not in the draft"
            )
            continue
        if any(f.code == code and _overlaps(f.span, span) for f in merged):
            continue  # the same observation, already reported
        merged.append(
            Finding(
                code=code,
                kind=analyzer.kind,
                severity=analyzer.severity if analyzer.kind is Kind.problem else None,
                message=_clip(lf.message, 300) or analyzer.message,
                principle=analyzer.principle,
                suggestion=analyzer.suggestion or None,
                span=Span(start=span[0], end=span[1]),
                evidence=text[span[0] : span[1]],
                source="llm",
            )
        )
    if len(proposed) > MAX_FINDINGS:
        notes.append(f"ignored {len(proposed) - MAX_FINDINGS} model findings over the limit")
    return Merged(sorted(merged, key=_order), notes)


def _ungrounded(line: str, req: CoachRequest, corpus: str) -> list[str]:
    """Ungrounded names, numbers and dates in a subject line or a change note.

    Sentence-initial words are exempt: such short lines open with words ("Catching up",
    "Led with...") that the grounding lexicon, built for message bodies, does not know.
    """
    starts = {0} | {m.end() for m in re.finditer(r"[.!?;:]\s+", line)}
    return sorted({v.token for v in violations(line, req, corpus) if v.start not in starts})


_CUT_CODES = frozenset({"desperation", "keeping_score", "template_residue", "hollow_opener"})


def plan_problems(req: CoachRequest, crit: Critique, plan: list[Change], text: str) -> list[str]:
    """Where the model's rewrite breaks the edit plan: the request lost (unless the ask is
    held back) or a sentence the plan cut brought back. ``crit`` is the draft's critique."""
    problems: list[str] = []
    if not crit.ask_waits and not request_kept(req, crit, text):
        problems.append("it lost the sender's request: keep the same request, asked calmly")
    low = " ".join(text.lower().split())
    for c in plan:
        if c.action != "dropped" or c.span is None or (c.code not in _CUT_CODES and c.code):
            continue
        cut = " ".join(req.message.text[c.span.start : c.span.end].lower().split())
        if len(cut) >= 12 and cut in low:
            problems.append(f"it brings back a cut sentence: {_clip(cut, 80)!r}")
    for f in crit.findings:
        if (
            f.code in _CUT_CODES
            and f.evidence
            and len(f.evidence) >= 4
            and f.evidence.lower() in low
        ):
            problems.append(f"it keeps what had to go ({f.code}): {_clip(f.evidence, 60)!r}")
    return problems


def check_rewrite(
    req: CoachRequest,
    proposed: LLMRewrite,
    fallback_subject: str | None,
    corpus: str,
    plan: list[Change] | None = None,
) -> tuple[Rewrite | None, list[str]]:
    """The model's rewrite if it passes every check, else ``None`` and the failures."""
    text = proposed.text.strip()
    subject = (proposed.subject or "").strip() or None
    m = _SUBJECT_LINE.match(text)
    if m and req.message.channel is Channel.email:  # a subject line written into the body
        subject = subject or m.group(1)
        text = text[m.end() :].strip()
    if not text:
        return None, ["the rewrite is empty"]
    draft = critique(req)
    check = verify(req, text, corpus, hold_ask=draft.ask_waits)
    problems = [*check.problems, *plan_problems(req, draft, plan or [], text)]
    if not _GIVING & check.again.codes():
        problems.append("gives nothing: offer something concrete or ask how you can help")
    if req.message.channel is not Channel.email:
        subject = None
    elif subject is None:
        subject = fallback_subject
    elif bad := _ungrounded(subject, req, corpus):
        problems.append(f"the subject states facts absent from the request: {', '.join(bad)}")
    if problems:
        return None, problems
    changes = [
        _clip(c, 200) for c in proposed.changes if c.strip() and not _ungrounded(c, req, corpus)
    ]
    notes = changes[:MAX_CHANGES] or ["Rewritten to lead with them and give before asking."]
    return Rewrite(
        text=text,
        subject=subject,
        changes=[Change(action="edited", note=n) for n in notes],
        engine="llm",
    ), []
