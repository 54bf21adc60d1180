"""Literals every match of a phrase alternation must contain, read off the pattern's text.

Some phrase patterns run over the whole draft and rarely match ("to whom it may
concern", "my apologies", "you owe me"); the regex engine still visits every word of the
draft to find nothing, some microseconds each, for the draft and again for each candidate
rewrite. When every alternative must contain one of a few words, a few substring
searches ("dear", "whom") tell most drafts apart first, as ``Gated`` does with keywords
written by hand. Here they are worked out from the alternatives when a pattern is built,
so no list can fall behind its pattern.

The reading is deliberately narrow. A literal run counts only where the alternative
cannot skip it: not under ``?``, ``*`` or ``{0,n}``, not inside a look-around, and a run
stops at anything that is not a plain character (a class, an escape such as ``\\s``, a
repeat). A group that must match gives the words of its branches, one from each. Anything
not understood (inline flags, named groups, a back-reference) gives no keywords, and the
pattern then always runs: slower, never wrong.
"""

from __future__ import annotations

from collections import Counter

# Words nearly every draft contains, and runs too short to say anything: a pattern that
# needs one of them is not worth a check before it runs.
_COMMON = frozenset("you your the and for are was with have this that can will would".split())
_MIN_LEN = 3
MAX_KEYWORDS = 12  # beyond this, the substring checks cost about what the pattern does

_QUANTIFIERS = "?*+{"


Need = frozenset[str]  # one of these words is in every match (one option of several)


class _Unreadable(Exception):
    """A construct this reading does not handle: no keywords for the pattern."""


def keywords(alternatives: list[str]) -> tuple[str, ...] | None:
    """Words one of which every match of ``alternatives`` contains, or None when some
    alternative needs none worth checking (or the list would be too long to pay off)."""
    try:
        options = [_good(_branches(alt, 0, len(alt))) for alt in alternatives]
    except _Unreadable:
        return None
    if not all(options):
        return None
    # Few words, each shared by many alternatives ("dear" for "dear sir", "dear madam",
    # "dear recruiter"): a word at a time, the one the most alternatives still need.
    chosen: set[str] = set()
    while left := [o for o in options if not any(need <= chosen for need in o)]:
        single = Counter(k for o in left for need in o if len(need) == 1 for k in need)
        if single:
            chosen.add(max(single, key=lambda k: (single[k], len(k), k)))
        else:
            chosen |= min(left[0], key=lambda need: (len(need), -min(map(len, need))))
    # a word that contains another is implied by it: "apologies" by "apolog"
    kept = sorted(k for k in chosen if not any(o != k and o in k for o in chosen))
    return tuple(kept) if len(kept) <= MAX_KEYWORDS else None


def _good(options: list[Need]) -> list[Need]:
    """The options worth a check: every word long enough and not one every draft has."""
    return [o for o in options if o and all(len(k) >= _MIN_LEN and k not in _COMMON for k in o)]


def _best(options: list[Need]) -> Need | None:
    """The most telling option of a group's branch: one long word rather than several."""
    good = _good(options)
    if not good:
        return None
    return min(good, key=lambda o: (len(o), -min(len(k) for k in o)))


def _branches(s: str, i: int, end: int) -> list[Need]:
    """``s[i:end]`` split at its top-level ``|``: the ways the whole can require a word,
    one option per branch combined (a match goes through one branch)."""
    parts: list[tuple[int, int]] = []
    depth, start, j = 0, i, i
    while j < end:
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(s, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append((start, j))
            start = j + 1
        j += 1
    parts.append((start, end))
    if len(parts) == 1:
        return _sequence(s, i, end)
    combined: set[str] = set()
    for a, b in parts:
        need = _best(_sequence(s, a, b))
        if need is None:
            return []
        combined |= need
    return [frozenset(combined)]


def _sequence(s: str, i: int, end: int) -> list[Need]:
    """The options a branch without top-level ``|`` gives: each literal run it cannot
    skip, and each group it cannot skip (as the options of its own branches)."""
    options: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    while i < end:
        c = s[i]
        if c == "(":
            close_at = _group_end(s, i)
            inner = i + 1
            if s.startswith("?:", inner):
                inner += 2
                lookaround = False
            elif s.startswith(("?=", "?!", "?<=", "?<!"), inner):
                lookaround = True  # zero-width: its words need not be in the match
            elif s.startswith("?", inner):
                raise _Unreadable  # flags, named groups and the like
            else:
                lookaround = False  # a capture group matches like any other
            i, optional = _quantifier(s, close_at + 1)
            close()
            if not lookaround and not optional:
                options.extend(_branches(s, inner, close_at))
            continue
        if c == "[":
            i, _ = _quantifier(s, _class_end(s, i))
            close()
            continue
        if c == "\\":
            if i + 1 >= end:
                raise _Unreadable
            ch = s[i + 1]
            if ch in "xuUN0123456789":
                raise _Unreadable  # a character by its code, or a back-reference
            literal = not ch.isalnum()  # "\\." is a dot; "\\s", "\\b" are not characters
            i += 2
        elif c in ")|":
            raise _Unreadable  # unbalanced: _branches splits at the top-level bars
        elif c in "^$.":
            literal = False
            ch = c
            i += 1
        else:
            literal = c.isalnum()  # punctuation only ends a run: simpler, never wrong
            ch = c
            i += 1
        after, optional = _quantifier(s, i)
        repeated = after != i
        i = after
        if not literal or optional:
            close()
            continue
        run.append(ch)
        if repeated:  # "x+": at least one x, but what follows need not touch the run
            close()
    close()
    return options


def _quantifier(s: str, i: int) -> tuple[int, bool]:
    """Where what follows the quantifier at ``s[i]`` (if any) starts, and whether the
    quantifier lets the item be skipped."""
    if i >= len(s) or s[i] not in _QUANTIFIERS:
        return i, False
    c = s[i]
    if c == "{":
        close = s.find("}", i)
        if close < 0:
            raise _Unreadable
        low = s[i + 1 : close].split(",")[0].strip()
        if not low.isdigit():
            raise _Unreadable
        optional, i = int(low) == 0, close + 1
    else:
        optional, i = c in "?*", i + 1
    if i < len(s) and s[i] in "?+":  # lazy or possessive
        i += 1
    return i, optional


def _class_end(s: str, i: int) -> int:
    """Just past the character class opening at ``s[i]``."""
    j = i + 1
    if j < len(s) and s[j] == "^":
        j += 1
    if j < len(s) and s[j] == "]":
        j += 1
    while j < len(s) and s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    if j >= len(s):
        raise _Unreadable
    return j + 1


def _group_end(s: str, i: int) -> int:
    """The ``)`` closing the group opening at ``s[i]``."""
    depth, j = 0, i
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(s, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise _Unreadable
