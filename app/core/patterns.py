"""Small helpers for building the phrase patterns the analyzers share.

Patterns are compiled once at import. They are plain alternations of literal
phrases with bounded gaps, so matching stays linear in the length of the draft.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, ParamSpec, TypeVar, cast

from app.core.alternation import ASCII_WORDS, SENTINEL, optimise
from app.core.keywords import keywords

# An apostrophe as people really type it.
A = "['’]"


# Contractions people type without the apostrophe ("dont leave me hanging", "im begging");
# "we'll" and "he'll" are not among them, as "well" and "hell" are words of their own.
def _dropped(before: str, after: str) -> bool:
    low = before.lower()
    return (
        (low.endswith("n") and after[:1] == "t")
        or (re.search(r"(?:^|[^a-z]|\\b|\\s[*+?]?)i$", low) is not None and after[:1] in ("m", "v"))
        or (low.endswith("you") and after[:2] in ("re", "ve"))
    )


def _apostrophes(pattern: str) -> str:
    """Let ``'`` match ' or ’: outside a character class as ``['’]``, inside one as ``'’``."""
    out: list[str] = []
    in_class = escaped = False
    for i, ch in enumerate(pattern):
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
        elif ch == "'" and not in_class and _dropped(pattern[:i], pattern[i + 1 :]):
            out.append(A + "?")  # "dont", "cant", "im", "youre": typed without it
        elif ch == "'":
            out.append("'’" if in_class else A)
        else:
            out.append(ch)
    return "".join(out)


class PhraseMatch:
    """Where a phrase was found: the parts of ``re.Match`` the analyzers use."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string = string
        self._start = start
        self._end = end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return (self._start, self._end)

    def group(self) -> str:
        return self.string[self._start : self._end]

    def __repr__(self) -> str:
        return f"<PhraseMatch span={self.span()} match={self.group()!r}>"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_words(text: str) -> bool:
    """Whether every word character of ``text`` is ASCII. Its non-ASCII characters (curly
    quotes, dashes: a few) are looked at one by one, which is faster than a regex for
    ``[^\\W\\x00-\\x7f]``: ``re`` takes a character as ``\\w`` exactly when isalnum()."""
    return text.isascii() or not any(c.isalnum() for c in set(_NON_ASCII.findall(text)))


_ascii_texts: dict[str, bool] = {}


def _ascii_words_of(text: str) -> bool:
    """``_ascii_words(text)``, remembered for the last few texts (as ``_subject`` is): the
    case-sensitive patterns scan the same draft in turn."""
    if text.isascii():
        return True
    got = _ascii_texts.get(text)
    if got is None:
        if len(_ascii_texts) >= _SUBJECTS_KEPT:
            _ascii_texts.clear()
        got = _ascii_texts[text] = _ascii_words(text)
    return got


_subjects: dict[str, tuple[str | None, bool]] = {}
_SUBJECTS_KEPT = 64


def _subject(text: str) -> tuple[str | None, bool]:
    """``SENTINEL + text.lower()`` (None when the fast patterns cannot run on it), and
    whether its word characters are all ASCII; remembered for the last few texts, as the
    analyzers run many patterns over each sentence and over the whole draft in turn."""
    got = _subjects.get(text)
    if got is not None:
        return got
    # The sentinel stands for "start of text": a text that contains it takes the plain path,
    # as does one whose length lower-casing changes (offsets would not line up).
    lower = text.lower()
    usable = SENTINEL not in text and len(lower) == len(text)
    subject = SENTINEL + lower if usable else None
    ascii_words = _ascii_words(lower)
    if len(_subjects) >= _SUBJECTS_KEPT:
        _subjects.clear()  # a bounded memory of recent texts, never a growing cache
    _subjects[text] = (subject, ascii_words)
    return subject, ascii_words


# Scans (and ``once_per_call`` results) already made in this call: see ``remembered``.
_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("phrase_memo", default=None)
_MEMO_KEPT = 8192
_T = TypeVar("_T")


@contextmanager
def remembered() -> Iterator[None]:
    """Within the block, a phrase scanned again over the same text gives its first result.

    A coach call critiques its candidate rewrites, which mostly repeat the draft's own
    sentences, and the edit planner reads them again: over a third of its scans repeat
    one already made. The memory lives for the block only (one call, one thread or
    task) and is cleared if it ever grows past a few thousand scans.
    """
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def in_call(key: Any, make: Callable[[], _T]) -> _T:
    """Within ``remembered``, the value first made for ``key`` (which must hold everything
    the value depends on); outside it, ``make()`` every time."""
    memo = _MEMO.get()
    if memo is None:
        return make()
    try:
        return cast(_T, memo[key])
    except KeyError:
        pass
    if len(memo) >= _MEMO_KEPT:
        memo.clear()
    made = memo[key] = make()
    return made


_P = ParamSpec("_P")
_R = TypeVar("_R")
_VALUES = (str, int, bool, float, type(None))


def once_per_call(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Within ``remembered``, ``fn`` called again with the same arguments gives its first
    result: for the rewrite's pure helpers (a line about them, an ask reshaped), which the
    edit planner asks for again with each candidate edit and each repair.

    Plain values are compared by value, anything else (a ``Critique``) by identity; the
    memory keeps the arguments alive, so an identity is never reused while remembered.
    """

    @wraps(fn)
    def remembering(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (
            (fn, *[a if type(a) in _VALUES else id(a) for a in args])
            if not kwargs
            else (
                fn,
                *[a if type(a) in _VALUES else id(a) for a in args],
                *[(k, v if type(v) in _VALUES else id(v)) for k, v in sorted(kwargs.items())],
            )
        )
        try:
            return cast(_R, memo[key][2])
        except KeyError:
            pass
        if len(memo) >= _MEMO_KEPT:
            memo.clear()
        result = fn(*args, **kwargs)
        memo[key] = (args, kwargs, result)
        return result

    return remembering


class Phrases:
    """A case-insensitive, word-bounded alternation of phrases, compiled for speed.

    Matching runs on lower-cased text with a case-sensitive pattern (``re`` is about
    three times slower with IGNORECASE on large alternations), rewritten by
    ``app.core.alternation`` so the engine can skip most positions. Offsets are the
    same because lower-casing keeps the length; for the rare text where it does not
    (e.g. "İ"), or a pattern the rewrite does not handle, the plain IGNORECASE pattern
    runs on the original text. Callers use offsets, not the matched text's case.
    """

    __slots__ = ("_fast", "_fast_ascii", "_last", "_needs", "_slow", "alternatives", "pattern")

    def __init__(self, alternatives: tuple[str, ...]) -> None:
        self.alternatives = alternatives
        quoted = [_apostrophes(alt) for alt in alternatives]
        body = "|".join(f"(?:{alt})" for alt in quoted)
        self.pattern = rf"{_HEAD}(?:{body}){_TAIL}"
        self._slow = re.compile(self.pattern, re.IGNORECASE)
        lower = [alt.replace("[A-Z]", "[a-z]") for alt in quoted]
        # The fast form runs case-sensitively on lower-cased text, so an upper-case literal
        # (outside escapes such as \S) would never match there: keep such a list plain.
        upper = any(c.isupper() for alt in lower for c in re.sub(r"\\.", "", alt))
        self._fast = None if upper else optimise(lower, _TAIL)
        self._fast_ascii = optimise(lower, _TAIL, ASCII_WORDS) if self._fast else None
        # words one of which every match holds, checked on the lower-cased text the fast
        # form runs on: most drafts lack them all and are not scanned (``app.core.keywords``)
        self._needs = keywords(lower) if self._fast else None
        self._last: tuple[str, int, int, bool, PhraseMatch | None] | None = None
        ALL.append(self)

    @property
    def optimised(self) -> bool:
        return self._fast is not None

    def _compiled(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The compiled pattern that fits ``text``, and the subject to run it on."""
        if self._fast is None:
            return None
        subject, ascii_words = _subjects.get(text) or _subject(text)
        if subject is None:
            return None
        return (self._fast_ascii if ascii_words and self._fast_ascii else self._fast), subject

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, anchored: bool = False
    ) -> PhraseMatch | None:
        """The first phrase in ``text[pos:endpos]`` (with ``anchored``, one at ``pos``).

        The memory of scans lives here, not a call further down: a coach makes some
        hundred searches, and each call in Python costs a tenth of a microsecond."""
        memo = _MEMO.get()
        if memo is None:
            # Outside ``remembered``, the last scan is kept: three analyzers of a critique
            # scan the same draft (the same string object) for DESPERATION in turn. Holding
            # the text keeps its identity from being reused by another string.
            last = self._last
            if (
                last is not None
                and last[0] is text
                and last[1] == pos
                and last[2] == endpos
                and last[3] is anchored
            ):
                return last[4]
            found = self._run(text, pos, endpos, anchored)
            self._last = (text, pos, endpos, anchored, found)
            return found
        key = (self, text, pos, endpos, anchored)
        try:
            known: PhraseMatch | None = memo[key]
            return known
        except KeyError:
            pass
        if len(memo) >= _MEMO_KEPT:
            memo.clear()
        found = memo[key] = self._run(text, pos, endpos, anchored)
        return found

    def _run(self, text: str, pos: int, endpos: int, anchored: bool) -> PhraseMatch | None:
        # _compiled written out: this runs some hundred times per critique
        if self._fast is not None:
            subject, ascii_words = _subjects.get(text) or _subject(text)
            if subject is not None:
                fast = self._fast_ascii if ascii_words and self._fast_ascii else self._fast
                # Shifted by the sentinel: a phrase at i in text starts at i + 1 in subject,
                # and the character before it (or the sentinel) is consumed by the match.
                if endpos > len(text):
                    endpos = len(text)
                if self._needs is not None:
                    for k in self._needs:
                        if k in subject:
                            break
                    else:
                        return None
                found = (fast.match if anchored else fast.search)(subject, pos, endpos + 1)
                return None if found is None else PhraseMatch(text, found.start(), found.end() - 1)
        m = (self._slow.match if anchored else self._slow.search)(text, pos, endpos)
        return None if m is None else PhraseMatch(text, m.start(), m.end())

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> PhraseMatch | None:
        return self.search(text, pos, endpos, anchored=True)

    def count(self, text: str) -> int:
        """How many times the phrases occur, without building a match object for each."""
        if (compiled := self._compiled(text)) is None:
            return sum(1 for _ in self.finditer(text))
        fast, subject = compiled
        if self._needs is not None and not any(k in subject for k in self._needs):
            return 0
        n, pos, search = 0, 0, fast.search
        while (m := search(subject, pos)) is not None:
            n += 1
            pos = m.end() - 1  # the phrase's end in text, which is m.end() - 1 in subject
        return n

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[PhraseMatch]:
        while (m := self.search(text, pos, endpos)) is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


# A phrase starts where no word character precedes it, and ends at a word boundary or
# after whitespace it consumed itself.
_HEAD = r"(?<![\w])"
_TAIL = r"(?:(?<=\s)|(?![\w]))"


_lowered_texts: dict[str, str | None] = {}


def _lowered(text: str) -> str | None:
    """``text.lower()`` when matching it without IGNORECASE is matching ``text`` with it:
    every non-ASCII character in ``text`` has no case (curly quotes and dashes have none),
    so each character matches a lower-case literal exactly when its lower case does. None
    otherwise ("İ", "ſ" and "é" have case). Remembered for the last few texts, as
    ``_subject`` is."""
    if text in _lowered_texts:
        return _lowered_texts[text]
    lower: str | None = text.lower()
    if not text.isascii() and any(
        c != c.lower() or c != c.upper() for c in set(_NON_ASCII.findall(text))
    ):
        lower = None
    if len(_lowered_texts) >= _SUBJECTS_KEPT:
        _lowered_texts.clear()
    _lowered_texts[text] = lower
    return lower


# An escape that is neither a class (\s, \w, \d, \b and their negations), a control
# character nor escaped punctuation could stand for an upper-case letter (\x41, \N{...}).
_PLAIN_ESCAPE = re.compile(r"\\(?:[sSwWdDbBntr]|[^\w])")
# A group that sets flags of its own ("(?i:", "(?-i:") or refers back to another.
_OWN_FLAGS = re.compile(r"\(\?(?![:=!]|<[=!])")


FOLDED: list[Folded] = []  # for the test that both ways find the same matches


class Folded:
    """A compiled IGNORECASE regex, run case-sensitively on lower-cased text where that
    finds the same matches (see ``_lowered``).

    With IGNORECASE, ``re`` compares characters through its case tables and cannot skip
    ahead to a pattern's first letters: the long whole-draft patterns ("haven't talked in
    three years") cost some hundred microseconds a draft. Written in lower case, the same
    pattern without the flag runs several times faster on the lower-cased text. Each match
    it finds is taken again on the text as given (one ``match`` at its start), so offsets
    and groups are the original's. A pattern with an upper-case literal, an escape that
    could be one or its own flags, or one without IGNORECASE, always runs as written.
    """

    __slots__ = ("_cased", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._cased: re.Pattern[str] | None = None
        source = regex.pattern
        bare = _PLAIN_ESCAPE.sub("", source)
        if (
            regex.flags & re.IGNORECASE
            and "\\" not in bare
            and _OWN_FLAGS.search(source) is None
            and bare == bare.lower()
        ):
            self._cased = re.compile(source, regex.flags & ~re.IGNORECASE)
        FOLDED.append(self)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cased is None or (lower := _lowered(text)) is None:
            return self.regex.search(text, pos, endpos)
        found = self._cased.search(lower, pos, endpos)
        return None if found is None else self.regex.match(text, found.start(), endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._cased is None or (lower := _lowered(text)) is None:
            yield from self.regex.finditer(text)
            return
        match = self.regex.match
        for found in self._cased.finditer(lower):
            m = match(text, found.start())
            assert m is not None  # the same pattern, matched the same way
            yield m


GATED: list[Gated] = []  # for the test that no keyword list loses a match
# Texts as the gates of case-insensitive patterns read them, for the last few texts: most
# drafts pass several gates (years, months, "since", "hiring") in turn.
_casefolded: dict[str, str] = {}


class Gated(Folded):
    """A compiled regex that can only match text containing one of its ``keywords``.

    Some patterns run over the whole draft, start with a wide alternation and rarely
    match ("haven't talked in three years"). Checking for a literal every match must
    contain ("year", "month") is a few fast substring searches; the regex runs only when
    one is there (as ``Folded`` runs it). When the pattern ignores case the keywords are
    checked case-folded, which finds at least everything ``re.IGNORECASE`` would.
    """

    __slots__ = ("_keywords", "_lower")

    def __init__(self, regex: re.Pattern[str], *keywords: str) -> None:
        super().__init__(regex)
        self._lower = bool(regex.flags & re.IGNORECASE)
        self._keywords = tuple(k.casefold() for k in keywords) if self._lower else keywords
        GATED.append(self)

    def possible(self, text: str) -> bool:
        if self._lower:
            folded = _casefolded.get(text)
            if folded is None:
                # IGNORECASE also equates the Turkish dotted and dotless i with i.
                folded = text.casefold().replace("i\u0307", "i").replace("ı", "i")
                if len(_casefolded) >= _SUBJECTS_KEPT:
                    _casefolded.clear()
                _casefolded[text] = folded
            text = folded
        # a loop, not any() over a generator: some thirty gates are asked per coach
        for k in self._keywords:  # noqa: SIM110
            if k in text:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return super().search(text, pos, endpos) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return super().finditer(text) if self.possible(text) else iter(())


ALL: list[Phrases] = []  # every phrase pattern built, for the equivalence tests
CASED: list[WordStarts] = []  # likewise for the case-sensitive ones


class WordStarts:
    """A case-sensitive alternation, each alternative starting a word (``\\b`` before a
    word character), compiled by ``app.core.alternation`` like ``Phrases``.

    Names need real capitals ("your team at Stripe"), so these run on the text as typed,
    not lower-cased. Written plainly, ``\\b(?:...)|\\b(?:...)`` tried some twenty
    alternatives at every word start of the draft and cost more than any other single
    pattern; the compiled form scans for a non-word character in C and rejects most
    word starts on their first letter. ``regex`` is the pattern as written: the reference
    for the equivalence test, and what runs when the fast form cannot.
    """

    __slots__ = ("_fast", "_fast_ascii", "_needs", "regex")

    def __init__(self, alternatives: tuple[str, ...], needs: tuple[str, ...] = ()) -> None:
        self._needs = needs
        self.regex = re.compile("|".join(rf"\b{alt}" for alt in alternatives))
        self._fast = optimise(list(alternatives), "")
        self._fast_ascii = optimise(list(alternatives), "", ASCII_WORDS) if self._fast else None
        CASED.append(self)

    @property
    def optimised(self) -> bool:
        return self._fast is not None

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        if self._needs and not any(k in text for k in self._needs):
            return  # every match holds one of these literals: a few substring searches
        if self._fast is None or SENTINEL in text:
            for plain in self.regex.finditer(text):
                yield PhraseMatch(text, plain.start(), plain.end())
            return
        ascii_words = _ascii_words_of(text)
        fast = self._fast_ascii if ascii_words and self._fast_ascii else self._fast
        # As in Phrases: a match at i in text starts at i + 1 in the subject, after the
        # non-word character (or the sentinel) the match consumes; matches never overlap.
        subject, pos, search = SENTINEL + text, 0, fast.search
        while (m := search(subject, pos)) is not None:
            pos = m.end() - 1
            yield PhraseMatch(text, m.start(), pos)


def word_starts(*alternatives: str, needs: tuple[str, ...] = ()) -> WordStarts:
    """Case-sensitive alternatives, each matched only where a word starts; with ``needs``,
    literals one of which every match contains, so a text without them is not scanned."""
    return WordStarts(alternatives, needs)


def phrases(*alternatives: str) -> Phrases:
    """Word-bounded, case-insensitive alternatives; ``'`` in one matches ' or ’."""
    return Phrases(alternatives)
