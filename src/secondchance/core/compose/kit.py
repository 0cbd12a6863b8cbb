"""Compose the recovery kit from one case (method steps 2, 3 and 5), as one conversation.

The `Situation` is computed once; each message is then one whole template from the
phrasebook, chosen by the message, the situation's class and the tone, and filled with names,
times and the reason's words. The messages come in the order of the conversation, and each
knows the one it follows: the later emails reply under its subject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar

from secondchance.core.compose import phrasebook as pb
from secondchance.core.compose.fit import address, fill, fit, spoken_words, subject
from secondchance.core.compose.model import Kit, Message
from secondchance.core.compose.names import has_title
from secondchance.core.compose.situation import Situation, clock, place_of
from secondchance.core.intake import Case
from secondchance.core.limits import (
    MAX_EMAIL_WORDS,
    MAX_SHORT_MESSAGE_WORDS,
    MAX_VOICEMAIL_WORDS,
)
from secondchance.core.message_types import MessageId, MessageType, Tone
from secondchance.core.plan import DEFAULT_SETTINGS, Plan, shared_hours
from secondchance.core.reasons import get_reason
from secondchance.core.titles import SENIOR_WORDS, title_words

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
# Before the start, the first messages tell of an absence ahead of time.
_HEADS_UP_MESSAGES = frozenset(
    {"voicemail", "apology_email", "call_follow_up_email", "short_message"}
)
T = TypeVar("T")
# A job title that already ends in one of these takes no "role" after it.
AFTERNOON_HOUR = 12  # from noon in the user's clock, nobody sleeps through a start from the night
_ROLE_NOUNS = frozenset({"role", "position", "job", "post", "opening", "vacancy", "opportunity"})
_PORTFOLIO_CRAFTS = frozenset(
    {
        "designer",
        "design",
        "developer",
        "engineer",
        "architect",
        "writer",
        "copywriter",
        "editor",
        "illustrator",
        "artist",
        "animator",
        "photographer",
        "ux",
        "ui",
        "creative",
    }
)


def compose_kit(
    case: Case,
    now: datetime,
    slots: Sequence[datetime] = (),
    call_at: datetime | None = None,
    plan: Plan | None = None,
) -> Kit:
    """Build every message of the recovery kit for `case` as of the aware time `now`.

    `slots` are proposed new start times; up to three are offered in the first email, in the
    interviewer's zone. `call_at` is when the plan has the call made, if later than now: the
    call script and voicemail then name the day as it will be, and follow the email sent
    before them. With the recovery `plan`, each message says when to use it by the plan's own
    dates. The case's private note is never read here.
    """
    planned = {action.id: action.due for action in plan.actions} if plan else None
    messages = dict(_messages(Situation.of(case, now, slots, call_at, planned)))
    notes = _offers_left_out(case, messages) + _reason_wanted(case, messages)
    return Kit(case=case, messages=messages, notes=notes)


def _reason_wanted(case: Case, messages: Mapping[MessageId, Message]) -> tuple[str, ...]:
    """Ask for what draws the user to the role when the follow-ups have nothing to name.

    Without it the follow-ups can only say the user is keen, which every blind reading of #16
    marked as asserted rather than shown.
    """
    if case.drawn_to or "no_reply_follow_up" not in messages:
        return ()
    return (pb.REASON_WANTED_NOTE,)


@lru_cache(maxsize=256)
def _messages(s: Situation) -> tuple[tuple[MessageId, Message], ...]:
    """Write the kit's messages, in the order of the conversation, for one situation.

    The messages read nothing but the situation, which holds no clock time, only what the
    moment means (heads-up or not, "yesterday", the plan's dates), and a Situation cannot
    change: a kit shown again, as the moment still reads the same, is not written anew (#19).
    An edit changes the case in the situation, so it is never answered from here.
    """
    messages: dict[MessageId, Message] = {}
    if s.callee is not None:
        messages["call_script"] = _call_script(s)
        messages["voicemail"] = _voicemail(s)
    messages["apology_email"] = _apology_email(s)
    if s.with_call_follow_up:
        messages["call_follow_up_email"] = _call_follow_up_email(s)
    messages["short_message"] = _short_message(s)
    thread = messages[s.follows].subject or ""
    if s.agreed is None:
        # What the first messages said, the follow-ups say again in sentences of their own.
        first = " ".join(message.body for message in messages.values())
        messages["no_reply_follow_up"] = _follow_up(s, thread, "follow_up", first)
        messages["last_follow_up"] = _follow_up(s, thread, "last_follow_up", first)
    else:
        messages["reschedule_confirmation"] = _confirmation(s, thread)
    if s.agreed is None:  # once a new time is agreed, there is nothing left to decline
        messages["decline_reply"] = _decline_reply(s, thread)
    return tuple((key, _typed(key, m, s)) for key, m in messages.items())


def _typed(message_id: MessageId, message: Message, s: Situation) -> Message:
    """Name the message's type, for the reviewer to read it by."""
    kind = REVIEW_TYPE.get(message_id)
    if s.heads_up and message_id in _HEADS_UP_MESSAGES and _choice_kind(s) == "as_planned":
        # Nothing moves and nothing is missed: the note confirms the time that stands.
        kind = "confirmation"
    elif s.heads_up and message_id in _HEADS_UP_MESSAGES:
        kind = "running_late" if s.running_late else "cancellation"
    return message.model_copy(update={"message_type": kind})


# --- The words every message shares --------------------------------------------------------


def role_phrase(role: str) -> str:
    """Write 'the Head of Data role', but 'the Head of Finance position' as the user typed it."""
    last = role.split()[-1].lower() if role.split() else ""
    return f"the {role}" if last.strip(".,;:") in _ROLE_NOUNS else f"the {role} role"


def _tone(s: Situation) -> Tone:
    return "formal" if s.formal else "warm"


def _fault(s: Situation) -> str:
    """Say whether the cause is the user's doing ("fault") or nobody's ("excusable")."""
    return "excusable" if get_reason(s.case.reason).excusable else "fault"


def _owned_kind(s: Situation) -> str:
    """Say what the user owns: the miss ("fault"), nothing ("excusable"), or not checking.

    A wrong link or address may have come from someone else: the user owns not checking it
    ("unchecked"), never the whole fault. A technical failure is owned as the backup the user
    lacked ("tech"): round 17 read "the mistake was all mine" for one as odd.
    """
    if s.case.reason == "wrong_link_or_address":
        return "unchecked"
    if s.case.reason == "technology_failure":
        return "tech"
    return _fault(s)


def _owned_suffix(s: Situation) -> str:
    kind = _owned_kind(s)
    return "" if kind == "fault" else "_" + kind


def _format_words(s: Situation) -> dict[str, str]:
    """Return the words the interview's format lends the reason, with the arrival time known."""
    words = pb.FORMAT_WORDS[s.case.interview.format]
    minutes = s.late_minutes
    if minutes is None:
        return words
    at = s.case.interview.instant + timedelta(minutes=minutes)
    when = clock(at.astimezone(s.case.interviewer_zone), s.across, s.place)
    return words | {"eta": fill(pb.ETA_KNOWN, words | {"at": when}), "at": when}


def _one_clock(s: Situation) -> bool:
    """Whether the interview ran on one clock: on site, or both people in the same time."""
    return not s.across


def _keyed(table: Mapping[str, T], s: Situation) -> T:
    """Read a reason's entry for this interview: by its format, or on one clock, if it has one.

    An on-site interview is never "slept through" from its start, nor reached by a link, and a
    time-zone mix-up between two people on one clock is told at the level of the time itself.
    """
    reason = s.case.reason
    variants = [f"{reason}/{s.case.interview.format}"]
    # Told as the reason the user cannot come, with no arrival time: also when they will take
    # part another way ("I am on my way" beside "I cannot be there in person", round 9).
    if s.heads_up and s.case.attend in {"no", "another_way"}:
        variants.insert(0, f"{reason}/no")
    if s.heads_up and s.running_late:  # late for a start the cause alone leaves in reach
        variants.insert(0, f"{reason}/late")
    if _afternoon(s):
        variants[:0] = [f"{reason}/{s.case.interview.format}/daytime", f"{reason}/daytime"]
    if _one_clock(s):
        variants.append(f"{reason}/one_zone")
    for key in variants:
        if key in table:
            return table[key]
    return table[reason]


def _afternoon(s: Situation) -> bool:
    """Whether the interview started after noon in the user's own clock."""
    return s.case.interview.instant.astimezone(s.case.candidate_zone).hour >= AFTERNOON_HOUR


def _sentence(clause: str) -> str:
    return clause[:1].upper() + clause[1:] if clause else clause


def _clause(sentence: str) -> str:
    """Lower a sentence's first letter to follow a colon, unless it is the word "I"."""
    if sentence.startswith(("I ", "I'")):
        return sentence
    return sentence[:1].lower() + sentence[1:]


def _common(s: Situation) -> dict[str, str]:
    """Return the slot values every written message may use."""
    case, reader = s.case, s.reader_person
    greeting = reader.greeting(s.formal)
    interviewer = s.interviewer.written(s.formal)
    return {
        "greeting": greeting,
        "our": f"my interview with {interviewer}" if s.via else "our interview",
        "the_interview": "the interview" if s.via else "our interview",
        "them": interviewer,
        "them_short": s.interviewer.spoken,  # once named in full, by the name they go by
        "whom": _whom(s),
        "role": role_phrase(case.role),
        "company": case.company,
        "start": s.start,
        "date": s.date,
        "candidate": case.candidate.name,
        "agreed": s.agreed or "",
        "role_cap": _sentence(role_phrase(case.role)),
        "drawn_to": case.drawn_to or "",
        "drawn_to_cap": _sentence(case.drawn_to or ""),
        "topic": case.drawn_to or role_phrase(case.role),
        "agreed_both": s.agreed_both or "",
        "late_by": f"about {s.late_minutes} minutes " if s.late_minutes else "",
        "running": _running(s.email_well_ahead),
    }


def _running(well_ahead: bool) -> str:
    """Say a delay as foreseen hours ahead, or as under way near the start."""
    return "going to be " if well_ahead else "running "


def _written_reason(s: Situation) -> dict[str, str]:
    """Return the reason, the one ownership sentence, the late reply and the promise."""
    reason = get_reason(s.case.reason)
    tone = _tone(s)
    said = fill(_keyed(pb.REASONS, s)[tone], _format_words(s))
    owned = ""
    if reason.excusable:
        owned = pb.OWNED["excusable"][tone]
    elif not said:
        owned = pb.OWNED["unexplained" + ("_via" if s.via else "")][tone]
    late = s.email_timing == "later"
    late_that = s.pick(pb.LATE["that"][_fault(s)][tone], "late") if late else ""
    late_ing = s.pick(pb.LATE["ing"][_fault(s)][tone], "late") if late else ""
    if _hours_silent(s):
        late_that = pb.HOURS_SILENT["that"][_fault(s)][tone]
        late_ing = pb.HOURS_SILENT["ing"][_fault(s)][tone]
    return {
        "reason": said,
        "owned": owned,
        "late_that": late_that,
        "late_ing": late_ing,
        "promise": _promise(s),
    }


def _hours_silent(s: Situation) -> bool:
    """Whether the first word to anyone comes hours after the start, on the same day."""
    return s.email_timing == "same_day" and s.email_day == "earlier today" and s.reached == "none"


def _promise(s: Situation) -> str:
    """Return the reason's prevention sentence, unless it would not fit this interview."""
    reason = get_reason(s.case.reason)
    if reason.prevention is None or s.agreed:  # "any new date" once the date is set is odd
        return ""
    return _keyed(pb.PROMISES, s)


def _spoken_reason(s: Situation) -> str:
    return fill(_keyed(pb.SPOKEN_REASONS, s), _format_words(s))


def _warning(s: Situation) -> str:
    return fill(_keyed(pb.WARNINGS, s)[_tone(s)], _format_words(s))


def _spoken_warning(s: Situation) -> str:
    return fill(_keyed(pb.SPOKEN_WARNINGS, s), _format_words(s))


def _own(s: Situation) -> str:
    """Name the pool of interest lines: built on the user's own words, or on the role."""
    return "own" if s.case.drawn_to else "plain"


def _interest(s: Situation, values: Mapping[str, str], shift: int = 0, own: bool = True) -> str:
    """Say in a line why the person wants the role, for a heads-up or a note after a call.

    `shift` takes the wording after the case's own: the note after a heads-up call stands
    beside the heads-up email, and the two never say it alike. `own=False` is for a message
    beside the email that gives the user's reason: after a miss it names the reason in a few
    words of its own (reading 33 of #16 read the note after a call that dropped it for the role
    as boilerplate), else the role.
    """
    tone, pool = _tone(s), _own(s) if own else "plain"
    if not own and not s.heads_up and values.get("topic_at"):
        pool = "topic"
    if s.heads_up:
        stay = "move" if _choice_kind(s) == "move" and not s.agreed else "stay"
        wordings = pb.AHEAD_INTERESTS[tone][stay][pool]
    else:
        wordings = pb.NOTE_INTERESTS[tone][pool]
    return fill(s.pick(wordings, "interest", shift), values)


def _close(s: Situation, values: Mapping[str, str]) -> str:
    """Write the paragraph that says why they care and asks, or confirms the agreed time."""
    tone = _tone(s)
    if s.agreed:
        return fill(pb.AGREED_CLOSES[tone][_agreed_reader(s, s.reached)], values)
    kind = ("far" if s.far else "near") + ("_via" if s.via else "")
    flex = fill(s.pick(pb.FLEX[tone][kind], "flex"), values)
    words = dict(values) | {"flex": flex, "flex_lc": _clause(flex)}
    return fill(s.pick(pb.CLOSES[tone][_close_reader(s)][_own(s)], "close"), words)


def _agreed_reader(s: Situation, reached: str | None) -> str:
    """Name whom an agreed time is confirmed to; a recruiter is thanked only if she set it."""
    if s.reader == "recruiter" and reached != "recruiter":
        return "recruiter_told"
    return s.reader


def _close_reader(s: Situation) -> str:
    """Name whom the close speaks to; a recruiter passes the apology on if nobody else can.

    Once a call has reached anyone, the apology has been heard and the letter does not ask
    for it to be carried again; a voicemail is no answer, so the recruiter is still asked to
    pass it on (round 8 of #16 missed the request after one).
    """
    if s.reader != "recruiter":
        return s.reader
    return "recruiter_pass" if s.reached in {"none", "voicemail"} else "recruiter"


# Causes that leave the user able to come at the start all the same, once told.
_CAN_ATTEND = frozenset({"wrong_link_or_address"})
# Reasons that stop the phone itself, so a phone interview moves to video.
_PHONE_TROUBLE = frozenset({"technology_failure", "wrong_link_or_address"})


def _choice(s: Situation, voice: str) -> str:
    """Offer what the user can still do before the start, and leave the choice to the reader."""
    words = _format_words(s) | {"start": s.start, "whom": _whom(s), "start_then": _start_then(s)}
    if s.running_late:
        known = "unknown" if s.case.reason == "late_or_lost" else "soon"
        if s.late_minutes:
            # Only a late journey's own sentence, and the spoken lines, say the arrival time.
            said = s.case.reason == "late_or_lost" or voice in {"voicemail", "spoken"}
            known = "known" if said else "known_at"
        return fill(pb.LATE_CHOICES[known][voice], words)
    kind = _choice_kind(s)
    if s.case.interview.format == "onsite" and f"{kind}_onsite" in pb.AHEAD_CHOICES:
        kind += "_onsite"
    return fill(pb.AHEAD_CHOICES[kind][voice], words)


def _start_then(s: Situation) -> str:
    """Say the late start goes ahead: "we" only to the interviewer who would start with them."""
    return "the interview can go ahead then" if s.via else "we can start then"


def _whom(s: Situation) -> str:
    """Name whose day it is to choose, to the reader: "you", or the interviewer to a recruiter."""
    return s.interviewer.spoken if s.via else "you"


def _choice_kind(s: Situation) -> str:
    """Name what a heads-up offers: to move, another way, at the start, or either.

    "move" when the user cannot come; "fallback" to take part another way ("fallback_later"
    when a double booking holds the start itself; "as_planned" for a phone interview, where
    the phone is the other way); "attend" to come at
    the start after all; with no answer given, "either": a later start and another day in one
    sentence, as the kit does not pretend to know (round 8 of #16).
    """
    attend, reason = s.case.attend, s.case.reason
    if attend == "no":
        return "move"
    if attend == "another_way" and reason == "double_booked":
        return "fallback_later"  # the other commitment holds the start itself
    phone = s.case.interview.format == "phone"
    if attend == "another_way" and phone and reason not in _PHONE_TROUBLE:
        return "as_planned"  # "by phone or video instead" includes the phone itself
    if attend == "another_way" and phone and reason == "wrong_link_or_address":
        return "fallback_number"  # the right number first; a video link is no easier to have
    if attend == "another_way" or reason == "technology_failure":
        return "fallback"
    if reason in _CAN_ATTEND:
        return "attend"
    return "move" if s.far else "either"  # from another country's time, no visit later today


def _subject_class(s: Situation, kind: str) -> str:
    """Name the subject's class: only a move, or a delay foreseen hours ahead, if so."""
    if kind == "late" and s.email_well_ahead:
        return "late_ahead"
    if kind == "as_planned":
        return "ahead"
    return "move" if kind in {"ahead", "cannot"} and _choice_kind(s) == "move" else kind


def _later_today(s: Situation) -> str:
    """Offer to come in later the same day, after arriving too late for a visit on site."""
    if s.case.reason != "late_or_lost" or s.case.interview.format != "onsite" or s.agreed:
        return ""
    if s.heads_up or s.email_timing != "same_day" or s.email_day != "today":
        return ""
    return pb.LATER_TODAY[_tone(s)] + (" " if s.slots else "")


def _slot_text(s: Situation) -> str:
    if not s.slots or s.agreed:
        return ""
    times = [f"{slot:%a} {slot.day} {slot:%b} {slot:%H:%M}" for slot in s.slots]
    listed = times[0] if len(times) == 1 else ", ".join(times[:-1]) + " or " + times[-1]
    zone = (f" {s.place} time" if s.place else " your time") if s.across else ""
    return fill(pb.SLOTS[_tone(s)], {"times": listed, "zone": zone})


def portfolio_fits(role: str) -> bool:
    """Whether a portfolio or references are natural to offer for `role`: a maker's own work.

    Round 12 of #16 read a portfolio offered for a VP, Director, Head or CFO role as tacked on,
    and round 17 references offered after a no-show for such a role as well.
    """
    words = title_words(role)
    return bool(words & _PORTFOLIO_CRAFTS) and not words & SENIOR_WORDS


def _extras(s: Situation, shift: int = 0) -> str:
    """Offer one thing the user chose, in one plain sentence with no reason made up for it.

    Round 12 of #16 read two or three offers at a letter's end as padding: the one made is the
    most specific of them, the user's own case study, then a portfolio where the role makes one
    natural, then references. `shift` 1 is the note after a call's, beside the apology email's
    own wording.
    """
    case = s.case
    offers = case.offers
    if offers.case_study_url:
        item = fill(pb.OFFERS["case_study"], {"url": offers.case_study_url})
    elif offers.portfolio and portfolio_fits(case.role):
        url = case.candidate.portfolio_url
        item = fill(pb.OFFERS["portfolio_url"], {"url": url}) if url else pb.OFFERS["portfolio"]
    elif offers.reference and portfolio_fits(case.role):
        item = pb.OFFERS["reference"]
    else:
        return ""
    return fill(s.pick(pb.OFFER_LINES[_tone(s)], "offer", shift), {"items": item})


def _offers_left_out(case: Case, messages: Mapping[MessageId, Message]) -> tuple[str, ...]:
    """Say which offers the user chose that no message makes, and why."""
    offers = case.offers
    chosen = [
        (name, pb.OFFERS[name].split(" (")[0])
        for name, picked in (
            ("case_study", offers.case_study_url),
            ("portfolio", offers.portfolio),
            ("reference", offers.reference),
        )
        if picked
    ]
    text = " ".join(message.body for message in messages.values())
    made = any(words in text for _, words in chosen)
    notes = []
    for name, words in chosen:
        if words in text:
            continue
        values = {"items": pb.OFFERS_TO_THE_USER[name], "role": role_phrase(case.role)}
        if name != "case_study" and not portfolio_fits(case.role):
            notes.append(fill(pb.OFFER_NOTES["unfit"], values))
        elif made:
            notes.append(fill(pb.OFFER_NOTES["one"], values))
    return tuple(notes)


def _other(s: Situation, role: str) -> str:
    person = s.recruiter if role == "recruiter" else s.interviewer
    return person.written(s.formal) if person else ""


def _send_when(key: str, s: Situation) -> str:
    callee = s.callee_person
    if key in {"follow_up", "last_follow_up"}:
        dated = key + "_dated" if key in s.planned else key
        when = fill(pb.SEND_WHEN[dated], {"due": s.planned.get(key, "")})
        return when + (" " + pb.SEND_WHEN["ahead_note"] if s.heads_up else "")
    if key == "short" and s.via:
        key = "short_via"
    return fill(
        pb.SEND_WHEN[key],
        {
            "callee": callee.spoken if callee else "",
            "call_when": s.call_when,
            "interviewer": s.interviewer.spoken,
        },
    )


# --- Emails --------------------------------------------------------------------------------


def _letter(s: Situation, templates: Sequence[str], message: str) -> str:
    """Pick a case's whole letter, keeping one register from greeting to sign-off.

    Under a title greeting ("Dear Ms Brooks") only a letter whose sign-off fits it is taken,
    whatever the tone.
    """
    if has_title(s.reader_person.called):
        templates = [t for t in templates if t.rsplit("\n", 1)[-1] not in pb.CASUAL_SIGN_OFFS]
    return s.pick(templates, message)


def _email(
    s: Situation,
    template: str,
    values: dict[str, str],
    subject_line: str,
    send_when: str,
) -> Message:
    # What gives way first when names are long: the proposed times, the promise; the offers
    # the user chose go last, as a letter without them reads as unfit (round 8 of #16).
    give_way = (("slots", ""), ("promise", ""), ("late", ""), ("interest", ""), ("offer", ""))
    body = fit(template, values, MAX_EMAIL_WORDS, give_way)
    case = s.case
    to: tuple[str, ...]
    cc: tuple[str, ...]
    if s.via and case.recruiter and case.recruiter.email:
        to, cc = (address(case.recruiter.name, case.recruiter.email),), ()
    else:
        to = tuple(address(p.name, p.email) for p in (case.interviewer,) if p.email)
        cc = tuple(address(r.name, r.email) for r in (case.recruiter,) if r and r.email)
    return Message(
        channel="email",
        subject=subject_line,
        body=body,
        signature=_signature(case),
        to=to,
        cc=cc,
        send_when=send_when,
    )


def _signature(case: Case) -> str:
    person = case.candidate
    lines = [person.name, person.phone, person.email, person.linkedin_url]
    return "\n".join(line for line in lines if line)


def _first_email_values(s: Situation, kind: str, called: str = "") -> dict[str, str]:
    values = _common(s)
    values |= _written_reason(s)
    left_other = _left_other(s)
    values |= {
        "day": s.email_day,
        "slots": _later_today(s) + _slot_text(s),
        "called": called,
        "other": _other(s, "recruiter" if s.reader == "interviewer" else "interviewer"),
        "warning": _warning(s),
        "arrive": _format_words(s)["arrive"],
        "choice": _choice(s, _tone(s)),
        "offer": "" if s.heads_up else _extras(s),
        "tried": _tried(s, pb.TRIED),
        "trouble": fill(_keyed(pb.TROUBLES, s), _format_words(s)),
    }
    if s.via and _names_interviewer_aside(s, values["tried"], left_other):
        values["our"] = "my interview"  # a name budget of two: the aside says whom it is with
    values["interest"] = _interest(s, values)
    # The pass-on names whom the apology is for (round 11 read it bare as unclear), unless
    # the voicemail sentence just before it has named them.
    named_before = not s.heads_up and bool(left_other)
    values["to_them"] = "" if named_before else f" to {values['them_short']}"
    values["close"] = _close(s, values)
    if not s.heads_up:  # the voicemail is told before the ask, not after it
        values["close"] = (left_other + " " + values["close"]).strip()
    if s.heads_up and s.agreed:  # the new time is settled: confirm it, ask for nothing
        values["choice"], values["interest"] = values["close"], ""
    owned = _owned_kind(s)
    values["owned_note"] = fill(s.pick(pb.OWNED_NOTE[owned][_tone(s)], "owned_note"), values)
    values["owned_other"] = pb.OWNED_OTHER[owned][_tone(s)]
    values["lead"] = fill(pb.AHEAD_LEADS[kind], values) or _tried(s, pb.TRIED_FIRST)
    values["tail"] = _pass_on(s, values) + left_other
    if kind == "other":  # the lead has named the interviewer already
        values["our"] = values["the_interview"]
    values["ask"] = ""
    if kind == "call":  # the call asked already: the email leaves the answer open
        if s.agreed:  # nothing is left open: the time is confirmed where the interest goes
            values["interest"] = values["close"]
        else:  # the first email of the thread: why the person wants the role, in their words
            values["ask"] = _call_ask(s, values, True)
            values["interest"] = _interest(s, values)
    return values


def _tried(s: Situation, wordings: Mapping[Tone, Sequence[str]]) -> str:
    """Say that the call the plan makes first did not get through: this email is sent only then."""
    if not s.with_call_follow_up or s.callee_person is None:
        return ""
    callee = "you" if s.call_reaches_reader else s.callee_person.written(s.formal)
    return fill(s.pick(wordings[_tone(s)], "tried"), {"callee": callee})


def _apology_email(s: Situation) -> Message:
    """Write the first email: an apology, a heads-up, or the note after a call."""
    tone = _tone(s)
    kind = s.reached_class
    template_class = _ahead_class(s) or kind
    if template_class in {"ahead", "as_planned", "cannot"} and kind == "call":
        template_class = "ahead_call"  # the news was given on the call
    template = _letter(s, pb.APOLOGY_EMAILS[template_class][tone], "apology_email")
    values = _first_email_values(s, kind)
    if s.with_call_follow_up:
        when = "email_if_no_answer"
    elif s.callee is not None:
        when = "email_before_call"
    elif s.reached == "voicemail":
        when = "email_after_voicemail"
    elif s.reached != "none":
        when = "email_after_call"
    else:
        when = "email_now"
    leads = _subject_leads(s, _subject_class(s, _ahead_class(s) or kind))
    return _email(s, template, values, subject(leads, s.case.candidate.name), _send_when(when, s))


def _subject_leads(s: Situation, subject_class: str) -> pb.Wordings:
    table = pb.SUBJECTS_VIA if s.via and subject_class in pb.SUBJECTS_VIA else pb.SUBJECTS
    return table[subject_class][_tone(s)]


def _names_interviewer_aside(s: Situation, tried: str, left_other: str) -> bool:
    """Tell whether a letter to the recruiter names the interviewer in an aside.

    The aside is the call just tried, or, before the start, the voicemail left for them.
    """
    return bool(tried and s.callee_person == s.interviewer) or bool(s.heads_up and left_other)


def _pass_on(s: Situation, values: Mapping[str, str]) -> str:
    """Before the start, ask a recruiter to tell the interviewer, whom nobody has reached."""
    if not (s.heads_up and s.via and s.reached == "none" and not s.agreed):
        return ""
    return fill(pb.PASS_ON[_tone(s)], values)


def _left_other(s: Situation) -> str:
    """Tell the reader of a voicemail left for the other person, so the two agree."""
    if s.reached != "voicemail" or s.voicemail_to == s.reader:
        return ""
    return " " + fill(pb.LEFT_OTHER[_tone(s)], {"other": _other(s, s.voicemail_to or "")})


def _ahead_class(s: Situation) -> str | None:
    """Before the start, the kit runs late, cannot come, or offers a choice; afterwards, none."""
    if not s.heads_up:
        return None
    if s.running_late:
        return "late"
    if _choice_kind(s) == "as_planned":
        return "as_planned"
    return "cannot" if s.case.attend == "no" else "ahead"


def _call_follow_up_email(s: Situation) -> Message:
    """Write the short note for straight after a call that connects: not the apology again.

    The cause was said on the call, so the note does not repeat it. When the call reached the
    other person (the recruiter, or the interviewer while the emails go to the recruiter), the
    note tells the reader so, and thanks nobody for a call they did not take.

    It shares the apology email's subject: only one of the two is sent, and the later emails
    reply under that subject whichever it was.
    """
    tone = _tone(s)
    values = _first_email_values(s, "call") | {"trouble": pb.TROUBLE_UNNAMED}
    # The apology email beside it carries the user's reason; the kit says it twice at most, so
    # this note refers to it in a few words of its own.
    values["topic_at"] = _topic_words(s)[1]
    values["interest"] = _interest(s, values, shift=1, own=False)
    values["other"] = _other(s, s.callee or "interviewer")
    values["offer"] = "" if s.heads_up else _extras(s, 1)
    if s.agreed is not None:
        values["ask"] = fill(pb.CALL_NOTE_AGREED[tone][_agreed_reader(s, s.callee)], values)
    else:
        values["ask"] = _call_ask(s, values, s.call_reaches_reader)
    note_class = "ahead" if s.heads_up else "self"
    if not s.call_reaches_reader:
        note_class = "ahead_other" if s.heads_up else "other"
    template = _letter(s, pb.CALL_NOTES[note_class][tone], "call_follow_up_email")
    leads = _subject_leads(s, _subject_class(s, _ahead_class(s) or s.reached_class))
    return _email(
        s,
        template,
        values,
        subject(leads, s.case.candidate.name),
        _send_when("call_follow_up_ahead" if s.heads_up else "call_follow_up", s),
    )


def _call_settled(s: Situation) -> str:
    """Name what a call before the start offered the reader to settle.

    An arrival time, a later start or another day, only another way to take part, or the
    start as planned.
    """
    kind = _choice_kind(s)
    if s.late_minutes:
        return "known"
    if s.running_late or kind in {"either", "fallback_later"}:
        return "either"
    return "fallback" if kind == "fallback" else "start"


def _call_ask(s: Situation, values: Mapping[str, str], reached_reader: bool) -> str:
    """Leave what the call asked for with the reader, in one clause; never offer it again."""
    tone = _tone(s)
    if s.heads_up and _choice_kind(s) != "move":
        words = dict(values) | _format_words(s) | {"whom": _whom(s)}
        said = fill(pb.CALL_NOTE_EITHER[_call_settled(s)][tone], words)
        # To the person on the call it is what was said there, put in writing, not a fresh
        # offer (round 12, kits 6, 24 and 35: "re-offers what the call should have settled").
        return pb.AS_SAID + _clause(said) if reached_reader else said
    asks = pb.CALL_NOTE_ASKS[tone]
    key = s.reader + ("" if reached_reader else "_other")
    if s.far and key + "_far" in asks:
        key += "_far"
    return fill(s.pick(asks[key], "call_note_ask"), values)


def _follow_up(s: Situation, thread: str, when: str, first: str) -> Message:
    """Write a no-reply follow-up; `first` is what the kit said before, which it builds on."""
    tone = _tone(s)
    values = _common(s) | {"a_new": pb.NEW_INTERVIEWS[s.case.interview.format]}
    asks = pb.FOLLOW_UP_ASKS[tone][s.reader + ("_far" if s.far else "")]
    values["free"] = _free(s, values)
    values["ask"] = fill(s.pick(asks, "follow_up_ask"), values)
    values["sent"] = _sent(s)
    values["day"] = s.day_later.get(when, "on " + s.date)
    abouts = pb.ABOUTS[_about_class(s)]
    values["about"] = fill(abouts["first" if when == "follow_up" else "last"], values)
    values["owned"] = fill(pb.AHEAD_OWNED[_ahead_owned(s)][tone], values) if s.heads_up else ""
    # To a recruiter the letter names the interviewer twice already (#16: at most twice).
    values["with_you"] = "" if s.via else " with you"
    # The follow-ups refer back to the user's reason in a few words of its own, with its owner,
    # never pasting their phrase a second time (the whole-kit reading after round 17 of #16).
    topic, topic_at = _topic_words(s)
    values |= {"topic": topic or "", "topic_at": topic_at, "topic_at_cap": _sentence(topic_at)}
    said = _said_before(s, first, topic)
    interests = pb.FOLLOW_UP_INTERESTS[tone][said]
    values["interest"] = fill(s.pick(interests, "follow_up_interest"), values)
    # The first email made the offers, unless it was a heads-up, which offers nothing.
    values["offer"] = _extras(s) if when == "follow_up" and s.heads_up else ""
    keens = pb.LAST_KEENS[tone][_last_keen_class(topic, said)]
    values["keen"] = fill(s.pick(keens, "last_keen"), values)
    values["practical"] = _last_practical(s, values)
    values["door"] = fill(s.pick(pb.LAST_DOORS[tone][s.reader], "last_door"), values)
    if when == "follow_up":
        wordings = pb.FOLLOW_UPS[tone]["ahead" if s.heads_up else "missed"]
        if values["sent"] != _EMAIL_ONLY:  # a call or a voicemail must be known of
            wordings = tuple(w for w in wordings if "{sent}" in w)
    else:
        wordings = pb.LAST_FOLLOW_UPS[tone]
    template = _letter(s, wordings, when)
    return _email(s, template, values, "Re: " + thread, _send_when(when, s))


def _last_practical(s: Situation, values: Mapping[str, str]) -> str:
    """Offer the new interview as the last note can: two named days when the plan has them."""
    tone, visit = _tone(s), _visit(s)
    if not s.offer_days:
        return fill(s.pick(pb.LAST_PRACTICAL[tone][visit], "last_practical"), values)
    days = {"days": _two_days(s.offer_days, "or"), "both_days": _two_days(s.offer_days, "and")}
    return fill(s.pick(pb.LAST_DAYS[tone][visit], "last_practical"), dict(values) | days)


def _two_days(days: Sequence[date], joiner: str) -> str:
    """Name two days as people write them: "Wednesday 25 or Thursday 26 November"."""
    first, second = days[0], days[-1]
    month = "" if first.month == second.month else f" {first:%B}"
    return f"{first:%A} {first.day}{month} {joiner} {second:%A} {second.day} {second:%B}"


def _free(s: Situation, values: Mapping[str, str]) -> str:
    """Say when the user can take the new interview, on the interviewer's clock and their own.

    Across time zones, "a morning or an afternoon would suit me" ignores a seven-hour gap
    (readings 33 and 34 of #16): the line names the hours of the interviewer's day that fall
    in the user's waking day, in both clocks, as an outside writer's follow-ups did; they are
    the hours the plan proposes slots in, reckoned on the interview's day. To a recruiter,
    whose zone is unknown, and on one clock, a line from the pool.
    """
    tone = _tone(s)
    if not s.across or s.reader != "interviewer":
        return fill(s.pick(pb.FOLLOW_UP_FREE[tone][s.reader], "follow_up_free"), values)
    words = dict(values) | {"city": place_of(s.case.candidate_zone)}
    their, mine = s.case.interviewer_zone, s.case.candidate_zone
    day = s.case.interview.instant.astimezone(their).date()
    window = shared_hours(day, their, mine, DEFAULT_SETTINGS)
    if window is None:
        return fill(pb.FREE_ACROSS[tone]["any_hour"], words)
    start, end = window
    words |= {
        "from": f"{start:%H:%M}",
        "to": f"{end:%H:%M}",
        "mine_from": f"{start.astimezone(mine):%H:%M}",
        "mine_to": f"{end.astimezone(mine):%H:%M}",
    }
    hours = DEFAULT_SETTINGS
    whole = (start.time(), end.time()) == (hours.business_start, hours.business_end)
    return fill(pb.FREE_ACROSS[tone]["whole_day" if whole else "window"], words)


def _topic_words(s: Situation) -> tuple[str | None, str]:
    """Return the user's reason in a few words, and with its owner; None and "" if it has none."""
    topic = short_topic(s.case.drawn_to or "")
    return topic, _owned_topic(topic, s.case.company) if topic else ""


def _owned_topic(topic: str, company: str) -> str:
    """Give the short topic its owner: "Bluefin Capital's next raise", as people say it.

    Reading 23 of #16 read "the next raise at Bluefin Capital" as clipped, and "online grocery
    at Lumen Retail" as an odd compression of "the push into online grocery".
    """
    if not topic.startswith("the "):
        return f"{topic} at {company}"
    owner = company + ("'" if company.endswith("s") else "'s")
    return f"{owner} {topic.removeprefix('the ')}"


def _last_keen_class(topic: str | None, said: str) -> str:
    """Name how the last note gives the user's reason: in a few words, in their own, or none.

    Not in the few words the first follow-up used, as said twice running they read as pasted;
    then in the user's own words, which only the first email has said (#16: readings 29 to 31
    marked down every last note that dropped the reason for a plain wish to interview). With
    no reason, or none that a few words can name, the role at the company.
    """
    if said == "topic":
        return "reason"
    return "topic" if topic else "plain"


# Words that open a user's reason without naming its object: "building the team", "the move
# into payments". A short reference keeps what follows them.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "your"})
_MOVES = frozenset({"move", "push", "shift", "switch", "transition", "expansion"})
_TOWARDS = frozenset({"to", "into", "towards"})
_THROUGH = frozenset({"through", "into", "across"})
# Words in -ing that are no verb taking an object: "during the last call" names no thing.
_NOT_GERUNDS = frozenset(
    {"during", "nothing", "something", "anything", "everything", "morning", "evening", "spring"}
)
# Words that leave a clause or a verb in what remains: no safe noun phrase to refer back to.
_CLAUSE_WORDS = frozenset({"that", "which", "who", "where", "to", "of", "and", "with", "for"})
MAX_TOPIC_WORDS = 4
_TOPIC_WORD = re.compile(r"[^\W_][\w'’-]*")


def short_topic(drawn_to: str) -> str | None:
    """Name in a few words what the user's reason points at, to refer back to it.

    "taking the firm through its next raise" gives "the next raise", "the move to a real-time
    platform" gives "the real-time platform", and "the push into online grocery" and "the gene
    therapy programme" stay as they are. When no
    short noun phrase can be read off safely, None: the letter names the role instead. Nothing
    is added: the words are the user's, with "its" or "a" read as "the".
    """
    words = drawn_to.split()
    lowered = [word.lower() for word in words]
    cut = False
    move = ""
    if len(words) > 2 and lowered[0] == "the" and lowered[1] in _MOVES and lowered[2] in _TOWARDS:
        # "the push into online grocery" keeps its move: "online grocery" alone names a
        # market, not a thing the company does (reading 23 of #16).
        if len(words) > 3 and lowered[3] not in _DETERMINERS:
            move = f"the {lowered[1]} {lowered[2]} "
        words, cut = words[3:], True
    elif lowered and lowered[0].endswith("ing") and lowered[0] not in _NOT_GERUNDS:
        if len(words) < 2 or lowered[1] not in _DETERMINERS:
            return None  # "helping patients get care": a clause, not a thing
        words, cut = words[1:], True
    through = [i for i, word in enumerate(words) if word.lower() in _THROUGH]
    if through:
        words, cut = words[through[-1] + 1 :], True
    if not words or len(words) > MAX_TOPIC_WORDS or words[-1].lower().endswith("ly"):
        return None  # too long to be a name, or it ends on a manner ("the team quickly")
    if any(w.lower() in _CLAUSE_WORDS or not _TOPIC_WORD.fullmatch(w) for w in words):
        return None
    if words[0].lower() in _DETERMINERS:
        words = ["the", *words[1:]]
    elif not cut:
        return None  # "AI", "grow fast": no article, so perhaps no noun phrase at all
    return move + " ".join(words)


def _visit(s: Situation) -> str:
    """Name what a new interview asks of the user: a journey, coming in, or only a call.

    "trip": the user lives in another country's time but was in town on the day, on the way
    to the visit; another date is a journey again, weeks later (reading 21 of #16 read "I can
    come in most weekdays" from abroad as untrue). A call is named as the one it was.
    """
    if s.far:
        return "far"
    if s.case.interview.format == "onsite" and s.lives_away:
        return "trip"
    return s.case.interview.format


def _said_before(s: Situation, first: str, topic: str | None) -> str:
    """Name how the first follow-up gives the user's reason.

    "named" if no first message said it; "topic" if one did, and a few of its words can
    refer back to it (reading 20 of #16 read the reason dropped from the follow-up as generic);
    else the role and the company, as when the user gave no reason.
    """
    drawn_to = s.case.drawn_to
    if not drawn_to:
        return "plain"
    if drawn_to.lower() not in first.lower():
        return "named"
    return "topic" if topic else "plain"


# What the first follow-up names when the user has only written: no call or voicemail to recall.
_EMAIL_ONLY = "my email"


def _sent(s: Situation) -> str:
    """Name what the user has sent the reader so far, as the first follow-up refers to it."""
    if s.reached_class == "call":
        return "our call and my email"
    if s.reached_class == "voicemail" or (s.callee is not None and s.call_reaches_reader):
        first = "my voicemail" if s.reached == "voicemail" else "my call"
        return f"{first} and email"
    return _EMAIL_ONLY


def _about_class(s: Situation) -> str:
    """Name what the thread follows: a miss, a late start, a move, or an interview unheld.

    "unmade": the user offered to take part all the same, and a follow-up is sent only if the
    interview did not go ahead.
    """
    kind = "missed"
    if s.heads_up:
        kind = "late" if s.running_late else "moved" if _choice_kind(s) == "move" else "unmade"
    return kind + ("_via" if s.via else "")


def _ahead_owned(s: Situation) -> str:
    """Name what the first follow-up after a heads-up owns, once, in plain words.

    A delay, a cancellation, a start the user could not make, or trouble on their side,
    unless an illness or an emergency stopped it (reading 20 of #16 found no apology at all).
    """
    about = _about_class(s).removesuffix("_via")
    if about == "moved" and _fault(s) == "excusable":
        return "moved_excusable"
    if about != "unmade":
        return about
    if _choice_kind(s) in {"either", "fallback_later"}:
        return "start"
    return "excusable" if _fault(s) == "excusable" else "other"


def _decline_reply(s: Situation, thread: str) -> Message:
    tone = _tone(s)
    values = _common(s)
    values["sorry"] = fill(
        s.pick(pb.DECLINE_SORRY[_decline_class(s)][tone], "decline_sorry"), values
    )
    # Asking to be kept in mind after a no-show presumes; after an illness it is only modest.
    values["future"] = pb.DECLINE_FUTURE[tone] if _fault(s) == "excusable" else ""
    template = _letter(s, pb.DECLINE_REPLIES[tone]["via" if s.via else "direct"], "decline_reply")
    return _email(s, template, values, "Re: " + thread, _send_when("decline", s))


def _decline_class(s: Situation) -> str:
    """Name what the decline reply owns: a miss (and its cause), a move, or a late start."""
    excusable = _fault(s) == "excusable"
    if s.heads_up:
        # An illness, an emergency or a failure is nobody's lateness either (round 10, kit 29).
        if excusable or s.case.reason == "technology_failure":
            return "ahead_excusable"
        return "late" if s.running_late else "ahead"
    if excusable:
        return "missed_excusable"
    if s.case.reason == "technology_failure":
        return "missed_tech"
    return "missed_unchecked" if _owned_kind(s) == "unchecked" else "missed"


def _confirmation(s: Situation, thread: str) -> Message:
    case = s.case
    assert s.agreed_both is not None  # noqa: S101 - guarded by compose_kit
    when = s.agreed_both
    values = _common(s)
    values |= {
        "when": when,
        "readiness": _readiness(case),
        "listener": values["them"] if s.via else "you",
    }
    tone = _tone(s)
    template = _letter(s, pb.CONFIRMATIONS[tone], "reschedule_confirmation")
    return _email(s, template, values, "Re: " + thread, _send_when("confirm", s))


def _readiness(case: Case) -> str:
    interview_format = case.interview.format
    if interview_format == "phone" and case.candidate.phone:
        return fill(pb.READINESS["phone_number"], {"phone": case.candidate.phone})
    return pb.READINESS[interview_format]


# --- Spoken --------------------------------------------------------------------------------


def _spoken_values(s: Situation) -> dict[str, str]:
    callee = s.callee_person
    values = _common(s)
    values |= {
        "running": _running(s.call_well_ahead),
        "callee": callee.spoken if callee else "",
        "hello": callee.hello() if callee else "Hello",
        "day": _aloud(s.call_day),
        "wrote": s.wrote,
        # The email went to the reader: "you" only when the call reaches that same person.
        "wrote_to": "you" if s.callee == s.reader else s.reader_person.spoken,
        "my_email": "my email" if s.callee == s.reader else f"my email to {s.reader_person.spoken}",
        "iname": s.interviewer.written(True),
        "ifirst": s.interviewer.spoken,
        "the_interview": (
            f"my interview with {s.interviewer.spoken}"
            if s.callee == "recruiter"
            else "our interview"
        ),
        "spoken": _sentence(_spoken_reason(s)),
        "spoken_clause": _clause(_spoken_reason(s)),
        "spoken_warning": _sentence(_spoken_warning(s)),
        "spoken_warning_clause": _spoken_warning(s),
        "arrive": _format_words(s)["arrive"],
        "spoken_choice": _choice(s, "spoken"),
        "eta": _format_words(s)["eta"],
        "meet": _format_words(s)["meet"],
        "other_first": _other_first(s),
    }
    return values


def _other_first(s: Situation) -> str:
    """Name, as said aloud, the other person the call's follow-up email goes to."""
    other = s.recruiter if s.callee == "interviewer" else s.interviewer
    return other.spoken if other else ""


def _aloud(day: str) -> str:
    """Say a day as people say it on the phone: "on Wednesday", not "on Wednesday 11 November"."""
    words = day.split()
    return " ".join(words[:2]) if len(words) == 4 and words[0] == "on" else day


def _spoken_situation(s: Situation) -> str:
    """Which opening the call takes: after an email, ahead of the start, or after a miss."""
    via = s.callee == "recruiter"
    if not s.call_now:
        return "after_email"
    if s.heads_up:
        return "ahead_via" if via else "ahead"
    return "missed_via" if via else "missed"


def _after_heads_up(s: Situation) -> str:
    """Name a call after the heads-up email: made before the start, or once it has passed."""
    return "ahead_after_email" if s.call_timing == "before" else "ahead_passed"


def _call_after_heads_up(s: Situation) -> str:
    """Name the call's apology after a heads-up email; a delay is said again, as step 4 asks."""
    key = _after_heads_up(s)
    return key + "_late" if key == "ahead_after_email" and s.running_late else key


def _late_spoken(s: Situation) -> str:
    """Own the delay in a first call a day or more later, or hours later the same day.

    Round 17 (kits 30, 31 and 34) heard five hours of silence go unremarked. After an email,
    the email owned it.
    """
    hours_later = s.call_timing == "same_day" and s.call_day == "earlier today"
    silent = s.call_timing == "later" or (hours_later and s.reached == "none")
    return pb.LATE_SPOKEN[_fault(s)] if silent and s.call_now else ""


def _call_script(s: Situation) -> Message:
    """Write the call as it is spoken: check the moment, apologise, pause, then ask."""
    values = _spoken_values(s)
    opening_key = _spoken_situation(s)
    opening = fill(pb.CALL_OPENINGS[opening_key], values)
    if s.heads_up:
        apology_key = (
            ("late" if s.running_late else "ahead") if s.call_now else _call_after_heads_up(s)
        )
    else:
        apology_key = "after_email" if not s.call_now else opening_key
        if apology_key == "after_email" and _owned_kind(s) != "fault":
            # An illness is nobody's fault; a wrong link is owned as not checking it.
            apology_key += "_" + _owned_kind(s)
    apology = " ".join(
        filter(None, [fill(pb.CALL_APOLOGIES[apology_key], values), _late_spoken(s)])
    )
    ask_key, step = (
        "recruiter" if s.callee == "recruiter" else "interviewer",
        "Ask for another chance",
    )
    if s.heads_up and s.call_timing == "before":  # the move was asked for in step 2
        ask_key, step = "ahead", "Say you are still keen"
    if s.running_late:
        ask_key, step = "late", "Offer them the choice"
    if s.agreed:
        ask_key, step = "agreed", "Thank them for the new time"
    ask = fill(s.pick(pb.CALL_ASKS[_far(s, pb.CALL_ASKS, ask_key)], "call_script"), values)
    close = fill(pb.CALL_CLOSES[_close_key(s)], values)
    # After the email has gone, offering to send one would be offering it twice; and "may I
    # email you" needs the callee's own address, not only the other person's (round 18).
    email_first = s.call_now and _callee_has_email(s)
    short_on_time = pb.SHORT_ON_TIME["email" if email_first else "call_back"]
    lines = [
        *_whom_to_call(s.case),
        "",
        "1. Greet them and check the moment",
        f'   "{opening}"',
        f'   If it is a bad moment: "{short_on_time}"',
        "2. Say sorry and own it",
        f'   "{apology}"',
        "3. Pause, and let them answer before you ask for anything.",
        f"4. {step}",
        f'   "{ask}"',
        "5. Close",
        f'   "{close}"',
        "",
        "Do not argue or over-explain; if they decline, thank them warmly.",
        "If no one answers, use the voicemail script.",
    ]
    body = "\n".join(lines)
    when = "call_now" if s.call_now else "call_later"
    return Message(
        channel="phone",
        subject=None,
        body=body,
        send_when=_send_when(when, s),
    )


def _far(s: Situation, table: Mapping[str, object], key: str) -> str:
    """Take a line's "_far" wording for a visit from abroad, where it has one."""
    return key + "_far" if s.far and key + "_far" in table else key


def _close_key(s: Situation) -> str:
    """Promise the email that follows the call only to whom it will really go."""
    if not s.call_now:
        return "done"
    if _callee_has_email(s):
        return "email_next"
    return "email_other" if _has_email(s.case) else "done"


def _callee_has_email(s: Situation) -> bool:
    """Whether the person the call reaches can be written to: what an email offer needs."""
    callee = s.case.interviewer if s.callee == "interviewer" else s.case.recruiter
    return bool(callee and callee.email)


def _has_email(case: Case) -> bool:
    """Whether any email address is known: the only way the kit may promise an email."""
    return bool(case.interviewer.email or (case.recruiter and case.recruiter.email))


def _whom_to_call(case: Case) -> list[str]:
    interviewer, recruiter = case.interviewer, case.recruiter
    if interviewer.phone:
        lines = [f"Call {interviewer.name} (interviewer) on {interviewer.phone}."]
        if recruiter and recruiter.phone:
            lines.append(
                f"If you cannot reach them, call {recruiter.name} (recruiter) on {recruiter.phone}."
            )
        return lines
    assert recruiter is not None and recruiter.phone  # noqa: S101 - a callee is known
    return [
        f"Call {recruiter.name} (recruiter), who arranged the interview, on"
        f" {recruiter.phone}, and ask them to pass your apology on to {interviewer.name}."
    ]


def spoken_number(phone: str) -> str:
    """Write a number as it is read out: in its digit groups, without dashes or brackets."""
    return " ".join(phone.replace("-", " ").replace("(", " ").replace(")", " ").split())


# The voicemail's apologies when it is the first word after the miss.
_SORRY_WHEN_CALLING = frozenset({"sorry", "sorry_via", "sorry_excusable", "sorry_via_excusable"})


def _voicemail_keys(s: Situation) -> tuple[str, str]:
    """Choose the voicemail's apology and its ask for the moment it is left."""
    via = s.callee == "recruiter"
    # Still running late when the call is made: how late matters more than the email before it.
    late_before_start = s.running_late and (s.call_now or s.call_timing == "before")
    if s.heads_up:
        if late_before_start:
            # With the arrival time said, the start need not be: "your time" once (round 17).
            sorry = "sorry_late_known" if s.late_minutes else "sorry_late"
        else:
            sorry = "sorry_ahead" if s.call_now else "sorry_" + _after_heads_up(s)
            if sorry == "sorry_ahead" and _choice_kind(s) == "as_planned":
                sorry = "sorry_as_planned"
    elif not s.call_now:
        sorry = "sorry_after_email" + _owned_suffix(s)
    else:
        sorry = "sorry_via" if via else "sorry"
        sorry += "_excusable" if _fault(s) == "excusable" else ""
    ask = "ask_via" if via else "ask"
    if s.heads_up and (s.call_now or late_before_start):  # the choice offered was the ask
        ask = "ask_late" if s.running_late else "ask_ahead"
        if ask == "ask_ahead" and _choice_kind(s) == "move" and not s.agreed:
            ask = "ask_ahead_move"
    if s.agreed and not s.heads_up:
        ask = "ask_agreed"
    return sorry, ask


def _voicemail(s: Situation) -> Message:
    """Write the voicemail: the caller's name first and last, and the number to call back."""
    values = _spoken_values(s)
    parts = pb.VOICEMAIL_PARTS
    sorry_key, ask_key = _voicemail_keys(s)
    phone = s.case.candidate.phone
    values["number"] = spoken_number(phone) if phone else ""
    values["spoken_choice"] = _choice(s, "voicemail")
    values["kept_away"] = pb.KEPT_AWAY.get(s.case.reason, "")
    # "I'll follow up by email" only to someone whose address is known.
    has_email = _callee_has_email(s)
    goodbye = "goodbye" if phone else ("goodbye_no_number" if has_email else "goodbye_no_phone")
    slots = {
        "hello": fill(parts["hello"], values),
        "sorry": fill(parts[sorry_key], values),
        "late": pb.LATE_VOICEMAIL[_fault(s)] if _late_spoken(s) else "",
        "ask": fill(s.pick(pb.VOICEMAIL_ASKS["far" if s.far else "near"], "voicemail"), values)
        if ask_key == "ask"
        else fill(parts[_far(s, parts, ask_key)], values),
        # "I'll follow up by email" in the goodbye says it already.
        "email_note": parts["email_note"] if s.call_now and has_email and phone else "",
        "callback": fill(parts["callback"], values) if phone else "",
        "goodbye": fill(parts[goodbye], values),
    }
    # Spoken at about 150 words a minute; other sentences give way, never the name or number.
    give_way = [("email_note", "")]
    # "The right one" asked for needs the wrong one named first: that cause never gives way.
    asks_details = sorry_key == "sorry_ahead" and _choice_kind(s) in {"attend", "fallback_number"}
    short_key = "sorry_ahead_details_short" if asks_details else sorry_key + "_short"
    if short_key in parts:
        give_way.append(("sorry", fill(parts[short_key], values)))
    if ask_key in {"ask", "ask_via"}:
        give_way.append(("ask", parts[_far(s, parts, "ask_short")]))
    if ask_key == "ask_agreed":
        give_way.append(("ask", fill(parts["ask_agreed_short"], values)))
    if sorry_key in _SORRY_WHEN_CALLING:  # the last resort for the longest names
        bare = "sorry_bare" + _owned_suffix(s)
        give_way.append(("sorry", fill(parts[bare], values)))
    give_way.append(("late", ""))
    if phone:  # the number said twice is the first luxury after the sentences above
        give_way.insert(1, ("goodbye", fill(parts["goodbye_no_phone"], values)))
    if ask_key in {"ask_ahead", "ask_ahead_move"}:  # before the start, the news comes first
        give_way.insert(2, ("ask", fill(parts[ask_key + "_short"], values)))
    body = fit(pb.VOICEMAIL, slots, MAX_VOICEMAIL_WORDS, give_way, measure=spoken_words)
    when = "voicemail_now" if s.call_now else "voicemail_later"
    return Message(
        channel="phone",
        subject=None,
        body=body,
        send_when=_send_when(when, s),
    )


def _short_lead(s: Situation) -> str:
    """Name what the short note follows, as the interviewer, its only reader, knows it.

    The emails may go to the recruiter, but this note never does: a call that reached the
    interviewer is thanked here even when the emails speak of it to someone else.
    """
    if s.reached == "voicemail":
        return "voicemail" if s.voicemail_to == "interviewer" else "plain"
    if s.reached == "none" and s.with_call_follow_up and s.callee == "interviewer":
        return "tried"  # the plan's call comes first, and this note only if it failed
    return {"none": "plain", "interviewer": "call", "recruiter": "other"}[s.reached]


def _register(warm: Mapping[str, str], formal: Mapping[str, str], s: Situation) -> dict[str, str]:
    """Read a short note's table in the kit's register: a formal kit takes the uncontracted."""
    return {**warm, **formal} if s.formal else dict(warm)


def _short_message(s: Situation) -> Message:
    """Write the LinkedIn or text note: its own two or three sentences, greeted by first name."""
    tone = _tone(s)
    values = _common(s)
    words = _format_words(s)
    lead = _short_lead(s)
    warnings = _register(pb.SHORT_WARNINGS, pb.SHORT_WARNINGS_FORMAL, s)
    warning = fill(_keyed(warnings, s), words)
    values |= {
        "hello": s.interviewer.note_greeting(s.formal),
        "day": s.email_day,
        "short_warning": _sentence(warning) + ".",
        "short_warning_clause": warning,
        "short_cap": _sentence(
            fill(_keyed(_register(pb.SHORT_REASONS, pb.SHORT_REASONS_FORMAL, s), s), words)
        ),
        "other": _other(s, "recruiter"),
        "choice": _choice(s, f"short_{tone}"),
        "arrive": _format_words(s)["arrive"],
    }
    for form in ("that", "ing"):
        # After a call, the call was the first word: the note does not own a wait before it.
        late = s.email_timing == "later" and lead != "call"
        values["late_" + form] = pb.LATE_SHORT[form][tone] if late else ""
    values["lead"] = fill(pb.SHORT_LEADS[tone][lead], values)
    values["owned_again"] = fill(pb.SHORT_OWNED_AGAIN[_owned_kind(s)][tone], values)
    keen = "agreed" if s.agreed else s.pick(("ask", "ask2"), "short_keen")
    if s.heads_up:
        keen = "ahead_move" if _choice_kind(s) == "move" and not s.agreed else "ahead"
    values["keen"] = fill(pb.SHORT_KEEN[tone][keen], values)
    after_call = "called" if lead == "call" else "missed"
    templates = pb.SHORT_MESSAGES[_ahead_class(s) or after_call][tone]
    template = templates if isinstance(templates, str) else s.pick(templates, "short_message")
    give_way = (("lead", ""), ("late_that", ""), ("late_ing", ""), ("keen", ""))
    body = fit(template, values, MAX_SHORT_MESSAGE_WORDS, give_way)
    return Message(
        channel="linkedin",
        subject=None,
        body=body,
        send_when=_send_when("short", s),
    )
