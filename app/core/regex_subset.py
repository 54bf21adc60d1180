"""A parse tree for the small regex subset our phrase patterns are written in, and back.

``app.core.alternation`` rewrites phrase alternations for speed. It needs to see a
pattern's structure (which alternative starts with which character, what repeats, what
looks behind), so it reads the pattern with ``parse`` into a tree, reshapes the tree, and
writes it out again with ``serialise`` for ``re.compile``. The subset is what the
phrase lists use:

* literal characters and escaped ones (``\\.``, ``\\?``, ``\\n``, ``\\x41``);
* one-character classes: ``[...]`` and ``[^...]`` (ranges, escapes, ``\\s`` inside),
  ``\\s \\S \\w \\W \\d \\D`` and ``.``;
* anchors ``^ $ \\b \\B \\A \\Z``;
* non-capturing groups ``(?:a|b)`` and look-arounds ``(?=) (?!) (?<=) (?<!)``;
* repeats ``? * + {m} {m,} {m,n} {,n}``: greedy, lazy (``*?``) or possessive (``*+``).

Anything else (capture groups, back-references, flags, atomic groups, named or
conditional groups, a repeat of an anchor) raises ``Unsupported``: the caller then uses
the pattern as written. A tree is a list of alternatives, each a list of nodes
``(kind, argument)``:

=========  =====================================================================
``LIT``    one character (``str``)
``CLS``    a ``Cls``: one character out of a class, its text as written
``AT``     an anchor's text (``"^"``, ``"\\b"``, ...)
``GROUP``  a list of alternatives (each a list of nodes)
``REP``    ``(lo, hi, mode, nodes)``: ``hi`` ``None`` for no bound, ``mode`` ``"?"``
           for lazy, ``"+"`` for possessive, ``""`` for greedy
``LOOK``   ``(behind, negate, alternatives)``
=========  =====================================================================

``serialise(parse(p))`` gives back ``p`` for every pattern written the canonical way
(``tests/test_patterns.py`` checks each phrase pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

LIT, CLS, AT, GROUP, REP, LOOK = "lit", "cls", "at", "group", "rep", "look"

Node = tuple[str, Any]
Seq = list[Node]

MAX_CLASS = 32  # a class with more characters than this is not split into its characters

_SPECIAL = set(".^$*+?{}[]\\|()")
_NAMED = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_NAMES = {v: k for k, v in _NAMED.items()}
_CATEGORIES = set("sSwWdD")
_ANCHORS = set("bBAZ")
_QUANT = re.compile(r"\{(?:(\d+)(,(\d*))?|,(\d+))\}")
_HEX = {"x": 2, "u": 4, "U": 8}
# A group's opening after "(": a plain group, or a look-around (behind, negate).
_OPENERS: dict[str, tuple[bool, bool] | None] = {
    "?:": None,
    "?=": (False, False),
    "?!": (False, True),
    "?<=": (True, False),
    "?<!": (True, True),
}


class Unsupported(ValueError):
    """The pattern uses syntax outside the subset."""


@dataclass(frozen=True)
class Cls:
    """One character out of a class: ``src`` as written, ``chars`` when it is a plain
    class of at most ``MAX_CLASS`` characters (else ``None``), ``unsafe`` when it could
    match a NUL, the sentinel ``alternation`` puts before the text (negated, ``.``, or
    a class that lists NUL)."""

    src: str
    chars: tuple[str, ...] | None
    unsafe: bool


def parse(pattern: str) -> list[Seq]:
    """The alternatives of ``pattern``; ``Unsupported`` outside the subset."""
    parser = _Parser(pattern)
    alts = parser.alternatives()
    if parser.pos != len(pattern):
        raise Unsupported(f"unbalanced ) at {parser.pos}")
    return alts


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def alternatives(self) -> list[Seq]:
        alts = [self.sequence()]
        while self._peek() == "|":
            self.pos += 1
            alts.append(self.sequence())
        return alts

    def sequence(self) -> Seq:
        seq: Seq = []
        while (ch := self._peek()) and ch not in "|)":
            if ch in "*+?{":
                if not seq or seq[-1][0] in (AT, LOOK, REP):
                    raise Unsupported(f"nothing (or a repeat) to repeat at {self.pos}")
                seq[-1] = self.repeat(seq[-1])
            else:
                seq.append(self.atom())
        return seq

    def repeat(self, item: Node) -> Node:
        text, ch = self.text, self.text[self.pos]
        if ch == "{":
            m = _QUANT.match(text, self.pos)
            if m is None:
                raise Unsupported(f"a brace that is not a repeat at {self.pos}")
            lo: int
            hi: int | None
            if m.group(4) is not None:
                lo, hi = 0, int(m.group(4))
            elif m.group(2) is None:
                lo = hi = int(m.group(1))
            else:
                lo, hi = int(m.group(1)), (int(m.group(3)) if m.group(3) else None)
            if hi is not None and hi < lo:
                raise Unsupported("a repeat's bounds in the wrong order")
            self.pos = m.end()
        else:
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            self.pos += 1
        mode = self._peek() if self._peek() in ("?", "+") else ""
        self.pos += len(mode)
        if self._peek() in ("*", "+", "?", "{"):
            raise Unsupported(f"a doubled repeat at {self.pos}")
        kind, arg = item
        body = arg[0] if kind == GROUP and len(arg) == 1 else [item]
        return (REP, (lo, hi, mode, body))

    def atom(self) -> Node:
        text, ch = self.text, self.text[self.pos]
        self.pos += 1
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        if ch == ".":
            return (CLS, Cls(".", None, True))
        if ch in "^$":
            return (AT, ch)
        if ch in "]}":
            raise Unsupported(f"a stray {ch} at {self.pos - 1}")
        return (LIT, text[self.pos - 1])

    def group(self) -> Node:
        opener = next((o for o in _OPENERS if self.text.startswith(o, self.pos)), None)
        if opener is None:
            raise Unsupported(f"a capturing or special group at {self.pos - 1}")
        kind = _OPENERS[opener]
        self.pos += len(opener)
        alts = self.alternatives()
        if self._peek() != ")":
            raise Unsupported("an unclosed group")
        self.pos += 1
        if kind is None:
            return (GROUP, alts)
        return (LOOK, (*kind, alts))

    def _code(self, letter: str) -> str:
        """The character after ``\\x``, ``\\u`` or ``\\U``."""
        digits = self.text[self.pos : self.pos + _HEX[letter]]
        if len(digits) != _HEX[letter] or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise Unsupported(f"a bad \\{letter} escape")
        self.pos += len(digits)
        return chr(int(digits, 16))

    def escape(self) -> Node:
        ch = self._peek()
        if not ch:
            raise Unsupported("a trailing backslash")
        self.pos += 1
        if ch in _CATEGORIES:
            return (CLS, Cls("\\" + ch, None, ch.isupper()))
        if ch in _ANCHORS:
            return (AT, "\\" + ch)
        if ch in _NAMED:
            return (LIT, _NAMED[ch])
        if ch in _HEX:
            return (LIT, self._code(ch))
        if ch.isascii() and ch.isalnum():
            raise Unsupported(f"the escape \\{ch}")
        return (LIT, ch)

    def char_class(self) -> Node:
        start = self.pos - 1
        negate = self._peek() == "^"
        if negate:
            self.pos += 1
        members: list[tuple[str, str]] = []  # (first, last) of each range; "" for \s and kin
        unsafe = negate
        first = True
        while True:
            ch = self._peek()
            if not ch:
                raise Unsupported("an unclosed class")
            if ch == "]" and not first:
                self.pos += 1
                break
            first = False
            low = self._class_char()
            if low is None:
                unsafe = unsafe or self.text[self.pos - 1].isupper()
                members.append(("", ""))
                continue
            if self._peek() == "-" and self.text[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                high = self._class_char()
                if high is None or high < low:
                    raise Unsupported("a bad range in a class")
                members.append((low, high))
            else:
                members.append((low, low))
        src = self.text[start : self.pos]
        unsafe = unsafe or any(low == "\x00" for low, _ in members)
        return (CLS, Cls(src, None if negate else _class_chars(members), unsafe))

    def _class_char(self) -> str | None:
        """One character of a class, or ``None`` for ``\\s`` and its kin."""
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "[":
            raise Unsupported("a nested class or set operation")
        if ch != "\\":
            return ch
        ch = self._peek()
        if not ch:
            raise Unsupported("a trailing backslash")
        self.pos += 1
        if ch in _CATEGORIES:
            return None
        if ch == "b":
            return "\b"
        if ch in _NAMED:
            return _NAMED[ch]
        if ch in _HEX:
            return self._code(ch)
        if ch.isascii() and ch.isalnum():
            raise Unsupported(f"the escape \\{ch} in a class")
        return ch


def _class_chars(members: list[tuple[str, str]]) -> tuple[str, ...] | None:
    """The characters of a small, plain class, in code-point order; else ``None``."""
    chars: set[str] = set()
    for low, high in members:
        if not low or ord(high) - ord(low) >= MAX_CLASS:
            return None
        chars.update(chr(c) for c in range(ord(low), ord(high) + 1))
    if len(chars) > MAX_CLASS:
        return None
    return tuple(sorted(chars))


def min_width(seq: Seq) -> int:
    """The fewest characters ``seq`` can match."""
    total = 0
    for kind, arg in seq:
        if kind in (LIT, CLS):
            total += 1
        elif kind == GROUP:
            total += min(min_width(alt) for alt in arg)
        elif kind == REP:
            total += arg[0] * min_width(arg[3])
    return total


def serialise(alternatives: list[Seq]) -> str:
    """The pattern text of a tree (as ``parse`` gives or ``alternation`` builds)."""
    return "|".join(serialise_seq(seq) for seq in alternatives)


def serialise_seq(seq: Seq) -> str:
    return "".join(_node(node) for node in seq)


def _literal(ch: str) -> str:
    if ch in _SPECIAL:
        return "\\" + ch
    if ch in _NAMES:
        return "\\" + _NAMES[ch]
    if ord(ch) < 32 or ord(ch) == 127:
        return f"\\x{ord(ch):02x}"
    return ch


def _node(node: Node) -> str:
    kind, arg = node
    if kind == LIT:
        return _literal(arg)
    if kind == CLS:
        return str(arg.src)
    if kind == AT:
        return str(arg)
    if kind == GROUP:
        return f"(?:{serialise(arg)})"
    if kind == LOOK:
        behind, negate, alts = arg
        return f"(?{'<' if behind else ''}{'!' if negate else '='}{serialise(alts)})"
    if kind == REP:
        lo, hi, mode, body = arg
        if len(body) == 1 and body[0][0] in (LIT, CLS, GROUP):
            atom = _node(body[0])
        else:
            atom = f"(?:{serialise_seq(body)})"
        if (lo, hi) == (0, None):
            quant = "*"
        elif (lo, hi) == (1, None):
            quant = "+"
        elif (lo, hi) == (0, 1):
            quant = "?"
        elif hi is None:
            quant = f"{{{lo},}}"
        elif lo == hi:
            quant = f"{{{lo}}}"
        else:
            quant = f"{{{lo},{hi}}}"
        return f"{atom}{quant}{mode}"
    raise ValueError(f"unknown node {kind}")
