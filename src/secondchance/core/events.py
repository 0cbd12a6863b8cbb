"""Statuses, events and the transition table of a case (the days after the miss).

A case's status is never set directly: it is the result of replaying its events through
TRANSITIONS, so the history and the status can never disagree. This module is kept light
(no pydantic) because the CLI's option choices come from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal, get_args

from secondchance.core.errors import UserError

Status = Literal[
    "missed", "contacted", "apologized", "awaiting", "rescheduled", "declined", "closed"
]
Event = Literal[
    "called",
    "voicemail_left",
    "apology_sent",
    "reply_received",
    "rescheduled",
    "declined",
    "follow_up_sent",
    "interview_done",
    "closed",
]
STATUSES: tuple[str, ...] = get_args(Status)
EVENTS: tuple[str, ...] = get_args(Event)
# A history entry that records a sent message without moving the case (see services.send).
MESSAGE_SENT = "message_sent"
# A history entry that records an absence notice and its return date: nobody has answered
# yet, so the case does not move, but the follow-ups wait until its writer is back.
AWAY_NOTICE = "away_notice"
_AWAY_NOTE = "back on "
# What a history entry may be: a lifecycle event, or a record that does not move the case.
HistoryKind = Event | Literal["message_sent", "away_notice"]
_RECORDS = frozenset({MESSAGE_SENT, AWAY_NOTICE})

_ROWS: dict[str, dict[str, str]] = {
    # status: {event: new status}; an event missing from a row is not allowed in that status.
    "missed": {
        "called": "contacted",
        "voicemail_left": "contacted",
        "apology_sent": "apologized",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "contacted": {
        "called": "contacted",
        "voicemail_left": "contacted",
        "apology_sent": "apologized",
        "reply_received": "contacted",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "apologized": {
        "called": "apologized",
        "voicemail_left": "apologized",
        "apology_sent": "apologized",
        "follow_up_sent": "awaiting",
        "reply_received": "apologized",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "awaiting": {
        "called": "awaiting",
        "voicemail_left": "awaiting",
        "apology_sent": "awaiting",
        "follow_up_sent": "awaiting",
        "reply_received": "awaiting",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "rescheduled": {
        "called": "rescheduled",
        "voicemail_left": "rescheduled",
        "apology_sent": "rescheduled",
        "reply_received": "rescheduled",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "interview_done": "closed",
        "closed": "closed",
    },
    "declined": {"closed": "closed"},
    "closed": {},
}
TRANSITIONS: dict[tuple[str, str], str] = {
    (status, event): target for status, row in _ROWS.items() for event, target in row.items()
}


class TransitionNotAllowed(UserError):
    """An event that the case's current status does not allow."""

    def __init__(self, status: str, event: str) -> None:
        self.status, self.event = status, event
        allowed = allowed_events(status)
        choices = ", ".join(allowed) if allowed else "none (the case is closed)"
        super().__init__(
            f"'{event}' cannot be logged while the case is '{status}'. Allowed now: {choices}."
        )


def allowed_events(status: str) -> tuple[str, ...]:
    """Return the events allowed in `status`, in catalogue order."""
    return tuple(event for event in EVENTS if (status, event) in TRANSITIONS)


def next_status(status: str, event: str) -> str:
    """Return the status after `event`, or raise TransitionNotAllowed."""
    if event not in EVENTS:
        raise UserError(f"'{event}' is not an event; use one of {', '.join(EVENTS)}")
    try:
        return TRANSITIONS[(status, event)]
    except KeyError:
        raise TransitionNotAllowed(status, event) from None


def replay(events: Iterable[str], start: str = "missed") -> str:
    """Return the status these events reach from `start` (history entries are skipped).

    Raises TransitionNotAllowed at the first event the status at that point does not allow.
    """
    status = start
    for event in events:
        if event not in _RECORDS:
            status = next_status(status, event)
    return status


def away_note(back_on: date) -> str:
    """Write the note of an absence notice's history entry ("back on 2026-01-26")."""
    return f"{_AWAY_NOTE}{back_on.isoformat()}"


def back_on(note: str | None) -> date | None:
    """Read the return date back from an absence notice's note (None if it names none)."""
    if not note or not note.startswith(_AWAY_NOTE):
        return None
    try:
        return date.fromisoformat(note.removeprefix(_AWAY_NOTE))
    except ValueError:
        return None
