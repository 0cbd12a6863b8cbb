"""The phrasebook: every word the kit says, as whole messages that read top to bottom.

Each letter is one template per message, situation class and tone, written as a person
would write it, so it can be read and judged as a letter on its own. A few templates come in
two wordings; a case always reads in the same one (see `Situation.variant`). The slots carry
names, times and the small pieces a situation chooses:

    {greeting}     "Dear Dana Whitfield," / "Hello Dana,"
    {our}          "our interview", or "my interview with Dana Whitfield" to a recruiter
    {day}          the interview's day as the reader sees it when the message is sent
    {start}        its start, in the reader's zone: "09:30 EST"
    {date}         its date: "Thursday 26 November"
    {role}         "the Head of Data Platform role"; {company}
    {reason}       the reason the user gave, owned (REASONS below); empty when they gave none
    {owned}        the one ownership sentence, when {reason} does not already own the miss
    {late}         a day or more later: the slow reply is owned too
    {promise}      the reason's prevention sentence, from the reason catalogue
    {ask}          the request for a new time (ASKS), or thanks for the agreed one
    {slots}        proposed times; {extras} the goodwill offers
    {other}        the person the user has already spoken to, when it is not the reader
    {called}       when the call that reached the reader was: "just now", "earlier"
    {them}         the interviewer: "you", or their given name to a recruiter

Nothing here states a fact the user did not give: a reason is said only at the level of
detail they chose, and "prefer not to say" names none.
"""

from __future__ import annotations

from secondchance.core.message_types import Tone

Wordings = tuple[str, ...]

# --- The reason, owned in one sentence, as written in an email ------------------------------
# {join}: "to join the call", "to take the call", "for the journey"; {details}: "link",
# "number", "address". Each names the reason with the words of the reason catalogue's
# markers, so no message can name another reason.
REASONS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I did not manage my time well beforehand, and that was my mistake.",
        "warm": "I didn't manage my time well beforehand, and that's on me.",
    },
    "forgot": {
        "formal": "I did not keep proper track of the appointment, and the mistake is mine.",
        "warm": "I didn't keep proper track of the appointment, and that's on me.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone, which was careless of me.",
        "warm": "I got the time zone wrong, which was careless of me.",
    },
    "double_booked": {
        "formal": "I let two commitments overlap, and that was my mistake.",
        "warm": "I let two commitments overlap, and that's on me.",
    },
    "late_or_lost": {
        "formal": "I did not allow enough time {join}, and that was my mistake.",
        "warm": "I didn't allow enough time {join}, and that's on me.",
    },
    "wrong_link_or_address": {
        "formal": "I was working from the wrong {details}, and I should have checked it sooner.",
        "warm": "I was working from the wrong {details}, and I should have caught it sooner.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side stopped me {joining}, and {backup}.",
        "warm": "A technical failure on my side stopped me {joining}, and {backup}.",
    },
    "medical": {
        "formal": "A medical issue kept me from attending.",
        "warm": "A medical issue kept me away.",
    },
    "emergency": {
        "formal": "A personal emergency needed my full attention at the time.",
        "warm": "A personal emergency took all of my attention at the time.",
    },
    "prefer_not_to_say": {"formal": "", "warm": ""},
}
# The same reason said aloud, as a clause after "I'm very sorry:" or "I wanted to say".
SPOKEN_REASONS: dict[str, str] = {
    "overslept": "I didn't manage my time well, and that's my fault",
    "forgot": "I didn't keep proper track of the appointment, and that's my fault",
    "timezone_mixup": "I misread the time zone, and that's my fault",
    "double_booked": "I let two commitments overlap, and that's my fault",
    "late_or_lost": "I didn't allow enough time {join}, and that's my fault",
    "wrong_link_or_address": "I was working from the wrong {details}, and that's my fault",
    "technology_failure": "a technical failure on my side stopped me {joining}, and I should"
    " have been ready for that",
    "medical": "I had a medical issue and couldn't attend",
    "emergency": "a personal emergency needed my full attention",
    "prefer_not_to_say": "there's no excuse, and it's my fault alone",
}
# Said in a short message, after "I missed our interview {day}": a dash, then this.
SHORT_REASONS: dict[str, str] = {
    "overslept": "I didn't manage my time well, which is down to me",
    "forgot": "I lost track of the appointment, which is down to me",
    "timezone_mixup": "I misread the time zone, which is down to me",
    "double_booked": "I let two commitments overlap, which is down to me",
    "late_or_lost": "I didn't allow enough time {join}, which is down to me",
    "wrong_link_or_address": "I was working from the wrong {details}, which is down to me",
    "technology_failure": "a technical failure on my side stopped me {joining}, which I should"
    " have planned for",
    "medical": "a medical issue kept me from attending",
    "emergency": "a personal emergency needed my full attention",
    "prefer_not_to_say": "that is down to me alone",
}
# The words each reason takes from the interview's format.
FORMAT_WORDS: dict[str, dict[str, str]] = {
    "video": {
        "join": "to be set up for the call",
        "joining": "from joining the call",
        "details": "link",
        "backup": "I should have had a backup ready",
    },
    "phone": {
        "join": "to be ready for the call",
        "joining": "from taking the call",
        "details": "number",
        "backup": "I should have had a backup ready",
    },
    "onsite": {
        "join": "for the journey",
        "joining": "from being there",
        "details": "address",
        "backup": "I should have allowed for it",
    },
}

# --- The one ownership sentence, when the reason does not carry it --------------------------
OWNED: dict[str, dict[Tone, str]] = {
    # No reason given: the miss is owned plainly, without an excuse.
    "unexplained": {
        "formal": "There is no excuse for it, and the responsibility is mine.",
        "warm": "I won't make excuses; it was my responsibility to be there.",
    },
    # A medical issue or an emergency is nobody's fault: the lost time is owned, not the cause.
    "excusable": {
        "formal": "I know you had set that time aside, and I take responsibility for it.",
        "warm": "I know you had kept that time free, and I take responsibility for that.",
    },
}
LATE: dict[Tone, str] = {
    "formal": "I should also have written before now.",
    "warm": "I should have been in touch before now, too.",
}

# --- Asking for a new time, and thanking them once one is agreed ----------------------------
# Keyed by the reader: the interviewer ("you") or the recruiter, asked to pass it on.
ASKS: dict[Tone, dict[str, Wordings]] = {
    "formal": {
        "interviewer": (
            "If you are willing to find another time, I will fit around your diary.",
            "If another time is possible, I would be grateful for it, whenever suits you.",
        ),
        "recruiter": (
            "Could you ask {them} whether another time might be possible? I will fit around"
            " their diary.",
            "I would be grateful if you could ask {them} about another date; whatever suits"
            " them will work for me.",
        ),
    },
    "warm": {
        "interviewer": (
            "If you're open to another time, I'll fit around whatever works for you.",
            "Could we find another time? I'm happy to work around your week.",
        ),
        "recruiter": (
            "Would you be able to ask {them} about another time? I'll fit around their week.",
            "Could you check with {them} whether another time might work? I'll fit in"
            " whenever suits them.",
        ),
    },
}
AGREED: dict[Tone, str] = {
    "formal": "Thank you for agreeing to meet again on {agreed}; I have it in my calendar.",
    "warm": "Thank you for agreeing to meet again on {agreed}; it's in my calendar.",
}
SLOTS: dict[Tone, str] = {
    "formal": "For example, I could do {times} ({zone}), or any other time you prefer.",
    "warm": "For instance, {times} ({zone}) would work for me, or anything else you prefer.",
}

# --- The apology email, by what has already happened ---------------------------------------
# "plain": nobody reached yet; "voicemail": a message was left; "call": the reader was
# reached by phone; "other": the user spoke to the other person; "ahead": before the start.
APOLOGY_EMAILS: dict[str, dict[Tone, Wordings]] = {
    "plain": {
        "formal": (
            """{greeting}

Please accept my apology for missing {our} {day}. {reason} {owned} {late} {promise}

I am still very interested in {role} at {company}. {ask} {slots}

{extras}

Thank you for your patience with this.

Kind regards,""",
            """{greeting}

I am sorry to have missed {our} {day}. {reason} {owned} {late} {promise}

My interest in {role} at {company} is as strong as ever. {ask} {slots}

{extras}

Thank you for considering it.

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I'm so sorry I missed {our} {day}. {reason} {owned} {late} {promise}

I'm still really keen on {role} at {company}. {ask} {slots}

{extras}

Thanks for bearing with me.

Warm regards,""",
            """{greeting}

I owe you an apology for missing {our} {day}. {reason} {owned} {late} {promise}

I was looking forward to talking about {role} at {company}, and I still am. {ask}
{slots}

{extras}

Thank you for reading this.

Warm regards,""",
        ),
    },
    "voicemail": {
        "formal": (
            """{greeting}

I left you a voicemail earlier and wanted to follow it with a note in writing. I am sorry to
have missed {our} {day}. {reason} {owned} {late} {promise}

I remain keen on {role} at {company}. {ask} {slots}

{extras}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I left you a voicemail earlier, and I wanted to write as well. I'm really sorry I missed {our}
{day}. {reason} {owned} {late} {promise}

I'm still very keen on {role} at {company}. {ask} {slots}

{extras}

Warm regards,""",
        ),
    },
    "call": {
        "formal": (
            """{greeting}

Thank you for taking my call {called}, and for letting me apologise directly. {reason}
{owned} {promise}

I am still keen on {role} at {company}. {ask} {slots}

{extras}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

Thanks for picking up {called} and for letting me apologise properly. {reason} {owned}
{promise}

I'm still very keen on {role} at {company}. {ask} {slots}

{extras}

Warm regards,""",
        ),
    },
    "other": {
        "formal": (
            """{greeting}

I have already spoken with {other}, but I wanted to write to you myself. I am sorry to have
missed {our} {day}. {reason} {owned} {late} {promise}

I am still very interested in {role} at {company}. {ask} {slots}

{extras}

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I've already spoken with {other}, but I wanted to write to you myself. I'm so sorry I missed
{our} {day}. {reason} {owned} {late} {promise}

I'm still really keen on {role} at {company}. {ask} {slots}

{extras}

Warm regards,""",
        ),
    },
    "ahead": {
        "formal": (
            """{greeting}

I am sorry to tell you that I will not be able to attend {our} {day} at {start}. {warning}
{notice}

I am still very interested in {role} at {company}. {ask} {slots}

{extras}

Thank you for understanding.

Kind regards,""",
        ),
        "warm": (
            """{greeting}

I'm really sorry, but I won't be able to make {our} {day} at {start}. {warning} {notice}

I'm still really keen on {role} at {company}. {ask} {slots}

{extras}

Thank you for understanding.

Warm regards,""",
        ),
    },
}
# The heads-up owns its short notice, unless a call or voicemail already did.
NOTICE: dict[Tone, str] = {
    "formal": "I realise this is very short notice.",
    "warm": "I know this is very short notice.",
}
# The heads-up's reason, before the start. A reason that is the user's doing says so once.
WARNINGS: dict[str, dict[Tone, str]] = {
    "overslept": {
        "formal": "I have not managed my time well, and that is my doing.",
        "warm": "I haven't managed my time well, and that's my doing.",
    },
    "forgot": {
        "formal": "I did not keep proper track of the appointment, and that is my doing.",
        "warm": "I didn't keep proper track of the appointment, and that's my doing.",
    },
    "timezone_mixup": {
        "formal": "I misread the time zone, and that is my doing.",
        "warm": "I misread the time zone, and that's my doing.",
    },
    "double_booked": {
        "formal": "I have let two commitments overlap, and that is my doing.",
        "warm": "I've let two commitments overlap, and that's my doing.",
    },
    "late_or_lost": {
        "formal": "I did not allow enough time {join}, and that is my doing.",
        "warm": "I didn't allow enough time {join}, and that's my doing.",
    },
    "wrong_link_or_address": {
        "formal": "I was working from the wrong {details}, and that is my doing.",
        "warm": "I was working from the wrong {details}, and that's my doing.",
    },
    "technology_failure": {
        "formal": "A technical failure on my side is stopping me {joining}, and {backup}.",
        "warm": "A technical failure on my side is stopping me {joining}, and {backup}.",
    },
    "medical": {
        "formal": "A medical issue will keep me from attending.",
        "warm": "A medical issue will keep me away.",
    },
    "emergency": {
        "formal": "A personal emergency needs my full attention.",
        "warm": "A personal emergency needs my full attention.",
    },
    "prefer_not_to_say": {
        "formal": "The change is my doing.",
        "warm": "The change is my doing.",
    },
}

# --- After a call that reached them now: a short note, not the apology again ---------------
CALL_NOTES: dict[Tone, str] = {
    "formal": """{greeting}

Thank you for taking my call just now, and for letting me apologise directly. As I said,
{short}.

I am keen to keep the conversation about {role} at {company} going. {ask}

Kind regards,""",
    "warm": """{greeting}

Thanks so much for taking my call just now, and for letting me say sorry properly. As I said,
{short}.

I'd love to keep talking about {role} at {company}. {ask}

Warm regards,""",
}
# After a heads-up call: the same short note, for an interview still ahead.
CALL_NOTES_AHEAD: dict[Tone, str] = {
    "formal": """{greeting}

Thank you for taking my call just now. To confirm in writing: I will not be able to attend
{our} {day} at {start}, and I am sorry for the short notice.

I am keen to keep the conversation about {role} at {company} going. {ask}

Kind regards,""",
    "warm": """{greeting}

Thanks so much for taking my call just now. Just to confirm in writing: I won't be able to make
{our} {day} at {start}, and I'm sorry for the short notice.

I'd love to keep talking about {role} at {company}. {ask}

Warm regards,""",
}
# "As I said, ..." for a reason whose short wording would not follow that lead.
CALL_NOTE_REASONS: dict[str, str] = {
    "prefer_not_to_say": "I have no excuse to offer, and the responsibility is mine",
}
CALL_NOTE_AGREED: dict[Tone, str] = {
    "formal": "Thank you again for rescheduling to {agreed}; it is in my diary.",
    "warm": "Thanks again for agreeing to a new time on {agreed}; it's in my diary.",
}
CALL_NOTE_ASKS: dict[Tone, dict[str, str]] = {
    "formal": {
        "interviewer": "Any time you can offer for another conversation will work for me.",
        "recruiter": "Any time {them} can offer for another conversation will work for me.",
    },
    "warm": {
        "interviewer": "I'd be glad of another time to talk, whenever suits you.",
        "recruiter": "I'd be glad of another time with {them}, whenever suits them.",
    },
}

# --- The no-reply follow-ups: shorter each time, and never the apology again ---------------
FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

I am writing again about {our} on {date}, in case my earlier note went astray.

I remain keen on {role} at {company}, and I would still welcome the chance to talk. {ask}

With thanks,""",
        """{greeting}

I wanted to follow up on my note about {our} on {date}. I know how much lands in an inbox,
so I thought it worth a second try.

I am still keen to talk about {role} at {company}. {ask}

With thanks,""",
    ),
    "warm": (
        """{greeting}

I wanted to check in about {our} on {date}, in case my note got buried.

I'd still love to talk about {role} at {company}. {ask}

Thanks so much,""",
        """{greeting}

Just following up on my note about {our} on {date}; I know inboxes get busy.

I'm still keen to talk about {role} at {company}. {ask}

Thanks,""",
    ),
}
LAST_FOLLOW_UPS: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

One last note from me about {role}, and then I will leave it with you. I am still keen on
joining {company}, and if a conversation is possible, I will make any time work. If not, I
understand entirely.

With best wishes,""",
        """{greeting}

I will not keep writing, but I wanted to send one last note about {role}. My interest in
{company} has not changed, and if a conversation becomes possible, I will fit around any time
you suggest. If things have moved on, I understand, and I wish you well with the search.

With best wishes,""",
    ),
    "warm": (
        """{greeting}

Just one more note from me, and then I'll leave it with you. I'm still keen on {role} at
{company}, and if there's a chance to talk, I'll make any time work. If not, I completely
understand.

All the best,""",
        """{greeting}

This is my last note, I promise. I'm still keen on {role} at {company}, and if there's ever a
chance to talk, I'll fit around you. If things have moved on, I completely understand, and I
wish you the best with the search.

All the best,""",
    ),
}
# The follow-ups' request, so that it never repeats the first email's.
FOLLOW_UP_ASKS: dict[Tone, dict[str, str]] = {
    "formal": {
        "interviewer": "If another time is possible, I can fit around your diary.",
        "recruiter": "If {them} can find another time, I can fit around their diary.",
    },
    "warm": {
        "interviewer": "If there's a chance of another time, I'm happy to work around you.",
        "recruiter": "If {them} has room for another time, I'm happy to work around them.",
    },
}

# --- When they answer ----------------------------------------------------------------------
DECLINE_REPLIES: dict[Tone, Wordings] = {
    "formal": (
        """{greeting}

Thank you for letting me know, and for taking the time to reply. I understand. {sorry}

I have a great deal of respect for {company}, and if a suitable role comes up in future, I
would be glad to be considered.

With best wishes,""",
        """{greeting}

Thank you for your reply, and for being clear with me. I respect the decision. {sorry}

If a suitable role opens at {company} in future, I would be glad to be considered, and I wish
you and the team well.

With best wishes,""",
    ),
    "warm": (
        """{greeting}

Thanks for letting me know. I understand completely, and I appreciate the reply. {sorry}

I still think highly of {company}, and if something suitable comes up in future, I'd love to
be considered.

All the best,""",
        """{greeting}

Thanks for letting me know, and for being straight with me. I understand. {sorry}

If anything suitable comes up at {company} down the line, I'd love to be considered. Wishing
you and the team all the best.

Warm regards,""",
    ),
}
DECLINE_SORRY: dict[str, dict[Tone, str]] = {
    "missed": {
        "formal": "I am sorry again that I missed {our}.",
        "warm": "I'm sorry again that I missed {our}.",
    },
    "ahead": {
        "formal": "I am sorry again that I could not make {our}.",
        "warm": "I'm sorry again that I couldn't make {our}.",
    },
}
CONFIRMATIONS: dict[Tone, str] = {
    "formal": """{greeting}

Thank you for the second chance; I am grateful for it.

I am glad to confirm our interview on {when}. {readiness}

I look forward to speaking with {listener} about {role} at {company}.

Kind regards,""",
    "warm": """{greeting}

Thank you so much for the second chance.

Happy to confirm our interview on {when}. {readiness}

I'm looking forward to talking with {listener} about {role} at {company}.

Warm regards,""",
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
        "formal": ("Unable to attend our interview", "Unable to attend"),
        "warm": ("Can't make our interview", "Can't make it"),
    },
}

# The heads-up's reason said aloud, as a clause, and in a short message.
SPOKEN_WARNINGS: dict[str, str] = {
    "overslept": "I haven't managed my time well, and that's down to me",
    "forgot": "I didn't keep proper track of the appointment, and that's down to me",
    "timezone_mixup": "I misread the time zone, and that's down to me",
    "double_booked": "I've let two commitments overlap, and that's down to me",
    "late_or_lost": "I didn't allow enough time {join}, and that's down to me",
    "wrong_link_or_address": "I was working from the wrong {details}, and that's down to me",
    "technology_failure": "a technical problem on my side is keeping me {joining}, and I"
    " should have had a backup",
    "medical": "a medical issue means I can't attend",
    "emergency": "a personal emergency needs all of my attention",
    "prefer_not_to_say": "the change is down to me",
}
SHORT_WARNINGS: dict[str, str] = {
    "overslept": "I haven't managed my time well, which is my fault",
    "forgot": "I lost track of the appointment, which is my fault",
    "timezone_mixup": "I misread the time zone, which is my fault",
    "double_booked": "I let two commitments overlap, which is my fault",
    "late_or_lost": "I didn't allow enough time {join}, which is my fault",
    "wrong_link_or_address": "I was working from the wrong {details}, which is my fault",
    "technology_failure": "a technical failure on my side is stopping me {joining}, which I"
    " should have planned for",
    "medical": "a medical issue means I cannot be there",
    "emergency": "I have a personal emergency to deal with",
    "prefer_not_to_say": "the change is my fault",
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
    "ahead": "Hello {callee}, this is {candidate}. We are due to speak {day} at {start} about"
    " {role}. Do you have a minute?",
    "ahead_via": "Hello {callee}, this is {candidate}. I am due to interview with {iname} {day}"
    " at {start} for {role}. Do you have a minute?",
}
CALL_APOLOGIES: dict[str, str] = {
    "missed": "I'm calling to apologise for missing our interview. {spoken}.",
    "missed_via": "I'm calling to apologise for missing it. {spoken}.",
    "after_email": "I wanted to say sorry to you directly, too. {spoken}.",
    "ahead": "I'm calling to let you know I won't be able to make it, and to apologise for the"
    " short notice. {spoken_warning}.",
    "ahead_after_email": "I'm sorry for the short notice. {spoken}.",
}
NOT_LIKE_ME = "It isn't how I work."
CALL_ASKS: dict[str, str] = {
    "interviewer": "I'm still very keen on the role at {company}. Would you be willing to find"
    " another time? I'll fit around your schedule.",
    "recruiter": "I'm still very keen on the role at {company}. Could you ask {ifirst} whether"
    " another time would be possible? I'll fit around their schedule.",
    "agreed": "I'm still very keen on the role at {company}, and grateful for the new time on"
    " {agreed}.",
}
CALL_CLOSES: dict[str, str] = {
    "email_next": "Thank you for taking my call. I'll send you a short note by email as well.",
    "done": "Thank you for taking my call.",
}
VOICEMAIL = "{hello} {about} {sorry} {ask} {email_note} {callback} {goodbye}"
VOICEMAIL_PARTS: dict[str, str] = {
    "hello": "Hello {callee}, it's {candidate}.",
    "about": "I'm calling about our interview {day} for {role}.",
    "about_short": "I'm calling about our interview {day}.",
    "about_via": "I'm calling about my interview with {iname} {day}.",
    "about_after_email": "I sent you an email {wrote}, and I wanted to call too.",
    "about_ahead": "I'm calling about our interview {day} at {start}.",
    "about_ahead_via": "I'm calling about my interview with {iname} {day} at {start}.",
    "sorry": "I'm very sorry I missed it: {spoken_clause}.",
    "sorry_ahead": "I'm sorry, but I won't be able to make it: {spoken_warning_clause}.",
    "sorry_ahead_after_email": "I'm sorry for the short notice: {spoken_clause}.",
    "ask": "I'm still very keen, and I'll fit around any time that suits you.",
    "ask_short": "I'm still keen, whenever suits you.",
    "ask_via": "I'm still very keen, and grateful for any time that suits {ifirst}.",
    "ask_agreed": "I'm still very keen, and I look forward to {agreed}.",
    "email_note": "I'll send you an email too.",
    "callback": "You can reach me on {number}.",
    "goodbye": "Again, it's {candidate}. Thank you.",
    "goodbye_no_number": "Again, it's {candidate}, and I'll follow up by email. Thank you.",
}

# --- The short message, for LinkedIn or a text ---------------------------------------------
SHORT_MESSAGES: dict[str, dict[Tone, str]] = {
    "missed": {
        "formal": "{hello}\n\n{lead} I am very sorry that I missed our interview {day}; {short}."
        " {keen}\n\n{candidate}",
        "warm": "{hello}\n\n{lead} I'm so sorry I missed our interview {day}; {short}."
        " {keen}\n\n{candidate}",
    },
    "ahead": {
        "formal": "{hello}\n\nI am sorry to let you know that I cannot make our interview {day} at"
        " {start}. {short_warning} {keen}\n\n{candidate}",
        "warm": "{hello}\n\nI'm sorry, but I can't make our interview {day} at {start}."
        " {short_warning} {keen}\n\n{candidate}",
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
        "ask": "I remain keen on {role} at {company}, and would welcome another time, whenever"
        " suits you.",
        "agreed": "I remain keen on {role} at {company}, and I look forward to our new time on"
        " {agreed}.",
    },
    "warm": {
        "ask": "I'm still keen on {role} at {company} and would love another time, whenever"
        " suits you.",
        "agreed": "I'm still keen on {role} at {company}, and I look forward to our new time on"
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
    "confirm": "Send now, with the calendar invite, to confirm the new time.",
}

# --- Goodwill offers, each a whole sentence whose full stop never touches a link -----------
OFFERS: dict[str, str] = {
    "portfolio_url": "My portfolio at {url} shows examples of my work.",
    "portfolio": "I would be happy to share my portfolio.",
    "case_study": "You may find the case study at {url} relevant to the role.",
    "reference": "I would also be glad to provide references.",
}
# Before the start, what has been said already opens the heads-up email.
AHEAD_LEADS: dict[str, str] = {
    "plain": "",
    "voicemail": "I have also left you a voicemail.",
    "call": "Thank you for taking my call just now.",
    "other": "I have already spoken with {other}.",
}

# --- Replies to the interviewer's answer (issue #18) ---------------------------------------
# "What happened?": the reason the user gave, plainly, and nothing more.
WHAT_HAPPENED: dict[str, str] = {
    "overslept": "Put simply, I did not manage my time well that day.",
    "forgot": "Put simply, I lost track of the appointment.",
    "timezone_mixup": "Put simply, I misread the time zone.",
    "double_booked": "Put simply, I let two commitments overlap and did not catch it.",
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
        "formal": "I am sorry it cost you the time you had set aside, and I take responsibility"
        " for that.",
        "warm": "I'm sorry it cost you the time you'd set aside, and I take responsibility for"
        " that.",
    },
}
REPLIES: dict[str, dict[Tone, str]] = {
    "asks_what_happened": {
        "formal": """{greeting}

Thank you for asking. {what} {owned} {sorry}

I remain keen on {role} at {company}, and I would be grateful for another time, whenever
suits you.

Kind regards,""",
        "warm": """{greeting}

Thanks for asking. {what} {owned} {sorry}

I'm still keen on {role} at {company}, and I'd be grateful for another time, whenever suits
you.

Warm regards,""",
    },
    "asks_for_times": {
        "formal": """{greeting}

Thank you for being willing to find another time. Any of these would work for me:

{slot_lines}

If none of them suits, I am happy to work around your diary. I look forward to talking about
{role}.

Kind regards,""",
        "warm": """{greeting}

Thank you so much for making time again. Any of these would work for me:

{slot_lines}

If none of them suits, I'm happy to work around you. I'm looking forward to talking about
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

I remain keen on {role} at {company}. If another time is possible, I can fit around your
diary.

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
