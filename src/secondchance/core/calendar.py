"""Calendar files (RFC 5545) for the rescheduled interview and for the plan's reminders.

Built with the `icalendar` package. Each event carries a VTIMEZONE and TZID'd times, a UID
derived from the case (so importing again updates instead of duplicating), and DISPLAY alarms,
the only kind Outlook keeps. Google Calendar drops imported alarms, which is why the reminders
file makes every step an event of its own rather than relying on alarms.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from secondchance.core.intake import Case
from secondchance.core.plan import Action

PRODID = "-//secondchance//recovery kit//EN"
ALARMS_BEFORE = (timedelta(hours=24), timedelta(hours=2), timedelta(minutes=30))
REMINDER_LENGTH = timedelta(minutes=15)
# Fixed namespace so that the same case always yields the same UIDs (RFC 5545 section 3.8.4.7).
_NAMESPACE = uuid.UUID("6f1c4e1e-2b7a-4f7e-9a39-5c0d3e6b2a11")
# SEQUENCE counts minutes from this epoch, so each newer export outranks the older one.
_SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


def case_uid(case: Case) -> str:
    """Return a UID stable for this missed interview, whatever its new time."""
    key = "|".join(
        (
            case.candidate.name,
            case.interviewer.name,
            case.company,
            case.role,
            case.interview.start.isoformat(),
            case.interview.timezone,
        )
    )
    return f"{uuid.uuid5(_NAMESPACE, key)}@secondchance"


def sequence_at(now: datetime) -> int:
    """Return a SEQUENCE that grows with each export, so a moved time replaces the old one."""
    return max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))


def interview_calendar(case: Case, start: datetime, now: datetime, minutes: int = 60) -> bytes:
    """Write the rescheduled interview as an .ics file; `start` is aware, in its own zone."""
    who = case.interviewer.name
    alarms = [
        _display_alarm(f"Interview with {who} in {_spoken(before)}", -before)
        for before in ALARMS_BEFORE
    ]
    event = Event.new(
        uid=case_uid(case),
        summary=f"Interview: {case.role} at {case.company}",
        description=_description(case),
        location=_location(case),
        start=start,
        end=start + timedelta(minutes=minutes),
        stamp=now.astimezone(UTC),
        sequence=sequence_at(now),
        subcomponents=alarms,
    )
    return _calendar_bytes([event], case_uid(case))


def reminders_calendar(case: Case, actions: Iterable[Action], now: datetime) -> bytes:
    """Write each follow-up and prevention step as a short event at its due time."""
    zone = case.candidate_zone
    events = []
    for action in actions:
        start = action.due.astimezone(zone)
        alarm = _display_alarm(action.title, timedelta(0))
        events.append(
            Event.new(
                uid=f"{case_uid(case).split('@')[0]}-{action.id}@secondchance",
                summary=action.title,
                description=action.why,
                start=start,
                end=start + REMINDER_LENGTH,
                stamp=now.astimezone(UTC),
                sequence=sequence_at(now),
                subcomponents=[alarm],
            )
        )
    return _calendar_bytes(events, "reminders-" + case_uid(case))


def _display_alarm(text: str, trigger: timedelta) -> Alarm:
    alarm = Alarm.new(description=text)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    return alarm


def _calendar_bytes(events: list[Event], uid: str) -> bytes:
    # A fixed calendar UID keeps the output the same for the same input.
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", subcomponents=events, uid=uid)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _description(case: Case) -> str:
    lines = [f"Rescheduled interview with {case.interviewer.name} for the {case.role} role."]
    if case.recruiter:
        lines.append(f"Arranged through {case.recruiter.name}.")
    if case.interviewer.phone:
        lines.append(f"Interviewer's phone: {case.interviewer.phone}.")
    return "\n".join(lines)


def _location(case: Case) -> str:
    if case.interview.format == "video":
        return "Video call (use the link from the invitation)"
    if case.interview.format == "phone":
        return f"Phone call with {case.interviewer.name}"
    return f"On site at {case.company}"


def _spoken(span: timedelta) -> str:
    hours, minutes = divmod(int(span.total_seconds() // 60), 60)
    if hours and not minutes:
        return f"{hours} hour{'s' if hours > 1 else ''}"
    return f"{minutes} minutes" if not hours else f"{hours} h {minutes} min"
