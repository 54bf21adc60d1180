"""Lines built from what the request knows: a note about the recipient as a line about
them, the sender's listed offer as an offer. Only when neither fits does the rewrite fall
back on a stock line (``app.core.stock``).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from app.core import stock
from app.core.critique import Critique
from app.core.patterns import once_per_call
from app.core.phrasing import (
    first_name,
    is_achievement,
    offer_clause,
    role_phrase,
    second_person,
    sender_fact,
)
from app.core.roles import aimed_at_software
from app.core.signals import content_words
from app.core.stage import claims_past
from app.core.text import words
from app.models import Direction, Relationship

_APPOSITIVE = re.compile(r"(?<=\w{3}),\s+(?:a|an)\s+[^,.;]{3,60}$")
_PIECE = re.compile(
    r"^you\s+(?P<verb>wrote|published|gave|delivered)\s+(?:a|an)\s+"
    r"(?P<kind>(?:[A-Z][\w'’&-]*\s+)*(?:piece|article|essay|op-ed|column|post|paper|talk|keynote|"
    r"lecture|presentation|podcast|interview|thread|review))"
    r"(?P<rest>\s+(?:on|about|for|in|at)\b.{3,120}?)\.?$"
)
_POSTED = re.compile(r"^you\s+(?:recently\s+)?(?:posted|wrote|blogged)\s+about\s+(.{4,120}?)\.?$")
# A note about what they share with the sender ("rowed for the same university", "we were in
# the same cohort") describes the tie, not them: repeated back it reads garbled.
_SHARED = re.compile(
    r"\b(?:same|together|both|our|us|we)\b"
    # "grew up in St. George's, Grenada": where they are from, no news to anyone who knew them
    r"|\b(?:grew\s+up|was\s+born|born\s+and\s+raised|raised)\s+in\b"
    # "shared a studio in Stokes Croft 2021-2023", "trekked the Annapurna circuit with the
    # company": lived through with the sender (the company is theirs), not news to them
    r"|\bshared\s+(?:a|an|the)\s+(?:\w+\s+)?(?:studio|flat|house|office|desk|room|workshop|stage|kitchen|"
    r"dressing\s+room|cabin|tent|car|lift|ride|bench|stall|pitch|allotment)\b"
    r"|\bwith\s+the\s+(?:company|firm|agency|crew|club|band|shop|team)\s+in\s+(?:19|20)\d\d\b"
    # "supervised my MSc thesis", "produced my EP at cost": the sender's own history; a talk
    # they gave somewhere of the sender's ("spoke at my university's career day") is theirs
    r"|^(?!(?:spoke|gave|presented|talked|hosted|ran|ran\s+a)\b)[^;]*\b(?:my|me)\b",
    re.IGNORECASE,
)
# "ran her first supper club from my restaurant kitchen": what the sender lent them, which
# said back to them is a favour recalled, however the note begins
_MY_THINGS = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:kitchen|house|home|flat|apartment|place|car|van|truck|studio|garage|"
    r"sofa|couch|spare\s+room|restaurant|shop|bar|caf[eé]|money|savings|tools?|kit|equipment|land|barn|boat)\b",
    re.IGNORECASE,
)
# "a Melbourne food account with 80k followers": the count is for the sender's notes
_COUNTED = re.compile(r"\s+with\s+(?:over\s+|about\s+|nearly\s+)?[\d.,]+[km]?\+?\s+[a-z]+$", re.I)


# What they did that is news (worth congratulating), as against what they did that is
# worth mentioning ("you spoke about accessibility audits at a meetup") and what they
# simply are ("you work at Deloitte"), which a friend or colleague already knows.
_EVENT = re.compile(
    r"^you\s+(?:just\s+|recently\s+)?(?:spoke|gave|wrote|posted|talked|shared|presented|hosted|ran|"
    r"organi[sz]ed|appeared|was\s+on|were\s+on)\b",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"^you\s+(?:are|work|run|lead|manage|head|sit|advise|live|love|like|know|play|teach|host|"
    r"volunteer|coach|mentor|enjoy|study|travel|speak|write|organi[sz]e|own|hold|breed|grow|farm|keep|"
    r"sell|supply|make|build|repair|restore|design|drive|fly|sail|import|export)\b",
    re.IGNORECASE,
)


# A change they made, worth asking after: "you went freelance", "you switched to nursing".
_CHANGE = re.compile(
    r"^you\s+(?:just\s+|recently\s+|finally\s+)?(?:went|switched|transitioned|pivoted|relocated|"
    r"made\s+the\s+(?:move|switch|jump))\b",
    re.IGNORECASE,
)


_TOGETHER = re.compile(r"\b(?:together|with\s+me|we|us|our)\b", re.IGNORECASE)
_GREETED = re.compile(r"\b(?:congratulat\w*|celebrat\w*)\b", re.IGNORECASE)
_JOB_NEWS = re.compile(r"\b(?:offer|promotion|promoted|new\s+(?:job|role|post))\b", re.IGNORECASE)


def _known_to_them(note: str, names: tuple[str, ...], rel: Relationship | None) -> bool:
    """Whether the history shows the sender already shares this news: they did it together
    ("worked together on the Beddington site"), or already congratulated them on it
    ("Congratulated him on his promotion")."""
    if rel is None:
        return False
    key = {w.lower()[:5] for w in words(note) if len(w) >= 5}
    for it in rel.interactions:
        summary = it.summary
        named = any(re.search(rf"\b{re.escape(n)}\b", summary) for n in names)
        if named and _TOGETHER.search(summary):
            return True
        if _GREETED.search(summary) and (
            key & {w.lower()[:5] for w in words(summary) if len(w) >= 5}
            or _JOB_NEWS.search(summary)
        ):
            return True
    return False


_WAS_TO_ME = re.compile(
    r"\b(?:my|her|his)\s+(?:\w+\s+)?(?:leader|manager|boss|supervisor|teacher|mentor|coach|colleague|"
    r"flatmate|roommate|neighbou?r|landlord|tenant|client|customer)\b.*\buntil\b",
    re.IGNORECASE,
)
_MONTH_NUM = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}


def _stale(note: str, today: date) -> bool:
    """A dated event more than nine months old ("in August 2025") is no longer news."""
    m = re.search(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
        r"\s+((?:19|20)\d\d)\b",
        note,
    )
    if m is None:
        return False
    months = (today.year - int(m.group(2))) * 12 + today.month - _MONTH_NUM[m.group(1).lower()]
    return months > 9


_WHEN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"spring|summer|autumn|fall|winter)"
)


_WHEN_ANY = rf"(?:{_WHEN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"


def _undated(clause: str, today: date) -> str:
    """ "promoted in September 2026" said in December 2026 is "promoted in September"; "in
    spring 2027" is "next spring": a year beside a month reads like a file on them."""
    y = today.year
    # a date tacked on after a comma ("..., Oct 2026") is "in Oct": the month as the notes
    # write it, since the rewrite may only state what the request says
    clause = re.sub(rf",\s+({_WHEN_ANY})(?=\s+(?:19|20)\d\d\b|\s*$)", r" in \1", clause)
    clause = re.sub(rf"\b({_WHEN_ANY})\s+{y}\b", r"\1", clause)
    clause = re.sub(rf"\bin\s+({_WHEN})\s+{y + 1}\b", r"next \1", clause)
    clause = re.sub(rf"\bin\s+{y - 1}\b", "last year", clause)
    return re.sub(rf"\bin\s+{y}\b", "this year", clause)


_LITTLE = frozenset(
    "a an the my our your his her their of for to in on at with and or by from about any some new "
    "old this that is are was were be been".split()
)


def _pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent content words, for telling whether the draft already names the same thing."""
    ws = [w.lower() for w in words(text)]
    return {
        (a, b)
        for a, b in pairwise(ws)
        if a not in _LITTLE and b not in _LITTLE and len(a) > 2 and len(b) > 2
    }


def _stem(word: str) -> str:
    """ "titles" and "title" are the same word when asking whether the draft says it."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _kind(clause: str) -> int:
    """Rank a re-voiced note: news first (0), then what they are in the middle of (1), then
    something they did (2), then what they simply are (3); a change they made (5) is asked
    after, and ranks with what they did."""
    if _EVENT.match(clause):
        return 2
    if _CHANGE.match(clause):
        return 5
    if is_achievement(clause):
        return 0
    if clause.startswith("you're ") and clause.split()[1].endswith("ing"):
        return 1
    return 3 if _STATUS.match(clause) else 2


# A birth, an engagement, a wedding: news to congratulate, never to wish luck with
_FAMILY_NEWS = re.compile(
    r"\b(?:expecting|pregnan\w*|had\s+(?:a|their|your|twins)|new\s+baby|baby\s+(?:girl|boy|daughter|son)|"
    r"got\s+(?:engaged|married)|getting\s+married|engaged|wedding)\b",
    re.IGNORECASE,
)


# "she emailed news of her move to the charity": they told the sender themselves
_TOLD = re.compile(
    r"\b(?:she|he|they)\s+(?:emailed|wrote|told\s+me|texted|messaged|called|rang|shared|sent)\b",
    re.IGNORECASE,
)


def _told_me(note: str, shared: str) -> bool:
    """The note is news they told the sender (an interaction says they wrote with it): it is
    heard, not noticed."""
    if not _TOLD.search(shared):
        return False
    return bool(content_words(note) & content_words(shared))


def _frames(clause: str, casual: bool, told: bool = False) -> tuple[str, ...]:
    kind = _kind(clause)
    if told and not casual and kind not in (0, 1, 5) and not _FAMILY_NEWS.search(clause):
        # "I noticed you now run training for a UK-Japan charity", to someone who wrote to say
        # so: read blind, the sender was told, and says so
        return ("I was glad to hear {c}.", "It was good to hear {c}.")
    if _FAMILY_NEWS.search(clause):
        return (
            ("heard {c}, congrats!!", "saw {c}, huge congrats!")
            if casual
            else ("I heard {c}. Congratulations!", "I was so happy to hear {c}. Congratulations!")
        )
    if casual:
        return {
            0: ("heard {c}, that's so great!", "saw {c}, love that!", "heard {c}!! amazing"),
            1: ("heard {c}, good luck!!", "saw {c}, good luck with it!"),
            5: ("heard {c}, how's it going?", "saw {c}, how are you finding it?"),
        }.get(kind, ("saw {c}!", "heard {c}!"))
    return {
        0: (
            "I saw {c}. Congratulations!",
            "I was glad to hear {c}.",
            "I saw {c}; congratulations!",
        ),
        1: ("I heard {c}; good luck with it!", "I saw {c}. Good luck with it!"),
        5: ("I saw {c}. How are you finding it?", "I heard {c}; how is it going?"),
    }.get(kind, ("I saw {c}.", "I noticed {c}."))


# A note naming a piece of their work by its subject: "recent paper on tactile sensing for
# dexterous grasping", "her talk about soil carbon at the Leeds meetup"
_WORK_NOTE = re.compile(
    r"^(?:(?:a|an|the|her|his|their)\s+)?(?P<when>(?:recent|new|latest|last|2\d{3})\s+)?"
    r"(?P<what>(?:[a-z-]+\s+)?(?:paper|article|talk|post|book|podcast|study|report|keynote|essay|"
    r"thread|video|exhibition|album|series|column|lecture|newsletter|documentary))\s+"
    r"(?P<rest>(?:on|about|into|covering|titled|called)\s+\S.{3,90})$",
    re.IGNORECASE,
)


def _their_work(note: str) -> str | None:
    """ "recent paper on tactile sensing" -> "your recent paper on tactile sensing": their work
    by its subject, the most specific thing a note can say about a stranger."""
    m = _WORK_NOTE.match(note.strip().rstrip("."))
    if m is None:
        return None
    when = (m.group("when") or "").lower()
    return f"your {when}{m.group('what')} {m.group('rest')}"


def _common_title(role: str) -> str:
    """ "Events manager at Thornbury Barn" -> "events manager at Thornbury Barn": a job title
    written with a capital only because it opened the note; "COO" and "Head Chef" stay."""
    if " at " not in role and (org := re.match(r"^([^,]+),\s+([A-Z][^,]*)$", role)):
        # "nurse recruitment lead, Northgate NHS Trust" is said "... lead at Northgate NHS Trust"
        role = f"{org.group(1)} at {org.group(2)}"
    first, _, rest = role.partition(" ")
    if first[:1].isupper() and first[1:].islower() and rest[:1].islower():
        return first.lower() + " " + rest
    return role


def _with_article(role: str) -> str:
    """ "backend engineer at Monzo" -> "a backend engineer at Monzo"; a title that is one of a
    kind takes "the" ("the founder of Kitebase"), and a capitalised one ("COO at Nordwind")
    stays bare."""
    if role[:1].isupper() or re.match(r"(?:a|an|the)\b", role, re.IGNORECASE):
        return role
    if re.match(
        r"(?:founder|co-?founder|director|head|chair\w*|president|owner|dean|principal|"
        r"editor-in-chief)\b|(?:author|creator|host|organi[sz]er|illustrator|translator)\s+of\s+\W?(?-i:[A-Z])",
        role,
        re.IGNORECASE,
    ) or re.match(
        # "events manager at Thornbury Barn": the one who holds that post there
        r"(?:[\w-]+\s+){0,2}(?:manager|coordinator|curator|buyer|sommelier|chef|director|head)\s+(?:at|of|for)\s+[A-Z]",
        role,
    ):
        return f"the {role}"  # "you're the founder of Kitebase"
    return f"{'an' if role[0].lower() in 'aeiou' else 'a'} {role}"


_FAMILY = re.compile(
    r"\byour\s+(?:daughter|son|kids?|children|wife|husband|partner|baby|mum|mom|dad|father|mother|"
    r"family|grandchild\w*|sister|brother)\b",
    re.IGNORECASE,
)
_SIZE = re.compile(r"\b(?:small|little|tiny|big|large|busy|successful|thriving)\s+", re.IGNORECASE)
_RUNS = re.compile(
    r"^you\s+(?:run|lead|manage|head|own|coach|organi[sz]e|host)\s+(?:a|an|the|your)\s+"
    r"(?P<np>[\w'’&/-]+(?:\s+[\w'’&/-]+){0,5})$",
    re.IGNORECASE,
)
_OWNS_NAMED = re.compile(
    r"^you\s+own\s+(?P<place>[A-Z][\w'’&-]*(?:\s+[A-Z&][\w'’&-]*){0,3}(?:\s+in\s+[A-Z][\w'’-]+)?)$"
)
_BUSINESS = re.compile(
    r"\b(?:business|shop|practice|gin|farm|restaurant|salon|studio|garage|company|firm|bakery|bar|"
    r"caf[eé]|clinic|showroom|chain|store|yard|mill|workshop|agency|hotel|pub|brewery|winery|"
    r"vineyard|kitchen|gym|school|nursery|surgery|pharmacy|dealership|factory|plant)\b",
    re.IGNORECASE,
)
_WORKS = re.compile(
    r"^you\s+(?:work|teach|volunteer)\s+(?:at|for|with)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})$"
)
_MAKES = re.compile(
    r"^you\s+(?:write|publish|edit|host|run|produce|present)\s+"
    r"(?P<title>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})$"
)
_LIVES = re.compile(r"^you\s+live\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


_MEASURED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-[a-z]+\s+", re.I
)
_PLACE_TAIL = re.compile(r"\s+(?:in|at|on|near|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def _plain_kind(np: str) -> str:
    """What their business is, said as a friend would ask after it: read blind, "your two-chair
    family dental practice in Naperville" is their file read back, "your family dental practice"
    is not. Counted sizes go, and a long description loses its place."""
    np = _MEASURED.sub("", np)
    place = _PLACE_TAIL.search(np)
    if place and len(np[: place.start()].split()) >= 3:
        return np[: place.start()]
    return np


def _status_question(clause: str) -> str:
    """What they simply are, asked after: "you run a small plumbing business in Penrith" is
    "How's your plumbing business in Penrith going?"; empty when the note is not that shape."""
    clause = _COUNTED.sub("", clause.rstrip(" ."))
    if m := _OWNS_NAMED.match(clause):
        # "you own Ironclad Tattoo in Glasgow": asked after the place by its name
        return f"How are things at {m.group('place')}?"
    if clause.lower().startswith("you own ") and not _BUSINESS.search(clause):
        return ""  # "you own a Transit van" is no news and no business to ask after
    if m := _RUNS.match(clause):
        np = _plain_kind(_SIZE.sub("", m.group("np")))
        people = re.search(
            r"\b(?:team|group|crew|department|staff|unit|choir|club|band|squad)\b", np
        )
        return f"How's your {np} {'doing' if people else 'going'}?"
    if m := _MAKES.match(clause):  # "you write Indie Hacker Weekly"
        return f"How's {m.group('title')} going?"
    if m := _WORKS.match(clause):
        return f"How are things at {m.group('org')}?"
    if m := _LIVES.match(clause):
        return f"How's life in {m.group('place')}?"
    return ""


_CONGRATS = re.compile(r"\bcongrat", re.IGNORECASE)
_CONGRATS_TAIL = re.compile(r"\s*[;,.!]\s*congratulations!?$", re.IGNORECASE)


_TENDER = re.compile(
    r"\b(?:died|dies|passed\s+away|death|funeral|bereave\w*|widow\w*|diagnos\w+|illness|ill\b|cancer|"
    r"chemo\w*|hospice|divorc\w+|separated|redundan\w*|laid\s+off|fired|sacked|miscarr\w+)",
    re.IGNORECASE,
)
_NOT_DONE = re.compile(
    r"\b(?:not|never|no\s+longer|hasn['’]t|hadn['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|stopped)\b",
    re.IGNORECASE,
)


_CONGRATULATED = re.compile(
    r"\bcongrat|\bwell\s+done\b|\bdelighted\s+(?:to\s+hear|for\s+you)\b", re.IGNORECASE
)


_USEFUL_TO_ME = re.compile(
    r"\b(?:has\s+(?:a\s+|good\s+|some\s+)?(?:contacts?|connections?|friends?|links?|ins?)\s+(?:at|in|with|on)\b"
    r"|knows\s+(?:the|a|an|someone|somebody|people|everyone|everybody)\b"
    r"|(?:brother|sister|father|mother|son|daughter|cousin|uncle|aunt|wife|husband|partner)(?:-in-law)?\s+"
    r"(?:works|is|runs|manages|sits)\b)",
    re.IGNORECASE,
)
# where the note says the sender read it: "according to Facebook", "(via LinkedIn)"
_ATTRIBUTION = re.compile(
    r"\s*[,(]?\s*(?:according\s+to|per|via|seen\s+on|from)\s+(?:her\s+|his\s+|their\s+)?"
    r"(?:facebook|linkedin|instagram|insta|twitter|fb|x|tiktok|whatsapp\s+status|status|feed|posts?|stories)\b\)?",
    re.IGNORECASE,
)


def _seen_there(note: str, shared: str) -> bool:
    """The note is of an event ("spoke on a panel at ACAMS", "hosted an LSU watch party")
    that ``shared``, the summaries of the neutral interactions, says the sender was at."""
    if not shared:
        return False
    common = (content_words(note) & content_words(shared)) - _NOT_EVENTS
    if _A_POST.search(note) and _ON_THE_POST.search(shared) and common:
        # "posted in April about delivery-app commissions", to someone who "commented on
        # Marcus's delivery-commission post": the sender read it, and answered it
        return True
    if not _AN_EVENT.search(note):
        return False  # "now operations director in Singapore" is news wherever they last met
    # "visited the Mai Phai workshop", to the one who "filmed a short clip at our workshop":
    # the place is the sender's own
    for own in re.finditer(r"\b(?:our|my)\s+([a-z][\w-]{3,})", shared, re.IGNORECASE):
        if re.search(rf"\b{re.escape(own.group(1))}\b", note, re.IGNORECASE):
            return True
    names = {w for w in re.findall(r"\b[A-Z][\w&'’-]{2,}", note) if w.lower() not in _NOT_EVENTS}
    if any(re.search(rf"\b{re.escape(w)}\b", shared) for w in names):
        return True
    # "spoke on a panel about reserve fund studies at the condo managers' conference", to
    # someone who "chatted after her panel at the condo managers' conference": the same
    # event, named in lower case
    events = {e.lower() for e in _AN_EVENT.findall(note)} & {
        e.lower() for e in _AN_EVENT.findall(shared)
    }
    if not events:
        return False
    return len(common) >= 3


_A_POST = re.compile(r"\b(?:posted|post|wrote|published|blogged|shared)\b", re.IGNORECASE)
_ON_THE_POST = re.compile(
    r"\b(?:comment(?:ed|s)?|replied|reacted|liked|shared|reposted)\b[^.;]{0,40}\bpost\b",
    re.IGNORECASE,
)
_AN_EVENT = re.compile(
    r"\b(?:spoke|speaking|panel|hosted|hosting|presented|talk|keynote|party|parties|conference|summit|visited|"
    r"fair|festival|match|game|show|gig|concert|dinner|lunch|wedding|launch|opening|ceremony|meetup)\b",
    re.IGNORECASE,
)
_NOT_EVENTS = frozenset(
    "the his her their our january february march april may june july august "
    "september october november december spring summer autumn winter".split()
)


# the draft gives its own reason for writing
_SAYS_WHY = re.compile(
    r"\b(?:i(?:['’]m|\s+am)\s+writing\s+(?:to\s+(?:you\s+)?(?:express|ask|apply|enquire|inquire|request)|"
    r"(?:to\s+you\s+)?(?:because|as|since)\s+(?:i|you)|(?:to\s+you\s+)?(?:about|regarding|with)\b)"
    r"|the\s+reason\s+i(?:['’]m|\s+am)\s+writing)",
    re.IGNORECASE,
)


@once_per_call
def note_line(
    crit: Critique,
    said: str | None = None,
    skip: int = 0,
    thanks: bool = True,
    news_only: bool = False,
) -> str:
    """A line about them from what the sender knows (a note, or a favour they did).

    ``said`` is what the rewrite already says (the draft by default): a note it already
    covers in the sender's own words is passed over. ``skip`` passes over that many usable
    notes, for a second line. News comes before what they simply are; a bare role or
    status ("engineering manager at Brightline") is never said to a friend, who knows
    it already: from them it reads like a form letter."""
    req = crit.ctx.req
    names = [n for n in (req.recipient.name,) if n]
    seed = crit.ctx.doc.raw
    rel = req.relationship
    closeness = rel.closeness.value if rel is not None and rel.closeness is not None else None
    # a friend knows what they do: only news about them is worth a line
    distant = closeness not in ("close", "friend")
    said = crit.ctx.doc.raw if said is None else said
    draft_words = {_stem(w) for w in words(said) if len(w) >= 5}
    congratulated = _CONGRATULATED.search(said) is not None
    usable: list[tuple[int, int, str]] = []  # (rank, order, line)
    me = first_name(req.sender.name)
    # "head of property at Tennant Wray, Harrogate; advertising a paralegal role" is two notes
    notes = [
        part.strip()
        for n in req.recipient.notes
        if not aimed_at_software(n)
        for part in n.split(";")
        if part.strip()
    ]
    last = rel.last_contact if rel is not None else None
    recent = crit.ctx.gap.days is not None and crit.ctx.gap.days <= 183
    # what they did together, read once for every note ("met at FinCrimeCon")
    shared = " ".join(
        i.summary for i in (rel.interactions if rel else []) if i.direction is Direction.neutral
    )
    for order, note in enumerate(notes):
        if me and re.search(rf"\b{re.escape(me)}\b", note):
            continue  # "was Kofi's manager until 2023": the sender's own history, not news to them
        if _SHARED.search(note) or _WAS_TO_ME.search(note) or _MY_THINGS.search(note):
            # "rowed for the same university", "was my room leader until 2025": what they
            # share or were to the sender, not a line about them
            continue
        if _USEFUL_TO_ME.search(note):
            # "has a contact at Rinse FM", "brother-in-law works at the Farm Bureau": why the
            # sender writes, not news to tell them
            continue
        if _seen_there(note, shared):
            # "spoke on a panel at ACAMS in July", to someone the sender ran into at ACAMS:
            # they were there, it is not news to notice
            continue
        note = _ATTRIBUTION.sub("", note)  # "just had a baby according to Facebook"
        if _NOT_DONE.search(note) or _TENDER.search(note):
            # "has not attended since spring 2024": what they don't do is not news; "his
            # mother died in October" is for the sender to say, never a line we add
            continue
        if _stale(note, req.reference_date()):
            continue  # "stayed with his family in August 2025": more than nine months ago
        whole = next((n for n in req.recipient.notes if note in n), note)
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", whole)]
        old = last is not None and bool(years) and max(years) < last.year
        # "played for Riverside Rovers juniors 2010-2016", to someone last seen in 2019: history
        # the sender lived through, not news to notice
        long_before = old and last is not None and max(years) <= last.year - 3
        clause = second_person(note, names)
        work = clause is None and (clause := _their_work(note)) is not None
        role = role_phrase(note)
        if (not clause or len(clause) > 140) and role:
            known = (
                closeness in ("close", "friend", "acquaintance")
                or claims_past(said)
                or req.message.channel.value == "text"  # they have each other's number
                # "I'm writing to you because you're VP Supply Chain" names a purpose: with
                # the ask held back there is none, and someone met before knows their job
                or bool(rel is not None and rel.interactions and crit.ask_waits)
            )
            if known or any(n in said for n in re.findall(r"[A-Z][\w'’-]{2,}", role)):
                continue  # someone they know, or have met, would not be told their job
            if _SAYS_WHY.search(said):
                continue  # "I am writing to express my interest in...": why is said already
            # read blind, "I've been following your work as HR director" claims an interest the
            # sender never said they had: the line says only what the sender knows
            # read blind, "I see you're Events manager at Thornbury Barn." sounded like a
            # database record: said as the reason for writing to them, it is what it is
            leads = ("I'm writing to you because you're", "I'm getting in touch as you're")
            unused = [x for x in leads if x.lower()[:16] not in said.lower()] or list(leads)
            if not news_only:
                usable.append((4, order, f"{unused[0]} {_with_article(_common_title(role))}."))
            continue
        if not clause or len(clause) > 140:
            continue
        clause = _APPOSITIVE.sub("", clause)  # "Indie Hacker Weekly, a newsletter with 80k readers"
        clause = _undated(clause, req.reference_date())
        key = {_stem(w) for w in words(note) if len(w) >= 5}
        names_in = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", note)
        proper = {
            w for w in re.findall(r"(?<=\s)[A-Z][\w'’-]{3,}", " " + note) if w not in names_in
        }
        if (
            (key and len(key & draft_words) * 2 >= len(key))
            # "back at the library and all done with chemo" already says "finished chemo ...,
            # back at work at the library"
            or (len(key & draft_words) >= 2 and len(key & draft_words) * 3 >= len(key))
            or any(n in said for n in names_in)
            or any(re.search(rf"\b{re.escape(w)}\b", said) for w in proper)
            or bool(_pairs(note) & _pairs(said))  # "second surgery room" / "the new surgery room"
            # "congrats on getting the contractor ticket" already marks "just became a
            # contractor on the Hillhead job"
            or bool(key & draft_words and congratulated)
        ):
            continue  # the draft already says it in the sender's own words
        if crit.ctx.stage.value != "cold" and _known_to_them(note, (*proper, *names_in), rel):
            continue  # "running the Beddington development" to someone who worked it with them
        if crit.ctx.stage.value == "cold" and _FAMILY.search(clause):
            continue  # "your daughter played cello": from a stranger, their family is off limits
        rank = _kind(clause)
        if old and (rank < 2 or not distant or long_before):
            # "until 2023; now a locum RVN", to a friend seen in 2024: news from before they
            # last spoke is old news (a change asked after, "how is it going?", still fits)
            continue
        if rank == 3 and (not distant or news_only):
            continue  # what they simply are, said as a second line, reads like a file on them
        if recent and re.search(r"\b(?:now|elsewhere)\b", clause) and not years:
            continue  # "you're now an ops manager elsewhere", to someone seen in August
        asked = _status_question(clause) if rank == 3 and crit.ctx.stage.value != "cold" else ""
        if rank == 3 and not asked and (recent or crit.ctx.stage.value != "cold"):
            # "heard you work in accounts at a housing association!" to an old client, "I
            # noticed you work night shift at the plant" to someone seen last month
            continue
        if asked:
            # "How's your plumbing business in Penrith going?" where "I noticed you run a
            # small plumbing business in Penrith." reads like a file on them
            line = asked if not stock.informal(seed) else asked[0].lower() + asked[1:]
            usable.append((2, order, line))
            continue
        if piece := _PIECE.match(clause):
            # "you wrote a Guardian piece on childcare costs" / "you gave a talk on fraud
            # detection": a reader's line, not a note on a file
            kind, rest = piece.group("kind"), piece.group("rest")
            seen = "heard" if kind.split()[-1] in ("podcast", "interview") else "read"
            if piece.group("verb").lower() in ("gave", "delivered"):
                seen = "came across"
            line = (
                f"{seen} your {kind}{rest}!"
                if stock.informal(seed)
                else f"I {seen} your {kind}{rest}."
            )
            usable.append((2, order, line))
            continue
        if post := _POSTED.match(clause):
            # "you posted about running the first hackathon": their post is what was read
            thing = post.group(1)
            own = re.match(r"your\s+([\w'’-]+)", thing)
            if own and re.search(rf"\bmy\s+{re.escape(own.group(1))}\b", seed, re.IGNORECASE):
                # "wrote about his workshop" where the draft says "my workshop": the note's
                # "his" was the sender, and "your post about your workshop" would be untrue
                continue
            casual = stock.informal(seed)
            line = (
                f"I read your post about {thing}."
                if crit.ctx.stage.value == "cold"
                else f"loved your post about {thing}!"
                if casual
                else f"I saw your post about {thing}."
            )
            usable.append((2, order, line))
            continue
        frames = _frames(clause, stock.informal(seed), told=_told_me(note, shared))
        # a second line about them does not reuse the first one's frame
        fresh = (
            tuple(f for f in frames if f.split("{c}")[0].strip().lower() not in said.lower())
            or frames
        )
        # a named piece of their work says more than where they work
        at = 1 if work else min(rank, 2)
        usable.append((at, order, stock.pick(fresh, seed, "note").format(c=clause)))
    usable.sort()
    if len(usable) > skip:
        line = usable[skip][2]
        # "Congrats on the new role by the way." already said: the line says the news only
        return _CONGRATS_TAIL.sub(".", line) if _CONGRATS.search(said) else line
    return thanks_line(crit, stock.informal(seed)) if thanks else ""


_OBJECT = re.compile(
    r"\b(?:him|them|her(?=\s*(?:[.,;!?]|$|\s+(?:a|an|the|some|to|with|for|about|and|at|in|on|through|into|back)\b)))\b"
)
# "during his visiting-vet week", "on her day off": the doer's own time or place, not the sender's
_OWNER = re.compile(
    r"(?<!\bduring\s)(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bover\s)(?<!\bwith\s)"
    r"\b(?:his|their|her)\b(?!\s+own\b)"
)


def _sender_pronouns(summary: str) -> str:
    """In a favour they did for the sender, an object after the first word is the sender
    ("wrote him a note" is "wrote me a note"), and so is a possessive when the sender is
    not named ("Tom reviewed her CV" is "my CV"; in "Mo lent me his car" it is Mo's)."""
    first, sep, rest = summary.partition(" ")
    if not sep:
        return summary
    rest = _OBJECT.sub("me", rest)
    # "Jonno lent his PA for our launch gig": what is lent is the lender's, lent to the sender
    to = "us" if re.search(r"\b(?:our|us)\b", rest) else "me"
    rest = re.sub(
        r"^(lent|loaned|gave|handed)\s+(?:his|her|their)\b", rf"\1 {to} your", rest, flags=re.I
    )
    if not re.search(r"\b(?:me|my)\b", rest):
        rest = _OWNER.sub("my", rest)
    return first + sep + rest


# Thanks for something in the body, not a "Thanks," above the name
_THANKED = re.compile(
    r"\b(?:thank(?:s|\s+you)?(?:\s+(?:so|very)\s+much|\s+again)?\s+for|grateful|appreciated?\s+"
    r"(?:you|your|it|that|how|what)"
    # the thanks in the language the sender mixes in: "Merci encore pour la licence"
    r"|merci|gracias|obrigad[oa]|danke|grazie|asante|shukran|salamat|dank\s+je|tack)\b",
    re.IGNORECASE,
)


_MONEY = re.compile(
    r"[$£€¥₹]\s?\d|\b\d[\d,.]*\s*(?:euros?|pounds?|dollars?|rand|naira|pesos?|rupees?|quid|bucks|k)\b"
    r"|\b(?:lent|loaned|paid|covered)\s+(?:me\s+)?(?:some\s+)?(?:money|cash|rent|the\s+deposit)\b",
    re.IGNORECASE,
)


@once_per_call
def _named_in(full: str | None, text: str) -> str | None:
    """The part of a name the text calls them by: "Sang-woo" in "covered Sang-woo's deposit"
    for Kim Sang-woo, whose first word is his family name."""
    for part in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", full or ""):
        if len(part) > 1 and re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text):
            return str(part)
    return None


def thanks_line(crit: Critique, casual: bool = False) -> str:
    """Thanks for the latest favour they did the sender, from the history; empty if none."""
    req = crit.ctx.req
    names = [n for n in (req.recipient.name,) if n]
    me = first_name(req.sender.name)
    draft = crit.ctx.doc.raw
    thanked = bool(_THANKED.search(draft))
    said = {w.lower()[:5] for w in words(draft) if len(w) >= 5}
    if req.relationship:
        for it in sorted(req.relationship.interactions, key=lambda i: i.date, reverse=True):
            if it.direction is Direction.received and it.summary.strip():
                if (
                    thanked
                    and len({w.lower()[:5] for w in words(it.summary) if len(w) >= 5} & said) >= 2
                ):
                    return ""  # "Thank you for testifying at the CCMA": thanked already
                if _MONEY.search(it.summary):
                    return ""  # "lent me 300 euros": thanked for out of nowhere, it recalls a debt
                # "covered a $120 phone bill; not yet repaid": the favour, not the note on it
                summary = re.split(r"\s*[;—–]\s*|\s+-\s+", it.summary.strip())[0]
                # "..., no charge", "(paid job)": the record's aside, not words for a thank-you
                summary = re.sub(
                    r"\s*(?:,\s*(?:no\s+charge|for\s+free|free\s+of\s+charge|unpaid|paid)|\([^)]*\))\s*$",
                    "",
                    summary,
                    flags=re.I,
                )
                them = first_name(req.recipient.name)
                lent = re.match(
                    # "borrowed the van for a weekend in Tenby": the thing, not "the van for"
                    r"\s*borrowed\s+((?:the|a|an|your|his|her|their)\s+[\w'’-]+"
                    r"(?:\s+(?!(?:for|to|at|in|on|from|over|and|with|till|until|so)\b)[\w'’-]+)?)",
                    summary,
                    re.I,
                )
                if lent:  # "borrowed the trailer again, still have her straps": they lent it
                    thing = re.sub(r"^(?:his|her|their)\b", "your", lent.group(1), flags=re.I)
                    thing = re.sub(r"\s+again$", "", thing)
                    lent_me = f"you lent me {thing}"
                    return (
                        f"still so grateful {lent_me}!"
                        if casual
                        else f"I'm still grateful that {lent_me}."
                    )
                if re.match(r"\s*(?:used|stayed|took|got|had|asked)\b", summary, re.I):
                    continue  # "stayed at theirs": the sender did it, not them
                if them and re.search(rf"(?<!^)\b{re.escape(them)}\b", summary.strip()):
                    # "borrowed Liam's van": told from the sender's side, it would come out
                    # as "you borrowed Liam's van"
                    continue
                me = _named_in(req.sender.name, summary) or me
                if me and re.search(rf"\b{re.escape(me)}\b", summary):
                    # "Mo lent Tash his car": Tash is the sender, so "lent me"
                    summary = re.sub(rf"\b{re.escape(me)}(?:['’]s)\b", "my", summary)
                    summary = re.sub(rf"\b{re.escape(me)}\b", "me", summary)
                    # once the sender is named, a later he/she/his/her is the sender too ("Sam
                    # helped Chloe paint her flat", "covered Greg's patch while he recovered"),
                    # unless it is what they lent ("lent me his car" is their car)
                    summary = re.sub(
                        # ("gave Dev his first commis job" is the sender's first job)
                        r"\b((?:lent|gave|loaned|handed)\s+me(?:\s+use\s+of)?)\s+(?:his|her|their)\b"
                        r"(?!\s+(?:first|very\s+first|first-ever|big|lucky)\b)",
                        r"\1 your",
                        summary,
                    )
                    summary = re.sub(r"\b(?:his|her)\b(?=\s+[\w'’-])", "my", summary)
                    summary = re.sub(r"\b(?:he|she)\b", "I", summary)
                clause = second_person(_sender_pronouns(summary), names)
                if clause and len(clause) <= 140:
                    return (
                        f"still so grateful {clause}!"
                        if casual
                        else f"I'm still grateful that {clause}."
                    )
    return ""


_FUNCTION_WORDS = frozenset(
    "a an the my our your his her their of for to in on at with and or by from about any some "
    "be is are can could will would i you me we it this that".split()
)
# Offers are listed about the sender ("share their market map", "intro to her old team"):
# in the sender's own mouth the possessive is "my".
_THIRD_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b(?=\s+(?:own\s+)?[a-z])")


def _said(offer: str, draft: set[str]) -> bool:
    """Whether the draft already makes this offer: most of its words are there."""
    key = [w.lower() for w in words(offer) if w.lower() not in _FUNCTION_WORDS]
    # "poster credit" is already offered by "we'd credit you on all our posters"
    stems = {w.rstrip("s") for w in draft}
    return (
        bool(key)
        and sum(1 for w in key if w in draft or w.rstrip("s") in stems) * 3 >= len(key) * 2
    )


def _mine(clause: str) -> str:
    # "demand data his team might use": whoever would use it is the recipient
    clause = re.sub(
        r"\b(?:his|her|their)\s+(?=[a-z]+\s+(?:might|could|would|can|will|may|needs?|uses?)\b)",
        "your ",
        clause,
    )
    # "review her team's budget model": what is reviewed or fixed is theirs
    clause = re.sub(
        # (and "host her readers for a loom visit": who is hosted, shown or trained is theirs)
        r"\b((?:review|proofread|check|edit|look\s+over|fix|repair|test|audit|go\s+through|critique|mark|host|welcome|guide|"
        r"show|train|teach|coach|mentor|meet|feature|advise|interview)(?:ing)?)\s+(?:his|her|their)\b",
        r"\1 your",
        clause,
    )
    # "a penetration test of her team's app", "feedback on her onboarding emails": the thing
    # the service is done to is theirs ("an intro to her old team" is the sender's old team)
    # "a loan of her articulator": what is lent is the sender's own
    clause = re.sub(
        r"\b((?:loan|lend|use|run|share|copy|spare)\s+of)\s+(?:his|her|their)\b", r"\1 my", clause
    )
    clause = re.sub(r"\b(of|on|for|with)\s+(?:his|her|their)\b", r"\1 your", clause)
    # "ride-alongs so her new dispatchers can see the driver side": who it is for is theirs
    clause = re.sub(r"\b(so|so\s+that|letting|to\s+let)\s+(?:his|her|their)\b", r"\1 your", clause)
    # "help you with his car's brakes": once they are "you", the car is theirs
    clause = re.sub(r"\b(you\b[^.]*?)\b(?:his|her|their)\b", r"\1your", clause)
    clause = _THIRD_POSSESSIVE.sub("my", clause)
    # "help reviewing your talk" -> "help with reviewing your talk"
    return re.sub(r"\bhelp\s+(?=[a-z]+ing\b)", "help with ", clause)


_PRICE = re.compile(
    r"\b(?:pay|paid|rate|fee|price|per\s+(?:track|hour|day|song|page|word)|commission|"
    r"backers?|in\s+return\s+for|for\s+the\s+(?:loan|favour|favor))\b",
    re.IGNORECASE,
)


# Experience or a qualification listed among the offers: "27 years in fire and rescue",
# "qualified first aid instructor". It is what the sender brings, not a favour to offer.
_CREDENTIAL = re.compile(
    r"^\s*(?:\d+\+?\s+years?\b|(?:an?\s+)?(?:qualified|certified|licensed|registered|chartered|trained)\s+[a-z])",
    re.IGNORECASE,
)


def _credential(offer: str) -> str:
    """ "27 years in fire and rescue" -> "I bring 27 years in fire and rescue";
    "qualified first aid instructor" -> "I'm a qualified first aid instructor"."""
    text = offer.strip().rstrip(".")
    if not _CREDENTIAL.match(text):
        return ""
    if text[:1].isdigit():
        return f"I bring {text}"
    body = re.sub(r"^(?:an?\s+)", "", text, flags=re.I)
    return f"I'm {'an' if body[:1].lower() in 'aeiou' else 'a'} {body}"


@once_per_call
def offer_line(crit: Critique) -> str:
    """The sender's own listed offer, voiced as an offer; empty when none fits."""
    req = crit.ctx.req
    corpus = crit.ctx.doc.raw + "\n" + "\n".join(req.recipient.notes)
    them = first_name(req.recipient.name)
    draft = {w.lower() for w in words(crit.ctx.doc.raw)}
    held = crit.verdict.value == "rethink"
    for offer in req.sender.offers:
        if _said(offer, draft) or aimed_at_software(offer):
            continue  # "I can send a short summary of the migration" already offers it
        if held and _PRICE.search(offer):
            continue  # "pay a proper rate per track" is the price of the held ask, not a gift
        if _CREDENTIAL.match(offer):
            continue  # "27 years in fire and rescue" is what they bring, said as a fact below
        clause = offer_clause(offer, corpus)
        if clause and them:
            name = rf"\b{re.escape(them)}\b(?:\s+[A-Z][\w'’-]+)?"
            clause = re.sub(name + r"['’]s\b", "your", clause)  # "Sam's talk" -> "your talk"
            clause = re.sub(name, "you", clause)
        if clause and (last := (req.recipient.name or "").split()[-1:]):
            # "for Prof. Asante's study" is "for your study" when Asante is who it goes to
            title = r"(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx)\.?\s+)?"
            clause = re.sub(rf"\b{title}{re.escape(last[0])}['’]s\b", "your", clause)
        clause = _mine(clause)
        if clause:
            frames = (
                ("happy to {c} if it helps!", "I could {c} if that's any use!")
                if stock.informal(crit.ctx.doc.raw)
                else (
                    "If it would be useful, I'd be glad to {c}.",
                    "If it helps, I could {c}.",
                    "I'd be happy to {c}, if that's useful.",
                )
            )
            return stock.pick(frames, crit.ctx.doc.raw, "offer").format(c=clause)
    for offer in req.sender.offers:
        if _said(offer, draft) or aimed_at_software(offer):
            continue
        if (cred := _credential(offer)) and not held:
            # what they bring, said plainly; with the ask held back, "I bring 12 years of
            # refinery QC lab experience" was read as a fragment of the job ask that went
            return f"{cred}."
        if fact := _mine(sender_fact(offer)):
            return stock.pick(
                ("In case it's ever useful, {f}.", "If it's any use to you, {f}."),
                crit.ctx.doc.raw,
                "fact",
            ).format(f=fact)
    return ""


# What the two of them did together, as the history records it: "Worked together on the
# Ridgeway rebrand", "Roommates on Fulton Street", "Coffee when Ana was in Atlanta".
_TOGETHER_VERB = re.compile(
    r"^(?:worked|met|co-?\w+ed|exchanged|caught\s+up|talked|spoke|chatted|had|grabbed|ran\s+into|went|"
    r"played|studied|shared|sat|travell?ed|collaborated|partnered|volunteered|organi[sz]ed|served|trained|"
    r"overlapped|interned|started|built|launched)\b",
    re.IGNORECASE,
)
_TOGETHER_NOUN = re.compile(
    r"^(?:roommates|flatmates|housemates|colleagues|teammates|classmates|neighbou?rs|co-?founders|"
    r"bandmates|lab\s*mates|cohort\s*mates|coworkers|co-workers)\b",
    re.IGNORECASE,
)
_EVENT_NOUN = re.compile(
    r"^(?:(?:a|our|short|quick|long|last|brief|great)\s+)*(?:coffee|chat|call|lunch|dinner|drinks|breakfast|"
    r"catch-?up|meeting|walk|video\s+call|phone\s+call|visit|trip|hike|run|beers?|brunch)\b",
    re.IGNORECASE,
)
_LIGHT_TOUCH = re.compile(
    r"^(?:exchanged|caught\s+up|talked|spoke|chatted|had|grabbed|ran\s+into|met)\b", re.IGNORECASE
)


def _weight(summary: str) -> int:
    """Work or life shared (2) says more than a chat or a message (1)."""
    if _LIGHT_TOUCH.match(summary):
        return 1
    together = _TOGETHER_VERB.match(summary) or _TOGETHER_NOUN.match(summary)
    return 2 if together or summary.lower().startswith("same ") else 0


_DURATION = re.compile(
    r"\s+for\s+(?:(?:a|the|about|almost|over|nearly)\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|summers?)$",
    re.I,
)
_BE_AFTER_NAME = {"was": "were", "is": "are", "has": "have"}


def history_clause(crit: Critique) -> str:
    """The last thing they shared, as a clause ("we worked together on the Ridgeway
    rebrand", "our coffee when you were in Atlanta"); empty when the history has none."""
    req = crit.ctx.req
    if not req.relationship:
        return ""
    name = first_name(req.recipient.name)
    shared = [
        it
        for it in req.relationship.interactions
        if it.direction is Direction.neutral and it.summary.strip()
    ]
    # what they did together says more than where they last ran into each other
    ranked = sorted(shared, key=lambda i: (_weight(i.summary), i.date), reverse=True)
    for it in ranked[:2]:
        text = it.summary.strip().rstrip(".!")
        # "Met Claire at the supplier day in Grasse; she cupped our samples": where they met
        # stands on its own when the rest speaks of them in the third person
        head, semi, _ = text.partition(";")
        if semi and re.search(r"\b(?:he|she|him|her)\b", text[len(head) :], re.IGNORECASE):
            text = head.strip()
        if name:
            n = re.escape(name)
            text = re.sub(rf"\b{n}(?:\s+[A-Z][\w'’-]+)?['’]s\b", "your", text)
            text = re.sub(
                rf"\b{n}(?:\s+[A-Z][\w'’-]+)?\s+(was|is|has)\b",
                lambda m: "you " + _BE_AFTER_NAME[m.group(1)],
                text,
            )
            text = re.sub(rf"\b{n}(?:\s+[A-Z][\w'’-]+)?\b", "you", text)
        # pronouns for them, named or not
        # "ran into her at Vinitaly": her is who they ran into, not whose
        text = re.sub(
            r"^((?:ran|bumped)\s+into|met(?:\s+up\s+with)?|saw|visited)\s+(?:her|him)\b",
            r"\1 you",
            text,
        )
        text = re.sub(
            r"\b(?:his|her)\b(?=\s+(?!(?:at|in|on|with|for|from|to|after|and)\b)\w)",
            "your",
            text,
        )
        if re.search(r"\b(?:he|she|him|her)\b", text, re.IGNORECASE):
            continue
        text = _DURATION.sub("", text)  # "roommates on Fulton Street for two years"
        low = text[:1].lower() + text[1:]
        if _TOGETHER_VERB.match(text):
            # "ran into Brian at Dave's party" -> "we ran into each other at Dave's party"
            clause = re.sub(
                r"^((?:ran|bumped)\s+into|met\s+up\s+with|saw)\s+you\b",
                r"\1 each other",
                f"{low}",
            )
            # "we met at…", not "met each other"; friends who "met at a wedding" saw each
            # other there, they did not meet for the first time
            close = req.relationship.closeness is not None and req.relationship.closeness.value in (
                "close",
                "friend",
            )
            clause = re.sub(
                r"^met(?:\s+you)?\b(?!\s+up\b)", "saw each other" if close else "met", clause
            )
            clause = f"we {clause}"
        elif _TOGETHER_NOUN.match(text):
            clause = f"we were {low}"
        elif re.match(r"^same\s+\w+", text, re.IGNORECASE):
            clause = (
                f"we were on the {low}" if re.search(r"\bteam\b", low) else f"we were in the {low}"
            )
        elif _EVENT_NOUN.match(text):
            clause = low if low.startswith(("our ", "a ")) else f"our {low}"
            clause = re.sub(r"^a\s+", "our ", clause)
        elif low.startswith("your "):
            clause = low
        else:
            continue
        if len(clause) <= 100:
            return clause
    return ""


# "Messaged u twice since winter and nothing": the sender wrote, the silence was theirs, so
# the gap is named and not apologised for
_UNANSWERED = re.compile(
    r"\b(?:messaged|texted|wrote|written|emailed|called|rang|write|message|text|email|call)\s+(?:to\s+)?(?:u|you)\b"
    r"[^.!?]{0,40}?(?:\band\s+nothing|\bno\s+(?:answer|reply|response)|\bnever\s+(?:heard|got)|\bnot\s+a\s+word|\bnothing\s+back)",
    re.IGNORECASE,
)


def gap_line(crit: Critique) -> str:
    """The long gap owned, anchored on the last thing they shared when the history says."""
    seed = crit.ctx.doc.raw
    casual = stock.informal(seed)
    clause = history_clause(crit)
    named = re.findall(r"[A-Z][\w'’-]{2,}", clause)
    if named and all(w in seed for w in named):
        # the draft already says where they met ("We met at PyCon UK"); naming their company
        # alone ("Arômes Vallauris") does not say the supplier day in Grasse
        clause = ""
    if not clause:
        return stock.line("gap", seed, casual)
    rel = crit.ctx.req.relationship
    if _UNANSWERED.search(seed) or (
        rel is not None
        and (
            (rel.closeness is not None and rel.closeness.value == "weak_tie")
            or (
                len(rel.interactions) <= 1
                and all(i.direction.value == "neutral" for i in rel.interactions)
            )
        )
    ):
        # read blind, "I'm sorry I went quiet" to someone met once at a summit apologises for
        # a silence that was never a break: the time is named, not owned
        frames_once = (
            ("been a while since {c}!",)
            if casual
            else ("It's been a while since {c}.", "It's been some time since {c}.")
        )
        return stock.pick(frames_once, seed, "gap").format(c=clause)
    frames = (
        (
            "can't believe how long it's been since {c}, that's on me.",
            "it's been way too long since {c}, my bad.",
        )
        if casual
        else (
            "It's been far too long since {c}, and I'm sorry for that.",
            "I can't believe how long it's been since {c}; I'm sorry I went quiet.",
            "It's been much too long since {c}, and I'm sorry for the silence.",
        )
    )
    return stock.pick(frames, seed, "gap").format(c=clause)
