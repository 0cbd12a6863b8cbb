"""Calendar files (RFC 5545) for the rescheduled interview and for the plan's reminders.

Built with the `icalendar` package. Every time is written as a wall time with its TZID, and
the file carries that zone's VTIMEZONE, whatever offset the time was given in: the interview in
the interviewer's zone, the reminders in the candidate's. Outlook and Apple Calendar then show
the invite in real local terms, even for a zone that is UTC. Each event has a UID derived from
the case (so importing again updates instead of duplicating), and DISPLAY alarms, the only kind
Outlook keeps. Google Calendar drops imported alarms, which is why the reminders file makes
every step an event of its own rather than relying on alarms.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone

from secondchance.core.intake import Case
from secondchance.core.plan import Action

PRODID = "-//secondchance//recovery kit//EN"
ALARMS_BEFORE = (timedelta(hours=24), timedelta(hours=2), timedelta(minutes=30))
REMINDER_LENGTH = timedelta(minutes=15)
# Fixed namespace so that the same case always yields the same UIDs (RFC 5545 section 3.8.4.7).
_NAMESPACE = uuid.UUID("6f1c4e1e-2b7a-4f7e-9a39-5c0d3e6b2a11")
# Before the store kept each file's last time, SEQUENCE counted minutes from this epoch at
# export; a first export still starts above that count, so it outranks any such older file.
_LEGACY_SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Exported:
    """What was last written for one calendar UID: the start and the SEQUENCE it carried."""

    start: datetime
    sequence: int


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


def legacy_sequence(now: datetime) -> int:
    """Return the SEQUENCE the old scheme gave an export at `now` (minutes since 2025)."""
    return max(0, int((now - _LEGACY_SEQUENCE_EPOCH).total_seconds() // 60))


def next_export(previous: Exported | None, start: datetime, now: datetime) -> Exported:
    """Return the SEQUENCE for writing `start`: unchanged for the same time, one more if moved.

    The first export starts one above the legacy count at `now`, so it outranks any file an
    older version of the tool wrote for the same UID.
    """
    if previous is None:
        return Exported(start, legacy_sequence(now) + 1)
    if previous.start == start:
        return previous
    return Exported(start, previous.sequence + 1)


def interview_calendar(
    case: Case,
    start: datetime,
    now: datetime,
    minutes: int = 60,
    sequence: int | None = None,
    option: int | None = None,
) -> bytes:
    """Write the rescheduled interview as an .ics file, in the interviewer's zone.

    A `start` in a named zone (an agreed time) keeps it; a bare offset ("Z", "+09:00") is
    converted to the interviewer's zone. `sequence` defaults to one above the legacy count.
    `option` numbers a proposed time, which is titled as a proposal, not as the interview.
    """
    if not isinstance(start.tzinfo, ZoneInfo):
        start = start.astimezone(case.interviewer_zone)
    who = case.interviewer.name
    alarms = [
        _display_alarm(f"Interview with {who} in {_spoken(before)}", -before)
        for before in ALARMS_BEFORE
    ]
    event = Event.new(
        uid=case_uid(case),
        summary=_summary(case, option),
        description=_description(case, option),
        location=_location(case),
        stamp=now.astimezone(UTC),
        sequence=legacy_sequence(now) + 1 if sequence is None else sequence,
        subcomponents=alarms,
    )
    _add_times(event, start, start + timedelta(minutes=minutes))
    return _calendar_bytes([event], case_uid(case))


def reminders_calendar(case: Case, actions: Iterable[Action], now: datetime) -> bytes:
    """Write each follow-up and prevention step as a short event at its due time."""
    zone = case.candidate_zone
    events = []
    for action in actions:
        start = action.due.astimezone(zone)
        alarm = _display_alarm(action.title, timedelta(0))
        event = Event.new(
            uid=f"{case_uid(case).split('@')[0]}-{action.id}@secondchance",
            summary=action.title,
            description=action.why,
            stamp=now.astimezone(UTC),
            sequence=legacy_sequence(now) + 1,
            subcomponents=[alarm],
        )
        _add_times(event, start, start + REMINDER_LENGTH)
        events.append(event)
    return _calendar_bytes(events, "reminders-" + case_uid(case))


def _zone_id(zone: tzinfo | None) -> str:
    """Return the IANA name to write as TZID; a bare UTC offset becomes Etc/UTC."""
    if isinstance(zone, ZoneInfo):
        return zone.key
    if zone is not None and zone.utcoffset(None) == timedelta(0):
        return "Etc/UTC"
    raise ValueError(f"calendar times need a named time zone, not {zone!r}")


def _add_times(event: Event, start: datetime, end: datetime) -> None:
    # Wall times with a TZID, written by hand: icalendar would write a UTC zone as "Z" with
    # no VTIMEZONE, which calendars then show in UTC terms.
    zone = _zone_id(start.tzinfo)
    for name, moment in (("dtstart", start), ("dtend", end)):
        event.add(name, moment.replace(tzinfo=None), parameters={"TZID": zone})


def _display_alarm(text: str, trigger: timedelta) -> Alarm:
    alarm = Alarm.new(description=text)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    return alarm


def _calendar_bytes(events: list[Event], uid: str) -> bytes:
    # A fixed calendar UID keeps the output the same for the same input.
    zones = sorted({str(event["DTSTART"].params["TZID"]) for event in events})
    timezones = [Timezone.from_tzid(zone) for zone in zones]
    calendar = Calendar.new(
        prodid=PRODID, method="PUBLISH", subcomponents=[*timezones, *events], uid=uid
    )
    data: bytes = calendar.to_ical()
    return data


def _summary(case: Case, option: int | None) -> str:
    if option is None:
        return f"Interview: {case.role} at {case.company}"
    return f"Proposed option {option} (not agreed yet): interview, {case.role} at {case.company}"


def _description(case: Case, option: int | None = None) -> str:
    what = "A time you could propose" if option else "Rescheduled interview"
    lines = [f"{what} with {case.interviewer.name} for the {case.role} role."]
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
