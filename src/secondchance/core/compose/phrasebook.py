"""The phrasebook: every word the kit says, as whole messages that read top to bottom.

Each message has several whole letters per situation class and tone, in different shapes:
some open with the apology, some with the reason for writing; some put the interest before
the ask; some make no promise. A case reads in one of them, chosen by a stable hash of the
case and the message (see `Situation.pick`), so thirty letters do not share one skeleton.
The slots carry names, times and the small pieces a situation chooses:

    {greeting}     "Dear Dana Whitfield," / "Hello Dana,"
    {our}          "our interview", or "my interview with Dana Whitfield" to a recruiter
    {day}          the interview's day as the reader sees it when the message is sent
    {start}        its start in the reader's clock: "09:30", "09:30 your time" across zones
    {date}         its date: "Thursday 26 November"
    {role}         "the Head of Data Platform role"; {company}
    {reason}       the reason the user gave, owned (REASONS below); empty when they gave none
    {owned}        the one ownership sentence, when {reason} does not already own the miss
    {late}         a day or more later: the slow reply is owned too
    {promise}      the reason's prevention sentence, from the reason catalogue
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
# {join}: "to join the call", "for the journey"; {details}: "link", "number", "address". Each
# names the reason with the words of the reason catalogue's markers, so no message can name
# another reason.
REASONS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I was asleep when the interview was due to start, which is entirely my fault.",
        "warm": "I slept through the start, and that's entirely my fault.",
    },
    "forgot": {
        "formal": "I lost track of the date and had not put the interview in my calendar, which"
        " was careless of me.",
        "warm": "I lost track of the date and hadn't put the interview in my calendar, which"
        " was careless of me.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone, which was careless of me.",
        "warm": "I got the time zone wrong, which was careless of me.",
    },
    "double_booked": {
        "formal": "I let another commitment clash with the interview, and that was my mistake.",
        "warm": "I let another commitment clash with the interview, and that was my mistake.",
    },
    "late_or_lost": {
        "formal": "I did not leave myself enough time {join}, and that was my mistake.",
        "warm": "I didn't leave myself enough time {join}, and that was my mistake.",
    },
    "wrong_link_or_address": {
        "formal": "I was working from the wrong {details}, and I should have checked it first.",
        "warm": "I was working from the wrong {details}, and I should have double-checked it.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side stopped me {joining}, and {backup}.",
        "warm": "A technical failure on my side stopped me {joining}, and {backup}.",
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
    "overslept": "Honestly, I slept through the start, and that's my fault",
    "forgot": "I lost track of the date, and that's my fault",
    "timezone_mixup": "I got the time zone wrong, and that's my fault",
    "double_booked": "I let another commitment clash with it, and that's my fault",
    "late_or_lost": "I didn't leave enough time {join}, and that's my fault",
    "wrong_link_or_address": "I had the wrong {details}, and that's my fault",
    "technology_failure": "A technical failure on my side stopped me {joining}, and I should"
    " have been ready for that",
    "medical": "I had a medical issue and couldn't attend",
    "emergency": "A personal emergency needed my full attention",
    "prefer_not_to_say": "There's no excuse, and it was my fault",
}
# The short message's own way of saying it, after "I am sorry about our interview {day}: ".
SHORT_REASONS: dict[str, str] = {
    "overslept": "I slept through the start, and it was my fault",
    "forgot": "I lost track of the date, and it was my fault",
    "timezone_mixup": "I misread the time zone, and it was my fault",
    "double_booked": "I let two commitments clash, and it was my fault",
    "late_or_lost": "I didn't leave enough time {join}, and it was my fault",
    "wrong_link_or_address": "I had the wrong {details}, and it was my fault",
    "technology_failure": "a technical failure on my side stopped me {joining}, and I should"
    " have had a backup",
    "medical": "a medical issue kept me away",
    "emergency": "a personal emergency kept me away",
    "prefer_not_to_say": "it was my fault, and I have no excuse",
}
# The words each reason takes from the interview's format.
FORMAT_WORDS: dict[str, dict[str, str]] = {
    "video": {
        "fallback": "join by phone instead",
        "join": "to be set up for the call",
        "joining": "from joining the call",
        "details": "link",
        "backup": "I should have had a backup ready",
        "arrive": "join",
    },
    "phone": {
        "fallback": "take the call on a different phone",
        "join": "to be ready for the call",
        "joining": "from taking the call",
        "details": "number",
        "backup": "I should have had a backup ready",
        "arrive": "can take the call",
    },
    "onsite": {
        "fallback": "join by phone or video instead",
        "join": "for the journey",
        "joining": "from being there",
        "details": "address",
        "backup": "I should have allowed for it",
        "arrive": "arrive",
    },
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
LATE: dict[str, dict[Tone, str]] = {
    "fault": {
        "formal": "I should have written sooner than this, too.",
        "warm": "I should have been in touch sooner, too.",
    },
    "excusable": {
        "formal": "This is later than I would have liked to write.",
        "warm": "I'm writing later than I'd have liked.",
    },
}
# Each message says it in its own words: a reader of the whole kit meets the delay once each.
LATE_SPOKEN: dict[str, str] = {
    "fault": "I'm sorry I've left it this long to call.",
    "excusable": "I'm sorry it's taken me until now to call.",
}
LATE_SHORT: dict[str, str] = {
    "fault": "I should have written straight away.",
    "excusable": "I wish I had written sooner.",
}
LATE_VOICEMAIL: dict[str, str] = {
    "fault": "I know I should have called before now.",
    "excusable": "I'd have liked to call earlier.",
}

# --- Asking for a new time, and thanking them once one is agreed ----------------------------
# Keyed by the reader: the interviewer, or the recruiter, asked about the interviewer.
ASKS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "If you are willing to find another time, I will arrange my week around it.",
            "Would you be open to another time? I can be flexible.",
            "If another date is possible, I would be grateful for it.",
            "I would be grateful for the chance to reschedule, at any time you can offer.",
        ),
        "recruiter": (
            "Could you ask {them} whether another time might be possible? I can be flexible.",
            "If {them} is willing to find another date, I would be very grateful.",
            "Would you be able to ask {them} about rescheduling? Any time offered will suit me.",
        ),
    },
    "warm": {
        "interviewer": (
            "Could we find another time? I can be flexible.",
            "Would you be open to another time? Any day that works for you suits me.",
            "If there's any chance of another time, I'll be there.",
            "I'd be so grateful for the chance to reschedule.",
        ),
        "recruiter": (
            "Could you check with {them} whether another time might work? I'm flexible.",
            "If {them} has room for a new interview time, I'd be really grateful.",
            "Would you be able to ask {them} about rescheduling? Any time works for me.",
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
# The goodwill offers, as one sentence: "If it would help, I can share references."
OFFER_LEADS: dict[Tone, str] = {
    "formal": "If it would be useful, I would be glad to share {items}.",
    "warm": "If it helps, I'm happy to share {items}.",
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

Please accept my apology for missing {our} {day}. {reason} {owned} {late} {promise}

My interest in {role} at {company} has not changed. {ask} {slots} {extras}

Kind regards,""",
            """{greeting}

I am writing about {our} {day}, which I missed. I am very sorry. {reason} {owned} {late}

I would still welcome the chance to discuss {role} at {company}. {ask} {slots} {extras}

Yours sincerely,""",
            """{greeting}

I missed {our} {day}, and I apologise. {reason} {owned} {late}

{ask} {slots} I remain keen on {role} at {company}, and I would make the most of a second
chance. {extras}

With thanks,""",
            """{greeting}

I owe you an apology for missing {our} {day}. {reason} {owned} {late} {promise}

I know that time was set aside for me, and I would still value the chance to talk about
{role} at {company}. {ask} {slots} {extras}

Best regards,""",
        ),
        "warm": (
            """{greeting}

I'm so sorry I missed {our} {day}. {reason} {owned} {late}

I'd still love the chance to talk about {role} at {company}. {ask} {slots} {extras}

Warm regards,""",
            """{greeting}

I'm writing about {our} {day}, which I missed. I'm really sorry. {reason} {owned} {late}
{promise}

I was looking forward to talking about {role} at {company}, and I still am. {ask} {slots}
{extras}

Best wishes,""",
            """{greeting}

I missed {our} {day}, and I'm sorry. {reason} {owned} {late}

{ask} {slots} I'm just as keen on {role} at {company} as I was, and I'd make the most of a
second go. {extras}

Thanks,""",
            """{greeting}

First, an apology: I missed {our} {day}. {reason} {owned} {late} {promise}

I'd still really like to talk about {role} at {company}. {ask} {slots} {extras}

All the best,""",
        ),
    },
    "voicemail": {
        "formal": (
            """{greeting}

I left you a voicemail earlier and wanted to follow it with a note in writing. I am sorry to
have missed {our} {day}. {reason} {owned} {late} {promise}

I remain keen on {role} at {company}. {ask} {slots} {extras}

Kind regards,""",
            """{greeting}

Further to my voicemail, I wanted to apologise in writing for missing {our} {day}. {reason}
{owned} {late}

{ask} {slots} My interest in {role} at {company} is unchanged. {extras}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

I left you a voicemail earlier, and I wanted to write as well. I'm really sorry I missed {our}
{day}. {reason} {owned} {late} {promise}

I'd still love to talk about {role} at {company}. {ask} {slots} {extras}

Warm regards,""",
            """{greeting}

Following my voicemail, I wanted to put my apology in writing too: I'm sorry I missed {our}
{day}. {reason} {owned} {late}

{ask} {slots} I'm still very keen on {role} at {company}. {extras}

Best wishes,""",
        ),
    },
    "call": {
        "formal": (
            """{greeting}

Thank you for taking my call {called}. {owned_note}

I am still keen on {role} at {company}. {ask} {slots} {extras}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call {called}. {owned_note}

I'd still love to talk about {role} at {company}. {ask} {slots} {extras}

Warm regards,""",
        ),
    },
    "other": {
        "formal": (
            """{greeting}

I have already spoken with {other}, but I wanted to write to you myself. I am sorry to have
missed {the_interview} {day}. {reason} {owned} {late} {promise}

I am still very interested in {role} at {company}. {ask} {slots} {extras}

Kind regards,""",
            """{greeting}

Having spoken with {other}, I also wanted to apologise to you directly for missing
{the_interview} {day}. {reason} {owned} {late}

{ask} {slots} I would still welcome the chance to talk about {role} at {company}. {extras}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

I've already spoken with {other}, but I wanted to write to you myself. I'm so sorry I missed
{the_interview} {day}. {reason} {owned} {late} {promise}

I'm still really keen on {role} at {company}. {ask} {slots} {extras}

Warm regards,""",
            """{greeting}

I've talked to {other} already, and I wanted to say it to you as well: I'm sorry I missed
{the_interview} {day}. {reason} {owned} {late}

{ask} {slots} I'd still love to talk about {role} at {company}. {extras}

Best wishes,""",
        ),
    },
    # Before the start: the cause, then the choice the user can offer (join, or move); never a
    # cancellation the user did not state. The original time is named as the one set.
    "ahead": {
        "formal": (
            """{greeting}

{lead} I am sorry for the short notice about {our}, set for {day} at {start}. {warning}
{choice}

I remain keen on {role} at {company}. {slots} {extras}

Kind regards,""",
            """{greeting}

{lead} I am writing, with apologies for the short notice, about {our} {day} at {start}.
{warning} {choice}

I would still very much like to discuss {role} at {company}. {slots} {extras}

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

{lead} Sorry for the short notice about {our} {day} at {start}. {warning} {choice}

I'm still really keen on {role} at {company}. {slots} {extras}

Warm regards,""",
            """{greeting}

{lead} Apologies for writing this close to {our} {day} at {start}.
{warning} {choice}

I'd still love to talk about {role} at {company}. {slots} {extras}

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
# The heads-up's reason, before the start: true of anyone who chose it, and no claim that the
# cause makes attending impossible.
WARNINGS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I slept much later than I meant to, and that is my own fault.",
        "warm": "I slept much later than I meant to, and that's my own fault.",
    },
    "forgot": {
        "formal": "I had lost track of the date, and that is my own fault.",
        "warm": "I'd lost track of the date, and that's my own fault.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone and planned my day around the wrong hour, which is my"
        " own fault.",
        "warm": "I misread the time zone and planned around the wrong hour, which is my own fault.",
    },
    "double_booked": {
        "formal": "I have let another commitment clash with the interview, and that is my own"
        " fault.",
        "warm": "I've let another commitment clash with the interview, and that's my own fault.",
    },
    "late_or_lost": {
        "formal": "I did not leave myself enough time {join}, and I am on my way now.",
        "warm": "I didn't leave myself enough time {join}, and I'm on my way now.",
    },
    "wrong_link_or_address": {
        "formal": "I was working from the wrong {details} and did not check it in time, which is"
        " my own fault.",
        "warm": "I was working from the wrong {details} and didn't check it in time, which is my"
        " own fault.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side is stopping me {joining}, and {backup}.",
        "warm": "A technical failure on my side is stopping me {joining}, and {backup}.",
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
        "formal": "The request is my doing, and I do not make it lightly.",
        "warm": "The request is my doing, and I don't make it lightly.",
    },
}
# What a heads-up offers: to join all the same ("attend"), to join another way after a technical
# failure ("fallback"), or, when the user cannot come, to move. The choice is the reader's.
AHEAD_CHOICES: dict[str, dict[str, str]] = {
    "attend": {
        "short_formal": "I can still join at {start}, or we could move it, as you prefer.",
        "short_warm": "I can still make {start} or just after, or we can move it, whatever works"
        " for you.",
        "voicemail": "I could still join at the time, or we could move it, as you'd prefer.",
        "formal": "I could still join at {start} or a few minutes after, if you would rather keep"
        " the slot, or we could move it to another day; I will go with whichever you prefer.",
        "warm": "I can still join at {start} or a few minutes after if you'd rather keep the slot,"
        " or we could move it to another day. Whichever you prefer works for me.",
        "spoken": "I can still join at {start} or just after, or we could move it. Which would"
        " you prefer?",
    },
    "fallback": {
        "short_formal": "I can still {fallback} at {start}, or we could move it, as you prefer.",
        "short_warm": "I can still {fallback} at {start}, or we can move it, whatever works"
        " for you.",
        "voicemail": "I could still {fallback}, or we could move it, as you'd prefer.",
        "formal": "I could still {fallback} at {start} if that suits you, or we could move it to"
        " another day; I will go with whichever you prefer.",
        "warm": "I can still {fallback} at {start} if that works for you, or we could move it to"
        " another day. Whichever you prefer works for me.",
        "spoken": "I can still {fallback} at {start}, or we could move it. Which would you prefer?",
    },
    "move": {
        "short_formal": "Would another day be possible?",
        "short_warm": "Could we find another day?",
        "voicemail": "Might we find another day?",
        "formal": "Could we move it to another time? I can be flexible about when.",
        "warm": "Could we move it to another time? I'm flexible about when.",
        "spoken": "Would you be able to move it to another day?",
    },
}
# Before the start, what has been said already opens the heads-up email.
AHEAD_LEADS: dict[str, str] = {
    "plain": "",
    "voicemail": "I have also left you a voicemail.",
    "call": "Thank you for taking my call just now.",
    "other": "I have already spoken with {other}.",
}

# --- After a call that reached someone: a short written note, never the cause again ---------
# "self": the call reached the reader; "other": it reached the other person (the recruiter,
# or the interviewer when the emails go to the recruiter). "ahead": before the start.
CALL_NOTES: dict[str, dict[Tone, Wordings]] = {
    "self": {
        "formal": (
            """{greeting}

Thank you for taking my call just now. {owned_note}

{ask} I remain keen on {role} at {company}, and my details are below.

Kind regards,""",
            """{greeting}

Thank you for speaking with me just now. {owned_note}

{ask} I am still very interested in {role} at {company}.

Yours sincerely,""",
        ),
        "warm": (
            """{greeting}

Thanks so much for taking my call just now. {owned_note}

{ask} I'm still really keen on {role} at {company}, and my number is below.

Warm regards,""",
            """{greeting}

Thank you for picking up just now. {owned_note}

{ask} I'd love to carry on with {role} at {company}.

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

{ask} I am still very much hoping to discuss {role} at {company}.

Kind regards,""",
        ),
        "warm": (
            """{greeting}

Thanks for taking my call just now about {our} {day} at {start}. I'm sorry again for the short
notice.

{ask} I'm still very keen on {role} at {company}.

Warm regards,""",
        ),
    },
    "ahead_other": {
        "formal": (
            """{greeting}

I have just spoken with {other} by phone about {the_interview} {day} at {start}, and I wanted
to write to you as well. I am sorry for the short notice.

{ask}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I've just spoken with {other} on the phone about {the_interview} {day} at {start}, and I
wanted to write to you too. I'm sorry for the short notice.

{ask}

Warm regards,""",
        ),
    },
}
# The one ownership sentence of a note after a call: the cause itself was said aloud.
OWNED_NOTE: dict[str, dict[Tone, str]] = {
    "fault": {
        "formal": "I am sorry again that I missed {the_interview} {day}; it was my mistake.",
        "warm": "Sorry again about {the_interview} {day}; that was my mistake.",
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
CALL_NOTE_ASKS: dict[Tone, dict[str, str]] = {
    "formal": {
        "interviewer": "I would be grateful for another time, whenever you can offer one.",
        "recruiter": "If {them} can offer another time, I will make it work.",
    },
    "warm": {
        "interviewer": "Another time would be great, whenever you can find one.",
        "recruiter": "If {them} can find another time, I'll make it work.",
    },
}
CALL_NOTE_AGREED: dict[Tone, str] = {
    "formal": "Thank you again for agreeing to meet again.",
    "warm": "Thanks again for agreeing to a new time.",
}

# --- The no-reply follow-ups: shorter each time, and never the apology again ---------------
# {sent} is what the user has sent so far: "my note", "our call and my note", "my voicemail
# and note", so that a follow-up never pretends the thread was one email.
FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

I am following up on {sent} about {our} on {date}, as I have not yet heard back.

I would still value the chance to discuss {role} at {company}. {ask}

With thanks,""",
        """{greeting}

I am writing again after {sent} about {our} on {date}.

I am still keen on {role} at {company}, and I would welcome the chance to be considered for
it. {ask}

Best regards,""",
        """{greeting}

A brief follow-up to {sent} about {our} on {date}.

{ask} I remain keen on {role} at {company}, and I hope we can speak.

Yours sincerely,""",
        """{greeting}

I know your diary is full, so I will keep this short. I wrote about {our} on {date}. My
interest in {role} at {company} has not changed since {sent}.

{ask}

Kind regards,""",
    ),
    "warm": (
        """{greeting}

I'm following up on {sent} about {our} on {date}, as I haven't heard back yet.

I'd still really like the chance to talk about {role} at {company}. {ask}

Thanks,""",
        """{greeting}

Following {sent} about {our} on {date}, I wanted to check in once more.

I'm still keen on {role} at {company}, and I'd love the chance to show you why. {ask}

Best wishes,""",
        """{greeting}

A quick nudge about {our} on {date}, after {sent}.

{ask} I'm still keen on {role} at {company}.

Warm regards,""",
        """{greeting}

I hope your week is going well. I'm writing again after {sent} about {our} on {date}.
{role_cap} at {company} is still very much the job I want.

{ask}

All the best,""",
    ),
}
LAST_FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

This will be my last note on the subject, so I wanted to say once more that I remain keen on
{role} at {company}. If an interview becomes possible, I will make the time. If the search
has moved on, I understand, and I wish you well with it.

With best wishes,""",
        """{greeting}

I have not heard back about {role}, so I will leave it here after this note. My interest in
{company} is unchanged, and I would be glad to interview if the opportunity arises. Either
way, thank you.

Yours sincerely,""",
        """{greeting}

I do not wish to press you further, so I will write only this once more. I am still keen to
interview for {role}. If a new time becomes possible, I would be very glad of it. If not, I
wish the team well.

Kind regards,""",
        """{greeting}

After {sent}, I will close with this message. I remain very keen to join {company}. I would
welcome an interview at any time that suits you. If the role has been
filled, thank you for having considered me.

Regards,""",
    ),
    "warm": (
        """{greeting}

I don't want to crowd your inbox, so this will be my last note. I'm still keen on {role} at
{company}, and I'd be glad to talk if the chance comes up. Good luck with the search either
way.

All the best,""",
        """{greeting}

One last message from me about {role} at {company}: I'm still keen. If there's any time that
works for you to meet, I'd jump at it. If not, thank you, and I hope the search goes well.

Best wishes,""",
        """{greeting}

I know you've got a lot on, so I'll keep this to a few lines. I'm still very keen on {role}
at {company}, and I'd be glad of an interview at any time that suits you. This is the last
you'll hear from me on it.

Warm regards,""",
        """{greeting}

After {sent}, this is the last I'll write about {our}. I'm still keen on {role}, and I'd
make any time that works for you. Either way, all the best with the search at {company}.

Thanks,""",
    ),
}
# The follow-ups' request, so that it never repeats the first email's.
FOLLOW_UP_ASKS: dict[Tone, dict[str, str]] = {
    "formal": {
        "interviewer": "I would be glad to interview on any day that suits you.",
        "recruiter": "If {them} can find another time, I will make it work.",
    },
    "warm": {
        "interviewer": "If you can find a day for the interview, I'll be there.",
        "recruiter": "If {them} has room for another time, I'll make it work.",
    },
}

# --- When they answer ----------------------------------------------------------------------
DECLINE_REPLIES: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

Thank you for letting me know, and for taking the time to reply. I understand. {sorry}

If a suitable role opens at {company} in future, I would be glad to be considered.

With best wishes,""",
        """{greeting}

I understand, and I am grateful you took the time to tell me. {sorry}

I hope our paths cross again at {company}.

Yours sincerely,""",
        """{greeting}

Thank you for your answer. {sorry} I accept the decision, and I appreciate you closing the
question rather than leaving it open.

I wish you and the team every success in filling {role}.

Kind regards,""",
        """{greeting}

It was kind of you to reply. {sorry}

Should {company} have a suitable opening later, I would be glad to apply again.

Regards,""",
    ),
    "warm": (
        """{greeting}

Thanks for letting me know. I understand completely, and I appreciate the reply. {sorry}

If something suitable comes up at {company} down the line, I'd love to be considered.

All the best,""",
        """{greeting}

That's completely fair, and thank you for replying. {sorry}

I hope we cross paths again, and good luck with the search.

Best wishes,""",
        """{greeting}

Thank you for getting back to me; I understand. {sorry}

I hope the search for {role} goes smoothly.

Warm regards,""",
        """{greeting}

Understood, and thank you for telling me rather than leaving it hanging. {sorry}

I'd still be glad to hear from {company} if another role fits later on.

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
        "formal": "I am sorry again that I could not keep to {our} as arranged.",
        "warm": "I'm sorry again that I couldn't keep to {our} as planned.",
    },
    "late": {
        "formal": "I am sorry again that I was late for {our}.",
        "warm": "I'm sorry again that I was running late for {our}.",
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
    "voicemail": {
        "formal": ("Following my voicemail", "My voicemail"),
        "warm": ("Following my voicemail", "My voicemail"),
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
    "forgot": "I lost track of the date, and it's my own doing",
    "timezone_mixup": "I got the time zone wrong, and it's my own doing",
    "double_booked": "I've let another commitment clash with it, and it's my own doing",
    "late_or_lost": "I didn't leave enough time {join}, and I'm on my way now",
    "wrong_link_or_address": "I had the wrong {details}, and it's my own doing",
    "technology_failure": "a technical problem on my side is keeping me {joining}, and I"
    " should have had a backup",
    "medical": "a medical issue has come up that I have to deal with",
    "emergency": "a personal emergency has come up",
    "prefer_not_to_say": "I don't ask this lightly",
}
SHORT_WARNINGS: dict[str, str] = {
    "overslept": "I slept much later than I meant to, which is my fault",
    "forgot": "I lost track of the date, which is my fault",
    "timezone_mixup": "I misread the time zone, which is my fault",
    "double_booked": "I let two commitments clash, which is my fault",
    "late_or_lost": "I didn't leave enough time {join}, and I'm on my way",
    "wrong_link_or_address": "I had the wrong {details}, which is my fault",
    "technology_failure": "a technical failure on my side is stopping me {joining}, which I"
    " should have planned for",
    "medical": "a medical issue has come up",
    "emergency": "I have a personal emergency to deal with",
    "prefer_not_to_say": "the request is mine alone",
}

# --- Spoken: the call script's lines and the voicemail -------------------------------------
# The call opens by checking the moment, in the situation's words.
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
    "after_email": "I wanted to say sorry to you directly about {the_interview}, too. I should"
    " have been there.",
    "after_email_excusable": "I wanted to say sorry to you directly about {the_interview}, too.",
    "ahead": "I'm sorry for the short notice about {the_interview} at {start}."
    " {spoken_warning}. {spoken_choice}",
    "late": "Sorry, but I'm running late for {the_interview}. {spoken_warning}.",
    "ahead_after_email": "I'm sorry for the short notice about {the_interview}.",
    "ahead_passed": "I'm sorry I wasn't there for {the_interview} {day} at {start}; I know my"
    " email came very late.",
}
CALL_ASKS: dict[str, Wordings] = {
    "interviewer": (
        "I'm still very keen on the role at {company}. Would you be willing to find another"
        " time? Any day you choose works for me.",
        "I'd really value another chance to talk about the role. Would another time be possible?",
    ),
    "recruiter": (
        "I'm still very keen on the role at {company}. Could you ask {ifirst} whether another"
        " time would be possible?",
        "I'd be so grateful if {ifirst} could find another time. Would you be able to ask?",
    ),
    "ahead": ("I'm still very keen on the role at {company}, so whatever is easier for you.",),
    "late": (
        "We could go ahead in a shorter slot once I {arrive}, or move to another time. Which"
        " would you prefer?",
    ),
    "agreed": ("Thank you again for agreeing to meet on {agreed}; I'll be there.",),
}
CALL_CLOSES: dict[str, str] = {
    "email_next": "Thank you for taking my call. I'll send you a short note by email as well.",
    "done": "Thank you for taking my call.",
}
# When the callee has no time to talk: a short email only when an address is known.
SHORT_ON_TIME: dict[str, str] = {
    "email": "I won't keep you. May I send you a short email about it instead?",
    "call_back": "I won't keep you. When would be a better time for me to call back?",
}
# The voicemail's ask, naming the role: one of these per case, so kits do not share it.
VOICEMAIL_ASKS: Wordings = (
    "I'm still very keen on {role}, and I'd be glad of another time, any day you like.",
    "I'm keen for another chance at {role}, at any time that suits you.",
    "I'm keen to keep going with {role}, and I can make any time that suits you.",
    "I'm still keen on {role}, so if another time works for you, I'll be there.",
)
VOICEMAIL = "{hello} {sorry} {late} {ask} {email_note} {callback} {goodbye}"
VOICEMAIL_PARTS: dict[str, str] = {
    "hello": "Hello {callee}, it's {candidate}.",
    "sorry": "I'm calling to say sorry for missing our interview {day} about {role}:"
    " {spoken_clause}.",
    "sorry_short": "I'm sorry I missed our interview {day}: {spoken_clause}.",
    "sorry_via": "I'm calling to say sorry for missing my interview with {ifirst} {day}:"
    " {spoken_clause}.",
    "sorry_via_short": "I'm sorry I missed my interview with {ifirst} {day}: {spoken_clause}.",
    "sorry_after_email_excusable": "I sent you an email {wrote}, and I wanted to call too. I'm"
    " sorry I failed to let you know at the time.",
    "sorry_after_email": "I sent you an email {wrote}, and I wanted to call too. I'm sorry again"
    " about {the_interview}; it was my mistake.",
    "sorry_ahead": "I'm sorry for the short notice about {the_interview} {day} at {start}:"
    " {spoken_warning_clause}. {spoken_choice}",
    "sorry_ahead_short": "I'm sorry for the short notice about {the_interview} {day} at"
    " {start}. {spoken_choice}",
    "sorry_late": "Sorry, but I'm running late for {the_interview} {day} at {start}. I'm on my"
    " way now.",
    "sorry_late_short": "Sorry, but I'm running late for {the_interview} {day} at {start}.",
    "sorry_ahead_after_email": "I sent you an email {wrote} about {the_interview} {day} at"
    " {start}, and I'm sorry for the short notice.",
    "sorry_ahead_passed": "I sent you an email {wrote} before {the_interview} {day} at {start},"
    " and I'm sorry I wasn't there for it.",
    "ask_short": "I'm still keen, and any time that suits you works for me.",
    "ask_via": "I'm still very keen, and I'd be grateful if {ifirst} could find another time;"
    " any day works for me.",
    "ask_late": "We could go ahead shortened once I {arrive}, or move to another time.",
    "ask_agreed_short": "I'm still keen, and I look forward to {agreed}.",
    "sorry_bare": "I'm sorry I missed our interview {day}; it was my mistake.",
    "sorry_bare_excusable": "I'm sorry I missed our interview {day}.",
    "ask_agreed": "I'm still very keen, and I look forward to our rescheduled interview on"
    " {agreed}.",
    "email_note": "I'll send you an email too.",
    "callback": "You can reach me on {number}.",
    "goodbye": "Again, it's {candidate}. Thank you.",
    "goodbye_no_number": "Again, it's {candidate}, and I'll follow up by email. Thank you.",
}

# --- The short message, for LinkedIn or a text: its own two or three sentences -------------
SHORT_MESSAGES: dict[str, dict[Tone, str]] = {
    "missed": {
        "formal": "{hello}\n\n{lead} I am sorry about our interview {day}: {short}. {late}"
        " {keen}\n\n{candidate}",
        "warm": "{hello}\n\n{lead} Sorry about our interview {day}: {short}. {late}"
        " {keen}\n\n{candidate}",
    },
    "ahead": {
        "formal": "{hello}\n\nI apologise for writing so close to our interview {day} at"
        " {start}. {short_warning} {choice} {keen}\n\n{candidate}",
        "warm": "{hello}\n\nI'm so sorry to send this so close to our interview {day} at {start}."
        " {short_warning} {choice} {keen}\n\n{candidate}",
    },
    "late": {
        "formal": "{hello}\n\nI am sorry, but I am running late for our interview {day} at"
        " {start}. {short_warning} I am happy to go ahead shortened once I {arrive}, or"
        " to move to another time.\n\n{candidate}",
        "warm": "{hello}\n\nSorry, I'm running late for our interview {day} at {start}."
        " {short_warning} Happy to go ahead shortened once I {arrive}, or to move"
        " to another time.\n\n{candidate}",
    },
}
SHORT_LEADS: dict[str, str] = {
    "plain": "",
    "voicemail": "I left you a voicemail earlier.",
    "call": "Thank you again for taking my call.",
    "other": "I have already spoken with {other}.",
}
SHORT_KEEN: dict[Tone, dict[str, str]] = {
    "formal": {
        "ask": "I am still keen on {role} and would be grateful for another time, whenever"
        " works for you.",
        "ahead": "I remain keen on {role}.",
        "agreed": "I am still keen on {role}, and I look forward to our rescheduled interview on"
        " {agreed}.",
    },
    "warm": {
        "ask": "I'm still keen on {role}, and I'd love another time to talk, whenever works for"
        " you.",
        "ahead": "I'm still keen on {role}.",
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
