"""Compile a large phrase alternation so Python's regex engine can skip most positions.

CPython's ``re`` tries an alternation at every position the pattern could start at. A
phrase pattern began with "not after a word character", a look-behind the engine checks
at every character, and then tried about a hundred alternatives at each word start.
Alternatives that start with a group, an optional word or a nested alternation
(``(?:could|can|would)\\s+you``) must be entered before they can fail. Across sixty
patterns and every sentence of a draft this was most of the rules engine's time.

``optimise`` reads each alternative into a parse tree (``app.core.regex_subset``, our own
parser for the subset the phrase lists are written in), rewrites the tree and writes it
back out as a pattern for ``re.compile``:

1. every alternative is expanded, in the engine's own priority order (branches left
   to right, a greedy repeat "taken" before "skipped"), into alternatives that each
   start with one literal character; a zero-width check at the head (``^``, a
   look-behind) moves into a look-behind right after that character;
2. alternatives are gathered under their first character, a trie's first level, so
   at a word start the engine rejects everything in one comparison per character;
3. the leading "not after a word character" becomes "one non-word character", which
   the engine scans for in C. The pattern runs on ``SENTINEL + text`` (a NUL, which a
   draft never contains, stands for "start of text"), so a phrase found by match ``m``
   spans ``m.start()`` to ``m.end() - 1`` in ``text``.

Only alternatives that cannot start with the same character are reordered, so the
first match found is the one the plain pattern finds. Anything the parser or the
expansion does not understand (capture groups, a repeat that can match nothing, a
look-behind that could see the sentinel) makes ``optimise`` return ``None``, and the
plain pattern is used. ``tests/test_patterns.py`` checks the two forms agree on every
draft in the eval sets, and on random patterns in the subset.

Why a parser of our own. This rewrite used to work on the parse tree of CPython's
private parser and compiler modules (``re``'s underscored ones): no promise they keep
their shape, and the project does not lean on private APIs. The phrase lists are our own
source, written in a small subset (``app.core.regex_subset`` lists it), so reading that
subset ourselves is a few hundred lines that refuse, rather than misread, anything else.
Declaring the lists as data (a trie of words) instead would mean rewriting fifty lists
across the analyzers, which read better as patterns. The PyPI libraries that read
regexes do not fit: ``greenery`` and ``interegular`` turn a pattern into an automaton,
which keeps the language but not the engine's priority order (which match is found
first) and drops look-arounds; ``sre-yield`` is itself built on that private parser;
``trieregex``, ``retrie`` and ``triegex`` build tries of plain words only. The price:
``re.compile`` now parses the rewritten text, some twice the length of the lists, so
building all the patterns takes about 0.2 s more at import (matching is as fast: ``re``
compiles the same program, less the small tidying it does when it reads a pattern, such
as ``(?:a|b)`` into ``[ab]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.regex_subset import (
    AT,
    CLS,
    GROUP,
    LIT,
    LOOK,
    REP,
    Node,
    Seq,
    Unsupported,
    min_width,
    parse,
    serialise_seq,
)

SENTINEL = "\x00"

_MAX_EXPANSIONS = 64  # steps per alternative; beyond it the pattern is left as written
_TRIE_DEPTH = 6  # characters of shared prefix gathered into one branch


class _Unexpandable(Exception):
    """The alternative holds something the expansion does not rewrite."""


# What may precede a phrase: any non-word character. ``re`` checks ``[^\w]`` with a
# Unicode table look-up per character; a text whose only word characters are ASCII can
# use the same set written as ranges, which compiles to a bitmap and scans twice as fast.
ANY_TEXT = r"[^\w]"
ASCII_WORDS = r"[^0-9A-Za-z_]"


def optimise(
    alternatives: list[str], tail: str, boundary: str = ANY_TEXT
) -> re.Pattern[str] | None:
    """``(?<!\\w)(?:alternatives)tail`` compiled for speed, to run on ``SENTINEL + text``;
    ``None`` when it cannot be (see the module docstring). With ``boundary=ASCII_WORDS``
    the pattern is only right for texts without non-ASCII word characters."""
    try:
        return re.compile(rewrite(alternatives, tail, boundary))
    except (_Unexpandable, Unsupported, re.error):
        return None


def rewrite(alternatives: list[str], tail: str, boundary: str = ANY_TEXT) -> str:
    """The pattern ``optimise`` compiles; ``_Unexpandable`` or ``Unsupported`` when there is
    none."""
    return f"{boundary}(?:{_branches(tuple(alternatives), tail)}){tail}"


@lru_cache(maxsize=4)
def _branches(alternatives: tuple[str, ...], tail: str) -> str:
    """The trie of ``alternatives`` as pattern text; kept for the next call, which asks for
    the same list with the other boundary."""
    seqs: list[Seq] = []
    for alt in alternatives:
        tree = parse(alt)
        _check_lookbehinds(tree)
        seqs += _expand([(GROUP, tree)], [_MAX_EXPANSIONS])
    _check_lookbehinds(parse(tail))
    return "|".join(serialise_seq(node) for node in _trie(seqs, _TRIE_DEPTH))


def _trie(seqs: list[Seq], depth: int) -> list[Seq]:
    """Branches for ``seqs`` (each led by a literal), gathered by first character and,
    ``depth`` levels down, by the next ones, keeping priority order within a character."""
    by_first: dict[str, list[Seq]] = {}
    for seq in seqs:
        by_first.setdefault(seq[0][1], []).append(seq[1:])
    out = []
    for ch, rests in by_first.items():
        node: Seq = [(LIT, ch)]
        if len(rests) == 1:
            node += rests[0]
        else:
            inner = None
            if depth > 0 and all(rests):
                try:
                    budget = [_MAX_EXPANSIONS * len(rests)]
                    deeper = [e for r in rests for e in _expand(r, budget)]
                    inner = _trie(deeper, depth - 1)
                except _Unexpandable:
                    inner = None
            branches = rests if inner is None else inner
            node += branches[0] if len(branches) == 1 else [(GROUP, branches)]
        out.append(node)
    return out


def _expand(items: Seq, budget: list[int]) -> list[Seq]:
    """Alternatives equivalent to ``items``, in priority order, each led by a literal."""
    budget[0] -= 1
    if budget[0] < 0 or not items:
        raise _Unexpandable
    kind, arg = items[0]
    rest = items[1:]
    if kind == LIT:
        return [items]
    if kind == CLS:
        if arg.chars is None:
            raise _Unexpandable  # too wide to split (\s, a negated class, a long range)
        return [[(LIT, ch), *rest] for ch in arg.chars]
    if kind == GROUP:
        prefix = _common_prefix(arg)
        if prefix:  # (?:ab|ac) -> a(?:b|c), as re reads it: "a" is expanded only once
            branches = [branch[len(prefix) :] for branch in arg]
            return _expand([*prefix, (GROUP, branches), *rest], budget)
        return [seq for branch in arg for seq in _expand([*branch, *rest], budget)]
    if kind == REP:
        lo, hi, mode, body = arg
        if mode == "+" or min_width(body) == 0:
            raise _Unexpandable  # possessive, or a repeat that can match nothing
        left = None if hi is None else hi - 1
        again: Seq = [(REP, (max(lo - 1, 0), left, mode, body))] if left != 0 else []
        take = [*body, *again, *rest]
        if lo > 0:
            return _expand(take, budget)
        if mode == "":  # greedy: one more repetition is tried first
            return _expand(take, budget) + _expand(rest, budget)
        return _expand(rest, budget) + _expand(take, budget)
    if kind == AT and arg in ("^", r"\A"):
        # "At the very start" is "right after the sentinel" in the shifted text.
        return [_deferred((LIT, SENTINEL), seq) for seq in _expand(rest, budget)]
    if kind == LOOK:
        # A zero-width check before the first character c becomes a look-behind over
        # "check, then c" right after c: (?<!never\s)m -> m(?<=(?<!never\s)m).
        return [_deferred(items[0], seq) for seq in _expand(rest, budget)]
    raise _Unexpandable


def _common_prefix(alternatives: list[Seq]) -> Seq:
    """The single characters and anchors every alternative starts with (``re`` moves them
    out of a group when it reads the pattern; they match one way only, so it is the same
    pattern)."""
    prefix: Seq = []
    if len(alternatives) < 2:
        return prefix
    for items in zip(*alternatives, strict=False):
        if items[0][0] not in (LIT, CLS, AT) or any(item != items[0] for item in items):
            break
        prefix.append(items[0])
    return prefix


def _deferred(check: Node, seq: Seq) -> Seq:
    """``seq`` (led by a literal) with the zero-width ``check`` before it moved into a
    look-behind after its leading run of single characters (literals and classes):
    ``(?<!click\\s)the\\s+link`` -> ``the\\s(?<=(?<!click\\s)the\\s)\\s*link``.

    The check holds or fails at the phrase's start whatever follows, and the run matches
    one way only, so the result is the same; but the engine now tests the check only
    where "the " starts, not at every word that starts with a t (five look-behinds at
    each were a tenth of the offer scan). A run stops at anything of variable width."""
    n = 1
    while n < len(seq) and seq[n][0] in (LIT, CLS):
        n += 1
    run = seq[:n]
    return [*run, (LOOK, (True, False, [[check, *run]])), *seq[n:]]


def _check_lookbehinds(alternatives: list[Seq], inside: bool = False, look: bool = False) -> None:
    """Refuse what could behave differently on the shifted text: a ``^`` inside any
    look-around (a check at the head moves into a look-behind after the first character,
    where "start of text" no longer holds), and a look-behind that could match the
    sentinel (a NUL, a negated class or ``.``)."""
    for seq in alternatives:
        for kind, arg in seq:
            if kind == AT and arg in ("^", r"\A"):
                if look:
                    raise _Unexpandable
            elif kind == LOOK:
                _check_lookbehinds(arg[2], inside or arg[0], True)
            elif kind == CLS:
                if inside and arg.unsafe:
                    raise _Unexpandable
            elif kind == LIT:
                if inside and arg == SENTINEL:
                    raise _Unexpandable
            elif kind == GROUP:
                _check_lookbehinds(arg, inside, look)
            elif kind == REP:
                _check_lookbehinds([arg[3]], inside, look)
