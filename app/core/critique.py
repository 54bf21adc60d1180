"""The critique pipeline: parse once, compute shared facts once, run every analyzer."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core import roles as roles_mod
from app.core import signals as signals_mod
from app.core.analyzers import REGISTRY, Context
from app.core.asks import scan
from app.core.ledger import build_ledger, compute_gap
from app.core.phrasing import first_name
from app.core.roles import RoledSentence
from app.core.stage import compute_stage
from app.core.text import parse
from app.core.verdict import ask_must_wait, decide, score, summary
from app.models import CoachRequest, CritiqueResponse, Finding, Kind, SentenceInfo, Span, Verdict


@dataclass(frozen=True, slots=True)
class Critique:
    """A critique plus the context it was computed from (the rewrite planner needs both)."""

    ctx: Context
    findings: list[Finding]
    verdict: Verdict
    score: int
    summary: str
    _roles: list[RoledSentence] = field(default_factory=list)

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    @property
    def ask_waits(self) -> bool:
        """The request is held back for later: the relationship cannot carry it yet (a long
        silence, an overdrawn ledger). A favour called in is the wrong way to ask, not the
        wrong time."""
        return ask_must_wait(self.findings)

    @property
    def roles(self) -> list[RoledSentence]:
        """Each sentence's role, read on first use (re-critiques of candidates never need it)."""
        if not self._roles:
            self._roles.extend(roles_mod.assign(self.ctx, self.findings))
        return self._roles

    def response(self) -> CritiqueResponse:
        return CritiqueResponse(
            engine="rules",
            relationship_stage=self.ctx.stage,
            verdict=self.verdict,
            score=self.score,
            summary=self.summary,
            findings=self.findings,
            sentences=[
                SentenceInfo(span=Span(start=r.start, end=r.end), role=r.role) for r in self.roles
            ],
            ledger=self.ctx.ledger,
        )


def build_context(req: CoachRequest, text: str | None = None) -> Context:
    """Shared facts for ``text`` (default: the draft) under the request's relationship."""
    text = req.message.text if text is None else text
    doc = parse(text, first_name(req.recipient.name))
    asks, offers = scan(doc)
    gap = compute_gap(req, text)
    ledger = build_ledger(req, bool(asks), gap)
    sig = signals_mod.compute(req, doc, {a.sentence.index for a in asks})
    return Context(req, doc, asks, offers, gap, ledger, sig, compute_stage(req, gap, text))


def run_analyzers(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for a in REGISTRY:
        for hit in a.check(ctx):
            # built from the analyzers' own declared values, so not validated again
            span = Span(start=hit.span[0], end=hit.span[1]) if hit.span else None
            findings.append(
                Finding(
                    code=a.code,
                    kind=a.kind,
                    severity=(hit.severity or a.severity) if a.kind is Kind.problem else None,
                    message=hit.message or a.message,
                    principle=a.principle,
                    suggestion=a.suggestion or None,
                    span=span,
                    evidence=ctx.doc.raw[hit.span[0] : hit.span[1]] if hit.span else None,
                )
            )
    return sorted(findings, key=_order)


_SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


def _order(f: Finding) -> tuple[int, int, int]:
    """Problems first, most severe first, then in reading order; strengths last."""
    if f.kind is Kind.strength:
        return (3, f.span.start if f.span else 0, 0)
    rank = _SEVERITY_RANK[f.severity.value] if f.severity else 2
    return (rank, f.span.start if f.span else -1, 0)


def critique(req: CoachRequest, text: str | None = None) -> Critique:
    """Critique the draft (or ``text``, e.g. a rewrite) in the request's context."""
    ctx = build_context(req, text)
    findings = run_analyzers(ctx)
    verdict = decide(findings)
    return Critique(ctx, findings, verdict, score(findings, verdict), summary(findings, verdict))
