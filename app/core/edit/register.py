"""Lines added or edited follow the draft's capitals: a text written in lower case keeps its
lower-case lines, and a line in a draft of capitalised sentences is capitalised."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import stock
from app.core.layout import Piece


def _lowered(text: str, lower_i: bool) -> str:
    """An added line in a text written in lower case: "if it would be useful, i'd be glad..."."""
    if lower_i:
        text = re.sub(r"(?<![\w'’])I(?=['’]|\s)", "i", text)
    first = re.search(r"[^\W\d_]", text)
    if (
        first is None
        or not first.group().isupper()
        or text[first.start() :].startswith(("I ", "I'", "I’"))
    ):
        return text
    word = re.match(r"[\w'’]+", text[first.start() :])
    if word and not word.group()[1:].islower():
        return text  # "UX", "McKinsey": not a word to lower
    i = first.start()
    return text[:i] + text[i].lower() + text[i + 1 :]


def _lower_as_written(p: Piece, raw: str) -> Piece:
    """An edited line of a lower-case text opens as the sender opened it ("it's blocking the
    release", not "It's blocking the release")."""
    assert p.span is not None
    was = re.search(r"[^\W\d_]", raw[p.span[0] : p.span[1]])
    now = re.search(r"[^\W\d_]", p.text)
    if was is None or now is None or not was.group().islower() or not now.group().isupper():
        return p
    if re.match(r"I(?:['’]|\s)", p.text[now.start() :]) and not re.match(
        r"i(?:['’]|\s)", raw[p.span[0] + was.start() :]
    ):
        return p  # "I" stays a capital unless the sender wrote it "i"
    i = now.start()
    return replace(p, text=p.text[:i] + p.text[i].lower() + p.text[i + 1 :])


def in_register(pieces: list[Piece], raw: str) -> list[Piece]:
    """Lines added or edited follow the draft's capitals: a text written in lower case keeps
    its lower-case lines, and a casual line in a draft of capitalised sentences is capitalised."""
    if stock.lower_starts(raw):
        lower_i = re.search(r"(?<![\w'’])i(?=['’]|\s)", raw) is not None
        return [
            _lower_as_written(p, raw)
            if p.action == "edited" and p.span
            else replace(p, text=_lowered(p.text, lower_i))
            if p.action == "added" and p.text
            else p
            for p in pieces
        ]
    return [
        # an edited line opens as the sender opened it, even in a draft of mixed capitals
        _lower_as_written(p, raw)
        if p.action == "edited" and p.span and p.text and _opens_lower(raw, p.span)
        else replace(p, text=stock.capitalised(p.text))
        if p.action in ("added", "edited") and p.text
        else p
        for p in pieces
    ]


def _opens_lower(raw: str, span: tuple[int, int]) -> bool:
    """The sender began this sentence in lower case after one that ended ("... lol. car
    insurance is due"), not after a greeting's comma ("Hi Theo, can you ...")."""
    first = re.search(r"[^\W\d_]", raw[span[0] : span[1]])
    before = raw[: span[0]].rstrip(" \t")
    return (
        first is not None
        and first.group().islower()
        and bool(before)
        and (before[-1] in ".!?…\n" or ord(before[-1]) > 0x2000)
    )
