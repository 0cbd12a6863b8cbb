"""The phrasebook: every word the kit says, as whole messages that read top to bottom.

Each message has several whole letters per situation class and tone, in different shapes:
some open with "I am sorry that ...", some with "I owe you an apology for ..."; some make a
promise and some do not. A case reads in one of them, chosen by a stable hash of the case and
the message (see `Situation.pick`), so thirty letters do not share one skeleton. A letter
says what happened and owns it in its first sentence (a late reply is a clause of that same
sentence), gives the cause once, and ends on one paragraph that says why the person cares and
asks for what they want; that paragraph and its flexible line come from small pools picked
the same way. The words avoid spellings that differ between British and American English
("apologise", "realise"), so a letter reads right whatever the writer's home. The slots:

    {greeting}     "Dear Dana Whitfield," / "Hello Dana,"
    {our}          "our interview", or "my interview with Dana Whitfield" to a recruiter
    {day}          the interview's day, named as both people's calendars agree when it is sent
    {start}        its start in the reader's clock: "09:30", "09:30 your time" across zones
    {date}         its date: "Thursday 26 November"
    {role}         "the Head of Data Platform role"; {company}
    {reason}       the reason the user gave, owned, in words that fit the interview's format
                   and the zones (REASONS below); empty when they gave none
    {owned}        the one ownership sentence, when {reason} does not already own the miss
    {late_that}    a day or more later, the slow reply owned inside the opening sentence
    {late_ing}     ... the same, after "for missing ..." (LATE)
    {promise}      the reason's prevention sentence, from the reason catalogue
    {close}        why the person still wants the role, as the reason for the request for a
                   new time (CLOSES, with FLEX); once a time is agreed, its confirmation
    {interest}     the interest alone, in a heads-up or a note after a call
    {slots}        proposed times; {offer} the goodwill offers, as one sentence
    {other}        the person the user has already spoken to, when it is not the reader
    {them}         the interviewer, named in full to a recruiter; {them_short} once named
    {to_them}      " to" and the interviewer, after "pass my apology on"; empty when the
                   sentence before has just named them (a voicemail left for them)

Nothing here states a fact the user did not give: a reason is said only at the level of
detail they chose, and "prefer not to say" names none.
"""

from __future__ import annotations

from secondchance.core.message_types import Tone

Wordings = tuple[str, ...]

# --- The reason, owned in one sentence, as written in the first email ----------------------
# A reason's words depend on the interview: "reason/onsite" (or /video, /phone) is read before
# "reason", and a time-zone mix-up between two people on one clock is "timezone_mixup/one_zone"
# (the mix-up is then said at the level of the time itself, never of zones nobody is in).
# {join}, {details}, {joining}, {on_call} and {missed} come from FORMAT_WORDS. Each reason owns
# the miss in its own words, so that no ownership tail recurs from letter to letter (round 4).
REASONS: dict[str, dict[Tone, str]] = {
    # Reading 17 of #16 marked "the fault is all mine", "That's on me" and "that was my doing"
    # as stock: each reason owns the miss in one plain clause of its own sentence.
    "overslept": {
        "formal": "I slept through {missed}, which was my own fault.",
        "warm": "I slept through {missed}, and that's my own fault.",
    },
    "overslept/onsite": {
        "formal": "I slept through the morning and never made it in, which was my own fault.",
        "warm": "I slept through the morning and never made it in, and that's my own fault.",
    },
    # An afternoon or evening start in the user's own clock is not slept through from the
    # night before (round 5 of #16), and "I fell asleep" read as a nap (round 8); the reviewer
    # holds "I overslept" blunt, so they slept far longer than they meant to.
    "overslept/daytime": {
        "formal": "I slept far longer than I meant to, which was my own fault.",
        "warm": "I slept far longer than I meant to, and that's my own fault.",
    },
    "overslept/onsite/daytime": {
        "formal": "I slept far longer than I meant to and could not get there in time, which"
        " was my own fault.",
        "warm": "I slept far longer than I meant to and couldn't get there in time, and that's"
        " my own fault.",
    },
    "forgot": {
        "formal": "I had lost track of the date and never put the interview in my calendar,"
        " which was careless of me.",
        "warm": "Honestly, I lost track of the date and never put it in my calendar, which was"
        " careless of me.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone and had the wrong hour in my calendar, which was"
        " careless of me.",
        "warm": "I misread the time zone and put the interview in my calendar at the wrong"
        " hour, which was careless of me.",
    },
    "timezone_mixup/one_zone": {
        "formal": "I had the wrong start time in my calendar, which was careless of me.",
        "warm": "I wrote down the wrong start time, which was careless of me.",
    },
    # Round 17 read "committed to something else ... that was my doing" as formulaic.
    "double_booked": {
        "formal": "I had booked something else for the same hour and did not spot the clash,"
        " which I should have caught.",
        "warm": "I'd double-booked myself and didn't spot the clash, which I should have caught.",
    },
    # Round 17 read "I let my schedule slip and was not free in time" as vague, and reading 20's
    # harness read "a prior commitment ran over" as a cause the user never gave: the delay is
    # said plainly, as the user gave it, and owned.
    "late_or_lost": {
        "formal": "I was running behind and did not make it to {missed} in time, which was my"
        " own fault.",
        "warm": "I was running behind and didn't make it to {missed} in time, which was my own"
        " fault.",
    },
    # Round 17 (kit 5) asked why a local candidate neither came late nor called.
    "late_or_lost/onsite": {
        "formal": "I did not allow enough time for the journey and never made it to the"
        " interview, which was my own fault.",
        "warm": "I didn't allow enough time for the journey and never made it to the"
        " interview, which was my own fault.",
    },
    "wrong_link_or_address": {
        "formal": "I had the wrong {details} and only found out once it was too late; I should"
        " have made sure of it beforehand.",
        "warm": "I had the wrong {details} and only found out when it was too late; I should"
        " have made sure of it beforehand.",
    },
    "wrong_link_or_address/onsite": {
        "formal": "I went to the wrong address and only found out once it was too late; I"
        " should have made sure of it beforehand.",
        "warm": "I went to the wrong address and only found out when it was too late; I should"
        " have made sure of it beforehand.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side stopped me {joining}, and {backup}.",
        "warm": "A technical problem on my side stopped me {joining}, and {backup}.",
    },
    "medical": {
        "formal": "A medical issue kept me {joining}.",
        "warm": "I had a medical issue that kept me {joining}.",
    },
    "emergency": {
        # Round 8 of #16 read "needed my full attention at the time" as stiff, round 17 "arose
        # that I had to attend to" as stock.
        "formal": "A personal emergency came up, and I had to see to it.",
        "warm": "A personal emergency came up, and I had to deal with it.",
    },
    "prefer_not_to_say": {"formal": "", "warm": ""},
}
# The same reason said aloud, as a whole sentence after the apology.
SPOKEN_REASONS: dict[str, str] = {
    "overslept": "Honestly, I slept through {missed}, and that's my fault",
    "overslept/onsite": "Honestly, I slept through the morning and never made it in, and that's"
    " my fault",
    "overslept/daytime": "Honestly, I slept far longer than I meant to, and that's my fault",
    "overslept/onsite/daytime": "Honestly, I slept far longer than I meant to and couldn't get"
    " there in time, and that's my fault",
    "forgot": "I lost track of the date, and that's my fault",
    "timezone_mixup": "I got the time zone wrong, and that's my fault",
    "timezone_mixup/one_zone": "I mixed up the time, and that's my fault",
    "double_booked": "I double-booked myself and didn't spot the clash, and that's my fault",
    "late_or_lost": "I was running behind and didn't get to {missed} in time, and that's my fault",
    "late_or_lost/onsite": "I didn't leave enough time for the journey and never made it in,"
    " and I should have called you from the road",
    "wrong_link_or_address": "I had the wrong {details} and didn't check it in time, which I"
    " should have",
    "wrong_link_or_address/onsite": "I went to the wrong address and didn't check it in time,"
    " which I should have",
    "technology_failure": "A technical problem on my side stopped me {joining}, and I should"
    " have been ready for that",
    "medical": "A medical issue came up and kept me {joining}",
    "emergency": "A personal emergency came up that I had to deal with",
    "prefer_not_to_say": "I should have been {on_call}, and I wasn't",
}
# An excusable reason in the fewest words, for the shortest notes and the voicemail's last resort.
KEPT_AWAY: dict[str, str] = {
    "medical": "a medical issue kept me away",
    "emergency": "a personal emergency kept me away",
}
# The short message's own way of saying it, after "I'm sorry I missed our interview {day}.":
# the cause alone, as it owns the miss already; round 12 of #16 read "I double-booked myself,
# and it was my fault" as saying it twice.
SHORT_REASONS: dict[str, str] = {
    "overslept": "I slept through {missed}, which was careless of me",
    "overslept/onsite": "I slept through the morning and never got there, which was careless of me",
    "overslept/daytime": "I slept much longer than I meant to, which was careless of me",
    "overslept/onsite/daytime": "I slept much longer than I meant to and never got there, which"
    " was careless of me",
    "forgot": "I lost track of the date, which was careless of me",
    "timezone_mixup": "I misread the time zone and should have double-checked it",
    "timezone_mixup/one_zone": "I had the time wrong and should have double-checked it",
    "double_booked": "I double-booked myself and should have spotted the clash",
    "late_or_lost": "I was running behind and did not join in time, which was my own fault",
    "late_or_lost/onsite": "I didn't leave enough time for the journey and should have called"
    " you from the road",
    "wrong_link_or_address": "I had the wrong {details} and should have double-checked it",
    "wrong_link_or_address/onsite": "I went to the wrong address and should have double-checked it",
    "technology_failure": "a technical problem on my side stopped me {joining}, and I should"
    " have had a backup",
    # An emergency owns the silence, as the brief asks ownership of every reason.
    "medical": KEPT_AWAY["medical"] + ", and I wish I could have let you know in time",
    "emergency": KEPT_AWAY["emergency"] + ", and I wish I could have let you know in time",
    "prefer_not_to_say": "it was my own doing",
}
# A formal kit writes its short note without contractions, as its emails are written (round 7
# of #16 read "I've" beside "I am" as two registers): these replace the contracted entries.
SHORT_REASONS_FORMAL: dict[str, str] = {
    "late_or_lost/onsite": "I did not leave enough time for the journey and should have"
    " called you from the road",
}
# The words each reason takes from the interview's format.
FORMAT_WORDS: dict[str, dict[str, str]] = {
    "video": {
        "fallback": "join by phone instead",
        "later_way": "speak by phone later in the day",
        "join": "before the call",
        "joining": "from joining the call",
        "details": "link for the call",
        "backup": "I should have had a backup ready",
        "arrive": "join",
        "missed": "the call",
        "on_call": "on the call",
        "meet": "speak",
        "eta": "I will be with you a few minutes after the start",
        "come": "join",
        "reach": "join",
    },
    "phone": {
        # A different phone with no number to ring would leave them nothing to act on (#16).
        "fallback": "switch to a video call",
        "later_way": "speak by phone later in the day",
        "join": "before the call",
        "joining": "from taking the call",
        "details": "number for the call",
        "backup": "I should have had a backup ready",
        "arrive": "can take the call",
        "missed": "the call",
        "on_call": "ready for the call",
        "meet": "speak",
        "eta": "I will need a few minutes after the start",
        "come": "take the call",
        "reach": "be on the call",
    },
    "onsite": {
        "fallback": "join by phone or video instead",
        "later_way": "join by phone or video later in the day",
        "join": "for the journey",
        "joining": "from being there",
        "details": "address",
        "backup": "I should have allowed for it",
        "arrive": "arrive",
        "missed": "the morning",
        "on_call": "there",
        "meet": "meet",
        "eta": "I am on my way and will get there as soon as I can",
        "come": "come in",
        "reach": "get there",
    },
}
# How late, once the user has said it: the arrival time on the reader's clock.
ETA_KNOWN = "I expect to {reach} at about {at}"
# The prevention promise where the catalogue's would not fit: "both time zones" means nothing
# to two people on one clock.
# Round 17 read "I will confirm the hour of any new time", "I will read any new time twice",
# "For any new date, I will set off much earlier" and "a spare phone charged" as formulaic or
# cute: where no promise is plain and specific, the letter makes none (""). The letter reading
# after reading 41 read "I will have every detail settled well in advance" and "I will keep a
# second phone charged and to hand" as stiff.
PROMISES: dict[str, str] = {
    "timezone_mixup": "",
    "late_or_lost": "I will keep the hour before any new time clear.",
    "late_or_lost/onsite": "",
    "wrong_link_or_address": "I will confirm the details well ahead of any new interview.",
    "technology_failure": "I will test my set-up well before any new call.",
    "technology_failure/phone": "",
    "technology_failure/onsite": "I will make sure nothing technical can hold me up on any new"
    " date.",
}

# --- The one ownership sentence, when the reason does not carry it --------------------------
OWNED: dict[str, dict[Tone, str]] = {
    # No reason given: the miss is owned plainly. Nothing says "no excuse", which reads as a
    # confession of something worse, nor hints at lateness (round 5 of #16).
    "unexplained": {
        # Round 8 of #16 read "That was my responsibility, and I fell short" as stiff, round
        # 17 "I should have made it, and I didn't." as stark and cold, round 18 "I know I let you
        # down, and I intend to put that right" as hollow.
        "formal": "It was entirely my own doing.",
        "warm": "It was entirely my own doing.",
    },
    # To the recruiter, who arranged it: both of them were let down, not her alone.
    "unexplained_via": {
        "formal": "It was entirely my own doing, and it let you both down.",
        "warm": "It was entirely my own doing, and it let you both down.",
    },
    # A medical issue or an emergency is nobody's fault: the silence is regretted, not the cause.
    "excusable": {
        "formal": "I wish I had been able to tell you beforehand.",
        "warm": "I wish I could have told you beforehand.",
    },
}
# A day or more later, the first email owns the delay inside its opening sentence, not as one
# more short admission after it (round 4 of #16 found those stacks choppy). "that" follows
# "I am sorry that I missed ..."; "ing" follows "... for missing ...". An illness or an
# emergency owes no excuse for the delay: it is only regretted.
LATE: dict[str, dict[str, dict[Tone, Wordings]]] = {
    "that": {
        "fault": {
            "formal": (
                ", and that it has taken me until now to write",
                ", and that I did not write sooner",
            ),
            "warm": (
                ", and that it's taken me until now to write",
                ", and that I didn't get in touch sooner",
            ),
        },
        "excusable": {
            "formal": (", and that I could not write sooner",),
            "warm": (", and that I couldn't write sooner",),
        },
    },
    "ing": {
        "fault": {
            "formal": (" and for leaving it until now to write", " and for not writing sooner"),
            "warm": (
                " and for leaving it until now to write",
                " and for being so slow to write",
            ),
        },
        "excusable": {
            "formal": (", and for not being able to write sooner",),
            "warm": (", and for not being able to write sooner",),
        },
    },
}
# The same day, hours after the start, a first contact owns the silence in one clause of its
# opening sentence (round 5 of #16 asked why nobody heard until mid-afternoon).
HOURS_SILENT: dict[str, dict[str, dict[Tone, str]]] = {
    "that": {
        "fault": {
            # Round 12 read "let the hours since pass without a word" as literary, round 17
            # "in the hours since" as writerly.
            "formal": ", and that I have said nothing until now",
            "warm": ", and that I've said nothing until now",
        },
        "excusable": {
            "formal": ", and that I could not be in touch until now",
            "warm": ", and that I couldn't be in touch until now",
        },
    },
    "ing": {
        "fault": {
            # Round 7 of #16 quoted "the hours since without a word from me" as clumsy.
            "formal": " and for not writing until now",
            "warm": " and for saying nothing until now",
        },
        "excusable": {
            "formal": ", and for not being in touch until now",
            "warm": ", and for not being in touch until now",
        },
    },
}
# Each message says it in its own words: a reader of the whole kit meets the delay once each.
LATE_SPOKEN: dict[str, str] = {
    "fault": "I'm sorry I've left it this long to call.",
    "excusable": "I'm sorry it's taken me this long to call.",
}
# The short note's slow first word, as a clause of its one "sorry" ("that" and "ing" as in
# LATE), in words no other message of the kit uses for it.
LATE_SHORT: dict[str, dict[Tone, str]] = {
    "that": {
        # Reading 20 heard "later than I'd have liked" as a delay out of the writer's hands.
        "formal": ", and that I am only writing now",
        "warm": ", and that you're only hearing from me now",
    },
    "ing": {
        "formal": " and for only writing now",
        "warm": " and for only writing now",
    },
}
LATE_VOICEMAIL: dict[str, str] = {
    "fault": "I know I ought to have called before now.",
    # Round 12 (kits 19 and 29) heard "I wasn't able to call earlier" edge towards an excuse.
    "excusable": "It also stopped me calling before now.",
}

# --- Why the person still wants the role, woven into the request for a new time -------------
# One paragraph does both: the interest is the reason for the ask, never a line left trailing
# after it (round 4 of #16). "own" is built on what draws them to the role, in their words
# ({drawn_to}), set beside the role it belongs to: round 18 read the phrase on its own ("talk
# about taking the firm through its next raise") as pasted from notes and about no job in
# particular; "plain" names the role when they gave none. {flex} says how flexible they can
# be (FLEX), and is left out of some shapes, so that no one flexible line recurs.
CLOSES: dict[Tone, dict[str, dict[str, Wordings]]] = {
    "formal": {
        "interviewer": {
            "own": (
                "I am still very keen to talk with you about {role}, and in particular about"
                " {drawn_to}. If you are willing to find another time, {flex_lc}",
                "{drawn_to_cap} is what drew me to {role}, and I hope we can still talk about"
                " it. Would you consider another time? {flex}",
                "If you are open to another time, I would very much like to talk about {role},"
                " and especially about {drawn_to}. {flex}",
                "Would you be willing to meet another day? {drawn_to_cap} is the part of {role}"
                " I would most like to discuss.",
            ),
            "plain": (
                "I am still very keen to talk with you about {role} at {company}. If you are"
                " willing to find another time, {flex_lc}",
                "Could another time be arranged? I would very much like the chance to talk"
                " about {role} at {company}, and {flex_lc}",
                "If you are open to another time, I would very much like to talk about"
                " {role} at {company}. {flex}",
                "I am still very keen on {role} at {company}. Is another day possible? {flex}",
            ),
        },
        "recruiter": {
            "own": (
                "Could you ask {them_short} whether another time might be possible? I am still"
                " very keen on {role}, and on {drawn_to} in particular. {flex}",
                "I hope {them_short} might still be willing to meet, as {drawn_to} is what drew"
                " me to {role}. {flex}",
            ),
            "plain": (
                "Could you ask {them_short} whether another time might be possible? I am still"
                " very keen to talk about {role} at {company}, and {flex_lc}",
                "I am still very keen on {role} at {company}, and I hope {them_short} might"
                " still be willing to find another time. {flex}",
            ),
        },
        # Only the recruiter can be written to, and the interviewer has not heard from the
        # user: the letter asks her to pass the apology on (round 5 of #16).
        "recruiter_pass": {
            "own": (
                "Could you pass my apology on{to_them}, and ask whether another time might"
                " be possible? I am still very keen on {role}, above all for {drawn_to}. {flex}",
                "I would be grateful if you could pass my apology on{to_them}. I hope"
                " another time might still be possible, as {drawn_to} is what drew me to {role}."
                " {flex}",
            ),
            "plain": (
                "Could you pass my apology on{to_them}, and ask whether another time might"
                " be possible? I am still very keen to talk about {role} at {company}, and"
                " {flex_lc}",
                "I would be grateful if you could pass my apology on{to_them}. I am still"
                " very keen on {role} at {company}, and I hope another interview might be possible."
                " {flex}",
            ),
        },
    },
    "warm": {
        "interviewer": {
            "own": (
                "I'd still love to talk with you about {role}, and about {drawn_to} in"
                " particular. If you're willing to find another time, {flex_lc}",
                "{drawn_to_cap} is what drew me to the role, and I'd hate to lose the chance to"
                " talk about it. Could we try another day? {flex}",
                "If you're open to another time, I'd love to talk about {role}, especially"
                " {drawn_to}. {flex}",
                "Could we find another day? {drawn_to_cap} is the part of {role} I'd most like"
                " to talk about.",
            ),
            "plain": (
                "I'd still love to talk with you about {role} at {company}. If you're willing"
                " to find another time, {flex_lc}",
                "Is there a chance of another day? I'm still really keen on {role} at {company},"
                " and {flex_lc}",
                "If you're open to another time, I'd love to talk about {role} at"
                " {company}. {flex}",
                "I'd still really like to talk about {role} at {company}. Could we find"
                " another day? {flex}",
            ),
        },
        "recruiter": {
            "own": (
                "Could you check with {them_short} whether another time might work? I'd still"
                " love to talk about {role}, especially {drawn_to}. {flex}",
                "I hope {them_short} might still meet me, as {drawn_to} is what drew me to the"
                " role. {flex}",
            ),
            "plain": (
                "Could you check with {them_short} whether another time might work? I'd still"
                " love to talk about {role} at {company}, and {flex_lc}",
                "I'm still really keen on {role} at {company}, and I hope {them_short} might"
                " still find another time for me. {flex}",
            ),
        },
        "recruiter_pass": {
            "own": (
                "Could you pass my apology on{to_them}, and check whether another time"
                " might work? I'd still love to talk about {role}, above all {drawn_to}. {flex}",
                "Would you pass my apology on{to_them}? I hope another time might still"
                " work, as {drawn_to} is what drew me to the role. {flex}",
            ),
            "plain": (
                "Could you pass my apology on{to_them}, and check whether another time"
                " might work? I'd still love to talk about {role} at {company}, and {flex_lc}",
                "Would you pass my apology on{to_them}? I'm still really keen on {role} at"
                " {company}, and I hope another interview might be possible. {flex}",
            ),
        },
    },
}
# How flexible the user can be. "far": on site, in another country's time, where "any day you
# choose" would promise a journey at a day's notice (round 4 of #16).
FLEX: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "near": (
            "I am free for most of next week.",
            "I will make room for whatever time you choose.",
            "I can be flexible about when.",
            "I will fit in with whatever suits you.",
        ),
        "far": (
            "I can travel for whichever date you are able to offer.",
            "I will plan my travel around whatever date suits you.",
        ),
        # To a recruiter, the day is the interviewer's to choose.
        "near_via": (
            "Whichever day is easiest is fine with me.",
            "I can be flexible about when.",
        ),
        "far_via": ("I can travel for whichever date is offered.",),
    },
    "warm": {
        "near": (
            "Any time next week suits me.",
            "I'm free most of next week and can fit in around you.",
            "I can be flexible about when.",
            "I'll fit around whatever suits you.",
        ),
        "far": (
            "I'll arrange my travel around whatever date you can offer.",
            "I'll plan the trip around whatever date suits you.",
        ),
        "near_via": (
            "Whichever day is easiest is fine with me.",
            "I'm flexible about when.",
        ),
        "far_via": ("I'll arrange my travel around whatever date is offered.",),
    },
}
# Once a time is agreed, the first email confirms it ({agreed_both}: the day and the time, on
# both clocks where they differ); thanks for it go only to whoever gave it.
AGREED_CLOSES: dict[Tone, dict[str, str]] = {
    # No "new" beside the time: a place may itself be "New York" ("10:00 New York time").
    "formal": {
        # Not "interview me again": the interview never took place (round 8 of #16).
        "interviewer": "Thank you for agreeing to interview me on {agreed_both}. I look"
        " forward to talking about {role} at {company} then.",
        # Round 17: to a recruiter, "a second interview" is the next round, not this one.
        "recruiter": "Thank you for arranging another interview with {them_short}, on"
        " {agreed_both}. I look forward to talking about {role} at {company}.",
        # The user agreed the time with the interviewer: the recruiter hears of it, no thanks.
        "recruiter_told": "{them_short} has now agreed to interview me on {agreed_both}. I"
        " look forward to talking about {role} at {company} then.",
    },
    "warm": {
        "interviewer": "Thanks for agreeing to interview me on {agreed_both}. I'm looking"
        " forward to talking about {role} at {company}.",
        "recruiter": "Thanks for arranging another interview with {them_short}, on"
        " {agreed_both}. I'm looking forward to talking about {role} at {company}.",
        "recruiter_told": "{them_short} has now agreed to interview me on {agreed_both}."
        " I'm looking forward to talking about {role} at {company}.",
    },
}
SLOTS: dict[Tone, str] = {
    "formal": "For example, I could do {times}{zone}, though I am flexible.",
    "warm": "For instance, {times}{zone} would work for me, but I'm flexible.",
}
# Late for a visit on site and writing within the hour or two: the day may still be saved.
LATER_TODAY: dict[Tone, str] = {
    "formal": "I could also come in later today, if you have an hour.",
    "warm": "I could also come in later today, if you have an hour.",
}
OFFERS: dict[str, str] = {
    "portfolio_url": "my portfolio ({url})",
    "portfolio": "my portfolio",
    "case_study": "a case study that bears on the role ({url})",
    "reference": "references",
}

OFFERS_TO_THE_USER: dict[str, str] = {
    "portfolio": "your portfolio",
    "case_study": "your case study",
    "reference": "references",
}
# Told to the user, beside the kit, when an offer they chose is not made (#16: the reader of
# a kit asked where the references went, and so would the user).
OFFER_NOTES: dict[str, str] = {
    "unfit": "The messages leave out {items}, which you offered: after a missed interview for"
    " {role}, an offer like that tends to read as an afterthought. Make it yourself if they ask.",
    "one": "The messages make just one offer, to stay short: keep {items} for a later"
    " conversation.",
}
REASON_WANTED_NOTE = (
    "The follow-ups can only say that you are still keen. Add, in a few words, what draws you to"
    " the role, and they will name it instead."
)

# Warm sign-offs that sit badly under a title greeting: round 9 of #16 read "Dear Ms Brooks"
# closing "Take care," or "Thanks," as two registers in one letter.
CASUAL_SIGN_OFFS = frozenset({"Thanks,", "Take care,", "Best,", "Cheers,"})

# --- The apology email, by what has already happened ---------------------------------------
# When the plan has the user call first, the email goes only if the call did not reach them:
# it says so, so the two read as one attempt (round 12 of #16, kits 3, 13, 16, 19, 32).
# {callee} is "you", or the person called when the email goes to someone else. Round 13 read
# "I have just tried your phone." as clipped; the letter reading after reading 41 read a
# letter that opens "I have just tried to call you" as abrupt: it comes after the apology,
# and says when ("a moment ago", a day late, read as a call a day ago beside "saying nothing
# until now"); it read "I am writing to say how sorry I am" as stiff.
TRIED: dict[Tone, Wordings] = {
    "formal": (
        "I tried to call {callee} a moment before sending this.",
        "I also tried to reach {callee} by phone just before sending this.",
    ),
    "warm": (
        "I tried calling {callee} a moment before sending this.",
        "I also tried to ring {callee} just before sending this.",
    ),
}
# A heads-up leads with it, as a voicemail or a call it follows (AHEAD_LEADS).
TRIED_FIRST: dict[Tone, Wordings] = {
    "formal": (
        "I have just tried to call {callee}.",
        "I have just tried to reach {callee} by phone.",
    ),
    "warm": (
        "I've just tried to call {callee}.",
        "I've just tried to reach {callee} by phone.",
    ),
}
# "plain": nobody reached yet; "voicemail": a message was left; "call": the reader was
# reached by phone; "other": the user spoke to the other person. Each letter opens by saying
# what happened and owning it (the late reply is a clause of that same sentence), gives the
# cause once, and ends on one paragraph that says why they care and asks ({close}).
APOLOGY_EMAILS: dict[str, dict[Tone, Wordings]] = {
    "plain": {
        "formal": (
            """{greeting}

I am sorry that I missed {our} {day}{late_that}. {tried} {reason} {owned} {promise}

{close} {slots} {offer}

Kind regards,""",
            """{greeting}

I owe you an apology for missing {our} {day}{late_ing}. {tried} {reason} {owned}

{close} {slots} {offer}

Yours sincerely,""",
            """{greeting}

I am sorry for missing {our} {day}{late_ing}. {tried} {reason} {owned} {promise}

{close} {slots} {offer}

Sincerely,""",
            """{greeting}

I am so sorry for missing {our} {day}{late_ing}. {tried} {reason} {owned}

{close} {slots} {offer}

Best regards,""",
            """{greeting}

I am very sorry about missing {our} {day}{late_ing}. {tried} {reason} {owned} {promise}

{close} {slots} {offer}

With best wishes,""",
            """{greeting}

I am truly sorry for missing {our} {day}{late_ing}. {tried} {reason} {owned}

{close} {slots} {offer}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I'm so sorry I missed {our} {day}{late_that}. {tried} {reason} {owned}

{close} {slots} {offer}

Warm regards,""",
            """{greeting}

I owe you an apology for missing {our} {day}{late_ing}. {tried} {reason} {owned} {promise}

{close} {slots} {offer}

Best wishes,""",
            """{greeting}

I'm really sorry that I missed {our} {day}{late_that}. {tried} {reason} {owned} {promise}

{close} {slots} {offer}

All the best,""",
            """{greeting}

I'm very sorry for missing {our} {day}{late_ing}. {tried} {reason} {owned}

{close} {slots} {offer}

Best,""",
            """{greeting}

I'm truly sorry for missing {our} {day}{late_ing}. {tried} {reason} {owned} {promise}

{close} {slots} {offer}

Warmly,""",
            """{greeting}

I'm sorry for missing {our} {day}{late_ing}. {tried} {reason} {owned}

{close} {slots} {offer}

Best regards,""",
        ),
    },
    "voicemail": {
        "formal": (
            """{greeting}

Further to the voicemail I left you, I am sorry that I missed {our} {day}{late_that}. {reason}
{owned} {promise}

{close} {slots} {offer}

Kind regards,""",
            """{greeting}

I left you a voicemail, and wanted to follow it with a note: I am very sorry for missing {our}
{day}{late_ing}. {reason} {owned}

{close} {slots} {offer}

Yours sincerely,""",
            """{greeting}

As well as my voicemail, I wanted you to have a note from me. I am very sorry that I missed
{our} {day}{late_that}. {reason} {owned} {promise}

{close} {slots} {offer}

Best regards,""",
        ),
        "warm": (
            """{greeting}

I left you a voicemail, but I wanted to send a note too: I'm so sorry I missed {our}
{day}{late_that}. {reason} {owned} {promise}

{close} {slots} {offer}

Warm regards,""",
            """{greeting}

I tried calling and left you a voicemail. I'm really
sorry for missing {our} {day}{late_ing}. {reason} {owned}

{close} {slots} {offer}

Best wishes,""",
            """{greeting}

After my voicemail, I wanted to send a line too: I'm really sorry that I missed {our}
{day}{late_that}. {reason} {owned} {promise}

{close} {slots} {offer}

All the best,""",
        ),
    },
    # After a call already made to the reader: the call asked for another chance, so the
    # email confirms it and leaves the outcome open ({ask}), never re-offers the choice (round
    # 8 of #16); it carries the offers the user chose ({offer}).
    "call": {
        "formal": (
            """{greeting}

Thank you for taking my call. {owned_note} {ask} {interest} {offer}

Kind regards,""",
            """{greeting}

Thank you for talking with me on the phone. {owned_note}

{ask} {interest} {offer}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call. {owned_note} {ask} {interest} {offer}

Warm regards,""",
            """{greeting}

Thanks for talking with me on the phone. {owned_note}

{ask} {interest} {offer}

Best wishes,""",
        ),
    },
    "other": {
        "formal": (
            """{greeting}

I have already spoken with {other} by phone, but I owe you an apology of my own for missing
{the_interview} {day}{late_ing}. {reason} {owned} {promise}

{close} {slots} {offer}

Kind regards,""",
            """{greeting}

I am sorry that I missed {the_interview} {day}{late_that}. I have told {other} already by
phone, but wanted you to know from me as well. {reason} {owned}

{close} {slots} {offer}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

I've already spoken to {other}, but I owe you my own apology for missing {the_interview}
{day}{late_ing}. {reason} {owned} {promise}

{close} {slots} {offer}

Warm regards,""",
            """{greeting}

I'm sorry that I missed {the_interview} {day}{late_that}. I've told {other} on the phone
already, but I wanted you to hear it from me as well. {reason} {owned}

{close} {slots} {offer}

Best wishes,""",
        ),
    },
    # Before the start: what the note is for, then the cause, then the choice the user can
    # offer (join, or move); never a cancellation the user did not state.
    "ahead": {
        "formal": (
            """{greeting}

{lead} I am sorry to send this so close to {our} {day} at {start}. {warning} {choice}

{interest} {slots} {tail}

Kind regards,""",
            """{greeting}

{lead} I am writing about {our} {day} at {start}, and I am sorry for the short notice.
{warning} {choice}

{interest} {slots} {tail}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

{lead} Sorry to send this so close to {our} {day} at {start}. {warning} {choice}

{interest} {slots} {tail}

Warm regards,""",
            """{greeting}

{lead} This is about {our} {day} at {start}, and I'm sorry it's such short notice.
{warning} {choice}

{interest} {slots} {tail}

Best wishes,""",
        ),
    },
    # Before the start, a phone interview that goes ahead as planned: a word ahead of it, with
    # nothing to apologise for in the timing and nothing to move (round 10 of #16, kit 23).
    "as_planned": {
        "formal": (
            """{greeting}

{lead} I am writing ahead of {our} {day} at {start}. {warning} {choice}

{interest} {tail}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

{lead} Just a note ahead of {our} {day} at {start}. {warning} {choice}

{interest} {tail}

Warm regards,""",
        ),
    },
    # Before the start, when the user has said they cannot come: said plainly, first, then
    # the cause in a few words and the request for another day (round 8 of #16).
    "cannot": {
        "formal": (
            """{greeting}

{lead} I am sorry to tell you that I cannot make {our} {day} at {start}. {warning}

{choice} {interest} {slots} {tail}

Kind regards,""",
            """{greeting}

{lead} I am afraid I will not be able to make {our} {day} at {start}, and I am sorry for the
short notice. {warning}

{choice} {interest} {slots} {tail}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

{lead} I'm sorry, but I can't make {our} {day} at {start}. {warning}

{choice} {interest} {slots} {tail}

Warm regards,""",
            """{greeting}

{lead} I'm afraid I won't be able to make {our} {day} at {start}. Sorry it's such short
notice. {warning}

{choice} {interest} {slots} {tail}

Best wishes,""",
        ),
    },
    # Before the start, running late: how late as far as the user said it ({late_by}: "about
    # 20 minutes "), and the choice left to them ({choice}, from LATE_CHOICES).
    "late": {
        "formal": (
            """{greeting}

{lead} I am very sorry, but I am {running}{late_by}late for {our} {day} at {start}. {warning}

{choice} {tail}

Kind regards,""",
            """{greeting}

{lead} I am sorry that I am {running}{late_by}late for {our} {day} at {start}. {warning}

{choice} {tail}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

{lead} Sorry for the short notice, but I'm {running}{late_by}late for {our} {day} at {start}.
{warning}

{choice} {tail}

Warm regards,""",
            """{greeting}

{lead} I'm sorry, but I'm {running}{late_by}late for {our} {day} at {start}. {warning}

{choice} {tail}

Best wishes,""",
        ),
    },
}
# Before the start, the interest looks ahead: "still" would speak of a loss. "stay": the user
# offers to keep the slot; "move": they ask to move it, so the talk is on another day.
AHEAD_INTERESTS: dict[Tone, dict[str, dict[str, Wordings]]] = {
    "formal": {
        "stay": {
            "own": (
                "I am very much looking forward to talking about {role}, and about {drawn_to}"
                " above all.",
                "I look forward to discussing {role}, and {drawn_to} in particular.",
            ),
            "plain": (
                "I am very much looking forward to discussing {role} at {company}.",
                "I am keen on {role} at {company}, and I look forward to the interview.",
            ),
        },
        # Asking to move: said once in the choice, so the interest names no day again.
        "move": {
            "own": (
                "I am still very keen to talk about {role}, above all {drawn_to}.",
                "I would much rather move the interview than lose the chance to discuss"
                " {drawn_to}.",
            ),
            "plain": (
                "I am still very keen to discuss {role} at {company}.",
                "I am very keen on {role} at {company}, and would much rather move the interview"
                " than lose the chance.",
            ),
        },
    },
    "warm": {
        "stay": {
            "own": (
                "I'm really looking forward to talking about {role}, and {drawn_to} most of all.",
                "I'm looking forward to talking about {role}, especially {drawn_to}.",
            ),
            "plain": (
                "I'm really looking forward to talking about {role} at {company}.",
                "I'm really keen on {role} at {company}, and looking forward to the interview.",
            ),
        },
        "move": {
            "own": (
                "I'm still really keen to talk about {role}, and {drawn_to} in particular.",
                "I'd much rather move the interview than lose the chance to talk about {drawn_to}.",
            ),
            "plain": (
                "I'm still really keen to talk about the role at {company}.",
                "I'm really keen on {role} at {company}, and I'd much rather move the interview"
                " than lose the chance.",
            ),
        },
    },
}
# The note straight after a call: the interest in a line, as the call has made the apology.
# Round 17 read "I would very much welcome the chance" as generic; reading 33 read the note that
# named only the role as boilerplate beside the other emails' reason, so after a miss it names
# the reason in a few words ("topic"), as the apology email beside it says it in full.
NOTE_INTERESTS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "own": (
            "I am very keen to talk about {role} at {company}, and {drawn_to} in particular.",
            "I am still very keen on {role} at {company}, above all for {drawn_to}.",
        ),
        "plain": (
            "I am very keen to talk about {role} at {company}.",
            "I am still very keen to discuss {role} at {company}.",
        ),
        "topic": (
            "I would very much like to talk about {topic_at} when we meet.",
            "I am looking forward to talking about {topic_at} when we meet.",
        ),
    },
    "warm": {
        "own": (
            "I'm keen to talk about {role} at {company}, especially {drawn_to}.",
            "I'm still really keen on {role} at {company}, and on {drawn_to} most of all.",
        ),
        "plain": (
            "I'm keen to talk about {role} at {company}.",
            "I'm still really keen to talk about {role} at {company}.",
        ),
        "topic": (
            "I'd love to talk about {topic_at} when we meet.",
            "I'm looking forward to talking about {topic_at} when we meet.",
        ),
    },
}
# The heads-up's reason, before the start: true of anyone who chose it, and no claim that the
# cause makes attending impossible.
WARNINGS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I slept much longer than I meant to, and that is my own fault.",
        "warm": "I slept much longer than I meant to, and that's my own fault.",
    },
    "overslept/daytime": {
        "formal": "I slept far longer than I meant to and have only just woken up, which is my"
        " own fault.",
        "warm": "I slept far longer than I meant to and have only just woken up, which is my own"
        " fault.",
    },
    "forgot": {
        "formal": "I had lost track of the date until a moment ago, which is my own fault.",
        "warm": "I'd lost track of the date until a moment ago, which is my own fault.",
    },
    # Late for a start still hours away: the cause alone would not say why the start itself
    # is out of reach (round 12, kits 22 and 33, L28), and round 17 (kits 22, 32 and 33) read
    # "cannot be ready in time" as no reason either: something now holds that time.
    "forgot/late": {
        "formal": "I had lost track of the date until a moment ago and have something I can no"
        " longer move at that time, which is my own fault.",
        "warm": "I'd lost track of the date until a moment ago and have something I can no"
        " longer move at that time, which is my own fault.",
    },
    "timezone_mixup/late": {
        "formal": "I had the wrong hour in mind until a moment ago and have something I can no"
        " longer move at that time, which is my own fault.",
        "warm": "I had the wrong hour in mind until a moment ago and have something I can no"
        " longer move at that time, which is my own fault.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone and had the wrong hour in mind, which is my own fault.",
        "warm": "I misread the time zone and had the wrong hour in mind, which is my own fault.",
    },
    "timezone_mixup/one_zone": {
        "formal": "I mixed up the time and had the wrong hour in mind, which is my own fault.",
        "warm": "I mixed up the time and had the wrong hour in mind, which is my own fault.",
    },
    "double_booked": {
        "formal": "I have double-booked myself for that time, and the clash is my own fault.",
        "warm": "I've double-booked myself for that time, and the clash is my own fault.",
    },
    "late_or_lost": {
        "formal": "I did not allow myself enough time {join}, and {eta}.",
        "warm": "I didn't allow myself enough time {join}, and {eta}.",
    },
    # The user said they cannot come at all: the cause, with no arrival time.
    "late_or_lost/no": {
        "formal": "I did not allow myself enough time {join}, and that is my own fault.",
        "warm": "I didn't allow myself enough time {join}, and that's my own fault.",
    },
    # Late because the details were wrong: the right ones are asked for first (round 17, L13).
    "wrong_link_or_address/late": {
        "formal": "I have only just found that I had the wrong {details}, which I should have"
        " checked earlier; could you send me the right one?",
        "warm": "I've only just found that I had the wrong {details}, which I should have"
        " checked earlier; could you send me the right one?",
    },
    "wrong_link_or_address": {
        "formal": "I have only just found that I had the wrong {details}; I should have checked"
        " it earlier.",
        "warm": "I've only just found that I had the wrong {details}; I should have checked it"
        " earlier.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side is holding me up, and {backup}.",
        "warm": "A technical problem on my side is holding me up, and {backup}.",
    },
    # Not coming, or coming another way: round 12 (kit 7) read "holding me up" as a delay.
    "technology_failure/no": {
        "formal": "A technical failure on my side has stopped me, and {backup}.",
        "warm": "A technical problem on my side has stopped me, and {backup}.",
    },
    "medical": {
        "formal": "I have a medical issue that I need to deal with.",
        "warm": "I have a medical issue that I need to deal with.",
    },
    # Named as what it is: round 18 read "something urgent has cropped up" as making light of it.
    "emergency": {
        "formal": "I have a personal emergency that I must attend to.",
        "warm": "I've had a personal emergency that I need to deal with.",
    },
    # Round 18 read "a private matter, and entirely my own doing" as a contradiction: the
    # matter stays private, and what is owned is the change it forces on the reader.
    "prefer_not_to_say": {
        "formal": "It is a personal matter that I would rather not go into; the responsibility"
        " for the change is mine.",
        "warm": "It's a personal matter I'd rather not go into, and the change is on me.",
    },
}
# What a heads-up offers: to join all the same ("attend"), to join another way after a technical
# failure ("fallback"), or, when the user cannot come, to move. The choice is the reader's.
AHEAD_CHOICES: dict[str, dict[str, str]] = {
    # A wrong link, number or address: the right one is the one thing to ask for (round 7),
    # and the user will {come} as soon as they have it (round 12, kit 6 and L38). Aloud, it is
    # asked for by email, after the cause: a voicemail keeps it (round 12 heard "the right one"
    # with nothing before it).
    "attend": {
        "short_formal": "Would you be able to send me the right one? I will {come} as soon as I"
        " have it, or we could move the interview, as you prefer.",
        "short_warm": "Can you send the right one over? I'll {come} as soon as I have it, or we"
        " can move it to a day that suits you better.",
        "voicemail": "Would you email me the right one? I'll {come} as soon as I have it.",
        "formal": "Could you send me the right one? I will {come} as soon as I have it, or we"
        " could move the interview to another day, whichever suits you.",
        "warm": "Could you send me the right one? I'll {come} as soon as I have it, or we"
        " could move the interview to another day. Whichever suits you is fine with me.",
        "spoken": "Could you email me the right one? I'll {come} as soon as I have it, or we"
        " could move the interview. Which would you prefer?",
    },
    # A phone interview taken "by phone or video instead" can still go ahead as planned: the
    # phone is the other way, so nothing offers to switch to video (round 9 of #16, L08).
    "as_planned": {
        # Round 10 of #16 (kit 23): a call that goes ahead needs no move offered and no
        # apology for short notice; the note says only that it will go ahead.
        "short_formal": "I can still take the call as planned.",
        "short_warm": "I can still take the call as planned.",
        "voicemail": "The call can still go ahead as planned.",
        "formal": "I can still take the call as planned, and nothing on your side has to change.",
        "warm": "I can still take the call as planned, so nothing changes on your side.",
        "spoken": "I can still take the call as planned; I just wanted you to know.",
    },
    # Double-booked, the other way is at another hour: never at the very time of the clash
    # (round 8 of #16 read a phone call at the clashing hour as split attention).
    "fallback_later": {
        "short_formal": "I could {later_way} instead, or we could move it, as you prefer.",
        "short_warm": "I could {later_way} instead, or we can move it to a day that suits you"
        " better.",
        "voicemail": "I could {later_way} instead, or we could find another day, as you'd prefer.",
        "formal": "I could {later_way} instead if that suits {whom}; if not, we could"
        " move the interview to another day.",
        "warm": "I could {later_way} instead if that works for {whom}; if not, we could"
        " move the interview to another day.",
        "spoken": "I could {later_way} instead, or we could move the interview. Which would you"
        " prefer?",
    },
    # On site, taking part another way says first why: the user cannot be there in person
    # (round 8 of #16 read a bare "instead" as hanging).
    "fallback_onsite": {
        "short_formal": "I cannot be there in person, but I can still join by phone or video at"
        " {start}, or we could move it, as you prefer.",
        "short_warm": "I can't be there in person, but I can still join by phone or video at"
        " {start}, or we can move it to a day that suits you better.",
        "voicemail": "I can't be there in person, but I could still join by phone or video, or we"
        " could find another day, as you'd prefer.",
        "formal": "I cannot be there in person. I could still join by phone or video at {start}"
        " if that suits {whom}; if not, we could move the interview to another day.",
        "warm": "I can't be there in person. I can still join by phone or video at {start} if"
        " that works for {whom}; if not, we could move the interview to another day.",
        "spoken": "I can't be there in person, but I can still join by phone or video at {start},"
        " or we could move the interview. Which would you prefer?",
    },
    # A phone interview whose number was wrong: a video call needs a link the user lacks just
    # as much, so the right number comes first, and video only as the reader's easier way
    # (round 18 of #16 read "the wrong number ... I can switch to video" as a non sequitur).
    "fallback_number": {
        "short_formal": "If you can send me the right one, or a link for a video call, I can"
        " still take the call at {start}; otherwise we could move it, as you prefer.",
        "short_warm": "If you can send the right one over, or a link for a video call, I can"
        " still take the call at {start}; otherwise we can move it to another day.",
        "voicemail": "If you email me the right one, or a video link, I can still take the call"
        " at {start}.",
        "formal": "Could you send me the right one, or a video link if that is easier? I can"
        " still take the call at the same time if that suits {whom}; if not, we could move the"
        " interview to another day.",
        "warm": "Could you send me the right one, or a video link if that's easier? I can still"
        " take the call at the same time; if not, we could move the interview to another day.",
        "spoken": "Could you email me the right one, or a video link if that's easier? I can"
        " still take the call at {start}, or we could move the interview. Which would you"
        " prefer?",
    },
    "fallback": {
        "short_formal": "I can still {fallback} at {start}, or we could move it, as you prefer.",
        "short_warm": "I can still {fallback} at {start}, or we can move it to a day that suits you"
        " better.",
        "voicemail": "I could still {fallback}, or we could find another day, as you'd prefer.",
        "formal": "I could still {fallback} at the same time if that suits {whom}; if not, we could"
        " move the interview to another day.",
        "warm": "I can still {fallback} at the same time if that works for {whom}; if not, we could"
        " move the interview to another day.",
        "spoken": "I can still {fallback} at {start}, or we could move the interview. Which"
        " would you prefer?",
    },
    # The user did not say whether they can still come: both choices, in one plain sentence,
    # rather than a request to move with no word on it (round 7 of #16). The user gave no time,
    # so the later time is the reader's to name: round 18 read a bare "a bit later" as vague.
    "either": {
        "short_formal": "I could {come} a little later, at a time that suits you, or we could"
        " move it to another day.",
        "short_warm": "I could {come} a bit later, at a time that suits you, or we could find"
        " another day.",
        "voicemail": "I could {come} a bit later, at whatever time suits you, or we could find"
        " another day.",
        "formal": "I could still {come} a little later than {start}, whenever is easiest for"
        " {whom}; if not, we could move the interview to another day.",
        "warm": "I could still {come} a bit later than {start}, whenever works for {whom}; if"
        " not, we could find another day.",
        "spoken": "I could {come} a bit later, at whatever time suits you, or we could move the"
        " interview to another day. Which would you prefer?",
    },
    # The user said they cannot come: the letter has said so plainly, and asks for a new day.
    "move": {
        "short_formal": "Could we move the interview to another day?",
        "short_warm": "Could we find another day?",
        "voicemail": "I can't {come} then, so I'd like to ask whether we could move the interview"
        " to another day.",
        "formal": "Would another day be possible? I can fit in with whatever suits {whom}.",
        "warm": "Could we find another day instead? I'm flexible about when.",
        "spoken": "I can't {come} then, I'm afraid. Would you be able to move the interview to"
        " another day?",
    },
}
# Running late: with the minutes known, the choice is plain ("known"); without them, a shorter
# slot or another time ("unknown", after a journey's own word on how late), or "soon" when
# nothing yet has said how late.
LATE_CHOICES: dict[str, dict[str, str]] = {
    # The delay is known but no sentence has given the arrival time yet: the choice gives it,
    # as a time the reader can decide on (round 10 of #16 read "a bit later" as vague).
    "known_at": {
        "formal": "I expect to {reach} at about {at}; if that still suits {whom}, {start_then},"
        " and otherwise I would be grateful for another time.",
        "warm": "I expect to {reach} at about {at}. If that still works for {whom}, {start_then};"
        " otherwise I'd be grateful for another time.",
        "short_formal": "I expect to {reach} at about {at}; if that does not suit you, could we"
        " find another time?",
        "short_warm": "I expect to {reach} at about {at}; if that doesn't suit you, could we"
        " find another time?",
    },
    "known": {
        "formal": "If that still suits {whom}, {start_then}; otherwise I would be grateful for"
        " another time.",
        "warm": "If that still works for {whom}, {start_then}; otherwise I'd be grateful for"
        " another time.",
        "short_formal": "If that still suits you, we can start then; if not, could we find"
        " another time?",
        "short_warm": "If that still works for you, we can start then; if not, could we find"
        " another time?",
        "voicemail": "If that still works, we can start then; if not, I'd be grateful for another"
        " time.",
        "spoken": "If that still works for you, we can start then. If not, could we find another"
        " time?",
    },
    "unknown": {
        "formal": "If it suits {whom}, we could go ahead in a shorter slot once I {arrive}, or"
        " move to another time that works better. I will fit in with either.",
        "warm": "If it suits {whom}, we could go ahead in a shorter slot once I {arrive}, or move"
        " to another time that works better. Either is fine with me.",
        "short_formal": "I am happy to go ahead in a shorter slot once I {arrive}, or to move to"
        " another time.",
        "short_warm": "Happy to go ahead in a shorter slot once I {arrive}, or to move to another"
        " time.",
        "voicemail": "If it helps, we could keep a shorter slot once I {arrive}, or move to"
        " another time.",
        "spoken": "We could go ahead in a shorter slot once I {arrive}, or move to another time."
        " Which would you prefer?",
    },
    "soon": {
        "formal": "I will {come} as soon as I can. If a shorter slot still suits {whom}, we could"
        " go ahead then; otherwise I would be grateful for another time.",
        "warm": "I'll {come} as soon as I can. If a shorter slot still works for {whom}, we could"
        " go ahead then; otherwise I'd be grateful for another time.",
        "short_formal": "I will {come} as soon as I can; if that does not suit you, could we"
        " find another time?",
        "short_warm": "I'll {come} as soon as I can; if that doesn't suit you, could we find"
        " another time?",
        "voicemail": "I'll {come} as soon as I can; if that doesn't suit you, I'd be grateful for"
        " another time.",
        "spoken": "If it suits you, I'll {come} as soon as I can, or we could find another time."
        " Which would you prefer?",
    },
}
# Before the start, what has been said already opens the heads-up email.
AHEAD_LEADS: dict[str, str] = {
    "plain": "",
    # First, as the reader hears it: round 7 of #16 read it at the end as tacked on.
    "voicemail": "I have just left you a voicemail as well.",
    "call": "Thank you for taking my call just now.",
    "other": "{other} knows already, but you should hear it from me too.",
}

# Before the start, to a recruiter when nobody has reached the interviewer (round 7 of #16).
PASS_ON: dict[Tone, str] = {
    "formal": "Could you pass this on, please?",
    "warm": "Could you pass this on?",
}
# A voicemail left for the other person is mentioned once, so the reader hears of it.
# After the start it opens the closing paragraph, not tacked on after the ask (round 8 of #16).
LEFT_OTHER: dict[Tone, str] = {
    "formal": "I have left {other} a voicemail too.",
    "warm": "I've left {other} a voicemail too.",
}

# --- After a call that reached someone: a short written note, never the cause again ---------
# "self": the call reached the reader; "other": it reached the other person (the recruiter,
# or the interviewer when the emails go to the recruiter). "ahead": before the start.
CALL_NOTES: dict[str, dict[Tone, Wordings]] = {
    # Round 8 of #16 scored this note lowest but two: each shape now says thanks, the apology
    # in a line, what the user still wants, and leaves the outcome open in one clause ({ask}).
    "self": {
        "formal": (
            """{greeting}

Thank you for taking my call just now. {owned_note} {ask} {interest} {offer}

Kind regards,""",
            """{greeting}

Thank you for speaking with me just now. {owned_note}

{ask} {interest} {offer}

Yours sincerely,""",
            """{greeting}

Thank you for taking the time to speak with me just now. {owned_note} {ask} {interest}
{offer}

With best wishes,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call just now. {owned_note} {ask} {interest} {offer}

Warm regards,""",
            """{greeting}

Thank you for taking my call just now. {owned_note}

{ask} {interest} {offer}

Best wishes,""",
            """{greeting}

Thanks for picking up just now. {owned_note}

{ask} {interest} {offer}

All the best,""",
        ),
    },
    "other": {
        "formal": (
            """{greeting}

I have just spoken with {other} by phone about missing {the_interview} {day}, and I wanted to
write to you as well. {owned_other}

{interest} {ask} {offer}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I've just spoken with {other} on the phone about missing {the_interview} {day}, and I wanted
to write to you too. {owned_other}

{interest} {ask} {offer}

Warm regards,""",
        ),
    },
    # Before the start nothing has happened yet: round 17 read "sorry again about our interview
    # today" as an apology for a meeting still to come.
    # Reading 26 read "Thank you for picking up when I called just now" as casual in the formal
    # tone, and "I am sorry for the change of plan" as vague: the user's part is the lateness of it.
    "ahead": {
        "formal": (
            """{greeting}

Thank you for taking my call just now about {our} {day} at {start}. {ask}

I am sorry to change things at the last minute. {interest}

Kind regards,""",
            """{greeting}

Thank you for speaking with me just now about {our} {day} at {start}. {ask}

I am sorry for the disruption. {interest}

Best regards,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call just now about {our} {day} at {start}. {ask}

Sorry to change things at the last minute. {interest}

Warm regards,""",
            """{greeting}

Thanks for speaking with me just now about {our} {day} at {start}. {ask}

Sorry for the disruption. {interest}

Best wishes,""",
        ),
    },
    "ahead_other": {
        "formal": (
            """{greeting}

I have just spoken with {other} by phone about {the_interview} {day} at {start}, and I wanted
to write to you as well. I am sorry for the change of plan.

{ask} {interest}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I've just spoken with {other} on the phone about {the_interview} {day} at {start}, and I
wanted to write to you too. I'm sorry for the change of plan.

{ask} {interest}

Warm regards,""",
        ),
    },
}
# What went wrong before the start, named in the note after the call: round 12 of #16 (L27,
# kit 6) read "the trouble over our interview" as never saying what the trouble was.
# The note straight after a call, beside the apology email, keeps the cause out (it was said
# on the call): it says only what changed.
TROUBLE_UNNAMED = "the change of plan"
TROUBLES: dict[str, str] = {
    "overslept": "sleeping so late",
    "forgot": "losing track of the date",
    "timezone_mixup": "my mix-up",
    "double_booked": "double-booking myself",
    "late_or_lost": "not leaving enough time {join}",
    "wrong_link_or_address": "having the wrong {details}",
    "technology_failure": "the technical problem on my side",
    "medical": TROUBLE_UNNAMED,
    "emergency": TROUBLE_UNNAMED,
    "prefer_not_to_say": TROUBLE_UNNAMED,
}
# Before the start, after a call that reached the reader, the first email is this same note:
# the news was given on the call, so it confirms it in writing (round 4 of #16).
APOLOGY_EMAILS["ahead_call"] = CALL_NOTES["ahead"]
# The note after a call says sorry once, briefly: the apology and its cause were said aloud,
# and round 5 of #16 read "That one was on me" as flip and "the fault was mine" as a formula.
OWNED_NOTE: dict[str, dict[Tone, Wordings]] = {
    "fault": {
        # Round 7 of #16 read "the time it cost you is on me" as glib, rounds 8 and 9 "it was my
        # mistake, and it cost you time" and "I regret the time it cost you" as stock lines,
        # round 12 "I know I wasted your time", round 17 "the mistake was all mine". Round 18
        # met the one line left in nearly every note after a call: two wordings share it.
        "formal": (
            "I am sorry again for missing {the_interview} {day}; it was my own fault.",
            "I am sorry again that I missed {the_interview} {day}, which was down to me.",
        ),
        "warm": (
            "Sorry again for missing {the_interview} {day}; it was my own fault.",
            "I'm sorry again that I missed {the_interview} {day}; that was down to me.",
        ),
    },
    # A wrong link or address may not have been the user's doing: they own not checking it.
    "unchecked": {
        "formal": (
            "I am sorry again about {the_interview} {day}; I should have checked the details"
            " well before the start.",
        ),
        "warm": (
            "Sorry again about {the_interview} {day}; I should have checked the details well"
            " before it started.",
        ),
    },
    "tech": {
        "formal": (
            "I am sorry again for missing {the_interview} {day}; I should have had a backup plan"
            " ready.",
        ),
        "warm": (
            "Sorry again for missing {the_interview} {day}; I should have had a backup plan ready.",
        ),
    },
    "excusable": {
        "formal": (
            "I am sorry again for missing {the_interview} {day}, and that I failed to let you"
            " know beforehand.",
        ),
        "warm": (
            "Sorry again for missing {the_interview} {day}, and that I failed to let you know in"
            " time.",
        ),
    },
}
OWNED_OTHER: dict[str, dict[Tone, str]] = {
    "tech": {
        "formal": "I am sorry; I should have had a backup plan ready.",
        "warm": "I'm sorry; I should have had a backup plan ready.",
    },
    "fault": {
        "formal": "It was my mistake, and I am sorry.",
        "warm": "It was my mistake, and I'm sorry.",
    },
    "unchecked": {
        "formal": "I am sorry; I should have checked the details in good time.",
        "warm": "I'm sorry; I should have checked the details in good time.",
    },
    "excusable": {
        "formal": "I am sorry for the disruption, and that I failed to tell you in time.",
        "warm": "I'm sorry for the disruption, and that I failed to tell you in time.",
    },
}
# The note is for a call that ended with no new time fixed (a time fixed on the call is
# confirmed by the confirmation, a no answered by the decline reply): it gives, in writing, the
# days the user can make, as one promises on such a call. Round 12 of #16 read "either way, I
# look forward to hearing from you", "If another time is possible, I will make it work" and
# "Thanks for everything so far" as filler that ignored the call; round 13 read "As promised on
# the phone" as claiming what the call script never has the user say. Keyed by the reader,
# "_other" when the call reached the other person, and "_far" for a visit on site that the user
# travels to.
# Round 17 read the note as ignoring the call: to the person on it, it puts in writing the
# window the call script offered ("any day over the next two weeks").
CALL_NOTE_ASKS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "As I said on the call, I am free for a new interview on any day over the next two"
            " weeks.",
            "To confirm what I said on the call, any day over the next two weeks would suit me"
            " for a new interview.",
        ),
        "recruiter": (
            "As I said on the call, any day over the next two weeks works for me, if"
            " {them_short} can find a new time.",
            "To confirm what I said on the call, I can keep any day over the next two weeks free"
            " for a new interview with {them_short}.",
        ),
        "interviewer_far": (
            "As I said on the call, a few days' notice is all I would need to travel for a new"
            " date.",
        ),
        "recruiter_far": (
            "As I said on the call, a few days' notice is all I would need to travel, if"
            " {them_short} can offer a new date.",
        ),
        "interviewer_other": (
            "If you are willing to find a new time, I can make any day over the next two weeks.",
        ),
        "interviewer_other_far": (
            "If you are willing to find a new time, a few days' notice is all I need to travel.",
        ),
        "recruiter_other": (
            "If {them_short} would like to find a new time, I can make any day over the next two"
            " weeks.",
        ),
        "recruiter_other_far": (
            "If {them_short} would like to find a new date, a few days' notice is all I need to"
            " travel.",
        ),
    },
    "warm": {
        "interviewer": (
            "As I said on the call, I'm free for a new interview any day over the next two weeks.",
            "Just to put it in writing: I can do a new interview on any day over the next two"
            " weeks.",
        ),
        "recruiter": (
            "As I said on the call, any day over the next two weeks works for me if {them_short}"
            " can find a new time.",
            "Just to put it in writing: I can keep any day over the next two weeks free for a new"
            " interview with {them_short}.",
        ),
        "interviewer_far": (
            "As I said on the call, I'd only need a few days' notice to travel for a new date.",
        ),
        "recruiter_far": (
            "As I said on the call, I'd only need a few days' notice to travel if {them_short}"
            " offers a new date.",
        ),
        "interviewer_other": (
            "If you're willing to find a new time, I can make any day over the next two weeks.",
        ),
        "interviewer_other_far": (
            "If you're willing to find a new time, I'd only need a few days' notice to travel.",
        ),
        "recruiter_other": (
            "If {them_short} would like to find a new time, I can make any day over the next two"
            " weeks.",
        ),
        "recruiter_other_far": (
            "If {them_short} would like to find a new date, a few days' notice is all I need to"
            " travel.",
        ),
    },
}
# Before the start, the call gave the news and the choice: the note confirms what the user
# said they would do, and leaves the choice with the reader in one clause. "start": the user
# can still take part at the start; "known": they gave an arrival time; "either": a later start
# or another day, as the reader prefers.
CALL_NOTE_EITHER: dict[str, dict[Tone, str]] = {
    "start": {
        "formal": "I can still take part at {start}, or on another day if that suits {whom}"
        " better.",
        "warm": "I can still make {start}, or another day if that suits {whom} better.",
    },
    # The user can take part only another way: the note says which, so "still make it" is not
    # read as coming in person (round 11's paired reading, K9).
    "fallback": {
        "formal": "I can still {fallback} at {start}, or meet on another day if that suits"
        " {whom} better.",
        "warm": "I can still {fallback} at {start}, or we can find another day if that suits"
        " {whom} better.",
    },
    # {whom}: "you", or "Ms Brooks" to a recruiter, whose choice it is not.
    "known": {
        "formal": "I expect to {reach} at about {at}, and I will fit in with whatever suits"
        " {whom}.",
        "warm": "I expect to {reach} at about {at}, and I'll fit in with whatever suits {whom}.",
    },
    "either": {
        "formal": "A later start or another day would both suit me, whichever is better for"
        " {whom}.",
        "warm": "A later start or another day both work for me, whichever is better for {whom}.",
    },
}
AS_SAID = "As I said when we spoke, "
# Once a time is fixed, the note carries it (round 17: "what the call was for").
CALL_NOTE_AGREED: dict[Tone, dict[str, str]] = {
    "formal": {
        "interviewer": "The new time is in my calendar, and I am grateful for it.",
        "recruiter": "I am grateful to you for arranging the new time with {them_short}.",
        "recruiter_told": "The new time with {them_short} is in my calendar.",
    },
    "warm": {
        "interviewer": "The new time is in my calendar, and I'm grateful for it.",
        "recruiter": "I'm grateful to you for arranging the new time with {them_short}.",
        "recruiter_told": "The new time with {them_short} is in my calendar.",
    },
}

# --- The no-reply follow-ups: shorter each time, and never the apology again ---------------
# What the thread follows, owned in the user's own terms: the interview they missed, had to
# cancel, ran late for, or could not make. "first" is the first follow-up's noun phrase,
# dated as of when it is sent ("on Thursday", "last Thursday"); "last" the last note's, with
# no date. Round 17 read "that I moved at short notice" as the user moving it alone, "that I
# put off" as procrastination, "could not attend as planned" as sidestepping; reading 20
# "which in the end did not take place" as evasive, reading 21 "the interview we were not able
# to hold" the same way; reading 23 "the interview I was running late for" and "the interview I
# was unable to make" as clunky: the user's part is said plainly, with no cause they never
# gave, and never as a miss after a heads-up. After a heads-up the first follow-up owns what
# became of the interview, so the last, sent only after it, says "our interview": readings 29
# and 30 read "the interview I ran late for", "I was late for", "I could not make" and "that
# fell through on my side" as awkward, evasive or euphemism.
ABOUTS: dict[str, dict[str, str]] = {
    "missed": {"first": "the interview I missed {day}", "last": "the interview I missed"},
    "missed_via": {
        "first": "the interview with {them_short} that I missed {day}",
        "last": "my missed interview",
    },
    "late": {"first": "our interview {day}", "last": "our interview"},
    "late_via": {
        "first": "the interview with {them_short} {day}",
        "last": "the interview",
    },
    "moved": {"first": "our interview {day}", "last": "our interview"},
    "moved_via": {
        "first": "the interview with {them_short} {day}",
        "last": "the interview",
    },
    "unmade": {
        "first": "our interview {day}",
        "last": "our interview",
    },
    "unmade_via": {
        "first": "the interview with {them_short} {day}",
        "last": "the interview",
    },
}
# After a heads-up, the first follow-up owns what became of the interview once, in plain
# words, before it asks for anything. {about} is the interview and its day ("our interview on
# Tuesday"). "late": the user said they would join late; "moved": they could not come;
# "start": they could not make the start and offered a later one or another day; "other": they
# offered to take part all the same, and whatever stopped it began on their side, unless it
# was an illness or an emergency ("excusable"). None names the cause again, which the first
# email gave. Reading 21 read "after I had to ask for a different time" as evasive; reading 23
# "did not go ahead after I ran late" as passive, blurring who caused it; reading 29 "I was so
# late that it could not go ahead" as awkward after a short delay, and reading 30 "my lateness
# cost us our interview" as sharing the blame, and reading 31 "I am sorry that I ran late for
# our interview" as vague on what became of it, and "I could not make it after all" as skipping
# over a promise to attend: the user's part and its outcome, said as theirs.
AHEAD_OWNED: dict[str, dict[Tone, str]] = {
    "late": {
        "formal": "I am sorry about being late for {about}; I know it meant we could not go ahead.",
        "warm": "I'm sorry about being late for {about}; I know it meant we couldn't go ahead.",
    },
    # Reading 25 read "to have had to cancel" as laying a clash of the user's own making on
    # circumstance: only an illness or an emergency makes a cancellation something one had to do.
    "moved": {
        "formal": "I am sorry I called off {about} at such short notice.",
        "warm": "I'm sorry I called off {about} at such short notice.",
    },
    "moved_excusable": {
        "formal": "I am sorry I had to cancel {about} at such short notice.",
        "warm": "I'm sorry I had to cancel {about} at such short notice.",
    },
    "start": {
        "formal": "I am sorry I could not make {about}.",
        "warm": "I'm sorry I couldn't make {about}.",
    },
    "other": {
        "formal": "I am sorry I did not make it to {about} after saying I would.",
        "warm": "I'm sorry I didn't make it to {about} after saying I would.",
    },
    "excusable": {
        "formal": "I am sorry I was not able to make {about}.",
        "warm": "I'm sorry I wasn't able to make {about}.",
    },
}
# Whole letters of three or four sentences, as a capable professional writes a nudge: why they
# write, in the first clause; one present-tense line on the role ({interest}); one easy,
# concrete ask ({ask}). "missed" follows an apology; "ahead" a heads-up, and says the one line
# that owns what became of the interview ({owned}). After a call or a voicemail, only a shape
# that names it ({sent}) is taken, as the letter must know of it. Earlier readings read "I
# wanted to check in", "A brief note to follow up my email", "Following my email, I am getting
# in touch", "I thought I'd drop you a line" and any line pointing at the reader's silence as
# stock or off; reading 23 read openers back to front ("I'm hoping we can rearrange X, so I
# wanted to follow up on my email"), heavy ("Following our call and my email about the
# interview with Rebecca that I missed last Wednesday, ...") or templated ("Following my email
# ..., I wanted to ask about a new date").
FOLLOW_UPS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "missed": (
            """{greeting}

I am following up on {sent} about {about}. {interest} {ask} {offer}

Kind regards,""",
            """{greeting}

I am writing again to ask whether we might rearrange {about}.
{interest}

{ask} {offer}

Best regards,""",
            """{greeting}

I am writing again after {sent} to ask whether {about} could be rearranged.
{interest}

{ask} {offer}

Yours sincerely,""",
            """{greeting}

I wanted to ask again about rearranging {about}. {interest}

{ask} {offer}

With best wishes,""",
            """{greeting}

I am writing again after {sent} about {about}.
{interest}

{ask} {offer}

Kind regards,""",
        ),
        "ahead": (
            """{greeting}

{owned} I am writing again in the hope that we can find a new date.

{interest} {ask} {offer}

Kind regards,""",
            """{greeting}

I wanted to follow up on {sent}. {owned} {interest}

{ask} {offer}

Best regards,""",
            """{greeting}

{owned} I am writing again after {sent} to ask whether it could be rearranged.
{interest}

{ask} {offer}

Yours sincerely,""",
        ),
    },
    "warm": {
        "missed": (
            """{greeting}

I'm just following up on {sent} about {about}. {interest} {ask} {offer}

Warm regards,""",
            """{greeting}

I'm writing again to see whether we could rearrange {about}.
{interest}

{ask} {offer}

Many thanks,""",
            """{greeting}

I'm writing to see whether we could rearrange {about}.
{interest}

{ask} {offer}

All the best,""",
            """{greeting}

I wanted to ask again about rearranging {about}. {interest}

{ask} {offer}

Best wishes,""",
            """{greeting}

I'm writing again after {sent}, hoping we can rearrange {about}.
{interest}

{ask} {offer}

All the best,""",
        ),
        "ahead": (
            """{greeting}

{owned} I'm writing again in the hope we can find a new date.

{interest} {ask} {offer}

Warm regards,""",
            """{greeting}

I wanted to follow up on {sent}. {owned} {interest}

{ask} {offer}

Best wishes,""",
            """{greeting}

{owned} I'm writing again after {sent} in the hope we can rearrange it.
{interest}

{ask} {offer}

All the best,""",
        ),
    },
}
# The last note is short: whether a new date is still possible, one line on the role ({keen}),
# one practical offer that fits the interview ({practical}), and a gracious let-go ({door}),
# so that it reads final without saying "final". Earlier readings read "one final note
# regarding", "one last time", "Before I let the matter rest" and openers that all ended "after
# the missed interview" as form letters; reading 23 read "Since I missed our interview, I have
# been hoping" (an ambiguous "since"), "I know I missed the interview, but may I ask" (defensive)
# and "I know it's been a while since I ran late for" as templated. Each shape opens on its
# question, in its own words.
LAST_FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

Would you still consider a new date for {about}?
{keen} {practical}

{door}

Kind regards,""",
        """{greeting}

I hope you will not mind one more note. Could we still find a new date for {about}?
{practical} {keen}

{door}

Yours sincerely,""",
        """{greeting}

Could we still find a new date for {about}? {keen} {practical}

{door}

With best wishes,""",
        """{greeting}

Would it still be possible to find a new date for {about}? {practical} {keen}

{door}

Best regards,""",
        """{greeting}

May I ask whether a new date for {about} is still an option? {keen}
{practical}

{door}

With kind regards,""",
        """{greeting}

I wanted to ask once more whether we might find a new date for {about}.
{practical} {keen}

{door}

Kind regards,""",
        """{greeting}

I wanted to try once more to find a new date for {about}. {keen} {practical}

{door}

Yours sincerely,""",
    ),
    "warm": (
        """{greeting}

Do you think a new date for {about} is still possible?
{keen} {practical}

{door}

All the best,""",
        """{greeting}

Is it still possible to find a new date for {about}?
{practical} {keen}

{door}

Best wishes,""",
        """{greeting}

I wonder whether a new date for {about} is still possible.
{keen} {practical}

{door}

Warm regards,""",
        """{greeting}

Would a new date for {about} still be possible? {practical} {keen}

{door}

Warmly,""",
        """{greeting}

It's been a little while, but is a new date for {about} still an option?
{keen} {practical}

{door}

Best wishes,""",
        """{greeting}

I'm still hoping we can set a new date for {about}.
{practical} {keen}

{door}

Warm wishes,""",
        """{greeting}

I hope you don't mind me writing once more. Is a new date for {about} still possible?
{keen} {practical}

{door}

All the best,""",
        """{greeting}

I'm hopeful we can still find a new date for {about}. {practical}
{keen}

{door}

Warm regards,""",
        """{greeting}

Just checking whether a new date for {about} might still work on your side.
{practical} {keen}

{door}

Best,""",
    ),
}
# How the last note lets go: it accepts a no in a clause, with thanks in it (round 12: "I hope
# you find the right person" said to a recruiter; round 17: "If the moment has passed" as
# vague; reading 20: "I'll leave it there" as odd; reading 23: "Should you have moved on", "If
# it is not to be", "I'll leave the decision with you" as stiff, and "If it's a no" as casual
# for a senior search); readings 29 to 34 read "If the role has been filled since, I
# understand" and "I am grateful you considered me" as stock closers that gave no reason to
# reply. An outside writer's last notes (round 17) asked instead for a short word if the answer
# is no: an easy reply, and the one thing a last note can add. Keyed by the reader; picked per
# case. None says "wish" or "kind", which a sign-off says next. Reading 38 read "If the role
# has moved on" as odd (a search moves on, a role does not), "Either way" with no two ways set
# up before it, and "would mean a lot" as needy.
LAST_DOORS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "If you have decided to go ahead without me, a brief word would be much appreciated.",
            "If you have gone ahead with someone else, I would appreciate knowing.",
            "If the answer is no, a one-line reply would help me know where things stand.",
            "If the process has moved on, I would be grateful just to know.",
            "Whatever you decide, a brief reply would be much appreciated.",
        ),
        "recruiter": (
            "If the team has moved on, a short note to say so would be much appreciated. Thank you"
            " for your help throughout.",
            "Whatever the decision, a short word would help. Thank you for all you have done to"
            " arrange it.",
            "If the role has been filled, a brief word would be much appreciated. Thank you for"
            " your help with my application.",
        ),
    },
    "warm": {
        "interviewer": (
            "If things have moved on, a one-line reply would be much appreciated.",
            "If you've gone with someone else, I'd be grateful just to know.",
            "If the answer's no, I'd appreciate knowing.",
            "If you've decided to go ahead without me, I'd be grateful for a quick word.",
            "Whatever you decide, a short reply would be great.",
        ),
        "recruiter": (
            "If the team has moved on, a short note to say so would be much appreciated. Thanks"
            " for all your help.",
            "Whatever the decision, a short word would help. Thanks for everything you've done to"
            " arrange it.",
            "If the role's been filled, a quick word would be much appreciated. Thanks for"
            " setting up the interview.",
        ),
    },
}
# The last note's one line on the role, in other words than the first follow-up's and without
# "still", which its opening may say: "topic" names, in a few of the user's words, the thing
# their reason points at ({topic_at}: "Bluefin Capital's next raise"); "plain" says simply that
# the user would like to interview, in other words than the first follow-up's wish to discuss
# the role. Earlier readings read "play a part in", "It is X, above all, that draws me", "I am
# eager to interview for" and "appeals to me a great deal" as templated or asserted; reading 23
# read "I'd be glad to interview" as flat for a senior role, "I would like very much to
# interview" and "I hope very much to interview" as stilted, and "would mean a lot to me" and
# "I'd very much value another chance" as stock; readings 25 to 28 read "lost none of my
# enthusiasm", "thrilled", "honoured" and "my first choice" as overdone after a miss. With no
# reason given, every plain line is read as asserted: the kit asks the user for one (#16).
# Readings 29 and 30 read "proud to contribute", "If the door is open", "I would value an
# interview" and "An interview for X is what I am hoping for" as stilted or stock; readings 37
# to 39 "is where I believe I could do my best work" as a slogan, "I keep coming back to" as
# put on, "I would welcome a conversation" as the first follow-up again, and "talk with you"
# to a recruiter, who will not be on the call; reading 40 "is a large part of why I applied"
# as a slotted-in formula.
LAST_KEENS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "topic": (
            "I would very much like to bring my experience to {topic_at}.",
            "I am keen to see how {company} approaches {topic}.",
            "I would be glad to talk about {topic_at}.",
            "Working on {topic_at} is what I hope to do next.",
        ),
        "plain": (
            "I would like the chance to interview for {role} at {company}.",
            "I would welcome the chance to interview for {role} at {company}.",
            "I would like another chance to interview for {role} at {company}.",
            "I am keen to interview for {role} at {company}.",
        ),
        "reason": (
            "I would be glad of the chance to discuss {drawn_to}.",
            "I am particularly keen to discuss {drawn_to}.",
            "{drawn_to_cap} is the work I am keenest to take on.",
        ),
    },
    "warm": {
        "topic": (
            "I'd really like to bring my experience to {topic_at}.",
            "I'm keen to see how {company} approaches {topic}.",
            "I'd be glad to talk about {topic_at}.",
            "I'd love to work on {topic_at}.",
        ),
        "plain": (
            "I'd really like to interview for {role} at {company}.",
            "I'd welcome the chance to interview for {role} at {company}.",
            "I'd really like the chance to interview with {company}.",
            "I'd love to interview with {company}.",
            "I'd love another chance to interview for {role} at {company}.",
            "I'm really keen to interview for {role} at {company}.",
            "I'd be really glad of the chance to interview for {role} at {company}.",
        ),
        "reason": (
            "I'd be keen to talk about {drawn_to} whenever we speak.",
            "I'd be really glad to talk about {drawn_to}.",
            "{drawn_to_cap} is the work I'm keenest to take on.",
        ),
    },
}
# The last note's practical offer, by what a new interview asks of the user: a journey from
# another country's time ("far", "trip"), coming in ("onsite"), or only a call ("video",
# "phone"). Earlier readings read "Any weekday in the coming weeks ... at a day's notice" as
# stock, and "I can come in most weekdays" as a promise of daily walk-ins; reading 23 read "I
# can keep my weekdays flexible", "My weekdays are largely free" and "I'm free most weekdays
# over the coming weeks" as form-letter wording, and "I can travel back for it" as a trip the
# case never told of: a journey is offered as travel, with no "back" or "again". "trip": the
# user lives away but was in town on the day; round 10 read "notice to travel" from them as
# odd, so they offer the travel and ask no notice.
LAST_PRACTICAL: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "far": (
            "Travel is no obstacle; I would only need a little notice.",
            "I am happy to travel for it, at a time that suits {whom}.",
        ),
        "trip": (
            "I can travel for it on whichever day suits {whom}.",
            "I can arrange the travel for whichever day suits {whom}.",
        ),
        "onsite": (
            "I could come to the office on any day that suits {whom}.",
            "I can come to the office on whichever weekday suits {whom}.",
        ),
        "video": (
            "I can join a video call on any day that suits {whom}.",
            "I can do a video call on any day that suits {whom}.",
            "I can make time for a video call on any day that suits {whom}.",
            "Any day that suits {whom} would be fine.",
        ),
        "phone": (
            "I can take a call on any day that suits {whom}.",
            "I can do a phone interview on any day that suits {whom}.",
            "I can make time for a call on any day that suits {whom}.",
            "Any day that suits {whom} would be fine.",
        ),
    },
    "warm": {
        "far": (
            "Travel's no problem; I'd just need a little notice.",
            "I'm happy to travel for it, at a time that suits {whom}.",
        ),
        "trip": (
            "I can travel for it on whichever day suits {whom}.",
            "I can sort out the travel for whichever day suits {whom}.",
        ),
        "onsite": (
            "I can get to the office on any day that suits {whom}.",
            "I can come to the office on whichever weekday suits {whom}.",
        ),
        "video": (
            "I can join a video call on any day that suits {whom}.",
            "I can do a video call on any day that suits {whom}.",
            "I can make time for a video call on any day that suits {whom}.",
            "I can do any day that suits {whom}.",
        ),
        "phone": (
            "I can take a call on any day that suits {whom}.",
            "I can do a phone interview on any day that suits {whom}.",
            "I can make time for a call on any day that suits {whom}.",
            "I can do any day that suits {whom}.",
        ),
    },
}
# The last note's practical offer when the plan gives its date: two of the interviewer's
# working days after it ({days}: "Wednesday 25 or Thursday 26 November"), and room for any
# other. Readings 29 to 37 read "any day that suits you", after the first follow-up's offer,
# as adding nothing new; two named days are an offer the reader can answer in one word. A
# journey from another country's time is offered a week on, and for later days only.
# {both_days} names the same two days joined by "and".
_TRAVEL_DAYS_FORMAL = (
    "I could travel for it on {days}, or on any later day that suits {whom}.",
    "I am happy to travel for it on {days}, or on any later day that suits {whom}.",
)
_TRAVEL_DAYS_WARM = (
    "I could travel for it on {days}, or any later day that suits {whom}.",
    "I'd be happy to travel for it on {days}, or any later day that's easier for {whom}.",
)
LAST_DAYS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "far": _TRAVEL_DAYS_FORMAL,
        "trip": _TRAVEL_DAYS_FORMAL,
        "onsite": (
            "I could come to the office on {days}, or on any other day that suits {whom}.",
            "I would be free to come in on {days}; if neither suits {whom}, another day would"
            " be fine too.",
            "I have {both_days} free for a visit, though another day would be fine.",
        ),
        "video": (
            "I am available for a video call on {days}, or on any other day that suits {whom}.",
            "I could do a video call on {days}; if neither suits {whom}, another day would be"
            " fine too.",
            "I have {both_days} free for a video call, though another day would be fine.",
        ),
        "phone": (
            "I could take a call on {days}, or on any other day that suits {whom}.",
            "I would be free for a call on {days}; if neither suits {whom}, another day would be"
            " fine too.",
            "I have {both_days} free for a call, though another day would be fine.",
        ),
    },
    "warm": {
        "far": _TRAVEL_DAYS_WARM,
        "trip": _TRAVEL_DAYS_WARM,
        "onsite": (
            "I could come in on {days}, or any other day that suits {whom}.",
            "I'm free to come in on {days}; if neither suits {whom}, any other day is fine.",
            "Either {days} is good for me to come in, but I can fit around another day.",
        ),
        "video": (
            "I'm free for a video call on {days}, or any other day that suits {whom}.",
            "I could do a video call on {days}; if neither suits {whom}, any other day is fine.",
            "Either {days} is good for a video call, but I can fit around another day.",
        ),
        "phone": (
            "I could take a call on {days}, or any other day that suits {whom}.",
            "I'm free for a call on {days}; if neither suits {whom}, any other day is fine.",
            "Either {days} is good for a call, but I can fit around another day.",
        ),
    },
}
# The follow-ups' request: a concrete window rather than "another time", for the interview's
# own format ({a_new}: "a new video interview"), and what the user will do for it. Round 12
# read "any slot you choose would suit me" as stock, round 17 "I'll keep free whichever day
# suits"; reading 23 "I can be free whichever day you prefer", "Whichever day suits you, I will
# make it work", "Might there be room in your calendar", "I'm flexible on the day" and "Might
# Alexis be able to see me" (said of a phone interview) the same way.
FOLLOW_UP_ASKS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "Would you be open to {a_new} in the next week or two? {free}",
            "Could we find a time for {a_new} in the next two weeks? {free}",
            "Would {a_new} in the next two weeks be possible? {free}",
            "Might we arrange {a_new} in the coming weeks? {free}",
        ),
        "recruiter": (
            "Could you ask {them_short} whether {a_new} in the next two weeks is possible? {free}",
            "Would {them_short} have time for {a_new} in the next two weeks? {free}",
        ),
        "interviewer_far": (
            "Could we find a date in the coming weeks? With a few days' notice, I can travel on"
            " whichever one suits you.",
            "Would you be open to a new interview on site in the coming weeks? I will arrange my"
            " travel for whatever date you choose.",
        ),
        "recruiter_far": (
            "Could you ask {them_short} whether a new date in the coming weeks is possible? With"
            " a little notice, I can travel whenever suits.",
            "If {them_short} is open to a new interview, I will arrange my travel for whichever"
            " date suits.",
        ),
    },
    "warm": {
        "interviewer": (
            "Would you be open to {a_new} in the next week or two? {free}",
            "Could we find a time for {a_new} in the next couple of weeks? {free}",
            "Would {a_new} sometime in the next two weeks be possible? {free}",
            "Could we set up {a_new} in the coming weeks? {free}",
        ),
        "recruiter": (
            "Do you think {them_short} might be open to {a_new} soon? {free}",
            "Would {them_short} have time for {a_new} in the next couple of weeks? {free}",
        ),
        "interviewer_far": (
            "Could we find a date in the coming weeks? With a few days' notice, I can travel on"
            " whichever one suits you.",
            "Would you be open to trying again on site in the coming weeks? I'll book my travel"
            " for whatever date you choose.",
        ),
        "recruiter_far": (
            "Could you ask whether {them_short} would be open to a new date? With a few days'"
            " notice, I can travel whenever suits.",
            "If {them_short} has room for a new interview, I'll book my travel for whichever date"
            " suits.",
        ),
    },
}
# What the user will do for the day the reader names, said apart from the question so that
# neither recurs from kit to kit as one block. Reading 23 praised "If you name a day, I'll
# keep it free".
FOLLOW_UP_FREE: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "If you name a day, I will keep it free.",
            "I will fit around whatever day suits you.",
            "I will move other plans for whichever day suits you.",
            "A morning or an afternoon would suit me equally well.",
            "Whatever day you suggest, I will make time.",
            "I can do almost any day, even at short notice.",
        ),
        "recruiter": (
            "If you hear of a day that suits, I will keep it free.",
            "I will move other plans for whichever day suits.",
            "A morning or an afternoon would suit me equally well.",
            "I can be flexible on the day.",
            "I can do almost any day, even at short notice.",
        ),
    },
    "warm": {
        "interviewer": (
            "If you name a day, I'll keep it free.",
            "I'll work around whichever day suits you.",
            "I'll move things around for whichever day you pick.",
            "Mornings or afternoons suit me equally well.",
            "Whatever day you suggest, I'll make the time.",
            "I can do almost any day, even at short notice.",
        ),
        "recruiter": (
            "If you hear of a day that suits, I'll keep it free.",
            "I'll work around whichever day suits.",
            "Mornings or afternoons suit me equally well.",
            "I can be flexible on the day.",
            "I can do almost any day, even at short notice.",
        ),
    },
}
# What the user will do for the day, to an interviewer in another time zone (kit._free): the
# hours of their working day that fall in the user's own, on both clocks. Reading 36 found the
# hours right but "Anything from 09:00 your time to 16:00" and "it falls between" clumsy.
FREE_ACROSS: dict[Tone, dict[str, str]] = {
    "formal": {
        "whole_day": "Any time in your working day suits me ({mine_from} to {mine_to} here in"
        " {city}).",
        "window": "I am free from {from} to {to} your time ({mine_from} to {mine_to} here in"
        " {city}).",
        "any_hour": "I will take the call at whatever hour suits you, early or late here in"
        " {city}.",
    },
    "warm": {
        "whole_day": "Any time in your working day works for me ({mine_from} to {mine_to} here in"
        " {city}).",
        "window": "I'm free from {from} to {to} your time ({mine_from} to {mine_to} here in"
        " {city}).",
        "any_hour": "I'll take the call whenever suits you, even if it's early or late here in"
        " {city}.",
    },
}
# How the asks name a new interview, by its format.
NEW_INTERVIEWS: dict[str, str] = {
    "video": "a new video interview",
    "phone": "a new phone interview",
    "onsite": "a new interview on site",
}
# Why the person still wants the role, in the first follow-up, in the present tense and in
# other words than the first email's. "named": the user's own reason, when the first email
# left it out; "topic": the first email gave it, so the follow-up refers back to it in a few
# of the user's words, with its owner ({topic_at}: "Lumen Retail's push into online grocery");
# "plain": no reason given, so a plain wish to meet. Earlier readings read asserted interest
# ("I'd jump at the chance", "is the heart of my interest in", "I'd love to discuss") as
# gushing; reading 23 read "talk more about", "discuss further" and "keen to learn more" as a
# conversation that never happened, "is one I'd very much like to discuss" and "There's a lot
# about ... that I'm keen to learn" as tacked-on stock, and "is what I was most keen to talk
# about" as given up; readings 24 and 25 read "my interest ... is unchanged", "is the part I
# most look forward to hearing about", "matters a great deal to me" and "the kind of work I am
# looking for" as declared rather than shown; readings 29 and 30 read "relish", "delighted",
# "I was keen to hear about X, and I still am" (a listener, not a doer), "I'd still gladly
# interview", "I still really want" and "just as keen as when I applied" as stock, odd or
# blunt. {with_you} is " with you" to the interviewer,
# and nothing to a recruiter, whose letter names the interviewer twice already; it never
# follows the user's own words, which may end on a clause.
FOLLOW_UP_INTERESTS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "named": (
            "I would still very much like to discuss {drawn_to}.",
            "I would still like to talk with you about {drawn_to}.",
            "{drawn_to_cap} is what made me apply.",
            "{drawn_to_cap} is a big part of why I applied.",
        ),
        "topic": (
            "I would still very much like to discuss {topic_at}{with_you}.",
            "I would still like to talk about {topic_at}{with_you}.",
            "I would still welcome a conversation about {topic_at}.",
        ),
        "plain": (
            "I would still very much like to discuss {role} at {company}{with_you}.",
            "I would still like to interview for {role} at {company}.",
            "I would still welcome an interview for {role} at {company}.",
            "I would still be glad to talk about {role} at {company}{with_you}.",
            "I would really like to meet and talk about {role} at {company}.",
        ),
    },
    "warm": {
        "named": (
            "I'd still very much like to discuss {drawn_to}.",
            "I'd still be glad to talk with you about {drawn_to}.",
            "{drawn_to_cap} is what made me apply.",
            "{drawn_to_cap} is a big part of why I applied.",
        ),
        "topic": (
            "I'd still very much like to discuss {topic_at}{with_you}.",
            "I'd still be glad to talk about {topic_at}{with_you}.",
            "I'd still welcome a chat about {topic_at}.",
        ),
        "plain": (
            "I'd still very much like to discuss {role} at {company}{with_you}.",
            "I'd still really value a conversation about {role} at {company}.",
            "I'd still be glad to interview for {role} at {company}.",
            "I'd still be happy to talk about {role} at {company}{with_you}.",
            "I'd really like to meet and talk about {role} at {company}.",
        ),
    },
}

# --- When they answer ----------------------------------------------------------------------
# The decline reply thanks them (for letting the user know, and for their time), accepts it in
# a clause rather than a clipped "I understand." (round 17), owns the miss in one line that fits
# its cause ({sorry}), and wishes them well in a way only this reader can take. It asks for
# nothing: round 12 of #16 read "kept in mind", "hear of it if another role opens" and "please
# let me know" after a no-show as presumptuous, "Again, my apologies" as perfunctory, and "I
# understand the decision" as stiff; round 17 read "That's completely fair" as abrupt after the
# thanks and "Good luck with the search." as a curt last word. Only after an illness or an
# emergency does it say, modestly, that the user would apply again ({future}).
# "via": the no came through the recruiter, who is thanked for her help and asked to pass the
# user's thanks on for something named, never thanked for telling the user "directly" (round 7).
DECLINE_REPLIES: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "direct": (
            """{greeting}

Thank you for letting me know, and for considering me for {role}; I understand. {sorry}

I wish you and the team every success with the search. {future}

Kind regards,""",
            """{greeting}

Thank you for your reply, and for considering my application to {company}. I understand, of
course. {sorry}

I hope the search goes well. {future}

Yours sincerely,""",
            """{greeting}

Thank you for telling me, and for your time; I understand your position entirely. {sorry}

I hope the rest of the process at {company} goes smoothly. {future}

With best wishes,""",
        ),
        "via": (
            """{greeting}

Thank you for letting me know, and for all your help with the process; I understand. {sorry}
Please pass my thanks to {them_short} for considering me for {role}. {future}

Kind regards,""",
            """{greeting}

Thank you for passing on the decision, and for your work in arranging the interview at
{company}. I understand, of course. {sorry} Please thank {them_short} on my behalf
for considering me. {future}

Yours sincerely,""",
        ),
    },
    "warm": {
        "direct": (
            """{greeting}

Thanks for letting me know, and for considering me for {role}; I understand. {sorry}

I hope the rest of the search goes smoothly. {future}

All the best,""",
            """{greeting}

Thank you for getting back to me, and for your time; I completely understand. {sorry}

I hope the search at {company} goes well. {future}

Best wishes,""",
            """{greeting}

Thanks for your reply, and for taking the time to consider me. I understand, of course.
{sorry}

I wish you and everyone at {company} all the best. {future}

Warm regards,""",
        ),
        "via": (
            """{greeting}

Thanks for letting me know, and for all your help along the way; I understand. {sorry} Please
pass my thanks to {them_short} for considering me for {role}. {future}

All the best,""",
            """{greeting}

Thank you for telling me, and for your help in setting up the interview at {company}. I
understand, of course. {sorry} Please pass my thanks to {them_short} for the time set aside
for me. {future}

Warm regards,""",
        ),
    },
}
# After an illness or an emergency, and only then, a modest word that the user would try again:
# not "if a similar role comes up", which round 17 read as odd for a VP or C-level post, of
# which there is one.
DECLINE_FUTURE: dict[Tone, str] = {
    "formal": "I would be glad to apply again in future.",
    "warm": "I'd be glad to apply again some day.",
}
# The user's offers, said once, in the first email, in a plain sentence with no reason made up
# for it (round 6 of #16: references do not help anyone pick a time). Round 8's readers marked
# every apology without the offer the user chose as unfit. Picked per case, so that no offer
# line recurs from letter to letter; the note after a call takes the next wording, as it stands
# beside the apology email. A heads-up offers nothing before the interview, so its kit makes
# the offer in the first follow-up.
OFFER_LINES: dict[Tone, Wordings] = {
    "formal": (
        "I can send you {items}, if that would help.",
        "If it would help, I can send you {items}.",
        "I would be happy to send {items}, if useful.",
    ),
    "warm": (
        "I'm happy to send {items} if that would help.",
        "If it helps, I can send over {items}.",
        "I can send {items}, if that would be useful.",
    ),
}
# The decline reply's one line of ownership, fitting the cause, and referring to the miss in
# other words than the first email's (no "Again, my apologies for missing ...", round 12; no
# "down to me alone", "Not keeping our interview as planned" or a defensive "I know", round 13).
DECLINE_SORRY: dict[str, dict[Tone, Wordings]] = {
    "missed": {
        "formal": (
            "Missing the interview was my fault, and I am sorry.",
            "I am sorry I missed the interview; that mistake was mine.",
            "I let you down by missing the interview, and I am sorry.",
            "The missed interview was my doing, and I regret it.",
        ),
        "warm": (
            "Missing the interview was my fault, and I'm sorry.",
            "I'm sorry I missed the interview; that mistake was mine.",
            "I let you down by missing the interview, and I'm sorry.",
            "The missed interview was my doing, and I really regret it.",
        ),
    },
    # A technical failure is not "my doing"; having no backup ready is (round 17 read "I am
    # sorry for what it cost you" as heavy, and "back-up" beside the first email's "backup").
    "missed_tech": {
        "formal": ("Having a backup ready was up to me, and I am sorry I had none.",),
        "warm": ("Having a backup ready was up to me, and I'm sorry I had none.",),
    },
    # A wrong link or address may not have been the user's: not checking it was (round 17
    # read "The details were mine to check" as abstract).
    "missed_unchecked": {
        "formal": ("It was up to me to check the details, and I am sorry I did not.",),
        "warm": ("It was up to me to check the details, and I'm sorry I didn't.",),
    },
    "missed_excusable": {
        "formal": ("I am sorry the interview could not take place.",),
        "warm": ("I'm sorry the interview couldn't take place.",),
    },
    # Before the start the user asked to change the plan: that, not the notice, is the miss,
    # and it was their doing, unless an illness, an emergency or a failure made it nobody's.
    # Round 17 read "I could not keep our interview as planned" as softening it.
    "ahead": {
        "formal": ("I am sorry that I let {our} slip.",),
        "warm": ("I'm sorry I let {our} slip.",),
    },
    "ahead_excusable": {
        "formal": ("I am sorry {our} could not go ahead as planned.",),
        "warm": ("I'm sorry {our} couldn't go ahead as planned.",),
    },
    # After a heads-up about running late, whether the interview happened is not known: the
    # user owns the lateness, never "my late start" (round 17).
    "late": {
        "formal": ("I am sorry that my running late disrupted {our}.",),
        "warm": ("I'm sorry my running late upset {our}.",),
    },
}
# Sent when the invitation for the agreed time arrives: short, and in other words than the
# first email, which confirmed the time already.
CONFIRMATIONS: dict[Tone, Wordings] = {
    # Round 9 of #16 read "I am glad to accept it, for Friday 20 November" as clumsy: a short
    # confirmation says the day and hour once, in both clocks where they differ, and thanks.
    "formal": (
        """{greeting}

Thank you for the new invitation. I am glad to confirm {when}. {readiness}

I look forward to speaking with {listener} about {role}.

Kind regards,""",
        """{greeting}

This is to confirm {when}, which is now in my calendar; thank you for the invitation.
{readiness}

I look forward to the conversation.

Yours sincerely,""",
    ),
    "warm": (
        """{greeting}

Thanks for the new invitation. I'm glad to confirm {when}. {readiness}

I'm looking forward to talking with {listener} about the role.

Warm regards,""",
        """{greeting}

Just confirming {when}; it's in my calendar now. Thanks for the invitation. {readiness}

Looking forward to it.

Best wishes,""",
    ),
}
READINESS: dict[str, str] = {
    "video": "I will join a few minutes early.",
    "onsite": "I will plan my arrival with time to spare.",
    "phone_number": "I will be ready a few minutes early on {phone}.",
    "phone": "I will be ready for the call a few minutes early.",
}

# --- Subjects ------------------------------------------------------------------------------
# Longest first: a long name takes a shorter lead before the name itself is shortened.
SUBJECTS: dict[str, dict[Tone, Wordings]] = {
    "plain": {
        "formal": ("Apologies for missing our interview", "Apologies"),
        "warm": ("Sorry I missed our interview", "Sorry"),
    },
    # After a voicemail the subject still says what the email is about.
    "voicemail": {
        "formal": ("Apologies for missing our interview", "Apologies"),
        "warm": ("Sorry I missed our interview", "Sorry"),
    },
    "call": {
        "formal": ("Following our call", "Our call"),
        "warm": ("Following our call", "Our call"),
    },
    "other": {
        "formal": ("Apologies for missing our interview", "Apologies"),
        "warm": ("Sorry I missed our interview", "Sorry"),
    },
    "ahead": {
        "formal": ("About our interview", "Our interview"),
        "warm": ("About our interview", "Our interview"),
    },
    "move": {
        "formal": ("Request to move our interview", "Moving our interview"),
        "warm": ("Could we move our interview?", "Moving our interview"),
    },
    "late": {
        "formal": ("Running late for our interview", "Running late"),
        "warm": ("Running late for our interview", "Running late"),
    },
    # Hours ahead, a delay is foreseen, not under way (round 8 of #16).
    "late_ahead": {
        "formal": ("I will be late for our interview", "A late start"),
        "warm": ("I'll be late for our interview", "A late start"),
    },
}

# To a recruiter the interview was never "ours": the subject names it as the user's.
SUBJECTS_VIA: dict[str, dict[Tone, Wordings]] = {
    "plain": {
        "formal": ("Apologies for missing my interview", "Apologies"),
        "warm": ("Sorry I missed my interview", "Sorry"),
    },
    "ahead": {
        "formal": ("About my interview", "My interview"),
        "warm": ("About my interview", "My interview"),
    },
    "move": {
        "formal": ("Request to move my interview", "Moving my interview"),
        "warm": ("Could we move my interview?", "Moving my interview"),
    },
    "late": {
        "formal": ("Running late for my interview", "Running late"),
        "warm": ("Running late for my interview", "Running late"),
    },
    "late_ahead": {
        "formal": ("I will be late for my interview", "A late start"),
        "warm": ("I'll be late for my interview", "A late start"),
    },
}
SUBJECTS_VIA["voicemail"] = SUBJECTS_VIA["other"] = SUBJECTS_VIA["plain"]

# The heads-up's reason said aloud, as a whole sentence.
SPOKEN_WARNINGS: dict[str, str] = {
    "overslept": "I slept far longer than I meant to, and it's my own doing",
    "overslept/daytime": "I slept far longer than I meant to and have only just woken up, and"
    " it's my own doing",
    "forgot": "I'd lost track of the date, and it's my own doing",
    "forgot/late": "I'd lost track of the date and have something I can no longer move at that"
    " time, and it's my own doing",
    "timezone_mixup/late": "I had the wrong hour in mind and have something I can no longer move"
    " at that time, and it's my own doing",
    "timezone_mixup": "I got the time zone wrong, and it's my own doing",
    "timezone_mixup/one_zone": "I mixed up the time, and it's my own doing",
    "double_booked": "I've double-booked myself for that time, and it's my own doing",
    "late_or_lost": "I didn't leave enough time {join}, and {eta}",
    "late_or_lost/no": "I didn't leave enough time {join}, and it's my own doing",
    "wrong_link_or_address": "I had the wrong {details}, and it's my own doing",
    "wrong_link_or_address/late": "I had the wrong {details}, which is my own doing, and I'd be"
    " grateful if you could email me the right one",
    "technology_failure": "a technical problem on my side is holding me up, and I should have"
    " had a backup",
    "technology_failure/no": "a technical problem on my side has stopped me, and I should have"
    " had a backup",
    "medical": "I have a medical issue to deal with",
    "emergency": "an emergency is keeping me away",
    "prefer_not_to_say": "it's my own doing, and I don't ask this lightly",
}
SHORT_WARNINGS_FORMAL: dict[str, str] = {
    "forgot/late": "I had lost track of the date and have something I can no longer move at that"
    " time, which is my fault",
    "timezone_mixup/late": "I had the wrong hour in mind and have something I can no longer move"
    " at that time, which is my fault",
    "forgot": "I had lost track of the date, which is my fault",
    "double_booked": "I have double-booked myself, which is my fault",
    "late_or_lost": "I did not allow enough time {join}, so {eta}",
    "late_or_lost/no": "I did not allow enough time {join}, which is my fault",
    "prefer_not_to_say": "a personal matter has held me up, and the responsibility for the change"
    " is mine",
}
SHORT_WARNINGS: dict[str, str] = {
    "overslept": "I slept much longer than I meant to, which is my fault",
    "overslept/daytime": "I slept far longer than I meant to and have only just woken up, which"
    " is my fault",
    "forgot": "I'd lost track of the date, which is my fault",
    "forgot/late": "I'd lost track of the date and have something I can no longer move at that"
    " time, which is my fault",
    "timezone_mixup/late": "I had the wrong hour in mind and have something I can no longer move"
    " at that time, which is my fault",
    "timezone_mixup": "I misread the time zone, which is my fault",
    "timezone_mixup/one_zone": "I mixed up the time, which is my fault",
    "double_booked": "I've double-booked myself, which is my fault",
    "late_or_lost": "I didn't allow enough time {join}, so {eta}",
    "late_or_lost/no": "I didn't allow enough time {join}, which is my fault",
    "wrong_link_or_address": "I had the wrong {details} and should have checked it earlier",
    "wrong_link_or_address/late": "I had the wrong {details}, which I should have checked"
    " earlier, so I would be grateful for the right one",
    "technology_failure": "a technical failure on my side is holding me up, which I should"
    " have planned for",
    "technology_failure/no": "a technical failure on my side has stopped me, which I should"
    " have planned for",
    "medical": "I have a medical issue that needs my attention",
    "emergency": "I have an emergency to deal with",
    "prefer_not_to_say": "a personal matter has held me up, and the change is on me",
}

# --- Spoken: the call script's lines and the voicemail -------------------------------------
# The call opens by checking the moment, in the situation's words. A day is said as people
# say it aloud: "on Wednesday", never the full date.
CALL_OPENINGS: dict[str, str] = {
    "missed": "{hello}, this is {candidate}. We were due to {meet} {day} about {role}."
    " Is now a good moment for a couple of minutes?",
    "missed_via": "{hello}, this is {candidate}. I was due to interview with {iname}"
    " {day} for {role}. Is now a good moment for a couple of minutes?",
    "after_email": "{hello}, this is {candidate}. I wrote to {wrote_to} {wrote}, and I"
    " wanted to call as well. Is now a good moment for a couple of minutes?",
    "ahead": "{hello}, this is {candidate}, about our interview {day} at {start}. Do you"
    " have a minute?",
    "ahead_via": "{hello}, this is {candidate}. I am due to interview with {iname} {day}"
    " at {start} for {role}. Do you have a minute?",
}
CALL_APOLOGIES: dict[str, str] = {
    "missed": "I'm calling to say sorry for missing our interview. {spoken}.",
    "missed_via": "I'm calling to say sorry for missing that interview. {spoken}.",
    "after_email": "I wanted to say it to you directly, too: I'm sorry I missed {the_interview},"
    " and it was my mistake.",
    "after_email_excusable": "I wanted to say it to you directly, too: I'm sorry I missed"
    " {the_interview}.",
    "after_email_unchecked": "I wanted to say it to you directly, too: I'm sorry I missed"
    " {the_interview}, and I should have checked the details in time.",
    "after_email_tech": "I wanted to say it to you directly, too: I'm sorry I missed"
    " {the_interview}, and I should have had a backup plan ready.",
    # The opening has named the interview and its time: step 2 says what is wrong (round 7).
    "ahead": "I'm sorry to say that {spoken_warning_clause}. {spoken_choice}",
    "late": "Sorry, but I'm {running}{late_by}late for {the_interview}. {spoken_warning}.",
    # The email said sorry for the short notice: the call does not say it twice (round 8).
    "ahead_after_email": "I'm calling to follow up {my_email} about {the_interview}, to be sure"
    " it reached you in time. I'm sorry to change things so late.",
    # "I'll join then" in step 4 needs the delay said aloud first, not only in the email.
    "ahead_after_email_late": "I'm calling to follow up {my_email}: I'm {running}{late_by}late"
    " for {the_interview}, and I'm sorry.",
    "ahead_passed": "I'm calling to follow up {my_email} about {the_interview} {day} at"
    " {start}, and to say sorry again for the change of plan.",
}
CALL_ASKS: dict[str, Wordings] = {
    # Round 17 read "I can make any day work" as eager: the call names the window the note
    # after it puts in writing.
    "interviewer": (
        "I'm still very keen on the role at {company}. Would you be willing to find another"
        " time? I can make any day over the next two weeks.",
        "I'd really value another chance to talk about the role. Would another time be possible?"
        " Any day over the next two weeks works for me.",
        "I'd love to reschedule if you're open to it. I'm free any day over the next two weeks.",
    ),
    "interviewer_far": (
        "I'm still very keen on the role at {company}. Would you be willing to find another"
        " date? I'll plan my travel around it.",
    ),
    "recruiter": (
        "I'm still very keen on the role at {company}. Could you ask {ifirst} whether another"
        " time would be possible? Any day over the next two weeks works for me.",
        "I'd be so grateful if {ifirst} could find another time, any day over the next two"
        " weeks. Would you be able to ask?",
    ),
    "ahead": ("I'm really looking forward to talking about the role at {company}.",),
    "late": ("{spoken_choice}",),
    "agreed": ("Thank you for agreeing to meet on {agreed}; I'm looking forward to it.",),
}
CALL_CLOSES: dict[str, str] = {
    "email_next": "Thank you for taking my call. I'll send you a short note by email as well.",
    "email_other": "Thank you for taking my call. I'll send {other_first} a short email as well.",
    "done": "Thank you for taking my call.",
}
# When the callee has no time to talk: a short email only when an address is known and none
# has been sent yet.
SHORT_ON_TIME: dict[str, str] = {
    "email": "I won't keep you. May I send you a short email about it instead?",
    "call_back": "I won't keep you. When would be a better time for me to call back?",
}
# The voicemail's ask, naming the role: one of these per case, so kits do not share it.
# "far": on site from another country's time, where "any day" would promise a journey.
VOICEMAIL_ASKS: dict[str, Wordings] = {
    "near": (
        "I'm still very keen on {role}, and I'd be glad of another time, any day you like.",
        "I'm still keen on {role}, and I'd gladly take another time, whatever day suits you best.",
        "I'd love another time to talk about {role}, on any day that works for you.",
        "I'd still really like to talk about {role}, so if you can find another time, any day"
        " works for me.",
    ),
    "far": (
        "I'm still very keen on {role}, and I'd plan my travel around a new interview.",
        "I'd still really like to talk about {role}, and will gladly travel for a new interview.",
    ),
}
VOICEMAIL = "{hello} {sorry} {late} {ask} {email_note} {callback} {goodbye}"
VOICEMAIL_PARTS: dict[str, str] = {
    "hello": "{hello}, it's {candidate}.",
    "sorry": "I'm calling to say sorry for missing our interview {day}: {spoken_clause}.",
    "sorry_short": "I'm sorry I missed our interview {day}: {spoken_clause}.",
    "sorry_via": "I'm calling to say sorry for missing my interview with {ifirst} {day}:"
    " {spoken_clause}.",
    "sorry_via_short": "I'm sorry I missed my interview with {ifirst} {day}: {spoken_clause}.",
    # An emergency leaves the silence to own: the brief asks for ownership with every reason.
    "sorry_excusable": "I'm calling to say sorry for missing our interview {day}, and for not"
    " letting you know at the time: {spoken_clause}.",
    "sorry_excusable_short": "I'm sorry I missed our interview {day} without telling you:"
    " {spoken_clause}.",
    "sorry_via_excusable": "I'm calling to say sorry for missing my interview with {ifirst} {day},"
    " and for not letting anyone know at the time: {spoken_clause}.",
    "sorry_via_excusable_short": "I'm sorry I missed my interview with {ifirst} {day} without"
    " telling anyone: {spoken_clause}.",
    # The email told the cause, so the call does not. What it owns is the silence, as what the
    # writer could have done: being sorry for it alone reads as a shrug to a reviewer who has
    # not heard the cause, and nobody takes the blame for an illness itself.
    "sorry_after_email_excusable": "I sent {wrote_to} an email {wrote}, and I wanted to call"
    " too. I'm sorry I missed {the_interview}, and I should have got word to you at the time.",
    "sorry_after_email": "I sent {wrote_to} an email {wrote}, and I wanted to call too. I'm sorry I"
    " missed {the_interview}; it was my mistake.",
    "sorry_after_email_unchecked": "I sent {wrote_to} an email {wrote}, and I wanted to call too."
    " I'm sorry I missed {the_interview}; I should have checked the details in time.",
    "sorry_after_email_tech": "I sent {wrote_to} an email {wrote}, and I wanted to call too."
    " I'm sorry I missed {the_interview}; I should have had a backup plan.",
    "sorry_ahead": "I'm sorry to call so close to {the_interview} {day} at {start}."
    " {spoken_warning}. {spoken_choice}",
    "sorry_ahead_short": "I'm sorry to call so close to {the_interview} {day} at {start}."
    " {spoken_choice}",
    # A wrong link keeps its cause, which "the right one" in the choice refers back to.
    "sorry_ahead_details_short": "I'm sorry, but {spoken_warning_clause}. {spoken_choice}",
    "sorry_as_planned": "I'm calling ahead of {the_interview} {day} at {start}."
    " {spoken_warning}. {spoken_choice}",
    "sorry_as_planned_short": "I'm calling ahead of {the_interview} {day} at {start}."
    " {spoken_choice}",
    "sorry_late": "Sorry, but I'm {running}{late_by}late for {the_interview} {day} at {start},"
    " and {eta}.",
    "sorry_late_short": "Sorry, I'm {running}{late_by}late for {the_interview}, and {eta}.",
    "sorry_late_known": "Sorry, but I'm {running}{late_by}late for {the_interview} {day}, and"
    " {eta}.",
    "sorry_late_known_short": "Sorry, I'm {running}{late_by}late for {the_interview}, and {eta}.",
    "sorry_ahead_after_email": "I sent {wrote_to} an email {wrote} about {the_interview} at"
    " {start}, and I'm sorry to change things so late.",
    "sorry_ahead_passed": "I sent {wrote_to} an email {wrote} about {the_interview} at {start},"
    " and I wanted to call as well.",
    "ask_ahead": "I'm really looking forward to talking about {role}.",
    "ask_ahead_short": "I'm really looking forward to the interview.",
    # After asking to move, "looking forward to the interview" rang hollow (round 7 of #16).
    "ask_ahead_move": "I'm sorry for the trouble, and I'm still very keen on {role}.",
    "ask_ahead_move_short": "I'm still very keen, and sorry for the trouble.",
    # Round 12 (kit 16): "I'm still keen" needs its object, and the ask must be one.
    "ask_short": "I'm still keen on the role, and I'd be glad of another time.",
    "ask_via": "I'm still very keen, and I'd be grateful if {ifirst} could find another time;"
    " any day works for me.",
    "ask_via_far": "I'm still very keen, and I'd be grateful if {ifirst} could find another"
    " date. I'll plan my travel around it.",
    "ask_short_far": "I'm still keen, and will travel for another date that suits you.",
    "ask_late": "{spoken_choice}",
    "ask_agreed_short": "I'm still keen, and I look forward to {agreed}.",
    "sorry_bare": "I'm sorry I missed our interview {day}; it was my mistake.",
    "sorry_bare_excusable": "I'm sorry I missed our interview {day} and couldn't warn you;"
    " {kept_away}.",
    "sorry_bare_unchecked": "I'm sorry I missed our interview {day}; I should have checked the"
    " details in time.",
    "sorry_bare_tech": "I'm sorry I missed our interview {day}; I should have had a backup plan.",
    "ask_agreed": "I'm still very keen, and I look forward to our rescheduled interview on"
    " {agreed}.",
    "email_note": "I'll send you an email too.",
    "callback": "You can reach me on {number}.",
    "goodbye": "Again, it's {candidate}, on {number}. Thank you.",
    "goodbye_no_phone": "Again, it's {candidate}. Thank you.",
    "goodbye_no_number": "Again, it's {candidate}, and I'll follow up by email. Thank you.",
}

# --- The short message, for LinkedIn or a text: its own two or three sentences -------------
# {lead} says what came before it (a call, a voicemail, a word with the recruiter) first, so
# the note reads as the next word in the thread rather than a first contact (round 4 of #16).
# It says sorry once: a slow first word is a clause of that same sentence ({late_that} or
# {late_ing}, from LATE_SHORT), never a second "sorry" (round 12 read two in four lines).
SHORT_MESSAGES: dict[str, dict[Tone, str | Wordings]] = {
    # Two shapes each, picked per case: round 7 of #16 read one colon formula in kit after kit.
    "missed": {
        "formal": (
            "{hello}\n\n{lead} I am sorry I missed our interview {day}{late_that}. {short_cap}."
            " {keen}\n\n{candidate}",
            "{hello}\n\n{lead} I am very sorry for missing our interview {day}{late_ing}."
            " {short_cap}. {keen}\n\n{candidate}",
        ),
        "warm": (
            "{hello}\n\n{lead} I'm sorry I missed our interview {day}{late_that}. {short_cap}."
            " {keen}\n\n{candidate}",
            "{hello}\n\n{lead} I'm so sorry for missing our interview {day}{late_ing}."
            " {short_cap}. {keen}\n\n{candidate}",
        ),
    },
    # After a call that reached the interviewer, the note thanks them for it and says sorry
    # once, briefly: the call told the cause, and round 12 (kits 28, 30, 31, 35) read a note
    # that explained the miss again as if the call had never happened.
    "called": {
        "formal": "{hello}\n\n{lead} {owned_again} {keen}\n\n{candidate}",
        "warm": "{hello}\n\n{lead} {owned_again} {keen}\n\n{candidate}",
    },
    "ahead": {
        "formal": "{hello}\n\n{lead} I am sorry to write so close to our interview {day} at"
        " {start}. {short_warning} {choice} {keen}\n\n{candidate}",
        "warm": "{hello}\n\n{lead} Sorry to message so close to our interview {day} at"
        " {start}. {short_warning} {choice} {keen}\n\n{candidate}",
    },
    "as_planned": {
        "formal": "{hello}\n\n{lead} A note ahead of our interview {day} at {start}."
        " {short_warning} {choice} {keen}\n\n{candidate}",
        "warm": "{hello}\n\n{lead} A quick note before our interview {day} at {start}."
        " {short_warning} {choice} {keen}\n\n{candidate}",
    },
    "cannot": {
        "formal": "{hello}\n\n{lead} I am sorry, but I cannot make our interview {day} at"
        " {start}: {short_warning_clause}. {choice} {keen}\n\n{candidate}",
        "warm": "{hello}\n\n{lead} I'm sorry, but I can't make our interview {day} at {start}:"
        " {short_warning_clause}. {choice} {keen}\n\n{candidate}",
    },
    "late": {
        "formal": "{hello}\n\nI am sorry, but I am {running}{late_by}late for our interview {day}"
        " at {start}. {short_warning} {choice}\n\n{candidate}",
        "warm": "{hello}\n\nSorry, I'm {running}{late_by}late for our interview {day} at {start}."
        " {short_warning} {choice}\n\n{candidate}",
    },
}
# The note after a call owns the miss once more, in a clause: "fault", "unchecked" (a wrong
# link or address) or "excusable", as OWNED_NOTE, in other words than the email's.
SHORT_OWNED_AGAIN: dict[str, dict[Tone, str]] = {
    "tech": {
        "formal": "I am sorry again for missing our interview {day}; I should have had a backup"
        " plan.",
        "warm": "Sorry again for missing our interview {day}; I should have had a backup plan.",
    },
    "fault": {
        "formal": "I am sorry again for missing our interview {day}, which was my own doing.",
        "warm": "Sorry again for missing our interview {day}; it was my own doing.",
    },
    "unchecked": {
        "formal": "I am sorry again for missing our interview {day}; I should have checked the"
        " details beforehand.",
        "warm": "Sorry again for missing our interview {day}; I should have checked the"
        " details beforehand.",
    },
    "excusable": {
        "formal": "I am sorry again for missing our interview {day}, and that I failed to warn"
        " you.",
        "warm": "Sorry again for missing our interview {day}, and that I failed to warn you.",
    },
}
# Round 12 read "I've also left you a voicemail." as an odd first line on its own.
SHORT_LEADS: dict[Tone, dict[str, str]] = {
    "formal": {
        "plain": "",
        "voicemail": "You may have my voicemail already, but I wanted to reach you here as well.",
        "call": "Thank you very much for taking my call.",
        "tried": "I have just tried calling you.",
        "other": "I have let {other} know already, but wanted to tell you myself as well.",
    },
    "warm": {
        "plain": "",
        "voicemail": "I've left you a voicemail, and wanted to reach you here too.",
        "call": "I really appreciate you taking my call.",
        "tried": "I've just tried calling you.",
        "other": "I've let {other} know already, but wanted to tell you myself too.",
    },
}
SHORT_KEEN: dict[Tone, dict[str, str]] = {
    "formal": {
        "ask": "I am still keen on {role} and would be grateful for another time, on a day that"
        " suits you.",
        # Round 18 read a bare "I am still keen," as keen on nothing until the role came after,
        # and reading 20 "still appeals to me greatly" as stock; a warm word stays beside the
        # role, which the reviewer needs when the role's name is odd.
        "ask2": "I am still eager to talk about {role}, on another day if possible.",
        "ahead": "I am looking forward to talking about {role}.",
        "ahead_move": "I was looking forward to talking about {role}, and still am.",
        "agreed": "I am still keen on {role}, and I look forward to our rescheduled interview on"
        " {agreed}.",
    },
    "warm": {
        "ask": "I'm still keen on {role}, and I'd love to find another time if you're open to it.",
        "ask2": "If you're open to it, I'd really like another time to talk about {role}.",
        "ahead": "Really looking forward to talking about {role}.",
        "ahead_move": "I was really looking forward to talking about {role}.",
        "agreed": "I'm still keen on {role}, and looking forward to our rescheduled interview on"
        " {agreed}.",
    },
}

# --- When each message is meant to be used, in the plan's words -----------------------------
SEND_WHEN: dict[str, str] = {
    "call_now": "Call now, before anything else.",
    "call_later": "Call {callee} {call_when}, as the plan sets out.",
    "voicemail_now": "Leave this if the call goes to voicemail.",
    "voicemail_later": "Leave this if your call {call_when} goes to voicemail.",
    "email_if_no_answer": "Send now if the call did not reach {callee}.",
    "email_now": "Send now.",
    "email_before_call": "Send now; the call follows {call_when}.",
    "email_after_call": "Send now, to follow your call.",
    "email_after_voicemail": "Send now, to follow your voicemail.",
    "call_follow_up": "Send straight after the call, if you spoke to {callee} and no new time"
    " was fixed. A time fixed on the call: add it to the case for the confirmation instead.",
    # Before the start, round 17 read "no new time was fixed" beside an arrival time as a
    # contradiction: the note puts in writing what the call told them.
    "call_follow_up_ahead": "Send straight after the call, if you spoke to {callee}, to put"
    " what you told them in writing.",
    "short": "Use on LinkedIn or by text only if email is not an option.",
    "short_via": "Use on LinkedIn or by text to reach {interviewer} yourself; the emails go to"
    " the recruiter.",
    "follow_up": "Send if there is no reply by the plan's follow-up date.",
    "last_follow_up": "Send if there is still no reply by the plan's last follow-up date.",
    "follow_up_dated": "Send {due} if there has been no reply by then.",
    "last_follow_up_dated": "Send {due} if there is still no reply.",
    "ahead_note": "Only if the interview did not take place; skip it if it went ahead after all.",
    "decline": "Send only if they decline to meet again.",
    "confirm": "Send when the invitation for the new time arrives, to accept it.",
}

# --- Replies to the interviewer's answer (issue #18) ---------------------------------------
# "What happened?": the reason the user gave, plainly, and nothing more.
WHAT_HAPPENED: dict[str, str] = {
    "overslept": "Put simply, I slept through the start.",
    "forgot": "Put simply, I lost track of the date.",
    "timezone_mixup": "Put simply, I misread the time zone.",
    "double_booked": "Put simply, I let another commitment clash with the interview.",
    "late_or_lost": "Put simply, I did not allow enough time {join}.",
    "wrong_link_or_address": "Put simply, I was working from the wrong {details} and did not"
    " check it.",
    "technology_failure": "Put simply, a technical failure on my side stopped me {joining},"
    " with no backup ready.",
    "medical": "It was a medical issue; I hope you will forgive me for not going into detail.",
    "emergency": "It was a personal emergency; I hope you will forgive me for not going into"
    " detail.",
    "prefer_not_to_say": "I would rather not go into the reason; what matters is that I missed it.",
}
WHAT_HAPPENED_OWNED: dict[str, dict[Tone, str]] = {
    "unexplained": {
        "formal": "The responsibility for that is mine.",
        "warm": "The responsibility for that is mine.",
    },
    "fault": {
        "formal": "That is no excuse, and the responsibility is mine.",
        "warm": "That's no excuse, and the responsibility is mine.",
    },
    # The silence is what an emergency leaves to own (the brief asks ownership of every reason).
    "excusable": {
        "formal": "I am sorry I could not let you know sooner, and that it cost you the time you"
        " had set aside.",
        "warm": "I'm sorry I couldn't let you know sooner, and that it cost you the time you'd set"
        " aside.",
    },
}
REPLIES: dict[str, dict[Tone, str]] = {
    "asks_what_happened": {
        "formal": """{greeting}

Thank you for asking. {what} {owned} {sorry}

I remain keen on {role} at {company}, and I would be grateful for another time, on any day
that works for you.

Kind regards,""",
        "warm": """{greeting}

Thanks for asking. {what} {owned} {sorry}

I'm still keen on {role} at {company}, and I'd be grateful for another time, on any day that
works for you.

Warm regards,""",
    },
    "asks_for_times": {
        "formal": """{greeting}

Thank you for being willing to find another time. Any of these would work for me:

{slot_lines}

If none of them suits, any other time you name is fine with me. I look forward to talking about
{role}.

Kind regards,""",
        "warm": """{greeting}

Thank you so much for making time again. Any of these would work for me:

{slot_lines}

If none of them suits, any other time works for me too. I'm looking forward to talking about
{role}.

Warm regards,""",
    },
    "pending": {
        "formal": """{greeting}

Thank you for getting back to me, and for looking into it. I will wait to hear from you, and
whatever time you find, I will make it work.

I look forward to continuing the conversation about {role}.

Kind regards,""",
        "warm": """{greeting}

Thanks for getting back to me, and for looking into it. I'll wait to hear from you, and I
can fit around whatever time you find.

I'm looking forward to picking up the conversation about {role}.

Warm regards,""",
    },
    "auto_reply": {
        "formal": """{greeting}

I hope your time away went well. I wrote while you were out about our interview on {date},
and I wanted to make sure the note did not get lost in a busy inbox.

I remain keen on {role} at {company}. If another time is possible, I can be flexible about
it.

Kind regards,""",
        "warm": """{greeting}

I hope your time away went well. I wrote while you were out about our interview on {date},
and wanted to make sure it didn't get lost in the pile.

I'm still keen on {role} at {company}. If there's a chance of another time, I'm happy to work
around you.

Warm regards,""",
    },
}
REPLY_SORRY: dict[str, dict[Tone, str]] = {
    "missed": {
        "formal": "I am sorry again for missing our interview.",
        "warm": "I'm sorry again for missing our interview.",
    },
    "ahead": {
        "formal": "I am sorry again for the short notice.",
        "warm": "I'm sorry again for the short notice.",
    },
}
REPLY_SEND_WHEN: dict[str, str] = {
    "asks_what_happened": "Send as your reply to their question.",
    "asks_for_times": "Send as your reply to their request for times.",
    "pending": "Send as a short reply, then wait for them.",
    "auto_reply": "Send on {return_date}, once they are back.",
}
