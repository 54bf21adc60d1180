"""Sentences with character offsets, and the greeting and sign-off around them.

Everything downstream points at the draft by offsets into ``message.text`` (end
exclusive), so this module never normalises the text it returns spans for.
All patterns here are linear: no nested quantifiers over the same characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A greeting line: "Hi Mark!", "Hey Bob,", "Dear Ms. Smith,", "Hello there -", "Mark,".
_GREETING = re.compile(
    r"""^[ \t]*(?:
        (?:hi|hey|hello|hiya|howdy|dear|greetings|good\ (?:morning|afternoon|evening)|yo|hola|bonjour)
        \b(?:(?:mr|ms|mrs|dr|prof)\.|[^\n.!?,:;—–-]){0,60}[,!:;.—–-]?
      | [A-Z][\w'’.-]{0,30}(?:\ [A-Z][\w'’.-]{0,30})?[ \t]*,[ \t]*$
    )""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)

_SIGNOFF = re.compile(
    r"""(?:^|\n)[ \t]*(?:best(?:\ regards|\ wishes)?|regards|kind\ regards|warm(?:est)?\ regards|
        warmly|cheers|thanks(?:\ (?:so\ much|again|in\ advance))?|thank\ you(?:\ (?:so\ much|again))?|
        many\ thanks|sincerely|yours(?:\ (?:truly|sincerely))?|all\ the\ best|talk\ soon|take\ care|
        best,|thx|ttyl|xo|xx|-{1,2}\s*\w+)
        [ \t]*[,!.]?[ \t]*(?:\n[^\n]{0,60}){0,3}\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[-*•\d])")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the draft and where it sits."""

    start: int
    end: int
    text: str
    index: int  # position among body sentences (0 = first after the greeting)

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Doc:
    """The draft, split once and shared by every analyzer."""

    text: str
    sentences: list[Sentence] = field(default_factory=list)
    greeting: tuple[int, int] | None = None
    signoff: tuple[int, int] | None = None
    words: int = 0

    @property
    def body_start(self) -> int:
        return self.greeting[1] if self.greeting else 0

    @property
    def body_end(self) -> int:
        return self.signoff[0] if self.signoff else len(self.text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n-–—•*>":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into trimmed sentence spans."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        s, e = _trim(text, pos, m.end())
        if e > s and any(c.isalnum() for c in text[s:e]):
            spans.append((s, e))
        pos = m.end()
    s, e = _trim(text, pos, end)
    if e > s and any(c.isalnum() for c in text[s:e]):
        spans.append((s, e))
    return spans


def find_greeting(text: str) -> tuple[int, int] | None:
    """The opening salutation, if the draft starts with one."""
    lead = len(text) - len(text.lstrip())
    m = _GREETING.match(text, lead)
    if not m or m.end() == m.start():
        return None
    end = m.end()
    # "Hi Mark! How are you?" -> greeting is "Hi Mark!" only.
    return (m.start(), end)


def find_signoff(text: str, after: int) -> tuple[int, int] | None:
    """The closing ("Best,\\nDana"), if the draft ends with one."""
    tail_from = max(after, len(text) - 200)
    m = _SIGNOFF.search(text, tail_from)
    if not m:
        return None
    start = m.start()
    if text[start] == "\n":
        start += 1
    while start < len(text) and text[start] in " \t":
        start += 1
    return (start, len(text))


def parse(text: str) -> Doc:
    """Split a draft into greeting, body sentences and sign-off."""
    greeting = find_greeting(text)
    body_start = greeting[1] if greeting else 0
    signoff = find_signoff(text, body_start)
    body_end = signoff[0] if signoff else len(text)
    if body_end <= body_start:  # the whole draft looked like a sign-off; treat it as body
        signoff, body_end = None, len(text)
    spans = split_sentences(text, body_start, body_end)
    sentences = [Sentence(s, e, text[s:e], i) for i, (s, e) in enumerate(spans)]
    return Doc(
        text=text,
        sentences=sentences,
        greeting=greeting,
        signoff=signoff,
        words=len(_WORD.findall(text)),
    )


def words(text: str) -> list[str]:
    return _WORD.findall(text)


FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll)\b", re.I)
SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll|u|ur)\b",
    re.I,
)
