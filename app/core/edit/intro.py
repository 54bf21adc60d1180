"""An introduction made on the recipient's behalf, given back to them to decide.

"I said you'd be happy to give her the lowdown" spends their time before they agreed; the
same words as a question ("Would you be happy to give her the lowdown?") let them say no.
A promise to a third party ("and I promised her I'd introduce you two") goes, and so does a
bare handover ("Over to you two!") that takes the yes for granted.
"""

from __future__ import annotations

import re

from app.core.edit.base import drop
from app.core.layout import Piece
from app.core.roles import RoledSentence

_PROMISED = re.compile(
    r"I(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:said|told\s+(?P<whom>him|her|them|(?:the|my|our)\s+[^.!?\n]{1,40}?))\s+"
    r"(?:that\s+)?you(?:['’]d|['’]ll|\s+would|\s+will)\s+"
    r"(?:be\s+(?P<how>happy|glad|able)\s+to\s+)?(?P<what>[^.!?\n]+?)\s*[.!]*",
    re.IGNORECASE,
)
_PROMISED_INTRO = re.compile(
    r",?\s*(?:and|so)\s+I(?:['’]ve|\s+have)?\s+promised\s+(?:him|her|them)\s+(?:that\s+)?"
    r"I(?:['’]d|\s+would)\s+introduce\s+you(?:\s+two|\s+both)?(?=\s*[.!?]*$)",
    re.IGNORECASE,
)
_HANDOVER_ONLY = re.compile(
    r"\W*(?:over\s+to\s+you(?:\s+(?:two|both))?|take\s+it\s+from\s+here|"
    r"i['’]ll\s+leave\s+you\s+(?:two|both)\s+to\s+it)\W*",
    re.IGNORECASE,
)
_NOTE = "Asked instead of promised: whether to help is theirs to decide."


def intro_line(r: RoledSentence, para: bool) -> Piece | None:
    """The line fixed or dropped, in a draft flagged ``unasked_intro``; None when the line
    makes no promise for them."""
    span = (r.start, r.end)
    if m := _PROMISED.fullmatch(r.text):
        what = m["what"]
        whom = m["whom"]
        if whom and whom.lower() not in ("him", "her", "them"):
            # "I've told the author of Salt Roads that you'll introduce her": who "her" is
            what = re.sub(r"\b(?:her|him|them)\b", whom, what, count=1)
        asked = f"Would you be {(m['how'] or 'happy').lower()} to {what}?"
        return Piece("edited", asked, r.role, span, "unasked_intro", _NOTE, para)
    if m := _PROMISED_INTRO.search(r.text):
        kept = r.text[: m.start()] + r.text[m.end() :]
        return Piece("edited", kept, r.role, span, "unasked_intro", _NOTE, para)
    if _HANDOVER_ONLY.fullmatch(r.text):
        return drop(r, "unasked_intro", "Dropped the handover: they have not said yes yet.")
    return None
