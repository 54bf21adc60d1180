"""Problems of tone and form: pressure, vagueness, mail-merge residue, length."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, yes
from app.core.asks import PINNED
from app.core.patterns import phrases
from app.core.phrasebook import APOLOGY, TIME_BOX, VAGUE
from app.core.signals import PLACEHOLDER
from app.core.text import word_offset, words
from app.models import Channel, Severity

DESPERATION = phrases(
    r"urgent(?:ly)?(?![-‐]|\s+care)",
    # "pls pls pls dont leave me on read": begging, and pressure on their silence
    r"(?:pls|plz|please)\s+(?:pls|plz|please)(?:\s+(?:pls|plz|please))*",
    r"(?:don'?t|do\s+not)\s+leave\s+me\s+on\s+(?:read|seen)",
    # "Please brother answer me fast", "I am waiting for your positive answer"
    r"(?:answer|reply|respond\s+to|get\s+back\s+to)\s+me\s+(?:fast|quickly|quick|soon|now|today)",
    r"(?:i\s+am|i'm)\s+waiting\s+(?:for\s+)?your\s+(?:positive|favou?rable|kind|quick|early)\s+(?:answer|reply|response)",
    r"asap",
    r"a\.s\.a\.p\.?",
    r"as\s+soon\s+as\s+(?:possible|you\s+can|humanly)",
    r"(?:need|reply|respond|call|answer|help|send|get\s+back|hear\s+back|sign|decide)\s+(?:\w+\s+){0,3}?(?:right\s+away|immediately)",
    r"(?:right\s+away|immediately)[,!]?\s+(?:please|if\s+(?:you\s+can|possible))",
    r"time[-\s]sensitive",
    # "I look forward to hearing from you at your earliest convenience": a polite deadline
    r"at\s+(?:your|the)\s+earliest(?:\s+(?:convenience|possible))?",
    r"(?:reply|respond|answer|confirm|book|sign\s+up|decide|order|get\s+back)\s+within\s+"
    r"(?:\d+|twenty-four|forty-eight|seventy-two|a\s+few|the\s+next(?:\s+\d+)?)\s+(?:hours?|days?)",
    r"to\s+lock\s+in\s+(?:this|the|your|our)\s+(?:rate|price|discount|offer|slot|deal)",
    # "it's an emergency", "bit of an emergency": not "emergency and lone-worker response"
    r"(?:it(?:'s|\s+is)|this\s+is|that(?:'s|\s+is)|bit\s+of|kind\s+of|sort\s+of|we\s+have|i\s+have|got)\s+(?:an?\s+)?"
    r"(?:real\s+|genuine\s+|total\s+|bit\s+of\s+an?\s+)?emergency",
    r"emergency\s*!",
    r"drop\s+everything",
    # "i need work bad", "I need this job so badly"
    r"need\s+(?:this|it|work|shifts|money|cash|(?:a|the|this)\s+(?:job|work|money|gig|contract))\s+(?:so\s+|really\s+)?(?:bad|badly)\b",
    r"(?:i(?:'m|\s+am)|im)\s+(?:[a-z]+\s+){0,2}desperate",
    # "Desperate for a start mate", as a text says it, subject left off
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:so\s+|really\s+|proper\s+|well\s+)?desperate\s+(?:for|to)\b",
    # hardship laid on them: "My contract ended in August and I am struggling very much now."
    r"(?:i\s+am|i['’]m|im|we\s+are|we['’]re)\s+(?:really\s+|very\s+|so\s+)?struggling"
    r"(?:\s+(?:very\s+much|a\s+lot|so\s+much|badly|financially|to\s+(?:survive|cope|feed\s+\w+|pay\s+\w+)))?"
    r"(?:\s+(?:now|right\s+now|these\s+days))?(?=\s*[.!,;]|\s*$)",
    # "I'm at my wits' end with him", "Biko no vex, na serious matter."
    r"(?:at|reached|reaching)\s+my\s+wits['’]?\s+end",
    r"(?:it(?:'s|\s+is)|this\s+is|na)\s+(?:a\s+)?(?:very\s+|really\s+)?serious\s+matter",
    # a seller's clock put on them: "Just wanted to bump this to the top of your inbox: we
    # only have 3 onboarding slots left and the 40% founding discount expires this Friday"
    r"bump(?:ing)?\s+(?:this|my\s+(?:email|message|note))\s+(?:back\s+)?to\s+the\s+top\s+of\s+your\s+inbox",
    r"so\s+(?:i|we)\s+can\s+(?:hold|save|reserve|keep)\s+(?:your|a|the|one)\s+(?:spot|slot|place|seat|space)",
    r"(?:only|just)\s+(?:have\s+|got\s+)?(?:\d+|one|two|three|four|five|a\s+few|a\s+handful\s+of)\s+(?:[\w-]+\s+)?(?:slots?|spots?|places?|seats?|spaces?)\s+(?:left|remaining)",
    # (a seller's offer, not "their offer expires on Monday", the job offer the sender must
    # answer)
    r"(?:discount|(?:this|our|special|introductory|founding|launch|early[-\s]bird|holiday|black\s+friday)\s+"
    r"(?:[\w%-]+\s+){0,2}?(?:offer|deal|pricing|price|rate))\s+(?:expires|ends|closes|runs\s+out)\s+"
    r"(?:this|on|tomorrow|tonight|at|in|next|by|friday|monday|tuesday|wednesday|thursday|saturday|sunday)\b",
    # the answer awaited, as a demand: "I wait your answer."
    r"i\s+(?:wait|am\s+waiting|'m\s+waiting)\s+(?:for\s+)?your\s+(?:answer|reply|response)(?=\s*[.!]|\s*$)",
    # "Any job at all honestly, HVAC, maintenance, I'll sweep floors."
    r"i(?:'ll|\s+will)\s+(?:even\s+)?(?:sweep\s+(?:the\s+)?floors|clean\s+(?:the\s+)?toilets|scrub\s+(?:the\s+)?floors|make\s+(?:the\s+)?tea|do\s+literally\s+anything)",
    # a debt promised for ever: "I'll owe you forever", "I'll be in your debt for life"
    r"i(?:'ll|\s+will)\s+(?:owe\s+you\s+(?:forever|for\s+(?:ever|life))|be\s+(?:forever\s+)?in\s+your\s+debt\s+(?:forever|for\s+(?:ever|life)))",
    r"(?:my\s+)?(?:job|career|rent|visa|future|livelihood|bonus|quota)\s+depends\s+on\s+(?:it|this|you|whether)",
    r"don't\s+(?:let\s+me\s+down|flake|bail(?:\s+on\s+me)?)\b",
    r"breathing\s+down\s+my\s+neck",
    # an answer demanded by a date: "I should be grateful for your answer by the end of the month"
    r"(?:grateful\s+for|need|expect|want|require)\s+(?:your|an|a)\s+(?:answer|reply|response|decision)\s+by\b",
    # "I should be most grateful for an early reply", "the press would like an answer before Easter"
    r"(?:grateful\s+for|appreciate)\s+(?:an?\s+|your\s+)?(?:early|prompt|swift|speedy|quick|urgent)\s+(?:reply|answer|response|decision)",
    r"(?:like|needs?|wants?)\s+(?:an?\s+|your\s+)?(?:answer|reply|response|decision)\s+(?:by|before)\s+\w+",
    r"(?:open\s+to|i(?:'ll|\s+will)\s+take|fine\s+with|happy\s+with)\s+(?:literally\s+|pretty\s+much\s+|just\s+|honestly\s+|basically\s+|really\s+)?(?:anything|whatever|everything)(?:\s+really)?",
    r"(?:literally|pretty\s+much)\s+anything(?:\s+(?:helps|goes|works))?",
    r"anything\s+really",
    # "What am I looking for? Honestly, at this point, anything."
    r"at\s+this\s+(?:point|stage)\s*,?\s+(?:literally\s+)?anything",
    # the answer forbidden in advance: "Please don't tell me there's nothing available"
    r"(?:please\s+)?(?:don't|do\s+not)\s+(?:tell\s+me|say)\s+(?:that\s+)?(?:there(?:'s|\s+is)\s+)?(?:nothing|no\b)",
    # "I feel completely useless": the reader is handed the sender's despair
    r"i\s+feel\s+(?:completely\s+|so\s+|totally\s+|utterly\s+|really\s+|just\s+)?(?:useless|worthless|hopeless)",
    r"anything\s+at\s+this\s+(?:point|stage)",
    r"any\s+help\s+at\s+all",
    r"no\s+one\s+else\s+(?:will|would|is\s+going\s+to|can)\s+(?:answer|help|reply|talk)",
    r"(?:really|badly|seriously)\s+need\s+(?:this|it|a\s+win)",
    r"expect\s+to\s+hear\s+(?:back\s+)?from\s+you\s+(?:this\s+week|today|tomorrow|by\s+\w+)",
    r"(?:only\s+)?(?:[0-9]{1,3}|two|three|a\s+few|few)\s+(?:spots?|seats?|places?|slots?)\s+left",
    r"pl+e+a+s+e+\s+pl+e+a+s+e+",
    r"ple{2,}a*s+e*",
    r"pl(?:s{2,}|z{2,})",
    r"desperately",
    r"any\s+job(?:\s+at\s+all)?",
    r"any\s+(?:position|role|post|vessel|ship|opening|work|gigs?)\s+at\s+all",
    # the yes presumed: "I know you'll want to support such a good cause"
    r"i\s+know\s+you(?:'ll|\s+will)\s+want\s+to\s+(?:support|sponsor|donate|help|give)",
    r"answer\s+me\s+(?:today|tonight|now|asap|quickly|straight\s+away|this\s+week|tomorrow)",
    # "Let me know today!": an answer wanted now
    r"let\s+me\s+know\s+(?:by\s+)?(?:today|tonight|right\s+away|straight\s+away|immediately|right\s+now)\b",
    # "Bitte bitte", "por favor, por favor": please twice, in any language
    r"(?:bitte|por\s+favor|per\s+favore|alsjeblieft|tafadhali|abeg)[,!]?\s+(?:bitte|por\s+favor|per\s+favore|alsjeblieft|tafadhali|abeg)\b",
    # "Tell mi by Friday abeg", "tell me by tomorrow": a deadline on their answer
    r"tell\s+(?:me|mi|us)\s+(?:by|before|until|till)\s+(?:this\s+|next\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b",
    # "Please answer me until this Friday": a learner's deadline on their answer
    r"(?:answer|reply|respond|write)\s+(?:to\s+)?me\s+(?:until|till|by|before)\s+(?:this\s+|next\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the\s+end\b)",
    r"or\s+(?:else\s+)?i(?:'m|\s+am|'ll\s+be|\s+will\s+be)\s+(?:finished|done\s+for|ruined|sunk|on\s+the\s+street)",
    r"anything\s+at\s+all",
    r"i(?:'ll|\s+will)\s+take\s+anything",
    r"willing\s+to\s+do\s+anything",
    # but a spare frame "going begging in the yard" is there for the taking
    r"(?:i(?:'m|m|\s+am)|we(?:'re|re|\s+are))\s+(?:literally\s+|honestly\s+|really\s+|just\s+)?begging(?:\s+(?:you|anyone|everyone|people))?",
    r"begging\s+(?:you|u|ya|anyone|anybody|everyone|people|here|for\s+(?:help|work|a\s+job|money))\b",
    r"i\s+beg\s+(?:you|of\s+you)",
    r"please,?\s+please",
    r"i\s+(?:really\s+|really,\s+really\s+|badly\s+|seriously\s+)+need\s+(?:this|a\s+job|help|work|you)",
    r"(?:you(?:'re|\s+are)\s+)?my\s+(?:last|only)\s+(?:hope|chance|option)",
    r"last\s+resort",
    r"running\s+out\s+of\s+(?:money|savings|time|options|runway)",
    r"(?:my\s+)?savings\s+(?:finish|run\s+out|end|are\s+(?:running\s+out|gone|finished))",
    r"can(?:'t|not)\s+(?:pay|afford)\s+(?:my\s+)?(?:rent|bills|mortgage)",
    r"need\s+(?:a\s+job|work|this)\s+(?:now|today|fast|badly)",
    r"by\s+(?:end\s+of\s+(?:day|today)|eod|tonight|tomorrow\s+morning)",
    r"need\s+(?:an\s+)?answer\s+(?:today|tonight|now)",
    # a deadline on their answer: "I need an answer by Wednesday", "we close Friday"
    r"(?:need|want|expect|require)\s+(?:to\s+know|(?:an?\s+|your\s+)?(?:answer|reply|response|decision|yes\s+or\s+no|yes|confirmation))"
    r"\s+(?:from\s+you\s+)?(?:by|before|until|no\s+later\s+than)\s+\w+(?:\s*(?:pm|am|o['’]clock))?"
    # "by 8 tonight", "by 6 this evening"
    r"(?:\s+(?:tonight|today|tomorrow|this\s+(?:evening|morning|afternoon)))?(?:\s+(?:night|morning|evening|afternoon|lunchtime))?",
    r"(?:let\s+me\s+know|tell\s+me|get\s+back\s+to\s+me|reply|respond|confirm|decide)\s+(?:\w+\s+){0,2}?(?:by|before|until|no\s+later\s+than)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|eod|cob|end\s+of\s+(?:day|the\s+day|today|the\s+week|week))"
    r"(?:\s+(?:night|morning|evening|afternoon|lunchtime))?",
    r"(?:we|i)\s+(?:close|sign|finali[sz]e|decide|lock\s+(?:it\s+)?in)\s+(?:on\s+|by\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)",
    # "please I need it by Friday", "it would really help me hit my target this month"
    r"(?:i|we)\s+(?:really\s+|urgently\s+|absolutely\s+)?need\s+(?:it|this|them|the\s+letter|(?:your|her|his|their)\s+\w+)\s+(?:back\s+)?by\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|eod|end\s+of)",
    r"(?:help|get)\s+me\s+(?:to\s+)?(?:hit|make|reach|meet)\s+(?:my|our)\s+(?:target|quota|numbers|goal)",
    r"(?:have|got)\s+(?:literally\s+)?(?:nobody|no\s+one)\s+else",
    r"there(?:'s|\s+is)\s+(?:literally\s+|just\s+|honestly\s+)?(?:nobody|no\s+one|noone)\s+else",
    # "nobody else is answering", "no one else will help": you are the last resort
    r"(?:nobody|no\s+one|noone)\s+else\s+(?:is\s+)?(?:answering|replying|picking\s+up|will|can|could|has|wants)\b",
    r"(?:if\s+you\s+(?:say\s+no|can't|cannot|don't)[,\s]+)?i(?:'m|\s+am|'ll\s+be|\s+will\s+be)\s+(?:so\s+|totally\s+|literally\s+)?(?:screwed|stuffed|doomed)",
    r"every(?:one|body)\s+else\s+(?:has|have|'s)\s+(?:already\s+)?(?:said\s+no|turned\s+me\s+down|bailed|let\s+me\s+down)",
    # "send me the contact list, I need it today"
    r"i\s+need\s+(?:it|this|them|that)\s+(?:back\s+)?(?:today|tonight|right\s+now|now|asap|by\s+(?:today|tonight|tomorrow))\b",
    # "Need to hear back this week as I'm pricing up another job"
    r"(?:need|have)\s+to\s+hear\s+(?:back\s+)?(?:from\s+you\s+)?(?:this\s+week|today|tonight|tomorrow|by\s+\w+|asap|now)",
    r"(?:need|want|have)\s+to\s+know\s+(?:within\s+(?:the\s+|an?\s+|\d+\s+)?(?:hour|hours|minutes?)|right\s+now|asap|now|tonight|today|by\s+tonight|by\s+today)",
    r"(?:please\s+|pls\s+)?(?:don't|do\s+not)\s+leave\s+me\s+hanging",
    # chasing: "bumping this again as I haven't heard back on my last three emails"
    r"haven'?t\s+heard\s+back\s+(?:on|from|about|to)\s+my\s+(?:last\s+)?(?:two|three|four|five|several|few|\d+)?\s*"
    r"(?:emails|messages|notes|texts|follow-?ups)",
    r"bumping\s+(?:this|it)\s+(?:up\s+)?(?:to\s+the\s+top\s+of\s+your\s+inbox\s+)?again",
    r"freaking\s+out",
    # the weight of the favour put on them: "Would mean the world.", "this would mean everything to me"
    r"(?:(?:it|this|that)\s+)?would\s+(?:honestly\s+|literally\s+|really\s+)?mean\s+(?:the\s+world|everything)(?:\s+to\s+(?:me|us))?",
    r"please\s+say\s+(?:good|nice|only\s+good)\s+things",
    # leaning on them as the only one: "You're the only one I trust with this."
    r"you(?:'re|\s+are)\s+the\s+only\s+(?:one|person)\s+(?:(?:there|here|left)\s+)?i\s+(?:trust|can\s+(?:ask|trust|turn\s+to|count\s+on|rely\s+on))",
    r"(?:the\s+)?(?:situation|things)\s+(?:is|are)\s+(?:very\s+|really\s+|so\s+)?(?:difficult|desperate|dire|hard)\s+for\s+(?:my|our|me|us)",
    r"(?:i(?:'m|\s+am)|im)\s+panicking",
    r"(?:this|the)\s+(?:offer|window|chance)\s+(?:closes|expires|ends)",
    r"(?:please\s+)?help\s+me\s+please",
    # a demand ("paid by Monday, no excuses", "No excuses."), not "rubbish at keeping in touch, no excuses"
    r"(?:by|before|on|this|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"weekend|week)\b[^.!?\n]{0,20}?,?\s+no\s+excuses",
    r"(?:^|(?<=[.!?]\s))no\s+excuses",
    r"this\s+is\s+getting\s+(?:ridiculous|absurd|silly|old|beyond\s+a\s+joke)",
    r"(?:i\s+)?can(?:'t|not)\s+keep\s+chasing\s+you",
    r"(?:kindly|please|pls|plz)\s+(?:please\s+|kindly\s+)?(?:reply|respond|revert|get\s+back)",
    r"(?:need|want|have)\s+to\s+hear\s+back\s+(?:from\s+you\s+)?(?:by|before)\s+\w+",
    r"(?:please\s+)?don't\s+sit\s+on\s+(?:it|this)",
    r"let\s+me\s+know\s+by\s+then",
    # unloading on the reader
    r"(?:i\s+)?(?:don't|do\s+not)\s+know\s+(?:who|where)\s+else\s+to\s+(?:turn|tell|ask|go)",
    r"get\s+(?:this|it)\s+off\s+my\s+chest",
    # a demand aimed at them, and sales pressure
    r"(?:please\s+)?(?:just\s+)?(?:do\s+)?(?:this|me)\s+one\s+(?:thing|favou?r)\s+for\s+me",
    r"you\s+(?:need|have|gotta|got)\s+to\s+(?:hook\s+me\s+up|get\s+me|find\s+me|help\s+me)",
    r"you(?:'d|\s+would)\s+be\s+(?:mad|crazy|silly|foolish)\s+to\s+(?:miss|pass)",
    r"don't\s+miss\s+(?:out|this)",
    r"limited[-\s]time\s+(?:offer|deal|only)",
    r"(?:please\s+)?(?:don't|do\s+not)\s+say\s+no",
    r"please\s+prioriti[sz]e\s+(?:it|this|me)",
    r"(?:please\s+)?make\s+(?:this|it|me)\s+(?:a\s+|your\s+)?(?:top\s+|high\s+)?priority",
    r"(?:need|have|got)\s+to\s+lock\s+(?:this|it)\s+in",
    r"only\s+offering\s+(?:this\s+|it\s+)?to\s+(?:my|a\s+(?:few|select|handful))\b",
    # leaning on them: "I know you can do it if you want", "it'd be a drop in the ocean for you"
    r"i\s+know\s+you\s+(?:can|could)\s+(?:do|make|sort|fix|swing|manage)\s+(?:it|this|that)(?:\s+happen)?\s+if\s+you\s+(?:want|wanted|really\s+want|try)",
    r"(?:a\s+)?drop\s+in\s+the\s+(?:ocean|bucket)\s+for\s+(?:you|someone\s+like\s+you)",
    r"(?:would\s+be|it'd\s+be|it's|is)\s+(?:nothing|pocket\s+change|peanuts|small\s+change)\s+for\s+(?:you|someone\s+like\s+you)",
    r"(?:in\s+)?dire\s+need\s+of",
    r"(?:by|before)\s+\w+(?:\s+\w+)?\s+at\s+the\s+(?:very\s+)?latest",
    r"(?:spaces?|spots?|places?|seats?|slots?)\s+(?:are\s+)?(?:filling\s+up|going|selling\s+out)\s+fast",
    r"they(?:'re|\s+are)\s+(?:going|filling\s+up|selling\s+out|being\s+snapped\s+up)\s+fast",
    # "Training, simulator work, consulting, anything would be of interest."
    r"anything\s+(?:at\s+all\s+)?(?:would|will)\s+be\s+(?:of\s+interest|welcome|great|appreciated|fine)",
    # "book your consultation before 20 December to secure your place!"
    r"(?:before|by)\s+[^.!?\n]{1,25}?\s+to\s+(?:secure|lock\s+in|claim|guarantee|reserve)\s+(?:your|a|the)\s+"
    r"(?:place|spot|slot|seat|space|discount|price|rate)",
    # a favour already taken: "I've put you down as my referee, they'll be calling you tomorrow"
    # (asked first, "Could I put you down as a reference?", it is a request, not pressure)
    r"(?:i(?:'ve|\s+have)\s+(?:already\s+)?|(?<!i\s)(?:already\s+)?)(?:put|listed|named|given|putting|listing|naming|giving)\s+(?:you|your\s+name)\s+(?:down\s+)?as\s+(?:a|my|one\s+of\s+my)\s+(?:references?|referees?)",
    r"(?:they|he|she|hr|the\s+recruiter)(?:'ll|\s+will)\s+be\s+(?:calling|ringing|emailing|contacting)\s+you\s+(?:today|tomorrow|this\s+week|shortly|soon)",
    r"(?:act|order|buy|sign\s+up)\s+now",
    # grovelling: "I know I'm nobody", "you must get a hundred of these a day"
    r"(?:i\s+know\s+)?i(?:'m|\s+am)\s+(?:just\s+|honestly\s+|really\s+|literally\s+)?(?:a\s+)?(?:nobody|no\s+one|nothing)(?=[\s.,!?;]|$)"
    r"(?:,\s+(?:just|only)\s+(?:a\s+|an\s+)?[^.!?,;\n]{1,40}(?=[.!?,;\n]|$))?",  # "..., just optical assistant"
    r"(?:i\s+know\s+)?you\s+are\s+(?:a\s+)?(?:very\s+|so\s+)?important\s+(?:and\s+busy\s+)?(?:person|man|woman|lady)",
    r"i(?:'m|\s+am)\s+only\s+(?:a|an)\s+(?!(?:few|short|couple|little|bit|phone|text|call|stone|walk|mile|"
    r"minute|hour|day|week|month|year|click|train|bus|drive)\b)[a-z]+",
    r"(?:i(?:'m|\s+am)\s+)?(?:probably\s+)?the\s+last\s+person\s+you(?:'d|\s+would)?\s+(?:want|expect)\s+to\s+hear\s+from",
    r"you\s+(?:must|probably)\s+get\s+(?:a\s+hundred|hundreds|dozens|tons|loads|so\s+many|a\s+lot)\s+of\s+these",
    # "I'll do anything, read for anything, any part at all" goes with its list
    r"i(?:'ll|\s+will|'d|\s+would)\s+do\s+(?:literally\s+)?anything(?=\s*[.,!?;]|\s*$|\s+(?:at\s+all|you\s+(?:need|want|ask)))"
    r"(?:,\s+[^.?!,;\n]{1,30}(?=[.!?,]))*",
    r"the\s+(?:minute|moment|second)\s+you\s+(?:get|see|read)\s+this(?:,?\s+day\s+or\s+night)?",
    # a promise sworn to: "ill pay it ALL back on the 15th i swear"
    r"i\s+(?:swear|promise\s+you)(?:\s+(?:down|on\s+my\s+\w+))?(?=\s*(?:[.!,]|$))",
    # a plea said to them alone: "Please man.", "pls bro"
    r"(?:please|pls|plz)\s+(?:man|mate|bro|dude|pal|sis|buddy)(?=\s*(?:[.!,]|$))",
    r"i(?:'ll|\s+will)\s+(?:have|keep)\s+my\s+phone\s+(?:on\s+me|on|with\s+me|next\s+to\s+me|by\s+me)",
    r"or\s+(?:else\s+)?i(?:'ll|\s+will)\s+(?:give|offer|pass|hand)\s+(?:it|the\s+\w+|your\s+\w+)\s+to\s+someone\s+else",
    r"(?:i|we)\s+expect\s+to\s+hear\s+(?:back\s+)?(?:from\s+you\s+)?(?:before|by|within)\b",
    # false scarcity: "Spots are limited, so grab yours before Friday!", "one of 50 people we've hand-picked"
    r"(?:spots?|spaces?|places?|seats?|slots?|numbers)\s+(?:are\s+)?(?:strictly\s+|very\s+)?(?:limited|scarce)",
    r"grab\s+(?:yours|one|a\s+(?:spot|place|seat))\s+(?:before|by|while)\b",
    r"one\s+of\s+(?:only\s+|just\s+)?\d+\s+(?:people|founders|owners|businesses|leaders|customers)\s+(?:we(?:'ve|\s+have)|i(?:'ve|\s+have))\s+(?:hand-?picked|selected|chosen|invited)",
    # silence taken as consent, and a same-day answer demanded
    r"(?:i(?:'ll|\s+will)|we(?:'ll|\s+will))\s+(?:take|treat|read)\s+(?:it|that|your\s+silence|no\s+(?:reply|answer|response))\s+as\s+(?:a\s+)?(?:yes|consent|agreement|a\s+go)",
    r"silence\s+(?:means|=|is)\s+(?:a\s+)?(?:yes|consent)",
    r"need\s+you\s+to\s+(?:confirm|reply|answer|decide|let\s+me\s+know|get\s+back\s+to\s+me)\b[^.?!\n]{0,20}?\b(?:tonight|today|right\s+now|now|asap|immediately)\b",
    # a deadline on their answer in other words: "Please answer me before Wednesday", "I must
    # have answer until Monday"
    r"(?:please\s+)?(?:answer|reply\s+to|write\s+to|call)\s+me\s+(?:back\s+)?(?:before|by|until|till)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the\s+\d+|\d+)",
    r"(?:i|we)\s+must\s+(?:have|get)\s+(?:an?\s+|the\s+|your\s+)?(?:answer|reply|response|decision)\s+(?:until|till|by|before)\s+\w+",
    # what the sender loses if they don't answer, and the pressure passed on
    r"(?:if\s+not|otherwise|or\s+else),?\s+i\s+(?:will\s+|'ll\s+|am\s+going\s+to\s+)?(?:lose|miss)\s+(?:the|my|this|our)\s+"
    r"(?:place|spot|slot|booth|chance|deal|contract|order|job|flat|room)",
    r"(?:the|my|our)\s+(?:customer|client|buyer|boss)\s+is\s+(?:very\s+|really\s+|so\s+)?(?:pushing|pushy|on\s+my\s+back)",
    r"(?:it\s+)?is\s+(?:very|really|so|extremely)\s+important\s+for\s+me",
    r"(?:i\s+)?humbly\s+beg",
    # "only you can save me this time", "any opening or any work", "or any other role"
    r"only\s+(?:you|u)\s+can\s+(?:save|help|rescue)\s+(?:me|us)",
    r"any\s+(?:opening|work|job|role|position|post)\s+or\s+any\s+(?:opening|work|job|role|position|post)",
    r"(?:or\s+)?any\s+other\s+(?:role|job|position|opening|post|work)(?=\s*[,.!?]|\s+(?:at\s+all|you\s+have|available|in\s+your))",
    # the yes taken for granted: "Have him start Monday."
    r"(?:have|get)\s+(?:him|her|them)\s+(?:start|begin|come\s+in)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next\s+week)",
    # "I really can't lose this place": the weight of their answer put on them
    r"i\s+(?:really\s+|just\s+|simply\s+)?(?:can't|cannot|can\s+not)\s+(?:afford\s+to\s+)?lose\s+(?:this|the|my)\s+"
    r"(?:place|job|spot|chance|opportunity|flat|apartment|house|offer|contract)\b",
    # "I will tell him to ring you on Monday": their time booked before they said yes
    r"i(?:'ll|\s+will|\s+shall)\s+(?:tell|ask|get|have)\s+(?:him|her|them)\s+(?:to\s+)?(?:ring|call|phone|email|text|contact|come\s+(?:round|by|over|in)\s+to)\s+you\s+"
    r"(?:on\s+|first\s+thing\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this\s+week|next\s+week)",
    # a deadline that leaves them no room: "by Monday, no later", "this can't slip"
    r"(?:by|before)\s+\w+(?:\s+\w+)?,?\s+(?:and\s+)?no\s+later(?!\s+than)",
    r"(?:this|it|that)\s+(?:really\s+)?can(?:'t|not)\s+(?:slip|wait|be\s+late|fall\s+through)",
    # "the lineup goes to print and I can't wait any longer on this"
    r"(?:i|we)\s+(?:really\s+|just\s+)?can(?:'t|not)\s+wait\s+any\s+(?:longer|more)",
    r"by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)\s+(?:eod|cob|night|evening)",
    r"by\s+tomorrow\s+(?:night|evening|lunchtime|noon)",
    # the pressure passed on: "Finance is chasing me every hour", "I can't chase this again"
    r"(?:chasing|hounding|hassling|pestering)\s+me\s+(?:every\s+(?:hour|day|minute)|all\s+day|constantly|non-?stop|daily|hourly)",
    r"(?:i\s+)?can(?:'t|not)\s+(?:keep\s+)?chas(?:e|ing)\s+(?:this|it|you|people)\s+(?:again|any\s*more|forever)",
    r"(?:really|badly|urgently)\s+need\s+you\s+to\s+(?:sign|reply|confirm|come|say\s+yes|approve|step\s+in)",
    r"anything\s+helps",
    r"tick[\s-]?tock",
    r"(?:it|that|this)['’]d\s+(?:honestly\s+|really\s+)?mean\s+(?:the\s+world|everything|so\s+much)",
    # their answer booked for them: "so she's expecting to hear from you by Friday"
    r"expecting\s+(?:to\s+hear\s+from\s+you|your\s+(?:call|email|reply|answer))\s+(?:by|on|before)\s+\w+",
    # the favour on a clock: "if you could get it to them by Wednesday that'd be brilliant"
    r"(?:get|send|have)\s+(?:it|this|them)\s+(?:to\s+(?:them|me|us)\s+|over\s+|back\s+|done\s+)?by\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b",
    r"any\s+[\w-]+\s+(?:jobs?|roles?|positions?|work)\s+at\s+all",
    # the sales clock: "Reply TODAY to secure your place before prices go up!"
    r"(?:reply|respond|book|sign\s+up|register|act|enrol|enroll)\s+(?:today|now|tonight)\s+to\s+(?:secure|claim|reserve|grab|get|save)",
    r"before\s+(?:the\s+)?(?:prices?|rates?|fees?)\s+(?:go(?:es)?\s+up|rises?|increases?)",
    # their yes ordered: "just tell me yes tonight"
    r"(?:just\s+)?(?:tell|give)\s+me\s+(?:a\s+)?yes\s+(?:tonight|today|now|asap|by\s+\w+)",
    # their silence not taken for an answer: "I'll keep trying you until we connect"
    r"i(?:['’]ll|\s+will)\s+keep\s+(?:trying|calling|ringing|phoning|emailing|messaging|texting)\s+(?:you\s+)?until\b",
    # "I'll keep at this longer than you can stay busy"
    r"i(?:['’]ll|\s+will)\s+keep\s+at\s+(?:this|it)\s+(?:longer\s+than|until)\b",
    r"(?:so\s+)?you\s+(?:may|might)\s+as\s+well\s+(?:[\w'’]+\s+){1,8}?now\b",
    # a favour needed the same day: "Could you write something for me? The deadline is today."
    r"(?:the\s+)?deadline(?:['’]s|\s+is)\s+(?:today|tonight|tomorrow|in\s+(?:an?|two|three|a\s+few|\d+)\s+hours?)\b",
    r"(?:it['’]s|it\s+is)\s+due\s+(?:in\s+)?(?:today|tonight|tomorrow)\b",
    # their yes promised for them: "You won't regret it"
    r"(?:you|u)\s+(?:won['’]?t|will\s+not|wont)\s+regret\s+it",
    r"i\s+(?:really\s+|badly\s+|seriously\s+)+need\s+(?:the|this|some)\s+(?:money|cash|work|job|shifts?|hours)",
    # the order taken for granted: "We are waiting for your order."
    r"(?:we|i)(?:['’]re|\s+are|['’]m|\s+am)\s+(?:now\s+)?waiting\s+for\s+your\s+(?:order|payment|confirmation|decision)",
)
_PUNCT_RUN = re.compile(r"[!?][!?]+")  # each run matched once (linear); a class first: a fast scan
_PLEA = phrases(
    r"please",
    r"pls",
    r"plz",
    r"help\s+me",
    r"i\s+(?:really\s+)?need",
    r"asap",
    r"anything",
    r"urgent\w*",
    r"beg\w*",
)


@analyzer(
    "desperation",
    severity=Severity.high,
    message="This reads as pressure or pleading.",
    principle=(
        "Desperation repels in networking as it does in dating. Urgency makes your problem "
        "their emergency, and people step back from that."
    ),
    suggestion="Remove the urgency and the pleading; a calm, small ask gets a better answer.",
    examples=[
        yes("Hi Mark, can you get me an interview? Let me know ASAP.", "ASAP"),
        yes("I'm desperate at this point and will take any job at all.", "I'm desperate"),
        yes("Desperate for a start mate, can u put a word in?", "Desperate for"),
        yes("Could you ask your boss? I wait your answer.", "I wait your answer"),
        yes("can u ask ur boss? pls pls dont leave me on read", "pls pls"),
        yes("Can you ask your boss about April? Please brother answer me fast.", "answer me fast"),
        yes(
            "Could you tell me if you take industry candidates? Please answer me until this Friday.",
            "answer me until this Friday",
        ),
        # a spare part "going begging" is free for the taking, not a plea
        yes("Can you send me a contact? Bitte bitte. Let me know today!", "Bitte bitte"),
        yes("Can you put my name in for the job? Tell me by Friday abeg.", "Tell me by Friday"),
        no("If you still need a gearbox, we've got one going begging in the shed."),
        yes(
            "Could you pass me his number? P.S. I really need his number by Tuesday latest.",
            "I really need his number by Tuesday",
        ),
        yes(
            "Could you ask her about the slot? The flyers go to print and I can't wait any longer.",
            "I can't wait any longer",
        ),
        yes(
            "We only have 3 onboarding slots left for December.",
            "only have 3 onboarding slots left",
        ),
        yes("The 40% founding discount expires this Friday.", "discount expires this"),
        no("Could you look it over? Their offer expires on Monday."),
        yes(
            "My contract ended in August and I am struggling very much now.",
            "I am struggling very much now",
        ),
        no("I'm struggling with the pivot tables in this model, any tips?"),
        yes("It is HVAC or maintenance, I'll sweep floors.", "I'll sweep floors"),
        yes("Can you do it tonight? I'll owe you forever.", "I'll owe you forever"),
        no("I'll owe you one for this, thanks!"),
        yes("Please help!!! I need this", "!!!"),
        yes(
            "I should be grateful for your answer by the end of the month.",
            "grateful for your answer by",
        ),
        yes(
            "The printer needs the money soon, so I should be most grateful for an early reply.",
            "grateful for an early reply",
        ),
        yes(
            "Could you check the quote? The client would like an answer before Friday.",
            "like an answer before Friday",
        ),
        yes(
            "My nephew needs a start in the trade. I will tell him to ring you on Monday.",
            "I will tell him to ring you on Monday",
        ),
        yes(
            "Could you sign the form? Please, I really can't lose this place.",
            "I really can't lose this place",
        ),
        yes("Moving on the 19th, need you there from 8. Don't flake", "Don't flake"),
        yes("Reply to this email to grab a slot, they're going fast!", "they're going fast"),
        yes("Please just do this one thing for me.", "Please just do this one thing for me"),
        yes("can u check the trapeze points on thurs?? plsss", "plsss"),
        yes(
            "Training, simulator work, consulting, anything would be of interest.",
            "anything would be of interest",
        ),
        yes(
            "Could you push my file through? You're the only person there I can count on.",
            "You're the only person there I can count on",
        ),
        yes(
            "Can you let me know by Wednesday? I need an answer by then.",
            "let me know by Wednesday",
        ),
        yes("Would you sign on as a reference? We close Friday.", "We close Friday"),
        yes(
            "I look forward to hearing from you at your earliest convenience.",
            "at your earliest convenience",
        ),
        yes("Do share the form at the earliest.", "at the earliest"),
        yes(
            "Can you write me a short letter? Please answer me before Wednesday.",
            "Please answer me before Wednesday",
        ),
        yes(
            "I must have answer until Monday, the customer is very pushing.",
            "I must have answer until Monday",
        ),
        yes("They want a reference, if not I lose the place.", "if not I lose the place"),
        yes(
            "Could you check the drawings? The customer is very pushing.",
            "The customer is very pushing",
        ),
        yes("With due respect I humbly beg to state that I am a goldsmith.", "I humbly beg"),
        yes(
            "Please find attached our price list. We are waiting for your order.",
            "We are waiting for your order",
        ),
        yes(
            "My nephew needs on at your gin for the winter. Have him start Monday.",
            "Have him start Monday",
        ),
        yes("Please brother, only you can save me this time.", "only you can save me"),
        yes("I can do any opening or any work on the floor.", "any opening or any work"),
        yes("I would take cutting, polishing or any other role.", "or any other role"),
        no("Is there any other role you think would suit the team?"),
        no("Please find attached our price list, in case it is useful."),
        no("I'm waiting for your new album like everyone else!"),
        no("I'd lose the place in my book if I stopped now."),
        yes(
            "Need to hear back this week as I'm quoting another job.", "Need to hear back this week"
        ),
        yes("Could you send me the rota, I need it today?", "I need it today"),
        yes("Reply within 24 hours to claim the rate.", "Reply within 24 hours"),
        yes("Book now to lock in this price for 2027.", "to lock in this price"),
        yes(
            "Get Emeka a place in your bank. I know you can do it if you want.",
            "I know you can do it if you want",
        ),
        yes(
            "Come in for £25k? It'd be a drop in the ocean for you haha.",
            "a drop in the ocean for you",
        ),
        yes(
            "I've put you down as my referee, they'll be calling you tomorrow morning.",
            "I've put you down as my referee",
        ),
        yes("Listing you as one of my references btw.", "Listing you as one of my references"),
        yes("i need work bad, our yard shut in May", "need work bad"),
        no("The shed roof needs work badly after the storm."),
        no("Could I put you down as a reference for the Harbor Grill job?"),
        yes(
            "Can you take the kids Thursday? There's literally no one else.",
            "There's literally no one else",
        ),
        yes("If you say no I'm screwed.", "If you say no I'm screwed"),
        no("I finished the marathon and I'm done for the year!"),
        yes("I am writing because I am in dire need of a job.", "in dire need of"),
        yes("Could you send the letter by Monday at the latest?", "by Monday at the latest"),
        yes("No pressure but spaces are filling up fast!!", "spaces are filling up fast"),
        yes("Can you cover me on Friday? Please don't say no.", "Please don't say no"),
        yes("I need a yes or no by 9am tomorrow.", "need a yes or no by 9am tomorrow"),
        yes("You really need to lock this in before Christmas.", "need to lock this in"),
        no("I know you can do it if anyone can, and I'm cheering you on."),
        no("Thanks for being my referee last spring; they loved what you wrote."),
        yes("Could you send the letter? I need it by Friday.", "I need it by Friday"),
        yes(
            "Want a starter kit? It would help me hit my target this month.",
            "help me hit my target",
        ),
        yes("can you help me move? i have literally nobody else", "have literally nobody else"),
        yes("What am I looking for? Honestly, at this point, anything.", "at this point, anything"),
        yes("Can you cover my shift? It's an emergency.", "It's an emergency"),
        yes(
            "Please don't tell me there's nothing available. I'm looking for a marketing role.",
            "Please don't tell me there's nothing",
        ),
        yes(
            "The truth is I feel completely useless. Where do I start?", "I feel completely useless"
        ),
        no("I feel so lucky to have had you as a mentor."),
        no("We build software for emergency and lone-worker response. Could we talk Monday?"),
        yes(
            "Can you cover Friday? I need someone, nobody else is answering.",
            "nobody else is answering",
        ),
        yes("can i borrow ur tent? everyone else has said no", "everyone else has said no"),
        yes(
            "Can I borrow your car tonight? Need to know within the hour",
            "Need to know within the hour",
        ),
        yes("help moving sat? pls don't leave me hanging", "pls don't leave me hanging"),
        yes("Rent's due on the 1st. Please man.", "Please man"),
        # typed without the apostrophe, as texts often are
        yes("reference due 9am. please dont leave me hanging", "please dont leave me hanging"),
        yes(
            "Bumping this again as I haven't heard back on my last three emails.",
            "Bumping this again",
        ),
        no("I haven't heard back from the recruiter yet, so no news on my side."),
        no("We hit our target this month, so drinks are on me."),
        yes(
            "I am searching since 8 months and situation is very difficult for my family.",
            "situation is very difficult for my",
        ),
        yes("This is urgent: can you call me today?", "urgent"),
        no("No rush at all. Whenever you have a moment is fine."),
        no("Congrats on the launch! Huge milestone."),
        no("I've been rubbish at keeping in touch since Bristol, no excuses. How's the bakery?"),
        yes("I need it paid by Monday, no excuses.", "by Monday, no excuses"),
        yes("Invoice 17 is late again. This is getting ridiculous.", "This is getting ridiculous"),
        no("Thanks again for dinner last night!! You two are the best."),
        no("Omg it's been forever!! Are you free for coffee Saturday?? Would love to catch up!!"),
        no("Applications close on Friday, so I wanted to ask before then: would you refer me?"),
        yes("Can you help me find something?? Please!!", "!!"),
        no("I'd love to hear what you're building at Acme."),
        yes(
            "Need you to confirm tonight that you'll be out, otherwise I'll take it as a yes.",
            "Need you to confirm tonight",
        ),
        yes(
            "Shout if that doesn't work, otherwise I'll take it as a yes.", "I'll take it as a yes"
        ),
        no("If you can't make it, I'll take it as a sign to book the bigger room next time!"),
        no("I need you to confirm the address when you get a chance."),
        yes("Spots are limited, so grab yours before Friday!", "Spots are limited"),
        yes(
            "You're one of 50 people we've hand-picked for our private beta.",
            "one of 50 people we've hand-picked",
        ),
        no("Parking is limited at the venue, so the tram is easier."),
        yes("Call me the minute you get this please.", "the minute you get this"),
        yes(
            "Ring me whenever, day or night, I'll have my phone on me.",
            "I'll have my phone on me",
        ),
        no("I'll have my phone off during the ceremony, so text Jo if you're lost."),
        yes("got anything this weekend?? pls reply", "pls reply"),
        yes("ill pay it ALL back when i get paid on the 15th i swear.", "i swear"),
        no("I swear by that bakery on Leith Walk, try the cardamom buns."),
        yes(
            "Let me know soon or I'll give the date to someone else.",
            "or I'll give the date to someone else",
        ),
        yes("We expect to hear back before the January meeting.", "We expect to hear back before"),
        no("Give the spare keys to someone else if I'm late, no stress."),
        yes("I know I'm nobody and you must get a hundred of these a day.", "I know I'm nobody"),
        yes("I know you are busy and I am only a porter.", "I am only a porter"),
        yes("You must be so busy and I'm honestly nobody.", "I'm honestly nobody"),
        no("I'm only a short walk from the venue, so I can bring the urn."),
        yes(
            "It would help a lot and I'll do anything, any part at all.",
            "I'll do anything, any part at all",
        ),
        no("I'd do anything for a slice of that cake you made at Easter!"),
        yes("Please, I need your answer until Sunday.", "need your answer until Sunday"),
        yes("If not, no problem, but tell me before Thursday please.", "tell me before Thursday"),
        yes(
            "Book a fitting before 20 December to secure your place!",
            "before 20 December to secure your place",
        ),
        no("The fittings run until Sunday, so come by whenever suits you."),
        yes("I'm open to basically anything in DS or ML.", "open to basically anything"),
        yes("Can we talk this week? Would mean the world.", "Would mean the world"),
        yes("You're the only one I trust with this.", "You're the only one I trust"),
        no("You're the only one who remembered my birthday, thank you!"),
        yes("They'll call you Monday. Please say good things!", "Please say good things"),
        no("Your note after the funeral meant the world to my mum."),
        yes(
            "I need your letter of support for the bid by Monday, no later.", "by Monday, no later"
        ),
        no("Send it whenever, no later than you'd like."),
        yes(
            "I need the export from your team by Thursday EOD, this can't slip.", "by Thursday EOD"
        ),
        yes(
            "Finance is chasing me every hour, so please just approve it.", "chasing me every hour"
        ),
        yes("The portal closes Tuesday and I can't chase this again.", "I can't chase this again"),
        yes("We really need you to sign up by tomorrow night.", "really need you to sign"),
        yes("Warehouse, security, whatever. Please, man, anything helps.", "anything helps"),
        no("Any tips you have would help, but no rush at all."),
        yes("I'm a band 5 nurse looking for any nursing job at all.", "any nursing job at all"),
        yes("I need to lock my calendar. Tick tock!", "Tick tock"),
        yes("I'm looking for any QA roles at all right now.", "any QA roles at all"),
        yes("Any chance of the support slot? You won't regret it 😂", "You won't regret it"),
        no("I won't regret a single year I spent there."),
        yes("Reply TODAY to secure your place before prices go up!", "Reply TODAY to secure"),
        no("Reply whenever suits; the price stays the same until March."),
        yes("I'll do it for half fee, just tell me yes tonight!", "just tell me yes tonight"),
        yes(
            "Please call me back at 555-0199; I'll keep trying you until we connect.",
            "I'll keep trying you until",
        ),
        yes(
            "Fair warning: I'll keep at this longer than you can stay busy.",
            "I'll keep at this longer than",
        ),
        yes(
            "Could you write me a short reference? The deadline is today.", "The deadline is today"
        ),
        no("The deadline is 15 January, so there is plenty of time."),
        yes(
            "so she's expecting to hear from you by Friday.", "expecting to hear from you by Friday"
        ),
        yes("Could you introduce us? It'd mean the world.", "It'd mean the world"),
        yes(
            "It's due on the 12th, so if you could get it to them by Wednesday that'd be brilliant.",
            "get it to them by Wednesday",
        ),
        yes(
            "can u give me a job?? i really really need the money", "i really really need the money"
        ),
        yes(
            "I know you are very important and busy person and I am nobody, just porter.",
            "I know you are very important and busy person",
        ),
    ],
)
def desperation(ctx: Context) -> Iterator[Hit]:
    # Exclamation marks alone are enthusiasm: they count only on a plea.
    m = DESPERATION.search(ctx.text)
    b = _pleading_bangs(ctx)
    hits = [x for x in (m, b) if x is not None]
    if hits:
        first = min(hits, key=lambda x: x.start())
        yield Hit((first.start(), first.end()))


def _pleading_bangs(ctx: Context) -> re.Match[str] | None:
    """ "!!" or "!!!" on a plea ("Please!!", "I need help!!!"), not on "congrats!!" or an
    eager "would love to catch up!!"."""
    text = ctx.text
    if "!!" not in text and "!?" not in text and "?!" not in text:
        return None  # a run of "!" and "?" with a "!" in it holds one of these pairs
    offers = {o.sentence.start for o in ctx.offers}
    for s in ctx.doc.sentences:
        m = _PUNCT_RUN.search(s.text)
        if m and "!" in m.group() and s.start not in offers and _PLEA.search(s.text):
            return _PUNCT_RUN.search(ctx.text, s.start + m.start())
    return None


@analyzer(
    "over_apologising",
    severity=Severity.low,
    message="You apologise more than once for asking; once is plenty.",
    principle=(
        "Apologising again and again makes a small ask feel heavy and hands the reader the job "
        "of reassuring you. A plain, easy-to-decline ask is already polite."
    ),
    suggestion="Keep the ask and its easy out; drop the extra sorries.",
    examples=[
        yes(
            "Sorry sorry to bother you, but could I borrow your ladder on Sunday? Really sorry!",
            "Sorry sorry to bother you",
        ),
        yes(
            "I hate to ask, and I feel terrible even asking, but could you cover Friday?",
            "I hate to ask",
        ),
        no("Sorry to bother you, but could I borrow your ladder on Sunday?"),
        no("So sorry to hear about your dad. Sorry for the long silence, too."),
    ],
)
def over_apologising(ctx: Context) -> Iterator[Hit]:
    found = list(APOLOGY.finditer(ctx.text))
    if len(found) >= 2:
        for m in found:
            yield Hit((m.start(), m.end()))


@analyzer(
    "vague_ask",
    severity=Severity.medium,
    message="The ask is broad and open-ended, so it is hard to say yes to.",
    principle=(
        "Make it easy to say yes. 'Help me find a job' hands them your problem; 'who are three "
        "people I should talk to?' is something they can answer in a minute."
    ),
    suggestion="Name one small, specific thing they could do in a few minutes, or ask whom they'd suggest you talk to.",
    examples=[
        yes("Could you help me find a job in fintech?", "help me find a job"),
        yes("Please keep me in mind for anything that opens up.", "keep me in mind"),
        yes(
            "Could you introduce me to everybody you know at the county library service?",
            "introduce me to everybody you know",
        ),
        yes(
            "We would be so grateful for any support you can give the choir.",
            "any support you can give",
        ),
        no("Could you introduce me to someone at Brennan Homes who hires site managers?"),
        yes("Could you pass my resume along to whoever is hiring?", "whoever is hiring"),
        yes("Kindly accept my request and guide me for opportunity abroad.", "guide me for"),
        no("Could you forward my resume to whoever is hiring for the die shop in Auburn Hills?"),
        yes(
            "Let me know if there is any way we can work together in the future.",
            "any way we can work together",
        ),
        yes("Would love to pick your brain sometime.", "pick your brain"),
        yes(
            "If you cannot, please help me in finding another supervisor.",
            "help me in finding another supervisor",
        ),
        no("You helped me find a new supervisor last spring, which I still think of."),
        yes("I was wondering if you might know of any openings.", "any openings"),
        yes("Let me know what next steps are.", "what next steps"),
        no("Who are two people on the payments team you'd suggest I talk to?"),
        no("Would you be open to a 15-minute call next Tuesday about the analytics role?"),
        no(
            "Would you write me a letter of recommendation? I'd be glad to send my CV, statement "
            "and anything else that would help."
        ),
        no("Could you refer me? A referral from you would give me the chance to grow in my craft."),
        no("Any advice on the move to Lisbon? Just kidding, I know you are swamped."),
        no("Thanks for all your help last year."),
        no("Could you find half an hour for a coffee and some advice on freelancing?"),
        yes(
            "you know loads of climate people right? could you intro me to a few?",
            "intro me to a few",
        ),
        yes(
            "Would you consider being my mentor and guide me through the whole process?",
            "being my mentor",
        ),
        no("Could you intro me to a few of the founders you mentored at Climatebase: Ana and Rob?"),
        yes(
            "Please, if you have anything at Northgate let me know, I really need this.",
            "if you have anything at",
        ),
        yes(
            "Could you ask your buyers and see if there's any contract work going for me?",
            "if there's any contract work going",
        ),
        yes(
            "I would be most grateful to be considered for any opportunities.", "any opportunities"
        ),
        no("I'd be honoured to be considered for the treasurer's seat."),
        no("This winter we need your help more than ever: please give £50 to keep the beds open."),
        no("I'd be grateful for any advice, even a few lines by email."),
        yes("I'd love to network with you. When are you free?", "love to network with you"),
        yes("I'm a composer, how do i get on ur team bro??", "how do i get on ur team"),
        yes(
            "I would appreciate the chance to speak with you about any openings you may have.",
            "any openings you may have",
        ),
    ],
)
def vague_ask(ctx: Context) -> Iterator[Hit]:
    for ask in ctx.asks:
        # "half an hour for a coffee and some advice" is bounded, however it is worded
        if (
            ask.vague
            and not ask.referral
            and not TIME_BOX.search(ask.sentence.text)
            and not ctx.small(ask)
        ):
            yield Hit(ask.vague)
            return
    if not ctx.asks:
        return
    # "I'll take any job at all" is the ask even when it sits outside the question.
    offers = {o.sentence.start for o in ctx.offers}
    for s in ctx.doc.sentences:
        if s.start in offers or any(a.referral for a in ctx.asks if a.sentence is s):
            continue
        if any(a.sentence is s and (TIME_BOX.search(s.text) or ctx.small(a)) for a in ctx.asks):
            continue
        m = VAGUE.search(s.text)
        if m and not PINNED.search(s.text):
            yield Hit((s.start + m.start(), s.start + m.end()))
            return


MASS_MAIL = phrases(
    r"(?:dear|hello|hi|greetings|good\s+(?:morning|afternoon|day))\s+sir\s*(?:/|or)\s*madam",
    r"dear\s+(?:sir|madam)",
    # a bulk sender's footer pasted in: "To stop receiving these emails, click here to unsubscribe."
    r"(?:click\s+here\s+to\s+)?unsubscribe\b",
    r"to\s+stop\s+receiving\s+(?:these|our|future)\s+(?:e-?mails|messages)",
    r"to\s+whom\s+it\s+may\s+concern",
    r"dear\s+(?:hiring\s+manager|friend|colleague|valued\s+\w+)",
    r"dear\s+recruiter",
    # a merge field's leftovers: "Dear Nora Haldane Representative,"
    r"dear\s+(?:[\w'’.-]+\s+){1,3}representative\b",
    # LinkedIn's stock invitation, sent as is
    r"i(?:'d|\s+would)\s+like\s+to\s+(?:add\s+you\s+to|join)\s+(?:my|your)\s+professional\s+network",
)
_HTML_TAGS = frozenset(
    "a b i p br hr div span script style img em strong u ul ol li table tr td th head body html "
    "title meta link iframe form input button svg video audio code pre h1 h2 h3 h4 h5 h6 "
    "blockquote small sub sup label select option textarea".split()
)


@analyzer(
    "template_residue",
    severity=Severity.high,
    message="Unfilled placeholder or mass-mail marker left in the draft.",
    principle=(
        "Your reputation travels further than you think. A stray [Name] tells the reader they "
        "are one of many, and that is what they will remember."
    ),
    suggestion="Fill in or delete every placeholder, and greet them by name.",
    examples=[
        yes("Hi [Name], I loved your work at [Company].", "[Name]"),
        yes("Hi {first_name}, quick question.", "{first_name}"),
        yes("Dear Sir/Madam, I am writing to apply.", "Dear Sir/Madam"),
        yes("To whom it may concern: I'd like an intro.", "To whom it may concern"),
        yes(
            "Hi Ana, I'd like to add you to my professional network on LinkedIn.",
            "I'd like to add you to my professional network",
        ),
        yes("I admire what <Company> is doing.", "<Company>"),
        yes("I really enjoyed your recent post about [topic], so true.", "[topic]"),
        yes("A quick review would mean a lot: <review link>", "<review link>"),
        yes(
            "Dear Nora Haldane Representative,\n\nI'd like to talk.",
            "Dear Nora Haldane Representative",
        ),
        yes("Hello Sir/Madam, I want to do an internship in your company.", "Hello Sir/Madam"),
        yes(
            "Regards, Brent\n\nTo stop receiving these emails, click here to unsubscribe.",
            "To stop receiving these emails",
        ),
        no("I finally unsubscribed from every newsletter, so your note stood out."),
        no("Hi Ana, I loved your post on <b>bold</b> design [1]."),
        no("Dear Ana, I read your paper on RL [see link]."),
        no("I <3 your podcast, Ana."),
    ],
)
def template_residue(ctx: Context) -> Iterator[Hit]:
    spans: list[tuple[int, int]] = []
    for m in PLACEHOLDER.finditer(ctx.text):
        inner = m.group().strip("<>[]{}% ").lower()
        if (
            m.group().startswith("<")
            and inner.split()[0].strip("/") in _HTML_TAGS
            and not _BLANK_TAG.fullmatch(m.group())
        ):
            continue
        if m.group().startswith("[") and not _looks_like_placeholder(inner):
            continue
        spans.append((m.start(), m.end()))
        break
    mm = MASS_MAIL.search(ctx.text)
    if mm:
        spans.append((mm.start(), mm.end()))
    if spans:
        yield Hit(min(spans))


_BLANK_TAG = re.compile(
    r"<\s*(?:calendar\s+|booking\s+)?link\s*>|<\s*(?:article\s+)?title\s*>", re.I
)

_PLACEHOLDER_WORDS = frozenset(
    "name first last company title role position recipient insert your their team city school "
    "industry date product job field topic event mutual connection".split()
)


def _looks_like_placeholder(inner: str) -> bool:
    return any(w in _PLACEHOLDER_WORDS for w in re.split(r"[\s_]+", inner)) or inner.isupper()


BUDGETS: dict[Channel, tuple[int, str]] = {
    Channel.linkedin_note: (300, "characters"),
    Channel.linkedin: (120, "words"),
    Channel.text: (120, "words"),
    Channel.email: (200, "words"),
    Channel.other: (200, "words"),
}


def overflow_at(text: str, channel: Channel) -> int | None:
    """Offset where the draft runs past the channel's budget, or None if it fits."""
    limit, unit = BUDGETS[channel]
    if unit == "characters":
        return limit if len(text) > limit else None
    return word_offset(text, limit)


@analyzer(
    "too_long",
    severity=Severity.low,
    message="Longer than this channel's budget.",
    principle="Respect their time: a short note gets read, and a long one gets saved for later.",
    suggestion="Cut to one line about them, one about you, one small ask.",
    examples=[
        yes("word " * 201 + "end", "word end", message={"channel": "email"}),
        yes(
            "x" * 295 + " and then some more",
            "then some more",
            message={"channel": "linkedin_note"},
        ),
        no("word " * 150, message={"channel": "email"}),
        no("Short and sweet."),
    ],
)
def too_long(ctx: Context) -> Iterator[Hit]:
    channel = ctx.req.message.channel
    at = overflow_at(ctx.text, channel)
    if at is not None:
        limit, unit = BUDGETS[channel]
        count = len(ctx.text) if unit == "characters" else len(words(ctx.text))
        end = len(ctx.text.rstrip())
        yield Hit(
            (at, max(at + 1, end)),
            f"{count} {unit}; a {channel.value.replace('_', ' ')} should stay under {limit} {unit}.",
        )
