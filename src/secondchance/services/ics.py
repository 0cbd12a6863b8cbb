"""Calendar files: a new interview time, and the plan's later steps as reminders."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from secondchance.services.cases import case_plan, current_case
from secondchance.services.composing import build_plan
from secondchance.services.inputs import InputError

if TYPE_CHECKING:
    from secondchance.core.intake import Case
    from secondchance.core.lifecycle import (
        TrackedCase,
    )
    from secondchance.core.plan import Plan, PlanSettings
    from secondchance.services.database import Database

# The core is imported inside each function: a command pays only for what it uses.


def interview_ics(
    case: Case,
    now: datetime,
    *,
    slot: int | None = None,
    at: datetime | None = None,
    settings: PlanSettings | None = None,
    db: Database | None = None,
    case_key: str | None = None,
) -> bytes:
    """Write the .ics for a new time: a proposed slot (1-based), a given time, or the agreed one.

    A naive `at` is a wall time in the interviewer's zone; any other offset is converted to
    that zone. With `db`, the file's SEQUENCE grows only when the time moves (kept per
    calendar UID). A stored case passes its UUID as `case_key` (see case_uid). Raises
    InputError for a slot out of range, a time in the past, or a wall time that a clock
    change skips or repeats.
    """
    from secondchance.core.calendar import case_uid, interview_calendar
    from secondchance.core.intake import check_wall_time, ensure_sane_time
    from secondchance.core.plan import PlanSettings

    settings = settings or PlanSettings()
    if slot is not None:
        slots = build_plan(case, now, settings).slots
        if not 1 <= slot <= len(slots):
            raise InputError(f"--slot must be between 1 and {len(slots)}, the proposed slots")
        start = slots[slot - 1].interviewer
    elif at is not None:
        try:
            ensure_sane_time(at, "--at")
        except ValueError as error:
            raise InputError(str(error)) from None
        if at.tzinfo is None:
            try:
                check_wall_time(at, case.interviewer_zone)
            except ValueError as error:
                raise InputError(str(error)) from None
            at = at.replace(tzinfo=case.interviewer_zone)
        start = at
    elif case.rescheduled_to is not None:
        start = case.rescheduled_to.instant
    else:
        raise InputError("give --slot N or --at TIME, or rescheduled_to in the case")
    if start <= now:
        raise InputError(f"the new time {start.isoformat()} is not in the future")
    sequence = None
    if db is not None:
        with db.store() as store:
            sequence = store.calendar_export(case_uid(case, case_key), start, now)
    minutes = settings.interview_minutes
    return interview_calendar(case, start, now, minutes, sequence, option=slot, case_key=case_key)


def reminders_ics(case: Case, now: datetime, settings: PlanSettings | None = None) -> bytes:
    """Write every later step of the plan (follow-ups, prevention) as its own calendar event."""
    return _reminders_file(case, build_plan(case, now, settings), now)


def _reminders_file(case: Case, plan: Plan, now: datetime, case_key: str | None = None) -> bytes:
    from secondchance.core.calendar import reminders_calendar

    later = [action for action in plan.actions if action.due > now]
    return reminders_calendar(case, later, now, case_key)


def case_reminders_ics(tracked: TrackedCase, now: datetime) -> bytes:
    """Write a tracked case's later plan steps as calendar events."""
    return _reminders_file(current_case(tracked), case_plan(tracked, now), now, tracked.uuid)
