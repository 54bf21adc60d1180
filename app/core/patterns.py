"""Small helpers for building the phrase patterns the analyzers share.

Patterns are compiled once at import. They are plain alternations of literal
phrases with bounded gaps, so matching stays linear in the length of the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# An apostrophe as people really type it.
A = "['’]"


def _apostrophes(pattern: str) -> str:
    """Let ``'`` match ' or ’: outside a character class as ``['’]``, inside one as ``'’``."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == "'":
            out.append("'’" if in_class else A)
        else:
            out.append(ch)
    return "".join(out)


def phrases(*alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile word-bounded alternatives; ``'`` in an alternative matches ' or ’."""
    body = "|".join(f"(?:{_apostrophes(alt)})" for alt in alternatives)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)


def first(
    pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> re.Match[str] | None:
    return pattern.search(text, pos, len(text) if end is None else end)


def any_match(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)
