"""The case lifecycle: which logged event moves a case to which status (the days after).

A case's status is never set directly: it is the result of replaying its events through
TRANSITIONS, so the history and the status can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from secondchance.core.compose import Message
from secondchance.core.errors import UserError
from secondchance.core.intake import Case, LocalTime
from secondchance.core.plan import Action, Instant, Plan, PlanSettings, Progress, build_plan

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


def replay(events: Iterable[str]) -> str:
    """Return the status reached from 'missed' by these events (history entries are skipped)."""
    status = "missed"
    for event in events:
        if event != MESSAGE_SENT:
            status = next_status(status, event)
    return status


class HistoryEntry(BaseModel):
    """One entry of a case's history: a lifecycle event, or a record of a sent message."""

    model_config = ConfigDict(frozen=True)

    event: str
    at: Instant
    note: str | None = None
    rescheduled_to: LocalTime | None = None


class TrackedCase(BaseModel):
    """A stored case: its document, status and history."""

    model_config = ConfigDict(frozen=True)

    id: int
    uuid: str
    status: str
    case: Case
    opened_at: Instant
    events: tuple[HistoryEntry, ...]


class CaseSummary(BaseModel):
    """One line of the case list: who, where, and the next step."""

    model_config = ConfigDict(frozen=True)

    id: int
    uuid: str
    status: str
    candidate: str
    interviewer: str
    company: str
    role: str
    next_due: Action | None


class CaseDetail(TrackedCase):
    """A case with its current plan and kit."""

    plan: Plan
    kit: dict[str, Message]


class DueItem(BaseModel):
    """A step due now or overdue, with the case it belongs to."""

    model_config = ConfigDict(frozen=True)

    case_id: int
    candidate: str
    company: str
    action: Action


def progress_from(opened_at: datetime, history: Sequence[HistoryEntry]) -> Progress:
    """Summarise a history for the planner: what is done, and since when."""

    def first(*names: str) -> datetime | None:
        return next((entry.at for entry in history if entry.event in names), None)

    events = {entry.event for entry in history}
    return Progress(
        opened_at=opened_at,
        called_at=first("called", "voicemail_left"),
        apology_sent_at=first("apology_sent"),
        follow_ups_sent=sum(entry.event == "follow_up_sent" for entry in history),
        replied=bool(events & {"reply_received"}),
        declined_at=first("declined"),
        rescheduled_at=max((e.at for e in history if e.event == "rescheduled"), default=None),
        finished=bool(events & {"closed", "interview_done"}),
    )


def with_history(case: Case, history: Sequence[HistoryEntry]) -> Case:
    """Return the case as its history leaves it: the latest agreed new time applies."""
    agreed = [entry.rescheduled_to for entry in history if entry.rescheduled_to is not None]
    if not agreed:
        return case
    return case.model_copy(update={"rescheduled_to": agreed[-1]})


def tracked_plan(
    case: Case,
    opened_at: datetime,
    history: Sequence[HistoryEntry],
    now: datetime,
    settings: PlanSettings | None = None,
) -> Plan:
    """Recompute a tracked case's plan from its events: done steps drop out, late ones show."""
    return build_plan(
        with_history(case, history), now, settings, progress=progress_from(opened_at, history)
    )
