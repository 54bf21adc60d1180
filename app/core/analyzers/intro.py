"""Introductions made without asking either side first.

"You two should meet!" hands both people a favour they never agreed to: one of them may not
want the meeting, and now has to refuse it in front of the other. Career writers and
connectors say it again and again: ask each side privately first (a double opt-in), then
introduce with a line on why each would want to meet the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, rel, yes
from app.core.patterns import Gated, phrases
from app.models import Severity

_INTRODUCING = (
    r"(?:i\s+(?:just\s+)?(?:wanted|want|would\s+like|'d\s+like)\s+to\s+)?introduce\s+you\s+"
    r"(?:two|both|to\s+(?:my|our)\s+(?:friend|colleague|mate|contact|former\s+colleague))\b",
    r"(?:i\s+)?thought\s+you\s+two\s+should\s+(?:connect|meet(?!\s+up)|talk)",
    r"you\s+two\s+(?:absolutely\s+|really\s+|just\s+|definitely\s+)?(?:should|have\s+to|need\s+to|must)\s+"
    r"(?:absolutely\s+|really\s+|definitely\s+|totally\s+)?(?:connect|meet(?!\s+up)|talk|get\s+together)",
    # their time promised for them: "I told her you'd be happy to jump on a call this week"
    r"i(?:'ve|\s+have)?\s+(?:already\s+)?told\s+(?:him|her|them)\s+(?:that\s+)?you(?:'ll|'d|\s+will|\s+would)\s+"
    r"(?:be\s+(?:happy|glad|able)\s+to|sort|help|look|call|ring|meet|take|give)",
    # "I've told the author of Salt Roads that you'll introduce her to your rights director"
    r"i(?:'ve|\s+have)?\s+(?:already\s+)?told\s+(?:the\s+|my\s+|our\s+)[^.?!\n]{1,40}?\s+that\s+you(?:'ll|'d|\s+will|\s+would)\s+"
    r"(?:be\s+(?:happy|glad|able)\s+to|introduce|sort|help|look|call|ring|meet|take|give|see)",
    r"i\s+(?:said|promised\s+(?:him|her|them))\s+(?:that\s+)?you(?:'ll|'d|\s+will|\s+would)\s+"
    r"(?:be\s+(?:happy|glad|able)\s+to|sort|help|look|call|ring|meet|take|give)",
    r"i\s+(?:(?:have|'ve)\s+)?promised\s+(?:him|her|them)\s+(?:that\s+)?i(?:'d|\s+would)\s+introduce\s+you",
    r"i(?:'ve|\s+have)\s+(?:cc'?d|cc'?ed|copied)\s+(?:in\s+)?(?:my|our)\s+(?:mate|friend|colleague|cousin|brother|sister|pal)",
    r"(?:i'll|i\s+will)\s+leave\s+(?:the\s+rest|it)\s+(?:up\s+)?to\s+you\s+(?:two|both)",
    # "I wanted to connect you with Tamsin (cc'd)": made, with her already copied in
    r"(?:i\s+(?:just\s+)?(?:wanted|want|would\s+like|'d\s+like)\s+to\s+)?(?:connect|introduce)\s+you\s+(?:with|to)\s+"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+\((?:cc'?e?d|copied|cc'?d\s+here)\)",
)
# The other person copied in already: the introduction is made, not offered
_COPIED_IN = phrases(
    r"\((?:cc'?e?d|copied|cc'?d\s+here)\)",
    r"(?:i've|i\s+have)\s+(?:cc'?e?d|copied|looped)\s+(?:in\s+)?(?:[a-z]+\s+){0,2}?(?:here|on\s+this|in)\b",
    r"(?:cc'?ing|looping)\s+(?:in\s+)?[a-z]+",
)
_INTRO = phrases(
    *_INTRODUCING,
    r"(?:over\s+to\s+you|take\s+it\s+from\s+here),?\s+[a-z]+",
    # "[a-z]+" written possessive: only the whole word can be followed by ",? over to you",
    # and greedy, the engine gave the word back letter by letter at every word start
    r"[a-z][a-z]*+,?\s+over\s+to\s+you",
)
# _INTRO for a draft that never says "over to you": the same matches, as the two handovers
# it leaves out cannot match there. Trying a word before "over to you" at every word start
# was three quarters of the scan.
_INTRO_NO_HANDOVER = phrases(*_INTRODUCING, r"take\s+it\s+from\s+here,?\s+[a-z]+")
# "Over to you" in any case: ``possible`` is a substring test on the case-folded draft.
_HANDOVER = Gated(re.compile(r"over\s+to\s+you", re.IGNORECASE), "over")
# Signs the introduction was agreed first, or is itself offered as a question.
_AGREED = phrases(
    r"(?:asked|wanted)\s+me\s+to\s+(?:introduce|connect|put\s+you)",
    r"(?:you\s+both|both\s+of\s+you|you)\s+(?:said|agreed|were\s+keen)",
    # "she said she'd be happy to", not the sender's own promise: "I said you'd be happy to"
    r"(?<!\bi\s)(?:said|agreed)\s+(?:you'd|you\s+would|she'd|he'd|they'd)\s+(?:be\s+)?(?:happy|glad|keen|open)",
    r"with\s+(?:your|both\s+your|their|his|her)\s+(?:permission|ok|okay|blessing)",
    r"as\s+(?:promised|discussed|agreed)",
    r"(?:would|could)\s+you\s+be\s+(?:open|happy|up\s+for|interested)\s+(?:to\s+|in\s+)?(?:an?\s+)?"
    r"(?:intro|introduction|meeting|chat)",
    r"(?:want|like)\s+an?\s+intro(?:duction)?\b",
)

# The introduction offered, not made: the recipient can still say no.
_OFFERED = phrases(
    r"(?:shall|should|can|could|may)\s+i",
    r"(?:happy|glad|keen|delighted)\s+to\s+introduce",
    r"if\s+(?:you'd|you\s+would|you\s+want|you\s+like|it\s+would|it\s+helps|useful)",
    r"would\s+you\s+like\s+me\s+to",
)


@analyzer(
    "unasked_intro",
    severity=Severity.medium,
    message="An introduction made without asking either side first.",
    principle=(
        "An introduction is a gift only when both people want it. Ask each of them first, "
        "so neither is handed a favour they never agreed to."
    ),
    suggestion=(
        "Ask each person privately whether they'd like the introduction, then introduce them "
        "with one line on why each would want to meet the other."
    ),
    examples=[
        yes(
            "Hi Bea, thought you two should connect. Sam's email is below.",
            "thought you two should connect",
        ),
        yes(
            "Ravi, Lou: you two really need to meet. I'll leave the rest to you both!",
            "you two really need to meet",
        ),
        yes(
            "Hi Kim, I wanted to introduce you to my friend Ola, who is job hunting. Ola, over "
            "to you!",
            "I wanted to introduce you to my friend",
        ),
        yes(
            "Hi Ali, my niece Dee is starting a bakery. I told her you'd be happy to jump on a "
            "call this week and sort out her VAT!",
            "I told her you'd be happy to",
        ),
        no(
            "Hi Bea, as promised, I'm introducing you two: Sam runs the food bank rota and "
            "you said you'd be glad to help with it."
        ),
        yes(
            "Hey Marguerite, this is Odile, who's finishing a novel. I said you'd be happy to "
            "give her the lowdown. Over to you two!",
            "I said you'd be happy to",
        ),
        yes(
            "By the way, my friend Carla loves your comics and I promised her I'd introduce you two.",
            "I promised her I'd introduce you",
        ),
        yes(
            "Hi Ros, I wanted to connect you with Tamsin (cc'd), who runs Whiskerwell. Over "
            "to you two!",
            "I wanted to connect you with Tamsin (cc'd)",
        ),
        no("Would you be open to an intro to Sam? She runs the rota at the food bank."),
        no("Want an intro to my old team at Stripe? They're hiring."),
        no("Hi Leo, my colleague Ana runs the kit library. Shall I introduce you two?"),
        no("Ana runs procurement there. Happy to introduce you two if it would help."),
        no("You two should meet up soon, it's been ages!", **rel("2026-11-01", "close")),
    ],
)
def unasked_intro(ctx: Context) -> Iterator[Hit]:
    if _AGREED.search(ctx.text):
        return
    intro = _INTRO if _HANDOVER.possible(ctx.text) else _INTRO_NO_HANDOVER
    for m in intro.finditer(ctx.text):
        sentence = next((s for s in ctx.doc.sentences if s.start <= m.start() < s.end), None)
        if sentence is not None and (
            sentence.text.rstrip().endswith("?") or _OFFERED.search(sentence.text)
        ):
            continue  # "Shall I introduce you two?", "Happy to introduce you if it helps"
        # copied in already, the other person has been handed the favour before anyone asked
        copied = _COPIED_IN.search(ctx.text) is not None
        yield Hit((m.start(), m.end()), severity=Severity.high if copied else None)
        return
