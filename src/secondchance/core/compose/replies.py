"""Write the next message once the interviewer has answered (issue #18), in the kit's voice.

Each reply continues the kit's thread: its subject answers the kit's first email. A reply
that confirms or proposes a time is the kit's confirmation, and one to a decline is the kit's
decline reply; the others are written here from the phrasebook.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Literal

from secondchance.core.compose import phrasebook as pb
from secondchance.core.compose.fit import fill
from secondchance.core.compose.kit import compose_kit, role_phrase
from secondchance.core.compose.model import Message
from secondchance.core.compose.situation import Situation
from secondchance.core.intake import Case
from secondchance.core.message_types import MessageType, Tone
from secondchance.core.reasons import Reason, get_reason

ReplyKind = Literal[
    "asks_what_happened",
    "asks_for_times",
    "pending",
    "auto_reply",
    "confirms",
    "proposes_times",
    "declined",
]
# The reviewer reads each written reply as the kind of message it is closest to.
REPLY_TYPES: dict[str, MessageType] = {
    "asks_what_happened": "apology",
    "asks_for_times": "confirmation",
    "pending": "no_reply_follow_up",
    "auto_reply": "no_reply_follow_up",
}
MAX_SLOTS = 3


def compose_reply_message(
    case: Case,
    reply_kind: ReplyKind,
    *,
    now: datetime,
    tone: Tone | None = None,
    slots: Sequence[datetime] = (),
    return_date: date | None = None,
) -> Message:
    """Write the reply to an interviewer's answer of `reply_kind`, as of the aware `now`.

    `slots` (aware datetimes; up to three are offered) are needed for "asks_for_times", each
    shown in the interviewer's zone and, where it differs, the candidate's. `return_date` is
    the out-of-office return date of an "auto_reply". "confirms" and "proposes_times" need
    the agreed time in `case.rescheduled_to`. Raises ValueError when what a kind needs is
    missing. Nothing is said that the case does not hold: "what happened?" is answered with
    the reason the user gave, and no other.
    """
    if tone is not None:
        case = case.model_copy(update={"tone": tone})
    kit = compose_kit(case, now)
    situation = Situation.of(case, now)
    thread = kit.messages[situation.follows].subject or ""
    if reply_kind in {"confirms", "proposes_times"}:
        if "reschedule_confirmation" not in kit.messages:
            raise ValueError("a confirmation needs the agreed time in the case (rescheduled_to)")
        return kit.messages["reschedule_confirmation"]
    if reply_kind == "declined":
        if "decline_reply" not in kit.messages:  # a new time was agreed, then called off
            kit = compose_kit(case.model_copy(update={"rescheduled_to": None}), now)
        return kit.messages["decline_reply"]
    if reply_kind == "asks_for_times" and not slots:
        raise ValueError("a reply offering times needs at least one slot")
    if reply_kind == "auto_reply" and return_date is None:
        raise ValueError("a note for after an out-of-office reply needs the return date")
    body = fill(pb.REPLIES[reply_kind][case.tone], _values(situation, slots))
    when = fill(
        pb.REPLY_SEND_WHEN[reply_kind],
        {"return_date": f"{return_date:%A} {return_date.day} {return_date:%B}"}
        if return_date
        else {},
    )
    return Message(
        channel="email",
        subject="Re: " + thread,
        body=body,
        signature=kit.messages["apology_email"].signature,
        to=kit.messages["apology_email"].to,
        cc=kit.messages["apology_email"].cc,
        message_type=REPLY_TYPES[reply_kind],
        send_when=when,
    )


def _values(s: Situation, slots: Sequence[datetime]) -> dict[str, str]:
    case, tone = s.case, s.case.tone
    reader = s.reader_person
    reason = get_reason(case.reason)
    words = pb.FORMAT_WORDS[case.interview.format]
    return {
        "greeting": reader.greeting(s.formal),
        "role": role_phrase(case.role),
        "company": case.company,
        "date": s.date,
        "what": fill(pb.WHAT_HAPPENED[reason.id], words),
        "owned": pb.WHAT_HAPPENED_OWNED[_owned_key(reason)][tone],
        # An excusable cause already carries its one apology, in "owned".
        "sorry": ""
        if reason.excusable
        else pb.REPLY_SORRY["ahead" if s.heads_up else "missed"][tone],
        "slot_lines": "\n".join(_slot_line(case, slot) for slot in slots[:MAX_SLOTS]),
    }


def _slot_line(case: Case, slot: datetime) -> str:
    """Write one slot in the interviewer's zone, and in the candidate's where it differs."""
    theirs = slot.astimezone(case.interviewer_zone)
    mine = slot.astimezone(case.candidate_zone)
    line = f"- {theirs:%A} {theirs.day} {theirs:%B} at {theirs:%H:%M %Z}"
    if mine.utcoffset() != theirs.utcoffset():
        day = "" if mine.date() == theirs.date() else f"{mine:%A} {mine.day} {mine:%B}, "
        line += f" ({day}{mine:%H:%M %Z} for me)"
    return line


def _owned_key(reason: Reason) -> str:
    """Name how the reply owns the cause: an unnamed cause is never called 'no excuse'."""
    if reason.excusable:
        return "excusable"
    return "unexplained" if reason.id == "prefer_not_to_say" else "fault"
