"""Sentences with character offsets, and the greeting and sign-off around them.

Everything downstream points at the draft by offsets into ``message.text`` (end
exclusive), so this module never normalises the text it returns spans for.
All patterns here are linear: no nested quantifiers over the same characters.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import islice

from app.core.patterns import in_call, once_per_call, phrases

# A greeting: "Hi Mark!", "Hey Bob,", "Dear Ms. Smith,", "Hello there -", "Mark,". The name is
# capitalised words only, so "Hi hope you're well" keeps its pleasantry in the body.
_NOT_NAME = (
    r"(?!(?:I|I'm|I’m|I've|I'd|Hope|How|Thanks|Thank|Quick|Just|Long|Congrats|Congratulations|Happy|"
    r"Great|Good|It|It's|It’s|Trust|Wanted|Sorry|So|Saw|Loved|Are|Is|Do|Did|Can|Could|Would|Will|"
    r"Please|My|We|What|Who|Any|Hey|Hi|Hello|Wow|Love|Been|Need|Random|Sending|Reaching|Following)\b)"
)
_NAME = _NOT_NAME + r"[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w'’-]{0,30}"
# A mail-merge slot where the name should be: "Hi %FIRSTNAME%," "Dear {{first_name}},".
_NAME_SLOT = r"%[A-Z_]{3,30}%|\{\{?\s*[A-Za-z_][\w .]{0,30}\}\}?|\[\s*[A-Za-z][A-Za-z_ ]{0,30}\]|<\s*(?i:first[\s_]*name|name)\s*>"
_GREETING = re.compile(
    r"[ \t]*(?:"
    # "OMG hiii Jas!!!": an exclamation before the greeting word is still the greeting
    r"(?:(?i:omg+|oh\ my\ (?:god|gosh)|ooh+|aww+|yay+)[ \t]*[,!]*[ \t]+)?"
    r"(?i:hi+|hey+a?|hello+|hiya+|howdy|my\ dear(?:est)?|dearest|dear|greetings|good\ (?:morning|afternoon|evening|day)|morning|evening|mornin['’]?|evenin['’]?|yo+|hola|bonjour|bonsoir|salut|coucou|buenas(?:\ (?:tardes|noches))?|boa\ (?:tarde|noite)|bom\ dia|(?:as[-\ ]?)?sala+mu?(?:[-\ ](?:a?alaikum|aleikum|alaykum))?|shalom|kia\ ora|aloha|sat\ sri\ akal|namaskar|vanakkam|wotcha|heya|buongiorno|buenos\ d[ií]as|guten\ (?:tag|morgen)|namaste|oi|ol[aá]|hallo|servus|moin|gr[üu](?:ß|ss|s)\ gott|gr[üu]ezi|ciao|hej|γει[αά]\ σ(?:ου|ας)|γει[αά]|привет|здравствуй(?:те)?|merhaba|selam|habari|niaje|mambo|sasa|sawubona|mabuhay|k[ou]musta|szia|ahoj|cze[sś][cć]|awright|alright|g'day|eh|oi+|mate|bro|dude|buddy|wh?at?(?:'s)?\ happenin[g']?|wah\ gwaan|wassup|what's\ up)(?![\w'’])"
    # "Hi again Ryan,"
    r"(?:[ \t]+(?i:again)(?=[ \t]+[A-Z]))?"
    r"(?:[ \t]+(?i:sir[ \t]*(?:/|or)[ \t]*madam|mrs|mr|ms|mx|dr|prof|professor|chef|pastor|capt|captain|col|sgt|fr|father|rev|eng|engr|engineer|sir|madam|madame|monsieur|mme|señora|señor|senhora|senhor|frau|herr|signora|signor)\.?(?![\w]))?"
    r"(?:[ \t]+(?:"
    + _NAME
    + r"(?:[ \t]+"
    + _NAME
    # "Sat Sri Akal Gill ji,": a term of respect after the name belongs to the greeting
    + r"){0,3}(?:[ \t]+(?:ji|jee|sahib|saab|san|sama|bhai|didi|aunty|auntie|uncle))?|(?i:sir[ \t]*(?:/|or)[ \t]*madam|madam[ \t]*(?:/|or)[ \t]*sir|there|team|all|everyone|folks|guys|friend|sir|madam|mate|pal|bro|buddy|bud|dude|man|love|hun|chief|boss|fam|lads|my\ friend)|"
    + _NAME_SLOT
    + r"))?"
    r"[ \t]*[,!:;.—–-]*"
    r"|" + _NAME + r"(?:[ \t]+" + _NAME + r")?[ \t]*(?:,|!|[ \t]—|[ \t]-)[ \t]*(?=\n|$)"
    r"|" + _NAME + r"!+(?=[ \t]+[A-Z])"
    # "Rachel, wanted to pick your brain": a name and a comma before a lower-case word
    r"|" + _NAME + r",(?=[ \t]+[a-z])"
    # a text's "Jen - need three intros": a name and a spaced dash before a lower-case word
    r"|" + _NAME + r"[ \t]+[—–-][ \t]+(?=[a-z])"
    r")",
    re.MULTILINE,
)
# A line of its own that only names them: "First Sergeant Alvarez,", "Professor Tanaka,"
_VOCATIVE = re.compile(r"[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*),[ \t]*\n")
_NICKNAME = re.compile(r"[ \t]*([A-Z][a-z'’]{1,11})[ \t]*[.,!:—–-]+(?=\s)")
_NOT_VOCATIVE = frozenset(
    {
        "thanks",
        "thank",
        "hope",
        "sorry",
        "yes",
        "no",
        "well",
        "so",
        "also",
        "anyway",
        "ok",
        "okay",
        "right",
        "honestly",
        "again",
        "first",
        "sadly",
        "luckily",
        "finally",
        "listen",
        "look",
        "please",
    }
)
_NOT_A_GREETING = re.compile(
    r"^\s*(?:(?i:greetings|good\s+day)\s+(?i:of\s+the\s+day)"
    # "URGENT!! Lou I need...": a shouted word opens the plea, it names no one
    r"|(?:URGENT|IMPORTANT|HELP|PLEASE|ASAP|SOS|NEWS|UPDATE|REMINDER|ATTENTION|QUICK\s+Q(?:UESTION)?)\b)"
)

# HTML a draft may carry when pasted from a mail client. Tags and comments are blanked out
# (same length, so offsets still point into the original) before sentences are split.
_TAG = re.compile(
    r"<!--.*?-->|</?(?i:html|head|body|p|div|span|br|hr|b|i|u|em|strong|a|ul|ol|li|table|tr|td|th|"
    r"h[1-6]|font|img|blockquote|pre|code|small|sup|sub|center|section|article|header|footer|meta|"
    r"style|script|title|label|input|button|form|iframe|svg|tbody|thead)\b[^<>]{0,500}>",
    re.DOTALL,
)
_BLOCK = re.compile(r"</?(?i:p|div|br|li|tr|h[1-6]|ul|ol|table|body|html|blockquote|section)\b")


_PLACEHOLDER_TAG = re.compile(
    r"<\s*(?i:(?:calendar\s+|booking\s+|zoom\s+|meeting\s+)?link|url|title|article(?:\s+title)?|topic|insert\b[^>]*)\s*>"
)


def mask_markup(text: str) -> str:
    """Blank out HTML tags and comments, keeping every character offset unchanged."""
    if "<" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        if _PLACEHOLDER_TAG.fullmatch(m.group()):
            return m.group()  # "<article title>" is a blank to fill in, not markup
        n = len(m.group())
        return ("\n" + " " * (n - 1)) if _BLOCK.match(m.group()) else " " * n

    return _TAG.sub(blank, text)


def plain_text(text: str) -> str:
    """A rewrite of a draft pasted as HTML, with no tag, comment or entity left in it: what
    sat between the kept sentences (a "<!-- ... -->" aimed at a reviewer, "</p><p>") goes."""
    out = html.unescape(mask_markup(text))
    out = re.sub(r"[ \t]+", " ", out)
    out = "\n".join(line.strip() for line in out.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", out).strip()


# A closing on a line of its own: at the start of the draft (``_SIGNOFF_FIRST``) or after a
# newline (``_SIGNOFF``), which ``re`` finds in C, where "^ or a newline" is tried everywhere.
_SIGNOFF_BODY = r"""[ \t]*(?:best(?:\ regards|\ wishes)?|regards|kind\ regards|warm(?:est)?\ regards|
        warmly|cheers|thanks(?:\ (?:so\ much|again|in\ advance|a\ (?:million|lot|bunch|ton)|loads))?|
        thank\ you(?:\ (?:so\ much|again|very\ much(?:\ in\ advance)?|in\ advance))?|much\ appreciated|appreciate\ it|
        many\ thanks|all\ (?:my\ )?best|sincerely|yours(?:\ (?:truly|sincerely|faithfully|respectfully|obediently|ever|aye))?|thanking\ you(?:\ in\ (?:anticipation|advance))?|ever\ yours|faithfully(?:\ yours)?|all\ the\ best|talk\ soon|take\ care|
        best,|thx|ttyl|xo|xx|-{1,2}\s*\w+|
        with\ (?:kind\ |best\ |warm\ )?regards|
        with\ (?:my\ )?(?:highest|kindest|best|warmest|warm|kind|sincere|deepest|utmost)\ (?:regards|respect|wishes|esteem)(?:\ and\ (?:respect|gratitude|thanks|esteem|best\ wishes))?|with\ (?:deep\ |sincere\ |many\ |warm\ )?(?:gratitude|thanks|appreciation)|
        warm\ wishes|best\ wishes|season(?:'|’)?s\ greetings|happy\ holidays|merry\ christmas[^\n]{0,30}|
        (?:viele|liebe|beste|herzliche)\ gr(?:ü|ue)(?:ß|ss)e(?:\ aus\ [^\n]{1,30})?|mit\ freundlichen\ gr(?:ü|ue)(?:ß|ss)en|
        saludos(?:\ cordiales)?|un\ abrazo|abrazos|cordialement|bien\ [àa]\ (?:vous|toi)|amiti[ée]s|bisous|groetjes|
        met\ vriendelijke\ groet(?:en)?|h[äa]lsningar|pozdrawiam|cumprimentos|abra[çc]os|cordiali\ saluti|un\ saluto|
        yoroshiku(?:\ onegai(?:\ ?shimasu)?)?|khuda\ hafiz|ma\ ?a?salama|
        wishing\ you(?:\ all|\ and\ (?:yours|your\ family))?\ (?:a\ )?(?:very\ )?(?:merry|happy|joyous|peaceful|wonderful|blessed|prosperous)\ [^\n]{1,50}|(?:respectfully|sincerely|cordially|truly)(?:\ yours)?|gratefully|(?:much\ )?love|hugs|(?:in\ )?solidarity|blessings)
        # "Cheers man, hope to hear from you!": a term of address and a stock closing clause
        (?:[ \t]+(?:man|mate|bro|buddy|pal|guys|all|folks))?
        (?:[ \t]*[,!.][ \t]*(?:hope\ to\ hear\ from\ you(?:\ soon)?|speak\ soon|talk\ soon|have\ a\ good\ one|
        (?:i\ )?look\ forward\ to\ hearing\ from\ you(?:\ soon)?))?
        # under the name, a title may run longer: "Managing Director, Al-Mahri Luban Trading,
        # Salalah, Sultanate of Oman" (a line that ends a sentence is not one)
        [ \t]*[,!.]?[ \t]*(?:\n(?:[^\n]{0,60}|[^\n]{60,79}[^\n.!?](?=\n|$))){0,3}\s*$"""
_SIGNOFF = re.compile(r"\n" + _SIGNOFF_BODY, re.IGNORECASE | re.VERBOSE)
_SIGNOFF_FIRST = re.compile(_SIGNOFF_BODY, re.IGNORECASE | re.VERBOSE)

# A closing typed on the same line as the last sentence, as in one-paragraph LinkedIn and
# phone messages: "... Totally fine if not. Best, Sam" or "... Thanks! -Sam".
_INLINE_SIGNOFF = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[ \t]+|(?<=\n)[ \t]*)(?:(?:(?i:best(?:\ regards|\ wishes)?|kind\ regards|warm(?:est)?\ regards|regards|"
    r"warmly|cheers|thanks(?:\ again|\ so\ much|\ a\ (?:million|lot|bunch|ton)|\ loads)?(?:\ in\ advance)?|"
    r"thank\ you(?:\ (?:so|very)\ much)?(?:\ in\ advance)?|"
    r"many\ thanks|much\ appreciated|appreciate\ it|sincerely|all\ the\ best|"
    r"all\ (?:my\ )?best|talk\ soon|take\ care|yours\ (?:faithfully|sincerely|truly)|respectfully|with\ (?:many\ |warm\ |sincere\ )?thanks|with\ (?:deep\ |great\ |all\ )?respect))[,!.]{0,3}[ \t]+|[-–—~][ \t]*)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*[.!]?\s*$"
)

# Any one- or two-word closing and a name after the last sentence, on the same line: "...
# a free tasting box. Bisous, Fatima", "... Abrazos, Ana"
_ANY_INLINE_CLOSING = re.compile(
    r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff\n](?:(?<=[.!?…\u2600-\u27bf\U0001f000-\U0001faff])[ \t]+|(?<=\n)[ \t]*)([A-Z][\w'’-]{1,15}(?:[ \t]+[a-z][\w'’-]{1,15})?,"
    r"[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:[ \t]+(?i:x{1,4}|xo))?)[ \t]*[.!]?\s*$"
)
# A bare name after the last sentence, on the same line: "... Thank you very much for help. Andrii"
_BARE_NAME_END = re.compile(
    # "... Thanks. Andrii", "... 💕 Aga 07700 900412": a name, and perhaps a phone number
    # or a name and the business it signs for ("... anything. Delroy, Fresh Cutz Brixton")
    r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff][ \t]+([A-Z](?:[a-z'’-]|[^\W\d_A-Za-z]){1,19}"
    r"(?:[ \t]+\+?\d[\d \t()-]{6,}\d|,[ \t]+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})?"
    r"(?:[ \t]+(?:x{1,4}|xo))?)[ \t]*[.!]?\s*$"  # "... full tank. Bev x"
)
# "... promise! x", "... there 💕 xx Bex", "... work together xx": a kiss after the last
# sentence closes the message
_KISS_END = re.compile(
    r"\s(?<=[\w.!?…\u2600-\u27bf\U0001f000-\U0001faff]\s)\s*"
    r"((?:(?i:x{1,4}|xo(?:xo)?)|<3)(?:[ \t]+[A-Z][a-z'’-]{1,19})?)[ \t]*$"
)
# "... next month!! Love you xx": a love-you before the kiss, after a finished sentence
_LOVE_KISS_END = re.compile(
    r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff]\s+"
    r"((?i:love(?:[ \t]+(?:you|ya|u))?),?[ \t]+(?:(?i:x{1,4}|xo(?:xo)?)|<3))[ \t]*$"
)
# "... They'll email you. Ta" / "... can you? cheers!": a closing word alone after the last
# sentence is the sign-off, not a sentence of its own
_BARE_CLOSING = re.compile(
    r"[.!?…][ \t]+((?i:ta|cheers|thx|tia|ty|thanks[ \t]+(?:girl|mate|pal|bro|man|dude|babe|hun|sis|buddy|guys)|god[ \t]+bless(?:[ \t]+you)?(?:[ \t]+always)?|grazie(?:[ \t]+mille)?|"
    r"gracias|merci(?:[ \t]+beaucoup)?|danke(?:[ \t]+sch[öo]n)?|obrigad[oa]|asante(?:[ \t]+sana)?)[ \t]*[!.]*"
    r"(?:[ \t]*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+)?)[ \t]*$"
)
_NOT_A_NAME = frozenset(
    "thanks cheers bye best regards love later soon sorry congrats congratulations enjoy anyway yes "
    "no ok okay please pls thx hugs xx xo ciao amen again tomorrow today tonight monday tuesday "
    "wednesday thursday friday saturday sunday apologies cool nice great awesome amazing perfect done "
    "agreed noted lol haha good fine sure cheerio ta".split()
)

_SENT_END = re.compile(
    # One character every alternative starts with, then which alternative it was (from a
    # look-behind at that character): a pattern that starts with a character class lets
    # ``re`` skip in C to where a sentence can end, instead of trying each position.
    r"[!?….\n\U0001F300-\U0001FAFF\u2600-\u27BF](?:"
    # a title's full stop before a name ("Dr. Anne Tremblay", "St. Aidan's") ends no sentence
    # (each lookbehind runs only at a full stop: put first, they ran at every character)
    r"(?:(?<=[!?…])|(?<=\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bProf\.)(?<!\bRev\.)"
    r"(?<!\bSt\.)(?<!\bMt\.)(?<!\bCapt\.)(?<!\bCol\.)(?<!\bSgt\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bFr\.)"
    r"(?<!\bSr\.)(?<!\bJr\.)(?<!\bHon\.)(?<!\bCmdr\.)(?<!\bMx\.)(?<!\bEng\.)(?<!\bEngr\.)(?<!\bMd\.)(?<!\bMohd\.)(?<!\b[A-Z]\.[A-Z]\.)"
    # "cello no. 41", "Op. 64", "vol. 2": a number's abbreviation
    r"(?!(?<=\b[Nn]o\.)\s+\d)(?!(?<=\b[Oo]p\.)\s+\d)(?!(?<=\b[Vv]ol\.)\s+\d))[.!?…]*[\"'”’)\]]*(?=\s|$)|(?<=\n)\s*\n|(?<=\n)(?=\s*[-*•\d])"
    # "so I'm a bit stuck 😩 Thanks x", "congrats btw 🔥 ill pay petrol": tried only where a run of emoji starts, and taken whole,
    # so a wall of emoji is scanned once (linear), not once per emoji
    r"|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])"
    r"(?<![\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF])"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]*+(?=\s+(?:[A-Z]|i(?:['’]\w+|ll|m|d|ve)?\b)))"
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the draft and where it sits."""

    start: int
    end: int
    text: str
    index: int  # position among body sentences (0 = first after the greeting)

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Doc:
    """The draft, split once and shared by every analyzer."""

    text: str  # the draft with markup blanked out; same length as ``raw``
    raw: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    greeting: tuple[int, int] | None = None
    signoff: tuple[int, int] | None = None

    @property
    def body_start(self) -> int:
        return self.greeting[1] if self.greeting else 0

    @property
    def body_end(self) -> int:
        return self.signoff[0] if self.signoff else len(self.text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n-–—•*>":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into trimmed sentence spans."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        s, e = _trim(text, pos, m.end())
        if e > s and any(c.isalnum() for c in text[s:e]):
            spans.append((s, e))
        pos = m.end()
    s, e = _trim(text, pos, end)
    if e > s and any(c.isalnum() for c in text[s:e]):
        spans.append((s, e))
    return spans


def find_greeting(text: str, name: str | None = None) -> tuple[int, int] | None:
    """The opening salutation, if the draft starts with one. ``name`` is the recipient's
    first name: written in lower case ("yo kai its been ages") it is still theirs."""
    lead = len(text) - len(text.lstrip())
    if _NOT_A_GREETING.match(text):
        return None
    m = _GREETING.match(text, lead)
    if name and (m is None or m.end() == m.start() or len(words(m.group())) == 1):
        start = m.end() if m is not None else lead
        said = re.match(
            r"[ \t]*" + re.escape(name) + r"(?![\w'’])[ \t]*[,!:;.—–-]*", text[start:], re.I
        )
        # with no greeting word, only a name called out ("kai, its been ages") opens the note
        if said and (m is not None or re.search(r"[,!:—–-]", said.group())):
            return (m.start() if m is not None else lead, start + said.end())
    if (
        name
        and (not m or m.end() == m.start())
        and (nick := _NICKNAME.match(text)) is not None
        and nick.group(1)[:2].lower() == name[:2].lower()
        and nick.group(1).lower() not in _NOT_VOCATIVE
    ):
        return (lead, nick.end())  # "Baz. Messaged u twice...": Barry, called by his nickname
    # a line that only names them; one word may be an opening adverb ("Honestly,"), several
    # capitalised ones are a name
    if (
        (not m or m.end() == m.start())
        and (v := _VOCATIVE.match(text)) is not None
        and (len(v.group(1).split()) > 1 or v.group(1).lower() not in _NOT_VOCATIVE)
    ):
        return (lead, v.end(1) + 1)
    if not m or m.end() == m.start():
        return None
    end = m.end()
    # "Hi Mark! How are you?" -> greeting is "Hi Mark!" only.
    return (m.start(), end)


# A name alone on the last line, after a blank line or a finished sentence: "...anything.\n\nMike",
# "Let me know!\nAgnes"; a title or a business may follow on a line or two of its own
# ("Kenny\nBranch rep, Dunmore DC", "Agnes\nPollard & Rind").
_NAME_LINE = re.compile(
    r"\n(?:[ \t]*\n|(?<=[.!?]\n))[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]+(?:x{1,4}|xo|<3))?"
    # "Lee 07700 900321": a phone number beside the name
    r"(?:,?[ \t]+\+?\d[\d \t()-]{6,}\d)?)[ \t]*"
    # and up to two lines under it that are not sentences: a title, "theomarsh.studio"
    # ("Keystone Print Co." may keep its abbreviation's full stop)
    r"(?:\n[ \t]*[^\s.?!](?:[^\n.?!]|\.(?=[^\s.?!])){0,38}[^\s.?!]?(?:(?:(?<=\bCo)|(?<=\bLtd)|(?<=\bInc)|(?<=\bLLC)|(?<=\bCorp)|(?<=\bBros))\.)?[ \t]*){0,2}\s*$"
)


# "...lmk!\n\nnik": a texter's lower-case name alone on the last line, after a blank line
_LOWER_NAME_LINE = re.compile(r"\n[ \t]*\n[ \t]*([a-z][a-z'’-]{1,14}(?:[ \t]+x{1,4})?)[ \t]*\s*$")


# Any short closing line ending in a comma above a name: "Thanks either way,\nLin".
_CLOSING_LINE = re.compile(
    r"\n[ \t]*((?:[^\W\d_][\w'’!-]*[ \t]+){0,4}[^\W\d_][\w'’!-]*),[ \t]*\n[ \t]*"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*"
    # "With deepest respect,\nHiroshi Tanaka\nEditor, Suita Railway History Circle"
    r"(?:\n[ \t]*[^\s.?!](?:[^\n.?!]|\.(?=[^\s.?!])){0,48}[^\s.?!]?[ \t]*){0,2}\s*$"
)


# A longer closing line that ends in a comma above the name: "Much love, and I hope the new
# roof is holding up in all this rain,\nMargaret".
_LONG_CLOSING = re.compile(
    r"\n[ \t]*([^\n.?!]{1,120}),[ \t]*\n[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*\s*$"
)


# A phone's or mail app's line under the message: "Sent from my iPhone", "Get Outlook for
# Android". It closes the draft like a signature, and the sign-off is looked for above it.
_FOOTER = re.compile(
    r"\n[ \t]*(?:sent\s+from\s+my\s+[\w-]+(?:[ \t]+[\w-]+){0,3}|get\s+outlook\s+for\s+\w+|"
    r"sent\s+from\s+(?:yahoo\s+mail|outlook|mail\s+for\s+windows|gmail\s+mobile)(?:[ \t]+[\w-]+){0,3})[ \t]*\.?\s*$",
    re.IGNORECASE,
)


def find_signoff(text: str, after: int) -> tuple[int, int] | None:
    """The closing ("Best,\\nDana"), if the draft ends with one."""
    if "ent from" in text[-80:] or "utlook" in text[-80:]:
        footer = _FOOTER.search(text, max(after, len(text) - 80))
        if footer is not None:
            above = find_signoff(text[: footer.start()], after)
            start = (
                above[0]
                if above
                else footer.start() + len(footer.group()) - len(footer.group().lstrip())
            )
            return (start, len(text))
    tail_from = max(after, len(text) - 200)
    m = (_SIGNOFF_FIRST.match(text) if tail_from == 0 else None) or _SIGNOFF.search(text, tail_from)
    if not m and (
        c := _CLOSING_LINE.search(text, tail_from) or _LONG_CLOSING.search(text, tail_from)
    ):
        return (c.start(1), len(text))
    if not m and (
        n := _NAME_LINE.search(text, tail_from) or _LOWER_NAME_LINE.search(text, tail_from)
    ):
        return (n.start(1), len(text))
    if not m:
        # These patterns take the character before the closing (a full stop, a newline)
        # as their first, where a look-behind would be tried at each of the last 200
        # characters: ``re`` scans for it in C. So they start one character early.
        before = max(tail_from - 1, 0)
        inline = _INLINE_SIGNOFF.search(text, before)
        if inline is None and (closing := _ANY_INLINE_CLOSING.search(text, before)):
            return (closing.start(1), len(text))
        if inline is None:
            bare = _BARE_NAME_END.search(text, before)
            if bare is None or bare.group(1).split(",")[0].lower() in _NOT_A_NAME:
                if closing := _BARE_CLOSING.search(text, before):
                    return (closing.start(1), len(text))
                kiss = _LOVE_KISS_END.search(text, before) or _KISS_END.search(text, tail_from)
                return None if kiss is None else (kiss.start(1), len(text))
            return (bare.start(1), len(text))
        found = inline.group()[1:]  # after the character before it
        start = inline.start() + 1 + len(found) - len(found.lstrip())
        return (start, len(text))
    start = m.start()
    if text[start] == "\n":
        start += 1
    while start < len(text) and text[start] in " \t":
        start += 1
    return (start, len(text))


_POSTSCRIPT = re.compile(r"\n[ \t]*\n?[ \t]*(?:P\.[ \t]?S\.?|PS\b[:.,]?)(?=[ \t]*\S)")


def parse(raw: str, name: str | None = None) -> Doc:
    """Split a draft into greeting, body sentences and sign-off (``name``: the
    recipient's first name, when known)."""
    text = mask_markup(raw)
    greeting = find_greeting(text, name)
    body_start = greeting[1] if greeting else 0
    # "Best,\nRuth\n\nP.S. Congratulations on the book": the sign-off is found above the
    # postscript, and the postscript's sentences follow it
    ps = _POSTSCRIPT.search(text, body_start)
    before_ps = ps.start() if ps else len(text)
    signoff = find_signoff(text[:before_ps], body_start)
    if ps and signoff is None:
        before_ps = len(text)
        signoff = find_signoff(text, body_start)
    body_end = signoff[0] if signoff else before_ps
    if body_end <= body_start:  # the whole draft looked like a sign-off; treat it as body
        signoff, body_end, before_ps = None, len(text), len(text)
    spans = split_sentences(text, body_start, body_end)
    if before_ps < len(text):
        spans += split_sentences(text, before_ps, len(text))
    sentences = [Sentence(s, e, text[s:e], i) for i, (s, e) in enumerate(spans)]
    return Doc(
        text=text,
        raw=raw,
        sentences=sentences,
        greeting=greeting,
        signoff=signoff,
    )


def words(text: str) -> list[str]:
    if len(text) < 40:  # short: read again faster than looked up
        return _WORD.findall(text)
    # a coach's edit reads the words of the same lines again and again
    return list(in_call((_WORD, text), lambda: tuple(_WORD.findall(text))))


def has_words(text: str, n: int) -> bool:
    """Whether ``text`` holds at least ``n`` words (``len(words(text)) >= n``), read only as
    far as the ``n``-th."""
    return next(islice(_WORD.finditer(text), n - 1, None), None) is not None if n > 0 else True


def word_offset(text: str, n: int) -> int | None:
    """Where the word after the first ``n`` starts, or None when the text has ``n`` or fewer."""
    # Words are a character or more with at least one non-word character between them, so
    # a text of up to 2n characters holds n at most: most drafts are told without a scan.
    if len(text) <= 2 * n:
        return None
    return _word_offset(text, n)


@once_per_call  # a coach's rewrite is fitted, critiqued and checked against the same budget
def _word_offset(text: str, n: int) -> int | None:
    if len(_WORD.findall(text)) <= n:  # counted in C: most drafts are short of the limit
        return None
    for i, m in enumerate(_WORD.finditer(text)):
        if i == n:
            return m.start()
    return None


FIRST_PERSON = phrases(r"i", r"me", r"my", r"mine", r"myself", r"i'm", r"i've", r"i'd", r"i'll")
SECOND_PERSON = phrases(
    r"you", r"your", r"yours", r"yourself", r"you're", r"you've", r"you'd", r"you'll", r"u", r"ur"
)
