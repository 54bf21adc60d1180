"""The phrases the edit reads lines by: what only serves an ask (its set-up, its nudge, its
reason), what belongs to the sender whatever happens to the ask, and what could be sent to
anyone. Shared by the plan's parts, so each pattern is written once."""

from __future__ import annotations

import re

from app.core.patterns import Folded

# What a held ask was for, said as its own clause: "so it would really help us out"
HELPS_US_OUT = (
    r"\bit\s+would\s+(?:really\s+|so\s+|truly\s+)?(?:help\s+(?:us|me)(?:\s+out)?|"
    r"make\s+(?:a|all\s+the)\s+difference)\s*[.!]*$"
)
HELPS_US = re.compile(HELPS_US_OUT, re.IGNORECASE)

# "...is open and they want a reference from a hotel manager": what a held reference was for
WANTS_REFERENCE_OUT = (
    r"\b(?:they|which|it)\s+(?:want|need|require|ask\s+for)s?\s+(?:a|an|two|three)\s+"
    r"(?:reference|referee|recommendation|letter\s+of\s+recommendation|referral)\b"
)
WANTS_REFERENCE = re.compile(WANTS_REFERENCE_OUT, re.IGNORECASE)

# A line that only serves the ask: the attachment, the nudge to answer.
SERVES_ASK = Folded(
    re.compile(
        r"\b(?:attached|attaching|attachment|enclosed|(?:my|our)\s+(?:resume|résumé|cv|portfolio|deck|one-sheet|price\s+list|rate\s+card|brochure|catalogue|catalog|media\s+kit)|pass\s+(?:it\s+)?along|"
        r"let\s+me\s+know\s+(?:when|what|if)\s+(?:works|you\s+can|that\s+works)|for\s+you\s+to\s+(?:pass|forward|send|share)|lmk|"
        r"i\s+(?:will|would|'ll|'d)\s+be\s+(?:very\s+|so\s+|really\s+|most\s+|truly\s+)?grateful|thanks?\s+(?:so\s+much\s+|a\s+lot\s+)?in\s+advance|"
        r"grateful\s+in\s+advance|(?:can|could|shall)\s+i\s+(?:send|show|tell)\s+you\s+[^.?!]{0,30}\babout\s+(?:it|this)|"
        r"i(?:'d|\s+would)\s+(?:really\s+|truly\s+)?appreciate\s+(?:it|any|your\s+help))\b"
        # a promise to repay the favour, or sorry for asking it: it goes with the held ask
        # ("I'll make it up to you, promise!", "Sorry to trouble you again"); a treat stays, as
        # thanks ("I will treat you milk tea ok?")
        r"|\bi(?:'ll|\s+will|\s+shall)?\s+(?:make\s+it\s+up\s+to\s+you|owe\s+you\s+(?:one|big|forever|a\s+(?:drink|beer|coffee|pint|lunch|dinner)))\b"
        r"|^\W*(?:so\s+|really\s+|very\s+)?sorry\s+(?:to|for)\s+(?:trouble|bother|disturb|ask|pester|the\s+trouble|the\s+bother|asking|bothering|troubling)"
        # "I am sorry for sudden request."
        r"|^\W*(?:i\s+am\s+|i['’]m\s+)?(?:so\s+|very\s+)?sorry\s+(?:for|about)\s+(?:the\s+|this\s+|my\s+|a\s+)?"
        r"(?:sudden\s+|big\s+|strange\s+|unexpected\s+|odd\s+|long\s+)?(?:request|ask|favou?r|asking)\b"
        # "so it would really help us out", "The reason I'm writing is our grandson Liam":
        # what the held ask was for
        r"|"
        + HELPS_US_OUT
        + r"|^\W*the\s+(?:reason|main\s+reason|real\s+reason)\s+(?:i(?:'m|\s+am)\s+writing|for\s+(?:my|this)\s+(?:email|message|note|letter))\s+is\b"
        # "You are the one in HR there", "God will reward you": the ask's lever and its blessing
        r"|\byou(?:'re|\s+are)\s+the\s+one\s+(?:in|at|who\s+(?:runs|handles|decides|hires))\b"
        # "and I remember you used a really good expert on that in the Hollis matter"
        r"|\bi\s+remember\s+you\s+(?:used|had|hired|knew|worked\s+with|recommended|found)\s+(?:a|an|the|some)\s+(?:really\s+|very\s+)?\w+"
        # the ask named as one: "I appreciate that this is a considerable request", "I know
        # it's a big ask"
        r"|\b(?:this|it)(?:'s|\s+is)\s+(?:a\s+|quite\s+a\s+|rather\s+a\s+)?(?:considerable|big|large|huge|significant|lot\s+of\s+an|cheeky|bold|tall)\s+"
        r"(?:request|ask|favou?r|thing\s+to\s+ask)\b"
        # the need the held ask would meet, and who has already said no: "subject to a
        # subvention of approximately £8,000", "Durham is unable to assist", "the learned
        # societies I have approached have closed their schemes"
        r"|\b(?:subvention|shortfall|deposit|fees?|costs?|funding\s+gap|grant)\s+of\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|some\s+)?[£$€]\s?\d"
        r"|\b(?:is|are|was|were)\s+(?:unable|not\s+able)\s+to\s+(?:assist|help|fund|contribute)\b"
        r"|\b(?:have|has)\s+(?:closed\s+their\s+(?:schemes|applications|funds?)|turned\s+(?:me|us)\s+down)\b"
        r"|\bgod\s+will\s+(?:reward|repay)\s+you\b"
        # the yes presumed: "I am confident you will not refuse an old friend of your house."
        r"|\bi(?:'m|\s+am)\s+(?:confident|certain|sure)\s+(?:that\s+)?you\s+(?:will\s+not|won't|would\s+not|wouldn't)\s+(?:refuse|say\s+no|turn\s+(?:me|us|it)\s+down)\b"
        # where the held ask wanted to get: "trying to get my company onto your approved supplier list"
        r"|\b(?:on|onto)\s+your\s+(?:[\w-]+\s+){0,2}(?:list|books|panel|roster|register|framework)\b"
        # the appeal a held request for money belongs to: "our appeal closes on 20 December"
        r"|\b(?:our|the)\s+(?:appeal|fundraiser|fundraising\s+drive|crowdfunder|campaign)\s+(?:closes|ends|runs|is\s+open)\b"
        # the need behind a job ask: "Need out of Eastgate sharpish."
        r"|^\W*(?:i\s+)?(?:really\s+)?need\s+(?:out|to\s+(?:get\s+out|leave|move\s+on)|a\s+(?:move|way\s+out))\b"
        r"|\b(?:needs?|wants?|hopes?|hoping)\s+to\s+(?:enter|get\s+into|get\s+in\s+at|join|work\s+(?:at|for))\b"
        # the ask announced before it is made: "I have one more favour, if possible.", "I've
        # got a quick question for you"
        r"|^\W*(?:and\s+)?(?:i\s+have|i['’]ve\s+got|i\s+got)\s+(?:one\s+|a\s+)?(?:more\s+|last\s+|small\s+|little\s+|big\s+|quick\s+|cheeky\s+)*(?:favou?r|question|request|ask)\b(?:\s+(?:to\s+ask|for\s+you))?\s*(?:,\s*(?:if\s+(?:possible|i\s+may|you\s+don['’]t\s+mind)|please))?\W*$"
        # "I can send you the details.": more on what the held ask wanted; "we'd put your logo on
        # the garden sign": what a held sponsorship would have bought
        r"|\b(?:i|we)\s*(?:can|could|will|would|'ll|'d)\s+send\s+(?:you\s+)?(?:the|more|all\s+the|further|full)\s+"
        r"(?:details|info|information|particulars|specs|specifications)\b"
        # "...and we need sponsors for the flights": the need a held request for money meets
        r"|\b(?:we|i)\s+(?:need|are\s+looking\s+for|are\s+seeking)\s+(?:sponsors?|donors?|funding|donations|backers)\b"
        r"|\b(?:put|print|display|feature|add|show)\s+your\s+(?:business\s+|company\s+|shop\s+)?(?:logo|name|brand)\s+(?:on|in)\b"
        # "...is open and they want a reference from a hotel manager": what the held ask was for
        r"|"
        + WANTS_REFERENCE_OUT
        # "I know you covered for me last weekend and the one before": favours recalled to lead in
        + r"|^\W*i\s+know\s+you(?:'ve|\s+have)?\s+(?:already\s+)?(?:covered|done|helped|did|given|lent|gone)\b"
        # lines that set the ask up: "I know you know loads of people in fintech", "you came to mind"
        r"|\byou\s+know\s+(?:a\s+lot\s+of|lots\s+of|loads\s+of|tons\s+of|so\s+many|everyone|everybody)\b"
        # a chase of what they promised: "Just following up on the referral you promised me"
        r"|^\W*(?:just\s+)?(?:following|checking)\s+(?:up|in|back)\s+on\s+(?:the|my|your|our)\b[^.?!]{0,60}\b(?:promised|offered|said\s+you\s+would|mentioned)\b"
        r"|\b(?:came|sprang|come)\s+(?:straight\s+|right\s+)?to\s+mind\b|\bso\s+i\s+thought\s+of\s+you(?:\s+first)?\b"
        # the papers behind the ask: "I can show you the business plan", "happy to send the figures"
        r"|\b(?:i\s+can|i\s+could|i(?:'d|\s+would)\s+be\s+happy\s+to|happy\s+to)\s+(?:show|send|share|walk)\s+(?:you\s+)?(?:through\s+)?"
        r"(?:the|my|our)\s+(?:business\s*plan|businessplan|figures|numbers|costings|projections|financials|plans?)\b"
        r"|\byou(?:'re|\s+are)\s+(?:connected|close|friends)\s+(?:to|with)\b"  # the person to be introduced
        r"|\byou(?:'re|\s+are)\s+(?:really\s+|so\s+|very\s+|super\s+|incredibly\s+)?well[-\s]connected\b"
        # thanks for nothing in particular: with the ask held, there is nothing to thank them for
        r"|^\W*(?:(?:and\s+)?(?:many\s+)?thanks?(?:\s+you)?|thx|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?"
        r"(?:\s+(?:for\s+(?:your\s+|the\s+|any\s+)?(?:help|time|support|consideration|assistance|understanding)"
        r"(?:\s+(?:in\s+advance|with\s+this))?))?"
        r"(?:\s+(?:ah|lah|x+|bro|man|mate|fam|yaar))?\W*$"
        # "Thank you, you're a lifesaver xx": thanks in advance for the favour held back
        r"|^\W*(?:thanks?(?:\s+you)?|thx|ty)(?:\s+(?:so|very)\s+much)?\s*[,!.]?\s+(?:you(?:['’]re|\s+are)|ur|u\s+r)\s+"
        r"(?:such\s+)?(?:a\s+|an\s+|my\s+)?(?:legend|star|lifesaver|life\s+saver|hero|angel|gem|saint|godsend)\W*(?:x+)?\W*$"
        # the lead-in to a request and its lever: "I'll be straight with you", "Right, I'll get
        # straight to it", "Your dad's a superintendent at Stena, isn't he?"
        r"|\bi(?:'ll|\s+will)\s+(?:be\s+(?:straight|honest|blunt|upfront|direct)\s+with\s+you|get\s+straight\s+to\s+(?:it|the\s+point))"
        # a lever on them: "so you must have some pull", "You know I'd do the same for you"
        r"|\byou\s+must\s+have\s+(?:some\s+|a\s+lot\s+of\s+|real\s+)?(?:pull|clout|influence|sway)\b"
        r"|\byou\s+know\s+i'?d\s+do\s+the\s+same\s+for\s+you\b"
        r"|\b(?:i\s+hope\s+you\s+don'?t\s+mind|if\s+you\s+don'?t\s+mind|forgive)\s+(?:me\s+|my\s+)?(?:being\s+)?(?:so\s+)?"
        r"(?:frank|blunt|direct|candid|frankness|bluntness)\b"
        r"|\byou(?:'d|\s+would|'ll|\s+will)\s+(?:surely\s+)?know\s+(?:the\s+\w+\s+who|who|whoever|the\s+right\s+people)\b"
        r"|\byour\s+(?:dad|mum|mom|father|mother|brother|sister|husband|wife|partner|uncle|aunt|cousin)\b"
        r"[^.?!]{0,60}\b(?:isn't|doesn't|wasn't|didn't|isnt|doesnt)\s+(?:he|she|they)\b"
        # the vacancy that points at a held request: "I see Clyde Offshore is hiring superintendents"
        r"|\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:advertising\s+for|hiring|recruiting)\b"
        # the nudge to answer: "I should be grateful for your answer by the end of the month"
        r"|\b(?:grateful\s+for|await(?:ing)?|look(?:ing)?\s+forward\s+to|need|expect)\s+(?:your|an?|the)\s+"
        r"(?:answer|reply|response|decision|confirmation|feedback)\b"
        r"|\b(?:please\s+)?reply\s+(?:me|to\s+me)\b|\bhear\s+back\s+(?:from\s+you\s+)?(?:by|before|soon)\b"
        # "I am writing because I am seeking a directorship": the purpose is the ask's
        r"|^\W*(?:i(?:'m|\s+am)\s+(?:writing|reaching\s+out|getting\s+in\s+touch|contacting\s+you)|the\s+reason\s+i(?:'m|\s+am)\s+writing)"
        r"\s+(?:because|as|since|to\s+(?:ask|see|find|request)|on\s+behalf\s+of)\b",
        re.IGNORECASE,
    )
)


# Thanks for something they did ("Thanks again for looking over my portfolio in August"):
# it stands without the ask, though it names the portfolio the ask would send.
THANKS_FOR_DEED = re.compile(
    r"^\W*(?:thanks|thank\s+you|many\s+thanks)\b[^.?!]{0,20}?\bfor\s+"
    r"(?!(?:considering|reading|taking|your|any|the|this|all)\b)\w+ing\b",
    re.IGNORECASE,
)
CONGRATS = re.compile(r"\bcongrat", re.IGNORECASE)
REASON = Folded(
    re.compile(
        # "since" as a reason, not as time ("We've grown a lot since: eight people now")
        r"\b(?:so|because|since(?!\s*[:,.;!]|\s*$|\s+(?:then|last|the|we|i|you|my|our|\d{4})\b)|need|needs|have\s+to|has\s+to|got\s+to|full|can't|cannot|won't|going|"
        r"planning|looking\s+for|trying|lose|deadline|closes?|due|applying|says\s+no|said\s+no|turned\s+(?:me|us)\s+down|"
        r"fell\s+through|refused|tight\s+spot|in\s+a\s+(?:bind|jam|hole|pickle)|skint|broke|short\s+of\s+(?:money|cash)|"
        r"hasn['’]?t\s+paid|wants\s+the\s+rent|rent\s+is\s+due)\b",
        re.IGNORECASE,
    )
)
# News of the sender's life stays in a note whose ask is held back, even beside the ask:
# "I'm moving to Edinburgh in January", "I've quit my job and started Parcelly".
LIFE_NEWS = re.compile(
    r"\b(?:(?:i|we)(?:'m|\s+am|'re|\s+are|'ve|\s+have|\s+just|\s+finally)?\s+(?:the\s+ones?\s+)?(?:just\s+|finally\s+|now\s+|recently\s+)?(?:moving|moved|relocating|relocated|set\s+up|"
    # "I start at a dental clinic in Arroios on 5 January"
    r"start(?=\s+(?:at|in|on|my|a|the)\b)|begin(?=\s+(?:at|in|on|my|a|the)\b)|"
    r"started|starting|launched|launching|founded|quit|leaving|left|joined|joining|finished|graduated|got\s+married|"
    r"got\s+engaged|had\s+a\s+baby|became|opened|opening|selling|sold|retiring|retired|expecting|won|passed|qualified)\b|\b(?:i|we)\s+(?:just\s+|finally\s+)?got\s+(?:the|a|an|into|our|my)\b|\b(?:my|big|good|some)\s+news\b|\b(?:got\s+|been\s+|was\s+)laid\s+off\b|\bmade\s+redundant\b|\bout\s+of\s+(?:a\s+)?(?:job|work)\b|\blost\s+my\s+job\b|\bnew\s+job\b|"
    r"\b(?:quit|left)\s+my\s+job\b|\b(?:started|launched|founded)\s+(?:my\s+own\s+|a\s+)?[A-Z]"
    # family news: "Mum's not been well and I want to get down to Devon"
    r"|\b(?:mum|mom|dad|mother|father|nan|gran|grandma|grandad|wife|husband|partner|son|daughter)(?:['’]s|\s+is|\s+has)\s+"
    r"(?:not\s+been\s+(?:well|great|good)|been\s+(?:ill|unwell|poorly|in\s+hospital)|ill|unwell|poorly|in\s+hospital))",
    re.IGNORECASE,
)
# Someone else the note is about, introduced for the ask: "My grandson Josh has just
# graduated... Could you introduce him to your CEO?" is the ask's subject, not the sender's news
THIRD_PARTY_LEAD = re.compile(
    r"^\W*(?:my|our)\s+(?:(?:younger|older|little|big|eldest|youngest|oldest)\s+)?(?:grandson|granddaughter|grandchild|son|daughter|"
    r"nephew|niece|cousin|brother|sister|friend|colleague|mentee|student|neighbou?r|godson|goddaughter|"
    r"stepson|stepdaughter|kid|boy|girl|partner|wife|husband)\b",
    re.IGNORECASE,
)
BARE_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[!,]+")
# A request put as a statement: "so ur helping me paint saturday", "I need you there from 8".
DEMAND = re.compile(
    r"\b(?:(?:you(?:'re|\s+are)|ur|u\s+r)\s+(?:\w+ing)\s+me|(?:need|want)\s+(?:you|u)\s+(?:to|there))\b",
    re.IGNORECASE,
)
NARROWED = re.compile(
    r"\bone\s+(?:person|specific\s+question|short\s+question)|one\s+or\s+two\s+people", re.I
)


# Praise that could go to anyone: "You're clearly a leader in the industry."
# Mission-statement lines that could close any appeal or pitch: "changing lives through
# music", "Every contribution makes a difference", "partners who share my values"
BOILERPLATE = re.compile(
    r"\bchang(?:e|es|ing)\s+lives\b"
    r"|\bevery\s+(?:contribution|donation|gift|dollar|pound|penny)\s+(?:makes\s+a\s+difference|counts|matters|helps)"
    r"|\bmake\s+a\s+(?:real\s+|lasting\s+|positive\s+|huge\s+)?difference\s+(?:in|to)\s+(?:people's|their|the)\s+lives"
    r"|\bshare\s+(?:my|our)\s+(?:values|passion|vision)\b"
    r"|\blive\s+their\s+best\s+lives\b"
    r"|\btogether\s+we\s+(?:could|can)\s+create\s+something\b"
    r"|\bwin-win\b|\bsynerg(?:y|ies)\b|\bgame[-\s]changer\b"
    # networking talk that could go to anyone: "always looking to expand my network with
    # like-minded professionals", "grow our networks together"
    r"|\b(?:expand|grow|build|widen|broaden)(?:ing)?\s+(?:my|our)\s+(?:professional\s+)?networks?\b"
    r"|\blike-?minded\s+(?:professionals|people|individuals|peers)\b|\bmutually\s+beneficial\b"
    r"|\badd\s+value\s+to\s+(?:each\s+other['’]?s|our|one\s+another['’]?s)\s+networks?\b"
    # sales puffery: "Our cheeses are perfect for any restaurant", "game-changing solutions"
    r"|\bperfect\s+for\s+any\s+(?:restaurant|business|company|brand|team|shop|venue|kitchen|occasion)\b"
    r"|\bgame[-\s]changing\b|\binnovative\s+(?:\w+\s+)?solutions\b|\bunlock\s+(?:your\s+)?growth\b",
    re.IGNORECASE,
)
SHARED_VALUES = re.compile(
    r"\s+(?:who|that)\s+share\s+(?:my|our)\s+(?:values|passion|vision)(?:\s+(?:of|for)\s+[^.?!]+)?(?=[.?!]|$)"
    # "Would be great to connect and grow our networks together!": the connecting stays
    r"|\s+(?:and|to)\s+(?:grow|expand|build)\s+(?:our|my)\s+networks?(?:\s+together)?(?=\s*[.?!]|$)"
    # "I'm a trainee solicitor keen to grow my professional network": who they are stays
    r"|,?\s+(?:(?:who\s+is|who's|and)\s+)?(?:keen|eager|looking|hoping|trying|aiming|wanting)\s+to\s+(?:grow|expand|build|widen|broaden)"
    r"\s+(?:my|our)\s+(?:professional\s+)?networks?(?:\s+(?:here|on\s+linkedin|in\s+the\s+\w+))?(?=\s*[.?!]|$)"
    # "a great selection of cheeses at competitive prices": the cheeses stay
    r"|\s+at\s+(?:very\s+|highly\s+)?competitive\s+(?:prices|rates)(?=\s*[.?!,]|$)",
    re.IGNORECASE,
)
HOLLOW_PRAISE = Folded(
    re.compile(
        r"\b(?:clearly|truly|such|really|definitely)\s+an?\s+(?:leader|expert|visionary|inspiration|rock\s*star|legend|"
        r"thought\s+leader|pro|trailblazer|role\s+model)\b"
        r"|\b(?:impressed|inspired|amazed|blown\s+away)\s+(?:by|with)\s+(?:everything|all|what)\s+"
        r"(?:you(?:'ve|\s+have|\s+are|'re)?|that\s+you|your\s+(?:team|company|firm|org\w*))"
        r"|\b(?:came|ran)\s+(?:across|into)\s+your\s+(?:linkedin\s+)?(?:profile|company|business|page)\b"
        # "to network with sharp, accomplished people like yourself"
        r"|\b(?:sharp|accomplished|talented|successful|smart|brilliant|impressive|inspiring|amazing|driven|like-minded)"
        r"(?:,?\s+(?:and\s+)?[\w-]+)?\s+(?:people|professionals|leaders|minds|folks|individuals)\s+(?:like|such\s+as)\s+(?:yourself|you)\b"
        r"|\byour\s+(?:impressive|amazing|incredible|inspiring|stellar)\s+(?:profile|background|career|journey|experience|work)\b"
        # "Love your profile!!", "you are a true legend in beekeeping", "I have big respect
        # for you and your achievements"
        r"|\b(?:love|loved|like|liked)\s+your\s+(?:linkedin\s+)?profile\b"
        r"|\ba\s+true\s+(?:legend|inspiration|icon|master|pioneer|visionary)\b"
        # "I love everything you do", "honestly a legend"
        r"|\b(?:love|loved|admire|adore)\s+(?:everything|all)\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:do|done|stand\s+for|make|put\s+out)\b"
        r"|^\W*(?:honestly|truly|literally|such)\s+an?\s+(?:legend|icon|inspiration|star|hero|queen|king)\W*$"
        r"|\byou(?:'ve|\s+have)\s+achieved\s+(?:so\s+much|a\s+lot|great\s+things|so\s+many\s+things)\b"
        r"|\b(?:big|great|huge|deep|so\s+much|much)\s+respect\s+for\s+you\s+and\s+(?:your|all\s+your)\s+(?:achievements|accomplishments|success)\b",
        re.IGNORECASE,
    )
)
LIKE_YOURS = re.compile(
    r"\s+like\s+(?:yours|you|your\s+(?:own|company|team|firm))(?=[\s,.;!?])", re.I
)
# Mass-mail hype: "to a select group of thought leaders", "an exciting opening"
HYPE = re.compile(
    r"\s+to\s+a\s+(?:select|small|hand-?picked|handful)\s+(?:group|number|few|list)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:leaders|people|experts|influencers|professionals|founders|creators)\b"
    r"|\b(?:exciting|amazing|incredible|unique|once-in-a-lifetime)\s+(?=(?:new\s+)?(?:opening|opportunity|role|position)\b)",
    re.I,
)
BUZZ = re.compile(
    r"\b(?:rock\s?star|ninja|guru|unicorn|superstar|10x|world-class|best-in-class|cutting-edge|state-of-the-art)"
    r",?\s+(?=[a-z])",
    re.I,
)
I_WORDS = re.compile(r"\bI(?:['’](?:m|ve|d|ll))?\b")


# "I am Suresh Menon, goldsmith of Thrissur": who is writing, however the line was edited
WHO_I_AM = re.compile(r"^\W*(?i:i\s+am|i['’]m|my\s+name\s+is|this\s+is)\s+[A-Z][\w'’-]+\s+[A-Z]")

# "Anything you can do would be wonderful.", "Any help would be much appreciated.": open-ended,
# where the request beside it already says what it is
OPEN_PLEA = re.compile(
    r"^\W*(?:(?:and\s+|so\s+)?i(?:'d|’d|\s+would)\s+(?:really\s+|so\s+|greatly\s+)?appreciate\s+anything"
    r"(?:\s+at\s+all)?(?:\s+you\s+(?:can|could)\s+do)?(?:\s+(?:for|to\s+help)\s+(?:him|her|them|me|us))?"
    r"|(?:anything|any\s+(?:help|support|advice))(?:\s+at\s+all)?(?:\s+you\s+(?:can|could)\s+do)?(?:\s+(?:for|to\s+help)\s+(?:him|her|them|me|us))?"
    r"\s+(?:(?:would|will)\s+be|is)\s+(?:\w+\s+){0,2}?(?:wonderful|great|amazing|appreciated|help|helpful|brilliant|"
    r"lovely|fantastic|incredible|welcome)"
    # "Any help spreading the word would mean the world."
    r"|(?:anything|any\s+(?:help|support|advice))[^.!?]{0,40}?\s+(?:would|will)\s+mean\s+(?:the\s+world|a\s+lot|so\s+much|a\s+great\s+deal)"
    # "Please tell me anything you think may be useful.": the open end of the ask before it
    r"|(?:(?:so\s+)?(?:please|kindly)\s+)?tell\s+me\s+anything\s+(?:(?:that\s+)?you\s+think\s+)?(?:that\s+)?(?:may|might|could|would|will)\s+be\s+(?:useful|helpful|of\s+use)"
    # "Any contacts would help us a lot.": the open end of the ask before it
    r"|(?:anything|any\s+(?:help|support|advice|contacts|names|introductions|leads|connections))(?:\s+at\s+all)?"
    r"\s+(?:would|will)\s+(?:really\s+)?help(?:\s+(?:us|me|him|her|them))?(?:\s+(?:a\s+lot|so\s+much|enormously|greatly|hugely|a\s+great\s+deal))?"
    # "Please tell me what you can do.": the open end of the request before it
    r"|(?:(?:so\s+)?(?:please|kindly|pls)\s+)?(?:tell|let)\s+me\s+(?:know\s+)?what\s+(?:you|u)\s+(?:can|could)\s+do(?:\s+for\s+(?:me|us))?"
    # "Kindly do the needful."
    r"|(?:(?:so\s+)?(?:kindly|please|pls)\s+)?do\s+the\s+needful(?:\s+(?:for\s+me|sir|madam|please))?)\W*$",
    re.IGNORECASE,
)


# A list with no verb that trails off into "anything" ("Clippers, products, anything.",
# "Shifts, cover, whatever."): the open end of the ask before it, nothing on its own.
OPEN_LIST = re.compile(
    r"^\W*(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?,\s*){1,5}(?:or\s+|and\s+)?"
    r"(?:anything|whatever|etc\.?|you\s+name\s+it)(?:\s+(?:really|at\s+all|goes))?\W*$",
    re.IGNORECASE,
)


# A subordinate clause and nothing else (no comma before a main clause): what an edit left
# of "I need to know by Wednesday, as I have to give another church an answer."
HALF_SENTENCE = re.compile(
    # "As an aspiring trainee solicitor I'd love to..." is who is asking, not half a sentence
    r"^\W*(?:as(?!\s+(?:an?|the|your|my|someone|one)\s)|because|since|so\s+that|although|though|whereas)\s+[^,;:.!?]+[.!]?\s*$",
    re.IGNORECASE,
)


# The sender's own clock, as the reason in a line of pressure: "as their offer expires
# Monday", "because the application closes on 15 January"
CLOCK_OF_THEIR_OWN = re.compile(
    # ("the offer expires" alone is a seller's line, so "the" goes only with the others)
    r"\b(?:as|because|since)\s+((?:their|my|our|the(?!\s+offer\b))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offer|deadline|application|applications|closing\s+date|form|window|tender|bid|contract|lease|visa|"
    r"booking|place|slot|registration|portal|call|round)\s+(?:expires?|closes?|runs?\s+out|ends?|is\s+due|are\s+due|lapses?)\s+"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|"
    r"[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|next\s+\w+|at\s+the\s+end\s+of\s+\w+)"
    # "as our board meets on Thursday", "because our board decides the new tank budget that
    # week", "as the PCC meets on Monday": the body that decides, and when
    r"|(?:their|my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:board|committee|council|panel|trustees|principals|partners|pcc|jury)"
    r"\s+(?:meets?|decides?|sits?|votes?|(?:must|will)\s+decide)\b[^.!?;,]{0,50}?"
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|that\s+week|that\s+day|next\s+week|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?)\b)",
    re.IGNORECASE,
)
# The date a cut deadline named, for a kept "that week" that pointed back at it
DEADLINE_DATE = re.compile(
    r"\b(?:by|before)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


# "I know you must get many emails like it.": the sender files their own note with the many
ONE_OF_MANY = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:i\s+(?:know|realise|realize|imagine|appreciate)\s+(?:that\s+)?)?you\s+(?:must|probably|likely)?\s*"
    r"(?:get|receive)\s+(?:so\s+|very\s+)?(?:many|a\s+lot\s+of|lots\s+of|hundreds\s+of|dozens\s+of|tons\s+of|plenty\s+of|countless)\s+"
    r"(?:such\s+)?(?:emails|e-mails|messages|requests|notes|letters|enquiries|inquiries)(?:\s+like\s+(?:it|this|mine|these))?"
    r"(?:\s+(?:every|each|a)\s+(?:day|week))?\W*$",
    re.IGNORECASE,
)


# The stock opening of a letter sent to everyone: "What a year it has been for the Fairweathers!"
ROUND_ROBIN_OPENER = re.compile(
    r"^\W*what\s+a\s+year\s+(?:it\s+has\s+been|it['’]s\s+been|this\s+has\s+been)"
    r"(?:\s+for\s+(?:us|the\s+[A-Z][\w'’-]+s|all\s+of\s+us|our\s+family))?\s*[!.]*\s*$",
    re.IGNORECASE,
)


# The sender's own outfit, as an ask names it ("could you recommend my new company Envol Maïdo")
_MY_OUTFIT = re.compile(
    r"\bmy\s+(?:new\s+|own\s+|small\s+|little\s+)?(?:company|business|firm|shop|studio|agency|restaurant|"
    r"caf[eé]|bakery|farm|brewery|band|school|practice|clinic|start-?up|charity|team|crew)\b",
    re.IGNORECASE,
)
_WE_LEAD = re.compile(r"^\W*(?:we|our)\b", re.IGNORECASE)


def speaks_for_outfit_asked(ask: str, line: str) -> bool:
    """Whether ``line`` speaks as the sender's outfit ("We take off from Colimaçons") that only
    ``ask`` names ("could you recommend my new company Envol Maïdo"): it needs the ask first."""
    return _WE_LEAD.match(line) is not None and _MY_OUTFIT.search(ask) is not None
