"""Turning the sender's own notes into sentences addressed to the recipient.

Notes are written about the recipient ("just became VP Engineering at Acme",
"Bob reviewed my resume"); a rewrite speaks to them ("you just became ..."). These
helpers only re-voice what the sender wrote: they never add a fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.text import words

_ACHIEVE = re.compile(
    r"^(?:just\s+|recently\s+|finally\s+)?(?:became|was\s+promoted|got\s+promoted|promoted|joined|launched|published|"
    r"raised|won|started|moved|got|shipped|finished|completed|announced|hired|opened|founded|released|"
    r"graduated|spoke|gave|wrote|made|built|left|took|closed|signed|passed|ran|celebrated|welcomed|had|"
    r"went\s+from|switched|transitioned|pivoted|made\s+the\s+(?:move|switch|jump))\b",
    re.IGNORECASE,
)
_VERB_START = re.compile(
    r"^(?:just\s+|recently\s+|finally\s+|still\s+|now\s+)?(?:[a-z]+ed|became|got|won|ran|spoke|gave|wrote|made|built|"
    r"left|took|went|began|sold|bought|grew|switched|spent|taught|led|won|is|was|has|had|loves|likes|runs|leads|works|lives|plays|writes|teaches|manages|hosts|"
    r"organizes|organises|volunteers|coaches|mentors|enjoys|knows|studies|travels|speaks|"
    # "owns a cotton gin near Lubbock", "breeds Highland ponies"
    r"owns|holds|builds|makes|sells|grows|keeps|breeds|brews|trains|farms|repairs|restores|designs|"
    r"drives|flies|sails|cooks|bakes|paints|records|produces|directs|supplies|imports|exports|buys|"
    r"ships|rents|heads|chairs|oversees|serves|restores|guides|curates|edits|handles|covers|fixes)\b",
    re.IGNORECASE,
)
# A note that opens on what was done to them: "promoted to VP Marketing at Northwind".
_PASSIVE_START = re.compile(
    r"^(?:just\s+|recently\s+)?(?:promoted|hired|named|appointed|elected|selected|awarded|featured|invited|"
    r"accepted|admitted|nominated|shortlisted|recognised|recognized|honou?red)\b",
    re.IGNORECASE,
)
_THIRD_TO_SECOND = {
    "is": "are", "was": "were", "has": "have", "loves": "love", "likes": "like", "runs": "run",
    "leads": "lead", "works": "work", "lives": "live", "plays": "play", "writes": "write",
    "teaches": "teach", "manages": "manage", "hosts": "host", "organizes": "organize",
    "organises": "organise", "volunteers": "volunteer", "coaches": "coach", "mentors": "mentor",
    "enjoys": "enjoy", "knows": "know", "studies": "study", "travels": "travel", "speaks": "speak",
}  # fmt: skip
_FAMILY_HEAD = re.compile(
    r"your\s+(?:son|daughter|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|boy|girl|kid|"
    r"nephew|niece|grandson|granddaughter)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(
    r"\b(?:his|their|her(?=\s+(?!(?:to|with|for|about|and|a|an|the|at|in|on|of|from|that)\b)\w))\b",
    re.IGNORECASE,
)
_MENTION = re.compile(r"\b(?:him|them|her)\b", re.IGNORECASE)
_DETERMINER = re.compile(
    r"^(?:a|an|the|my|our|your|his|her|their|some|any|this|that|these|those|\d)\b", re.I
)
_LOWERABLE = frozenset(
    "a an the my our some any one two three introduce intro introductions connect share send review help give "
    "lend host recommend walk show pass forward put make set loop sponsor mentor cover buy proofread look edit "
    "test write bring invite feedback advice access notes coffee lunch dinner happy glad free".split()
)
_UNCOUNTED = frozenset(
    "money training setup work research beer wine pizza food coffee lunch dinner help childcare "
    "mentoring coaching hosting space storage equipment software code data".split()
)
# "photography", "equity", "know-how", "experience": heads that take no article
_UNCOUNTED_ENDINGS = (
    "s",
    "graphy",
    "ity",
    "ness",
    "ance",
    "ence",
    "ing",
    "how",
    "ware",
    "ledge",
    "ism",
    "ice",
    # "temple jewellery craftsmanship", "bespoke joinery", "expertise"
    "ship",
    "llery",
    "inery",
    "ttery",
    "rtise",
)
_MASS = frozenset(
    "feedback advice help time access support guidance input notes data airplay coverage "
    "publicity exposure mentoring training space storage parking transport".split()
)
_MODAL_OFFER = re.compile(
    r"^\s*(?:i\s+)?(?:can|could|would|will)\s+(?:happily\s+|gladly\s+)?[a-z]", re.I
)
_OFFER_LEAD = re.compile(
    r"^(?:i\s+(?:can|could|would|will)\s+(?:be\s+happy\s+to\s+|gladly\s+)?|i['’]d\s+be\s+(?:happy|glad)\s+to\s+|"
    r"happy\s+to\s+|glad\s+to\s+|(?:can|could|would|will)\s+(?:happily\s+|gladly\s+)?)",
    re.IGNORECASE,
)
# "sponsor credit in concert programmes", "demo day slots": a verb's word used as a noun
# (a verb would take its object: "sponsor your stall", "demo the app")
_NOUN_USE = re.compile(
    # "sponsor's logo on the new shirts": a possessive is a noun, whatever the word
    r"^[\w-]+['’]s\s|"
    r"^(?:sponsor|demo|pilot|trade|record|print)\s+(?!(?:a|an|the|your|my|our|you|his|her|their|one|two|three|some|it|them)\b)[a-z]",
    re.IGNORECASE,
)
_OFFER_VERB = re.compile(
    r"^(?:introduce|intro(?=\s+you)|connect|share|send|review|help|give|lend|host|recommend|walk|show|pass|forward|beta-?test|pilot|"
    r"put|make|set\s+up|loop|sponsor|mentor|cover|buy|proofread|look|edit|test|write|bring|invite|pay|drive|fill|"
    r"wash|clean|cook|bake|babysit|water|feed|teach|coach|fix|repair|tutor|translate|design|draft|organi[sz]e|run|"
    r"speak|talk|present|refer|point|volunteer|donate|demo|judge|proof|pick\s+up|take|watch|walk|act|be|do|serve|"
    r"stand|return|swap|trade|cover|mind|host|lend|transcribe|photograph|film|record|sing|perform|audit|"
    r"analy[sz]e|advise|deliver|print|sew|knit|paint|plant|interview|assess|mow|shovel|play|tune|service|"
    r"check|groom|trim|cut|style|frame|bind|sharpen|tidy|move|carry|collect|store|"
    r"(?:house|pet|dog|cat)-?sit)\b",
    re.IGNORECASE,
)


def _clean(note: str) -> str:
    return " ".join(note.strip().rstrip(".!;").split())


def second_person(note: str, names: list[str]) -> str | None:
    """Re-voice a note about the recipient as a clause about "you", or None if it isn't one."""
    s = _clean(note)
    if not s:
        return None
    lead = words(s)[0] if words(s) else ""
    name_words = {w.lower() for n in names for w in words(n)}
    rest: str | None = None
    own = re.match(r"^(?:his|her|their|([\w-]+)['’]s)\s+", s, re.I)
    if own and (own.group(1) is None or own.group(1).lower() in name_words):
        # "his studio just won a Webby", "Hugo's team shipped the app": their news, said to them
        clause = "your " + s[own.end() :]
        if _THEIR_THING.match(clause) is None:
            return None
        if _FAMILY_HEAD.match(clause):
            return (
                clause  # "his son just started his apprenticeship": the second "his" is the son's
            )
        clause = _POSSESSIVE.sub("your", clause)
        for pattern, second in _THIRD_FORMS:
            clause = pattern.sub(second, clause)
        return clause
    if re.search(r"\b(?:she|her|hers)\b", s, re.I) and re.search(r"\b(?:he|him|his)\b", s, re.I):
        return None  # "where she offered to help him find his next job": who is "you"?
    if lead.lower() in name_words | {"he", "she", "they"}:
        # "Bob Chen reviewed...", "Prof. Asante read...": skip the title and the surname too
        body = s[len(lead) :]
        # "Jae-min covered...": the rest of a hyphenated name goes with it
        while (m := re.match(r"[\s.]*([\w'’-]+)", body)) and m.group(1).strip(
            "-"
        ).lower() in name_words:
            body = body[m.end() :]
        rest = body.lstrip(" .")
    elif re.match(r"^now\s+(?:(?:a|an|the)\b|[A-Z])", s):
        return f"you're {s}"  # "now Director of Brand at Northwind" -> "you're now Director ..."
    elif re.match(
        r"^now\s+[a-z][\w-]*\s+(?:investor|founder|director|manager|engineer|partner|"
        r"consultant|advisor|adviser|lead|head|teacher|nurse|doctor|editor|designer|owner|"
        r"coach|mentor|member|trustee|governor|volunteer)\b",
        s,
    ):
        # "now angel investor in climate hardware" -> "you're now an angel investor ..."
        word = s.split()[1]
        return f"you're now {'an' if word[0] in 'aeiou' else 'a'} {s.split(None, 1)[1]}"
    elif _PASSIVE_START.match(s):
        return (
            # "promoted to VP Marketing" -> "you were promoted"
            f"you were {_POSSESSIVE.sub('your', s[0].lower() + s[1:])}"
        )
    elif _STATUS.match(s):
        return None  # "retired colonel, former commanding officer" is what they are, not news
    elif _VERB_START.match(s):
        rest = s[0].lower() + s[1:]
    elif re.match(
        r"^(?:just\s+|now\s+|currently\s+)?[a-z]+ing\s+(?:the|a|an|her|his|their|in|for|at|on|to)\b",
        s,
    ) or re.match(
        # "tendering home-to-school transport for SEND pupils from April": what they are doing
        r"^(?:just\s+|now\s+|currently\s+)?(?:tendering|hiring|recruiting|launching|opening|expanding|"
        r"organi[sz]ing|raising|renovating|refurbishing|relaunching|rebuilding|commissioning|sourcing)\s+[a-z]",
        s,
    ):
        # "running the Valencia marathon on Dec 6"; "expecting his first child" is theirs
        return f"you're {_POSSESSIVE.sub('your', s)}"
    if rest is None:
        return None
    # "now works in fintech" -> "now work in fintech": the verb after an adverb agrees too
    adverb = re.match(r"(?:just|recently|finally|still|now|also|currently)\s+", rest, re.I)
    head = adverb.group() if adverb else ""
    first, _, tail = rest[len(head) :].partition(" ")
    if head.strip().lower() == "now" and first.lower().endswith("ed") and tail:
        # "now retired to Margaret River" -> "you've now retired to Margaret River"
        rest = _POSSESSIVE.sub("your", f"now {first} {tail}")
        return f"you've {rest}"
    first = _THIRD_TO_SECOND.get(first.lower()) or _base_form(first)
    rest = f"{head}{first} {tail}".strip()
    rest = _POSSESSIVE.sub("your", rest)
    rest = _MENTION.sub("you", rest)
    for pattern, second in _THIRD_FORMS:
        rest = pattern.sub(second, rest)
    return f"you {rest}"


# "retired colonel", "former head teacher": a status, where "retired from the bench in
# May" is something they did
_STATUS = re.compile(
    r"^(?:retired|former|ex-?)\s+(?!(?:from|in|at|last|this|early|after|on|as)\b)[a-z]+"
    r"(?:\s+[a-z]+)?\s*(?:[,;]|\band\b|$)",  # "retired joiner and a regular at the pub"
    re.IGNORECASE,
)


def _base_form(verb: str) -> str:
    """ "owns" -> "own", "supplies" -> "supply", "fixes" -> "fix"; a past or other form stays."""
    low = verb.lower()
    if not _VERB_START.fullmatch(low) or not low.endswith("s") or low.endswith("ss"):
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("shes", "ches", "xes", "zes", "sses")):
        return verb[:-2]
    return verb[:-1]


def is_achievement(clause: str) -> bool:
    if clause.startswith("you're now "):
        return True
    if clause.startswith("you were ") and _PASSIVE_START.match(clause[9:]):
        return True  # "you were promoted to ...", "you were named ..."
    if (own := _THEIR_THING.match(clause)) is not None:
        # "your studio just won a Webby", "your team shipped the app": their news too
        return bool(_ACHIEVE.match(clause[own.end() :]))
    return bool(_ACHIEVE.match(clause.removeprefix("you ").strip()))


_THEIR_THING = re.compile(
    r"^your\s+(?:[\w'’-]+\s+){1,3}?(?=(?:just|recently|finally|[a-z]+ed|won|got|ran|made|built|took|shipped)\b)"
)


_CLAUSE_NOTE = re.compile(
    r"^(?:my|i|we|our|he|she|they)\b|\b(?:gave|told|said|asked|sent|wrote|is|was|are|were|has|had)\b",
    re.I,
)


def topic(note: str) -> str:
    """A noun-phrase note as the object of 'ask about ...'; empty for a note that is a
    sentence of its own ("my friend Dom gave me her email")."""
    s = _clean(note)
    if len(words(s)) > 10 or _CLAUSE_NOTE.search(s):
        return ""
    if s and s[0].islower() and not _DETERMINER.match(s):
        return f"your {s}"
    return s


# Plural nouns an offer may open with ("intros to two designers", "notes from the talk").
_PLURAL_OFFERS = frozenset(
    "intros introductions notes slides tips tickets contacts references recommendations names "
    "templates samples resources materials leads books docs reviews edits drinks drafts".split()
)
_FACT_VERB = re.compile(
    r"^(?:[a-z]+(?:ed|s)\s+(?:(?:a|an|the|my|our|his|her|their|two|three|\d)\b|[A-Z])|(?:built|made|wrote|ran|led|won|grew|sold|"
    r"taught|spent|had|has|was|is)\b)"
)


def offer_clause(offer: str, context: str = "") -> str:
    """What the sender offers, as the object of "I'd be glad to ...".

    The first word is lower-cased when it is an ordinary word, judged by a short list
    or by the sender writing it in lower case elsewhere (so "Hotel" becomes "hotel" but
    "Stripe" stays a name).
    """
    s = _OFFER_LEAD.sub("", _clean(offer))
    if not s:
        return ""
    lead_word = words(s)[0].lower() if words(s) else ""
    nxt = words(s)[1].lower() if len(words(s)) > 1 else ""
    third_person = lead_word in _SENDER_VERBS or (
        lead_word.endswith(("ains", "ects", "ates", "izes", "ises"))
        and nxt not in {"to", "for", "of", "with", "on", "from"}
    )
    if lead_word in _THIRD_TO_SECOND or _FACT_VERB.match(s) or third_person:
        return ""  # "builds websites", "built a dataset": a fact about the sender, not an offer
    lead = words(s)[0] if words(s) else ""
    lowered = lead.lower()
    if lowered in _LOWERABLE or (
        lead[:1].isupper()
        and not lead.isupper()
        and re.search(rf"(?<![\w]){re.escape(lowered)}(?![\w])", context)
    ):
        s = s[0].lower() + s[1:]
    if (_OFFER_VERB.match(s) and not _NOUN_USE.match(s)) or _MODAL_OFFER.match(_clean(offer)):
        # "can turn round bespoke joinery fast": after a modal comes a verb, whatever it is
        return s[0].lower() + s[1:]
    # "offer free setup and training", "offer two candidates", "offer gas money" take no
    # article; a single countable thing does ("offer a free dispatch-scheduling audit")
    head = (
        re.split(r"\s+(?:for|to|from|with|on|of|in|at|about|and|so|that|which|who|when|if)\s+", s)[
            0
        ]
        .split()[-1]
        .lower()
    )
    # the words of the thing itself, before what it is for or about ("intro to the buyer at
    # Coles cold storage" is one countable intro)
    noun_phrase = (
        re.split(r"\s+(?:that|which|who|my|our|i|we|you|for|to|from|with|on|of|in|at|about)\s+", s)[
            0
        ]
        .lower()
        .split()
    )
    countable = (
        not head.endswith(_UNCOUNTED_ENDINGS)
        and head not in _MASS
        and head not in _UNCOUNTED
        and not any(
            w in _MASS or w in _UNCOUNTED for w in noun_phrase
        )  # "demand data my team uses"
    )
    if countable and not _DETERMINER.match(s) and re.match(r"[A-Z]{2,}\b", s):
        return f"offer my {s}"  # "ICU nurse perspective": "my", where "a"/"an" is a guess
    if countable and not _DETERMINER.match(s) and not s[0].isupper():
        return f"offer {'an' if s[0].lower() in 'aeiou' else 'a'} {s}"
    return f"offer {s}"


# What the sender does, said of them in the third person ("runs a group for teachers"):
# a fact to mention as something they can bring, not a verb to offer.
_SENDER_VERBS = frozenset(
    "runs builds maintains writes hosts leads manages teaches organizes organises owns coaches mentors "
    "knows has does makes creates designs edits publishes sponsors volunteers works sells fixes repairs "
    "bakes cooks plays speaks codes tutors translates curates produces".split()
)


def sender_fact(offer: str) -> str:
    """A third-person fact about the sender as a first-person clause ("runs a group for
    teachers moving into UX" becomes "I run a group for teachers moving into UX"); empty
    for anything else."""
    s = _clean(offer)
    first, _, rest = s.partition(" ")
    verb = first.lower()
    if verb not in _SENDER_VERBS or not rest:
        return ""
    base = {
        "has": "have",
        "does": "do",
        "teaches": "teach",
        "coaches": "coach",
        "fixes": "fix",
    }.get(verb, verb[:-1])
    return f"I {base} {rest}"


_TITLES = frozenset(
    "mr mrs ms mx miss dr prof professor sir dame rev fr sr pastor chef rabbi imam cllr hon "
    # ranks: "Lt Cdr Fiona Marsh" is Fiona
    "lt cdr cmdr capt cpt col maj gen brig sgt cpl pte adm".split()
)
# "mentioned he's opening a cross-dock" said to them: "you mentioned you're opening..."
_THIRD_FORMS = (
    (re.compile(r"\b(?:he|she)(?:'s|’s)\b", re.I), "you're"),
    (re.compile(r"\b(?:he|she)\s+is\b", re.I), "you are"),
    (re.compile(r"\b(?:he|she)\s+was\b", re.I), "you were"),
    (re.compile(r"\b(?:he|she)\s+has\b", re.I), "you have"),
    (re.compile(r"\b(?:he|she)\b", re.I), "you"),
)


@lru_cache(maxsize=256)  # the recipient's name, asked of by each piece of the edit
def first_name(full: str | None) -> str | None:
    if not full:
        return None
    ws = [w for w in words(full) if w.lower() not in _TITLES]  # "Prof. Kwame Asante" -> Kwame
    if (
        not ws
        or ws[0].lower() in ("the", "a", "an")
        or re.search(
            r"\b(?:ltd|llc|inc|gmbh|plc|café|cafe|restaurant|bar|shop|studio|agency|team|group|company|co|"
            r"brewing|brewery|bakery|foods|farms?|kitchen|club|school|trust|foundation|partners|"
            r"associates|solutions|services|labs|society|council|church|hotel|clinic|blog|podcast|"
            r"magazine|newsletter|radio|press|media|records|festival|gallery|museum|theatre|theater|"
            # "Leith Walk Larder", "Hob & Hearth Deli"
            r"larder|deli|delicatessen|pantry|market|store|stores|grocers?|butchers?|salon|garage|"
            r"workshop|pub|inn|tavern|diner|bistro|pizzeria|nursery|pharmacy|surgery|practice|"
            # "Saguaro Landscaping", "Valley Roofing", "Apex Plumbing": a trade's -ing name
            r"landscaping|roofing|plumbing|construction|consulting|catering|cleaning|electrical|"
            r"contractors?|builders?|motors|logistics|realty|properties|supplies|ventures|holdings)\b",
            full,
            re.IGNORECASE,
        )
    ):
        return None  # "The Tidal Café" is a business, not someone called "The"
    return ws[0]


_ROLE_NOUN = re.compile(
    r"^(?:(?:senior|junior|chief|staff|associate|assistant|deputy|hr|it|ux|ui|qa|product|engineering|marketing|"
    r"sales|finance|operations|ops|data|design|program(?:me)?|project|account|people|brand|creative|content|"
    r"managing|executive|general|regional|office|practice|clinic|nursing|hiring)\s+){0,2}"
    r"(?:co-?founder|founder|director|head|lead|manager|engineer|recruiter|ceo|cto|cfo|coo|vp|editor|host|organi[sz]er|"
    r"owner|chair|president|partner|professor|teacher|coach|designer|researcher|scientist|analyst|writer|author|"
    r"producer|principal|nurse|doctor|consultant|advisor|adviser|curator|developer|architect|maintainer)\b",
    re.IGNORECASE,
)


def role_phrase(note: str) -> str | None:
    """A note that names their role ("founder of Kitebase, a scheduling tool"), as the
    object of "your work as ..."; None for anything else."""
    s = _clean(note)
    s = re.sub(r"^(?:now|currently)\s+", "", s, flags=re.IGNORECASE)
    # "staff nurse at St James's, qualified in 2019", "head of operations at Brightmart (12 stores)"
    s = re.sub(r"\s*\([^)]*\)", "", re.split(r",\s+(?=(?!a\b|an\b)[a-z0-9])", s)[0])
    if _ROLE_NOUN.match(s) and len(s) <= 120 and re.search(r"\s[A-Z]", s):
        return s  # "head of partnerships at a fintech" names nowhere: no line is built on it
    # any short title before "at"/"of" a named place: "talent partner at Brightwater", "CMO at Aurelia"
    title = re.match(r"^((?:[\w'’&/-]+\s+){0,3}[\w'’&/-]+)\s+(?:at|of|for)\s+[A-Z]", s)
    if (
        title
        and len(s) <= 80
        and not _CLAUSE_NOTE.search(title.group(1))
        and not re.search(
            r"\b(?:[a-z]+ed|[a-z]+ing|works?|lives?|runs?|leads?|moved|went)\b", title.group(1)
        )
    ):
        return s
    return None
