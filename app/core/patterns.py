"""Small helpers for building the phrase patterns the analyzers share.

Patterns are compiled once at import. They are plain alternations of literal
phrases with bounded gaps, so matching stays linear in the length of the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# An apostrophe as people really type it.
A = "['’]"


def phrases(*alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile word-bounded alternatives; ``'`` in an alternative matches ' or ’."""
    body = "|".join(f"(?:{alt.replace(chr(39), A)})" for alt in alternatives)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)


def first(
    pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> re.Match[str] | None:
    return pattern.search(text, pos, len(text) if end is None else end)


def any_match(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)
