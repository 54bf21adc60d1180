"""Specific lines read from the draft itself, whether or not notes were given.

A career adviser's model cold email names the school both went to, the recipient's
article and its topic, or their role at a named organisation. Those are specific
whatever the sender typed into ``recipient.notes``. Praise with nothing in it ("your
impressive background") is not: it could go to anyone.

Names need real capital letters here, so these patterns run case-sensitively on the
original text (except where a lower-case phrase is spelled out with a character class).
"""

from __future__ import annotations

import re

from app.core.patterns import Folded, word_starts

_NAME = (
    r"(?!(?:I|I'm|I’m|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|LinkedIn|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&'’.-]{0,40}"
)
_NAMES = rf"{_NAME}(?:\s+(?:of\s+|for\s+|&\s+)?{_NAME}){{0,3}}"
_GROUP = (
    r"[Aa]lumni|[Aa]lumnae|[Nn]etwork|[Dd]irectory|[Gg]roup|[Cc]ommunity|[Aa]ssociation|[Cc]hapter|[Ss]lack|"
    r"[Ff]orum|[Mm]eetup|[Cc]onference|[Ss]ummit|[Cc]lub|[Ss]ociety|[Dd]atabase|[Cc]ohort|[Ff]ellowship|"
    r"[Ff]air|[Ee]xpo|[Ww]orkshop|[Hh]ackathon|[Ww]ebinar|[Pp]anel|[Ss]ymposium|[Ff]estival|[Gg]ala|[Rr]etreat|"
    r"[Mm]ixer|[Bb]ootcamp|[Pp]rogram(?:me)?|[Ii]nstitute|[Cc]ouncil|[Gg]uild|[Ll]eague|[Cc]hurch|[Tt]eam"
)
_WORK = (
    r"article|post|talk|paper|piece|book|podcast|newsletter|essay|thread|video|episode|interview|keynote|"
    r"presentation|panel|comments?|research|work|project|study|report|blog|op-ed|column|course|lecture|"
    r"session|webinar|answer|remarks|tweet|write-?up|case\s+study|series|app|product|tool|launch|campaign"
)
_ROLE_NOUN = (
    r"role|team|work|time|company|group|lab|position|job|tenure|department|org|product|startup|firm|"
    r"practice|studio|shop|office|experience|journey|transition|move|switch|career|path"
)
_YOU_DO = (
    r"(?:'re|’re|\s+are|\s+were|'ve\s+been|’ve\s+been|\s+have\s+been|\s+lead|\s+led|\s+run|\s+ran|\s+manage|"
    r"\s+managed|\s+work|\s+worked|\s+joined|\s+built|\s+spent|\s+head|\s+founded|\s+started|\s+teach|\s+taught|"
    r"\s+recruit|\s+hire|\s+oversee|\s+moved|\s+transitioned|\s+made\s+the\s+(?:move|switch|jump))"
)

NAMED_SPECIFIC = word_starts(
    # a shared affiliation: "fellow Bruin", "also a Rice alum", "we both studied at ..."
    rf"[Ff]ellow\s+(?:{_NAME}|alum\w*|graduate|member|student|volunteer|veteran|mentee)",
    rf"(?:[Aa]lso|[Bb]oth)\s+(?:an?\s+)?(?:{_NAMES}\s+)?(?:alum\w*|grad(?:uate)?s?|members?|students?)\b",
    r"[Ww]e\s+(?:were\s+)?both\s+(?:went|studied|worked|attended|graduated|volunteer\w*|belong|are|were|spent|did|came|"
    r"grew|played|ran|took|started|left|joined|moved|at|in|on)\b",
    # shared history: "the rollout we did together", "working with you at Brightwater"
    r"(?:did|ran|built|shipped|worked\s+on|led|launched|organi[sz]ed|wrote|made|planned|taught|played)\s+together\b",
    rf"(?:[Ww]orking|[Ww]orked)\s+(?:with|alongside|for)\s+you\s+(?:at|on|in)\s+(?:the\s+)?{_NAME}",
    rf"(?:since|back\s+at|back\s+when\s+we\s+were\s+at|from\s+our\s+days\s+at)\s+{_NAME}(?:\s+(?:&\s+)?{_NAME}){{0,4}}\s*(?:[,.;—–-]|and\s+we)",
    r"(?:the|that)\s+(?:night|day|time|week|summer|project|trip)\s+we\s+\w+",
    # their place in a named organisation: "you're on their product team"
    r"[Yy]ou(?:'re|’re|\s+are|\s+were|\s+work|\s+worked)\s+(?:on|in|with)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:team|group|squad|department|org|board|committee)\b",
    r"(?:[Ss]ame|[Oo]ur)\s+(?:alma\s+mater|school|university|college|program(?:me)?|cohort|class|"
    r"bootcamp|chapter|club|association|hometown|home\s+town|fraternity|sorority|regiment|unit)\b",
    # a named group or event: "through the Wharton alumni database", "at the DataEngConf meetup"
    rf"(?:through|via|in|on|from|at|during|after)\s+(?:the\s+|this\s+|last\s+\w+(?:'s|’s)\s+)?{_NAMES}\s+(?:{_GROUP})\b",
    # their named work with its topic: "your article on pricing", "your talk at PyCon"
    rf"[Yy]our\s+(?:recent\s+|latest\s+|new\s+|last\s+)?(?:{_WORK})\s+(?:on|about|in|at|for|regarding|into|covering|titled|called|with)\s+\S",
    rf"[Yy]our\s+(?:\w+\s+)?(?:{_WORK})\s+[\"“'‘]",
    # their role at a named organisation: "your team at Stripe", "you lead growth at Ramp"
    rf"[Yy]our\s+(?:\w+\s+){{0,2}}(?:{_ROLE_NOUN})\s+(?:\w+\s+){{0,2}}(?:at|with|in|for)\s+(?:the\s+)?{_NAME}",
    rf"[Yy]ou{_YOU_DO}\s+(?:[\w'’/-]+\s+){{0,6}}?(?:at|with|for|of|in)\s+(?:the\s+)?{_NAME}",
    rf"[Aa]s\s+(?:an?|the)\s+(?:[\w-]+\s+){{1,4}}(?:at|of|with|for)\s+(?:the\s+)?{_NAME}",
    rf"(?:what|the\s+work)\s+you\s+(?:do|did|are\s+doing|lead|built)\s+(?:at|with|for)\s+(?:the\s+)?{_NAME}",
    # a shared employer or place: "I was there too", "I was at Keystone as well"
    rf"(?:I|we)\s+(?:was|were|worked)\s+(?:there|at\s+{_NAMES})\s+(?:too|as\s+well|at\s+the\s+same\s+time)\b",
    # what their team or organisation made: "the offline mode your team just shipped",
    # "Lumen Grid's community solar projects"
    r"[Yy]our\s+(?:team|company|group|lab|studio|org\w*)(?:'s|’s)?\s+(?:just\s+|recently\s+)?"
    r"(?:put|shipped|launched|released|built|published|announced|opened|won|raised|added|rolled|made)\b",
)

# Their organisation's work, praised: "Lumen Grid's community solar projects really impress me".
ORG_WORK = word_starts(
    rf"{_NAME}(?:\s+{_NAME}){{0,2}}(?:'s|’s)\s+(?:new\s+|recent\s+|latest\s+)?(?:[\w-]+\s+){{0,2}}"
    r"(?:projects?|launch|app|product|research|report|campaign|mission|approach|program(?:me)?|initiative|"
    r"platform|study|paper|podcast|series|rollout|expansion|work\s+on)\b",
    needs=("'s", "’s"),
)
PRAISE = re.compile(
    r"\b(?:impress\w*|admir\w*|inspir\w*|lov(?:e|ed|ing)|enjoy\w*|follow(?:ed|ing)|fan\s+of|excited\s+by|fascinat\w*)\b",
    re.IGNORECASE,
)
# The person they would introduce: a named colleague is a reason to write to this person.
NAMED_INTRO = word_starts(
    rf"(?:introduce|intro|connect|put)\s+me\s+(?:to|with|in\s+touch\s+with)\s+{_NAME}\s+{_NAME}",
    needs=("intro", "connect", "put"),
)

# A question about their work or path, not a pleasantry: "How did you get into UX research?"
WORK_QUESTION = Folded(
    re.compile(
        r"\b(?:how|what|why|which|where|when)\b[^?]{0,30}?\byour\s+(?:\w+\s+)?(?:work|team|role|job|company|field|research|project|startup|firm|lab|path|career|"
        r"experience|day-to-day|industry|area|practice|business|transition|move|decision|group|product|process|approach|advice)\b"
        r"|\b(?:how|what|why|when|where|which)\b[^?]{0,30}?\byou\s+(?:first\s+|originally\s+|ever\s+|eventually\s+)?"
        r"(?:get\s+into|got\s+into|break\s+into|broke\s+into|end\s+up|ended\s+up|move|moved|decide|decided|choose|chose|"
        r"start|started|approach|handle|think\s+about|build|built|manage|structure|hire|prepare|learn|learned|learnt|land|"
        r"landed|transition|transitioned|recommend|wish|like\s+most|enjoy|focus|spend|look\s+for|see\s+as)\b"
        r"|\b(?:are|were)\s+you\s+still\s+(?:running|leading|teaching|doing|working|coaching|building|organi[sz]ing|hosting|at|with|on)\b",
        re.IGNORECASE,
    )
)

# Praise that names nothing: the noun is only specific when something specific follows.
_FLATTERY_NOUN = Folded(
    re.compile(
        r"(?:profile|experience|background|career|journey|accomplishments?|achievements?|work|expertise|"
        r"success|skills?|resume|résumé|credentials|story|path|trajectory|research)\W*$",
        re.IGNORECASE,
    )
)
_THEN_SPECIFIC = re.compile(
    rf"(?:\s+(?:paper|papers|group|lab|project|programme|program|work))?\s+(?:(?:at|with|in|on|about|building|leading|as|into)\s+(?:the\s+|a\s+|an\s+)?(?:{_NAME}|[a-z][\w-]{{3,}}\s+[a-z][\w-]{{3,}}))"
)


def empty_praise(sentence: str, start: int, end: int) -> bool:
    """A matched line of interest that ends on a flattery noun with nothing specific after."""
    return bool(_FLATTERY_NOUN.search(sentence, start, end)) and not _THEN_SPECIFIC.match(
        sentence, end
    )
