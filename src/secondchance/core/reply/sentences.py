"""The sender's own words, one sentence at a time, and what each sentence does (issue 18).

A reply mixes sentences that offer times with sentences that only mention them: the missed
interview, the sender's own days off, an absence notice's return date, a deadline for the
answer, office hours, a clock change explained, a meeting of the panel, or a request for the
candidate's own times. Deciding per sentence whether it offers anything, before any time is
read out of it, keeps the times of the others from being taken for offers; and the kind of
reply follows from what its sentences do rather than from a cue anywhere in the message.

A sentence ends at . ! ? ; or a line break, and a contrast ("..., but", "however") or a
consequence ("..., so") starts a new clause: "I'm out Friday, but Monday at 10 works" offers
Monday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from secondchance.core.reply.zonewords import NOT_A_CLOCK, PLACES, ZONE_WORD

Fact = Literal[
    "past",  # it tells what happened: the missed interview, a call that went unanswered
    "away",  # the sender (or a colleague) is out, busy or back on some day
    "asks",  # it asks the candidate for their own times
    "explains",  # office hours, a clock change or a conversion of a time given elsewhere
    "elsewhere",  # another meeting: the panel's review, a decision date
    "checks",  # the sender is asking someone else whether a time works: nothing is offered yet
    "tentative",  # a time only held or hoped for ("pencilled in", "might work") until a check ends
    "theirs",  # it names the candidate's own suggestion ("the Tuesday slot you mentioned")
    "offers",  # words that put a time to the candidate: "could you do", "how about"
]

# Where a clause ends: the end of a sentence (not an abbreviation's or a clock's full stop),
# a semicolon, a line break, or the contrast word that opens the next clause.
# A line break followed by a small letter is a hard-wrapped line, not an end.
# A remark in brackets opens a clause of its own: "Confirmed for 9am (that's 4pm for you, as
# we only change on Sunday)." (not a weekday or a zone word: "(Thu)", "(3pm UK)").
_END = re.compile(
    r"[.!?]+(?=\s)|;|:(?=[ \t]+\S)|\n(?![ \t]*[a-z])"
    r"|,?\s+(?=\b(?:but|however|though|although|so)\b)"
    r"|\s*\((?=[^()\n]{25,300}\))"
)
# "so" that only makes a word stronger ("for being so open", "so sorry") opens no clause.
_INTENSIFYING_SO = re.compile(
    r"so (?:much|many|far|sorry|glad|happy|pleased|kind|good|grateful|thankful|long|quick"
    r"|quickly|open|honest|understanding|late|early|short)\b",
    re.IGNORECASE,
)
_BEFORE_INTENSIFYING_SO = re.compile(
    r"\b(?:be|being|is|are|was|were|am|'m|'re|'s|feel|felt|seem|seems|look|looks|sound|sounds"
    r"|not|very|just|been)$",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r"\s*(?:but|however|though|although)\b", re.IGNORECASE)
_ABBREVIATED = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|st|no|approx|ca|e\.g|i\.e|a\.m|p\.m|etc|vs|[a-z])"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept"
    r"|oct|nov|dec)|\b\d{1,2})$",
    re.IGNORECASE,
)
# A full stop after a clock time's minutes ends the sentence ("at 10:00. Note that ..."); one
# after a bare number does when a capitalised word other than a month follows ("the 5. March"
# is a date, "at 10. Thanks" is not).
_CLOCK_STOP = re.compile(r"\d[:.]\d\d$")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz mars mai juni juli"
    " oktober dezember janvier février avril juin juillet août septembre octobre novembre"
    " décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre".split()
)


def _facts(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


# Words that put a time on the candidate's clock: "for you", "at your end", "where you are",
# "in New York", "your time", and the clock named as theirs ("your California time", "your
# Eastern time", "in your local time"; not "in your free time").
_YOUR_SIDE = r"(?:side|end|time(?: ?zone)?|zone|location|place|country|city|area|region)"
_YOUR_CLOCK = (
    r"(?:\bfor (?:you|u)|\b(?:at|on|in) your "
    + _YOUR_SIDE
    + r"|\byour (?:(?!"
    + NOT_A_CLOCK
    + r")[a-z]+ ){0,2}time|\bwhere you are|\bover there|\bin (?:"
    + PLACES
    + r"))\b"
)
_PAST = _facts(
    r"missed",
    # "we had scheduled you for 10am", "the panel met on Tuesday at 10:00".
    r"had (?:scheduled|booked|planned|arranged|set up|invited|expected)\b",
    # ("as discussed on the phone" points back to the talk, not to a past meeting)
    r"(?<!as )(?:met|spoke|talked|interviewed|reviewed|discussed) (?:on|at|yesterday|last"
    r"|this morning|earlier)\b",
    r"(?:was|were|had been) (?:all )?(?:scheduled|booked|supposed|planned|set|waiting|expecting"
    r"|due|ready|there)",
    r"(?:nobody|no one|no-one) (?:came|showed|joined|turned up)",
    r"waited",
    r"tried (?:to )?(?:call|reach|ring|phone|contact)",
    r"what (?:has |had )?(?:actually |exactly |really )?happened",
    # The interview that was missed: "an explanation of your absence on Monday at 10:00".
    r"(?:your|the|his|her) (?:absence|non-?attendance|no-?show|missed (?:interview|call"
    r"|meeting))\b",
    # The booking that was missed: "we had you at 3 on Wednesday".
    r"(?:we|i) had you (?:down |booked |scheduled |pencilled )?(?:at|for|in|on)\b",
    r"(?:didn'?t|did not|weren'?t|were not|wasn'?t|was not) (?:show|join|attend|turn up|make it"
    r"|arrive|see you|hear)",
    r"yesterday",
    r"(?:was|were|went) (?:on|at|last)\b",
    r"would have (?:been|worked|suited)",
    r"(?<!as )last (?:week|time|friday|monday|tuesday|wednesday|thursday)",  # not "as last time"
    r"since (?:your|the|our) (?:interview|call|meeting)",
    # What was sent before the miss: "the link was sent on Monday at 12:00".
    r"(?:was|were|got|been) (?:sent|emailed|shared|delivered|posted|issued|forwarded|mailed"
    r"|re-?sent)(?: out)? (?:on|at|yesterday|last|this morning|earlier)\b",
    r"went out (?:on|at|yesterday|last|this morning|earlier)\b",
)
_AWAY = _facts(
    r"(?:i'?m|i am|i'?ll be|i will be|we're|we are|we'll be|we will be|(?:he|she|they)(?:'s| is"
    r"| are|'re|'ll be| will be))(?: currently| also| fully| completely| totally)?"
    r" (?:out|away|off|travell?ing|on (?:leave|holiday|vacation|pto)|unavailable|not available"
    r"|busy|booked|tied up|at a conference|offsite|ooo|back|returning|flying|in transit"
    r"|on a (?:flight|plane|train)"
    r"|in (?:back-to-back |all-day )?(?:meetings|workshops?|training|interviews|court)"
    r"|in an? (?:workshop|offsite|off-site|training))\b",
    r"[a-z]+ (?:is|will be)(?: currently| also)? (?:out|away|travell?ing|on (?:leave|holiday"
    r"|vacation|pto)|unavailable|not available|back|returning)\b",
    r"(?:i|we|he|she|they) (?:return|get back|am back|'m back)\b",
    r"(?:back|return(?:ing)?) (?:in the office|to the office|on|from)\b",
    r"(?:out of|away from) (?:the )?office",
    r"(?:is|'s|are) (?:a |an )?(?:bank |public |national |company |local |religious |school )?"
    r"(?:holidays?|day off)\b",
    # A closure: "our office is closed from 24 December to 6 January".
    r"(?:office|offices|we|building|site|company|team)(?:'s|'re| is| are| will be| remains?)?"
    r" (?:closed|shut)\b",
)
# A request for the candidate's own times, and the words that make a sentence an offer.
_ASKS = _facts(
    # ("if you're free" is the condition of an offer)
    # ("your preferred option" picks among times offered: no request for the candidate's own)
    r"(?<!if )(?:your|ur|you're|you are|you'?re) (?:availabilit|available|free|preferred(?!"
    r" (?:option|one|choice))|convenient)",
    r"when (?:are|r|would|will) (?:you|u) (?:be )?(?:free|available|around)",
    r"(?:share|send|give|provide|suggest|propose|tell)(?: (?:me|us))? (?:a few |some |two or"
    r" three |three |2-3 |\d )?(?:time ?slots|slots|times|time options|options|dates|windows)",
    r"(?:which|what) (?:days?|times?|dates?|slots?)\b[^.?!\n]{0,30}\b(?:work|suit|are good"
    r"|is good|would work|are best|is best) (?:for|with) you",
)
# "Could you share your times?" asks; "Could you do Tuesday?" offers.
_OFFERS = _facts(
    r"(?:could|can) (?:you|u) (?:please )?(?:do|make|manage|join|come|meet|talk|speak|hop)",
    # "Could we meet on Wednesday at 9:00?" (not "the panel meets on Wednesday")
    r"(?:could|can|shall|should) we (?:meet|do|talk|speak|have|schedule|book|move|try)\b",
    r"would (?:it|that|this|either|any|[a-z]+day)",
    r"would you (?:be (?:free|available|able to (?:do|make|join))|like to (?:do|meet)|prefer)",
    r"(?:how|what) about",
    r"are you (?:free|available|around)",
    r"(?:i|we|he|she|they|panel|team|manager|interviewer) (?:can|could) (?:do|offer|meet"
    r"|arrange|manage)",
    # "the earliest the panel can meet is Tuesday at 10", "the only slot left is ..."
    r"(?:earliest|only (?:slot|time|option|day|opening)s?|first (?:available|free|open)"
    r"|next (?:available|free|open))\b[^.?!\n]{0,40}\b(?:is|would be|will be|are)\b",
    # Someone who can see the candidate at a time: "Dr. Lee can see you Thursday at 1pm".
    r"(?:can|could|is able to|are able to|will be able to) (?:see|meet|speak (?:to|with)|talk"
    r" (?:to|with)|interview|call|fit) you\b",
    r"(?:i|we|[a-z]+) (?:has|have|'ve got|has got) (?:some |a few |two |three )?(?:slots|times"
    r"|availability|openings|open)",
    # (a person or a slot, not a place: "the office is open from 8:30" gives its hours)
    r"(?:i'?m|i am|we'?re|we are|(?!office |building |reception |desk |site |campus )[a-z]+ is)"
    r" (?:free|available|around|open)",
    r"instead",
    r"(?:works?|suits?) (?:for )?(?:me|us|the panel|the team)",
)
# The sender asks someone else whether a time works ("I've asked Jenna whether the Thursday
# slot you mentioned is still open"): whatever time it names, it offers none yet.
_CHECKS = _facts(
    r"(?:i|we|he|she|they|(?!you\b|u\b|please\b|kindly\b|to\b|and\b|or\b)[a-z]+(?= (?:is|are|has"
    r"|have|will)\b))(?:'ve|'m|'re|'s|'ll| have| has| am| are| is| will)?(?: just| already| now"
    r"| currently)? (?:asked|ask|asking|checked|checking|check|seeing|see|finding out|find out"
    r"|confirming|confirm|verifying|verify)(?: with)?(?: [\w'-]+){0,3} (?:whether|if)\b",
    # "I need to confirm Thursday 2pm with the panel first".
    # ("I must confirm it with her", "I need to consult with the director first")
    r"(?:(?:need|have|want|'d like|would like|got) (?:first )?to|must|should) (?:first )?"
    r"(?:confirm|check|clear|run|verify|consult|discuss|speak|talk)\b[^.?!\n]{0,40}"
    r"\b(?:with|by|past) (?!you\b)",
    # "I need to ask the director first", "we have to ask Maria".
    r"(?:(?:need|have|got) (?:first )?to|must|should) (?:first )?ask (?!you\b|u\b)(?:the|my|our|his"
    r"|her|their|[a-z]+ (?:first|before))\b",
    r"let (?:me|us) (?:check|see|ask|find out|confirm|verify)(?: with)?(?: [\w'-]+){0,3}"
    r" (?:whether|if)\b",
    r"waiting to (?:hear|find out|see)(?: back)?(?: from [\w'-]+)? (?:whether|if)\b",
    # Waiting on someone else's answer about it: "waiting to hear from the panel about
    # Thursday", "pending Li's sign-off", "once Sara confirms", "I still need the HM's OK".
    r"waiting (?:to hear|for|on)\b[^.?!\n]{0,40}\b(?:about|on|regarding|re|whether|if)\b",
    r"(?:i'?m|i am|we'?re|we are|[a-z]+ is) (?:still )?(?:checking|confirming|verifying)\b"
    r"(?:[^.?!\n]{0,40}\bwith (?!you\b)| (?:whether|if|on)\b)",
    r"pending (?:(?:the|his|her|their) )?(?:[\w'-]+ ){0,3}(?:approval|sign-?off|confirmation"
    r"|go-ahead|ok|okay|answer|reply)\b",
    r"(?:once|when|after|as soon as|until|till) (?!you\b|u\b)[a-z]+(?: [a-z]+)?"
    r" (?:confirms|replies|approves|signs off|agrees|gets back|says yes|has checked|checks"
    r"|answers|has answered|responds|has responded|has replied|decides|has decided)\b",
    r"(?:once|when|while|until|till|after) (?:i|we)(?:'ve| have)? (?:check|confirm|hear|ask|speak"
    r"|talk|checked|confirmed|heard|asked|spoken|talked)\b",
    r"need (?:(?:the|his|her|their|a) )?(?:[\w'-]+ ){0,3}(?:ok|okay|approval|sign-?off|go-ahead"
    r"|green light)\b",
    # Not heard from everyone yet, and so nothing to plan around: "I haven't heard back from
    # the panel", "please don't plan around it", "don't count on that slot".
    r"(?:haven'?t|have not|hasn'?t|has not|not yet|still not|yet to) (?:heard|had (?:an answer"
    r"|a reply|word))(?: back)? from (?!you\b|u\b)",
    r"(?:need|needs|have|has|got|want) to hear (?:back )?from (?!you\b|u\b)",
    r"(?:haven'?t|hasn'?t|have not|has not|not yet) (?:yet )?(?:checked|confirmed|cleared|run it"
    r"|spoken|talked)(?: it)? (?:with|by|past|to) (?!you\b|u\b)",
    # Nothing settled yet: "nothing is confirmed yet", "that's not locked in".
    r"nothing(?:'s| is| has been)? (?:yet )?(?:confirmed|final|fixed|locked in|set|booked|agreed"
    r"|settled|scheduled|arranged|decided)\b",
    r"(?:is|'s|are|'re|has|have)(?: been)? not (?:yet )?(?:confirmed|final|fixed|locked in|set in"
    r" stone|booked|agreed|settled)\b",
    r"(?:isn'?t|aren'?t|hasn'?t been|haven'?t been) (?:yet )?(?:confirmed|final|fixed|locked in"
    r"|set in stone|booked|agreed|settled)\b",
    r"(?:don'?t|do not|wouldn'?t|would not|no need to) (?:plan around|count on|rely on|book"
    r" (?:anything|travel)|hold|block|keep) (?:it|that|this|them|those|the (?:slot|time|date|day))"
    r"\b",
    r"(?:don'?t|do not|please don'?t) (?:book anything|make (?:any )?plans|treat (?:it|this|that)"
    r" as (?:confirmed|final|fixed|definite|booked)|take (?:it|this|that) as (?:confirmed|final"
    r"|fixed|definite|booked))",
    r"hold off\b",
    # Waiting for others to answer: "I'm waiting on two of them to confirm".
    r"waiting (?:for|on) [^.?!\n]{0,30}\bto (?:confirm|reply|answer|approve|get back|sign off"
    r"|decide|respond)\b",
    # "Marc is still to confirm", "has yet to approve it".
    r"(?:(?:is|are) (?:still |yet )?(?:to|yet to)|yet to|still (?:has|have|needs?) to) (?:confirm"
    r"|approve|sign off|agree|check|decide)\b",
)
# A time only held, or hoped to be possible: closed while the reply waits on a check.
_TENTATIVE = _facts(
    r"tentative(?:ly)?\b",
    r"provisional(?:ly)?\b",
    r"pencill?ed\b",
    r"(?:on|a) hold\b",
    r"holding\b",
    r"(?:might|may|could|should) (?:well )?(?:work|suit|be (?:possible|ok|okay|fine|free|doable))",
    # "Perhaps Wednesday morning, but please do not take it as final yet."
    r"perhaps|maybe|possibly",
    r"(?:not|n't) (?:take (?:it|this) as |yet |be )?(?:definitive|final|fixed|set in stone"
    r"|confirmed yet|yet confirmed)",
    # A time someone else has only named: "Tuesday 10am was floated", "the panel mentioned
    # Thursday" (what the candidate suggested is "theirs").
    r"(?:was|were|been|got|is being|are being) (?:\w+ )?(?:floated|mooted|mentioned|suggested"
    r"|raised|discussed|proposed|talked about|thrown around|put forward|kicked around)\b",
    r"as (?:a|one) (?:possibility|possible option|suggestion|candidate slot)\b",
    r"(?<!\byou )(?<!\bu )(?:floated|mooted|threw out|kicked around|tossed around|mentioned"
    r"|suggested|raised|brought up|came up|pitched)\b",
)
# The candidate's own suggestion, named again: not the sender's offer, unless the reply agrees
# to it ("the Tuesday 3pm you suggested works").
_THEIRS = _facts(
    r"(?:you|u) (?:had )?(?:suggested|proposed|mentioned|offered|asked for|requested|put forward"
    r"|gave|sent)",
    r"your (?:suggest\w*|propos\w*|request\w*|offer)",
    # ("noted your preference for Tuesday", not "let me know your preference")
    r"(?:noted|received|got|seen|see) your preferen",
    r"(?:thanks|thank you) for (?:suggesting|proposing|offering)",
)
_EXPLAINS = _facts(
    r"(?:office|opening|business|working|core|support) hours",
    # When a place is open: "the office is open from 8:30", "reception is staffed until 6".
    r"(?:office|building|reception|front desk|site|campus)(?:'s| is| are)? (?:open|staffed)\b",
    r"daylight saving",
    r"(?:switch|chang|mov|go|going)\w* (?:to|from|back to) (?:summer|winter|standard) ?time",
    r"(?:summer|winter) ?time (?:in \w+ )?(?:ends|starts|begins|finish\w*|will)",
    r"clocks? (?:go|goes|change|changes|move|moves|spring|fall)",
    r"(?:come|comes|go|goes) off (?:daylight|summer)",
    # A clock change said any other way: "we changed clocks last week", "DST ends on Sunday",
    # "you're back on GMT already", "we won't switch until the weekend", "the change is later".
    r"(?:chang|switch|put|set|turn|mov)\w* (?:the |our |their |your |its )?clocks?\b",
    r"(?:clocks?|dst|daylight sav\w*(?: time)?|summer ?time|winter ?time|standard time|bst|cest"
    r"|edt|pdt|cdt|mdt|aedt|nzdt) (?:will |would |only |already )?(?:change[sd]?|switch\w*"
    r"|go(?:es)? (?:back|forward)|went|moved?|moves|ends?|ended|starts?|started|begins?|began"
    r"|kicks? in|kicked in|springs?|sprang|falls?|fell|jump\w*|shift\w*)\b",
    r"(?:gone|go|goes|went|going|switch\w*|chang\w*|mov\w*|fall\w*|fell|spring\w*|sprang)"
    r" (?:back |forward |over )?(?:to|onto|off|from) (?:gmt|bst|utc|cet|cest|eet|eest|est|edt"
    r"|pst|pdt|cst|cdt|mst|mdt|aest|aedt|nzst|nzdt|standard time|summer ?time|winter ?time"
    r"|daylight)\b",
    r"(?:don'?t|doesn'?t|do not|does not|won'?t|will not|haven'?t|hasn'?t|didn'?t) (?:change"
    r"|switch|move|go back|go forward|spring forward|fall back)(?: (?:the |our |their )?clocks?)?"
    r" (?:until|till|before|for another|for a)\b",
    r"(?:clock|time|dst|daylight saving|summer time|winter time) ?(?:change|switch|shift)",
    r"(?:on|onto|to|from|off) (?:summer|winter|standard|daylight(?: saving)?) ?time\b",
    r"(?:after|before|until|till|once) the (?:switch|shift)\b",
    r"(?:jump|spring|go|move|put)\w* (?:the clocks? )?(?:forward|ahead|back) (?:an|one) hour",
    r"jump\w* (?:forward|ahead)",
    r"difference (?:is|will be|becomes|goes back to|goes to) (?:only |just |now |again )?\w+"
    r" hours?",
    # The same in the other languages replies come in.
    r"zeitumstellung|sommerzeit|winterzeit|(?:uhren|uhr) (?:\w+ )?(?:um|zurück|vor)\b"
    r"|heure d'(?:été|hiver)|changement d'heure|horario de (?:verano|invierno)|cambio de hora"
    r"|horário de (?:verão|inverno)|ora legale|ora solare",
    r"the (?:change|switch)(?: here| there| in [\w ]{2,20}?)? (?:is|happens|comes|takes place"
    r"|will be) (?:only |not )?(?:until|till|on|this|next|at the end|later|in a week"
    r"|tomorrow)\b",
    r"(?:spring|springs|sprang) forward|(?:fall|falls|fell) back\b(?! (?:to|on)\b)",
    # "We're on CEST until Sunday; you switch a week later", "the US changes next weekend".
    r"(?:on|in) (?:summer ?time|winter ?time|standard time|daylight (?:saving )?time|dst|cest"
    r"|bst|edt|pdt|cdt|mdt|aedt|nzdt|eest) (?:until|till|through|for (?:another|one|a))\b",
    r"(?:we|you|they|it|the (?:us|uk|states)|europe|america) (?:only |also )?"
    r"(?:switch(?:es|ed)?|change[sd]?)"
    r"(?: over)? (?:a week|an? \w+ (?:later|earlier|after)|later|earlier|on|this|next|until"
    r"|till|in)\b",
    # What a day is where the sender lives: "Friday is our weekend", "Sunday is a working day".
    r"(?:[a-z]+day|weekend)s? (?:is|are) (?:a |an |our |my |the )?(?:normal |regular |full |half"
    r" |short )?(?:workday|working day|work day|business day|weekday|weekend|day off|rest day"
    r"|half day)",
    # A conversion of a time given elsewhere, and the difference it comes from: "so B would be
    # 10:00 for you", "that'd be 7pm in London", "we're five hours ahead of you".
    # ("so the earliest would be Tuesday" offers: a conversion says whose clock it is on)
    r"so (?:[\w']+ ){0,2}(?:would|will|'d|'ll|should) (?:still )?be\b[^.?!\n]{0,30}\b(?:for you"
    r"|your (?:time|side|end)|on your|you'll|your local)",
    r"(?:will|would|'d|'ll) (?:still )?be [^.?!\n]{0,25}\b(?:for you|your time|in your)\b",
    r"(?:are|is|'re|'s|am|'m) (?:now |currently |still )?(?:\w+ )?(?:hours?|hrs?|h)"
    r" (?:ahead|behind)",
    r"making it\b",
    # A label for it: "(your local time: 8pm)", "for you: 20:00".
    r"(?:your (?:local )?time|for you|local time for you)\s*[:=]",
    # Working it out: "I make it 8pm for you", "I calculated it as 21:00 in New York".
    r"(?:calculated|converted|worked out|make|makes|made) (?:it|this|that)(?: as| to be| to"
    r"| at| out)?\b",
    # A conversion in the conditional, as other languages put it: "en Bogotá serían las 11".
    r"(?:serían|sería|seriam|seria|wären|wäre|serait|seraient)\b",
)
_ELSEWHERE = _facts(
    # (not "the panel will meet you on Tuesday", which offers)
    r"(?:panel|team|committee|board|we|they|he|she|managers?)(?: next| then| again)?"
    r" (?:meets|is meeting|are meeting|will meet|meet|convenes|will convene|sits|gets together)\b"
    r"(?! (?:with )?you\b)",
    r"(?:make|made|reach) (?:a|the|our|their) decision",
    r"debrief",
)
# A deadline for the answer: the day and time after "by" are when to reply, not a slot.
_DEADLINE = re.compile(
    r"\b(?:confirm\w*|repl(?:y|ies)|respond|revert|let (?:me|us) know|submit(?:ted)?|complete[ds]?"
    r"|sen[dt]|get back|answer|decide)\b[^.?!;\n]{0,60}?"
    r"(?P<deadline>\b(?:by|until|till|before|no later than)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?=eod|cob|noon|midday|[a-z]+day\b|tomorrow|today|tonight|\d|[a-z]{3,9}\.?\s+\d)"
    r"[^.?!;\n]{0,120}?)(?=\s+(?:if|whether|which|so that|with)\b|\s+[-\u2013\u2014]\s|[.?!;:\n]|$)"
    r"|(?P<due>\b(?:deadline|due date)\b[^.?!;\n]{0,120})"
    # When a link, a form or a test stops being open: "the link expires on Friday at 23:59".
    r"|(?P<expires>\b(?:expir(?:es|ing|y|ation)|closes|(?:is|are) due(?! to)|valid (?:until|till"
    r"|through))\b[^.?!;\n]{0,60}?(?=\s+(?:and|but|so|or|then)\b|[.?!;:\n]|$))",
    re.IGNORECASE,
)

# A conversion of a time given elsewhere, from its copula to the words that say whose clock it
# is on: "it is 3 March (Tue) 6:00 pm on your side", "so that is 9:00 in Chicago", "which
# would be Monday 9am for you". Its day and time restate an offer; read again in the
# wrong zone they would be a new one.
_CONVERTED = re.compile(
    # Whose clock said first: "for you in New York it is 11 am", "in your time it would be 11"
    # (while in "9am your time, which is 5pm for me" the conversion is the second time).
    # ("and for your side is Wednesday 6pm", "in your Los Angeles time, this is 6:00 pm")
    r"(?:\bfor (?:you|u)|\b(?:in|at|on|for) your (?:[a-z]+ ){0,2}"
    + _YOUR_SIDE
    + r"|\bin (?:"
    + PLACES
    + r"))(?:,?\s+(?:in (?:"
    + PLACES
    + r")|(?:over )?there)\b)?\W+(?:(?:that|it|this)\s*(?:'s|'ll be|'d be)|(?:(?:that|it|this)\s+)?"
    r"(?:is|will be|would be|means|equals|becomes))\b[^.?!;\n\d]{0,30}\d"
    # A label before the time it converts: "..., your local time 2026-09-16 17:00", "(your
    # time: Wed 6pm)" (not "3pm, your time, on Monday").
    r"|(?:^|[,(/;=\u2013\u2014-])\s*(?:in |at )?your (?:local )?time\s*[:=]?\s*(?=\d|(?:mon|tue|wed"
    r"|thu|fri|sat|sun)[a-z]*\b)[^.?!;\n\d]{0,30}\d"
    r"|(?:(?<!\bif )\b(?:this|that|it|which)(?:'s|'ll be|'d be| is| was| will be| would be"
    r"| will still be| would still be| means| equals| corresponds to| translates to| comes to"
    r"| works out (?:to|as|at))|\bmeaning|\bi\.e\.?)\s+"
    # (not the booking itself: "it is confirmed for Monday at 3pm in London")
    r"(?!(?:now |all |also )?(?:confirmed|booked|scheduled|set|fixed|arranged|held|happening"
    r"|locked|sorted|taking place|on|at|for)\b)"
    # (nor what follows another offer: "..., or I could do Friday at 2pm your time")
    r"(?:(?!\b(?:or|but|if|could|can|would|how about)\b)[^.?!;\n]){0,60}?" + _YOUR_CLOCK,
    re.IGNORECASE,
)

# How a reply says that a day or a time is not possible, right after naming it: "Tuesday is
# out", "10am is already taken", "Friday's no good", "Monday won't work for us", "16:00 -
# gone", "Thu (fully booked)". One vocabulary for days, times and the agreement they are not.
_NOT_POSSIBLE = (
    r"(?:out|off|no good|(?:a )?no-?go|impossible|not possible|not an option|out of the question"
    r"|off the table|taken|gone|full|fully booked|booked up|spoken for|filled|cancell?ed"
    r"|unavailable|not available|no longer (?:available|possible|an option|free|open)|blocked"
    r"|busy|lunch)"
)
REFUSED = (
    r"(?:(?:\s+(?:is|are|was|were|has been|have been|had been|got)|'s|'re"
    r"|\s+(?:has|have)(?=\s+(?:now\s+|already\s+)?gone))\s+"
    r"(?:now\s+|already\s+|sadly\s+|unfortunately\s+|also\s+)?"
    + _NOT_POSSIBLE
    + r"|\s+(?:doesn'?t|does not|won'?t|will not|wouldn'?t|would not|isn'?t|is not|no longer"
    r"|can'?t|cannot|can no longer)\s+(?:\w+\s+)?(?:works?|suits?|be possible|possible|available"
    r"|be available|happen|go ahead|be an option)"
    r"|\s*[-\u2013\u2014:(,]\s*(?:sorry,?\s+)?(?:now\s+|already\s+)?(?:taken|gone|full"
    r"|fully booked|booked up|filled|unavailable|not available|no longer available"
    r"|cancell?ed))\b"
)
REFUSES = re.compile(r"\w" + REFUSED, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One clause of the sender's own words: where it is, and what it does."""

    start: int
    end: int
    text: str
    facts: frozenset[Fact]

    @property
    def offers_nothing(self) -> bool:
        """Say whether no time in this clause can be an offer to the candidate."""
        facts = self.facts
        if "checks" in facts:
            return True
        return "offers" not in facts and bool(
            facts & {"past", "away", "asks", "explains", "elsewhere"}
        )


def split(own: str) -> list[Sentence]:
    """Split `own` into clauses, each with its facts, in order.

    What a colon introduces on its line shares the facts of the words before it that close a
    clause: "we were booked for: Monday 10am" tells the past too.
    """
    clauses: list[Sentence] = []
    start = 0
    carried: frozenset[Fact] = frozenset()
    for match in _END.finditer(own):
        if match.group().startswith(".") and _abbreviated(own, start, match.start(), match.end()):
            continue
        if _intensifying(own, match):
            continue
        # The clause keeps its closing mark: "Could you do 3pm?" is a question.
        end = match.end() if match.group()[0] in ".!?:" else match.start()
        if own[start:end].strip():
            clauses.append(_sentence(own, start, end, carried))
            carried = clauses[-1].facts & _CARRIED if match.group() == ":" else frozenset()
        start = match.end()
    if own[start:].strip():
        clauses.append(_sentence(own, start, len(own), carried))
    return clauses


def _intensifying(own: str, match: re.Match[str]) -> bool:
    """Say whether the clause break `match` stands before a "so" that only intensifies."""
    if not own.startswith(("so", "So"), match.end()) or match.group().startswith(","):
        return False
    return bool(
        _INTENSIFYING_SO.match(own, match.end())
        or _BEFORE_INTENSIFYING_SO.search(own, max(0, match.start() - 10), match.start())
    )


def _abbreviated(own: str, start: int, stop: int, after: int) -> bool:
    """Say whether the full stop at `stop` closes an abbreviation rather than a sentence."""
    word = _ABBREVIATED.search(own, max(0, start), stop)
    if word is None:
        return False
    following = _NEXT_WORD.match(own, after)
    if word.group().lower() in ("a.m", "p.m"):
        # "at 9:30 a.m. Keep in mind ..." ends; "9 a.m. Pacific" and "9 a.m. on Monday" do not.
        return (
            following is None
            or not following.group(1)[0].isupper()
            or bool(ZONE_WORD.match(own[following.start(1) : following.start(1) + 40].lower()))
        )
    if not word.group()[-1].isdigit():
        return True
    if _CLOCK_STOP.search(own, max(0, start), stop):
        return False
    return (
        following is None
        or not following.group(1)[0].isupper()
        or following.group(1).lower() in _MONTH_WORDS
    )


_CARRIED: frozenset[Fact] = frozenset({"past", "away", "explains", "elsewhere"})


def _sentence(own: str, start: int, end: int, carried: frozenset[Fact]) -> Sentence:
    text = " ".join(own[start:end].split())
    facts: set[Fact] = set(carried)
    # A conversion closes only its own words (see `closed_spans`), so it does not make the
    # clause explain: "Thursday at 16:00 our time, it will be 10:00 for you" still offers.
    unconverted = _CONVERTED.sub(" ", text)
    for fact, pattern in _FACT_PATTERNS:
        if pattern.search(unconverted if fact == "explains" else text):
            facts.add(fact)
    return Sentence(start, end, text, frozenset(facts))


_FACT_PATTERNS: tuple[tuple[Fact, re.Pattern[str]], ...] = (
    ("past", _PAST),
    ("away", _AWAY),
    ("asks", _ASKS),
    ("explains", _EXPLAINS),
    ("elsewhere", _ELSEWHERE),
    ("checks", _CHECKS),
    ("tentative", _TENTATIVE),
    ("theirs", _THEIRS),
    ("offers", _OFFERS),
)


def closed_spans(
    own: str, clauses: list[Sentence], *, agrees: bool = False
) -> list[tuple[int, int, bool]]:
    """Return the spans of `own` whose times are never offers: such clauses, and deadlines.

    The third item says whether the span's days are set aside too. A clause that a contrast
    follows keeps its days: "busy Monday morning, but free at 3" offers Monday at 3. A clause
    naming the candidate's own suggestion is closed too unless the reply `agrees` to a time,
    and a time only held or hoped for is closed while the reply waits on a check ("Monday at
    9 might work, but I have to ask the team first").
    """
    checking = any("checks" in c.facts for c in clauses)
    spans = [
        (c.start, c.end, not (after and _CONTRAST.match(after.text)))
        for c, after in zip(clauses, [*clauses[1:], None], strict=False)
        if c.offers_nothing
        or ("theirs" in c.facts and not agrees)
        or ("tentative" in c.facts and checking)
    ]
    spans += [(*m.span(m.lastgroup or 0), True) for m in _DEADLINE.finditer(own)]
    spans += [(*m.span(), True) for m in _CONVERTED.finditer(own)]
    return sorted(spans)
