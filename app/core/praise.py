"""Praise of the recipient with nothing specific in it, as a pattern the critique and the
rewrite share: the analyzer flags it, the specificity check does not count it as a detail,
and the rewrite takes it out."""

from __future__ import annotations

import re

from app.core.patterns import PhraseMatch, phrases

_YOU_ARE = r"(?:you(?:'re|\s+are|\s+r)|ur|u\s+r|you\s+must\s+be)"
_INTENSIFIER = r"(?:(?:honestly|truly|literally|seriously|simply|just|so|such|really|easily|by\s+far|for\s+sure)\s+){0,2}"
_WHERE = (
    r"(?:in|of|on)\s+(?:all\s+of\s+|the\s+(?:whole\s+)?)?(?:country|world|city|town|industry|business|game|"
    r"planet|universe|uk|us|region|area|north|south|east|west|[A-Z][\w'’-]+)"
)

FLATTERY = phrases(
    # a superlative with nowhere to stand: "you are the best optometrist in all of Manchester"
    rf"{_YOU_ARE}\s+{_INTENSIFIER}(?:the|my)\s+(?:very\s+)?(?:best|greatest|top|most\s+talented|number\s+one)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_WHERE}",
    rf"your\s+(?:[\w-]+\s+){{1,2}}(?:is|are)\s+{_INTENSIFIER}the\s+(?:best|greatest|most\s+\w+)\s+(?:[\w-]+\s+){{0,2}}?{_WHERE}",
    # "you're honestly so cool", "you are a legend", "you're literally goals"
    rf"{_YOU_ARE}\s+{_INTENSIFIER}(?:so\s+cool|amazing|incredible|awesome|iconic|goals|"
    r"(?:an?\s+)?(?:absolute\s+|total\s+|real\s+)?(?:legend|genius|icon|hero|rock\s*star|superstar|queen|king))\b",
    # "truly an inspiration to everyone in the craft world"
    r"(?:truly|such|a\s+real|an\s+absolute|a\s+true)\s+(?:an?\s+)?inspiration(?:\s+to\s+(?:us\s+)?all|\s+to\s+every(?:one|body))?",
    # "I have always admired your stunning venue", "your achievements are amazing"
    r"(?:always\s+)?admired\s+your\s+(?:stunning|amazing|incredible|beautiful|gorgeous|impressive|wonderful|"
    r"fantastic|brilliant)\s+[\w-]+",
    r"your\s+(?:achievements|accomplishments|success|career)\s+(?:is|are)\s+(?:so\s+|truly\s+|really\s+)?"
    r"(?:amazing|incredible|inspiring|impressive|remarkable)",
    # "I am very impressed by your career and all that you have achieved"
    r"(?:impressed|inspired)\s+by\s+(?:your\s+(?:career|achievements|accomplishments|success|journey)\s+and\s+)?"
    r"(?:all|everything)\s+(?:that\s+)?you(?:'ve|\s+have)\s+(?:achieved|accomplished|done)",
    # "I see you have achieved a lot in your career and it is very inspiring", "impressed by
    # your career journey"
    r"you(?:'ve|\s+have)\s+(?:achieved|accomplished|done)\s+(?:a\s+lot|so\s+much|great\s+things|amazing\s+things|"
    r"incredible\s+things|a\s+great\s+deal)(?:\s+in\s+your\s+(?:career|life|field))?",
    r"(?:impressed|inspired)\s+by\s+your\s+(?:career\s+journey|journey|career\s+path|career|trajectory|profile)(?=\s*[.,!;]|\s+and\b|\s*$)",
    # "I admire your great achievements in the field of education, you are an inspiration for
    # many teachers": praise that would fit anyone's profile
    r"admire\s+your\s+(?:great\s+|many\s+|incredible\s+|amazing\s+|outstanding\s+)?(?:achievements|accomplishments|success|career)",
    r"you\s+are\s+(?:an?\s+)?(?:real\s+|true\s+|great\s+|huge\s+)?inspiration\s+(?:for|to)\s+(?:many|all|so\s+many|everyone|us\s+all)\b",
    # "your illustrious career of 36 years ... is a beacon of light for the entire fraternity",
    # "I have long admired your remarkable leadership and vision", "Leaders of your caliber"
    r"(?:is|are|was|as)\s+(?:a\s+)?(?:beacon|shining\s+light|guiding\s+light|role\s+model)\s+(?:of\s+light\s+)?(?:for|to)\b",
    r"your\s+(?:illustrious|stellar|glittering|distinguished|legendary)\s+(?:career|tenure|journey)",
    r"admired\s+your\s+(?:remarkable|exceptional|outstanding|visionary|inspiring|incredible)\s+(?:leadership|vision|career|work)",
    r"(?:leaders?|people|professionals)\s+of\s+your\s+(?:caliber|calibre|stature)",
    r"only\s+dream\s+(?:to|of)\s+(?:achieve|achieving|reach|reaching)",
    # "everyone in Donosti reads you, a true genius"
    r"(?:a\s+)?(?:true|real|total|absolute|living)\s+(?:genius|legend|icon|visionary)\b",
    # "learn from your vast experience", "your esteemed company": the letter-writer's stock
    # praise, which fits anyone
    r"your\s+(?:vast|immense|enormous|tremendous|rich|wide|extensive)\s+(?:experience|knowledge|expertise|wisdom)",
    r"your\s+(?:esteemed|reputed|prestigious|renowned|esteem)\s+(?:company|organi[sz]ation|firm|institution|"
    r"house|establishment|group|concern|office)",
    # the recipient raised so the sender can bow: "I know you are very important and busy person"
    r"i\s+know\s+you(?:'re|\s+are)\s+(?:a\s+)?(?:very|so|such\s+an?)\s+important",
)

# "your stunning set design for Macbeth at the Lyceum" names what it praises
_NAMED_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:for|at|on|in|of|about)\s+(?:the\s+)?[A-Z0-9]"
)


def flattering(text: str) -> PhraseMatch | None:
    """The first empty superlative in ``text``; praise that names its object is not one."""
    for m in FLATTERY.finditer(text):
        if not _NAMED_AFTER.match(text, m.end()):
            return m
    return None
