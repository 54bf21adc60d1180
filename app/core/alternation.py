"""Compile a large phrase alternation so Python's regex engine can skip most positions.

CPython's ``re`` tries an alternation at every position the pattern could start at. A
phrase pattern began with "not after a word character", a look-behind the engine checks
at every character, and then tried about a hundred alternatives at each word start.
Alternatives that start with a group, an optional word or a nested alternation
(``(?:could|can|would)\\s+you``) must be entered before they can fail. Across sixty
patterns and every sentence of a draft this was most of the rules engine's time.

``optimise`` rewrites an alternation on ``re``'s own parse tree:

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
first match found is the one the plain pattern finds. Anything the expansion does not
understand (capture groups, a repeat that can match nothing, a look-behind that could
see the sentinel) makes ``optimise`` return ``None``, and the plain pattern is used.
``tests/test_patterns.py`` checks the two forms agree on every draft in the eval sets.

``re._parser`` and ``re._compiler`` are CPython internals (unchanged from 3.11 to 3.13).
If they change, ``optimise`` returns ``None``: slower, never wrong.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython internals; see the module docstring.
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre_const  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python implementations
    sre_parse = sre_compile = sre_const = None

SENTINEL = "\x00"
Item = tuple[Any, Any]

_MAX_EXPANSIONS = 64  # steps per alternative; beyond it the pattern is left as written
_MAX_CLASS = 32
_TRIE_DEPTH = 6  # characters of shared prefix gathered into one branch  # a leading character class this small is split into its characters


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
    if sre_parse is None:
        return None
    try:
        return _optimise(alternatives, tail, boundary)
    except _Unexpandable:
        return None
    except Exception:  # an internal API changed shape: use the plain pattern
        return None


def _optimise(alternatives: list[str], tail: str, boundary: str) -> re.Pattern[str]:
    C = sre_const
    state = sre_parse.State()
    state.flags = sre_const.SRE_FLAG_UNICODE  # as for any str pattern: \w is Unicode
    seqs: list[list[Item]] = []
    for alt in alternatives:
        tree = sre_parse.parse(alt)
        if tree.state.groups > 1:
            raise _Unexpandable  # capture groups
        _check_lookbehinds(tree.data)
        seqs += _expand(list(tree.data), [_MAX_EXPANSIONS], state)
    groups = _trie(seqs, state, _TRIE_DEPTH)
    before = sre_parse.parse(boundary).data[0]
    tail_tree = sre_parse.parse(tail)
    _check_lookbehinds(tail_tree.data)
    top = sre_parse.SubPattern(state, [before, (C.BRANCH, (None, groups)), *tail_tree.data])
    compiled: re.Pattern[str] = sre_compile.compile(top, state.flags)
    return compiled


def _trie(seqs: list[list[Item]], state: Any, depth: int) -> list[Any]:
    """Branches for ``seqs`` (each led by a LITERAL), gathered by first character and,
    ``depth`` levels down, by the next ones, keeping priority order within a character."""
    C = sre_const
    by_first: dict[int, list[list[Item]]] = {}
    for seq in seqs:
        by_first.setdefault(seq[0][1], []).append(seq[1:])
    out = []
    for ch, rests in by_first.items():
        node: list[Item] = [(C.LITERAL, ch)]
        if len(rests) == 1:
            node += rests[0]
        else:
            inner = None
            if depth > 0 and all(rests):
                try:
                    budget = [_MAX_EXPANSIONS * len(rests)]
                    deeper = [e for r in rests for e in _expand(r, budget, state)]
                    inner = _trie(deeper, state, depth - 1)
                except _Unexpandable:
                    inner = None
            if inner is None:
                inner = [sre_parse.SubPattern(state, r) for r in rests]
            node.append((C.BRANCH, (None, inner)))
        out.append(sre_parse.SubPattern(state, node))
    return out


def _expand(items: list[Item], budget: list[int], state: Any) -> list[list[Item]]:
    """Alternatives equivalent to ``items``, in priority order, each led by a LITERAL."""
    C = sre_const
    budget[0] -= 1
    if budget[0] < 0 or not items:
        raise _Unexpandable
    op, av = items[0]
    rest = items[1:]
    if op is C.LITERAL:
        return [items]
    if op is C.IN:
        return [[(C.LITERAL, ch), *rest] for ch in _class_chars(av)]
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if group is not None or add_flags or del_flags:
            raise _Unexpandable
        return _expand([*sub.data, *rest], budget, state)
    if op is C.BRANCH:
        return [seq for branch in av[1] for seq in _expand([*branch.data, *rest], budget, state)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        if sub.getwidth()[0] == 0:
            raise _Unexpandable
        left = hi if hi is C.MAXREPEAT else hi - 1
        again: list[Item] = [(op, (max(lo - 1, 0), left, sub))] if left else []
        take = [*sub.data, *again, *rest]
        if lo > 0:
            return _expand(take, budget, state)
        if op is C.MAX_REPEAT:  # greedy: one more repetition is tried first
            return _expand(take, budget, state) + _expand(rest, budget, state)
        return _expand(rest, budget, state) + _expand(take, budget, state)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        # A zero-width check before the first character c becomes a look-behind over
        # "check, then c" right after c: (?<!never\s)m -> m(?<=(?<!never\s)m).
        # "At the very start" is "right after the sentinel" in the shifted text.
        at_start = op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
        if op is C.AT and not at_start:
            raise _Unexpandable
        check = (C.LITERAL, ord(SENTINEL)) if at_start else items[0]
        return [_deferred(check, seq, state) for seq in _expand(rest, budget, state)]
    raise _Unexpandable


def _deferred(check: Item, seq: list[Item], state: Any) -> list[Item]:
    """``seq`` (led by a LITERAL) with the zero-width ``check`` before it moved into a
    look-behind after its leading run of single characters (literals and classes):
    ``(?<!click\\s)the\\s+link`` -> ``the\\s(?<=(?<!click\\s)the\\s)\\s*link``.

    The check holds or fails at the phrase's start whatever follows, and the run matches
    one way only, so the result is the same; but the engine now tests the check only
    where "the " starts, not at every word that starts with a t (five look-behinds at
    each were a tenth of the offer scan). A run stops at anything of variable width."""
    C = sre_const
    n = 1
    while n < len(seq) and seq[n][0] in (C.LITERAL, C.IN):
        n += 1
    run = seq[:n]
    return [*run, (C.ASSERT, (-1, sre_parse.SubPattern(state, [check, *run]))), *seq[n:]]


def _class_chars(av: list[Item]) -> list[int]:
    """The characters of a small, plain character class, in code-point order."""
    C = sre_const
    chars: set[int] = set()
    for op, arg in av:
        if op is C.LITERAL:
            chars.add(arg)
        elif op is C.RANGE and arg[1] - arg[0] < _MAX_CLASS:
            chars.update(range(arg[0], arg[1] + 1))
        else:
            raise _Unexpandable
    if len(chars) > _MAX_CLASS:
        raise _Unexpandable
    return sorted(chars)


def _check_lookbehinds(items: list[Item], inside: bool = False) -> None:
    """Refuse what could behave differently on the shifted text: a ``^`` anywhere but at an
    alternative's head, and a look-behind that could match the sentinel (a negated class
    or ``.``)."""
    C = sre_const
    for op, av in items:
        if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BEGINNING_LINE):
            if inside:
                raise _Unexpandable
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            _check_lookbehinds(sub.data, inside or direction < 0)
        elif inside and op in (C.ANY, C.NOT_LITERAL):
            raise _Unexpandable
        elif op is C.IN:
            if inside and any(o is C.NEGATE or _negated_category(o, a) for o, a in av):
                raise _Unexpandable
        elif op is C.SUBPATTERN:
            _check_lookbehinds(av[3].data, inside)
        elif op is C.BRANCH:
            for branch in av[1]:
                _check_lookbehinds(branch.data, inside)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _check_lookbehinds(av[2].data, inside)


def _negated_category(op: Any, arg: Any) -> bool:
    return op is sre_const.CATEGORY and "NOT" in str(arg)
