"""Compose the recovery kit from one case (method steps 2, 3 and 5).

The words follow the situation the case and the clock describe: before the start or after
it, and how long after; whom the user has reached so far (`contact`); whether a new time is
agreed; and whom the emails can go to (the interviewer, or only the recruiter). Every
sentence is a whole sentence from the tone tables below or the reason catalogue, with slots
only for names, times and the reason's words; nothing the user did not say is stated. When a
message would pass its word cap, optional parts are shortened or dropped in a fixed order,
so the cap holds for any names the user types. User text never enters a format template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from secondchance.core.intake import Case, Contact
from secondchance.core.limits import (
    MAX_EMAIL_WORDS,
    MAX_SHORT_MESSAGE_WORDS,
    MAX_SUBJECT_CHARS,
    MAX_VOICEMAIL_WORDS,
)
from secondchance.core.message_types import MessageType
from secondchance.core.reasons import get_reason
from secondchance.core.text import count_words

Channel = Literal["phone", "email", "text", "linkedin"]
MessageId = Literal[
    "call_script",
    "voicemail",
    "apology_email",
    "call_follow_up_email",
    "short_message",
    "no_reply_follow_up",
    "last_follow_up",
    "decline_reply",
    "reschedule_confirmation",
]
# The type each written message is, for the reviewer; the call script is an outline, not sent.
REVIEW_TYPE: dict[MessageId, MessageType] = {
    "voicemail": "apology",
    "apology_email": "apology",
    "call_follow_up_email": "apology",
    "short_message": "apology",
    "no_reply_follow_up": "no_reply_follow_up",
    "last_follow_up": "no_reply_follow_up",
    "decline_reply": "decline_reply",
    "reschedule_confirmation": "confirmation",
}


class Message(BaseModel):
    """One ready-to-use message; `body` excludes the signature, which is kept apart."""

    model_config = ConfigDict(frozen=True)

    channel: Channel
    subject: str | None
    body: str
    words: int
    signature: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    # The kind of message, for the reviewer; None for the call script, an outline to speak from.
    message_type: MessageType | None = None

    @property
    def full_text(self) -> str:
        """Return the body followed by the signature, as it would be sent."""
        return f"{self.body}\n{self.signature}" if self.signature else self.body


class Kit(BaseModel):
    """The whole recovery kit for one case."""

    model_config = ConfigDict(frozen=True)

    case: Case
    messages: dict[MessageId, Message]


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece of a message: its wordings, longest first, and how early it may be shortened."""

    wordings: tuple[str, ...]
    optional: bool = False
    shrink_rank: int = 0  # lower ranks give way first

    @classmethod
    def fixed(cls, text: str) -> _Part:
        return cls((text,))


@dataclass(frozen=True, slots=True)
class _Tone:
    """Whole sentences in one tone.

    A `_via` sentence is written to the recruiter when only the recruiter can be written to,
    and speaks of the interviewer in the third person.
    """

    greeting: str
    sign_off: str
    apology: str
    apology_via: str
    after_call: str  # leads into the apology once the user has spoken to the reader
    after_voicemail: str
    spoke_to_other: str  # the user spoke to the other person: said once, in its own sentence
    own: str
    own_via: str
    own_excusable: str  # owns the missed time, never the illness or the emergency
    own_excusable_via: str
    late: str  # a day or more has passed: the delay in writing is owned too
    enthusiasm: str
    reschedule: str
    reschedule_via: str
    agreed: str
    agreed_via: str
    thanks: str
    thanks_via: str
    sorry_again: str
    heads_up: str  # before the start: the one apology, for the short notice
    heads_up_via: str
    own_ahead: str
    own_ahead_via: str


_TONES = {
    "formal": _Tone(
        greeting="Dear {reader},",
        sign_off="Kind regards,",
        apology="Please accept my sincere apology for missing our interview {day}.",
        apology_via="Please accept my sincere apology for missing my interview with {name} {day}.",
        after_call="Following our call, ",
        after_voicemail="Further to my voicemail, ",
        spoke_to_other="I have already spoken with {other}, and I wanted to write to you as well.",
        own=(
            "I know you had set that time aside for me, and I take full responsibility for it"
            " going to waste."
        ),
        own_via=(
            "I know {name} had set that time aside for me, and I take full responsibility for it"
            " going to waste."
        ),
        own_excusable=(
            "You had set that time aside for me, and I take responsibility for the missed"
            " appointment."
        ),
        own_excusable_via=(
            "{name} had set that time aside for me, and I take responsibility for the missed"
            " appointment."
        ),
        late="I should also have written to you sooner than this.",
        enthusiasm="I remain genuinely interested in the {role_phrase} at {company}.",
        reschedule=(
            "If you are willing, I would be grateful for the chance to reschedule at whatever"
            " time suits you best."
        ),
        reschedule_via=(
            "If {name} is willing, I would be grateful for the chance to reschedule at whatever"
            " time suits them best."
        ),
        agreed="Thank you for agreeing to meet again on {agreed}; it is in my calendar.",
        agreed_via=(
            "Thank you for arranging a new time with {name}, on {agreed}; it is in my calendar."
        ),
        thanks="Thank you for your understanding.",
        thanks_via="Thank you for your help with this.",
        sorry_again="I am sorry again for missing the interview; the responsibility is mine.",
        heads_up=(
            "I will not be able to attend our interview {day} at {start}, and I apologize for"
            " the short notice."
        ),
        heads_up_via=(
            "I will not be able to attend my interview with {name} {day} at {start}, and I"
            " apologize for the short notice."
        ),
        own_ahead=(
            "I know you have set that time aside for me, and I take full responsibility for"
            " the change."
        ),
        own_ahead_via=(
            "I know {name} has set that time aside for me, and I take full responsibility for"
            " the change."
        ),
    ),
    "warm": _Tone(
        greeting="Hello {reader},",
        sign_off="Warm regards,",
        apology="I am truly sorry that I missed our interview {day}.",
        apology_via="I am truly sorry that I missed my interview with {name} {day}.",
        after_call="As I said on the phone, ",
        after_voicemail="As I said in my voicemail, ",
        spoke_to_other=(
            "I have already spoken with {other}, and I wanted to write to you myself too."
        ),
        own="I know you had kept that time free for me, and that is on me.",
        own_via="I know {name} had kept that time free for me, and that is on me.",
        own_excusable=(
            "I know you had kept that time free for me, and I own the missed appointment."
        ),
        own_excusable_via=(
            "I know {name} had kept that time free for me, and I own the missed appointment."
        ),
        late="I should have been in touch sooner than this, too.",
        enthusiasm="I am still very excited about the {role_phrase} at {company}.",
        reschedule=(
            "If you are open to it, I would love to find another time, whenever suits you best."
        ),
        reschedule_via=(
            "If {name} is open to it, I would love to find another time, whenever suits them best."
        ),
        agreed="Thank you for agreeing to meet again on {agreed}; it is in my calendar.",
        agreed_via=(
            "Thank you for setting up a new time with {name}, on {agreed}; it is in my calendar."
        ),
        thanks="Thank you for your patience.",
        thanks_via="Thank you so much for your help.",
        sorry_again="I am sorry again for missing the interview; that was my doing.",
        heads_up="I am so sorry, but I will not be able to make our interview {day} at {start}.",
        heads_up_via=(
            "I am so sorry, but I will not be able to make my interview with {name} {day} at"
            " {start}."
        ),
        own_ahead="I know you have kept that time free for me, and the change is on me.",
        own_ahead_via="I know {name} has kept that time free for me, and the change is on me.",
    ),
}


def describe_day(missed: datetime, now: datetime) -> str:
    """Name the interview's day as the interviewer sees it: today, yesterday, or a date.

    Both datetimes must be aware and `missed` must already be in the interviewer's zone, so
    that a candidate in Tokyo writing to New York does not call New York's today "yesterday".
    """
    here_now = now.astimezone(missed.tzinfo).date()
    gap = (here_now - missed.date()).days
    if gap == -1:
        return "tomorrow"  # a heads-up in the evening for a morning interview
    if gap == 0:
        return "today"
    if gap == 1:
        return "yesterday"
    return f"on {missed:%A} {missed.day} {missed:%B}"


# From this long after the start, the same day's interview is "earlier today".
EARLIER_TODAY_AFTER = timedelta(hours=3)


def _written_day(missed: datetime, now: datetime) -> str:
    """Name the day as a message written at `now` does: hours later it is 'earlier today'."""
    day = describe_day(missed, now)
    if day == "today" and now - missed >= EARLIER_TODAY_AFTER:
        return "earlier today"
    return day


def format_when(moment: datetime) -> str:
    """Write an aware time for a reader: 'Tuesday 1 December at 10:00 EST'."""
    return f"{moment:%A} {moment.day} {moment:%B} at {moment:%H:%M %Z}"


def compose_kit(
    case: Case, now: datetime, slots: Sequence[datetime] = (), call_at: datetime | None = None
) -> Kit:
    """Build every message of the recovery kit for `case` as of the aware time `now`.

    `slots` are proposed new start times; up to three are offered in the apology email, in the
    interviewer's zone. `call_at` is when the plan has the call made, if later than now: the
    call script and voicemail name the interview's day as it will be then ("yesterday" for a
    call the next morning). The case's private note is never read here.
    """
    context = _Context.of(case, now, slots, call_at)
    messages: dict[MessageId, Message] = {
        "call_script": _call_script(context),
        "voicemail": _voicemail(context),
        "apology_email": _apology_email(context, case.contact),
        "call_follow_up_email": _apology_email(context, _callee_role(case)),
        "short_message": _short_message(context),
    }
    # Once a time is agreed the kit confirms it, and never chases for one again.
    if case.rescheduled_to is None:
        messages["no_reply_follow_up"] = _no_reply_follow_up(context)
        messages["last_follow_up"] = _last_follow_up(context)
    messages["decline_reply"] = _decline_reply(context)
    if case.rescheduled_to is not None:
        messages["reschedule_confirmation"] = _reschedule_confirmation(context)
    return Kit(case=case, messages=_typed(messages, context))


Reader = Literal["interviewer", "recruiter"]


# Before the start, the first messages tell of an absence ahead of time.
_HEADS_UP_MESSAGES = frozenset(
    {"voicemail", "apology_email", "call_follow_up_email", "short_message"}
)


def _typed(messages: dict[MessageId, Message], context: _Context) -> dict[MessageId, Message]:
    """Name each message's type, for the reviewer to read it by."""
    typed = {}
    for message_id, message in messages.items():
        kind = REVIEW_TYPE.get(message_id)
        if context.ahead and message_id in _HEADS_UP_MESSAGES:
            kind = "cancellation"
        typed[message_id] = message.model_copy(update={"message_type": kind})
    return typed


@dataclass(frozen=True, slots=True)
class _Context:
    case: Case
    tone: _Tone
    day: str
    call_day: str  # the same day, named as it will be when the planned call is made
    late: bool  # a day or more has passed since the interview, in the interviewer's calendar
    ahead: bool  # written before the start: a heads-up, not an apology for a miss
    start: str  # the interview's start, as the interviewer reads it: "09:30 EST"
    slots: tuple[datetime, ...]
    agreed: str | None  # the new time once agreed, as the interviewer reads it
    reader: Reader  # whom the emails are written to

    @classmethod
    def of(
        cls,
        case: Case,
        now: datetime,
        slots: Sequence[datetime],
        call_at: datetime | None = None,
    ) -> _Context:
        missed = case.interview.instant.astimezone(case.interviewer_zone)
        zone = case.interviewer_zone
        only_recruiter = not case.interviewer.email and case.recruiter and case.recruiter.email
        return cls(
            case=case,
            tone=_TONES[case.tone],
            day=_written_day(missed, now),
            call_day=_written_day(missed, call_at or now),
            late=now.astimezone(zone).date() > missed.date(),
            ahead=now < missed,
            start=f"{missed:%H:%M %Z}",
            slots=tuple(slot.astimezone(zone) for slot in slots[:3]),
            agreed=_agreed_time(case),
            reader="recruiter" if only_recruiter else "interviewer",
        )

    @property
    def via(self) -> bool:
        """Whether the emails go to the recruiter, about the interviewer."""
        return self.reader == "recruiter"

    def pick(self, direct: str, via: str) -> str:
        """Fill the sentence written for the reader: the interviewer, or the recruiter."""
        return self.fill(via if self.via else direct)

    def fill(self, template: str) -> str:
        case = self.case
        recruiter = case.recruiter.name if case.recruiter else ""
        return template.format(
            name=case.interviewer.name,
            reader=recruiter if self.via else case.interviewer.name,
            other=case.interviewer.name if self.via else recruiter,
            role=case.role,
            role_phrase=_role_phrase(case.role),
            company=case.company,
            day=self.day,
            call_day=self.call_day,
            start=self.start,
            agreed=self.agreed,
            listener=case.interviewer.name if self.via else "you",
            candidate=case.candidate.name,
        )

    @property
    def sorry_again(self) -> str:
        """Apologize once more in a later message; an illness or emergency is nobody's doing."""
        if get_reason(self.case.reason).excusable:
            return "I am sorry again for the missed interview and the time it cost you."
        return self.tone.sorry_again

    @property
    def reason_parts(self) -> list[_Part]:
        """The reason, one sentence that owns its cost, and the promise, if the reason has one."""
        reason, tone, interview_format = (
            get_reason(self.case.reason),
            self.tone,
            self.case.interview.format,
        )
        if self.ahead:
            said = reason.warn(interview_format)
            owned = [self.pick(tone.own_ahead, tone.own_ahead_via)]
        else:
            said = reason.frame(interview_format)
            if reason.excusable:
                owned = [self.pick(tone.own_excusable, tone.own_excusable_via)]
            else:
                owned = [self.pick(tone.own, tone.own_via), *([tone.late] if self.late else [])]
        promise = reason.promise(interview_format)
        sentences = [*([said] if said else []), *owned, *([promise] if promise else [])]
        return [_Part.fixed(sentence) for sentence in sentences]


# A job title that already ends in one of these takes no "role" after it.
_ROLE_NOUNS = frozenset({"role", "position", "job", "post", "opening", "vacancy", "opportunity"})


def _role_phrase(role: str) -> str:
    """Write 'the Head of Data role', but 'the Head of Finance position' as the user typed it."""
    last = role.split()[-1].lower() if role.split() else ""
    return role if last.strip(".,;:") in _ROLE_NOUNS else f"{role} role"


def _apology_email(context: _Context, contact: Contact) -> Message:
    """Write the apology, after whatever contact the user has had so far."""
    tone, case = context.tone, context.case
    parts: list[_Part | None] = [
        *(_Part.fixed(sentence) for sentence in _opening(context, contact)),
        *context.reason_parts,
        None,
        _Part.fixed(context.fill(tone.enthusiasm)),
        *_new_time_parts(context),
        None,
        *_offer_parts(context),
        None,
        _Part.fixed(context.pick(tone.thanks, tone.thanks_via)),
    ]
    if context.ahead and contact == "none":
        subject_lead = "Unable to attend our interview"
    elif contact == "voicemail":
        subject_lead = "Following up on my voicemail"
    elif contact == context.reader:
        subject_lead = "Following up on my call"
    else:
        subject_lead = _apology_subject_lead(case.tone)
    return _email(context, _subject(subject_lead, case.candidate.name), parts)


def _opening(context: _Context, contact: Contact) -> list[str]:
    """Say the one apology, led in by the call or voicemail the user has already made."""
    tone = context.tone
    if context.ahead:
        apology = context.pick(tone.heads_up, tone.heads_up_via)
    else:
        apology = context.pick(tone.apology, tone.apology_via)
    # "Following our call, I will not be able to attend" would make the call the cause.
    after_voicemail = "As I said in my voicemail, " if context.ahead else tone.after_voicemail
    after_call = "As I said on the phone, " if context.ahead else tone.after_call
    if contact == "voicemail":
        return [_led_in(after_voicemail, apology)]
    if contact == context.reader:
        return [_led_in(after_call, apology)]
    if contact != "none" and (context.case.recruiter or contact == "interviewer"):
        return [context.fill(tone.spoke_to_other), apology]
    return [apology]


def _led_in(lead: str, sentence: str) -> str:
    """Join a lead-in and a sentence: 'Following our call, please accept...'."""
    if sentence.startswith("I "):
        return lead + sentence
    return lead + sentence[0].lower() + sentence[1:]


def _apology_subject_lead(tone: str) -> str:
    return (
        "Apologies for missing our interview"
        if tone == "formal"
        else ("Sorry I missed our interview")
    )


def _no_reply_follow_up(context: _Context) -> Message:
    parts: list[_Part | None] = [
        _Part.fixed("I am following up on my earlier message about the interview I missed."),
        _Part.fixed(
            context.pick(
                "I know how full your schedule is, and I do not want to add to it.",
                "I know how full everyone's diaries are, and I do not want to add to that.",
            )
        ),
        _Part.fixed(context.sorry_again),
        None,
        _Part.fixed(context.fill(context.tone.enthusiasm)),
        _Part.fixed(
            context.pick(
                "I would welcome the chance to meet at any time that suits you.",
                "I would welcome the chance to meet {name} at any time that suits them.",
            )
        ),
        _Part.fixed(context.tone.thanks),
    ]
    lead = _apology_subject_lead(context.case.tone)
    return _email(context, "Re: " + _subject(lead, context.case.candidate.name, reserve=4), parts)


def _last_follow_up(context: _Context) -> Message:
    """Write the last nudge: shorter than the first, and it lets them go without pressure."""
    parts: list[_Part | None] = [
        _Part.fixed(
            "I am writing once more about the interview I missed, and after this I will leave"
            " it with you."
        ),
        _Part.fixed(
            context.pick(
                "If there is still a chance to meet, I would be glad to at any time that suits"
                " you.",
                "If there is still a chance to meet {name}, I would be glad to at any time that"
                " suits them.",
            )
        ),
        None,
        _Part.fixed(context.fill(context.tone.enthusiasm)),
        _Part.fixed(
            "If the moment has passed, I understand, and I am grateful for the time you have"
            " already given me."
        ),
    ]
    lead = _apology_subject_lead(context.case.tone)
    return _email(context, "Re: " + _subject(lead, context.case.candidate.name, reserve=4), parts)


def _decline_reply(context: _Context) -> Message:
    parts: list[_Part | None] = [
        _Part.fixed("Thank you for letting me know, and for taking the time to reply."),
        _Part.fixed(
            "I understand your decision, and I am sorry again that my missed interview caused"
            " you trouble."
        ),
        _Part.fixed(
            context.fill(
                "I continue to respect the work at {company}, and I would be glad to be"
                " considered for future roles."
            )
        ),
        None,
        _Part.fixed(
            "If anything changes, I would welcome a conversation at any time that suits you."
        ),
        _Part.fixed("I wish you and the team every success."),
    ]
    lead = "Thank you for your reply"
    return _email(context, _subject(lead, context.case.candidate.name), parts)


def _reschedule_confirmation(context: _Context) -> Message:
    case = context.case
    assert case.rescheduled_to is not None  # noqa: S101 - guarded by compose_kit
    new_time = case.rescheduled_to.instant
    theirs = new_time.astimezone(case.interviewer_zone)
    mine = new_time.astimezone(case.candidate_zone)
    when = format_when(theirs)
    if mine.utcoffset() != theirs.utcoffset():
        mine_text = f"{mine:%H:%M %Z}" if mine.date() == theirs.date() else format_when(mine)
        when += f" ({mine_text} my time)"
    parts: list[_Part | None] = [
        _Part.fixed("Thank you for giving me another opportunity."),
        _Part.fixed(context.sorry_again),
        None,
        _Part.fixed(f"I am glad to confirm our rescheduled interview on {when}."),
        _Part.fixed(_readiness(case)),
        _Part.fixed(
            context.fill(
                "I look forward to speaking with {listener} and to learning more about the"
                " {role_phrase}"
                " at {company}."
            )
        ),
    ]
    lead = "Confirming our rescheduled interview"
    return _email(context, _subject(lead, case.candidate.name), parts)


def _readiness(case: Case) -> str:
    if case.interview.format == "video":
        return "I will join a few minutes early, with my set-up tested beforehand."
    if case.interview.format == "onsite":
        return "I will plan my arrival with time to spare."
    if case.candidate.phone:
        return f"I will be ready a few minutes early on {case.candidate.phone}."
    return "I will be ready for your call a few minutes early."


def _agreed_time(case: Case) -> str | None:
    if case.rescheduled_to is None:
        return None
    return format_when(case.rescheduled_to.instant.astimezone(case.interviewer_zone))


def _new_time_parts(context: _Context) -> list[_Part]:
    """Ask for a new time (offering slots), or, once one is agreed, thank them for it."""
    tone = context.tone
    if context.agreed:
        return [_Part.fixed(context.pick(tone.agreed, tone.agreed_via))]
    return [_Part.fixed(context.pick(tone.reschedule, tone.reschedule_via)), *_slot_parts(context)]


def _slot_parts(context: _Context) -> list[_Part]:
    if not context.slots:
        return []
    times = [f"{slot:%a} {slot.day} {slot:%b} {slot:%H:%M}" for slot in context.slots]
    listed = times[0] if len(times) == 1 else ", ".join(times[:-1]) + " or " + times[-1]
    zone = f"{context.slots[0]:%Z}"
    whom = context.case.interviewer.name if context.via else "you"
    full = f"For example, I could do {listed} ({zone}), or any other time that suits {whom}."
    return [_Part((full,), optional=True, shrink_rank=1)]


def _offer_parts(context: _Context) -> list[_Part]:
    case, offers = context.case, context.case.offers
    parts = []
    # Each offer is a whole sentence whose full stop never touches a link.
    if offers.portfolio and case.candidate.portfolio_url:
        parts.append(f"My portfolio at {case.candidate.portfolio_url} shows examples of my work.")
    elif offers.portfolio:
        parts.append("I would be happy to share my portfolio.")
    if offers.case_study_url:
        parts.append(
            f"You may find the case study at {offers.case_study_url} relevant to the role."
        )
    if offers.reference:
        parts.append("I would also be glad to provide references.")
    return [_Part((text,), optional=True, shrink_rank=0) for text in parts]


def _spoken_reason(case: Case, owned: str) -> str:
    """Say the reason in a sentence, then own it, or regret it where it was nobody's fault."""
    reason = get_reason(case.reason)
    said = reason.say(case.interview.format)
    ownership = "I know it cost you time you had set aside for me" if reason.excusable else owned
    if not said:
        return f"{ownership[0].upper()}{ownership[1:]}."
    return f"{said[0].upper()}{said[1:]}, and {ownership}."


def _spoken_heads_up(case: Case) -> str:
    """Say, before the start, why the user cannot come, and own the change it makes."""
    reason = get_reason(case.reason)
    said = reason.warn(case.interview.format)
    owned = (
        "I know it changes your plans at short notice."
        if reason.excusable
        else "That is my responsibility."
    )
    return f"{said} {owned}" if said else owned


def _callee_role(case: Case) -> Contact:
    """Whom the call script reaches: the interviewer, or the recruiter in their place."""
    return "recruiter" if _callee(case) else "interviewer"


def _callee(case: Case) -> str | None:
    """Return the recruiter's name when the call goes to them instead of the interviewer."""
    if not case.interviewer.phone and case.recruiter and case.recruiter.phone:
        return case.recruiter.name
    return None


def _call_script(context: _Context) -> Message:
    """Write the call as it is spoken: check the moment, apologize, pause, then ask."""
    case = context.case
    recruiter = _callee(case)
    callee = recruiter or case.interviewer.name
    hello = f"Hi {_first_name(callee)}" if case.tone == "warm" else f"Hello {callee}"
    if recruiter:
        # User text never goes into a template: a name such as "{candidate}" stays as typed.
        opening = hello + context.fill(
            ", this is {candidate}. I was due to interview with {name} {call_day} for"
            " the {role_phrase}. Is now a good moment for a couple of minutes?"
        )
        ask = context.fill(
            "I am still very keen on the role at {company}. Could you ask {name} whether"
            " another time would be possible? I will fit around their schedule."
            if not context.agreed
            else "I am still very keen on the role at {company}, and grateful for the new time"
            " with {name} on {agreed}."
        )
    else:
        opening = hello + context.fill(
            ", this is {candidate}. We were due to speak {call_day} about the"
            " {role_phrase}. Is now a good moment for a couple of minutes?"
        )
        ask = context.fill(
            "I am still very keen on the role at {company}. Would you be willing to find"
            " another time? I will fit around your schedule."
            if not context.agreed
            else "I am still very keen on the role at {company}, and grateful for our new time"
            " on {agreed}."
        )
    if context.ahead:
        opening = opening.replace(" were due to speak ", " are due to speak ").replace(
            " was due to interview ", " am due to interview "
        )
        apology = (
            "I am calling to let you know that I will not be able to make it, and I apologize"
            " for the short notice. " + _spoken_heads_up(case)
        )
    else:
        missed = "missing it" if recruiter else "missing our interview"
        apology = f"I am calling to apologize for {missed}. " + _spoken_reason(
            case, "that is my responsibility"
        )
        if not get_reason(case.reason).excusable:
            apology += " It is not how I work."
    short_on_time = "I will not keep you. May I send you a short email about it instead?"
    lines = [
        *_whom_to_call(case),
        "",
        "1. Greet them and check the moment",
        f'   "{opening}"',
        f'   If it is a bad moment: "{short_on_time}"',
        "2. Apologize and own it",
        f'   "{apology}"',
        "3. Pause, and let them answer before you ask for anything.",
        "4. Ask" + (" for another chance" if not context.agreed else ", and thank them"),
        f'   "{ask}"',
        "5. Close",
        '   "Thank you for taking my call. I will follow up by email shortly."',
        "",
        "Do not argue or over-explain; if they decline, thank them warmly.",
        "If no one answers, use the voicemail script.",
    ]
    body = "\n".join(lines)
    return Message(channel="phone", subject=None, body=body, words=count_words(body))


def _first_name(name: str) -> str:
    """Return the name people are greeted by: the first word, or what follows 'Family, '."""
    if "," in name:
        name = name.split(",", 1)[1]
    words = name.split()
    return words[0] if words else name


def _whom_to_call(case: Case) -> list[str]:
    interviewer, recruiter = case.interviewer, case.recruiter
    if interviewer.phone:
        lines = [f"Call {interviewer.name} (interviewer) on {interviewer.phone}."]
        if recruiter and recruiter.phone:
            lines.append(
                f"If you cannot reach them, call {recruiter.name} (recruiter) on {recruiter.phone}."
            )
        return lines
    if recruiter and recruiter.phone:
        return [
            f"Call {recruiter.name} (recruiter), who arranged the interview, on"
            f" {recruiter.phone}, and ask them to pass your apology on to"
            f" {interviewer.name}."
        ]
    return ["No phone number is known: send the apology email now, and call if you get a number."]


def _voicemail(context: _Context) -> Message:
    case = context.case
    recruiter = _callee(case)
    about: tuple[str, ...]
    if recruiter:
        hello = f"Hello {recruiter}, " + context.fill("this is {candidate}.")
        about = (
            context.fill(
                "I am calling about my interview with {name} {call_day} for the {role_phrase},"
                " which I missed."
            ),
            context.fill("I am calling about my interview with {name} {call_day}, which I missed."),
        )
        keen = (
            context.fill("I am still very keen and will fit around any time that suits {name}."),
            "I am still keen and can meet whenever suits them.",
        )
    else:
        hello = context.fill("Hello {name}, this is {candidate}.")
        about = (
            context.fill(
                "I am calling about our interview {call_day} for the {role_phrase}, which I missed."
            ),
            context.fill("I am calling about our interview {call_day}, which I missed."),
        )
        keen = (
            "I am still very keen and will fit around any time that suits you.",
            "I am still keen and can meet whenever suits you.",
        )
    if context.agreed:
        keen = (
            f"I am still very keen, and I look forward to our new time on {context.agreed}.",
            f"I am still keen, and I look forward to {context.agreed}.",
        )
    if context.ahead:
        whose = "my interview with {name}" if recruiter else "our interview"
        about = (context.fill(f"I am calling about {whose} {{call_day}} at {{start}}."),)
        parts = [
            _Part.fixed(hello),
            _Part(about),
            _Part.fixed(
                "I am very sorry to tell you that I will not be able to make it. "
                + _spoken_heads_up(case)
            ),
        ]
    else:
        parts = [
            _Part.fixed(hello),
            _Part(about, shrink_rank=1),
            _Part.fixed("I am very sorry. " + _spoken_reason(case, "that is my responsibility")),
        ]
        if not get_reason(case.reason).excusable:
            parts.append(_Part.fixed("It is not how I work."))
    parts.append(_Part(keen, shrink_rank=1))
    if case.candidate.phone:
        parts.append(
            _Part((f"You can reach me on {case.candidate.phone}.",), optional=True, shrink_rank=2)
        )
    parts += [
        _Part(("I will also send an email.",), optional=True, shrink_rank=0),
        _Part.fixed("Thank you."),
    ]
    # Spoken at about 150 words a minute, the number read out digit by digit included.
    body = _fit(parts, MAX_VOICEMAIL_WORDS, measure=spoken_words)
    return Message(channel="phone", subject=None, body=body, words=count_words(body))


def _short_message(context: _Context) -> Message:
    case = context.case
    if context.ahead:
        opening = [
            context.fill(
                "Hello {name}, I am very sorry to tell you that I will not be able to make our"
                " interview {day} at {start}."
            ),
            _spoken_heads_up(case),
        ]
    else:
        opening = [
            context.fill("Hello {name}, I am very sorry that I missed our interview {day}."),
            _spoken_reason(case, "that is on me"),
        ]
    parts: list[_Part | None] = [
        *(_Part.fixed(sentence) for sentence in opening),
        _Part.fixed(
            context.fill(
                "I remain keen on the {role_phrase} at {company} and would"
                " welcome another time, whenever suits you."
                if not context.agreed
                else "I remain keen on the {role_phrase} at {company}, and I look forward to"
                f" our new time on {context.agreed}."
            )
        ),
        None,  # the name goes on its own line, apart from the last sentence
        _Part.fixed(case.candidate.name),
    ]
    body = _fit(parts, MAX_SHORT_MESSAGE_WORDS)
    return Message(channel="linkedin", subject=None, body=body, words=count_words(body))


def _email(context: _Context, subject: str, parts: list[_Part | None]) -> Message:
    case, tone = context.case, context.tone
    opening = _Part.fixed(context.fill(tone.greeting))
    closing = _Part.fixed(tone.sign_off)
    body = _fit([opening, None, *parts, None, closing], MAX_EMAIL_WORDS)
    to: tuple[str, ...]
    cc: tuple[str, ...]
    if context.via and case.recruiter and case.recruiter.email:
        to, cc = (_address(case.recruiter.name, case.recruiter.email),), ()
    else:
        to = tuple(_address(p.name, p.email) for p in (case.interviewer,) if p.email)
        cc = tuple(_address(r.name, r.email) for r in (case.recruiter,) if r and r.email)
    return Message(
        channel="email",
        subject=subject,
        body=body,
        words=count_words(body),
        signature=_signature(case),
        to=to,
        cc=cc,
    )


@lru_cache(maxsize=256)
def _address(name: str, email: str) -> str:
    """Format a display address with RFC 5322 quoting (cached: the parser behind it is slow)."""
    from email.headerregistry import Address

    return str(Address(display_name=name, addr_spec=email))


def _signature(case: Case) -> str:
    person = case.candidate
    lines = [person.name, person.phone, person.email, person.linkedin_url]
    return "\n".join(line for line in lines if line)


def _subject(lead: str, name: str, reserve: int = 0) -> str:
    """Return '<lead> – <name>' within the subject cap, shortening the lead, then the name."""
    limit = MAX_SUBJECT_CHARS - reserve
    for candidate_lead in (lead, "Apologies", "Sorry"):
        subject = f"{candidate_lead} – {name}"
        if len(subject) <= limit:
            return subject
    words = name.split()
    short_name = f"{words[0]} {words[-1]}" if len(words) > 1 else name
    return f"Apologies – {short_name}"[:limit]


_DIGIT_RUN = re.compile(r"\+?\d[\d ().-]*\d")
PHONE_DIGITS = 6  # a run of at least this many digits is a number read out digit by digit


def spoken_words(text: str) -> int:
    """Count words as they are spoken: a phone number is said digit by digit ("plus" too)."""

    def say(run: re.Match[str]) -> str:
        digits = re.findall(r"\d", run.group())
        if len(digits) < PHONE_DIGITS:
            return run.group()  # a time or a date, said much as it is written
        return " ".join(["plus"] * run.group().startswith("+") + digits)

    return count_words(_DIGIT_RUN.sub(say, text))


def _fit(
    parts: Sequence[_Part | None], cap: int, measure: Callable[[str], int] = count_words
) -> str:
    """Join the parts, giving way in shrink-rank order until `measure` of the text is within `cap`.

    A None in `parts` ends a paragraph; paragraphs are separated by a blank line.
    """
    choice = [0] * len(parts)

    def render() -> str:
        paragraphs: list[list[str]] = [[]]
        for part, index in zip(parts, choice, strict=True):
            if part is None:
                paragraphs.append([])
            elif index < len(part.wordings):
                paragraphs[-1].append(part.wordings[index])
        return "\n\n".join(" ".join(p) for p in paragraphs if p)

    text = render()
    if measure(text) <= cap:
        return text
    ranked = sorted(
        ((part.shrink_rank, i, part) for i, part in enumerate(parts) if part is not None),
        key=lambda item: item[:2],
    )
    for _, index, part in ranked:
        last = len(part.wordings) if part.optional else len(part.wordings) - 1
        while choice[index] < last:
            choice[index] += 1
            text = render()
            if measure(text) <= cap:
                return text
    return text
