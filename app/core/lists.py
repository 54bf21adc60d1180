"""Shortening a long list in a sentence, so a note over its channel's budget keeps the
sentence (who the sender is, what they offer) instead of losing it whole.

"...offering roof and facade inspections, thermal imaging, 3D site mapping, progress
photography and video, volumetric surveys and marketing footage for construction clients"
keeps its first two items: "...offering roof and facade inspections and thermal imaging for
construction clients". A list of three or fewer is left as written.
"""

from __future__ import annotations

import re

# An item: one to five words, not a clause ("where for a year I handled printing" is not one)
_NOT_ITEM = (
    r"(?!(?i:and|but|or|so|such|where|which|who|whom|that|then|because|while|when|one|i|we|you|"
    r"he|she|they|it|my|our|his|her|their|its|tell|let|please)\b)"
)
# a word of an item: never a verb that would make it a clause ("Friday are fine")
_WORD = (
    r"(?!(?i:are|is|was|were|be|been|am|have|has|had|do|does|did|will|would|can|could|should|"
    r"may|might|must|ideally|especially|mostly|mainly|including|particularly|for|across|around|"
    r"throughout)\b)[\w'’&/+%-]+"
)
_ITEM = _NOT_ITEM + rf"(?:{_WORD}\s+){{0,4}}?{_WORD}"
_LAST = _NOT_ITEM + rf"(?:{_WORD}\s+){{0,4}}{_WORD}"
# ", second, middle, (middle, ...) and last": a run of at least four items counting the
# one before the first comma; the last item ends at a preposition that starts the list's
# tail ("for construction clients") or at the end of the clause.
_LONG_LIST = re.compile(
    rf",\s+(?P<second>{_ITEM}),\s+(?:{_ITEM},\s+)*{_ITEM},?\s+(?:and|or)\s+{_LAST}"
    r"(?=\s+(?:for|across|around|throughout)\b|\s*[.;:!?)]|\s*$)",
)


_COUNTED = re.compile(
    r"\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\w-]+\s+)?[\w-]+s\s*(?:[-–—:(]|,\s+(?:namely|including|i\.e\.))",
    re.IGNORECASE,
)


def shorten_list(text: str) -> str | None:
    """The sentence with its longest list cut to its first two items; None when it has no
    list of four or more."""
    best = None
    for m in _LONG_LIST.finditer(text):
        if best is None or len(m.group()) > len(best.group()):
            best = m
    if best is None:
        return None
    # "four campuses - Columbus State, Otterbein, Ohio Dominican and Central Ohio Tech": a
    # list its sentence has counted keeps every item
    if _COUNTED.search(text, max(0, best.start() - 120), best.start()):
        return None
    joiner = " or " if re.search(r"\bor\s+\S+\s*$", best.group()) else " and "
    return text[: best.start()] + joiner + best.group("second") + text[best.end() :]
