"""The situation a kit is written for, computed once from the case and the plan's times.

Every message reads the same `Situation`: whether the kit is a heads-up sent before the start;
how the day is named when each message is sent; whom the user has reached so far and how;
whether a new time is agreed; whom the emails go to and whom the call reaches. That is what
makes the messages one conversation: each knows which message it follows.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal

from secondchance.core.compose.names import Person
from secondchance.core.intake import Case, Contact
from secondchance.core.message_types import MessageId
from secondchance.core.plan import days_to_offer

# When a message is sent, relative to the interview: before its start, later the same day (in
# the reader's calendar), or on a later day.
Timing = Literal["before", "same_day", "later"]
Role = Literal["interviewer", "recruiter"]
Day = date  # a calendar day; inside Situation, `date` names the interview's day in words
# From this long after the start, the same day's interview is "earlier today".
EARLIER_TODAY_AFTER = timedelta(hours=3)
# A call planned within this long of now counts as made now, before the email.
CALL_NOW_WITHIN = timedelta(minutes=1)
# A user late or lost on the way, or at the wrong address, was in town for the visit: another
# date is no journey from abroad, whatever their home clock says (round 10 of #16).
ON_THE_WAY = frozenset({"late_or_lost", "wrong_link_or_address"})
# Further ahead than this, a delay is foreseen ("going to be late"), not under way ("running").
RUNNING_WITHIN = timedelta(hours=1)
# Before this hour on the writer's clock, it is still the night after the interview: a bare
# "yesterday" for a start that afternoon reads as a day ago (round 8 of #16).
SMALL_HOURS_END = 5
EVENING_HOUR = 18
AFTERNOON_HOUR = 12
DAYS_IN_WEEK = 7


def describe_day(missed: datetime, now: datetime) -> str:
    """Name the interview's day as the interviewer sees it: today, yesterday, or a date.

    Both datetimes must be aware and `missed` must already be in the interviewer's zone, so
    that a candidate in Tokyo writing to New York does not call New York's today "yesterday".
    """
    here_now = now.astimezone(missed.tzinfo).date()
    gap = (here_now - missed.date()).days
    if gap == -1:
        return "tomorrow"  # a heads-up in the evening for a morning interview
    if gap == 0:
        return "today"
    if gap == 1:
        return "yesterday"
    return f"on {missed:%A} {missed.day} {missed:%B}"


def written_day(missed: datetime, now: datetime, writer: tzinfo | None = None) -> str:
    """Name the day as a message sent at `now` does: hours later it is 'earlier today'.

    With the `writer`'s zone, a word such as "yesterday" is used only when it is true on both
    people's calendars; where their calendars disagree the date is named instead, so that it
    reads right to the reader and is not odd for the writer to say (round 4 of #16). On the
    reader's own day it is "today" all the same: round 10 read the full date of that very
    day as stiff.
    """
    day = describe_day(missed, now)
    if writer is not None and day not in {"today", describe_day(missed.astimezone(writer), now)}:
        return f"on {missed:%A} {missed.day} {missed:%B}"
    if day == "today" and now - missed >= EARLIER_TODAY_AFTER:
        return "earlier today"
    if day == "yesterday" and writer is not None and now.astimezone(writer).hour < SMALL_HOURS_END:
        return f"yesterday {_part_of_day(missed)}"
    return day


def day_since(missed: datetime, at: datetime) -> str:
    """Name the interview's day as a follow-up sent at `at` does.

    "On Thursday" within the week after it, "last Thursday" once the week has turned (round 13
    read "on Thursday", sent the next Tuesday, as this week's), else "on 26 November": round 12
    of #16 read the full date, a week on, as stiff.
    """
    sent = at.astimezone(missed.tzinfo).date()
    gap = (sent - missed.date()).days
    if not 0 < gap < DAYS_IN_WEEK:
        return f"on {missed.day} {missed:%B}"
    return f"last {missed:%A}" if missed.weekday() >= sent.weekday() else f"on {missed:%A}"


def _part_of_day(moment: datetime) -> str:
    if moment.hour < AFTERNOON_HOUR:
        return "morning"
    return "afternoon" if moment.hour < EVENING_HOUR else "evening"


def both_clocks(moment: datetime, writer: tzinfo, across: bool, place: str | None = None) -> str:
    """Write an agreed time for a written note: its day and time, and the writer's clock too.

    "Tuesday 1 December at 10:00 your time (15:00 mine)"; on one clock, only the time.
    """
    text = f"{moment:%A} {moment.day} {moment:%B} at {clock(moment, across, place)}"
    if not across:
        return text
    mine = moment.astimezone(writer)
    mine_text = f"{mine:%H:%M}" if mine.date() == moment.date() else f"{mine:%A %H:%M}"
    return f"{text} ({mine_text} mine)"


def format_when(moment: datetime) -> str:
    """Write an aware time for a reader: 'Tuesday 1 December at 10:00 EST'."""
    return f"{moment:%A} {moment.day} {moment:%B} at {moment:%H:%M %Z}"


def clock(moment: datetime, across: bool, place: str | None = None) -> str:
    """Write a time on the reader's own clock: no zone name, "your time" only across zones.

    With a `place`, the time is named by it ("10:00 New York time"): a recruiter's own zone is
    not known, so "your time" would guess it (round 7 of #16).
    """
    if not across:
        return f"{moment:%H:%M}"
    return f"{moment:%H:%M} " + (f"{place} time" if place else "your time")


def place_of(zone: tzinfo) -> str:
    """Name a zone's place as people say it: "New York" for America/New_York."""
    key = getattr(zone, "key", None) or str(zone)
    return key.rsplit("/", 1)[-1].replace("_", " ")


def timing(start: datetime, at: datetime) -> Timing:
    """Say when `at` falls relative to the interview `start` (in the reader's zone)."""
    if at < start:
        return "before"
    return "same_day" if at.astimezone(start.tzinfo).date() == start.date() else "later"


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything the messages need to know about the moment, computed once per kit."""

    case: Case
    formal: bool
    heads_up: bool  # written before the start: the kit tells of an absence, never of a miss
    email_timing: Timing
    call_timing: Timing
    email_day: str  # the interview's day, named as it is when the email goes
    call_day: str  # ... and when the planned call is made
    start: str  # "09:30", on the interviewer's clock ("09:30 your time" across zones)
    date: str  # "Thursday 26 November"
    reached: Contact
    reader: Role  # whom the emails are written to
    callee: Role | None  # whom the call reaches; None when no number is known
    call_now: bool  # the call comes first, and the email follows it
    email_well_ahead: bool  # the email goes more than an hour before the start
    call_well_ahead: bool  # ... and so does the planned call
    call_when: str  # when a later call is planned: "on Friday 27 November at 09:30 EST"
    wrote: str  # how the call names the email sent before it: "yesterday", "earlier today"
    agreed: str | None
    agreed_both: str | None  # the agreed time, on the writer's clock too where it differs
    far: bool  # on site in another country's time: a visit is a journey, not any day at all
    lives_away: bool  # the user's clock differs from the interviewer's on the interview's day
    slots: tuple[datetime, ...]
    interviewer: Person
    recruiter: Person | None
    key: str  # what the wording of each message is chosen by: stable for a case
    across: bool  # the two sides' clocks differ, and the interview is not on site
    place: str | None  # the interviewer's place, naming times to a recruiter, whose zone is unknown
    # When the plan has each later step, as the reader's clock says it ("on Monday 30
    # November at 10:00 EST"); empty when no plan was given.
    # Out of the hash only (a dict has none), still compared: the kit is cached by situation.
    planned: dict[str, str] = field(default_factory=dict, hash=False)
    # How each follow-up names the interview's day, as of when it is due ("on Thursday").
    day_later: dict[str, str] = field(default_factory=dict, hash=False)
    # The interviewer's working days the last follow-up offers, after it is due; none without
    # a plan (readings 29 to 37 read its "any day that suits you" as adding nothing new).
    offer_days: tuple[Day, ...] = ()

    @classmethod
    def of(
        cls,
        case: Case,
        now: datetime,
        slots: Sequence[datetime] = (),
        call_at: datetime | None = None,
        planned: Mapping[str, datetime] | None = None,
    ) -> Situation:
        """Read the situation from the case, `now`, and the plan's times.

        `planned` maps a plan step's id ("call", "follow_up", "last_follow_up") to when it
        is due; a call time given there is used when `call_at` is not.
        """
        planned = planned or {}
        call_at = call_at or planned.get("call")
        zone = case.interviewer_zone
        start = case.interview.instant.astimezone(zone)
        call_time = max(call_at or now, now)
        recruiter = case.recruiter
        only_recruiter = bool(not case.interviewer.email and recruiter and recruiter.email)
        callee: Role | None = None
        if case.interviewer.phone:
            callee = "interviewer"
        elif recruiter and recruiter.phone:
            callee = "recruiter"
        key = f"{case.candidate.name}|{case.interviewer.name}|{case.company}|{case.reason}"
        # Times are named by place when a recruiter reads or hears them: her zone is unknown.
        place = place_of(zone) if only_recruiter or callee == "recruiter" else None
        home = case.candidate_zone
        lives_away = start.utcoffset() != start.astimezone(home).utcoffset()
        onsite = case.interview.format == "onsite"
        across = not onsite and lives_away
        agreed = case.rescheduled_to.instant.astimezone(zone) if case.rescheduled_to else None
        far = onsite and lives_away and case.reason not in ON_THE_WAY
        last_due = planned.get("last_follow_up")
        return cls(
            case=case,
            formal=case.tone == "formal",
            heads_up=now < start,
            email_timing=timing(start, now),
            call_timing=timing(start, call_time),
            email_day=written_day(start, now, home),
            call_day=written_day(start, call_time, home),
            start=clock(start, across, place),
            date=f"{start:%A} {start.day} {start:%B}",
            reached=case.contact,
            reader="recruiter" if only_recruiter else "interviewer",
            callee=callee if case.contact == "none" else None,
            call_now=call_time - now <= CALL_NOW_WITHIN,
            email_well_ahead=start - now > RUNNING_WITHIN,
            call_well_ahead=start - call_time > RUNNING_WITHIN,
            call_when="on " + format_when(call_time.astimezone(zone)),
            wrote=_wrote(now, call_time, zone_of=start, writer=home),
            agreed=(
                f"{agreed:%A} {agreed.day} {agreed:%B} at {clock(agreed, across, place)}"
                if agreed
                else None
            ),
            agreed_both=both_clocks(agreed, home, across, place) if agreed else None,
            far=far,
            lives_away=lives_away,
            slots=tuple(slot.astimezone(zone) for slot in slots[:3]),
            interviewer=Person(case.interviewer.name, case.interviewer.address_as),
            recruiter=Person(recruiter.name, recruiter.address_as) if recruiter else None,
            key=key,
            across=across,
            place=place,
            planned={
                step: "on " + format_when(due.astimezone(zone)) for step, due in planned.items()
            },
            day_later={
                step: day_since(start, planned.get(step, now))
                for step in ("follow_up", "last_follow_up")
            },
            offer_days=days_to_offer(case, last_due, onsite and lives_away) if last_due else (),
        )

    def pick(self, wordings: Sequence[str], message: str, shift: int = 0) -> str:
        """Choose a case's wording of one message: stable for the case, varied across cases.

        `shift` takes the wording that many places after the case's own, for a message that
        must not say it as another one of the kit does.
        """
        index = zlib.crc32(f"{self.key}|{message}".encode()) + shift
        return wordings[index % len(wordings)]

    @property
    def running_late(self) -> bool:
        """Whether a heads-up tells of being late, not of asking to move.

        The user's own answer decides (round 8 of #16); without one, only a late journey is.
        """
        attend = self.case.attend
        if not self.heads_up or attend in {"no", "another_way"}:
            return False
        return attend == "late" or self.case.reason == "late_or_lost"

    @property
    def late_minutes(self) -> int | None:
        """How late the user expects to be, when they said so before the start."""
        return self.case.late_minutes if self.running_late else None

    @property
    def via(self) -> bool:
        """Whether the emails go to the recruiter, about the interviewer."""
        return self.reader == "recruiter"

    @property
    def reader_person(self) -> Person:
        """The person the emails greet."""
        return self.recruiter if self.via and self.recruiter else self.interviewer

    @property
    def callee_person(self) -> Person | None:
        """The person the call script and voicemail speak to."""
        if self.callee == "recruiter":
            return self.recruiter
        return self.interviewer if self.callee else None

    @property
    def reached_class(self) -> str:
        """Name what the first email follows: nothing, a voicemail, or a call with someone."""
        if self.reached == "none":
            return "plain"
        if self.reached == "voicemail":
            # A voicemail left for someone else is not the reader's to follow up.
            return "voicemail" if self.voicemail_to == self.reader else "plain"
        return "call" if self.reached == self.reader else "other"

    @property
    def voicemail_to(self) -> Role | None:
        """Whose phone took the voicemail: the first number the kit would call.

        With no number known, it is the interviewer's, whom the user was due to speak to.
        """
        if self.reached != "voicemail":
            return None
        recruiter = self.case.recruiter
        if not self.case.interviewer.phone and recruiter and recruiter.phone:
            return "recruiter"
        return "interviewer"

    @property
    def call_reaches_reader(self) -> bool:
        """Whether the planned call is to the person the emails are written to."""
        return self.callee == self.reader

    @property
    def with_call_follow_up(self) -> bool:
        """Whether the kit holds a note for straight after a call it has the user make now.

        Otherwise the apology email is the only first email: after a call already made it
        follows that call itself, and the two would say the same thing.
        """
        return self.callee is not None and self.call_now

    @property
    def follows(self) -> MessageId:
        """The email the plan has the user send first, which the later emails answer."""
        return "call_follow_up_email" if self.with_call_follow_up else "apology_email"


def _wrote(now: datetime, call_time: datetime, zone_of: datetime, writer: tzinfo) -> str:
    """Name, as the call does, when the email before it was sent.

    Where the two calendars name the gap differently ("yesterday" to the reader, "earlier
    today" to the writer), a day later or less is just "earlier", true on both; but an email
    the reader got in their evening, called about the next day, came "last night" (round 12
    of #16 read "earlier" the next morning as wrong).
    """
    gap = call_time.astimezone(zone_of.tzinfo).date() - now.astimezone(zone_of.tzinfo).date()
    mine = call_time.astimezone(writer).date() - now.astimezone(writer).date()
    evening = now.astimezone(zone_of.tzinfo).hour >= EVENING_HOUR
    if gap.days == 1 and evening and call_time - now < timedelta(days=1):
        return "last night"
    if gap != mine and call_time - now < timedelta(days=1):
        return "earlier"
    if gap.days == 0:
        return "earlier today"
    if gap.days == 1:
        return "yesterday"
    local = now.astimezone(zone_of.tzinfo)
    return f"on {local:%A}"
