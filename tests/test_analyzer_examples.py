"""Every analyzer's own examples: must fire (with the exact span) and must not fire."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from app.core.analyzers import REGISTRY, Analyzer, Example
from app.core.critique import critique
from app.models import CoachRequest, Kind, Stage

SPEC = Path(__file__).resolve().parents[1] / "docs" / "findings.md"

CASES = [
    pytest.param(a, ex, id=f"{a.code}-{'fires' if ex.fires else 'quiet'}-{i}")
    for a in REGISTRY
    for i, ex in enumerate(a.examples)
]


def build(ex: Example) -> CoachRequest:
    body: dict[str, Any] = {"message": {"text": ex.text}, "today": "2026-11-25"}
    for key, value in ex.context.items():
        if key == "message":
            body["message"].update(value)
        else:
            body[key] = value
    return CoachRequest.model_validate(body)


@pytest.mark.parametrize(("analyzer", "example"), CASES)
def test_example(analyzer: Analyzer, example: Example) -> None:
    result = critique(build(example))
    hits = [f for f in result.findings if f.code == analyzer.code]
    if not example.fires:
        assert not hits, f"{analyzer.code} fired on {example.text!r}: {hits[0].evidence!r}"
        return
    assert hits, f"{analyzer.code} did not fire on {example.text!r}"
    f = hits[0]
    if example.severity is not None:
        assert f.severity is example.severity, (
            f"{analyzer.code} fired at {f.severity} on {example.text!r}, not {example.severity}"
        )
    if example.evidence is None:
        assert f.span is None or f.evidence is not None
        return
    assert f.evidence == example.evidence
    assert f.span is not None
    assert example.text[f.span.start : f.span.end] == example.evidence


@pytest.mark.parametrize("analyzer", REGISTRY, ids=lambda a: a.code)
def test_every_analyzer_has_examples_both_ways(analyzer: Analyzer) -> None:
    assert any(e.fires for e in analyzer.examples), f"{analyzer.code} has no must-fire example"
    assert any(not e.fires for e in analyzer.examples), (
        f"{analyzer.code} has no must-not-fire example"
    )
    assert analyzer.principle and analyzer.message
    if analyzer.kind is Kind.problem:
        assert analyzer.severity is not None and analyzer.suggestion


def test_every_spec_code_has_an_analyzer() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    tables = spec.split("## Problems", 1)[1].split("## Verdict", 1)[0]
    codes = set(re.findall(r"^\| `([a-z_]+)` \|", tables, flags=re.MULTILINE))
    assert len(codes) >= 18
    assert codes <= {a.code for a in REGISTRY}


def test_every_stage_is_documented() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    section = spec.split("## Relationship stage", 1)[1].split("## ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE))
    assert documented == {s.value for s in Stage}


def test_codes_are_unique_and_snake_case() -> None:
    codes = [a.code for a in REGISTRY]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z][a-z_]+", c) for c in codes)
