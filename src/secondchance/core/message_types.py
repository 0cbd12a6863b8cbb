"""The product's shared vocabulary of messages, and what each kind must contain.

This module owns the names every layer uses: the kit's message ids (with their titles and
channels), the tones, and the kinds of message the reviewer reads.

An apology after a missed interview needs all four elements of the method; a heads-up that
you are running late needs an apology and a time; a decline reply needs none of them, only
grace. The rules for a missing element read this table; the rules against blame, venting,
slang and the rest apply to every type.
"""

from __future__ import annotations

from typing import Literal, get_args

MessageType = Literal[
    "apology",
    "running_late",
    "late_arrival",
    "cancellation",
    "no_reply_follow_up",
    "decline_reply",
    "confirmation",
]
MESSAGE_TYPES: tuple[MessageType, ...] = get_args(MessageType)
Element = Literal["apology", "ownership", "reschedule", "enthusiasm"]

REQUIRED: dict[MessageType, frozenset[Element]] = {
    "apology": frozenset({"apology", "ownership", "reschedule", "enthusiasm"}),
    "running_late": frozenset({"apology", "reschedule"}),
    "late_arrival": frozenset({"apology", "ownership", "enthusiasm"}),
    "cancellation": frozenset({"apology", "reschedule", "enthusiasm"}),
    "no_reply_follow_up": frozenset({"reschedule", "enthusiasm"}),
    "decline_reply": frozenset(),
    "confirmation": frozenset(),
}
DESCRIPTIONS: dict[MessageType, str] = {
    "apology": "after a missed interview",
    "running_late": "a heads-up, before the start, that you will be late",
    "late_arrival": "a note after an interview you arrived late to",
    "cancellation": "asking, ahead of time, to move or cancel",
    "no_reply_follow_up": "a follow-up when your apology had no reply",
    "decline_reply": "your reply when they decline to reschedule",
    "confirmation": "confirming the new time they agreed",
}
# Types in which a named outside cause explains a miss or a delay; in the others (asking
# ahead to move, following up, confirming) only fault put on someone in so many words counts.
EXPLAINS_A_MISS: frozenset[MessageType] = frozenset(
    {"apology", "running_late", "late_arrival", "decline_reply"}
)


# The kit's messages, in the order of the conversation; the titles are what people see.
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
MESSAGE_IDS: tuple[MessageId, ...] = get_args(MessageId)
MESSAGE_TITLES: dict[str, str] = {
    "call_script": "Call script",
    "voicemail": "Voicemail (under 30 seconds)",
    "apology_email": "Apology email",
    "call_follow_up_email": "Email straight after your call",
    "short_message": "Short message (LinkedIn or text)",
    "no_reply_follow_up": "Follow-up if there is no reply",
    "last_follow_up": "Last follow-up, if there is still no reply",
    "decline_reply": "Reply if they decline",
    "reschedule_confirmation": "Confirmation of the new time",
}
EMAIL_MESSAGE_IDS: tuple[MessageId, ...] = (
    "apology_email",
    "call_follow_up_email",
    "no_reply_follow_up",
    "last_follow_up",
    "decline_reply",
    "reschedule_confirmation",
)
Channel = Literal["phone", "email", "text", "linkedin"]
Tone = Literal["formal", "warm"]
TONES: tuple[Tone, ...] = get_args(Tone)


def needing(element: Element) -> tuple[MessageType, ...]:
    """Return the message types that must carry this element."""
    return tuple(kind for kind in MESSAGE_TYPES if element in REQUIRED[kind])
