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
# "I wanted to connect you with Tamsin (cc'd), who runs Whiskerwell": made already, with
# her copied in; asked instead, they can say no before she is told
_CONNECT_COPIED = re.compile(
    r"\W*I\s+(?:just\s+)?(?:wanted|want|would\s+like|['’]d\s+like)\s+to\s+(?:connect|introduce)\s+you\s+"
    r"(?:with|to)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*\((?:cc['’]?e?d|copied)\)(?P<rest>[^.!?]*)[.!]*\s*",
)
# "..., so you should meet up or chat": the meeting is theirs to want
_SHOULD_MEET = re.compile(
    r",?\s+so\s+you\s+(?:two\s+|both\s+)?(?:should|must|need\s+to|have\s+to)\s+(?:meet(?:\s+up)?|chat|connect|talk)"
    r"(?:\s+or\s+(?:chat|talk|meet(?:\s+up)?|connect))?(?=\s*[.!]*\s*$)",
    re.IGNORECASE,
)
_HANDOVER_ONLY = re.compile(
    r"\W*(?:over\s+to\s+you(?:\s+(?:two|both))?(?:\s+from\s+here)?|take\s+it\s+from\s+here|"
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
    if m := _CONNECT_COPIED.fullmatch(r.text):
        asked = f"Would you be open to an introduction to {m['who']}{m['rest'].rstrip(' ,;')}?"
        return Piece(
            "edited",
            asked,
            r.role,
            span,
            "unasked_intro",
            "Asked first: whether to meet is theirs to decide before anyone is copied in.",
            para,
        )
    if (m := _SHOULD_MEET.search(r.text)) and len(r.text[: m.start()].split()) >= 4:
        kept = r.text[: m.start()].rstrip(" ,;") + "."
        return Piece("edited", kept, r.role, span, "unasked_intro", _NOTE, para)
    if _HANDOVER_ONLY.fullmatch(r.text):
        return drop(r, "unasked_intro", "Dropped the handover: they have not said yes yet.")
    return None
