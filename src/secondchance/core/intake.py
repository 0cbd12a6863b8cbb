"""The case: what the user tells us about the missed interview, validated (method step 1).

Everything that reaches a message passes through these models first, so this is where names
are normalised to NFC, control characters and CR/LF are refused, and every time zone, phone
number and email address is parsed by the library that owns that format.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from secondchance.core.message_types import Tone
from secondchance.core.reasons import REASON_IDS
from secondchance.core.zones import country_names
from secondchance.core.zones import load_zone as load_zone  # re-exported: callers import it here

MAX_NAME_CHARS = 100
MAX_LINE_CHARS = 150
# Word caps keep every generated message inside its own word cap, whatever is typed.
MAX_NAME_WORDS = 10
MAX_LINE_WORDS = 12
MAX_URL_CHARS = 500
MAX_NOTE_CHARS = 5000
# A case may be logged up to this long before its start, to allow for clock skew and for the
# user who is already sure they cannot make it; beyond that it has not been missed yet.
FUTURE_GRACE = timedelta(hours=12)
# Validation context key for documents read back from the store: their email addresses and
# phone numbers were checked and normalized on the way in, and checking them again on every
# read was most of the cost of listing many cases.
TRUSTED = "trusted"
# Validation context key for the agreed new time a stored case already has: an edit that
# keeps it is not refused because that time has passed since.
KEPT_NEW_TIME = "kept_new_time"

_NOT_IN_A_LINE = frozenset({"Cc", "Cf", "Zl", "Zp"})


def _not_in_a_line(ch: str) -> bool:
    # Zero-width joiners are legitimate inside some scripts' names; the others are not. Each
    # character is judged on its own: a joiner must not hide a line break after it.
    return ch not in "\u200c\u200d" and unicodedata.category(ch) in _NOT_IN_A_LINE


def _one_line(value: str) -> str:
    value = unicodedata.normalize("NFC", value).strip()
    # A printable string holds none of these categories; the scan below is for the rest, and
    # skipping it makes reading many stored cases back markedly cheaper (#19).
    bad = None
    if not value.isprintable():
        bad = next((ch for ch in value if _not_in_a_line(ch)), None)
    if bad is not None:
        raise ValueError(
            f"must be a single line without control characters (found U+{ord(bad):04X})"
        )
    if not value:
        raise ValueError("must not be blank")
    return value


# RFC 2047 encoded-word syntax. Mail programs decode it inside headers, and CPython before
# 3.11.10 folds a decoded CR/LF into a real header line (CVE-2024-6923), so a name or a line
# that reaches a header must not carry it (#19).
_ENCODED_WORD = re.compile(r"=\?.*\?=", re.DOTALL)


def _no_encoded_word(value: str) -> str:
    if _ENCODED_WORD.search(value):
        raise ValueError(
            "must not contain '=?' followed later by '?=': mail programs read that as an encoded"
            " header word"
        )
    return value


def _multi_line(value: str) -> str:
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()
    bad = next((ch for ch in value if unicodedata.category(ch) == "Cc" and ch not in "\n\t"), None)
    if bad is not None:
        raise ValueError(f"must not contain control characters (found U+{ord(bad):04X})")
    return value


def _zone_name(value: str) -> str:
    value = _one_line(value)
    load_zone(value)
    return value


def _trusted(info: ValidationInfo) -> bool:
    """Tell a document this product stored itself, already checked and normalized."""
    return bool(info.context and info.context.get(TRUSTED))


def _email(value: str, info: ValidationInfo) -> str:
    from email_validator import EmailNotValidError, validate_email

    value = _one_line(value)
    # Headers, mailto: links and SMTP here are plain ASCII (no SMTPUTF8), so an address is
    # kept in its ASCII form: an international domain as IDNA (xn--), and letters outside
    # ASCII before the @ refused. A stored one from before that rule reads as unreadable
    # rather than failing later in a header (#19).
    if _trusted(info):
        if not value.isascii():
            raise ValueError("has letters outside ASCII, which this version cannot send to")
        return value
    try:
        checked = validate_email(value, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as error:
        raise ValueError(f"is not a valid email address: {error}") from None
    # Without SMTPUTF8 the library always sets the ASCII form; the local part is the same.
    return f"{checked.local_part}@{checked.ascii_domain}"


def _phone(value: str, info: ValidationInfo) -> str:
    import phonenumbers

    value = _one_line(value)
    if _trusted(info):
        return value
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        raise ValueError(
            "is not a phone number in international form; start with + and the country code"
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("is not a valid phone number for its country code")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _url(value: str) -> str:
    value = _one_line(value)
    if not value.lower().startswith(("https://", "http://")) or " " in value:
        raise ValueError("must be a web address starting with https://")
    return value


def _country(value: str) -> str:
    value = _one_line(value).upper()
    if value not in country_names():
        raise ValueError(f"{value!r} is not an ISO 3166 country code; use two letters like 'US'")
    return value


def _at_most_words(limit: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if len(value.split()) > limit:
            raise ValueError(f"must be at most {limit} words")
        return value

    return check


Line = Annotated[
    str,
    Field(max_length=MAX_LINE_CHARS),
    AfterValidator(_one_line),
    AfterValidator(_no_encoded_word),
    AfterValidator(_at_most_words(MAX_LINE_WORDS)),
]
Name = Annotated[
    str,
    Field(max_length=MAX_NAME_CHARS),
    AfterValidator(_one_line),
    AfterValidator(_no_encoded_word),
    AfterValidator(_at_most_words(MAX_NAME_WORDS)),
]
Email = Annotated[str, Field(max_length=254), AfterValidator(_email)]
Phone = Annotated[str, Field(max_length=40), AfterValidator(_phone)]
Url = Annotated[str, Field(max_length=MAX_URL_CHARS), AfterValidator(_url)]
ZoneName = Annotated[str, Field(max_length=64), AfterValidator(_zone_name)]
Country = Annotated[str, Field(min_length=2, max_length=2), AfterValidator(_country)]
Note = Annotated[str, Field(max_length=MAX_NOTE_CHARS), AfterValidator(_multi_line)]
ReasonId = Literal[REASON_IDS]  # type: ignore[valid-type]
InterviewFormat = Literal["video", "phone", "onsite"]
# Whom the user has reached so far, by phone: nobody, either person, or a voicemail.
Contact = Literal["none", "interviewer", "recruiter", "voicemail"]
# Written before the start: whether the user can still take part, late, another way (by phone
# or video instead of on site, or by phone instead of video), or not at all (round 8 of #16).
Attend = Literal["late", "another_way", "no"]
# How late the user expects to be, in minutes: a running-late note says it plainly.
MAX_LATE_MINUTES = 180
LateMinutes = Annotated[int, Field(ge=1, le=MAX_LATE_MINUTES)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_max_length=MAX_NOTE_CHARS)


class Candidate(_Model):
    """The person who missed the interview."""

    name: Name
    email: Email | None = None
    phone: Phone | None = None
    timezone: ZoneName | None = None
    portfolio_url: Url | None = None
    linkedin_url: Url | None = None


class Interviewer(_Model):
    """The person the candidate was due to meet.

    `address_as` is how they are greeted, when the user knows it: "Ms Tanaka", "Dr Osei",
    or a given name such as "An"; messages then use it in every greeting.
    """

    name: Name
    address_as: Name | None = None
    email: Email | None = None
    phone: Phone | None = None
    timezone: ZoneName | None = None
    country: Country | None = None


class Recruiter(_Model):
    """The recruiter who arranged the interview, if any (`address_as` as for the interviewer)."""

    name: Name
    address_as: Name | None = None
    email: Email | None = None
    phone: Phone | None = None


# Declared as what it is, a wall time without an offset: OpenAPI's date-time format would
# promise an offset that the answers never carry (#19).
WallTime = Annotated[
    datetime,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$",
            "description": "A wall time without an offset, read in `timezone`.",
            "examples": ["2026-11-26T09:30"],
        }
    ),
]


class LocalTime(_Model):
    """A wall-clock time in a named zone; it must exist exactly once in that zone."""

    start: WallTime
    timezone: ZoneName

    @model_validator(mode="after")
    def _exists_once(self) -> LocalTime:
        if self.start.tzinfo is not None:
            raise ValueError("start must be a wall time like 2026-11-26T09:30, without an offset")
        ensure_sane_time(self.start, "start")
        check_wall_time(self.start, load_zone(self.timezone))
        return self

    @property
    def instant(self) -> datetime:
        """The aware datetime in its own zone."""
        return self.start.replace(tzinfo=load_zone(self.timezone))


class Interview(LocalTime):
    """When and how the missed interview was to happen.

    Validated with a `now` in the context, it must not lie more than an hour ahead of it.
    """

    format: InterviewFormat = "video"

    @model_validator(mode="after")
    def _already_missed(self, info: ValidationInfo) -> Interview:
        now = (info.context or {}).get("now")
        if now is not None:
            ensure_missed(self.instant, now)
        return self


class Offers(_Model):
    """Goodwill the candidate is willing to offer."""

    reference: bool = False
    portfolio: bool = False
    case_study_url: Url | None = None


class Case(_Model):
    """One missed interview, as the user described it.

    Validate with `Case.model_validate(data, context={"now": aware_datetime})` to also check
    that the interview has actually happened; the core never reads the clock itself.
    """

    candidate: Candidate
    interviewer: Interviewer
    recruiter: Recruiter | None = None
    company: Line
    role: Line
    interview: Interview
    reason: ReasonId
    tone: Tone = "formal"
    offers: Offers = Offers()
    contact: Contact = "none"
    rescheduled_to: LocalTime | None = None
    # What draws the candidate to the role, in their own short phrase ("the move into payments
    # infrastructure"); the letters name it so that the interest they state is theirs (#16).
    drawn_to: Line | None = None
    # Asked when the kit is written before the start: whether the user can still take part,
    # so that a heads-up says so plainly instead of asking to move without a word on it.
    attend: Attend | None = None
    late_minutes: LateMinutes | None = None
    note: Note | None = None

    @model_validator(mode="before")
    @classmethod
    def _called_first(cls, data: Any) -> Any:  # noqa: ANN401 - pydantic hands us raw input
        """Read an older file's `called_first: true` as a call that reached the interviewer."""
        if not isinstance(data, dict) or not isinstance(data.get("called_first"), bool):
            return data
        data = dict(data)
        if data.pop("called_first") and "contact" not in data:
            data["contact"] = "interviewer"
        return data

    @model_validator(mode="before")
    @classmethod
    def _default_zones(cls, data: Any) -> Any:  # noqa: ANN401 - pydantic hands us raw input
        """Fill the people's time zones from the interview's when they are not given."""
        if not isinstance(data, dict):
            return data
        zone = (
            (data.get("interview") or {}).get("timezone")
            if isinstance(data.get("interview"), dict)
            else None
        )
        if not zone:
            return data
        data = dict(data)
        for who in ("candidate", "interviewer"):
            person = data.get(who)
            if isinstance(person, dict) and not person.get("timezone"):
                data[who] = {**person, "timezone": zone}
        return data

    @model_validator(mode="after")
    def _new_time_ahead(self, info: ValidationInfo) -> Case:
        """Check an agreed new time comes after the missed one and, at intake, lies ahead."""
        if self.rescheduled_to is None:
            return self
        new = self.rescheduled_to.instant
        if new <= self.interview.instant:
            raise ValueError("rescheduled_to must come after the missed interview")
        context = info.context or {}
        now = context.get("now")
        if now is not None and self.rescheduled_to != context.get(KEPT_NEW_TIME):
            ensure_new_time(new, now)
        return self

    @model_validator(mode="after")
    def _recruiter_when_reached(self) -> Case:
        """Refuse "reached the recruiter" with no recruiter: the letters would name nobody."""
        if self.contact == "recruiter" and self.recruiter is None:
            raise ValueError('contact "recruiter" needs the recruiter\'s name (recruiter.name)')
        return self

    @model_validator(mode="after")
    def _minutes_when_late(self) -> Case:
        """Refuse minutes late with any answer but "late": they would say nothing true."""
        if self.late_minutes is not None and self.attend != "late":
            raise ValueError('late_minutes goes only with attend "late"')
        return self

    @property
    def candidate_zone(self) -> ZoneInfo:
        """The candidate's zone (the interview's unless given)."""
        return load_zone(self.candidate.timezone or self.interview.timezone)

    @property
    def interviewer_zone(self) -> ZoneInfo:
        """The interviewer's zone (the interview's unless given)."""
        return load_zone(self.interviewer.timezone or self.interview.timezone)


def ensure_missed(start: datetime, now: datetime) -> None:
    """Raise ValueError when `start` lies more than FUTURE_GRACE after `now`."""
    if start - now > FUTURE_GRACE:
        raise ValueError(
            "the start is more than 12 hours from now, so it has not been missed yet; come back"
            " on the day if you know you cannot make it"
        )


# Times the product accepts at all: far enough from the calendar's edges that any date
# arithmetic (plans, reminders, business days) stays in range, and wide for real use.
EARLIEST_TIME = datetime(2000, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2100, 1, 1, tzinfo=UTC)
# How far ahead a new interview time may be agreed.
MAX_RESCHEDULE_AHEAD = timedelta(days=366)


def ensure_sane_time(moment: datetime, what: str) -> None:
    """Raise ValueError when `moment` lies outside 2000-2099 (naive times are read as UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if not EARLIEST_TIME <= aware < LATEST_TIME:
        raise ValueError(f"{what} {moment.isoformat()} is outside the years 2000 to 2099")


def sane_moment(moment: datetime) -> datetime:
    """Return `moment` unless it lies outside 2000-2099 (a validator for stored times)."""
    ensure_sane_time(moment, "the time")
    return moment


# Clock skew allowed between the machine that logs an event and the one that stores it.
EVENT_SKEW = timedelta(minutes=5)


def ensure_happened(at: datetime, now: datetime) -> None:
    """Raise ValueError when an event's time `at` lies ahead of `now` (beyond clock skew)."""
    if at - now > EVENT_SKEW:
        raise ValueError(
            f"the event time {at.isoformat()} is in the future; log what has already happened"
        )


def ensure_new_time(start: datetime, now: datetime) -> None:
    """Raise ValueError unless an agreed new time lies ahead, within a year of `now`."""
    if start <= now:
        raise ValueError(f"the new time {start.isoformat()} is not in the future")
    if start - now > MAX_RESCHEDULE_AHEAD:
        raise ValueError(f"the new time {start.isoformat()} is more than a year ahead")


def check_wall_time(wall: datetime, zone: ZoneInfo) -> None:
    """Raise ValueError when `wall` is skipped or repeated in `zone` by a clock change."""
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return
    round_trip = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != wall:
        raise ValueError(f"{wall:%Y-%m-%d %H:%M} does not exist in {zone.key}: the clocks skip it")
    raise ValueError(
        f"{wall:%Y-%m-%d %H:%M} happens twice in {zone.key} as the clocks go back;"
        " pick a time outside that hour"
    )
