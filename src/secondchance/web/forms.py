"""The web forms: the intake's fields and questions, the case page's events and zones.

Posted fields become a case document, and errors go back to each field in plain words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from secondchance.core.fields import CASE_FIELDS, FIELDS_BY_PATH, CaseField
from secondchance.wording import plain, plain_id, problems

# Each form field is named by the case document path it fills (core.fields lists them all).
TEXT_FIELDS = tuple(field.path for field in CASE_FIELDS if field.kind != "switch")
CHECKBOXES = tuple(field.path for field in CASE_FIELDS if field.kind == "switch")
LABELS = {field.path: field.label for field in CASE_FIELDS}
RECRUITER_FIELDS = ("recruiter.name", "recruiter.email", "recruiter.phone")
DEFAULTED = ("candidate.timezone", "interviewer.timezone")  # filled from the interview's zone

# The web form asks the six questions of the intake, each in its own box; the rest is folded.
QUESTIONS: tuple[tuple[str, tuple[CaseField, ...]], ...] = tuple(
    (question, tuple(FIELDS_BY_PATH[path] for path in paths))
    for question, paths in (
        ("Who you are", ("candidate.name",)),
        ("Who you were meeting", ("interviewer.name",)),
        ("The job", ("company", "role")),
        (
            "When it was, as the invitation gave it",
            ("interview.start", "interview.timezone", "candidate.timezone"),
        ),
        ("How it was to be held", ("interview.format",)),
        ("What happened", ("reason",)),
    )
)
QUESTION_PATHS = tuple(field.path for _, fields in QUESTIONS for field in fields)
# Where the web form words a field better than the CLI's shared label or hint.
WEB_LABELS = {
    "interview.start": "Date and time",
    "interview.timezone": "In the time zone of",
    "candidate.timezone": "Where you are now",
    "interview.format": "Video, phone or on site",
    "reason": "The honest reason",
}
WEB_HINTS = {
    "interview.start": "Exactly as the invitation wrote it.",
    "interview.timezone": "The interviewer's country and city, usually.",
    "candidate.timezone": "Your own city, so that every time is shown in yours too.",
    "interviewer.country": "For their public holidays.",
    "interview.format": "A video interview gets a tech check before the new one.",
}
# What the browser may fill in: only the person's own details (WCAG 1.3.5).
AUTOCOMPLETE = {
    "candidate.name": "name",
    "candidate.email": "email",
    "candidate.phone": "tel",
    "candidate.portfolio_url": "url",
    "candidate.linkedin_url": "url",
}


def form_values(form: Mapping[str, Any]) -> dict[str, str]:
    """Keep what the user typed, as typed, to show it again after an error."""
    values = {name: str(form.get(name, "")) for name in TEXT_FIELDS}
    values.update({name: "on" if form.get(name) else "" for name in CHECKBOXES})
    return values


def case_document(values: Mapping[str, str]) -> dict[str, Any]:
    """Build the case document from the form; blank optional fields are left out."""
    from secondchance.services import merge_fields

    fields: dict[str, Any] = {
        name: value.strip() if name != "note" else value
        for name, value in values.items()
        if name in TEXT_FIELDS and value.strip()
    }
    # A recruiter's email or phone alone would make an invalid recruiter; ask for the name.
    if any(fields.get(name) for name in RECRUITER_FIELDS) and not fields.get("recruiter.name"):
        fields["recruiter.name"] = ""
    fields.update({name: True for name in CHECKBOXES if values.get(name)})
    return merge_fields({}, fields)


def field_errors(error: ValidationError, values: Mapping[str, str]) -> dict[str, str]:
    """Map each validation error to the form field it belongs to.

    A person's zone left blank is filled from the interview's; its error belongs to the zone
    the user typed, not to the blank one.
    """
    errors: dict[str, str] = {}
    for problem in problems(error):
        path = problem.where
        name = path if path in TEXT_FIELDS or path in CHECKBOXES else _closest(path)
        if name in DEFAULTED and not values.get(name, "").strip():
            continue
        errors.setdefault(name, problem.plain)
    return errors


def _closest(path: str) -> str:
    # A whole-object error (say, "interview" not missed yet) belongs to its first field.
    for name in TEXT_FIELDS:
        if name.startswith(path + ".") or name == path:
            return name
    return "form"


# --- The case page: events in words, and the reschedule form --------------------------------

# What each event's button says: what the person did or what happened, in their words.
EVENT_BUTTONS = {
    "called": "I called them",
    "voicemail_left": "I left a voicemail",
    "apology_sent": "I sent the apology",
    "reply_received": "They replied",
    "rescheduled": "Save the new time",
    "declined": "They declined",
    "follow_up_sent": "I sent a follow-up",
    "interview_done": "The new interview took place",
    "closed": "Close this case",
}
# How each entry reads in the history.
EVENT_HISTORY = {
    "called": "You called",
    "voicemail_left": "You left a voicemail",
    "apology_sent": "You sent the apology",
    "reply_received": "They replied",
    "rescheduled": "A new time was agreed",
    "declined": "They declined",
    "follow_up_sent": "You sent a follow-up",
    "interview_done": "The new interview took place",
    "closed": "You closed the case",
    "message_sent": "A message was sent from here",
    "away_notice": "An automatic reply said they are away",
}


def new_time(typed: str) -> datetime:
    """Read the new interview time as the date-and-time box sends it."""
    from secondchance.core.errors import UserError

    try:
        return datetime.fromisoformat(typed)
    except ValueError:
        raise UserError("the new time must look like 2026-12-03T10:00") from None


def event_errors(error: Exception, event: str) -> dict[str, str]:
    """Put a refused event's reason beside the field it is about, in plain words."""
    if isinstance(error, ValidationError):  # only the note is validated as a model
        return {"note": problems(error)[0].plain}
    raw = str(error)
    if plain_id(raw) == "zone":
        return {"timezone": plain(raw)}
    if event == "rescheduled" and plain_id(raw) != "event_not_now":
        return {"to": plain(raw)}
    return {"form": plain(raw)}


def zone_choices(*current: str) -> list[tuple[str, str]]:
    """List every zone as (zone, "Country – City"), sorted so a person finds it by country.

    A zone outside the tz tables (an old alias such as US/Eastern) stays choosable as it is.
    """
    choices = _country_zones()
    known = {zone for zone, _ in choices}
    return [(zone, zone) for zone in dict.fromkeys(current) if zone not in known] + choices


@lru_cache(maxsize=1)
def countries() -> list[tuple[str, str]]:
    """List every country as (code, name), sorted by name."""
    return sorted(_country_names().items(), key=lambda item: item[1])


def _country_names() -> dict[str, str]:
    from secondchance.core.zones import country_names

    # The tz tables say "Britain (UK)"; people look for the name on their passport.
    return {**country_names(), "GB": "United Kingdom"}


@lru_cache(maxsize=1)
def _country_zones() -> list[tuple[str, str]]:
    from secondchance.core.zones import zone_countries

    names = _country_names()
    rows = [
        (zone, f"{names.get(code, code)} – {zone.rsplit('/', 1)[-1].replace('_', ' ')}")
        for zone, code in zone_countries().items()
    ]
    return sorted(rows, key=lambda row: row[1]) + [("UTC", "UTC (no country)")]
