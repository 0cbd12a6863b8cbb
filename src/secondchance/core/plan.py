"""The recovery plan: dated actions in both people's zones, and new times to propose (step 3).

Everything here is computed from the case, an aware `now` and `PlanSettings`; nothing reads the
clock. Business days skip weekends and the public holidays of the interviewer's country, as the
`holidays` package knows them (national holidays; regional ones are not included), except the
day the interview was set on, which the interviewer had chosen to work.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, model_validator

from secondchance.core.intake import Case
from secondchance.core.titles import is_executive
from secondchance.core.zones import country_of_zone

# Every time leaves as ISO-8601 with its offset ("+00:00", never "Z" or a naive time).
Instant = Annotated[datetime, PlainSerializer(lambda moment: moment.isoformat(), return_type=str)]
ActionChannel = Literal["phone", "email", "text", "linkedin", "self"]
MINUTES_PER_DAY = 24 * 60


class PlanSettings(BaseModel):
    """The documented defaults behind every plan; each can be overridden."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    business_start: time = time(9, 0)  # the interviewer's working day
    business_end: time = time(17, 0)
    waking_start: time = time(8, 0)  # the candidate's reasonable hours
    waking_end: time = time(20, 0)
    morning_call: time = time(9, 30)  # when a night-time call moves to, interviewer's time
    follow_up_time: time = time(10, 0)  # interviewer's time for follow-up emails
    contact_within: timedelta = timedelta(hours=2)
    email_after_call: timedelta = timedelta(minutes=15)
    first_follow_up_days: Annotated[int, Field(ge=1, le=20)] = 2  # business days without a reply
    # Business days after the first follow-up: a last note three days on read as pushy
    # (round 17 of #16); a working week gives the reader room.
    last_follow_up_days: Annotated[int, Field(ge=1, le=20)] = 5
    # Business days more before each follow-up when the role is VP or C-level: two days after
    # the apology read as a quick chase to someone at that level (round 17 of #16).
    executive_extra_days: Annotated[int, Field(ge=0, le=10)] = 1
    close_after_days: Annotated[int, Field(ge=1, le=20)] = (
        3  # business days after the last follow-up
    )
    # Business days after an absence notice's return date before following up: a note that
    # lands on someone's first morning back sits under everything that piled up.
    after_return_days: Annotated[int, Field(ge=0, le=10)] = 1
    # Working days between the last follow-up and the first day it offers for an interview:
    # a day to answer, or a week to arrange a journey from another country's time.
    offer_notice_days: Annotated[int, Field(ge=1, le=20)] = 2
    travel_notice_days: Annotated[int, Field(ge=1, le=20)] = 5
    interview_minutes: Annotated[int, Field(ge=15, le=480)] = 60
    slot_grid_minutes: Annotated[int, Field(ge=5, le=120)] = 30
    slot_days: Annotated[int, Field(ge=1, le=30)] = 5  # business days over which slots are proposed
    slot_count: Annotated[int, Field(ge=1, le=10)] = 3
    tech_check_before: timedelta = timedelta(hours=1)
    departure_before: timedelta = timedelta(minutes=90)  # on-site: leave with a buffer
    phone_ready_before: timedelta = timedelta(hours=1)

    @model_validator(mode="after")
    def _windows_are_days(self) -> PlanSettings:
        if not self.business_start < self.business_end:
            raise ValueError("business hours must start before they end")
        if not self.waking_start < self.waking_end:
            raise ValueError("waking hours must start before they end")
        return self


class Action(BaseModel):
    """One dated step of the plan; `overdue` when its time passed before `now`."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    due: Instant
    due_candidate: Instant
    due_interviewer: Instant
    channel: ActionChannel
    message_id: str | None
    why: str
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class Progress:
    """What has happened since the case was opened, as its logged events tell it.

    With progress, the plan is anchored at `opened_at` instead of now, so a step that should
    have happened already shows as overdue instead of sliding forward.
    """

    opened_at: datetime
    called_at: datetime | None = None
    apology_sent_at: datetime | None = None
    follow_ups_sent: int = 0
    replied: bool = False
    declined_at: datetime | None = None
    rescheduled_at: datetime | None = None
    finished: bool = False
    away_until: date | None = None  # the return date an absence notice gave


class Slot(BaseModel):
    """A proposed new time, in both zones."""

    model_config = ConfigDict(frozen=True)

    start: Instant
    end: Instant
    candidate: Instant
    interviewer: Instant
    outside_candidate_hours: bool = False


class Plan(BaseModel):
    """The whole recovery plan."""

    model_config = ConfigDict(frozen=True)

    actions: tuple[Action, ...]
    slots: tuple[Slot, ...]
    warnings: tuple[str, ...]


# The documented defaults, shared: the settings are frozen.
DEFAULT_SETTINGS = PlanSettings()


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Working days in one country: weekends and public holidays are off."""

    country: str | None
    weekend: frozenset[int]
    is_holiday: Callable[[date], bool]

    def is_business_day(self, day: date) -> bool:
        """Tell whether `day` is a working day."""
        return day.weekday() not in self.weekend and not self.is_holiday(day)

    def working_on(self, day: date) -> BusinessCalendar:
        """Count `day` as a working day even where the table has a holiday.

        The interview was set for that day, so the interviewer works it: Veterans Day in the
        US, say, is a federal holiday that most private employers keep open.
        """
        if not self.is_holiday(day):
            return self
        holiday = self.is_holiday
        return replace(self, is_holiday=lambda other: other != day and holiday(other))

    def often_closed(self, day: date) -> bool:
        """Tell a business day on which many offices close: the Friday after US Thanksgiving."""
        return self.country == "US" and _after_thanksgiving(day)

    def add_business_days(self, day: date, count: int) -> date:
        """Return the date `count` working days after `day`."""
        while count > 0:
            day += timedelta(days=1)
            if self.is_business_day(day):
                count -= 1
        return day

    def often_away(self, day: date) -> bool:
        """Tell a business day that many take off to travel: the eve of US Thanksgiving.

        Readings 38 to 40 of #16 read it, offered to a Chicago interviewer, as a misjudgement.
        """
        return self.country == "US" and _before_thanksgiving(day)

    def open_days_from(self, day: date) -> Iterator[date]:
        """Yield the working days from `day` on that can hold an interview.

        Days on which many offices close or many people are away are left out.
        """
        return (
            day
            for day in self.business_days_from(day)
            if not self.often_closed(day) and not self.often_away(day)
        )

    def business_days_from(self, day: date) -> Iterator[date]:
        """Yield working days from `day` on, `day` included when it is one."""
        while True:
            if self.is_business_day(day):
                yield day
            day += timedelta(days=1)


def interviewer_calendar(case: Case) -> tuple[BusinessCalendar, str | None]:
    """Build the calendar of the interviewer's country: given, or read off their zone."""
    return business_calendar(case.interviewer.country or country_of_zone(case.interviewer_zone.key))


def days_to_offer(
    case: Case,
    sent: datetime,
    travel: bool,
    settings: PlanSettings = DEFAULT_SETTINGS,
    count: int = 2,
) -> tuple[date, ...]:
    """Name the interviewer's working days a note sent at `sent` can offer for a new interview.

    They start a few working days after it is sent, so the reader has time to answer (and,
    with `travel`, the user time to arrange a journey), and skip days on which many offices
    close and the user's own public holidays: reading 38 of #16 read Thanksgiving, offered by
    a user in Los Angeles to an interviewer in Berlin, as a day no one there would offer.
    """
    notice = settings.travel_notice_days if travel else settings.offer_notice_days
    calendar, _ = interviewer_calendar(case)
    home, _ = business_calendar(country_of_zone(case.candidate_zone.key))
    first = calendar.add_business_days(sent.astimezone(case.interviewer_zone).date(), notice)
    days = (day for day in calendar.open_days_from(first) if not home.is_holiday(day))
    return tuple(_take(days, count))


@lru_cache(maxsize=256)
def business_calendar(country: str | None) -> tuple[BusinessCalendar, str | None]:
    """Build the calendar for `country`; also return a warning when holidays are unknown.

    Cached: building a country's holiday table is the slow part of a plan, and a listing of
    many cases needs the same few countries over and over.
    """
    if country is None:
        warning = (
            "The interviewer's country is unknown, so only weekends are skipped; give"
            " interviewer.country to skip public holidays too."
        )
        return BusinessCalendar(None, frozenset({5, 6}), lambda _: False), warning
    try:
        table = _holiday_table(country)
    except NotImplementedError:
        warning = f"No public-holiday data is available for {country}; only weekends are skipped."
        return BusinessCalendar(country, frozenset({5, 6}), lambda _: False), warning
    weekend = frozenset(getattr(table, "weekend", {5, 6}))
    # The table's own lookup converts every key on each call; plans ask about the same few
    # weeks of days many times over, so remember the answers (#19).
    return BusinessCalendar(country, weekend, lru_cache(maxsize=4096)(table.__contains__)), None


def _holiday_table(country: str) -> Container[date]:
    """Build `country`'s public holidays, loading that one country's module of `holidays`.

    Importing `holidays.countries` runs an __init__ that imports some 250 country modules,
    about 100 ms of every plan's cold start, though a plan needs one. So the module that the
    library's own registry names for the code is executed from its file, without going
    through that package; a country whose module reaches into it still works, only slower.
    Raises NotImplementedError for a code the library does not know, as it does itself.
    """
    import importlib.util

    import holidays
    from holidays.registry import COUNTRIES

    found = next(
        ((module, names[0]) for module, names in COUNTRIES.items() if country in names[1:]), None
    )
    if found is None:
        return holidays.country_holidays(country)  # raises NotImplementedError, in its words
    module_name, class_name = found
    source = Path(holidays.__file__).parent / "countries" / f"{module_name}.py"
    spec = importlib.util.spec_from_file_location(f"holidays.countries.{module_name}", source)
    if spec is None or spec.loader is None or not source.is_file():
        return holidays.country_holidays(country)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table: Container[date] = getattr(module, class_name)()
    return table


def build_plan(
    case: Case,
    now: datetime,
    settings: PlanSettings | None = None,
    calendar: BusinessCalendar | None = None,
    progress: Progress | None = None,
    with_slots: bool = True,
) -> Plan:
    """Compute the recovery plan for `case` as of the aware time `now`.

    `with_slots=False` skips proposing new times, which listings of many cases do not show.

    `calendar` defaults to the interviewer's country (from `interviewer.country`, or from the
    interviewer's zone where it belongs to one country). Without `progress`, every step is
    due at or after `now`; with it, steps already done are left out and late ones are overdue.
    """
    settings = settings or DEFAULT_SETTINGS
    warnings: list[str] = []
    if calendar is None:
        calendar, warning = interviewer_calendar(case)
        if warning:
            warnings.append(warning)
    calendar = calendar.working_on(case.interview.instant.astimezone(case.interviewer_zone).date())
    planner = _Planner(case, now, settings, calendar, progress)
    actions = planner.actions()
    slots, slot_warnings = (
        ([], [])
        if case.rescheduled_to or not with_slots
        else propose_slots(case, now, settings, calendar)
    )
    warnings += planner.warnings + slot_warnings + _still_in_time(case, now)
    ordered = sorted(actions, key=lambda action: action.due)
    return Plan(actions=tuple(ordered), slots=tuple(slots), warnings=tuple(warnings))


# Causes found out before the start that do not themselves keep anyone from it: reading 20 of
# #16 asked why a candidate who had forgotten, with 40 minutes to go, asked to move at all.
_FOUND_IN_TIME = frozenset({"forgot", "timezone_mixup"})


def _still_in_time(case: Case, now: datetime) -> list[str]:
    """Say so when the interview can still be kept: keeping it beats any message about it."""
    left = case.interview.instant - now
    if left <= timedelta(0) or case.reason not in _FOUND_IN_TIME:
        return []
    minutes = max(1, int(left.total_seconds() // 60))
    wait = f"{minutes} minutes" if minutes < 120 else f"{minutes // 60} hours"
    return [
        f"The interview has not started yet, with {wait} to go. If you can be there, even less"
        " prepared than you hoped, keeping it will do more for you than any message asking to"
        " move it."
    ]


# The Friday after US Thanksgiving is no public holiday, so it stays a business day, but many
# US firms close or run thin that day: a step that falls on it says so (round 18 of #16).
AFTER_THANKSGIVING_NOTE = (
    "Many US firms close on the Friday after Thanksgiving, so an answer may wait for Monday."
)
THANKSGIVING_FRIDAYS = range(23, 30)  # the fourth Thursday of November falls on the 22nd to 28th
THANKSGIVING_WEDNESDAYS = range(21, 28)
WEDNESDAY = 2
FRIDAY = 4


def _before_thanksgiving(day: date) -> bool:
    """Tell whether `day` is the Wednesday before Thanksgiving."""
    return day.month == 11 and day.weekday() == WEDNESDAY and day.day in THANKSGIVING_WEDNESDAYS


def _after_thanksgiving(day: date) -> bool:
    """Tell whether `day` is the Friday after Thanksgiving."""
    return day.month == 11 and day.weekday() == FRIDAY and day.day in THANKSGIVING_FRIDAYS


# One prevention step: id, title, due, channel, kit message, why.
_Step = tuple[str, str, datetime, ActionChannel, str | None, str]


class _Planner:
    def __init__(
        self,
        case: Case,
        now: datetime,
        settings: PlanSettings,
        calendar: BusinessCalendar,
        progress: Progress | None,
    ) -> None:
        self.case, self.settings, self.calendar = case, settings, calendar
        self.progress = progress or Progress(opened_at=now)
        self.real_now = now
        # Steps are planned from when the case was opened; only `overdue` looks at real now.
        self.now = self.progress.opened_at
        self.their_zone = case.interviewer_zone
        self.my_zone = case.candidate_zone
        self.warnings: list[str] = []

    def actions(self) -> list[Action]:
        progress = self.progress
        if progress.finished:
            return []
        if progress.declined_at is not None:
            return [
                self.action(
                    "decline_reply",
                    f"Reply graciously to {self.case.interviewer.name}",
                    progress.declined_at,
                    "email",
                    "decline_reply",
                    "Accept it warmly and leave the door open; never argue.",
                )
            ]
        if self.case.rescheduled_to:
            return self.prevention()  # a new time is agreed: no more chasing, only preparing
        contact = self.contact()
        return contact + ([] if progress.replied else self.follow_ups())

    def action(
        self,
        action_id: str,
        title: str,
        due: datetime,
        channel: ActionChannel,
        message_id: str | None,
        why: str,
    ) -> Action:
        due = max(due, self.now).astimezone(UTC)
        if self.calendar.often_closed(due.astimezone(self.their_zone).date()):
            why += f" {AFTER_THANKSGIVING_NOTE}"
        return Action(
            # A step is late once the reply window has passed, not the minute it falls due.
            overdue=due + self.settings.contact_within < self.real_now,
            id=action_id,
            title=title,
            due=due,
            due_candidate=due.astimezone(self.my_zone),
            due_interviewer=due.astimezone(self.their_zone),
            channel=channel,
            message_id=message_id,
            why=why,
        )

    def at_their(self, day: date, clock: time) -> datetime:
        return _wall(day, clock, self.their_zone)

    def in_their_hours(self, moment: datetime) -> bool:
        local = moment.astimezone(self.their_zone)
        return (
            self.calendar.is_business_day(local.date())
            and self.settings.business_start <= local.time() < self.settings.business_end
        )

    def off_hours_name(self) -> str:
        """Say why now is no time to call: the weekend, a public holiday, or the hour."""
        today = self.now.astimezone(self.their_zone).date()
        if today.weekday() in self.calendar.weekend:
            return "the weekend"
        if self.calendar.is_holiday(today):
            return "a public holiday"
        return "outside working hours"

    def next_business_morning(self) -> datetime:
        today = self.now.astimezone(self.their_zone).date()
        for day in self.calendar.business_days_from(today):
            morning = self.at_their(day, self.settings.morning_call)
            if morning >= self.now:
                return morning
        raise AssertionError("unreachable: business days never run out")  # pragma: no cover

    def contact(self) -> list[Action]:
        case, now = self.case, self.now
        who = case.interviewer.name
        phone_owner = _phone_owner(case)
        email_id = "call_follow_up_email" if phone_owner else "apology_email"
        if case.contact != "none":
            email_id = "apology_email"  # it already follows up on the call or voicemail
        has_email = bool(case.interviewer.email or (case.recruiter and case.recruiter.email))
        actions = []
        # Once the apology is out, the follow-ups carry the contact; a late call is dropped.
        called = case.contact != "none" or self.progress.called_at is not None
        start = case.interview.instant
        heads_up = now < start
        if phone_owner and not called and self.progress.apology_sent_at is None:
            if heads_up and start - now <= HEADS_UP_CALL_WINDOW:
                call_at = now
                why = (
                    f"The interview has not started yet: a call now gives {who} the most notice"
                    " before they wait for you."
                )
            elif self.in_their_hours(now):
                call_at = now
                why = f"It is working hours for {who}; a call shows you are taking this seriously."
            elif heads_up and self.next_business_morning() > start - HEADS_UP_CALL_LEAD:
                call_at = start - HEADS_UP_CALL_LEAD
                why = (
                    f"{who} will be getting ready for the interview then: a call before the"
                    " start means nobody waits for you. The email goes now."
                )
            else:
                call_at = self.next_business_morning()
                why = (
                    f"It is {self.off_hours_name()} for {who}, so the call waits for their next"
                    " business morning; the email goes now."
                )
            actions.append(
                self.action("call", f"Call {phone_owner}", call_at, "phone", "call_script", why)
            )
            if call_at == now:
                email_at = now + self.settings.email_after_call
                email_why = "Put the apology in writing straight after the call."
            else:
                email_at, email_id = now, "apology_email"
                email_why = "Reply within two hours, even when a call has to wait."
        else:
            email_at = now
            email_why = "Reply within two hours; the sooner, the more credible."
        self.first_contact = self.progress.apology_sent_at or email_at
        # The follow-ups count from the last word the reader had: a call planned after the
        # email, or made since, would otherwise be chased the day after (round 17 of #16).
        calls = [a.due for a in actions if a.id == "call"] + [self.progress.called_at]
        self.last_contact = max([self.first_contact] + [c for c in calls if c is not None])
        if self.progress.apology_sent_at is not None:
            return actions
        if has_email:
            purpose = _HEADS_UP_EMAIL[case.attend] if heads_up else "your apology"
            title = f"Email {who} {purpose}"
            actions.append(self.action("email", title, email_at, "email", email_id, email_why))
        else:
            self.warnings.append(
                "No email address is known for the interviewer or a recruiter; send the short"
                " message on LinkedIn instead."
            )
            actions.append(
                self.action(
                    "message",
                    f"Message {who} on LinkedIn",
                    email_at,
                    "linkedin",
                    "short_message",
                    email_why,
                )
            )
        return actions

    def _first_follow_up_day(self, days: int) -> date:
        """Return the day of the first nudge: `days` business days on, and as many full days.

        An email sent at 20:30 is read the next morning, so counting from its own date would
        nudge a day and a half later; the readers of #16 found that pushy. One sent on a
        Saturday is read on Monday, so the days are counted from Monday (reading 22).
        """
        sent = self.last_contact.astimezone(self.their_zone)
        read = sent.date()
        if not self.calendar.is_business_day(read) or sent.time() >= self.settings.business_end:
            read = self.calendar.add_business_days(read, 1)
        day = self.calendar.add_business_days(read, days)
        while self.at_their(day, self.settings.follow_up_time) - sent < timedelta(days=days):
            day = self.calendar.add_business_days(day, 1)
        return self._nudge_day(day)

    def _nudge_day(self, day: date) -> date:
        """Move a nudge off the Friday after US Thanksgiving, which lands in a closed office.

        Reading 23 of #16 found a last follow-up planned for that Friday to a New York CFO.
        """
        while self.calendar.often_closed(day):
            day = self.calendar.add_business_days(day, 1)
        return day

    def follow_ups(self) -> list[Action]:
        settings, who = self.settings, self.case.interviewer.name
        extra = settings.executive_extra_days if is_executive(self.case.role) else 0
        first_days = settings.first_follow_up_days + extra
        first_day = self._first_follow_up_day(first_days)
        first = self.action(
            "follow_up",
            f"Follow up with {who} if there is no reply",
            self.at_their(first_day, settings.follow_up_time),
            "email",
            "no_reply_follow_up",
            f"{first_days} business days without a reply: one polite nudge.",
        )
        back = self.after_return()
        if back is not None and back.due > first.due:
            first_day, first = back.due_interviewer.date(), back
        last_day = self._nudge_day(
            self.calendar.add_business_days(first_day, settings.last_follow_up_days + extra)
        )
        close_day = self.calendar.add_business_days(last_day, settings.close_after_days)
        clock = settings.follow_up_time
        steps = [
            first,
            self.action(
                "last_follow_up",
                f"Last follow-up with {who}",
                self.at_their(last_day, clock),
                "email",
                "last_follow_up",
                "One final, brief note; after this, pushing would hurt more than help.",
            ),
            self.action(
                "close",
                "Close the case graciously if there is still no reply",
                self.at_their(close_day, clock),
                "self",
                None,
                "Leave the door open and let it rest; silence is an answer too.",
            ),
        ]
        return steps[min(self.progress.follow_ups_sent, 2) :]

    def after_return(self) -> Action | None:
        """Plan the follow-up an absence notice calls for: business days after its return."""
        away_until = self.progress.away_until
        if away_until is None:
            return None
        settings = self.settings
        first_back = next(self.calendar.business_days_from(away_until))
        day = self.calendar.add_business_days(first_back, settings.after_return_days)
        days = "business day" if settings.after_return_days == 1 else "business days"
        return self.action(
            "follow_up_after_return",
            f"Follow up with {self.case.interviewer.name} now that they are back",
            self.at_their(day, settings.follow_up_time),
            "email",
            "no_reply_follow_up",
            f"Their automatic reply says they are back on {away_until:%A %d %B}; writing"
            f" {settings.after_return_days} {days} after that keeps your note off the pile"
            " of their first morning.",
        )

    def prevention(self) -> list[Action]:
        case, settings = self.case, self.settings
        assert case.rescheduled_to is not None  # noqa: S101 - only called when rescheduled
        start = case.rescheduled_to.instant
        if start <= self.now:
            self.warnings.append("The agreed new time has already passed.")
            return []
        day_before = start.astimezone(self.their_zone).date() - timedelta(days=1)
        while not self.calendar.is_business_day(day_before):
            day_before -= timedelta(days=1)
        steps: list[_Step] = [
            (
                "confirm",
                "Confirm the new time in writing",
                self.progress.rescheduled_at or self.now,
                "email",
                "reschedule_confirmation",
                "A written confirmation removes any doubt about the time.",
            ),
            (
                "double_confirm",
                "Double-confirm the interview",
                self.at_their(day_before, settings.follow_up_time),
                "email",
                None,
                "A short note the working day before shows reliability.",
            ),
            (
                "reminder_24h",
                "Reminder: interview in 24 hours",
                start - timedelta(hours=24),
                "self",
                None,
                "Check the time in both zones and prepare.",
            ),
            (
                "reminder_2h",
                "Reminder: interview in 2 hours",
                start - timedelta(hours=2),
                "self",
                None,
                "Clear the next hours of anything that could overrun.",
            ),
            (
                "reminder_30m",
                "Reminder: interview in 30 minutes",
                start - timedelta(minutes=30),
                "self",
                None,
                "Be ready early; this time nothing is left to chance.",
            ),
            self.format_step(start),
            (
                "interview",
                "The rescheduled interview",
                start,
                "self",
                None,
                "Arrive composed; a brief thank-you for the second chance is enough.",
            ),
        ]
        return [self.action(*step) for step in steps if step[2] >= self.now]

    def format_step(self, start: datetime) -> _Step:
        settings, interview_format = self.settings, self.case.interview.format
        if interview_format == "video":
            return (
                "tech_check",
                "Test camera, microphone, connection and the link",
                start - settings.tech_check_before,
                "self",
                None,
                "A test run an hour before leaves time to fix or switch devices.",
            )
        if interview_format == "onsite":
            return (
                "depart",
                "Leave for the interview, with a buffer",
                start - settings.departure_before,
                "self",
                None,
                "Leaving early absorbs delays on the way.",
            )
        return (
            "phone_ready",
            "Find a quiet place; charge your phone",
            start - settings.phone_ready_before,
            "self",
            None,
            "A quiet room and a full battery rule out the usual failures.",
        )


# Before the start, a call this close to it goes now, whatever the hour.
HEADS_UP_CALL_WINDOW = timedelta(hours=2)
# Earlier than that, outside their hours, the call still comes before the start (the morning
# call would come after it, to say sorry for a wait that need not have happened).
HEADS_UP_CALL_LEAD = timedelta(minutes=30)


# Before the start the email's purpose follows the user's answer about attending; with no
# answer it must not claim they cannot come, since they may only be running late.
_HEADS_UP_EMAIL = {
    "late": "that you are running late",
    "another_way": "to offer another way to take part",
    "no": "that you cannot attend",
    None: "before the interview starts",
}


def _phone_owner(case: Case) -> str | None:
    if case.interviewer.phone:
        return f"{case.interviewer.name} on {case.interviewer.phone}"
    if case.recruiter and case.recruiter.phone:
        return f"{case.recruiter.name} (recruiter) on {case.recruiter.phone}"
    return None


def _wall(day: date, clock: time, zone: tzinfo) -> datetime:
    """Return `clock` on `day` in `zone`, moved past a clock-change gap if it falls in one."""
    moment = datetime.combine(day, clock, tzinfo=zone)
    return moment.astimezone(UTC).astimezone(zone)


def propose_slots(
    case: Case, now: datetime, settings: PlanSettings, calendar: BusinessCalendar
) -> tuple[list[Slot], list[str]]:
    """Propose new start times on the interviewer's next business days, in both zones.

    Each lies inside the interviewer's business hours and, where the two windows overlap at
    all, inside the candidate's waking hours. They are spread over different days where
    possible. With no overlap, the slots least far into the candidate's night are chosen.
    """
    their_zone, my_zone = case.interviewer_zone, case.candidate_zone
    length = timedelta(minutes=settings.interview_minutes)
    first_day = now.astimezone(their_zone).date() + timedelta(days=1)
    days = _take(calendar.open_days_from(first_day), settings.slot_days)
    by_day = [list(_grid(day, their_zone, settings, length)) for day in days]
    fitting = [
        [s for s in starts if _night_depth(s, length, my_zone, settings) == 0] for starts in by_day
    ]
    warnings = []
    if any(fitting):
        chosen = _spread(fitting, settings.slot_count, length, my_zone, settings)
    else:
        warnings.append(
            "The interviewer's business hours never overlap your waking hours; the proposed"
            " times are the ones least far into your night."
        )
        chosen = _spread(by_day, settings.slot_count, length, my_zone, settings)
    slots = [
        Slot(
            start=start.astimezone(UTC),
            end=(start + length).astimezone(UTC),
            candidate=start.astimezone(my_zone),
            interviewer=start.astimezone(their_zone),
            outside_candidate_hours=_night_depth(start, length, my_zone, settings) > 0,
        )
        for start in sorted(chosen)
    ]
    return slots, warnings


def shared_hours(
    day: date, their_zone: ZoneInfo, my_zone: ZoneInfo, settings: PlanSettings
) -> tuple[datetime, datetime] | None:
    """Return the span of business hours on `day` in which an interview fits the waking hours.

    On the interviewer's clock, from the first slot start that `propose_slots` could choose to
    the end of the last; None when no slot fits.
    """
    length = timedelta(minutes=settings.interview_minutes)
    fitting = [
        start
        for start in _grid(day, their_zone, settings, length)
        if _night_depth(start, length, my_zone, settings) == 0
    ]
    return (fitting[0], fitting[-1] + length) if fitting else None


def _take(days: Iterator[date], count: int) -> list[date]:
    return [next(days) for _ in range(count)]


def _grid(
    day: date, zone: ZoneInfo, settings: PlanSettings, length: timedelta
) -> Iterator[datetime]:
    step = timedelta(minutes=settings.slot_grid_minutes)
    moment = _wall(day, settings.business_start, zone)
    close = _wall(day, settings.business_end, zone)
    while moment + length <= close:
        yield moment
        moment += step


def _night_depth(start: datetime, length: timedelta, zone: ZoneInfo, settings: PlanSettings) -> int:
    """Minutes by which the slot reaches outside the candidate's waking window (0 if inside)."""
    local_start = start.astimezone(zone)
    wake = _minutes(settings.waking_start)
    sleep = _minutes(settings.waking_end)
    begin = _minutes(local_start.time())
    end = begin + int(length.total_seconds() // 60)
    # Measure on a day that starts at the waking hour, so an evening slot and an early-morning
    # one are both "outside" by how far they reach from the window's nearest edge.
    begin_shifted = (begin - wake) % MINUTES_PER_DAY
    end_shifted = begin_shifted + (end - begin)
    awake = sleep - wake
    if end_shifted <= awake:
        return 0
    past_bedtime = end_shifted - awake
    before_waking = MINUTES_PER_DAY - begin_shifted
    return min(past_bedtime, before_waking)


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _spread(
    days: list[list[datetime]],
    count: int,
    length: timedelta,
    zone: ZoneInfo,
    settings: PlanSettings,
) -> list[datetime]:
    """Pick `count` starts, one per day first, each the most comfortable on its day."""

    def comfort(start: datetime) -> tuple[int, int]:
        # Least far into the night first; then, near the middle of the candidate's day;
        # an evening slot wins a tie with an early-morning one.
        local = start.astimezone(zone)
        middle = (_minutes(settings.waking_start) + _minutes(settings.waking_end)) // 2
        return _night_depth(start, length, zone, settings), abs(_minutes(local.time()) - middle)

    chosen: list[datetime] = []
    for round_ in range(count):  # round 0 takes one start per day, round 1 a second, ...
        for starts in days:
            if len(chosen) == count:
                return chosen
            same_day = [c for c in chosen if starts and c.date() == starts[0].date()]
            if len(same_day) != round_:
                continue
            left = [s for s in starts if all(abs(s - c) >= 2 * length for c in same_day)]
            if left:
                chosen.append(min(left, key=comfort))
    return chosen
