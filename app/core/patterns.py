"""Small helpers for building the phrase patterns the analyzers share.

Patterns are compiled once at import. They are plain alternations of literal
phrases with bounded gaps, so matching stays linear in the length of the draft.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

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


class Phrases:
    """A case-insensitive phrase pattern that runs on lower-cased text.

    Python's ``re`` is about three times slower with IGNORECASE on these large
    alternations, so the text is lower-cased once per call (fast, in C) and matched by a
    case-sensitive copy of the pattern. Match offsets are the same because lower-casing
    keeps the length; for the rare text where it does not (e.g. "İ"), the IGNORECASE
    pattern runs on the original. Offsets, not ``group()`` text, are what callers use.
    """

    __slots__ = ("_fast", "_slow", "pattern")

    def __init__(self, body: str) -> None:
        self._slow = re.compile(body, re.IGNORECASE)
        self._fast = re.compile(body.replace("[A-Z]", "[a-z]"))
        self.pattern = body

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = text.lower()
        return (self._fast, low) if len(low) == len(text) else (self._slow, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, subject = self._pick(text)
        return pattern.search(subject, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, subject = self._pick(text)
        return pattern.match(subject, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pattern, subject = self._pick(text)
        return pattern.finditer(subject, pos, endpos)


def phrases(*alternatives: str) -> Phrases:
    """Word-bounded, case-insensitive alternatives; ``'`` in one matches ' or ’."""
    body = "|".join(f"(?:{_apostrophes(alt)})" for alt in alternatives)
    # A phrase ends at a word boundary, or after whitespace it consumed itself.
    return Phrases(rf"(?<![\w])(?:{body})(?:(?<=\s)|(?![\w]))")
