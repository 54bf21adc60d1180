"""The labelled eval set stays what the issue promised: big, varied, balanced and valid."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

from app.core.analyzers import REGISTRY
from app.evaluation.cases import load
from app.models import Kind

CASES = Path(__file__).resolve().parent.parent / "evals" / "cases.jsonl"
LOADED = load(CASES)


def test_every_line_is_a_valid_case() -> None:
    assert LOADED.malformed == []
    assert len(LOADED.cases) >= 150


def test_code_balance() -> None:
    fire: Counter[str] = Counter()
    quiet: Counter[str] = Counter()
    for c in LOADED.cases:
        fire.update(c.expected.codes)
        quiet.update(c.expected.not_codes)
    for a in REGISTRY:
        if a.kind is Kind.problem:
            assert fire[a.code] >= 8 and quiet[a.code] >= 8, (a.code, fire[a.code], quiet[a.code])
        else:
            assert fire[a.code] >= 5, (a.code, fire[a.code])
    known = {a.code for a in REGISTRY}
    assert set(fire) | set(quiet) <= known


def test_coverage_of_channels_goals_closeness() -> None:
    reqs = [c.request for c in LOADED.cases]
    assert {r.message.channel.value for r in reqs} == {
        "email",
        "linkedin_note",
        "linkedin",
        "text",
        "other",
    }
    assert {r.goal.value for r in reqs if r.goal} == {
        "job_search",
        "intro",
        "advice",
        "catch_up",
        "sales",
        "other",
    }
    closeness = {
        r.relationship.closeness.value for r in reqs if r.relationship and r.relationship.closeness
    }
    assert closeness == {"close", "friend", "acquaintance", "weak_tie", "stranger"}
    assert any(r.relationship is None for r in reqs)
    verdicts = Counter(c.expected.verdict.value for c in LOADED.cases if c.expected.verdict)
    assert min(verdicts.values()) >= 30, verdicts


def test_hard_cases_are_present() -> None:
    texts = [c.request.message.text for c in LOADED.cases]
    assert any(re.search(r"ignore (all )?(previous|prior) instructions", t, re.I) for t in texts)
    assert any("<" in t and ">" in t for t in texts)
    assert any(re.search(r"[^\x00-\x7f]", t) for t in texts)
    assert any(len(t) < 80 for t in texts) and any(len(t.split()) > 250 for t in texts)


def _shingles(text: str) -> set[str]:
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i : i + 3]) for i in range(len(w) - 2)}


def test_no_near_duplicates() -> None:
    sh = [(c.id, _shingles(c.request.message.text)) for c in LOADED.cases]
    for (a, sa), (b, sb) in itertools.combinations(sh, 2):
        if sa and sb:
            jaccard = len(sa & sb) / len(sa | sb)
            assert jaccard < 0.6, f"{a} and {b} are near-duplicates ({jaccard:.2f})"
