"""The phrasebook: every word the kit says, as whole messages that read top to bottom.

Each message has several whole letters per situation class and tone, in different shapes:
some open with the apology, some with the reason for writing; some put the interest before
the ask; some make no promise. A case reads in one of them, chosen by a stable hash of the
case and the message (see `Situation.pick`), so thirty letters do not share one skeleton.
The sentences a letter is built around (why the person wants the role, the request for a new
time) come from small pools picked the same way, so no one pairing recurs from kit to kit.
The slots carry names, times and the small pieces a situation chooses:

    {greeting}     "Dear Dana Whitfield," / "Hello Dana,"
    {our}          "our interview", or "my interview with Dana Whitfield" to a recruiter
    {day}          the interview's day as the reader sees it when the message is sent
    {start}        its start in the reader's clock: "09:30", "09:30 your time" across zones
    {date}         its date: "Thursday 26 November"
    {role}         "the Head of Data Platform role"; {company}
    {reason}       the reason the user gave, owned, in words that fit the interview's format
                   and the zones (REASONS below); empty when they gave none
    {owned}        the one ownership sentence, when {reason} does not already own the miss
    {late}         a day or more later: the slow reply is owned too
    {promise}      the reason's prevention sentence, from the reason catalogue
    {interest}     why the person still wants the role: their own words ({drawn_to}) when
                   they gave them (INTERESTS)
    {ask}          the request for a new time (ASKS), or thanks once one is agreed
    {slots}        proposed times; {extras} the goodwill offers, as one sentence
    {other}        the person the user has already spoken to, when it is not the reader
    {them}         the interviewer: "you", or their name to a recruiter

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
# {join}, {details}, {joining} and {missed} come from FORMAT_WORDS.
REASONS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I slept through {missed}, and that is entirely my fault.",
        "warm": "I slept through {missed}, and that's entirely my fault.",
    },
    "overslept/onsite": {
        "formal": "I slept far later than I meant to and never made it in, which is entirely"
        " my fault.",
        "warm": "I slept far later than I meant to and never made it in. That's entirely my fault.",
    },
    "forgot": {
        "formal": "I had lost track of the date and never put the interview in my calendar,"
        " which was careless of me.",
        "warm": "Honestly, I lost track of the date and never put it in my calendar, which was"
        " careless of me.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone and was working to the wrong hour, which was"
        " careless of me.",
        "warm": "I got the time zone wrong and had a different hour in my head, which was"
        " careless of me.",
    },
    "timezone_mixup/one_zone": {
        "formal": "I mixed up the time of the interview, which was careless of me.",
        "warm": "I mixed up the time, which was careless of me.",
    },
    "double_booked": {
        "formal": "I had booked something else at the same time and did not catch the clash"
        " until too late, which was my mistake.",
        "warm": "I'd double-booked myself and didn't spot the clash in time, which was my mistake.",
    },
    "late_or_lost": {
        "formal": "I did not leave myself enough time {join} and {missed_verb}, which was my"
        " mistake.",
        "warm": "I didn't leave myself enough time {join} and {missed_verb}, which was my mistake.",
    },
    "late_or_lost/onsite": {
        "formal": "I did not allow enough time for the journey and was not there when we were"
        " due to start, which was my mistake.",
        "warm": "I didn't allow enough time for the journey and wasn't there when we were due"
        " to start, which was my mistake.",
    },
    "wrong_link_or_address": {
        "formal": "I had the wrong {details} and did not check it in time, which was my mistake.",
        "warm": "I had the wrong {details} and didn't check it in time, which was my mistake.",
    },
    "wrong_link_or_address/onsite": {
        "formal": "I went to the wrong address and did not check it in time, which was my mistake.",
        "warm": "I went to the wrong address and didn't check it in time, which was my mistake.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side stopped me {joining}, and {backup}.",
        "warm": "A technical problem on my side stopped me {joining}, and {backup}.",
    },
    "medical": {
        "formal": "A medical issue kept me from attending.",
        "warm": "I had a medical issue and couldn't be there.",
    },
    "emergency": {
        "formal": "A personal emergency needed my full attention at the time.",
        "warm": "A personal emergency took all of my attention at the time.",
    },
    "prefer_not_to_say": {"formal": "", "warm": ""},
}
# The same reason said aloud, as a whole sentence after the apology.
SPOKEN_REASONS: dict[str, str] = {
    "overslept": "Honestly, I slept through {missed}, and that's my fault",
    "overslept/onsite": "Honestly, I slept far too late and never made it in, and that's my fault",
    "forgot": "I lost track of the date, and that's my fault",
    "timezone_mixup": "I got the time zone wrong, and that's my fault",
    "timezone_mixup/one_zone": "I mixed up the time, and that's my fault",
    "double_booked": "I double-booked myself and didn't spot the clash, and that's my fault",
    "late_or_lost": "I didn't leave enough time {join}, and that's my fault",
    "wrong_link_or_address": "I had the wrong {details}, and that's my fault",
    "wrong_link_or_address/onsite": "I went to the wrong address, and that's my fault",
    "technology_failure": "A technical problem on my side stopped me {joining}, and I should"
    " have been ready for that",
    "medical": "I had a medical issue and couldn't attend",
    "emergency": "A personal emergency needed my full attention",
    "prefer_not_to_say": "There's no excuse, and it was my fault",
}
# The short message's own way of saying it, after "I missed our interview {day}: ".
SHORT_REASONS: dict[str, str] = {
    "overslept": "I slept through {missed}, and it was my fault",
    "overslept/onsite": "I slept far too late, and it was my fault",
    "forgot": "I lost track of the date, and it was my fault",
    "timezone_mixup": "I misread the time zone, and it was my fault",
    "timezone_mixup/one_zone": "I had the time wrong, and it was my fault",
    "double_booked": "I double-booked myself, and it was my fault",
    "late_or_lost": "I didn't leave enough time {join}, and it was my fault",
    "wrong_link_or_address": "I had the wrong {details}, and it was my fault",
    "wrong_link_or_address/onsite": "I went to the wrong address, and it was my fault",
    "technology_failure": "a technical problem on my side stopped me {joining}, and I should"
    " have had a backup",
    "medical": "a medical issue kept me away",
    "emergency": "a personal emergency kept me away",
    "prefer_not_to_say": "it was my fault, and I have no excuse",
}
# The words each reason takes from the interview's format.
FORMAT_WORDS: dict[str, dict[str, str]] = {
    "video": {
        "fallback": "join by phone instead",
        "join": "to get set up for the call",
        "joining": "from joining the call",
        "details": "link for the call",
        "backup": "I should have had a backup ready",
        "arrive": "join",
        "missed": "the call",
        "missed_verb": "missed the interview altogether",
    },
    "phone": {
        "fallback": "take the call on a different phone",
        "join": "to be ready for the call",
        "joining": "from taking the call",
        "details": "number for the call",
        "backup": "I should have had a backup ready",
        "arrive": "can take the call",
        "missed": "the call",
        "missed_verb": "missed the interview altogether",
    },
    "onsite": {
        "fallback": "join by phone or video instead",
        "join": "for the journey",
        "joining": "from being there",
        "details": "address",
        "backup": "I should have allowed for it",
        "arrive": "arrive",
        "missed": "the morning",
        "missed_verb": "did not get there in time",
    },
}
# The prevention promise where the catalogue's would not fit: "both time zones" means nothing
# to two people on one clock.
PROMISES: dict[str, str] = {
    "timezone_mixup/one_zone": "I will check the start time of every interview against the"
    " invitation itself from now on.",
}

# --- The one ownership sentence, when the reason does not carry it --------------------------
OWNED: dict[str, dict[Tone, str]] = {
    # No reason given: the miss is owned plainly, without an excuse.
    "unexplained": {
        "formal": "I have no excuse to offer, and the responsibility is mine.",
        "warm": "I won't make excuses: it was my responsibility to be there.",
    },
    # A medical issue or an emergency is nobody's fault: the silence is regretted, not the cause.
    "excusable": {
        "formal": "I wish I had been able to tell you beforehand.",
        "warm": "I wish I could have told you beforehand.",
    },
}
# A day or more later, every message says once that it comes late.
# An illness or an emergency owes no excuse for the delay: it is only regretted.
# Two wordings each, picked per case, so that late letters do not all own the delay alike.
LATE: dict[str, dict[Tone, Wordings]] = {
    "fault": {
        "formal": (
            "I should have written sooner than this, too.",
            "It should not have taken me until now to write, either.",
            "I have also left this far too long.",
        ),
        "warm": (
            "I should have been in touch sooner, too.",
            "It shouldn't have taken me until now to write, either.",
            "I've also left it far too long to get in touch.",
        ),
    },
    "excusable": {
        "formal": (
            "I am writing later than I would have liked.",
            "I would have liked to write to you sooner.",
        ),
        "warm": (
            "I'm writing later than I'd have liked.",
            "I'd have liked to get in touch sooner.",
        ),
    },
}
# Each message says it in its own words: a reader of the whole kit meets the delay once each.
LATE_SPOKEN: dict[str, str] = {
    "fault": "I'm sorry I've left it this long to call.",
    "excusable": "I'm sorry it's taken me until now to call.",
}
LATE_SHORT: dict[str, str] = {
    "fault": "I should have written straight away.",
    "excusable": "I'd hoped to write before now.",
}
LATE_VOICEMAIL: dict[str, str] = {
    "fault": "I know I should have called before now.",
    "excusable": "I'd have liked to call earlier.",
}

# --- Why the person still wants the role ---------------------------------------------------
# "own": built on what draws them to it, in their words ({drawn_to}, {drawn_to_cap});
# "plain": when they gave none. The first email and the follow-up draw from different pools,
# so the follow-up never says the interest the same way twice.
INTERESTS: dict[str, dict[Tone, dict[str, Wordings]]] = {
    "first": {
        "formal": {
            "own": (
                "{drawn_to_cap} is what drew me to {role} at {company}, and it still does.",
                "I would still very much like to talk about {role} at {company}, and about"
                " {drawn_to} in particular.",
                "I was looking forward to talking about {drawn_to}, and I am still very keen on"
                " {role} at {company}.",
            ),
            "plain": (
                "I am still very keen on {role} at {company}.",
                "I was looking forward to discussing {role} at {company}, and I still am.",
                "I would still very much like to talk about {role} at {company}.",
                "I would be very glad of the chance to talk about {role} at {company} properly.",
                "Nothing about this has changed how keen I am on {role} at {company}.",
                "I would still very much welcome the chance to talk about {role} at {company}.",
            ),
        },
        "warm": {
            "own": (
                "{drawn_to_cap} is what drew me to {role} at {company}, and it still does.",
                "I'd still love to talk about {role} at {company}, and about {drawn_to} in"
                " particular.",
                "I was really looking forward to talking about {drawn_to}, and I'm still very"
                " keen on {role} at {company}.",
            ),
            "plain": (
                "I'm still really keen on {role} at {company}.",
                "I was looking forward to talking about {role} at {company}, and I still am.",
                "I'd still love the chance to talk about {role} at {company}.",
                "{role_cap} at {company} is still very much the job I want.",
                "I'm every bit as keen on {role} at {company} as I was.",
                "I'd still really love to talk about {role} at {company}.",
            ),
        },
    },
    "follow_up": {
        "formal": {
            "own": (
                "{drawn_to_cap} is still the main reason I would like to join {company}.",
                "{drawn_to_cap} is still what interests me most about {role}.",
            ),
            "plain": (
                "I am still very interested in {role} at {company}.",
                "My interest in {role} at {company} has not changed.",
                "{role_cap} at {company} is still the job I want most.",
            ),
        },
        "warm": {
            "own": (
                "{drawn_to_cap} is still the main reason I'd love to join {company}.",
                "{drawn_to_cap} is still what excites me most about {role}.",
            ),
            "plain": (
                "I'm still very keen on {role} at {company}.",
                "{role_cap} at {company} is still the one I'd most like.",
                "I'd still really like to be part of {company}.",
            ),
        },
    },
}

# --- Asking for a new time, and thanking them once one is agreed ----------------------------
# Keyed by the reader: the interviewer, or the recruiter, asked about the interviewer.
ASKS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "Would you be willing to set another time? Any day you choose will work for me.",
            "If you are open to another time, I will keep whatever day you name free.",
            "Could we find another time? I can be flexible about when.",
            "I would very much like to reschedule, at a time of your choosing.",
            "If another date is possible, I would be grateful for it, and I can be flexible.",
            "Would it be possible to find another time? I am happy to work to your calendar.",
        ),
        "recruiter": (
            "Could you ask {them} whether another time might be possible? I can be flexible.",
            "If {them} is willing to find another date, I would be very grateful.",
            "Would you be able to ask {them} about rescheduling? Any day offered will suit me.",
        ),
    },
    "warm": {
        "interviewer": (
            "Could we try again another day? Any time you pick works for me.",
            "Would you be open to rescheduling? I'll make any day work.",
            "I'd really like to reschedule, if you're open to it. Just name a day.",
            "Is there any chance of another time? I can be flexible.",
            "If you're willing to find another time, I'll move things around for it.",
            "Could we find another time to talk? I'm happy to go with whatever works for you.",
        ),
        "recruiter": (
            "Could you check with {them} whether another time might work? I'm flexible.",
            "If {them} has room for a new interview time, I'd be really grateful.",
            "Would you be able to ask {them} about rescheduling? Any day works for me.",
        ),
    },
}
# Once a time is agreed the first email thanks for it; the confirmation alone names it.
AGREED: dict[Tone, str] = {
    "formal": "Thank you for agreeing to meet again; I am grateful for the second chance.",
    "warm": "Thank you for agreeing to meet again. I really appreciate the second chance.",
}
SLOTS: dict[Tone, str] = {
    "formal": "For example, I could do {times}{zone}, though I am flexible.",
    "warm": "For instance, {times}{zone} would work for me, but I'm flexible.",
}
# The goodwill offers go into the first follow-up, where they give the reader something new
# rather than padding the apology (round 3 of #16): "In case it helps, here is my portfolio."
OFFER_LEADS: dict[Tone, str] = {
    "formal": "If it would help while you decide, I would be glad to share {items}.",
    "warm": "If it's useful while you decide, I'm happy to share {items}.",
}
OFFERS: dict[str, str] = {
    "portfolio_url": "my portfolio ({url})",
    "portfolio": "my portfolio",
    "case_study": "a case study that bears on the role ({url})",
    "reference": "references",
}

# --- The apology email, by what has already happened ---------------------------------------
# "plain": nobody reached yet; "voicemail": a message was left; "call": the reader was
# reached by phone; "other": the user spoke to the other person.
APOLOGY_EMAILS: dict[str, dict[Tone, Wordings]] = {
    "plain": {
        "formal": (
            """{greeting}

I owe you an apology for missing {our} {day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

Kind regards,""",
            """{greeting}

I missed {our} {day}, and I am sorry. {reason} {owned} {late}

{ask} {slots} {interest}

Yours sincerely,""",
            """{greeting}

I am sorry I was not there for {our} {day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

With thanks,""",
            """{greeting}

I am very sorry to have missed {our} {day}. {reason} {owned} {late}

{interest} {ask} {slots}

Best regards,""",
            """{greeting}

I am writing to apologise for missing {our} {day}. {reason} {owned} {late}

{ask} {slots}

{interest}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I'm so sorry I missed {our} {day}. {reason} {owned} {late}

{interest} {ask} {slots}

Warm regards,""",
            """{greeting}

I missed {our} {day}, and I'm really sorry. {reason} {owned} {late} {promise}

{ask} {slots} {interest}

Best wishes,""",
            """{greeting}

Sorry for not being there for {our} {day}. {reason} {owned} {late}

{interest} {ask} {slots}

All the best,""",
            """{greeting}

I wanted to say sorry for missing {our} {day}. {reason} {owned} {late}

{ask} {slots}

{interest}

All the best,""",
            """{greeting}

I'm writing to apologise for missing {our} {day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

Best,""",
        ),
    },
    "voicemail": {
        "formal": (
            """{greeting}

I left you a voicemail earlier, and wanted to put my apology in writing too: I am sorry to
have missed {our} {day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

Kind regards,""",
            """{greeting}

Further to my voicemail, I wanted to apologise in writing for missing {our} {day}. {reason}
{owned} {late}

{ask} {slots} {interest}

Yours sincerely,""",
            """{greeting}

As well as my voicemail, I wanted to write to say how sorry I am to have missed {our} {day}.
{reason} {owned} {late}

{interest} {ask} {slots}

Best regards,""",
        ),
        "warm": (
            """{greeting}

I left you a voicemail earlier, but wanted to write as well: I'm really sorry I missed {our}
{day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

Warm regards,""",
            """{greeting}

I tried calling and left you a voicemail, but I wanted to put this in writing too: I'm so
sorry I missed {our} {day}. {reason} {owned} {late}

{ask} {slots} {interest}

Best wishes,""",
            """{greeting}

Following up my voicemail: I'm sorry I missed {our} {day}. {reason} {owned} {late}

{interest} {ask} {slots}

All the best,""",
        ),
    },
    "call": {
        "formal": (
            """{greeting}

Thank you for taking my call. {owned_note}

{interest} {ask} {slots}

Kind regards,""",
            """{greeting}

Thank you for picking up when I called. {owned_note}

{ask} {slots} {interest}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call. {owned_note}

{interest} {ask} {slots}

Warm regards,""",
            """{greeting}

Thank you for picking up. {owned_note}

{ask} {slots} {interest}

Best wishes,""",
        ),
    },
    "other": {
        "formal": (
            """{greeting}

I have already spoken with {other} by phone, but I wanted to apologise to you directly for
missing {the_interview} {day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

Kind regards,""",
            """{greeting}

Having spoken with {other}, I also wanted to write to you myself: I am sorry to have missed
{the_interview} {day}. {reason} {owned} {late}

{ask} {slots} {interest}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

I've already spoken to {other}, but I wanted to say sorry to you myself for missing
{the_interview} {day}. {reason} {owned} {late} {promise}

{interest} {ask} {slots}

Warm regards,""",
            """{greeting}

I've talked to {other} already, and I wanted to write to you as well: I'm sorry I missed
{the_interview} {day}. {reason} {owned} {late}

{ask} {slots} {interest}

Best wishes,""",
        ),
    },
    # Before the start: it says first what the note is for, then the cause, then the choice the
    # user can offer (join, or move); never a cancellation the user did not state.
    "ahead": {
        "formal": (
            """{greeting}

{lead} I am sorry to send this so close to {our} {day} at {start}. {warning} {choice}

{interest} {slots} {tail}

Kind regards,""",
            """{greeting}

{lead} I am writing ahead of {our} {day} at {start}, and I apologise for the short notice.
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

{lead} A quick heads-up before {our} {day} at {start}, and I'm sorry it's such short notice.
{warning} {choice}

{interest} {slots} {tail}

Best wishes,""",
        ),
    },
    # Before the start, running late: on the way, with the choice left to them.
    "late": {
        "formal": (
            """{greeting}

{lead} I am very sorry, but I am running late for {our} {day} at {start}. {warning}

If it suits you, we could go ahead in a shorter slot once I {arrive}, or move to another time
that works better for you. I will fit in with whichever you prefer.

Kind regards,""",
        ),
        "warm": (
            """{greeting}

{lead} Apologies, but I'm running late for {our} {day} at {start}. {warning}

If it suits you, we could go ahead in a shorter slot once I {arrive}, or move to another time
that works better. Whichever you prefer is fine with me.

Warm regards,""",
        ),
    },
}
# Before the start, the interest is looked forward to: "still" would speak of a loss.
AHEAD_INTERESTS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "own": (
            "I am very much looking forward to talking about {drawn_to}.",
            "{drawn_to_cap} is what drew me to {role}, and I look forward to discussing it.",
        ),
        "plain": (
            "I am very much looking forward to discussing {role} at {company}.",
            "I am keen on {role} at {company}, and I look forward to our conversation.",
        ),
    },
    "warm": {
        "own": (
            "I'm really looking forward to talking about {drawn_to}.",
            "{drawn_to_cap} is what drew me to {role}, and I can't wait to talk about it.",
        ),
        "plain": (
            "I'm really looking forward to talking about {role} at {company}.",
            "I'm really keen on {role} at {company}, and looking forward to our talk.",
        ),
    },
}
# The heads-up's reason, before the start: true of anyone who chose it, and no claim that the
# cause makes attending impossible.
WARNINGS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I slept much later than I meant to, and that is my own fault.",
        "warm": "I slept much later than I meant to, and that's my own fault.",
    },
    "forgot": {
        "formal": "I had lost track of the date and only just realised, which is my own fault.",
        "warm": "I'd lost track of the date and only just realised, which is my own fault.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone and planned my day around the wrong hour, which is my"
        " own fault.",
        "warm": "I misread the time zone and planned around the wrong hour, which is my own fault.",
    },
    "timezone_mixup/one_zone": {
        "formal": "I mixed up the time and planned my day around the wrong hour, which is my own"
        " fault.",
        "warm": "I mixed up the time and planned around the wrong hour, which is my own fault.",
    },
    "double_booked": {
        "formal": "I have double-booked myself for that time, and the clash is my own fault.",
        "warm": "I've double-booked myself for that time, and the clash is my own fault.",
    },
    "late_or_lost": {
        "formal": "I did not leave myself enough time {join}, and I am on my way now.",
        "warm": "I didn't leave myself enough time {join}, and I'm on my way now.",
    },
    "wrong_link_or_address": {
        "formal": "I have only just found that I had the wrong {details}, which is my own fault.",
        "warm": "I've only just found that I had the wrong {details}, which is my own fault.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side is stopping me {joining}, and {backup}.",
        "warm": "A technical problem on my side is stopping me {joining}, and {backup}.",
    },
    "medical": {
        "formal": "A medical issue has come up that I need to deal with.",
        "warm": "A medical issue has come up that I need to deal with.",
    },
    "emergency": {
        "formal": "A personal emergency needs my attention.",
        "warm": "A personal emergency needs my attention.",
    },
    "prefer_not_to_say": {
        "formal": "I am afraid I have to ask to move it, and that is my own doing.",
        "warm": "I'm afraid I have to ask to move it, and that's my own doing.",
    },
}
# What a heads-up offers: to join all the same ("attend"), to join another way after a technical
# failure ("fallback"), or, when the user cannot come, to move. The choice is the reader's.
AHEAD_CHOICES: dict[str, dict[str, str]] = {
    "attend": {
        "short_formal": "I can still join at {start}, or we could move it, as you prefer.",
        "short_warm": "I can still make {start}, or we can move it to a day that suits you better.",
        "voicemail": "I can still join, or we can move it, whichever you'd prefer.",
        "formal": "I can still join at {start} if you would like to keep the slot, or we could"
        " move the interview to another day; whichever suits you is fine with me.",
        "warm": "I can still join at {start} if you'd like to keep the slot, or we could move"
        " the interview to another day. Whichever suits you is fine with me.",
        "spoken": "I can still join at {start}, or we could move the interview. Which would"
        " you prefer?",
    },
    "fallback": {
        "short_formal": "I can still {fallback} at {start}, or we could move it, as you prefer.",
        "short_warm": "I can still {fallback} at {start}, or we can move it to a day that suits you"
        " better.",
        "voicemail": "I could still {fallback}, or we could move it, as you'd prefer.",
        "formal": "I could still {fallback} at {start} if that suits you, or we could move the"
        " interview to another day; whichever you prefer is fine with me.",
        "warm": "I can still {fallback} at {start} if that works for you, or we could move the"
        " interview to another day. Whichever you prefer is fine with me.",
        "spoken": "I can still {fallback} at {start}, or we could move the interview. Which"
        " would you prefer?",
    },
    "move": {
        "short_formal": "Could we move it to another day?",
        "short_warm": "Could we find another day?",
        "voicemail": "I'd like to ask whether we could move it to another day.",
        "formal": "Would another day be possible? Whichever day suits you is fine with me.",
        "warm": "Could we find another day instead? I'm flexible about when.",
        "spoken": "Would you be able to move the interview to another day?",
    },
}
# Before the start, what has been said already opens the heads-up email.
AHEAD_LEADS: dict[str, str] = {
    "plain": "",
    "voicemail": "",  # said after the choice, as AHEAD_TAILS: first things first
    "call": "Thank you for taking my call just now.",
    "other": "I have spoken with {other} already, and wanted to write to you too.",
}

AHEAD_TAILS: dict[str, dict[Tone, str]] = {
    "voicemail": {
        "formal": "I have left you a voicemail saying the same.",
        "warm": "I've left you a voicemail saying the same.",
    },
}

# --- After a call that reached someone: a short written note, never the cause again ---------
# "self": the call reached the reader; "other": it reached the other person (the recruiter,
# or the interviewer when the emails go to the recruiter). "ahead": before the start.
CALL_NOTES: dict[str, dict[Tone, Wordings]] = {
    "self": {
        "formal": (
            """{greeting}

Thank you for taking my call just now. {owned_note}

{ask} {interest}

Kind regards,""",
            """{greeting}

Thank you for speaking with me just now. {owned_note}

{interest} {ask}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

Thanks so much for taking my call just now. {owned_note}

{ask} {interest}

Warm regards,""",
            """{greeting}

Thank you for picking up just now. {owned_note}

{interest} {ask}

Best wishes,""",
        ),
    },
    "other": {
        "formal": (
            """{greeting}

I have just spoken with {other} by phone about missing {the_interview} {day}, and I wanted to
write to you as well. {owned_other}

{ask}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I've just spoken with {other} on the phone about missing {the_interview} {day}, and I wanted
to write to you too. {owned_other}

{ask}

Warm regards,""",
        ),
    },
    "ahead": {
        "formal": (
            """{greeting}

Thank you for taking my call just now about {our} {day} at {start}. I am sorry again for the
short notice.

{ask} {interest}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call just now about {our} {day} at {start}. I'm sorry again for the
short notice.

{ask} {interest}

Warm regards,""",
        ),
    },
    "ahead_other": {
        "formal": (
            """{greeting}

I have just spoken with {other} by phone about {the_interview} {day} at {start}, and I wanted
to write to you as well. I am sorry for the short notice, and for the change of plan.

{ask}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I've just spoken with {other} on the phone about {the_interview} {day} at {start}, and I
wanted to write to you too. I'm sorry for the short notice, and for the change of plan.

{ask}

Warm regards,""",
        ),
    },
}
# The one ownership sentence of a note after a call: the cause itself was said aloud.
OWNED_NOTE: dict[str, dict[Tone, str]] = {
    "fault": {
        "formal": "I am sorry again that I missed {the_interview} {day}; it was my mistake.",
        "warm": "Sorry again for missing {the_interview} {day}; that was my mistake.",
    },
    "excusable": {
        "formal": "I am sorry again about {the_interview} {day}, and that I failed to let you"
        " know in time.",
        "warm": "Sorry again about {the_interview} {day}, and that I failed to tell you in time.",
    },
}
OWNED_OTHER: dict[str, dict[Tone, str]] = {
    "fault": {
        "formal": "I am sorry; it was my mistake.",
        "warm": "I'm sorry, and it was my mistake.",
    },
    "excusable": {
        "formal": "I am sorry for the disruption, and that I failed to tell you in time.",
        "warm": "I'm sorry for the disruption, and that I failed to tell you in time.",
    },
}
# The call may or may not have settled a time: the note neither asks again nor presumes.
CALL_NOTE_ASKS: dict[Tone, dict[str, str]] = {
    "formal": {
        "interviewer": "Whichever day we settle on for another time, I will make sure I am free.",
        "recruiter": "If {them} can offer another time, I will make it work.",
    },
    "warm": {
        "interviewer": "Whichever day we settle on for another time, I'll make sure I'm free.",
        "recruiter": "If {them} can offer another time, I'll make it work.",
    },
}
# After a heads-up call that offered to keep the slot, the note holds either outcome.
CALL_NOTE_EITHER: dict[Tone, str] = {
    "formal": "Whether we keep {start} or move the interview to a day that suits you better, I"
    " will be ready.",
    "warm": "Whether we keep {start} or move the interview to a day that suits you better, I'll"
    " be ready.",
}
CALL_NOTE_AGREED: dict[Tone, str] = {
    "formal": "Thank you again for agreeing to a new time.",
    "warm": "Thanks again for agreeing to a new time.",
}

# --- The no-reply follow-ups: shorter each time, and never the apology again ---------------
# {sent} is what the user has sent so far ("my email", "our call and my email", "my voicemail
# and email"), so a follow-up never pretends the thread was one email; {about} names what it
# was about ("missing our interview on Thursday 12 November"). The first follow-up brings
# something new: the person's own reason for wanting the role, or the offer they chose.
FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

I am writing to follow up on {sent} about {about}. {interest} {ask} {offer}

With thanks,""",
        """{greeting}

I wanted to come back to you about {about}, following {sent}. {ask}

{interest} {offer}

Best regards,""",
        """{greeting}

I hope you do not mind a second note about {about}, after {sent}. {ask}

{interest} {offer}

Kind regards,""",
    ),
    "warm": (
        """{greeting}

I'm following up on {sent} about {about}. {interest} {ask} {offer}

Thanks,""",
        """{greeting}

I wanted to get back in touch about {about}, after {sent}. {ask}

{interest} {offer}

Best wishes,""",
        """{greeting}

Hope you don't mind me writing again about {about}, after {sent}. {ask}

{interest} {offer}

All the best,""",
    ),
}
# The last follow-up knows that a follow-up went before it ({sent_all}), ends on a whole
# thought, and leaves the door open without pressing.
LAST_FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

I have written twice now about {about}, so this will be my last note on it. I am still keen on
{role} at {company}, and if a new time becomes possible I will gladly take it. If the search
has moved on, I understand, and I wish you well with it.

With best wishes,""",
        """{greeting}

After {sent_all}, I do not want to keep writing, so this is my last message about {about}. I
am still keen on {role}, so if an interview is still possible, I would be very glad of it. If not,
thank you for considering me, and I wish {company} well with the search.

Yours sincerely,""",
        """{greeting}

This is my last note about {about}, after {sent_all}. I am still keen on {role}, and I would
welcome an interview at a time that suits you. If it is no longer open to me, I understand, and
I am grateful you considered me.

Kind regards,""",
    ),
    "warm": (
        """{greeting}

I've written a couple of times now, so this is my last note about {about}. I'm still keen on
{role}, and if there's room to meet, I'd gladly make any time work. If not, I understand, and
good luck with the search at {company}.

All the best,""",
        """{greeting}

I don't want to keep filling your inbox, so after {sent_all} this is my last note about
{role}. I'm still keen, and I'd jump at another time if one comes up. Either way, thank you
for considering me, and all the best with the search.

Best wishes,""",
        """{greeting}

One last message from me, after {sent_all}. I'd still love to interview for {role} at
{company}, at any time that suits you, if the door is open. If it has closed, I understand,
and I wish you and the team well.

Warm regards,""",
    ),
}
# The follow-ups' request, so that it never repeats the first email's.
FOLLOW_UP_ASKS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "If another time is possible, I would be glad to take any slot you can offer.",
            "I would still be very glad to find another time, on whichever day works for you.",
        ),
        "recruiter": (
            "If {them} can find another time, I will make it work.",
            "If {them} has room for another interview, I can be flexible about the day.",
        ),
    },
    "warm": {
        "interviewer": (
            "If you're open to another time, I'd be glad to make any slot work.",
            "Is another time possible? Any day you pick is fine by me.",
        ),
        "recruiter": (
            "If {them} has room for another time, I'll make it work.",
            "If {them} can fit in another interview, I can be flexible about the day.",
        ),
    },
}

# --- When they answer ----------------------------------------------------------------------
DECLINE_REPLIES: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

Thank you for letting me know. I understand the decision. {sorry}

If a suitable role opens at {company} later on, I would be glad to apply.

With best wishes,""",
        """{greeting}

I understand, and thank you for replying. {sorry}

I wish you every success in filling {role}, and I hope I may have the chance to work with
{company} another time.

Yours sincerely,""",
        """{greeting}

Thank you for your reply; I understand. {sorry} I am grateful you considered me for {role}.

I would be glad to stay in touch, should a suitable opening come up at {company}.

Kind regards,""",
        """{greeting}

Understood, and thank you for telling me. {sorry}

I wish you and the team well, and I would be glad to hear from {company} if something suitable
comes up later.

Best regards,""",
    ),
    "warm": (
        """{greeting}

Thanks for letting me know. I understand. {sorry}

I'd love to be considered if something suitable comes up at {company} later on.

All the best,""",
        """{greeting}

That's fair, and thank you for replying. {sorry}

I hope the right person turns up for {role}, and I'd be glad to hear from {company} another
time.

Best wishes,""",
        """{greeting}

Thank you for getting back to me; I understand. {sorry}

Good luck with the search, and if another role opens up at {company}, I'd be keen to hear
about it.

Warm regards,""",
        """{greeting}

Understood, and thanks for the reply. {sorry}

I'd still be glad to hear from {company} if another role fits later on, and I wish you and the
team all the best.

Thanks again,""",
    ),
}
DECLINE_SORRY: dict[str, dict[Tone, str]] = {
    "missed": {
        "formal": "I am sorry again that I missed {our}.",
        "warm": "I'm sorry again that I missed {our}.",
    },
    # Before the start the user asked to change the plan: that, not the notice, is the miss.
    "ahead": {
        "formal": "I am sorry again for the disruption to {our}.",
        "warm": "I'm sorry again for the disruption to {our}.",
    },
    "late": {
        "formal": "I am sorry again for being late for {our}.",
        "warm": "I'm sorry again for being late for {our}.",
    },
}
# Sent when the invitation for the agreed time arrives: the one message that names it.
CONFIRMATIONS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

Thank you for the invitation. I am glad to confirm {our} on {when}. {readiness}

I look forward to speaking with {listener} about {role} at {company}.

Kind regards,""",
        """{greeting}

I am writing to confirm {our} on {when}, and to thank you again for the second chance.
{readiness}

I look forward to the conversation.

Yours sincerely,""",
    ),
    "warm": (
        """{greeting}

Thanks for the invitation. Happy to confirm {our} on {when}. {readiness}

I'm looking forward to talking with {listener} about {role} at {company}.

Warm regards,""",
        """{greeting}

Just confirming {our} on {when}, and thanks again for the second chance. {readiness}

Looking forward to it.

Best wishes,""",
    ),
}
READINESS: dict[str, str] = {
    "video": "I will join a few minutes early, with my set-up tested beforehand.",
    "onsite": "I will plan my arrival with time to spare.",
    "phone_number": "I will be ready a few minutes early on {phone}.",
    "phone": "I will be ready for your call a few minutes early.",
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
}

# The heads-up's reason said aloud, as a whole sentence.
SPOKEN_WARNINGS: dict[str, str] = {
    "overslept": "I slept far later than I meant to, and it's my own doing",
    "forgot": "I'd lost track of the date, and it's my own doing",
    "timezone_mixup": "I got the time zone wrong, and it's my own doing",
    "timezone_mixup/one_zone": "I mixed up the time, and it's my own doing",
    "double_booked": "I've double-booked myself for that time, and it's my own doing",
    "late_or_lost": "I didn't leave enough time {join}, and I'm on my way now",
    "wrong_link_or_address": "I had the wrong {details}, and it's my own doing",
    "technology_failure": "a technical problem on my side is keeping me {joining}, and I"
    " should have had a backup",
    "medical": "a medical issue has come up that I have to deal with",
    "emergency": "a personal emergency has come up",
    "prefer_not_to_say": "it's my own doing, and I don't ask this lightly",
}
SHORT_WARNINGS: dict[str, str] = {
    "overslept": "I slept much later than I meant to, which is my fault",
    "forgot": "I'd lost track of the date, which is my fault",
    "timezone_mixup": "I misread the time zone, which is my fault",
    "timezone_mixup/one_zone": "I mixed up the time, which is my fault",
    "double_booked": "I've double-booked myself, which is my fault",
    "late_or_lost": "I didn't leave enough time {join}, and I'm on my way",
    "wrong_link_or_address": "I had the wrong {details}, which is my fault",
    "technology_failure": "a technical failure on my side is stopping me {joining}, which I"
    " should have planned for",
    "medical": "a medical issue has come up",
    "emergency": "I have a personal emergency to deal with",
    "prefer_not_to_say": "I have to ask to move it, and that's my doing",
}

# --- Spoken: the call script's lines and the voicemail -------------------------------------
# The call opens by checking the moment, in the situation's words. A day is said as people
# say it aloud: "on Wednesday", never the full date.
CALL_OPENINGS: dict[str, str] = {
    "missed": "Hello {callee}, this is {candidate}. We were due to speak {day} about {role}."
    " Is now a good moment for a couple of minutes?",
    "missed_via": "Hello {callee}, this is {candidate}. I was due to interview with {iname}"
    " {day} for {role}. Is now a good moment for a couple of minutes?",
    "after_email": "Hello {callee}, this is {candidate}. I wrote to you {wrote}, and I wanted to"
    " call as well. Is now a good moment for a couple of minutes?",
    "ahead": "Hello {callee}, this is {candidate}, about our interview {day} at {start}. Do you"
    " have a minute?",
    "ahead_via": "Hello {callee}, this is {candidate}. I am due to interview with {iname} {day}"
    " at {start} for {role}. Do you have a minute?",
}
CALL_APOLOGIES: dict[str, str] = {
    "missed": "I'm calling to apologise for missing our interview. {spoken}.",
    "missed_via": "I'm calling to apologise for missing that interview. {spoken}.",
    "after_email": "I wanted to say it to you directly, too: I'm sorry I missed {the_interview},"
    " and it was my mistake.",
    "after_email_excusable": "I wanted to say it to you directly, too: I'm sorry I missed"
    " {the_interview}.",
    "ahead": "I'm calling about {the_interview} at {start}. I have to tell you that"
    " {spoken_warning_clause}. {spoken_choice}",
    "late": "Sorry, but I'm running late for {the_interview}. {spoken_warning}.",
    "ahead_after_email": "I'm calling to follow up my email about {the_interview}, and to say"
    " sorry for the short notice.",
    "ahead_passed": "I'm sorry I wasn't there for {the_interview} {day} at {start}; I know my"
    " email came very late.",
}
CALL_ASKS: dict[str, Wordings] = {
    "interviewer": (
        "I'm still very keen on the role at {company}. Would you be willing to find another"
        " time? Any day you choose works for me.",
        "I'd really value another chance to talk about the role. Would another time be possible?",
        "I'd love to reschedule if you're open to it. I can make any day work.",
    ),
    "recruiter": (
        "I'm still very keen on the role at {company}. Could you ask {ifirst} whether another"
        " time would be possible?",
        "I'd be so grateful if {ifirst} could find another time. Would you be able to ask?",
    ),
    "ahead": ("I'm really looking forward to talking about the role at {company}.",),
    "late": (
        "We could go ahead in a shorter slot once I {arrive}, or move to another time. Which"
        " would you prefer?",
    ),
    "agreed": ("Thank you again for agreeing to meet on {agreed}; I'm looking forward to it.",),
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
VOICEMAIL_ASKS: Wordings = (
    "I'm still very keen on {role}, and I'd be glad of another time, any day you like.",
    "I'm still keen on {role}, and I'd gladly take another time, whatever day suits you best.",
    "I'd love another time to talk about {role}, on any day that works for you.",
    "I'd still really like to talk about {role}, so if you can find another time, any day works"
    " for me.",
)
VOICEMAIL = "{hello} {sorry} {late} {ask} {email_note} {callback} {goodbye}"
VOICEMAIL_PARTS: dict[str, str] = {
    "hello": "Hello {callee}, it's {candidate}.",
    "sorry": "I'm calling to say sorry for missing our interview {day}: {spoken_clause}.",
    "sorry_short": "I'm sorry I missed our interview {day}: {spoken_clause}.",
    "sorry_via": "I'm calling to say sorry for missing my interview with {ifirst} {day}:"
    " {spoken_clause}.",
    "sorry_via_short": "I'm sorry I missed my interview with {ifirst} {day}: {spoken_clause}.",
    "sorry_after_email_excusable": "I sent you an email {wrote}, and I wanted to call too. I'm"
    " sorry I missed {the_interview}, and that I couldn't let you know at the time.",
    "sorry_after_email": "I sent you an email {wrote}, and I wanted to call too. I'm sorry I"
    " missed {the_interview}; it was my mistake.",
    "sorry_ahead": "I'm sorry to call so close to {the_interview} {day} at {start}."
    " {spoken_warning}. {spoken_choice}",
    "sorry_ahead_short": "I'm sorry to call so close to {the_interview} {day} at {start}."
    " {spoken_choice}",
    "sorry_late": "Sorry, but I'm running late for {the_interview} {day} at {start}. I'm on my"
    " way now.",
    "sorry_late_short": "Sorry, but I'm running late for {the_interview} {day} at {start}.",
    "sorry_ahead_after_email": "I sent you an email {wrote} about {the_interview} {day} at"
    " {start}, and I'm sorry for the short notice.",
    "sorry_ahead_passed": "I sent you an email {wrote}, before {the_interview} at {start}, and"
    " I'm sorry I wasn't there for it.",
    "ask_ahead": "I'm really looking forward to talking about {role}.",
    "ask_ahead_short": "I'm really looking forward to the interview.",
    "ask_short": "I'm still keen, and any time that suits you works for me.",
    "ask_via": "I'm still very keen, and I'd be grateful if {ifirst} could find another time;"
    " any day works for me.",
    "ask_late": "If it helps, we could keep a shorter slot once I {arrive}, or move to another"
    " time.",
    "ask_agreed_short": "I'm still keen, and I look forward to {agreed}.",
    "sorry_bare": "I'm sorry I missed our interview {day}; it was my mistake.",
    "sorry_bare_excusable": "I'm sorry I missed our interview {day}.",
    "ask_agreed": "I'm still very keen, and I look forward to our rescheduled interview on"
    " {agreed}.",
    "email_note": "I'll send you an email too.",
    "callback": "You can reach me on {number}.",
    "goodbye": "Again, it's {candidate}, on {number}. Thank you.",
    "goodbye_no_phone": "Again, it's {candidate}. Thank you.",
    "goodbye_no_number": "Again, it's {candidate}, and I'll follow up by email. Thank you.",
}

# --- The short message, for LinkedIn or a text: its own two or three sentences -------------
# {lead} says what came before it (a call, a voicemail, a word with the recruiter), after the
# apology, never as a bare opening line.
SHORT_MESSAGES: dict[str, dict[Tone, str]] = {
    "missed": {
        "formal": "{hello}\n\nI am sorry I missed our interview {day}: {short}. {late} {lead}"
        " {keen}\n\n{candidate}",
        "warm": "{hello}\n\nI'm sorry I missed our interview {day}: {short}. {late} {lead}"
        " {keen}\n\n{candidate}",
    },
    "ahead": {
        "formal": "{hello}\n\nI am sorry for the short notice before our interview {day} at"
        " {start}. {short_warning} {choice} {lead} {keen}\n\n{candidate}",
        "warm": "{hello}\n\nSorry for the short notice before our interview {day} at {start}."
        " {short_warning} {choice} {lead} {keen}\n\n{candidate}",
    },
    "late": {
        "formal": "{hello}\n\nI am sorry, but I am running late for our interview {day} at"
        " {start}. {short_warning} I am happy to go ahead in a shorter slot once I {arrive}, or"
        " to move to another time.\n\n{candidate}",
        "warm": "{hello}\n\nSorry, I'm running late for our interview {day} at {start}."
        " {short_warning} Happy to go ahead in a shorter slot once I {arrive}, or to move"
        " to another time.\n\n{candidate}",
    },
}
SHORT_LEADS: dict[str, str] = {
    "plain": "",
    "voicemail": "I've left you a voicemail too.",
    "call": "Thank you again for taking my call.",
    "other": "I've spoken to {other} as well.",
}
SHORT_KEEN: dict[Tone, dict[str, str]] = {
    "formal": {
        "ask": "I am still keen on {role} and would be grateful for another time, on a day that"
        " suits you.",
        "ahead": "I am looking forward to talking about {role}.",
        "agreed": "I am still keen on {role}, and I look forward to our rescheduled interview on"
        " {agreed}.",
    },
    "warm": {
        "ask": "I'm still keen on {role}, and I'd love to find another time if you're open to it.",
        "ahead": "Really looking forward to talking about {role}.",
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
    "call_follow_up": "Send straight after the call, if you spoke to {callee}.",
    "short": "Use on LinkedIn or by text only if email is not an option.",
    "follow_up": "Send if there is no reply by the plan's follow-up date.",
    "last_follow_up": "Send if there is still no reply by the plan's last follow-up date.",
    "follow_up_dated": "Send {due} if there has been no reply by then.",
    "last_follow_up_dated": "Send {due} if there is still no reply.",
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
    "prefer_not_to_say": "I would rather not go into the reason, because it would not excuse"
    " what happened.",
}
WHAT_HAPPENED_OWNED: dict[str, dict[Tone, str]] = {
    "fault": {
        "formal": "That is no excuse, and the responsibility is mine.",
        "warm": "That's no excuse, and the responsibility is mine.",
    },
    "excusable": {
        "formal": "I am only sorry it cost you the time you had set aside.",
        "warm": "I'm only sorry it cost you the time you'd set aside.",
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
