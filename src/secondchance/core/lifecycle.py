"""The tracked case: its history, the plan that history leaves, and summaries of both.

The statuses, events and transition table themselves live in `core.events`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from secondchance.core.compose import Kit, Message, MessageId
from secondchance.core.events import AWAY_NOTICE, back_on
from secondchance.core.intake import Case, LocalTime, sane_moment
from secondchance.core.plan import Action, Instant, Plan, PlanSettings, Progress, build_plan

# A time read back from the store: one outside 2000-2099 (written by an older version, or by
# hand) would overflow the planner's date arithmetic, so the case reads as unreadable (#19).
StoredInstant = Annotated[Instant, AfterValidator(sane_moment)]


class HistoryEntry(BaseModel):
    """One entry of a case's history: a lifecycle event, or a record of a sent message."""

    model_config = ConfigDict(frozen=True)

    event: str
    at: StoredInstant
    note: str | None = None
    rescheduled_to: LocalTime | None = None


class TrackedCase(BaseModel):
    """A stored case: its document, status and history."""

    model_config = ConfigDict(frozen=True)

    id: int
    uuid: str
    status: str
    version: int = Field(description="Raised by every change; send it back to edit the case.")
    case: Case
    opened_at: StoredInstant
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
    problem: str | None = None  # set when the stored case no longer reads back


class CaseDetail(TrackedCase):
    """A case with its current plan and kit."""

    plan: Plan
    kit: dict[MessageId, Message]


class KitView(BaseModel):
    """What the kit page shows, and GET /api/cases/{id}/kit returns: one function makes both."""

    model_config = ConfigDict(frozen=True)

    case_id: int
    status: str
    kit: Kit
    plan: Plan
    mailto: dict[MessageId, str | None]  # a mailto: link per email, None where too long


class DueItem(BaseModel):
    """A step due now or overdue, with the case it belongs to."""

    model_config = ConfigDict(frozen=True)

    case_id: int
    candidate: str
    interviewer: str
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
        away_until=max(
            (day for e in history if e.event == AWAY_NOTICE if (day := back_on(e.note))),
            default=None,
        ),
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
    with_slots: bool = True,
) -> Plan:
    """Recompute a tracked case's plan from its events: done steps drop out, late ones show."""
    progress = progress_from(opened_at, history)
    return build_plan(
        with_history(case, history), now, settings, progress=progress, with_slots=with_slots
    )


def first_due(case: Case, opened_at: datetime, history: Sequence[HistoryEntry]) -> datetime | None:
    """Return when the earliest open step of a tracked case falls due; None when none is left.

    The steps are planned from when the case was opened and from its events, not from the
    clock, so this stays true until the next event: the store keeps it, indexed, so that
    `due` reads only the cases with something due.
    """
    plan = tracked_plan(case, opened_at, history, opened_at, with_slots=False)
    return min((action.due for action in plan.actions), default=None)
