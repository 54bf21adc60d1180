"""A favour taken before it was asked for, turned back into the asking: the sender put
them down as a referee, or promised a third person their time. The edit asks the same
thing instead ("Would you be comfortable being a reference for me for the Ocado role?"),
so the request survives and the presumption goes."""

from __future__ import annotations

import re

from app.core.text import words

# "I've given your name as a reference for an analyst role at Ocado and they'll be calling
# you tomorrow": the favour taken before it was asked for
_PUT_DOWN = re.compile(
    r"(?:\bi(?:'ve|\s+have)\s+(?:already\s+)?(?:put|listed|named|given)|"
    # "Listing you as one of my references btw."
    r"(?:\bi(?:'m|\s+am)\s+|^\W*)(?:listing|putting|naming|giving)|^\W*(?:put|listed|named)"
    r")\s+(?:you|your\s+name)\s+(?:down\s+)?"
    r"as\s+(?:a|my|one\s+of\s+my)\s+(?:references?|referees?)"
    r"(?P<what>\s+(?:for|on)\s+(?:the\s+|a\s+|an\s+|my\s+)?[^.!?,;]{3,60}?)?"
    r"(?:\s+(?:btw|by\s+the\s+way|fyi|too|as\s+well))?(?=\s*(?:[.!?,;]|\s(?:and|so|but)\s|$))",
    re.IGNORECASE,
)


# "I told her you'd be happy to jump on a call this week and sort it all out for her!": their
# time promised to a third person before they were asked
_PROMISED = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:already\s+)?told\s+(?P<who>him|her|them|\w+)\s+(?:that\s+)?you(?:'d|\s+would|'ll|\s+will)\s+"
    r"(?:be\s+(?:happy|glad|delighted)\s+to\s+)(?P<what>[^.!?]+?)"
    r"(?:\s+and\s+(?:sort|fix|get|help|take\s+care\s+of)\b[^.!?]*)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)


def ask_permission(text: str) -> str:
    """The same introduction, asked before it is promised: "Would you be happy to jump on a
    call this week?"; empty for any other line."""
    m = _PROMISED.search(text)
    if m is None or len(words(m.group("what"))) < 2:
        return ""
    what = m.group("what").strip()
    who = m.group("who")
    # "jump on a call this week" with whom: "jump on a call with her this week"
    if who.lower() in ("him", "her", "them") and not re.search(rf"\b{who}\b", what, re.I):
        what = re.sub(
            r"\b(call|chat|coffee|meeting|zoom)\b", rf"\1 with {who.lower()}", what, count=1
        )
    return f"Would you be happy to {what}?"


def ask_first(text: str) -> str:
    """The same request, asked before it is taken: "Would you be comfortable being a
    reference for me for an analyst role at Ocado?"; empty for any other line."""
    m = _PUT_DOWN.search(text)
    if m is None:
        return ""
    what = (m.group("what") or "").strip()
    if re.search(r"one\s+of\s+my\s+(?:references|referees)", m.group(0), re.IGNORECASE):
        # "Listing you as one of my references": the same place on the list, asked for
        return f"Would you be comfortable being one of my references{' ' + what if what else ''}?"
    return f"Would you be comfortable being a reference for me{' ' + what if what else ''}?"
