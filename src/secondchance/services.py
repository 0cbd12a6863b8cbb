"""The one facade that the CLI (and later the web app) calls: input parsing plus the core.

Interface layers hand raw input here and get core models back; they never reach into `core/`
for business rules themselves.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secondchance.core.compose import Kit
    from secondchance.core.intake import Case
    from secondchance.core.plan import Plan, PlanSettings
    from secondchance.core.review import Review, ReviewSettings
    from secondchance.core.review.rules import Channel

# The core is imported inside each function: a CLI command pays only for what it uses
# (see the start-up budget in the README).

MAX_CASE_BYTES = 256 * 1024
MAX_DRAFT_BYTES = 400 * 1024


class InputError(ValueError):
    """Input that cannot be used, with a message fit to show the user as it is."""


def decode_input(raw: bytes, *, what: str, max_bytes: int) -> str:
    """Decode user-supplied bytes as UTF-8 within a size cap, or raise InputError."""
    if len(raw) > max_bytes:
        raise InputError(f"{what} is larger than the {max_bytes // 1024} KiB limit")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{what} is not valid UTF-8 (byte {error.start})") from None


def parse_case_document(text: str) -> dict[str, Any]:
    """Parse a case JSON document into a dict, or raise InputError."""
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"the case is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    if not isinstance(data, dict):
        raise InputError("the case must be a JSON object")
    return data


def merge_fields(document: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """Overlay dotted-path fields (`candidate.name`) on a case document."""
    merged: dict[str, Any] = json.loads(json.dumps(document))
    for path, value in fields.items():
        *parents, leaf = path.split(".")
        node = merged
        for key in parents:
            child = node.get(key)
            if not isinstance(child, dict):
                child = {}
                node[key] = child
            node = child
        node[leaf] = value
    return merged


def load_case(data: Mapping[str, Any], now: datetime) -> Case:
    """Validate a case document as of `now`; raises pydantic.ValidationError."""
    from secondchance.core.intake import Case

    return Case.model_validate(data, context={"now": now})


def build_kit(
    case: Case, now: datetime, propose_slots: bool = False, settings: PlanSettings | None = None
) -> Kit:
    """Compose the recovery kit; with `propose_slots`, the email offers the plan's new times."""
    from secondchance.core.compose import compose_kit

    slots = ()
    if propose_slots:
        slots = tuple(slot.start for slot in build_plan(case, now, settings).slots)
    return compose_kit(case, now, slots)


def build_plan(case: Case, now: datetime, settings: PlanSettings | None = None) -> Plan:
    """Compute the recovery plan for a validated case."""
    from secondchance.core import plan

    return plan.build_plan(case, now, settings)


def interview_ics(
    case: Case,
    now: datetime,
    *,
    slot: int | None = None,
    at: datetime | None = None,
    settings: PlanSettings | None = None,
) -> bytes:
    """Write the .ics for a new time: a proposed slot (1-based), a given time, or the agreed one.

    A naive `at` is a wall time in the interviewer's zone. Raises InputError for a slot out of
    range, a time in the past, or a wall time that a clock change skips or repeats.
    """
    from secondchance.core.calendar import interview_calendar
    from secondchance.core.intake import check_wall_time
    from secondchance.core.plan import PlanSettings

    settings = settings or PlanSettings()
    if slot is not None:
        slots = build_plan(case, now, settings).slots
        if not 1 <= slot <= len(slots):
            raise InputError(f"--slot must be between 1 and {len(slots)}, the proposed slots")
        start = slots[slot - 1].interviewer
    elif at is not None:
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
    return interview_calendar(case, start, now, settings.interview_minutes)


def reminders_ics(case: Case, now: datetime, settings: PlanSettings | None = None) -> bytes:
    """Write every later step of the plan (follow-ups, prevention) as its own calendar event."""
    from secondchance.core.calendar import reminders_calendar

    later = [action for action in build_plan(case, now, settings).actions if action.due > now]
    return reminders_calendar(case, later, now)


def review_draft(
    text: str,
    channel: Channel = "email",
    subject: str | None = None,
    thresholds: Mapping[str, str] | None = None,
) -> Review:
    """Review a draft; raises InputError for a draft over the size cap or a bad threshold."""
    from secondchance.core.review import MAX_REVIEW_CHARS, review

    if len(text) > MAX_REVIEW_CHARS:
        raise InputError(f"the draft is longer than the {MAX_REVIEW_CHARS:,}-character limit")
    return review(text, channel=channel, subject=subject, settings=review_settings(thresholds))


def review_settings(thresholds: Mapping[str, str] | None) -> ReviewSettings:
    """Build reviewer settings from NAME=VALUE overrides, or raise InputError."""
    from secondchance.core.review import ReviewSettings

    try:
        return ReviewSettings.from_overrides(thresholds or {})
    except ValueError as error:
        raise InputError(f"bad threshold: {error}") from None
