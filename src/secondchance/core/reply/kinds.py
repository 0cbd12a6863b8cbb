"""What kind of answer a reply is, from its headers and the sender's own words (issue 18).

Cues are families of phrasings, tried in a fixed order: an automatic reply first (its headers
or its words), then a decline, a confirmation, offered times, a message for someone else, a
request for times, a question about what happened, and "let me check". The first family that
matches decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal, get_args

from secondchance.core.reply.sentences import REFUSES, Sentence

ReplyKind = Literal[
    "proposes_times",
    "asks_for_times",
    "confirms",
    "asks_what_happened",
    "pending",
    "declined",
    "auto_reply",
    "other",
]
REPLY_KINDS: tuple[ReplyKind, ...] = get_args(ReplyKind)


def _cues(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


# Words only a machine writes: enough on their own.
_AUTOMATIC = _cues(
    r"automatic reply",
    r"auto(?:matic)?[- ]?reply",
    r"autoreply",
    r"respuesta automática",
    r"réponse automatique",
    r"automatische antwort",
    r"abwesenheitsnotiz",
    r"this (?:is an )?(?:automated|automatic) (?:message|response|reply|confirmation)",
    r"(?:an |this is an )?automatic confirmation",
    r"(?:please )?do not reply to this (?:e-?mail|message|address)",
    r"(?:inbox|mailbox|address|account) is(?: not|n't) monitored",
    r"(?:auto-?generated|automatically generated|system-generated)",
)
# Words of an absence notice, which a person also writes ("I'm out Friday, when are you
# free?"): they make an automatic reply only in a message that asks nothing.
_ABSENCE = _cues(
    r"out of (?:the )?office",
    r"i am (?:currently )?(?:away|on (?:annual |parental |sick )?leave|on holiday|on vacation"
    r"|travell?ing|out|at a conference)",
    r"i'm (?:currently )?(?:away|on (?:annual |parental |sick )?leave|on holiday|on vacation|out"
    r"|travell?ing|at a conference)",
    r"(?:limited|no|intermittent|restricted) access to (?:my )?e-?mail",
    r"(?:limited|no|intermittent|patchy) (?:connectivity|internet|wi-?fi|signal|reception)",
    r"i (?:will|shall|'ll) (?:be back|return)(?! to you)",
    r"(?:will|shall) be back (?:on|by|from|in|at)?\s*(?:the )?(?:\d|mon|tue|wed|thu|fri|sat|sun"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|tomorrow)",
    r"(?:after|upon|on) my return",
    r"on (?:a )?business trip",
    r"(?:i am|i'm|currently) ooo\b",
    r"(?:for|if (?:it is |it's )?)(?:anything |something )?urgent",
    r"(?:will|shall) be back (?:in the office|in office|at (?:my|the) desk)",
    r"(?:will|shall|'ll) (?:respond|reply|answer)(?: to (?:your|you)(?: (?:e-?mail|message|enquiry"
    r"|inquiry))?)?(?: on| in)? (?:when|upon|once|then|my return|my next working day)",
    r"(?:office is|offices are|we are|we're) closed (?:for|until|over|from)",
    r"currently out of",
    r"de vacaciones",
    r"en congé",
    r"im urlaub",
    r"wieder im büro",
    # The same notice in the other languages replies come in.
    r"nicht im büro",
    r"abwesend",
    r"in dringenden fällen",
    r"absente? (?:jusqu|du|à partir)",
    r"pour toute (?:urgence|question urgente)",
    r"fuera de la oficina",
    r"(?:en caso de|para asuntos de) urgencia",
    r"fora do escritório",
    r"em caso de urgência",
)
# The words only an absence notice writes, unlike "I'm away on Friday" from a person.
_NOTICE = _cues(
    # ("the hiring manager is out of office this week" is a person's news about a colleague)
    r"(?<!\bis )(?<!\bhe's )(?<!\bshe's )(?<!\bthey are )(?<!\bthey're )out of (?:the )?office",
    r"(?:limited|no|intermittent|restricted) access to (?:my )?e-?mail",
    r"(?:for|if (?:it is |it's )?)(?:anything |something )?urgent",
    r"(?:after|upon|on) my return",
    r"currently out of",
    r"(?:won'?t|will not) be (?:checking|reading|monitoring) (?:my )?e-?mails?",
    # A condition on what the message says, which only a machine that has not read it writes.
    r"if your (?:message|e-?mail|enquiry|inquiry|query|request|matter) (?:is|concerns|relates"
    r"|regards|requires|needs)",
)
# Words that answer this very message, which a notice written in advance cannot.
_ANSWERS_THIS = _cues(
    r"got your (?:note|message|e-?mail|voicemail)",
    # What the candidate wrote, answered: "thanks for letting me know", "sorry to hear"
    # (while "thank you for your email" opens many notices).
    r"(?:thanks|thank you) for (?:letting (?:me|us) know|the (?:update|heads-?up|note)|explaining"
    r"|telling)",
    r"sorry to hear",
    # The sender's own step about this very case: "I will check with the interviewer".
    r"(?:i|we)(?:'ll| will| shall) (?:check|confirm|consult|speak|talk) with (?!you\b)",
    r"(?:sort|find|set up|arrange|book) (?:out )?(?:a |another |the )?(?:new|another|different)"
    r" (?:time|slot|date|day)",
    r"re-?schedul\w* (?:it|this|the interview|your interview|with you)",
)
# The sender's own offer, which a notice never makes.
_OWN_OFFER = _cues(
    r"(?:i|we) (?:can|could) (?:do|offer|meet|manage|make)",
    r"here(?:'s| is) what (?:i|we)",
    r"(?:i'?m|i am|we'?re|we are) (?:free|available|around|open)",
    r"(?:how|what) about",
    r"(?:could|can|would|will) you",
    r"(?:works?|suits?) (?:for )?(?:me|us)",
)
_DECLINED = _cues(
    r"(?:cannot|can't|can not|unable to|won't|will not|not able to) (?:proceed|move|go|continue)"
    r"(?: any)?(?: further| forward| ahead)? with (?:your|the|you)",
    r"(?:went|gone|going|go|decided to go) with (?:someone|somebody|another|a different|other"
    r"|an? (?:internal|external|stronger|more experienced))",
    r"(?:won't|will not|not) be (?:moving|going|taking (?:this|it|you)) (?:ahead|forward|further)",
    r"(?:decided|chosen|decision) to (?:continue|proceed|go ahead|carry on) with (?:the )?"
    r"(?:other|remaining|candidates|applicants|those)",
    r"(?:decided|chosen|decision) to move on\b(?! to)",
    r"(?:will|shall|can|could)(?: therefore| unfortunately| sadly| now)? not (?:be able to )?"
    r"(?:reschedule|rebook|rearrange|offer (?:you )?(?:another|a new|a second))",
    r"(?:decided|chosen|decision) (?:to )?(?:move|moving|go|going) (?:forward|ahead) with other",
    r"mov(?:e|ed|ing) (?:forward|ahead|on) with (?:the )?(?:other|another|a different)",
    r"(?:extended|made|accepted) an offer",
    r"(?:going|gone|go) (?:in )?(?:another|a different) direction",
    r"(?:filled|closed) the (?:role|position|vacancy)",
    # The place is taken, however briefly said: "we filled the post", "the job's been filled",
    # "we have hired someone", "we made a hire last week".
    r"(?:we|i|they)(?:'ve| have)?(?: now| already| just)? (?:filled|closed) (?:it|the (?:job|post"
    r"|opening|spot|seat)|this (?:role|position|job|post))\b",
    r"(?:role|position|job|post|vacancy|opening|spot)(?:'s| has)(?: now| already)? been"
    r" (?:filled|taken|closed)",
    # ("we found someone for the role", not "I found someone to take your interview")
    r"(?:we|i|they)(?:'ve| have)?(?: now| already| just)? found (?:someone|somebody|a (?:suitable"
    r" |strong |good )?(?:candidate|person|match)|the (?:right )?(?:person|candidate))"
    r"(?=\s*(?:[.,;!\n]|$)| else\b| for (?:the|this|that) (?:role|position|job|post))",
    r"(?:process|recruitment|search|hiring|selection)(?: \w+)? (?:is|has been|was) (?:now )?"
    r"(?:finished|over|complete|completed|closed|concluded|ended)",
    r"(?:completed|concluded|finished|closed|ended) (?:the |our )?(?:hiring|recruit\w*|search"
    r"|selection)",
    r"(?:role|position|job|post|vacancy)(?: has been| was| is)? offered to (?:another|a different"
    r"|an? other|someone|somebody)",
    r"(?:we|they)(?:'ve| have)?(?: now| already| just)? (?:hired|made (?:a|the|an) (?:hire|offer))"
    r"\b(?! you\b)",
    # ("decided not to continue", "decided to not continue the selection process with you")
    r"(?:decided|chosen|decision|determined|opted|choose|chose) (?:not to|to not) (?:reschedule"
    r"|rebook|proceed|move forward|continue|progress|pursue|go (?:ahead|forward))",
    r"(?:not|n't|unable to|cannot) (?:to )?(?:continue|proceed with|go on with|pursue) (?:the|this"
    r"|our|your) (?:[\w-]+ )?(?:process|application|candidacy|candidature|recruitment)"
    r"(?: \w+)? with you\b",
    r"(?:will|won't|will not|unable to|not able to|cannot|can't|can ?not) (?:be able to )?"
    r"(?:offer (?:you )?(?:another|a new|a second)|reschedule|rebook|rearrange)",
    r"not (?:be )?(?:moving|proceeding|taking (?:your application|this)) (?:forward|further)",
    r"(?:role|position|req|requisition|vacancy|opening|job|post) (?:has|have|was|is|had)(?: now"
    r"| already)?(?: been)? (?:filled|closed|put on hold|cancelled|withdrawn|gone|taken)",
    r"(?:given|gave|give|offered|awarded) (?:the|this|that) (?:job|role|position|post) to"
    r" (?:someone|somebody|another|a different|an? (?:internal|other|more))",
    r"(?:in a position|able) to offer (?:you )?(?:another|a new|a second)",
    r"not (?:to )?(?:progress|proceed with|continue with) (?:your|the|with)",
    r"(?:on hold|no longer (?:open|available|hiring))",
    r"clos(?:e|ing) (?:your|the) (?:application|candidacy|process)",
    r"(?:withdraw|withdrawn|end) (?:your|the) (?:application|candidacy|process)",
    r"not (?:be )?able to (?:continue|proceed)",
    r"(?:we|i) (?:will|'ll) not be (?:rescheduling|continuing|proceeding)",
    r"(?:no|not) (?:longer )?(?:consider|considering) (?:you|your)",
    r"unfortunately,? (?:we|i) (?:will|won't|have|can't|cannot|are unable)",
    r"paus(?:ing|ed) (?:all )?(?:interviews|hiring|recruitment|the (?:role|search|process))",
    r"(?:leave|leaving) (?:it|things) there\b",
    r"(?:won'?t|will not|not|unable to|decided not to) (?:be )?(?:progress|proceed|continu)\w*"
    r" (?:with )?(?:your|the) (?:application|candidacy)",
    r"(?:pursue|go with|going with|proceed with|selected|hire|hired|hiring|chosen|choose|picked"
    r"|appointed|offered the (?:role|position) to) (?:other|another|a different"
    r"|an? (?:internal|other)|a more)"
    r"(?: \w+)? (?:candidate|applicant|person|profile)s?",
    r"(?:best|good) (?:of )?luck (?:in|with|for) (?:your|the) (?:search|future)",
    r"(?:does|do|did)(?: not|n't) (?:want|wish) to (?:continue|proceed|move forward|go ahead"
    r"|re-?schedul\w*|re-?book|rearrange|re-?interview|meet again)",
    r"(?:we're|we are|i'm|i am) going to pass",
    r"(?:rescheduling|rebooking|another interview)[^.?!\n]{0,60}"
    r"(?:\bnot|n't) (?:permitted|possible|allowed|an option)",
    r"(?:application|candidacy) (?:stands|is|has been|now stands) closed",
    r"(?:not|\w+n't) (?:be )?in a position to (?:set up|arrange|offer|schedule|reschedule"
    r"|rebook|proceed)",
    r"not able to arrange another",
    # Refusing the new interview itself, or the candidacy: "we're not going to reschedule",
    # "unable to arrange another interview", "will not be able to process your candidature".
    r"(?:not|\w+n't|unable to|cannot|can not)(?: be)?(?: able to| going to| in a position to)?"
    r" (?:re-?schedul\w*|rearrang\w*|re-?book\w*|arrange (?:another|a new|a second) (?:interview"
    r"|meeting|call)|process your (?:application|candidature|candidacy|profile))\b",
    r"(?:not|cannot|\w+n't) be considered for (?:re-?schedul|another|a new|further)",
    # Going on without the candidate: "move ahead with the finalists", "finalize the role with
    # the candidates who completed this round", "we won't be setting up a new session",
    # "we won't be bringing you back in".
    r"(?:mov|go|proceed|continu|progress)\w* (?:ahead |forward |on )?with (?:the |our )?"
    r"(?:finalists|shortlist\w*|current (?:shortlist|candidates|pool)|remaining|candidates who"
    r"|applicants who|those who|people who)",
    r"(?:finali[sz]|clos|fill)\w* (?:the|this|our) (?:role|position|hire|hiring|process|search"
    r"|shortlist) with\b",
    r"(?:won'?t|will not|not) be (?:setting up|scheduling|arranging|booking|offering|organi[sz]ing"
    r"|lining up) (?:a |an |another |any )?(?:new |second |further |other |replacement )?"
    r"(?:session|interview|call|meeting|slot|time|conversation)",
    r"(?:won'?t|will not|not) be (?:bringing|inviting|asking|calling) you (?:back|in)\b",
    # The candidacy does not go on, however it is put: "will therefore not progress further",
    # "won't be able to take your application forward", "unable to offer individual
    # rescheduling", "cannot accommodate a new interview date", "decided not to go ahead"; not
    # "can't offer a new slot until Monday" or "not going ahead with Tuesday".
    r"(?:not|\w+n't|unable to|cannot|can not|no longer)(?: (?:be|be able to|able to|going to|to"
    r"|in a position to|therefore|unfortunately|sadly|now|comfortable|willing|prepared|happy)){0,4}"
    r" (?:(?:progress|proceed|continu)\w*"
    r" (?:further|any further|with (?:you|your|the (?:process|application|recruitment))|your"
    r" (?:application|candidacy|candidature))|(?:mov|go)\w* (?:forward|ahead)(?=\s*[.,;!\n]|\s*$"
    r"| after\b| at this (?:stage|time|point)| for now"
    r"| with (?:you\b|your|the (?:process|application|recruitment)|an? (?:second|new|further"
    r"|replacement|another)))|tak\w* (?:it|this|you|your (?:application|candidacy)) (?:forward"
    r"|further)|consider\w* (?:you|your \w+) (?:any )?further|(?:offer|accommodat|arrang|schedul"
    r"|set up|provid)\w*(?: you)? (?:an? |any )?(?:individual |new |second |another |replacement"
    r" |alternative |further )?(?:re-?schedul\w*|interview|slot|date|time|session))\b"
    r"(?![^.?!\n]{0,30}\b(?:until|till|before|yet|this week|today|right now|at the moment)\b)",
    r"(?:taken|progressed|considered) (?:any )?further",
    r"(?:application|candidacy|candidature)\b[^.?!\n]{0,30}\bunsuccessful",
    r"(?:is|marks|means|reached) the end of (?:the|your|this) (?:process|road|recruitment)",
    # Stopping it, or its schedule over: "decided to stop the recruitment for you", "not
    # possible to arrange again because the interview schedule is finished".
    r"(?:decided|decision|chosen|chose) to (?:stop|end|close|discontinue|terminate|halt)"
    r" (?:the |your |our )?(?:recruitment|process|application|candidacy|candidature|selection)",
    r"not possible to (?:arrange|reschedule|rebook|schedule|organi[sz]e) (?:it |the interview |an?"
    r" (?:new |second |other )?interview )?again\b",
    r"(?:interview schedule|schedule for (?:the )?interviews|interviews for (?:this|the) (?:role"
    r"|position|vacancy))(?: \w+){0,2} (?:is|was|were|are|has been|have been) (?:now |already )?"
    r"(?:finished|over|complete|completed|closed|concluded)",
)
# A test or exercise to complete: "complete the online coding assessment", "take a short
# aptitude test", "work on the take-home exercise".
_ASSESSMENT = _cues(
    r"(?:complete|take|do|sit|finish|submit|fill (?:in|out)|work on|start)\s+(?:(?:a|an|the|our"
    r"|this|your)\s+)?(?:[\w-]+\s+){0,3}(?:assessment|exercise|assignment|case study"
    r"|questionnaire|(?:coding|online|technical|written|aptitude|skills?|personality"
    r"|psychometric|take-home) (?:test|challenge|task))s?\b",
)
# "a time that works", "something that suits", "if this suits": a wish, not a confirmation.
_NOT_RELATIVE = (
    r"(?<!if )(?<!whether )(?<!something )(?<!anything )(?<!nothing )(?<!time )(?<!times )"
    r"(?<!slot )(?<!slots )(?<!one )(?<!option )(?<!day )(?<!date )(?<!hour )(?<!dates )"
    r"(?<!days )(?<!window )(?<!windows )"
)
_CONFIRMS = _cues(
    r"(?:is|are|now|has been|have been|been) (?:re-?scheduled|re-?booked|confirmed|booked"
    r"|locked in|scheduled"
    r"|set|moved|in the calendar|in the diary)(?! (?:for|by|with) (?:another|someone|a different"
    r"|other))",
    r"(?<!what )(?<!which )(?<!whatever )(?<!if it )(?<!if that )(?<!if this )"
    r"(?<!time that )(?<!times that )(?<!thing that )(?<!one that )(?<!day that )"
    r"(?:works|suits)(?: (?:well |fine |great |perfectly )?for (?:me|us|everyone|the team|both))?"
    r"(?=\s*(?:[.!\n]|$)|[^\w?\n]*$)",
    r"invit(?:e|ation) (?:sent|is on its way|has been sent|is coming|to follow)",
    r"(?<!before )(?<!can )(?<!after )(?<!once )(?<!when )(?<!if )(?<!until )"
    r"(?:we|i) (?:hereby |happily |gladly )?confirm\b",
    _NOT_RELATIVE + r"(?:that|this|it|[a-z]+day(?: at [^.?!\n]{1,20})?)"
    r" (?:works|suits|is fine|is perfect|is great|is good|sounds good)(?![^.!?\n]*\?)",
    r"(?<!that )(?<!which )works (?:for|well for) (?:me|us|him|her|them|everyone|the (?:team"
    r"|panel|committee|hiring manager|interviewers?))"
    r"(?![^.!?\n]*\?)",
    # A yes and one day or time, said plainly: "Sure - Tuesday 20 January at 3pm." (not "Sure,
    # Tuesday could work if you're free", nor a question).
    r"(?:^|\n)[ \t]*(?:yes|yep|yeah|sure|ok|okay|great|perfect|agreed|deal|noted|cool|fine"
    r"|alright|all right|lovely|excellent|brilliant|done|np|no problem|no worries|got it"
    r"|sounds (?:good|great|perfect|fine))\b[\s,!.:;"
    r"\u2013\u2014-]+(?:(?:on|for|at) )?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|(?=\d))"
    # (a time said first is still there for the look ahead: "ok, 9am Wednesday.")
    r"(?![^?\n]*\b(?:could|would|if|might|may|can you|how about|or)\b)"
    r"(?=[^?\n]*\d(?:[:.]\d\d|\s*[ap]\.?m\b))[^?\n]*$",
    # "Speak then!" as a sign-off agrees; "we can speak then" does not.
    r"(?:^|\n)[ \t]*(?:speak|talk|chat) (?:to you |with you )?then\b(?![^.!?\n]*\?)",
    # "see you then" agrees; "Helen can see you on Thursday" offers.
    r"(?<!can )(?<!could )(?<!would )(?<!to )(?<!will )(?<!may )"
    r"see (?:you|u|ya) (?:then|on|at|next|tomorrow|tmrw|tmr|tonight|monday|tuesday|wednesday"
    r"|thursday|friday)",
    # A day or time agreed with "then": "ok tue 9am then, see u" (not "let me check then").
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|tmrw|\d[\w:.]*)(?: [\w:.]+){0,4} then\b"
    r"(?![^.!?\n]*\?)",
    r"(?:you're|you are|you've been|you have been) (?:now )?(?:booked|scheduled|confirmed)"
    r" (?:in )?(?:for|on|at)\b(?![^.!?\n]*\?)",
    r"(?:i'?ve|i have|we'?ve|we have) (?:sent|updated|moved|rebooked|rescheduled|re-sent|resent)"
    r" (?:(?:you|the|a|an|over) )*(?:new |updated |calendar |zoom |teams )*"
    r"(?:invite|invitation|interview|meeting)",
    # These agree; "let's do Tuesday at 3" puts a time to the candidate, so it offers.
    r"(?:let'?s|we'?ll) (?:go with|lock in|keep)",
    r"(?:perfect|great|lovely|parfait|excellent),? (?:so |then |see )",
    r"locked in",
    # ("Mountain time is fine" accepts a zone, "any time works" is no agreement.)
    _NOT_RELATIVE + r"(?:\d(?:am|pm|\.m\.)?|noon|tomorrow|today|[a-z]+day|it|that|this"
    r"|(?:that|this|the|same|new) (?:time|slot))"
    r"\s+(?:works|suits|is (?:fine|perfect|great|good|ok|okay|confirmed))(?![^.!?\n]*\?)",
    r"(?:\d+(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|day|noon|tomorrow|today|tonight|tmrw)\s+it is\b",
    r"(?:interview|call|meeting|session|it)(?:'s| is) now (?:on\b|at\b|for\b|set for\b"
    r"|(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|\d))(?![^.!?\n]*\?)",
    r"(?:you|u) (?:suggested|proposed|mentioned|offered)(?: \w+)? (?:works|suits|is (?:fine|perfect"
    r"|great|good|ok|okay|confirmed))(?![^.!?\n]*\?)",
    # A heading that states the booking: "Confirmed", "Rescheduled:", "Updated invitation:".
    r"(?:^|\n)[ \t]*(?:confirmed\b|(?:rescheduled|re-?booked|booked|(?:updated )?invitation)"
    r"\s*:)",
    # "Confirming Wednesday at 9", "this is to confirm ...", not "confirming with the panel".
    r"(?:(?:^|\n)[ \t]*(?:just )?|(?:i'?m|we'?re|i am|we are) (?:just )?)confirming\b"
    r"(?! with| whether| if| receipt)(?![^.!?\n]*\?)",
    r"(?:this is|writing|just|happy|pleased|glad) to confirm\b(?! with| whether| if| receipt)"
    r"(?![^.!?\n]*\?)",
    r"(?<!be )(?<!been )(?:confirmed|booked)(?=[.!:]|\s*$)",
    r"(?:sounds|that's|that is) (?:good|great|perfect|fine)\W+(?:i'll|i will|we'll|we will)"
    r" (?:send|set up|book|update)",
    r"invite (?:is )?(?:on its way|coming|to follow)",
    r"invite (?:for\b[^.?!\n]{1,40} )?(?:is )?(?:in your inbox|on its way)",
    r"(?:i'll|i will|we'll|we will) send (?:you )?(?:the|an|a) (?:calendar |updated |new )?"
    r"invit(?:e|ation) for\b(?![^.!?\n]*\?)",
    r"(?:i'll|i will|we'll|we will) (?:now )?(?:update|amend|move|resend|re-send) (?:the|your|my"
    r"|our) (?:calendar |meeting |zoom |teams )?(?:invite|invitation|booking)\b(?![^.!?\n]*\?)",
    r"sending (?:you )?(?:the|an|a) (?:calendar |updated |new )?invit(?:e|ation)",
    r"(?:you will|you'll) (?:receive|get) (?:a|an|the) (?:calendar |updated |new |zoom |teams )?"
    r"invit(?:e|ation)",
    # "we've noted Tuesday at 3pm for your interview" (not "noted your preference")
    r"(?:i'?ve|we'?ve|i have|we have) (?:now )?noted (?!your |that you)",
    r"consider it (?:done|booked|confirmed)",
    # "moved it to Friday", "rescheduled to 3pm"; not "I moved to a different team".
    r"(?:(?:i|we|i've|we've|have|has) )?(?:moved|rescheduled|rebooked) (?:(?:it|you|the"
    r" (?:interview|call|meeting)) (?:to|for)\b|(?:to|for) (?=(?:the )?(?:\d|[a-z]+day\b|tomorrow"
    r"|next\b|this\b|[a-z]{3,9}\.? \d)))(?![^.!?\n]*\?)",
    r"(?:booked|put|pencill?ed|slotted) you (?:in|down)\b(?![^.!?\n]*\?)",
    r"(?:all|you're|you are|we're|we are) (?:all )?set\b(?! up)(?![^.!?\n]*\?)",
    r"(?:we|i)(?:'ve| have)? (?:now )?confirmed (?:the|your|it|this)",
    r"(?:your|the) (?:new|updated|rescheduled) (?:interview|meeting|call)(?: time)?(?: is)?:",
    r"join (?:the )?(?:zoom|teams|webex|google meet) meeting",
    # The meeting as agreed ("as agreed on the phone, the interview is now Tuesday"), not a
    # refund or a form ("we can reimburse it as agreed").
    r"as agreed\b(?=[^.?!\n]{0,60}\b(?:interview|call|meeting|chat|session"
    r"|see you|[a-z]+day|tomorrow|\d))",
    r"(?:request you|please|kindly) (?:to )?report (?:for|to|at)",
    r"(?:[ap]m|\b(?:[ecmp]s?t|[ecmp]dt|cest?|bst|gmt|utc|ist|jst|aest|time))\s+it is\b",
    # ("2pm UK it is": a time and its zone word, agreed)
    r"\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+[a-z]{2,5}\s+it is\b",
    # The act of confirming, however it is put: "this confirms", "I write to confirm", "just
    # confirming", "we can confirm"; not a request, a promise, a condition or a past fact ("I
    # confirm that we missed you").
    r"(?<!once )(?<!when )(?<!if )(?<!after )(?<!until )(?<!before )(?<!you )"
    r"(?:(?:this|that|below) confirms|(?:i|we)(?: hereby| can| can now| gladly| happily| (?:am"
    r"|are) (?:happy|pleased|glad) to| would like to|'d like to| (?:am |'m |are |'re )?writ(?:e"
    r"|ing) to)? confirm|(?:just|simply|i'?m|we'?re|i am|we are) confirming)\b"
    r"(?! (?:with|whether|if|receipt|that (?:we|you|i|it|the)\b[^.?!\n]{0,20}\b(?:missed|waited"
    r"|were|was|had|did|tried|didn'?t)))(?![^.!?\n]*\?)",
    r"(?<!awaiting )(?<!await )(?<!pending )(?<!for )(?<!need )(?<!no )"
    r"confirmation (?:of|for) (?:your|the) (?:new |rescheduled |updated |re-?booked )?(?:interview"
    r"|call|meeting|appointment|screen|session)",
    r"(?:^|\n)[ \t]*confirmation\s*:",
    # A booking stated: "that's booked", "it's all set", "the interview will take place on".
    r"(?<!if )(?<!whether )(?:that|it)(?:'s| is) (?:now |all )?(?:booked|confirmed|scheduled|set"
    r"|sorted|fixed|locked in|arranged|in the (?:calendar|diary))\b"
    r"(?! (?:for|by|with) (?:another|someone|a different|other))"
    r"(?![^.!?\n]*\?)",
    r"(?:interview|call|meeting|session|it) (?:will|is going to|shall) (?:now )?(?:take place"
    r"|be held|go ahead) (?:on|at|this|next|tomorrow|today)\b(?![^.!?\n]*\?)",
    r"(?:i'?ve|i have|we'?ve|we have) (?:now |just )?(?:booked|scheduled|put|added|pencill?ed"
    r"|blocked|reserved|locked in|set up|arranged)\b[^.?!\n]{0,50}\b(?:for you|in (?:the|my|our"
    r"|his|her|their|[a-z]+'s) (?:calendar|diary|schedule))(?![^.!?\n]*\?)",
    r"c'est (?:noté|confirmé|parfait)",
    r"(?:termin|gespräch) (?:ist )?(?:bestätigt|vereinbart|notiert)",
    r"(?:queda|quedamos|está) (?:confirmad[oa]|agendad[oa])",
)
# The sender is not the person to answer: a message meant for a colleague, a role handed over.
# The user has to look (and write to someone else), so it is "other", not "let me check".
_HANDED_OVER = _cues(
    r"(?:not|no longer) (?:involved in|handling|responsible for|working on|in charge of"
    r"|looking after|managing|covering|the (?:right |correct )?(?:person|contact|recruiter"
    r"|point of contact|hiring manager|coordinator)\b)",
    r"(?:has|have|'s) (?:picked (?:it|this) up|taken (?:it|this) on)",
    r"(?:was|is|were|been) (?:probably |likely |actually )?(?:meant|intended) for\b",
    r"(?:has|have|'s) taken (?:it|this|the (?:role|position|search|requisition|process)) over",
    r"(?:has|have|'s) taken over\b",
    r"wrong (?:person|recipient|contact)",
    r"(?:will|'ll) take it (?:over )?from here",
    r"(?:is|will be) your (?:new )?(?:main )?(?:contact|point of contact)\b",
)
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|tomorrow|tmrw|next week|this week"
# An offer that names a day but no clock time: "Would sometime Thursday morning work?"
_PROPOSES_A_DAY = _cues(
    rf"(?:would|does|could|can|will|is) (?:[\w'-]+ ){{0,4}}(?:{_DAY})\b[^.?!\n]{{0,40}}"
    r"(?:work|suit|be (?:ok|okay|possible|good|better|free)|free|available)",
    rf"(?:how|what) about (?:[\w'-]+ ){{0,3}}(?:{_DAY})",
    rf"(?:are|r) (?:you|u) (?:free|available|around) (?:[\w'-]+ ){{0,3}}(?:{_DAY})",
    rf"(?:i|we) (?:can|could) (?:do|meet|offer|manage) (?:[\w'-]+ ){{0,3}}(?:{_DAY})",
)
_ASKS_WHAT = _cues(
    r"what (?:has |had )?(?:actually |exactly |really )?happened",
    r"(?:ask|know|hear|understand) (?:you )?(?:for )?the reasons?\b",
    r"reasons? (?:of|for) (?:your |the )?(?:absence|no[- ]show|missing|not (?:attending|joining))",
    r"(?:is )?(?:everything|all) (?:ok|okay|alright|all right|fine|well)\b(?! with)",
    r"(?:were|was) (?:expecting|looking for|waiting on) you",
    r"are you (?:ok|okay|alright|all right)",
    r"did (?:something|anything) (?:come up|happen)",
    r"(?:advise|explain|clarify|tell (?:me|us)|let (?:me|us) know|share|give|provide|state"
    r"|specify|inform (?:me|us) (?:of|about)?) (?:us |me )?(?:the reasons?|why|what)\b",
    # "the reason you could not join", "the reason why you missed the call".
    r"reasons? (?:why |that )?(?:you|u) (?:could ?n[o']?t|couldn't|did ?n[o']?t|didn't|were(?: not"
    r"|n't)? (?:able|unable)|was(?: not|n't)? (?:able|unable)|missed|failed|weren't|were not)",
    # Awaiting it: "once we receive your explanation".
    r"(?:receive|receiving|have|get|getting|await\w*|read|reading|review\w*) your (?:explanation"
    r"|account|reasons?)\b",
    r"reason for (?:your|the) (?:absence|no[- ]show|missing)",
    r"why (?:you|did you|were you|didn'?t you|did not you)",
    r"no[- ]show",
    r"(?:didn'?t|did not|weren'?t able to|were not able to)"
    r" (?:show|join|attend|turn up|make it|dial in|log on|connect)",
    r"were you (?:unable|not able)",
    r"what (?:went wrong|came up|went on|was going on|kept you|held you up|stopped you)",
    r"what (?:was|is) the (?:problem|issue|matter|reason)",
    r"explain (?:your|the) (?:absence|non-?attendance|no-?show|missing)",
    r"we (?:have |had )?(?:missed|waited for|were waiting for|been waiting for) you",
    r"did you (?:forget|miss)",
    r"what(?:'s| is) going on",
    r"(?:we|i) waited\b",
    r"(?:please|kindly|can you|could you) explain\b(?! (?:your|the) (?:availability|times))",
    # "a brief written explanation of the circumstances", "a short account of what happened".
    r"(?:an?|some|brief|short|written|full)(?: brief| short| written| full)* (?:explanation"
    r"|account|statement)\b(?! of (?:your|the) (?:availability|times))",
    r"non-?attendance",
    # "share the circumstances which prevented you from attending", "justify your absence".
    r"(?:what|circumstances|reasons?)\b[^.?!\n]{0,20}\bprevented you\b",
    r"(?:justify|account for) (?:your|the) (?:absence|non-?attendance|no-?show)",
    r"(?:nobody|no one|no-one) (?:came|showed|joined|turned up|dialled in|dialed in)",
    # The same in the other languages replies come in.
    r"ce qui s'est passé",
    r"qu'est-ce qui s'est passé",
    r"(?:qué|que) (?:pasó|ha pasado|sucedió)",
    r"(?:o que|oque) (?:aconteceu|houve)",
    r"aconteceu alguma coisa",
    r"was (?:ist )?passiert",
)
_ASKS_FOR_TIMES = _cues(
    r"(?:your|some|a few|two or three|2-3|three|3)"
    r" (?:availabilit(?:y|ies)|available (?:times|slots|dates))",
    r"(?:reply|come back|respond|get back to (?:me|us)) with"
    r" (?:a few |some |two or three |2-3 |three |your )?(?:windows|times|slots|options|dates)",
    r"(?:windows|times|slots|options|dates) (?:over|in|for|during|across)"
    r" (?:the )?(?:next|coming|rest)",
    # (the candidate sends; "I'll send you options" is the sender's own next step)
    r"send (?:me |us |over |through )*(?!you\b|u\b)(?:[\w-]+ ){0,3}(?:times|slots|options|dates"
    r"|windows|availabilit|proposals|suggestions|alternatives)",
    # What suits the candidate, to be sent: "send me whatever works for you", "tell me what
    # suits you", "please propose a new date".
    r"(?:send|tell|give|share|let (?:me|us) know)(?: (?:me|us))? (?:whatever|what|which"
    r" (?:day|time|date)s?) (?:works|suits|is good|fits)",
    r"(?:please|kindly|could you|can you|would you)(?: please| kindly)? (?:suggest|propose"
    r"|offer|name) (?:a|one|another) (?:new |other |different |alternative )?(?:date|time|slot"
    r"|day)\b",
    r"(?:when|what times?|which days?) (?:are|would|will) you (?:be )?(?:available|free)",
    r"(?:what|which) (?:times?|days?|dates?|slots?) (?:work|suit|would work|are good)",
    r"let (?:me|us) know (?:when|what|which) (?:works|suits|times?|days?|you)",
    r"(?:suggest|propose|share) (?:a few |some |two or three |2-3 |three |new |other |alternative"
    r" )*(?:times|slots|dates|options)",
    # A verb of sending and what the candidate is to send, a few words apart: "share a couple
    # of windows that would work", "let me know two or three times".
    r"(?:share|send|give|suggest|propose|tell|let (?:me|us) (?:know|have)|provide|drop)\b"
    r"[^.?!\n]{0,25}\b(?:times|timings?|slots|windows|dates|options|availabilit\w*)\b",
    # "Propose a day and time that suits you", "suggest a new date" (not the sender's own step:
    # "before we suggest a new date", "I can propose one").
    r"(?<!we )(?<!i )(?<!they )(?<!he )(?<!she )(?:propose|suggest|name)(?: (?:me|us))?"
    r" (?:a|another|any|some|the)"
    r"(?: new| other| convenient| suitable| different)? (?:day|date|time|slot)s?"
    r"(?: and (?:a )?(?:time|date)s?)?\b(?! (?:for|of) (?:the|our|my)\b)",
    r"(?:times|slots|options|availability) that (?:work|suit)",
    r"when (?:you're|you are|would you be) (?:free|available)",
    r"when (?:can|could) you",
    # ("tell me when you can", "when you can do"; not "reply when you can", which only means
    # whenever it suits)
    r"when you (?:can|could) (?:do|make|manage|meet|talk|speak|join|come|fit)\b",
    r"(?:tell (?:me|us)|let (?:me|us) know|advise|inform (?:me|us)|write (?:to )?(?:me|us))"
    r" when you (?:can|could|have time|are free|'re free|are available)\b",
    # "tell me a day and hour that is good for you"
    r"(?:tell|send|give|let (?:me|us) know|share)(?: (?:me|us))? (?:a|the|your|some) (?:day|date"
    r"|time|hour|slot)s?(?: and (?:an? )?(?:time|hour|date)s?)? (?:that|which) (?:is|are"
    r"|would be|works?|suits?)\b",
    r"when you (?:are free|are available|'re free|'re available)",
    r"(?:revert|reply|respond|share|provide|send|give)\b[^.?!\n]{0,40}"
    r"(?:time ?slots?|slots|availabilit|convenient time|suitable time|dates and times)",
    r"when (?:suits|works|is good|would suit|would work|is convenient|are you free)",
    r"(?:times|windows|slots|dates|days) (?:that )?(?:you|u|that) (?:could|can) (?:do|make|manage"
    r"|join|attend)",
    r"(?:your|a|some) (?:convenient|free|preferred|suitable|available|possible) (?:dates?|times?"
    r"|slots?|days?|windows?|schedules?)",
    r"when (?:r|are) (?:u|you) (?:free|available|around)",
    r"when (?:would|will|is|might) (?:be )?(?:a |the )?(?:good|convenient|better|suitable|best)"
    r" (?:time|day|moment)",
    r"what (?:works|suits|would work|would suit|is good|is best)(?: best)? (?:for|with) you",
    r"(?:two|three|2|3|a few|some|several|your)(?: or (?:two|three|four|3|4))?"
    r" (?:(?:possible|preferred|suitable|convenient|alternative|new) (?:dates|times|slots|options)"
    r"|(?:windows|times|slots|dates|options) (?:that|which) (?:work|suit))",
    r"(?:choose|pick|select|book|grab) (?:a |your |another |any )?(?:new |convenient |suitable )?"
    r"(?:time|slot|date)s?\b[^.?!\n]{0,60}(?:link|calendar|calendly|below|page)",
    r"(?:self-?schedul|(?:scheduling|booking) (?:link|page|calendar|tool|site)|calendly)",
    # "Use the link below to choose a new time", "a time that suits you".
    r"(?:use|via|through|click|follow|open|on|from) (?:the|this|my|our) (?:[\w-]+ )?(?:link|page"
    r"|calendar|scheduler)\b[^.?!\n]{0,60}\b(?:choose|pick|select|book|grab|find|schedule)\b",
    r"(?:a|another|any|new|the) (?:new )?(?:time|slot|date|day) (?:that|which) (?:works|suits)"
    r" (?:best )?(?:for )?you",
    r"give (?:me|us) (?:a few |some |two or three |\d |three )?(?:time )?(?:options|slots|times)",
    r"(?:what does|how does|how is|how's) (?:your|next|this|the coming) (?:week|schedule|calendar"
    r"|diary|availability)",
    # Which days or times suit the candidate, however much is said between: "which days in the
    # week of 17 August suit you", "what time would be best for you", "mornings or afternoons".
    r"(?:which|what) (?:days?|times?|dates?|slots?|mornings?|afternoons?)\b[^.?!\n]{0,40}"
    r"\b(?:suits?|works?|fits?|is|are|would)\b[^.?!\n]{0,20}\b(?:you|u|your)\b",
    r"(?:mornings?|afternoons?|evenings?) or (?:mornings?|afternoons?|evenings?)\b[^.?!\n]{0,30}"
    r"\b(?:better|best|easier|preferable|prefer|good|suits?|works?)\b",
    r"(?:horários|horarios|disponib\w*|créneaux|verfügbarkeit|zeitfenster)",
)
_PENDING = _cues(
    r"check(?:ing)? (?:with|in with|on)",
    r"(?:get|come|circle|revert) back to you",
    r"circle back",
    r"(?:i'?ll|i will|we'?ll|we will) (?:let you know|be in touch|update you|reach out|follow up)",
    r"(?:need|have|want) to (?:talk|speak|confirm|check|consult|discuss|see|ask)",
    r"(?:as soon as|once) (?:i|we) (?:have|hear|know|get)",
    # Waiting on a colleague who is away: "I'll catch him as soon as he's back".
    r"(?:as soon as|once|when) (?:he|she|they|i|we)(?:'s| is| are|'re|'m| am| gets?| comes?"
    r"| get| come) back\b",
    r"bear with (?:me|us)",
    r"leave it with (?:me|us)",
    r"(?:looking|look) into (?:it|this|options)",
    r"(?:let|allow) me (?:see|check|talk|speak|ask|consult|find out)",
    r"(?:i'?ll|i will|we'?ll|we will) (?:speak|talk|check|chat) (?:to|with)\b",
    r"see what (?:i|we) can do",
    r"(?:hiring manager|the hm|the panel|the team)(?:'s)? (?:availability|calendar)",
    r"(?:consult|discuss) (?:with|it with)",
    r"in touch (?:soon|shortly|when)",
    r"(?:and|to|will|'ll) be in touch",
    r"waiting (?:to hear|for|on) (?:back )?(?:from )?(?:the|our|my|his|her|their)",
    r"hear back from",
    r"(?:will|'ll) (?:get|be) back",
    r"pending",
    r"(?:forwarded|passed|sent) (?:it|this|your (?:e-?mail|mail|message|note|request)) (?:on )?to",
    r"(?:will|'ll) decide\b",
    r"(?:has|have) been (?:forwarded|passed|sent|shared|escalated) (?:on |along )?to",
    r"(?:will|'ll) (?:contact|ask|update|inform)",
    r"once (?:there is|we have|i have) (?:an? )?(?:update|news|answer)",
    r"for (?:their |his |her )?consideration",
    r"(?<!should )(?<!to )(?<!just )let you know",
    r"pass (?:it|this|your (?:e-?mail|message|note)) (?:on|along)",
    r"(?:will|'ll) pass",
    r"\brevert\b(?! with)",
    r"(?:check|confirm|discuss|ask)\w* (?:and|n|&) (?:get back|come back|let you know|inform)",
    r"upon (?:his|her|their|my) return",
    r"contact you (?:again|shortly|soon)",
    r"run (?:this|it) (?:past|by)",
    r"give (?:me|us) (?:a|one|two|a couple of|a few) (?:more )?(?:days?|hours?|moments?)",
    r"(?:i'?ll|i will|we'?ll|we will) (?:\w+ ){0,2}(?:share|check|coordinate|confirm (?:a|the)"
    r" (?:slot|time|date))",
    r"(?:please |kindly )+wait",
    r"still working on",
    r"(?:is|are|'s|'re|am|'m) still (?:deciding|discussing|considering|reviewing|thinking|working"
    r" (?:it )?out|figuring|sorting|comparing|collecting|looking)\b",
    # "I'm checking their calendars now and will send you options".
    r"(?:checking|check|looking at|going through|comparing) (?:their|his|her|our|the)"
    r" (?:[\w']+ )?(?:calendars?|diar(?:y|ies)|availabilit\w*|schedules?)",
    r"(?:will|'ll|shall) (?:\w+ )?(?:send|share|propose|get) (?:you )?(?:some |a few |new |two"
    r" |three |a couple of |the )?(?:options|times|slots|dates|proposals)",
    r"(?:will|'ll) (?:raise|escalate|review)",
    # The same in the other languages replies come in.
    r"melde (?:mich|ich mich)",
    r"(?:kläre|prüfe|bespreche) (?:das|dies|es)",
    r"(?:je )?(?:reviens|reviendrai|reviendrons) vers vous",
    r"(?:je|nous) vous (?:reviens|revenons|reviendrai)",
    r"je (?:vérifie|vais vérifier|me renseigne)",
    r"je vous (?:recontacte|tiens au courant|tiendrai)",
    r"(?:te|le|les|os) (?:escribo|contacto|aviso|confirmo)",
    r"(?:vuelvo|volveré|volvemos) a (?:escribir|contactar)",
    r"ti (?:faccio|farò) sapere",
)
# Headers with which mail servers mark what a person did not write (RFC 3834, and older
# conventions). Vacation responders send "Precedence: bulk" or "junk"; a mailing list's
# "Precedence: list" is not an answer to anyone, but it is not an absence notice either.
_AUTO_HEADERS = {
    "auto-submitted": re.compile(r"^(?!no\b)\S", re.IGNORECASE),
    "x-autoreply": re.compile(r"\S"),
    "x-autorespond": re.compile(r"\S"),
    "x-auto-response-suppress": re.compile(r"\b(?:all|oof|autoreply)\b", re.IGNORECASE),
    "precedence": re.compile(r"^\s*(?:auto[-_]reply|bulk|junk)\b", re.IGNORECASE),
}


def is_auto_reply(headers: Mapping[str, str]) -> bool:
    """Say whether mail headers mark a message as automatic (Auto-Submitted, X-Autoreply ...)."""
    lowered = {name.lower(): value for name, value in headers.items()}
    return any(
        name in lowered and pattern.search(lowered[name]) for name, pattern in _AUTO_HEADERS.items()
    )


def _said(clauses: Sequence[Sentence], pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(clause.text) for clause in clauses)


def classify(
    clauses: Sequence[Sentence],
    *,
    headers: Mapping[str, str],
    offered: int,
    agreed: bool,
) -> ReplyKind:
    """Return the kind of reply whose own words are `clauses`, from what each clause does.

    `offered` counts the future times the clauses offer; a confirmation names one time at
    most (the agreed one), so words of agreement beside two times or more make a choice.
    `agreed` is `agrees(clauses)`, which the caller has already needed to read the times.
    """
    offers_times = offered > 0
    subject = headers.get("Subject", "") or headers.get("subject", "")

    if is_auto_reply(headers) or _AUTOMATIC.search(subject) or _said(clauses, _AUTOMATIC):
        return "auto_reply"
    asks_nothing = not any("?" in clause.text for clause in clauses)
    absent = bool(_ABSENCE.search(subject)) or _said(clauses, _ABSENCE)
    # An absence notice offers no time; a person who is away one day and offers others does.
    # A notice that names a colleague's free slots ("for urgent matters, Priya is free ...")
    # still offers none of the sender's own.
    # A person who is away but answers this message ("got your note, I'll sort a new time when
    # I'm back") is no notice, unless words only a notice writes say otherwise.
    notice = _said(clauses, _NOTICE)
    if (
        asks_nothing
        and absent
        and (notice or not (_said(clauses, _ANSWERS_THIS) or _any_asks_for_times(clauses)))
        and (not offers_times or (notice and not _said(clauses, _OWN_OFFER)))
    ):
        return "auto_reply"
    # A reply that offers a new time is no refusal, whatever it says it cannot do.
    if _declines(clauses) and not offers_times:
        return "declined"
    # A test in place of (or before) the interview: the candidate has a task, not a time to
    # take, whatever invitation was sent for it.
    if not offers_times and _said(clauses, _ASSESSMENT):
        return "other"
    # "Mountain time is fine, send me three windows": agreeing to nothing yet.
    if agreed and offered <= 1 and (offers_times or not _any_asks_for_times(clauses)):
        return "confirms"
    if offers_times:
        return "proposes_times"
    return _without_times(clauses)


# Before the decision is made: "before we decide whether we are able to offer another slot".
_UNDECIDED = re.compile(r"\b(?:whether|if)\b[^.?!\n]{0,40}$", re.IGNORECASE)


def _declines(clauses: Sequence[Sentence]) -> bool:
    """Say whether a clause refuses the candidacy, not only wonders whether it could go on."""
    return any(
        not _UNDECIDED.search(clause.text, max(0, match.start() - 40), match.start())
        for clause in clauses
        for match in _DECLINED.finditer(clause.text)
    )


def agrees(clauses: Sequence[Sentence]) -> bool:
    """Say whether the reply agrees to a time rather than offering a choice or asking.

    Words that refuse, clauses that check and what follows a hope agree to nothing: "Tuesday
    no longer works for us", "I've asked Ben if 3pm works for him", "I hope it all works out"
    (while "Tuesday 3pm is booked, hope that works!" still confirms).
    """
    meant = [
        _UNSETTLED.sub(" ", REFUSES.sub(" ", _WISH.split(c.text)[0]))
        for c in clauses
        if "checks" not in c.facts
    ]
    return any(_CONFIRMS.search(text) for text in meant) and not (
        _said(clauses, _CHOICE) or _said(clauses, _OFFER_QUESTION)
    )


_WISH = _cues(r"hope", r"hoping", r"fingers crossed", r"wish")
# A booking said not to be made yet agrees to nothing: "that's not locked in", "nothing is
# confirmed yet", "it hasn't been booked".
_UNSETTLED = re.compile(
    r"(?:\bnot|n't|\bnever|\bnothing(?:'s| is| has)?)(?: (?:yet|quite|fully|all|been|be|officially"
    r"|definitely|actually|100%))* (?:locked in|confirmed|booked|set|fixed|final|scheduled"
    r"|sorted|settled|agreed|firm|in the (?:calendar|diary))\b",
    re.IGNORECASE,
)


def _without_times(clauses: Sequence[Sentence]) -> ReplyKind:
    """Return the kind of a reply that offers no time."""
    if _said(clauses, _HANDED_OVER):
        return "other"
    if _any_asks_for_times(clauses):
        return "asks_for_times"
    # "Thank you for being honest about what happened" asks nothing; "Thanks, could you
    # explain what happened?" does.
    if any(
        _ASKS_WHAT.search(c.text) and (_ASKING.search(c.text) or not _ACKNOWLEDGES.match(c.text))
        for c in clauses
    ):
        return "asks_what_happened"
    # "Let me see if we can make your Tuesday work" checks; it offers no day yet.
    if any("checks" in clause.facts for clause in clauses):
        return "pending"
    if _said(clauses, _PROPOSES_A_DAY):
        return "proposes_times"
    if _said(clauses, _PENDING):
        return "pending"
    return "other"


# The sender's own next step ("I'll send over a couple of options"), and thanks for what the
# candidate already sent ("Thanks for sharing your availability"): no request for the times
# that follow them.
_SENDER_WILL = _cues(
    # ("... and will send you options then": the subject left out is the sender)
    r"(?:(?:i|we)(?:'ll| will| shall|'m going to| am going to| can| could)|(?:and|then)"
    r" (?:will|shall))\s+"
    r"(?:\w+\s+){0,2}(?:send|share|get|come|update|revert|propose|suggest|offer|circle|find|look"
    r"|line up|set up|arrange|book)",
    r"let (?:me|us) (?:send|share|find|get|line up|propose|suggest|offer)",
)
_THANKS_FOR = re.compile(r"\s*(?:thanks|thank you|many thanks) for\b", re.IGNORECASE)
_ASKING = re.compile(
    r"\?|\b(?:please|kindly|could you|can you|would you|let (?:me|us) know|tell (?:me|us))\b",
    re.IGNORECASE,
)
# A clause that thanks for, or is sorry about, what the candidate wrote asks nothing of it.
_ACKNOWLEDGES = re.compile(
    r"\s*(?:thanks|thank you|many thanks|i appreciate|we appreciate|(?:i'?m |we'?re )?sorry to"
    r" hear)\b",
    re.IGNORECASE,
)


def _any_asks_for_times(clauses: Sequence[Sentence]) -> bool:
    return any(_asks_for_times(clause.text) for clause in clauses)


def _asks_for_times(clause: str) -> bool:
    asks = _ASKS_FOR_TIMES.search(clause)
    if asks is None or _THANKS_FOR.match(clause):
        return False
    # "Share a few slots and I'll arrange it" asks; "I'll find some new times" does not.
    will = _SENDER_WILL.search(clause)
    return will is None or will.start() > asks.start()


# A question that offers a time: "Could you do 3pm?", "How about Friday?", "Would 10 work?"
_OFFER_QUESTION = _cues(
    r"(?:could|can|would|will|shall) (?:you|we) (?:do|make|manage|come|join|meet|try|go for"
    r"|say|book|schedule)\b[^.?!\n]{0,60}\?",
    r"(?:how|what) about\b[^.?!\n]{0,60}\?",
    r"(?:does|would|will|do|could|can) [^.?!\n]{0,60}\b(?:work|suit)[^.?!\n]{0,30}\?",
    # A time put for the candidate to accept: "..., if that works for you", "can you confirm?"
    r"if (?:that|this|it|the time|this time)(?:'s| is)? (?:suits?|works?|convenient|ok|okay"
    r"|good|fine)\b(?: (?:for|with) you)?",
    r"(?:could|can|would) you (?:please )?confirm\b[^.?!\n]{0,60}\?",
)
_CHOICE = _cues(
    r"or\b[^.?!\n]{0,60}\?",
    r"which (?:one|of these|of those|works|suits|date|day|time|slot|option)",
    r"whichever",
    r"which (?:you(?:'d| would)? prefer|you like|is better|suits you best)",
    r"(?:is|are|would be) also (?:fine|ok|okay|possible|free|open|good)",
    r"the one (?:that|which)",
    # (not a calendar invitation's "Yes · No · Maybe · More options")
    r"(?<!more )options",
    r"either",
    r"otherwise",
    r"alternatively",
    r"(?:pick|choose) (?:one|whichever|a slot|a time|the one)",
    # A second offer beside the first: "..., or if mornings are hard, 2pm works too".
    r"(?:works|suits|is fine|is good|would work|is possible|is open) (?:as well|too)\b",
    r"also (?:works|suits)",
    r"or,? if\b",
    # A window to choose from: "anywhere between 2 and 4 works", "grab whatever start time
    # suits you", "any time after 3 is fine".
    r"any(?:where| ?time| time| point)(?: \w+)? (?:between|from|after|before)\b",
    r"(?:grab|pick|choose|take|book|select) (?:whatever|any|whichever) (?:[\w-]+ )?(?:time|slot"
    r"|day|date)",
    r"whatever (?:start )?(?:time|slot|day|date) (?:suits|works|fits)",
)
