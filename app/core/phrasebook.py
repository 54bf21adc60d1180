"""The phrasebook for asks and offers: the ways people ask, offer, bound, soften and
blow up a request, as word-bounded phrase patterns (``app.core.patterns``).

Data, not logic: ``app.core.asks`` decides what a sentence does with them. Each list
grows from real drafts (the eval sets and blind holdouts); add phrasings here, keep
the alternatives literal-led where possible so they compile into the fast form, and
run ``tests/test_patterns.py``.
"""

from __future__ import annotations

import re

from app.core.patterns import Folded, Gated, phrases

_YOU = r"(?:you|u|ya|thee)"  # "Would thee be willing": a Quaker's plain speech
_ADV = r"(?:\s+(?:please|possibly|maybe|perhaps|kindly|just|also|ever|by any chance))?"

ASK = phrases(
    # modal requests: could you / would you be open to / would you mind
    rf"(?:could|can|would|will|might){_ADV}\s+{_YOU}{_ADV}\s+(?!like\s+(?:me|an?\s+(?:intro|introduction|copy))"
    r"|want\b|use\b|need\b)[a-z]+",
    rf"(?:do|did|would)\s+{_YOU}\s+(?:have|know|mind|think\s+{_YOU}\s+could|happen\s+to\s+know)",
    rf"are\s+{_YOU}\s+(?:hiring|free|available|around|open\s+to|able\s+to|willing|the\s+right\s+person)",
    r"is\s+(?:your\s+(?:team|company|group|org)\s+hiring|there\s+(?:any\s+chance|anyone|someone|a\s+chance))",
    r"are\s+there\s+any\s+(?:openings|roles|positions|opportunities|jobs)",
    r"any\s+chance",
    # "could we have lunch and talk about a place for me there?" (filtered below when social)
    r"(?:could|can|would|might)\s+we\s+(?:have|grab|get|set\s+up|schedule|meet|talk|chat|hop\s+on|find\s+time)",
    # on someone else's behalf: "could he come out with your lads for a week?"
    r"(?:could|can|would|might|may)\s+(?:he|she|they)\s+(?:come|stay|join|shadow|spend|work|visit|tag\s+along|sit\s+in|help\s+out|"
    r"borrow|use|have\s+(?:a|an|the)|do\s+(?:a|an|some))\b",
    # the formal indirect ask: "as Dean, you might be in a position to find this sum"
    r"you\s+(?:might|may|would)\s+be\s+in\s+a\s+position\s+to\s+[a-z]+",
    # a meeting taken as agreed: "Let me know when we can meet to discuss dates."
    r"let\s+me\s+know\s+when\s+(?:we|i)\s+(?:can|could|might)\s+(?:meet|talk|chat|discuss|come\s+(?:in|by|over)|call|sit\s+down)",
    # "Maybe we can have a coffee some day?"
    r"maybe\s+we\s+(?:can|could)\s+(?:have|grab|get|set\s+up|schedule|meet|talk|chat|hop\s+on|find\s+time|do)",
    # a booking link is a request for their time
    r"(?:my\s+)?(?:booking|calendar|calendly|scheduling)\s+link",
    r"book\s+(?:a\s+)?(?:time|slot|call|meeting|demo)\s+(?:with\s+me|on\s+my)",
    r"i\s+need\s+(?:a\s+|an\s+|your\s+)?(?:\w+\s+){0,2}(?:letter|reference|recommendation|referral|intro\w*|signature|help)\s+from\s+you",
    # "My nephew Cody needs on at your gin for the winter": a place for someone, told as a need
    r"needs?\s+(?:on|in|a\s+(?:job|start|place|spot|shift|berth|position))\s+(?:at|with|in|on)\s+(?:your|ur)\b",
    # "I really really need to use your drying room for 10 days"
    r"i\s+(?:really\s+|badly\s+|urgently\s+)*need\s+to\s+(?:use|borrow|have|take|rent)\s+(?:your|ur)\b",
    # "I know you'll want to support such a good cause": the yes presumed, a request still
    r"(?:i\s+know|i(?:'m|\s+am)\s+sure)\s+you(?:'ll|\s+will|'d|\s+would)\s+(?:want\s+to\s+)?(?:support|sponsor|donate|chip\s+in|give)\b",
    # "I'm sure you won't say no to sponsoring two of them", "I trust you will kindly return
    # this favour by recommending Pema": the yes presumed, a request still
    r"(?:i\s+know|i(?:'m|\s+am)\s+sure)\s+you\s+(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:say\s+no|refuse)\s+to\s+[a-z]+",
    r"i\s+trust\s+(?:that\s+)?you\s+will\s+kindly\s+[a-z]+",
    # the formal request in so many words: "I now ask you to recommend our firm to Monsieur
    # Girard", "I kindly request you to forward my file"
    r"i\s+(?:now\s+|therefore\s+|humbly\s+|kindly\s+)?(?:ask|request|beg)\s+(?:of\s+)?you\s+(?:kindly\s+)?to\s+(?:kindly\s+)?[a-z]+",
    # a pitch as a question: "are you in the market for a house?"
    r"are\s+(?:you|u)\s+(?:(?:still|currently)\s+)?(?:in\s+the\s+market\s+for|looking\s+to\s+(?:buy|sell|move\s+house|switch\s+providers))",
    # "We are asking families like yours for £5,000"
    r"(?:we|i)(?:'re|\s+are|'m|\s+am)\s+asking\s+[^.?!\n]{0,40}?\bfor\s+(?:£|\$|€)\s?\d",
    # "I'm sure you'd also be happy to pass my sample translation to your editor"
    r"(?:i\s+know|i(?:'m|\s+am)\s+sure)\s+you(?:'ll|\s+will|'d|\s+would)\s+(?:also\s+)?(?:be\s+(?:happy|glad|delighted)\s+to|not\s+mind)\s+[a-z]+",
    # "I need from you the drawings of the tenor bell profile"
    r"i\s+(?:need|want|require)\s+from\s+you\b",
    # "A word from you recommending our firm would carry considerable weight"
    r"a\s+(?:word|note|line|call|mention)\s+from\s+you\s+(?:recommending|in\s+support|on\s+(?:my|our)\s+behalf|to\s+(?:their|his|her|the))",
    # a subjectless text: "u know anybody hiring?"
    r"(?:you|u|ya)\s+know\s+(?:anybody|anyone|somebody|someone)\s+(?:who(?:'s|\s+is)\s+)?(?:hiring|looking\s+for\s+(?:help|staff|workers|hands))\b",
    # a subjectless text: "Need a job at your depot mate", "Sort me out?"
    r"need\s+(?:a|an)\s+(?:job|start|hand|favour|favor|lift|loan|reference|intro|spot|shift)\s+(?:at|with|in|on|from)\s+(?:your|ur)\b",
    r"(?:sort|hook|fix|set)\s+me\s+(?:out|up)(?=\s*\?)",
    # "If you hear of anybody, just let me know.", "If yuh hear of anybody, just leh me know."
    r"if\s+(?:you|u|yuh|ya)\s+(?:ever\s+)?hear\s+of\s+(?:anyone|anybody|someone|somebody|any\s+buyers?|any\s+clients?)\b",
    # "I'd like Northern Assistance Dogs to lend us one of yours until March"
    r"i(?:'d|\s+would)\s+like\s+(?:you|(?:[\w&'’-]+\s+){1,4}?)\s*to\s+(?:lend|loan|give|send|introduce|refer|sponsor|host|list|add|"
    r"donate|fund|cover|hire|take\s+on|put\s+(?:me|us|my|our))\b",
    # "Anyway I need the contact of your leather supplier in Santa Croce"
    # (or "of the person who decides the Continental Cup coaching licences")
    r"i\s+(?:really\s+|just\s+)?need\s+(?:the|your)\s+(?:contact|number|email|details|address|name)\s+(?:of|for)\s+"
    r"(?:your|ur|the\s+(?:person|man|woman|one|guy|lady|people)\s+(?:who|that|in\s+charge))\b",
    # a request in the Spanish the sender mixes in: "¿tienes algo?"
    r"¿\s*(?:tienes|tiene|tenés|ten[eé]is)\s+algo",
    # a demand with a tag question: "you can put a word in for me at the depot cant you"
    r"you\s+(?:can|could|will|would)\s+(?:just\s+)?[a-z]+\b[^.?!\n]{0,80}?\b(?:can't|cant|couldn't|won't|wont|wouldn't)\s+(?:you|u)\b",
    r"you\s+(?:can|could)\s+(?:put|get)\s+(?:in\s+)?a\s+(?:good\s+)?word\s+in\b",
    # "I'd love to be added to your recommended suppliers list"
    r"i(?:'d|\s+would)\s+(?:love|like|be\s+(?:grateful|delighted|honou?red))\s+(?:to\s+be|if\s+(?:i|we)\s+could\s+be)\s+"
    r"(?:added|included|considered|listed|featured|put\s+forward)\s+(?:to|on|in|for|as)\s+(?:your|one\s+of\s+your)\b",
    # "I would be honoured to work in your kitchen as chef de partie"
    r"i(?:'d|\s+would)\s+(?:love|like|be\s+(?:honou?red|delighted|thrilled|proud))\s+to\s+(?:(?:work|cook|train|intern|start|serve)\s+"
    r"(?:in|at|for|with|on|under|alongside)\s+(?:your|you)|join\s+your\s+(?:team|firm|practice|studio|kitchen|crew|lab|company|staff))\b",
    # "Would it be possible to stay at your place for those nights?"
    r"(?:would|will|is)\s+it\s+(?:be\s+)?(?:possible|ok(?:ay)?|alright|all\s+right|fine|cool)\s+(?:for\s+(?:me|us)\s+)?(?:to|if\s+(?:i|we))\b",
    r"hoping\s+for\s+your\s+(?:kind\s+)?(?:consideration|help|support|assistance|favou?r)",
    # the formal letter's ask: "I write to ask whether you might be prepared to act as one of
    # my referees"
    # (and "I write to ask if Arômes Vallauris can pre-finance 30%", whoever is to do it)
    r"(?:write|writing)\s+to\s+(?:ask|enquire|inquire)\s+(?:whether|if)\s+(?!(?:you|u)(?:'re|\s+are)\s+(?:well|ok|okay|doing)\b)[a-z]\w*",
    r"(?:whether|if)\s+(?:you|u)\s+(?:might|would|could|may)\s+(?:possibly\s+)?be\s+(?:prepared|willing|able|kind\s+enough|so\s+kind\s+as)\s+to\s+[a-z]+",
    # a pidgin "can you": "yu fit put mi nem for di installation work", "you fit help me?"
    r"(?:yu|you|u)\s+fit\s+(?:put|help|give|send|get|find|call|talk|ask|tell|carry|borrow|lend|link|connect|hook|push)\b",
    # the French ask: "je peux encore squatter chez toi du 12 au 16 janvier?", "tu pourrais..."
    r"(?:est-ce\s+que\s+)?(?:je\s+peux|je\s+pourrais|tu\s+peux|tu\s+pourrais|vous\s+pourriez|pourriez-vous|pourrais-tu|peux-tu)\s+"
    r"(?:encore\s+|me\s+|m['’])?[a-zé]\w*",
    # "push our application from inside", "push my file"
    r"(?:uni|ni|tu)?(?:push|fast-?track)\s+(?:our|my)\s+(?:application|file|bid|tender|cv|resume|paperwork|case)\b",
    # "A word from you ndio itasort", "a word from you would open the door"
    r"a\s+word\s+from\s+you\s+(?:would|will|could|can|ndio|is\s+all)\b",
    # "If u hear of anything let me know", "if you hear of owt going let us know"
    r"if\s+(?:you|u|ya)\s+(?:hear|know)\s+of\s+(?:anything|owt|anyfink|something|summat|aught|any\s+\w+)\b[^.?!]{0,30}?"
    r"(?:let\s+(?:me|us)\s+know|give\s+(?:me|us)\s+a\s+(?:shout|call|bell|ring)|tell\s+(?:me|us)|lmk)",
    # "Please put our company in front of her before the 15th"
    r"please\s+(?:put|get|pass|send|forward|introduce|recommend|mention)\s+(?:our|my|me|us)\b",
    # "Put a word in for me?"
    r"(?:put|get)\s+(?:a|in\s+a)\s+(?:good\s+)?word\s+in\s+for\s+(?:me|us)",
    # "My single question is whether the damaged pages are those covering baptisms"
    r"my\s+(?:one|single|only|main|quick|small|little)\s+question\s+(?:is|would\s+be|:)\s*(?:whether|if|how|what|when|where|who|which)\b",
    # "I think maybe you know a shop or a distributor for traditional instruments"
    r"(?:maybe|perhaps)\s+(?:you|u)\s+know\s+(?:a|an|some|any|someone|somebody|anyone|anybody)\b",
    # "perhaps you could share any materials"
    r"(?:perhaps|maybe)\s+(?:you|u)\s+(?:could|might|would\s+be\s+able\s+to|can)\s+[a-z]+",
    # "I NEED a show in your gallery before February"
    r"i\s+need\s+(?:a|an)\s+(?:\w+\s+){1,2}?(?:in|at|with|from)\s+your\b",
    # "Would be nice if you mentioned the restaurant on the show"
    r"(?:(?:it|that)(?:'d|\s+would)|would)\s+be\s+(?:nice|good|great|lovely|cool|helpful|decent)\s+if\s+(?:you|u)\b",
    r"i(?:'d|\s+would)\s+love\s+to\s+(?:come\s+on|be\s+on|join|appear\s+on|guest\s+on|speak\s+at|present\s+at)\s+(?:the|your)\s+(?:show|podcast|panel|stage|event|newsletter|channel)",
    # bare imperatives: "please add me as a connection", "give me a call", "what's your number?"
    r"(?:please\s+)?(?:add|accept)\s+me\s+(?:as\s+a\s+connection|to\s+your\s+(?:network|connections))",
    r"(?:please\s+)?accept\s+my\s+(?:connection\s+|linkedin\s+)?(?:request|invite|invitation)",
    r"give\s+me\s+a\s+(?:call|ring|buzz|shout)",
    r"what(?:'s|\s+is)\s+your\s+(?:number|phone\s+number|cell|mobile)",
    r"(?:you\s+)?(?:need|have|gotta|got)\s+to\s+(?:hook\s+me\s+up|get\s+me|find\s+me|help\s+me)",
    r"(?:are|is)\s+there\s+(?:anyone|someone|people|two|three|a\s+few|a\s+couple)",
    # but "I'm hoping to grow into payments automation next year" is the sender's own plan
    r"(?:was|am|i'm|were)\s+(?:wondering|hoping)(?!\s+to\s+(?:grow|move|become|build|develop|learn|specialise|specialize|"
    r"transition|switch|retrain|qualify|finish|graduate|launch|expand|open|start\s+(?:my|our|a)\b))",
    r"hoping\s+(?:you|to\s+(?:get|ask|borrow|grab|pick|set\s+up|schedule|find))",
    r"i\s+wonder(?:ed)?\s+(?:if|whether)",
    # wants that need the recipient to act
    r"i(?:'d|\s+would)\s+(?:really\s+|so\s+|greatly\s+)?(?:love|like|appreciate|welcome|value|be\s+(?:grateful|thankful|thrilled|honou?red|delighted))"
    r"\s+(?:it\s+if|if|for\s+you|your|any|some|the\s+names?\s+of|a\s+(?:few|quick|short|brief|call|chat|referral|intro|name)|"
    r"an?\s+(?:intro|introduction|referral)|to\s+(?:get|pick|ask|grab|borrow|chat|connect|talk|set\s+up|schedule|meet|"
    r"learn\s+from\s+you|hop|jump|speak|run|find\s+time|book|discuss|show\s+you|walk\s+you|share\s+my|send\s+you\s+my|get\s+your))",
    r"(?:would|will)\s+be\s+(?:much\s+|greatly\s+|really\s+|hugely\s+)?(?:appreciated|grateful|amazing|huge|a\s+huge\s+help)",
    r"it\s+would\s+(?:mean\s+(?:a\s+lot|the\s+world|so\s+much|everything)|be\s+(?:great|amazing|wonderful|incredibly\s+helpful|so\s+helpful|really\s+helpful|huge))"
    r"(?:\s+to\s+me)?\s+if",
    r"i(?:'m|\s+am)\s+(?:grateful|thankful)\s+for\s+any",
    r"grateful\s+(?:for\s+any|if)",
    # "it would be the honour of my life if you would mentor me", "all I need is for you to..."
    r"(?:it\s+would|it'd)\s+be\s+(?:the\s+|an?\s+|my\s+)?(?:greatest\s+|biggest\s+)?(?:honou?r|privilege|dream|pleasure)"
    r"[^.?!\n]{0,30}?\bif\s+you\b",
    r"all\s+i\s+(?:need|want|ask)\s+is\s+(?:for\s+you\s+to|that\s+you)\b",
    # "I am writing to humbly request another recommendation letter from you"
    r"(?:humbly\s+|kindly\s+|respectfully\s+)?request\s+(?:a|an|another|your|one\s+more)\s+(?:\w+\s+){0,2}?"
    r"(?:letter|reference|recommendation|referral|introduction|intro|meeting|favou?r)\b",
    # "I need you to write us a letter of support", "please tell me if you have some project for me"
    r"i\s+need\s+(?:you|u)\s+to\s+[a-z]+",
    r"(?:please\s+)?(?:tell|let)\s+me\s+(?:know\s+)?if\s+(?:you|u)\s+have\s+(?:any|some|a|an)\b",
    # recruiting: "I'm looking for a few motivated mums who want to earn from their phone"
    r"i(?:'m|\s+am)\s+looking\s+for\s+(?:a\s+few|a\s+couple\s+of|some|two|three)\s+(?:\w+\s+){0,2}?"
    r"(?:people|mums|moms|mams|parents|partners|investors|testers|volunteers|ambassadors|reps|women|men)\s+(?:who|to)\b",
    # "Wanted to see if you have 30 mins this week", "just wanted to check whether you'd..."
    r"(?:i\s+)?(?:just\s+)?(?:wanted|want)\s+to\s+(?:see|check|ask|find\s+out)\s+(?:if|whether)\s+(?:you|u)\b",
    # "...and need a character reference. I figured you'd be the best person again."
    r"(?:i\s+)?need\s+(?:a|an|one\s+more|another)\s+(?:\w+\s+){0,2}?(?:reference|referee|recommendation|letter\s+of\s+(?:support|recommendation))\b",
    r"(?:figured|thought|think)\s+(?:that\s+)?you(?:'d|\s+would|'re|\s+are|\s+might\s+be)\s+(?:be\s+)?the\s+(?:best|right|perfect|ideal)\s+person",
    # "I'd love you to come in for £25k", but not "I'd love you to meet Sam" (an introduction)
    r"i(?:'d|\s+would)\s+(?:love|like)\s+(?:for\s+)?(?:you|u)\s+to\s+(?!know\b|hear\b|see\b|meet\b|have\b|keep\b)[a-z]+",
    # "I am writing to request you to kindly refer me"
    r"(?:request|requesting|humbly\s+request)\s+you\s+to\s+(?:kindly\s+|please\s+)?(?:refer|consider|forward|share|help|introduce|recommend|pass|put)",
    # "I humbly request that you kindly write a reference letter on my behalf"
    r"request\s+that\s+you\s+(?:kindly\s+|please\s+)?(?:write|refer|consider|forward|share|help|introduce|recommend|pass|put|provide|sign|review)",
    # imperatives
    r"please\s+(?:just\s+|kindly\s+)?(?:help|let\s+me\s+know|send|introduce|intro|refer|forward|share|consider|connect|put|review|take|look|"
    r"advise|reach\s+out|keep|pass|recommend|get\s+back|call|text|reply|respond|"
    # "please find my resume attached" hands something over; it asks nothing
    r"find(?!\s+(?:[\w'’-]+\s+){0,4}?(?:attached|enclosed|below|herewith))|check|read|sign|vote|support|drop|mention|"
    r"think|remember|tell|ask(?!\s*[.!]*\s*(?:$|\n))|give|make|write|vouch|sponsor|approve|confirm|buy|invest|join|come|attend)",
    r"let\s+me\s+know\s+(?:if\s+(?:you|u)\s+(?:can|could|know|hear|have|are|would|might|see)|what\s+(?:the\s+)?next\s+steps|"
    r"when\s+(?:you(?:'re|\s+are)\s+)?(?:free|available)|your\s+availability|asap|as\s+soon\s+as|whether|if\s+there(?:'s|\s+is)\s+"
    r"(?:an?\s+)?(?:opening|role|position|way\s+(?:you|to)|any)|a\s+(?:good\s+)?time|what\s+you\s+think|your\s+thoughts)",
    r"keep(?:ing)?\s+(?:me|us|my\s+(?:name|resume|cv|profile)|our\s+(?:name|band|act|company|firm))\s+in\s+mind",
    r"keep\s+(?:an\s+eye|your\s+eyes|your\s+ears)\s+(?:out|open)",
    r"keep\s+me\s+posted\s+(?:on|about|if)\s+(?:any|openings|roles)",
    # not the sender's own doing: "I'm happy to send my CV", "I'll forward my portfolio"
    r"(?<!happy\sto\s)(?<!glad\sto\s)(?<!\bi\s)(?<!\bi'll\s)(?<!\bi\swill\s)(?<!\bi\scan\s)"
    r"(?:pass|send|forward)\s+(?:along\s+)?my\s+(?:resume|cv|profile|info|details|name|portfolio)",
    r"(?:put|putting)\s+in\s+a\s+(?:good\s+)?word",
    r"(?:put|get)\s+me\s+in\s+(?:touch|front)",
    r"(?:introduce|intro|connect|refer|recommend|vouch\s+for|hook)\s+me",
    r"get\s+me\s+(?:an?\s+|in|into|on|a\s+job|hired)",
    r"help\s+me\s+(?:find|get|land|with|out|figure|think|understand|navigate|break|make|decide|choose|prepare|reach|connect)",
    r"if\s+(?:you\s+)?(?:hear|know)\s+of\s+(?:anything|any|anyone|something|someone)",
    # "if you know anybody who does catering, send them my way"
    r"if\s+(?:you\s+)?know\s+(?:anybody|anyone|someone|somebody)\s+(?:who|that)\b[^.?!\n]{0,80}?\b(?:send|point|pass)\s+(?:them|him|her)\s+(?:my|our)\s+way",
    r"if\s+(?:anything|something)\s+(?:comes\s+up|opens\s+up|pops\s+up)",
    r"if\s+any\s+(?:opportunit(?:y|ies)|openings?|positions?|roles?|vacanc(?:y|ies))\s+(?:arises?|comes?\s+up|opens?\s+up|becomes?\s+available)",
    # "if there's anything on the Carrington job, even a week, I'll take it"
    r"if\s+there(?:'s|\s+is|\s+are)\s+(?:anything|any\s+(?:work|shifts?|hours|days?))\s+(?:on|at|going|available|coming\s+up)\b",
    r"if\s+you\s+(?:have|get|see)\s+anything(?:\s+(?:at|in|for)\b|\s*[,.!?]|\s+let\s+me\s+know)",
    r"if\s+you\s+(?:could|can\s+(?:help|spare|share|intro|introduce|refer|connect|put|pass|forward|send))",
    r"i\s+need\s+(?:you|your\s+help|your\s+advice|a\s+(?:job|referral|favou?r|reference|recommendation|loan|intro))",
    # a place on their card, rota or bill: "Now I need fight on your card in Feb"
    r"i\s+need\s+(?:a\s+)?(?:fight|bout|slot|spot|place|gig|shift|seat|stall|pitch)\s+(?:on|at|in)\s+(?:your|ur)\b",
    r"(?:ask|asking|need|beg)\s+(?:you\s+)?(?:for\s+)?a\s+(?:small\s+|quick\s+|big\s+|huge\s+)?favou?r",
    r"(?:can|could|may)\s+i\s+(?:ask|get|borrow|grab|pick|have|book|steal|bother|trouble|run|bounce|take|schedule|set\s+up)",
    # their time, paid for: "could I buy you a coffee when I'm in town?"
    r"(?:can|could|may)\s+i\s+(?:buy|take)\s+you\s+(?:a|an|for|out|to|lunch|dinner|breakfast)\b",
    # staying with them, using their things: "could I crash at yours for a week?"
    r"(?:can|could|may)\s+i\s+(?:crash|stay|sleep|kip|doss|park|store|leave\s+my|use\s+your|tag\s+along|come\s+(?:over|stay|by)|swing\s+by)",
    # the same put as a thought: "maybe I could crash there for two weeks while I look?"
    r"(?:maybe|perhaps)\s+i\s+(?:could|can|might)\s+(?:crash|stay|sleep|kip|doss|park|store|borrow|use\s+your|tag\s+along|come\s+(?:over|stay|by))",
    # "Need one more small help from your side", "kindly speak to him once"
    r"(?:need|want|require)\s+(?:one\s+)?(?:more\s+)?(?:small\s+|little\s+|big\s+)?help\s+from\s+(?:your\s+side|you)",
    r"kindly\s+(?:speak|talk|call|ring|put\s+in\s+a\s+word|have\s+a\s+word|check|look|send|share|forward|help|introduce|connect|recommend|refer)\b",
    # seeing their work first-hand: "could I come to watch one day in the clinic?"
    r"(?:can|could|may)\s+i\s+(?:come\s+(?:and\s+|to\s+|in\s+to\s+)?(?:watch|see|observe|shadow|visit|sit\s+in)|shadow|observe|sit\s+in\s+on|watch\s+you)",
    # using their name: "could I give them your name?", "would it be OK if I listed you as a reference?"
    r"(?:can|could|may)\s+i\s+(?:give|pass|share|use|list|put)\s+(?:(?:them|him|her|the\s+\w+)\s+)?(?:your\s+(?:name|number|details|email|contact)|you\s+(?:down\s+)?as)",
    # "They asked for a professional reference. Could I put you down?"
    r"(?:can|could|may)\s+i\s+(?:put|list)\s+you\s+down(?=\s*\?)",
    r"(?:would|will)\s+it\s+be\s+(?:ok|okay|alright|all\s+right|fine)\s+(?:with\s+you\s+)?if\s+i",
    r"(?:can|could|may)\s+i\s+(?:send|email|text|message|dm)\s+you\s+(?:a|an|one|two|three|four|\d+|some|a\s+few|a\s+couple\s+of)\s+"
    r"(?:(?:or\s+\w+\s+)?(?:quick\s+|short\s+|brief\s+|specific\s+|simple\s+)?)?(?:questions?|lines?)",
    r"(?:can|could|may)\s+i\s+(?:send|share|forward)\s+you\s+my\s+(?:resume|cv|portfolio|deck|profile)",
    r"mind\s+if\s+i\s+(?:ask|send|pick|grab)",
    r"(?<!never\s)mind\s+(?:sharing|telling|passing|forwarding|taking|looking|introducing|checking|sending|reading|reviewing|answering|"
    r"putting|giving|making|writing|signing|helping|being|asking|connecting|referring|recommending|covering|lending|swapping)",
    r"(?:which|what)\s+(?:one\s+|\w+\s+)?would\s+you\s+(?:pick|choose|recommend|suggest|prioriti[sz]e|go\s+with)",
    r"worth\s+(?:comparing|exploring|discussing|a\s+\w+)",
    r"(?:grateful|thankful|appreciative)\s+(?:for\s+any|if)",
    # "I would be most grateful to be considered for any opportunities"
    r"(?:grateful|thankful|glad|pleased|delighted|happy|honou?red|keen)\s+to\s+be\s+considered\s+for\s+(?:any|anything|something|whatever|future)\b",
    r"i\s+need\s+(?:any\s+)?(?:work|a\s+job|job|money|help|anything|someone)",
    r"is\s+there\s+(?:any\s+)?way\s+(?:you|u)\s+(?:could|can|might)",
    r"(?:wanted|want|'d\s+like|would\s+like)\s+to\s+ask\s+(?:if|whether|you)",
    r"curious\s+(?:whether|if)\s+(?:you|your|u)",
    r"does\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next\s+week|this\s+week|\w+\s+(?:morning|afternoon))\s+work",
    r"what\s+(?:time\s+|day\s+)?works\s+(?:for\s+you|best)",
    r"(?:could|can|would)\s+your\s+(?:assistant|ea|team|colleague|office|pa)\s+[a-z]+",
    r"get\s+on\s+your\s+radar",
    r"what\s+would\s+it\s+take\s+(?:to|for)",
    r"(?:would|'d)\s+love\s+to\s+(?:work|collaborate|partner)\s+with\s+you",
    r"(?:can|could|may)\s+i\s+(?:propose|pitch|submit|suggest)",
    r"wonder(?:ed|ing)?\s+(?:if|whether)\s+(?:you|u)(?:'d|\s+would|\s+could|\s+might|\s+can)",
    r"(?:if|whether)\s+(?:you|u)(?:'d|\s+would)\s+be\s+(?:willing|able|open|happy|up\s+for)",
    r"(?:you|u)(?:'d|\s+would)\s+consider\s+\w+ing",
    r"(?:writing|reaching\s+out|contacting\s+you)\s+on\s+behalf\s+of\s+[^.?!\n]{0,60}?\s+to\s+(?:ask|request|invite|see\s+if|inquire|seek)",
    r"would\s+be\s+(?:gratefully|warmly|very\s+much|much)\s+(?:received|appreciated|welcomed?)",
    r"invite\s+you\s+to\s+(?:be|speak|join|present|judge|contribute|write|appear|come\s+on|give)",
    r"your\s+(?:company|team|firm|org\w*|office)\s+(?:still\s+)?hiring",
    r"(?:can|could)\s+help\s+me\s+(?:ask\s+around|find|check|look\s+out|refer)",
    r"ask\s+around\s+for",
    r"(?:cud|cld|wud|cn)\s+(?:you|u)\s+[a-z]+",
    r"(?:value|appreciate|love|welcome)\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:\d+|ten|fifteen|twenty|thirty)[-\s]?min(?:ute)?s?",
    # "(I'd) appreciate you passing this on" asks; "I really appreciate you taking the time" thanks
    r"(?:appreciate|grateful\s+for)\s+(?:you|your)\s+(?:keeping|putting|passing|sharing|sending|taking(?!\s+the\s+time)|looking)",
    r"i(?:'d|\s+would)\s+be\s+(?:very\s+|really\s+|more\s+than\s+|so\s+)?(?:happy|glad|delighted|keen|thrilled)\s+to\s+"
    r"(?:have\s+a\s+(?:conversation|call|meeting)|explore)",
    r"i\s+need\s+(?:\w+\s+){0,2}?(?:referrals?|intros?|leads?|clients?|buyers?|customers?)",
    r"send\s+me\s+(?:anyone|anything|any|some|whatever)",
    r"^(?:please\s+)?call\s+me\b",
    r"(?:can|could|shall)\s+we\s+(?:book|schedule|set\s+up|grab|find|hop|jump|get|meet|talk|chat)",
    r"(?:value|appreciate|love|welcome)\s+(?:\d+|a\s+few|ten|fifteen|twenty|thirty)\s+min(?:ute)?s?",
    r"would\s+(?:\d+|ten|fifteen|twenty|thirty|a\s+few)\s+min(?:ute)?s?\b[^.?!\n]{0,50}?be\s+(?:possible|ok|okay|useful|helpful|worth)",
    r"(?:you(?:'d|\s+would)|would\s+you|are\s+you|you(?:'re|\s+are))\s+(?:be\s+)?up\s+for\s+(?:\w+ing|a|an|it|this|that)",
    r"put\s+me\s+(?:forward|up)\s+for",
    r"(?:only|just)\s+fair\s+(?:that\s+)?you",
    # "they need a clinical reference from a preceptor, and you were the first person I
    # thought of" asks; the yearbook that turned up "and you were the first person I thought
    # of" only says so
    r"(?:need|needs|needed|require|requires|looking\s+for|asked\s+for|want|wants)\b[^.?!\n]{0,120}?\byou\s+were\s+the\s+"
    r"(?:first|only)\s+(?:person|one)\s+i\s+(?:thought\s+of|could\s+think\s+of)",
    r"i(?:'d|\s+would)\s+need\s+(?:it|this|that|them|the\s+\w+)\s+(?:done|back|signed|sent|submitted|by|before)",
    r"(?:let\s+me\s+know|tell\s+me)\s+if\s+your\s+(?:team|company|firm|org\w*|group|department|school|lab|office|fund|agency|business|store|shop)\s+(?:is|are|has|might|would|could)",
    r"would\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:\d+[-\s]?min(?:ute)?\s+)?(?:call|chat|meeting|demo|coffee|conversation|catch-?up)\b[^.?!\n]{0,50}?(?:be\s+(?:useful|helpful|of\s+interest|possible|ok|okay|worthwhile)|work)",
    r"(?:[0-9]+[-\s]?min(?:ute)?|quick|small|tiny|little)\s+favou?r\s*(?:[:?—–-]|for\s+you|to\s+ask)",
    # a few other languages people mix in: Tagalog, Portuguese
    r"pwede\s+(?:ba|po|mo|nyo)\b",
    r"pahiram",
    r"(?:voc[eê]|tu)\s+(?:pode|poderia)",
    r"(?:throw|toss)\s+my\s+hat\s+in",
    r"(?:like|love|want)\s+to\s+be\s+considered",
    r"consider\s+me\s+for",
    r"put\s+my\s+name\s+(?:forward|in)",
    r"^any\s+(?:[\w-]+\s+){0,2}?(?:projects?|openings?|roles?|work|gigs?|leads?|jobs?|opportunit\w*|positions?|vacanc\w+)\b[^?\n]{0,80}\?",
    r"(?:please\s+)?(?:kindly\s+)?inform\s+me",
    # "I've given your name as a reference for the Ocado role": a favour taken is still asked
    r"(?:put|listed|named|given|putting|listing|naming|giving)\s+(?:you|your\s+name)\s+(?:down\s+)?as\s+(?:a|my|one\s+of\s+my)\s+(?:references?|referees?)",
    # "Would love to connect and chat about any opportunities you might have"
    r"(?:chat|talk|hear|speak)\s+(?:to\s+you\s+|with\s+you\s+)?about\s+any\s+(?:\w+\s+)?(?:opportunit\w*|openings?|roles?|positions?|vacanc\w+|jobs?)",
    r"(?:are|is)\s+you\s+hearing\s+of",
    r"need\s+(?:you|yuh|u)\s+(?:to|fi)\b",
    r"(?<!i\s)(?<!you\s)need\s+a\s+(?:lift|ride|hand|loan|place\s+to\s+stay|guarantor|co-?signer|sofa|couch)",
    r"(?:begging|beg)\s+(?:you|u|yuh)\b",
    r"(?:please|pls|kindly)\s+do\s+the\s+needful",
    r"expect\s+you\s+to",
    r"(?:begging|beg|asking|urging|counting\s+on)\s+you\s+to",
    # "I need your answer by Thursday" presses on a request made elsewhere: pressure, no ask
    r"i\s+need\s+(?:an?|the|that|two|three|some|\d+|your)\s+(?:intros?|introductions?|referrals?|references?|letters?|favou?rs?|reco\w*|signature|sign-?off)",
    r"(?:need|want)\s+(?:that|the|your)\s+(?:reference|letter|intro|signature|feedback|review|sign-?off)",
    r"be\s+worth\s+(?:your|a)\s+(?:time|while|look)",
    r"(?:call|chat|meeting|demo|coffee)\s+[^.?!\n]{0,30}?be\s+worth",
    r"kindly\s+(?:give|grant|provide|consider|help|share|let|send|do|forward|refer|guide|advise|assist|suggest|tell|inform|revert)",
    r"least\s+you\s+(?:can|could)\s+do\s+is",
    r"you\s+won(?:'t|\s+not)\s+mind\s+\w+ing",
    r"(?:intro|introduction|referral)\s+to\s+your\s+\w+[^.?!\n]{0,60}\?",
    r"(?:me\s+)?puedes\s+(?:recomendar|ayudar|presentar)",
    r"quer[ií]a\s+saber\s+si",
    r"(?:would|'d)\s+(?:really\s+|greatly\s+|so\s+|truly\s+)?(?:appreciate|welcome|value|love)\s+(?:any|some|your|it\s+if|if|an?)(?=\s)",
    r"(?:please|kindly)\s+(?:revert|reply|respond|get\s+back)",
    r"revert\s+back",
    r"i(?:'m|\s+am)\s+(?:reaching\s+out|writing|messaging|contacting\s+you)\s+(?:to\s+(?:ask|see\s+if|request|inquire)|because\s+i(?:'m|\s+am)\s+(?:looking|hoping))",
    r"i(?:'m|\s+am)\s+(?:currently\s+|now\s+|actively\s+)?(?:looking\s+for|searching\s+for|hunting\s+for|seeking)\s+(?:a\s+|an\s+|my\s+|new\s+|some\s+)*"
    r"(?:job|role|position|opportunit\w*|referral|intro\w*|work|gig|next\s+(?:role|step|thing|chapter|opportunity))",
    r"pick\s+(?:your|ur|you)\s+brain",
    r"(?:book|schedule|set\s+up|hop\s+on|jump\s+on|get\s+on|grab)\s+(?:a\s+)?(?:quick\s+|short\s+|brief\s+|\d+[-\s]?min(?:ute)?\s+)?(?:call|demo|meeting|chat|zoom|time)",
    r"worth\s+a\s+(?:quick\s+|short\s+)?(?:chat|call|conversation|look)",
    r"open\s+to\s+(?:a\s+)?(?:quick\s+|short\s+|brief\s+)?(?:chat|call|demo|conversation|meeting|intro|referral)",
    r"(?:who|whom)\s+(?:else\s+)?(?:would|do|should|could|might)\s+(?:you|i)\s+(?:suggest|recommend|think|talk|speak|reach)",
    r"what\s+would\s+you\s+(?:suggest|recommend|advise|do)",
    r"(?:any|some)\s+(?:advice|tips|leads|pointers|guidance|intros|introductions|referrals|suggestions)\s+(?:would|you\s+(?:can|could|might|have))",
    r"(?:check\s+out|take\s+a\s+look\s+at|look\s+over|review|read)\s+my\s+(?:resume|cv|portfolio|profile|deck|site|website|work|draft|app|startup|product)",
    r"(?:share|give\s+me)\s+(?:your|any|some)\s+(?:thoughts|feedback|input)",
    r"(?:sign\s+up|subscribe|buy|invest|donate|contribute)\s+(?:for|to|in)\b",
    # "register for the workshop", but not "the parish register for 1850 to 1856"
    r"register\s+(?:for|to|in)\s+(?:the|our|my|this|a|an|it|one)\b",
    r"who(?:'s|\s+is)\s+the\s+(?:right|best)\s+person",
    r"send\s+(?:me|over)\s+(?:the|your|a|an|those|that|some)",
    r"(?:need|want)\s+(?:your|a)\s+(?:help|advice|referral|intro|introduction)",
    r"could\s+use\s+(?:your|some)\s+(?:help|advice|guidance)",
    # "how do i get on ur team?"
    r"how\s+(?:do|can|could|would|might)\s+i\s+(?:get\s+(?:on|onto|into)|join|be\s+(?:on|part\s+of)|work\s+(?:for|with))\s+"
    r"(?:your|ur)\s+(?:team|crew|company|firm|studio|roster|books|staff|list)",
    # "I NEED that New Year's Eve slot": a place on their bill, their books, their rota
    r"i\s+(?:really\s+|just\s+|so\s+)?need\s+(?:that|the|your)\s+(?:[\w'’-]+\s+){0,4}?(?:slot|spot|gig|booking|booth|pitch|shift|stall)\b",
    # "I need the Q3 churn export from your team by Thursday"
    r"i\s+need\s+(?:the|a|an|your|that)\s+[^.?!\n]{1,40}?\s+from\s+(?:you|u|your|ur)\b",
    # money asked for in figures: "could Hennessy & Cole put in £2,000", "A gift of £750 would fund"
    r"(?:put\s+in|chip\s+in|donate|pledge|contribute|give|sponsor\s+us\s+for)\s+(?:£|\$|€)\s?\d",
    r"(?:a|your)\s+(?:gift|donation|contribution|pledge)\s+of\s+(?:£|\$|€)\s?\d",
    r"(?:or\s+)?(?:whatever|anything)\s+you\s+(?:can|could)\s+(?:spare|give|afford|manage)",
    # a subjectless text: "Tom, need the baler again Saturday"
    r"(?<![\w'’])need\s+(?:the|your|ur)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:again|back|tomorrow|today|tonight|"
    r"this\s+(?:week(?:end)?|[a-z]+day)|on\s+[a-z]+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    # "I'd really like to be on your recommended suppliers list"
    r"i(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:love|like)\s+to\s+be\s+(?:on|in|part\s+of)\s+(?:your|ur)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:list|books|roster|panel|team|register|directory|lineup|line-up|bill|programme|program)\b",
    # "I would appreciate the chance to speak with you about your company"
    r"(?:appreciate|value|welcome|love|like)\s+the\s+(?:chance|opportunity)\s+to\s+(?:speak|talk|chat|meet|connect|learn\s+from)\s+(?:with\s+|to\s+)?you",
    # "Honestly you could just recommend me"
    r"you\s+could\s+(?:just\s+|simply\s+)(?:recommend|refer|hire|introduce|put|vouch|take\s+me\s+on)",
    # "I'd love to network with you"
    r"(?:love|like|want)\s+to\s+network\s+with\s+you",
)

OFFER = phrases(
    rf"(?:would|do)\s+{_YOU}\s+(?:like|want)\s+(?:me\s+to|an?\s+(?:intro|introduction|copy|referral|hand)|the\s+(?:deck|link|notes|slides|recording|template))",
    r"(?:^|you\s+)(?:want|need)\s+(?:me\s+to|an?\s+(?:intro|introduction|hand|copy|referral))",
    r"would\s+(?:it|that)\s+(?:help|be\s+(?:useful|helpful))\s+(?:if\s+i|to\s+(?:have|get|see))",
    r"(?:happy|glad|delighted|keen|pleased|more\s+than\s+happy)\s+to\s+(?!chat\b|extend\b|expand\b|grow\b|develop\b|improve\b|"
    r"share\s+more\s+about\s+(?:our|my)|tell\s+you\s+more\s+about\s+(?:our|my)|show\s+you\s+(?:our|my|how\s+(?:we|our))|talk\b|hop\b|jump\b|meet\b|hear\b|connect\s+(?:sometime|soon)|"
    r"answer\s+any|provide\s+(?:more|any|additional)|discuss\b|learn\b|speak\b|consider\b|relocate\b|"
    r"have\s+a\s+(?:conversation|call|chat|meeting)|explore\b|start\b|take\s+(?:on|any|a\s+(?:step\s+down|pay\s+cut|cut|junior|lower|more\s+junior|contract|temp))\b|"
    r"commute\b|travel\b|retrain\b|get\s+into\b|break\s+into\b|land\b|"
    r"join\b|work\s+(?:at|for|with)\b|move\s+into\b|find\b|be\s+considered\b)[a-z]+",
    # a gift or an invitation: "I would be honoured if you would accept two tickets to my
    # lecture-recital"
    r"(?:honou?red|delighted|pleased|glad|happy)\s+(?:if|for)\s+you\s+(?:would|to|could|will)\s+(?:accept|take|have)\s+"
    r"(?:two|three|four|a|an|my|our|some|\d+|the)\s+(?:[\w-]+\s+){0,2}?(?:tickets?|passes|seats?|copies|copy|gift|invitations?|places?|bottles?)",
    rf"would\s+{_YOU}\s+(?:like\s+to\s+)?accept\s+(?:two|three|four|a|an|my|our|some|\d+)\s+(?:[\w-]+\s+){{0,2}}?(?:tickets?|passes|seats?|copies|copy|gift|invitations?|places?|bottles?)",
    # what the sender puts on the table: "We can offer a £150 fee"
    r"(?:i|we)\s+(?:can|could|would|will)\s+(?:offer|pay|cover)\s+(?:you\s+)?(?:a|an|the|your|£|\$|€|\d)",
    # a lead passed on with the sender's name behind it: "say I sent you", "mention my name"
    r"(?:say|tell\s+(?:them|her|him))\s+(?:that\s+)?i\s+sent\s+you",
    r"(?:mention|drop|use)\s+my\s+name",
    # a call offered to their people is help, not a pitch: "happy to jump on a call with your IT folks"
    r"(?:happy|glad)\s+to\s+(?:jump|hop|get)\s+on\s+(?:a\s+)?(?:quick\s+)?(?:call|zoom|video\s+call|teams\s+call)\s+with\s+(?:your|you\s+and\s+your)\s+",
    r"(?:would|will|'d|can|could|and)\s+(?:happily|gladly)\s+[a-z]+",
    r"i(?:'d|\s+would)\s+(?:happily|gladly)\s+[a-z]+",
    r"(?:sending|send|sent|pass(?:ing)?|forward(?:ing)?|point|pointing|steer|refer(?:ring)?)\s+(?:[\w'’-]+\s+){0,6}?your\s+way",
    r"(?:and|&)\s+(?:can|could|will)\s+(?:send|share|intro|introduce|connect|pass|forward|lend)\s+you",
    # a subject dropped, as in Singapore or a quick text: "Can link you two up if you want"
    r"(?:^|(?<=[.!?]\s))can\s+(?:link|connect|intro|introduce|put)\s+(?:you\s+(?:two|both)|you\s+guys|the\s+two\s+of\s+you)",
    r"(?:in\s+case|if)\s+(?:it(?:'s|\s+is|'d\s+be|\s+would\s+be)|they(?:'re|\s+are)|that(?:'s|\s+is|'d\s+be|\s+would\s+be)|this\s+is)\s+"
    r"(?:ever\s+)?(?:useful|helpful|handy|of\s+(?:any\s+)?(?:use|interest|help))",
    r"(?<!resume\s)(?<!cv\s)(?<!portfolio\s)(?<!application\s)(?:is|are)\s+attached",
    r"attached\s+(?:below|here)",
    r"here\s+it\s+is",
    r"(?:found|dug\s+up|tracked\s+down)\s+(?:the|that)\s+(?:[\w-]+\s+){0,2}(?:article|paper|link|post|piece|study|report|video|podcast|recipe|book)",
    r"(?<!click\s)(?<!follow\s)(?<!use\s)(?<!visit\s)(?<!open\s)(?:the|a|my)\s+(?:link|table|list|notes?)\s+(?:is\s+|are\s+)?below",
    r"(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:sent|shared|posted|put\s+together|pulled\s+together|compiled|drafted)\s+(?:you\s+)?"
    # "the email I sent a few weeks ago" says when, not what is given
    r"(?:a(?!\s+(?:few|couple|while|week|month|year|day)\b)|an|the|some|it|them|this(?!\s+(?:week|month|morning|year)\b)|our)",
    r"(?:(?:i|we)(?:'ve|\s+have)?|and)\s+(?:already\s+|just\s+)?attached\s+(?!my\s+(?:resume|cv|portfolio))(?:a|an|the|some|two|three|four|five|\d+|it|them|this|these|those)\b",
    r"if\s+[^.?!\n]{0,60}?\bneeds?\s+a\s+(?:second|fresh|extra)\s+(?:pair\s+of\s+eyes|set\s+of\s+eyes|hand|opinion)",
    r"(?:would|'d)\s+love\s+to\s+(?:shoot|design|build|write|edit|make|cook|bake|photograph|paint|fix|cover|run|host|review|proofread)\b[^.?!\n]{0,60}?\bfor\s+(?:you|your)\b",
    r"it(?:'s|\s+is)\s+attached",
    r"if\s+(?:you|u|ya)\s+want\s+(?:it|them|one|a\s+copy|the\s+\w+)",
    r"(?:she|he|they|you)(?:'s|\s+is|'re|\s+are)\s+welcome\s+to\s+(?:it|them|keep\s+it|have\s+it)",
    r"in\s+it\s+for\s+(?:you|ya|u|yuh)",
    r"dropped\s+(?:off\s+)?(?:the|a|an|some|my|our)\s+[\w'’\s]{0,30}?\s+(?:round|over|at)\s+(?:yours|your\s+place)",
    r"(?:put|left|placed|stacked)\s+(?:a\s+(?:stack|pile|few)\s+of\s+)?your\s+(?:menus|flyers|cards|leaflets|posters|business\s+cards|brochures)",
    r"(?:hung|displayed|put\s+up)\s+(?:it|them|your\s+\w+)\s+in\s+(?:the|my|our)\s+(?:shop\s+|front\s+)?window",
    r"here(?:'s|\s+is|\s+are)\s+the\s+[\w-]+\s+(?:i|we)\s+(?:wrote|made|used|put\s+together|built|drafted|compiled)",
    # gifts already given: "I mailed a set of picture books", "dropped a lasagna with your neighbour"
    r"(?:i|we)(?:'ve|\s+have)?\s+(?:mailed|posted|dropped(?:\s+off)?|ordered|printed|framed|packed|scanned)\s+"
    r"(?:you\s+)?(?:a|an|the|some|two|three|\d+|those|these|it|them|this|that)\b",
    # "I've saved you a seat", "I've saved the article for you", not "I've saved some money"
    r"(?:i|we)(?:'ve|\s+have)?\s+saved\s+(?:you\s+(?:a|an|the|some)\b|(?:a|an|the|some|it|them)\s+[^.?!\n]{0,40}?\bfor\s+(?:you|your)\b)",
    r"(?:put|set|kept|saved|held)\s+(?:\w+\s+){0,2}?aside\s+(?:for\s+you|under\s+your\s+name)",
    r"(?:they|it|these|those|that|this)(?:'re|\s+are|'s|\s+is)\s+yours\s+(?:if|to\s+keep|whenever|for\s+the\s+asking)",
    r"yours\s+to\s+keep",
    r"(?:drinks|dinner|lunch|brunch|breakfast|coffee|beers?|food|pizza|tacos|burgers|ramen|sushi|curry|cake|the\s+first\s+round|next\s+round|this\s+one|it)(?:'s|\s+is|\s+are)?\s+on\s+me",
    r"(?:coffee|lunch|dinner|drinks|beers?|breakfast)(?:'s|\s+is|\s+are)?\s+my\s+treat",
    r"my\s+treat",
    r"(?:you(?:'re|\s+are)|ur)\s+(?:invited|coming)\s+to\s+(?:the|my|our)",
    r"bring\s+you\s+(?:back\s+)?(?:a|some|the)\b",
    r"(?:is|are)\s+expecting\s+your\s+(?:email|call|message|note)",
    r"(?:told|let)\s+(?:her|him|them)\s+(?:know\s+)?(?:that\s+)?you\s+(?:might|may|will|would)\s+(?:be\s+in\s+touch|reach\s+out|get\s+in\s+touch|call|email)",
    r"(?:you(?:'re|\s+are)|they(?:'re|\s+are)|(?:is|are))\s+(?:always\s+|most\s+|very\s+)?welcome\s+(?:here|to\s+(?:stay|visit|come|use|join|borrow))",
    r"(?:shared|posted|circulated|forwarded|passed)\s+(?:the|your)\s+(?:listing|job\s+post(?:ing)?|role|opening|vacancy|ad)\s+(?:with|to|on|in|around)",
    r"(?:is|are)\s+yours\s+for\s+as\s+long\s+as",
    r"in\s+case\s+you\s+(?:want|need|'d\s+like)\s+(?:it|them|one|a\s+copy|those|these)",
    r"(?:put|uploaded|saved|collected|gathered)\s+(?:them|it|those|these|everything|all\s+\w+)\s+(?:in|on|into|to)\s+"
    r"(?:a|the|one)\s+(?:shared\s+)?(?:album|folder|drive|doc|document|spreadsheet|sheet)",
    r"(?:i(?:'ll|\s+will)\s+|i(?:'m|\s+am)\s+)?bring(?:ing)?\s+(?:you\s+)?(?:the\s+|some\s+|a\s+)?(?:good\s+|nice\s+)?"
    r"(?:coffee|snacks|food|lunch|dinner|cake|beer|wine|treats|donuts|doughnuts|pizza|drinks|biscuits|cookies)",
    # offers made conditional on their use: "if it helps, I can send the teardown", "I could
    # come and talk to your students, if that would help"
    r"if\s+(?:it|that|this)\s+(?:helps|would\s+help|might\s+help|is\s+useful|would\s+be\s+useful)[,;]?\s+"
    r"(?:i|we)\s+(?:can|could|will|would|'ll|'d)\s+(?!send\s+(?:you\s+)?my\s+(?:resume|cv|portfolio|profile))",
    r"(?:i|we)\s+(?:can|could)\s+(?:send|share|come|bring|introduce|intro|connect|lend|cover|run|host|review|drop|talk|walk|"
    r"put\s+together|pass)\b[^.?!\n]{0,120}?,?\s+if\s+(?:it|that|this)\s+(?:would|might|could)\s+(?:help|be\s+useful|be\s+helpful)",
    r"if\s+you\s+(?:ever\s+)?need\s+(?:someone|anyone|anything|a\s+hand|help|a\s+ride|a\s+sounding\s+board)",
    # "if there is anything your shop in Scarborough needs from the North ... I will arrange it"
    r"if\s+there(?:'s|\s+is)\s+anything\s+(?:you|your\s+(?:[\w-]+\s+){1,5}?)(?:ever\s+)?needs?\b",
    r"if\s+(?:you|your\s+\w+)\s+(?:ever\s+)?needs?\s+(?:help|a\s+hand|support)\s+with",
    # a thank-you in kind for a favour: "Pizza and beers after, obviously."
    r"(?:pizza|beers?|drinks|dinner|lunch|takeaway|curry|tacos|food)(?:\s+(?:and|&)\s+(?:pizza|beers?|drinks|wine|snacks))?,?\s+"
    r"(?:after(?:wards)?|on\s+the\s+day)\b",
    r"if\s+you\s+(?:ever\s+)?(?:want|need)\s+(?:a|an|some|my|another|more|an\s+extra)\s+(?:sanity\s+check|second\s+opinion|hand|intro|review|ride|copy|reference|sounding|"
    r"volunteers?|helpers?|pair\s+of\s+hands|mentors?|speakers?|judges?|reviewers?|testers?)",
    r"i(?:'m|\s+am)\s+free\s+(?:in|on|to|any)",
    r"(?:love|like|happy|want)\s+to\s+offer\s+you",
    r"offer\s+you\s+(?:a|an|the)\b",
    r"i\s+(?:can|could)\s+get\s+(?:you|our|my|someone|one\s+of)",
    r"(?:just\s+)?say\s+the\s+word",
    r"(?:the\s+)?(?:usual\s+)?offer\s+stands",
    r"it(?:'s|\s+is)\s+yours",
    r"as\s+a\s+thank[-\s]you",
    r"(?<!question\s)(?<!questions\s)(?<!favor\s)(?<!favour\s)(?<!ask\s)in\s+return",
    r"throw\s+in",
    r"i(?:'ll|\s+will)\s+(?:happily\s+)?(?:fill|return|bring|treat|shout|cook|proofread|review|edit|read|check|look\s+at|cover|watch|feed|"
    r"water|walk|handle|host|drive|pick\s+up(?![^.?!\n]{0,30}\b(?:on\s+the\s+job|as\s+i\s+go|quickly|fast)\b)|"
    r"owe\s+you|buy|send\s+you\s+(?:the|a|our|some)|drop)",
    r"(?:bring|drop)\w*\s+(?:it|them|one)\s+(?:off|over|by)",
    # what the sender would pay for in return: "I'd cover groceries obviously"
    r"i(?:'d|\s+would)\s+(?:happily\s+|gladly\s+|of\s+course\s+)?(?:cover|pay\s+for|chip\s+in\s+for|buy\s+(?:the|your|all\s+the))\s+(?:the\s+|all\s+the\s+|your\s+)?(?:groceries|food|petrol|gas|fuel|bills?|costs?|drinks|dinner|lunch|rent|tickets?)\b",
    r"would\s+(?:a|an|it|that|this)\s+(?!(?:quick\s+|short\s+|brief\s+)?(?:\d+[-\s]?min(?:ute)?\s+)?(?:call|chat|meeting|demo|coffee|conversation)\b)"
    r"[^.?!\n]{0,50}?be\s+(?:useful|helpful|of\s+(?:use|interest))",
    r"want\s+(?:it|them|one|the\s+\w+)\?",
    r"i\s+(?:can|could|will|'ll|'d\s+be\s+able\s+to)\s+(?:kindly\s+|happily\s+|gladly\s+)?(?:intro|introduce|connect\s+you|send\s+you|share|help|make\s+an?\s+intro|put\s+you|review\s+your|"
    r"pass\s+(?:it|this|your)|forward\s+(?:it|this|your)|offer|lend|give\s+you|walk\s+you|show\s+you|set\s+you\s+up|loop\s+you|host|"
    r"recommend\s+you|vouch\s+for\s+you|be\s+a\s+reference)",
    r"i(?:'d|\s+would)\s+(?:be\s+)?(?:love|happy|glad)\s+to\s+(?:help|intro|introduce|connect\s+you|return\s+the\s+favou?r|share|send\s+you)",
    r"let\s+me\s+know\s+if\s+(?:i|there(?:'s|\s+is)\s+anything\s+i|you(?:'d|\s+would)\s+like|you\s+(?:ever\s+)?need|you\s+want|"
    r"it(?:'d|\s+would)\s+help|that(?:'d|\s+would)\s+(?:help|be\s+useful)|(?:this|that|it)\s+(?:helps|is\s+useful))",
    # "Please tell me if any further materials would help": more from the sender, on request
    r"(?:tell\s+me|let\s+me\s+know)\s+(?:if|whether)\s+(?:any|anything|there(?:'s|\s+is)\s+anything)\b[^.?!\n]{0,40}?\b(?:would|could|might|will)\s+(?:help|be\s+useful)",
    r"(?:is\s+there\s+)?anything\s+(?:at\s+all\s+)?i\s+(?:can|could|might)\s+(?:do|help)",
    r"how\s+(?:can|could|might|may)\s+i\s+(?:help|be\s+(?:helpful|useful|of\s+help)|support|return)",
    r"what\s+(?:can|could)\s+i\s+do\s+(?:for|to\s+help)",
    r"what\s+would\s+be\s+(?:most\s+|more\s+)?(?:useful|helpful)(?:\s+(?:to|for)\s+you)?",
    r"how\s+(?:i|we)\s+(?:can|could|might)\s+(?:help|be\s+(?:helpful|useful)|support)",
    r"if\s+i\s+can\s+(?:ever\s+)?(?:help|be\s+(?:of\s+)?(?:help|use|useful))",
    r"pay\s+(?:it|that|this)\s+forward",
    r"(?:my\s+door\s+is\s+(?:always\s+)?open|feel\s+free\s+to\s+(?:reach\s+out|ping|lean\s+on|use|grab|borrow))",
    r"(?:thought|figured)\s+(?:you(?:'d|\s+would|\s+might)|this\s+might|it\s+might)\s+(?:like|enjoy|find|appreciate|want|be\s+useful|be\s+helpful|help|interest)",
    r"(?:thought|think)\s+of\s+(?:you|your)\b",
    r"here(?:'s|\s+is|\s+are)\s+(?:a|an|the|some|my|our)\s+(?:[\w-]+\s+){0,3}?(?:link|article|paper|post|resource|list|deck|template|recording|notes|"
    r"summary|intro|writeup|write-up|study|report|guide|doc|video|benchmark|checklist|playbook|dataset|slides)",
    r"(?:i|and|we)\s+(?:could|can)\s+help\s+(?:with|out)",
    r"(?:could|can)\s+(?:run|host|give|hold|arrange|set\s+up|lead|organi[sz]e)\s+(?:a|an|the)\s+[^.?!\n]{0,60}?(?:for|at|with)\s+(?:you|your)",
    r"i(?:'ve|\s+have)?\s+(?:attached|enclosed|included)\s+(?:a|an|the|some)\s+(?!resume|cv)",
    r"(?:saw|came\s+across|found|read)\s+(?:this|an?\s+\w+)[^.?!\n]{0,60}(?:thought\s+of\s+you|made\s+me\s+think\s+of\s+you|reminded\s+me\s+of\s+you)",
    r"if\s+you(?:'re|\s+are)\s+(?:ever\s+)?(?:hiring|looking\s+for|in\s+need)",
    r"(?:want|like)\s+me\s+to\s+(?:intro|introduce|connect|send|share|put)",
    r"i(?:'ll|\s+will|\s+can)\s+(?:happily\s+|gladly\s+)?(?:take\s+(?:your|one\s+of\s+your|the\s+next)|cover|handle|buy|pay\s+for|trade|swap|make\s+it\s+up|return\s+the|"
    r"send\s+you|share|intro|introduce|help\s+you|owe\s+you)",
    r"(?:can|could|shall|should|may)\s+i\s+(?:send|share|forward|pass)\s+(?:you|along)\s+(?!my\s+(?:resume|cv|portfolio|deck|profile))"
    r"(?!(?:a|an|one|two|three|\d+|some|a\s+few|a\s+couple\s+of)\s+(?:(?:quick|short|brief|specific|simple|small|single)\s+)?(?:questions?|lines?\s+of\s+questions))",
    r"(?:can|could|shall|should|may)\s+i\s+(?:intro|introduce|connect)\s+you",
    # "For our part, we can share the 2019-2026 district-level incidence series"
    r"for\s+(?:our|my)\s+part,?\s+(?:i|we)\s*(?:can|could|would|will|'d|'ll)\b",
    r"we(?:'ll|\s+will|\s+can|\s+could)\s+(?:happily\s+|gladly\s+)?(?:share\s+(?:our|the|a)|send\s+you|intro|introduce\s+you|help\s+you)",
    # "Shall I mail them to you, or would you like prints by post?": the choice is theirs, the
    # giving is the sender's
    r"(?:shall|should|can|may)\s+i\s+(?:mail|post|send|bring|drop|email|forward|courier|scan)\s+"
    r"(?:it|them|these|those|this|that|the\s+\w+|a\s+copy|copies)(?:\s+(?:over|round|off|in))?\s+(?:to\s+you|over)?"
    r"(?:\s*,?\s*or\s+would\s+you\s+(?:like|prefer|rather))?",
)

# Something the sender can do for them: "what can I do for you?"
HOW_TO_HELP = phrases(
    r"(?:is\s+there\s+)?anything\s+(?:else\s+)?(?:at\s+all\s+)?i\s+(?:can|could|might)\s+(?:do|help)",
    r"how\s+(?:can|could|might|may)\s+i\s+(?:help|be\s+(?:helpful|useful|of\s+help)|support)",
    r"what\s+(?:can|could)\s+i\s+do\s+(?:for|to\s+help)",
    r"how\s+(?:i|we)\s+(?:can|could|might)\s+(?:help|be\s+(?:helpful|useful)|support)",
    r"let\s+me\s+know\s+if\s+(?:i\s+can|there(?:'s|\s+is)\s+anything\s+i)",
    r"if\s+(?:there(?:'s|\s+is)\s+(?:ever\s+)?anything|i\s+can\s+ever)\s+(?:i\s+can\s+)?(?:do|help|be)",
    r"(?:happy|glad)\s+to\s+return\s+the\s+favou?r",
    r"what(?:'s|\s+is|\s+are)\s+(?:the\s+)?(?:biggest\s+)?(?:challenges?|priorities|problems?)\s+(?:you(?:'re|\s+are)|on\s+your)",
    r"what\s+would\s+be\s+(?:most\s+|more\s+)?(?:useful|helpful|valuable)\s+(?:to|for)\s+(?:you|your)",
    r"(?:what|how)\s+(?:can|could|might)\s+(?:i|we)\s+(?:do|help|offer)",
    r"if\s+there(?:'s|\s+is)\s+(?:ever\s+)?(?:anything|anyone|any\s+way)\s+(?:on\s+my\s+side\s+|i\s+can\s+|you(?:'d|\s+would)\s+like)",
    r"(?:anything|any\s+way)\s+(?:else\s+)?i\s+can\s+(?:do|help|return)",
    r"how\s+(?:i|we)\s+(?:can|could|might|may)\s+(?:return|repay)",
    r"(?:take|get)\s+(?:\w+\s+){0,2}off\s+your\s+plate",
    # offers of a hand, however phrased: "count me in", "I'm around", "a message away"
    r"(?:let\s+me\s+know|tell\s+me)\s+what\s+would\s+help",
    r"(?:could|can)\s+use\s+(?:a|an\s+extra)\s+(?:hand|pair\s+of\s+hands),?\s+(?:count\s+me\s+in|i(?:'m|\s+am)\s+(?:around|here|in))",
    r"(?:extra\s+pair\s+of\s+hands|a\s+hand)\s+would\s+help,?\s+count\s+me\s+in",
    r"(?:be\s+)?(?:helpful|useful)\s+to\s+you",
    r"(?:need|want)\s+a\s+hand(?:\s+with\s+\w+)?,?\s+i(?:'m|\s+am)\s+(?:around|a\s+message\s+away|here)",
    r"something\s+i\s+(?:can|could)\s+do\s+for\s+you",
    r"count\s+on\s+me\s+for",
    # "Please tell me which, if either, would be most helpful, or whether there is something
    # else I can do": the choice between the sender's offers is theirs
    r"(?:tell|let)\s+me\s+(?:know\s+)?which(?:\s+\w+){0,3},?\s+(?:if\s+(?:either|any),?\s+)?(?:would|might)\s+(?:be\s+)?(?:most\s+|more\s+)?(?:help|helpful|useful)",
    r"(?:whether|if)\s+there\s+is\s+something\s+else\s+i\s+(?:can|could)\s+do",
)

SOCIAL_ONLY = phrases(
    r"(?:give|send|pass\s+on|extend)\s+my\s+(?:love|regards|best|greetings|congratulations|congrats)",
    r"say\s+(?:hi|hello)\s+to",
    r"catch\s+up",
    r"reconnect",
    r"(?:get\s+back|be|stay|keep)\s+in\s+touch",
    r"grab\s+(?:a\s+)?(?:coffee|drink|beer|lunch|dinner|bite)",
    r"get\s+together",
    r"hang\s+out",
    r"(?:coffee|lunch|dinner|drinks)\s+(?:sometime|soon|next)",
    r"celebrate",
    # hospitality on offer: "If you ever come to Winnipeg please tell me, I will cook adobo"
    r"if\s+(?:you|u)(?:'re|\s+are|\s+r)?\s+ever\s+(?:come\s+(?:to|through|by|over|back|down|up|home)|in\s+[A-Z]|back\s+in|"
    r"passing\s+through|visit(?:ing)?|around|near|nearby|in\s+town|in\s+the\s+area|find\s+yourself\s+in)\b",
)
FAVOUR_WORDS = phrases(
    r"vendors?",
    r"onboarding",
    r"suppliers?",
    r"partnerships?",
    r"contracts?",
    r"clients?",
    r"advice",
    r"help",
    r"intro\w*",
    r"refer\w*",
    r"jobs?",
    r"roles?",
    r"positions?",
    r"openings?",
    r"resume",
    r"cv",
    r"feedback",
    r"brain",
    r"questions?",
    r"interview\w*",
    r"hiring",
    r"guidance",
    r"opportunit\w*",
    r"recommend\w*",
    r"portfolio",
    r"demo",
    r"pitch",
    r"invest\w*",
    r"favou?r",
    r"product",
    r"career",
    r"connect\s+me",
    r"funding",
    r"sponsor\w*",
    r"quote",
    r"pricing",
    r"(?:place|spot|seat|room)\s+for\s+me",
)

BOUNDED = phrases(
    r"(?:[0-9]{1,2}|one|two|three|five|ten|fifteen|twenty|thirty)[-\s]?min(?:ute)?s?",
    r"(?:one|a\s+single|1)\s+(?:quick\s+|short\s+|specific\s+)?(?:question|thing|intro|introduction|name)",
    r"(?:two|three|four|2|3|4|a\s+couple\s+of|a\s+few)(?:\s+or\s+(?:three|four|five|3|4|5))?\s+(?:names|people|contacts|questions|folks|intros)",
    r"quick\s+(?:call|chat|question|look|intro|introduction|coffee|zoom|read|glance|yes\s+or\s+no)",
    r"(?:short|brief)\s+(?:call|chat|conversation|email|reply|intro)",
    r"(?:a|one)\s+(?:coffee|cup\s+of\s+coffee)",
    r"half\s+an\s+hour",
    r"(?:an|one)\s+hour(?!s)",
    r"no\s+(?:worries|pressure|problem|stress)\s+(?:at\s+all\s+)?if\s+not",
    r"(?:totally|completely|entirely)\s+(?:fine|ok|okay|understand\w*)\s+if\s+(?:not|you|it)",
    r"if\s+not,?\s+no\s+(?:worries|problem|pressure)",
    r"(?:easy|fine|ok|okay)\s+to\s+(?:say\s+no|decline|pass)",
    r"(?:who|whom)\s+(?:else\s+)?(?:would|do|should|could|might)\s+(?:you|i)\s+(?:suggest|recommend|think|talk|speak|reach)",
    r"yes\s+or\s+no",
)

# A time box: a request this size is bounded however loosely the rest is worded.
TIME_BOX = phrases(
    r"(?:[0-9]{1,2}|five|ten|fifteen|twenty|thirty)[-\s]?min(?:ute)?s?",
    r"half\s+an\s+hour",
    r"(?:an|one)\s+hour(?!s)",
    r"(?:short|brief|quick)\s+(?:call|chat|conversation|coffee|zoom|phone\s+call|video\s+call)",
)

# Time-boxed or concrete: "this weekend", "next Tuesday", "~6pm", "in January", "one line is plenty".
CONCRETE = phrases(
    r"(?:this|next|on)\s+(?:week(?:end)?|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)",
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)",
    r"(?:in|by|before|after)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)",
    r"~?[0-9]{1,2}(?::\d\d)?\s*(?:am|pm)",
    r"(?:one|a|two|three)\s+(?:line|sentence|chart|page|slide|thing|name|number|question|recommendation|ballpark|word)",
    r"(?:is|are)\s+(?:plenty|enough|all\s+i\s+need)",
    r"(?:the\s+)?only\s+question",
    r"ballpark",
    # one click: "I'd love your vote in an online contest"
    r"(?:your|a|one)\s+(?:vote|like|follow|upvote|retweet|signature)\b",
    r"(?:two|three|[0-9])[-\s](?:sentence|line|minute|min)",
    # one named thing to pass on: "send me that photo of the shade chart", "forward me her number"
    r"(?:send|forward|share|text|pass|give)\s+me\s+(?:that|the|your|her|his|their)\s+(?:\w+\s+)?"
    r"(?:photo|picture|pic|file|link|number|contact|email|address|recipe|form|doc|document|pdf|spreadsheet|video|notes|slides)\b",
)
EASY_OUT = phrases(
    r"no\s+(?:worries|pressure|problem|stress|obligation)",
    # the coach's own easy outs read as easy outs when its rewrite is critiqued again
    r"no\s+hard\s+feelings",
    r"(?:a|saying)\s+no\s+is\s+(?:a\s+)?(?:perfectly|completely|totally)\s+(?:good|fine)",
    r"only\s+if\s+it\s+suits\s+you",
    # "Only if it is easy for you, of course.", "no bother at all if you'd rather not"
    r"only\s+if\s+it(?:'s|\s+is)\s+(?:easy|convenient|no\s+trouble)(?:\s+for\s+you)?",
    r"no\s+bother\s+(?:at\s+all\s+)?if",
    r"if\s+(?:that(?:'s|\s+is)|it(?:'s|\s+is))\s+a\s+hassle",
    r"all\s+good\s+if\s+(?:you\s+can(?:'t|not)|not)",
    r"(?:totally|completely|entirely|perfectly|fully)\s+(?:fine|ok|okay|understand\w*|understood)",
    r"if\s+(?:you(?:'d|\s+would)\s+rather\s+not|not,?\s+no|it(?:'s|\s+is)\s+awkward|you(?:'re|\s+are)\s+(?:swamped|busy|slammed))",
    r"(?:easy|fine|ok|okay)\s+to\s+(?:say\s+no|decline|pass|ignore)",
    r"feel\s+free\s+to\s+(?:ignore|pass|say\s+no|decline)",
    r"either\s+way",
    r"no\s+need\s+to\s+reply",
    r"i(?:'ll|\s+will)\s+(?:completely\s+|totally\s+)?understand",
    r"no\s+rush(?:\s+at\s+all)?",
    r"(?:only|just)\s+if\s+you\s+have\s+(?:the\s+)?time",
)
# A question that asks for one piece of information: "which club did you train with?"
INFO_QUESTION = Folded(
    re.compile(
        r"^(?:[^?]{0,80}?\b)?(?:which|who|what|where|when|how\s+(?:many|much|long|did|do)|is|are|did|does|do)\b[^?]{3,200}\?\s*$",
        re.IGNORECASE,
    )
)


def info_question(text: str) -> bool:
    """Whether ``text`` asks for one piece of information (INFO_QUESTION). A match ends in
    a question mark and white space only, so any other text is answered without the regex,
    which backtracks through the whole sentence before it fails."""
    return text.rstrip().endswith("?") and INFO_QUESTION.search(text) is not None


# "Is Halcyon hiring backend?": asking after their company's openings is asking for one.
# Kept out of ASK and gated on "hiring": "is"/"are" open too many phrases for one alternation.
HIRING_ASK = Gated(
    re.compile(
        r"\b(?:is|are)\s+(?!there\b|it\b|this\b|that\b|anyone\b|anybody\b)[\w&'’-]+"
        r"(?:\s+[\w&'’-]+)?\s+(?:still\s+)?hiring\b",
        re.IGNORECASE,
    ),
    "hiring",
)


def asks_for_something(text: str) -> bool:
    """Whether ``text`` holds a request in words ASK or HIRING_ASK knows."""
    return bool(ASK.search(text) or HIRING_ASK.search(text))


# Patterns that need real capital letters (a name), so they are not case-folded.
NAMED_ASK = re.compile(
    # "\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)" with the word start checked after the first
    # letter: the scan skips ahead to a c or a w instead of trying every character
    r"[CcWw](?<!\w[CcWw])(?:(?<=[Cc])(?:ould|an)|(?<=[Ww])(?:ould|ill))\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+"
    r"(?:write|send|share|provide|sign|review|introduce|help|sponsor|host)\b"
)
NAMED_TARGET = re.compile(
    r"\b(?:introduce|intro|connect|put)\s+me\s+(?:to|with|in\s+touch\s+with)\s+(?:your\s+\w+\s+)?[A-Z][\w'’-]+"
)
EITHER_OR = re.compile(r"\bor\b[^?]{1,60}\?")

# "Quick one:", "One small ask of my own:", "Two things." announce that a question is an ask.
ASK_FRAME = phrases(
    r"(?:one|a|my|quick|small|specific|simple|only)\s+(?:quick\s+|small\s+|specific\s+|simple\s+)?(?:question|ask|favou?r|gut\s+check|request)",
    r"quick\s+(?:one|q)",
    r"two\s+things",
    r"(?:question|ask)\s+for\s+you",
)
# The sender's purpose, which turns a neighbouring question into a request for information.
PURPOSE = phrases(
    r"i(?:'m|\s+am)\s+(?:now\s+|currently\s+)?(?:applying|writing|deciding|trying|evaluating|considering|researching|weighing|working\s+on|"
    r"drafting|pitching|planning|interviewing|choosing|comparing|putting\s+together|preparing|thinking\s+about|exploring)",
    r"we(?:'re|\s+are)\s+(?:weighing|evaluating|considering|trying|deciding|planning|about\s+to|looking\s+at|comparing)",
)

REFERRAL = phrases(
    # "Is there one person you'd suggest I talk to", "pointing me to one person I could ask"
    r"one\s+person\b[^.?!\n]{0,40}?\b(?:i\s+(?:could|should|might)\s+(?:ask|talk|speak)|you(?:'d|\s+would)\s+(?:suggest|say))",
    r"(?:anyone|someone)\b[^.?!\n]{0,40}?\byou(?:'d|\s+would)\s+say\s+i\s+should\s+(?:talk|speak)",
    r"(?:suggest|recommend)\s+i\s+(?:talk|speak|reach\s+out|contact|meet|connect)",
    r"who\s+(?:are|is)\s+(?:the\s+)?(?:one|two|three|\d|a\s+few|a\s+couple\s+of)(?:\s+or\s+\w+)?\s+[\w-]+",
    r"which\s+(?:one|two|three|\d|a\s+few|couple\s+of)?\s*(?:or\s+\w+\s+)?(?:people|person|folks|contacts)\b",
    r"(?:point|direct|steer)\s+me\s+(?:to|toward|towards)\s+the\s+(?:right\s+)?(?:person|people|folks|team)",
    r"(?:tell|let)\s+me\s+(?:know\s+)?who\s+(?:runs|owns|leads|handles|manages|heads|is\s+in\s+charge|does|would)",
    r"(?:anyone|someone|people|folks)\b[^.?!\n]{0,40}?\byou(?:'d|\s+would)?\s+(?:suggest|recommend)",
    r"who(?:'s|\s+is|\s+would\s+be)\s+the\s+(?:right|best)\s+(?:person|people)",
    r"who\s+(?:are|is|would\s+be)\s+(?:the\s+)?(?:one|two|three|\d|a\s+few|a\s+couple\s+of)?\s*(?:people|person|folks|names)\b",
    r"(?:people|person|folks|names)\b[^.?!\n]{0,40}?\byou(?:'d|\s+would)?\s+(?:suggest|recommend)",
    r"(?:who|whom)\s+(?:else\s+)?(?:would|do|should|could|might)\s+(?:you|i)\s+(?:suggest|recommend|think\s+i\s+should|talk|speak|reach)",
    r"(?:anyone|someone|people|folks)\s+(?:else\s+)?(?:you(?:'d|\s+would)?|that\s+you)\s+(?:suggest|recommend|think\s+i\s+should)",
    r"(?:two|three|2|3|a\s+couple\s+of|a\s+few)\s+(?:people|names|folks)\s+(?:you(?:'d|\s+would)?|i\s+should|worth)",
    # "the names of two or three people in the sector you think I should talk to"
    r"(?:people|person|folks|names)\b[^.?!\n]{0,40}?\byou\s+think\s+i\s+(?:should|could|ought\s+to)\s+(?:talk|speak|meet|contact|reach)",
    r"point\s+me\s+to\s+(?:someone|the\s+right\s+person|whoever)",
    r"who(?:'s|\s+is)\s+the\s+(?:right|best)\s+person",
    r"who\s+the\s+(?:right|best)\s+(?:person|people|contact)\s+(?:is|are|would\s+be)",
    r"(?:might|may|would|probably)\s+know\s+who\s+(?:handles|runs|owns|leads|manages|heads|is\s+in\s+charge|looks\s+after|does|decides)",
    r"a\s+name\s+(?:is|would\s+be)\s+(?:plenty|enough|all\s+i\s+need|great)",
    r"(?:suggest|recommend|name)\s+(?:one\s+or\s+two|two\s+or\s+three|a\s+(?:few|couple\s+of)|one|two|three|\d)\s+"
    r"(?:people|persons|names|folks|contacts|colleagues)",
    r"(?:anyone|someone)\s+(?:you\s+think\s+)?(?:i\s+should|worth)\s+(?:talk|speak|reach|meet)",
)

# "If yuh hear of anybody, just leh me know": open-ended, and the reshape asks it of one person
HEAR_OF_ANYBODY = (
    r"if\s+(?:you|u|yuh|ya)\s+(?:ever\s+)?hear\s+of\s+(?:anyone|anybody|someone|somebody)\b"
)

VAGUE = phrases(
    r"anyone\s+really|whoever\s+you\s+think",
    HEAR_OF_ANYBODY,
    # "kindly guide me for my career growth": the whole of their career advice
    r"guide\s+me\s+(?:for|in|on|with|about)\s+my\s+(?:career|future)(?:\s+(?:growth|path|progress|development))?",
    # "corporate parties, hotel events, lo que sea": whatever, in Spanish
    r"lo\s+que\s+sea",
    # "a job, an apprenticeship, a word with someone, whatever might suit": which, left to them
    r"whatever\s+(?:might|would|could|may)\s+(?:suit|work|fit)(?:\s+(?:him|her|them|me|us|best))?",
    # "Could you introduce me to everyone you know at the public health department?"
    r"introduce\s+(?:me|us)\s+to\s+(?:everyone|everybody|all\s+the\s+people)\s+you\s+know",
    # "any openings you may have"
    r"any\s+(?:openings|opportunities|positions|roles|vacancies|jobs)\s+(?:that\s+)?(?:you|your\s+\w+)\s+(?:may|might|could)\s+have",
    r"(?:love|like|want)\s+to\s+network\s+with\s+you",
    r"whatever\s+you(?:'ve|\s+have)\s+got",
    r"anything\s+helps",
    # "anything you can spare": how much, and of what, left to them
    r"(?:anything|whatever)\s+you\s+(?:can|could)\s+spare",
    r"how\s+(?:do|can)\s+i\s+(?:get\s+on|join)\s+(?:your|ur)\s+team",
    # "any support you can give us in whatever way you think best": what, and how much, left
    # to them
    r"any\s+(?:support|help|assistance|backing)\s+(?:at\s+all\s+)?(?:you\s+(?:can|could|are\s+able\s+to)\s+(?:give|offer|provide|lend)|in\s+whatever\s+way)",
    # "Let me know if there is any way we can work together in the future": what, and when,
    # left to them
    r"(?:any|some)\s+ways?\s+(?:that\s+)?(?:we|our\s+\w+)\s+(?:can|could|might)\s+(?:work\s+together|collaborate|partner\s+up|help\s+each\s+other)",
    # "guide me through placements, career choices and everything else"
    # "...and anything else that would help" offers more, it does not ask for more
    r"(?:and|or)\s+(?:everything|anything)\s+else(?!\s+(?:that\s+|which\s+)?(?:would|might|could|will|may)\s+(?:help|be\s+(?:useful|helpful)))",
    # "if you could help me find some sponsors": the whole search handed over
    r"help\s+me\s+find\s+(?:some|any|a\s+few|more)\s+(?:sponsors|investors|clients|customers|work|gigs|leads|funding|backers)",
    # "please help me in finding another supervisor": the search itself handed over
    r"help\s+me\s+(?:in\s+)?(?:find|finding)\s+(?:another|a\s+new|a\s+different|some\s+other)\s+(?:supervisor|mentor|advisor|adviser|job|role|position|placement|lab|sponsor|employer)",
    # "send any clients my way": how many, and who, left to them
    r"send\s+(?:any|some)\s+(?:clients|customers|work|business|referrals|leads|patients)\s+(?:my|our)\s+way",
    r"send\s+(?:people|folks|anyone|anybody|clients|customers|business|work|referrals)\s+(?:my|our)\s+way",
    # "wanted to see if you could send anything my way", "please ask everywhere for me"
    r"send\s+(?:anything|something|stuff|whatever)\s+(?:(?:at\s+all|you\s+can)\s+)?(?:my|our)\s+way",
    r"ask\s+(?:everywhere|everyone|around\s+everywhere|all\s+over)\s+for\s+(?:me|us)",
    r"(?:anyone|anybody|someone|somebody)\s+you\s+think\s+(?:could|can|might|would)\s+help",
    # "Any chance you could sort me out with some gigs?": how many, where and when left to them
    r"(?:sort|hook|fix)\s+me\s+(?:out\s+|up\s+)?with\s+(?:some|any|a\s+few|more)\s+(?:gigs|work|shifts|jobs|clients|bookings|slots)",
    # "Let me know what you can do.": the size of the favour left to them
    r"let\s+me\s+know\s+what\s+(?:you\s+can\s+do|you\s+(?:have|got)\s+(?:available|going)|(?:is|'s)\s+available)",
    # "I need someone to guide me through the whole thing"
    r"(?:someone|somebody|you)\s+to\s+(?:guide|walk|take|hold\s+my\s+hand)\s+(?:me\s+)?through\s+(?:the\s+whole\s+thing|everything|it\s+all)",
    r"pick(?:ing)?\s+(?:your|ur|you)\s+brain",
    # "see if there's any contract work going for me"
    r"(?:if|whether)\s+there(?:'s|\s+is)\s+any\s+(?:\w+\s+)?(?:work|shifts?|jobs?|gigs?)\s+going",
    r"anything\s+going\b",
    # "if you think you might have something suitable for me"
    r"(?:anything|something)\s+suitable(?:\s+for\s+me)?",
    r"keep(?:ing)?\s+(?:me|my\s+(?:name|resume|cv|profile))\s+in\s+mind",
    r"keep\s+(?:an\s+eye|your\s+eyes|your\s+ears)\s+(?:out|open)",
    r"if\s+(?:you\s+)?(?:hear|know)\s+of\s+(?:anything|any\s+\w+|anyone|something|someone)",
    r"if\s+(?:anything|something)\s+(?:comes\s+up|opens\s+up|pops\s+up)",
    # "share any materials, reports or contacts you think could be useful"
    r"any\s+(?:materials|resources|reports|documents|contacts|information|info|tips)(?:,\s*[a-z]+)*(?:\s+or\s+[a-z]+)?\s+"
    r"(?:you\s+think|that\s+(?:might|could|would))",
    # "I was hoping you could help him find something at VRA"
    r"help\s+(?:him|her|them|my\s+(?:son|daughter|nephew|niece|brother|sister|friend|cousin))\s+(?:to\s+)?(?:find|get|land)\s+"
    r"(?:something|anything|a\s+job|work|a\s+role|a\s+position|a\s+place)\b",
    r"if\s+any\s+(?:opportunit(?:y|ies)|openings?|positions?|roles?|vacanc(?:y|ies))\s+(?:arises?|comes?\s+up|opens?\s+up|becomes?\s+available)",
    # "if there's anything on the Carrington job, even a week, I'll take it"
    r"if\s+there(?:'s|\s+is|\s+are)\s+(?:anything|any\s+(?:work|shifts?|hours|days?))\s+(?:on|at|going|available|coming\s+up)\b",
    r"if\s+you\s+(?:have|get|see)\s+anything(?:\s+(?:at|in|for)\b|\s*[,.!?]|\s+let\s+me\s+know)",
    r"anything\s+(?:at\s+all|you\s+can|that\s+(?:might|comes|could|would)|(?:that\s+)?you\s+(?:hear|know)|else\s+you\s+can)",
    r"(?:any|some)\s+(?:opportunities|openings|roles|positions|jobs|leads|ideas|suggestions|contacts|connections)",
    # "some advice on getting my cloth into shops" names what the advice is about
    r"(?:any|some)\s+(?:help|advice|guidance|tips|pointers|thoughts)(?!\s+(?:on|about|regarding|with)\s+"
    r"(?!(?:anything|everything|stuff|things|it|this|that|my\s+(?:career|future|situation|options|next))\b)[a-z])",
    r"any\s+(?:suitable|potential|possible|relevant|open|future)\s+(?:openings?|opportunit\w+|positions?|roles?|vacanc\w+|jobs?|collaborat\w+|projects?)",
    r"any\s+(?:position|role|job|opening|opportunity)\s+(?:that|which|where)",
    r"any\s+(?:position|role|job|opening|opportunity|vacancy)\s+(?:in|at)\s+your\b",
    r"spare\s+a\s+thought",
    r"(?:just\s+)?(?:want|wanted|like|love|hoping)\s+to\s+get\s+to\s+know\s+(?:more\s+about\s+)?(?:him|her|them)",
    r"(?:meet\s+up|meet|get\s+together)\s+(?:in\s+person\s+)?(?:sometime|some\s+time|at\s+some\s+point)",
    r"guide\s+me\s+(?:regarding|about|on|with|in|for)",
    r"in\s+any\s+capacity",
    # "keep me in mind" as the sender says it at home: "khalli baalik", "tenme en cuenta"
    r"khall[iy]\s+baal(?:ak|ik)|ten(?:me|ganme)\s+en\s+cuenta|garde[sz]?-moi\s+en\s+t[eê]te",
    r"if\s+(?:you|u|ya)\s+hear\s+of\s+(?:anything|owt|anyfink|something|summat|aught)\b",
    r"do\s+the\s+needful",
    r"(?:send|pass|forward|circulate)\s+my\s+(?:cv|resume|profile)\s+(?:around|to\s+(?:anyone|everyone|your\s+(?:team|network|contacts)))",
    r"who(?:'s|\s+is)\s+hiring",
    # but "whoever is hiring for the die shop in Auburn Hills" names where
    r"whoever(?:'s|\s+is)\s+hiring(?!\s+(?:for|at|on|in)\s+(?:the|your)\s+(?!company\b|firm\b|place\b|business\b)[a-z]{3,})",
    r"(?:tell\s+me\s+)?everything\s+(?:that\s+)?i\s+(?:should|need\s+to|must)\s+(?:change|do|fix|know|improve)",
    r"help\s+me\s+(?:find|get|land)\s+(?:a\s+|an\s+|my\s+|some\s+|new\s+)*(?:job|role|position|work|opportunit\w*|gig|foot)",
    r"help\s+me\s+(?:break|get)\s+into",
    r"help\s+me\s+out",
    r"help\s+(?:me\s+)?in\s+any\s+way",
    r"(?:any|every)\s+way\s+you\s+can",
    r"(?:whatever|however)\s+you\s+can",
    r"in\s+any\s+way",
    r"what(?:ever)?\s+(?:the\s+)?next\s+steps?",
    r"(?:intros?|introductions?|connect\w*)\s+(?:me\s+)?(?:to|with)\s+(?:any|anyone|anybody|some|people|folks|investors|vcs|recruiters|hiring\s+managers|contacts)\b",
    r"(?:somebody|someone|anyone|anybody)\s+(?:who|that)\s+(?:can|could|might)\s+help",
    # but "know anyone who needs a wedding photographer in January?" names what is wanted
    r"(?:know|hear\s+of)\s+(?:of\s+)?(?:anyone|anybody)\s+(?:who|that)"
    r"(?!\s+(?:needs|wants|is\s+looking\s+for|is\s+after|might\s+need|could\s+use)\s+(?:(?:a|an)\s+(?!job\b|role\b|position\b|hand\b)|"
    # "anyone who needs sails recut" names the work too
    r"(?!jobs\b|roles\b|positions\b|work\b|help\b)[a-z]{3,}s\b))",
    r"anything\s+works",
    # "anyone who needs flowers or table styling or whatever": the rest left to them
    r"(?:or|and)\s+(?:whatever|whatnot|anything\s+else)(?=\s*[,.!?]|\s+(?:really|at\s+all)\b|\s*$)",
    r"(?:get\s+in|job|work|role)\s+anywhere",
    r"any\s+(?:available|open)\s+(?:positions|roles|opportunities|jobs|openings)",
    r"synerg\w+",
    r"explore\s+(?:potential\s+|possible\s+)?(?:opportunities|ways|collaborat\w+|partnerships?)",
    r"(?:be|become|being|act\s+as)\s+my\s+mentor",
    r"(?:guide|walk|take|hold\s+my\s+hand)\s+(?:me\s+)?through\s+(?:the\s+(?:whole|entire)\s+(?:thing|process|journey|transition|switch|move)|everything)",
    r"(?:intro|introduce|connect)\s+me\s+(?:to|with)\s+(?:a\s+few|a\s+couple|some)(?=\s*(?:[?.!,]|$|of\s+them\b|people\b|folks\b))",
    r"mentor\s+me",
    r"would\s+you\s+be\s+mine",
    r"point\s+me\s+in\s+the\s+right\s+direction",
    r"(?:anyone|someone|people|anybody)\s+(?:[\w'’-]+\s+){0,4}?(?:who(?:'s|\s+is|\s+are)?\s+)?hiring",
    # ("introduce me to someone at Hollis who hires for that" names who: it is specific)
    r"(?:connect|introduce|intro)\s+me\s+(?:with|to)\s+(?:anyone|people|someone|folks|your\s+(?:network|contacts))"
    r"(?!\s+(?:(?:at|on|in|from)\s+(?:[\w&'-]+\s+){1,3}?)?(?:who|that)\s+(?:hires|recruits|runs|leads|handles|manages|decides|"
    r"looks\s+after|is\s+in\s+charge|oversees))",
    r"(?:need|want|looking\s+for)\s+(?:a\s+|any\s+)?(?:job|work)(?:\s+(?:anywhere|asap))?(?=[\s.!?,]|$)",
    r"any\s+job(?:\s+at\s+all)?",
    r"any\s+\w+\s+at\s+all",
    r"what(?:ever)?\s+you\s+can\s+do",
    r"anything\s+(?:you(?:'ve)?\s+got|relevant|useful|suitable|available|that\s+fits)",
    r"(?:you\s+or\s+)?anyone\s+you\s+know",
    r"(?:company|team|firm|org\w*)\s+is\s+hiring",
    r"if\s+(?:your\s+\w+|you(?:'re|\s+are))\s+hiring",
    # "could you give me a chance"; not "a referral would give me the chance to grow"
    r"(?<!would\s)(?<!will\s)(?<!could\s)give\s+me\s+(?:an?\s+|the\s+|any\s+)?(?:opportunity|chance)",
    r"(?:work\s+on|do)\s+any\s+(?:project|task|work|role)",
    r"(?:see|wondering|ask(?:ing)?|know)\s+if\s+you\s+(?:could|can|might|would)\s+help(?:\s+(?:me|out))?(?=\s*[.!?,;]|\s*$)",
    r"help\s+(?:me\s+)?(?:find|get|land)\s+(?:something|anything|work|a\s+job|a\s+role|a\s+position)",
    r"(?:any|some)\s+(?:more|other)\s+(?:names|leads|clients|work|businesses|referrals|projects|contacts)",
    r"(?:any|some)\s+vacanc(?:y|ies)",
    r"(?:the\s+)?opportunity\s+to\s+(?:discuss|connect|chat|talk|explore)",
    r"(?:some|any)\s+of\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:you\s+(?:know|work\s+with)|in\s+your\s+network)",
    # "Can you help me?", "please help me." (not "Even a short answer will help me.")
    r"(?:please|pls|plz|kindly|you|u|ya|to|just|can|could)\s+help\s+me(?=\s*[,.!?]|\s*$)",
    r"(?:my|the)\s+last\s+hope",
    r"(?:take|do)\s+(?:literally\s+)?anything",
    r"literally\s+anything",
    r"(?:interest|interested)\s+in\s+any\s+(?:available\s+|open\s+)?(?:positions?|roles?|opportunit\w+|openings?)",
    r"get\s+me\s+(?:a\s+job|hired|in(?!\s+front\b))",
    r"(?:anything|something)\s+(?:in|at)\s+(?:your|the)\s+(?:company|team|network)",
)

# Open-ended only when it is the thing being asked for ("I'd love your advice").
VAGUE_IN_ASK = phrases(
    r"(?:your|some)\s+(?:advice|help|guidance|thoughts|input|support)(?!\s+(?:on|about|regarding|with|for)\b)",
    r"(?:your\s+)?thoughts\s+on\s+my\s+(?:next\s+(?:move|step|steps|chapter)|career|situation|options|plans?)",
    # but "Small question when you have a sec: which insulating brick did you use?" asks it
    r"when(?:ever)?\s+you\s+have\s+(?:some\s+)?(?:time|a\s+(?:minute|moment|sec|second))"
    r"(?!\s*[:—–]\s*(?:which|what|where|who|whose|how|when|is|are|was|were|do|did|does|can|could|would|should|have|has)\b[^.!?]{3,}\?)",
    r"(?:a\s+)?(?:chat|call|catch-up|conversation)\s+sometime(?!\s+(?:next|this|on|in))",
)

BIG = phrases(
    r"(?:jobs?|internships?|interview|hire|hired|hiring\s+manager|positions?|openings?|roles?|offer|referral|refer\s+me|put\s+in\s+a\s+(?:good\s+)?word|"
    r"pass\s+(?:along\s+)?my\s+(?:resume|cv)|invest\w*|fund\w*|loan|money|sponsor\w*|recommendation\s+letter|"
    r"reference\s+letter|co-?found\w*|partner\s+with|join\s+(?:my|our)\s+(?:board|council|advisory|team|company|startup)|"
    # their name on the line for the sender: "vouch for me", "put me forward", "cadetship"
    r"vouch\s+for\s+(?:me|us|my\s+\w+)|put\s+me\s+forward|cadetship|apprenticeship|scholarship|"
    # an insider's push on an application: "si unipush our application from inside?"
    r"(?:uni|ni|tu)?push\s+(?:our|my)\s+(?:application|file|bid|tender)|from\s+(?:the\s+)?inside|"
    # their money or their name on a contract: "be guarantor on a flat", "co-sign the lease"
    r"guarantor|co-?sign\w*|lend\s+(?:me|us)\s+(?:£|\$|€|\d|some\s+money|money|the\s+money|cash)|borrow\s+(?:£|\$|€|\d))",
    # hours of their work: "go through our 40-page business plan", "tell me everything that's wrong"
    r"(?:[0-9]+|forty|fifty|hundred)(?:-|\s)page",
    r"(?:go|read|look)\s+(?:through|over)\s+(?:our|my)\s+(?:whole|entire|full)",
    r"everything\s+(?:that(?:'s|\s+is)\s+)?wrong",
    # a whole book read, or handed on to the people who could sell it
    r"read\s+(?:my|the|our|it\s+all|the\s+whole)\s+(?:whole\s+|entire\s+|full\s+|first\s+)?(?:novel|manuscript|book|thesis|dissertation|screenplay|script)",
    r"pass\s+(?:it|this|them|my\s+\w+)\s+(?:on\s+)?to\s+(?:your|any\s+of\s+your)\s+(?:\w+\s+)?(?:contacts|network|agents?|publishers?|investors?|buyers?)",
    r"introduce\s+(?:me|us)\s+to\s+(?:your|their|his|her)\s+(?:literary\s+)?(?:agent|publisher|editor)s?\b",
    # their working hours: "give me detailed notes", "an hour of your career coaching"
    r"(?:detailed|in-depth|thorough|line-by-line|extensive)\s+(?:notes|feedback|comments|critique|edits|review)",
    r"an?\s+(?:full\s+|whole\s+)?hour\s+of\s+your\b|(?:two|three|several|a\s+few|[2-9])\s+hours\s+of\s+your\b",
    # a favour presumed on a stranger: "could you do me the honors and introduce us?"
    r"do\s+me\s+the\s+honou?rs?\s+(?:of|and)\s+introduc\w+",
    # money in the thousands: "champion a $25,000 grant for us"
    r"grants?\b",
    r"[$£€][0-9]{1,3}(?:,[0-9]{3})+",
)

# What a job search talks about: a narrowed ask and the rewrite's goal read it from the draft.
JOB_WORDS = Folded(
    re.compile(
        # "I'm opening my own practice (opening March 2027)" is news; "an opening" is the vacancy
        r"\b(?:jobs?|roles?|positions?|openings|(?:an|any|the|that|this|one|new|job)\s+opening|vacanc\w+|hiring|hired|hires|interviews?|referr\w+|refer\s+me|"
        r"resumes?|cv|laid\s+off|layoffs?|job\s+search|job\s+hunting|opportunit\w+|work\s+at|recruit\w*|"
        r"get\s+me\s+in(?!\s+front\b)|employ\w*|looking\s+for\s+(?:some\s+)?work|"
        # "i just need something steady thru the winter" is a job
        r"(?:need|want|find|looking\s+for)\s+(?:something|work)\s+steady)\b",
        re.IGNORECASE,
    )
)


# Apologising for asking ("sorry sorry to bother you", "I feel terrible even asking"); not
# condolence ("so sorry to hear about your dad") nor owning a silence ("sorry for the silence").
APOLOGY = phrases(
    r"(?:(?:so|really|very|terribly|super|truly|extremely)\s+)?sorry\s+(?:sorry\s+)?(?:again\s+)?(?:to|for)\s+(?:bother|bug|trouble|disturb|pester|ask|asking|bothering|bugging|"
    r"troubling|disturbing|pestering|imposing|the\s+(?:bother|trouble|intrusion|imposition|short\s+notice))\w*"
    r"(?:\s+(?:you|u|ya))?",
    r"(?:so|really|very|terribly|super|truly|extremely|so\s+so)\s+sorry(?!\s+(?:to\s+hear|for\s+your|about\s+your|for\s+(?:the|my)\s+"
    r"(?:loss|long\s+silence|silence|radio\s+silence|late\s+reply|delay)|i\s+(?:missed|didn't|haven't|never|couldn't)))",
    r"sorry\s+sorry",
    r"sorry\s+again",
    r"i\s+(?:feel|felt)\s+(?:so\s+|really\s+)?(?:terrible|awful|bad|guilty|horrible)\s+(?:even\s+)?(?:asking|to\s+ask|about\s+asking|bothering|for\s+asking)",
    r"i\s+(?:really\s+)?hate\s+to\s+(?:ask|bother|trouble|impose)",
    r"(?:my\s+)?(?:sincere\s+)?apologies\s+for\s+(?:the|this|any)\s+(?:bother|trouble|intrusion|imposition|inconvenience)",
    r"(?:please\s+)?forgive\s+me\s+for\s+(?:asking|bothering|the\s+intrusion|imposing)",
    r"(?:my\s+|many\s+)?apologies\s*!",  # "Apologies!" signed off after the ask
    r"(?:my\s+)?apologies\s+again",
    r"(?:apologies|sorry)\s+for\s+(?:the|this|such\s+a|my)\s+(?:long|lengthy|rambling)\s+(?:email|message|note|text|essay)",
    r"sorry\s+if\s+(?:you\s+)?(?:don't|do\s+not|can't)\s+remember(?:\s+me)?",
    r"(?:probably\s+)?the\s+last\s+person\s+you(?:'d)?\s+(?:want|expect|expected)\s+to\s+hear\s+from",
    r"i(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+)?sorry(?=\s*[,!.])",
    r"sorry\s*!",
    r"(?:i(?:'m|\s+am)\s+)?(?:so\s+|really\s+)?sorry\s+(?:it(?:'s|\s+is)|for\s+the|this\s+is)\s+(?:such\s+|so\s+)?(?:short\s+notice|last[-\s]minute)",
)


# Grovelling: the sender made small so the ask looks smaller ("I know I'm nobody", "just an
# optical assistant"); an apology for asking in the same line goes with it.
GROVEL = phrases(
    r"(?:i\s+know\s+)?i(?:'m|\s+am)\s+(?:just\s+|honestly\s+|really\s+|literally\s+)?(?:a\s+)?(?:nobody|no\s+one|nothing)(?=[\s.,!?;]|$)",
    r"(?:you\s+are|you're)\s+(?:a\s+)?(?:very\s+|so\s+)?important\s+(?:and\s+busy\s+)?(?:person|man|woman|lady)",
)


# The marks of a letter sent to everyone: "Apologies if you get this twice - I've sent it to
# the whole address book!"
MASS_SEND = re.compile(
    r"\b(?:sent|sending|send)\s+(?:it|this)\s+to\s+(?:the\s+|my\s+|our\s+)?(?:whole|entire)\s+"
    r"(?:address\s+book|contact\s+list|contacts|mailing\s+list|list)\b"
    r"|\b(?:apologies|sorry)\s+if\s+you\s+(?:get|receive)\s+(?:this|it)\s+twice\b",
    re.IGNORECASE,
)
