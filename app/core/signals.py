"""Facts about the draft that several analyzers need: stock pleasantries, genuine
interest in the recipient, references to them or to shared history.

Computed once per draft and handed to every analyzer, so analyzers never call
each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from app.core.ledger import GAP_YEARS
from app.core.patterns import Folded, Gated, PhraseMatch, phrases
from app.core.praise import flattering
from app.core.specificity import (
    NAMED_INTRO,
    NAMED_SPECIFIC,
    ORG_WORK,
    PRAISE,
    WORK_QUESTION,
    empty_praise,
)
from app.core.text import FIRST_PERSON, SECOND_PERSON, Doc, Sentence, words
from app.models import CoachRequest

# Unfilled mail-merge fields. A sentence built around one is not about this recipient.
PLACEHOLDER = Gated(
    re.compile(
        r"\[\s*(?:first[\s_]*name|last[\s_]*name|name|company|company[\s_]*name|title|role|position|your[\s_]*name|"
        r"recipient|insert[^\]\n]{0,40}|[A-Z][A-Za-z_ ]{0,30}|"
        # "[paper title]", "[event name]": a slot named in lower case
        r"(?:[a-z]+[\s_]+){1,3}(?:title|name|topic|company|date|event|role|position|field|school|city|link|url|"
        r"project|product|paper|book|article|organi[sz]ation|org|team|department)"
        # "your recent post about [topic]": a bare slot word
        r"|topic|subject|industry|field|city|school|event|product|project|link|url|date)\s*\]"
        r"|\{\{?\s*[A-Za-z_][\w .]{0,30}\}\}?"
        r"|<\s*(?:first[\s_]*name|last[\s_]*name|name|company|company[\s_]*name|title|role|position|insert[^>\n]{0,40}|"
        r"[A-Z][A-Za-z]{1,20}(?:[\s_][A-Za-z]{1,20}){0,2}|(?:[a-z]{2,15}\s+)?(?:link|url)|article\s+title|topic)\s*>"
        r"|%\s*[A-Z_]{3,30}\s*%|X(?<!\wX)X+\b|I(?<!\wI)NSERT\s+[A-Z]{2,}|_(?<![\w_]_)__+(?![\w_])"
    ),  # every alternative starts with a literal (word starts checked after it): a fast scan
    "[",
    "{",
    "<",
    "%",
    "XX",
    "INSERT",
    "___",
)

PLEASANTRY = phrases(
    r"how\s+(?:are|r)\s+(?:you|u|ya|things)(?!\s+(?:finding|liking|enjoying|settling|getting\s+on|handling|feeling\s+about|thinking|planning))(?:\s+(?:doing|going|keeping))?(?:\s+these\s+days)?",
    r"how(?:'s|s|\s+is|\s+has)\s+(?:it\s+goin[g']?|everything|life|things|your\s+(?:week|day|weekend|summer|year|month)(?:\s+going)?)(?:\s+been)?",
    r"how(?:'ve|\s+have)\s+you\s+been",
    # "Dwayne how you doin bey?": the question with its verb dropped, as it is spoken
    r"how\s+(?:you|u|ya)\s+(?:doin[g']?|keepin[g']?|keeping|been)\b",
    r"(?:i\s+)?(?:hope|trust)\s+(?:this|my\s+(?:email|message|note|letter|mail))\s+(?:email\s+|message\s+|note\s+|letter\s+|mail\s+)?(?:finds|find|reaches|reach)\s+you(?:\s+well)?",
    r"(?:i\s+)?(?:hope|trust)\s+(?:you(?:'re|\s+are|\s+have\s+been|'ve\s+been)|all(?:'s|\s+is)|everything(?:'s|\s+is)|things\s+are|"
    r"life(?:'s|\s+is)|this\s+week\s+is|your\s+week\s+is|you\s+had|you(?:'re|\s+are)\s+having)\s+"
    r"(?:doing\s+|keeping\s+|keepin['’]?\s+)?(?:well|good|great|fine|ok|okay|going\s+well|treating\s+you\s+well|"
    r"a\s+(?:great|good|nice|lovely|stellar|fantastic|wonderful|brilliant|productive|restful)\s+\w+)",
    # "Hope you've had a stellar week so far!"
    r"(?:i\s+)?hope\s+you(?:'ve|\s+have)\s+had\s+a\s+(?:great|good|nice|lovely|stellar|fantastic|wonderful|brilliant|productive|restful)\s+"
    r"(?:week|weekend|day|month|summer|start\s+to\s+the\s+\w+)",
    r"(?:i\s+)?hope\s+(?:all(?:'s|\s+is)\s+)?well(?:\s+with\s+you)?",
    r"(?:i\s+)?hope\s+all(?:'s|\s+is)?\s+(?:good|well|ok|okay|fine)",
    r"long\s+time\s+no\s+(?:see|talk|speak|chat)",
    # "Hope your week is off to a great start!"
    r"(?:i\s+)?hope\s+(?:your|the)\s+(?:week|day|month|monday|morning|year)\s+(?:is|has\s+been|got)\s+off\s+to\s+a\s+(?:great|good|nice|flying|strong|solid|fantastic|lovely)\s+start",
    # "hope your well", "I trust this finds you in good health"
    r"(?:i\s+)?hope\s+(?:your|ur|youre)\s+(?:keeping\s+)?(?:well|good|ok|okay)",
    r"(?:i\s+)?(?:hope|trust)\s+(?:this|my\s+\w+)\s+(?:finds|reaches)\s+you\s+in\s+(?:good|fine|excellent|the\s+best\s+of)\s+(?:health|spirits)",
    r"(?:greetings|good\s+day)\s+of\s+the\s+day",
    r"(?:i\s+)?(?:hope|trust)\s+(?:you\s+and\s+(?:the\s+|your\s+)?\w+|everyone|the\s+family|your\s+family|all\s+of\s+you|you\s+all|y'all)"
    r"\s+(?:are|is)\s+(?:all\s+)?(?:doing\s+)?(?:well|good|great|fine)",
    r"¿?c[oó]mo\s+est[aá]s",
    # "hope yer keepin well" (Scots), "Musta na?" (Tagalog), "Hope you had a good Thanksgiving!"
    r"(?:i\s+)?hope\s+(?:yer|ye|ya|you(?:'re|\s+are)?)\s+keepin['’g]?\s+(?:well|ok|okay|good)",
    r"musta(?:\s+na|\s+ka)?(?=\s*[?!.,]|\s*$)",
    r"(?:i\s+)?hope\s+you\s+(?:had|have\s+had)\s+a\s+(?:good|great|lovely|nice|happy|restful|wonderful)\s+"
    r"(?:thanksgiving|christmas|holiday|holidays|easter|eid|diwali|new\s+year|break|summer|weekend)",
    # the same in other languages people open with
    r"tudo\s+bem",
    r"como\s+vai",
    r"¿?qu[eé]\s+tal",
    r"kamusta(?:\s+ka(?:\s+na)?)?",
    r"wie\s+geht(?:'s|\s+es)(?:\s+dir|\s+ihnen)?",
    r"[çc]a\s+va",
    r"kaise\s+ho",
    r"qu[eé]\s+tal",
    r"ça\s+va",
    r"comment\s+vas-tu",
    r"wie\s+geht(?:'s|\s+es)",
    r"what(?:'s|s)\s+up",
    r"wassup",
    r"sup",
    r"(?:i\s+)?hope\s+you(?:'re|\s+are)\s+(?:keeping\s+)?(?:well|safe|good)",
    # text-speak: "hey hru??", "wyd"; "wah gwaan" and "how far" as openers
    r"hru|hbu|wyd",
    # "Wha happenin Kerwin, yuh good?"
    r"(?:you|yuh|u|ya)\s+(?:good|alright|aight|ok|okay)(?=\s*\?)",
    r"wh?at?(?:['’]?s)?\s+happenin[g']?",
    r"wah\s+gwaan",
)

# A sentence that points at the recipient's own life or work, or at history the two share.
SPECIFIC = phrases(
    r"(?:your|ur)\s+(?:recent\s+|new\s+|latest\s+|last\s+|great\s+|excellent\s+|fantastic\s+|brilliant\s+)?"
    r"(?:talk|post|article|book|podcast|paper|launch|promotion|keynote|presentation|newsletter|essay|thread|video|"
    r"episode|interview|award|announcement|move|trip|wedding|baby|marathon|race|show|exhibit\w*|research|thesis|"
    r"blog|tweet|panel|webinar|course|class|product|app|feature|release|funding|round|raise|series\s+\w|startup|"
    r"book|piece|op-ed|study|report|album|speech|demo|hackathon|sabbatical|garden|dog|kids?|daughter|son|"
    r"open[-\s]source|repo|library|framework|side\s+project|comment|answer|session|workshop)",
    r"(?:your|ur)\s+(?:new|recent|latest)\s+\w+",
    r"congrat(?:s|ulations)\s+(?:on|to\s+you|again)",
    r"(?:saw|see|noticed|read|heard)\s+(?:on\s+linkedin\s+)?(?:that\s+)?(?:you(?:'re|\s+are|'ve|\s+have)?\s+\w+|your\s+\w+|about\s+your)",
    r"(?:loved|enjoyed|liked|appreciated)\s+(?:your|reading\s+your|hearing\s+your|watching\s+your)",
    r"when\s+we\s+(?:worked|met|were|spoke|talked|last|collaborated|sat|ran|did|built|shipped|both|studied|hiked|played|organi[sz]ed)",
    r"(?:since|from|at|during|after)\s+our\s+(?:time|days|class|program|project|chat|call|conversation|meeting|coffee|lunch|trip|stint)",
    r"we\s+(?:met|worked|spoke|talked|chatted|sat|studied|served|collaborated|overlapped|shared)",
    r"you\s+(?:helped|introduced|taught|mentored|told|recommended|suggested|mentioned|gave|sent|shared|wrote|said|"
    r"spoke|presented|posted|published|launched|built|started|joined|moved|won|ran|got|became|were\s+promoted|"
    r"shipped|raised|hired|organi[sz]ed|hosted|recorded|finished|completed)",
    r"remember\s+(?:when|that|our|how)",
    # why a mutual contact sent them, not only that they did: "which Lerato says you know
    # better than anyone" (a bare "Gwen suggested I get in touch" still says nothing of them)
    r"(?:says|said|tells\s+me|told\s+me)\s+(?:that\s+)?you(?:'re|\s+are|\s+know|\s+have|'ve|\s+ran|\s+run|\s+built|"
    r"\s+work|\s+led|\s+lead)\b",
    # their own work by what it is: "your linocut illustrations", "your sourdough classes"
    r"(?:your|ur)\s+(?:[\w-]+\s+){0,2}(?:illustrations|paintings|photographs|drawings|sculptures|ceramics|linocuts|"
    r"woodcuts|murals|quilts|recipes|poems|songs|films|documentaries|classes|lectures|tutorials|designs?|prints|"
    r"productions?|costumes|menus?|collections?|albums?|exhibitions?)\b",
    r"last\s+time\s+we",
    r"(?:thanks|thank\s+you)\s+(?:again\s+|so\s+much\s+)?for\s+(?:(?:your|the|that)\s+(?!time\b|consideration\b|attention\b|help\b|patience\b|"
    r"understanding\b|response\b|reply\b|support\b)[\w'’-]+|(?!reading\b|considering\b|taking\s+the\s+time\b)[a-z]+ing\b|"
    r"all\s+(?:the|your)\s+help\s+(?:with|on))",
    r"(?:great|good|nice|fun|lovely|wonderful|so\s+good|so\s+fun)\s+(?:seeing|running\s+into|meeting|catching\s+up\s+with|chatting\s+with|"
    r"to\s+see|to\s+meet|to\s+run\s+into|to\s+catch\s+up\s+with)\s+you",
    r"(?:from|since|like)\s+when\s+you\s+\w+",
    r"you\s+(?:named|watched|showed|mentioned|asked|wanted|said|told|taught|made|took|brought|wrote|gave|ran|won|got|sent|built|"
    r"went|came|saw|did|cooked|hosted|shared|posted|recommended|suggested|introduced|helped|fixed|stayed|covered|picked|"
    r"lent|invited|organi[sz]ed|led|launched|shipped|started|finished|moved|joined|raised|hired)\b",
    r"(?:saw|see|read|heard|noticed|caught)\s+(?:on\s+\w+\s+)?(?:the|your)\s+(?:post|news|announcement|update|photos?|video|piece|article|"
    r"interview|talk|thread|story)",
    r"(?:heard|learned|learnt|read)\s+(?:from\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?that\s+(?:you|your)",
    r"(?:the|your)\s+new\s+(?:gig|job|role|position|baby|house|place|puppy|team|company|office|book|album|venture|home|apartment|lab|studio|shop|store)",
    r"(?:still\s+)?(?:laughing|thinking|smiling)\s+about\s+(?:your|that|the\s+time|when|our)",
    r"last\s+(?:i|we)\s+(?:saw|heard|spoke|talked)",
    r"how\s+did\s+(?:the|your)\s+[\w-]+",
    r"remember\s+me\s+from",
    r"your\s+[\w-]+['’]s\b",
    r"(?:your|ur)\s+(?:[\w'’-]+\s+){0,3}(?:class|course|talk|keynote|podcast|newsletter|book|paper|article|post|lab|project|launch|"
    r"episode|letter|line|chart|dataset|model|script|write-?up|tool|photos?|story|answer|point|comment|panel|seminar|lecture|"
    r"toast|speech|risotto|recipe|garden|thesis|research|work|framework|protocol|study|report|exhibit|show|game|race|"
    r"marathon|trip|wedding|baby|move|promotion|demo|ama|thread|video|piece|essay|op-ed|interview|slides|deck)s?\b",
    r"(?:i\s+was|we\s+were)\s+(?:in|on)\s+your\s+\w+",
    # what they have been through that the sender writes about: "I gather you've used all
    # three vendors" (not "you've been busy")
    r"you(?:'ve|\s+have)\s+(?:already\s+|also\s+|actually\s+)?(?:used|tried|worked\s+with|been\s+through|dealt\s+with|"
    r"switched|migrated|led|shipped|written|published|launched|taught|coached|hired\s+for)\b",
)

_STOP = frozenset(
    "about above after again also back been before being could doing down during each from have "
    "into just like made make more most much only other over really same should since some "
    "still such than that their them then there these they this those through under until very "
    "well were what when where which while with would your yours just recently great good new "
    "team company work role year years month months week weeks next last first time people "
    "going thing things today tomorrow yesterday soon "
    # Words of job titles and industries: a pitch about "revenue teams" or "food
    # distributors" shares them with the notes without being about this person.
    "revenue operations logistics food foods distribution distributor distributors sales "
    "marketing engineering product products services solutions software platform business "
    "manager management director senior head lead chief officer president founder data "
    "finance financial health healthcare technology digital global group partners "
    # Words anyone's career has: "your background really stood out" against a note on their
    # "payroll background" is the line every recruiter sends, not a detail of theirs.
    "background backgrounds experience career profile opening openings known well".split()
)


_SUFFIX = re.compile(r"(?:ing|ed|es|er|s|e)$")


def stem(word: str) -> str:
    """A crude stem, enough for "moving" to meet "move" and "launched" to meet "launch"."""
    w = word.lower()
    return _SUFFIX.sub("", w) if len(w) >= 4 else w


def content_words(text: str) -> set[str]:
    """Distinctive stems (4+ letters, not stop words) of a note or summary."""
    return {stem(w) for w in words(text) if len(w) >= 4 and w.lower() not in _STOP}


@dataclass(slots=True)
class Signals:
    """Shared facts about a draft."""

    pleasantries: list[tuple[Sentence, int, int]] = field(default_factory=list)
    specific: list[tuple[Sentence, int, int]] = field(default_factory=list)
    interest_questions: list[Sentence] = field(default_factory=list)
    # sentence starts whose only specific detail is a word from the notes (often their employer)
    notes_only: set[int] = field(default_factory=set)
    first_person: int = 0
    second_person: int = 0
    owned_gap: tuple[int, int] | None = None


_OWN_GAP = phrases(
    # ("I know it's been a good two years since we last spoke")
    r"it(?:'s|\s+has)\s+been\s+(?:over\s+|almost\s+|nearly\s+|about\s+|more\s+than\s+|a\s+good\s+|a\s+solid\s+)?(?:a\s+couple\s+(?:of\s+)?|a\s+few\s+|several\s+|\d+\s+|"
    r"two\s+|three\s+|four\s+|five\s+|six\s+)years",
    r"(?:been|was)\s+(?:a\s+)?(?:ghost|mia|awol|off\s+the\s+grid)",
    r"thats\s+on\s+me",
    # "that's like seven years, pole sana": the years named, then sorry in any language
    r"(?:that['’]s|it['’]s)\s+(?:like\s+|about\s+|almost\s+|nearly\s+|over\s+)?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+years,?\s+"
    r"(?:pole|sorry|my\s+bad|lo\s+siento|perd[oó]n|d[ée]sol[ée]e?|scusa|entschuldigung|desculpa)\b",
    # "I know, I know, five years, I'm the worst friend"
    r"i(?:'m|\s+am)\s+the\s+worst\s+(?:friend|mate|pal|correspondent|cousin|sister|brother|\S+)(?=\s*[.!,]|\s*$)",
    # "it has been the better part of twenty years since Woodbrooke, and I have not been a
    # good correspondent"
    r"it(?:'s|\s+has)\s+been\s+(?:the\s+better\s+part\s+of|well\s+over|close\s+to|going\s+on|nigh\s+on)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:years|decades?)",
    r"(?:not\s+been|been\s+(?:a\s+)?(?:poor|bad|terrible|lax|hopeless|lousy))\s+(?:a\s+)?(?:good\s+)?correspondent",
    # "Please forgive an old teacher for writing after more than three years without a word"
    r"(?:forgive|excuse|pardon)\s+(?:me|an?\s+(?:[\w-]+\s+){1,3}?)for\s+(?:writing|getting\s+in\s+touch|reaching\s+out|turning\s+up)\s+(?:again\s+)?after",
    r"(?:years|months)\s+without\s+a\s+(?:word|line|peep|message)",
    # "I hope you will forgive the long silence", "It has been some years since we last corresponded"
    r"forgive\s+(?:the|my|our|a|this)\s+(?:long\s+)?(?:silence|absence|gap)",
    # "We have not spoken since your training in Kaduna, and the fault is mine"
    r"the\s+fault\s+is\s+(?:all\s+)?mine",
    # "I know I did not write since we had coffee at Spielwarenmesse 2023, it is my fault"
    r"i\s+(?:did\s+not|didn't|have\s+not|haven't|never)\s+(?:write|written|wrote)\s+(?:to\s+you\s+)?since\b",
    # "I am very sorry for my sudden mail after long time."
    r"(?:mail|message|email|e-mail|letter|note|writing)\s+after\s+(?:a\s+|such\s+a\s+|so\s+)?long\s+(?:time|silence|gap)",
    # "It is long time since we wrote, almost three years"
    r"(?:it\s+is|it['’]s)\s+(?:a\s+|so\s+|very\s+|such\s+a\s+)?long\s+time\s+since\s+(?:we|i)\b",
    # "I know it is two years we don't write, sorry": the gap named as a learner writes it
    r"(?:[0-9]+|two|three|four|five|six|many|some)\s+(?:years|months)\s+(?:that\s+)?(?:we|i)\s+"
    r"(?:don't|didn't|do\s+not|did\s+not|haven't|have\s+not|not)\s+(?:write|wrote|written|talk|talked|speak|spoke|see|seen)",
    r"it(?:'s|\s+has)\s+been\s+some\s+years",
    r"(?:it(?:'s|s)?\s+|has\s+)?been\s+(?:way\s+|far\s+|much\s+|so\s+)?too\s+long",
    # "It is much too long since I wrote, more than three years I think"
    r"it\s+is\s+(?:way\s+|far\s+|much\s+|so\s+)?too\s+long\s+since\s+(?:i|we)\b",
    r"(?:terrible|bad|awful|lousy|not\s+great|hopeless)\s+(?:at|about)\s+(?:staying|keeping)\s+in\s+touch",
    r"(?:apolog\w+|sorry)\s+for\s+(?:disappearing|going\s+quiet|vanishing|the\s+silence|being\s+\w+)",
    r"disappear(?:ing|ed)\s+for",
    # "Sorry I disappear for 4 years, is my fault": the tense as a learner writes it
    r"(?:sorry|apologies)\s+(?:that\s+)?i\s+(?:disappear|vanish|go\s+quiet|went\s+missing|go\s+missing)\s+for\b",
    r"ghosted\s+you",
    r"dropped\s+off\s+the\s+(?:map|radar|face)",
    r"(?:gone|went|been)\s+(?:so\s+)?quiet",
    r"time\s+got\s+away\s+from\s+me",
    r"been\s+out\s+of\s+touch",
    r"(?:i\s+know\s+)?it(?:'s|\s+has)\s+been\s+(?:a\s+(?:long\s+)?while|too\s+long|way\s+too\s+long|ages|forever|"
    r"far\s+too\s+long|so\s+long|a\s+long\s+time|years|a\s+minute)",
    r"(?:i(?:'ve|\s+have)\s+been\s+)?(?:terrible|bad|awful|lousy|not\s+great)\s+at\s+(?:staying|keeping)\s+in\s+touch",
    r"(?:sorry|apologies)\s+(?:for|about)\s+(?:the|my)\s+(?:long\s+)?(?:silence|radio\s+silence|absence|gap|disappearing)",
    r"(?:sorry|apologies)\s+(?:i(?:'ve|\s+have)\s+been|for\s+being)\s+(?:out\s+of\s+touch|mia|quiet|so\s+quiet|absent)",
    r"i\s+(?:know|realize|realise)\s+(?:we|i)\s+(?:haven't|have\s+not|hadn't)",
    r"(?:that(?:'s|\s+is)|which\s+is)\s+on\s+me",
    r"i\s+let\s+(?:us\s+|things\s+|our\s+\w+\s+)?(?:drift|slip|lapse)",
    # "I'm sorry I let things go quiet for so long"
    r"i\s+let\s+(?:things|it|us|our\s+\w+)\s+go\s+(?:quiet|cold|silent)",
    r"fell\s+out\s+of\s+touch",
    r"(?:years|months)\s+have\s+(?:flown|gone|slipped|passed|whizzed)\s+by",
    r"lost\s+touch",
    # "You may not remember me, but I interned in your office two summers ago": the
    # distance said plainly, and who they are, before anything is asked
    r"(?:you\s+(?:may|might)\s+not|you\s+probably\s+(?:don't|won't)|not\s+sure\s+(?:if|whether)\s+you(?:'ll)?)\s+remember\s+me",
    r"(?:sorry|apologies)\s+(?:that\s+)?(?:i|we)\s+let\s+(?:so\s+much\s+|this\s+much\s+|all\s+this\s+)?(?:time|the\s+years|it)\s+(?:slip|pass|go|drift)",
    r"(?:sorry|apologies)\s+(?:that\s+)?i\s+(?:never\s+(?:answered|replied|wrote\s+back)|haven't\s+been\s+in\s+touch|didn't\s+stay\s+in\s+touch|"
    r"(?:did\s+not|didn['’]?t)\s+(?:write|call|reply|get\s+in\s+touch)\s+(?:before|sooner|earlier))",
)


# Owning the gap only to cash it in is not owning it.
_LEVERAGE = phrases(
    r"cash(?:ing)?\s+in",
    r"break\s+from\s+my\s+(?:favou?rs|asks|requests)",
    r"you\s+owe\s+me",
    # their returning a favour ("you can return the favour"), not the sender offering to
    r"(?:you|u)\s+(?:can|could|should|might|to)\s+return\s+the\s+favou?r",
    r"(?:time|chance)\s+(?:for\s+you\s+)?to\s+return\s+the\s+favou?r",
)


def owned_gap(text: str) -> tuple[int, int] | None:
    """Where the draft owns a long silence ("it's been too long, and that's on me")."""
    if _LEVERAGE.search(text):
        return None
    m = _OWN_GAP.search(text) or GAP_YEARS.search(text)
    return (m.start(), m.end()) if m else None


_WHO_WRITES = re.compile(r"(?:it['’]?s|this\s+is)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*[,.!—-]?")


def who_writes(text: str) -> str | None:
    """Who is writing, where that alone comes before a pleasantry ("its Ron Pritchard" in
    "its Ron Pritchard how are you keeping."); None otherwise."""
    m = PLEASANTRY.search(text)
    if m is None:
        return None
    lead = text[: m.start()].rstrip()
    return lead.rstrip(" ,.!—-") if lead and _WHO_WRITES.fullmatch(lead.lower()) else None


def _pleasantry_sentence(s: Sentence) -> PhraseMatch | None:
    m = PLEASANTRY.search(s.text)
    if m is None:
        return None
    lead = s.text[: m.start()].lower().rstrip()
    # A pleasantry leads its sentence, or follows a "but": "I know it's been years, but how are you?"
    if (
        m.start() > 12
        and not lead.endswith(("but", "anyway", "so", "—", "-"))
        # "its Ron Pritchard how are you keeping": who is writing, then the pleasantry
        and not _WHO_WRITES.fullmatch(lead)
    ):
        return None
    return m


# The sender's own search: words shared with the notes here are not about the recipient
# ("I'm looking for roles in London" when the notes say they work in London).
POSSESSIVE = phrases(r"your", r"yours", r"ur")
_SELF_NEED = Folded(
    re.compile(
        r"\bi(?:'m|’m|\s+am|\s+have\s+been|'ve\s+been|’ve\s+been)\s+(?:\w+\s+){0,2}?"
        r"(?:looking(?!\s+forward)|seeking|searching|applying|exploring|hunting|job-hunting)\b"
        r"|\blooking\s+for\s+(?:[\w-]+\s+){0,3}?"
        r"(?:jobs?|roles?|positions?|work|opportunit\w+|internships?)\b"
        r"|\b(?:years|decades?)\s+of\s+experience\b|\bmy\s+(?:resume|cv|background|skills|experience)\b",
        re.IGNORECASE,
    )
)


_ABOUT_ME = re.compile(r"^\W*(?:i|i'm|i've|i'll|i'd|im|my|we|we're|we've|our)\b", re.IGNORECASE)


def _same_thing(s: Sentence, w: re.Match[str], notes_text: str) -> bool:
    """Whether a word the sentence shares with the notes points at the same thing: not in
    a line about the sender that never mentions them ("I'm so excited to share..." against
    "shared a table"), and not as part of another name ("Riverbend Youth Orchestra" against
    "played in a school orchestra")."""
    word = w.group()
    if word[:1].isupper() and not word.isupper():
        if re.search(rf"\b{re.escape(word)}", notes_text) is not None:
            return True  # a name of theirs ("include Meridian", "the role at Kier")
        if w.start() > 0:
            return False
    if _SELF_DESCRIBED.search(s.text, 0, w.start()):
        return False  # "im a game soundtrack composer" against "writes music for video games"
    return not (_ABOUT_ME.match(s.text) and not SECOND_PERSON.search(s.text))


# the sender describing themselves, up to the shared word: "yo im a game soundtrack ..."
_SELF_DESCRIBED = re.compile(
    r"\b(?:i['’]?m|i\s+am|as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def _may_be_about_them(s: Sentence, is_ask: bool) -> bool:
    """Whether words the sentence shares with the notes can be a reference to the recipient.

    In the ask only when it points at something of theirs ("the tiler who did your
    bathroom", not "an internship at Google"); elsewhere unless the sentence is about the
    sender's own search and never mentions them ("I'm looking at roles in London").
    """
    if is_ask:
        return POSSESSIVE.search(s.text) is not None
    return not (_SELF_NEED.search(s.text) and not SECOND_PERSON.search(s.text))


# a question about them asked indirectly: "I found myself wondering how you are" (not
# "wondering if you could", which asks)
_WONDERING = re.compile(
    r"\b(?:wonder(?:ed|ing)?|curious)\s+(?:how|what)\s+(?:you(?:['’]re|\s+are|\s+have|['’]ve)?|your)\b",
    re.IGNORECASE,
)
_SHARED_CONTEXT = re.compile(r"\b(?:you|your|we|us|our|fellow|both|also)\b", re.IGNORECASE)


class _Named:
    """Named affiliations, work and introductions found in one pass over the whole draft
    (these patterns are long; running them sentence by sentence cost more than the rest)."""

    def __init__(self, text: str) -> None:
        self.named = [(m.start(), m.end()) for m in NAMED_SPECIFIC.finditer(text)]
        self.org = [(m.start(), m.end()) for m in ORG_WORK.finditer(text)]
        self.intro = [(m.start(), m.end()) for m in NAMED_INTRO.finditer(text)]

    @staticmethod
    def first(spans: list[tuple[int, int]], s: Sentence) -> tuple[int, int] | None:
        i = bisect_left(spans, (s.start, -1))
        if i < len(spans) and spans[i][0] < s.end:
            return (spans[i][0] - s.start, min(spans[i][1], s.end) - s.start)
        return None


def _in_flattery(text: str, m: PhraseMatch) -> bool:
    """ "I have always admired your gorgeous gardens": the superlative is not a detail."""
    f = flattering(text)
    return f is not None and f.start() <= m.start() and m.end() <= f.end()


def _specific_in(s: Sentence, named: _Named) -> tuple[int, int] | None:
    """Offsets (in the sentence) of the first specific line about them or shared history.

    Stock phrases of interest count unless they end on empty praise ("I saw your
    profile"); named affiliations, work and roles count in a sentence that ties them to
    the recipient or to both ("I'll be at the Grace Hopper Conference" does not).
    """
    m = SPECIFIC.search(s.text)
    if m and not empty_praise(s.text, m.start(), m.end()) and not _in_flattery(s.text, m):
        return (m.start(), m.end())
    n = named.first(named.named, s)
    if n and _SHARED_CONTEXT.search(s.text):
        return n
    o = named.first(named.org, s)
    if o and (PRAISE.search(s.text) or _SHARED_CONTEXT.search(s.text)):
        return o
    return named.first(named.intro, s)


# The plural a business writes in: "We are Hollis Creek Farm", "our wholesale price list".
_SPEAKS_FOR_A_BUSINESS = Gated(
    # "\bwe|\bour" with the word start checked after the first letter, so the scan skips
    # ahead to a w or an o (with the boundary first, it was tried at every character)
    re.compile(
        r"[WwOo](?<!\w[WwOo])(?:(?<=[Ww])(?i:e(?:'re|\s+are))\s+(?:(?i:a|an|the)\s+)?[A-Z]"
        r"|(?<=[Oo])(?i:ur\s+(?:\w+\s+)?(?:company|business|farm|firm|product|platform|service|startup|studio|"
        r"agency|shop|store|app|mission|organi[sz]ation|charity|clients|customers|price\s+list|prices))\b)",
    ),
    *("we", "We", "WE", "our", "Our", "OUR"),
)
_WE = phrases(r"we", r"us", r"our", r"ours", r"ourselves", r"we're", r"we've", r"we'd", r"we'll")


def compute(req: CoachRequest, doc: Doc, ask_sentences: set[int]) -> Signals:
    sig = Signals()
    notes_words: set[str] = set()
    notes_text = "\n".join(
        [*req.recipient.notes, *(it.summary for it in req.relationship.interactions)]
        if req.relationship
        else req.recipient.notes
    )
    for note in req.recipient.notes:
        notes_words |= content_words(note)
    # what is known of them, not of what passed between them
    their_words = set(notes_words)
    if req.relationship:
        for it in req.relationship.interactions:
            notes_words |= content_words(it.summary)
    names = {stem(w) for n in (req.recipient.name, req.sender.name) if n for w in words(n)}
    notes_words -= names

    sig.owned_gap = owned_gap(doc.text)
    named = _Named(doc.text)
    body = doc.text[doc.body_start : doc.body_end]
    sig.first_person = FIRST_PERSON.count(body)
    if _SPEAKS_FOR_A_BUSINESS.search(body):
        # "We are Hollis Creek Farm ... We grow ... Our price list": the sender, in the plural
        sig.first_person += _WE.count(body)
    sig.second_person = SECOND_PERSON.count(body)

    for s in doc.sentences:
        p = _pleasantry_sentence(s)
        if p:
            sig.pleasantries.append((s, s.start + p.start(), s.start + p.end()))
        if PLACEHOLDER.search(s.text):
            pass  # "I noticed {{company}} is growing" is about whoever the merge picks
        elif found := _specific_in(s, named):
            sig.specific.append((s, s.start + found[0], s.start + found[1]))
        elif notes_words and _may_be_about_them(s, s.index in ask_sentences):
            seen: set[str] = set()
            hit = False
            for w in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", s.text):
                if len(w.group()) < 4:
                    continue
                st = stem(w.group())
                if st in notes_words and _same_thing(s, w, notes_text):
                    if not hit:
                        hit = True
                        sig.specific.append((s, s.start + w.start(), s.start + w.end()))
                        sig.notes_only.add(s.start)
                    if w.group().islower() and st in their_words:
                        # a name of theirs ("Cloud Native Wrocław") is one thing, however
                        # many words it has
                        seen.add(st)
                    if len(seen) >= 3:
                        # "the floral note your fermentation keeps, and the decision by the
                        # cooperative's 118 families to keep fermenting centrally": three
                        # things known of them is a line about them, not a name dropped
                        sig.notes_only.discard(s.start)
                        break
        is_question = s.text.rstrip().endswith("?")
        if is_question and s.index not in ask_sentences and SECOND_PERSON.search(s.text):
            rest = s.text[p.end() :] if p else s.text
            if not p or SECOND_PERSON.search(rest):
                sig.interest_questions.append(s)
        elif (
            is_question
            and s.index not in ask_sentences
            and not p
            and not FIRST_PERSON.search(s.text)
        ):
            sig.interest_questions.append(s)  # "How did the marathon go?"
        elif s.index not in ask_sentences and _WONDERING.search(s.text):
            sig.interest_questions.append(s)  # "I found myself wondering how you are."
    # A real question about their work is specific even when nothing else is.
    known = {sp.start for sp, _, _ in sig.specific}
    for q in sig.interest_questions:
        if q.start not in known and (m := WORK_QUESTION.search(q.text)):
            sig.specific.append((q, q.start + m.start(), q.start + m.end()))
    sig.specific.sort(key=lambda x: x[1])
    return sig
