"""The words a phrase pattern is gated on (app/core/keywords.py) are in every match it finds."""

from __future__ import annotations

import pytest

import app.core.analyzers
import app.core.rewrite  # noqa: F401
from app.core import patterns
from app.core.keywords import keywords
from tests.test_patterns import CORPUS


@pytest.mark.parametrize(
    ("alternatives", "expected"),
    [
        ((r"dear\s+sir", r"dear\s+madam", r"to\s+whom\s+it\s+may\s+concern"), ("concern", "dear")),
        ((r"(?:sorry|apologies)\s+to\s+ask",), ("ask",)),
        ((r"(?:sorry|apologies)\s+(?:to|for)",), ("apologies", "sorry")),
        ((r"no\s+rush(?:\s+at\s+all)?",), ("rush",)),
        ((r"cash(?:ing)?\s+in", r"cashed"), ("cash",)),  # "cashed" is implied by "cash"
        ((r"hel+o",), ("hel",)),  # at least one l, and "o" need not follow it
        ((r"a\.s\.a\.p",), ("a.s.a.p",)),  # an escaped dot is a dot
        ((r"ab(?:out)?c",), None),  # "ab" and "c" are too short; "out" may be skipped
        ((r"(?=market)\w+ed",), None),  # a look-ahead's words need not be in the match
        ((r"you\s+and\s+the",), None),  # words every draft has
        ((r"(?i:urgent)",), None),  # inline flags: not read
        ((r"\x41pple",), None),  # a character by its code: not read
        ((r"please|pl+e+a+s+e+",), None),  # one alternative needs nothing worth checking
    ],
)
def test_keywords_read_off_the_alternatives(
    alternatives: tuple[str, ...], expected: tuple[str, ...] | None
) -> None:
    assert keywords(list(alternatives)) == expected


def test_some_whole_draft_patterns_are_gated() -> None:
    gated = [p for p in patterns.ALL if p._needs is not None]
    assert len(gated) >= 8


@pytest.mark.parametrize("index", range(len(patterns.ALL)))
def test_every_match_holds_a_keyword(index: int) -> None:
    p = patterns.ALL[index]
    if p._needs is None:
        return
    for text in CORPUS:
        low = text.lower()
        if len(low) != len(text):
            continue  # the plain path: never gated
        for m in p._slow.finditer(text):
            assert any(k in low[m.start() : m.end()] for k in p._needs), (m.group(), p._needs)
